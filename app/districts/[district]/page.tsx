import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { notFound } from "next/navigation";
import { DistrictYears } from "@/components/DistrictYears";
import { ExactYuan, Missing, Money, MoneyDelta, UnitNote } from "@/components/Money";
import { ScrollTable } from "@/components/ScrollTable";
import { SourceLink } from "@/components/SourceLink";
import { TableFoot } from "@/components/TableFoot";
import { FindingList } from "@/components/FindingList";
import { CsvLink } from "@/components/CsvLink";
import { sourceHref } from "@/lib/api/links";
import { uniqueSources } from "@/lib/dashboard/build";
import { documentLabeller } from "@/lib/view/document-label";
import { findingText } from "@/lib/view/finding-text";
import type { FindingRow } from "@/lib/data/types";
import { differenceYuan, percentChange } from "@/lib/dashboard/decimal-format";
import { functionalTree, type TreeNode, type YearAmounts } from "@/lib/dashboard/tree";
import { spacedCode } from "@/lib/domain/budget-tables";
import { listBudgetLines, listDistricts, listFindings, listMetricValues, listProjects } from "@/lib/data";
import { getSiteContext } from "@/lib/data/site";
import { districtDisplayName } from "@/lib/districts";
import { fill, t } from "@/lib/i18n/zh-CN";

// A district added by a later import renders on demand (after /api/revalidate); unknown ones 404.
export const dynamicParams = true;

export async function generateStaticParams(): Promise<Array<{ district: string }>> {
  return (await listDistricts()).map((d) => ({ district: d.slug }));
}

type Params = Promise<{ district: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { district } = await params;
  const found = (await listDistricts()).find((d) => d.slug === district);
  if (!found) return {};
  const title = `${districtDisplayName(found.nameZh)}${t.district.titleSuffix}`;
  const description = `${districtDisplayName(found.nameZh)}医疗保障局公开的预算文件（${found.years.join("、")} 年）：功能分类、经济分类、项目与绩效指标、核对问题。`;
  return { title, description, openGraph: { title, description } };
}

function Amount({ yuan }: { yuan: string | null }) {
  return yuan === null ? <span className="muted">—</span> : <Money yuan={yuan} />;
}

/** The tree's column names: the latest and the prior year that have a functional table. */
function treeLabels(years: readonly number[]) {
  const latestYear = years[years.length - 1];
  const priorYear = years.length > 1 ? years[years.length - 2] : undefined;
  return {
    latestTotal: `${latestYear ?? ""} ${t.district.total}`,
    latestBasic: `${latestYear ?? ""} ${t.district.basic}`,
    latestProject: `${latestYear ?? ""} ${t.district.project}`,
    priorTotal: priorYear !== undefined ? `${priorYear} ${t.district.total}` : "",
    change: priorYear !== undefined && latestYear !== undefined ? fill(t.tables.changeSpan, { from: priorYear, to: latestYear }) : "",
  };
}

/** A finding that names a line: the cells (amount columns) it names there, if any. */
interface LineFlag {
  id: string;
  title: string;
  cells: string[];
}

/** "file#line" → the findings naming that line, each once, with the cells it names there. */
function flagsByLine(findings: readonly FindingRow[], label: (file: string) => string): Map<string, LineFlag[]> {
  const byLine = new Map<string, LineFlag[]>();
  for (const finding of findings) {
    for (const location of finding.locations) {
      const key = `${location.file}#${location.line}`;
      const flags = byLine.get(key) ?? [];
      let flag = flags.find((f) => f.id === finding.id);
      if (!flag) {
        flag = { id: finding.id, title: findingText(finding, label).title, cells: [] };
        flags.push(flag);
      }
      if (location.column && !flag.cells.includes(location.column)) flag.cells.push(location.column);
      byLine.set(key, flags);
    }
  }
  return byLine;
}

