import type { Metadata } from "next";
import { Caveats } from "@/components/Caveats";
import { SiteLink } from "@/components/SiteLink";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/charts/ChartFigure";
import { DistrictToggles, YearSelect } from "@/components/client/MetricControls";
import { YearPanels } from "@/components/client/YearPanels";
import { MetricHeadline } from "@/components/MetricHeadline";
import { ExactYuan, Missing, Money, MoneyDelta, UnitNote, type MissingStatus } from "@/components/Money";
import { ScrollTable } from "@/components/ScrollTable";
import { SourceLink } from "@/components/SourceLink";
import { TableFoot } from "@/components/TableFoot";
import { disclosedSpans, uniqueSources, valuesForYear, yearOverYearRows } from "@/lib/dashboard/build";
import { metricCharts } from "@/lib/dashboard/charts";
import { listMetricValues, listThreePublicParts } from "@/lib/data";
import { getSiteContext } from "@/lib/data/site";
import type { MetricValueRow } from "@/lib/data/types";
import { fill, t } from "@/lib/i18n/zh-CN";
import { basisText } from "@/lib/view/basis-text";
import { isMetricId, METRIC_DEFINITIONS, METRICS } from "@/lib/domain/metrics";

export const dynamicParams = false;

export function generateStaticParams(): Array<{ metric: string }> {
  return METRICS.map((metric) => ({ metric }));
}

type Params = Promise<{ metric: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { metric } = await params;
  if (!isMetricId(metric)) return {};
  const name = METRIC_DEFINITIONS[metric].nameZh;
  const title = `${name}：${t.metric.titleSuffix}`;
  const description = `${name}：${METRIC_DEFINITIONS[metric].definitionZh}`;
  return { title, description, openGraph: { title, description } };
}

/** Why a row has no figure: no row or a not_collected row means no document of that district and year was collected. */
const missingOf = (value: MetricValueRow | null): MissingStatus => (value && value.status !== "not_collected" ? "not_disclosed" : "not_collected");

function StatusCell({ value }: { value: MetricValueRow | null }) {
  if (!value || value.status === "not_disclosed" || value.status === "not_collected") return <Missing status={missingOf(value)} />;
  return <span title={value.status === "derived" ? t.status.derivedNote : undefined}>{t.status[value.status]}</span>;
}

