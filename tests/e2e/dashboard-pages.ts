// Shared by the dashboard e2e tests: the pages, expected figures read straight from the e2e database, JS weight.
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { fenToYuan } from "../../lib/money";
import { E2E_DATABASE_URL } from "./harness";
import { PAGE_PATHS } from "./urls";

export const PAGES = PAGE_PATHS;

export interface ExpectedMetricValue {
  district: string;
  year: number;
  status: string;
  amountYuan: string | null;
}

/** The metric values as stored, read without the app's code paths. */
export function expectedMetricValues(metric: string): ExpectedMetricValue[] {
  const db = new Database(E2E_DATABASE_URL.slice("file:".length), { readonly: true });
  try {
    const rows = db
      .prepare("SELECT d.slug AS district, m.year AS year, m.status AS status, m.amountFen AS fen FROM MetricValue m JOIN District d ON d.id = m.districtId WHERE m.metric = ? ORDER BY d.slug, m.year")
      .safeIntegers(true)
      .all(metric) as Array<{ district: string; year: bigint; status: string; fen: bigint | null }>;
    return rows.map((r) => ({ district: r.district, year: Number(r.year), status: r.status, amountYuan: r.fen === null ? null : fenToYuan(r.fen) }));
  } finally {
    db.close();
  }
}

export function documentFiles(): string[] {
  const db = new Database(E2E_DATABASE_URL.slice("file:".length), { readonly: true });
  try {
    return (db.prepare("SELECT fileName FROM SourceDocument ORDER BY fileName").all() as Array<{ fileName: string }>).map((r) => r.fileName);
  } finally {
    db.close();
  }
}

/** Gzip bytes of the module scripts an HTML page references (nomodule polyfills are not loaded by current browsers). */
export async function firstLoadJs(baseUrl: string, html: string): Promise<{ gzip: number; scripts: string[] }> {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? "")
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => src !== undefined);
  let gzip = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    gzip += gzipSync(body).length;
  }
  return { gzip, scripts };
}
