// Starts the built app as `npm start` runs it (scripts/serve.ts) in a child process on a port it binds itself,
// and waits until it answers with the app's home page. Used by npm run export:static and npm run bench.
import { spawn } from "node:child_process";
import path from "node:path";

export interface RunningApp {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const LISTENING = /- Local:\s+(http:\/\/[^\s]+)/;

export async function startApp(options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}): Promise<RunningApp> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "serve.ts"), "-H", "127.0.0.1", "-p", "0"], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${output}`);
    const baseUrl = LISTENING.exec(output)?.[1];
    if (baseUrl) {
      try {
        const response = await fetch(`${baseUrl}/`);
        if (response.status === 200 && (await response.text()).includes("<html")) return { baseUrl, pid: child.pid ?? 0, stop };
      } catch {
        // listening, not answering yet
      }
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app did not answer within ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
