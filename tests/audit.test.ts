import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { audit, type Finding } from "../lib/audit";
import { fenToYuan } from "../lib/money";
import { FILES, parseAllSources, parseText } from "./helpers";

const docs = parseAllSources();
const findings = audit(docs);

function at(check: string, file: string, line: number): Finding[] {
  return findings.filter((f) => f.check === check && f.locations[0]?.fileName === file && f.locations[0]?.line === line);
}

describe("the real defects of the five documents", () => {
  const expected: Array<[string, string, number, string, RegExp]> = [
    ["a number printed with two decimal points (table 1)", FILES.baoshan2023, 148, "ambiguous-number", /145,416,223\.44\.00.*按 145,416,223\.44 元 读取/],
    ["a number printed with two decimal points (table 4)", FILES.baoshan2023, 235, "ambiguous-number", /145,416,223\.44\.00/],
    ["table 4 cut short", FILES.baoshan2023, 222, "table-truncated", /截断/],
    ["table 6 listed in the contents but absent", FILES.baoshan2023, 19, "table-missing", /表6|6\. 2023/],
    ["青浦 table 4 listed but absent", FILES.qingpu2023, 17, "table-missing", /财政拨款收支预算总表/],
    ["parent 210 disagrees with its children (table 2)", FILES.qingpu2023, 130, "children-sum", /18,003,263\.00 元，下级 4 行之和为 25,453,263\.00 元/],
    ["parent 210 disagrees with its children (table 3)", FILES.qingpu2023, 159, "children-sum", /25,453,263\.00/],
    ["parent 210 disagrees with its children (table 5)", FILES.qingpu2023, 199, "children-sum", /25,453,263\.00/],
    ["parent 210 disagrees with table 1", FILES.qingpu2023, 103, "cross-table", /25,453,263\.00 元：表1第 103 行；18,003,263\.00 元：表5第 199 行/],
    ["210 合计 ≠ 基本支出 + 项目支出", FILES.qingpu2023, 199, "row-sum", /18,003,263\.00/],
    ["table number whose year is misprinted", FILES.qingpu2023, 19, "year-mismatch", /2022年预算单位政府性基金/],
    ["table 6 note says 2022", FILES.qingpu2023, 242, "year-mismatch", /2022年度/],
    ["table 7 note says 2022", FILES.qingpu2023, 265, "year-mismatch", /2022年度/],
    ["机关运行经费 209 万元 in table, 208.71 万元 in the text", FILES.qingpu2023, 353, "narrative-vs-table", /208\.71 万元.*209 万元.*2,087,132\.00 元/],
    ["卫生健康支出 2545.33 万元 in the text vs 18,003,263 in table 5", FILES.qingpu2023, 90, "narrative-vs-table", /2545\.33 万元/],
    ["互助帮困 project 1325 万元 vs 210 13 99", FILES.qingpu2023, 411, "project-vs-line", /相差 500,000\.00 元/],
    ["医疗救助资金 indicators differ between 001 and 002", FILES.baoshan2023Projects, 218, "project-cross-document", /补助发放准确率/],
    ["project funds in the 2026 text vs 项目支出", FILES.baoshan2026, 351, "narrative-vs-table", /14,332\.01 万元/],
    ["普陀 indicator row shifted under 效益指标", FILES.putuo2026, 209, "indicator-hierarchy", /时效指标/],
  ];
  for (const [name, file, line, check, message] of expected) {
    it(name, () => {
      const found = at(check, file, line);
      assert.equal(found.length > 0, true, `${check} at ${file}:${line}; have ${findings.map((f) => `${f.check}@${f.locations[0]?.line}`).join(" ")}`);
      assert.match(found.map((f) => f.message).join("\n"), message);
    });
  }

  it("finds nothing in the arithmetic of 宝山 2026 and 宝山 2023 beyond the listed defects", () => {
    const arithmetic = ["children-sum", "row-sum", "cross-table", "totals-balance", "three-public-sum", "reception-vs-economic", "operating-vs-public"];
    const baoshan = findings.filter((f) => f.districtSlug === "baoshan" && arithmetic.includes(f.check));
    assert.deepEqual(baoshan.map((f) => f.title), []);
  });

  it("stores the reading of the ambiguous number that the document supports", () => {
    const doc = docs.find((d) => d.fileName === FILES.baoshan2023);
    const health = doc?.tables.find((t) => t.tableNo === 1)?.lines.find((l) => l.sourceLine === 148);
    assert.equal(fenToYuan(health?.amounts[0]?.money.fen ?? 0n), "145416223.44");
    assert.equal(health?.amounts[0]?.money.asPublished, "145,416,223.44.00", "raw text kept");
  });

  it("gives every finding a stable id, a severity and a location", () => {
    const again = audit(parseAllSources());
    assert.deepEqual(again.map((f) => f.id), findings.map((f) => f.id));
    assert.equal(new Set(findings.map((f) => f.id)).size, findings.length);
    for (const f of findings) {
      assert.match(f.id, /^F-[0-9a-f]{8}$/);
      assert.ok(["error", "warning", "info"].includes(f.severity));
      assert.ok(f.locations.length > 0);
    }
  });
});

describe("checks on fragments", () => {
  const head = "上海市宝山区 2026 年区级部门预算\n预算主管部门：上海市宝山区医疗保障局\n\n";
  const table9 = (cells: string) =>
    `${head}9、2026年部门“三公”经费和机关运行经费预算\n单位：万元\n“三公”经费预算数\t\t\t\t\t\t机关运行经费预算数\n合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t\n\t\t\t小计\t购置费\t运行费\t\n${cells}\n`;

  it("三公 total ≠ Σ parts is an error", () => {
    const result = audit([parseText(table9("2.00\t0.00\t1.00\t0.00\t0.00\t0.00\t168.98"))]);
    assert.equal(result.filter((f) => f.check === "three-public-sum").length, 1);
  });
  it("a consistent 三公 row gives no finding", () => {
    const result = audit([parseText(table9("1.00\t0.00\t1.00\t0.00\t0.00\t0.00\t168.98"))]);
    assert.equal(result.filter((f) => f.check === "three-public-sum").length, 0);
  });
  it("income total ≠ expenditure total", () => {
    const doc = parseText(`${head}1、2026年部门财务收支预算总表\n单位：元\n本年收入\t\t本年支出\t\n项目\t预算数\t项目\t预算数\n一、财政拨款收入\t10.00\t八、卫生健康支出\t10.00\n收入总计\t10.00\t支出总计\t12.00\n`);
    assert.equal(audit([doc]).filter((f) => f.check === "totals-balance").length, 1);
  });
});
