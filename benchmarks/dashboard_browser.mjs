// How long the dashboard takes to show each view in headless Chromium. Prints a Markdown table.
// Needs a running `parley serve` and playwright-core, installed by the browser test
// (npm install --prefix tests/browser):
//   .venv/bin/parley serve --db /tmp/api-bench-5000.db --port 8766 &
//   node benchmarks/dashboard_browser.mjs http://127.0.0.1:8766/ [/usr/bin/chromium]
// Each figure is from the click (or the page load) until the view's rows are in the page.
import { createRequire } from "node:module";

const require = createRequire(new URL("../tests/browser/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const [url, executablePath = "/usr/bin/chromium"] = process.argv.slice(2);
const WAIT = { timeout: 120000 };

const browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
const rows = [];
async function timed(label, act, ready, describe) {
  const began = Date.now();
  await act();
  await ready();
  rows.push([label, Date.now() - began, describe ? await describe() : ""]);
}
const count = (id) => () => page.textContent(id);

await timed("page load → timeline's first 500", () => page.goto(url),
  () => page.waitForSelector("#timeline-rows tr[data-id]", WAIT), count("#timeline-count"));
await timed("timeline: Show more (500)", () => page.click("#timeline-more"),
  () => page.waitForFunction(() => document.querySelectorAll("#timeline-rows tr[data-id]").length > 500, null, WAIT),
  count("#timeline-count"));
await timed("positions matrix", () => page.click("#tabs a[data-tab=positions]"),
  () => page.waitForSelector("table.matrix td.cell", WAIT));
await timed("position history, first 500", () => page.check("#positions-filters input[name=history]"),
  () => page.waitForSelector("#history-rows tr[data-id]", WAIT), count("#history-count"));
await timed("quotes (first 1,000)", () => page.click("#tabs a[data-tab=quotes]"),
  () => page.waitForSelector("#quotes-list li.quote", WAIT), count("#quotes-count"));
await timed("brief", () => page.click("#tabs a[data-tab=brief]"), () => page.waitForSelector("#brief-text h2", WAIT));
await timed("articles (newest 1,000)", () => page.click("#tabs a[data-tab=articles]"),
  () => page.waitForSelector("#articles-rows td.date", WAIT), count("#articles-count"));
await browser.close();

console.log("| view | ms | shown |\n|---|---:|---|");
for (const [label, ms, shown] of rows) console.log(`| ${label} | ${ms} | ${shown} |`);
