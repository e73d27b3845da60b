// Citation metadata kept next to the sources (sources.json: original URL, publisher, publication date per
// file). What is not recorded stays null and is shown as "未记录"; nothing is guessed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ImportError } from "./errors";

export const CITATIONS_FILE = "sources.json";

const entry = z
  .object({
    url: z.url().nullable().default(null),
    publisher: z.string().min(1).nullable().default(null),
    publishedOn: z.iso.date().nullable().default(null),
  })
  .strict();
const file = z.object({ $comment: z.string().optional(), documents: z.record(z.string(), entry) }).strict();

export type Citation = z.infer<typeof entry>;
export const NO_CITATION: Citation = { url: null, publisher: null, publishedOn: null };

/** The citation metadata of the folder `dir` (empty when it has no sources.json); a malformed file is an error. */
export function readCitations(dir: string): ReadonlyMap<string, Citation> {
  const at = path.join(dir, CITATIONS_FILE);
  if (!existsSync(at)) return new Map();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(at, "utf8"));
  } catch (error) {
    throw new ImportError(`${at}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = file.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(`${at}: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"} (expected {"documents": {"<file>": {"url", "publisher", "publishedOn": "YYYY-MM-DD"}}})`);
  }
  return new Map(Object.entries(parsed.data.documents));
}
