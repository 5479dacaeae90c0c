"""Cross-article resolution: one article's Extraction → merged ledger records.

- Wire copies and near-duplicates: a MinHash signature (datasketch) of the article's word
  5-shingles, looked up through LSH bands stored in SQLite, then confirmed by the estimated
  Jaccard similarity or containment (a trimmed copy is contained in its original).
- Actors: profile ids and name slugs are already stable; a bare surname joins the one known
  person with that surname; anonymous sources stay apart per article (two outlets' "a senior
  official" need not be the same person).
- Statements: same speaker, close day, and content whose word sets mostly overlap → one statement
  with one source per reporting article.
- Events: same PLOVER type, overlapping participants, close day → one event.
- Positions: same actor, issue and stance on close days → one position; a different stance is a
  new position, which is what `positions --history` reports as a change.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, Optional

import numpy as np

from ..extract.actors import slugify
from ..extract.timexes import value_range
from ..model import Actor, Article, Event, Extraction, Position, Span, Statement, stable_id
from .store import Ledger

NUM_PERM = 128
SHINGLE_WORDS = 5
# LSH finds candidates from this Jaccard up; the checks below decide.
LSH_THRESHOLD = 0.3
DUPLICATE_JACCARD = 0.5
DUPLICATE_CONTAINMENT = 0.8

STATEMENT_DAY_WINDOW = 3
STATEMENT_JACCARD = 0.6
STATEMENT_CONTAINMENT = 0.8
QUOTE_MIN_WORDS = 6  # identical wording this long, under two compatible attributions, is one statement
EVENT_DAY_WINDOW = 2
EVENT_ACTOR_JACCARD = 0.5
POSITION_DAY_WINDOW = 3

_WORD = re.compile(r"\w+", re.UNICODE)
_FULL_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|T)")


# -- text and dates ---------------------------------------------------------------------------
def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def full_day(value: Optional[str]) -> Optional[str]:
    """A TIMEX3 value naming one calendar day → YYYY-MM-DD; coarser values ("2026-W05") → None."""
    if not value:
        return None
    m = _FULL_DAY.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def shift_day(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def set_similarity(a: set, b: set) -> tuple[float, float]:
    """(Jaccard, containment of the smaller set in the larger)."""
    if not a or not b:
        return 0.0, 0.0
    common = len(a & b)
    return common / len(a | b), common / min(len(a), len(b))


# -- near-duplicate articles -----------------------------------------------------------------
@dataclass
class Signature:
    hashvalues: np.ndarray  # uint64[NUM_PERM]
    shingles: int


def article_signature(text: str) -> Signature:
    from datasketch import MinHash

    tokens = words(text)
    if len(tokens) >= SHINGLE_WORDS:
        shingles = {" ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)}
    else:
        shingles = {" ".join(tokens)}
    minhash = MinHash(num_perm=NUM_PERM)  # fixed default seed: signatures comparable across runs
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return Signature(minhash.hashvalues.astype(np.uint64), len(shingles))


@lru_cache(maxsize=1)
def _band_ranges() -> list[tuple[int, int]]:
    # datasketch picks the band count b and rows r that fit the threshold best; we keep its
    # choice but store the buckets in SQLite (its own storage backends are Redis/Cassandra),
    # so the index persists with the ledger and is never loaded whole into memory.
    from datasketch import MinHashLSH

    return list(MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges)


def band_keys(hashvalues: np.ndarray) -> list[tuple[int, int]]:
    keys = []
    for band, (start, end) in enumerate(_band_ranges()):
        digest = hashlib.blake2b(hashvalues[start:end].tobytes(), digest_size=8).digest()
        keys.append((band, int.from_bytes(digest, "big", signed=True)))
    return keys


def estimate_similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """(Jaccard, containment) of two shingle sets, estimated from their signatures."""
    jaccard = float(np.count_nonzero(a.hashvalues == b.hashvalues)) / NUM_PERM
    if not a.shingles or not b.shingles:
        return jaccard, 0.0
    common = jaccard * (a.shingles + b.shingles) / (1.0 + jaccard)
    return jaccard, min(1.0, common / min(a.shingles, b.shingles))


def find_duplicate(ledger: Ledger, sig: Signature) -> tuple[Optional[str], Optional[float]]:
    """The ledger article this one copies (the root of its group), with the similarity, or (None, None)."""
    keys = band_keys(sig.hashvalues)
    clause = " OR ".join("(band = ? AND key = ?)" for _ in keys)
    params = [v for pair in keys for v in pair]
    rows = ledger.query(
        f"SELECT DISTINCT a.id, a.duplicate_of, a.minhash, a.shingles FROM article_bands b "
        f"JOIN articles a ON a.id = b.article WHERE {clause}",
        params,
    )
    best: tuple[float, Optional[str]] = (0.0, None)
    for row in rows:
        other = Signature(np.frombuffer(row["minhash"], dtype=np.uint64), row["shingles"])
        jaccard, containment = estimate_similarity(sig, other)
        if jaccard >= DUPLICATE_JACCARD or containment >= DUPLICATE_CONTAINMENT:
            score = max(jaccard, containment)
            if score > best[0]:
                best = (score, row["duplicate_of"] or row["id"])
    if best[1] is None:
        return None, None
    return best[1], round(best[0], 3)


# -- actors ----------------------------------------------------------------------------------
def ledger_actor_id(ledger: Ledger, actor: Actor, group_id: str) -> str:
    """The ledger id of an article's actor. `group_id` is the article's duplicate group."""
    if actor.kind == "anonymous":
        # One anonymous source per story: wire copies share it, other articles do not.
        return f"{actor.id}~{group_id.split('-')[-1][:8]}"
    if actor.kind == "person" and actor.name and len(actor.name.split()) == 1:
        rows = ledger.query(
            "SELECT id FROM actors WHERE kind = 'person' AND name LIKE ? LIMIT 2", (f"% {actor.name}",)
        )
        if len(rows) == 1:
            return rows[0]["id"]
    return actor.id or slugify(actor.name or "")


def _store_actor(ledger: Ledger, ledger_id: str, actor: Actor, article_id: str) -> None:
    ledger.execute(
        "INSERT INTO actors(id, name, kind, role, affiliation) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET role = COALESCE(actors.role, excluded.role), "
        "affiliation = COALESCE(actors.affiliation, excluded.affiliation), "
        # the fuller form of a name becomes canonical ("Peskov" → "Dmitry Peskov")
        "name = CASE WHEN length(excluded.name) > length(actors.name) "
        "AND excluded.name LIKE '%' || actors.name THEN excluded.name ELSE actors.name END",
        (ledger_id, actor.name or ledger_id, actor.kind or "group", actor.role, actor.affiliation),
    )
    ledger.execute(
        "INSERT OR REPLACE INTO actor_mentions(actor, article, local_id, mentions) VALUES (?, ?, ?, ?)",
        (ledger_id, article_id, actor.id, json.dumps([list(m) for m in actor.mentions])),
    )


# -- the article ----------------------------------------------------------------------------
@dataclass
class _Context:
    article: Article
    group: str
    actor_ids: dict[str, str]
    actor_kinds: dict[str, str]


def merge_extraction(ledger: Ledger, extraction: Extraction, sig: Optional[Signature] = None) -> bool:
    """Store one article's extraction, merged into the ledger, in one transaction.

    Returns False (and stores nothing) when the article is already present (same id or URL).
    """
    article = extraction.article
    sig = sig or article_signature(article.text)
    with ledger.transaction():
        if ledger.has_article(article.id, article.url):
            return False
        duplicate_of, similarity = find_duplicate(ledger, sig)
        ledger.execute(
            "INSERT INTO articles(id, source, title, outlet, url, published, author, text, "
            "duplicate_of, similarity, shingles, minhash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.id, article.source, article.title, article.outlet, article.url,
                article.published, article.author, article.text, duplicate_of, similarity,
                sig.shingles, sig.hashvalues.tobytes(),
            ),
        )
        ledger.conn.executemany(
            "INSERT OR IGNORE INTO article_bands(band, key, article) VALUES (?, ?, ?)",
            [(band, key, article.id) for band, key in band_keys(sig.hashvalues)],
        )
        ledger.execute(
            "INSERT INTO articles_fts(id, title, text) VALUES (?, ?, ?)",
            (article.id, article.title or "", article.text),
        )
        ctx = _Context(article, duplicate_of or article.id, {}, {})
        for actor in extraction.actors:
            ledger_id = ledger_actor_id(ledger, actor, ctx.group)
            ctx.actor_ids[actor.id] = ledger_id
            ctx.actor_kinds[actor.id] = actor.kind
            _store_actor(ledger, ledger_id, actor, article.id)
        statement_ids: dict[str, str] = {}
        # A record without what merging needs (content, a type, an actor and issue) is left out
        # rather than failing the whole article.
        for statement in extraction.statements:
            if statement.content:
                statement_ids[statement.id] = _merge_statement(ledger, ctx, statement)
        for event in extraction.events:
            if event.type and event.span:
                _merge_event(ledger, ctx, event)
        for position in extraction.positions:
            if position.actor and position.issue and position.stance and position.span:
                _merge_position(ledger, ctx, position, statement_ids)
    return True


def _source_row(ctx: _Context) -> tuple:
    a = ctx.article
    return (a.id, ctx.group, a.outlet, a.url, a.published)


def _covering_span(spans: Iterable[Optional[Span]]) -> list[int]:
    spans = [s for s in spans if s]
    if not spans:
        return [0, 0]
    return [min(s[0] for s in spans), max(s[1] for s in spans)]


def _span_json(span: Optional[Span]) -> Optional[str]:
    return json.dumps(list(span)) if span else None


def _day(value: Optional[str], article: Article) -> Optional[str]:
    """The day a record sorts and filters on: its date, or the first day of a coarser date
    ("2026-01" → 2026-01-01, so last month's stance sorts before today's), else the day the
    article was published."""
    span = value_range(value)
    return full_day(value) or (span[0] if span else None) or full_day(article.published)


def _day_clause(day: Optional[str], window: int) -> tuple[str, list]:
    if day is None:
        return "day IS NULL", []
    return "day BETWEEN ? AND ?", [shift_day(day, -window), shift_day(day, window)]


def _mapped(ctx: _Context, local_id: Optional[str]) -> Optional[str]:
    if local_id is None:
        return None
    return ctx.actor_ids.get(local_id, local_id)


def _actor_name(ledger: Ledger, actor_id: Optional[str]) -> Optional[str]:
    if actor_id is None:
        return None
    row = ledger.execute("SELECT name FROM actors WHERE id = ?", (actor_id,)).fetchone()
    return row["name"] if row else None


# -- statements ------------------------------------------------------------------------------
def _speaker_key(ctx: _Context, statement: Statement) -> str:
    if statement.speaker is None:
        return "unattributed:" + slugify(statement.speaker_name or "")
    if ctx.actor_kinds.get(statement.speaker) == "anonymous":
        return "anonymous:" + statement.speaker  # the per-article ids differ; the description does not
    return _mapped(ctx, statement.speaker)


def statement_similarity(a: str, b: str) -> tuple[float, float]:
    return set_similarity(set(words(a)), set(words(b)))


def _same_tokens(a: set, b: set) -> float:
    """A match score for two statements' word sets, 0.0 when they are not the same statement."""
    jaccard, containment = set_similarity(a, b)
    if jaccard >= STATEMENT_JACCARD or (containment >= STATEMENT_CONTAINMENT and min(len(a), len(b)) >= 4):
        return jaccard + containment
    return 0.0


