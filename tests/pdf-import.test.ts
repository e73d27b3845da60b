// PDFs through lib/import (in process, real SQLite): what a PDF stores, a partial import that re-reads the
// stored rendering, the doc:check-only documents of other departments and final accounts refused with the
// database unchanged.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { ImportError, runImport } from "../lib/import";
import { SourceError } from "../lib/parse";
import { dump, freshDatabase } from "./db";
import { launchBrowser } from "./e2e/harness";
import { printPdf, sourceHtml } from "./e2e/seed-pdf";
import { FILES, SOURCES_DIR, parseSource } from "./helpers";
import { buildPdf, showText } from "./pdf-build";
import { PDF_DIR, PDFS } from "./pdf-files";

const scratch = mkdtempSync(path.join(tmpdir(), "pdf-import-unit-"));
const PDF_NAME = "baoshan_2026_dept.pdf";
const pdfPath = path.join(scratch, PDF_NAME);
let pdfBytes: Buffer;

function rows(file: string, sql: string): Array<Record<string, unknown>> {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
}

before(async () => {
  const parsed = parseSource(FILES.baoshan2026);
  const browser = await launchBrowser();
  try {
    pdfBytes = await printPdf(browser, sourceHtml(parsed.text, parsed));
  } finally {
    await browser.close();
  }
  writeFileSync(pdfPath, pdfBytes);
});

describe("a medical-insurance PDF imported", () => {
  const db = freshDatabase();
  const pdfLines = () => rows(db.file, "SELECT l.tableNo, l.code, l.name, l.sourceLine, l.rawText FROM BudgetLine l JOIN SourceDocument d ON d.id = l.documentId WHERE d.fileName = 'baoshan_2026_dept.pdf' ORDER BY l.id");

  before(async () => {
    await runImport({ files: [pdfPath], databaseUrl: db.url });
  });

  it("stores the rendering as the document's text, its page map and the original bytes", () => {
    const [doc] = rows(db.file, "SELECT format, layout, text, lineCount, byteLength, pageMapJson, originalBytes FROM SourceDocument");
    assert.ok(doc);
    const pages = JSON.parse(String(doc.pageMapJson)) as number[];
    assert.deepEqual([doc.format, doc.layout, doc.byteLength], ["pdf", "pdf", pdfBytes.length]);
    assert.equal(pages.length, doc.lineCount);
    assert.equal(String(doc.text).split("\n").length, doc.lineCount);
    assert.ok(pages.every((p, i) => i === 0 || p >= (pages[i - 1] ?? 0)), "pages in reading order");
    assert.ok(Buffer.from(doc.originalBytes as Uint8Array).equals(pdfBytes), "the original bytes, unchanged");
  });

  it("keeps the PDF, re-read from its stored rendering, when another file is imported", async () => {
    const before = pdfLines();
    assert.equal(before.length, 149, "tables 1–8 of the seed: 29 + 21 + 21 + 25 + 21 + 32 lines");
    await runImport({ files: [path.join(SOURCES_DIR, FILES.qingpu2023)], databaseUrl: db.url });
    assert.deepEqual(rows(db.file, "SELECT fileName, format FROM SourceDocument ORDER BY fileName"), [
      { fileName: FILES.qingpu2023, format: "text" },
      { fileName: PDF_NAME, format: "pdf" },
    ]);
    assert.deepEqual(pdfLines(), before);
  });
});

describe("documents doc:check reads but the import refuses, database unchanged", () => {
  const db = freshDatabase();
  let original = "";
  before(async () => {
    await runImport({ files: [path.join(SOURCES_DIR, FILES.baoshan2023)], databaseUrl: db.url });
    original = dump(db.file);
  });

  for (const name of PDFS) {
    it(`${name}: another department's budget, named with the entity found`, async () => {
      await assert.rejects(runImport({ files: [path.join(PDF_DIR, name)], databaseUrl: db.url }), (error: unknown) => {
        assert.ok(error instanceof ImportError, String(error));
        assert.match(error.message, new RegExp(`^${name.replace(/\./g, "\\.")}: published by "上海市普陀区\\S+", not a district 医疗保障局 or one of its units`));
        return true;
      });
      assert.equal(dump(db.file), original);
    });
  }

  it("a 部门决算 PDF, saying it is a 决算", async () => {
    const file = path.join(scratch, "final.pdf");
    writeFileSync(file, buildPdf({ pages: [showText("上海市宝山区2024年区级部门决算", 100, 400, 24)] }));
    await assert.rejects(runImport({ files: [file], databaseUrl: db.url }), (error: unknown) => {
      assert.ok(error instanceof SourceError, String(error));
      assert.match(error.message, /^final\.pdf:1 \(page 1\): this is a 部门决算/);
      return true;
    });
    assert.equal(dump(db.file), original);
  });

  it("a good PDF with a bad one: nothing is imported", async () => {
    const file = path.join(scratch, "locked.pdf");
    writeFileSync(file, buildPdf({ pages: [showText("Hello", 100, 400)], encrypted: true }));
    await assert.rejects(runImport({ files: [pdfPath, file], databaseUrl: db.url }), /locked\.pdf: the PDF is encrypted/);
    assert.equal(dump(db.file), original);
  });
});
