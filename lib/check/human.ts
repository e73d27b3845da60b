// The readable summary `npm run doc:check` prints per document (without --json).
import type { ThreePublicPart } from "../domain/budget-tables";
import { formatWan, formatYuan } from "../money";
import type { CheckedDocument, CheckedLocation } from "./report";

const PART_NAMES: Record<Exclude<ThreePublicPart, "total">, string> = {
  abroad: "因公出国（境）费",
  reception: "公务接待费",
  vehicles: "公务用车购置及运行费",
  vehiclePurchase: "其中购置费",
  vehicleOperation: "运行费",
};

/** "31,214,205.80 元（3,121.42 万元）"; a blank cell or missing table says so. */
function money(yuan: string | null, missing: string): string {
  return yuan === null ? missing : `${formatYuan(yuan)} 元（${formatWan(yuan)} 万元）`;
}

function where(l: CheckedLocation): string {
  return `${l.file}:${l.line}${l.page === null ? "" : ` p.${l.page}`}`;
}

export function documentSummary(d: CheckedDocument, seconds: number): string {
  const out: string[] = [];
  out.push(`${d.file}  ${d.entity} · ${d.district_name} ${d.year} 年${d.kind}（${d.scope}）`);
  out.push(`  sha256 ${d.sha256}${d.pages === null ? "" : ` · ${d.pages} 页`} · 读取 ${seconds.toFixed(2)} s`);
  if (d.income_total_yuan !== null || d.expenditure_total_yuan !== null) {
    out.push(`  收入总计 ${money(d.income_total_yuan, "未印")}；支出总计 ${money(d.expenditure_total_yuan, "未印")}`);
  }
  if (d.three_public_parts_yuan) {
    const parts = d.three_public_parts_yuan;
    const partText = (Object.keys(PART_NAMES) as Array<keyof typeof PART_NAMES>)
      .map((p) => `${PART_NAMES[p]} ${parts[p] === null ? "空白" : formatYuan(parts[p])}`)
      .join("，");
    out.push(`  “三公”经费 ${money(d.three_public_total_yuan, "空白")}：${partText}`);
    out.push(`  机关运行经费 ${money(d.operating_expenses_yuan, "空白")}`);
  } else {
    out.push("  “三公”经费和机关运行经费：本文件没有表9");
  }
  out.push(`  表格 ${d.tables.length} 张${d.projects > 0 ? `，项目绩效目标表 ${d.projects} 个` : ""}：`);
  for (const t of d.tables) out.push(`    表${t.no} ${t.title}（${t.unit}）：${t.rows.length} 行`);
  const count = (s: string) => d.findings.filter((f) => f.severity === s).length;
  out.push(`  问题 ${d.findings.length} 个（错误 ${count("error")}，警告 ${count("warning")}，提示 ${count("info")}）${d.findings.length > 0 ? "：" : ""}`);
  for (const f of d.findings) {
    out.push(`    [${f.severity}] ${f.check} ${f.locations.map(where).join(", ")}`);
    out.push(`      ${f.message}`);
  }
  return out.join("\n");
}
