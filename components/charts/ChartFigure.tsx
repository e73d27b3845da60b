// One chart on a page: title and unit, legend, the static SVG (both units; CSS shows the chosen one) and the
// interactive island with its download and copy-link buttons. Server component: the chart is in the HTML.
import { ChartSlot } from "@/components/client/ChartSlot";
import styles from "@/components/client/charts.module.css";
import { chartBodyHeight, renderChartSvg, renderLegendHtml } from "@/lib/dashboard/chart-svg";
import type { ChartSpec } from "@/lib/dashboard/chart-types";
import { fill, t } from "@/lib/i18n/zh-CN";

interface Props {
  spec: ChartSpec;
  /** True for the year-over-year chart: its series follow ?districts= (see DistrictToggles). */
  filterSeries?: boolean;
}

export function ChartFigure({ spec, filterSeries = false }: Props) {
  return (
    <figure className={styles.figure} id={`chart-${spec.id}`} data-testid="chart" data-chart-id={spec.id}>
      <figcaption className={styles.caption}>
        {spec.title}
        <span className={styles.unitNote}>
          <span className="u-wan">{fill(t.chart.unitNote, { unit: t.units.wan })}</span>
          <span className="u-yuan">{fill(t.chart.unitNote, { unit: t.units.yuan })}</span>
        </span>
      </figcaption>
      <div dangerouslySetInnerHTML={{ __html: renderLegendHtml(spec) }} />
      <ChartSlot spec={spec} height={chartBodyHeight(spec)} filterSeries={filterSeries}>
        <div className={styles.staticWan} data-testid="static-chart" dangerouslySetInnerHTML={{ __html: renderChartSvg(spec, "wan") }} />
        <div className={styles.staticYuan} data-testid="static-chart" dangerouslySetInnerHTML={{ __html: renderChartSvg(spec, "yuan") }} />
      </ChartSlot>
    </figure>
  );
}
