// GET /embed/metrics/<metric>: the year-over-year chart as a page other sites may frame (lib/dashboard/embed.ts).
import type { NextRequest } from "next/server";
import { embedResponse } from "@/lib/dashboard/embed";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ metric: string }> }): Promise<Response> {
  return embedResponse(request, (await params).metric, null);
}
