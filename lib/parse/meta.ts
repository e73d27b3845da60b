import { districtByName } from "../districts";
import { isMarkdownRow, splitLines, stripMarkdown } from "./text";
import { SourceError, type DocumentKind, type DocumentMeta, type EntityKind, type Layout } from "./types";

/** "上海市普陀区2025年区级部门预算", or with the unit named: "上海市普陀区社会福利院2024年单位预算". */
const BUDGET_TITLE = /^上海市(\S+?区)(\S*?)\s*(\d{4})\s*年度?(?:区级)?(部门|单位)预算$/;
/** A final account (决算) is another template: 决算数 columns, no budget figures. */
const FINAL_ACCOUNT = /^上海市\S*?(\d{4})\s*年度?\S*?(部门|单位)决算/;
const SUMMARY_TITLE = /^上海市(\S+?区)(\S+?)\s*(\d{4})\s*年度?项目绩效目标汇总表$/;
const SHEET_TITLE = /^财政项目支出绩效目标(填报|申报)表$/;
const SHEET_YEAR = /^[（(]\s*(\d{4})\s*年度\s*[）)]$/;
const DISTRICT_IN_NAME = /^上海市(\S+?区)/;

export function entityKindOf(name: string): EntityKind {
  return /事务中心|中心$/.test(name) ? "centre" : "bureau";
}

export function detectLayout(fileName: string, lines: string[], fallback: Layout | null = null): Layout {
  let markdownRows = 0;
  let tabRows = 0;
  for (const line of lines) {
    if (isMarkdownRow(line)) markdownRows++;
    else if (line.includes("\t")) tabRows++;
  }
  if (markdownRows > 0 && markdownRows >= tabRows) return "markdown";
  if (tabRows > 0) return "tsv";
  if (lines.some((l) => /^\s*项目名称/.test(l))) return "lines";
  if (fallback) return fallback;
  throw new SourceError(fileName, null, "unknown layout: no tab-separated rows, no Markdown tables and no one-field-per-line project sheet");
}

function districtOf(fileName: string, line: number, fullName: string): { nameZh: string; slug: string } {
  const d = districtByName(fullName);
  if (!d) throw new SourceError(fileName, line, `"${fullName}" is not a Shanghai district`);
  return d;
}

function checkYear(fileName: string, line: number, year: number): number {
  if (year < 2000 || year > 2100) throw new SourceError(fileName, line, `implausible budget year ${year}`);
  return year;
}

/** Reads district, year, kind, scope and publishing unit from the document's own title lines. */
export function detectMeta(fileName: string, text: string, layoutOverride: Layout | null = null): DocumentMeta {
  const lines = splitLines(text);
  const firstIndex = lines.findIndex((l) => l.trim() !== "");
  if (firstIndex < 0) throw new SourceError(fileName, null, "the file holds no text");
  const titleLine = firstIndex + 1;
  const title = stripMarkdown(lines[firstIndex] ?? "");
  const squashedTitle = title.replace(/\s+(?=\d)|(?<=\d)\s+/g, "");

  const finalAccount = FINAL_ACCOUNT.exec(squashedTitle.replace(/\s+/g, ""));
  if (finalAccount) {
    throw new SourceError(
      fileName,
      titleLine,
      `this is a ${finalAccount[2] ?? "部门"}决算 (a final account of ${finalAccount[1] ?? "a past year"}), not a budget (预算): final accounts follow another template and are not read`,
    );
  }
  const budget = BUDGET_TITLE.exec(title) ?? BUDGET_TITLE.exec(squashedTitle);
  // A budget whose tables are missing gets past layout detection, to be refused for that reason.
  const layout = layoutOverride ?? detectLayout(fileName, lines, budget ? "tsv" : null);
  if (budget) {
    const [, districtFull = "", , yearText = "", scopeWord = ""] = budget;
    const kind: DocumentKind = scopeWord === "部门" ? "部门预算" : "单位预算";
    const label = kind === "部门预算" ? /^预算主管部门[：:]\s*(\S+)/ : /^预算单位[：:]\s*(\S+)/;
    const entityIndex = lines.findIndex((l) => label.test(stripMarkdown(l)));
    const entityName = entityIndex >= 0 ? label.exec(stripMarkdown(lines[entityIndex] ?? ""))?.[1] : undefined;
    if (!entityName) {
      throw new SourceError(fileName, titleLine + 1, `title names a ${kind} but no "${kind === "部门预算" ? "预算主管部门：" : "预算单位："}" line follows`);
    }
    const district = districtOf(fileName, titleLine, districtFull);
    return {
      districtNameZh: district.nameZh,
      districtSlug: district.slug,
      year: checkYear(fileName, titleLine, Number(yearText)),
      kind,
      scope: kind === "部门预算" ? "部门" : "单位",
      phase: "预算",
      layout,
      title,
      titleLine,
      entityName,
      entityKind: entityKindOf(entityName),
    };
  }

  const summary = SUMMARY_TITLE.exec(title);
  if (summary) {
    const [, districtFull = "", unitName = "", yearText = ""] = summary;
    const district = districtOf(fileName, titleLine, districtFull);
    const entityName = `上海市${districtFull}${unitName}`;
    return {
      districtNameZh: district.nameZh,
      districtSlug: district.slug,
      year: checkYear(fileName, titleLine, Number(yearText)),
      kind: "绩效目标表",
      scope: "部门",
      phase: "预算",
      layout,
      title,
      titleLine,
      entityName,
      entityKind: entityKindOf(entityName),
    };
  }

  if (SHEET_TITLE.test(title.replace(/\s+/g, ""))) {
    const yearIndex = lines.findIndex((l, i) => i > firstIndex && SHEET_YEAR.test(l.trim()));
    const yearMatch = yearIndex >= 0 ? SHEET_YEAR.exec((lines[yearIndex] ?? "").trim()) : null;
    if (!yearMatch?.[1]) throw new SourceError(fileName, titleLine + 1, "project sheet without a \"（YYYY 年度）\" line");
    const supervisorIndex = lines.findIndex((l) => /主管部门/.test(l));
    const supervisor = /主管部门[\s|\t]*([^\s|\t]+)/.exec(lines[supervisorIndex] ?? "")?.[1];
    if (!supervisor) throw new SourceError(fileName, null, "project sheet without a 主管部门");
    const districtFull = DISTRICT_IN_NAME.exec(supervisor)?.[1];
    if (!districtFull) throw new SourceError(fileName, supervisorIndex + 1, `cannot find the district in 主管部门 "${supervisor}"`);
    const district = districtOf(fileName, supervisorIndex + 1, districtFull);
    return {
      districtNameZh: district.nameZh,
      districtSlug: district.slug,
      year: checkYear(fileName, yearIndex + 1, Number(yearMatch[1])),
      kind: "绩效目标表",
      scope: "部门",
      phase: "预算",
      layout,
      title,
      titleLine,
      entityName: supervisor,
      entityKind: entityKindOf(supervisor),
    };
  }

  throw new SourceError(
    fileName,
    titleLine,
    `unknown document, not a budget: the title "${title.slice(0, 40)}" is neither "上海市X区YYYY年区级部门/单位预算", "上海市X区…YYYY年度项目绩效目标汇总表" nor "财政项目支出绩效目标填报表"`,
  );
}
