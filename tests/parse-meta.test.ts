// What a document says it is, read from its own title lines (lib/parse/meta.ts): each title form the districts
// print, the near misses that are no budget, and the refusals with their exact messages.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectLayout, detectMeta, entityKindOf } from "../lib/parse/meta";
import { assertSourceError } from "./parse-fragments";

const ROW = "201\t06\t02 一般行政管理事务\t100.00\t\t100.00";
const meta = (...lines: string[]) => {
  const m = detectMeta("t.txt", [...lines, ROW].join("\n"));
  return [m.districtSlug, m.year, m.kind, m.scope, m.entityName, m.entityKind, m.titleLine, m.title];
};
const refuses = (text: string, message: string) => assertSourceError(() => detectMeta("t.txt", text), message);

describe("budget titles", () => {
  it("区级部门预算 with its 预算主管部门 line, after blank lines and a Markdown heading mark", () => {
    assert.deepEqual(meta("", "# 上海市普陀区2025年区级部门预算", "预算主管部门：上海市普陀区医疗保障局"), ["putuo", 2025, "部门预算", "部门", "上海市普陀区医疗保障局", "bureau", 2, "上海市普陀区2025年区级部门预算"]);
  });

  it("单位预算 with the unit named in the title, 年度, and spaces around the year", () => {
    assert.deepEqual(meta("上海市宝山区医疗保险事务中心 2026 年度单位预算", "预算单位:上海市宝山区医疗保险事务中心"), ["baoshan", 2026, "单位预算", "单位", "上海市宝山区医疗保险事务中心", "centre", 1, "上海市宝山区医疗保险事务中心 2026 年度单位预算"]);
  });

  it("a 部门预算 needs 预算主管部门, a 单位预算 needs 预算单位: the other label does not do", () => {
    refuses(["上海市普陀区2025年区级部门预算", "预算单位：上海市普陀区医疗保障局", ROW].join("\n"), 't.txt:2: title names a 部门预算 but no "预算主管部门：" line follows');
    refuses(["上海市普陀区2025年区级单位预算", "预算主管部门：上海市普陀区医疗保障局", ROW].join("\n"), 't.txt:2: title names a 单位预算 but no "预算单位：" line follows');
  });

  it("a district Shanghai does not have, and a year out of range, are refused at the title's line", () => {
    refuses(["上海市浦江区2025年区级部门预算", "预算主管部门：上海市浦江区医疗保障局", ROW].join("\n"), 't.txt:1: "浦江区" is not a Shanghai district');
    refuses(["上海市普陀区1999年区级部门预算", "预算主管部门：上海市普陀区医疗保障局", ROW].join("\n"), "t.txt:1: implausible budget year 1999");
    refuses(["上海市普陀区2101年区级部门预算", "预算主管部门：上海市普陀区医疗保障局", ROW].join("\n"), "t.txt:1: implausible budget year 2101");
    assert.equal(meta("上海市普陀区2100年区级部门预算", "预算主管部门：上海市普陀区医疗保障局")[1], 2100);
    assert.equal(meta("上海市普陀区2000年区级部门预算", "预算主管部门：上海市普陀区医疗保障局")[1], 2000);
  });

  it("a final account (决算) is refused as another template, 部门 or 单位", () => {
    refuses("上海市普陀区 2024 年度区级单位决算\n", "t.txt:1: this is a 单位决算 (a final account of 2024), not a budget (预算): final accounts follow another template and are not read");
  });

  it("titles that only look like a budget's are unknown documents", () => {
    for (const title of ["上海市普陀区2025年区级部门预算执行情况", "普陀区2025年区级部门预算", "上海市普陀区2025年区级部门预算（草案）说明"]) {
      assertSourceError(() => detectMeta("t.txt", `${title}\n${ROW}`), /^t\.txt:1: unknown document, not a budget: the title "/);
    }
  });

  it("an empty file, and a file of blank lines, hold no text", () => {
    refuses("", "t.txt: the file holds no text");
    refuses("\n  \n\t\n", "t.txt: the file holds no text");
  });
});

describe("project-target titles", () => {
  it("项目绩效目标汇总表: the district and the unit from the title", () => {
    assert.deepEqual(meta("上海市普陀区医疗保障局2026年度项目绩效目标汇总表"), ["putuo", 2026, "绩效目标表", "部门", "上海市普陀区医疗保障局", "bureau", 1, "上海市普陀区医疗保障局2026年度项目绩效目标汇总表"]);
  });

  it("财政项目支出绩效目标申报表: the year from its （YYYY年度） line, the district and unit from 主管部门", () => {
    const sheet = (...lines: string[]) => ["财政项目支出绩效目标申报表", ...lines, "项目名称\t医疗救助资金"].join("\n");
    const m = detectMeta("t.txt", sheet("（ 2026 年度）", "主管部门\t上海市宝山区医疗保险事务中心"));
    assert.deepEqual([m.districtSlug, m.year, m.kind, m.entityName, m.entityKind], ["baoshan", 2026, "绩效目标表", "上海市宝山区医疗保险事务中心", "centre"]);
    refuses(sheet("2026年度", "主管部门\t上海市宝山区医疗保障局"), 't.txt:2: project sheet without a "（YYYY 年度）" line');
    refuses(sheet("（2026年度）"), "t.txt: project sheet without a 主管部门");
    refuses(sheet("（2026年度）", "主管部门\t宝山区医疗保障局"), 't.txt:3: cannot find the district in 主管部门 "宝山区医疗保障局"');
  });
});

describe("entities and layouts", () => {
  it("a 事务中心 or a name ending in 中心 is a centre; 中心 inside a name is not", () => {
    assert.deepEqual(["上海市宝山区医疗保险事务中心", "上海市普陀区医保中心", "上海市普陀区中心城区管理局", "上海市宝山区医疗保障局"].map(entityKindOf), ["centre", "centre", "bureau", "bureau"]);
  });

  it("Markdown when it has as many table rows as tab rows, tab-separated otherwise, one field per line for a project sheet", () => {
    assert.equal(detectLayout("t.txt", ["| a | b |", "a\tb"]), "markdown");
    assert.equal(detectLayout("t.txt", ["| a | b |", "a\tb", "c\td"]), "tsv");
    assert.equal(detectLayout("t.txt", ["  项目名称", "医疗救助资金"]), "lines");
    assert.equal(detectLayout("t.txt", ["标题"], "tsv"), "tsv");
    assert.throws(() => detectLayout("t.txt", ["名称：项目名称"]), /t\.txt: unknown layout/);
  });
});
