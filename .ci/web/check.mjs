// Checks the exported web site as a browser on a phone sees it, in headless Chromium.
// Usage: node .ci/web/check.mjs SITE_FOLDER RUTINEVEILEDER [ROUTINE_FILE]
// SITE_FOLDER is `rutineveileder export web --date 2027-03-01` of ROUTINE_FILE (the
// embedded routine when left out); RUTINEVEILEDER is the program, asked for its own
// answer (`hours --at`) and for a second export.
//
// 1. Every page from disk (file://), light and dark, 320 CSS px wide, with «Åpen nå»
//    shown: no axe-core violation of WCAG 2.0, 2.1 or 2.2 A or AA (axe's wcag2a,
//    wcag2aa, wcag21a, wcag21aa and wcag22aa rules), no sideways scrolling, no request
//    outside the folder, no error in the console. Then the keyboard, on a phone (320 ×
//    640) and a desktop (1280 × 800): Tab through every page and back with Shift+Tab;
//    every link and control is reached, none that has focus is entirely hidden under
//    the sticky 113 bar or anything else that stays put (WCAG 2.4.11; partly hidden
//    ones are listed in the log), and none is under 24 × 24 CSS px except links inside
//    a text (WCAG 2.5.8).
// 2. Served over http://127.0.0.1 (a folder under a path, as on a real web server), with
//    the phone's clock set to each moment below and its time zone elsewhere: every
//    contact's «Åpen nå» on every page is exactly the program's answer for that
//    moment; past the 400 days the pages say they are out of date.
// 3. After one visit the network goes off, and every page of both folders reloads;
//    the manifest makes the site installable; a new export replaces the kept copy on
//    the next visit with network.
// 4. Privacy: no request leaves the site (every page's and service worker's requests are
//    watched, the server records every path, and the browser's proxy is a sink that
//    records any request for another host), no cookie, nothing in localStorage,
//    sessionStorage or IndexedDB, and the service worker's cache holds only the site's
//    own files.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { requestSink, serveSite, quietChromium } from "./serve.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [siteArg, binArg, routineArg] = process.argv.slice(2);
if (!siteArg || !binArg) {
  console.error("usage: node .ci/web/check.mjs SITE_FOLDER RUTINEVEILEDER [ROUTINE_FILE]");
  process.exit(2);
}
const site = resolve(siteArg);
const bin = resolve(binArg);
const routineArgs = routineArg ? ["--routine", resolve(routineArg)] : [];
const siteUrl = pathToFileURL(site).href + "/";

// The export date CI uses, and the moments the clock is set to: a weekday at 10:00 and
// at 16:05, Saturday 02:00, 17 May at noon, Maundy Thursday 16:05, Christmas Eve
// evening. All are Norwegian wall-clock times.
const EXPORTED = "2027-03-01";
const MOMENTS = [
  "2027-03-03T10:00",
  "2027-03-03T16:05",
  "2027-03-06T02:00",
  "2027-05-17T12:00",
  "2027-03-25T16:05",
  "2027-12-24T18:00",
];
// After the 400 days (the pages must say they are out of date) and before the export
// (a wrong clock: the pages claim nothing).
const OUT_OF_DATE = "2028-04-05T12:00";
const BEFORE = "2027-02-28T12:00";
// The phone's own time zone, far from Norway: the pages must still use Norwegian time.
const PHONE_ZONE = "America/Los_Angeles";

function files(dir, ending) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ending);
    return name.endsWith(ending) ? [path] : [];
  });
}

const pages = files(site, ".html").map((file) => file.slice(site.length + 1)).sort();
if (pages.length < 2) {
  console.error(`no pages in ${site}`);
  process.exit(1);
}

