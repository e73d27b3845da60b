import { createHash, timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";
import { env } from "@/lib/env";

/** Constant-time comparison of two tokens of any length and any characters (digests have equal lengths). */
function sameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * POST by the import CLI after a successful import (REVALIDATE_URL): the prerendered pages
 * are rebuilt from the new data on their next request. Off unless REVALIDATE_TOKEN is set.
 */
export async function POST(request: Request): Promise<Response> {
  const expected = env().REVALIDATE_TOKEN;
  const given = request.headers.get("x-revalidate-token") ?? "";
  if (!expected) return Response.json({ error: { message: "revalidation is not enabled on this server" } }, { status: 404 });
  if (!sameToken(given, expected)) return Response.json({ error: { message: "wrong or missing x-revalidate-token" } }, { status: 403 });
  revalidatePath("/", "layout");
  return Response.json({ revalidated: true });
}
