import { listBudgetLines, listDocuments, listMetricValues } from "@/lib/data";
import type { DocumentRow } from "@/lib/data/types";
import type { MetricId } from "@/lib/domain/metrics";
import { t } from "@/lib/i18n/zh-CN";
import { caveatsOf, MUTUAL_AID_ITEM_CODE, scopeNotesOf } from "@/lib/view/caveats";
import { coverageOf } from "@/lib/view/coverage";

/** The comparability caveats that hold for the imported data (for one metric, or all four), shown with the definitions. */
export async function Caveats({ metric }: { metric?: MetricId }) {
  const [documents, values, mutualAidLines] = await Promise.all([listDocuments(), listMetricValues(), listBudgetLines({ codes: [MUTUAL_AID_ITEM_CODE] })]);
  const names = new Map(documents.map((d) => [d.district, d.districtName]));
  const lines = mutualAidLines.map((l) => ({ districtName: names.get(l.district) ?? l.district, year: l.year, code: l.code ?? MUTUAL_AID_ITEM_CODE, name: l.name }));
  const caveats = caveatsOf(coverageOf(documents, values), lines, metric);
  if (caveats.length === 0) return null;
  return (
    <div className="notice" role="note" data-testid="caveats">
      <strong>{t.metric.caveats}</strong>
      <ul>
        {caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  );
}

/** What 部门, 单位 and 项目 mean, each with the district-years the data holds of it. */
export function ScopeNotes({ documents }: { documents: readonly DocumentRow[] }) {
  return (
    <ul data-testid="scope-notes">
      {scopeNotesOf(documents).map((note) => (
        <li key={note.kind}>{note.text}</li>
      ))}
    </ul>
  );
}
