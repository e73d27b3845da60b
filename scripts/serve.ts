// npm start: the built app behind the in-memory front (lib/serve/front.ts) in one Node process.
// Options as `next start`: -H/--hostname (default 0.0.0.0), -p/--port (default $PORT or 3000; 0 = any free port).
import { statSync } from "node:fs";
import { createServer } from "node:http";
import next from "next";
import { databaseFile } from "../lib/db";
import { createFront } from "../lib/serve/front";

function option(names: string[], fallback: string): string {
  const index = process.argv.findIndex((arg) => names.includes(arg));
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const hostname = option(["-H", "--hostname"], "0.0.0.0");
const requestedPort = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));

/** Size and modification time of the SQLite file: every committed import changes them. */
function databaseStamp(): string {
  try {
    const stat = statSync(databaseFile());
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "";
  }
}

const server = createServer();
await new Promise<void>((resolve, reject) => {
  server.once("error", reject);
  server.listen(requestedPort, hostname, resolve);
});
const address = server.address();
const port = typeof address === "object" && address ? address.port : requestedPort;
const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const front = createFront({
  next: app.getRequestHandler(),
  origin: () => ({ host: hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname, port }),
  dataStamp: databaseStamp,
});
server.on("request", front.handle);
server.on("upgrade", app.getUpgradeHandler());
console.log(`- Local: http://${hostname}:${port}`);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close();
    process.exit(0);
  });
}
