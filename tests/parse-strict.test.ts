// Text fragments: nothing inside a table is dropped or shifted silently, in any layout.
// The first cases are those seen when the shared PDFs were converted to text and imported
// by the earlier importer (../shared/notes/pdf-tables.md, "Seen when these PDFs were converted…").
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fenToYuan } from "../lib/money";
import { parsePdfRendering, type ParsedDocument } from "../lib/parse";
import { parseText } from "./helpers";
import { HEADER_LINES, TABLE_3_HEAD, assertSourceError } from "./parse-fragments";

const HEADER = HEADER_LINES;
const TABLE_3 = TABLE_3_HEAD;
const TABLE_9 = [
  "9、2026年部门“三公”经费和机关运行经费预算",
  "单位：万元",
  "“三公”经费预算数\t\t\t\t\t\t机关运行经费预算数",
  "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t",
  "\t\t\t小计\t购置费\t运行费\t",
];
const ROW = "201\t06\t02 一般行政管理事务\t100,000.00\t\t100,000.00";
const TOTAL = "合计\t\t\t\t100,000.00\t\t100,000.00";

const fragment = (...lines: string[]) => [...HEADER, ...lines].join("\n");
/** Line numbers in messages: the header takes lines 1–4, the table title is line 5. */
const refuses = (text: string, message: RegExp) => assertSourceError(() => parseText(text), message);
const cells = (doc: ParsedDocument, tableNo: number, code: string | null) => {
  const t = doc.tables.find((x) => x.tableNo === tableNo);
  const line = t?.lines.find((l) => (code === null ? l.isTotal : l.code === code));
  return (t?.columns ?? []).map((c) => {
    const a = line?.amounts.find((x) => x.column === c);
    return a ? fenToYuan(a.money.fen) : "";
  });
};

describe("the cases of pdf-tables.md", () => {
  it("a header fragment without tabs inside a table is an error, not the end of the table", () => {
    refuses(fragment(...TABLE_3, ROW, "功能分类科目编码", TOTAL), /fragment\.txt:11: table 3 \("3、2026年部门支出预算总表"\): this line inside the table is not a row of cells: "功能分类科目编码"/);
  });

  it("…also before table 9's figures, which would otherwise read as not disclosed", () => {
    refuses(fragment(...TABLE_9, "功能分类科目编码", "0.95\t\t0.95\t\t\t\t229.43"), /fragment\.txt:10: table 9 .*not a row of cells/);
  });

  it("a row whose blank cells were collapsed is an error, never 项目支出 read as 基本支出", () => {
    refuses(fragment(...TABLE_3, "201\t06\t02 一般行政管理事务\t100,000.00\t100,000.00", TOTAL), /fragment\.txt:10: table 3 row has 2 amount cells but the table has 3 columns \(合计, 基本支出, 项目支出\): fewer cells than columns/);
  });

  it("table 9's figures with collapsed blanks are an error, never moved one heading left", () => {
    refuses(fragment(...TABLE_9, "0.95\t0.95\t229.43"), /fragment\.txt:10: table 9: the row of figures has 3 cells but its header has 7 columns/);
    const doc = parseText(fragment(...TABLE_9, "0.95\t\t0.95\t\t\t\t229.43"));
    assert.deepEqual(doc.threePublic.map((c) => [c.part, c.asPublished]), [
      ["total", "0.95"], ["abroad", ""], ["reception", "0.95"], ["vehicles", ""], ["vehiclePurchase", ""], ["vehicleOperation", ""],
    ]);
    assert.equal(doc.operating?.money.asPublished, "229.43");
  });

  it("the publishing entity is read as printed, whatever the department (the import decides what enters)", () => {
    const doc = parseText(["上海市普陀区2025年区级部门预算", "预算主管部门：上海市普陀区财政局", ...TABLE_3, ROW, TOTAL].join("\n"));
    assert.deepEqual([doc.meta.districtSlug, doc.meta.entityName], ["putuo", "上海市普陀区财政局"]);
    assert.deepEqual(cells(doc, 3, "2010602"), ["100000.00", "", "100000.00"]);
  });
});

