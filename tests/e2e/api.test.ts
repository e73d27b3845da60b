// The export API against the built app: every CSV parsed back and compared value by value with the
// database (read directly with SQL, not through lib/data), filters, bad parameters, HTTP headers,
// the ZIP and its data package, and a CSV downloaded from a dashboard page in Chromium.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { columnNames, type Cell } from "../../lib/api/datasets";
import { findingsZh } from "../../lib/i18n/findings";
import { DATASETS, exportHref, type Dataset } from "../../lib/api/links";
import { parseCsv, restoreFormula } from "../../lib/csv";
import { METRICS, type MetricId } from "../../lib/domain/metrics";
import { HAND_READ_METRICS, NOT_DISCLOSED } from "./hand-read";
import { E2E_DATABASE_URL, launchBrowser, startServer, type RunningServer } from "./harness";

const BOM_BYTES = Buffer.from([0xef, 0xbb, 0xbf]);

// ---- the database, read with plain SQL (the oracle) ----------------------------------------------

type Value = string | null;
const db = new Database(E2E_DATABASE_URL.slice("file:".length), { readonly: true });
db.defaultSafeIntegers(true);
const all = (sql: string) => db.prepare(sql).all() as Array<Record<string, unknown>>;
const text = (v: unknown): Value => (v === null || v === undefined ? null : typeof v === "bigint" ? v.toString() : String(v));
/** Integer fen as the exports print 元 ("-1234.50"), written out here so the oracle does not share lib/money's conversion. */
function yuanOfFen(fen: bigint): string {
  const magnitude = fen < 0n ? -fen : fen;
  return `${fen < 0n ? "-" : ""}${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, "0")}`;
}
const yuan = (v: unknown): Value => (v === null ? null : yuanOfFen(v as bigint));

// Written down from the README's metric table (README.md:124-127), not read from lib/domain/metrics.
const METRIC_NAME: Record<MetricId, string> = {
  "medical-assistance": "医疗救助",
  "mutual-aid": "互助帮困",
  "three-public": "三公经费",
  "operating-expenses": "机关运行经费",
};
// The functional line ?metric= selects in lines.csv (README.md:185): 210 13 01 城乡医疗救助
// (data/sources/002_d56279bcd84de3ea.txt:181) and 210 13 99 其他医疗救助支出 (same file:182).
const METRIC_LINE_CODES: Record<MetricId, string[]> = {
  "medical-assistance": ["2101301"],
  "mutual-aid": ["2101399"],
  "three-public": [],
  "operating-expenses": [],
};
// How a JSON list becomes one CSV cell, per list column (README.md:171).
const LIST_SEPARATOR: Record<string, string> = { findings: " ", metric_source: " ", locations: "; " };
/** A JSON cell as its CSV text: null empty, booleans true/false, lists joined by the column's separator. */
function csvTextOf(column: string, value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string" || typeof value === "number") return String(value);
  const separator = LIST_SEPARATOR[column];
  assert.ok(separator, `${column}: a list column`);
  return value.join(separator);
}

/** Stands for a worded cell (a finding's title or message) in the oracle: any non-empty text. */
const WORDING = "<worded>";

interface Oracle {
  header: string[];
  rows: Value[][];
}

