"use client";
// The interactive island of a chart (see components/charts/ChartFigure.tsx). Its children, the static SVG from
// the server, are the chart: without JavaScript, in print and on screen. Recharts (~100 KB gzip) adds the
// interactive layer over it (cursor, tooltip with exact figures), loaded only once the reader engages with the
// chart, so it stays out of the scripts the HTML references and out of the page load.
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

/**
 * True once the reader engages with the chart: points at, touches or focuses it, or scrolls it near the
 * viewport. The static chart is complete, so the ~100 KB of chart code waits for a reader who wants the tooltip
 * rather than running on every page load (it then stays out of a load's blocking time).
 */
function useEngaged(ref: RefObject<HTMLElement | null>): boolean {
  const [engaged, setEngaged] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (engaged || !element) return;
    let near = false;
    // A page already scrolled when this code arrives (a reader who scrolled before hydration) counts too.
    let scrolled = window.scrollY > 0;
    let idle: number | undefined;
    let timer: number | undefined;
    const engage = () => {
      if (idle !== undefined || timer !== undefined) return;
      const show = () => setEngaged(true);
      if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(show, { timeout: 500 });
      else timer = window.setTimeout(show, 50);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        near = entries.some((e) => e.isIntersecting);
        if (near && scrolled) engage();
      },
      { rootMargin: "200px" },
    );
    const onScroll = () => {
      scrolled = true;
      if (near) engage();
    };
    observer.observe(element);
    window.addEventListener("scroll", onScroll, { passive: true });
    const events = ["pointerenter", "pointerdown", "touchstart", "focusin"] as const;
    for (const name of events) element.addEventListener(name, engage, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener("scroll", onScroll);
      for (const name of events) element.removeEventListener(name, engage);
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [ref, engaged]);
  return engaged;
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
  const engaged = useEngaged(box);
  const hidden = visible === null ? [] : spec.series.filter((s) => !visible.includes(s.key));
  return (
    <>
      <div className={styles.box} style={{ height }} ref={box}>
        <div className={styles.static}>{children}</div>
        {engaged ? (
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
