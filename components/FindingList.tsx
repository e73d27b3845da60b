import { StaticContent } from "@/components/client/StaticContent";
import { sourceHref } from "@/lib/api/links";
import type { FindingRow } from "@/lib/data/types";
import { fill, t } from "@/lib/i18n/zh-CN";
import { findingsZh } from "@/lib/i18n/findings";
import { findingText, checkName, type DocumentLabeller } from "@/lib/view/finding-text";
import { groupByCause } from "@/lib/view/finding-groups";

/** The lines a finding names, grouped by document: "上海市…单位预算 第 130、131、133 行". */
function Locations({ finding, label }: { finding: FindingRow; label: DocumentLabeller }) {
  const byFile = new Map<string, number[]>();
  for (const l of finding.locations) {
    const lines = byFile.get(l.file) ?? [];
    if (!lines.includes(l.line)) lines.push(l.line);
    byFile.set(l.file, lines);
  }
  return (
    <>
      {[...byFile.entries()].map(([file, lines], i) => (
        <span key={file}>
          {i > 0 ? "；" : ""}
          {label(file)}{" "}
          {lines.map((line, k) => (
            <span key={line}>
              {k > 0 ? "、" : ""}
              <a href={sourceHref(file, line)} data-testid="source-link" aria-label={`${label(file)} ${fill(t.common.line, { line })}`}>
                {k === 0 ? fill(t.common.line, { line }) : line}
              </a>
            </span>
          ))}
        </span>
      ))}
    </>
  );
}

function Card({ finding, label, level }: { finding: FindingRow; label: DocumentLabeller; level: "root" | "effect" }) {
  const text = findingText(finding, label);
  const Heading = level === "root" ? "h3" : "h4";
  return (
    <>
      <Heading className="finding-title">
        <span className={`badge sev-${finding.severity}`}>{t.severity[finding.severity] ?? finding.severity}</span>
        {text.title}
      </Heading>
      <dl className="finding-facts">
        {text.printed ? (<><dt>{findingsZh.labels.printed}</dt><dd>{text.printed}</dd></>) : null}
        {text.supported ? (<><dt>{findingsZh.labels.supported}</dt><dd>{text.supported}</dd></>) : null}
        {text.difference ? (<><dt>{findingsZh.labels.difference}</dt><dd className="num" data-testid="finding-difference">{text.difference}</dd></>) : null}
        {text.used ? (<><dt>{findingsZh.labels.used}</dt><dd>{text.used}</dd></>) : null}
      </dl>
      <p className="muted finding-meta">
        {t.audit.check}：{checkName(finding.check)} · <code>{finding.id}</code> · {t.audit.locations}：<Locations finding={finding} label={label} />
      </p>
    </>
  );
}

/**
 * Audit findings as cards, each root cause with the findings that follow from it nested beneath. Every card
 * says what is printed, what the document's other figures say, the difference and which figure the site uses.
 * Top-level items carry data-* for client-side filtering (by CSS, so the static list needs no hydration); every
 * card has its finding id as anchor.
 */
export function FindingList({ findings, listId, label }: { findings: readonly FindingRow[]; listId: string; label: DocumentLabeller }) {
  return (
    <StaticContent>
      <ol className="findings" id={listId} data-testid="findings">
        {groupByCause(findings).map(({ root, effects }) => (
          <li key={root.id} id={root.id} data-id={root.id} data-district={root.district ?? ""} data-severity={root.severity} className={`sev-${root.severity}`}>
            <Card finding={root} label={label} level="root" />
            {effects.length > 0 ? (
              <section className="finding-effects" aria-label={`${findingsZh.labels.effects}（${effects.length}）`}>
                <p className="muted">{findingsZh.labels.effects}（{effects.length}）</p>
                <ol>
                  {effects.map((effect) => (
                    <li key={effect.id} id={effect.id} data-effect-of={root.id} className={`sev-${effect.severity}`}>
                      <Card finding={effect} label={label} level="effect" />
                    </li>
                  ))}
                </ol>
              </section>
            ) : null}
          </li>
        ))}
      </ol>
    </StaticContent>
  );
}