/** One ⚠ per finding on the row's lines, each to its own card on this page, naming the cells where it names any. */
function Flags({ amounts, flags }: { amounts: ReadonlyArray<{ year: number; amounts: YearAmounts | undefined }>; flags: ReadonlyMap<string, LineFlag[]> }) {
  const links = amounts.flatMap(({ year, amounts: a }) => {
    const key = a ? `${a.source.file}#${a.source.line}` : "";
    return (flags.get(key) ?? []).map((flag) => {
      const cells = flag.cells.join("、");
      const where = cells ? fill(t.district.flagCells, { year, cells }) : fill(t.district.flagYear, { year });
      return (
        <a key={`${key}:${flag.id}`} href={`#${flag.id}`} className="flag-link" data-testid="finding-flag" data-line={key}
          aria-label={fill(t.district.flagLabel, { title: flag.title, where })} title={flag.title}>
          ⚠{cells ? <span className="flag-cells">{cells}</span> : null}
        </a>
      );
    });
  });
  return links.length > 0 ? <span className="flags"> {links}</span> : null;
}

function Row({ node, years, flags }: { node: TreeNode; years: readonly number[]; flags: ReadonlyMap<string, LineFlag[]> }) {
  const latestYear = years[years.length - 1] ?? 0;
  const priorYear = years.length > 1 ? years[years.length - 2] : undefined;
  const latest: YearAmounts | undefined = node.byYear[latestYear];
  const prior: YearAmounts | undefined = priorYear !== undefined ? node.byYear[priorYear] : undefined;
  // On phones each row is a small card: every figure carries its column's name (CSS shows data-label).
  const label = treeLabels(years);
  const cells = (
    <>
      <span>
        <span className="muted">{spacedCode(node.code)}</span> {node.name}
        <Flags amounts={[{ year: latestYear, amounts: latest }, ...(priorYear !== undefined ? [{ year: priorYear, amounts: prior }] : [])]} flags={flags} />
      </span>
      <span className="cell" data-label={label.latestTotal}>{latest ? <><Amount yuan={latest.total} /> <SourceLink source={latest.source} /></> : <span className="muted">—</span>}</span>
      <span className="cell" data-label={label.latestBasic}>{latest ? <Amount yuan={latest.basic} /> : "—"}</span>
      <span className="cell" data-label={label.latestProject}>{latest ? <Amount yuan={latest.project} /> : "—"}</span>
      <span className="cell" data-label={label.priorTotal}>{prior ? <><Amount yuan={prior.total} /> <SourceLink source={prior.source} /></> : priorYear !== undefined ? <span className="muted">—</span> : null}</span>
      <span className="cell" data-label={label.change}>
        {prior?.total && latest?.total ? <><MoneyDelta yuan={differenceYuan(prior.total, latest.total)} /><br />{percentChange(prior.total, latest.total) ?? "—"}</> : null}
      </span>
    </>
  );
  if (node.children.length === 0) return <div className="leaf" data-code={node.code}>{cells}</div>;
  return (
    <details open={node.level === 1} data-code={node.code}>
      <summary>{cells}</summary>
      {node.children.map((child) => (
        <Row key={child.code} node={child} years={years} flags={flags} />
      ))}
    </details>
  );
}

