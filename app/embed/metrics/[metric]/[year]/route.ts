// GET /embed/metrics/<metric>/<year>: one year's district-by-district chart as a page other sites may frame.
import type { NextRequest } from "next/server";
import { embedResponse } from "@/lib/dashboard/embed";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ metric: string; year: string }> }): Promise<Response> {
  const { metric, year } = await params;
  return embedResponse(request, metric, year);
}
