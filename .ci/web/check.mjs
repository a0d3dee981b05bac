// Checks the exported web site as a browser sees it: every page in headless Chromium,
// in light and in dark mode, at 320 CSS px wide. Fails on any axe-core violation of
// WCAG 2.1 A or AA, on sideways scrolling, and on any request that leaves the folder.
// Usage: node .ci/web/check.mjs SITE_FOLDER
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const site = resolve(process.argv[2] ?? "");
const siteUrl = pathToFileURL(site).href + "/";

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const pages = htmlFiles(site).sort();
if (pages.length < 2) {
  console.error(`no pages in ${site}`);
  process.exit(1);
}

const browser = await puppeteer.launch({
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
  ],
});

const failures = [];
let checks = 0;
try {
  for (const file of pages) {
    const url = pathToFileURL(file).href;
    const name = file.slice(site.length + 1);
    for (const scheme of ["light", "dark"]) {
      const page = await browser.newPage();
      const outside = [];
      page.on("request", (request) => {
        const requested = request.url();
        if (!requested.startsWith(siteUrl)) outside.push(requested);
      });
      await page.setViewport({ width: 320, height: 800 });
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
      await page.goto(url, { waitUntil: "load" });
      // axe is put into the page as script text, not fetched, so it is no request.
      await page.evaluate(axeSource);
      const result = await page.evaluate(() =>
        window.axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        }),
      );
      for (const violation of result.violations) {
        const targets = violation.nodes.map((n) => n.target.join(" ")).slice(0, 5);
        failures.push(`${name} (${scheme}): ${violation.id}: ${violation.help} at ${targets.join(", ")}`);
      }
      const width = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        view: window.innerWidth,
      }));
      if (width.scroll > width.view) {
        failures.push(`${name} (${scheme}): scrolls sideways at 320 px (${width.scroll} px wide)`);
      }
      for (const request of outside) {
        failures.push(`${name} (${scheme}): requests ${request}, outside the folder`);
      }
      checks += 1;
      await page.close();
    }
  }
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(failures.join("\n"));
  console.error(`${failures.length} problems in ${checks} page views`);
  process.exit(1);
}
console.log(`${pages.length} pages, ${checks} views (light and dark, 320 px): no axe violation of WCAG 2.1 A/AA, no sideways scrolling, no request outside the folder`);
