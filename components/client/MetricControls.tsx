"use client";
import { Suspense } from "react";
import { useSearchParams } from "next/navigation";
import { parseViewState, type ParamProblem } from "@/lib/dashboard/view-state";
import { fill, t } from "@/lib/i18n/zh-CN";
import { replaceQuery } from "./url-state";

interface Props {
  years: readonly number[];
  defaultYear: number;
  districts: ReadonlyArray<{ slug: string; nameZh: string }>;
}

/** `ready`: rendered by the client with its handlers (the server HTML holds an inert copy); tests wait for data-ready. */
function Controls({ years, districts, year, shown, problems, ready }: Props & { year: number; shown: readonly string[]; problems: readonly ParamProblem[]; ready: boolean }) {
  const toggle = (slug: string) => {
    const next = shown.includes(slug) ? shown.filter((s) => s !== slug) : [...shown, slug];
    const ordered = districts.map((d) => d.slug).filter((s) => next.includes(s));
    replaceQuery({ districts: ordered.length === districts.length || ordered.length === 0 ? null : ordered.join(",") });
  };
  return (
    <form className="controls" aria-label={t.controls.title} onSubmit={(e) => e.preventDefault()} data-testid="metric-controls" data-ready={ready ? "true" : undefined}>
      <label>
        {t.controls.year}{" "}
        <select value={year} data-testid="year-select" onChange={(e) => replaceQuery({ year: e.target.value })}>
          {years.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t.controls.districts}</legend>
        {districts.map((d) => (
          <label key={d.slug} className="check">
            <input type="checkbox" checked={shown.includes(d.slug)} onChange={() => toggle(d.slug)} data-testid={`district-${d.slug}`} />
            {d.nameZh}
          </label>
        ))}
      </fieldset>
      {problems.map((p) => (
        <p key={p.name} className="param-problem" role="status">{fill(t.controls.invalid, { name: p.name, value: p.value })}</p>
      ))}
    </form>
  );
}

function FromUrl(props: Props) {
  const state = parseViewState(useSearchParams(), { years: props.years, districts: props.districts.map((d) => d.slug) });
  return (
    <Controls {...props} year={state.year ?? props.defaultYear} shown={state.districts ?? props.districts.map((d) => d.slug)}
      problems={state.problems.filter((p) => p.name !== "unit")} ready />
  );
}

/** Year and district choices, kept in the URL. */
export function MetricControls(props: Props) {
  return (
    <Suspense fallback={<Controls {...props} year={props.defaultYear} shown={props.districts.map((d) => d.slug)} problems={[]} ready={false} />}>
      <FromUrl {...props} />
    </Suspense>
  );
}
