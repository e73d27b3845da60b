// Page markers in a PDF's text rendering (/sources/<file>): where each page of the original begins, with a
// link to that page of the PDF as published (/sources/<file>/original#page=N).

const TEXT = {
  page: "第 {page} 页",
  of: "（共 {count} 页）",
  open: "查看原始 PDF 第 {page} 页",
  original: "原始 PDF 文件（{count} 页）",
};
const fillIn = (template: string, values: Record<string, number>) => template.replace(/\{(\w+)\}/g, (_m, key: string) => String(values[key] ?? ""));

/** `/sources/<file>/original`, at a page when given. */
export function originalHref(fileName: string, page?: number): string {
  return `/sources/${encodeURIComponent(fileName)}/original${page ? `#page=${page}` : ""}`;
}

/** A row of the rendering's line list (its two columns) saying that page N starts here. */
export function PageMarker({ fileName, page, pageCount }: { fileName: string; page: number; pageCount: number }) {
  return (
    <li className="page-marker" id={`page-${page}`} data-page={page}>
      <span className="ln" aria-hidden="true">p.{page}</span>
      <span>
        <strong>{fillIn(TEXT.page, { page })}</strong>
        {fillIn(TEXT.of, { count: pageCount })} · <a href={originalHref(fileName, page)} data-testid="original-page">{fillIn(TEXT.open, { page })}</a>
      </span>
    </li>
  );
}

/** The link to the whole original PDF, for the page's header. */
export function OriginalPdfLink({ fileName, pageCount }: { fileName: string; pageCount: number }) {
  return <a href={originalHref(fileName)} data-testid="original-pdf">{fillIn(TEXT.original, { count: pageCount })}</a>;
}