describe("inside a table every line is a row, a blank, a 编制部门 line or the note", () => {
  it("a name wrapped onto a line of its own", () => refuses(fragment(...TABLE_3, ROW, "务支出", TOTAL), /fragment\.txt:11: table 3 .*not a row of cells: "务支出" \(a header fragment, a name wrapped from the row above, or a note\?\)/));

  it("a name wrapped into a row of its own", () => refuses(fragment(...TABLE_3, ROW, "\t\t务支出\t\t\t", TOTAL), /fragment\.txt:11: table 3: expected a row starting with a code or 合计, found "务支出" \(a name wrapped from the row above\?\)/));

  it("a header repeated inside the figures (a page break without the title)", () =>
    refuses(fragment(...TABLE_3, ROW, "功能分类科目编码\t\t功能分类科目名称\t合计\t基本支出\t项目支出", TOTAL), /fragment\.txt:11: table 3: a header row inside the table's figures/));

  it("a note wrapped onto a second line", () =>
    refuses(fragment("6、2026年部门政府性基金预算支出功能分类预算表", "单位：元", "注：本部门2026年无政府性基金预算财政拨款安排的预算，故本表为", "空表。"), /fragment\.txt:8: the note of table 6 \(line 7\) seems to continue on this line: "空表。"/));

  it("text between a title and its unit line", () => refuses(fragment("3、2026年部门支出预算总表", "（续表）", "单位：元"), /fragment\.txt:6: between the title of table 3 and its unit line: "（续表）"/));

  it("a row after the table's 合计 row", () => refuses(fragment(...TABLE_3, ROW, TOTAL, ROW), /fragment\.txt:12: table 3: a row after the table's closing row/));

  it("text after the 合计 row ends the table", () => {
    const doc = parseText(fragment(...TABLE_3, ROW, TOTAL, "其他相关情况说明"));
    assert.equal(doc.tables[0]?.endLine, 11);
  });

  it("a table row outside every table (its title unrecognised)", () =>
    refuses(fragment("3、2026年部门支出明细", "单位：元", ROW, "", ...TABLE_3, ROW, TOTAL), /fragment\.txt:7: a table row outside any table: "201 \| 06 \| 02 一般行政管理事务/));
});

describe("a table without figures needs its 本表无数据 note", () => {
  const TABLE_6 = ["6、2026年部门政府性基金预算支出功能分类预算表", "单位：元", "项目\t\t\t政府性基金预算支出\t\t", "功能分类科目编码\t\t功能分类科目名称\t合计\t基本支出\t项目支出", "类\t款\t\t\t\t", "合计\t\t\t\t\t"];

  it("with the note, the empty table is read", () => {
    const doc = parseText(fragment(...TABLE_6, "注：本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。"));
    assert.equal(doc.tables[0]?.note?.year, 2026);
    assert.deepEqual(doc.tables[0]?.lines.map((l) => [l.isTotal, l.amounts.length]), [[true, 0]]);
  });

  it("the statement without a 注： prefix is the note", () => {
    const doc = parseText(fragment("6、2026年部门政府性基金预算支出功能分类预算表", "单位：元", "本部门2026年无政府性基金预算，故本表无数据。"));
    assert.equal(doc.tables[0]?.note?.sourceLine, 7);
  });

  it("without it, an error", () => refuses(fragment(...TABLE_6, "", ...TABLE_3, ROW, TOTAL), /fragment\.txt:5: table 6 \("6、2026年部门政府性基金预算支出功能分类预算表"\) has no figures and no note saying it is empty on purpose/));

  it("a note that does not say so is not enough", () => refuses(fragment(...TABLE_6, "注：单位为元。"), /table 6 .* has no figures and no note saying it is empty on purpose/));
});

describe("a code printed with digits missing is read from the rows above, the print kept", () => {
  const KUAN = "210\t11\t行政事业单位医疗\t503,724.00\t503,724.00\t";
  const SEVEN = "7\t11\t02 事业单位医疗\t503,724.00\t503,724.00\t";

  it("类 \"7\" under the 款 row 210 11: read as 210", () => {
    const doc = parseText(fragment(...TABLE_3, "210\t\t卫生健康支出\t503,724.00\t503,724.00\t", KUAN, SEVEN, "合计\t\t\t503,724.00\t503,724.00\t"));
    const line = doc.tables[0]?.lines.find((l) => l.sourceLine === 12);
    assert.deepEqual([line?.code, line?.codeLei, line?.codeKuan, line?.codeXiang, line?.level], ["2101102", "210", "11", "02", 3]);
    assert.deepEqual(line?.codeReading, {
      part: "类",
      printed: "7",
      readAs: "210",
      basisLine: 11,
      codeAsPrinted: "7 11 02",
      readingNote: '类 printed "7"; read as 210, the 类 of the 款 11 row above (line 11: 210 11 行政事业单位医疗)',
    });
    assert.equal(line?.rawText, SEVEN, "the printed row is kept");
  });

  it("款 \"7\" under the 款 row 208 07: read as 07", () => {
    const doc = parseText(fragment(...TABLE_3, "208\t07\t就业补助\t6,351,000.00\t\t6,351,000.00", "208\t7\t05 公益性岗位补贴\t6,351,000.00\t\t6,351,000.00", "合计\t\t\t6,351,000.00\t\t6,351,000.00"));
    const line = doc.tables[0]?.lines[1];
    assert.deepEqual([line?.code, line?.codeReading?.part, line?.codeReading?.printed, line?.codeReading?.readAs], ["2080705", "款", "7", "07"]);
  });

  it("with no row above to read it from, an error", () => refuses(fragment(...TABLE_3, SEVEN, TOTAL), /fragment\.txt:10: table 3: the 类 code is printed "7", where 3 digits belong, and no row above tells how to read it/));
});

describe("titles", () => {
  it("a 单位预算 titled with its unit: 上海市普陀区社会福利院2024年单位预算", () => {
    const doc = parseText(["上海市普陀区社会福利院2024年单位预算", "预算单位：上海市普陀区社会福利院", ...TABLE_3, ROW, TOTAL].join("\n"));
    assert.deepEqual([doc.meta.districtSlug, doc.meta.year, doc.meta.kind, doc.meta.entityName], ["putuo", 2024, "单位预算", "上海市普陀区社会福利院"]);
  });

  it("a contents entry with dot leaders is the table's entry", () => {
    const doc = parseText(fragment("  3. 2026年部门支出预算总表 ……………………………… 12", "", ...TABLE_3, ROW, TOTAL));
    assert.deepEqual(doc.toc.map((t) => [t.tableNo, t.title]), [[3, "3. 2026年部门支出预算总表"]]);
  });

  it("a 部门决算 is refused as a 决算", () => refuses("上海市普陀区2023年部门决算\n预算主管部门：上海市普陀区财政局\n", /fragment\.txt:1: this is a 部门决算 \(a final account of 2023\), not a budget \(预算\)/));
});

describe("a PDF rendering: every cell stands in its grid column", () => {
  const PDF_TABLE = [
    "上海市普陀区2025年区级部门预算",
    "预算主管部门：上海市普陀区财政局",
    "2025年部门支出预算总表",
    "编制部门：上海市普陀区财政局",
    "单位：元",
    "项目\t\t\t\t支出预算\t\t",
    "功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出",
    "类\t款\t项\t\t\t\t",
  ];
  const render = (...rows: string[]) => {
    const lines = [...PDF_TABLE, ...rows];
    return parsePdfRendering("r.pdf", { text: lines.join("\n"), pageOfLine: lines.map((_, i) => (i < 2 ? 1 : 9)), pageCount: 9 }, { sha256: "0".repeat(64), byteLength: 1 });
  };

  it("reads amounts by position", () => {
    const doc = render("201\t06\t02\t一般行政管理事务\t100,000.00\t\t100,000.00", "合计\t\t\t\t100,000.00\t\t100,000.00");
    assert.equal(doc.meta.layout, "pdf");
    assert.deepEqual(cells(doc, 3, "2010602"), ["100000.00", "", "100000.00"]);
    assert.deepEqual(doc.pageOfLine?.slice(8), [9, 9]);
  });

  it("a cell under no heading is an error naming line and page", () =>
    assert.throws(() => render("201\t06\t02\t一般行政管理事务\t100,000.00\t\t100,000.00\t5.00"), /r\.pdf:9 \(page 9\): table 3: "5\.00" stands in column 8, under no heading of the header \(line 7\)/));

  it("text in a code column is an error", () =>
    assert.throws(() => render("201\t06\t一般行政管理事务\t\t100,000.00\t\t100,000.00"), /r\.pdf:9 \(page 9\): table 3: "一般行政管理事务" stands in code column 3/));
});
