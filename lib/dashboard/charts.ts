// Chart specs from lib/data rows: the year-over-year line chart and one district-by-district bar chart per year.
import type { DocumentRow, MetricValueRow } from "../data/types";
import { env } from "../env";
import { fill, t } from "../i18n/zh-CN";
import type { MetricId } from "../domain/metrics";
import { citationText, uniqueSources, valuesForYear, type DistrictRef, type DocumentIndex } from "./build";
import { niceTicks } from "./chart-model";
import { OKABE_ITO, type ChartAmount, type ChartCell, type ChartCredit, type ChartSpec } from "./chart-types";
import { formatWanString, formatYuanString } from "./decimal-format";

export function districtColor(slug: string, all: readonly DistrictRef[]): string {
  const index = all.findIndex((d) => d.slug === slug);
  return OKABE_ITO[(index < 0 ? 0 : index) % OKABE_ITO.length] ?? "#000000";
}

/** Chart coordinates and display strings of an exact amount in 元. */
export function chartAmount(amountYuan: string): ChartAmount {
  const wan = formatWanString(amountYuan);
  return {
    coordYuan: Number(amountYuan),
    coordWan: Number(wan.replace(/,/g, "").replace("−", "-")),
    exactYuan: formatYuanString(amountYuan),
    exactWan: wan,
  };
}

const NOT_COLLECTED: ChartCell = { status: "not_collected", amount: null, scope: null, entity: null };

/**
 * A metric value as a chart cell. No row, or a `not_collected` row, means no document of that district and year
 * was collected; a row without an amount is a collected document that does not disclose the figure.
 */
export function chartCell(value: MetricValueRow | null | undefined): ChartCell {
  if (!value || value.status === "not_collected") return NOT_COLLECTED;
  if (value.amountYuan === null) return { status: "not_disclosed", amount: null, scope: value.scope, entity: value.entity };
  return { status: value.status === "derived" ? "derived" : "disclosed", amount: chartAmount(value.amountYuan), scope: value.scope, entity: value.entity };
}

/** Ticks per display unit over every figure in the chart (so toggling series keeps the scale). */
function ticksFor(cells: readonly ChartCell[], maxIntervals: number): ChartSpec["ticks"] {
  const amounts = cells.flatMap((c) => (c.amount ? [c.amount] : []));
  return {
    wan: niceTicks(Math.max(0, ...amounts.map((a) => a.coordWan)), maxIntervals),
    yuan: niceTicks(Math.max(0, ...amounts.map((a) => a.coordYuan)), maxIntervals),
  };
}

interface Context {
  metric: MetricId;
  metricName: string;
  citation: string;
  dataVersion: string;
  credit: ChartCredit;
}

export function yearOverYearChart(
  context: Context, values: readonly MetricValueRow[], districts: readonly DistrictRef[], years: readonly number[],
): ChartSpec {
  const data = years.map((year) => ({
    category: String(year),
    cells: Object.fromEntries(districts.map((d) => [d.slug, chartCell(values.find((v) => v.district === d.slug && v.year === year))])),
  }));
  return {
    id: `${context.metric}-yoy`,
    kind: "line",
    title: fill(t.chart.yoyTitle, { metric: context.metricName }),
    year: null,
    series: districts.map((d) => ({ key: d.slug, name: d.nameZh, color: districtColor(d.slug, districts) })),
    data,
    ticks: ticksFor(data.flatMap((d) => Object.values(d.cells)), 5),
    citation: context.citation,
    dataVersion: context.dataVersion,
    credit: context.credit,
    fileBase: `${context.metric}-yoy`,
  };
}

export function districtChart(context: Context, values: readonly MetricValueRow[], districts: readonly DistrictRef[], year: number): ChartSpec {
  const data = valuesForYear(values, districts, year).map(({ district, value }) => ({
    category: district.nameZh,
    color: districtColor(district.slug, districts),
    cells: { value: chartCell(value) },
  }));
  return {
    id: `${context.metric}-${year}`,
    kind: "bar",
    title: fill(t.chart.districtTitle, { metric: context.metricName, year }),
    year,
    series: [{ key: "value", name: context.metricName, color: OKABE_ITO[0] }],
    data,
    // Fewer ticks: the bars carry their values, and the axis labels must fit a phone's width.
    ticks: ticksFor(data.flatMap((d) => Object.values(d.cells)), 4),
    citation: context.citation,
    dataVersion: context.dataVersion,
    credit: context.credit,
    fileBase: `${context.metric}-${year}`,
  };
}

export interface MetricChartSite {
  dataVersion: string;
  districts: DistrictRef[];
  documents: DocumentRow[];
  documentIndex: DocumentIndex;
  /** Years with at least one collected document, ascending. */
  years: number[];
}

export interface MetricCharts {
  /** The line chart over every calendar year from the first to the last figure or document. */
  yoy: ChartSpec;
  /** The years with a district-by-district chart (years with a collected document), ascending. */
  years: number[];
  /** The bar chart per year, in the order of `years`. */
  byYear: ChartSpec[];
  /** The latest year: the bar chart shown when the URL names none. */
  defaultYear: number;
}

/**
 * Every chart of a metric page (and of its embeds). The site URL printed on images is SITE_URL when set,
 * else the origin the image is made on.
 */
export function metricCharts(metric: MetricId, metricName: string, values: readonly MetricValueRow[], site: MetricChartSite): MetricCharts {
  const configured = env().SITE_URL;
  const siteUrl = configured ? configured.replace(/\/+$/, "") : null;
  const path = `/metrics/${metric}`;
  const context = (citationValues: readonly MetricValueRow[], query = ""): Context => ({
    metric,
    metricName,
    citation: citationText(uniqueSources(citationValues.map((v) => v.source)), site.documentIndex, site.dataVersion),
    dataVersion: site.dataVersion,
    credit: { siteName: t.siteName, siteUrl, path: `${path}${query}` },
  });
  // Every calendar year between the first and the last, so years without documents show as gaps on the axis.
  const known = [...values.map((v) => v.year), ...site.years];
  const first = Math.min(...known);
  const chartYears = known.length === 0 ? [] : Array.from({ length: Math.max(...known) - first + 1 }, (_, i) => first + i);
  const years = site.years;
  return {
    yoy: yearOverYearChart(context(values), values, site.districts, chartYears),
    years,
    byYear: years.map((year) => districtChart(context(values.filter((v) => v.year === year), `?year=${year}`), values, site.districts, year)),
    defaultYear: years[years.length - 1] ?? chartYears[chartYears.length - 1] ?? new Date().getFullYear(),
  };
}
