import "server-only";
import { prisma } from "./client";

export interface FilterDomain {
  /** District slugs present in the database, sorted. */
  districts: string[];
  /** Years with a document or a headline value (derived prior-year values included), ascending. */
  years: number[];
}

/** The values the export filters accept: whatever the database holds. */
export async function getFilterDomain(): Promise<FilterDomain> {
  const [districts, documentYears, metricYears] = await Promise.all([
    prisma().district.findMany({ select: { slug: true }, orderBy: { slug: "asc" } }),
    prisma().sourceDocument.findMany({ select: { year: true }, distinct: ["year"] }),
    prisma().metricValue.findMany({ select: { year: true }, distinct: ["year"] }),
  ]);
  const years = [...new Set([...documentYears, ...metricYears].map((y) => y.year))].sort((a, b) => a - b);
  return { districts: districts.map((d) => d.slug), years };
}
