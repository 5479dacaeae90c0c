"""The dashboard in a real browser: headless Chromium driven by playwright-core (Node).

A ledger is built from `samples/russia_ukraine`, `parley serve` runs on it in a subprocess, and
`drive_dashboard.mjs` clicks through the page and reports what it saw, which is checked here against
the API. playwright-core (pinned in package.json) is installed into tests/browser/node_modules on
the first run; the test is skipped, with the reason, when Node, npm or Chromium is missing or the
install fails (no network).
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SAMPLES = REPO / "samples" / "russia_ukraine"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chromium_path() -> str | None:
    """$PARLEY_CHROMIUM, else Debian's /usr/bin/chromium, else a Chromium or Chrome on the PATH."""
    for candidate in (os.environ.get("PARLEY_CHROMIUM"), "/usr/bin/chromium"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)


@pytest.fixture(scope="module")
def browser_tools() -> tuple[str, str]:
    node, npm, chromium = shutil.which("node"), shutil.which("npm"), chromium_path()
    if not node or not npm:
        pytest.skip("the browser test needs Node.js and npm (apt install nodejs npm)")
    if not chromium:
        pytest.skip("the browser test needs Chromium (apt install chromium, or set PARLEY_CHROMIUM)")
    version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    if int(version.lstrip("v").split(".")[0] or 0) < 20:
        pytest.skip(f"playwright-core needs Node.js 20 or newer, found {version}")
    if not (HERE / "node_modules" / "playwright-core" / "package.json").is_file():
        try:
            done = subprocess.run([npm, "install", "--prefix", str(HERE), "--no-audit", "--no-fund"],
                                  capture_output=True, text=True, timeout=180)
        except subprocess.TimeoutExpired:
            pytest.skip("npm install of playwright-core timed out (offline?)")
        if done.returncode != 0:
            errors = [line for line in done.stderr.splitlines() if line.strip()] or ["no output"]
            pytest.skip(f"npm install of playwright-core failed (offline?): {errors[0]}")
    return node, chromium


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def served(tmp_path_factory, browser_tools):
    """`parley serve` on a ledger of the bundled samples; yields the dashboard's URL."""
    from parley.ledger import ingest_paths

    db = tmp_path_factory.mktemp("browser") / "samples.db"
    summary = ingest_paths([SAMPLES], db=db)
    assert summary.added >= 5 and not summary.failed
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "parley.cli", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                get_json(url + "api/health")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"parley serve did not come up: {server.communicate()[0]}")
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def an_actor_that_narrows(url: str, total: int) -> str:
    """The actor named most often in the timeline's `who` whose filter leaves fewer rows than all."""
    items = get_json(url + "api/timeline?evidence=false")["items"]
    names = Counter(name.strip() for e in items if e["who"] for name in e["who"].split(","))
    for name, _ in names.most_common():
        narrowed = get_json(url + "api/timeline?evidence=false&" + urllib.parse.urlencode({"actor": name}))
        if 0 < narrowed["total"] < total:
            return name
    pytest.fail(f"no actor in the samples' timeline narrows it: {names}")


def keys(items, kind=None):
    return [f"{kind or e['kind']}/{e['position'] if kind else e['id']}" for e in items]


def test_dashboard_in_a_browser(served, browser_tools):
    node, chromium = browser_tools
    url = served
    timeline = get_json(url + "api/timeline")
    assert timeline["total"] > 0, "the samples gave an empty timeline"
    actor = an_actor_that_narrows(url, timeline["total"])

    run = subprocess.run([node, str(HERE / "drive_dashboard.mjs"), url, chromium, actor],
                         capture_output=True, text=True, timeout=90, cwd=HERE)
    assert run.stdout.strip(), f"the browser script printed nothing: {run.stderr[-2000:]}"
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert run.returncode == 0 and "failed" not in seen, f"{seen.get('failed')}\nproblems: {seen.get('problems')}"
    assert seen["problems"] == [], "console errors or failed requests"

    # The timeline shows the API's entries, in its order; the actor filter narrows it to the API's.
    assert seen["timeline"]["rows"] == keys(timeline["items"])
    assert seen["timeline"]["count"].startswith(f"{timeline['total']} ")
    filtered = get_json(url + "api/timeline?" + urllib.parse.urlencode({"actor": actor}))
    assert seen["filtered"]["rows"] == keys(filtered["items"])
    assert 0 < len(seen["filtered"]["rows"]) < len(seen["timeline"]["rows"])
    assert seen["filtered"]["hash"] == "#timeline?" + urllib.parse.urlencode({"actor": actor})

    # Clicking the first filtered row shows its evidence: words, outlets and the marked article text.
    first = filtered["items"][0]
    shown = seen["timeline_evidence"]
    assert shown["quotes"] == [e["text"] for e in first["evidence"]]
    assert shown["outlets"] == [e["outlet"] or "unknown outlet" for e in first["evidence"]]
    assert " ".join(shown["mark"].split()).startswith(shown["quotes"][0].rstrip("…"))
    assert shown["record_link"] == f"#record/{first['kind']}/{first['id']}"
    assert set(shown["links"]) == {e["url"] for e in first["evidence"] if (e["url"] or "").startswith("http")}

    # The positions matrix has a cell per latest stance; its evidence opens; the history lists changes.
    positions = get_json(url + "api/positions")["items"]
    assert sorted(seen["matrix"]["cells"]) == sorted(p["position"] for p in positions)
    assert Counter(seen["matrix"]["stances"]) == Counter(p["stance"] for p in positions)
    assert seen["matrix_evidence"]["quotes"] and seen["matrix_evidence"]["mark"].strip()
    history = get_json(url + "api/positions?history=true&order=day&limit=500")["items"]
    assert seen["history"]["rows"] == keys(history, "position")
    assert seen["history"]["hash"] == "#positions?history=true"

    # Quotes: the count is the API's total; a search shows the API's hits.
    assert seen["panel_closed_on_new_view"]
    quotes = get_json(url + "api/quotes?limit=1000")
    assert seen["quotes"]["count"].startswith(f"{quotes['total']} statement")
    assert seen["quotes"]["shown"] == len(quotes["items"])
    hits = get_json(url + "api/search?q=ceasefire&limit=200")
    assert seen["quote_search"]["count"].startswith(f"{hits['total']} statement")
    assert seen["quote_search"]["shown"] == hits["total"]

    # A record's own address opens its evidence; the brief and the article list render.
    assert seen["permalink_evidence"]["record_link"] == "#record/" + seen["timeline"]["rows"][0]
    assert seen["brief_headings"][0].startswith("Brief: news since ")
    assert seen["articles"] == get_json(url + "api/health")["counts"]["articles"]
