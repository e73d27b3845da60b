import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fenToYuan } from "../lib/money";
import { SourceError, parseDocument, type ParsedDocument, type ParsedLine } from "../lib/parse";
import { rowCells } from "../lib/parse/text";
import { FILES, parseSource, parseText } from "./helpers";
import { HEADER_LINES, TABLE_3_HEAD } from "./parse-fragments";

const amount = (line: ParsedLine | undefined, column: string) => {
  const cell = line?.amounts.find((a) => a.column === column);
  return cell ? fenToYuan(cell.money.fen) : undefined;
};
const line = (doc: ParsedDocument, tableNo: number, code: string) => doc.tables.find((t) => t.tableNo === tableNo)?.lines.find((l) => l.code === code);

describe("row cells per layout", () => {
  const cases: Array<[string, string[] | null]> = [
    ["208\t05\t01 行政单位离退休\t221,560.00\t221,560.00\t", ["208", "05", "01 行政单位离退休", "221,560.00", "221,560.00", ""]],
    ["| 208      | 05 | 01 | 行政单位离退休          | 142,560    |", ["208", "05", "01", "行政单位离退休", "142,560"]],
    ["|----------|----|----|", []],
    ["----\t---------------\t---------------", []],
    ["本部门支出预算 16,066.66 万元", null],
    ["", null],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input).slice(0, 40), () => assert.deepEqual(rowCells(input), expected));
});

const HEADER = `${HEADER_LINES.join("\n")}\n`;
const TABLE_3 = TABLE_3_HEAD;

const TOTAL_ROW = "合计\t\t\t\t160,666,637.28\t17,234,287.88\t143,432,349.40";

describe("classification tables from fragments", () => {
  const cases: Array<{ name: string; rows: string[]; code: string; level: number; expected: Record<string, string> }> = [
    { name: "类 row", rows: ["210\t\t卫生健康支出\t155,395,402.48\t11,963,053.08\t143,432,349.40"], code: "210", level: 1, expected: { 合计: "155395402.48", 基本支出: "11963053.08", 项目支出: "143432349.40" } },
    { name: "项 code merged into the name cell", rows: ["210\t13\t01 城乡医疗救助\t33,760,000.00\t\t33,760,000.00"], code: "2101301", level: 3, expected: { 合计: "33760000.00", 项目支出: "33760000.00" } },
    { name: "extra empty cell before the name", rows: ["210\t15\t\t医疗保障管理事务\t17,186,040.25\t11,423,690.85\t5,762,349.40"], code: "21015", level: 2, expected: { 合计: "17186040.25", 基本支出: "11423690.85", 项目支出: "5762349.40" } },
    { name: "leading-zero codes stay text", rows: ["221\t02\t01\t住房公积金\t1,425,924.48\t1,425,924.48\t"], code: "2210201", level: 3, expected: { 合计: "1425924.48", 基本支出: "1425924.48" } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const doc = parseText(HEADER + [...TABLE_3, ...c.rows, TOTAL_ROW].join("\n"));
      const parsed = line(doc, 3, c.code);
      assert.ok(parsed, `line ${c.code} found`);
      assert.equal(parsed.level, c.level);
      assert.equal(parsed.sourceLine, 10);
      const got = Object.fromEntries(parsed.amounts.map((a) => [a.column, fenToYuan(a.money.fen)]));
      assert.deepEqual(got, c.expected);
    });
  }

  it("a total row with filler cells maps to the columns", () => {
    const doc = parseText(HEADER + [...TABLE_3, TOTAL_ROW].join("\n"));
    const total = doc.tables[0]?.lines[0];
    assert.equal(total?.isTotal, true);
    assert.equal(amount(total, "项目支出"), "143432349.40");
  });

  const bad: Array<[string, string, RegExp]> = [
    ["a money cell with letters", "210\t\t卫生健康支出\t155,395,4O2.48\t\t", /fragment\.txt:10: table 3 column "合计": cannot read "155,395,4O2.48"/],
    ["a row with an extra column", "210\t\t卫生健康支出\t1.00\t1.00\t0.00\t9.99", /fragment\.txt:10: table 3 row has 4 amount cells but the table has 3 columns/],
    ["a row that is neither code nor total", "卫生健康支出\t1.00\t1.00\t", /fragment\.txt:10: table 3: expected a row starting with a code or 合计/],
  ];
  for (const [name, row, message] of bad) {
    it(`refuses ${name} naming file and line`, () => {
      assert.throws(() => parseText(HEADER + [...TABLE_3, row].join("\n")), (error: unknown) => {
        assert.ok(error instanceof SourceError);
        assert.match(error.message, message);
        return true;
      });
    });
  }
});

