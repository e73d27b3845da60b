import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export { DEFAULT_DATABASE_URL } from "./env";

/** DATABASE_URL as an absolute file: URL (a relative path counts from the working directory; query parameters dropped). */
export function databaseUrl(url = env().DATABASE_URL): string {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a SQLite file: URL, got "${url}"`);
  const file = url.slice("file:".length).replace(/\?.*$/, "");
  return `file:${path.resolve(file)}`;
}

export function databaseFile(url = databaseUrl()): string {
  return url.slice("file:".length);
}

export function createPrisma(url = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url }) });
}

export type { PrismaClient };
