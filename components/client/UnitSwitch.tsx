"use client";
import { Suspense, useEffect } from "react";
import { useSearchParams } from "next/navigation";
import { DEFAULT_UNIT, parseViewState, type DisplayUnit, type ParamProblem } from "@/lib/dashboard/view-state";
import { fill, t } from "@/lib/i18n/zh-CN";
import { replaceQuery } from "./url-state";

/** `ready`: rendered by the client with its handlers (the server HTML holds an inert copy); tests wait for data-ready. */
function Buttons({ unit, problems, ready }: { unit: DisplayUnit; problems: readonly ParamProblem[]; ready: boolean }) {
  return (
    <div className="unit-switch" data-testid="unit-switch" data-ready={ready ? "true" : undefined}>
      <span id="unit-label">{t.units.label}</span>
      <div role="group" aria-labelledby="unit-label">
        {(["wan", "yuan"] as const).map((u) => (
          <button key={u} type="button" aria-pressed={unit === u} data-testid={`unit-${u}`}
            onClick={() => replaceQuery({ unit: u === DEFAULT_UNIT ? null : u })}>
            {u === "wan" ? t.units.wan : t.units.yuan}
          </button>
        ))}
      </div>
      {problems.map((p) => (
        <p key={p.name} className="param-problem" role="status">{fill(t.controls.invalid, { name: p.name, value: p.value })}</p>
      ))}
    </div>
  );
}

function FromUrl() {
  const state = parseViewState(useSearchParams());
  useEffect(() => {
    document.documentElement.dataset.unit = state.unit;
  }, [state.unit]);
  return <Buttons unit={state.unit} problems={state.problems.filter((p) => p.name === "unit")} ready />;
}

/** The 万元/元 switch; the chosen unit is set on <html data-unit> so CSS shows the matching figures. */
export function UnitSwitch() {
  return (
    <Suspense fallback={<Buttons unit={DEFAULT_UNIT} problems={[]} ready={false} />}>
      <FromUrl />
    </Suspense>
  );
}
