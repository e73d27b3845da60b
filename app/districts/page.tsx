import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { ScrollTable } from "@/components/ScrollTable";
import { TableFoot } from "@/components/TableFoot";
import { sourceHref } from "@/lib/api/links";
import { listMetricValues } from "@/lib/data";
import { getSiteContext } from "@/lib/data/site";
import { districtDisplayName } from "@/lib/districts";
import { fill, t } from "@/lib/i18n/zh-CN";
import { coverageOf } from "@/lib/view/coverage";

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteContext();
  const description = fill(t.districtIndex.description, { districts: site.districts.map((d) => districtDisplayName(d.nameZh)).join("、") });
  return { title: t.districtIndex.title, description, openGraph: { title: t.districtIndex.title, description } };
}

/** Every imported district: the years collected and the documents of each year. */
export default async function DistrictIndexPage() {
  const [site, values] = await Promise.all([getSiteContext(), listMetricValues()]);
  const coverage = coverageOf(site.documents, values);
  return (
    <>
      <p className="muted"><SiteLink href="/">{t.nav.overview}</SiteLink> / {t.nav.districts}</p>
      <h1>{t.districtIndex.title}</h1>
      <p className="lead">{t.districtIndex.lead}</p>
      {coverage.districts.length === 0 ? (
        <p className="notice">{t.districtIndex.none}</p>
      ) : (
        <ScrollTable>
          <table data-testid="district-index">
            <caption>{t.districtIndex.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.common.district}（{t.districtIndex.years}）</th>
                <th scope="col">{t.districtIndex.documents}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.districts.map((district) => {
                const collected = coverage.cells.filter((c) => c.district === district.slug && c.documents.length > 0);
                return (
                  <tr key={district.slug}>
                    <th scope="row">
                      <SiteLink href={`/districts/${district.slug}`}>{districtDisplayName(district.nameZh)}</SiteLink>
                      <div className="muted" data-testid="district-years">{collected.map((c) => c.year).join("、")} 年</div>
                    </th>
                    <td className="wide">
                      <ul className="plain">
                        {collected.flatMap((c) =>
                          c.documents.map((d) => (
                            <li key={d.fileName}>
                              {c.year} 年 <SiteLink href={sourceHref(d.fileName)}>{d.kind}</SiteLink>
                              <div className="muted">{t.scopeShort[d.scope] ?? d.scope}：{d.entity}</div>
                            </li>
                          )),
                        )}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <TableFoot dataset="lines" sources={[]} documents={site.documentIndex} dataVersion={site.dataVersion} />
    </>
  );
}
