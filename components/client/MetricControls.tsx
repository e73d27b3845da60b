"use client";
// The controls of a metric page's charts, each placed beside the chart it drives; the choice is kept in the URL.
// Without JavaScript they cannot act and are not shown (every year's panel is then in the page).
import { Suspense } from "react";
import { useSearchParams } from "next/navigation";
import type { ChartSeries } from "@/lib/dashboard/chart-types";
import { parseViewState, type ParamProblem } from "@/lib/dashboard/view-state";
import { fill, t } from "@/lib/i18n/zh-CN";
import styles from "./charts.module.css";
import { replaceQuery } from "./url-state";

function Problems({ problems }: { problems: readonly ParamProblem[] }) {
  return problems.map((p) => (
    <p key={p.name} className="param-problem" role="status">{fill(t.controls.invalid, { name: p.name, value: p.value })}</p>
  ));
}

interface YearSelectProps {
  years: readonly number[];
  defaultYear: number;
  /** The chart the year applies to, for the control's name ("医疗救助：各区对比的年度"). */
  chartName: string;
}

/** `ready`: rendered by the client with its handlers (the server HTML holds an inert copy); tests wait for data-ready. */
function YearForm({ years, chartName, year, problems, ready }: YearSelectProps & { year: number; problems: readonly ParamProblem[]; ready: boolean }) {
  return (
    <form className={`${styles.controls} ${styles.jsOnly}`} aria-label={fill(t.controls.yearFor, { chart: chartName })} onSubmit={(e) => e.preventDefault()}
      data-testid="year-controls" data-ready={ready ? "true" : undefined}>
      <label>
        {t.controls.year}
        <select value={year} data-testid="year-select" onChange={(e) => replaceQuery({ year: e.target.value })}>
          {years.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </label>
      <Problems problems={problems} />
    </form>
  );
}

function YearFromUrl(props: YearSelectProps) {
  const state = parseViewState(useSearchParams(), { years: props.years });
  return <YearForm {...props} year={state.year ?? props.defaultYear} problems={state.problems.filter((p) => p.name === "year")} ready />;
}

/** The 年度 choice (?year=) of the district-by-district chart: place it right above that chart, inside its section. */
export function YearSelect(props: YearSelectProps) {
  return (
    <Suspense fallback={<YearForm {...props} year={props.defaultYear} problems={[]} ready={false} />}>
      <YearFromUrl {...props} />
    </Suspense>
  );
}

interface DistrictTogglesProps {
  /** The year-over-year chart's series (key = district slug, with its colour). */
  series: readonly ChartSeries[];
}

function TogglesForm({ series, shown, problems, ready }: DistrictTogglesProps & { shown: readonly string[]; problems: readonly ParamProblem[]; ready: boolean }) {
  const toggle = (key: string) => {
    const next = shown.includes(key) ? shown.filter((s) => s !== key) : [...shown, key];
    const ordered = series.map((s) => s.key).filter((s) => next.includes(s));
    replaceQuery({ districts: ordered.length === series.length || ordered.length === 0 ? null : ordered.join(",") });
  };
  return (
    <form className={`${styles.controls} ${styles.jsOnly}`} aria-label={t.controls.districts} onSubmit={(e) => e.preventDefault()}
      data-testid="district-controls" data-ready={ready ? "true" : undefined}>
      <fieldset>
        <legend>{t.controls.districts}</legend>
        {series.map((s) => (
          <label key={s.key}>
            <input type="checkbox" checked={shown.includes(s.key)} onChange={() => toggle(s.key)} data-testid={`district-${s.key}`} />
            <span className={styles.swatch} style={{ background: s.color }} aria-hidden="true" />
            {s.name}
          </label>
        ))}
      </fieldset>
      <Problems problems={problems} />
    </form>
  );
}

function TogglesFromUrl(props: DistrictTogglesProps) {
  const state = parseViewState(useSearchParams(), { districts: props.series.map((s) => s.key) });
  return <TogglesForm {...props} shown={state.districts ?? props.series.map((s) => s.key)} problems={state.problems.filter((p) => p.name === "districts")} ready />;
}

/** Which districts the year-over-year chart shows (?districts=): place it right above that chart. */
export function DistrictToggles(props: DistrictTogglesProps) {
  return (
    <Suspense fallback={<TogglesForm {...props} shown={props.series.map((s) => s.key)} problems={[]} ready={false} />}>
      <TogglesFromUrl {...props} />
    </Suspense>
  );
}
