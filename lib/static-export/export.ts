// The static copy of the public site: every page, export and asset, fetched from the running app and written
// as files a plain static server maps one to one onto the same URLs.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { fileFor, linksIn } from "./links";

/** Written into DIR: marks it as a static copy (only such a directory is replaced) and lists what is in it. */
export const MARKER = ".static-export.json";

export interface StaticExportOptions {
  /** The running app (npm start), e.g. http://127.0.0.1:41234. */
  baseUrl: string;
  outDir: string;
  /** The built app's directory (its .next/static and public/ are copied). */
  appDir: string;
  /** URLs to export besides what "/" links to: every page and export the data names. */
  seeds: readonly string[];
  /** The public address (SITE_URL): absolute links to it count as same-site. */
  siteOrigin: string;
}

export interface ExportedFile {
  url: string;
  file: string;
  bytes: number;
  contentType: string;
}

export interface StaticExportResult {
  files: ExportedFile[];
  /** Links that did not answer 200 on the app, with what they answered. */
  broken: Array<{ url: string; status: number; from: string }>;
  /** Links with a query string: a static server cannot tell them apart from the path alone. */
  queryLinks: Array<{ url: string; from: string }>;
}

interface Fetched {
  status: number;
  contentType: string;
  body: Buffer;
}

/**
 * GET without compression, the bytes exactly as sent. A fresh connection each time: a pooled keep-alive
 * socket the server is just closing after its idle timeout fails the write (EPIPE).
 */
export function fetchRaw(baseUrl: string, urlPath: string): Promise<Fetched> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: urlPath, agent: false, headers: { "accept-encoding": "identity" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const isPage = (contentType: string) => contentType.startsWith("text/html");
const parsesLinks = (contentType: string) => /html|css|javascript/.test(contentType);

/** Empties DIR if it is a previous static copy (or empty), refuses anything else. */
function prepare(outDir: string): void {
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    if (!existsSync(path.join(outDir, MARKER))) throw new Error(`${outDir} is not empty and holds no ${MARKER}: choose an empty or new directory`);
    rmSync(outDir, { recursive: true, force: true });
  }
  mkdirSync(outDir, { recursive: true });
}

export async function exportStatic(options: StaticExportOptions): Promise<StaticExportResult> {
  prepare(options.outDir);
  // Hashed scripts and styles, including chunks loaded on demand, and the public files, as they are.
  cpSync(path.join(options.appDir, ".next", "static"), path.join(options.outDir, "_next", "static"), { recursive: true });
  const publicDir = path.join(options.appDir, "public");
  if (existsSync(publicDir)) cpSync(publicDir, options.outDir, { recursive: true });

  const files: ExportedFile[] = [];
  const broken: StaticExportResult["broken"] = [];
  const queryLinks: StaticExportResult["queryLinks"] = [];
  const seen = new Set<string>();
  const queue: Array<{ url: string; from: string }> = [];
  const enqueue = (url: string, from: string) => {
    if (url.includes("?")) queryLinks.push({ url, from });
    else if (!seen.has(url)) {
      seen.add(url);
      queue.push({ url, from });
    }
  };
  for (const seed of ["/", ...options.seeds]) enqueue(seed, "(seed)");

  while (queue.length > 0) {
    const { url, from } = queue.shift() ?? { url: "", from: "" };
    // Copied above: fetched only to check that the app serves the same file.
    const copied = url.startsWith("/_next/static/");
    const response = await fetchRaw(options.baseUrl, url);
    if (response.status !== 200) {
      broken.push({ url, status: response.status, from });
      continue;
    }
    const file = fileFor(url, isPage(response.contentType));
    if (!copied) {
      const target = path.join(options.outDir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, response.body);
    }
    files.push({ url, file, bytes: response.body.length, contentType: response.contentType });
    if (parsesLinks(response.contentType)) {
      for (const link of linksIn(response.body.toString("utf8"), response.contentType, options.baseUrl + url, options.siteOrigin)) enqueue(link, url);
    }
  }

  // The not-found page, for servers that serve /404.html on a miss (nginx error_page, most static hosts).
  const missing = await fetchRaw(options.baseUrl, "/404");
  if (missing.status === 404 && isPage(missing.contentType)) {
    writeFileSync(path.join(options.outDir, "404.html"), missing.body);
    files.push({ url: "/404", file: "404.html", bytes: missing.body.length, contentType: missing.contentType });
  }
  writeFileSync(path.join(options.outDir, MARKER), `${JSON.stringify({ files: files.map((f) => f.file).sort() }, null, 2)}\n`);
  return { files, broken, queryLinks };
}
