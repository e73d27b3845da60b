import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { Caveats, ScopeNotes } from "@/components/Caveats";
import { DOCUMENT_META_FIELDS, DocumentMetaValue } from "@/components/DocumentMeta";
import { ScrollTable } from "@/components/ScrollTable";
import { SourceLink } from "@/components/SourceLink";
import { TableFoot } from "@/components/TableFoot";
import { LICENSE } from "@/lib/api/datapackage";
import { exportFileHref, sourceHref } from "@/lib/api/links";
import { citationText } from "@/lib/dashboard/build";
import { getDataVersion, listGlossary, listMetricValues } from "@/lib/data";
import { documentLabel } from "@/lib/view/document-label";
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

      <h2>{t.about.sourcesHeading}</h2>
      <p>{t.about.sourcesLead}</p>
      <ScrollTable>
        <table data-testid="document-list">
          <caption>{t.about.sourcesHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{t.common.document}</th>
              {DOCUMENT_META_FIELDS.map((field) => (
                <th scope="col" key={field}>{t.documentMeta[field]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {site.documents.map((d) => (
              <tr key={d.fileName} data-file={d.fileName}>
                <td><SiteLink href={sourceHref(d.fileName)}>{documentLabel(d)}</SiteLink></td>
                {DOCUMENT_META_FIELDS.map((field) => (
                  <td key={field}><DocumentMetaValue document={d} field={field} /></td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

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

      <h2>{t.about.dataHeading}</h2>
      <p data-testid="licence">
        {t.about.licenceText}
        <a href={LICENSE.path} rel="license noopener noreferrer">{t.about.licenceName}</a>
        {t.about.licenceNote}
      </p>
      <ul>
        <li><a href={exportFileHref("export.zip")} download className="download">{t.about.downloadZip}</a></li>
        <li><a href={exportFileHref("datapackage.json")} download className="download">{t.about.downloadPackage}</a></li>
      </ul>
      <div data-testid="codes-as-text">
        <h3>{t.about.codesHeading}</h3>
        <ul>
          {t.about.codesText.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>

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
