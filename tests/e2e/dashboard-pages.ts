// Shared by the dashboard e2e tests: the pages, the expected figures (read by hand from the documents, see
// hand-read.ts), the document list, JS weight.
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { E2E_DATABASE_URL } from "./harness";
import { DISTRICTS, HAND_READ_METRICS, NOT_DISCLOSED, YEARS } from "./hand-read";
import { PAGE_PATHS } from "./urls";

export const PAGES = PAGE_PATHS;

export interface ExpectedMetricValue {
  district: string;
  year: number;
  status: string;
  amountYuan: string | null;
  /** As the page prints it: 元 with separators, 万元 with at least two decimals; null without an amount. */
  shownYuan: string | null;
  shownWan: string | null;
}

/** One value per district and year, by district then year: the hand-read figures, 未公开 where a document omits it, else 未收录. */
export function expectedMetricValues(metric: string): ExpectedMetricValue[] {
  return DISTRICTS.flatMap((district) =>
    YEARS.map((year) => {
      const read = HAND_READ_METRICS.find((v) => v.metric === metric && v.district === district && v.year === year);
      if (read) return { district, year, status: read.status, amountYuan: read.yuan, shownYuan: read.shownYuan, shownWan: read.shownWan };
      const omitted = NOT_DISCLOSED.some((v) => v.metric === metric && v.district === district && v.year === year);
      return { district, year, status: omitted ? "not_disclosed" : "not_collected", amountYuan: null, shownYuan: null, shownWan: null };
    }),
  );
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
