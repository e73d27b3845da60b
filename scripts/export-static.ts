// npm run export:static -- DIR: the whole public site as files (pages, every unfiltered export, per-district
// and per-metric filtered exports, scripts, styles, images) for any static web server or CDN.
// Needs the built app (next build) and the database it was built from (DATABASE_URL); starts it, crawls it.
import path from "node:path";
import { EXPORT_FILE_NAMES } from "../lib/api/export";
import { exportFileHref } from "../lib/api/links";
import { getDataVersion, listDistricts, listDocuments } from "../lib/data";
import { METRICS } from "../lib/domain/metrics";
import { startApp } from "../lib/serve/spawn";
import { exportStatic, fetchRaw } from "../lib/static-export/export";

const ROOT = path.resolve(import.meta.dirname, "..");
const outArg = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (!outArg) {
  console.error("usage: npm run export:static -- DIR");
  process.exit(2);
}
const outDir = path.resolve(outArg);
const siteOrigin = new URL(process.env.SITE_URL ?? "http://localhost:3000").origin;

const version = await getDataVersion();
if (!version) throw new Error("no data imported: run npm run db:prepare, then next build");
const districts = (await listDistricts()).map((d) => d.slug);
const documents = (await listDocuments()).map((d) => d.fileName);

/** Every page the data names (the crawl from / finds the rest) and every export the issue asks for as a file. */
const filteredFiles = EXPORT_FILE_NAMES.filter((f) => f !== "datapackage.json");
const seeds = [
  "/robots.txt",
  ...METRICS.map((m) => `/metrics/${m}`),
  ...districts.map((d) => `/districts/${d}`),
  ...documents.map((f) => `/sources/${encodeURIComponent(f)}`),
  ...EXPORT_FILE_NAMES.map((f) => exportFileHref(f)),
  ...districts.flatMap((d) => filteredFiles.map((f) => exportFileHref(f, { district: [d] }))),
  ...METRICS.flatMap((m) => filteredFiles.map((f) => exportFileHref(f, { metric: [m] }))),
];

const started = performance.now();
const app = await startApp();
try {
  const home = (await fetchRaw(app.baseUrl, "/")).body.toString("utf8");
  if (!home.includes(version.dataVersion)) {
    throw new Error(`the built pages are not from data version ${version.dataVersion} (the database's): run next build, then export again`);
  }
  const result = await exportStatic({ baseUrl: app.baseUrl, outDir, appDir: ROOT, seeds, siteOrigin });
  const count = (test: (contentType: string) => boolean) => result.files.filter((f) => test(f.contentType)).length;
  const megabytes = result.files.reduce((sum, f) => sum + f.bytes, 0) / 2 ** 20;
  console.log(
    `static copy of data version ${version.dataVersion} in ${path.relative(process.cwd(), outDir) || "."}: ${result.files.length} files, ${megabytes.toFixed(1)} MB ` +
      `(${count((t) => t.startsWith("text/html"))} pages, ${count((t) => /csv|json|zip/.test(t))} exports) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const b of result.broken) console.error(`broken link: ${b.url} answered ${b.status} (linked from ${b.from})`);
  for (const q of result.queryLinks) console.error(`query link a static server cannot serve: ${q.url} (linked from ${q.from})`);
  if (result.broken.length > 0 || result.queryLinks.length > 0) process.exitCode = 1;
} finally {
  await app.stop();
}
