// GET /api/export.zip: see lib/api/route.ts and README "API and exports".
import { exportGet, methodNotAllowed } from "@/lib/api/route";

// Depends on the query string; rendered bodies are cached in memory per data version (lib/api/export.ts).
export const dynamic = "force-dynamic";
export const GET = exportGet("export.zip");
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