def same_statement(a: str, b: str) -> bool:
    return _same_tokens(set(words(a)), set(words(b))) > 0.0


def _actor_row(ledger: Ledger, actor_id: Optional[str]):
    if actor_id is None:
        return None
    return ledger.execute("SELECT id, name, kind, affiliation FROM actors WHERE id = ?", (actor_id,)).fetchone()


def _compatible_speakers(ledger: Ledger, a: Optional[str], b: Optional[str]) -> bool:
    """Could two outlets' attributions name the same speaker? An unnamed or anonymous source fits
    anyone; a person fits the country or body they belong to ("Peskov" and "the Kremlin")."""
    if a is None or b is None:
        return True
    row_a, row_b = _actor_row(ledger, a), _actor_row(ledger, b)
    if row_a is None or row_b is None:
        return False
    if "anonymous" in (row_a["kind"], row_b["kind"]):
        return True
    return (row_a["affiliation"] is not None and row_a["affiliation"] == row_b["name"]) or (
        row_b["affiliation"] is not None and row_b["affiliation"] == row_a["name"])


_SPECIFICITY = {None: 0, "anonymous": 1, "group": 2, "media": 2, "country": 3, "organization": 3, "person": 4}


def _same_words_other_speaker(ledger: Ledger, speaker, anonymous, speaker_name, key, norm, clause, params):
    """The same words attributed to a compatible speaker elsewhere: one statement, reported two ways.

    The more specific attribution wins (a named person over "the Kremlin" or "an official").
    """
    for row in ledger.query(
        f"SELECT id, speaker, anonymous FROM statements WHERE norm = ? AND {clause} ORDER BY seq", [norm, *params]
    ):
        if not _compatible_speakers(ledger, speaker, row["speaker"]):
            continue
        mine, theirs = _actor_row(ledger, speaker), _actor_row(ledger, row["speaker"])
        if _SPECIFICITY.get(mine["kind"] if mine else None, 2) > _SPECIFICITY.get(theirs["kind"] if theirs else None, 2):
            ledger.execute(
                "UPDATE statements SET speaker = ?, speaker_name = ?, speaker_key = ?, anonymous = ? WHERE id = ?",
                (speaker, speaker_name, key, int(anonymous), row["id"]),
            )
        return row["id"]
    return None


