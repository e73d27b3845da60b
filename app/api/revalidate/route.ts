import { timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";

/**
 * POST by the import CLI after a successful import (REVALIDATE_URL): the prerendered pages
 * are rebuilt from the new data on their next request. Off unless REVALIDATE_TOKEN is set.
 */
export async function POST(request: Request): Promise<Response> {
  const expected = process.env.REVALIDATE_TOKEN;
  const given = request.headers.get("x-revalidate-token") ?? "";
  if (!expected) return Response.json({ error: { message: "revalidation is not enabled on this server" } }, { status: 404 });
  const ok = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  if (!ok) return Response.json({ error: { message: "wrong or missing x-revalidate-token" } }, { status: 403 });
  revalidatePath("/", "layout");
  return Response.json({ revalidated: true });
}
