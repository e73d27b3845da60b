import "server-only";
import { THREE_PUBLIC_PARTS } from "../domain/budget-tables";
import { METRIC_STATUSES, SCOPES } from "../domain/enums";
import { METRIC_DEFINITIONS, METRICS, isMetricId, type MetricId } from "../domain/metrics";
import { prisma } from "./client";
import { nonEmpty, pageLookup, parseBasis, parseEnum, parseStringList, StoredDataError, yuan } from "./convert";
import { documentWhere } from "./documents";
import type { DataFilter, MetricValueRow, SourceRef, ThreePublicPartRow } from "./types";

const metricOf = (value: string): MetricId => {
  if (!isMetricId(value)) throw new StoredDataError(`unknown metric "${value}" in the database`);
  return value;
};

export async function listMetricValues(filter: DataFilter = {}): Promise<MetricValueRow[]> {
  const values = await prisma().metricValue.findMany({
    where: {
      ...(nonEmpty(filter.districts) ? { district: { slug: { in: filter.districts } } } : {}),
      ...(nonEmpty(filter.years) ? { year: { in: filter.years } } : {}),
      ...(nonEmpty(filter.metrics) ? { metric: { in: filter.metrics } } : {}),
    },
    include: { district: true, document: { select: { id: true, fileName: true, pageMapJson: true } } },
  });
  const page = pageLookup();
  const order = (m: MetricId) => METRICS.indexOf(m);
  return values
    .map((v): MetricValueRow => {
      const metric = metricOf(v.metric);
      const source: SourceRef | null =
        v.document && v.sourceLine !== null ? { file: v.document.fileName, line: v.sourceLine, text: v.sourceText ?? "", page: page(v.document, v.sourceLine) } : null;
      return {
        district: v.district.slug, districtName: v.district.nameZh, year: v.year, metric, metricName: METRIC_DEFINITIONS[metric].nameZh,
        status: parseEnum(METRIC_STATUSES, v.status, "metric status"), amountYuan: yuan(v.amountFen), unitAsPublished: v.unitAsPublished,
        amountAsPublished: v.amountAsPublished, scope: v.scope === null ? null : parseEnum(SCOPES, v.scope, "scope"), entity: v.entityName, source,
        projectId: v.projectId, basis: parseBasis(v.basisJson), findings: parseStringList(v.findingIdsJson),
      };
    })
    .sort((a, b) => a.district.localeCompare(b.district) || a.year - b.year || order(a.metric) - order(b.metric));
}

export async function listThreePublicParts(filter: DataFilter = {}): Promise<ThreePublicPartRow[]> {
  const items = await prisma().threePublicItem.findMany({
    where: { document: documentWhere(filter) },
    include: { document: { include: { district: true } } },
  });
  const page = pageLookup();
  return items
    .map((i) => ({
      district: i.document.district.slug, districtName: i.document.district.nameZh, year: i.document.year,
      part: parseEnum(THREE_PUBLIC_PARTS, i.part, "三公经费 part"), label: i.label,
      amountYuan: yuan(i.amountFen), unitAsPublished: i.unit, amountAsPublished: i.amountAsPublished,
      source: { file: i.document.fileName, line: i.sourceLine, text: i.rawText, page: page(i.document, i.sourceLine) },
    }))
    .sort((a, b) => a.district.localeCompare(b.district) || a.year - b.year || THREE_PUBLIC_PARTS.indexOf(a.part) - THREE_PUBLIC_PARTS.indexOf(b.part));
}
