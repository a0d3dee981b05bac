// Checks the course's SCORM 1.2 package as a learning platform runs it, in headless
// Chromium with a real SCORM 1.2 run-time from npm (scorm-again, pinned in
// package-lock.json).
// Usage: node .ci/web/scorm.mjs RUTINEVEILEDER ROUTINE_FILE
//
// 1. `export scorm` twice for the same date gives the same bytes; the zip's manifest,
//    parsed by the browser's XML parser, has one SCO, the routine's title and version,
//    the pass mark as adlcp:masteryscore, and names every file in the zip and no other;
//    no service worker and no web app manifest in the package.
// 2. A test page is the platform: it holds the run-time as window.API and the package's
//    page in a frame. The course, taken with the keyboard, answers every question
//    right: the run-time records «incomplete» at the start, then «passed» and score 100
//    (min 0, max 100), committed, and LMSFinish when the page goes. A second run with
//    every answer wrong records «failed» and score 0.
// 3. The course reads nothing about the learner (no cmi.core.student_name or _id) and
//    sends no answers (no cmi.interactions); no request leaves the package (the browser's
//    proxy is a sink that records any other host); no service worker is registered;
//    without a platform the page works as a plain page; axe (WCAG 2.2 A/AA) at 320 px.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { inflateRawSync } from "node:zlib";
import { allRight, allWrong, answerAll } from "./course-keys.mjs";
import { requestSink, serveSite, quietChromium } from "./serve.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const runtime = join(dirname(new URL(import.meta.url).pathname), "node_modules", "scorm-again", "dist", "scorm12.js");
const [binArg, routineArg] = process.argv.slice(2);
if (!binArg || !routineArg) {
  console.error("usage: node .ci/web/scorm.mjs RUTINEVEILEDER ROUTINE_FILE");
  process.exit(2);
}
const bin = resolve(binArg);
const routineFile = resolve(routineArg);
const routine = JSON.parse(readFileSync(routineFile, "utf8"));
const passMark = routine.course?.pass_mark ?? 80;
const failures = [];
const report = [];
const fail = (message) => failures.push(message);

// The entries of a zip, read from its central directory: name → bytes.
function unzip(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("no end of central directory");
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i += 1) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`entry ${i}: no central header`);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const compressed = bytes.subarray(start, start + compressedSize);
    if (method !== 8) fail(`${name}: compression method ${method}, not deflate`);
    const data = method === 8 ? inflateRawSync(compressed) : compressed;
    if (data.length !== size) fail(`${name}: ${data.length} bytes, the zip says ${size}`);
    entries.set(name, data);
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

