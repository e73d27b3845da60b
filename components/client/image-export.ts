"use client";
// "下载图片": the chart's SVG with title, unit, source line and data version drawn in; PNG via a canvas.
// Loaded on click only.

interface Caption {
  title: string;
  unit: string;
  footer: string;
  fileBase: string;
}

const SVG_NS = "http://www.w3.org/2000/svg";
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

function text(content: string, x: number, y: number, size: number, weight = "normal", fill = "#111"): SVGTextElement {
  const el = document.createElementNS(SVG_NS, "text");
  el.setAttribute("x", String(x));
  el.setAttribute("y", String(y));
  el.setAttribute("font-size", String(size));
  el.setAttribute("font-weight", weight);
  el.setAttribute("font-family", FONT);
  el.setAttribute("fill", fill);
  el.textContent = content;
  return el;
}

/** Splits a long footer into lines of roughly `perLine` characters (CJK text has no spaces to break at). */
function wrap(content: string, perLine: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < content.length; i += perLine) lines.push(content.slice(i, i + perLine));
  return lines;
}

export function composeChartSvg(chart: SVGSVGElement, caption: Caption): { markup: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = Math.max(320, Math.round(box.width));
  const chartHeight = Math.round(box.height);
  const footerLines = wrap(caption.footer, Math.max(20, Math.floor((width - 24) / 12)));
  const header = 52;
  const footer = 12 + footerLines.length * 16;
  const height = header + chartHeight + footer;

  const out = document.createElementNS(SVG_NS, "svg");
  out.setAttribute("xmlns", SVG_NS);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(height));
  out.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#fff");
  out.append(background, text(caption.title, 12, 22, 16, "bold"), text(caption.unit, 12, 42, 12, "normal", "#444"));

  const inner = chart.cloneNode(true) as SVGSVGElement;
  inner.setAttribute("x", "0");
  inner.setAttribute("y", String(header));
  inner.setAttribute("width", String(width));
  inner.setAttribute("height", String(chartHeight));
  inner.setAttribute("font-family", FONT);
  out.append(inner);
  footerLines.forEach((line, i) => out.append(text(line, 12, header + chartHeight + 16 + i * 16, 11, "normal", "#333")));
  return { markup: new XMLSerializer().serializeToString(out), width, height };
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadChartImage(chart: SVGSVGElement, format: "svg" | "png", caption: Caption): Promise<void> {
  const { markup, width, height } = composeChartSvg(chart, caption);
  const svgBlob = new Blob([markup], { type: "image/svg+xml;charset=utf-8" });
  if (format === "svg") return save(svgBlob, `${caption.fileBase}.svg`);
  const url = URL.createObjectURL(svgBlob);
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("chart image failed to load"));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext("2d");
    if (!context) return;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (png) save(png, `${caption.fileBase}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
