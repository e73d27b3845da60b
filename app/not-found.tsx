import { SiteLink } from "@/components/SiteLink";
import { t } from "@/lib/i18n/zh-CN";

export const metadata = { title: t.notFound.title, robots: { index: false } };

export default function NotFound() {
  return (
    <section className="message-page">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <p><SiteLink href="/">{t.notFound.home}</SiteLink></p>
    </section>
  );
}
