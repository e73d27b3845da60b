import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, describe, it } from "node:test";
import { runImport } from "../lib/import";
import { count, dump, freshDatabase } from "./db";
import { DOCUMENTS } from "./golden/seeds";
import { FILES, SOURCES_DIR } from "./helpers";

const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

const scratch = mkdtempSync(path.join(tmpdir(), "budget-input-"));
function writeInput(name: string, bytes: Uint8Array | string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, bytes);
  return file;
}
const source = (name: string) => readFileSync(path.join(SOURCES_DIR, name));

describe("import into a real SQLite database", () => {
  const db = freshDatabase();
  let first = "";

  before(async () => {
    await runImport({ files: [], sourcesDir: SOURCES_DIR, databaseUrl: db.url });
    first = dump(db.file, { ignoreImportTime: true });
  });

  it("holds every document, line, project and finding", () => {
    assert.equal(count(db.file, "SourceDocument"), DOCUMENTS.length);
    // Counted by hand per document (tests/golden/*.ts): each table's printed rows (404 = 149 + 143 + 112 in
    // 000, 002, 003) and each 项目名称 sheet (19 = 2 + 3 + 1 + 1 + 12).
    assert.equal(count(db.file, "BudgetLine"), sum(DOCUMENTS.flatMap((d) => d.tables.map((t) => t.rowCount))));
    assert.equal(count(db.file, "Project"), sum(DOCUMENTS.map((d) => d.projects.length)));
    // 35 audit findings (tests/audit.test.ts pins each) + 1 metric-source finding (tests/metrics.test.ts).
    assert.equal(count(db.file, "AuditFinding"), 36);
    // 3 districts × 2022–2026 × 4 metrics (tests/metrics.test.ts).
    assert.equal(count(db.file, "MetricValue"), 60);
    assert.equal(count(db.file, "District"), 3);
  });

  it("keeps provenance and money exact", () => {
    const text = dump(db.file);
    assert.match(text, /"amountFen":"14541622344","unit":"元","amountAsPublished":"145,416,223.44.00","sourceLine":"148","readingFindingId":"F-69d6a8fa"/);
    assert.match(text, /"code":"2101301","codeLei":"210","codeKuan":"13","codeXiang":"01"/);
  });

  it("is idempotent: a re-run yields the same rows", async () => {
    await runImport({ files: [], sourcesDir: SOURCES_DIR, databaseUrl: db.url });
    assert.equal(dump(db.file, { ignoreImportTime: true }), first);
  });

  it("re-importing one named file keeps the rest and yields the same rows", async () => {
    await runImport({ files: [path.join(SOURCES_DIR, FILES.qingpu2023)], databaseUrl: db.url });
    assert.equal(dump(db.file, { ignoreImportTime: true }), first);
  });

  const gbk = Buffer.from([...Buffer.from("上海市宝山区 2026 年区级部门预算\n"), 0xc9, 0xcf, 0xba, 0xa3, 0x0a]);
  const wholeText = source(FILES.baoshan2026).toString("utf8");
  const badInputs: Array<[string, () => string[], RegExp]> = [
    ["an empty file", () => [writeInput("empty.txt", "")], /empty\.txt: the file is empty/],
    ["a file truncated mid-character", () => [writeInput("cut.txt", source(FILES.baoshan2026).subarray(0, 4001))], /cut\.txt:\d+: the file ends in the middle of a character: it is truncated/],
    ["a file truncated before its tables", () => [writeInput("short.txt", wholeText.split("\n").slice(0, 60).join("\n"))], /short\.txt: a 部门预算 without any budget table: is the file truncated/],
    ["a file truncated inside a table", () => [writeInput("mid.txt", wholeText.split("\n").slice(0, 180).join("\n"))], /mid\.txt:180: the file ends inside table 3 .*before its 合计\/总计 row: it is truncated/],
    ["a file truncated after a table", () => [writeInput("after.txt", wholeText.split("\n").slice(0, 163).join("\n"))], /after\.txt:162: the file ends after table 2 although its contents list tables up to 9/],
    ["a GBK-encoded file", () => [writeInput("gbk.txt", gbk)], /gbk\.txt:2: not valid UTF-8/],
    ["a binary file", () => [writeInput("binary.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))], /binary\.txt:1: binary content/],
    ["a money cell with letters", () => [writeInput("letters.txt", wholeText.replace("137,670,000.00\t137,670,000.00", "137,67O,000.00\t137,670,000.00"))], /letters\.txt:151: table 2 column "合计": cannot read "137,67O,000.00"/],
    ["a table with an extra column", () => [writeInput("extra.txt", wholeText.replace("221,560.00\t221,560.00\t\t\t", "221,560.00\t221,560.00\t\t\t\t9.99"))], /extra\.txt:143: table 2 row has 6 amount cells but the table has 5 columns/],
    ["the same document twice", () => [path.join(SOURCES_DIR, FILES.putuo2026), writeInput("copy.txt", source(FILES.putuo2026))], /copy\.txt: the same document as 004_8134d43ea5fb35d0\.txt/],
    ["a stored document under another name", () => [writeInput("again.txt", source(FILES.baoshan2026))], /the same document as/],
    [
      "a budget of another department",
      () => [writeInput("finance.txt", wholeText.replace("预算主管部门：上海市宝山区医疗保障局", "预算主管部门：上海市宝山区财政局"))],
      /finance\.txt: published by "上海市宝山区财政局", not a district 医疗保障局 or one of its units/,
    ],
  ];
  for (const [name, files, message] of badInputs) {
    it(`refuses ${name} and leaves the database exactly as it was`, async () => {
      const beforeDump = dump(db.file);
      await assert.rejects(runImport({ files: files(), databaseUrl: db.url }), (error: Error) => {
        assert.match(error.message, message);
        return true;
      });
      assert.equal(dump(db.file), beforeDump);
    });
  }

  it("stores each document's citation metadata from sources.json, null where not recorded", () => {
    const text = dump(db.file);
    assert.match(text, /"fileName":"000_d13884772bd57538\.txt".*"sourceUrl":null,"publisher":null,"publishedOn":null/);
  });

  it("refuses a malformed sources.json before touching the database", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "budget-citations-"));
    writeFileSync(path.join(dir, FILES.putuo2026), source(FILES.putuo2026));
    writeFileSync(path.join(dir, "sources.json"), JSON.stringify({ documents: { [FILES.putuo2026]: { url: "not a url" } } }));
    const beforeDump = dump(db.file);
    await assert.rejects(runImport({ files: [], sourcesDir: dir, databaseUrl: db.url }), /sources\.json: documents\.004_8134d43ea5fb35d0\.txt\.url: Invalid URL/);
    assert.equal(dump(db.file), beforeDump);
  });

  it("reads a recorded citation", async () => {
    const other = freshDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), "budget-citations-"));
    writeFileSync(path.join(dir, FILES.putuo2026), source(FILES.putuo2026));
    const citation = { url: "https://www.shpt.gov.cn/example.pdf", publisher: "上海市普陀区医疗保障局", publishedOn: "2026-02-10" };
    writeFileSync(path.join(dir, "sources.json"), JSON.stringify({ documents: { [FILES.putuo2026]: citation } }));
    await runImport({ files: [], sourcesDir: dir, databaseUrl: other.url });
    assert.match(dump(other.file), /"sourceUrl":"https:\/\/www\.shpt\.gov\.cn\/example\.pdf","publisher":"上海市普陀区医疗保障局","publishedOn":"2026-02-10"/);
  });
});
