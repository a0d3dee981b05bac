// Screenshots of the exported web site for the README, in headless Chromium with the
// clock set, so «Åpen nå» shows what it says at that moment.
// Usage: node .ci/web/screenshot.mjs SITE_FOLDER OUT.png WIDTH HEIGHT PAGE [MOMENT [SELECTOR]]
// MOMENT is Norwegian time (2027-03-25T16:05); with SELECTOR the page is scrolled so the
// first element it matches is at the top.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const [site, out, width, height, name, moment, selector] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars"],
});
try {
  const page = await browser.newPage();
  if (moment) {
    // Winter time (UTC+1) is enough for the README's moments.
    const [date, time] = moment.split("T");
    const instant = Date.parse(`${date}T${time}:00+01:00`);
    await page.evaluateOnNewDocument((instant) => {
      const RealDate = Date;
      globalThis.Date = class extends RealDate {
        constructor(...args) {
          if (args.length === 0) super(instant);
          else super(...args);
        }
        static now() {
          return instant;
        }
      };
    }, instant);
  }
  await page.setViewport({ width: Number(width), height: Number(height) });
  await page.goto(pathToFileURL(resolve(site, name)).href, { waitUntil: "load" });
  if (selector) {
    await page.evaluate((selector) => {
      const element = document.querySelector(selector);
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 8);
    }, selector);
  }
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await browser.close();
}
