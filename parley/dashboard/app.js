// The Parley dashboard: plain JavaScript over the read-only JSON API under /api.
// Ledger text is always put into the page as text nodes (never as HTML), and only http(s)
// addresses become links, so an article cannot inject markup or script into the page.
"use strict";

// queries: the address's filter values last applied to each tab's form.
const state = { issues: new Map(), actors: [], loaded: new Set(), queries: {} };

// -- small DOM helpers --------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function clear(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
  return node;
}

function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

function issueName(id) {
  const issue = state.issues.get(id);
  if (issue && issue.name) return issue.name;
  const words = (id || "").replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function stanceBadge(stance) {
  return el("span", { class: `stance ${stance}` }, stance);
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "" && value !== false) query.set(key, value);
  }
  const url = `/api/${path}${query.toString() ? "?" + query : ""}`;
  const response = await fetch(url);
  let body = null;
  try { body = await response.json(); } catch (_) { /* not JSON: reported below */ }
  if (!response.ok) {
    let detail = body && body.detail;
    if (Array.isArray(detail)) detail = detail.map((d) => `${(d.loc || []).slice(-1)[0]}: ${d.msg}`).join("; ");
    throw new Error(detail || `${response.status} ${response.statusText}`);
  }
  return body;
}

function formValues(form) {
  const values = {};
  for (const [key, value] of new FormData(form).entries()) values[key] = String(value).trim();
  for (const box of form.querySelectorAll("input[type=checkbox]")) values[box.name] = box.checked;
  return values;
}

function showError(target, error) {
  const message = el("p", { class: "error" }, `Could not load: ${error.message}`);
  if (target.tagName === "TBODY") clear(target, el("tr", {}, el("td", { colspan: 9 }, message)));
  else clear(target, message);
}

// A record's date; one the text does not give is the day it was first reported, and says so.
function when(record) {
  if (!record.date) return "undated";
  return record.dated === false ? `reported ${record.date}` : record.date;
}

// -- evidence: the quoted words, outlet, date and article of every record -------------------------
function evidenceSummary(evidence) {
  // A plain-text tooltip: the first source's words, then who published them and when.
  if (!evidence || !evidence.length) return "no evidence recorded";
  const first = evidence[0];
  const more = evidence.length > 1 ? ` (+${evidence.length - 1} more source${evidence.length > 2 ? "s" : ""})` : "";
  return `“${first.text}”\n— ${first.outlet || "unknown outlet"}, ${first.published || "undated"}${more}`;
}

function evidenceButton(title, evidence, details, ref) {
  return el("button", {
    type: "button", class: "evidence-button", title: evidenceSummary(evidence),
    onclick: (event) => { event.stopPropagation(); openEvidence(title, evidence, details, ref); },
  }, `evidence (${evidence ? evidence.length : 0})`);
}

