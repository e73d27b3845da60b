// GET /api/metric/…/<file>: a filtered export in path form (see lib/api/route.ts and README "API and exports").
import { filteredExportGet, methodNotAllowed } from "@/lib/api/route";

export const dynamic = "force-dynamic";
export const GET = filteredExportGet("metric");
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