// The instant (ms since 1970 UTC) when the Norwegian wall clock shows `moment`.
const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
});
function osloInstant(moment) {
  const [date, time] = moment.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [h, min] = time.split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, h, min);
  for (const hours of [1, 2]) {
    const instant = wall - hours * 3600000;
    const parts = {};
    for (const part of osloParts.formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
    if (Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) === wall) return instant;
  }
  throw new Error(`no instant for ${moment} in Norway`);
}

// Sets the page's clock: `new Date()` and `Date.now()` give the instant; dates made from
// values stay real.
async function setClock(page, moment) {
  await page.evaluateOnNewDocument((instant) => {
    const RealDate = Date;
    class PhoneDate extends RealDate {
      constructor(...args) {
        if (args.length === 0) super(instant);
        else super(...args);
      }
      static now() {
        return instant;
      }
    }
    globalThis.Date = PhoneDate;
  }, osloInstant(moment));
  await page.emulateTimezone(PHONE_ZONE);
}

// The program's own answer at a moment: id → [state, sentence, instead lines…].
function programSays(moment) {
  const out = execFileSync(bin, ["hours", ...routineArgs, "--at", moment], { encoding: "utf8" });
  return new Map(
    out
      .trim()
      .split("\n")
      .map((line) => {
        const [id, ...fields] = line.split("\t");
        return [id, fields];
      }),
  );
}

// What a page shows about each contact with a status: id → [state, sentence, lines].
function pageSays(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("li[data-contact]")].map((item) => [
      item.getAttribute("data-contact"),
      item.getAttribute("data-open-now"),
      item.querySelector(".open-now.now")?.textContent ?? null,
      [...item.querySelectorAll(".open-now.instead")].map((p) => p.textContent),
      item.querySelector(".open-now.now")?.getAttribute("data-state") ?? null,
    ]),
  );
}

const sink = await requestSink();
const browser = await quietChromium(sink);

// Chromium itself asks these hosts for the time, updates and sign-in even with no page
// open (measured with Chromium 156 and every switch below); a request from the site to
// any host is caught by the watchers of each page and service worker.
const CHROMIUM_OWN = ["clients2.google.com", "update.googleapis.com", "accounts.google.com"];

const failures = [];
const fail = (message) => failures.push(message);
// Every request a page or a service worker makes.
const requested = [];
browser.on("targetcreated", async (target) => {
  if (target.type() !== "service_worker") return;
  const session = await target.createCDPSession().catch(() => null);
  if (!session) return;
  session.on("Network.requestWillBeSent", (event) => requested.push(event.request.url));
  await session.send("Network.enable").catch(() => {});
});
const report = [];
let served = null;
let work = null;
let rulesRun = 0;

// What the focused element shows, measured after the browser has scrolled it into
// view: whether anything that stays put while the page scrolls (sticky or fixed, such
// as the 113 bar), other than what holds the element, covers it entirely or partly;
// its size; and whether it is a link inside a text, that is one whose block holds text
// of its own beside the link.
function focusStop() {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const rect = element.getBoundingClientRect();
  const describe = (el) =>
    `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} «${(el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 50)}»`;
  const staying = [...document.querySelectorAll("body *")].filter((el) => {
    const position = getComputedStyle(el).position;
    return (position === "sticky" || position === "fixed") && !el.contains(element);
  });
  let covered = "none";
  for (const cover of staying) {
    const c = cover.getBoundingClientRect();
    const left = Math.max(rect.left, c.left);
    const right = Math.min(rect.right, c.right);
    const top = Math.max(rect.top, c.top);
    const bottom = Math.min(rect.bottom, c.bottom);
    if (right <= left || bottom <= top) continue;
    const whole = left <= rect.left && right >= rect.right && top <= rect.top && bottom >= rect.bottom;
    covered = `${whole ? "entirely" : "partly"}, by ${describe(cover)}`;
    if (whole) break;
  }
  let block = element.parentElement;
  while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
  let ownText = "";
  if (block) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!element.contains(node)) ownText += node.textContent;
    }
  }
  return {
    element: describe(element),
    index: [...document.querySelectorAll("*")].indexOf(element),
    width: rect.width,
    height: rect.height,
    covered,
    inText: element.tagName === "A" && ownText.trim() !== "",
  };
}

