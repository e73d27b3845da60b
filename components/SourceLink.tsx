import { sourceHref } from "@/lib/api/links";
import type { SourceRef } from "@/lib/data/types";
import { fill, t } from "@/lib/i18n/zh-CN";

/** "第 N 行" linking to the highlighted line of the original document. */
export function SourceLink({ source, label }: { source: SourceRef | null; label?: string }) {
  if (!source) return <span className="muted">—</span>;
  return (
    <a href={sourceHref(source.file, source.line)} className="source-link" title={source.text} data-testid="source-link">
      {label ?? fill(t.common.line, { line: source.line })}
    </a>
  );
}
