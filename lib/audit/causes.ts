// One misprint shows up in many checks: a 类 printed wrong breaks its own row, the table's 合计, the same code
// in the next table and the sentence that states it. This pass finds, for each finding, the finding whose
// defect explains it (its root cause), so readers see one problem with its consequences, not ten problems.
import { isUnit, printedDecimals, roundFenToPrinted } from "../money";
import { amounts, type Finding, type FindingLocation } from "./findings";

const cellKey = (l: Pick<FindingLocation, "fileName" | "line" | "column">) => `${l.fileName}:${l.line}:${l.column ?? ""}`;
const lineKey = (l: Pick<FindingLocation, "fileName" | "line">) => `${l.fileName}:${l.line}`;
const subjectOf = (f: Finding) => f.locations.find((l) => l.role === "subject");

/** A cell whose printed amount disagrees with its own parts: what its parts say it should be. */
interface Suspect {
  finding: Finding;
  expectedFen: bigint;
}

function directCause(f: Finding, findings: readonly Finding[], suspects: ReadonlyMap<string, Suspect>, firstOnLine: ReadonlyMap<string, Finding>): Finding | null {
  const subject = subjectOf(f);
  const otherSuspect = (l: FindingLocation) => {
    const s = suspects.get(cellKey(l));
    return s && s.finding !== f ? s : undefined;
  };
  // An ambiguous print that could not be settled explains whatever reads that cell.
  for (const l of f.locations) {
    const ambiguous = findings.find((a) => a !== f && a.check === "ambiguous-number" && a.amounts?.expectedFen === null && f.check !== "ambiguous-number" && cellKey(subjectOf(a) ?? l) === cellKey(l));
    if (ambiguous) return ambiguous;
  }
  switch (f.check) {
    case "children-sum": {
      if (!subject || !f.amounts) return null;
      // The same line already disagrees with its parts in an earlier column: one misprinted row.
      const earlier = firstOnLine.get(lineKey(subject));
      if (earlier && earlier !== f) return earlier;
      // The same misprint repeated in a later table of the same document (same code, column and amounts).
      const repeated = findings.find(
        (r) =>
          r !== f && r.check === "children-sum" && r.params.code !== null && r.params.code === f.params.code && r.params.column === f.params.column &&
          r.amounts?.foundFen === f.amounts?.foundFen && r.amounts?.expectedFen === f.amounts?.expectedFen &&
          subjectOf(r)?.fileName === subject.fileName && Number(r.params.tableNo) < Number(f.params.tableNo),
      );
      if (repeated) return repeated;
      // The parent is right once its misprinted parts are read as their own parts say.
      const parts = f.locations.filter((l) => l.role === "part");
      const culprits = parts.map(otherSuspect).filter((s): s is Suspect => s !== undefined);
      if (culprits.length === 0 || f.amounts.foundFen === null) return null;
      const corrected = parts.reduce((sum, l) => sum + (otherSuspect(l)?.expectedFen ?? l.amountFen ?? 0n), 0n);
      return corrected === f.amounts.foundFen ? (culprits[0]?.finding ?? null) : null;
    }
    case "row-sum":
      return subject ? (firstOnLine.get(lineKey(subject)) ?? null) : null;
    case "cross-table": {
      for (const l of f.locations) {
        const s = otherSuspect(l);
        if (s && f.locations.some((o) => o !== l && o.amountFen === s.expectedFen)) return s.finding;
      }
      return null;
    }
    case "narrative-vs-table": {
      const target = f.locations.find((l) => l.role === "peer");
      const s = target ? otherSuspect(target) : undefined;
      const found = f.amounts?.foundFen;
      const unit = f.params.figureUnit;
      const printed = f.params.figureAsPrinted;
      if (!s || found == null || !isUnit(unit) || typeof printed !== "string") return null;
      return roundFenToPrinted(s.expectedFen, unit, printedDecimals(printed)) === found ? s.finding : null;
    }
    default:
      return null;
  }
}

