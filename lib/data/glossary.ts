import "server-only";
import { prisma } from "./client";
import { pageLookup } from "./convert";
import type { GlossaryRow } from "./types";

const lineOf = (text: string, line: number): string => text.split(/\r\n|\n|\r/)[line - 1] ?? "";

/** Glossary terms from the documents' 名词解释, first definition of each term. */
export async function listGlossary(): Promise<GlossaryRow[]> {
  const terms = await prisma().glossaryTerm.findMany({ include: { document: true }, orderBy: [{ documentId: "asc" }, { sourceLine: "asc" }] });
  const page = pageLookup();
  const seen = new Set<string>();
  const rows: GlossaryRow[] = [];
  for (const t of terms) {
    if (seen.has(t.term)) continue;
    seen.add(t.term);
    rows.push({
      term: t.term, definition: t.definition,
      source: { file: t.document.fileName, line: t.sourceLine, text: lineOf(t.document.text, t.sourceLine), page: page(t.document, t.sourceLine) },
    });
  }
  return rows;
}
