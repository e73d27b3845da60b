// Long tables, finding lists and document text are static boxes that hydration skips (components/client/StaticContent):
// in real Chromium, hydration must leave every box exactly as the server sent it, without errors, and a client-side
// navigation must still draw the boxes of the page it opens.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { PAGES } from "./dashboard-pages";
import { launchBrowser, startServer, type RunningServer } from "./harness";

let server: RunningServer;
let browser: Browser;

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The boxes' HTML, without the separators server rendering puts between adjacent texts (a box rendered in the browser has none). */
function staticBoxes(page: Page): Promise<string[]> {
  return page.$$eval("[data-static]", (boxes) => boxes.map((box) => box.outerHTML.replaceAll("<!-- -->", "")));
}

/** What a reader sees in the boxes (a client render has no SSR text separators, so not the HTML). */
function staticTexts(page: Page): Promise<string[]> {
  return page.$$eval("[data-static]", (boxes) => boxes.map((box) => box.textContent ?? ""));
}

/** The boxes as the server sent them: the same page with JavaScript off. */
async function serverBoxes(pathname: string, read: (page: Page) => Promise<string[]> = staticBoxes): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}${pathname}`);
    return await read(page);
  } finally {
    await context.close();
  }
}

test("hydration keeps every static box as the server sent it, on every page kind, without errors", async () => {
  for (const pathname of PAGES) {
    const expected = await serverBoxes(pathname);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${server.baseUrl}${pathname}`);
    await page.waitForSelector("html[data-hydrated]", { state: "attached" });
    const hydrated = await staticBoxes(page);
    await page.close();
    assert.deepEqual(hydrated, expected, `${pathname}: a static box changed in hydration`);
    // Every page kind has at least one long table or list, and no box is empty.
    assert.ok(hydrated.length > 0, `${pathname}: no static box`);
    for (const box of hydrated) assert.match(box, /<(tr|li|div class="leaf)/, `${pathname}: a static box is empty`);
    assert.deepEqual(errors, [], `${pathname}: errors in the browser`);
  }
});

test("a client-side navigation draws the static boxes of the page it opens", async () => {
  const expected = await serverBoxes("/districts/qingpu", staticTexts);
  assert.ok(expected.length > 0 && expected.every((text) => text.length > 0));
  const page = await browser.newPage();
  await page.goto(`${server.baseUrl}/districts/baoshan`);
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  // A full page load would lose this mark; a client-side navigation keeps it.
  await page.evaluate(() => Object.assign(window, { stayedOnPage: true }));
  await page.click('nav.metric-tabs a[href="/districts/qingpu"]');
  await page.waitForURL(`${server.baseUrl}/districts/qingpu`);
  await page.waitForSelector('[data-testid="functional-tree"]');
  assert.equal(await page.evaluate(() => (window as unknown as { stayedOnPage?: boolean }).stayedOnPage), true, "the link reloaded the page");
  assert.deepEqual(await staticTexts(page), expected);
  await page.close();
});
