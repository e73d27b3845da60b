import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { audit, type Finding } from "../audit";
import { databaseFile, databaseUrl } from "../db";
import { isMedicalInsuranceEntity } from "../domain/entities";
import { resolveMetrics } from "../metrics/resolve";
import { parseAnyDocument, parseDocument, parsePdfRendering, SourceError, type ParsedDocument } from "../parse";
import { NO_CITATION, readCitations, type Citation } from "./citations";
import { ImportError } from "./errors";
import { buildRows, type ImportDocument } from "./rows";
import { readStoredDocuments, writeRows } from "./write";

export { ImportError } from "./errors";

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

/** The documents of a sources folder (.txt, .md and .pdf files), in name order. */
export function listSources(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new ImportError(`sources folder "${dir}" cannot be read`);
  }
  return names
    .filter((n) => /\.(txt|md|pdf)$/i.test(n) && statSync(path.join(dir, n)).isFile())
    .sort()
    .map((n) => path.join(dir, n));
}

async function readAndParse(filePath: string, citations: ReadonlyMap<string, Citation>): Promise<ImportDocument> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch {
    throw new SourceError(path.basename(filePath), null, "the file cannot be read");
  }
  const parsed = await parseAnyDocument(path.basename(filePath), bytes);
  if (!isMedicalInsuranceEntity(parsed.meta.entityName)) {
    throw new ImportError(
      `${parsed.fileName}: published by "${parsed.meta.entityName}", not a district 医疗保障局 or one of its units; only medical-insurance documents are imported (npm run doc:check reads any department's)`,
    );
  }
  const pdf = parsed.pageOfLine !== null;
  return { parsed, format: pdf ? "pdf" : "text", original: pdf ? new Uint8Array(bytes) : null, citation: citations.get(parsed.fileName) ?? NO_CITATION };
}

/**
 * Refuses a file name or a document (SHA-256) given twice. Reports the same pair an
 * all-pairs scan would (the first document with a later duplicate, and its nearest
 * duplicate; the name before the hash), in linear time.
 */
function refuseDuplicates(docs: readonly ParsedDocument[]): void {
  const nextSame = (key: (d: ParsedDocument) => string): number[] => {
    const next = new Array<number>(docs.length).fill(-1);
    const later = new Map<string, number>();
    for (let i = docs.length - 1; i >= 0; i--) {
      const doc = docs[i];
      if (!doc) continue;
      const k = key(doc);
      next[i] = later.get(k) ?? -1;
      later.set(k, i);
    }
    return next;
  };
  const sameName = nextSame((d) => d.fileName);
  const sameHash = nextSame((d) => d.sha256);
  for (let i = 0; i < docs.length; i++) {
    const byName = sameName[i] ?? -1;
    const byHash = sameHash[i] ?? -1;
    const j = byName < 0 ? byHash : byHash < 0 ? byName : Math.min(byName, byHash);
    const a = docs[i];
    const b = docs[j];
    if (j < 0 || !a || !b) continue;
    if (a.fileName === b.fileName) throw new ImportError(`${a.fileName}: the same file name is given twice`);
    throw new ImportError(`${b.fileName}: the same document as ${a.fileName} (identical SHA-256 ${a.sha256.slice(0, 12)}…); import it once`);
  }
}

/**
 * Stored documents re-parsed from their stored text (a PDF from its stored rendering and page map), so a
 * partial import re-audits the whole corpus.
 */
function storedDocuments(file: string, except: Set<string>): ImportDocument[] {
  return readStoredDocuments(file)
    .filter((d) => !except.has(d.fileName))
    .map((d) => {
      const origin = { sha256: d.sha256, byteLength: d.byteLength };
      const pageOfLine = d.pageMapJson === null ? null : (JSON.parse(d.pageMapJson) as number[]);
      const parsed = pageOfLine
        ? parsePdfRendering(d.fileName, { text: d.text, pageOfLine, pageCount: Math.max(0, ...pageOfLine) }, origin)
        : { ...parseDocument(d.fileName, Buffer.from(d.text, "utf8")), ...origin };
      return {
        parsed,
        format: pageOfLine ? "pdf" : "text",
        original: d.originalBytes,
        citation: { url: d.sourceUrl, publisher: d.publisher, publishedOn: d.publishedOn },
      };
    });
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
  if (paths.length === 0) throw new ImportError(`no documents (*.txt, *.md, *.pdf) in ${options.sourcesDir ?? DEFAULT_SOURCES_DIR}`);
  const citationsByDir = new Map<string, ReadonlyMap<string, Citation>>();
  const citationsFor = (p: string) => {
    const dir = path.dirname(p);
    if (!citationsByDir.has(dir)) citationsByDir.set(dir, readCitations(dir));
    return citationsByDir.get(dir) ?? new Map<string, Citation>();
  };
  // One at a time: a PDF's rendering holds its pages in memory while it is read.
  const incoming: ImportDocument[] = [];
  for (const [index, p] of paths.entries()) {
    const doc = await readAndParse(p, citationsFor(p));
    progress(`parsed ${index + 1}/${paths.length} ${doc.parsed.fileName}`);
    incoming.push(doc);
  }
  refuseDuplicates(incoming.map((d) => d.parsed));
  const file = databaseFile(databaseUrl(options.databaseUrl));
  const kept = replaceAll ? [] : storedDocuments(file, new Set(incoming.map((d) => d.parsed.fileName)));
  // Name order, so that a partial import yields the same rows as a full one.
  const imported = [...kept, ...incoming].sort((a, b) => a.parsed.fileName.localeCompare(b.parsed.fileName));
  const docs = imported.map((d) => d.parsed);
  refuseDuplicates(docs);
  const audited = audit(docs);
  const metrics = resolveMetrics(docs, audited.findings);
  const findings = [...audited.findings, ...metrics.findings];
  progress(`audited ${docs.length} documents: ${findings.length} findings`);
  const rows = buildRows(imported, findings, audited.readings, metrics.records, new Date());
  writeRows(file, rows, (table) => progress(`writing ${table}`));
  progress("committed");
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
}
