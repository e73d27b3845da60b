// The static copy for npm run bench: npm run export:static into DIR, served by a plain static file server;
// every link from / walked, every answer compared byte for byte with the Node server's.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fetchRaw } from "../lib/static-export/export";
import { listen, staticServer, walk } from "../tests/e2e/static-server";
import type { BenchRow } from "./bench-common";

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

export async function staticCopy(root: string, outDir: string, appUrl: string, env: Record<string, string>): Promise<BenchRow> {
  const started = performance.now();
  const exported = spawnSync("npm", ["run", "--silent", "export:static", "--", outDir], { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  if (exported.status !== 0) {
    return { what: "static copy (npm run export:static)", measured: `export failed: ${(exported.stderr || exported.stdout).trim().split("\n").slice(-3).join(" / ")}`, target: "every link 200, same bytes", met: false };
  }
  const { files, bytes } = sizeOf(outDir);
  const server = staticServer(outDir);
  try {
    const staticUrl = await listen(server);
    const result = await walk(staticUrl, new URL(env.SITE_URL ?? process.env.SITE_URL ?? "http://localhost:3000").origin);
    let differ = 0;
    for (const [url, answer] of result.pages) {
      const fromApp = await fetchRaw(appUrl, url);
      if (fromApp.status !== 200 || !fromApp.body.equals(answer.body)) differ++;
    }
    return {
      what: "static copy (npm run export:static) on a plain static server",
      measured: `${files} files, ${(bytes / 2 ** 20).toFixed(1)} MB in ${seconds.toFixed(0)} s; ${result.pages.size} URLs walked from /: ${result.failures.length} broken, ${differ} differ from the Node server`,
      target: "every link 200, same bytes",
      met: result.failures.length === 0 && differ === 0,
    };
  } finally {
    server.close();
  }
}
