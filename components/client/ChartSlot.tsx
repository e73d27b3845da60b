"use client";
// The interactive island of a chart (see components/charts/ChartFigure.tsx). Its children, the static SVG from
// the server, are the chart: without JavaScript, in print and on screen. Recharts (~100 KB gzip) adds the
// interactive layer over it (cursor, tooltip with exact figures), loaded only when the box comes near the
// viewport and the page is idle, so it stays out of the scripts the HTML references.
import { Suspense, useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import type { ChartSpec } from "@/lib/dashboard/chart-types";
import { parseViewState, type DisplayUnit } from "@/lib/dashboard/view-state";
import { fill, t } from "@/lib/i18n/zh-CN";
import styles from "./charts.module.css";

const Chart = dynamic(() => import("./Chart"), { ssr: false });

export interface ChartSlotProps {
  spec: ChartSpec;
  /** Height of the drawing in px (chartBodyHeight): the static and the interactive chart share the box. */
  height: number;
  /** True for charts whose series follow ?districts= (the year-over-year chart). */
  filterSeries?: boolean;
  /** The static chart, rendered on the server. */
  children: ReactNode;
}

/** True once the box has come near the viewport and the browser is idle. */
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

/** Download buttons and the copy-link button: named after the chart, so a page's several pairs are told apart. */
function Actions({ spec, unit, visible, ready }: { spec: ChartSpec; unit: DisplayUnit; visible: readonly string[] | null; ready: boolean }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const download = async (format: "svg" | "png") => {
    setBusy(true);
    setMessage("");
    try {
      const { downloadChartImage } = await import("./image-export");
      await downloadChartImage(spec, format, { unit, visible, siteUrl: spec.credit.siteUrl ?? window.location.origin });
    } catch {
      setMessage(t.download.failed);
    } finally {
      setBusy(false);
    }
  };
  const copyLink = async () => {
    // The link names the view in full: the chart's year, the districts shown and the unit.
    const url = new URL(window.location.href);
    if (spec.year !== null) url.searchParams.set("year", String(spec.year));
    url.hash = `chart-${spec.id}`;
    const href = url.toString();
    try {
      await navigator.clipboard.writeText(href);
      setMessage(fill(t.download.copied, { url: href }));
    } catch {
      setMessage(fill(t.download.copyFailed, { url: href }));
    }
  };
  const label = (format: string) => fill(t.download.imageLabel, { title: spec.title, format });
  return (
    <div className={`${styles.actions} ${styles.jsOnly}`} data-testid="chart-actions" data-ready={ready ? "true" : undefined}>
      <span aria-hidden="true">{t.download.image}：</span>
      <button type="button" disabled={busy} onClick={() => void download("svg")} aria-label={label(t.download.svg)} data-testid="download-svg">{t.download.svg}</button>
      <button type="button" disabled={busy} onClick={() => void download("png")} aria-label={label(t.download.png)} data-testid="download-png">{t.download.png}</button>
      <button type="button" onClick={() => void copyLink()} aria-label={fill(t.download.copyLinkLabel, { title: spec.title })} data-testid="copy-link">{t.download.copyLink}</button>
      <p className={styles.status} role="status" data-testid="chart-status">{message}</p>
    </div>
  );
}

function Frame({ spec, height, children, unit, visible, ready }: Omit<ChartSlotProps, "filterSeries"> & { unit: DisplayUnit; visible: readonly string[] | null; ready: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearAndIdle(box);
  const hidden = visible === null ? [] : spec.series.filter((s) => !visible.includes(s.key));
  return (
    <>
      <div className={styles.box} style={{ height }} ref={box}>
        <div className={styles.static}>{children}</div>
        {near ? (
          <div className={styles.interactive}>
            <Chart spec={spec} unit={unit} visibleSeries={visible} height={height} />
          </div>
        ) : null}
      </div>
      {hidden.length > 0 ? (
        // Series left out with ?districts= leave the legend and the static (print) chart too.
        <style>{hidden.map((s) => `#chart-${spec.id} [data-series="${s.key}"]`).join(",") + "{display:none!important}"}</style>
      ) : null}
      <Actions spec={spec} unit={unit} visible={visible} ready={ready} />
    </>
  );
}

function FromUrl(props: ChartSlotProps) {
  const state = parseViewState(useSearchParams(), { districts: props.filterSeries ? props.spec.series.map((s) => s.key) : undefined });
  return <Frame {...props} unit={state.unit} visible={props.filterSeries ? state.districts : null} ready />;
}

export function ChartSlot(props: ChartSlotProps) {
  return (
    <Suspense fallback={<Frame {...props} unit="wan" visible={null} ready={false} />}>
      <FromUrl {...props} />
    </Suspense>
  );
}
