import type { Metadata, Viewport } from "next";
import { SiteLink } from "@/components/SiteLink";
import type { ReactNode } from "react";
import { NavLinks, type NavItem } from "@/components/client/NavLinks";
import { HydrationMark } from "@/components/client/StaticContent";
import { UnitSwitch } from "@/components/client/UnitSwitch";
import { getDataVersion } from "@/lib/data";
import { METRICS } from "@/lib/domain/metrics";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n/zh-CN";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL ?? "http://localhost:3000"),
  title: { default: t.siteName, template: `%s · ${t.siteName}` },
  description: t.siteDescription,
  icons: { icon: "/favicon.svg" },
  openGraph: { siteName: t.siteName, locale: "zh_CN", type: "website", title: t.siteName, description: t.siteDescription },
};

const NAV_ITEMS: readonly NavItem[] = [
  { href: `/metrics/${METRICS[0]}`, label: t.nav.metrics, section: "/metrics" },
  { href: "/districts", label: t.nav.districts, section: "/districts" },
  { href: "/audit", label: t.nav.audit, section: "/audit" },
  { href: "/about", label: t.nav.about, section: "/about" },
];

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4f8a" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const version = await getDataVersion();
  return (
    <html lang={t.lang}>
      <head>
        {/* Without JavaScript the unit switch cannot act, and every year's panel is shown. */}
        <noscript>
          <style>{".unit-switch{display:none} .year-panel[hidden]{display:block!important}"}</style>
        </noscript>
      </head>
      <body>
        <a className="skip-link" href="#main">{t.skipToContent}</a>
        <header className="site-header">
          <div className="wrap header-row">
            <SiteLink href="/" className="brand">{t.siteName}</SiteLink>
            <nav aria-label="主导航">
              <NavLinks items={NAV_ITEMS} />
            </nav>
            <UnitSwitch />
          </div>
        </header>
        <main id="main" className="wrap">{children}</main>
        <footer className="site-footer">
          <div className="wrap">
            {version ? (
              <p>
                {t.footer.dataVersion} <code>{version.dataVersion}</code> · {t.footer.importedAt} {version.importedAt.slice(0, 10)} ·{" "}
                <SiteLink href="/about">{t.footer.method}</SiteLink>
              </p>
            ) : null}
          </div>
        </footer>
        <HydrationMark />
      </body>
    </html>
  );
}
