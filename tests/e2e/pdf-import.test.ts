// A PDF end to end: the 宝山 2026 部门预算 text seed laid out as a ruled PDF (Chromium), imported with
// `npm run db:import -- file.pdf` into a fresh database, gives the metric values and budget lines the text
// gives, with provenance on the PDF's pages; the built app shows the rendering with page markers linking to
// the original PDF it serves; metrics.csv cites the PDF's lines. Bad PDFs are refused, the database unchanged.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { parseCsv, restoreFormula } from "../../lib/csv";
import { loadPdf } from "../../lib/parse/pdf/load";
import { freshDatabase, dump } from "../db";
import { FILES, SOURCES_DIR, parseSource } from "../helpers";
import { buildPdf, showText } from "../pdf-build";
import { readPdf } from "../pdf-files";
import { ROOT, copyOfBuiltApp, launchBrowser, startServer, type RunningServer } from "./harness";
import { printPdf, sourceHtml } from "./seed-pdf";

const SEED = FILES.baoshan2026;
const PDF_NAME = "baoshan_2026_dept.pdf";
const TOKEN = "pdf-import-test-token";

const dir = mkdtempSync(path.join(tmpdir(), "pdf-import-"));
const pdfPath = path.join(dir, PDF_NAME);
let pdfBytes: Buffer;
/** Text of each page as pdf.js gives it (items joined), to know independently where a figure is printed. */
let pageTexts: string[];
const textDb = freshDatabase();
const pdfDb = freshDatabase();

