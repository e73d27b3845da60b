// The parser's smallest pieces, each against inputs written out by hand: how a line becomes cells, what markup
// is stripped, which spaces close up, and how a misprinted classification code is read from the rows above.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readCode } from "../lib/parse/codes";
import { closeCjkGaps, rowCells, splitLines, squash, stripHtml, stripMarkdown } from "../lib/parse/text";
import type { ParsedLine } from "../lib/parse/types";
import { assertSourceError } from "./parse-fragments";

describe("lines and cells", () => {
  it("a file splits at \\r\\n, \\n and a lone \\r; line i + 1 at index i", () => {
    assert.deepEqual(splitLines("甲\r\n乙\n丙\r丁"), ["甲", "乙", "丙", "丁"]);
    assert.deepEqual(splitLines("甲\n\n"), ["甲", "", ""]);
  });

  const cases: Array<[string, string[] | null, string]> = [
    ["  | 合计 | 100.00 |  ", ["合计", "100.00"], "a Markdown row indented, its cells trimmed"],
    ["  |---|---|  ", [], "an indented separator"],
    ["| --- | :---: |", [], "a separator with spaces and alignment colons"],
    ["| 合计 |---|", ["合计", "---"], "a row that only ends like a separator"],
    ["|---| 合计 |", ["---", "合计"], "a row that only begins like a separator"],
    ["|", null, "a lone bar is no row"],
    ["| 合计", null, "a bar at the start only"],
    ["合计 |", null, "a bar at the end only"],
    ["合计 \t 100.00 ", ["合计", "100.00"], "tab cells trimmed"],
    ["----\t\t---", [], "dashes under a tab header, with a blank cell"],
    ["名称-\t---", ["名称-", "---"], "a cell that ends in a dash is text"],
    ["-名称\t---", ["-名称", "---"], "a cell that begins with a dash is text"],
    ["\t\t", ["", "", ""], "a tab row of blanks keeps its cells (the table decides what a blank row means)"],
  ];
  for (const [line, cells, name] of cases) it(name, () => assert.deepEqual(rowCells(line), cells));
});

describe("markup and spaces", () => {
  it("<br> in any spelling is removed; <p> and </p> become a space; entities are decoded; the ends trimmed", () => {
    assert.equal(stripHtml("医疗<br>救助<BR/>支<br />出"), "医疗救助支出");
    assert.equal(stripHtml("  <p>医疗</p><p>救助</p> "), "医疗  救助");
    assert.equal(stripHtml("a&lt;b&gt;c&amp;d"), "a<b>c&d");
  });

  it("squash removes every space, tab and full-width space", () => assert.equal(squash(" 满意度指 标\t\u3000值 "), "满意度指标值"));

  it("a space between two CJK characters closes; others stay; the ends are trimmed", () => {
    assert.equal(closeCjkGaps(" 上海市 宝山区  医疗保障局 "), "上海市宝山区医疗保障局");
    assert.equal(closeCjkGaps("2026 年 预算（ 单位 ）"), "2026 年预算（单位）");
    assert.equal(closeCjkGaps("Shanghai 宝山"), "Shanghai 宝山");
  });

  it("heading and list markers are stripped only at the start", () => {
    assert.equal(stripMarkdown("  ## 一、部门职能"), "一、部门职能");
    assert.equal(stripMarkdown("##部门职能"), "部门职能");
    assert.equal(stripMarkdown("- 医疗救助"), "医疗救助");
    assert.equal(stripMarkdown("合计 # 1"), "合计 # 1");
    assert.equal(stripMarkdown("2026 - 2027 年"), "2026 - 2027 年");
  });
});

/** A classification row as the table parser hands it to readCode (only what readCode looks at matters). */
function row(sourceLine: number, codes: [string | null, string | null, string | null], name: string, extra: Partial<ParsedLine> = {}): ParsedLine {
  const [codeLei, codeKuan, codeXiang] = codes;
  return {
    sourceLine, rawText: name, tableNo: 3, classification: "功能分类", side: "支出",
    code: codes.filter((c) => c !== null).join("") || null, codeLei, codeKuan, codeXiang,
    level: codes.filter((c) => c !== null).length, name, isTotal: false, amounts: [], ...extra,
  };
}
const TOTAL = row(1, [null, null, null], "合计", { isTotal: true, level: 0 });
const read = (printed: Array<string | null>, above: ParsedLine[], maxParts = 3) => readCode("t.txt", 20, 3, printed, maxParts, above);
const refuses = (printed: Array<string | null>, above: ParsedLine[], message: RegExp, maxParts = 3) =>
  assertSourceError(() => read(printed, above, maxParts), message);