function oracle(dataset: Dataset): Oracle {
  const header = columnNames(dataset);
  let rows: Value[][];
  switch (dataset) {
    case "metrics":
      rows = all(`SELECT d.slug, d.nameZh, m.year, m.metric, m.status, m.amountFen, m.unitAsPublished, m.amountAsPublished, m.scope, m.entityName,
                         doc.fileName, m.sourceLine, m.sourceText, m.projectId, m.findingIdsJson
                  FROM MetricValue m JOIN District d ON d.id = m.districtId LEFT JOIN SourceDocument doc ON doc.id = m.documentId`).map((r) => [
        text(r.slug), text(r.nameZh), text(r.year), text(r.metric), METRIC_NAME[r.metric as MetricId], text(r.status), yuan(r.amountFen),
        text(r.unitAsPublished), text(r.amountAsPublished), text(r.scope), text(r.entityName), text(r.fileName),
        r.fileName === null ? null : text(r.sourceLine), r.fileName === null ? null : text(r.sourceText ?? ""), text(r.projectId),
        (JSON.parse(String(r.findingIdsJson)) as string[]).join(" "),
      ]);
      break;
    case "lines":
      rows = all(`SELECT d.slug, doc.year, doc.fileName, l.tableNo, t.title, l.classification, l.side, l.code, l.codeLei, l.codeKuan, l.codeXiang,
                         l.codeAsPrinted, l.level, l.name, l.isTotal, a.column, a.amountFen, a.unit, a.amountAsPublished, a.readingFindingId, l.sourceLine, l.rawText
                  FROM BudgetLine l JOIN BudgetTable t ON t.id = l.tableId JOIN SourceDocument doc ON doc.id = l.documentId
                  JOIN District d ON d.id = doc.districtId LEFT JOIN BudgetAmount a ON a.lineId = l.id`).map((r) => [
        text(r.slug), text(r.year), text(r.fileName), text(r.tableNo), text(r.title), text(r.classification), text(r.side), text(r.code),
        text(r.codeLei), text(r.codeKuan), text(r.codeXiang), text(r.codeAsPrinted), text(r.level), text(r.name), r.isTotal ? "true" : "false",
        text(r.column), yuan(r.amountFen), text(r.unit), text(r.amountAsPublished), text(r.readingFindingId), text(r.sourceLine), text(r.rawText),
      ]);
      break;
    case "projects":
      rows = all(`SELECT d.slug, doc.year, doc.fileName, doc.kind, p.id, p.name, p.metric,
                         (SELECT group_concat(m.metric, ' ') FROM MetricValue m WHERE m.projectId = p.id) AS metricSource, p.supervisor, p.implementer, p.category, p.nature, p.startDate,
                         p.endDate, p.unit AS projectUnit, p.sourceLine AS projectLine, p.rawText AS projectText,
                         a.field, a.amountFen, a.unit, a.amountAsPublished, a.sourceLine, a.rawText
                  FROM Project p JOIN SourceDocument doc ON doc.id = p.documentId JOIN District d ON d.id = doc.districtId
                  LEFT JOIN ProjectAmount a ON a.projectId = p.id`).map((r) => [
        text(r.slug), text(r.year), text(r.fileName), text(r.kind), text(r.id), text(r.name), text(r.metric), text(r.metricSource), text(r.supervisor),
        text(r.implementer), text(r.category), text(r.nature), text(r.startDate), text(r.endDate), text(r.field), yuan(r.amountFen ?? null),
        text(r.unit ?? r.projectUnit), text(r.amountAsPublished), text(r.sourceLine ?? r.projectLine), text(r.rawText ?? r.projectText),
      ]);
      break;
    case "indicators":
      rows = all(`SELECT d.slug, doc.year, doc.fileName, p.id, p.name, i.level1, i.level2, i.level3, i.value, i.sourceLine, i.rawText
                  FROM Indicator i JOIN Project p ON p.id = i.projectId JOIN SourceDocument doc ON doc.id = p.documentId
                  JOIN District d ON d.id = doc.districtId`).map((r) => [
        text(r.slug), text(r.year), text(r.fileName), text(r.id), text(r.name), text(r.level1), text(r.level2), text(r.level3), text(r.value),
        text(r.sourceLine), text(r.rawText),
      ]);
      break;
    case "three-public":
      rows = all(`SELECT d.slug, d.nameZh, doc.year, i.part, i.label, i.amountFen, i.unit, i.amountAsPublished, doc.fileName, i.sourceLine, i.rawText
                  FROM ThreePublicItem i JOIN SourceDocument doc ON doc.id = i.documentId JOIN District d ON d.id = doc.districtId`).map((r) => [
        text(r.slug), text(r.nameZh), text(r.year), text(r.part), text(r.label), yuan(r.amountFen), text(r.unit), text(r.amountAsPublished),
        text(r.fileName), text(r.sourceLine), text(r.rawText),
      ]);
      break;
    case "findings": {
      const locations = new Map<string, string[]>();
      for (const l of all(`SELECT l.findingId, doc.fileName, l.line FROM FindingLocation l JOIN SourceDocument doc ON doc.id = l.documentId ORDER BY l.id`)) {
        const list = locations.get(String(l.findingId)) ?? [];
        list.push(`${String(l.fileName)}:${String(l.line)}`);
        locations.set(String(l.findingId), list);
      }
      // title and message are wording (lib/view/finding-text.ts, tested with the pages): compared as present only.
      rows = all(`SELECT f.id, f."check", f.severity, d.slug, f.year, f.metric, f.causeId, f.foundFen, f.expectedFen, f.differenceFen
                  FROM AuditFinding f LEFT JOIN District d ON d.id = f.districtId`).map((r) => [
        text(r.id), text(r.check), findingsZh.checks[String(r.check) as keyof typeof findingsZh.checks], text(r.severity), text(r.slug), text(r.year),
        text(r.metric), text(r.causeId), WORDING, WORDING, yuan(r.foundFen), yuan(r.expectedFen), yuan(r.differenceFen),
        [...new Set(locations.get(String(r.id)) ?? [])].join("; "),
      ]);
      break;
    }
  }
  // CSV has no null: an absent value is an empty cell.
  return { header, rows: rows.map((row) => row.map((v) => v ?? "")) };
}

