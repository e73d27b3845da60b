// GET /sources/<file>/original: a PDF source's original bytes, as imported. The rendering at /sources/<file>
// links here with "#page=N" (the PDF viewer opens that page). Text sources and unknown files: 404.
import { getOriginalFile } from "@/lib/data";

export const dynamic = "force-dynamic";

const plain = (status: number, message: string) =>
  new Response(`${status} ${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const fileName = decodeURIComponent((await params).file);
  const bytes = await getOriginalFile(fileName);
  if (!bytes) return plain(404, `Not Found: no PDF source named "${fileName}" (text sources have no original here; see /sources/<file>)`);
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
