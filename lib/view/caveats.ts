// The comparability notes (可比性说明) and the scope notes (口径说明), computed from what was imported — which
// district-years published which kind of document, which values cover one unit, which are derived, not
// disclosed or not collected — and worded by the templates of lib/i18n/zh-CN.ts. Pure.
import type { DocumentRow } from "../data/types";
import { districtDisplayName } from "../districts";
import { spacedCode } from "../domain/budget-tables";
import { DOCUMENT_KINDS, type DocumentKind } from "../domain/enums";
import { METRIC_PROJECTS, type MetricId } from "../domain/metrics";
import { fill, t } from "../i18n/zh-CN";
import type { Coverage } from "./coverage";

export interface DistrictYear {
  districtName: string;
  year: number;
}

/** A functional-classification line that prints the mutual-aid item under 医疗救助 (款). */
export interface MutualAidLine extends DistrictYear {
  code: string;
  name: string;
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/** "宝山区 2023、2026 年；青浦区 2023 年": district-years grouped by district, in first-seen order. */
export function placesText(items: readonly DistrictYear[]): string {
  const byDistrict = new Map<string, number[]>();
  for (const item of items) byDistrict.set(item.districtName, unique([...(byDistrict.get(item.districtName) ?? []), item.year]));
  return [...byDistrict.entries()]
    .map(([name, years]) => fill(t.caveats.place, { district: districtDisplayName(name), years: [...years].sort((a, b) => a - b).join(t.caveats.listSeparator) }))
    .join(t.caveats.groupSeparator);
}

/** "宝山区 2025 年三公经费、机关运行经费；…": metrics grouped by district-year. */
function metricPlacesText(items: ReadonlyArray<DistrictYear & { metric: MetricId }>): string {
  const groups = new Map<string, DistrictYear & { metrics: MetricId[] }>();
  for (const item of items) {
    const key = `${item.districtName}|${item.year}`;
    const group = groups.get(key) ?? { districtName: item.districtName, year: item.year, metrics: [] };
    group.metrics.push(item.metric);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => fill(t.caveats.placeMetric, { district: districtDisplayName(g.districtName), year: g.year, metrics: unique(g.metrics).map((m) => t.metricShort[m]).join(t.caveats.listSeparator) }))
    .join(t.caveats.groupSeparator);
}

/** Project sheets: a district-year with only these has no functional, 三公 or 机关运行 table. */
const PROJECT_SHEET: DocumentKind = "绩效目标表";

/** The functional item (项) of the mutual-aid project; printed under 医疗救助 (款), it makes that 款 ≠ the 医疗救助 metric. */
export const MUTUAL_AID_ITEM_CODE = METRIC_PROJECTS.find((p) => p.metric === "mutual-aid")?.code ?? "";

/**
 * The caveats that hold for the imported data, for one metric's page or (without `metric`) for all four.
 * `mutualAidLines` are the functional lines with MUTUAL_AID_ITEM_CODE the documents print.
 */
export function caveatsOf(coverage: Coverage, mutualAidLines: readonly MutualAidLine[], metric?: MetricId): string[] {
  const about = (m: MetricId) => metric === undefined || m === metric;
  const caveats: string[] = [];
  const [firstMutualAid] = mutualAidLines;
  if (firstMutualAid && (about("medical-assistance") || about("mutual-aid"))) {
    caveats.push(
      fill(t.caveats.mutualAidInAssistance, {
        places: placesText(mutualAidLines),
        // The 款 the item is printed under is 医疗救助 (210 13), the 款 of the medical-assistance item too.
        kuan: spacedCode(firstMutualAid.code.slice(0, 5)),
        item: spacedCode(firstMutualAid.code),
        itemName: firstMutualAid.name,
      }),
    );
  }
  const unitValues = coverage.partialScope.filter((p) => p.scope === "单位" && p.metrics.some(about));
  for (const entity of unique(unitValues.map((p) => p.entity ?? ""))) {
    const own = unitValues.filter((p) => (p.entity ?? "") === entity);
    caveats.push(
      fill(t.caveats.unitOnly, {
        places: placesText(own),
        entity,
        metrics: unique(own.flatMap((p) => p.metrics.filter(about))).map((m) => t.metricShort[m]).join(t.caveats.listSeparator),
      }),
    );
  }
  const projectsOnly = coverage.cells.filter((c) => c.documents.length > 0 && c.documents.every((d) => d.kind === PROJECT_SHEET));
  if (projectsOnly.length > 0) caveats.push(fill(t.caveats.projectsOnly, { places: placesText(projectsOnly) }));
  const derived = coverage.derived.filter((d) => about(d.metric));
  if (derived.length > 0) caveats.push(fill(t.caveats.derived, { items: metricPlacesText(derived) }));
  const notDisclosed = coverage.notDisclosed.filter((d) => about(d.metric));
  if (notDisclosed.length > 0) caveats.push(fill(t.caveats.notDisclosed, { items: metricPlacesText(notDisclosed) }));
  const notCollected = coverage.cells.filter((c) => c.documents.length === 0);
  if (notCollected.length > 0) caveats.push(fill(t.caveats.notCollected, { places: placesText(notCollected) }));
  return caveats;
}

/** What each kind of document covers (部门, 单位, 项目), followed by the district-years the data holds of it. */
export function scopeNotesOf(documents: readonly DocumentRow[]): Array<{ kind: DocumentKind; text: string }> {
  return DOCUMENT_KINDS.map((kind) => {
    const own = documents.filter((d) => d.kind === kind).sort((a, b) => a.district.localeCompare(b.district)); // placesText orders each district's years
    const where = own.length > 0 ? fill(t.overview.scopeWhere, { places: placesText(own) }) : t.overview.scopeNone;
    return { kind, text: `${t.overview.scopeText[kind]}${where}` };
  });
}
