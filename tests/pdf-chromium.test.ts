// A second PDF producer: budget pages laid out in HTML and printed by Chromium (Skia draws
// the rulings, fonts are embedded Noto CJK subsets, the header repeats on each page, page
// numbers in the footer). The reader must give the same rows as the WPS-made PDFs do.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser } from "playwright-core";
import { fenToYuan } from "../lib/money";
import { parseAnyDocument, renderPdf, type ParsedDocument } from "../lib/parse";
import { splitLines } from "../lib/parse/text";

let browser: Browser;
before(async () => {
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
});
after(async () => {
  await browser.close();
});

async function print(html: string, footer = ""): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return await page.pdf({
      format: "A4",
      landscape: true,
      displayHeaderFooter: footer !== "",
      headerTemplate: "<span></span>",
      footerTemplate: footer,
      margin: { top: "40px", bottom: "40px", left: "40px", right: "40px" },
    });
  } finally {
    await page.close();
  }
}

const ROWS = 40;
const STYLE = `body{font-family:"Noto Serif CJK SC";font-size:12pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3px;font-weight:normal}
  thead{display:table-header-group} p{text-indent:2em;margin:0} .head{display:flex;justify-content:space-between}`;
const body = Array.from({ length: ROWS }, (_, i) => {
  const n = i + 1;
  return `<tr><td>201</td><td>${String(n).padStart(2, "0")}</td><td></td><td>一般公共服务事务${n}</td><td>${n},000.00</td><td>${n % 2 ? "" : `${n},000.00`}</td><td>${n % 2 ? `${n},000.00` : ""}</td></tr>`;
}).join("");
const HTML = `<html><head><style>${STYLE}</style></head><body>
  <h2 style="text-align:center">上海市普陀区2025年区级部门预算</h2><p>预算主管部门：上海市普陀区医疗保障局</p>
  <p>2025年，本部门收入预算82.00万元，其中：财政拨款收入82.00万元，比2024年预算增加9.61万元，事业收入0万元；事业单位经营收入0万元；其他收入0万元。门诊、住院、长期护理、药品目录、医疗救助、互助帮困等各项工作按计划推进，预算安排与上年相比保持总体稳定。</p>
  <h3 style="text-align:center">2025年部门支出预算总表</h3><div class="head"><span>编制部门：上海市普陀区医疗保障局</span><span>单位：元</span></div>
  <table><thead><tr><th colspan="4">项目</th><th colspan="3">支出预算</th></tr>
    <tr><th colspan="3">功能分类科目编码</th><th rowspan="2">功能分类科目名称</th><th rowspan="2">合计</th><th rowspan="2">基本支出</th><th rowspan="2">项目支出</th></tr>
    <tr><th>类</th><th>款</th><th>项</th></tr></thead>
  <tbody>${body}<tr><td colspan="4">合计</td><td>820,000.00</td><td>420,000.00</td><td>400,000.00</td></tr></tbody></table>
  </body></html>`;
const FOOTER = '<div style="font-size:10px;width:100%;text-align:center"><span class="pageNumber"></span></div>';

describe("a budget printed by Chromium", () => {
  let doc: ParsedDocument;
  before(async () => {
    doc = await parseAnyDocument("chromium.pdf", await print(HTML, FOOTER));
  });

  it("reads title, entity and the narrative's figure", () => {
    assert.deepEqual([doc.meta.year, doc.meta.kind, doc.meta.entityName, doc.meta.layout], [2025, "部门预算", "上海市普陀区医疗保障局", "pdf"]);
    assert.equal(doc.narrative.find((n) => n.subject === "财政拨款收入")?.change?.money?.asPublished, "9.61");
  });

  it("joins the table over its pages, dropping the repeated header, every amount in its column", () => {
    const t = doc.tables.find((x) => x.tableNo === 3);
    assert.deepEqual(t?.columns, ["合计", "基本支出", "项目支出"]);
    assert.equal(t?.lines.length, ROWS + 1);
    t?.lines.forEach((line, i) => {
      const n = i + 1;
      const got = (t.columns ?? []).map((c) => {
        const a = line.amounts.find((x) => x.column === c);
        return a ? fenToYuan(a.money.fen) : "";
      });
      if (line.isTotal) assert.deepEqual(got, ["820000.00", "420000.00", "400000.00"]);
      else assert.deepEqual([line.code, line.name, ...got], [`201${String(n).padStart(2, "0")}`, `一般公共服务事务${n}`, `${n}000.00`, n % 2 ? "" : `${n}000.00`, n % 2 ? `${n}000.00` : ""]);
    });
    const pages = new Set(t?.lines.map((l) => doc.pageOfLine?.[l.sourceLine - 1]));
    assert.ok(pages.size >= 2, "the table runs over several pages");
    assert.equal(splitLines(doc.text).filter((l) => l.startsWith("功能分类科目编码\t")).length, 1);
  });

  it("leaves out the page numbers of the footer", () => {
    assert.equal(splitLines(doc.text).some((l) => /^\d+$/.test(l.trim())), false);
  });
});

describe("Noto CJK text as Chromium maps it", () => {
  // Every GB2312 hanzi, as one paragraph: Chromium's text layer gives some as radicals (⼀ for 一,
  // ⻔ for 门); the reader must give back the character printed, for both Noto families.
  const hanzi: string[] = [];
  const gbk = new TextDecoder("gbk");
  for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) hanzi.push(gbk.decode(Uint8Array.of(hi, lo)));
  const gb2312 = hanzi.filter((c) => c.length === 1 && /\p{Script=Han}/u.test(c));

  for (const family of ["Noto Serif CJK SC", "Noto Sans CJK SC"]) {
    it(`${family}: all ${gb2312.length} characters read back as printed`, async () => {
      const pdf = await print(`<div style="font-family:'${family}';font-size:10px;line-height:14px;word-break:break-all">${gb2312.join("")}</div>`);
      const rendering = await renderPdf("hanzi.pdf", pdf);
      const got = Array.from(rendering.text.replace(/\s/g, ""));
      const wrong = got.flatMap((c, i) => (c === gb2312[i] ? [] : [`${gb2312[i]}→${c}`]));
      assert.equal(got.length, gb2312.length);
      assert.deepEqual(wrong, []);
    });
  }
});
