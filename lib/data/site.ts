import "server-only";
import { getDataVersion, listDistricts, listDocuments } from "./index";
import type { DistrictRef, DocumentIndex, DocumentRow } from "./types";

export interface SiteContext {
  dataVersion: string;
  districts: DistrictRef[];
  documents: DocumentRow[];
  documentIndex: DocumentIndex;
  /** Years with at least one published document, ascending. */
  years: number[];
}

/** What most pages need besides their own figures: districts, documents, data version. */
export async function getSiteContext(): Promise<SiteContext> {
  const [version, districts, documents] = await Promise.all([getDataVersion(), listDistricts(), listDocuments()]);
  return {
    dataVersion: version?.dataVersion ?? "—",
    districts: districts.map((d) => ({ slug: d.slug, nameZh: d.nameZh })),
    documents,
    documentIndex: new Map(documents.map((d) => [d.fileName, d])),
    years: [...new Set(documents.map((d) => d.year))].sort((a, b) => a - b),
  };
}
