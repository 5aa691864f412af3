// A small static file server for the built site, on loopback only: what a
// plain web host does with a Lantern site, and nothing more.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".vcf": "text/vcard; charset=utf-8",
  ".json": "application/json",
};

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Finds the file a URL path names: `dir/` is `dir/index.html`. */
async function resolve(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  const file = path.normalize(path.join(root, decoded));
  if (file !== root && !file.startsWith(root + path.sep)) {
    return { status: 403 };
  }
  if (decoded.endsWith("/")) {
    const index = path.join(file, "index.html");
    return (await isFile(index)) ? { status: 200, file: index } : { status: 404 };
  }
  if (await isFile(file)) {
    return { status: 200, file };
  }
  if (await isFile(path.join(file, "index.html"))) {
    return { status: 301, location: urlPath + "/" };
  }
  return { status: 404 };
}

/** Starts serving `folder` on 127.0.0.1 at a free port; resolves to `{ url, close }`. */
export async function serve(folder) {
  const root = path.resolve(folder);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const found = await resolve(root, url.pathname);
    if (found.status === 301) {
      response.writeHead(301, { Location: found.location });
      response.end();
      return;
    }
    let file = found.file;
    let status = found.status;
    if (status !== 200) {
      const notFound = path.join(root, "404.html");
      if (status === 404 && (await isFile(notFound))) {
        file = notFound;
      } else {
        response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
        response.end(`${status}\n`);
        return;
      }
    }
    const body = await readFile(file);
    const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
    response.end(request.method === "HEAD" ? undefined : body);
  });
  await new Promise((ready, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", ready);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