describe("readCode: codes as printed", () => {
  it("parts printed in full are read as they are, with no reading", () => {
    assert.deepEqual(read(["210", "13", "01"], []), { lei: "210", kuan: "13", xiang: "01", level: 3, reading: null });
    assert.deepEqual(read(["210", "13", null], []), { lei: "210", kuan: "13", xiang: null, level: 2, reading: null });
  });

  it("a row with no code at all has level 0", () => assert.deepEqual(read([null, null, null], []), { lei: null, kuan: null, xiang: null, level: 0, reading: null }));

  it("more code cells than the table's codes have parts is an error", () =>
    refuses(["210", "13", "01"], [], /^t\.txt:20: table 3: 3 code cells, but its codes have at most 2 parts$/, 2));
});

describe("readCode: a misprinted 类", () => {
  it("is read from the nearest row with the same 款, skipping totals, rows with other 款 and rows read themselves", () => {
    const above = [
      row(10, ["210", null, null], "卫生健康支出"),
      row(11, ["210", "13", null], "医疗救助"),
      row(12, ["211", "13", null], "另一类的 13 款"),
      row(13, ["210", "13", null], "读作的行", { codeReading: { part: "类", printed: "2", readAs: "299", basisLine: 1, codeAsPrinted: "2 13", readingNote: "" }, codeLei: "299" }),
      row(14, ["210", "15", null], "医疗保障管理事务"),
      TOTAL,
    ];
    // Row 12's 类 is 211 (another 类 with a 款 13): the nearest row with 款 13 wins, so 211.
    assert.deepEqual(read(["7", "13", "01"], above).reading, {
      part: "类", printed: "7", readAs: "211", basisLine: 12, codeAsPrinted: "7 13 01",
      readingNote: '类 printed "7"; read as 211, the 类 of the 款 13 row above (line 12: 211 13 另一类的 13 款)',
    });
    assert.deepEqual(read(["7", "13", "01"], above.slice(0, 2)).reading?.readAs, "210");
  });

  it("with no row of its 款 above, is read from the nearest 类 row (level 1, not a total, not itself read)", () => {
    const above = [
      row(10, ["210", null, null], "卫生健康支出"),
      row(11, ["208", "05", null], "行政事业单位养老支出"),
      row(12, ["299", null, null], "读作的类", { codeReading: { part: "类", printed: "9", readAs: "299", basisLine: 1, codeAsPrinted: "9", readingNote: "" } }),
      TOTAL,
    ];
    const code = read(["7", "11", "02"], above);
    assert.deepEqual([code.lei, code.kuan, code.xiang, code.level], ["210", "11", "02", 3]);
    assert.equal(code.reading?.readingNote, '类 printed "7"; read as 210, the 类 of the 类 row above (line 10: 210 卫生健康支出)');
  });

  it("a blank 类 under printed 款 and 项 is read too, and says blank", () => {
    const code = read([null, "13", "01"], [row(10, ["210", null, null], "卫生健康支出")]);
    assert.deepEqual([code.lei, code.level, code.reading?.printed, code.reading?.codeAsPrinted], ["210", 3, null, "13 01"]);
    assert.match(code.reading?.readingNote ?? "", /^类 printed blank; read as 210, the 类 of the 类 row above/);
  });

  it("with neither, an error naming the part, the print and the digits", () =>
    refuses(["7", "11", "02"], [row(10, ["210", "11", null], "行政事业单位医疗", { isTotal: true }), TOTAL], /^t\.txt:20: table 3: the 类 code is printed "7", where 3 digits belong, and no row above tells how to read it$/));
});

describe("readCode: a misprinted 款", () => {
  it("is read from the nearest level-2 row of the same 类", () => {
    const above = [
      row(10, ["210", "15", null], "医疗保障管理事务"),
      row(11, ["211", "13", null], "另一类"),
      row(12, ["210", "15", "01"], "行政运行"),
    ];
    const code = read(["210", "5", "02"], above);
    assert.deepEqual([code.kuan, code.reading?.readAs, code.reading?.basisLine], ["15", "15", 10]);
    assert.equal(code.reading?.readingNote, '款 printed "5"; read as 15, the 款 of the 210 row above (line 10: 210 15 医疗保障管理事务)');
  });

  it("as the row's last part, too", () => assert.equal(read(["210", "5", null], [row(10, ["210", "15", null], "医疗保障管理事务")]).kuan, "15"));

  it("never from a 类 row: with no 款 row of its 类 above, an error", () =>
    refuses(["210", "5", "02"], [row(10, ["210", null, null], "卫生健康支出"), row(11, ["211", "13", null], "另一类")], /the 款 code is printed "5", where 2 digits belong/));
});

it("readCode: a misprinted 项 has no row to be read from, and a second misprint in one row is an error", () => {
  refuses(["210", "13", "1"], [row(10, ["210", "13", "01"], "城乡医疗救助")], /the 项 code is printed "1", where 2 digits belong/);
  refuses(["7", "5", "01"], [row(10, ["210", null, null], "卫生健康支出"), row(11, ["210", "15", null], "医疗保障管理事务")], /the 款 code is printed "5"/);
});