// Tabs through the page from its start to its end, then back from the end with
// Shift+Tab, measuring each focus stop: every element that takes focus by Tab must be
// reached; none may be entirely covered (WCAG 2.4.11; partly covered ones are listed);
// none may be under 24 × 24 CSS px unless it is a link inside a text (WCAG 2.5.8).
async function tabThrough(page) {
  // A group of radio buttons is one Tab stop (the arrow keys move within it), so each
  // group counts as reached when any of its buttons is: `group` is the index of its first.
  const tabbable = await page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")]
      .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0)
      .map((el) => {
        const first = el.type === "radio" && el.name ? document.querySelector(`input[type=radio][name="${CSS.escape(el.name)}"]`) : el;
        return { index: all.indexOf(el), group: all.indexOf(first) };
      });
  });
  const stopsToReach = [...new Set(tabbable.map((element) => element.group))];
  const groupOf = new Map(tabbable.map((element) => [element.index, element.group]));
  const problems = [];
  const partly = [];
  let small = 0;
  let inText = 0;
  let stops = 0;
  for (const direction of ["forwards", "backwards"]) {
    const seen = [];
    for (let press = 0; press < stopsToReach.length + 2; press += 1) {
      if (direction === "forwards") await page.keyboard.press("Tab");
      else {
        await page.keyboard.down("Shift");
        await page.keyboard.press("Tab");
        await page.keyboard.up("Shift");
      }
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
      const stop = await page.evaluate(focusStop);
      // Past the last element (or the first, going back) focus leaves the page, or
      // comes round to where it began.
      if (stop === null || seen.some((before) => before.index === stop.index)) break;
      seen.push(stop);
    }
    stops += seen.length;
    const reached = new Set(seen.map((stop) => groupOf.get(stop.index) ?? stop.index));
    const missed = stopsToReach.filter((group) => !reached.has(group));
    if (missed.length > 0) problems.push(`${missed.length} of ${stopsToReach.length} Tab stops not reached going ${direction}`);
    for (const stop of seen) {
      if (stop.covered.startsWith("entirely")) problems.push(`${stop.element} is hidden ${stop.covered} when focused going ${direction}`);
      else if (stop.covered.startsWith("partly")) partly.push(`${stop.element} going ${direction}, ${stop.covered}`);
      if (stop.width < 24 || stop.height < 24) {
        small += 1;
        if (stop.inText) inText += 1;
        else problems.push(`${stop.element} is ${stop.width.toFixed(1)} × ${stop.height.toFixed(1)} px, under 24 × 24, and not a link inside a text`);
      }
    }
  }
  return { problems, partly, stops, small, inText };
}

