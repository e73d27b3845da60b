// The Frictionless Data Package describing the CSV exports, with Fiscal Data Package conventions
// (currency, factor, phase, classification column types) where they fit. Pure.
import type { DataVersion, DocumentRow } from "../data/types";
import { DATASETS, type Dataset } from "./links";
import { DATASET_SPECS, type ColumnSpec } from "./datasets";

export const PACKAGE_NAME = "shanghai-district-medical-insurance-budgets";
export const PACKAGE_TITLE = "上海区医保局预算对比 · Shanghai district medical-insurance budgets";

/** The licence of the compiled data (the documents are the publishers' own public disclosures). */
export const LICENSE = { name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0", path: "https://creativecommons.org/licenses/by/4.0/" } as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Fiscal Data Package measure properties of every amount: 元 (factor 1), CNY, 预算 = proposed. */
const MONEY = { currency: "CNY", factor: 1, phase: "proposed" } as const;

/** Table Schema field descriptor for a column. */
export function fieldDescriptor(column: ColumnSpec): { [key: string]: Json } {
  const field: { [key: string]: Json } = { name: column.name, description: column.description };
  switch (column.type) {
    case "integer":
      field.type = "integer";
      break;
    case "decimal":
      // Exact decimal text; a plain number for Table Schema ("." decimal point, no group separator).
      Object.assign(field, { type: "number", decimalChar: ".", bareNumber: true, ...MONEY });
      break;
    case "boolean":
      Object.assign(field, { type: "boolean", trueValues: ["true"], falseValues: ["false"] });
      break;
    default:
      // "list" columns are text in CSV: values joined by the column's separator.
      field.type = "string";
  }
  if (column.columnType) field.columnType = column.columnType;
  return field;
}

const PRIMARY_KEYS: Partial<Record<Dataset, string[]>> = {
  metrics: ["district", "year", "metric"],
  findings: ["id"],
};

/** Path of each CSV: relative, so it resolves both inside the ZIP and next to /api/datapackage.json. */
export const csvPath = (dataset: Dataset): string => `${dataset}.csv`;

/** `domain`: the districts in the data and every year with data (prior-year values derived from the text included). */
export function buildDataPackage(version: DataVersion, documents: readonly DocumentRow[], domain: { districts: readonly string[]; years: readonly number[] }): { [key: string]: Json } {
  const { years } = domain;
  const measures: { [key: string]: Json } = {};
  for (const dataset of DATASETS) {
    if (DATASET_SPECS[dataset].columns.some((c) => c.name === "amount_yuan")) {
      measures[`${dataset.replace(/-/g, "_")}_amount`] = {
        source: "amount_yuan", resource: dataset, ...MONEY, ...(dataset === "lines" ? {} : { direction: "expenditure" }),
      };
    }
  }
  return {
    profile: "tabular-data-package",
    name: PACKAGE_NAME,
    title: PACKAGE_TITLE,
    description:
      "Budgets (预算) of Shanghai district medical-insurance bureaus (区医疗保障局) and their 医疗保险事务中心, read exactly from the published documents. Every value carries its source file, 1-based line and the line's text. Amounts are exact 元 (CNY).",
    version: version.dataVersion,
    created: version.importedAt,
    licenses: [{ ...LICENSE }],
    countryCode: "CN",
    currency: "CNY",
    ...(years.length ? { fiscalPeriod: { start: `${Math.min(...years)}-01-01`, end: `${Math.max(...years)}-12-31` } } : {}),
    keywords: ["Shanghai", "上海", "医疗保障局", "budget", "预算", "医疗救助", "三公经费", "fiscal"],
    sources: documents.map((d) => ({
      title: d.title, path: `/sources/${encodeURIComponent(d.fileName)}`, file: d.fileName, sha256: d.sha256, district: d.district,
      year: d.year, kind: d.kind, scope: d.scope, entity: d.entity, originalUrl: d.sourceUrl, publisher: d.publisher, publishedOn: d.publishedOn,
    })),
    model: {
      measures,
      dimensions: {
        district: { dimensionType: "location", attributes: { district: { source: "district" } }, primaryKey: ["district"] },
        year: { dimensionType: "datetime", attributes: { year: { source: "year" } }, primaryKey: ["year"] },
        classification: {
          dimensionType: "classification", classificationType: "functional",
          attributes: { code: { source: "code", resource: "lines" }, name: { source: "name", resource: "lines" } }, primaryKey: ["code"],
        },
      },
    },
    resources: DATASETS.map((dataset) => {
      const spec = DATASET_SPECS[dataset];
      const primaryKey = PRIMARY_KEYS[dataset];
      return {
        profile: "tabular-data-resource",
        name: dataset,
        path: csvPath(dataset),
        title: spec.title,
        description: spec.description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: spec.columns.map((c) => (c.name === "district" ? { ...fieldDescriptor(c), constraints: { enum: [...domain.districts] } } : fieldDescriptor(c))),
          missingValues: [""],
          ...(primaryKey ? { primaryKey } : {}),
        },
      };
    }),
  };
}
