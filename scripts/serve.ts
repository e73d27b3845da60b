// npm start: the built app behind the in-memory front (lib/serve/front.ts) in one Node process.
// Options as `next start`: -H/--hostname (default: every interface), -p/--port (default $PORT or 3000; 0 = any free port).
import { statSync } from "node:fs";
import { createServer } from "node:http";
import next from "next";
import { databaseFile } from "../lib/db";
import { createFront } from "../lib/serve/front";

function option(names: string[]): string | undefined {
  const index = process.argv.findIndex((arg) => names.includes(arg));
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const hostname = option(["-H", "--hostname"]);
const requestedPort = Number(option(["-p", "--port"]) ?? process.env.PORT ?? "3000");

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
  if (hostname) server.listen(requestedPort, hostname, resolve);
  else server.listen(requestedPort, resolve);
});
const address = server.address();
const port = typeof address === "object" && address ? address.port : requestedPort;
const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const front = createFront({
  next: app.getRequestHandler(),
  // Fill requests go to the loopback unless the server listens on one address only.
  origin: () => ({ host: !hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname, port }),
  dataStamp: databaseStamp,
});
server.on("request", front.handle);
server.on("upgrade", app.getUpgradeHandler());
console.log(`- Local: http://${hostname ?? "localhost"}:${port}`);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close();
    process.exit(0);
  });
}
