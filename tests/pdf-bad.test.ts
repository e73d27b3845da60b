// PDFs that cannot be read as a budget are refused with a message naming the file (and page).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { SourceError, isPdf, parseAnyDocument, renderPdf } from "../lib/parse";
import { buildPdf, showText } from "./pdf-build";
import { ROOT } from "./helpers";
import { readPdf } from "./pdf-files";

const refuses = async (name: string, bytes: Uint8Array, message: RegExp, page: number | null = null) => {
  await assert.rejects(parseAnyDocument(name, bytes), (error: unknown) => {
    assert.ok(error instanceof SourceError, String(error));
    assert.equal(error.fileName, name);
    assert.equal(error.page, page);
    assert.match(error.message, message);
    return true;
  });
};

const budget = readPdf("putuo_shfly_2024_unit.pdf");
const IMAGE_ONLY = "q 100 0 0 100 50 50 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q";

describe("PDFs that are refused", () => {
  it("an encrypted PDF", () => refuses("locked.pdf", buildPdf({ pages: [showText("Hello", 100, 400)], encrypted: true }), /^locked\.pdf: the PDF is encrypted \(it needs a password to open\)/));

  it("a scan: pages with images and no text", () => refuses("scan.pdf", buildPdf({ pages: [IMAGE_ONLY, IMAGE_ONLY] }), /^scan\.pdf: the PDF has no text layer \(is it a scan\?\)/));

  it("a scanned page among pages with text, naming the page", () =>
    refuses("mixed.pdf", buildPdf({ pages: [showText("上海市普陀区2025年区级部门预算", 100, 400, 24), IMAGE_ONLY] }), /^mixed\.pdf \(page 2\): this page is an image without a text layer/, 2));

  it("a truncated PDF (cut in half)", () => refuses("cut.pdf", budget.subarray(0, Math.floor(budget.length / 2)), /^cut\.pdf: the PDF has no end-of-file marker \(%%EOF\): it is truncated/));

  it("a truncated PDF whose end marker was restored", () =>
    refuses("cut2.pdf", Buffer.concat([budget.subarray(0, Math.floor(budget.length / 2)), Buffer.from("\n%%EOF\n")]), /^cut2\.pdf: not a readable PDF \(corrupt or truncated\)/));

  it("a page whose content stream cannot be decoded, naming the page", () =>
    refuses("corrupt.pdf", buildPdf({ pages: [showText("上海市普陀区2025年区级部门预算", 100, 400, 24), showText("Hello", 100, 400)], corruptPages: [2] }), /^corrupt\.pdf \(page 2\): this page has no content at all/, 2));

  // Damaged object offsets make pdf.js leave internal promises rejected without a handler
  // (its page-tree prefetch); in a process of its own, as the import and doc:check run,
  // the reader still reports the damaged page and the process ends normally.
  it("a PDF with damaged objects, naming the page, in a process that survives pdf.js's stray rejections", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "budget-pdf-"));
    const file = path.join(dir, "damaged.pdf");
    writeFileSync(file, Buffer.from(budget.map((b, i) => (i > 20000 && i < 60000 ? b ^ 0x55 : b))));
    const script = `import { parseAnyDocument } from "./lib/parse/index.ts"; import { readFileSync } from "node:fs";
      parseAnyDocument("damaged.pdf", readFileSync(${JSON.stringify(file)}))
        .then(() => console.log("parsed"), (e) => console.log(e.message))
        .finally(() => setTimeout(() => console.log("alive"), 300));`;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^damaged\.pdf \(page 11\): cannot read the PDF: .+\nalive\n$/);
  });

  it("a PDF that is not a budget document", () =>
    refuses("report.pdf", buildPdf({ pages: [showText("Quarterly report", 100, 400)] }), /^report\.pdf:1 \(page 1\): unknown document, not a budget: the title "Quarterly report"/, 1));

  it("a 部门决算 (final account), saying it is a 决算", () =>
    refuses("final.pdf", buildPdf({ pages: [showText("上海市普陀区2023年区级部门决算", 100, 400, 24)] }), /^final\.pdf:1 \(page 1\): this is a 部门决算 \(a final account of 2023\), not a budget/, 1));
});

describe("PDF detection and CJK fonts that are not embedded", () => {
  it("tells a PDF by its signature", () => {
    assert.equal(isPdf(budget), true);
    assert.equal(isPdf(Buffer.from("上海市宝山区 2026 年区级部门预算\n")), false);
  });

  it("decodes STSong-Light text (UniGB-UCS2-H) with the CMaps of pdfjs-dist", async () => {
    const rendering = await renderPdf("song.pdf", buildPdf({ pages: [showText("上海市普陀区2025年区级部门预算", 100, 400, 24)] }));
    assert.deepEqual(rendering, { text: "上海市普陀区2025年区级部门预算", pageOfLine: [1], pageCount: 1 });
  });
});
