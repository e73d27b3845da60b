// URLs of the export endpoints, shared by the dashboard's download links and the API.

export const DATASETS = ["metrics", "lines", "projects", "indicators", "three-public", "findings"] as const;
export type Dataset = (typeof DATASETS)[number];
export type ExportFormat = "csv" | "json";

export interface ExportFilter {
  district?: readonly string[];
  year?: readonly number[];
  metric?: readonly string[];
}

/** `/api/<dataset>.<format>?district=…&year=…&metric=…` with repeated parameters in a stable order. */
export function exportHref(dataset: Dataset, filter: ExportFilter = {}, format: ExportFormat = "csv"): string {
  const params = new URLSearchParams();
  for (const district of [...(filter.district ?? [])].sort()) params.append("district", district);
  for (const year of [...(filter.year ?? [])].sort((a, b) => a - b)) params.append("year", String(year));
  for (const metric of [...(filter.metric ?? [])].sort()) params.append("metric", metric);
  const query = params.toString();
  return `/api/${dataset}.${format}${query ? `?${query}` : ""}`;
}

/** Link to a source line: `/sources/<file>#L<line>`. */
export function sourceHref(file: string, line?: number | null): string {
  return `/sources/${encodeURIComponent(file)}${line ? `#L${line}` : ""}`;
}
