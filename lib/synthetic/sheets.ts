import type { DefectKind, MetricSource, PlantedFinding, RenderedDocument } from "./defects";
import { wan, yuan } from "./format";
import { bureauName, centreName, type Indicator, type Project, type UnitKey, type YearModel } from "./model";
import { Out } from "./out";

function implementerOf(model: YearModel, unit: UnitKey): string {
  return unit === "bureau" ? bureauName(model.district) : centreName(model.district);
}

/** Indicator rows with each 一级/二级 name printed once, where it starts. */
function framed(indicators: Indicator[]): Array<Indicator & { showLevel1: boolean; showLevel2: boolean }> {
  return indicators.map((ind, i) => {
    const prev = indicators[i - 1];
    const showLevel1 = prev?.level1 !== ind.level1;
    return { ...ind, showLevel1, showLevel2: showLevel1 || prev?.level2 !== ind.level2 };
  });
}

/** One sheet in the tab-separated layouts: "000" (宝山 2026 部门预算) or "004" (普陀 2026 汇总表). */
/** Lines of a printed sheet: its 项目名称 row, the row with its year's amount, and each indicator (by 三级指标). */
export interface SheetLines {
  nameLine: number;
  annualLine: number;
  indicatorLines: Map<string, number>;
}

export function renderTsvSheet(out: Out, project: Project, model: YearModel, style: "000" | "004"): SheetLines {
  const year = model.year;
  const supervisor = bureauName(model.district);
  const implementer = implementerOf(model, project.unit);
  const amount = yuan(project.fen);
  const indicatorLines = new Map<string, number>();
  if (style === "000") {
    const nameLine = out.push(`项目名称\t${project.name}\t\t项目类别\t${project.category}\t`);
    out.push(
      `主管部门\t${supervisor}\t\t实施单位\t${implementer}\t`,
      `计划开始日期\t${year}年1月1日\t\t计划完成日期\t${year}年12月31日\t`,
    );
    const annualLine = out.push(`项目资金 (元)\t项目资金总额\t${amount}\t年度资金申请总额\t${amount}\t`);
    out.push(
      `\t其中：财政资金\t${amount}\t其中：当年财政拨款\t${amount}\t`,
      "\t其他资金\t\t上年结转资金\t\t",
      `项目绩效目标\t项目总目标 (${year}年-${year}年)\t\t\t年度总目标\t`,
      `\t${project.goal}\t\t\t${project.goal}\t`,
      "绩效指标\t一级指标\t二级指标\t三级指标\t\t年度指标值",
    );
    for (const ind of framed(project.indicators)) {
      indicatorLines.set(ind.level3, out.push(`\t${ind.showLevel1 ? ind.level1 : ""}\t${ind.showLevel2 ? ind.level2 : ""}\t${ind.level3}\t\t${ind.value}`));
    }
    return { nameLine, annualLine, indicatorLines };
  }
  out.push("财政项目支出绩效目标申报表\t\t\t\t\t", `(${year} 年度)\t\t\t\t\t`);
  const nameLine = out.push(`项目名称\t${project.name}\t项目性质\t${project.nature}\t项目类别\t${project.category}`);
  out.push(`主管部门\t${supervisor}\t实施单位\t${implementer}\t\t`, `计划开始日期\t${year}-01-01\t计划完成日期\t${year}-12-31\t\t`);
  const annualLine = out.push(`项目资金 (元)\t项目资金总额:\t\t年度资金申请总额:\t${amount}\t`);
  out.push(
    `\t其中: 财政资金\t\t其中: 当年财政拨款\t${amount}\t`,
    "\t\t\t上年结转资金\t0.00\t",
    "\t其他资金\t\t其他资金\t0.00\t",
    "项目 绩效 目标\t项目总目标\t\t年度总体目标\t\t",
    `\t\t\t${project.goal}\t\t`,
    "\t一级指标\t二级指标\t三级指标\t年度(/项目)指标值\t",
  );
  framed(project.indicators).forEach((ind, i) => {
    indicatorLines.set(ind.level3, out.push(`${i === 0 ? "绩效 指标" : ""}\t${ind.showLevel1 ? ind.level1 : ""}\t${ind.showLevel2 ? ind.level2 : ""}\t${ind.level3}\t${ind.value}\t`));
  });
  return { nameLine, annualLine, indicatorLines };
}

