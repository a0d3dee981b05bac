// Two tiny servers for the browser check, with Node's own http module (no npm package):
//
// - `serveSite(dir, prefix)` serves a folder under a path, such as
//   http://127.0.0.1:PORT/nettsted/, as any static web server would (a folder's address
//   gives its index.html), and records every path asked for, so a request outside the
//   site's folder is seen even when a service worker makes it.
// - `requestSink()` is the browser's proxy: Chromium sends every request for another
//   host there (loopback addresses never go through a proxy), and the sink records it
//   and refuses it. No request can leave the machine unseen.
// - `quietChromium(sink)` starts headless Chromium with its own services silenced and
//   every request for another host sent to the sink.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import puppeteer from "puppeteer-core";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

function listen(server) {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(server.address().port));
  });
}

export async function serveSite(dir, prefix) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    requests.push(path);
    let file = null;
    if (path.startsWith(prefix)) {
      const inside = normalize(path.slice(prefix.length));
      if (!inside.startsWith("..") && !inside.startsWith(sep)) {
        file = join(dir, inside);
        if (path.endsWith("/") || (await stat(file).catch(() => null))?.isDirectory()) {
          file = join(file, "index.html");
        }
      }
    }
    const body = file && (await readFile(file).catch(() => null));
    if (!body) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    response.end(body);
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export async function requestSink() {
  const requests = [];
  const server = createServer((request, response) => {
    requests.push(request.url);
    response.writeHead(502);
    response.end();
  });
  server.on("connect", (request, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
  });
  const port = await listen(server);
  return {
    proxy: `127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export function quietChromium(sink) {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Chromium's own services (time, updates, sign-in) stay quiet, so that any request
      // the sink sees comes from the pages.
      "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater",
      "--disable-domain-reliability",
      "--disable-client-side-phishing-detection",
      "--disable-default-apps",
      "--disable-extensions",
      "--no-pings",
      "--safebrowsing-disable-auto-update",
      `--proxy-server=http://${sink.proxy}`,
    ],
  });
}