async function newPage(context, errors, label) {
  const page = await context.newPage();
  page.on("request", (request) => requested.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${label}: console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${label}: ${error.message}`));
  return page;
}

try {
  // 1. From disk: axe, width, requests, console.
  let views = 0;
  for (const name of pages) {
    for (const scheme of ["light", "dark"]) {
      const errors = [];
      const page = await newPage(browser, errors, `${name} (${scheme}, file://)`);
      const outside = [];
      page.on("request", (request) => {
        if (!request.url().startsWith(siteUrl)) outside.push(request.url());
      });
      await setClock(page, "2027-03-03T16:05");
      await page.setViewport({ width: 320, height: 800 });
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
      await page.goto(pathToFileURL(join(site, name)).href, { waitUntil: "load" });
      await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
      // The page's own errors; axe's attempt to read the style sheet from disk is not one.
      errors.splice(0).forEach(fail);
      // axe is put into the page as script text, not fetched, so it is no request.
      await page.evaluate(axeSource);
      const result = await page.evaluate(() =>
        window.axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        }),
      );
      rulesRun = result.passes.length + result.violations.length + result.incomplete.length + result.inapplicable.length;
      for (const violation of result.violations) {
        const targets = violation.nodes.map((n) => n.target.join(" ")).slice(0, 5);
        fail(`${name} (${scheme}): ${violation.id}: ${violation.help} at ${targets.join(", ")}`);
      }
      const width = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        view: window.innerWidth,
      }));
      if (width.scroll > width.view) fail(`${name} (${scheme}): scrolls sideways at 320 px (${width.scroll} px wide)`);
      for (const request of outside) fail(`${name} (${scheme}): requests ${request}, outside the folder`);
      views += 1;
      await page.close();
    }
  }
  report.push(`${pages.length} pages from disk, ${views} views (light and dark, 320 px, «Åpen nå» shown): no axe violation of WCAG 2.0/2.1/2.2 A/AA (${rulesRun} rules), no sideways scrolling, no request outside the folder, no console error`);

  // The keyboard: every page tabbed through forwards and backwards, on a phone and a
  // desktop.
  {
    const totals = { stops: 0, partly: [], small: 0, inText: 0 };
    for (const viewport of [{ width: 320, height: 640 }, { width: 1280, height: 800 }]) {
      for (const name of pages) {
        const errors = [];
        const page = await newPage(browser, errors, `${name} (keyboard, ${viewport.width} px)`);
        await setClock(page, "2027-03-03T16:05");
        await page.setViewport(viewport);
        await page.goto(pathToFileURL(join(site, name)).href, { waitUntil: "load" });
        const where = `${name} at ${viewport.width} px`;
        const result = await tabThrough(page);
        errors.forEach(fail);
        for (const problem of result.problems) fail(`${where}: ${problem}`);
        for (const stop of result.partly) totals.partly.push(`${where}: ${stop}`);
        totals.stops += result.stops;
        totals.small += result.small;
        totals.inText += result.inText;
        await page.close();
      }
    }
    for (const partly of totals.partly) console.log(`partly hidden when focused: ${partly}`);
    report.push(`keyboard on ${pages.length} pages at 320 and 1280 px, Tab and Shift+Tab: ${totals.stops} focus stops, every link reached, none entirely hidden under the 113 bar, ${totals.partly.length} partly hidden; ${totals.small} targets under 24 × 24 px, all ${totals.inText} of them links inside a text`);
  }

  // A copy of the site to serve, so a second export can replace it.
  work = mkdtempSync(join(tmpdir(), "rutineveileder-web-"));
  cpSync(site, work, { recursive: true });
  served = await serveSite(work, "/nettsted/");

  // 2. «Åpen nå» at each moment, against the program's own answer.
  const contactPages = [];
  {
    const context = await browser.createBrowserContext();
    for (const moment of [...MOMENTS, OUT_OF_DATE, BEFORE]) {
      const program = programSays(moment);
      const counts = { open: 0, closed: 0, unknown: 0 };
      let compared = 0;
      const ids = new Set();
      for (const name of pages) {
        const errors = [];
        const page = await newPage(context, errors, `${name} at ${moment}`);
        await setClock(page, moment);
        await page.setViewport({ width: 360, height: 800 });
        await page.goto(served.url + name, { waitUntil: "load" });
        const shown = await pageSays(page);
        const hasTable = await page.evaluate(() => !!document.getElementById("open-now-data"));
        const outOfDate = await page.evaluate(() => document.getElementById("open-now-out-of-date")?.textContent ?? null);
        errors.forEach(fail);
        await page.close();
        if (!hasTable) continue;
        if (moment === MOMENTS[0]) contactPages.push(name);
        if (moment === OUT_OF_DATE || moment === BEFORE) {
          const claimed = shown.filter(([, state]) => state !== null);
          if (claimed.length > 0) fail(`${name} at ${moment}: ${claimed.length} contacts claim a status outside the 400 days`);
          if (moment === OUT_OF_DATE && !(outOfDate ?? "").includes("01.03.2027")) fail(`${name} at ${moment}: does not say the pages are out of date (${outOfDate})`);
          if (moment === BEFORE && outOfDate !== null) fail(`${name} at ${moment}: says out of date before the export`);
          continue;
        }
        if (outOfDate !== null) fail(`${name} at ${moment}: out of date within the 400 days`);
        if (shown.length === 0) fail(`${name} at ${moment}: no contact shows a status`);
        for (const [id, state, sentence, instead, marked] of shown) {
          const answer = program.get(id);
          if (!answer) {
            fail(`${name}: ${id} is not a contact the program knows`);
            continue;
          }
          const [programState, programSentence, ...programInstead] = answer;
          const expected = {
            state: programState,
            sentence: programState === "unknown" ? null : programSentence,
            instead: programInstead,
          };
          const got = { state, sentence, instead };
          if (JSON.stringify(got) !== JSON.stringify(expected)) {
            fail(`${name} at ${moment}: ${id} shows ${JSON.stringify(got)}, the program says ${JSON.stringify(expected)}`);
          }
          if (sentence !== null && marked !== state) fail(`${name} at ${moment}: ${id} is marked ${marked}, not ${state}`);
          counts[state] = (counts[state] ?? 0) + 1;
          compared += 1;
          ids.add(id);
        }
      }
      if (moment !== OUT_OF_DATE && moment !== BEFORE) {
        report.push(`${moment} (phone in ${PHONE_ZONE}): ${compared} statuses (${ids.size} contacts on ${contactPages.length} pages) as the program says: ${counts.open} open, ${counts.closed} closed, ${counts.unknown} with unknown hours`);
      }
    }
    report.push(`${OUT_OF_DATE}: every page says it is out of date and claims no status; ${BEFORE}: no status claimed`);
    await context.close();
  }

  // 3. Offline after one visit, installable, and replaced by a new export.
  {
    // The browser's own profile, not an incognito one, where a phone installs apps.
    const context = browser.defaultBrowserContext();
    const errors = [];
    const page = await newPage(context, errors, "offline");
    await page.setViewport({ width: 360, height: 800 });
    const citizens = pages.find((name) => name.includes("/"));
    const folder = citizens.slice(0, citizens.indexOf("/") + 1);
    // One visit to each folder's start page with network: each registers its worker.
    for (const start of ["index.html", citizens]) {
      await page.goto(served.url + start, { waitUntil: "load" });
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { timeout: 10000 });
    }
    const session = await page.createCDPSession();
    await page.goto(served.url + "index.html", { waitUntil: "load" });
    const manifest = await session.send("Page.getAppManifest");
    const installability = await session.send("Page.getInstallabilityErrors");
    if (!manifest.url.endsWith("/nettsted/manifest.json") || manifest.errors.length > 0) {
      fail(`manifest: ${manifest.url} ${JSON.stringify(manifest.errors)}`);
    }
    if (installability.installabilityErrors.length > 0) {
      fail(`not installable: ${JSON.stringify(installability.installabilityErrors)}`);
    }
    await page.setOfflineMode(true);
    const before = served.requests.length;
    let reloaded = 0;
    for (const name of [...pages, "", folder]) {
      const response = await page.goto(served.url + name, { waitUntil: "load" }).catch((error) => error);
      const title = await page.evaluate(() => document.querySelector("h1")?.textContent ?? "").catch(() => "");
      const styled = await page
        .evaluate(() => getComputedStyle(document.querySelector("header")).backgroundColor)
        .catch(() => "");
      const fromWorker = response?.fromServiceWorker?.() ?? false;
      if (!fromWorker || !response.ok() || title === "" || styled === "rgba(0, 0, 0, 0)") {
        fail(`offline: ${name || "the folder"} did not reload (${response?.message ?? response?.status?.()}, styled ${styled})`);
      } else {
        reloaded += 1;
      }
    }
    if (served.requests.length !== before) fail(`offline: ${served.requests.length - before} requests reached the server`);
    const kept = await page.evaluate(async () => {
      const urls = [];
      for (const key of await caches.keys()) {
        for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
      }
      return urls;
    });
    const siteFiles = new Set(files(site, "").map((f) => served.url + f.slice(site.length + 1)));
    const strays = kept.filter((url) => !siteFiles.has(url));
    if (strays.length > 0) fail(`the cache holds what is not a file of the site: ${strays.join(", ")}`);
    report.push(`offline after one visit: ${reloaded} of ${pages.length + 2} addresses reload (every page, both folders' own addresses), from the service workers; 0 requests reached the server; the cache holds only the site's files (${kept.length}); the manifest is installable`);

    // A new export of the same routine on another date, published over the old one.
    await page.setOfflineMode(false);
    execFileSync(bin, ["export", "web", ...routineArgs, "--date", "2027-03-02", "--out", work], { stdio: "ignore" });
    // The visit: the browser checks the worker after the page has loaded, installs the
    // new one, which fetches the new files, and deletes the old copy.
    const version = readFileSync(join(work, "sw.js"), "utf8").match(/const VERSION = "(\w+)"/)[1];
    await page.goto(served.url + "index.html", { waitUntil: "load" });
    let updated = false;
    for (let tries = 0; tries < 120 && !updated; tries += 1) {
      await new Promise((done) => setTimeout(done, 250));
      updated = await page.evaluate(async (version) => {
        const registration = await navigator.serviceWorker.getRegistration();
        const prefix = "rutineveileder " + registration.scope + " ";
        const kept = (await caches.keys()).filter((key) => key.startsWith(prefix));
        return (
          !registration.installing &&
          !registration.waiting &&
          registration.active?.state === "activated" &&
          kept.length === 1 &&
          kept[0].endsWith(" " + version)
        );
      }, version);
    }
    await page.setOfflineMode(true);
    await page.goto(served.url + "index.html", { waitUntil: "load" });
    const footer = await page.evaluate(() => document.querySelector("footer").textContent);
    if (!updated || !footer.includes("02.03.2027")) fail(`a new export did not replace the kept copy: ${footer}`);
    else report.push("a new export replaces the kept copy on the next visit with network (offline afterwards: the new pages)");

    // 4. What the visits left behind.
    await page.setOfflineMode(false);
    const cookies = await context.cookies?.() ?? (await page.cookies());
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      cookie: document.cookie,
    }));
    if (cookies.length > 0 || stored.cookie !== "") fail(`cookies: ${JSON.stringify(cookies)} ${stored.cookie}`);
    if (stored.local + stored.session + stored.databases > 0) fail(`storage written: ${JSON.stringify(stored)}`);
    errors.forEach(fail);
    await page.close();
  }

  const outsidePaths = served.requests.filter((path) => !path.startsWith("/nettsted/"));
  for (const path of outsidePaths) fail(`a request outside the site's folder: ${path}`);
  const chromiumOwn = (request) => CHROMIUM_OWN.some((host) => request.includes(`//${host}/`) || request === `CONNECT ${host}:443`);
  for (const request of sink.requests.filter((r) => !chromiumOwn(r))) fail(`a request for another host: ${request}`);
  const inside = (url) => url.startsWith(siteUrl) || url.startsWith(served.url) || url.startsWith("data:");
  for (const url of requested.filter((u) => !inside(u))) fail(`a request outside the site: ${url}`);
  report.push(`privacy: ${requested.length} requests from the pages and workers and ${served.requests.length} at the server, all inside the site's folder; none for another host; no cookie; nothing in localStorage, sessionStorage or IndexedDB`);
} finally {
  await browser.close();
  await sink.close();
  if (served) await served.close();
  if (work) rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(failures.join("\n"));
  console.error(`${failures.length} problems`);
  process.exit(1);
}
console.log(report.join("\n"));
