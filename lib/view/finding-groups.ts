// Findings grouped under their root causes: each root with the findings that follow from it.
import type { FindingRow } from "../data/types";

export interface FindingGroup {
  root: FindingRow;
  effects: FindingRow[];
}

/** Roots in the given order, each with its effects; an effect whose root is not in the list stands alone. */
export function groupByCause(findings: readonly FindingRow[]): FindingGroup[] {
  const ids = new Set(findings.map((f) => f.id));
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) if (f.causeId === null || !ids.has(f.causeId)) groups.set(f.id, { root: f, effects: [] });
  for (const f of findings) {
    if (f.causeId !== null && ids.has(f.causeId)) groups.get(f.causeId)?.effects.push(f);
  }
  return [...groups.values()];
}
