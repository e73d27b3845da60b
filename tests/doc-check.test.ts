// doc:check on real files: the four shared PDFs give the figures their narrative states (../shared/pdf/README.md),
// every coded row of tables 2, 3, 5 and 8 (as pinned in tests/pdf-files.ts) and their printed defects as findings;
// the CLI's exit codes, its JSON contract (exactly these keys) and its messages for files it cannot read.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, describe, it } from "node:test";
import { documentSummary } from "../lib/check/human";
import { checkDocument, type CheckedDocument, type CheckedFinding } from "../lib/check/report";
import { formatWan } from "../lib/money";
import { FILES, ROOT, SOURCES_DIR } from "./helpers";
import { buildPdf, showText } from "./pdf-build";
import { CODED_ROWS, PDF_DIR, PDFS, readPdf, type PdfName } from "./pdf-files";

interface Expected {
  entity: string;
  year: number;
  kind: string;
  scope: string;
  pages: number;
  /** ../shared/pdf/README.md, 万元 as the narrative prints it. */
  incomeWan: string;
  threePublicWan: string;
  /** null: the text says the unit has none (table 9 prints 0). */
  operatingWan: string | null;
  /** Rows of the tables other than 2, 3, 5 and 8 (whose rows are pinned in pdf-files.ts). */
  otherRows: Record<1 | 4 | 6 | 7 | 9, number>;
}

const EXPECTED: Record<PdfName, Expected> = {
  "putuo_wanli_2023_dept.pdf": {
    entity: "上海市普陀区人民政府万里街道办事处", year: 2023, kind: "部门预算", scope: "部门", pages: 35,
    incomeWan: "16,497.86", threePublicWan: "22.91", operatingWan: "786.09", otherRows: { 1: 17, 4: 13, 6: 1, 7: 1, 9: 1 },
  },
  "putuo_czj_2025_dept.pdf": {
    entity: "上海市普陀区财政局", year: 2025, kind: "部门预算", scope: "部门", pages: 24,
    incomeWan: "3,121.42", threePublicWan: "0.95", operatingWan: "229.43", otherRows: { 1: 13, 4: 9, 6: 1, 7: 1, 9: 1 },
  },
  "putuo_qzfbgs_2025_unit.pdf": {
    entity: "上海市普陀区人民政府办公室", year: 2025, kind: "单位预算", scope: "单位", pages: 21,
    incomeWan: "9,101.68", threePublicWan: "867.50", operatingWan: "213.28", otherRows: { 1: 13, 4: 9, 6: 1, 7: 1, 9: 1 },
  },
  "putuo_shfly_2024_unit.pdf": {
    entity: "上海市普陀区社会福利院", year: 2024, kind: "单位预算", scope: "单位", pages: 16,
    incomeWan: "1,212.12", threePublicWan: "6.40", operatingWan: null, otherRows: { 1: 13, 4: 9, 6: 1, 7: 1, 9: 1 },
  },
};

const reports = new Map<PdfName, CheckedDocument>();
before(async () => {
  for (const name of PDFS) reports.set(name, await checkDocument(name, readPdf(name)));
});
const report = (name: PdfName): CheckedDocument => {
  const r = reports.get(name);
  assert.ok(r, name);
  return r;
};
const findings = (name: PdfName, check: string): CheckedFinding[] => report(name).findings.filter((f) => f.check === check);

