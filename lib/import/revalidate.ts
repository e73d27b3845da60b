import { env } from "../env";

/**
 * Tells a running server that the data changed, so its prerendered pages are rebuilt
 * on the next request. Configured by REVALIDATE_URL and REVALIDATE_TOKEN; a no-op without them.
 */
export async function notifyServer(source: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const { REVALIDATE_URL: url, REVALIDATE_TOKEN: token } = env(source);
  if (!url) return null;
  const response = await fetch(url, { method: "POST", headers: { "x-revalidate-token": token ?? "" } });
  if (!response.ok) throw new Error(`the server at ${url} refused to revalidate (HTTP ${response.status})`);
  return url;
}
