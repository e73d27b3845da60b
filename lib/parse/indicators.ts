import { squash } from "./text";

/** 一级指标 names of the performance-indicator frameworks in use. */
const LEVEL1 = new Set(["产出指标", "效益指标", "满意度指标", "成本指标"]);
/** 二级指标 names. "成本指标" is 二级 (under 产出指标) in the older framework. */
const LEVEL2 = new Set([
  "数量指标", "质量指标", "时效指标", "成本指标",
  "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
  "服务对象满意度指标",
  "经济成本指标", "社会成本指标", "生态环境成本指标",
]);
const COST_LEVEL2 = /成本指标$/;

/** The 二级 names each 一级 may hold; a pairing outside this is a misprint. */
export const LEVEL2_OF_LEVEL1: Record<string, ReadonlySet<string>> = {
  产出指标: new Set(["数量指标", "质量指标", "时效指标", "成本指标"]),
  效益指标: new Set(["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]),
  满意度指标: new Set(["服务对象满意度指标"]),
  成本指标: new Set(["经济成本指标", "社会成本指标", "生态环境成本指标"]),
};

export interface IndicatorState {
  level1: string | null;
  level2: string | null;
}

/**
 * Walks one row's non-empty cells (or words): framework names set the context,
 * the rest are the 三级指标 and its value. Returns the texts that are not framework names.
 */
export function consumeFrameworkCells(cells: string[], state: IndicatorState): string[] {
  const texts: string[] = [];
  const squashed = cells.map(squash);
  for (let k = 0; k < cells.length; k++) {
    const cell = squashed[k] ?? "";
    if (texts.length === 0 && cell === "成本指标") {
      // 一级 in the 2026 framework when a cost 二级 follows, else the older 二级.
      const next = squashed[k + 1] ?? "";
      if (COST_LEVEL2.test(next) && next !== "成本指标") {
        state.level1 = cell;
        state.level2 = null;
      } else {
        state.level2 = cell;
      }
      continue;
    }
    if (texts.length === 0 && LEVEL1.has(cell)) {
      state.level1 = cell;
      state.level2 = null;
      continue;
    }
    if (texts.length === 0 && LEVEL2.has(cell)) {
      state.level2 = cell;
      continue;
    }
    texts.push(cells[k] ?? "");
  }
  return texts;
}

export function isIndicatorHeader(cells: string[]): boolean {
  return cells.some((c) => squash(c) === "一级指标");
}
