import type { Dataset, ExportFilter } from "@/lib/api/links";
import type { DocumentIndex } from "@/lib/dashboard/build";
import type { SourceRef } from "@/lib/data/types";
import { Citation } from "./Citation";
import { CsvLink } from "./CsvLink";

/** Under every table and chart: the CSV of exactly those rows and the citation line. */
export function TableFoot(props: { dataset: Dataset; filter?: ExportFilter; sources: readonly SourceRef[]; documents: DocumentIndex; dataVersion: string }) {
  return (
    <div className="table-foot">
      <CsvLink dataset={props.dataset} filter={props.filter} />
      <Citation sources={props.sources} documents={props.documents} dataVersion={props.dataVersion} />
    </div>
  );
}
