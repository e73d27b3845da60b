// Project sheets: each total = Σ its parts, and indicators under the 一级指标 their 二级 name belongs to.
import { PROJECT_FUND_RULES } from "../../domain/projects";
import { sumFen } from "../../money";
import { LEVEL2_OF_LEVEL1 } from "../../parse/indicators";
import { textLocation, type DocAudit } from "../context";
import { amounts } from "../findings";

export function checkProjects(audit: DocAudit): void {
  const { doc } = audit;
  for (const project of doc.projects) {
    for (const [totalField, parts] of PROJECT_FUND_RULES) {
      const total = project.amounts.find((a) => a.field === totalField);
      const present = project.amounts.filter((a) => parts.includes(a.field));
      if (!total || present.length === 0) continue;
      const expected = sumFen(present.map((a) => a.money.fen));
      if (expected === total.money.fen) continue;
      audit.emit(
        {
          check: "project-funds",
          severity: "warning",
          locations: [
            textLocation(doc.fileName, total.sourceLine, "subject", total.money.fen, null, total.field),
            ...present.map((a) => textLocation(doc.fileName, a.sourceLine, "part", a.money.fen, null, a.field)),
          ],
          amounts: amounts(total.money.fen, expected),
          params: { project: project.name, field: totalField, parts: present.map((a) => a.field), unit: total.money.unit },
        },
        totalField,
      );
    }
    for (const indicator of project.indicators) {
      const allowed = indicator.level1 ? LEVEL2_OF_LEVEL1[indicator.level1] : undefined;
      if (!indicator.level2 || !allowed || allowed.has(indicator.level2)) continue;
      audit.emit(
        {
          check: "indicator-hierarchy",
          severity: "info",
          locations: [textLocation(doc.fileName, indicator.sourceLine, "subject")],
          amounts: null,
          params: { project: project.name, level1: indicator.level1, level2: indicator.level2, level3: indicator.level3, allowed: [...allowed] },
        },
        indicator.level3,
      );
    }
  }
}
