"use client";
import { Suspense, useEffect, useState } from "react";
import { useSearchParams } from "next/navigation";
import { DEFAULT_UNIT, parseViewState, type DisplayUnit, type ParamProblem } from "@/lib/dashboard/view-state";
import { fill, t } from "@/lib/i18n/zh-CN";
import styles from "./charts.module.css";
import { replaceQuery } from "./url-state";

/** `ready`: rendered by the client with its handlers (the server HTML holds an inert copy); tests wait for data-ready. */
function Buttons({ unit, problems, ready, announcement = "", onChoose }: {
  unit: DisplayUnit; problems: readonly ParamProblem[]; ready: boolean; announcement?: string; onChoose?: (unit: DisplayUnit) => void;
}) {
  return (
    <div className="unit-switch" data-testid="unit-switch" data-ready={ready ? "true" : undefined}>
      <span id="unit-label">{t.units.label}</span>
      <div role="group" aria-labelledby="unit-label">
        {(["wan", "yuan"] as const).map((u) => (
          <button key={u} type="button" aria-pressed={unit === u} data-testid={`unit-${u}`}
            onClick={() => {
              replaceQuery({ unit: u === DEFAULT_UNIT ? null : u });
              onChoose?.(u);
            }}>
            {u === "wan" ? t.units.wan : t.units.yuan}
          </button>
        ))}
      </div>
      {/* Screen readers hear the change: every figure on the page has switched unit. */}
      <span className={styles.visuallyHidden} role="status" aria-live="polite" data-testid="unit-announcement">{announcement}</span>
      {problems.map((p) => (
        <p key={p.name} className="param-problem" role="status">{fill(t.controls.invalid, { name: p.name, value: p.value })}</p>
      ))}
    </div>
  );
}

function FromUrl() {
  const state = parseViewState(useSearchParams());
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    document.documentElement.dataset.unit = state.unit;
  }, [state.unit]);
  return (
    <Buttons unit={state.unit} problems={state.problems.filter((p) => p.name === "unit")} ready announcement={announcement}
      onChoose={(u) => setAnnouncement(fill(t.controls.unitChanged, { unit: u === "wan" ? t.units.wan : t.units.yuan }))} />
  );
}

/** The 万元/元 switch; the chosen unit is set on <html data-unit> so CSS shows the matching figures. */
export function UnitSwitch() {
  return (
    <Suspense fallback={<Buttons unit={DEFAULT_UNIT} problems={[]} ready={false} />}>
      <FromUrl />
    </Suspense>
  );
}
