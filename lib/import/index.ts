import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { audit, type Finding } from "../audit";
import { createPrisma, type PrismaClient } from "../db";
import { resolveMetrics } from "../metrics/resolve";
import { parseDocument, SourceError, type ParsedDocument } from "../parse";
import { buildRows, type DatabaseRows } from "./rows";

export const DEFAULT_SOURCES_DIR = "data/sources";

export interface DocumentSummary {
  fileName: string;
  district: string;
  year: number;
  kind: string;
  layout: string;
  tables: number;
  lines: number;
  projects: number;
  findings: number;
}

export interface ImportSummary {
  dataVersion: string;
  documents: DocumentSummary[];
  lineCount: number;
  projectCount: number;
  findingCount: number;
  findings: Finding[];
}

export class ImportError extends Error {
  override name = "ImportError";
}

/** The .txt/.md files of a sources folder, in name order. */
export function listSources(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new ImportError(`sources folder "${dir}" cannot be read`);
  }
  return names
    .filter((n) => /\.(txt|md)$/i.test(n) && statSync(path.join(dir, n)).isFile())
    .sort()
    .map((n) => path.join(dir, n));
}

function readAndParse(filePath: string): ParsedDocument {
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch {
    throw new SourceError(path.basename(filePath), null, "the file cannot be read");
  }
  return parseDocument(path.basename(filePath), bytes);
}

function refuseDuplicates(docs: ParsedDocument[]): void {
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = docs[i];
      const b = docs[j];
      if (!a || !b) continue;
      if (a.fileName === b.fileName) throw new ImportError(`${a.fileName}: the same file name is given twice`);
      if (a.sha256 === b.sha256) {
        throw new ImportError(`${b.fileName}: the same document as ${a.fileName} (identical SHA-256 ${a.sha256.slice(0, 12)}…); import it once`);
      }
    }
  }
}

/** Stored documents re-parsed from their stored text, so a partial import re-audits the whole corpus. */
async function storedDocuments(prisma: PrismaClient, except: Set<string>): Promise<ParsedDocument[]> {
  const stored = await prisma.sourceDocument.findMany({ select: { fileName: true, sha256: true, byteLength: true, text: true } });
  return stored
    .filter((d) => !except.has(d.fileName))
    .map((d) => ({ ...parseDocument(d.fileName, Buffer.from(d.text, "utf8")), sha256: d.sha256, byteLength: d.byteLength }));
}

async function writeRows(prisma: PrismaClient, rows: DatabaseRows): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      // Children first: the foreign keys point upwards.
      await tx.findingLocation.deleteMany();
      await tx.auditFinding.deleteMany();
      await tx.metricValue.deleteMany();
      await tx.indicator.deleteMany();
      await tx.projectAmount.deleteMany();
      await tx.project.deleteMany();
      await tx.budgetAmount.deleteMany();
      await tx.budgetLine.deleteMany();
      await tx.budgetTable.deleteMany();
      await tx.threePublicItem.deleteMany();
      await tx.operatingExpense.deleteMany();
      await tx.narrativeFigure.deleteMany();
      await tx.glossaryTerm.deleteMany();
      await tx.sourceDocument.deleteMany();
      await tx.entity.deleteMany();
      await tx.district.deleteMany();
      await tx.importRun.deleteMany();

      await tx.district.createMany({ data: rows.districts });
      await tx.entity.createMany({ data: rows.entities });
      await tx.sourceDocument.createMany({ data: rows.documents });
      await tx.budgetTable.createMany({ data: rows.tables });
      await tx.budgetLine.createMany({ data: rows.lines });
      await tx.budgetAmount.createMany({ data: rows.amounts });
      await tx.project.createMany({ data: rows.projects });
      await tx.projectAmount.createMany({ data: rows.projectAmounts });
      await tx.indicator.createMany({ data: rows.indicators });
      await tx.threePublicItem.createMany({ data: rows.threePublic });
      await tx.operatingExpense.createMany({ data: rows.operating });
      await tx.narrativeFigure.createMany({ data: rows.narrative });
      await tx.glossaryTerm.createMany({ data: rows.glossary });
      await tx.auditFinding.createMany({ data: rows.findings });
      await tx.findingLocation.createMany({ data: rows.findingLocations });
      await tx.metricValue.createMany({ data: rows.metrics });
      await tx.importRun.create({ data: rows.importRun });
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}

export interface ImportOptions {
  /** Files to (re)import; empty means every document of `sourcesDir`, replacing the stored set. */
  files: string[];
  sourcesDir?: string;
  databaseUrl?: string;
  progress?: (message: string) => void;
}

/**
 * Parses, audits and writes in one transaction. Everything that can fail on the
 * input fails before the database is touched; the write itself is all-or-nothing.
 */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const progress = options.progress ?? (() => {});
  const replaceAll = options.files.length === 0;
  const paths = replaceAll ? listSources(options.sourcesDir ?? DEFAULT_SOURCES_DIR) : options.files;
  if (paths.length === 0) throw new ImportError(`no documents (*.txt, *.md) in ${options.sourcesDir ?? DEFAULT_SOURCES_DIR}`);
  const incoming = paths.map(readAndParse);
  refuseDuplicates(incoming);
  const prisma = createPrisma(options.databaseUrl);
  try {
    const kept = replaceAll ? [] : await storedDocuments(prisma, new Set(incoming.map((d) => d.fileName)));
    // Name order, so that a partial import yields the same rows as a full one.
    const docs = [...kept, ...incoming].sort((a, b) => a.fileName.localeCompare(b.fileName));
    refuseDuplicates(docs);
    const findings = audit(docs);
    const metrics = resolveMetrics(docs, findings);
    const rows = buildRows(docs, findings, metrics, new Date());
    await writeRows(prisma, rows);
    const documents = [...docs]
      .sort((a, b) => a.fileName.localeCompare(b.fileName))
      .map((doc) => ({
        fileName: doc.fileName,
        district: doc.meta.districtSlug,
        year: doc.meta.year,
        kind: doc.meta.kind,
        layout: doc.meta.layout,
        tables: doc.tables.length,
        lines: doc.tables.reduce((n, t) => n + t.lines.length, 0),
        projects: doc.projects.length,
        findings: findings.filter((f) => f.locations[0]?.fileName === doc.fileName).length,
      }));
    for (const d of documents) {
      progress(`${d.fileName}  ${d.district} ${d.year} ${d.kind} (${d.layout}): ${d.tables} tables, ${d.lines} lines, ${d.projects} projects, ${d.findings} findings`);
    }
    return {
      dataVersion: rows.importRun.dataVersion,
      documents,
      lineCount: rows.lines.length,
      projectCount: rows.projects.length,
      findingCount: findings.length,
      findings,
    };
  } finally {
    await prisma.$disconnect();
  }
}
