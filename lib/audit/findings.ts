// A finding is data: which check, how severe, which lines (and what each prints), the exact amounts and the
// named values the wording needs. The sentences are made in one place in the view layer (lib/view/finding-text.ts).
import { createHash } from "node:crypto";
import type { MetricId } from "../domain/metrics";
import type { Severity } from "../domain/enums";

export const CHECK_IDS = [
  "ambiguous-number",
  "code-reading",
  "children-sum",
  "row-sum",
  "cross-table",
  "totals-balance",
  "table-truncated",
  "table-missing",
  "year-mismatch",
  "three-public-sum",
  "reception-vs-economic",
  "operating-vs-public",
  "narrative-vs-table",
  "narrative-percentage",
  "project-vs-line",
  "project-cross-document",
  "project-funds",
  "indicator-hierarchy",
  "metric-source",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** What a line is to the finding: the figure at issue, one of the parts it should add up to, or another print of it. */
export const LOCATION_ROLES = ["subject", "part", "peer"] as const;
export type LocationRole = (typeof LOCATION_ROLES)[number];

export interface FindingLocation {
  fileName: string;
  /** 1-based line of the document's text (for a PDF, of its canonical rendering). */
  line: number;
  role: LocationRole;
  /** The table the line belongs to (null: explanatory text, project sheet, contents). */
  tableNo: number | null;
  /** The amount column, where the line has several. */
  column: string | null;
  /** The amount printed there, exact (null: blank cell or not an amount). */
  amountFen: bigint | null;
}

export interface FindingAmounts {
  /** What is printed at the subject (null: a blank cell, or not readable as one amount). */
  foundFen: bigint | null;
  /** What the document's own other figures support (null: they don't settle it). */
  expectedFen: bigint | null;
  /** found − expected (a blank cell counts as 0); null unless expected is known. */
  differenceFen: bigint | null;
}

type Scalar = string | number | boolean | null;
export type ParamValue = Scalar | readonly Scalar[];
export type FindingParams = Readonly<Record<string, ParamValue>>;

export interface Finding {
  id: string;
  check: CheckId;
  severity: Severity;
  districtSlug: string;
  year: number;
  locations: FindingLocation[];
  amounts: FindingAmounts | null;
  /** Named values the wording uses (table numbers, codes, names, columns, texts as printed, units). */
  params: FindingParams;
  /** The headline metric the finding concerns, where one figure serves several (table 9's row). */
  metric: MetricId | null;
  /** The finding whose defect this one follows from; knock-on findings are grouped under their root cause. */
  causeId: string | null;
}

export type FindingInput = Omit<Finding, "id" | "districtSlug" | "year" | "causeId" | "metric"> & { metric?: MetricId };

/** found − expected, a blank counting as 0. */
export function amounts(foundFen: bigint | null, expectedFen: bigint | null): FindingAmounts {
  return { foundFen, expectedFen, differenceFen: expectedFen === null ? null : (foundFen ?? 0n) - expectedFen };
}

/** Stable id: the same check on the same lines (and cell) gives the same id in every import. */
export function findingId(check: CheckId, locations: readonly FindingLocation[], discriminator: string): string {
  const key = [check, ...locations.map((l) => `${l.fileName}:${l.line}`), discriminator].join("|");
  return `F-${createHash("sha256").update(key).digest("hex").slice(0, 8)}`;
}

export function makeFinding(input: FindingInput, where: { districtSlug: string; year: number }, discriminator = ""): Finding {
  return {
    id: findingId(input.check, input.locations, discriminator),
    check: input.check,
    severity: input.severity,
    districtSlug: where.districtSlug,
    year: where.year,
    locations: input.locations,
    amounts: input.amounts,
    params: input.params,
    metric: input.metric ?? null,
    causeId: null,
  };
}
