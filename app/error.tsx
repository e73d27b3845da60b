"use client";
import { t } from "@/lib/i18n/zh-CN";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="message-page">
      <h1>{t.error.title}</h1>
      <p>{t.error.text}</p>
      <button type="button" onClick={() => reset()}>{t.error.retry}</button>
    </section>
  );
}
