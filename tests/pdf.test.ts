// The four shared budget PDFs read end to end by parseAnyDocument: document facts, the
// narrative's figures, every coded row of tables 2, 3, 5 and 8, rows checked by eye against
// the page images (page and row named), the rendering rules, and the defects they print.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fenToYuan } from "../lib/money";
import { parseAnyDocument, type ParsedDocument, type ParsedLine } from "../lib/parse";
import { splitLines } from "../lib/parse/text";
import { CODED_ROWS, PDFS, readPdf, type PdfName } from "./pdf-files";

const docs = new Map<PdfName, ParsedDocument>();
for (const name of PDFS) docs.set(name, await parseAnyDocument(name, readPdf(name)));
const doc = (name: PdfName): ParsedDocument => {
  const parsed = docs.get(name);
  assert.ok(parsed, name);
  return parsed;
};

const table = (d: ParsedDocument, no: number) => d.tables.find((t) => t.tableNo === no);
const row = (d: ParsedDocument, no: number, code: string | null) => table(d, no)?.lines.find((l) => (code === null ? l.isTotal : l.code === code));
/** Cells in the order of the table's columns, in 元; "" for a blank cell. */
const cells = (d: ParsedDocument, no: number, line: ParsedLine | undefined) =>
  (table(d, no)?.columns ?? []).map((c) => {
    const a = line?.amounts.find((x) => x.column === c);
    return a ? fenToYuan(a.money.fen) : "";
  });
const pageOf = (d: ParsedDocument, line: number) => d.pageOfLine?.[line - 1];
const narrative = (d: ParsedDocument, subject: RegExp) => d.narrative.find((n) => subject.test(n.subject));

interface Facts {
  pages: number;
  year: number;
  kind: "部门预算" | "单位预算";
  entity: string;
  /** Narrative 收入预算 and 支出预算 (万元, as printed) and table 1's 收入总计 (元). */
  incomeWan: string;
  totalYuan: string;
  /** 三公经费 as the narrative states it and table 9's 合计. */
  threePublicWan: string;
  threePublicTable: string;
  /** 机关运行经费: the narrative's figure (null: the text says there is none) and table 9's cell. */
  operatingWan: string | null;
  operatingTable: string;
  rows: Record<number, number>;
}

// The figures ../shared/pdf/README.md lists, as each document prints them.
const FACTS: Record<PdfName, Facts> = {
  "putuo_czj_2025_dept.pdf": {
    pages: 24, year: 2025, kind: "部门预算", entity: "上海市普陀区财政局",
    incomeWan: "3,121.42", totalYuan: "31214205.80", threePublicWan: "0.95", threePublicTable: "0.95", operatingWan: "229.43", operatingTable: "229.43",
    rows: { 1: 13, 2: 20, 3: 20, 4: 9, 5: 20, 6: 1, 7: 1, 8: 30 },
  },
  "putuo_qzfbgs_2025_unit.pdf": {
    pages: 21, year: 2025, kind: "单位预算", entity: "上海市普陀区人民政府办公室",
    incomeWan: "9,101.68", totalYuan: "91016775.35", threePublicWan: "867.50", threePublicTable: "867.50", operatingWan: "213.28", operatingTable: "213.28",
    rows: { 1: 13, 2: 21, 3: 21, 4: 9, 5: 21, 6: 1, 7: 1, 8: 30 },
  },
  "putuo_shfly_2024_unit.pdf": {
    pages: 16, year: 2024, kind: "单位预算", entity: "上海市普陀区社会福利院",
    incomeWan: "1,212.12", totalYuan: "12121164.00", threePublicWan: "6.40", threePublicTable: "6.4", operatingWan: null, operatingTable: "0",
    rows: { 1: 13, 2: 15, 3: 15, 4: 9, 5: 15, 6: 1, 7: 1, 8: 27 },
  },
  "putuo_wanli_2023_dept.pdf": {
    pages: 35, year: 2023, kind: "部门预算", entity: "上海市普陀区人民政府万里街道办事处",
    incomeWan: "16497.86", totalYuan: "164978640.00", threePublicWan: "22.91", threePublicTable: "22.91", operatingWan: "786.09", operatingTable: "786.09",
    rows: { 1: 17, 2: 67, 3: 67, 4: 13, 5: 67, 6: 1, 7: 1, 8: 31 },
  },
};

