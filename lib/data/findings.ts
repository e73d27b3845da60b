import "server-only";
import { CHECK_IDS, LOCATION_ROLES } from "../audit/findings";
import { SEVERITIES } from "../domain/enums";
import { isMetricId } from "../domain/metrics";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";
import { nonEmpty, pageLookup, parseEnum, parseParams, sortedBy, yuan } from "./convert";
import type { DataFilter, FindingRow, Severity } from "./types";

export const FINDING_INCLUDE = {
  district: true,
  locations: { include: { document: { select: { id: true, fileName: true, pageMapJson: true } } } },
} as const satisfies Prisma.AuditFindingInclude;

type StoredFinding = Prisma.AuditFindingGetPayload<{ include: typeof FINDING_INCLUDE }>;

export function findingRowOf(f: StoredFinding, page = pageLookup()): FindingRow {
  return {
    id: f.id,
    check: parseEnum(CHECK_IDS, f.check, "check"),
    severity: parseEnum(SEVERITIES, f.severity, "severity"),
    district: f.district?.slug ?? null,
    year: f.year,
    metric: f.metric !== null && isMetricId(f.metric) ? f.metric : null,
    causeId: f.causeId,
    foundYuan: yuan(f.foundFen),
    expectedYuan: yuan(f.expectedFen),
    differenceYuan: yuan(f.differenceFen),
    params: parseParams(f.paramsJson),
    locations: sortedBy(f.locations, (l) => l.id).map((l) => ({
      file: l.document.fileName, line: l.line, page: page(l.document, l.line), role: parseEnum(LOCATION_ROLES, l.role, "location role"),
      tableNo: l.tableNo, column: l.column, amountYuan: yuan(l.amountFen),
    })),
  };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export async function listFindings(filter: DataFilter & { files?: string[]; severities?: Severity[] } = {}): Promise<FindingRow[]> {
  const findings = await prisma().auditFinding.findMany({
    where: {
      ...(nonEmpty(filter.districts) ? { district: { slug: { in: filter.districts } } } : {}),
      ...(nonEmpty(filter.years) ? { year: { in: filter.years } } : {}),
      ...(nonEmpty(filter.severities) ? { severity: { in: filter.severities } } : {}),
      ...(nonEmpty(filter.files) ? { locations: { some: { document: { fileName: { in: filter.files } } } } } : {}),
    },
    include: FINDING_INCLUDE,
  });
  const page = pageLookup();
  return findings
    .map((f) => findingRowOf(f, page))
    .sort((a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (a.locations[0]?.file ?? "").localeCompare(b.locations[0]?.file ?? "") ||
      (a.locations[0]?.line ?? 0) - (b.locations[0]?.line ?? 0) ||
      a.id.localeCompare(b.id),
    );
}
