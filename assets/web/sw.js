// The site's service worker, written by `rutineveileder export web`, which fills in
// VERSION (a hash of every file of this export) and FILES (the files it keeps).
// On its first visit over http(s) a phone keeps every file of the site; from then on
// each page, the style sheet, the script and the icons load from that copy, with or
// without network. A new export changes VERSION, so on the next visit with network the
// browser installs this worker anew, which fetches the new files and then deletes the
// old copy. It keeps only the site's own files: nothing about the reader, no cookie.
"use strict";

const VERSION = "@version@";
const FILES = ["@files@"];

const CACHE_PREFIX = "rutineveileder " + self.registration.scope + " ";
const CACHE = CACHE_PREFIX + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || !url.href.startsWith(self.registration.scope)) return;
  // The folder's own address shows its start page, as a web server does.
  const wanted = url.pathname.endsWith("/") ? new URL("index.html", url).href : url.href;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(wanted, { ignoreSearch: true }))
      .then((kept) => kept || fetch(request)),
  );
});
