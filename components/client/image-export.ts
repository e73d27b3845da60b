"use client";
// "下载图片": the chart drawn by the static renderer (lib/dashboard/chart-svg.ts) as a standalone SVG with title,
// unit, legend, sources, data version and the site's name and URL; PNG by drawing that SVG into a canvas.
// Loaded on click only; it never reads the interactive chart's DOM.
import { renderChartImage } from "@/lib/dashboard/chart-svg";
import type { ChartSpec } from "@/lib/dashboard/chart-types";
import type { DisplayUnit } from "@/lib/dashboard/view-state";

interface ImageView {
  unit: DisplayUnit;
  visible: readonly string[] | null;
  siteUrl: string;
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

async function rasterise(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("chart image failed to load"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!png) throw new Error("canvas gave no PNG");
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadChartImage(spec: ChartSpec, format: "svg" | "png", view: ImageView): Promise<void> {
  const { svg, width, height } = renderChartImage(spec, { unit: view.unit, visible: view.visible, siteUrl: view.siteUrl });
  const name = `${spec.fileBase}${view.unit === "yuan" ? "-yuan" : ""}.${format}`;
  if (format === "svg") return save(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }), name);
  save(await rasterise(svg, width, height, 2), name);
}
