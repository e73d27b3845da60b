// Geometry shared by the static chart (lib/dashboard/chart-svg.ts) and the interactive layer drawn over it
// (components/client/Chart.tsx), so the tooltip's marks land on the static marks. Vertical sizes in px,
// horizontal ones as fractions of the box width.

/** Left and right padding of the plot, as a fraction of the width. */
export const PLOT_PAD = 0.02;

/** Line charts: value-axis title above `top`, the plot, then a category label and one note line per gap. */
export const LINE_LAYOUT = { top: 30, plot: 180, tick: 16, note: 14, bottom: 10 } as const;

/** Bar charts: one row per category (label, then bar); bars reach `span` of the plot width at the top tick. */
export const BAR_LAYOUT = { top: 4, row: 48, bar: 18, span: 0.7, axis: 36 } as const;
