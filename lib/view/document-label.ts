// Readable names for documents: "上海市宝山区医疗保障局 2023 年部门预算" rather than a file name.
import type { DocumentRow } from "../data/types";
import type { DocumentLabeller } from "./finding-text";

export function documentLabel(document: Pick<DocumentRow, "entity" | "year" | "kind">): string {
  return `${document.entity} ${document.year} 年${document.kind}`;
}

/** File name → readable label; a file not among `documents` keeps its name. */
export function documentLabeller(documents: readonly DocumentRow[]): DocumentLabeller {
  const byFile = new Map(documents.map((d) => [d.fileName, documentLabel(d)]));
  return (fileName) => byFile.get(fileName) ?? fileName;
}
