import "server-only";
import { DOCUMENT_KINDS } from "../domain/enums";
import { isMetricId, type MetricId } from "../domain/metrics";
import { fenToYuan } from "../money";
import { prisma } from "./client";
import { nonEmpty, pageLookup, parseEnum, sortedBy } from "./convert";
import { documentWhere } from "./documents";
import type { DataFilter, IndicatorRow, ProjectRow } from "./types";

/** Projects; `metrics` keeps only the projects a value of those metrics is read from. */
export async function listProjects(filter: DataFilter = {}): Promise<ProjectRow[]> {
  const projects = await prisma().project.findMany({
    where: {
      document: documentWhere(filter),
      ...(nonEmpty(filter.metrics) ? { metricValues: { some: { metric: { in: filter.metrics } } } } : {}),
    },
    include: {
      amounts: true, indicators: true, document: { include: { district: true } }, metricValues: { select: { metric: true } },
    },
    orderBy: [{ documentId: "asc" }, { sourceLine: "asc" }],
  });
  const page = pageLookup();
  return projects.map((p) => {
    const file = p.document.fileName;
    const ref = (line: number, text: string) => ({ file, line, text, page: page(p.document, line) });
    const indicators: IndicatorRow[] = sortedBy(p.indicators, (i) => i.ordinal).map((i) => ({
      projectId: p.id, projectName: p.name, district: p.document.district.slug, year: p.document.year, file,
      level1: i.level1, level2: i.level2, level3: i.level3, value: i.value, source: ref(i.sourceLine, i.rawText),
    }));
    return {
      id: p.id, district: p.document.district.slug, year: p.document.year, file, documentKind: parseEnum(DOCUMENT_KINDS, p.document.kind, "document kind"),
      name: p.name, metric: p.metric !== null && isMetricId(p.metric) ? p.metric : null,
      sourceOf: [...new Set(p.metricValues.map((v) => v.metric).filter((m): m is MetricId => isMetricId(m)))],
      supervisor: p.supervisor, implementer: p.implementer, category: p.category, nature: p.nature, startDate: p.startDate, endDate: p.endDate,
      unitAsPublished: p.unit,
      amounts: p.amounts.map((a) => ({
        field: a.field, amountYuan: fenToYuan(a.amountFen), unitAsPublished: a.unit, amountAsPublished: a.amountAsPublished, source: ref(a.sourceLine, a.rawText),
      })),
      indicators,
      source: ref(p.sourceLine, p.rawText),
    };
  });
}