for (const name of PDFS) {
  const facts = FACTS[name];
  describe(name, () => {
    it("is a 普陀区 budget of its year and entity, rendered with a page for every line", () => {
      const d = doc(name);
      assert.deepEqual([d.meta.districtSlug, d.meta.year, d.meta.kind, d.meta.entityName, d.meta.layout], ["putuo", facts.year, facts.kind, facts.entity, "pdf"]);
      assert.equal(d.pageOfLine?.length, d.lineCount);
      assert.equal(Math.max(...(d.pageOfLine ?? [])), facts.pages);
    });

    it("finds every table its contents list, with its rows", () => {
      const d = doc(name);
      assert.deepEqual(d.toc.map((t) => t.tableNo), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
      assert.deepEqual(d.tables.map((t) => t.tableNo), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
      assert.deepEqual(Object.fromEntries(d.tables.filter((t) => t.tableNo !== 9).map((t) => [t.tableNo, t.lines.length])), facts.rows);
      for (const empty of [6, 7]) assert.match(table(d, empty)?.note?.rawText ?? "", /故本表为空表/, `table ${empty} says it is empty`);
    });

    it("reads the narrative's totals, 三公经费 and 机关运行经费, which agree with tables 1 and 9", () => {
      const d = doc(name);
      assert.equal(narrative(d, /收入预算$/)?.money.asPublished, facts.incomeWan);
      assert.equal(narrative(d, /^支出预算$/)?.money.asPublished, facts.incomeWan);
      const totals = table(d, 1)?.lines.filter((l) => l.isTotal).map((l) => fenToYuan(l.amounts[0]?.money.fen ?? -1n));
      assert.deepEqual(totals, [facts.totalYuan, facts.totalYuan]);
      assert.equal(narrative(d, /^“三公”经费预算$/)?.money.asPublished, facts.threePublicWan);
      assert.equal(d.threePublic.find((c) => c.part === "total")?.asPublished, facts.threePublicTable);
      assert.equal(narrative(d, /机关运行经费预算$/)?.money.asPublished ?? null, facts.operatingWan);
      assert.equal(d.operating?.money.asPublished, facts.operatingTable);
    });

    for (const no of [2, 3, 5, 8] as const) {
      it(`reads every coded row of table ${no}`, () => {
        const d = doc(name);
        const t = table(d, no);
        const got = (t?.lines ?? []).map((l) => [l.isTotal ? "合计" : l.code, l.isTotal ? "" : l.name, ...cells(d, no, l)].join("|"));
        assert.deepEqual(got, CODED_ROWS[name][no]);
      });
    }
  });
}

describe("rows checked by eye against the page images", () => {
  const check = (name: PdfName, no: number, code: string | null, page: number, expected: string[]) => {
    const d = doc(name);
    const line = row(d, no, code);
    assert.ok(line, `${name} table ${no} row ${code ?? "合计"}`);
    assert.equal(pageOf(d, line.sourceLine), page, "provenance: the page the row is printed on");
    assert.deepEqual(cells(d, no, line), expected);
  };

  it("财政局 2025", () => {
    // p10 收入预算总表, row 9 "208 05 05 机关事业单位基本养老保险缴费支出": 1,748,327.00 | 1,748,327.00 | blank…
    check("putuo_czj_2025_dept.pdf", 2, "2080505", 10, ["1748327.00", "1748327.00", "", "", ""]);
    // p12 支出预算总表, row 3 "201 06 01 行政运行": 16,231,840.80 | 16,093,326.00 | 138,514.80
    check("putuo_czj_2025_dept.pdf", 3, "2010601", 12, ["16231840.80", "16093326.00", "138514.80"]);
    // p12, row 4 "201 06 02 一般行政管理事务": 100,000.00 | blank | 100,000.00 (项目支出, not 基本支出)
    check("putuo_czj_2025_dept.pdf", 3, "2010602", 12, ["100000.00", "", "100000.00"]);
    // p13 (continued from p12 under a repeated header), last row 合计: 31,214,205.80 | 25,121,091.00 | 6,093,114.80
    check("putuo_czj_2025_dept.pdf", 3, null, 13, ["31214205.80", "25121091.00", "6093114.80"]);
    // p19 经济分类预算表, row 11 "302 01 办公费": 170,000.00 | 0.00 | 170,000.00
    check("putuo_czj_2025_dept.pdf", 8, "30201", 19, ["170000.00", "0.00", "170000.00"]);
  });

  it("区政府办公室 2025", () => {
    // p9 收入预算总表, row 6 "201 03 99 其他政府办公厅（室）及相关机构事务支出", its name wrapped in the cell
    check("putuo_qzfbgs_2025_unit.pdf", 2, "2010399", 9, ["20120000.00", "20120000.00", "", "", ""]);
    assert.equal(row(doc("putuo_qzfbgs_2025_unit.pdf"), 2, "2010399")?.name, "其他政府办公厅（室）及相关机构事务支出");
    // p11 支出预算总表, row 5 "201 03 50 事业运行": 3,807,295.58 | 3,767,295.58 | 40,000.00
    check("putuo_qzfbgs_2025_unit.pdf", 3, "2010350", 11, ["3807295.58", "3767295.58", "40000.00"]);
    // p18 经济分类预算表, row 12 "302 01 办公费": 259,400.00 | blank | 259,400.00
    check("putuo_qzfbgs_2025_unit.pdf", 8, "30201", 18, ["259400.00", "", "259400.00"]);
  });

  it("社会福利院 2024", () => {
    // p8 收入预算总表, row 7 "208 10 社会福利": 9,584,796 | 6,964,796 | 2,620,000 (事业收入)
    check("putuo_shfly_2024_unit.pdf", 2, "20810", 8, ["9584796.00", "6964796.00", "2620000.00", "", ""]);
    // p9 支出预算总表, row 11 printed "7 11 02 事业单位医疗": 503,724 | 503,724 | blank
    check("putuo_shfly_2024_unit.pdf", 3, "2101102", 9, ["503724.00", "503724.00", ""]);
    // p11 一般公共预算支出功能分类预算表, the same row printed "7 11 02"
    check("putuo_shfly_2024_unit.pdf", 5, "2101102", 11, ["503724.00", "503724.00", ""]);
    // p14 经济分类预算表, row 19 "302 09 物业管理费": 1,206,000 | blank | 1,206,000
    check("putuo_shfly_2024_unit.pdf", 8, "30209", 14, ["1206000.00", "", "1206000.00"]);
  });

  it("万里街道 2023", () => {
    // p11 收入预算总表, row 4 "201 05 07 专项普查活动": 601,300 | 601,300
    check("putuo_wanli_2023_dept.pdf", 2, "2010507", 11, ["601300.00", "601300.00", "", "", ""]);
    // p16 支出预算总表 (continued), row 13 "208 02 06 社会组织管理": 215,000 | 0 | 215,000
    check("putuo_wanli_2023_dept.pdf", 3, "2080206", 16, ["215000.00", "0.00", "215000.00"]);
    // p21 一般公共预算支出功能分类预算表 (continued), row 2 "204 06 07 公共法律服务": 150,000 | 0 | 150,000
    check("putuo_wanli_2023_dept.pdf", 5, "2040607", 21, ["150000.00", "0.00", "150000.00"]);
    // p27 经济分类预算表 (continued), row 5 "302 14 租赁费": 1,990,014 | blank | 1,990,014; 合计 99,406,297 | 84,024,865 | 15,381,432
    check("putuo_wanli_2023_dept.pdf", 8, "30214", 27, ["1990014.00", "", "1990014.00"]);
    check("putuo_wanli_2023_dept.pdf", 8, null, 27, ["99406297.00", "84024865.00", "15381432.00"]);
  });

  it("table 9 of 财政局 2025 (p21): 0.95 | blank | 0.95 | blank ×3 | 229.43", () => {
    const d = doc("putuo_czj_2025_dept.pdf");
    assert.deepEqual(d.threePublic.map((c) => [c.part, c.asPublished]), [
      ["total", "0.95"], ["abroad", ""], ["reception", "0.95"], ["vehicles", ""], ["vehiclePurchase", ""], ["vehicleOperation", ""],
    ]);
    assert.equal(d.threePublic.find((c) => c.part === "abroad")?.money, null, "a blank cell is not 0");
    assert.equal(pageOf(d, d.operating?.sourceLine ?? 0), 21);
  });
});

describe("the rendering", () => {
  const lines = (name: PdfName) => splitLines(doc(name).text);

  it("puts 编制部门 and 单位 (one printed line) on two lines after the title", () => {
    const l = lines("putuo_czj_2025_dept.pdf");
    const title = l.indexOf("2025年部门收入预算总表");
    assert.deepEqual(l.slice(title, title + 3), ["2025年部门收入预算总表", "编制部门：上海市普陀区财政局", "单位：元"]);
  });

  it("joins a paragraph wrapped over several printed lines into one line", () => {
    const l = lines("putuo_czj_2025_dept.pdf");
    // p7: "…比2024年预算增加" ends one printed line, "107.62万元；…" starts the next.
    assert.ok(l.some((x) => x.startsWith("2025年，上海市普陀区财政局收入预算3,121.42万元") && x.includes("比2024年预算增加107.62万元；事业收入0万元")));
    assert.equal(narrative(doc("putuo_czj_2025_dept.pdf"), /^财政拨款收入$/)?.change?.money?.asPublished, "107.62");
  });

  it("leaves out text clipped off the page (items 9–11 are printed once, on p8)", () => {
    const d = doc("putuo_czj_2025_dept.pdf");
    const l = lines("putuo_czj_2025_dept.pdf");
    const at = l.flatMap((x, i) => (x.startsWith("11.“住房保障支出（类）住房改革支出（款）购房补贴（项）”268.77万元") ? [i + 1] : []));
    assert.equal(at.length, 1);
    assert.equal(pageOf(d, at[0] ?? 0), 8);
  });

  it("joins a table continued on the next page, dropping its repeated header", () => {
    const d = doc("putuo_czj_2025_dept.pdf");
    const t2 = table(d, 2);
    assert.deepEqual(t2?.continuationLines, []);
    assert.equal(pageOf(d, row(d, 2, "210")?.sourceLine ?? 0), 11);
    const region = lines("putuo_czj_2025_dept.pdf").slice((t2?.titleLine ?? 1) - 1, t2?.endLine);
    assert.equal(region.filter((x) => x.startsWith("功能分类科目编码\t")).length, 1, "one header row");
    // 区政府办公室 p10 continues table 2 without repeating the header: nothing to drop.
    const q = doc("putuo_qzfbgs_2025_unit.pdf");
    assert.equal(pageOf(q, row(q, 2, "210")?.sourceLine ?? 0), 10);
  });

  it("reads the project sheets of 万里街道 (pp. 31–35) as rows", () => {
    const d = doc("putuo_wanli_2023_dept.pdf");
    assert.deepEqual(d.projects.map((p) => [p.name, pageOf(d, p.sourceLine)]), [
      ["新建万里街道社区公共服务中心", 31], ["就业援助基地补贴", 32], ["社区环境整治和建设经费", 33], ["各类工作经费", 34], ["公共服务设施运行经费", 35],
    ]);
    assert.equal(d.projects[3]?.indicators.length, 43);
    assert.equal(d.projects[0]?.unit, "元");
  });
});

describe("defects the documents print (for the audit, not corrected)", () => {
  it("社会福利院 2024 prints the 类 of 210 11 02 as \"7\" in tables 3 and 5: read as 210, printed text kept", () => {
    const d = doc("putuo_shfly_2024_unit.pdf");
    for (const no of [3, 5]) {
      const line = row(d, no, "2101102");
      assert.deepEqual(
        { code: line?.code, lei: line?.codeLei, printed: line?.codeReading?.printed, asPrinted: line?.codeReading?.codeAsPrinted, part: line?.codeReading?.part },
        { code: "2101102", lei: "210", printed: "7", asPrinted: "7 11 02", part: "类" },
      );
      assert.match(line?.codeReading?.readingNote ?? "", /类 printed "7"; read as 210, the 类 of the 款 11 row above \(line \d+: 210 11 行政事业单位医疗\)/);
      assert.equal(line?.codeReading?.basisLine, row(d, no, "21011")?.sourceLine);
    }
    assert.equal(row(d, 2, "2101102")?.codeReading, undefined, "table 2 prints 210");
  });

  it("万里街道 2023: project 5's 当年财政拨款 exceeds its 年度资金申请总额 (p35)", () => {
    const project = doc("putuo_wanli_2023_dept.pdf").projects[4];
    const amount = (field: string) => project?.amounts.find((a) => a.field === field)?.money.asPublished;
    assert.deepEqual([amount("年度资金申请总额"), amount("当年财政拨款")], ["10,903,043.00", "11,419,043.00"]);
  });

  it("万里街道 2023: the narrative gives 政府性基金 0 万元 an increase of 1421.25 万元 (p6)", () => {
    const fund = narrative(doc("putuo_wanli_2023_dept.pdf"), /^政府性基金拨款支出预算$/);
    assert.deepEqual([fund?.money.asPublished, fund?.change?.direction, fund?.change?.money?.asPublished], ["0", "increase", "1421.25"]);
  });

  it("财政局 2025: table 7's note names the 政府性基金 of table 6 (p18)", () => {
    assert.match(table(doc("putuo_czj_2025_dept.pdf"), 7)?.note?.rawText ?? "", /无政府性基金预算财政拨款/);
  });
});