export default async function DistrictPage({ params }: { params: Params }) {
  const { district: slug } = await params;
  const site = await getSiteContext();
  const district = site.districts.find((d) => d.slug === slug);
  if (!district) notFound();
  const [functionalLines, economicLines, projects, findings, metricValues] = await Promise.all([
    listBudgetLines({ districts: [slug], tableNos: [3] }),
    listBudgetLines({ districts: [slug], tableNos: [8] }),
    listProjects({ districts: [slug] }),
    listFindings({ districts: [slug] }),
    listMetricValues({ districts: [slug] }),
  ]);
  const documents = site.documents.filter((d) => d.district === slug);
  const name = districtDisplayName(district.nameZh);
  const treeYears = [...new Set(functionalLines.map((l) => l.year))].sort((a, b) => a - b);
  const tree = functionalTree(functionalLines);
  const label = documentLabeller(site.documents);
  const flags = flagsByLine(findings, label);
  const latestYear = treeYears[treeYears.length - 1];
  const headLabels = treeLabels(treeYears);
  // Every year the data covers, collected or not: a year without a document reads 未收录 (as in metrics.csv).
  const years = [...new Set([...metricValues.map((v) => v.year), ...documents.map((d) => d.year)])].sort((a, b) => a - b);
  const economicYears = [...new Set(economicLines.map((l) => l.year))].sort((a, b) => b - a);

  return (
    <>
      <p className="muted"><SiteLink href="/">{t.nav.overview}</SiteLink> / <SiteLink href="/districts">{t.nav.districts}</SiteLink></p>
      <h1>{name}{t.district.titleSuffix}</h1>
      <nav aria-label={t.nav.districts} className="metric-tabs">
        {site.districts.map((d) => (
          <SiteLink key={d.slug} href={`/districts/${d.slug}`} aria-current={d.slug === slug ? "page" : undefined}>{d.nameZh}</SiteLink>
        ))}
      </nav>

      <h2>{t.district.documents}</h2>
      <ScrollTable>
        <table data-testid="documents">
          <caption>{name} · {t.district.documents}</caption>
          <thead>
            <tr>
              <th scope="col">{t.common.year}</th>
              <th scope="col">{t.district.kind}</th>
              <th scope="col">{t.common.scope}</th>
              <th scope="col">{t.district.entity}</th>
              <th scope="col">{t.district.title}</th>
              <th scope="col" className="num">{t.district.lines}</th>
            </tr>
          </thead>
          <tbody>
            {[...years].reverse().flatMap((year) => {
              const collected = documents.filter((d) => d.year === year);
              if (collected.length === 0) {
                return [
                  <tr key={year} data-year={year} data-status="not_collected">
                    <td>{year}</td>
                    <td colSpan={5}><Missing status="not_collected" /> <span className="muted">{t.tables.notCollectedYear}</span></td>
                  </tr>,
                ];
              }
              return collected.map((d) => (
                <tr key={d.fileName} data-year={d.year}>
                  <td>{d.year}</td>
                  <td><SiteLink href={sourceHref(d.fileName)}>{d.kind}</SiteLink></td>
                  <td className="wide">{t.scope[d.scope] ?? d.scope}</td>
                  <td className="wide">{d.entity}</td>
                  <td className="wide">{d.title}</td>
                  <td className="num">{d.lineCount}</td>
                </tr>
              ));
            })}
          </tbody>
        </table>
      </ScrollTable>
      <TableFoot dataset="lines" filter={{ district: [slug] }} sources={[]} documents={site.documentIndex} dataVersion={site.dataVersion} />

      <h2>{t.tables.districtYears}</h2>
      <DistrictYears values={metricValues} years={years} caption={`${name} · ${t.tables.districtYears}`} />
      <TableFoot dataset="metrics" filter={{ district: [slug] }} sources={uniqueSources(metricValues.map((v) => v.source))} documents={site.documentIndex} dataVersion={site.dataVersion} />

      <h2>{t.district.functional}</h2>
      {latestYear === undefined ? (
        <p className="notice">{t.district.functionalNone}</p>
      ) : (
        <>
          <p className="muted">{t.district.functionalLead}</p>
          <ScrollTable className="tree-scroll">
            <div className="tree tree-inner" data-testid="functional-tree">
              <div className="leaf head">
                <span>{t.district.code} / {t.district.name} <UnitNote /></span>
                <span className="cell">{headLabels.latestTotal}</span>
                <span className="cell">{headLabels.latestBasic}</span>
                <span className="cell">{headLabels.latestProject}</span>
                <span className="cell">{headLabels.priorTotal}</span>
                <span className="cell">{headLabels.change}</span>
              </div>
              {tree.roots.map((node) => (
                <Row key={node.code} node={node} years={treeYears} flags={flags} />
              ))}
              {tree.totals[latestYear] ? (
                <Row node={{ code: "", name: t.district.total, level: 0, children: [], byYear: tree.totals }} years={treeYears} flags={flags} />
              ) : null}
            </div>
          </ScrollTable>
          <TableFoot dataset="lines" filter={{ district: [slug], year: treeYears }} sources={uniqueSources(Object.values(tree.totals).map((a) => a.source))}
            documents={site.documentIndex} dataVersion={site.dataVersion} title={`${name} · ${t.district.functional}`} />
        </>
      )}

      <h2>{t.district.economic}</h2>
      {economicYears.length === 0 ? <p className="notice">{t.district.economicNone}</p> : null}
      {economicYears.map((year) => {
        const rows = economicLines.filter((l) => l.year === year);
        return (
          <div key={year}>
            <ScrollTable>
              <table data-testid={`economic-${year}`}>
                <caption>{year} 年 · {rows[0]?.tableTitle} <UnitNote /></caption>
                <thead>
                  <tr>
                    <th scope="col">{t.district.code}</th>
                    <th scope="col">{t.district.name}</th>
                    <th scope="col" className="num">{t.district.total}</th>
                    <th scope="col" className="num">{t.district.personnel}</th>
                    <th scope="col" className="num">{t.district.publicUse}</th>
                    <th scope="col">{t.common.source}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((l) => {
                    const get = (c: string) => l.amounts.find((a) => a.column === c)?.amountYuan ?? null;
                    return (
                      <tr key={l.source.line} className={l.level === 1 || l.isTotal ? "strong" : undefined}>
                        <td>{l.code ? spacedCode(l.code) : ""}</td>
                        <td className="wide">{l.level === 2 ? "　" : ""}{l.name}</td>
                        <td className="num"><Amount yuan={get("合计")} /></td>
                        <td className="num"><Amount yuan={get("人员经费")} /></td>
                        <td className="num"><Amount yuan={get("公用经费")} /></td>
                        <td><SourceLink source={l.source} /></td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollTable>
            <TableFoot dataset="lines" filter={{ district: [slug], year: [year] }} sources={uniqueSources(rows.filter((r) => r.isTotal).map((r) => r.source))}
              documents={site.documentIndex} dataVersion={site.dataVersion} title={`${name} · ${year} 年 · ${rows[0]?.tableTitle ?? t.district.economic}`} />
          </div>
        );
      })}

      <h2>{t.district.projects}</h2>
      <ScrollTable>
        <table data-testid="projects">
          <caption>{name} · {t.district.projects} <UnitNote /></caption>
          <thead>
            <tr>
              <th scope="col">{t.common.year}</th>
              <th scope="col">{t.district.projects}</th>
              <th scope="col">{t.common.document}</th>
              <th scope="col" className="num">{t.district.projectAmount}</th>
              <th scope="col">{t.common.source}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((p) => {
              const annual = p.amounts.find((a) => a.field === "年度资金申请总额") ?? p.amounts[0];
              return (
                <tr key={p.id}>
                  <td>{p.year}</td>
                  <td className="wide">
                    {p.name}
                    {p.indicators.length > 0 ? (
                      <details>
                        <summary>{t.district.indicators}（{p.indicators.length}）</summary>
                        <ul>
                          {p.indicators.map((i) => (
                            <li key={i.source.line}>
                              {[i.level1, i.level2, i.level3].filter(Boolean).join(" / ")}：{i.value} <SourceLink source={i.source} />
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                  </td>
                  <td>{p.documentKind}</td>
                  <td className="num">{annual ? <><Money yuan={annual.amountYuan} /><div className="muted"><ExactYuan yuan={annual.amountYuan} /> {t.units.yuan}</div></> : "—"}</td>
                  <td><SourceLink source={annual?.source ?? p.source} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      <TableFoot dataset="projects" filter={{ district: [slug] }} sources={uniqueSources(projects.map((p) => p.source))} documents={site.documentIndex} dataVersion={site.dataVersion} />
      <div className="table-foot">
        <CsvLink dataset="indicators" filter={{ district: [slug] }} label={t.district.indicators} />
      </div>

      <h2 id="findings">{t.district.findings}</h2>
      {findings.length === 0 ? <p>{t.district.findingsNone}</p> : <FindingList findings={findings} listId="district-findings" label={label} />}
      <TableFoot dataset="findings" filter={{ district: [slug] }} sources={[]} documents={site.documentIndex} dataVersion={site.dataVersion} />
    </>
  );
}