function openEvidence(title, evidence, details, ref) {
  const panel = document.getElementById("evidence");
  clear(document.getElementById("evidence-title"), title);
  const items = (evidence || []).map((ev) => {
    const link = safeUrl(ev.url);
    return el("li", { class: "source" },
      el("blockquote", {}, ev.text || "(empty span)"),
      el("p", { class: "meta" },
        el("strong", {}, ev.outlet || "unknown outlet"), " · ", ev.published || "undated",
        ev.title ? [" · ", el("em", {}, ev.title)] : null,
        !ev.outlet && !ev.title && ev.source ? [" · ", el("code", {}, ev.source)] : null),
      el("p", { class: "meta" },
        link ? el("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, link) : (ev.url || "no URL"),
        " ",
        el("button", { type: "button", class: "link", onclick: () => showInArticle(ev) }, "show in the article"),
        el("span", { class: "span" }, ` span [${ev.span[0]}, ${ev.span[1]})`)),
    );
  });
  clear(document.getElementById("evidence-body"),
    details ? el("dl", { class: "details" }, details.flatMap(([k, v]) => (v ? [el("dt", {}, k), el("dd", {}, v)] : []))) : null,
    // `evidence` is null when the panel shows an article rather than a record.
    items.length ? el("ol", { class: "sources" }, items) : evidence ? el("p", {}, "No evidence recorded for this record.") : null,
    ref ? el("p", { class: "meta" }, el("a", { href: `#record/${ref.kind}/${encodeURIComponent(ref.id)}` }, "link to this record"),
      " · ", el("a", { href: `/api/records/${ref.kind}/${encodeURIComponent(ref.id)}`, target: "_blank" }, "JSON")) : null,
    el("div", { id: "article-view" }));
  panel.hidden = false;
  // The first source's words in their article, so the evidence is seen in context at once.
  if (evidence && evidence.length) showInArticle(evidence[0]);
}

async function showInArticle(ev) {
  const view = document.getElementById("article-view");
  clear(view, el("p", { class: "count" }, "loading the article…"));
  try {
    const article = await api(`articles/${encodeURIComponent(ev.article)}`);
    const [start, end] = ev.span;
    const text = article.text || "";
    const mark = el("mark", {}, text.slice(start, end));
    clear(view,
      el("h3", {}, article.title || article.source || article.id),
      el("p", { class: "meta" }, `${article.outlet || "unknown outlet"} · ${article.published || "undated"}`),
      el("div", { class: "article-text" }, text.slice(0, start), mark, text.slice(end)));
    mark.scrollIntoView({ block: "center" });
  } catch (error) {
    showError(view, error);
  }
}

// -- timeline --------------------------------------------------------------------------------
const TIMELINE_PAGE = 500;

function timelineRow(entry) {
  const title = `${entry.who || "unknown"} — ${when(entry)}`;
  const details = [["Kind", entry.kind], ["Who", entry.who], ["What", entry.what],
    ["Date", when(entry)], ["Status", entry.status], ["Via", entry.via], ["Record", entry.id]];
  const ref = { kind: entry.kind, id: entry.id };
  return el("tr", { class: entry.kind, title: evidenceSummary(entry.evidence), "data-kind": entry.kind, "data-id": entry.id,
      onclick: () => openEvidence(title, entry.evidence, details, ref) },
    el("td", { class: "date" }, when(entry)),
    el("td", {}, el("span", { class: `kind ${entry.kind}` }, entry.kind)),
    el("td", { class: "who" }, entry.who || "—"),
    el("td", { class: "what" }, entry.what, entry.via ? el("span", { class: "via" }, ` via ${entry.via}`) : null),
    el("td", {}, entry.status ? el("span", { class: `status-${entry.status}` }, entry.status) : ""),
    el("td", {}, (entry.outlets || []).join(", ") || `${entry.sources} source${entry.sources === 1 ? "" : "s"}`,
      entry.single_source ? el("span", { class: "badge warn", title: "one independent source only" }, "single source") : null),
    el("td", {}, evidenceButton(title, entry.evidence, details, ref)));
}

async function loadTimeline(more) {
  const rows = document.getElementById("timeline-rows");
  const count = document.getElementById("timeline-count");
  const moreButton = document.getElementById("timeline-more");
  // "Show more" keeps the filters of the first page, even if the form was edited since.
  if (more !== true) state.timeline = { filters: formValues(document.getElementById("timeline-filters")), shown: 0 };
  const { actor, issue, since, until } = state.timeline.filters;
  moreButton.hidden = true;
  if (!state.timeline.shown) clear(rows, el("tr", {}, el("td", { colspan: 7 }, "loading…")));
  try {
    const body = await api("timeline", { actor, issue, since, until, limit: TIMELINE_PAGE, offset: state.timeline.shown });
    if (!state.timeline.shown) clear(rows);
    rows.append(...body.items.map(timelineRow));
    state.timeline.shown += body.items.length;
    count.textContent = `${body.total} dated statements and events` +
      (body.total > state.timeline.shown ? ` (first ${state.timeline.shown} shown)` : "");
    moreButton.hidden = body.total <= state.timeline.shown;
    if (!body.total) clear(rows, el("tr", {}, el("td", { colspan: 7 }, "Nothing in the ledger matches.")));
  } catch (error) {
    count.textContent = "";
    showError(rows, error);
  }
}

// -- positions -------------------------------------------------------------------------------
async function loadPositions() {
  const form = document.getElementById("positions-filters");
  const { issue, history } = formValues(form);
  const wrap = document.getElementById("matrix-wrap");
  const historyTable = document.getElementById("history");
  historyTable.hidden = !history;
  document.getElementById("history-count").hidden = !history;
  if (!history) document.getElementById("history-more").hidden = true;
  wrap.hidden = history;
  try {
    if (history) await loadHistory(issue);
    else await loadMatrix(issue, wrap);
  } catch (error) {
    showError(history ? document.getElementById("history-rows") : wrap, error);
  }
}

async function loadMatrix(issue, wrap) {
  clear(wrap, el("p", { class: "count" }, "loading…"));
  const body = await api("positions", { issue });
  if (!body.items.length) {
    clear(wrap, el("p", {}, "No positions in the ledger yet."));
    return;
  }
  const issues = [...new Set(body.items.map((p) => p.issue))].sort((a, b) => issueName(a).localeCompare(issueName(b)));
  const actors = new Map();
  for (const p of body.items) {
    if (!actors.has(p.actor)) actors.set(p.actor, { name: p.actor_name || p.actor, cells: new Map() });
    actors.get(p.actor).cells.set(p.issue, p);
  }
  const sortedActors = [...actors.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name, undefined, { numeric: true }));
  const head = el("tr", {}, el("th", { class: "corner" }, "actor \\ issue"),
    issues.map((id) => el("th", { title: (state.issues.get(id) || {}).description || id }, issueName(id))));
  const rows = sortedActors.map(([actorId, actor]) => el("tr", {},
    el("th", { class: "actor", title: actorId }, actor.name),
    issues.map((id) => {
      const p = actor.cells.get(id);
      if (!p) return el("td", { class: "empty" }, "");
      const title = `${actor.name} on ${issueName(id)}: ${p.stance} (${when(p)})`;
      const details = [["Actor", actor.name], ["Issue", issueName(id)], ["Stance", p.stance],
        ["Date", when(p)], ["Sources", String(p.sources)], ["Record", p.position]];
      return el("td", { class: "cell", title: `${title}\n${evidenceSummary(p.evidence)}`, "data-kind": "position", "data-id": p.position,
          onclick: () => openEvidence(title, p.evidence, details, { kind: "position", id: p.position }) },
        stanceBadge(p.stance), el("div", { class: "date" }, when(p)));
    })));
  clear(wrap, el("table", { class: "matrix" }, el("thead", {}, head), el("tbody", {}, rows)));
}

