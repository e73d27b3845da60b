import type { Metadata } from "next";
import { Caveats, ScopeNotes } from "@/components/Caveats";
import { ScrollTable } from "@/components/ScrollTable";
import { SourceLink } from "@/components/SourceLink";
import { TableFoot } from "@/components/TableFoot";
import { citationText } from "@/lib/dashboard/build";
import { getDataVersion, listGlossary, listMetricValues } from "@/lib/data";
import { getSiteContext } from "@/lib/data/site";
import { t } from "@/lib/i18n/zh-CN";
import { METRIC_DEFINITIONS, METRICS } from "@/lib/domain/metrics";

export const metadata: Metadata = {
  title: t.about.title,
  description: "数据来源、取数方法、四项指标的定义、名词解释、数据版本和引用方式。",
  openGraph: { title: t.about.title, description: "数据来源、取数方法、四项指标的定义、名词解释、数据版本和引用方式。" },
};

export default async function AboutPage() {
  const [site, version, glossary, values] = await Promise.all([getSiteContext(), getDataVersion(), listGlossary(), listMetricValues()]);
  // The example cites a real figure: the newest disclosed value's source line.
  const example = values.filter((v) => v.status === "disclosed" && v.source).sort((a, b) => b.year - a.year)[0]?.source;
  return (
    <>
      <h1>{t.about.title}</h1>
      <h2>{t.about.method}</h2>
      <ul>
        {t.about.methodText.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{t.overview.scopeHeading}</h3>
      <ScopeNotes documents={site.documents} />

      <h2>{t.about.definitions}</h2>
      <dl className="glossary">
        {METRICS.map((m) => (
          <div key={m}>
            <dt>{METRIC_DEFINITIONS[m].nameZh}（<code>{m}</code>）</dt>
            <dd>{METRIC_DEFINITIONS[m].definitionZh}</dd>
          </div>
        ))}
      </dl>
      <Caveats />

      <h2>{t.about.glossary}</h2>
      <dl className="glossary" data-testid="glossary">
        {glossary.map((g) => (
          <div key={g.term}>
            <dt>{g.term}</dt>
            <dd>{g.definition} <SourceLink source={g.source} /></dd>
          </div>
        ))}
      </dl>

      <h2>{t.about.version}</h2>
      {version ? (
        <ScrollTable>
          <table data-testid="data-version">
            <caption>{t.about.version}</caption>
            <tbody>
              <tr><th scope="row">{t.about.version}</th><td><code>{version.dataVersion}</code></td></tr>
              <tr><th scope="row">{t.footer.importedAt}</th><td>{version.importedAt}</td></tr>
              <tr><th scope="row">{t.about.documents}</th><td>{version.documentCount}</td></tr>
              <tr><th scope="row">{t.about.lines}</th><td>{version.lineCount}</td></tr>
              <tr><th scope="row">{t.about.projects}</th><td>{version.projectCount}</td></tr>
              <tr><th scope="row">{t.about.findings}</th><td>{version.findingCount}</td></tr>
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
      <TableFoot dataset="metrics" sources={[]} documents={site.documentIndex} dataVersion={site.dataVersion} />

      {example ? (
        <>
          <h2>{t.about.cite}</h2>
          <p>{t.about.citeText}</p>
          <blockquote data-testid="cite-example">{citationText([example], site.documentIndex, site.dataVersion)}</blockquote>
        </>
      ) : null}
    </>
  );
}
