// A document's citation metadata (data/sources/sources.json): original URL, publisher, publication date.
// What was not recorded says 未记录; nothing is filled in.
import type { DocumentRow } from "@/lib/data/types";
import { t } from "@/lib/i18n/zh-CN";

export const DOCUMENT_META_FIELDS = ["url", "publisher", "publishedOn"] as const;
export type DocumentMetaField = (typeof DOCUMENT_META_FIELDS)[number];

export function documentMetaValue(document: DocumentRow, field: DocumentMetaField): string | null {
  return field === "url" ? document.sourceUrl : field === "publisher" ? document.publisher : document.publishedOn;
}

/** One field's value: the original URL as a link; 未记录 when absent. */
export function DocumentMetaValue({ document, field }: { document: DocumentRow; field: DocumentMetaField }) {
  const value = documentMetaValue(document, field);
  if (value === null) return <span className="muted" data-field={field}>{t.documentMeta.notRecorded}</span>;
  if (field === "url") return <a href={value} rel="noopener noreferrer" data-field={field} className="original-url">{value}</a>;
  return <span data-field={field}>{value}</span>;
}

/** The metadata as a list, for a document's own page. */
export function DocumentMeta({ document }: { document: DocumentRow }) {
  return (
    <dl className="document-meta" data-testid="document-meta">
      {DOCUMENT_META_FIELDS.map((field) => (
        <div key={field}>
          <dt>{t.documentMeta[field]}</dt>
          <dd><DocumentMetaValue document={document} field={field} /></dd>
        </div>
      ))}
      <div>
        <dt>{t.documentMeta.fileName}</dt>
        <dd><code data-testid="file-name">{document.fileName}</code></dd>
      </div>
    </dl>
  );
}