/**
 * Tables that disagree leave open which print is wrong (or the majority settles it by count alone). Where one of
 * them is a cell that disagrees with its own parts, and its parts give another table's value, the evidence of the
 * sums settles it: every print of that cell's value is at issue (a misprint repeated in tables 2, 3 and 5 is
 * outvoted by the one table printed right).
 */
function pinpoint(f: Finding, suspects: ReadonlyMap<string, Suspect>): Finding {
  if (f.check === "row-sum") return pinpointRow(f, suspects);
  if (f.check !== "cross-table") return f;
  const culprit = f.locations.find((l) => {
    const s = suspects.get(cellKey(l));
    return s !== undefined && l.amountFen !== s.expectedFen && f.locations.some((o) => o !== l && o.amountFen === s.expectedFen);
  });
  const expected = culprit ? suspects.get(cellKey(culprit))?.expectedFen : undefined;
  if (!culprit || expected === undefined) return f;
  return {
    ...f,
    locations: f.locations.map((l) => ({ ...l, role: l.amountFen === culprit.amountFen ? "subject" : "peer" })),
    amounts: amounts(culprit.amountFen, expected),
  };
}

/**
 * A row whose 合计 is not the sum of its parts, where the 合计 agrees with its own children but one part does
 * not (a blank 项目支出 under parts that add up to 500,000): that part is the cell at issue, not the 合计.
 */
function pinpointRow(f: Finding, suspects: ReadonlyMap<string, Suspect>): Finding {
  const total = f.locations.find((l) => l.role === "subject");
  if (!total || suspects.has(cellKey(total)) || total.amountFen === null) return f;
  const parts = f.locations.filter((l) => l.role === "part");
  const suspectParts = parts.filter((l) => suspects.has(cellKey(l)));
  const [culprit] = suspectParts;
  const expected = culprit ? suspects.get(cellKey(culprit))?.expectedFen : undefined;
  if (suspectParts.length !== 1 || !culprit || expected === undefined) return f;
  const corrected = parts.reduce((sum, l) => sum + (l === culprit ? expected : (l.amountFen ?? 0n)), 0n);
  if (corrected !== total.amountFen) return f;
  return {
    ...f,
    locations: f.locations.map((l) => ({ ...l, role: l === culprit ? "subject" : l === total ? "peer" : l.role })),
    amounts: amounts(culprit.amountFen, expected),
    params: { ...f.params, column: culprit.column },
  };
}

/** The findings with `causeId` set to the root cause each follows from (null for a root). */
export function assignCauses(findings: readonly Finding[]): Finding[] {
  const suspects = new Map<string, Suspect>();
  const firstOnLine = new Map<string, Finding>();
  for (const f of findings) {
    const subject = subjectOf(f);
    if (f.check !== "children-sum" || !subject || f.amounts?.expectedFen == null) continue;
    if (!suspects.has(cellKey(subject))) suspects.set(cellKey(subject), { finding: f, expectedFen: f.amounts.expectedFen });
    if (!firstOnLine.has(lineKey(subject))) firstOnLine.set(lineKey(subject), f);
  }
  const direct = new Map<Finding, Finding | null>(findings.map((f) => [f, directCause(f, findings, suspects, firstOnLine)]));
  // Follow causes to the end; should two findings ever explain each other, the one with the smaller id is the root.
  const root = (f: Finding): Finding => {
    const path: Finding[] = [f];
    for (let next = direct.get(f); next; next = direct.get(next)) {
      const at = path.indexOf(next);
      if (at >= 0) return path.slice(at).reduce((a, b) => (b.id < a.id ? b : a));
      path.push(next);
    }
    return path[path.length - 1] ?? f;
  };
  return findings.map((f) => {
    const r = root(f);
    return { ...pinpoint(f, suspects), causeId: r === f ? null : r.id };
  });
}
