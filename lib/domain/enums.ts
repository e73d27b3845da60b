// Enumerations stored as text in SQLite: one list each, shared by the import (which writes them) and lib/data
// (which reads them back through `parseEnum`, so a stray value fails loudly instead of being cast).

export const DOCUMENT_KINDS = ["部门预算", "单位预算", "绩效目标表"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** 部门: the bureau with its units; 单位: one unit; 项目: one project sheet (metric values only). */
export const SCOPES = ["部门", "单位", "项目"] as const;
export type Scope = (typeof SCOPES)[number];

export const ENTITY_KINDS = ["bureau", "centre"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * disclosed: printed in a collected document; not_disclosed: the year's collected documents do not print it
 * (never 0); derived: a prior-year value stated in the next year's text; not_collected: no document of the
 * district for that year has been collected (a gap in the data, not a statement about the bureau).
 */
export const METRIC_STATUSES = ["disclosed", "not_disclosed", "derived", "not_collected"] as const;
export type MetricStatus = (typeof METRIC_STATUSES)[number];

export const SOURCE_FORMATS = ["text", "pdf"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export class EnumValueError extends Error {}

/** Reads a stored enumeration value back, refusing anything outside the list. */
export function parseEnum<const T extends readonly string[]>(values: T, value: string, what: string): T[number] {
  if ((values as readonly string[]).includes(value)) return value;
  throw new EnumValueError(`unknown ${what} "${value}" in the database (expected ${values.join(" | ")})`);
}