function dbImport(databaseUrl: string, ...files: string[]) {
  const result = spawnSync("npm", ["run", "--silent", "db:import", "--", ...files], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, REVALIDATE_URL: "", REVALIDATE_TOKEN: "" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Row = Record<string, unknown>;
function query(file: string, sql: string, ...params: unknown[]): Row[] {
  const db = new Database(file, { readonly: true });
  db.defaultSafeIntegers(true);
  try {
    return db.prepare(sql).all(...params) as Row[];
  } finally {
    db.close();
  }
}
const text = (v: unknown) => (v === null ? "" : String(v));

before(async () => {
  const parsed = parseSource(SEED);
  const browser = await launchBrowser();
  try {
    pdfBytes = await printPdf(browser, sourceHtml(parsed.text, parsed));
  } finally {
    await browser.close();
  }
  writeFileSync(pdfPath, pdfBytes);
  pageTexts = (await loadPdf(PDF_NAME, pdfBytes)).map((p) => p.pieces.map((x) => x.text).join(""));
  for (const [db, file] of [[textDb, path.join(SOURCES_DIR, SEED)], [pdfDb, pdfPath]] as const) {
    const result = dbImport(db.url, file);
    assert.equal(result.status, 0, result.stderr);
  }
});

describe("a ruled PDF of a text seed, imported with npm run db:import -- file.pdf", () => {
  const pdfDocument = () => {
    const [doc] = query(pdfDb.file, "SELECT id, fileName, format, layout, sha256, text, pageMapJson, length(originalBytes) AS size FROM SourceDocument");
    assert.ok(doc);
    return doc;
  };
  const pageMap = (): number[] => JSON.parse(text(pdfDocument().pageMapJson)) as number[];

  it("stores the PDF: its rendering, a page for every line, the original bytes", () => {
    const doc = pdfDocument();
    assert.deepEqual([doc.fileName, doc.format, doc.layout, doc.sha256, Number(doc.size)], [PDF_NAME, "pdf", "pdf", createHash("sha256").update(pdfBytes).digest("hex"), pdfBytes.length]);
    assert.equal(pageMap().length, text(doc.text).split("\n").length);
    assert.equal(Math.max(...pageMap()), pageTexts.length);
    assert.ok(pageTexts.length >= 10, `${pageTexts.length} pages`);
  });

  it("gives the same metric values as the text", () => {
    const sql = `SELECT d.slug, m.year, m.metric, m.status, m.amountFen, m.unitAsPublished, m.amountAsPublished, m.scope, m.entityName
      FROM MetricValue m JOIN District d ON d.id = m.districtId ORDER BY d.slug, m.year, m.metric`;
    const fromText = query(textDb.file, sql);
    assert.ok(fromText.some((m) => m.status === "disclosed"));
    assert.deepEqual(query(pdfDb.file, sql), fromText);
  });

  it("gives the same budget lines, amounts, 三公经费, 机关运行经费 and projects as the text", () => {
    const lines = (file: string) =>
      query(file, "SELECT id, tableNo, side, code, codeLei, codeKuan, codeXiang, level, name, isTotal, ordinal FROM BudgetLine ORDER BY tableNo, ordinal, id").map(({ id, ...line }) => ({
        ...line,
        amounts: query(file, "SELECT \"column\", columnIndex, amountFen, unit, amountAsPublished FROM BudgetAmount WHERE lineId = ? ORDER BY id", id),
      }));
    const fromText = lines(textDb.file);
    assert.equal(fromText.length, 149, "tables 1–8 of the seed: 29 + 21 + 21 + 25 + 21 + 32 lines");
    assert.deepEqual(lines(pdfDb.file), fromText);
    for (const sql of [
      "SELECT part, label, amountFen, unit, amountAsPublished FROM ThreePublicItem ORDER BY id",
      "SELECT label, amountFen, unit, amountAsPublished FROM OperatingExpense ORDER BY id",
      "SELECT p.name, p.implementer, p.unit, a.field, a.amountFen, a.amountAsPublished FROM Project p JOIN ProjectAmount a ON a.projectId = p.id ORDER BY p.id, a.id",
      "SELECT subject, amountFen, unit, changeDirection, changeFen, priorFen FROM NarrativeFigure ORDER BY ordinal",
      "SELECT \"check\", severity, foundFen, expectedFen, differenceFen FROM AuditFinding ORDER BY \"check\", foundFen, expectedFen",
    ]) {
      assert.deepEqual(query(pdfDb.file, sql), query(textDb.file, sql), sql);
    }
  });

  it("points every figure at a line of the rendering and a page of the PDF", () => {
    const pages = pageMap();
    const lines = text(pdfDocument().text).split("\n");
    for (const table of ["BudgetLine", "ThreePublicItem", "OperatingExpense", "Project", "ProjectAmount", "NarrativeFigure"]) {
      for (const row of query(pdfDb.file, `SELECT sourceLine, rawText FROM "${table}"`)) {
        const line = Number(row.sourceLine);
        assert.ok(line >= 1 && line <= lines.length, `${table} line ${line}`);
        assert.equal(row.rawText, lines[line - 1], `${table} line ${line}: the rendering's text`);
        const page = pages[line - 1] ?? 0;
        assert.ok(page >= 1 && page <= pageTexts.length, `${table} line ${line} page ${page}`);
      }
    }
  });

  it("puts a figure on the page that prints it (by pdf.js's own page text)", () => {
    const pages = pageMap();
    const metricPage = (metric: string) => {
      const [m] = query(pdfDb.file, "SELECT sourceLine FROM MetricValue WHERE metric = ? AND status = 'disclosed'", metric);
      return pages[Number(m?.sourceLine) - 1];
    };
    const printedOn = (needle: string) => pageTexts.flatMap((t, i) => (t.includes(needle) ? [i + 1] : []));
    // 医疗救助 is read from its project sheet; 机关运行经费 from table 9, whose header only it prints.
    const sheet = printedOn("项目名称医疗救助资金");
    const table9 = printedOn("机关运行经费预算数");
    assert.equal(sheet.length, 1);
    assert.equal(table9.length, 1);
    assert.equal(metricPage("medical-assistance"), sheet[0]);
    assert.equal(metricPage("operating-expenses"), table9[0]);
  });
});

describe("the app on the PDF's database", () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ databaseUrl: pdfDb.url, env: { REVALIDATE_TOKEN: TOKEN }, cwd: copyOfBuiltApp() });
    const response = await fetch(`${server.baseUrl}/api/revalidate`, { method: "POST", headers: { "x-revalidate-token": TOKEN } });
    assert.equal(response.status, 200);
  });
  after(async () => {
    await server?.stop();
  });

  it(`/sources/${PDF_NAME} shows the rendering with a marker where each page starts, linking to that page of the original`, async () => {
    const response = await fetch(`${server.baseUrl}/sources/${PDF_NAME}`);
    assert.equal(response.status, 200);
    const html = await response.text();
    const [doc] = query(pdfDb.file, "SELECT pageMapJson FROM SourceDocument");
    const pages = JSON.parse(text(doc?.pageMapJson)) as number[];
    const markers = [...html.matchAll(/data-page="(\d+)"[\s\S]*?href="([^"]+)"[\s\S]*?id="L(\d+)"/g)].map((m) => [Number(m[1]), m[2], Number(m[3])]);
    assert.deepEqual(
      markers,
      pageTexts.map((_t, i) => [i + 1, `/sources/${PDF_NAME}/original#page=${i + 1}`, pages.indexOf(i + 1) + 1]),
      "one marker per page, before the page's first line",
    );
    assert.match(html, new RegExp(`href="/sources/${PDF_NAME.replace(/\./g, "\\.")}/original"`));
    assert.match(html, /上海市宝山区\s?2026\s?年区级部门预算/);
  });

  it("serves the original PDF's bytes", async () => {
    const response = await fetch(`${server.baseUrl}/sources/${PDF_NAME}/original`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "application/pdf");
    const body = Buffer.from(await response.arrayBuffer());
    assert.equal(createHash("sha256").update(body).digest("hex"), createHash("sha256").update(pdfBytes).digest("hex"));
    assert.equal((await fetch(`${server.baseUrl}/sources/nope.pdf/original`)).status, 404);
  });

  it("metrics.csv cites the PDF's lines (source_line, source_text) for every value read from it", async () => {
    const response = await fetch(`${server.baseUrl}/api/metrics.csv`);
    assert.equal(response.status, 200);
    const [header, ...rows] = parseCsv(await response.text()).map((r) => r.map(restoreFormula));
    assert.ok(header);
    const col = (row: string[], name: string) => row[header.indexOf(name)] ?? "";
    const [doc] = query(pdfDb.file, "SELECT text FROM SourceDocument");
    const lines = text(doc?.text).split("\n");
    const disclosed = rows.filter((r) => col(r, "status") === "disclosed");
    assert.ok(disclosed.length >= 3, `${disclosed.length} disclosed values`);
    for (const row of disclosed) {
      assert.equal(col(row, "source_file"), PDF_NAME);
      const line = Number(col(row, "source_line"));
      assert.ok(line >= 1, col(row, "metric"));
      assert.equal(col(row, "source_text"), lines[line - 1], col(row, "metric"));
    }
  });
});

