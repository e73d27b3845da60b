// What a sentence of the explanatory text states, by its subject: table 9's parts and the two table-9 metrics.
// The audit compares such sentences with table 9; the metrics derive prior-year values from their changes.
import type { ThreePublicPart } from "./budget-tables";
import type { MetricId } from "./metrics";

/** Subjects naming a part of table 9's 三公经费 ("…“三公”经费预算", "公务接待费", …). */
export const TABLE9_SUBJECTS: ReadonlyArray<readonly [RegExp, ThreePublicPart]> = [
  [/三公.{0,2}经费预算$/, "total"],
  [/^因公出国（境）费$/, "abroad"],
  [/^公务接待费$/, "reception"],
  [/^公务用车购置及运行(维护)?费$/, "vehicles"],
  [/^公务用车购置费$/, "vehiclePurchase"],
  [/^公务用车运行(维护)?费$/, "vehicleOperation"],
];

/** Subjects naming table 9's 机关运行经费 ("本部门…财政拨款的机关运行经费预算"). */
export const OPERATING_SUBJECT = /机关运行经费预算$/;

/** The table-9 metric a sentence states the budget of, if any. */
export function narrativeMetricOf(subject: string): Extract<MetricId, "three-public" | "operating-expenses"> | null {
  const s = subject.replace(/\s+/g, "");
  if (TABLE9_SUBJECTS[0]?.[0].test(s)) return "three-public";
  if (OPERATING_SUBJECT.test(s)) return "operating-expenses";
  return null;
}