const sortRows = (rows: Value[][]) => rows.map((r) => JSON.stringify(r)).sort();
const col = (dataset: Dataset, name: string) => {
  const i = columnNames(dataset).indexOf(name);
  assert.ok(i >= 0, `${dataset}.${name}`);
  return i;
};

// ---- HTTP ------------------------------------------------------------------------------------------

let server: RunningServer;
const get = (path: string, init?: RequestInit) => fetch(`${server.baseUrl}${path}`, init);

async function csvOf(path: string): Promise<{ header: string[]; rows: string[][]; bytes: Buffer; response: Response }> {
  const response = await get(path);
  assert.equal(response.status, 200, path);
  const bytes = Buffer.from(await response.arrayBuffer());
  const records = parseCsv(bytes.toString("utf8")).map((r) => r.map(restoreFormula));
  const [header, ...rows] = records;
  assert.ok(header, `${path}: header`);
  return { header, rows, bytes, response };
}

before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
  db.close();
});

describe("CSV exports: round trip with the database", () => {
  for (const dataset of DATASETS) {
    it(`${dataset}.csv: every value equals the database`, async () => {
      const { header, rows } = await csvOf(`/api/${dataset}.csv`);
      const expected = oracle(dataset);
      assert.deepEqual(header, expected.header);
      assert.ok(rows.length > 0);
      const worded = expected.rows[0]?.flatMap((v, i) => (v === WORDING ? [i] : [])) ?? [];
      for (const row of rows) for (const i of worded) assert.ok((row[i] ?? "") !== "", `${dataset}: worded column ${i} is empty`);
      const unworded = (list: Value[][]) => list.map((row) => row.map((v, i) => (worded.includes(i) ? WORDING : v)));
      assert.deepEqual(sortRows(unworded(rows)), sortRows(expected.rows));
    });
  }

  it("metrics.csv: the documented header, exactly, and known values", async () => {
    const { bytes, rows } = await csvOf("/api/metrics.csv");
    const firstLine = bytes.subarray(3).toString("utf8").split("\r\n")[0];
    assert.equal(
      firstLine,
      "district,district_name,year,metric,metric_name,status,amount_yuan,unit_as_published,amount_as_published,scope,entity,source_file,source_line,source_text,project_id,findings",
    );
    const find = (d: string, y: string, m: string) => rows.find((r) => r[0] === d && r[2] === y && r[3] === m);
    const pick = (r: string[] | undefined, names: string[]) => names.map((name) => r?.[col("metrics", name)] ?? "");
    for (const { district, year, metric } of NOT_DISCLOSED) {
      assert.deepEqual(pick(find(district, String(year), metric), ["status", "amount_yuan", "source_file"]), ["not_disclosed", "", ""], `${district} ${year} ${metric}`);
    }
    // Not collected: no 普陀 document for 2023.
    assert.deepEqual(pick(find("putuo", "2023", "mutual-aid"), ["status", "amount_yuan"]), ["not_collected", ""]);
    for (const r of rows) assert.match(r[col("metrics", "amount_yuan")] ?? "", /^(-?\d+\.\d{2})?$/);
  });

  it("metrics.csv: every disclosed or derived value equals the figure read by hand from its document", async () => {
    const { rows } = await csvOf("/api/metrics.csv");
    const columns = ["district", "year", "metric", "status", "amount_yuan", "unit_as_published", "amount_as_published", "source_file", "source_line"];
    const withAmount = rows
      .filter((r) => r[col("metrics", "status")] === "disclosed" || r[col("metrics", "status")] === "derived")
      .map((r) => columns.map((name) => r[col("metrics", name)] ?? "").join(" | "))
      .sort();
    const handRead = HAND_READ_METRICS.map((v) => [v.district, String(v.year), v.metric, v.status, v.yuan, v.unit, v.asPublished, v.file, String(v.line)].join(" | "));
    assert.deepEqual(withAmount, handRead.sort());
  });

  it("lines.csv keeps codes as text (leading zeros)", async () => {
    const { rows } = await csvOf("/api/lines.csv");
    assert.ok(rows.some((r) => r[col("lines", "code_xiang")] === "01"));
    assert.ok(rows.some((r) => r[col("lines", "code_kuan")] === "05"));
  });

  it("every CSV: BOM, CRLF only, RFC 4180 quoting, no cell a spreadsheet would run", async () => {
    for (const dataset of DATASETS) {
      const { bytes } = await csvOf(`/api/${dataset}.csv`);
      assert.ok(bytes.subarray(0, 3).equals(BOM_BYTES), `${dataset}: BOM`);
      const body = bytes.subarray(3).toString("utf8");
      assert.ok(body.endsWith("\r\n"), `${dataset}: final CRLF`);
      // Outside quoted fields every line break is CRLF.
      const unquoted = body.replace(/"(?:[^"]|"")*"/g, "");
      assert.ok(!/[^\r]\n|\r[^\n]/.test(unquoted), `${dataset}: bare LF or CR`);
      for (const record of parseCsv(body)) {
        for (const cell of record) {
          const risky = /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/.test(cell);
          assert.ok(!risky, `${dataset}: unneutralised cell ${JSON.stringify(cell.slice(0, 40))}`);
        }
      }
    }
  });

  it("JSON twins hold the same rows as the CSVs, with a meta block", async () => {
    const documents = all("SELECT fileName, sha256 FROM SourceDocument");
    const version = text(all("SELECT dataVersion FROM ImportRun")[0]?.dataVersion);
    for (const dataset of DATASETS) {
      const { rows: csvRows } = await csvOf(`/api/${dataset}.csv`);
      const response = await get(`/api/${dataset}.json`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get("content-type") ?? "", /^application\/json/);
      const json = (await response.json()) as { meta: Record<string, unknown>; rows: Array<Record<string, Cell>> };
      assert.equal(json.meta.dataVersion, version);
      assert.equal(json.meta.rowCount, json.rows.length);
      assert.ok(typeof json.meta.importedAt === "string" && json.meta.definitions && json.meta.units);
      const sources = json.meta.sources as Array<{ file: string; sha256: string }>;
      assert.ok(sources.length > 0);
      for (const s of sources) assert.equal(s.sha256, documents.find((d) => d.fileName === s.file)?.sha256, s.file);
      const asCsv = json.rows.map((row) => {
        assert.deepEqual(Object.keys(row), columnNames(dataset));
        return Object.entries(row).map(([column, value]) => csvTextOf(column, value));
      });
      assert.deepEqual(asCsv, csvRows, dataset);
    }
  });
});