export default async function MetricPage({ params }: { params: Params }) {
  const { metric } = await params;
  if (!isMetricId(metric)) notFound();
  const definition = METRIC_DEFINITIONS[metric];
  const [site, values, parts] = await Promise.all([
    getSiteContext(),
    listMetricValues({ metrics: [metric] }),
    metric === "three-public" ? listThreePublicParts() : Promise.resolve([]),
  ]);
  const charts = metricCharts(metric, definition.nameZh, values, site);
  const panelYears = charts.years;
  const defaultYear = charts.defaultYear;

  const yoy = yearOverYearRows(values, site.districts);
  const spans = disclosedSpans(values, site.districts);
  const allSources = uniqueSources(values.map((v) => v.source));
  const yoySpec = charts.yoy;

  return (
    <>
      <p className="muted"><SiteLink href="/">{t.nav.overview}</SiteLink> / {t.nav.metrics}</p>
      <h1>{definition.nameZh}：{t.metric.titleSuffix}</h1>
      <MetricHeadline values={values} districts={site.districts} />
      <nav aria-label={t.nav.metrics} className="metric-tabs">
        {METRICS.map((m) => (
          <SiteLink key={m} href={`/metrics/${m}`} aria-current={m === metric ? "page" : undefined}>{t.metricShort[m]}</SiteLink>
        ))}
      </nav>
      <section aria-labelledby="definition">
        <h2 id="definition">{t.metric.definition}</h2>
        <p>{definition.definitionZh}</p>
        <Caveats metric={metric} />
      </section>

      <section aria-labelledby="yoy">
        <h2 id="yoy">{t.metric.yoyHeading}</h2>
        <DistrictToggles series={yoySpec.series} />
        <ChartFigure spec={yoySpec} filterSeries />
        <div className="chart-summary" data-testid="summary-yoy">
          <p className="muted">{t.chart.summaryLabel}：{t.chart.tableAlt}</p>
          <ul>
            {site.districts.map((district) => {
              const span = spans.find((s) => s.district.slug === district.slug);
              const own = values.filter((v) => v.district === district.slug && v.status === "disclosed" && v.amountYuan !== null);
              if (span) {
                return (
                  <li key={district.slug}>
                    {district.nameZh}：{span.fromYear} 年 <Money yuan={span.from.amountYuan} />，{span.toYear} 年 <Money yuan={span.to.amountYuan} />，
                    {t.common.change} <MoneyDelta yuan={span.deltaYuan} />（{span.pct ?? "—"}；{t.common.cagr} {span.cagr ?? "—"}）。
                  </li>
                );
              }
              const only = own[0];
              return (
                <li key={district.slug}>
                  {only ? <>{district.nameZh}：{only.year} 年 <Money yuan={only.amountYuan} />。</> : fill(t.metric.summaryNone, { district: district.nameZh })}
                </li>
              );
            })}
          </ul>
        </div>
        <ScrollTable>
          <table data-testid="table-yoy">
            <caption>{yoySpec.title} <UnitNote /></caption>
            <thead>
              <tr>
                <th scope="col">{t.common.district}</th>
                <th scope="col">{t.common.year}</th>
                <th scope="col">{t.common.status}</th>
                <th scope="col" className="num">{t.common.amount}</th>
                <th scope="col" className="num">{t.units.exactYuan}</th>
                <th scope="col" className="num">{t.common.changeAbs}</th>
                <th scope="col" className="num">{t.common.changePct}</th>
                <th scope="col">{t.common.scope}</th>
                <th scope="col">{t.common.source}</th>
              </tr>
            </thead>
            <tbody>
              {yoy.flatMap(({ district, rows }) =>
                rows.length === 0
                  ? [
                      <tr key={district.slug} data-district={district.slug}>
                        <th scope="row">{district.nameZh}</th>
                        <td colSpan={8}><Missing status="not_collected" /></td>
                      </tr>,
                    ]
                  : rows.map(({ value, change }) => (
                      <tr key={`${district.slug}-${value.year}`} data-district={district.slug} data-year={value.year} data-status={value.status} data-yuan={value.amountYuan ?? ""}>
                        <th scope="row">{district.nameZh}</th>
                        <td>{value.year}</td>
                        <td><StatusCell value={value} /></td>
                        <td className="num"><Money yuan={value.amountYuan} derived={value.status === "derived"} missing={missingOf(value)} /></td>
                        <td className="num"><ExactYuan yuan={value.amountYuan} missing={missingOf(value)} /></td>
                        <td className="num">{change ? <>{change.fromYear}→{value.year}：<MoneyDelta yuan={change.deltaYuan} /></> : "—"}</td>
                        <td className="num">{change ? change.pct ?? "—" : "—"}</td>
                        <td className="wide">{value.scope ? t.scopeShort[value.scope] ?? value.scope : "—"}{value.entity ? <div className="muted">{value.entity}</div> : null}</td>
                        <td className="wide">{value.status === "not_collected" ? "—" : value.status === "not_disclosed" ? <span className="muted">{basisText(value.basis, value.year)}</span> : <><SourceLink source={value.source} /><div className="muted">{basisText(value.basis, value.year)}</div></>}</td>
                      </tr>
                    )),
              )}
            </tbody>
          </table>
        </ScrollTable>
        <TableFoot dataset="metrics" filter={{ metric: [metric] }} sources={allSources} documents={site.documentIndex} dataVersion={site.dataVersion} title={yoySpec.title} />

        {spans.length > 0 ? (
          <ScrollTable>
            <table data-testid="table-spans">
              <caption>{t.common.cagr} <UnitNote /></caption>
              <thead>
                <tr>
                  <th scope="col">{t.common.district}</th>
                  <th scope="col">{t.common.year}</th>
                  <th scope="col" className="num">{t.common.changeAbs}</th>
                  <th scope="col" className="num">{t.common.changePct}</th>
                  <th scope="col" className="num">{t.common.cagr}</th>
                  <th scope="col">{t.common.source}</th>
                </tr>
              </thead>
              <tbody>
                {spans.map((s) => (
                  <tr key={s.district.slug} data-district={s.district.slug}>
                    <th scope="row">{s.district.nameZh}</th>
                    <td>{s.fromYear}→{s.toYear}</td>
                    <td className="num"><MoneyDelta yuan={s.deltaYuan} /></td>
                    <td className="num">{s.pct ?? "—"}</td>
                    <td className="num" data-testid="cagr">{s.cagr ?? "—"}</td>
                    <td><SourceLink source={s.from.source} label={`${s.fromYear}`} /> · <SourceLink source={s.to.source} label={`${s.toYear}`} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">{t.metric.cagrNote}</p>
            <TableFoot dataset="metrics" filter={{ metric: [metric], district: spans.map((s) => s.district.slug) }}
              sources={uniqueSources(spans.flatMap((s) => [s.from.source, s.to.source]))} documents={site.documentIndex} dataVersion={site.dataVersion} />
          </ScrollTable>
        ) : null}
      </section>

      <section aria-labelledby="by-district">
        <h2 id="by-district">{t.metric.districtHeading}</h2>
        <YearSelect years={panelYears} defaultYear={defaultYear} chartName={`${definition.nameZh}：${t.metric.districtHeading}`} />
        <YearPanels
          years={panelYears}
          defaultYear={defaultYear}
          panels={panelYears.map((year, panel) => {
            const rows = valuesForYear(values, site.districts, year);
            const sources = uniqueSources(rows.map((r) => r.value?.source));
            const spec = charts.byYear[panel];
            return (
              <div key={year}>
                {spec ? <ChartFigure spec={spec} /> : null}
                <p className="chart-summary">
                  {year} 年：
                  {rows.map(({ district, value }, i) => (
                    <span key={district.slug}>
                      {i > 0 ? "；" : ""}
                      {district.nameZh} <Money yuan={value?.amountYuan ?? null} derived={value?.status === "derived"} missing={missingOf(value)} />
                    </span>
                  ))}
                  。
                </p>
                <ScrollTable>
                  <table data-testid={`table-year-${year}`}>
                    <caption>{fill(t.chart.districtTitle, { metric: definition.nameZh, year })} <UnitNote /></caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.common.district}</th>
                        <th scope="col">{t.common.status}</th>
                        <th scope="col" className="num">{t.common.amount}</th>
                        <th scope="col" className="num">{t.units.exactYuan}</th>
                        <th scope="col">{t.common.scope}</th>
                        <th scope="col">{t.common.source}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map(({ district, value }) => (
                        <tr key={district.slug} data-district={district.slug} data-yuan={value?.amountYuan ?? ""}>
                          <th scope="row"><SiteLink href={`/districts/${district.slug}`}>{district.nameZh}</SiteLink></th>
                          <td><StatusCell value={value} /></td>
                          <td className="num"><Money yuan={value?.amountYuan ?? null} derived={value?.status === "derived"} missing={missingOf(value)} /></td>
                          <td className="num"><ExactYuan yuan={value?.amountYuan ?? null} missing={missingOf(value)} /></td>
                          <td className="wide">{value?.scope ? t.scopeShort[value.scope] ?? value.scope : "—"}{value?.entity ? <div className="muted">{value.entity}</div> : null}</td>
                          <td className="wide">{value?.source ? <SourceLink source={value.source} /> : <span className="muted">{value ? basisText(value.basis, value.year) : t.status.not_collected}</span>}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
                <TableFoot dataset="metrics" filter={{ metric: [metric], year: [year] }} sources={sources} documents={site.documentIndex} dataVersion={site.dataVersion}
                  title={fill(t.chart.districtTitle, { metric: definition.nameZh, year })} />
              </div>
            );
          })}
        />
      </section>

      {metric === "three-public" ? (
        <section aria-labelledby="parts">
          <h2 id="parts">{t.metric.partsHeading}</h2>
          <ScrollTable>
            <table data-testid="table-parts">
              <caption>{t.metric.partsHeading} <UnitNote /></caption>
              <thead>
                <tr>
                  <th scope="col">{t.common.district}</th>
                  <th scope="col">{t.common.year}</th>
                  <th scope="col">{t.metric.part}</th>
                  <th scope="col" className="num">{t.common.amount}</th>
                  <th scope="col" className="num">{t.units.exactYuan}</th>
                  <th scope="col">{t.common.source}</th>
                </tr>
              </thead>
              <tbody>
                {parts.map((p) => (
                  <tr key={`${p.district}-${p.year}-${p.part}`} data-district={p.district} data-year={p.year} data-part={p.part}>
                    <th scope="row">{p.districtName}</th>
                    <td>{p.year}</td>
                    <td>{p.label}</td>
                    <td className="num">{p.amountYuan === null ? <span className="muted">{t.metric.blankCell}</span> : <Money yuan={p.amountYuan} />}</td>
                    <td className="num">{p.amountYuan === null ? "—" : <ExactYuan yuan={p.amountYuan} />}</td>
                    <td><SourceLink source={p.source} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <TableFoot dataset="three-public" sources={uniqueSources(parts.map((p) => p.source))} documents={site.documentIndex} dataVersion={site.dataVersion} />
        </section>
      ) : null}
    </>
  );
}
