import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { CiteButton } from "@/components/CiteButton";
import { CsvLink } from "@/components/CsvLink";
import { DOCUMENT_META_FIELDS, DocumentMeta, documentMetaValue } from "@/components/DocumentMeta";
import { OriginalPdfLink, PageMarker } from "@/components/PageMarker";
import { StaticContent } from "@/components/client/StaticContent";
import { documentLabel, documentLabeller } from "@/lib/view/document-label";
import { findingText } from "@/lib/view/finding-text";
import { getDocumentText, listDocuments } from "@/lib/data";
import { fill, t } from "@/lib/i18n/zh-CN";

// A document added by a later import renders on demand (after /api/revalidate); unknown ones 404.
export const dynamicParams = true;

export async function generateStaticParams(): Promise<Array<{ file: string }>> {
  return (await listDocuments()).map((d) => ({ file: d.fileName }));
}

type Params = Promise<{ file: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { file } = await params;
  const text = await getDocumentText(decodeURIComponent(file));
  if (!text) return {};
  const title = `${documentLabel(text.document)} · ${t.source.titleSuffix}`;
  const description = `${text.document.title}（${text.document.entity}）原文，共 ${text.lines.length} 行，带行号，可逐行引用。`;
  return { title, description, openGraph: { title, description } };
}

export default async function SourcePage({ params }: { params: Params }) {
  const { file } = await params;
  const text = await getDocumentText(decodeURIComponent(file));
  if (!text) notFound();
  const { document, lines, findingsByLine, pageOfLine } = text;
  // Findings may name other documents too (a figure with several sources): every document by its title.
  const label = documentLabeller(await listDocuments());
  const title = documentLabel(document);
  // Cited with what is recorded of the original; 未记录 where nothing is.
  const citedMeta = DOCUMENT_META_FIELDS.map((field) => `${t.documentMeta[field]}：${documentMetaValue(document, field) ?? t.documentMeta.notRecorded}`);
  return (
    <>
      <p className="muted">
        <SiteLink href="/">{t.nav.overview}</SiteLink> / <SiteLink href={`/districts/${document.district}`}>{document.districtName}</SiteLink> / {t.source.titleSuffix}
      </p>
      <h1>{title} · {t.source.titleSuffix}</h1>
      <p>{t.source.lead}</p>
      <DocumentMeta document={document} />
      <p><CiteButton title={title} body={citedMeta.join(t.cite.separator)} /></p>
      <p className="muted">
        {fill(t.source.lines, { n: lines.length })} · {t.source.sha} <code className="sha">{document.sha256.slice(0, 16)}…</code> ·{" "}
        {t.scope[document.scope] ?? document.scope}
        {document.pageCount !== null && (
          <>
            {" · "}
            <OriginalPdfLink fileName={document.fileName} pageCount={document.pageCount} />
          </>
        )}
      </p>
      <div className="table-foot">
        <CsvLink dataset="lines" filter={{ district: [document.district], year: [document.year] }} label={t.source.csvLines} />
        <CsvLink dataset="findings" filter={{ district: [document.district], year: [document.year] }} label={t.source.csvFindings} />
      </div>
      <StaticContent className="source-text" data-testid="source-text">
        <ol>
          {lines.map((line, index) => {
            const n = index + 1;
            const flags = findingsByLine[n];
            const page = pageOfLine?.[index];
            const pageStarts = page !== undefined && page !== pageOfLine?.[index - 1];
            return (
              <Fragment key={n}>
                {pageStarts && <PageMarker fileName={document.fileName} page={page} pageCount={document.pageCount ?? page} />}
                <li id={`L${n}`} className={flags ? "flagged" : undefined} data-flagged={flags ? "true" : undefined}>
                  <a className="ln" href={`#L${n}`} aria-label={fill(t.common.line, { line: n })}>{n}</a>
                  <span>
                    {line === "" ? " " : line}
                    {flags?.map((f) => (
                      <SiteLink key={f.id} href={`/audit#${f.id}`} className="flag">⚠ {t.source.findingMark}（{t.severity[f.severity]}）：{findingText(f, label).title}</SiteLink>
                    ))}
                  </span>
                </li>
              </Fragment>
            );
          })}
        </ol>
      </StaticContent>
    </>
  );
}