describe("filters", () => {
  const districts = all("SELECT slug FROM District").map((r) => String(r.slug));
  const years = [...new Set(all("SELECT year FROM SourceDocument UNION SELECT year FROM MetricValue").map((r) => String(r.year)))];

  it("district and year filter every dataset (each value, repeated and comma forms)", async () => {
    for (const dataset of DATASETS) {
      const { rows: allRows } = await csvOf(`/api/${dataset}.csv`);
      const d = col(dataset, "district");
      const y = col(dataset, "year");
      for (const district of districts) {
        const { rows } = await csvOf(exportHref(dataset, { district: [district] }));
        assert.deepEqual(rows, allRows.filter((r) => r[d] === district), `${dataset} district=${district}`);
      }
      for (const year of years) {
        const { rows } = await csvOf(`/api/${dataset}.csv?year=${year}`);
        assert.deepEqual(rows, allRows.filter((r) => r[y] === year), `${dataset} year=${year}`);
      }
      const [a, b] = districts;
      const { rows: repeated } = await csvOf(`/api/${dataset}.csv?district=${a}&district=${b}&year=2023`);
      const { rows: comma } = await csvOf(`/api/${dataset}.csv?year=2023&district=${b},${a}`);
      assert.deepEqual(comma, repeated);
      assert.deepEqual(repeated, allRows.filter((r) => (r[d] === a || r[d] === b) && r[y] === "2023"));
    }
  });

  it("metric filters each dataset as documented", async () => {
    const metricValues = (await csvOf("/api/metrics.csv")).rows;
    const { rows: allLines } = await csvOf("/api/lines.csv");
    const { rows: allProjects } = await csvOf("/api/projects.csv");
    const { rows: allIndicators } = await csvOf("/api/indicators.csv");
    const { rows: allParts } = await csvOf("/api/three-public.csv");
    const { rows: allFindings } = await csvOf("/api/findings.csv");
    for (const metric of METRICS) {
      const q = `?metric=${metric}`;
      assert.deepEqual((await csvOf(`/api/metrics.csv${q}`)).rows, metricValues.filter((r) => r[col("metrics", "metric")] === metric));
      const codes = METRIC_LINE_CODES[metric];
      assert.deepEqual((await csvOf(`/api/lines.csv${q}`)).rows, allLines.filter((r) => codes.includes(r[col("lines", "code")] ?? "")));
      const projects = allProjects.filter((r) => (r[col("projects", "metric_source")] ?? "").split(" ").includes(metric));
      assert.deepEqual((await csvOf(`/api/projects.csv${q}`)).rows, projects);
      const ids = new Set(projects.map((r) => r[col("projects", "project_id")]));
      assert.deepEqual((await csvOf(`/api/indicators.csv${q}`)).rows, allIndicators.filter((r) => ids.has(r[col("indicators", "project_id")])));
      assert.deepEqual((await csvOf(`/api/three-public.csv${q}`)).rows, metric === "three-public" ? allParts : []);
      const touching = new Set(metricValues.filter((r) => r[col("metrics", "metric")] === metric).flatMap((r) => (r[col("metrics", "findings")] ?? "").split(" ")));
      assert.deepEqual((await csvOf(`/api/findings.csv${q}`)).rows, allFindings.filter((r) => touching.has(r[0] ?? "")));
    }
    assert.ok((await csvOf("/api/projects.csv?metric=medical-assistance")).rows.length > 0);
    // 宝山 2023 prints 医疗救助资金 in its project sheet (001) and its 部门预算 (002); the metric is read from 002 only.
    const baoshan2023 = await csvOf("/api/projects.csv?metric=medical-assistance&district=baoshan&year=2023");
    assert.deepEqual([...new Set(baoshan2023.rows.map((r) => r[col("projects", "source_file")]))], ["002_d56279bcd84de3ea.txt"]);
    assert.ok((await csvOf("/api/findings.csv?metric=medical-assistance")).rows.length > 0);
  });

  it("a filter with no matching rows gives the header only", async () => {
    const { header, rows } = await csvOf("/api/projects.csv?district=putuo&year=2023");
    assert.equal(header.length, columnNames("projects").length);
    assert.equal(rows.length, 0);
  });

  const BAD: Array<[string, string]> = [
    ["district=pudong", "district"],
    ["district=BAOSHAN", "district"],
    ["district=baoshan,nowhere", "district"],
    ["year=1999", "year"],
    ["year=20x3", "year"],
    ["year=2023.5", "year"],
    ["year=-2023", "year"],
    ["metric=everything", "metric"],
    ["metric=medical-assistance&metric=x", "metric"],
    ["distrcit=baoshan", "distrcit"],
    ["format=xlsx", "format"],
    ["district=%E5%AE%9D%E5%B1%B1", "district"],
    ["year=%00", "year"],
    ["district=<script>", "district"],
  ];

  it("bad parameters: 400 with the error shape naming the parameter, on every endpoint", async () => {
    const endpoints = [...DATASETS.flatMap((d) => [`/api/${d}.csv`, `/api/${d}.json`]), "/api/export.zip"];
    for (const endpoint of endpoints) {
      for (const [query, param] of BAD) {
        const response = await get(`${endpoint}?${query}`);
        assert.equal(response.status, 400, `${endpoint}?${query}`);
        assert.match(response.headers.get("content-type") ?? "", /^application\/json/);
        assert.equal(response.headers.get("cache-control"), "no-store");
        const body = (await response.json()) as { error: { message: string; param: string; allowed: string[] } };
        assert.equal(body.error.param, param, `${endpoint}?${query}`);
        assert.ok(body.error.message.includes("Allowed"), body.error.message);
        assert.ok(!/\bat \w+ \(|node_modules/.test(body.error.message), "no stack trace");
      }
    }
    const districtError = (await (await get("/api/metrics.csv?district=pudong")).json()) as { error: { allowed: string[] } };
    assert.deepEqual(districtError.error.allowed, ["baoshan", "putuo", "qingpu"]);
    const dataPackage = await get("/api/datapackage.json?year=2023");
    assert.equal(dataPackage.status, 400);
  });

  it("unknown export files are 404, malformed paths 4xx, other methods 405 in the error shape", async () => {
    for (const p of ["/api/nothing.csv", "/api/metrics.xlsx", "/api/metrics", "/api/district/pudong/metrics.csv", "/api/district/baoshan/lines.xlsx"]) {
      const response = await get(p);
      assert.equal(response.status, 404, p);
      await response.arrayBuffer();
    }
    for (const p of ["/api/..%2fdata%2fbudget.db", "/api/%zz", "/api/%E0%A4%A", "/api/metrics.csv/%zz"]) {
      const response = await get(p);
      assert.ok(response.status >= 400 && response.status < 500, `${p}: ${response.status}`);
      await response.arrayBuffer();
    }
    const post = await get("/api/metrics.csv", { method: "POST" });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get("allow"), "GET, HEAD");
    assert.ok(((await post.json()) as { error: { message: string } }).error.message);
  });
});

