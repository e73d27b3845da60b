import "server-only";
// Reading stored values back into the shapes of lib/data/types.ts: money as exact 元 strings, enumerations
// checked against their lists, JSON columns checked for shape, a PDF line's page from its document's page map.
import type { ParamValue } from "../audit/findings";
import { parseEnum } from "../domain/enums";
import { fenToYuan } from "../money";
import type { MetricBasis } from "../metrics/resolve";

export const yuan = (fen: bigint | null): string | null => (fen === null ? null : fenToYuan(fen));
export const nonEmpty = <T>(list: readonly T[] | undefined): list is T[] => list !== undefined && list.length > 0;
export { parseEnum };

/**
 * An included relation's rows in `key` order. Prisma 7 loads an included to-many relation with one `IN (…)` over
 * the parent ids and splits that list at SQLite's 999 bind values, except when the include has its own orderBy:
 * then the query fails (P2029) once 999 parents are read (the lines of ~25 documents). So includes stay
 * unordered and their rows are sorted here.
 */
export const sortedBy = <T>(rows: readonly T[], key: (row: T) => number): T[] => [...rows].sort((a, b) => key(a) - key(b));

export class StoredDataError extends Error {}

/** A finding's named values: a JSON object of scalars and lists of scalars. */
export function parseParams(json: string): Readonly<Record<string, ParamValue>> {
  const value: unknown = JSON.parse(json);
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new StoredDataError(`finding params are not an object: ${json.slice(0, 80)}`);
  const scalar = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);
  for (const [key, v] of Object.entries(value)) {
    if (!scalar(v) && !(Array.isArray(v) && v.every(scalar))) throw new StoredDataError(`finding param "${key}" is not a scalar or a list of scalars`);
  }
  return value as Record<string, ParamValue>;
}

const BASIS_KINDS = ["project", "table9-total", "table9-operating", "derived", "no-project", "no-table9", "not-collected"] as const;

export function parseBasis(json: string): MetricBasis {
  const value: unknown = JSON.parse(json);
  const kind = typeof value === "object" && value !== null && "kind" in value ? String(value.kind) : "";
  parseEnum(BASIS_KINDS, kind, "metric basis kind");
  return value as MetricBasis;
}

export function parseStringList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw new StoredDataError(`expected a JSON list of strings: ${json.slice(0, 80)}`);
  return value;
}

/** The page of each line of a PDF's rendering (null for a text file). */
export function parsePageMap(json: string | null): number[] | null {
  if (json === null) return null;
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value) || !value.every((v) => Number.isInteger(v))) throw new StoredDataError("page map is not a list of page numbers");
  return value as number[];
}

/** Page lookups per document, parsed once per call. */
export function pageLookup(): (doc: { id: number; pageMapJson: string | null }, line: number) => number | null {
  const maps = new Map<number, number[] | null>();
  return (doc, line) => {
    if (!maps.has(doc.id)) maps.set(doc.id, parsePageMap(doc.pageMapJson));
    return maps.get(doc.id)?.[line - 1] ?? null;
  };
}
