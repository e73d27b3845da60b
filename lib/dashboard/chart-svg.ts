// ChartSpec → SVG markup, with no chart library and no DOM: the chart in the server HTML (seen without
// JavaScript and in print), the downloaded image and the embed page all come from here.
//
// Responsive mode (width null) places everything horizontally in percentages of the box and vertically in
// pixels, so one SVG fits a 375 px phone and a desktop column without scaling its text.
// Image mode (width in px) draws a standalone picture with title, unit, legend, sources and credit.
import { fill, t } from "../i18n/zh-CN";
import {
  axisTop, categoryGaps, cellText, coordOf, exactOf, formatTick, legendItems, scopeShape, statusWord, unitLabel, visibleSeries,
  type LegendItem, type MarkShape,
} from "./chart-model";
import { BAR_LAYOUT as BAR, LINE_LAYOUT as LINE, PLOT_PAD } from "./chart-layout";
import type { ChartCell, ChartSpec } from "./chart-types";
import type { DisplayUnit } from "./view-state";

export const CHART_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const INK = "#1a1a1a";
const MUTED = "#555";
const GRID = "#dcdcdc";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

const r = (n: number): string => String(Math.round(n * 100) / 100);

type Attrs = Record<string, string | number | null | undefined>;
const attrs = (a: Attrs): string =>
  Object.entries(a)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
const el = (name: string, a: Attrs, children = ""): string => `<${name}${attrs(a)}${children === "" ? "/>" : `>${children}</${name}>`}`;
const text = (content: string, a: Attrs): string => el("text", a, escapeXml(content));

/** Rough advance width of text (CJK full width, the rest about 0.6 em): enough to wrap and place labels. */
export function textWidth(content: string, size: number): number {
  let em = 0;
  for (const ch of content) em += /[\u2e80-\uffef]/.test(ch) ? 1 : 0.6;
  return em * size;
}

