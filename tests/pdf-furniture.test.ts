// Page furniture: a page number printed in the top or bottom margin (8 % of the page height) is left out of the
// text the parser reads; the same words in the body, and margin text that is not a page number, are kept.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderPdf } from "../lib/parse";
import { buildPdf, showText } from "./pdf-build";

// A4 landscape, 595 pt high: the margins are below y = 47.6 and above y = 547.4.
async function rendered(words: string): Promise<string[]> {
  const page = [showText("上海市宝山区2026年区级部门预算", 100, 400, 16), showText(words, 400, 20, 10), showText(words, 400, 580, 10), showText(words, 400, 300, 10)].join("\n");
  return (await renderPdf("furniture.pdf", buildPdf({ pages: [page] }))).text.split("\n");
}

describe("page numbers in the margins", () => {
  for (const words of ["- 3 -", "—3—", "3", "第 2 页", "第 2 页，共 5 页", "第2页/共5页", "3 / 12"]) {
    it(`"${words}" in both margins is left out; in the body it is kept`, async () => assert.deepEqual(await rendered(words), ["上海市宝山区2026年区级部门预算", words]));
  }
  for (const words of ["2026年", "3页", "x3"]) {
    it(`"${words}" is no page number: kept in the margins too`, async () => assert.deepEqual(await rendered(words), [words, "上海市宝山区2026年区级部门预算", words, words]));
  }
});
