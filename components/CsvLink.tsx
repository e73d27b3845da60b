import { exportHref, type Dataset, type ExportFilter } from "@/lib/api/links";
import { districtDisplayName, SHANGHAI_DISTRICTS } from "@/lib/districts";
import { fill, t } from "@/lib/i18n/zh-CN";

const metricNames: Readonly<Record<string, string>> = t.metricShort;

/** What the rows are: dataset, then the filter's districts, years and metrics, each by name. */
export function downloadSubject(dataset: Dataset, filter: ExportFilter = {}): string {
  const districts = (filter.district ?? []).map((slug) => {
    const known = SHANGHAI_DISTRICTS.find((d) => d.slug === slug);
    return known ? districtDisplayName(known.nameZh) : slug;
  });
  const years = [...(filter.year ?? [])].sort((a, b) => a - b).map((y) => fill(t.download.yearName, { year: y }));
  const metrics = (filter.metric ?? []).map((m) => metricNames[m] ?? m);
  return [t.download.datasets[dataset], ...districts, ...years, ...metrics].join(" · ");
}

/**
 * "下载 CSV" for exactly the rows behind the table next to it. Its accessible name says which rows (and, given
 * `title`, which table), so a page's several links are told apart.
 */
export function CsvLink({ dataset, filter, label, title }: { dataset: Dataset; filter?: ExportFilter; label?: string; title?: string }) {
  const text = label ? `${t.download.csv}（${label}）` : t.download.csv;
  const subject = title ? `${title} · ${downloadSubject(dataset, filter)}` : downloadSubject(dataset, filter);
  return (
    <a href={exportHref(dataset, filter)} download data-testid="download-csv" className="download" aria-label={fill(t.download.csvName, { text, subject })}>
      {text}
    </a>
  );
}
