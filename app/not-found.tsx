import Link from "next/link";
import { t } from "@/lib/i18n/zh-CN";

export const metadata = { title: t.notFound.title, robots: { index: false } };

export default function NotFound() {
  return (
    <section className="message-page">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <p><Link href="/">{t.notFound.home}</Link></p>
    </section>
  );
}