def _merge_statement(ledger: Ledger, ctx: _Context, st: Statement) -> str:
    speaker = _mapped(ctx, st.speaker)
    key = _speaker_key(ctx, st)
    day = _day(st.date, ctx.article)
    clause, params = _day_clause(day, STATEMENT_DAY_WINDOW)
    norm = " ".join(words(st.content))
    tokens = set(norm.split())
    best_id, best_score = None, 0.0
    # With no speaker, only the words tie two reports together: a few words ("this") are not enough.
    unattributed_and_short = st.speaker is None and len(tokens) < QUOTE_MIN_WORDS
    for row in [] if unattributed_and_short else ledger.query(
        f"SELECT id, norm, CASE WHEN norm IS NULL THEN content END AS content FROM statements "
        f"WHERE speaker_key = ? AND {clause}", [key, *params]
    ):
        other = row["norm"] if row["norm"] is not None else " ".join(words(row["content"]))
        if other == norm:
            best_id = row["id"]
            break  # the same words: a wire copy or a verbatim quote
        score = _same_tokens(tokens, set(other.split()))
        if score > best_score:
            best_id, best_score = row["id"], score
    anonymous = st.speaker is None or ctx.actor_kinds.get(st.speaker) == "anonymous"
    via = _mapped(ctx, st.via)
    speaker_name = _actor_name(ledger, speaker) or st.speaker_name
    via_name = _actor_name(ledger, via) or st.via_name
    if best_id is None and len(tokens) >= QUOTE_MIN_WORDS:
        best_id = _same_words_other_speaker(ledger, speaker, anonymous, speaker_name, key, norm, clause, params)
    if best_id is None:
        best_id = stable_id("stmt", key, day, norm)
        inserted = ledger.execute(
            "INSERT OR IGNORE INTO statements(id, speaker, speaker_name, speaker_key, content, norm, kind, "
            "cue, via, via_name, date, date_text, day, anonymous) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (best_id, speaker, speaker_name, key, st.content, norm, st.kind, st.cue, via, via_name,
             st.date, st.date_text, day, int(anonymous)),
        ).rowcount
        if inserted:
            ledger.execute(
                "INSERT INTO statements_fts(id, speaker_name, content) VALUES (?, ?, ?)",
                (best_id, speaker_name or "", st.content),
            )
    else:
        # Later reports fill what earlier ones lacked (a date, the intermediary).
        ledger.execute(
            "UPDATE statements SET date = COALESCE(date, ?), date_text = COALESCE(date_text, ?), "
            "via = COALESCE(via, ?), via_name = COALESCE(via_name, ?) WHERE id = ?",
            (st.date, st.date_text, via, via_name, best_id),
        )
    span = _covering_span([st.source_span, st.cue_span, *st.content_spans])
    article_id, group, outlet, url, published = _source_row(ctx)
    ledger.execute(
        "INSERT OR IGNORE INTO statement_sources(statement, article, local_id, article_group, outlet, "
        "url, published, span, source_span, cue_span, content_spans, content, via, via_name) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (best_id, article_id, st.id, group, outlet, url, published, json.dumps(span),
         _span_json(st.source_span), _span_json(st.cue_span),
         json.dumps([list(s) for s in st.content_spans]), st.content, via, via_name),
    )
    return best_id


