// The answer at the top of a metric page: each district's latest figure, its change since the previous collected
// year (amount, percent and the years it spans), its scope and its source line. Server component: no JavaScript.
import { Missing, Money, MoneyDelta } from "@/components/Money";
import { SourceLink } from "@/components/SourceLink";
import type { DistrictRef } from "@/lib/dashboard/build";
import { metricHeadlines, type HeadlineChange } from "@/lib/dashboard/headline";
import type { MetricValueRow } from "@/lib/data/types";
import { fill, t } from "@/lib/i18n/zh-CN";

function Change({ label, change }: { label: string; change: HeadlineChange }) {
  return (
    <p className="headline-change" data-testid="headline-change" data-from-year={change.from.year}>
      {label} <MoneyDelta yuan={change.deltaYuan} />（{change.pct ?? "—"}）
      <span className="muted"> · {change.from.year} 年 <Money yuan={change.from.amountYuan} derived={change.from.status === "derived"} /> <SourceLink source={change.from.source} /></span>
    </p>
  );
}

export function MetricHeadline({ values, districts }: { values: readonly MetricValueRow[]; districts: readonly DistrictRef[] }) {
  return (
    <section className="headline" aria-labelledby="headline" data-testid="headline">
      <h2 id="headline">{t.headline.heading}</h2>
      <ul>
        {metricHeadlines(values, districts).map(({ district, latest, laterUndisclosed, sinceCollected, sinceDerived, missing }) => (
          <li key={district.slug} data-testid="headline-item" data-district={district.slug} data-year={latest?.year} data-yuan={latest?.amountYuan ?? undefined}>
            <p className="headline-figure">
              <strong>{district.nameZh}</strong>{" "}
              {latest ? (
                <>
                  {latest.scope ? <><span className="badge" title={t.scope[latest.scope]}>{t.scopeShort[latest.scope] ?? latest.scope}</span>{" "}</> : null}
                  {latest.year} 年 <strong><Money yuan={latest.amountYuan} derived={latest.status === "derived"} /></strong> <SourceLink source={latest.source} />
                </>
              ) : (
                <>
                  <Missing status={missing?.status ?? "not_collected"} />{" "}
                  <span className="muted">{missing?.status === "not_disclosed" ? fill(t.headline.noneDisclosed, { year: missing.year }) : t.headline.noneCollected}</span>
                </>
              )}
            </p>
            {laterUndisclosed ? <p className="headline-change"><Missing /> {fill(t.headline.laterUndisclosed, { year: laterUndisclosed.year })}</p> : null}
            {sinceCollected?.change ? <Change label={fill(t.headline.since, { year: sinceCollected.row.year })} change={sinceCollected.change} /> : null}
            {sinceCollected && !sinceCollected.change ? (
              <p className="headline-change">{fill(t.headline.since, { year: sinceCollected.row.year })}：{fill(t.headline.previousUndisclosed, { year: sinceCollected.row.year })}</p>
            ) : null}
            {sinceDerived ? <Change label={fill(t.headline.sinceDerived, { year: sinceDerived.from.year })} change={sinceDerived} /> : null}
            {latest && !sinceCollected && !sinceDerived ? <p className="headline-change muted">{t.headline.noPrevious}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
