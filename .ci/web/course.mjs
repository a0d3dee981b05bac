// Takes the staff course in the exported web site as an employee on a phone would, in
// headless Chromium, with the keyboard alone, served over http as from a web server.
// Usage: node .ci/web/course.mjs SITE_FOLDER ROUTINE_FILE [MIN-MAX]
// SITE_FOLDER is `rutineveileder export web` of ROUTINE_FILE; MIN-MAX, when given, is
// the range (in minutes) the whole course's time must fall in.
//
// 1. The start page links to the course; each part says its time, and the whole course
//    its time, from its words at 200 a minute and 30 s a question.
// 2. At 360 CSS px: every question answered right with the keyboard gives 100 and
//    «passed», with today's date; printed, the page shows only the confirmation, with a
//    blank «Navn:» line and no field for a name on screen.
// 3. «Ta kurset på nytt» (keyboard) starts clean; every answer wrong gives 0, «not
//    passed» and the parts to read again, linked.
// 4. In each state, light and dark: no axe-core violation of WCAG 2.2 A/AA, no sideways
//    scrolling at 320 px; no request outside the folder, no cookie, nothing stored, no
//    error in the console.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import puppeteer from "puppeteer-core";
import { allRight, allWrong, answerAll } from "./course-keys.mjs";
import { serveSite } from "./serve.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [siteArg, routineArg, rangeArg] = process.argv.slice(2);
if (!siteArg || !routineArg) {
  console.error("usage: node .ci/web/course.mjs SITE_FOLDER ROUTINE_FILE [MIN-MAX]");
  process.exit(2);
}
const site = resolve(siteArg);
const routine = JSON.parse(readFileSync(resolve(routineArg), "utf8"));
const failures = [];
const report = [];
const fail = (message) => failures.push(message);

const coursePages = readdirSync(site).filter(
  (name) => name.endsWith(".html") && readFileSync(join(site, name), "utf8").includes('id="course-data"'),
);
if (coursePages.length !== 1) {
  console.error(`expected one course page in ${site}, found ${coursePages.length}`);
  process.exit(1);
}
const coursePage = coursePages[0];

// Served over http, as from the municipality's web server (axe reads the style sheets,
// which a browser refuses from disk).
const served = await serveSite(site, "/nettsted/");
const siteUrl = served.url;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});

// Every state is checked light and dark, 320 px wide.
async function checkState(page, state) {
  for (const scheme of ["light", "dark"]) {
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    await page.setViewport({ width: 320, height: 800 });
    const result = await page.evaluate(() =>
      window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      }),
    );
    for (const violation of result.violations) {
      const targets = violation.nodes.map((n) => n.target.join(" ")).slice(0, 5);
      fail(`${state} (${scheme}): ${violation.id}: ${violation.help} at ${targets.join(", ")}`);
    }
    const width = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      view: window.innerWidth,
    }));
    if (width.scroll > width.view) fail(`${state} (${scheme}): scrolls sideways at 320 px (${width.scroll} px)`);
  }
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  await page.setViewport({ width: 360, height: 800 });
}

// The result as the page shows it.
function result(page) {
  return page.evaluate(() => {
    const text = (id) => {
      const element = document.getElementById(id);
      return element && !element.hidden ? element.textContent : null;
    };
    return {
      score: text("result-score"),
      verdict: text("result-verdict"),
      date: text("result-date"),
      progress: text("result-progress"),
      readAgain: document.getElementById("result-read-again").hidden
        ? []
        : [...document.querySelectorAll("#result-read-again a")].map((a) => a.getAttribute("href")),
    };
  });
}

// The first number in a text: the score in «Resultat: 92 av 100 (…)».
const firstNumber = (text) => Number((text ?? "").match(/\d+/)?.[0] ?? NaN);

