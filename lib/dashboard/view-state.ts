// View state kept in the URL (permalinks): unit, year, districts. Pure, shared by server and client.

export const UNITS = ["wan", "yuan"] as const;
export type DisplayUnit = (typeof UNITS)[number];
export const DEFAULT_UNIT: DisplayUnit = "wan";

export interface ParamProblem {
  name: string;
  value: string;
}

export interface ViewState {
  unit: DisplayUnit;
  /** null: the page's default year. */
  year: number | null;
  /** null: all districts. */
  districts: string[] | null;
  problems: ParamProblem[];
}

interface Allowed {
  years?: readonly number[];
  districts?: readonly string[];
}

/** Reads the view state; any value that is not allowed falls back to the default and is reported. */
export function parseViewState(params: Pick<URLSearchParams, "get">, allowed: Allowed = {}): ViewState {
  const problems: ParamProblem[] = [];
  const rawUnit = params.get("unit");
  let unit: DisplayUnit = DEFAULT_UNIT;
  if (rawUnit !== null) {
    if ((UNITS as readonly string[]).includes(rawUnit)) unit = rawUnit as DisplayUnit;
    else problems.push({ name: "unit", value: rawUnit });
  }
  const rawYear = params.get("year");
  let year: number | null = null;
  if (rawYear !== null && allowed.years) {
    const parsed = /^\d{4}$/.test(rawYear) ? Number(rawYear) : NaN;
    if (allowed.years.includes(parsed)) year = parsed;
    else problems.push({ name: "year", value: rawYear });
  }
  const rawDistricts = params.get("districts");
  let districts: string[] | null = null;
  if (rawDistricts !== null && allowed.districts) {
    const list = rawDistricts.split(",").filter((d) => d !== "");
    const known = list.filter((d) => allowed.districts?.includes(d));
    if (known.length === list.length && known.length > 0) districts = known;
    else {
      problems.push({ name: "districts", value: rawDistricts });
      districts = known.length > 0 ? known : null;
    }
  }
  return { unit, year, districts, problems };
}

/** The query string for a view state, leaving defaults out. */
export function viewStateQuery(current: string, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(current);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
