import "server-only";
// The embeddable chart page (/embed/metrics/<metric>[/<year>]): one chart with its legend, its own source line
// and a link back, as a small standalone HTML document other sites may frame (next.config.ts opens
// frame-ancestors for /embed only). No script: the static chart is the whole page.
import type { NextRequest } from "next/server";
import { listMetricValues } from "../data";
import { getSiteContext } from "../data/site";
import { fill, t } from "../i18n/zh-CN";
import { isMetricId, METRIC_DEFINITIONS } from "../domain/metrics";
import { CHART_FONT, escapeXml, renderChartSvg, renderLegendHtml } from "./chart-svg";
import type { ChartSpec } from "./chart-types";
import { metricCharts } from "./charts";
import { parseViewState, type DisplayUnit } from "./view-state";

const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

function plain(status: number, message: string): Response {
  return new Response(`${status} ${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function embedHtml(spec: ChartSpec, unit: DisplayUnit, siteUrl: string): string {
  const unitName = unit === "wan" ? t.units.wan : t.units.yuan;
  const back = `${siteUrl}${spec.credit.path}${unit === "yuan" ? `${spec.credit.path.includes("?") ? "&" : "?"}unit=yuan` : ""}`;
  return `<!DOCTYPE html>
<html lang="${t.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(`${spec.title} · ${t.siteName}`)}</title><meta name="robots" content="noindex">
<style>body{margin:0;padding:8px 10px;font-family:${CHART_FONT};color:#1a1a1a;background:#fff;line-height:1.5}
h1{font-size:16px;margin:0}figure{margin:0}.unit{color:#555;font-size:13px;font-weight:normal;margin-left:4px}
p{font-size:12px;color:#333;margin:6px 0 0;overflow-wrap:anywhere}a{color:#0b4f8a}</style></head>
<body><figure data-chart-id="${escapeXml(spec.id)}"><figcaption><h1>${escapeXml(spec.title)}<span class="unit">${escapeXml(fill(t.chart.unitNote, { unit: unitName }))}</span></h1></figcaption>
${renderLegendHtml(spec)}
${renderChartSvg(spec, unit)}
<p data-testid="embed-source">${escapeXml(spec.citation)}</p>
<p><a href="${escapeXml(back)}" target="_blank" rel="noopener" data-testid="embed-back">${escapeXml(fill(t.chart.embedBack, { site: t.siteName }))}</a> · ${escapeXml(siteUrl)}</p>
</figure></body></html>
`;
}

/** The origin the client asked for (Host header), for the link back when SITE_URL is not set. */
function requestOrigin(request: NextRequest): string {
  const host = request.headers.get("host");
  return host ? `${request.nextUrl.protocol}//${host}` : request.nextUrl.origin;
}

/** GET /embed/metrics/<metric> (year null: the year-over-year chart) or /embed/metrics/<metric>/<year>. */
export async function embedResponse(request: NextRequest, metric: string, year: string | null): Promise<Response> {
  if (!isMetricId(metric)) return plain(404, `Not Found: no metric "${metric}".`);
  const [site, values] = await Promise.all([getSiteContext(), listMetricValues({ metrics: [metric] })]);
  const charts = metricCharts(metric, METRIC_DEFINITIONS[metric].nameZh, values, site);
  const spec = year === null ? charts.yoy : charts.byYear.find((s) => String(s.year) === year);
  if (!spec) return plain(404, `Not Found: no district-by-district chart for year "${year}"; years: ${charts.years.join(", ")}.`);
  const view = parseViewState(request.nextUrl.searchParams);
  const problem = view.problems[0];
  if (problem) return plain(400, `Bad Request: ${problem.name}=${problem.value} is not allowed (unit=wan or unit=yuan).`);
  const siteUrl = spec.credit.siteUrl ?? requestOrigin(request);
  return new Response(embedHtml(spec, view.unit, siteUrl), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": CACHE_CONTROL },
  });
}