const work = mkdtempSync(join(tmpdir(), "rutineveileder-scorm-"));
const sink = await requestSink();
const browser = await quietChromium(sink);
let served;
try {
  // 1. The package, twice.
  const zips = ["kurs.zip", "kurs-again.zip"].map((name) => {
    const out = join(work, name);
    execFileSync(bin, ["export", "scorm", "--routine", routineFile, "--date", "2027-03-01", "--out", out], { stdio: "ignore" });
    return readFileSync(out);
  });
  if (!zips[0].equals(zips[1])) fail("two exports for the same date differ");
  const entries = unzip(zips[0]);
  const names = [...entries.keys()];
  if (names[0] !== "imsmanifest.xml") fail(`the zip starts with ${names[0]}, not imsmanifest.xml`);
  for (const name of names) {
    if (/(^|\/)(sw\.js|manifest\.json)$/.test(name)) fail(`the package holds ${name}`);
  }
  const pakke = join(work, "root", "pakke");
  const lms = join(work, "root", "lms");
  for (const [name, data] of entries) {
    mkdirSync(dirname(join(pakke, name)), { recursive: true });
    writeFileSync(join(pakke, name), data);
  }
  mkdirSync(lms, { recursive: true });
  copyFileSync(runtime, join(lms, "scorm12.js"));
  // The platform: the run-time as window.API, every call to it recorded, and the
  // package's page in a frame.
  writeFileSync(
    join(lms, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Learning platform</title><link rel="icon" href="data:,">
<script src="scorm12.js"></script>
<script>
  window.calls = [];
  const api = new Scorm12API({ logLevel: 5, autocommit: false });
  for (const name of ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit"]) {
    const real = api[name].bind(api);
    api[name] = (...args) => {
      const result = real(...args);
      window.calls.push([name, ...args.map(String), String(result)]);
      return result;
    };
  }
  window.API = api;
</script></head>
<body><main><h1>Learning platform</h1>
<iframe id="sco" title="Course" src="../pakke/index.html" style="width:360px;height:800px"></iframe></main></body></html>`,
  );
  served = await serveSite(join(work, "root"), "/");

  const checker = await browser.newPage();
  await checker.goto(served.url + "lms/index.html", { waitUntil: "load" });
  const manifest = await checker.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror").textContent };
    const adlcp = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    const scos = [...doc.getElementsByTagName("resource")].filter((r) => r.getAttributeNS(adlcp, "scormtype") === "sco");
    return {
      schema: doc.querySelector("metadata > schema")?.textContent,
      schemaversion: doc.querySelector("metadata > schemaversion")?.textContent,
      title: doc.querySelector("lom general title langstring")?.textContent,
      version: doc.querySelector("lom lifecycle version langstring")?.textContent,
      items: doc.getElementsByTagName("item").length,
      mastery: doc.getElementsByTagNameNS(adlcp, "masteryscore")[0]?.textContent,
      scos: scos.map((r) => r.getAttribute("href")),
      files: [...doc.getElementsByTagName("file")].map((f) => f.getAttribute("href")),
    };
  }, entries.get("imsmanifest.xml").toString("utf8"));
  await checker.close();
  if (manifest.error) fail(`the manifest is not XML: ${manifest.error}`);
  if (manifest.schema !== "ADL SCORM" || manifest.schemaversion !== "1.2") fail(`schema ${manifest.schema} ${manifest.schemaversion}`);
  if (!manifest.title?.includes(routine.metadata.title)) fail(`the manifest's title is ${manifest.title}`);
  if (manifest.version !== routine.metadata.version) fail(`the manifest's version is ${manifest.version}`);
  if (manifest.items !== 1 || JSON.stringify(manifest.scos) !== '["index.html"]') fail(`not one SCO: ${JSON.stringify(manifest)}`);
  if (manifest.mastery !== String(passMark)) fail(`masteryscore ${manifest.mastery}, the pass mark is ${passMark}`);
  const inZip = names.filter((n) => n !== "imsmanifest.xml").sort();
  if (JSON.stringify([...manifest.files].sort()) !== JSON.stringify(inZip)) {
    fail(`the manifest names ${JSON.stringify(manifest.files)}, the zip holds ${JSON.stringify(inZip)}`);
  }
  report.push(
    `kurs.zip: ${zips[0].length} bytes, the same bytes twice; ${names.length} entries, all deflated; the manifest (parsed): one SCO, «${manifest.title}», version ${manifest.version}, masteryscore ${manifest.mastery}, names exactly the ${inZip.length} files beside it; no sw.js, no manifest.json`,
  );

  // 2. Two runs on the platform: every answer right, every answer wrong.
  const requested = [];
  for (const [run, pick, expected] of [
    ["all right", allRight, { status: "passed", score: "100" }],
    ["all wrong", allWrong, { status: "failed", score: "0" }],
  ]) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.on("request", (request) => requested.push(request.url()));
    page.on("pageerror", (error) => fail(`${run}: page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") fail(`${run}: console error: ${message.text()}`);
    });
    await page.setViewport({ width: 420, height: 900 });
    await page.goto(served.url + "lms/index.html", { waitUntil: "load" });
    const frame = await (await page.$("#sco")).contentFrame();
    await frame.waitForSelector("form.question");
    const started = await page.evaluate(() => window.calls.map((c) => c.slice(0, 3)));
    if (started[0]?.[0] !== "LMSInitialize") fail(`${run}: the course did not call LMSInitialize first: ${JSON.stringify(started)}`);
    const atStart = await page.evaluate(() => window.API.cmi.core.lesson_status);
    if (atStart !== "incomplete") fail(`${run}: lesson_status at the start is ${atStart}`);
    await page.focus("#sco");
    await frame.evaluate(() => document.getElementById("main").focus());
    const verdicts = await answerAll(page, frame, routine, pick);
    const recorded = await page.evaluate(() => ({
      status: window.API.cmi.core.lesson_status,
      score: window.API.cmi.core.score.raw,
      min: window.API.cmi.core.score.min,
      max: window.API.cmi.core.score.max,
      calls: window.calls,
    }));
    if (recorded.status !== expected.status || recorded.score !== expected.score) {
      fail(`${run}: the run-time recorded ${recorded.status} ${recorded.score}, not ${expected.status} ${expected.score}`);
    }
    if (recorded.min !== "0" || recorded.max !== "100") fail(`${run}: score min ${recorded.min}, max ${recorded.max}`);
    const lastSet = recorded.calls.map((c) => c[0]).lastIndexOf("LMSSetValue");
    const commitAfter = recorded.calls.slice(lastSet).some((c) => c[0] === "LMSCommit" && c[2] === "true");
    if (!commitAfter) fail(`${run}: no LMSCommit after the result`);
    const reported = await frame.evaluate(() => !document.getElementById("result-reported").hidden);
    if (!reported) fail(`${run}: the page does not say the result was sent`);
    const workers = await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
    if (workers > 0) fail(`${run}: the package registered ${workers} service workers`);
    // The platform closes the course: LMSFinish.
    await page.evaluate(() => document.getElementById("sco").remove());
    const calls = await page.evaluate(() => window.calls);
    if (!calls.some((c) => c[0] === "LMSFinish" && c[2] === "true")) fail(`${run}: no LMSFinish when the course closed`);
    for (const call of calls) {
      const element = call[1] ?? "";
      if (/student_(name|id)|^cmi\.interactions|^cmi\.suspend_data/.test(element)) fail(`${run}: ${call[0]}(${element})`);
    }
    const elements = [...new Set(calls.filter((c) => c[0] === "LMSSetValue").map((c) => c[1]))];
    report.push(
      `${run} (${verdicts.length} questions, keyboard, in a frame under scorm-again's Scorm12API): lesson_status incomplete at the start, then ${recorded.status}, score.raw ${recorded.score} (min ${recorded.min}, max ${recorded.max}), committed; LMSFinish when closed; set only ${elements.join(", ")}; read nothing about the learner`,
    );
    await context.close();
  }
  const allowed = (url) => url.startsWith(served.url + "lms/") || url.startsWith(served.url + "pakke/") || url.startsWith("data:");
  for (const url of requested.filter((u) => !allowed(u))) fail(`a request outside the platform and the package: ${url}`);
  const fromPackage = requested.filter((u) => u.startsWith(served.url + "pakke/")).length;
  // Chromium itself asks these hosts for updates and sign-in with no page open (as in
  // check.mjs); any request from the course for another host is caught by the watchers.
  const chromiumOwn = ["clients2.google.com", "update.googleapis.com", "accounts.google.com"];
  const isChromiums = (r) => chromiumOwn.some((host) => r.includes(`//${host}/`) || r === `CONNECT ${host}:443`);
  const outsideHosts = sink.requests.filter((r) => !isChromiums(r));
  for (const request of outsideHosts) fail(`a request for another host: ${request}`);

  // 3. Without a platform: a plain page; and axe at 320 px.
  {
    const page = await browser.newPage();
    page.on("pageerror", (error) => fail(`alone: page error: ${error.message}`));
    await page.setViewport({ width: 320, height: 800 });
    await page.goto(served.url + "pakke/index.html", { waitUntil: "load" });
    await page.evaluate(axeSource);
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
    );
    for (const violation of result.violations) {
      for (const node of violation.nodes) fail(`package page: ${violation.id}: ${violation.help}: ${node.target.join(" ")}: ${node.failureSummary}`);
    }
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    if (wide) fail("the package's page scrolls sideways at 320 px");
    await page.focus("main");
    const verdicts = await answerAll(page, page, routine, allRight);
    const alone = await page.evaluate(() => ({
      score: document.getElementById("result-score").textContent,
      reported: !document.getElementById("result-reported").hidden,
      manifest: document.querySelector("link[rel=manifest]") !== null,
    }));
    if (alone.reported || alone.manifest || !alone.score.includes("100")) fail(`alone: ${JSON.stringify(alone)}`);
    report.push(`without a platform: a plain page (${verdicts.length} answered, «${alone.score}», nothing reported, no web app manifest); axe WCAG 2.2 A/AA: 0 violations at 320 px, no sideways scrolling`);
    await page.close();
  }
  report.push(`privacy: ${requested.length} requests, ${fromPackage} of them the package's own files, the rest the test platform's page and run-time; none for another host`);
} finally {
  await browser.close();
  await sink.close();
  if (served) await served.close();
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(failures.join("\n"));
  console.error(`${failures.length} problems`);
  process.exit(1);
}
console.log(report.join("\n"));
