import { NextResponse, type NextRequest } from "next/server";

/**
 * Next answers a malformed percent-encoding in a dynamic segment ("/metrics/%zz", "/api/district/%zz/lines.csv") with a 500
 * before any page code runs; refuse such URLs here with a plain 400 instead.
 */
export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("400 Bad Request: the address contains an invalid percent-encoding.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/metrics/:path*", "/districts/:path*", "/sources/:path*", "/api/district/:path*", "/api/year/:path*", "/api/metric/:path*"],
};
