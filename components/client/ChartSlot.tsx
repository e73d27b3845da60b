"use client";
// Reserves the chart's box and loads the chart library only in the browser, when the chart comes near the
// viewport and the page is idle: Recharts (~100 KB gzip) stays out of the scripts the HTML references.
import { Suspense, useEffect, useRef, useState, type RefObject } from "react";
import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import type { ChartSpec } from "@/lib/dashboard/chart-types";
import { parseViewState, type DisplayUnit } from "@/lib/dashboard/view-state";
import { fill, t } from "@/lib/i18n/zh-CN";

const Chart = dynamic(() => import("./Chart"), { ssr: false, loading: () => <p className="chart-loading">{t.chart.loading}</p> });

interface Props {
  /** One spec, or one per year (district-by-district charts). */
  specs: readonly ChartSpec[];
  defaultYear?: number;
  /** Series keys that may be filtered with ?districts= (year-over-year charts). */
  filterSeries?: boolean;
}

/**
 * True once the box has come near the viewport and the browser is idle: the chart code
 * (~100 KB gzip) then loads without blocking the page's first paint and first input.
 */
function useNearAndIdle(ref: RefObject<HTMLElement | null>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (ready || !element) return;
    let timer: number | undefined;
    let idle: number | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        const show = () => setReady(true);
        if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(show, { timeout: 1500 });
        else timer = window.setTimeout(show, 200);
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [ref, ready]);
  return ready;
}

function Frame({ spec, unit, visibleSeries }: { spec: ChartSpec; unit: DisplayUnit; visibleSeries: readonly string[] | null }) {
  const box = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const near = useNearAndIdle(box);
  const unitLabel = unit === "wan" ? t.units.wan : t.units.yuan;
  const download = async (format: "svg" | "png") => {
    const svg = box.current?.querySelector("svg.recharts-surface");
    if (!(svg instanceof SVGSVGElement)) return;
    setBusy(true);
    try {
      const { downloadChartImage } = await import("./image-export");
      await downloadChartImage(svg, format, { title: spec.title, unit: fill(t.chart.unitNote, { unit: unitLabel }), footer: spec.citation, fileBase: spec.fileBase });
    } finally {
      setBusy(false);
    }
  };
  return (
    <figure className="chart" data-testid="chart" data-chart-id={spec.id}>
      <figcaption className="chart-caption">
        <span className="chart-title">{spec.title}</span> <span className="muted">{fill(t.chart.unitNote, { unit: unitLabel })}</span>
      </figcaption>
      <div className="chart-box" ref={box}>
        {near ? <Chart spec={spec} unit={unit} visibleSeries={visibleSeries} /> : <p className="chart-loading">{t.chart.loading}</p>}
      </div>
      <div className="chart-actions">
        <span>{t.download.image}：</span>
        <button type="button" disabled={busy} onClick={() => void download("svg")} data-testid="download-svg">{t.download.svg}</button>
        <button type="button" disabled={busy} onClick={() => void download("png")} data-testid="download-png">{t.download.png}</button>
      </div>
    </figure>
  );
}

function pick(specs: readonly ChartSpec[], year: number | null | undefined): ChartSpec | undefined {
  return specs.find((s) => s.year === year) ?? specs[0];
}

function FromUrl({ specs, defaultYear, filterSeries }: Props) {
  const years = specs.flatMap((s) => (s.year === null ? [] : [s.year]));
  const seriesKeys = specs[0]?.series.map((s) => s.key) ?? [];
  const state = parseViewState(useSearchParams(), { years, districts: filterSeries ? seriesKeys : undefined });
  const spec = pick(specs, state.year ?? defaultYear);
  if (!spec) return null;
  return <Frame spec={spec} unit={state.unit} visibleSeries={filterSeries ? state.districts : null} />;
}

export function ChartSlot(props: Props) {
  const spec = pick(props.specs, props.defaultYear);
  return (
    <Suspense
      fallback={
        spec ? (
          <figure className="chart" data-chart-id={spec.id}>
            <figcaption className="chart-caption"><span className="chart-title">{spec.title}</span></figcaption>
            <div className="chart-box"><p className="chart-loading">{t.chart.loading}</p></div>
            <div className="chart-actions" />
          </figure>
        ) : null
      }
    >
      <FromUrl {...props} />
    </Suspense>
  );
}

