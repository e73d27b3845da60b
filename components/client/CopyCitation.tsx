"use client";
// 复制引用: copies the citation of what the reader sees. The page is rendered once for every reader, so the
// browser adds what only it knows: the address the page was read at (SITE_URL when set) and the day.
import { useState, useSyncExternalStore } from "react";
import { fill, t } from "@/lib/i18n/zh-CN";

const noSubscription = () => () => {};
const twoDigits = (n: number) => String(n).padStart(2, "0");

interface Props {
  /** What is cited (a chart's title, a document's label): names the button. */
  title: string;
  /** The citation up to the site: what is cited and its sources. */
  body: string;
  /** "数据版本 2026-12-04 导入（…）". */
  version: string;
  siteUrl: string | null;
}

export function CopyCitation({ title, body, version, siteUrl }: Props) {
  // True once hydrated (the server HTML holds an inert copy); tests wait for data-ready.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [message, setMessage] = useState("");
  const copy = async () => {
    const { origin, pathname, search } = window.location;
    const now = new Date();
    const date = `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
    const text = fill(t.cite.copyText, { body, site: t.siteName, url: `${siteUrl ?? origin}${pathname}${search}`, date, version });
    try {
      await navigator.clipboard.writeText(text);
      setMessage(t.cite.copied);
    } catch {
      setMessage(fill(t.cite.copyFailed, { text }));
    }
  };
  return (
    <span className="copy-citation">
      <button type="button" onClick={() => void copy()} aria-label={fill(t.cite.copyLabel, { title })} data-testid="copy-citation" data-ready={ready ? "true" : undefined}>
        {t.cite.copy}
      </button>
      <span role="status" className="copy-citation-status" data-testid="copy-citation-status">{message}</span>
    </span>
  );
}