const metricOf = (unit: UnitKey) => (unit === "bureau" ? "medical-assistance" : "mutual-aid");

/** The first project of a unit that no metric reads (where sheet defects are planted). */
function plainProject(projects: readonly Project[]): Project {
  const project = projects.find((p) => p.metric === null);
  if (!project) throw new Error("a unit without a project other than its metric's");
  return project;
}

/** The indicator moved by the "indicator-hierarchy" defect: printed inside the 产出指标 block. */
const MISPLACED = "医保服务保障水平";
/** The indicator whose value the "project-cross-document" defect changes in one of two sheets. */
const DIFFERING = { level3: "预算编制规范性", value: "基本规范" } as const;

/** A stand-alone 项目绩效目标汇总表 of one unit, tab-separated (004_*.txt layout). */
export function renderSummarySheets(model: YearModel, unit: UnitKey, defect: DefectKind | null): RenderedDocument {
  const out = new Out();
  const expected: PlantedFinding[] = [];
  const sources: MetricSource[] = [];
  out.push("", "");
  out.para(`${implementerOf(model, unit)} ${model.year} 年度项目绩效目标汇总表`);
  const projects = (unit === "bureau" ? model.bureau : model.centre).projects;
  const target = plainProject(projects);
  for (const project of projects) {
    let printed = project;
    if (project === target && defect === "project-cross-document") {
      printed = { ...project, indicators: project.indicators.map((i) => (i.level3 === DIFFERING.level3 ? { ...i, value: DIFFERING.value } : i)) };
    }
    if (project === target && defect === "indicator-hierarchy") {
      printed = { ...project, indicators: project.indicators.map((i) => (i.level3 === MISPLACED ? { ...i, level1: "产出指标" } : i)) };
    }
    const lines = renderTsvSheet(out, printed, model, "004");
    out.push("");
    if (project.metric !== null) sources.push({ metric: metricOf(unit), line: lines.annualLine, fen: project.fen });
    if (printed !== project && defect === "project-cross-document") {
      // The same unit's one-field-per-line sheets print the true value.
      expected.push({ check: "project-cross-document", line: lines.nameLine, severity: "warning", partners: [unit === "bureau" ? "jxmb-ju-h" : "jxmb-zx-h"] });
    }
    if (printed !== project && defect === "indicator-hierarchy") {
      expected.push({ check: "indicator-hierarchy", line: lines.indicatorLines.get(MISPLACED) ?? 0, severity: "info" });
    }
  }
  return { text: out.text(), expected, sources };
}

