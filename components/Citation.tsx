// The citation line under a chart or table: document, line, data version — each source a link.
import { sourceHref } from "@/lib/api/links";
import type { DocumentIndex } from "@/lib/dashboard/build";
import { documentLabel } from "@/lib/view/document-label";
import type { SourceRef } from "@/lib/data/types";
import { fill, t } from "@/lib/i18n/zh-CN";

export function Citation({ sources, documents, dataVersion }: { sources: readonly SourceRef[]; documents: DocumentIndex; dataVersion: string }) {
  return (
    <p className="citation" data-testid="citation">
      {t.cite.prefix}
      {sources.map((s, i) => {
        const doc = documents.get(s.file);
        return (
          <span key={`${s.file}#${s.line}`}>
            {i > 0 ? t.cite.separator : null}
            <a href={sourceHref(s.file, s.line)}>
              {doc ? documentLabel(doc) : s.file}，{fill(t.cite.lineRef, { line: s.line })}
            </a>
          </span>
        );
      })}
      {sources.length > 0 ? t.cite.separator : null}
      {fill(t.cite.version, { version: dataVersion })}
    </p>
  );
}
