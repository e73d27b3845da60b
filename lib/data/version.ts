import "server-only";
import { statSync } from "node:fs";
import { databaseFile, databaseUrl } from "../db";
import { prisma } from "./client";
import type { DataVersion } from "./types";

let versionCache: { stamp: string; value: DataVersion | null } | undefined;

/** Size and modification time of the database file: any committed import changes them. */
function databaseStamp(): string {
  try {
    const stat = statSync(databaseFile(databaseUrl()));
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "";
  }
}

/** The imported data's version, re-read only when the database file has changed (hot path of every export). */
export async function getDataVersion(): Promise<DataVersion | null> {
  const stamp = databaseStamp();
  if (stamp !== "" && versionCache?.stamp === stamp) return versionCache.value;
  const run = await prisma().importRun.findFirst();
  const value = run
    ? {
        dataVersion: run.dataVersion,
        importedAt: run.importedAt.toISOString(),
        documentCount: run.documentCount,
        lineCount: run.lineCount,
        projectCount: run.projectCount,
        findingCount: run.findingCount,
      }
    : null;
  versionCache = { stamp, value };
  return value;
}
