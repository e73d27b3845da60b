// 复制引用 for what `title` names: the server adds the site URL (SITE_URL) and the data version as its import date.
import { CopyCitation } from "@/components/client/CopyCitation";
import { getDataVersion } from "@/lib/data";
import { env } from "@/lib/env";
import { fill, t } from "@/lib/i18n/zh-CN";

/** `body`: the sources and facts cited after the title, e.g. "来源：…，第 12 行". */
export async function CiteButton({ title, body }: { title: string; body: string }) {
  const version = await getDataVersion();
  const configured = env().SITE_URL;
  return (
    <CopyCitation
      title={title}
      body={`${title}。${body}`}
      version={version ? fill(t.cite.versionImported, { date: version.importedAt.slice(0, 10), version: version.dataVersion }) : t.common.none}
      siteUrl={configured ? configured.replace(/\/+$/, "") : null}
    />
  );
}