# -- events ----------------------------------------------------------------------------------
def _merge_event(ledger: Ledger, ctx: _Context, ev: Event) -> str:
    actors = [_mapped(ctx, a) for a in ev.actors]
    recipients = [_mapped(ctx, r) for r in ev.recipients]
    participants = set(actors) | set(recipients)
    day = _day(ev.date, ctx.article)
    clause, params = _day_clause(day, EVENT_DAY_WINDOW)
    best_id, best_score = None, 0.0
    if participants:
        # Only events sharing a participant can match: found through the event_actors index.
        marks = ",".join("?" * len(participants))
        rows = ledger.query(
            f"SELECT id, actors, recipients FROM events WHERE type = ? AND {clause} "
            f"AND id IN (SELECT event FROM event_actors WHERE actor IN ({marks}))",
            [ev.type, *params, *sorted(participants)],
        )
        for row in rows:
            other = set(json.loads(row["actors"])) | set(json.loads(row["recipients"]))
            score, _ = set_similarity(participants, other)
            if score >= EVENT_ACTOR_JACCARD and score > best_score:
                best_id, best_score = row["id"], score
    else:
        # No participants on either side: only a copy of the same story is evidence enough.
        row = ledger.execute(
            f"SELECT id FROM events WHERE type = ? AND {clause} AND actors = '[]' AND recipients = '[]' "
            f"AND id IN (SELECT event FROM event_sources WHERE article_group = ?) ORDER BY seq LIMIT 1",
            [ev.type, *params, ctx.group],
        ).fetchone()
        best_id = row["id"] if row else None
    published = ctx.article.published
    if best_id is None:
        best_id = stable_id("evt", ev.type, ",".join(sorted(participants)), day, ev.location)
        if ledger.execute(
            "INSERT OR IGNORE INTO events(id, type, mode, actors, recipients, date, date_text, day, "
            "location, status, status_published, trigger) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (best_id, ev.type, ev.mode, json.dumps(actors), json.dumps(recipients), ev.date,
             ev.date_text, day, ev.location, ev.status, published, ev.trigger),
        ).rowcount:
            ledger.conn.executemany(
                "INSERT OR IGNORE INTO event_actors(event, actor, role) VALUES (?, ?, ?)",
                [(best_id, a, "actor") for a in actors] + [(best_id, r, "recipient") for r in recipients],
            )
    else:
        # The latest report decides the status: a meeting "planned" on Monday has "occurred" by Friday.
        ledger.execute(
            "UPDATE events SET date = COALESCE(date, ?), date_text = COALESCE(date_text, ?), "
            "mode = COALESCE(mode, ?), location = COALESCE(location, ?), "
            "status = CASE WHEN ? IS NOT NULL AND (status_published IS NULL OR ? >= status_published) "
            "THEN ? ELSE status END, "
            "status_published = CASE WHEN ? IS NOT NULL AND (status_published IS NULL OR ? >= status_published) "
            "THEN ? ELSE status_published END WHERE id = ?",
            (ev.date, ev.date_text, ev.mode, ev.location, published, published, ev.status,
             published, published, published, best_id),
        )
    article_id, group, outlet, url, published = _source_row(ctx)
    ledger.execute(
        "INSERT OR IGNORE INTO event_sources(event, article, local_id, article_group, outlet, url, "
        "published, span, status, date) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (best_id, article_id, ev.id, group, outlet, url, published, json.dumps(list(ev.span)),
         ev.status, ev.date),
    )
    return best_id


