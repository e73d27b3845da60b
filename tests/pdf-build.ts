// Minimal PDFs written byte by byte, for the reader's refusals: each page is a content stream.
// Text is shown in Helvetica (ASCII) or in the non-embedded Adobe-GB1 font STSong-Light, whose
// UCS-2 encoding pdf.js decodes with the CMaps shipped in pdfjs-dist (the reader points it there).

export interface PdfSpec {
  /** Content streams, one per page (A4 landscape, 842 × 595 pt). */
  pages: string[];
  /** An /Encrypt dictionary whose user password is not empty: readers must ask for a password. */
  encrypted?: boolean;
  /** 1-based pages whose content claims /FlateDecode but is not compressed: a corrupt stream. */
  corruptPages?: number[];
}

/** A string for the F2 (STSong-Light, UniGB-UCS2-H) font: UTF-16BE hex. */
export function cjk(text: string): string {
  return `<${Array.from(text, (ch) => (ch.codePointAt(0) ?? 0).toString(16).padStart(4, "0")).join("")}>`;
}

/** "BT /F2 size Tf x y Td <…> Tj ET" for CJK text, or with /F1 for ASCII. */
export function showText(text: string, x: number, y: number, size = 12): string {
  const ascii = /^[\x20-\x7e]*$/.test(text);
  const encoded = ascii ? `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})` : cjk(text);
  return `BT /${ascii ? "F1" : "F2"} ${size} Tf ${x} ${y} Td ${encoded} Tj ET`;
}

export function buildPdf(spec: PdfSpec): Buffer {
  const objects: string[] = [];
  // Object numbers are 1-based: the new length of the list.
  const add = (body: string) => objects.push(body);
  const catalog = add("");
  const pages = add("");
  const helvetica = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const descriptor = add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
  const cidFont = add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`);
  const song = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`);
  const kids: number[] = [];
  for (const [index, content] of spec.pages.entries()) {
    const filter = spec.corruptPages?.includes(index + 1) ? " /Filter /FlateDecode" : "";
    const stream = add(`<< /Length ${Buffer.byteLength(content, "latin1")}${filter} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 ${helvetica} 0 R /F2 ${song} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pages} 0 R >>`;
  objects[pages - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const encrypt = spec.encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /O <${"a5".repeat(32)}> /U <${"5a".repeat(32)}> /P -44 >>`) : null;

  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  const id = "0123456789abcdef0123456789abcdef";
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${id}> <${id}>]` : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
