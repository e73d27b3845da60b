// Query-parameter validation for the export endpoints. Pure: the allowed districts and years are
// passed in (they come from the database), so it is unit-testable.
import { z } from "zod";
import { METRICS, type MetricId } from "../domain/metrics";
import { ApiError } from "./errors";

export const FILTER_PARAMS = ["district", "year", "metric"] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export interface ExportQuery {
  districts: string[];
  years: number[];
  metrics: MetricId[];
}

export interface FilterDomainInput {
  districts: readonly string[];
  years: readonly number[];
}

/** Values of a parameter: repeated (`?year=2023&year=2026`) and/or comma-separated (`?year=2023,2026`); empty items ignored. */
function valuesOf(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

function check<T>(param: FilterParam, schema: z.ZodType<T>, values: string[], allowed: readonly string[]): T[] {
  return values.map((value) => {
    const result = schema.safeParse(value);
    if (!result.success) {
      throw new ApiError(400, `Unknown ${param} "${value}". Allowed: ${allowed.join(", ")}.`, param, allowed);
    }
    return result.data;
  });
}

/**
 * Validates `district`, `year` and `metric`. Any other parameter is a 400: a misspelt filter
 * (`?distrcit=baoshan`) must not silently return every district.
 */
export function parseExportQuery(params: URLSearchParams, domain: FilterDomainInput, accepted: readonly FilterParam[] = FILTER_PARAMS): ExportQuery {
  for (const name of new Set(params.keys())) {
    if (!(accepted as readonly string[]).includes(name)) {
      const message = accepted.length
        ? `Unknown parameter "${name}". Allowed parameters: ${accepted.join(", ")}.`
        : `Unknown parameter "${name}". This endpoint takes no parameters.`;
      throw new ApiError(400, message, name, accepted);
    }
  }
  const years = domain.years.map(String);
  const districtSchema = z.string().refine((v) => domain.districts.includes(v));
  const yearSchema = z
    .string()
    .regex(/^\d{4}$/)
    .refine((v) => years.includes(v))
    .transform((v) => Number(v));
  const metricSchema = z.enum(METRICS);
  return {
    districts: unique(check("district", districtSchema, valuesOf(params, "district"), domain.districts)).sort(),
    years: unique(check("year", yearSchema, valuesOf(params, "year"), years)).sort((a, b) => a - b),
    metrics: unique(check("metric", metricSchema, valuesOf(params, "metric"), METRICS)).sort(),
  };
}

/** The query in canonical form (sorted, deduplicated, repeated parameters): the cache and ETag key. */
export function canonicalQuery(query: ExportQuery): string {
  const params = new URLSearchParams();
  for (const d of query.districts) params.append("district", d);
  for (const y of query.years) params.append("year", String(y));
  for (const m of query.metrics) params.append("metric", m);
  return params.toString();
}
