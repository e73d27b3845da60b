import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { ScopeNotes } from "@/components/Caveats";
import { MiniBars } from "@/components/MiniBars";
import { Missing, Money, MoneyDelta } from "@/components/Money";
import { ScrollTable } from "@/components/ScrollTable";
import { SourceLink } from "@/components/SourceLink";
import { TableFoot } from "@/components/TableFoot";
import { sourceHref } from "@/lib/api/links";
import { uniqueSources } from "@/lib/dashboard/build";
import { chartAmount, districtColor } from "@/lib/dashboard/charts";
import { differenceYuan, percentChange } from "@/lib/dashboard/decimal-format";
import { listMetricValues } from "@/lib/data";
import { getSiteContext } from "@/lib/data/site";
import type { MetricValueRow } from "@/lib/data/types";
import { fill, t } from "@/lib/i18n/zh-CN";
import { METRIC_DEFINITIONS, METRICS } from "@/lib/domain/metrics";

export const metadata: Metadata = {
  title: { absolute: t.overview.title },
  description: t.siteDescription,
  openGraph: { title: t.overview.title, description: t.siteDescription },
};

export default async function OverviewPage() {
  const [site, values] = await Promise.all([getSiteContext(), listMetricValues()]);
  const disclosed = (v: MetricValueRow) => v.status === "disclosed" && v.amountYuan !== null;

  return (
    <>
      <h1>{t.overview.title}</h1>
      <p className="lead">{t.overview.lead}</p>

      <h2>{t.overview.metricsHeading}</h2>
      <div className="cards">
        {METRICS.map((metric) => {
          const definition = METRIC_DEFINITIONS[metric];
          const rows = site.districts.map((district) => {
            const own = values.filter((v) => v.metric === metric && v.district === district.slug && disclosed(v)).sort((a, b) => b.year - a.year);
            const latest = own[0] ?? null;
            const previous = own[1] ?? null;
            return { district, latest, previous };
          });
          const sources = uniqueSources(rows.flatMap((r) => [r.latest?.source, r.previous?.source]));
          return (
            <section key={metric} className="card" aria-labelledby={`card-${metric}`} data-testid={`card-${metric}`}>
              <h3 id={`card-${metric}`}>
                <SiteLink href={`/metrics/${metric}`}>{definition.nameZh}</SiteLink>
              </h3>
              <ul>
                {rows.map(({ district, latest, previous }) => (
                  <li key={district.slug}>
                    <strong>{district.nameZh}</strong>{" "}
                    {latest?.amountYuan != null ? (
                      <>
                        {latest.year} 年 <Money yuan={latest.amountYuan} /> <SourceLink source={latest.source} />
                        {previous?.amountYuan != null ? (
                          <div className="muted">
                            {fill(t.overview.changeSince, { from: previous.year })}{" "}
                            <MoneyDelta yuan={differenceYuan(previous.amountYuan, latest.amountYuan)} />（{percentChange(previous.amountYuan, latest.amountYuan) ?? "—"}）
                          </div>
                        ) : null}
                      </>
                    ) : (
                      <span className="not-disclosed">{t.status.not_disclosed}</span>
                    )}
                  </li>
                ))}
              </ul>
              <MiniBars
                title={`${definition.nameZh}：${t.overview.latest}`}
                bars={rows.map(({ district, latest }) => ({
                  label: district.nameZh,
                  value: latest?.amountYuan != null ? chartAmount(latest.amountYuan).coordYuan : null,
                  color: districtColor(district.slug, site.districts),
                }))}
              />
              <p><SiteLink href={`/metrics/${metric}`}>{t.overview.details}：{definition.nameZh}</SiteLink></p>
              <TableFoot dataset="metrics" filter={{ metric: [metric] }} sources={sources} documents={site.documentIndex} dataVersion={site.dataVersion} />
            </section>
          );
        })}
      </div>

      <h2>{t.overview.coverageHeading}</h2>
      <p>{t.overview.coverageLead}</p>
      <ScrollTable>
        <table data-testid="coverage">
          <caption>{t.overview.coverageHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{t.common.district}</th>
              {site.years.map((y) => (
                <th key={y} scope="col">{y} 年</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {site.districts.map((district) => (
              <tr key={district.slug}>
                <th scope="row"><SiteLink href={`/districts/${district.slug}`}>{district.nameZh}</SiteLink></th>
                {site.years.map((year) => {
                  const docs = site.documents.filter((d) => d.district === district.slug && d.year === year);
                  const statuses = METRICS.map((m) => values.find((v) => v.district === district.slug && v.year === year && v.metric === m));
                  return (
                    <td key={year} className="wide">
                      {docs.length === 0 ? (
                        <Missing status="not_collected" />
                      ) : (
                        <ul className="plain">
                          {docs.map((d) => (
                            <li key={d.fileName}>
                              <SiteLink href={sourceHref(d.fileName)}>{d.kind}</SiteLink>（{t.scopeShort[d.scope] ?? d.scope}：{d.entity}）
                            </li>
                          ))}
                        </ul>
                      )}
                      <div className="muted">
                        {METRICS.map((m, i) => {
                          const v = statuses[i];
                          return (
                            <span key={m} className="metric-status">
                              {t.metricShort[m]}：{!v || v.status === "not_collected" ? <Missing status="not_collected" /> : v.status === "not_disclosed" ? <Missing /> : t.status[v.status]}
                              {i < METRICS.length - 1 ? "；" : ""}
                            </span>
                          );
                        })}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <TableFoot dataset="metrics" sources={[]} documents={site.documentIndex} dataVersion={site.dataVersion} />

      <h2>{t.overview.scopeHeading}</h2>
      <ScopeNotes documents={site.documents} />
    </>
  );
}