const HISTORY_PAGE = 500;

async function loadHistory(issue, more) {
  // Pages of changes in day order (the API sorts), so a long history renders a page at a time.
  const rows = document.getElementById("history-rows");
  const count = document.getElementById("history-count");
  const moreButton = document.getElementById("history-more");
  if (more !== true) state.history = { issue, shown: 0 };
  moreButton.hidden = true;
  if (!state.history.shown) clear(rows, el("tr", {}, el("td", { colspan: 6 }, "loading…")));
  const body = await api("positions", { issue: state.history.issue, history: true, order: "day",
    limit: HISTORY_PAGE, offset: state.history.shown });
  if (!state.history.shown) clear(rows);
  rows.append(...body.items.map((p) => {
    const title = `${p.actor_name || p.actor} on ${issueName(p.issue)}: ${p.from ? p.from + " → " : ""}${p.to}`;
    const details = [["Actor", p.actor_name || p.actor], ["Issue", issueName(p.issue)], ["From", p.from],
      ["To", p.to], ["Date", when(p)], ["Record", p.position]];
    const ref = { kind: "position", id: p.position };
    return el("tr", { class: p.change ? "change" : "", title: evidenceSummary(p.evidence), "data-kind": "position", "data-id": p.position,
        onclick: () => openEvidence(title, p.evidence, details, ref) },
      el("td", { class: "date" }, when(p)),
      el("td", {}, p.actor_name || p.actor),
      el("td", {}, issueName(p.issue)),
      el("td", { class: "nowrap" }, p.from ? [stanceBadge(p.from), " → "] : el("span", { class: "muted" }, "first: "), stanceBadge(p.to)),
      el("td", { class: "what" }, p.evidence && p.evidence.length ? `“${p.evidence[0].text}”` : "—"),
      el("td", {}, evidenceButton(title, p.evidence, details, ref)));
  }));
  state.history.shown += body.items.length;
  count.textContent = `${body.total} first stance${body.total === 1 ? "" : "s"} and changes` +
    (body.total > state.history.shown ? ` (first ${state.history.shown} shown)` : "");
  moreButton.hidden = body.total <= state.history.shown;
  if (!body.total) clear(rows, el("tr", {}, el("td", { colspan: 6 }, "No positions in the ledger yet.")));
}

