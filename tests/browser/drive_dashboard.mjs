// Drives the Parley dashboard in headless Chromium and prints what it saw as one JSON object.
// Run by tests/browser/test_dashboard.py, which checks the figures against the API:
//   node drive_dashboard.mjs <dashboard URL> <chromium executable> <actor to filter by>
// Every step waits for the page itself (rows, panel, matrix), never for a fixed time.
import { chromium } from "playwright-core";

const [url, executablePath, actor] = process.argv.slice(2);
const STEP_MS = 15000;

const problems = [];  // console errors, uncaught exceptions, failed or refused requests
const seen = {};

async function rowKeys(page, selector) {
  return page.$$eval(selector, (nodes) => nodes.map((n) => `${n.dataset.kind}/${n.dataset.id}`));
}

async function evidencePanel(page) {
  // The panel is open and the first source's article is shown with the evidence highlighted.
  await page.waitForSelector("#evidence:not([hidden]) #article-view mark", { timeout: STEP_MS });
  return page.$eval("#evidence", (panel) => ({
    title: panel.querySelector("#evidence-title").textContent,
    quotes: [...panel.querySelectorAll("ol.sources blockquote")].map((q) => q.textContent),
    outlets: [...panel.querySelectorAll("ol.sources .meta strong")].map((s) => s.textContent),
    links: [...panel.querySelectorAll("ol.sources a[href]")].map((a) => a.getAttribute("href")),
    record_link: (panel.querySelector("a[href^='#record/']") || { getAttribute: () => null }).getAttribute("href"),
    mark: panel.querySelector("#article-view mark").textContent,
  }));
}

async function closePanel(page) {
  await page.click("#evidence-close");
  await page.waitForSelector("#evidence", { state: "hidden", timeout: STEP_MS });
}

async function main() {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // As root (containers, CI) Chromium refuses to start with its sandbox on.
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(STEP_MS);
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    // 1. The timeline loads with rows.
    const timelineRows = "#timeline-rows tr[data-id]";
    await page.goto(url);
    await page.waitForSelector(timelineRows);
    seen.status = await page.textContent("#status");
    seen.timeline = { rows: await rowKeys(page, timelineRows), count: await page.textContent("#timeline-count") };

    // 2. An actor filter narrows it, and goes into the address.
    const filtered = page.waitForResponse((r) => r.url().includes("/api/timeline?") && r.url().includes("actor="));
    await page.fill("#timeline-filters input[name=actor]", actor);
    await page.click("#timeline-filters button[type=submit]");
    await filtered;
    await page.waitForFunction((before) => {
      const count = document.getElementById("timeline-count").textContent;
      return count && count !== before && document.querySelector("#timeline-rows tr[data-id]");
    }, seen.timeline.count);
    seen.filtered = { rows: await rowKeys(page, timelineRows), count: await page.textContent("#timeline-count"),
      hash: await page.evaluate(() => location.hash) };

    // 3. Clicking a record opens its evidence: the quoted words, outlet, and the article with the words marked.
    await page.click(`${timelineRows} >> nth=0`);
    seen.timeline_evidence = await evidencePanel(page);
    await closePanel(page);

    // 4. The positions matrix shows stances; a cell opens its evidence; the history lists changes.
    await page.click("#tabs a[data-tab=positions]");
    await page.waitForSelector("table.matrix td.cell");
    seen.matrix = {
      cells: await page.$$eval("table.matrix td.cell", (cells) => cells.map((c) => c.dataset.id)),
      stances: await page.$$eval("table.matrix td.cell .stance", (s) => s.map((x) => x.textContent)),
      actors: await page.$$eval("table.matrix th.actor", (a) => a.map((x) => x.textContent)),
    };
    await page.click("table.matrix td.cell >> nth=0");
    seen.matrix_evidence = await evidencePanel(page);
    await closePanel(page);
    await page.check("#positions-filters input[name=history]");
    await page.waitForSelector("#history-rows tr[data-id]");
    seen.history = { rows: await rowKeys(page, "#history-rows tr[data-id]"), hash: await page.evaluate(() => location.hash) };

    // 5. A record's permanent address opens the same panel.
    const [kind, id] = seen.timeline.rows[0].split("/");
    await page.evaluate((hash) => { location.hash = hash; }, `#record/${kind}/${encodeURIComponent(id)}`);
    seen.permalink_evidence = await evidencePanel(page);
    await closePanel(page);

    // 6. Quotes: every statement at first, then a full-text search. Going to another view closes
    // an open evidence panel, which would cover the view's form.
    await page.click("#history-rows tr[data-id] >> nth=0");
    await evidencePanel(page);
    await page.click("#tabs a[data-tab=quotes]");
    // the view opens on the hashchange event the click fires, so give it a moment (not forever)
    seen.panel_closed_on_new_view = await page.waitForFunction(
        () => document.getElementById("evidence").hidden, null, { timeout: 3000 }).then(() => true, () => false);
    await page.waitForFunction(() => /^\d+ statement/.test(document.getElementById("quotes-count").textContent));
    seen.quotes = { count: await page.textContent("#quotes-count"), shown: await page.$$eval("#quotes-list li.quote", (q) => q.length) };
    const searched = page.waitForResponse((r) => r.url().includes("/api/search?"));
    await page.fill("#quotes-filters input[name=q]", "ceasefire");
    await page.click("#quotes-filters button[type=submit]");
    await searched;
    await page.waitForFunction(() => location.hash.includes("q=ceasefire") && /^\d+ statement/.test(document.getElementById("quotes-count").textContent));
    seen.quote_search = { count: await page.textContent("#quotes-count"), shown: await page.$$eval("#quotes-list li.quote", (q) => q.length) };

    // 7. The brief is written, and the articles are listed.
    await page.click("#tabs a[data-tab=brief]");
    await page.waitForSelector("#brief-text h2");
    seen.brief_headings = await page.$$eval("#brief-text h2, #brief-text h3", (h) => h.map((x) => x.textContent));
    await page.click("#tabs a[data-tab=articles]");
    await page.waitForSelector("#articles-rows tr td.date");
    seen.articles = await page.$$eval("#articles-rows tr td.date", (t) => t.length);
    seen.problems = problems;
  } finally {
    await browser.close();
  }
}

main().then(
  () => { process.stdout.write(JSON.stringify(seen) + "\n"); },
  (error) => {
    // Which step failed, what the page had shown so far, and what it complained about.
    process.stdout.write(JSON.stringify({ ...seen, failed: String(error && error.stack || error), problems }) + "\n");
    process.exitCode = 1;
  },
);
