import { sourceHref } from "@/lib/api/links";
import { documentLabel, type DocumentIndex } from "@/lib/dashboard/build";
import type { FindingRow } from "@/lib/data/types";
import { fill, t } from "@/lib/i18n/zh-CN";

/** Audit findings with links to every line they name. Each item carries data-* for client-side filtering. */
export function FindingList({ findings, listId, documents }: { findings: readonly FindingRow[]; listId: string; documents: DocumentIndex }) {
  return (
    <ol className="findings" id={listId} data-testid="findings">
      {findings.map((f) => (
        <li key={f.id} id={f.id} data-id={f.id} data-district={f.district ?? ""} data-severity={f.severity} className={`sev-${f.severity}`}>
          <p>
            <span className={`badge sev-${f.severity}`}>{t.severity[f.severity] ?? f.severity}</span>
            <strong>{f.title}</strong>
          </p>
          <p>{f.message}</p>
          {f.expected !== null || f.found !== null ? (
            <p className="muted">
              {t.audit.expected}：{f.expected ?? "—"}；{t.audit.found}：{f.found ?? "—"}
            </p>
          ) : null}
          <p className="muted">
            {t.audit.check}：{f.checkName} · <code>{f.id}</code> · {t.audit.locations}：
            {f.locations.map((l, i) => {
              const doc = documents.get(l.file);
              return (
                <span key={`${l.file}#${l.line}`}>
                  {i > 0 ? "、" : ""}
                  <a href={sourceHref(l.file, l.line)} data-testid="source-link">
                    {doc ? documentLabel(doc) : l.file} {fill(t.common.line, { line: l.line })}
                  </a>
                </span>
              );
            })}
          </p>
        </li>
      ))}
    </ol>
  );
}
