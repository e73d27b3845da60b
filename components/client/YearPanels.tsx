"use client";
import { Suspense, type ReactNode } from "react";
import { useSearchParams } from "next/navigation";
import { parseViewState } from "@/lib/dashboard/view-state";

interface Props {
  years: readonly number[];
  defaultYear: number;
  /** One server-rendered panel per year, in the order of `years`. */
  panels: readonly ReactNode[];
}

function Panels({ years, selected, panels }: { years: readonly number[]; selected: number; panels: readonly ReactNode[] }) {
  return (
    <>
      {years.map((year, i) => (
        <div key={year} className="year-panel" data-year={year} hidden={year !== selected}>
          {panels[i]}
        </div>
      ))}
    </>
  );
}

function FromUrl({ years, defaultYear, panels }: Props) {
  const { year } = parseViewState(useSearchParams(), { years });
  return <Panels years={years} selected={year ?? defaultYear} panels={panels} />;
}

/** Shows the panel of the year in the URL; the default year's panel is in the server HTML. */
export function YearPanels(props: Props) {
  return (
    <Suspense fallback={<Panels years={props.years} selected={props.defaultYear} panels={props.panels} />}>
      <FromUrl {...props} />
    </Suspense>
  );
}
