import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { UnitSwitch } from "@/components/client/UnitSwitch";
import { getDataVersion } from "@/lib/data";
import { t } from "@/lib/i18n/zh-CN";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.SITE_URL ?? "http://localhost:3000"),
  title: { default: t.siteName, template: `%s · ${t.siteName}` },
  description: t.siteDescription,
  icons: { icon: "/favicon.svg" },
  openGraph: { siteName: t.siteName, locale: "zh_CN", type: "website", title: t.siteName, description: t.siteDescription },
};

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
            <Link href="/" className="brand">{t.siteName}</Link>
            <nav aria-label="主导航">
              <ul>
                <li><Link href="/metrics/medical-assistance">{t.nav.metrics}</Link></li>
                <li><Link href="/districts/baoshan">{t.nav.districts}</Link></li>
                <li><Link href="/audit">{t.nav.audit}</Link></li>
                <li><Link href="/about">{t.nav.about}</Link></li>
              </ul>
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
                <Link href="/about">{t.footer.method}</Link>
              </p>
            ) : null}
          </div>
        </footer>
      </body>
    </html>
  );
}
