// A tiny server-rendered bar chart (plain SVG, no chart library) for the overview cards.
// Decorative: the card's list next to it carries the figures.
import { t } from "@/lib/i18n/zh-CN";

export interface MiniBar {
  label: string;
  /** Chart coordinate only; null = not disclosed (drawn as an outline with no bar). */
  value: number | null;
  color: string;
}

export function MiniBars({ bars, title }: { bars: readonly MiniBar[]; title: string }) {
  const width = 240;
  const rowHeight = 22;
  const height = bars.length * rowHeight;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const labelWidth = 64;
  return (
    <svg className="mini-bars" viewBox={`0 0 ${width} ${height}`} width="100%" height={height} role="img" aria-label={title}>
      {bars.map((bar, i) => {
        const y = i * rowHeight;
        const w = bar.value === null ? 0 : Math.max(2, ((width - labelWidth - 8) * bar.value) / max);
        return (
          <g key={bar.label}>
            <text x={0} y={y + 15} fontSize="12" fill="#333">{bar.label}</text>
            {bar.value === null ? (
              <text x={labelWidth} y={y + 15} fontSize="12" fill="#555">{t.status.not_disclosed}</text>
            ) : (
              <rect x={labelWidth} y={y + 4} width={w} height={14} fill={bar.color} rx={2} />
            )}
          </g>
        );
      })}
    </svg>
  );
}
