// Figures stated in the explanatory text against the table figure they describe. Agreement is judged at
// the precision of the less precise print: "209 万元" in table 9 and "208.71 万元" in the text agree at
// table 9's precision, which is still reported (info) because the metric then carries the rounded figure.
import { COLUMN, TABLE, type ThreePublicPart } from "../../domain/budget-tables";
import { OPERATING_SUBJECT, TABLE9_SUBJECTS } from "../../domain/narrative";
import { METRIC_DEFINITIONS, type MetricId } from "../../domain/metrics";
import { annualAmount } from "../../domain/projects";
import { printedDecimals, type MoneyReading } from "../../money";
import type { NarrativeFigure, ParsedDocument } from "../../parse/types";
import { amountOf, textLocation, type DocAudit } from "../context";
import { amounts, type FindingLocation } from "../findings";
import { agreesWithPrinted } from "./table9";

/** A table figure a sentence describes. */
interface Target {
  money: MoneyReading;
  line: number;
  tableNo: number | null;
  code: string | null;
  name: string;
  column: string | null;
  /** For table 9: which part; for projects: the amount field. */
  part: string | null;
  metric: MetricId | null;
}

function tableTotal(doc: ParsedDocument, tableNo: number, side: "收入" | "支出" | null, column: string | null): Target | null {
  const table = doc.tables.find((t) => t.tableNo === tableNo);
  const line = table?.lines.find((l) => l.isTotal && (side === null || l.side === side));
  const cell = line ? (column ? amountOf(line, column) : line.amounts[0]) : undefined;
  if (!line || !cell) return null;
  return { money: cell.money, line: line.sourceLine, tableNo, code: null, name: line.name, column: cell.column, part: null, metric: null };
}

function namedLine(doc: ParsedDocument, tableNo: number, name: string, level: number): Target | null {
  const line = doc.tables.find((t) => t.tableNo === tableNo)?.lines.find((l) => l.name === name && l.level === level);
  const cell = line ? amountOf(line, COLUMN.total) : undefined;
  if (!line || !cell) return null;
  return { money: cell.money, line: line.sourceLine, tableNo, code: line.code, name, column: COLUMN.total, part: null, metric: null };
}

function table9(doc: ParsedDocument, part: ThreePublicPart): Target | null {
  const cell = doc.threePublic.find((c) => c.part === part);
  if (!cell?.money) return null;
  return { money: cell.money, line: cell.sourceLine, tableNo: TABLE.threePublic, code: null, name: cell.label, column: null, part, metric: "three-public" };
}

/**
 * What table figure a sentence of the explanatory text states, if the audit can tell. Not "涉及项目预算资金":
 * it totals the projects with performance targets, not table 3's 项目支出 (false alarms on 4 of 5 real documents).
 */
function narrativeTarget(doc: ParsedDocument, figure: NarrativeFigure): Target | null {
  const s = figure.subject.replace(/\s+/g, "");
  for (const [pattern, part] of TABLE9_SUBJECTS) if (pattern.test(s)) return table9(doc, part);
  if (OPERATING_SUBJECT.test(s) && doc.operating) {
    const o = doc.operating;
    return { money: o.money, line: o.sourceLine, tableNo: TABLE.threePublic, code: null, name: o.label, column: null, part: "operating", metric: "operating-expenses" };
  }
  if (/^本(部门|单位)(预算)?收入(预算|总计)?$/.test(s)) return tableTotal(doc, TABLE.summary, "收入", null);
  if (/^(本(部门|单位))?(预算)?支出(预算|总计)?$/.test(s)) return tableTotal(doc, TABLE.summary, "支出", null);
  if (/^(一般公共预算拨款支出预算|本部门一般公共预算财政拨款支出)$/.test(s)) return tableTotal(doc, TABLE.generalPublic, null, COLUMN.total);
  if (/^本(部门|单位)一般公共预算财政拨款基本支出总额$/.test(s)) return tableTotal(doc, TABLE.economic, null, COLUMN.total);
  if (/^基本支出$/.test(s)) return tableTotal(doc, TABLE.expenditure, null, COLUMN.basic);
  if (/^项目支出$/.test(s)) return tableTotal(doc, TABLE.expenditure, null, COLUMN.project);
  const economicSection = figure.section !== null && /基本支出/.test(figure.section);
  const xiang = /([^（）]+)（项）$/.exec(s);
  if (xiang?.[1]) return namedLine(doc, TABLE.generalPublic, xiang[1], 3);
  const kuan = /（类）([^（）]+)（款）(支出)?$/.exec(s);
  if (kuan?.[1]) return namedLine(doc, economicSection ? TABLE.economic : TABLE.generalPublic, kuan[1], 2);
  const lei = /^“?([^“”（）]+)”?(（类）|科目)$/.exec(s);
  if (lei?.[1]) return namedLine(doc, economicSection ? TABLE.economic : TABLE.generalPublic, lei[1], 1);
  // A sentence naming a 类 of table 5 by its bare name ("卫生健康支出 2,545.33 万元").
  return namedLine(doc, TABLE.generalPublic, s, 1);
}

