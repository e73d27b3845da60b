import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";

export const DEFAULT_DATABASE_URL = "file:./data/budget.db";

/** DATABASE_URL, with a relative file path resolved against the working directory. */
export function databaseUrl(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a SQLite file: URL, got "${url}"`);
  const file = url.slice("file:".length);
  return `file:${path.resolve(file)}`;
}

export function databaseFile(url = databaseUrl()): string {
  return url.slice("file:".length);
}

export function createPrisma(url = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url }) });
}

export type { PrismaClient };