// -- quotes ------------------------------------------------------------------------------------
async function loadQuotes() {
  const form = document.getElementById("quotes-filters");
  const list = document.getElementById("quotes-list");
  const count = document.getElementById("quotes-count");
  const { q, speaker, since, until } = formValues(form);
  count.textContent = "";  // no stale count while the new list loads
  clear(list, el("li", {}, "loading…"));
  try {
    let items;
    let total;
    if (q) {
      items = (await api("search", { q, limit: 200 })).items;
      const who = speaker.toLowerCase();
      items = items.filter((s) => (!who || (s.speaker_name || "").toLowerCase().includes(who) || s.speaker === speaker)
        && (!since || (s.day && s.day >= since)) && (!until || (s.day && s.day <= until)));
      total = items.length;
    } else {
      const body = await api("quotes", { speaker, since, until, limit: 1000 });
      items = body.items;
      total = body.total;
    }
    count.textContent = `${total} statement${total === 1 ? "" : "s"}` +
      (total > items.length ? ` (first ${items.length} shown)` : "");
    clear(list, items.map((s) => {
      const title = `${s.speaker_name || "unattributed"} — ${s.day || "undated"}`;
      const details = [["Speaker", s.speaker_name], ["Via", s.via_name], ["Date", s.date || s.day],
        ["Said", s.date_text], ["Cue", s.cue], ["Kind", s.statement_kind], ["Record", s.id]];
      return el("li", { class: "quote", title: evidenceSummary(s.evidence) },
        el("blockquote", {}, s.content),
        el("p", { class: "meta" },
          el("strong", {}, s.speaker_name || "unattributed"), " · ", s.day || "undated",
          s.anonymous ? el("span", { class: "badge" }, "anonymous") : null,
          s.single_source ? el("span", { class: "badge warn" }, "single source") : null),
        el("p", { class: "chain" }, s.chain || queriesChain(s)),
        evidenceButton(title, s.evidence, details, { kind: "statement", id: s.id }));
    }));
    if (!items.length) clear(list, el("li", {}, "No statement matches."));
  } catch (error) {
    count.textContent = "";
    showError(list, error);
  }
}

function queriesChain(s) {
  // Search results carry sources but no ready-made chain: speaker → via → outlets (dates).
  const outlets = [...new Set((s.sources || []).map((src) => `${src.outlet || src.url || src.article}` +
    (src.published ? ` (${src.published})` : "")))];
  return [s.speaker_name || "(unattributed)", s.via_name, outlets.join(", ") || "(no outlet)"].filter(Boolean).join(" → ");
}

// -- brief -------------------------------------------------------------------------------------
async function loadBrief() {
  const form = document.getElementById("brief-filters");
  const target = document.getElementById("brief-text");
  const { since } = formValues(form);
  if (!since) return;
  clear(target, el("p", { class: "count" }, "writing…"));
  try {
    const body = await api("brief", { since });
    clear(target, renderMarkdown(body.markdown || ""));
  } catch (error) {
    showError(target, error);
  }
}

function renderMarkdown(text) {
  // The brief uses headings, bullets and paragraphs only; a library would be a build step.
  const nodes = [];
  let list = null;
  for (const line of text.split("\n")) {
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    if (bullet) {
      if (!list) nodes.push((list = el("ul")));
      list.append(el("li", {}, inline(bullet[1])));
      continue;
    }
    list = null;
    if (heading) nodes.push(el(`h${Math.min(heading[1].length + 1, 5)}`, {}, inline(heading[2])));
    else if (line.trim()) nodes.push(el("p", {}, inline(line)));
  }
  return nodes;
}