// Presses Tab until `selector` has the focus.
async function tabTo(page, selector) {
  for (let presses = 0; presses < 800; presses += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

const requested = [];
try {
  const page = await browser.newPage();
  page.on("request", (request) => requested.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") fail(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => fail(`page error: ${error.message}`));
  await page.setViewport({ width: 360, height: 800 });

  // 1. Linked from the start page; the times.
  await page.goto(siteUrl + "index.html", { waitUntil: "load" });
  const linked = await page.evaluate((file) => [...document.querySelectorAll("a")].some((a) => a.getAttribute("href") === file), coursePage);
  if (!linked) fail(`the start page does not link to ${coursePage}`);
  await page.goto(siteUrl + coursePage, { waitUntil: "load" });
  await page.evaluate(axeSource);
  const times = await page.evaluate(() => ({
    parts: [...document.querySelectorAll(".part")].map((part) => ({
      heading: part.querySelector("h2").textContent,
      time: part.querySelector(".part-time")?.textContent ?? "",
      questions: part.querySelectorAll("form.question").length,
    })),
    total: document.querySelector(".course strong").textContent,
  }));
  const totalMinutes = Number((times.total.match(/(\d+)/) ?? [])[1]);
  for (const part of times.parts) {
    if (!/\d+ min/.test(part.time)) fail(`${part.heading}: says no time (${part.time})`);
    if (part.questions < 1 || part.questions > 3) fail(`${part.heading}: ends with ${part.questions} questions, not 1 to 3`);
  }
  if (rangeArg) {
    const [min, max] = rangeArg.split("-").map(Number);
    if (!(totalMinutes >= min && totalMinutes <= max)) fail(`the course takes ${totalMinutes} minutes, not ${rangeArg}`);
  }
  const fields = await page.evaluate(() => document.querySelectorAll("input:not([type=radio]), textarea, select").length);
  if (fields > 0) fail(`the course has ${fields} fields to type in; it asks for no name`);
  report.push(
    `${coursePage}, linked from the start page: ${times.parts.length} parts (${times.parts.map((p) => `${p.time}, ${p.questions} q`).join("; ")}); ${times.total}`,
  );
  await checkState(page, "before answering");

  // 2. Every answer right, with the keyboard.
  await page.focus("main");
  const right = await answerAll(page, page, routine, allRight);
  let shown = await result(page);
  const today = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", day: "2-digit", month: "2-digit", year: "numeric" })
    .format(new Date())
    .replaceAll("/", ".");
  if (firstNumber(shown.score) !== 100) fail(`all right: the score says ${shown.score}`);
  if (shown.verdict === null || shown.readAgain.length > 0) fail(`all right: ${JSON.stringify(shown)}`);
  if (!shown.date?.includes(today)) fail(`all right: the date says ${shown.date}, not ${today}`);
  await checkState(page, "all answered right");
  await page.emulateMediaType("print");
  const printed = await page.evaluate(() => {
    const visible = (element) => element && element.offsetParent !== null;
    return {
      text: document.body.innerText,
      part: visible(document.querySelector(".part")),
      nameLine: visible(document.querySelector(".name-line")),
      buttons: visible(document.querySelector(".result-buttons")),
    };
  });
  await page.emulateMediaType("screen");
  const version = routine.metadata.version;
  if (printed.part || printed.buttons || !printed.nameLine) fail(`printed: ${JSON.stringify({ ...printed, text: undefined })}`);
  for (const expected of [routine.metadata.title, version, "100", today]) {
    if (!printed.text.includes(expected)) fail(`the printed confirmation lacks «${expected}»`);
  }
  const onScreenName = await page.evaluate(() => document.querySelector(".name-line").offsetParent !== null);
  if (onScreenName) fail("the blank name line shows on screen; it is for print only");
  report.push(
    `all ${right.length} right with the keyboard at 360 px: «${shown.score}» «${shown.verdict}» «${shown.date}»; printed: only the confirmation, with the name line`,
  );

  // 3. Again, every answer wrong.
  await tabTo(page, "#result-retake");
  await page.keyboard.press("Enter");
  const cleared = await page.evaluate(() => ({
    answered: [...document.querySelectorAll(".feedback")].filter((f) => !f.hidden).length,
    checked: document.querySelectorAll("input:checked").length,
    score: document.getElementById("result-score").hidden,
  }));
  if (cleared.answered + cleared.checked > 0 || !cleared.score) fail(`«Ta kurset på nytt» left answers: ${JSON.stringify(cleared)}`);
  await page.evaluate(() => document.getElementById("main").focus());
  const wrong = await answerAll(page, page, routine, allWrong);
  shown = await result(page);
  const withQuestions = times.parts.map((p, i) => (p.questions > 0 ? `#part-${i + 1}` : null)).filter(Boolean);
  if (firstNumber(shown.score) !== 0 || shown.verdict === null) fail(`all wrong: ${JSON.stringify(shown)}`);
  if (JSON.stringify(shown.readAgain) !== JSON.stringify(withQuestions)) {
    fail(`all wrong: read again ${JSON.stringify(shown.readAgain)}, not ${JSON.stringify(withQuestions)}`);
  }
  await checkState(page, "all answered wrong");
  report.push(`«Ta kurset på nytt», then all ${wrong.length} wrong: «${shown.score}» «${shown.verdict}», ${shown.readAgain.length} parts to read again, linked`);

  // 4. What the visits left behind.
  const stored = await page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
  }));
  if (stored.local + stored.session > 0 || stored.cookie !== "") fail(`stored: ${JSON.stringify(stored)}`);
  const outside = requested.filter((url) => !url.startsWith(siteUrl) && !url.startsWith("data:"));
  for (const url of outside) fail(`a request outside the site: ${url}`);
  report.push(`${requested.length} requests, all inside the site's folder; no cookie, nothing in localStorage or sessionStorage; axe (WCAG 2.2 A/AA) and 320 px in each state, light and dark`);
  const outsidePaths = served.requests.filter((path) => !path.startsWith("/nettsted/"));
  for (const path of outsidePaths) fail(`a request outside the site's folder: ${path}`);
} finally {
  await browser.close();
  await served.close();
}

if (failures.length > 0) {
  console.error(failures.join("\n"));
  console.error(`${failures.length} problems`);
  process.exit(1);
}
console.log(report.join("\n"));
