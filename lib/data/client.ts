import "server-only";
import { createPrisma, type PrismaClient } from "../db";

let client: PrismaClient | undefined;

/** One Prisma client per server process. */
export function prisma(): PrismaClient {
  client ??= createPrisma();
  return client;
}