function inline(text) {
  // **bold**, *italic*, _italic_, `code` and [links](http…) become elements; the rest stays text.
  const parts = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`|\[([^\]]+)\]\(([^)]+)\)|\b_(.+?)_\b/g;
  let last = 0;
  let match;
  while ((match = pattern.exec(text))) {
    parts.push(text.slice(last, match.index));
    if (match[1]) parts.push(el("strong", {}, match[1]));
    else if (match[2]) parts.push(el("em", {}, match[2]));
    else if (match[3]) parts.push(el("code", {}, match[3]));
    else if (match[6]) parts.push(el("em", {}, match[6]));
    else {
      const link = safeUrl(match[5]);
      parts.push(link ? el("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, match[4]) : match[4]);
    }
    last = pattern.lastIndex;
  }
  parts.push(text.slice(last));
  return parts;
}

// -- articles ----------------------------------------------------------------------------------
async function loadArticles() {
  const form = document.getElementById("articles-filters");
  const rows = document.getElementById("articles-rows");
  const count = document.getElementById("articles-count");
  const { q } = formValues(form);
  clear(rows, el("tr", {}, el("td", { colspan: 5 }, "loading…")));
  try {
    // Newest first when listing (the API sorts, so a big ledger shows its latest); search hits stay in rank order.
    const body = q ? await api("search", { q, kind: "article", limit: 200 }) : await api("articles", { limit: 1000, order: "newest" });
    count.textContent = `${body.total} article${body.total === 1 ? "" : "s"}` +
      (body.total > body.items.length ? ` (${q ? "best" : "newest"} ${body.items.length} shown)` : "");
    const listed = body.items;
    clear(rows, listed.map((a) => {
      const link = safeUrl(a.url);
      return el("tr", {},
        el("td", { class: "date" }, a.published || "undated"),
        el("td", {}, a.outlet || "—"),
        el("td", {}, link ? el("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, a.title || link)
          : (a.title || a.source || a.id),
          a.snippet ? el("div", { class: "snippet" }, highlighted(a.snippet)) : null),
        el("td", {}, a.duplicate_of ? el("span", { class: "badge", title: a.duplicate_of }, "wire copy") : ""),
        el("td", {}, el("button", { type: "button", class: "evidence-button",
          onclick: () => { openEvidence(a.title || a.id, null, [["Outlet", a.outlet], ["Published", a.published], ["Article", a.id]]);
            showInArticle({ article: a.id, span: [0, 0] }); } }, "read")));
    }));
    if (!body.items.length) clear(rows, el("tr", {}, el("td", { colspan: 5 }, "No article matches.")));
  } catch (error) {
    count.textContent = "";
    showError(rows, error);
  }
}

function highlighted(snippet) {
  // The API marks FTS5 hits with \u0002 … \u0003.
  return snippet.split(/(\u0002[^\u0003]*\u0003)/).map((part) =>
    part.startsWith("\u0002") ? el("mark", {}, part.slice(1, -1)) : part);
}

// -- tabs and start-up ---------------------------------------------------------------------------
const loaders = { timeline: loadTimeline, positions: loadPositions, quotes: loadQuotes, brief: loadBrief, articles: loadArticles };

async function openRecord(kind, id) {
  try {
    const r = await api(`records/${kind}/${encodeURIComponent(id)}`);
    let title;
    let details;
    if (kind === "statement") {
      title = `${r.speaker_name || "unattributed"} — ${r.date || r.day || "undated"}`;
      details = [["Speaker", r.speaker_name], ["Said", r.content], ["Via", r.via_name], ["Date", r.date], ["Record", r.id]];
    } else if (kind === "event") {
      title = `${r.type} — ${r.date || r.day || "undated"}`;
      details = [["Type", r.type + (r.mode ? ` (${r.mode})` : "")], ["Actors", r.actor_names.join(", ")],
        ["Recipients", r.recipient_names.join(", ")], ["Status", r.status], ["Where", r.location], ["Date", r.date], ["Record", r.id]];
    } else {
      title = `${r.actor_name || r.actor} on ${issueName(r.issue)}: ${r.stance}`;
      details = [["Actor", r.actor_name || r.actor], ["Issue", issueName(r.issue)], ["Stance", r.stance], ["Date", r.date], ["Record", r.id]];
    }
    openEvidence(title, r.evidence, details, { kind, id });
  } catch (error) {
    openEvidence(`${kind} ${id}`, null, [["Error", error.message]]);
  }
}

function activate(tab) {
  for (const section of document.querySelectorAll("section.tab")) section.hidden = section.id !== tab;
  for (const link of document.querySelectorAll("#tabs a")) link.classList.toggle("active", link.dataset.tab === tab);
  if (!state.loaded.has(tab)) {
    state.loaded.add(tab);
    loaders[tab]();
  }
}

const FORMS = { timeline: "timeline-filters", positions: "positions-filters", quotes: "quotes-filters",
  brief: "brief-filters", articles: "articles-filters" };

function go(tab) {
  // A submitted form becomes the address (#timeline?actor=Peskov&since=...), so every view can be
  // linked to and the browser's Back button works; showTab does the loading.
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(formValues(document.getElementById(FORMS[tab])))) {
    if (value === true) params.set(key, "true");
    else if (value) params.set(key, value);
  }
  const target = `#${tab}${params.toString() ? "?" + params : ""}`;
  if (location.hash === target) {
    state.loaded.delete(tab);
    activate(tab);
  } else {
    location.hash = target;
  }
}

