// A plain static file server (what nginx, Apache or `python -m http.server` do with a directory) and a GET
// that follows its redirects: for the static copy's test and its line in npm run bench.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { linksIn } from "../../lib/static-export/links";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json",
  ".csv": "text/csv", ".zip": "application/zip", ".svg": "image/svg+xml", ".txt": "text/plain; charset=utf-8", ".woff2": "font/woff2", ".png": "image/png",
};

/**
 * What nginx, Apache or `python -m http.server` do with a directory of files: a file is sent as is, typed by
 * its extension; a directory named without its trailing slash redirects to it; a directory sends its
 * index.html; anything else is 404 with /404.html. No query string, no rewrite rule, no knowledge of the app.
 */
export function staticServer(dir: string): Server {
  return createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    } catch {
      return void res.writeHead(400).end();
    }
    const file = path.join(dir, pathname);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    const stat = existsSync(file) ? statSync(file) : null;
    if (stat?.isDirectory() && !pathname.endsWith("/")) return void res.writeHead(301, { location: `${(req.url ?? "").split("?")[0]}/` }).end();
    const target = stat?.isDirectory() ? path.join(file, "index.html") : file;
    if (!existsSync(target) || !statSync(target).isFile()) {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      return void res.end(existsSync(path.join(dir, "404.html")) ? readFileSync(path.join(dir, "404.html")) : "not found");
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(target)] ?? "application/octet-stream", "content-length": statSync(target).size });
    createReadStream(target).pipe(res);
  });
}

/** GET on the static server, following its redirects; the URL that answered and the answer. */
export async function getFollowing(baseUrl: string, url: string): Promise<{ finalUrl: string; status: number; contentType: string; body: Buffer }> {
  let current = url;
  for (let hop = 0; hop < 5; hop++) {
    const response = await fetch(baseUrl + current, { redirect: "manual", headers: { "accept-encoding": "identity" } });
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.arrayBuffer();
      current = location;
      continue;
    }
    return { finalUrl: current, status: response.status, contentType: response.headers.get("content-type") ?? "", body: Buffer.from(await response.arrayBuffer()) };
  }
  throw new Error(`${url}: too many redirects`);
}

/** Listens on a free loopback port; the base URL. */
export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}

export interface Walk {
  /** Every URL reached from /, with the URL that finally answered 200 and its bytes. */
  pages: Map<string, { finalUrl: string; contentType: string; body: Buffer; from: string }>;
  /** Links that did not answer 200, or carry a query a static server cannot tell apart. */
  failures: string[];
}

/** Walks every same-site link from / on a server (scripts and styles included), following redirects. */
export async function walk(baseUrl: string, siteOrigin: string): Promise<Walk> {
  const pages: Walk["pages"] = new Map();
  const failures: string[] = [];
  const queue: Array<{ url: string; from: string }> = [{ url: "/", from: "(start)" }];
  const seen = new Set(["/"]);
  while (queue.length > 0) {
    const { url, from } = queue.shift() ?? { url: "", from: "" };
    const answer = await getFollowing(baseUrl, url);
    if (answer.status !== 200) {
      failures.push(`${url} (linked from ${from}) answered ${answer.status}`);
      continue;
    }
    pages.set(url, { ...answer, from });
    for (const link of linksIn(answer.body.toString("utf8"), answer.contentType, baseUrl + answer.finalUrl, siteOrigin)) {
      if (link.includes("?")) failures.push(`${link} (linked from ${url}) has a query string`);
      else if (!seen.has(link)) {
        seen.add(link);
        queue.push({ url: link, from: url });
      }
    }
  }
  return { pages, failures };
}
