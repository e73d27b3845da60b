import "server-only";
import { DOCUMENT_KINDS, SCOPES, SOURCE_FORMATS } from "../domain/enums";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";
import { nonEmpty, parseEnum, parsePageMap } from "./convert";
import { findingRowOf, FINDING_INCLUDE } from "./findings";
import type { DataFilter, DocumentRow, DocumentText, FindingRow } from "./types";

export function documentWhere(filter: DataFilter): Prisma.SourceDocumentWhereInput {
  return {
    ...(nonEmpty(filter.districts) ? { district: { slug: { in: filter.districts } } } : {}),
    ...(nonEmpty(filter.years) ? { year: { in: filter.years } } : {}),
  };
}

const DOCUMENT_SELECT = {
  fileName: true, sha256: true, year: true, kind: true, scope: true, layout: true, format: true, title: true, lineCount: true, byteLength: true,
  sourceUrl: true, publisher: true, publishedOn: true, pageMapJson: true, district: true, entity: true,
} as const satisfies Prisma.SourceDocumentSelect;

type StoredDocument = Prisma.SourceDocumentGetPayload<{ select: typeof DOCUMENT_SELECT }>;

function documentRowOf(d: StoredDocument): DocumentRow {
  const pages = parsePageMap(d.pageMapJson);
  return {
    fileName: d.fileName, sha256: d.sha256, district: d.district.slug, districtName: d.district.nameZh, year: d.year,
    kind: parseEnum(DOCUMENT_KINDS, d.kind, "document kind"), scope: parseEnum(SCOPES, d.scope, "scope"), layout: d.layout,
    format: parseEnum(SOURCE_FORMATS, d.format, "source format"), title: d.title, entity: d.entity.name, lineCount: d.lineCount,
    byteLength: d.byteLength, sourceUrl: d.sourceUrl, publisher: d.publisher, publishedOn: d.publishedOn,
    pageCount: pages ? Math.max(0, ...pages) : null,
  };
}

export async function listDistricts(): Promise<Array<{ slug: string; nameZh: string; years: number[] }>> {
  const districts = await prisma().district.findMany({ include: { documents: { select: { year: true } } }, orderBy: { slug: "asc" } });
  return districts.map((d) => ({ slug: d.slug, nameZh: d.nameZh, years: [...new Set(d.documents.map((x) => x.year))].sort((a, b) => a - b) }));
}

export async function listDocuments(filter: DataFilter = {}): Promise<DocumentRow[]> {
  const documents = await prisma().sourceDocument.findMany({ where: documentWhere(filter), select: DOCUMENT_SELECT, orderBy: [{ fileName: "asc" }] });
  return documents.map(documentRowOf);
}

/** The text of a document (a PDF's canonical rendering) with the findings that name its lines; null for an unknown file. */
export async function getDocumentText(fileName: string): Promise<DocumentText | null> {
  const d = await prisma().sourceDocument.findUnique({
    where: { fileName },
    select: { ...DOCUMENT_SELECT, text: true, findingLocations: { select: { line: true, finding: { include: FINDING_INCLUDE } } } },
  });
  if (!d) return null;
  const findingsByLine: Record<number, FindingRow[]> = {};
  for (const location of d.findingLocations) {
    const list = (findingsByLine[location.line] ??= []);
    if (!list.some((f) => f.id === location.finding.id)) list.push(findingRowOf(location.finding));
  }
  return { document: documentRowOf(d), lines: d.text.split(/\r\n|\n|\r/), pageOfLine: parsePageMap(d.pageMapJson), findingsByLine };
}

/** The original file of a PDF source, as imported; null for an unknown file or a text source. */
export async function getOriginalFile(fileName: string): Promise<Uint8Array | null> {
  const d = await prisma().sourceDocument.findUnique({ where: { fileName }, select: { originalBytes: true } });
  return d?.originalBytes ?? null;
}
