// Phones first, in real Chromium at 375 and 1280 px on every page kind: no text clipped by its box (a sideways-
// scrolling table must show its hint), no table cell squeezed under its words, no number broken across two lines.
// Full-page screenshots of every page at both widths go to test-results/screenshots/phone-layout/ for review by eye.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import type { Browser } from "playwright-core";
import { documentFiles } from "./dashboard-pages";
import { E2E_DATABASE_URL, launchBrowser, ROOT, startServer, type RunningServer } from "./harness";
import { measureScript, type LayoutProblem } from "./layout-measure";
import { PAGE_PATHS } from "./urls";

const SHOTS = path.join(ROOT, "test-results", "screenshots", "phone-layout");
/** A column narrower than this holds about two characters: words end up one character per line. */
const MIN_CELL_PX = 40;
/** A cell that wraps its text is at least this wide: about six characters a line. */
const MIN_WRAPPING_CELL_PX = 96;

function districtSlugs(): string[] {
  const db = new Database(E2E_DATABASE_URL.slice("file:".length), { readonly: true });
  try {
    return (db.prepare("SELECT slug FROM District ORDER BY slug").all() as Array<{ slug: string }>).map((r) => r.slug);
  } finally {
    db.close();
  }
}

/** Every page kind: the fixed pages, each district and each source document. */
function allPages(): string[] {
  const pages = new Set(PAGE_PATHS.filter((p) => !p.startsWith("/districts/") && !p.startsWith("/sources/")));
  for (const slug of districtSlugs()) pages.add(`/districts/${slug}`);
  for (const file of documentFiles()) pages.add(`/sources/${file}`);
  return [...pages];
}

const shotName = (pathname: string, width: number) => `${pathname === "/" ? "overview" : pathname.slice(1).replace(/[/?=&.]+/g, "_")}-${width}.png`;
const describeProblems = (problems: readonly LayoutProblem[]) =>
  problems.slice(0, 12).map((p) => `  ${p.kind}: “${p.text}” ${p.detail}`).join("\n") + (problems.length > 12 ? `\n  … and ${problems.length - 12} more` : "");

let server: RunningServer;
let browser: Browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

describe("every page at 375 and 1280 px", () => {
  for (const width of [375, 1280]) {
    test(`${width} px: nothing clipped, no squeezed cell, no split number; screenshots saved`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 812 } });
      const failures: string[] = [];
      for (const pathname of allPages()) {
        const response = await page.goto(`${server.baseUrl}${pathname}`, { waitUntil: "networkidle" });
        assert.equal(response?.status(), 200, pathname);
        // Hydration may reveal a panel; its scroll hint follows on the next frames (a scroll timeline updates per frame).
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        // Open every tree branch: closed <details> hide rows a reader can open.
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const problems = (await page.evaluate(measureScript({ minCellPx: MIN_CELL_PX, minWrappingCellPx: MIN_WRAPPING_CELL_PX }))) as LayoutProblem[];
        if (problems.length > 0) failures.push(`${pathname} at ${width} px:\n${describeProblems(problems)}`);
        await page.screenshot({ path: path.join(SHOTS, shotName(pathname, width)), fullPage: true });
      }
      await page.close();
      assert.deepEqual(failures, [], failures.join("\n"));
    });
  }
});
