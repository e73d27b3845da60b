// GET /embed/metrics/<metric>[/<year>] (lib/dashboard/embed.ts embedResponse) on the five documents imported into
// a real SQLite database: the status, headers and plain message of each refusal, and what the chart page shows.
// Figures and source lines are the seeds' as read by hand in tests/golden/metrics.ts (互助帮困: 宝山 2023
// 001:20 91,520,000.00 元, 2026 000:469 103,910,000.00 元; 普陀 2026 004:135 160,000,000.00 元; 青浦 2023 003:414
// 1325 万元). The chart's geometry is tested in tests/chart-svg.test.ts.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { NextRequest } from "next/server";
import { runImport } from "../lib/import";
import { freshDatabase } from "./db";
import { SOURCES_DIR } from "./helpers";

const db = freshDatabase();
process.env.DATABASE_URL = db.url;
const { embedResponse } = await import("../lib/dashboard/embed");

const request = (path: string, host?: string) => new NextRequest(`http://localhost:3000${path}`, { headers: host ? { host } : {} });

async function answer(path: string, metric: string, year: string | null, host?: string) {
  const response = await embedResponse(request(path, host), metric, year);
  return { status: response.status, type: response.headers.get("content-type"), cache: response.headers.get("cache-control"), body: await response.text() };
}

const REFUSAL = { type: "text/plain; charset=utf-8", cache: "no-store" };
const between = (body: string, start: string, end: string) => body.slice(body.indexOf(start), body.indexOf(end, body.indexOf(start)) + end.length);

describe("the embeddable chart page", () => {
  before(async () => {
    await runImport({ files: [], sourcesDir: SOURCES_DIR, databaseUrl: db.url });
  });

  it("refuses an unknown metric, a year without a chart and a bad unit with a plain 4xx that names them", async () => {
    assert.deepEqual(await answer("/embed/metrics/nope", "nope", null), { status: 404, ...REFUSAL, body: '404 Not Found: no metric "nope".\n' });
    assert.deepEqual(await answer("/embed/metrics/mutual-aid/1999", "mutual-aid", "1999"), {
      status: 404,
      ...REFUSAL,
      // 互助帮困 is collected for 2023 (宝山, 青浦) and 2026 (宝山, 普陀) only.
      body: '404 Not Found: no district-by-district chart for year "1999"; years: 2023, 2026.\n',
    });
    assert.deepEqual(await answer("/embed/metrics/mutual-aid?unit=x", "mutual-aid", null), { status: 400, ...REFUSAL, body: "400 Bad Request: unit=x is not allowed (unit=wan or unit=yuan).\n" });
    assert.equal((await answer("/embed/metrics/mutual-aid/2024", "mutual-aid", "2024")).status, 404);
  });

  it("a year's chart in 元: the districts' bars, 普陀 not collected, its sources and the link back to the same view", async () => {
    const page = await answer("/embed/metrics/mutual-aid/2023?unit=yuan", "mutual-aid", "2023", "example.org:8080");
    assert.deepEqual([page.status, page.type, page.cache], [200, "text/html; charset=utf-8", "public, max-age=300, stale-while-revalidate=86400"]);
    assert.match(page.body, /<title>互助帮困：2023 年各区对比 · 上海区医保局预算对比<\/title>/);
    assert.match(page.body, /<h1>互助帮困：2023 年各区对比<span class="unit">单位：元<\/span><\/h1>/);
    assert.deepEqual([...page.body.matchAll(/data-value-label="">([^<]+)</g)].map((m) => m[1]), ["91,520,000.00", "13,250,000.00"]);
    assert.match(page.body, /data-status="not_collected">未收录</);
    assert.equal(
      between(page.body, '<p data-testid="embed-source">', "</p>").replace(/数据版本 \d+/, "数据版本 N"),
      '<p data-testid="embed-source">来源：上海市宝山区医疗保障局 2023 年绩效目标表，第 20 行；上海市青浦区医疗保险事务中心 2023 年单位预算，第 414 行；数据版本 N</p>',
    );
    assert.equal(
      between(page.body, "<p><a ", "</p>"),
      '<p><a href="http://example.org:8080/metrics/mutual-aid?year=2023&amp;unit=yuan" target="_blank" rel="noopener" data-testid="embed-back">在“上海区医保局预算对比”查看完整数据、表格与原文</a> · http://example.org:8080</p>',
    );
  });

  it("the year-over-year chart in 万元 by default, linked back to the request's own origin when no Host is sent", async () => {
    const page = await answer("/embed/metrics/mutual-aid", "mutual-aid", null);
    assert.equal(page.status, 200);
    assert.match(page.body, /<span class="unit">单位：万元<\/span>/);
    const points = [...page.body.matchAll(/<title>([^<]+ \d{4})：([^<]+) 万元 ·/g)].map((m) => `${m[1]} ${m[2]}`).sort();
    assert.deepEqual(points, ["宝山 2023 9,152.00", "宝山 2026 10,391.00", "普陀 2026 16,000.00", "青浦 2023 1,325.00"]);
    assert.match(page.body, /<a href="http:\/\/localhost:3000\/metrics\/mutual-aid" target="_blank"/);
    assert.match(page.body, /第 469 行；上海市普陀区医疗保障局 2026 年绩效目标表，第 135 行；/);
  });
});
