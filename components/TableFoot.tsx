import type { Dataset, ExportFilter } from "@/lib/api/links";
import { sourceParts, type DocumentIndex } from "@/lib/dashboard/build";
import type { SourceRef } from "@/lib/data/types";
import { t } from "@/lib/i18n/zh-CN";
import { CiteButton } from "./CiteButton";
import { Citation } from "./Citation";
import { CsvLink } from "./CsvLink";

/**
 * Under every table and chart: the CSV of exactly those rows and the citation line. `title` (the table's or
 * chart's) names the download and adds 复制引用 where a figure is quoted from.
 */
export function TableFoot(props: { dataset: Dataset; filter?: ExportFilter; sources: readonly SourceRef[]; documents: DocumentIndex; dataVersion: string; title?: string }) {
  return (
    <div className="table-foot">
      <CsvLink dataset={props.dataset} filter={props.filter} title={props.title} />
      <Citation sources={props.sources} documents={props.documents} dataVersion={props.dataVersion} />
      {props.title && props.sources.length > 0 ? (
        <CiteButton title={props.title} body={`${t.cite.prefix}${sourceParts(props.sources, props.documents).join(t.cite.separator)}`} />
      ) : null}
    </div>
  );
}
