// What the static copy needs to know about URLs: the same-site links a page, stylesheet or script names,
// and the file that holds a URL's bytes. Pure.
import path from "node:path";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&lt;": "<", "&gt;": ">" };
const decodeEntities = (value: string) => value.replace(/&(amp|quot|#39|#x27|lt|gt);/g, (m) => ENTITIES[m] ?? m);

/**
 * Same-site URLs (path and query, no fragment) named by a response: href/src/srcset in HTML, url() in CSS,
 * and the Next asset paths in HTML and scripts (the chunks a page loads later, e.g. the charts, are named
 * only inside other scripts). `siteOrigin`: absolute URLs on it count as same-site.
 */
export function linksIn(body: string, contentType: string, baseUrl: string, siteOrigin: string): string[] {
  const found: string[] = [];
  if (contentType.includes("html")) {
    for (const m of body.matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/g)) found.push(decodeEntities(m[1] ?? ""));
    for (const m of body.matchAll(/\ssrcset\s*=\s*"([^"]*)"/g)) {
      for (const candidate of decodeEntities(m[1] ?? "").split(",")) found.push(candidate.trim().split(/\s+/)[0] ?? "");
    }
  }
  if (contentType.includes("css")) for (const m of body.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) found.push(m[2] ?? "");
  if (/html|javascript/.test(contentType)) {
    for (const m of body.matchAll(/\/_next\/static\/[\w\-./~%]+/g)) found.push(m[0]);
    for (const m of body.matchAll(/["'(]static\/(?:chunks|css|media)\/[\w\-./~%]+/g)) found.push(`/_next/${m[0].slice(1)}`);
  }
  const links = new Set<string>();
  for (const raw of found) {
    if (raw === "" || raw.startsWith("#") || /^(data|mailto|tel|javascript|blob):/i.test(raw)) continue;
    let url: URL;
    try {
      url = new URL(raw, baseUrl);
    } catch {
      continue;
    }
    const base = new URL(baseUrl);
    if (url.origin !== base.origin && url.origin !== siteOrigin) continue;
    // A template inside a script ("/_next/static/chunks/" + name) is a prefix, not a file.
    if (url.pathname.endsWith("/") && url.pathname.startsWith("/_next/")) continue;
    links.add(url.pathname + url.search);
  }
  return [...links];
}

/** A page's bytes live in `<path>/index.html` (`/` → `index.html`), so any static server finds them; anything else at its own path. */
export function fileFor(urlPath: string, isPage: boolean): string {
  const segments = urlPath.split("/").filter((s) => s !== "").map((s) => decodeURIComponent(s));
  if (segments.some((s) => s === "." || s === ".." || s.includes("/") || s.includes("\\") || s.includes("\0"))) {
    throw new Error(`refusing to write ${urlPath}: not a plain path`);
  }
  return isPage ? path.join(...segments, "index.html") : path.join(...segments);
}
