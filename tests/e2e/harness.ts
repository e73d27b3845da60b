import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
/** The database the app was built against (scripts/test.sh prepares it before `next build`). */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:${path.join(ROOT, ".e2e", "budget.db")}`;

export interface RunningServer {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

const LISTENING = /- Local:\s+http:\/\/127\.0\.0\.1:(\d+)/;

/**
 * Starts the built app as `npm start` runs it (scripts/serve.ts: Next behind its in-memory front) on a port the server binds itself (port 0, so no other process can
 * take it between choosing and binding) and waits until that server answers with the app's own home page.
 */
export async function startServer(options: { databaseUrl?: string; env?: Record<string, string>; cwd?: string } = {}): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "serve.ts"), "-H", "127.0.0.1", "-p", "0"], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, DATABASE_URL: options.databaseUrl ?? E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  let baseUrl: string | null = null;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    const port = LISTENING.exec(output)?.[1];
    if (!baseUrl && port) baseUrl = `http://127.0.0.1:${port}`;
    if (baseUrl) {
      try {
        const response = await fetch(`${baseUrl}/`);
        const body = await response.text();
        if (response.status === 200 && body.includes('<html lang="zh-CN"')) break;
      } catch {
        // listening, not answering yet
      }
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * A private copy of the built app (its .next without the build cache, config and public files;
 * node_modules linked), for a server whose revalidated pages must not overwrite the shared build.
 */
export function copyOfBuiltApp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "budget-app-"));
  cpSync(path.join(ROOT, ".next"), path.join(dir, ".next"), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !/[\\/]\.next[\\/](cache|trace)/.test(source),
  });
  for (const name of ["package.json", "next.config.ts", "public"]) cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

/** Debian's Chromium, headless, with its background networking off (this machine has no network). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
