// Why a metric value is what it is, worded from its stored basis (lib/metrics/resolve.ts MetricBasis).
import type { MetricBasis } from "../data/types";
import { fill } from "../i18n/zh-CN";
import { findingsZh as z } from "../i18n/findings";

/** `year`: the year the value is for (a derived value's prior year). */
export function basisText(basis: MetricBasis, year: number): string {
  switch (basis.kind) {
    case "project":
      return fill(z.basis.project, { project: basis.projectName, field: basis.field, kind: basis.documentKind });
    case "table9-total":
      return fill(z.basis["table9-total"], { kind: basis.documentKind });
    case "table9-operating":
      return fill(z.basis["table9-operating"], { kind: basis.documentKind });
    case "derived": {
      const prior = year === basis.fromYear - 1 ? z.basis.priorYear : `${year}年`;
      if (basis.direction === "flat") return fill(z.basis.derivedFlat, { fromYear: basis.fromYear, prior });
      return fill(z.basis.derivedChange, {
        fromYear: basis.fromYear, amount: basis.amountAsPrinted, unit: basis.unit, prior,
        direction: basis.direction === "increase" ? z.basis.increase : z.basis.decrease, change: basis.changeAsPrinted ?? "", changeUnit: basis.changeUnit ?? "",
      });
    }
    case "no-project":
    case "no-table9":
    case "not-collected":
      return z.basis[basis.kind];
  }
}