for (const name of PDFS) {
  const expected = EXPECTED[name];
  describe(`doc:check ${name}`, () => {
    it("names the entity, year, kind and scope", () => {
      const r = report(name);
      assert.deepEqual([r.district, r.year, r.kind, r.scope, r.entity, r.pages], ["putuo", expected.year, expected.kind, expected.scope, expected.entity, expected.pages]);
      assert.match(r.sha256, /^[0-9a-f]{64}$/);
    });

    it("gives the narrative's 收入/支出, 三公经费 and 机关运行经费 (../shared/pdf/README.md)", () => {
      const r = report(name);
      assert.equal(formatWan(r.income_total_yuan ?? ""), expected.incomeWan);
      assert.equal(r.expenditure_total_yuan, r.income_total_yuan);
      assert.equal(formatWan(r.three_public_total_yuan ?? ""), expected.threePublicWan);
      // 社会福利院: "2024年上海市普陀区社会福利院无机关运行经费" (p16); table 9 prints 0 in that column.
      assert.equal(r.operating_expenses_yuan === null ? null : formatWan(r.operating_expenses_yuan), expected.operatingWan ?? "0.00");
    });

    it("lists every table with its rows; tables 2, 3, 5 and 8 hold exactly the pinned coded rows", () => {
      const r = report(name);
      assert.deepEqual(r.tables.map((t) => t.no), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
      for (const t of r.tables) {
        if (t.no === 2 || t.no === 3 || t.no === 5 || t.no === 8) {
          const got = t.rows.map((row) => [row.code ?? row.name, row.code === null ? "" : row.name, ...row.amounts_yuan.map((a) => a ?? "")].join("|"));
          assert.deepEqual(got, CODED_ROWS[name][t.no], `table ${t.no}`);
        } else {
          assert.equal(t.rows.length, expected.otherRows[t.no as 1 | 4 | 6 | 7 | 9], `table ${t.no}`);
        }
        for (const row of t.rows) {
          assert.equal(row.amounts_yuan.length, t.columns.length, `table ${t.no} line ${row.line}`);
          assert.ok(row.page !== null && row.page >= 1 && row.page <= expected.pages, `table ${t.no} line ${row.line} page ${row.page}`);
        }
      }
    });
  });
}

describe("doc:check reads the defects the PDFs print as findings", () => {
  it("财政局 2025 has none", () => {
    assert.deepEqual(report("putuo_czj_2025_dept.pdf").findings, []);
  });

  it("社会福利院 2024: the 类 printed \"7\" in tables 3 and 5 is a code-reading finding, read as 210", () => {
    const codes = findings("putuo_shfly_2024_unit.pdf", "code-reading");
    assert.deepEqual(codes.map((f) => [f.severity, f.locations[0]?.page]), [["warning", 9], ["warning", 11]]);
    for (const f of codes) assert.match(f.message, /科目编码印作“7 11 02”.*类的编码印作“7”.*类为 210.*按 210 11 02 读取/);
    const t3 = report("putuo_shfly_2024_unit.pdf").tables.find((t) => t.no === 3);
    assert.equal(t3?.rows.find((row) => row.line === codes[0]?.locations[0]?.line)?.code, "2101102");
  });

  it("万里街道 2023: two rates the narrative misstates (p6, p7) and an amount it restates differently", () => {
    const rates = findings("putuo_wanli_2023_dept.pdf", "narrative-percentage");
    assert.deepEqual(rates.map((f) => [f.severity, f.locations[0]?.line, f.locations[0]?.page]), [["warning", 54, 6], ["warning", 68, 7], ["warning", 68, 7]]);
    assert.match(rates[0]?.message ?? "", /增长 314\.82%.*预算执行数 11\.67 万元 → 预算安排 45\.41 万元：增长 289\.12%/);
    assert.match(rates[1]?.message ?? "", /增长 60\.54%.*预算执行数 132\.59 万元 → 预算安排 441\.25 万元：增长 232\.79%/);
    assert.match(rates[2]?.message ?? "", /预算安排 441\.25 万元.*220\.63 万元/);
  });

  it("the six rates 社会福利院 2024 states agree with their figures (万里街道: 28 of 32 agree, 2 are from 0 and not comparable)", () => {
    for (const name of PDFS) if (name !== "putuo_wanli_2023_dept.pdf") assert.deepEqual(findings(name, "narrative-percentage"), [], name);
  });

  it("万里街道 2023: project 5's 年度资金申请总额 is not the sum of its parts (p35)", () => {
    assert.deepEqual(findings("putuo_wanli_2023_dept.pdf", "project-funds").map((f) => [f.severity, f.locations[0]?.page]), [["warning", 35]]);
  });

  it("区政府办公室 2025: table 9's 公务接待费 28.50 万元 against 302 17 公务接待费 185,000.00 元", () => {
    const [f, ...rest] = findings("putuo_qzfbgs_2025_unit.pdf", "reception-vs-economic");
    assert.equal(rest.length, 0);
    assert.match(f?.message ?? "", /28\.50 万元（285,000\.00 元）.*185,000\.00 元/);
  });

  it("prints a readable summary per document", () => {
    const text = documentSummary(report("putuo_czj_2025_dept.pdf"), 1.5);
    assert.match(text, /^putuo_czj_2025_dept\.pdf {2}上海市普陀区财政局 · 普陀 2025 年部门预算（部门）\n/);
    assert.match(text, /收入总计 31,214,205\.80 元（3,121\.42 万元）；支出总计 31,214,205\.80 元（3,121\.42 万元）/);
    assert.match(text, /“三公”经费 9,500\.00 元（0\.95 万元）：因公出国（境）费 空白，公务接待费 9,500\.00/);
    assert.match(text, /机关运行经费 2,294,300\.00 元（229\.43 万元）/);
    assert.match(text, /表8 2025年部门一般公共预算基本支出部门预算经济分类预算表（元）：30 行/);
    assert.match(text, /问题 0 个/);
  });
});

// ---- the CLI as a child process -------------------------------------------------------------------

const KEYS = {
  top: ["documents", "errors"],
  document: [
    "file", "sha256", "district", "year", "kind", "scope", "entity", "income_total_yuan", "expenditure_total_yuan", "three_public_total_yuan",
    "operating_expenses_yuan", "tables", "findings",
    // extras
    "district_name", "three_public_parts_yuan", "pages", "projects",
  ],
  table: ["no", "title", "unit", "columns", "rows"],
  row: ["code", "name", "amounts_yuan", "page", "line"],
  finding: ["id", "check", "severity", "message", "locations", "title"],
  location: ["file", "page", "line"],
  error: ["file", "page", "line", "message"],
};

const sorted = (keys: string[]) => [...keys].sort();
const keysOf = (value: unknown): string[] => sorted(Object.keys(value as object));
const YUAN = /^-?\d+\.\d{2}$/;

function docCheck(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/doc-check.ts", ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run doc:check (child process)", () => {
  it("reads the four PDFs and a text seed: exit 0, stdout is the JSON contract with exactly its keys", () => {
    const { status, stdout, stderr } = docCheck(...PDFS.map((n) => path.join(PDF_DIR, n)), path.join(SOURCES_DIR, FILES.baoshan2026), "--json");
    assert.equal(status, 0, stderr);
    const parsed = JSON.parse(stdout) as { documents: Array<Record<string, unknown>>; errors: unknown[] };
    assert.deepEqual(keysOf(parsed), sorted(KEYS.top));
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.documents.map((d) => d.file), [...PDFS, FILES.baoshan2026]);
    for (const d of parsed.documents) {
      assert.deepEqual(keysOf(d), sorted(KEYS.document), String(d.file));
      for (const key of ["income_total_yuan", "expenditure_total_yuan"]) assert.match(String(d[key]), YUAN, key);
      for (const key of ["three_public_total_yuan", "operating_expenses_yuan"]) assert.ok(d[key] === null || YUAN.test(String(d[key])), key);
      for (const t of d.tables as Array<Record<string, unknown>>) {
        assert.deepEqual(keysOf(t), sorted(KEYS.table));
        for (const row of t.rows as Array<Record<string, unknown>>) {
          assert.deepEqual(keysOf(row), sorted(KEYS.row));
          assert.ok(row.code === null || /^\d+$/.test(String(row.code)), `code ${String(row.code)}`);
          for (const a of row.amounts_yuan as unknown[]) assert.ok(a === null || YUAN.test(String(a)), `amount ${String(a)}`);
          assert.equal(typeof row.line, "number");
          assert.ok(row.page === null || typeof row.page === "number");
        }
      }
      for (const f of d.findings as Array<Record<string, unknown>>) {
        assert.deepEqual(keysOf(f), sorted(KEYS.finding));
        for (const l of f.locations as unknown[]) assert.deepEqual(keysOf(l), sorted(KEYS.location));
      }
    }
    const seed = parsed.documents[4];
    assert.deepEqual([seed?.district, seed?.year, seed?.kind, seed?.income_total_yuan, seed?.three_public_total_yuan, seed?.operating_expenses_yuan], ["baoshan", 2026, "部门预算", "160666637.28", "10000.00", "1689800.00"]);
    const seedRow = (seed?.tables as Array<{ no: number; rows: Array<{ code: string | null; page: number | null }> }>).find((t) => t.no === 3)?.rows.find((r) => r.code === "2101301");
    assert.deepEqual(seedRow?.page, null, "a text file has no pages");
  });

  it("reports each file it cannot read on stderr with file (and page), still reports the others, and exits 1", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "doc-check-"));
    const budget = readPdf("putuo_shfly_2024_unit.pdf");
    const write = (name: string, bytes: Uint8Array) => {
      writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    };
    const title = showText("上海市普陀区2025年区级部门预算", 100, 400, 24);
    const files = [
      write("cut.pdf", budget.subarray(0, Math.floor(budget.length / 2))),
      write("locked.pdf", buildPdf({ pages: [showText("Hello", 100, 400)], encrypted: true })),
      write("corrupt.pdf", buildPdf({ pages: [title, showText("Hello", 100, 400)], corruptPages: [2] })),
      write("final.pdf", buildPdf({ pages: [showText("上海市普陀区2023年区级部门决算", 100, 400, 24)] })),
      path.join(SOURCES_DIR, FILES.qingpu2023),
    ];
    const { status, stdout, stderr } = docCheck(...files, "--json");
    assert.equal(status, 1);
    assert.match(stderr, /cut\.pdf: the PDF has no end-of-file marker \(%%EOF\): it is truncated/);
    assert.match(stderr, /locked\.pdf: the PDF is encrypted/);
    assert.match(stderr, /corrupt\.pdf \(page 2\): /);
    assert.match(stderr, /final\.pdf:1 \(page 1\): this is a 部门决算/);
    const parsed = JSON.parse(stdout) as { documents: Array<{ file: string }>; errors: Array<Record<string, unknown>> };
    assert.deepEqual(parsed.documents.map((d) => d.file), [FILES.qingpu2023]);
    for (const e of parsed.errors) assert.deepEqual(keysOf(e), sorted(KEYS.error));
    assert.deepEqual(parsed.errors.map((e) => [e.file, e.page, e.line]), [["cut.pdf", null, null], ["locked.pdf", null, null], ["corrupt.pdf", 2, null], ["final.pdf", 1, 1]]);
  });

  it("prints a readable summary without --json; no file given is a usage error (exit 2)", () => {
    const { status, stdout } = docCheck(path.join(SOURCES_DIR, FILES.baoshan2023Projects));
    assert.equal(status, 0);
    assert.match(stdout, /上海市宝山区医疗保障局 · 宝山 2023 年绩效目标表/);
    assert.match(stdout, /1 of 1 documents read\n$/);
    assert.equal(docCheck().status, 2);
  });
});