/** Breaks after Chinese punctuation or spaces where it can, inside a run only when the run alone is too long. */
function wrapText(content: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const run of content.split(/(?<=[；，、。 ])/)) {
    if (line !== "" && textWidth(line + run, size) > maxWidth) {
      lines.push(line);
      line = "";
    }
    for (const ch of run) {
      if (line !== "" && textWidth(line + ch, size) > maxWidth) {
        lines.push(line);
        line = "";
      }
      line += ch;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

interface Body {
  svg: string;
  height: number;
}

interface BodyOptions {
  unit: DisplayUnit;
  visible: readonly string[] | null;
  /** null: responsive; px: fixed. */
  width: number | null;
}

/** Horizontal position: a fraction of the width, as a percentage (responsive) or in px (image). */
const xAt = (width: number | null) => (f: number): string => (width === null ? `${r(f * 100)}%` : r(f * width));

const PAD_L = PLOT_PAD;
const PAD_R = PLOT_PAD;

/** A mark at (x, y): the shape says the scope (部门 ●, 单位 ■, 项目 ▲); derived figures are hollow. */
function mark(shape: MarkShape, x: string, y: number, color: string, hollow: boolean, a: Attrs, title: string): string {
  const paint = { fill: hollow ? "#fff" : color, stroke: color, "stroke-width": 2 };
  const glyph =
    shape === "square" ? el("rect", { x: -4.5, y: -4.5, width: 9, height: 9, ...paint })
    : shape === "triangle" ? el("polygon", { points: "0,-6 5.5,4 -5.5,4", ...paint })
    : el("circle", { r: 4.5, ...paint });
  // A nested <svg> positions the glyph at a percentage x, which a transform cannot.
  return el("svg", { x, y: r(y), width: 1, height: 1, overflow: "visible", ...a }, el("title", {}, escapeXml(title)) + glyph);
}

function lineBody(spec: ChartSpec, o: BodyOptions): Body {
  const X = xAt(o.width);
  const series = visibleSeries(spec, o.visible);
  const gaps = categoryGaps(spec, o.visible);
  const top = axisTop(spec, o.unit);
  const plotBottom = LINE.top + LINE.plot;
  const y = (v: number) => plotBottom - (v / top) * LINE.plot;
  const n = Math.max(1, spec.data.length);
  const band = (1 - PAD_L - PAD_R) / n;
  const cx = (i: number) => PAD_L + (i + 0.5) * band;
  const notes = Math.max(0, ...gaps.map((g) => g.missing.length));
  const height = plotBottom + LINE.tick + notes * LINE.note + LINE.bottom;
  const parts: string[] = [];

  parts.push(text(fill(t.chart.amountAxis, { unit: unitLabel(o.unit) }), { x: X(PAD_L), y: 12, "font-size": 11, fill: MUTED, "data-axis": "value" }));
  gaps.forEach((g, i) => {
    if (!g.allNotCollected) return;
    parts.push(el("rect", { x: X(PAD_L + i * band), y: LINE.top, width: X(band), height: LINE.plot, fill: "#f1f1f1" }));
    // Just above the axis, not mid-plot: mid-height is where a gridline's tick label sits, and on a phone the first
    // band's word ran into it.
    parts.push(text(t.status.not_collected, { x: X(cx(i)), y: LINE.top + LINE.plot - 8, "text-anchor": "middle", "font-size": 11, fill: MUTED, "data-status": "not_collected" }));
  });
  for (const tick of spec.ticks[o.unit]) {
    parts.push(el("line", { x1: X(PAD_L), x2: X(1 - PAD_R), y1: r(y(tick)), y2: r(y(tick)), stroke: tick === 0 ? "#888" : GRID, "stroke-width": 1 }));
    parts.push(text(formatTick(tick), { x: X(PAD_L), dx: 2, y: r(y(tick) - 3), "font-size": 11, fill: MUTED, "data-tick": tick }));
  }
  spec.data.forEach((d, i) => {
    parts.push(text(d.category, { x: X(cx(i)), y: plotBottom + LINE.tick, "text-anchor": "middle", "font-size": 12, fill: INK, "data-axis": "category" }));
    gaps[i]?.missing.forEach((m, j) => {
      parts.push(text(m.text, { x: X(cx(i)), y: plotBottom + LINE.tick + (j + 1) * LINE.note, "text-anchor": "middle", "font-size": 10, fill: MUTED, "data-status": m.status, "data-series": m.key }));
    });
  });
  // Segments join neighbouring years that both have a figure: a year without one is a gap, never bridged.
  for (const s of series) {
    for (let i = 0; i + 1 < spec.data.length; i++) {
      const a = spec.data[i]?.cells[s.key];
      const b = spec.data[i + 1]?.cells[s.key];
      const va = coordOf(a, o.unit);
      const vb = coordOf(b, o.unit);
      if (va === null || vb === null) continue;
      const estimated = a?.status === "derived" || b?.status === "derived";
      parts.push(el("line", {
        x1: X(cx(i)), y1: r(y(va)), x2: X(cx(i + 1)), y2: r(y(vb)), stroke: s.color, "stroke-width": 2,
        "stroke-dasharray": estimated ? "5 4" : null, "data-mark": "segment", "data-series": s.key,
      }));
    }
  }
  for (const s of series) {
    spec.data.forEach((d, i) => {
      const cell = d.cells[s.key];
      const v = coordOf(cell, o.unit);
      if (!cell || v === null) return;
      parts.push(mark(scopeShape(cell.scope), X(cx(i)), y(v), s.color, cell.status === "derived",
        { "data-mark": "point", "data-series": s.key, "data-category": d.category, "data-status": cell.status, "data-scope": cell.scope ?? "" },
        cellText(s.name, d.category, cell, o.unit)));
    });
  }
  return { svg: parts.join(""), height };
}

function barLabel(category: string, cell: ChartCell | undefined): string {
  return cell?.scope ? `${category} · ${t.scopeShort[cell.scope] ?? cell.scope}` : category;
}

function barBody(spec: ChartSpec, o: BodyOptions): Body {
  const X = xAt(o.width);
  const top = axisTop(spec, o.unit);
  const key = spec.series[0]?.key ?? "value";
  const span = (1 - PAD_L - PAD_R) * BAR.span;
  const plotBottom = BAR.top + spec.data.length * BAR.row;
  const height = plotBottom + BAR.axis;
  const parts: string[] = [];
  for (const tick of spec.ticks[o.unit]) {
    const x = X(PAD_L + (tick / top) * span);
    parts.push(el("line", { x1: x, x2: x, y1: BAR.top, y2: plotBottom, stroke: tick === 0 ? "#888" : GRID, "stroke-width": 1 }));
    parts.push(text(formatTick(tick), { x, y: plotBottom + 14, "text-anchor": tick === 0 ? "start" : "middle", "font-size": 11, fill: MUTED, "data-tick": tick }));
  }
  parts.push(text(fill(t.chart.amountAxis, { unit: unitLabel(o.unit) }), { x: X(PAD_L), y: plotBottom + 30, "font-size": 11, fill: MUTED, "data-axis": "value" }));
  spec.data.forEach((d, i) => {
    const rowTop = BAR.top + i * BAR.row;
    const cell = d.cells[key];
    const color = d.color ?? spec.series[0]?.color ?? INK;
    parts.push(text(barLabel(d.category, cell), { x: X(PAD_L), dx: 4, y: rowTop + 14, "font-size": 12, fill: INK, "data-axis": "category" }));
    const v = coordOf(cell, o.unit);
    if (!cell || v === null) {
      parts.push(text(statusWord(cell?.status ?? "not_collected"), { x: X(PAD_L), dx: 4, y: rowTop + 34, "font-size": 12, fill: MUTED, "data-status": cell?.status ?? "not_collected" }));
      return;
    }
    const f = (v / top) * span;
    const derived = cell.status === "derived";
    parts.push(el("rect", {
      x: X(PAD_L), y: rowTop + 20, width: X(f), height: BAR.bar, fill: derived ? "#fff" : color, stroke: color, "stroke-width": derived ? 2 : 0,
      "data-mark": "bar", "data-category": d.category, "data-status": cell.status, "data-scope": cell.scope ?? "",
    }, el("title", {}, escapeXml(cellText(d.category, d.category, cell, o.unit)))));
    parts.push(text(`${exactOf(cell, o.unit)}${derived ? t.chart.derivedMark : ""}`, { x: X(PAD_L + f), dx: 6, y: rowTop + 34, "font-size": 12, fill: INK, "data-value-label": "" }));
  });
  return { svg: parts.join(""), height };
}

function body(spec: ChartSpec, o: BodyOptions): Body {
  return spec.kind === "line" ? lineBody(spec, o) : barBody(spec, o);
}

/** Height in px of the drawing (the same box holds the interactive chart, so nothing shifts when it loads). */
export function chartBodyHeight(spec: ChartSpec, visible: readonly string[] | null = null): number {
  return body(spec, { unit: "wan", visible, width: 0 }).height;
}

/** The chart for a page or an embed: fills its box's width; title, legend and sources are in the HTML around it. */
export function renderChartSvg(spec: ChartSpec, unit: DisplayUnit, visible: readonly string[] | null = null): string {
  const b = body(spec, { unit, visible, width: null });
  return el("svg", {
    xmlns: "http://www.w3.org/2000/svg", width: "100%", height: b.height, role: "img",
    // The text takes the page's font (pages and embeds set it); standalone images name theirs.
    "aria-label": `${spec.title}（${unitLabel(unit)}）`, "data-chart": spec.id, "data-unit": unit, style: "display:block;overflow:visible",
  }, b.svg);
}

function legendGlyph(item: LegendItem, size: "html" | "svg"): string {
  const g = (inner: string) => (size === "html" ? el("svg", { width: 22, height: 14, viewBox: "-11 -7 22 14", "aria-hidden": "true", style: "flex:none" }, inner) : inner);
  switch (item.kind) {
    case "series":
      return g(el("line", { x1: -10, x2: 10, y1: 0, y2: 0, stroke: item.color, "stroke-width": 2 }) + el("circle", { r: 4, fill: item.color }));
    case "shape": {
      const paint = { fill: MUTED, stroke: MUTED, "stroke-width": 1 };
      return g(item.shape === "square" ? el("rect", { x: -4.5, y: -4.5, width: 9, height: 9, ...paint })
        : item.shape === "triangle" ? el("polygon", { points: "0,-6 5.5,4 -5.5,4", ...paint })
        : el("circle", { r: 4.5, ...paint }));
    }
    case "derived":
      return g(item.bar ? el("rect", { x: -8, y: -5, width: 16, height: 10, fill: "#fff", stroke: MUTED, "stroke-width": 2 })
        : el("circle", { r: 4.5, fill: "#fff", stroke: MUTED, "stroke-width": 2 }));
    case "note":
      return "";
  }
}

/** The legend as HTML (pages and embeds): inline styles, so it needs no stylesheet. */
export function renderLegendHtml(spec: ChartSpec, visible: readonly string[] | null = null): string {
  const items = legendItems(spec, visible);
  if (items.length === 0) return "";
  const li = items
    .map((item) => el("li", { style: "display:inline-flex;align-items:center;gap:4px", "data-legend": item.kind, "data-series": item.kind === "series" ? item.key : null }, legendGlyph(item, "html") + escapeXml(item.label)))
    .join("");
  return el("ul", { "aria-label": t.chart.legend, "data-testid": "chart-legend", style: `list-style:none;display:flex;flex-wrap:wrap;gap:2px 14px;margin:4px 0;padding:0;font-size:13px;color:${INK}` }, li);
}

export interface ImageOptions {
  unit: DisplayUnit;
  visible?: readonly string[] | null;
  /** The site's absolute URL (SITE_URL, or the origin the image is made on). */
  siteUrl: string;
  width?: number;
}

/**
 * A standalone image: title, unit, legend, the chart with its axes and marks, the sources with the data
 * version, and the site's name and URL — everything a reader of a forwarded picture needs.
 */
export function renderChartImage(spec: ChartSpec, options: ImageOptions): { svg: string; width: number; height: number } {
  const width = options.width ?? 800;
  const pad = 20;
  const inner = width - 2 * pad;
  const visible = options.visible ?? null;
  const parts: string[] = [el("rect", { width: "100%", height: "100%", fill: "#fff" })];
  let y = 30;
  parts.push(text(spec.title, { x: pad, y, "font-size": 18, "font-weight": "bold", fill: INK, "data-part": "title" }));
  y += 22;
  parts.push(text(fill(t.chart.unitNote, { unit: unitLabel(options.unit) }), { x: pad, y, "font-size": 12, fill: MUTED, "data-part": "unit" }));
  y += 12;

  // Legend: items flow left to right and wrap.
  let lx = 0;
  let ly = y + 14;
  for (const item of legendItems(spec, visible)) {
    const glyph = item.kind === "note" ? 0 : 26;
    const w = glyph + textWidth(item.label, 12) + 16;
    if (lx > 0 && lx + w > inner) {
      lx = 0;
      ly += 20;
    }
    const g = legendGlyph(item, "svg");
    parts.push(el("g", { "data-legend": item.kind }, (g ? el("g", { transform: `translate(${r(pad + lx + 11)} ${r(ly - 4)})` }, g) : "") +
      text(item.label, { x: r(pad + lx + glyph), y: ly, "font-size": 12, fill: INK })));
    lx += w;
  }
  y = ly + 14;

  const b = body(spec, { unit: options.unit, visible, width: inner });
  parts.push(el("svg", { x: pad, y, width: inner, height: b.height, overflow: "visible", "data-part": "chart" }, b.svg));
  y += b.height + 8;

  const footer = [...wrapText(spec.citation, 11, inner)];
  if (!spec.citation.includes(spec.dataVersion)) footer.push(fill(t.cite.version, { version: spec.dataVersion }));
  for (const line of footer) {
    y += 16;
    parts.push(text(line, { x: pad, y, "font-size": 11, fill: "#333", "data-part": "source" }));
  }
  y += 18;
  const url = `${options.siteUrl.replace(/\/+$/, "")}${spec.credit.path}`;
  parts.push(text(fill(t.chart.credit, { site: spec.credit.siteName, url }), { x: pad, y, "font-size": 11, fill: INK, "data-part": "credit" }));
  const height = Math.ceil(y + 14);
  const svg = el("svg", {
    xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${width} ${height}`, "font-family": CHART_FONT,
    role: "img", "aria-label": `${spec.title}（${unitLabel(options.unit)}）`, "data-chart": spec.id, "data-unit": options.unit,
  }, el("title", {}, escapeXml(spec.title)) + parts.join(""));
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width, height };
}