# -- positions -------------------------------------------------------------------------------
def _merge_position(ledger: Ledger, ctx: _Context, pos: Position, statement_ids: dict[str, str]) -> str:
    actor = _mapped(ctx, pos.actor)
    day = _day(pos.date, ctx.article)
    clause, params = _day_clause(day, POSITION_DAY_WINDOW)
    # The same stance nearby, unless a different stance came in between (oppose, support, oppose
    # again is two changes, not one long opposition).
    row = ledger.execute(
        f"SELECT p.id FROM positions p WHERE p.actor = ? AND p.issue = ? AND p.stance = ? AND {clause} "
        f"AND NOT EXISTS (SELECT 1 FROM positions q WHERE q.actor = p.actor AND q.issue = p.issue "
        f"AND q.stance != p.stance AND q.day > min(p.day, ?) AND q.day < max(p.day, ?)) "
        f"ORDER BY abs(julianday(p.day) - julianday(?)), p.seq LIMIT 1",
        [actor, pos.issue, pos.stance, *params, day, day, day],
    ).fetchone()
    statement = statement_ids.get(pos.statement) if pos.statement else None
    if row:
        position_id = row["id"]
        ledger.execute(
            "UPDATE positions SET statement = COALESCE(statement, ?), date = COALESCE(date, ?) WHERE id = ?",
            (statement, pos.date, position_id),
        )
    else:
        position_id = stable_id("pos", actor, pos.issue, pos.stance, day)
        ledger.execute(
            "INSERT OR IGNORE INTO positions(id, actor, actor_name, issue, stance, date, day, statement) "
            "VALUES (?,?,?,?,?,?,?,?)",
            (position_id, actor, _actor_name(ledger, actor) or pos.actor_name, pos.issue, pos.stance,
             pos.date, day, statement),
        )
    article_id, group, outlet, url, published = _source_row(ctx)
    ledger.execute(
        "INSERT OR IGNORE INTO position_sources(position, article, local_id, article_group, outlet, "
        "url, published, span) VALUES (?,?,?,?,?,?,?,?)",
        (position_id, article_id, pos.id, group, outlet, url, published, json.dumps(list(pos.span))),
    )
    return position_id