describe("bad PDFs through the import", () => {
  const budget = readPdf("putuo_shfly_2024_unit.pdf");
  const IMAGE_ONLY = "q 100 0 0 100 50 50 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q";
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ["locked.pdf", buildPdf({ pages: [showText("Hello", 100, 400)], encrypted: true }), /locked\.pdf: the PDF is encrypted/],
    ["scan.pdf", buildPdf({ pages: [IMAGE_ONLY, IMAGE_ONLY] }), /scan\.pdf: the PDF has no text layer/],
    ["cut.pdf", budget.subarray(0, Math.floor(budget.length / 2)), /cut\.pdf: the PDF has no end-of-file marker \(%%EOF\): it is truncated/],
    ["report.pdf", buildPdf({ pages: [showText("Quarterly report", 100, 400)] }), /report\.pdf:1 \(page 1\): unknown document, not a budget/],
    ["welfare.pdf", budget, /welfare\.pdf: published by "上海市普陀区社会福利院", not a district 医疗保障局/],
  ];
  for (const [name, bytes, message] of cases) {
    it(`${name}: refused with a message naming the file, the database unchanged`, () => {
      const db = path.join(dir, `bad-${name}.db`);
      copyFileSync(pdfDb.file, db);
      const before = dump(db);
      writeFileSync(path.join(dir, name), bytes);
      const result = dbImport(`file:${db}`, path.join(dir, name));
      assert.equal(result.status, 1);
      assert.match(result.stderr, /import failed, database unchanged: /);
      assert.match(result.stderr, message);
      assert.equal(dump(db), before);
    });
  }
});