/** Breaks text into lines of at most `width` characters (the PDF's column width). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines;
}

/** Project sheets printed one field per line (001_*.txt layout: PDF text of a form). */
export function renderLineSheets(model: YearModel, unit: UnitKey, defect: DefectKind | null): RenderedDocument {
  const year = model.year;
  const out = new Out();
  const expected: PlantedFinding[] = [];
  const sources: MetricSource[] = [];
  const projects = (unit === "bureau" ? model.bureau : model.centre).projects;
  const target = plainProject(projects);
  const supervisor = bureauName(model.district);
  projects.forEach((project, n) => {
    if (n > 0) out.push(...Array.from({ length: 12 }, () => " "), "");
    out.push("");
    out.para("财政项目支出绩效目标填报表 ");
    out.para(`（${year} 年度） `);
    if (project.name.length > 10) {
      out.para("项目名称 ");
      out.push(`${project.name.slice(0, 11)}`, "", `${project.name.slice(11)} `);
      out.para(`项目类别 ${project.nature} `);
    } else {
      out.para(`项目名称 ${project.name} 项目类别 ${project.nature} `);
    }
    out.para(`主管部门 ${supervisor} 实施单位 ${implementerOf(model, unit)} `);
    out.para(`计划开始日期 ${year} 年 1月 1 日 计划完成日期 ${year} 年 12 月 31 日 `);
    out.para("项目资金 ");
    out.para("（元） ");
    const amount = yuan(project.fen);
    const annualLine = out.para(`项目资金总额 ${amount} 年度资金申请总额 ${amount} `);
    // The "project-funds" defect: 财政资金 printed one 100-元 step short of 项目资金总额.
    const fiscal = project === target && defect === "project-funds" ? yuan(project.fen - 10_000n) : amount;
    out.push(`其中：财政资金 ${fiscal} `, `其中：当年财政拨款 ${amount} `, "");
    if (fiscal !== amount) expected.push({ check: "project-funds", line: annualLine, severity: "warning" });
    if (project.metric !== null) sources.push({ metric: metricOf(unit), line: annualLine, fen: project.fen });
    out.para("     上年结转资金  ");
    out.para("其他资金  其他资金  ");
    ["项目 ", "绩效 ", "目标 ", "项目总目标 "].forEach((l) => out.para(l));
    out.push(`（ ${year} 年- ${year} 年） `, "年度总目标 ", "");
    for (const piece of wrap(project.goal, 24)) out.para(`${piece} `);
    for (const piece of wrap(project.goal, 20)) out.para(`${piece} `);
    ["绩效 ", "指标 ", "一级指标 二级指标 三级指标 年度指标值 "].forEach((l) => out.para(l));
    for (const ind of framed(project.indicators)) {
      if (ind.showLevel1) out.para(`${ind.level1} `);
      if (ind.showLevel2 && ind.level2 !== "数量指标") {
        out.push(`${ind.level2} `, `${ind.level3} ${ind.value} `, "");
      } else {
        out.push(`${ind.showLevel2 ? `${ind.level2} ` : ""}${ind.level3} ${ind.value} `, "");
      }
      out.para("  ");
    }
  });
  return { text: out.text(), expected, sources };
}

/** The project sheet of a 单位预算 in Markdown (003_*.txt layout), amounts in 万元; returns the line of its amounts. */
export function renderMarkdownSheet(out: Out, project: Project, model: YearModel): number {
  const year = model.year;
  const amount = wan(project.fen, 0, false);
  out.para("# 财政项目支出绩效目标表");
  out.para(`(${year}年度)`);
  out.push(
    "|                |  |          |            |   |         |",
    "|----------------|--|----------|------------|---|---------|",
    `| 项目名称           | ${project.name}   |          | 项目类别       | 专项资金 <input type="checkbox"/> 经常性项目 <input checked="" type="checkbox"/> 一次性项目 <input type="checkbox"/>          |         |`,
    `| 主管部门           | ${bureauName(model.district)}  |          | 实施单位       | ${implementerOf(model, project.unit)}  |         |`,
    `| 计划开始日期         | ${year}-1-1   |          | 计划完成日期     | ${year}-12-31  |         |`,
  );
  const annualLine = out.push(`| 项目资金<br>(万元)   | 项目资金总额   |          | ${amount}       | 年度资金申请总额  | ${amount}    |`);
  out.push(
    `|                | 其中：财政资金  |          | ${amount}       | 其中：当年财政拨款   | ${amount}    |`,
    "|                |  |          |            | 上年结转资金  |         |",
    "|                | 其他资金   |          |            | 其他资金  |         |",
    `| 项目<br>绩效<br>目标 | 项目总目标<br>(${year}年-${year}年)   |          |            | 年度总目标   |         |`,
    `|                | ${project.goal} |          |            | ${project.goal} |         |`,
    "| 绩效<br>指标       | 一级指标   | 二级指标     | 三级指标       |   | 年度指标值   |",
  );
  for (const ind of framed(project.indicators)) {
    if (ind.level1 === "满意度指标") {
      out.push(`| ${ind.level1}          | ${ind.level2}  | ${ind.level3} |            | ${ind.value}  |         |`);
    } else {
      out.push(`|                | ${ind.showLevel1 ? ind.level1 : ""}   | ${ind.showLevel2 ? ind.level2 : ""}     | ${ind.level3}    |   | ${ind.value} |`);
    }
  }
  return annualLine;
}