function showTab() {
  // #record/<kind>/<id> opens one record's evidence over whatever tab is showing.
  const record = /^#record\/(statement|event|position)\/(.+)$/.exec(location.hash);
  if (record) {
    openRecord(record[1], decodeURIComponent(record[2]));
    if (!state.loaded.size) activate("timeline");
    return;
  }
  // Another view: the evidence panel would cover its form, so it closes.
  document.getElementById("evidence").hidden = true;
  // #<tab>[/history][?field=value&...]; #positions/history is #positions?history=true.
  const match = /^#([a-z]+)(\/history)?(?:\?(.*))?$/.exec(location.hash || "");
  const tab = match && loaders[match[1]] ? match[1] : "timeline";
  const query = new URLSearchParams((match && match[3]) || "");
  if (match && match[2]) query.set("history", "true");
  const key = query.toString();
  if (state.queries[tab] !== key) {
    const form = document.getElementById(FORMS[tab]);
    form.reset();  // back to the defaults, then the address's values on top
    for (const field of form.elements) {
      if (!field.name || !query.has(field.name)) continue;
      if (field.type === "checkbox") field.checked = query.get(field.name) === "true";
      else field.value = query.get(field.name);
    }
    state.queries[tab] = key;
    state.loaded.delete(tab);
  }
  activate(tab);
}

async function loadStatus() {
  const status = document.getElementById("status");
  try {
    const health = await api("health");
    const c = health.counts;
    const range = health.published && health.published.first
      ? ` · published ${health.published.first} to ${health.published.last}` : "";
    status.textContent = `${health.db} · ${c.articles} articles${range} · ${c.statements} statements · ` +
      `${c.events} events · ${c.positions} positions · ${c.actors} actors · profile ${health.profile}`;
    // The brief starts a week before the newest article, not a week before today: a ledger may be old.
    const last = health.published && health.published.last;
    if (last && /^\d{4}-\d{2}-\d{2}$/.test(last)) {
      const weekBefore = new Date(Date.parse(last) - 7 * 86400000).toISOString().slice(0, 10);
      const since = document.getElementById("brief-filters").since;
      since.defaultValue = weekBefore;  // what a form reset returns to
      since.value = weekBefore;
    }
  } catch (error) {
    status.textContent = `Ledger unavailable: ${error.message}`;
    status.classList.add("error");
  }
}

async function loadReferenceLists() {
  try {
    const [issues, actors] = await Promise.all([api("issues"), api("actors")]);
    for (const issue of issues.items) state.issues.set(issue.id, issue);
    for (const select of document.querySelectorAll("select[name=issue]")) {
      select.append(...issues.items.map((i) => el("option", { value: i.id, title: i.description }, issueName(i.id))));
    }
    clear(document.getElementById("actor-names"),
      actors.items.filter((a) => a.actor_kind !== "anonymous").map((a) => el("option", { value: a.name })));
  } catch (_) { /* the status line already says when the ledger is unavailable */ }
}

function init() {
  for (const [tab, id] of Object.entries(FORMS)) {
    const form = document.getElementById(id);
    form.addEventListener("submit", (event) => { event.preventDefault(); go(tab); });
    // The Clear button, not the form's reset event: showTab resets forms itself.
    const clearButton = form.querySelector("button[type=reset]");
    if (clearButton) clearButton.addEventListener("click", () => setTimeout(() => go(tab), 0));
  }
  document.getElementById("positions-filters").history.addEventListener("change", () => go("positions"));
  document.getElementById("timeline-more").addEventListener("click", () => loadTimeline(true));
  document.getElementById("history-more").addEventListener("click", () =>
    loadHistory(state.history.issue, true).catch((error) => showError(document.getElementById("history-rows"), error)));
  document.getElementById("evidence-close").addEventListener("click", () => { document.getElementById("evidence").hidden = true; });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") document.getElementById("evidence").hidden = true; });
  window.addEventListener("hashchange", showTab);
  Promise.all([loadStatus(), loadReferenceLists()]).then(showTab);
}

init();