describe("HTTP headers", () => {
  it("CSV: content type, download name with filters and version, caching, ETag and 304", async () => {
    const version = text(all("SELECT dataVersion FROM ImportRun")[0]?.dataVersion) ?? "";
    const path = exportHref("metrics", { district: ["qingpu", "baoshan"], year: [2023] });
    const response = await get(path);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "text/csv; charset=utf-8; header=present");
    const disposition = response.headers.get("content-disposition") ?? "";
    assert.ok(disposition.startsWith("attachment; "), disposition);
    assert.ok(disposition.includes(`filename="shanghai-medins-budgets_metrics_district-baoshan+qingpu_year-2023_v${version}.csv"`), disposition);
    assert.ok(disposition.includes(`filename*=UTF-8''${encodeURIComponent("上海区医保局预算")}_metrics_district-baoshan%2Bqingpu_year-2023_v${version}.csv`), disposition);
    assert.match(response.headers.get("cache-control") ?? "", /public, max-age=\d+/);
    const etag = response.headers.get("etag") ?? "";
    assert.ok(etag.includes(version), etag);

    const again = await get(path, { headers: { "If-None-Match": etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get("etag"), etag);
    assert.equal((await again.arrayBuffer()).byteLength, 0);
    // The same query written differently is the same resource.
    const reordered = await get("/api/metrics.csv?year=2023&district=qingpu,baoshan", { headers: { "If-None-Match": etag } });
    assert.equal(reordered.status, 304);
    const other = await get("/api/metrics.csv?district=baoshan", { headers: { "If-None-Match": etag } });
    assert.equal(other.status, 200);
    assert.notEqual(other.headers.get("etag"), etag);
    await other.arrayBuffer();
  });

  it("every export answers 200 with an ETag", async () => {
    for (const file of [...DATASETS.flatMap((d) => [`${d}.csv`, `${d}.json`]), "datapackage.json", "export.zip"]) {
      const response = await get(`/api/${file}`);
      assert.equal(response.status, 200, file);
      assert.ok(response.headers.get("etag"), file);
      await response.arrayBuffer();
    }
  });
});

describe("ZIP and data package", () => {
  type Field = { name: string; type: string; trueValues?: string[]; falseValues?: string[] };
  type Resource = { name: string; path: string; profile: string; encoding: string; schema: { fields: Field[]; missingValues: string[]; primaryKey?: string[] } };

  function validate(dataPackage: { profile: string; name: string; resources: Resource[] }, files: Record<string, Uint8Array>): void {
    assert.equal(dataPackage.profile, "tabular-data-package");
    assert.match(dataPackage.name, /^[a-z0-9._-]+$/);
    assert.deepEqual(dataPackage.resources.map((r) => r.name).sort(), [...DATASETS].sort());
    for (const resource of dataPackage.resources) {
      assert.match(resource.name, /^[a-z0-9._-]+$/);
      const file = files[resource.path];
      assert.ok(file, `${resource.path} in the ZIP`);
      const [header, ...rows] = parseCsv(strFromU8(file)).map((r) => r.map(restoreFormula));
      assert.deepEqual(header, resource.schema.fields.map((f) => f.name), resource.name);
      const keys = new Set<string>();
      for (const row of rows) {
        assert.equal(row.length, resource.schema.fields.length);
        resource.schema.fields.forEach((field, i) => {
          const value = row[i] ?? "";
          if (resource.schema.missingValues.includes(value)) return;
          const ok =
            field.type === "string" ||
            (field.type === "integer" && /^-?\d+$/.test(value)) ||
            (field.type === "number" && /^-?\d+(\.\d+)?$/.test(value)) ||
            (field.type === "boolean" && [...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(value));
          assert.ok(ok, `${resource.name}.${field.name} (${field.type}): ${JSON.stringify(value)}`);
        });
        if (resource.schema.primaryKey) {
          const key = JSON.stringify(resource.schema.primaryKey.map((k) => row[resource.schema.fields.findIndex((f) => f.name === k)]));
          assert.ok(!keys.has(key), `${resource.name}: duplicate primary key ${key}`);
          keys.add(key);
        }
      }
    }
  }

  it("export.zip holds every CSV, datapackage.json and README.txt; the package validates against the CSVs", async () => {
    const response = await get("/api/export.zip");
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "application/zip");
    assert.match(response.headers.get("content-disposition") ?? "", /^attachment; filename="shanghai-medins-budgets_export_v\d+\.zip"/);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    assert.deepEqual(Object.keys(files).sort(), [...DATASETS.map((d) => `${d}.csv`), "README.txt", "datapackage.json"].sort());
    for (const dataset of DATASETS) {
      const { bytes } = await csvOf(`/api/${dataset}.csv`);
      assert.ok(Buffer.from(files[`${dataset}.csv`] ?? []).equals(bytes), `${dataset}.csv in the ZIP = /api/${dataset}.csv`);
    }
    const dataPackage = JSON.parse(strFromU8(files["datapackage.json"] ?? new Uint8Array())) as Parameters<typeof validate>[0] & Record<string, unknown>;
    validate(dataPackage, files);
    const served = (await (await get("/api/datapackage.json")).json()) as unknown;
    assert.deepEqual(served, dataPackage);
    const amount = dataPackage.resources.find((r) => r.name === "metrics")?.schema.fields.find((f) => f.name === "amount_yuan") as Record<string, unknown> | undefined;
    assert.equal(amount?.currency, "CNY");
    assert.equal(amount?.phase, "proposed");
    const sources = dataPackage.sources as Array<{ file: string; sha256: string }>;
    assert.deepEqual(
      sources.map((s) => `${s.file} ${s.sha256}`).sort(),
      all("SELECT fileName, sha256 FROM SourceDocument").map((r) => `${String(r.fileName)} ${String(r.sha256)}`).sort(),
    );
    const readme = strFromU8(files["README.txt"] ?? new Uint8Array());
    for (const needle of ["metrics.csv", "lines.csv", "findings.csv", "CITATION", "not_disclosed", "formula", ...METRICS]) assert.ok(readme.includes(needle), needle);
  });

  it("a filtered ZIP holds the filtered CSVs", async () => {
    const files = unzipSync(new Uint8Array(await (await get("/api/export.zip?district=qingpu")).arrayBuffer()));
    const { bytes } = await csvOf("/api/lines.csv?district=qingpu");
    assert.ok(Buffer.from(files["lines.csv"] ?? []).equals(bytes));
  });
});

describe("download from a dashboard page (Chromium)", () => {
  it("the first download-csv link on /metrics/medical-assistance saves the same bytes as its URL", async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const response = await page.goto(`${server.baseUrl}/metrics/medical-assistance`);
      assert.equal(response?.status(), 200);
      const link = page.locator('[data-testid="download-csv"]').first();
      const href = await link.getAttribute("href");
      if (!href?.startsWith("/api/")) throw new Error(`download link href ${href}`);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      const saved = await download.path();
      const downloaded = readFileSync(saved);
      const fetched = Buffer.from(await (await get(href)).arrayBuffer());
      assert.ok(downloaded.subarray(0, 3).equals(BOM_BYTES));
      assert.ok(downloaded.equals(fetched), "downloaded bytes = fetched bytes");
      assert.match(download.suggestedFilename(), /\.csv$/);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
