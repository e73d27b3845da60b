// A table's rulings however the PDF draws them: filled thin rectangles, stroked lines, stroked cell boxes, closed
// paths, paths with curves, under a scaling transform. The same table must come out as the same rows; marks that
// are invisible (white), too thick to be rules, or slanted are no rulings, and the cells are then no table.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderPdf } from "../lib/parse";
import { buildPdf, showText } from "./pdf-build";

// Four columns between x = 50, 200, 400, 550, 700 and three rows between y = 500, 480, 460, 440 (pt, from the bottom).
const XS = [50, 200, 400, 550, 700];
const YS = [500, 480, 460, 440];
const CELLS = [["功能分类科目编码", "功能分类科目名称", "合计", "项目支出"], ["2101301", "城乡医疗救助", "100.00", "100.00"], ["合计", "", "100.00", "100.00"]];
const TEXT = [
  showText("上海市宝山区2026年区级部门预算", 100, 560, 16),
  showText("3、2026年部门支出预算总表", 100, 530, 14),
  showText("单位：元", 650, 510, 10),
  ...CELLS.flatMap((row, r) => row.flatMap((cell, k) => (cell === "" ? [] : [showText(cell, (XS[k] ?? 0) + 4, (YS[r + 1] ?? 0) + 5, 10)]))),
];
const BOXES = YS.slice(1).flatMap((y, r) => XS.slice(1).map((x, k) => ({ x: XS[k] ?? 0, y, w: x - (XS[k] ?? 0), h: (YS[r] ?? 0) - y })));
const strokedLines = (scale = 1) => [
  ...YS.map((y) => `${50 / scale} ${y / scale} m ${700 / scale} ${y / scale} l S`),
  ...XS.map((x) => `${x / scale} ${440 / scale} m ${x / scale} ${500 / scale} l S`),
];

/** The lines after the title, the table title and the unit line. */
async function tableLines(name: string, rulings: string[]): Promise<string[]> {
  const rendering = await renderPdf(`${name}.pdf`, buildPdf({ pages: [[...rulings, ...TEXT].join("\n")] }));
  return rendering.text.split("\n").slice(3);
}

const ROWS = ["功能分类科目编码\t功能分类科目名称\t合计\t项目支出", "2101301\t城乡医疗救助\t100.00\t100.00", "合计\t\t100.00\t100.00"];

describe("the same table, however its rulings are drawn", () => {
  const drawings: Array<[string, string[]]> = [
    ["thin filled rectangles (re f)", [...YS.map((y) => `50 ${y - 0.25} 650 0.5 re f`), ...XS.map((x) => `${x - 0.25} 440 0.5 60 re f`)]],
    ["stroked lines (m l S)", ["0.5 w", ...strokedLines()]],
    ["a stroked box per cell (re S)", ["0.5 w", ...BOXES.map((b) => `${b.x} ${b.y} ${b.w} ${b.h} re S`)]],
    ["a closed path per cell (m l l l h S)", ["0.5 w", ...BOXES.map((b) => `${b.x} ${b.y} m ${b.x + b.w} ${b.y} l ${b.x + b.w} ${b.y + b.h} l ${b.x} ${b.y + b.h} l h S`)]],
    ["a path per cell closed by the stroke (s)", ["0.5 w", ...BOXES.map((b) => `${b.x} ${b.y} m ${b.x + b.w} ${b.y} l ${b.x + b.w} ${b.y + b.h} l ${b.x} ${b.y + b.h} l s`)]],
    ["horizontal lines after curves (c, v, y) in the same path", ["0.5 w", ...YS.map((y) => `20 ${y} m 30 ${y + 5} 40 ${y + 5} 45 ${y} c 46 ${y + 1} 47 ${y} v 48 ${y + 1} 49 ${y} y 50 ${y} m 700 ${y} l S`), ...strokedLines().slice(YS.length)]],
    ["lines of 0.25 pt under a 2× transform (0.5 pt on the page)", ["q 2 0 0 2 0 0 cm 0.25 w", ...strokedLines(2), "Q"]],
  ];
  for (const [name, rulings] of drawings) it(name, async () => assert.deepEqual(await tableLines(name, rulings), ROWS));
});

describe("marks that are no rulings: the cells are then read as lines of text, not as a table", () => {
  const drawings: Array<[string, string[]]> = [
    ["white stroked lines", ["0.5 w 1 1 1 RG", ...strokedLines(), "0 0 0 RG"]],
    ["white filled rectangles", ["1 1 1 rg", ...YS.map((y) => `50 ${y - 0.25} 650 0.5 re f`), ...XS.map((x) => `${x - 0.25} 440 0.5 60 re f`), "0 0 0 rg"]],
    ["lines 6 pt thick", ["6 w", ...strokedLines(), "1 w"]],
    ["lines of 1 pt under a 4× transform (4 pt on the page)", ["q 4 0 0 4 0 0 cm 1 w", ...strokedLines(4), "Q"]],
    ["slanted lines", ["0.5 w", ...YS.map((y) => `50 ${y} m 700 ${y + 1} l S`), ...XS.map((x) => `${x} 440 m ${x + 1} 500 l S`)]],
  ];
  for (const [name, rulings] of drawings) {
    it(name, async () => {
      const lines = await tableLines(name, rulings);
      assert.deepEqual(lines.filter((l) => l.includes("\t")), []);
      assert.ok(lines.includes("城乡医疗救助"), "the text is still read");
    });
  }
});
