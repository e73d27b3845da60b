import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument, type ParsedDocument } from "../lib/parse";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const SOURCES_DIR = path.join(ROOT, "data", "sources");

export const FILES = {
  baoshan2026: "000_d13884772bd57538.txt",
  baoshan2023Projects: "001_f2072a66dbebd884.txt",
  baoshan2023: "002_d56279bcd84de3ea.txt",
  qingpu2023: "003_4aef83699c38162e.txt",
  putuo2026: "004_8134d43ea5fb35d0.txt",
} as const;

export function readSource(fileName: string): Buffer {
  return readFileSync(path.join(SOURCES_DIR, fileName));
}

export function parseSource(fileName: string): ParsedDocument {
  return parseDocument(fileName, readSource(fileName));
}

/** Every document of data/sources (not its sources.json), in name order. */
export function parseAllSources(): ParsedDocument[] {
  return readdirSync(SOURCES_DIR)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map(parseSource);
}

/** Parses a text fragment as a document. */
export function parseText(text: string, fileName = "fragment.txt"): ParsedDocument {
  return parseDocument(fileName, Buffer.from(text, "utf8"));
}
