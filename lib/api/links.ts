// URLs of the export endpoints, shared by the dashboard's download links and the API.

export const DATASETS = ["metrics", "lines", "projects", "indicators", "three-public", "findings"] as const;
export type Dataset = (typeof DATASETS)[number];
export type ExportFormat = "csv" | "json";

export interface ExportFilter {
  district?: readonly string[];
  year?: readonly number[];
  metric?: readonly string[];
}

/** The filters in URL order (district, year, metric), each with its values sorted and deduplicated. */
function filterSegments(filter: ExportFilter = {}): Array<[name: "district" | "year" | "metric", values: string[]]> {
  const sorted = <T>(values: readonly T[] | undefined, compare?: (a: T, b: T) => number) => [...new Set(values ?? [])].sort(compare);
  const segments: Array<["district" | "year" | "metric", string[]]> = [
    ["district", sorted(filter.district)],
    ["year", sorted(filter.year, (a, b) => a - b).map(String)],
    ["metric", sorted(filter.metric)],
  ];
  return segments.filter(([, values]) => values.length > 0);
}

/**
 * `/api/<file>` unfiltered, `/api/district/<a,b>/year/<y>/metric/<m>/<file>` filtered: a path, not a query,
 * so the static copy (npm run export:static) can hold the same URL as a file. The query form
 * (`/api/<file>?district=…`) stays for API users.
 */
export function exportFileHref(fileName: string, filter: ExportFilter = {}): string {
  const prefix = filterSegments(filter).map(([name, values]) => `${name}/${values.join(",")}/`).join("");
  return `/api/${prefix}${fileName}`;
}

export function exportHref(dataset: Dataset, filter: ExportFilter = {}, format: ExportFormat = "csv"): string {
  return exportFileHref(`${dataset}.${format}`, filter);
}

/** Link to a source line: `/sources/<file>#L<line>`. */
export function sourceHref(file: string, line?: number | null): string {
  return `/sources/${encodeURIComponent(file)}${line ? `#L${line}` : ""}`;
}