function projectTarget(doc: ParsedDocument, figure: NarrativeFigure): Target | null {
  if (!/(年度财政资金预算安排金额|项目当年预算)$/.test(figure.subject)) return null;
  const projectName = /^(.+)项目经费情况说明$/.exec(figure.section ?? "")?.[1] ?? (doc.projects.length === 1 ? doc.projects[0]?.name : undefined);
  const project = doc.projects.find((p) => p.name === projectName);
  const annual = project ? annualAmount(project.amounts) : undefined;
  if (!project || !annual) return null;
  return { money: annual.money, line: annual.sourceLine, tableNo: null, code: null, name: project.name, column: null, part: annual.field, metric: null };
}

/** A difference of at most one unit in the last printed digit: a rounding slip. */
function withinLastDigit(fen: bigint, printed: MoneyReading): boolean {
  const unitFen = printed.unit === "元" ? 100n : 1_000_000n;
  const step = unitFen / 10n ** BigInt(printedDecimals(printed.asPublished));
  const diff = fen - printed.fen;
  return (diff < 0n ? -diff : diff) <= step;
}

/** Table 8's 公用经费 total, where it supports a stated 机关运行经费 (they are close kin). */
function publicFundsWitness(audit: DocAudit, money: MoneyReading): FindingLocation | null {
  const total = audit.doc.tables.find((t) => t.tableNo === TABLE.economic)?.lines.find((l) => l.isTotal);
  const cell = total ? amountOf(total, COLUMN.publicUse) : undefined;
  if (!total || !cell) return null;
  const fen = audit.fen(total, cell);
  return agreesWithPrinted(fen, money) ? textLocation(audit.doc.fileName, total.sourceLine, "peer", fen, TABLE.economic, COLUMN.publicUse) : null;
}

export function checkNarrative(audit: DocAudit): void {
  const { doc } = audit;
  for (const figure of doc.narrative) {
    const target = projectTarget(doc, figure) ?? narrativeTarget(doc, figure);
    if (!target) continue;
    if (target.money.unit === figure.money.unit && target.money.fen === figure.money.fen) continue;
    const consistentAtPrecision =
      target.money.unit !== figure.money.unit || printedDecimals(target.money.asPublished) !== printedDecimals(figure.money.asPublished)
        ? agreesWithPrinted(figure.money.fen, target.money) || agreesWithPrinted(target.money.fen, figure.money)
        : false;
    // Across units, equal at the coarser print is agreement (2,545.33 万元 and 25,453,263 元).
    if (consistentAtPrecision && target.money.unit !== figure.money.unit) continue;
    const witness = /机关运行经费/.test(figure.subject) ? publicFundsWitness(audit, figure.money) : null;
    audit.emit(
      {
        check: "narrative-vs-table",
        severity: consistentAtPrecision || withinLastDigit(target.money.fen, figure.money) ? "info" : "warning",
        ...(target.metric ? { metric: target.metric } : {}),
        locations: [
          textLocation(doc.fileName, figure.sourceLine, "subject", figure.money.fen),
          textLocation(doc.fileName, target.line, "peer", target.money.fen, target.tableNo, target.column),
          ...(witness ? [witness] : []),
        ],
        amounts: amounts(figure.money.fen, target.money.fen),
        params: {
          subject: figure.subject,
          figureAsPrinted: figure.money.asPublished,
          figureUnit: figure.money.unit,
          targetTable: target.tableNo,
          targetCode: target.code,
          targetName: target.name,
          targetColumn: target.column,
          targetPart: target.part,
          targetAsPrinted: target.money.asPublished,
          targetUnit: target.money.unit,
          consistentAtPrecision,
          finer: printedDecimals(figure.money.asPublished) > printedDecimals(target.money.asPublished) ? "text" : "table",
          metricReadsTarget: target.metric !== null && METRIC_DEFINITIONS[target.metric].readFrom === "table9",
        },
      },
      figure.subject,
    );
  }
}
