"use client";
// The Recharts drawing. Loaded only in the browser (see ChartSlot); receives plain series, computes no totals.
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps } from "recharts";
import type { ChartCell, ChartSpec } from "@/lib/dashboard/chart-types";
import type { DisplayUnit } from "@/lib/dashboard/view-state";
import { t } from "@/lib/i18n/zh-CN";

interface Props {
  spec: ChartSpec;
  unit: DisplayUnit;
  visibleSeries: readonly string[] | null;
}

type Row = Record<string, string | number | boolean | null>;

const coord = (cell: ChartCell | null | undefined, unit: DisplayUnit): number | null =>
  cell ? (unit === "wan" ? cell.coordWan : cell.coordYuan) : null;

// Axis ticks are coordinates, not quoted figures; the exact values are in the tooltip and the tables.
const tick = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

function TooltipBody({ spec, label, unit }: { spec: ChartSpec; label: unknown; unit: DisplayUnit }) {
  const datum = spec.data.find((d) => d.category === label);
  if (!datum) return null;
  return (
    <div className="chart-tooltip">
      <strong>{datum.category}</strong>
      <ul>
        {spec.series.map((s) => {
          const cell = datum.cells[s.key];
          return (
            <li key={s.key}>
              <span className="swatch" style={{ background: datum.color ?? s.color }} />
              {spec.kind === "line" ? `${s.name}：` : ""}
              {cell ? `${unit === "wan" ? `${cell.exactWan} ${t.units.wan}` : `${cell.exactYuan} ${t.units.yuan}`}${cell.derived ? t.chart.derivedMark : ""}` : t.status.not_disclosed}
              {cell && unit === "wan" ? <div className="muted">{cell.exactYuan} {t.units.yuan}</div> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export default function Chart({ spec, unit, visibleSeries }: Props) {
  const series = spec.series.filter((s) => visibleSeries === null || visibleSeries.includes(s.key));
  const rows: Row[] = spec.data.map((d) => {
    const row: Row = { category: d.category };
    for (const s of spec.series) {
      const cell = d.cells[s.key];
      row[s.key] = coord(cell, unit);
      row[`${s.key}__derived`] = cell?.derived ?? false;
    }
    return row;
  });
  const yAxis = <YAxis tickFormatter={(v: number) => tick.format(v)} width={unit === "wan" ? 64 : 96} tick={{ fontSize: 12 }} />;
  const tooltip = <Tooltip content={({ active, label }) => (active ? <TooltipBody spec={spec} label={label} unit={unit} /> : null)} />;
  return (
    <ResponsiveContainer width="100%" height="100%">
      {spec.kind === "line" ? (
        <LineChart data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ccc" />
          <XAxis dataKey="category" tick={{ fontSize: 12 }} />
          {yAxis}
          {tooltip}
          <Legend />
          {series.map((s) => (
            <Line key={s.key} dataKey={s.key} name={s.name} stroke={s.color} strokeWidth={2} isAnimationActive={false} connectNulls
              dot={(p: DotItemDotProps) => {
                const payload = p.payload as Row;
                if (p.cx === undefined || p.cy === undefined || payload[s.key] === null) return <g key={p.index} />;
                const derived = payload[`${s.key}__derived`] === true;
                return <circle key={p.index} cx={p.cx} cy={p.cy} r={derived ? 5 : 4} fill={derived ? "#fff" : s.color} stroke={s.color} strokeWidth={2} />;
              }} />
          ))}
        </LineChart>
      ) : (
        <BarChart data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ccc" />
          <XAxis dataKey="category" tick={{ fontSize: 12 }} interval={0} />
          {yAxis}
          {tooltip}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false}>
              {spec.data.map((d) => (
                <Cell key={d.category} fill={d.color ?? s.color} />
              ))}
            </Bar>
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
