"use client";
// The interactive layer, drawn by Recharts over the static chart (lib/dashboard/chart-svg.ts) with the same
// geometry: a cursor, the active marks and a tooltip with the exact figure, its scope and status. The static
// chart stays the picture (lines, marks, axes, gaps), so what a reader sees does not change when this loads.
// Loaded only in the browser (see ChartSlot); computes no figures.
import { useEffect, useRef, useState, type RefObject } from "react";
import { Bar, BarChart, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { axisTop, cellText, coordOf, visibleSeries } from "@/lib/dashboard/chart-model";
import { BAR_LAYOUT, LINE_LAYOUT, PLOT_PAD } from "@/lib/dashboard/chart-layout";
import type { ChartSpec } from "@/lib/dashboard/chart-types";
import type { DisplayUnit } from "@/lib/dashboard/view-state";
import styles from "./charts.module.css";

interface Props {
  spec: ChartSpec;
  unit: DisplayUnit;
  visibleSeries: readonly string[] | null;
  height: number;
}

type Row = Record<string, string | number | null>;

function TooltipBody({ spec, index, unit, visible }: { spec: ChartSpec; index: number; unit: DisplayUnit; visible: readonly string[] | null }) {
  const datum = spec.data[index];
  if (!datum) return null;
  return (
    <div className={styles.tooltip} data-testid="chart-tooltip">
      <strong>{datum.category}</strong>
      <ul>
        {visibleSeries(spec, visible).map((s) => {
          const cell = datum.cells[s.key];
          if (!cell) return null;
          return (
            <li key={s.key}>
              <span className={styles.swatch} style={{ background: datum.color ?? s.color }} />
              {cellText(spec.kind === "line" ? s.name : datum.category, datum.category, cell, unit)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Width of the box, followed as it resizes (the margins are fractions of it, as in the static chart). */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export default function Chart({ spec, unit, visibleSeries: visible, height }: Props) {
  const [ref, width] = useWidth();
  const top = axisTop(spec, unit);
  const side = width * PLOT_PAD;
  const tooltip = (
    <Tooltip
      isAnimationActive={false}
      // Years and districts without a figure get a tooltip too: it says 未收录 or 未公开.
      filterNull={false}
      cursor={spec.kind === "line" ? { stroke: "#888", strokeDasharray: "3 3" } : { fill: "rgba(0, 0, 0, 0.06)" }}
      content={({ active, label }) => {
        const index = spec.kind === "line" ? Number(label) : spec.data.findIndex((d) => d.category === label);
        return active && index >= 0 ? <TooltipBody spec={spec} index={index} unit={unit} visible={visible} /> : null;
      }}
    />
  );
  let chart = null;
  if (width > 0 && spec.kind === "line") {
    const rows: Row[] = spec.data.map((d, index) => {
      const row: Row = { index };
      for (const s of spec.series) row[s.key] = coordOf(d.cells[s.key], unit);
      return row;
    });
    chart = (
      <LineChart width={width} height={height} data={rows}
        margin={{ top: LINE_LAYOUT.top, bottom: height - LINE_LAYOUT.top - LINE_LAYOUT.plot, left: side, right: side }}>
        <XAxis type="number" dataKey="index" domain={[-0.5, spec.data.length - 0.5]} hide />
        <YAxis type="number" domain={[0, top]} hide allowDataOverflow />
        {tooltip}
        {visibleSeries(spec, visible).map((s) => (
          <Line key={s.key} dataKey={s.key} name={s.name} stroke="transparent" dot={false} isAnimationActive={false}
            activeDot={{ r: 7, stroke: s.color, strokeWidth: 2, fill: "none" }} />
        ))}
      </LineChart>
    );
  } else if (width > 0) {
    const key = spec.series[0]?.key ?? "value";
    const rows: Row[] = spec.data.map((d) => ({ category: d.category, value: coordOf(d.cells[key], unit) }));
    chart = (
      <BarChart layout="vertical" width={width} height={height} data={rows}
        margin={{ top: BAR_LAYOUT.top, bottom: height - BAR_LAYOUT.top - spec.data.length * BAR_LAYOUT.row, left: side, right: side }}>
        <XAxis type="number" domain={[0, top / BAR_LAYOUT.span]} hide />
        <YAxis type="category" dataKey="category" hide />
        {tooltip}
        <Bar dataKey="value" fill="transparent" isAnimationActive={false} />
      </BarChart>
    );
  }
  return (
    <div ref={ref} style={{ width: "100%", height: "100%" }}>
      {chart}
    </div>
  );
}
