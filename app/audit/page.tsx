import type { Metadata } from "next";
import { AuditFilter } from "@/components/client/AuditFilter";
import { FindingList } from "@/components/FindingList";
import { TableFoot } from "@/components/TableFoot";
import { documentLabel } from "@/lib/dashboard/build";
import { listFindings } from "@/lib/data";
import { getSiteContext } from "@/lib/data/site";
import { t } from "@/lib/i18n/zh-CN";

export const metadata: Metadata = {
  title: t.audit.title,
  description: t.audit.lead,
  openGraph: { title: t.audit.title, description: t.audit.lead },
};

export default async function AuditPage() {
  const [site, findings] = await Promise.all([getSiteContext(), listFindings()]);
  const counts = (["error", "warning", "info"] as const).map((s) => `${t.severity[s]} ${findings.filter((f) => f.severity === s).length}`);
  return (
    <>
      <h1>{t.audit.title}</h1>
      <p className="lead">{t.audit.lead}</p>
      <p>{findings.length} 条：{counts.join("，")}。</p>
      <AuditFilter
        listId="all-findings"
        items={findings.map((f) => ({ id: f.id, district: f.district, files: [...new Set(f.locations.map((l) => l.file))], severity: f.severity }))}
        districts={site.districts.map((d) => ({ value: d.slug, label: d.nameZh }))}
        files={site.documents.map((d) => ({ value: d.fileName, label: documentLabel(d) }))}
        severities={(["error", "warning", "info"] as const).map((s) => ({ value: s, label: t.severity[s] ?? s }))}
      />
      <FindingList findings={findings} listId="all-findings" documents={site.documentIndex} />
      <TableFoot dataset="findings" sources={[]} documents={site.documentIndex} dataVersion={site.dataVersion} />
    </>
  );
}
