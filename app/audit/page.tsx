import type { Metadata } from "next";
import { AuditFilter } from "@/components/client/AuditFilter";
import { FindingList } from "@/components/FindingList";
import { TableFoot } from "@/components/TableFoot";
import { documentLabel, documentLabeller } from "@/lib/view/document-label";
import { groupByCause } from "@/lib/view/finding-groups";
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
  const groups = groupByCause(findings);
  return (
    <>
      <h1>{t.audit.title}</h1>
      <p className="lead">{t.audit.lead}</p>
      <p>{findings.length} 条：{counts.join("，")}；归为 {groups.length} 个问题（其余为连带问题）。</p>
      <AuditFilter
        listId="all-findings"
        items={groups.map(({ root, effects }) => ({
          id: root.id, district: root.district, files: [...new Set([root, ...effects].flatMap((f) => f.locations.map((l) => l.file)))], severity: root.severity,
        }))}
        districts={site.districts.map((d) => ({ value: d.slug, label: d.nameZh }))}
        files={site.documents.map((d) => ({ value: d.fileName, label: documentLabel(d) }))}
        severities={(["error", "warning", "info"] as const).map((s) => ({ value: s, label: t.severity[s] ?? s }))}
      />
      <h2 id="list">{t.audit.listHeading}</h2>
      <FindingList findings={findings} listId="all-findings" label={documentLabeller(site.documents)} />
      <TableFoot dataset="findings" sources={[]} documents={site.documentIndex} dataVersion={site.dataVersion} />
    </>
  );
}
