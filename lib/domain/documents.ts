// Documents of one district and year are read together (a 部门预算 with its project sheets, …).

export function districtYearKey(districtSlug: string, year: number): string {
  return `${districtSlug}|${year}`;
}

/** Documents grouped by district and year, in key order (district slug, then year). */
export function groupByDistrictYear<D extends { meta: { districtSlug: string; year: number } }>(docs: readonly D[]): Array<{ districtSlug: string; year: number; docs: D[] }> {
  const groups = new Map<string, { districtSlug: string; year: number; docs: D[] }>();
  for (const doc of docs) {
    const key = districtYearKey(doc.meta.districtSlug, doc.meta.year);
    const group = groups.get(key) ?? { districtSlug: doc.meta.districtSlug, year: doc.meta.year, docs: [] };
    group.docs.push(doc);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.districtSlug.localeCompare(b.districtSlug) || a.year - b.year);
}
