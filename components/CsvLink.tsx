import { exportHref, type Dataset, type ExportFilter } from "@/lib/api/links";
import { t } from "@/lib/i18n/zh-CN";

/** "下载 CSV" for exactly the rows behind the table next to it. */
export function CsvLink({ dataset, filter, label }: { dataset: Dataset; filter?: ExportFilter; label?: string }) {
  return (
    <a href={exportHref(dataset, filter)} download data-testid="download-csv" className="download">
      {t.download.csv}
      {label ? `（${label}）` : null}
    </a>
  );
}