describe("Markdown tables split across pages", () => {
  it("merges the continuation and skips the repeated header", () => {
    const doc = parseSource(FILES.qingpu2023);
    const table3 = doc.tables.find((t) => t.tableNo === 3);
    assert.ok(table3);
    assert.deepEqual(table3.continuationLines, [166]);
    assert.equal(table3.lines.length, 20);
    assert.equal(amount(line(doc, 3, "2101399"), "项目支出"), "12750000.00");
    assert.equal(line(doc, 3, "2101399")?.sourceLine, 174);
  });
});

describe("real documents", () => {
  it("宝山 2026: tab-separated 部门预算", () => {
    const doc = parseSource(FILES.baoshan2026);
    assert.deepEqual([doc.meta.districtSlug, doc.meta.year, doc.meta.kind, doc.meta.scope, doc.meta.layout], ["baoshan", 2026, "部门预算", "部门", "tsv"]);
    assert.deepEqual(doc.tables.map((t) => t.tableNo), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.equal(amount(line(doc, 5, "2101301"), "合计"), "33760000.00");
    assert.equal(amount(line(doc, 5, "2101399"), "合计"), "103910000.00");
    assert.equal(amount(line(doc, 8, "30217"), "合计"), "10000.00");
    assert.equal(doc.tables.find((t) => t.tableNo === 6)?.note?.sourceLine, 265);
    assert.equal(doc.operating?.money.asPublished, "168.98");
    assert.equal(doc.operating?.money.fen, 168_980_000n);
    assert.deepEqual(doc.threePublic.map((c) => [c.part, c.asPublished]), [
      ["total", "1.00"], ["abroad", "0.00"], ["reception", "1.00"], ["vehicles", "0.00"], ["vehiclePurchase", "0.00"], ["vehicleOperation", "0.00"],
    ]);
    assert.deepEqual(doc.projects.map((p) => p.name), ["医疗救助资金", "市民社区医疗互助帮困计划资金"]);
    assert.equal(doc.projects[1]?.indicators.length, 12);
  });

  it("宝山 2023 project sheets: one field per line", () => {
    const doc = parseSource(FILES.baoshan2023Projects);
    assert.equal(doc.meta.layout, "lines");
    assert.equal(doc.meta.year, 2023);
    const [mutualAid, medical, network] = doc.projects;
    assert.equal(mutualAid?.name, "市民社区医疗互助帮困计划资金", "name wrapped over lines 7-9 is joined");
    assert.equal(mutualAid?.sourceLine, 6);
    assert.equal(fenToYuan(mutualAid?.amounts.find((a) => a.field === "年度资金申请总额")?.money.fen ?? -1n), "91520000.00");
    assert.equal(medical?.indicators[0]?.value, "符合救助条件的对象按规定纳入救助范围", "value wrapped over lines 294-298");
    assert.equal(mutualAid?.indicators.at(-1)?.value, "<10 次");
    assert.equal(network?.implementer, "上海市宝山区医疗保险事务中心");
  });

  it("宝山 2023: reads 145,416,223.44.00 with both readings kept", () => {
    const doc = parseSource(FILES.baoshan2023);
    const health = doc.tables.find((t) => t.tableNo === 1)?.lines.find((l) => l.name === "卫生健康支出");
    assert.equal(health?.sourceLine, 148);
    assert.deepEqual(health?.amounts[0]?.money.alternativesFen, [14_541_622_344n, 1_454_162_234_400n]);
    assert.equal(doc.tables.some((t) => t.tableNo === 6), false);
    assert.equal(doc.toc.find((t) => t.tableNo === 6)?.sourceLine, 19);
  });

  it("青浦 2023: Markdown 单位预算 in 元 and 万元", () => {
    const doc = parseSource(FILES.qingpu2023);
    assert.deepEqual([doc.meta.districtSlug, doc.meta.kind, doc.meta.scope, doc.meta.layout, doc.meta.entityKind], ["qingpu", "单位预算", "单位", "markdown", "centre"]);
    assert.equal(amount(line(doc, 2, "210"), "合计"), "18003263.00");
    const table1 = doc.tables.find((t) => t.tableNo === 1);
    assert.deepEqual(table1?.columns, ["收入:预算数", "支出:合计", "支出:人员经费", "支出:公用经费", "支出:项目支出"]);
    const project = doc.projects[0];
    assert.equal(project?.unit, "万元");
    assert.equal(project?.category, "经常性项目", "the checked box");
    assert.equal(project?.amounts.find((a) => a.field === "年度资金申请总额")?.money.fen, 1_325_000_000n);
    assert.equal(doc.operating?.money.asPublished, "209");
    assert.equal(doc.threePublic.find((c) => c.part === "abroad")?.money, null, "a blank cell is not 0");
  });

  it("普陀 2026: 12 project sheets, bureau and centre, shifted indicator columns", () => {
    const doc = parseSource(FILES.putuo2026);
    assert.equal(doc.projects.length, 12);
    assert.equal(doc.projects.filter((p) => p.implementer === "上海市普陀区医疗保险事务中心").length, 6);
    const medical = doc.projects[0];
    assert.equal(medical?.amounts.find((a) => a.field === "项目资金总额"), undefined, "a blank 项目资金总额 is not disclosed");
    assert.equal(medical?.indicators[1]?.level1, "产出指标");
    assert.equal(medical?.indicators[1]?.level2, "数量指标");
    assert.equal(medical?.indicators.length, 10, "the next sheet's heading is not an indicator");
    assert.equal(doc.projects.find((p) => p.name.startsWith("定点机构协议管理"))?.supervisor, "上海市普陀区医疗保障局", "space inside a cell closed");
  });

  it("narrative figures with their prior-year change", () => {
    const doc = parseSource(FILES.baoshan2023);
    const income = doc.narrative.find((n) => n.subject === "本部门预算收入总计");
    assert.equal(income?.change?.direction, "increase");
    assert.equal(income?.change?.money?.fen, 337_593_216n);
    assert.equal(income?.change?.priorYear, 2022);
    const operating = doc.narrative.find((n) => n.subject.endsWith("机关运行经费预算"));
    assert.equal(operating?.change?.direction, "decrease");
    assert.equal(operating?.sourceLine, 347);
    const total = doc.narrative.find((n) => n.subject === "本部门预算支出" && n.sourceLine === 85);
    assert.equal(total?.change?.money?.fen, 337_593_216n, "a change after a full stop belongs to the headline figure");
  });
});

describe("documents that cannot be understood", () => {
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ["empty", new Uint8Array(), /x\.txt: the file is empty/],
    ["white space only", Buffer.from("\n \n"), /x\.txt: the file holds only white space/],
    ["binary", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01]), /x\.txt:2: binary content/],
    ["GBK-encoded", Buffer.from([0x0a, 0xc9, 0xcf, 0xba, 0xa3, 0xca, 0xd0]), /x\.txt:2: not valid UTF-8 \(is it GBK-encoded/],
    ["unknown layout", Buffer.from("hello\nworld\n"), /x\.txt: unknown layout/],
    ["unknown title", Buffer.from("某某报告\n\na\tb\n"), /x\.txt:1: unknown document/],
    ["a 部门预算 without tables", Buffer.from("上海市宝山区 2026 年区级部门预算\n预算主管部门：上海市宝山区医疗保障局\n\nx\ty\n"), /x\.txt: a 部门预算 without any budget table/],
  ];
  for (const [name, bytes, message] of cases) {
    it(name, () => assert.throws(() => parseDocument("x.txt", bytes), (error: unknown) => error instanceof SourceError && message.test(error.message)));
  }
});
