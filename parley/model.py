"""The records Parley produces. Every record carries the span(s) of text that support it.

Spans are ``(start, end)`` half-open character offsets into ``Article.text`` (Python ``str``
indices). ``to_dict`` gives the JSON shape of ``docs/CONTRACT.md``.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Optional

Span = tuple[int, int]


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that depends only on its parts, so re-runs give the same ids."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{digest}"


@dataclass
class Article:
    id: str
    text: str
    source: str  # the file (or file#line / feed entry) it came from
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None  # YYYY-MM-DD, or None when unknown
    author: Optional[str] = None

    @staticmethod
    def make_id(text: str) -> str:
        return stable_id("art", text)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
        }


@dataclass
class Actor:
    id: str
    name: str  # canonical name: "Dmitry Peskov", never "Peskov" or "he"
    kind: str  # person | organization | country | media | group | anonymous
    role: Optional[str] = None
    affiliation: Optional[str] = None  # the side / country / body the actor belongs to
    mentions: list[Span] = field(default_factory=list)
    # "female" | "male" when the profile or a title in the text says ("spokeswoman", "Mr");
    # used for pronoun agreement, not part of the record
    gender: Optional[str] = None
    speaks_for: Optional[str] = None  # a spokesperson's body (profile), for dating their statements

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "affiliation": self.affiliation,
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass
class Timex:
    text: str
    span: Span
    type: str  # DATE | TIME | DURATION | SET
    value: Optional[str]  # TIMEX3 value; None when it cannot be resolved (no anchor)
    mod: Optional[str] = None  # APPROX, LESS_THAN, MORE_THAN, START, END, ...
    range: Optional[tuple[str, str]] = None  # [first day, last day] as YYYY-MM-DD, when datable
    # "nine days later" is a DURATION (P9D) in TimeML; counted from the date before it, it points
    # to a date ("2026-03-12"), which dates what it tells and gives the range
    points_to: Optional[str] = None

    def to_dict(self) -> dict:
        out = {"text": self.text, "span": list(self.span), "type": self.type, "value": self.value}
        out["mod"] = self.mod
        out["range"] = list(self.range) if self.range else None
        out["points_to"] = self.points_to
        return out


@dataclass
class Statement:
    id: str
    speaker: Optional[str]  # actor id
    speaker_name: Optional[str]
    source_span: Optional[Span]  # the mention in this attribution ("he", "Dmitry Peskov")
    cue: Optional[str]
    cue_span: Optional[Span]
    content: str
    content_spans: list[Span]
    kind: str  # direct | indirect | mixed
    via: Optional[str] = None  # actor id of the intermediary (Interfax, Axios)
    via_name: Optional[str] = None
    date: Optional[str] = None  # TIMEX3 value of the speech act
    date_text: Optional[str] = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["source_span"] = list(self.source_span) if self.source_span else None
        d["cue_span"] = list(self.cue_span) if self.cue_span else None
        d["content_spans"] = [list(s) for s in self.content_spans]
        return d


@dataclass
class Event:
    id: str
    type: str  # PLOVER type
    mode: Optional[str]
    actors: list[str]
    recipients: list[str]
    date: Optional[str]
    date_text: Optional[str]
    location: Optional[str]
    status: str  # occurred | ongoing | planned | reported | denied | hypothetical
    span: Span
    trigger: Optional[str] = None  # the words that name the event

    def to_dict(self) -> dict:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


@dataclass
class Position:
    id: str
    actor: str
    actor_name: str
    issue: str
    stance: str  # support | oppose | demand | conditional | doubt
    span: Span
    date: Optional[str] = None
    statement: Optional[str] = None  # id of the statement it comes from, if any

    def to_dict(self) -> dict:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # stages that failed; not part of the JSON

    def to_dict(self, include_text: bool = False) -> dict:
        out = {
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "statements": [s.to_dict() for s in self.statements],
            "events": [e.to_dict() for e in self.events],
            "positions": [p.to_dict() for p in self.positions],
            "timexes": [t.to_dict() for t in self.timexes],
        }
        if include_text:
            out["text"] = self.article.text
        return out

    @staticmethod
    def from_dict(data: dict, text: Optional[str] = None) -> "Extraction":
        """Rebuild an Extraction from its JSON (`to_dict`), to store it without extracting again.
        The article text is `data["text"]` (written with `include_text=True`) or `text`.
        `problems` and the article's author are not in the JSON and come back empty."""
        art = data["article"]
        article = Article(id=art["id"], text=data["text"] if text is None else text,
                          source=art.get("source") or art["id"], title=art.get("title"),
                          outlet=art.get("outlet"), url=art.get("url"), published=art.get("published"))

        def span(value):
            return tuple(value) if value is not None else None

        return Extraction(
            article=article,
            actors=[Actor(**{**a, "mentions": [tuple(m) for m in a["mentions"]]}) for a in data["actors"]],
            statements=[Statement(**{**s, "source_span": span(s["source_span"]), "cue_span": span(s["cue_span"]),
                                     "content_spans": [tuple(c) for c in s["content_spans"]]})
                        for s in data["statements"]],
            events=[Event(**{**e, "span": tuple(e["span"])}) for e in data["events"]],
            positions=[Position(**{**p, "span": tuple(p["span"])}) for p in data["positions"]],
            timexes=[Timex(**{**t, "span": tuple(t["span"]), "range": span(t.get("range"))}) for t in data["timexes"]],
        )
