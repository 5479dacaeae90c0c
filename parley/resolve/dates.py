"""Date attachment: which time expression dates a predicate, and when a date carries over.

`timex_for_predicate(doc, token, timexes)` returns the DATE/TIME timex syntactically attached to
a predicate or cue token: one whose dependency path up to the token stays inside the token's own
clause ("X said on Thursday that ...", "On Tuesday, X said ...", "talks held last weekend").
A timex inside a clause embedded under the token (the reported content "that talks will resume
on Monday", a relative clause) does not date the token. Infinitival complements ("is scheduled
to take place on Sunday") share the predicate's time, so the path may pass through `xcomp` (not
under a verb of asking someone to act: "called on the EU to open talks next month").

`inherit_date(previous, current, continues)` is the rule for records with no time expression of
their own: they take the previous record's date only when the text continues that record ("He
added ...", a quotation running on), never the publication date. `continues_previous(token)`
tells whether a cue is such a continuation cue (lemmas in `parley/data/timex_inherit.txt`).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

from ..extract.lexicon import word_list
from ..extract.timexes import opens_its_line
from ..model import Timex

INHERIT_FILE = Path(__file__).resolve().parent.parent / "data" / "timex_inherit.txt"
PARTICIPLES_FILE = Path(__file__).resolve().parent.parent / "data" / "timex_speech_participles.txt"
SPEECH_NOUNS_FILE = Path(__file__).resolve().parent.parent / "data" / "timex_speech_nouns.txt"
REQUEST_VERBS_FILE = Path(__file__).resolve().parent.parent / "data" / "timex_request_verbs.txt"

# Dependency labels that open a clause with its own time: crossing one leaves the predicate.
CLAUSE_BOUNDARIES = frozenset({"ccomp", "relcl", "advcl", "csubj", "csubjpass", "parataxis", "acl", "conj", "pcomp"})
# Only these timex types can date a record (durations and sets cannot).
DATABLE_TYPES = ("DATE", "TIME")
MAX_PATH = 12


@lru_cache(maxsize=1)
def _continuation_lemmas() -> frozenset:
    return word_list(INHERIT_FILE)


@lru_cache(maxsize=1)
def _speech_participles() -> frozenset:
    return word_list(PARTICIPLES_FILE)


@lru_cache(maxsize=1)
def _speech_nouns() -> frozenset:
    return word_list(SPEECH_NOUNS_FILE)


@lru_cache(maxsize=1)
def _request_verbs() -> frozenset:
    return word_list(REQUEST_VERBS_FILE)


def _datable(tx: Timex) -> bool:
    """DATE/TIME timexes that name a time (not PRESENT_REF-style references), and durations
    counted from a date ("nine days later")."""
    if tx.type not in DATABLE_TYPES:
        return tx.points_to is not None
    return tx.value is None or tx.value[:1].isdigit() or tx.value.startswith("XXXX")


def timex_point(tx: Timex) -> Optional[str]:
    """The TIMEX3 date value a dating timex points at: a DATE's or TIME's value, or the date a
    counted DURATION points to ("nine days later": "2026-03-12", not "P9D")."""
    return tx.value if tx.type in DATABLE_TYPES else tx.points_to


# "KYIV, Jan 13 (Reuters) - ...": the place, the date and the agency before a dash open a wire story
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Za-z .'’/-]{1,40},\s*$")  # ("VIENNA/KYIV, Dec 4 (Reuters) -")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]")


def in_dateline(text: str, tx: Timex, offset: int = 0) -> bool:
    """Whether the timex is the date of a wire dateline: it dates the story, not what it reports.
    `text` may be a part of the document that starts at character `offset` (its sentence)."""
    start, end = tx.span[0] - offset, tx.span[1] - offset
    if start < 0 or end > len(text):
        return False
    return bool(_DATELINE_BEFORE.search(text, max(0, start - 45), start)) and bool(_DATELINE_AFTER.match(text, end))


def in_dateline_of(doc, tx: Timex) -> bool:
    """`in_dateline` on the few tokens round the timex (the parser may make "KYIV" a sentence of
    its own, and joining the whole `doc.text` for each look-up would cost more than the rest)."""
    span = doc.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
    if span is None:
        return False
    window = doc[max(0, span.start - 12): min(len(doc), span.end + 8)]
    return in_dateline(window.text, tx, window.start_char)


def timex_root(doc, tx: Timex):
    """The head token of a timex, or None."""
    span = doc.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def timex_verb(doc, tx: Timex):
    """The verb (or auxiliary) a timex hangs on, up from its head token; None with no head."""
    verb = timex_root(doc, tx)
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


# A timex that modifies a noun inside the noun phrase ("a Christmas truce", "the May 9 parade").
NOUN_MODIFIER_DEPS = ("compound", "amod", "nmod")


def _attached(root, token) -> Optional[int]:
    """Path length from a timex root up to `token` inside its clause, or None if not attached."""
    noun = root.head
    while noun.dep_ in NOUN_MODIFIER_DEPS and noun.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
        noun = noun.head  # "offers Easter air truce": "Easter" hangs on "air", which hangs on "truce"
    if (root.dep_ in NOUN_MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN") and noun.i != token.i
            and noun.dep_ in ("dobj", "pobj")):
        return None  # "calls for a Christmas truce": the time of the truce, not of the call
    node, steps = root, 0
    while steps < MAX_PATH:
        if node.i == token.i:
            return steps
        if node.head.i == node.i:
            return None
        if (node.dep_ in CLAUSE_BOUNDARIES and node.i != root.i and not _speech_frame(node, token)
                and not (node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN", "NUM"))
                and not noun_made_clause(node, token) and not _participle_after_its_time(node, root)):
            # a conjoined noun is no clause ("launched 240 drones and 12 missiles overnight")
            return None
        if node.dep_ in CLAUSE_BOUNDARIES and node.i == root.i and node.pos_ in ("VERB", "AUX"):
            return None
        if node.dep_ == "xcomp" and node.i != token.i and node.head.lemma_.lower() in _request_verbs():
            return None  # "called on the EU to open talks at its summit next month": the act asked for
        node = node.head
        steps += 1
    return None


def _participle_after_its_time(node, root) -> bool:
    """ "agreed on the corridor at talks in Geneva on Monday mediated by the ICRC": the parse may
    hang the time before a passive participle on it; a participle with no subject of its own does
    not reach back over its noun for a time (its own would follow it)."""
    return node.dep_ == "advcl" and node.tag_ == "VBN" and root.i < node.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in node.children)


def noun_made_clause(node, token) -> bool:
    """"In a statement carried by QNA late on Wednesday, the ministry said", "X, appearing on the
    United News telethon on Sunday, insisted": the parse may make a phrase before the cue a clause
    of it, headed by a noun ("QNA", "telethon"); it is no clause."""
    if node.head.i == token.i and node.i < token.i and node.pos_ in ("NOUN", "PROPN"):
        return True
    # "told the United News telethon on Wednesday that ...": the parse may make the noun after
    # the cue's object a clause of the cue; with no subject, auxiliary or "that" it is none
    doc = node.doc
    return (node.head.i == token.i and node.dep_ == "ccomp" and node.i > token.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in node.children)
            and any(c.dep_ in ("dobj", "dative") and c.right_edge.i == node.i - 1 for c in token.children)
            and doc[node.i - 1].pos_ == "PROPN")


def _speech_frame(node, token) -> bool:
    """'speaking on Tuesday' hung on the cue or on its subject, 'asked on Tuesday' hung on the
    cue, or 'a statement issued on Tuesday', frames the cue's report."""
    if node.dep_ == "acl" and node.tag_ == "VBN" and node.head.lemma_.lower() in _speech_nouns():
        return True
    if node.dep_ == "acl" and node.tag_ == "VBN" and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in _speech_nouns()
            and s.left_edge.i <= node.i <= s.right_edge.i for s in token.children):
        # "An open letter signed by 11 former judges, published on Tuesday, urged ...": the parse
        # may hang the participle on the signers; it dates the letter that speaks
        return True
    guest = node.head
    if (node.dep_ == "acl" and node.tag_ == "VBN" and guest.dep_ == "pobj" and guest.head.lower_ == "with"
            and guest.head.head.lemma_.lower() in _speech_nouns()):
        return True  # "an interview with Hakan Fidan, recorded on Thursday": the parser hangs it on the guest
    if node.dep_ == "advcl" and node.tag_ == "VBN" and (node.head.i == token.i or (
            node.head.dep_ == "xcomp" and node.head.head.i == token.i)):
        # "Asked about the plan on Thursday, Peskov said ...": the question's time is the answer's
        # (also of "declined to comment when asked on Monday, saying only ...")
        return node.lemma_.lower() in _speech_participles()
    if node.dep_ == "advcl" and node.tag_ == "VBD" and node.head.dep_ == "xcomp" and node.head.head.i == token.i \
            and any(c.lower_ == "when" for c in node.children) and node.lemma_.lower() in _speech_participles():
        # "declined to comment when reporters raised it on Tuesday": the question's time again
        return True
    if node.dep_ == "advcl" and node.tag_ == "VBD" and node.head.i == token.i \
            and any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in node.children):
        # "When I sat down with President Zelensky on Thursday he said to me ...": the time of the
        # "when" clause is the saying's
        return True
    if node.dep_ in ("ccomp", "parataxis") and node.tag_ in ("VBN", "VBD") and node.head.i == token.i \
            and node.i < token.i and node.i > 0 and node.doc[node.i - 1].text == ",":
        # "Peskov, asked on Monday about X, told reporters": the parse may make the set-off
        # participle a clause of the cue
        return node.lemma_.lower() in _speech_participles()
    if node.dep_ == "acl" and node.tag_ == "VBN" and node.head.dep_ in ("nsubj", "nsubjpass") \
            and node.head.head.i == token.i:
        # "Peskov, asked by reporters on Wednesday whether ..., said only that ...": the question's
        # time is the answer's
        return node.lemma_.lower() in _speech_participles()
    if node.dep_ == "ccomp" and node.head.i == token.i and node.i > token.i and node.lemma_.lower() == "quote" \
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in node.children):
        return True  # "Peskov called it void, TASS quoted him as saying on Monday": the same saying
    if node.dep_ == "pcomp" and node.head.lower_ == "as" and node.head.head.lemma_.lower() == "quote" \
            and node.head.head.head.i == token.i and node.head.head.i > token.i:
        return True  # (the "saying" of that report)
    if node.dep_ not in ("acl", "advcl") or node.tag_ != "VBG":
        return False
    if node.lemma_.lower() not in _speech_participles():
        return False
    return node.head.i == token.i or (node.head.dep_ in ("nsubj", "nsubjpass") and node.head.head.i == token.i)


def _superlative_frame(root) -> bool:
    """'its largest attack of the year', 'the first round of the month': the period a superlative
    ranks within, not the time of the act."""
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    return any(c.tag_ == "JJS" or c.lower_ in ("first", "last") for c in noun.children if c.dep_ in ("amod", "nummod"))


def _predicate_chain(token) -> list:
    """The token, and the verbs it is an infinitival complement of ("scheduled" for "take"), or
    the "quoted" whose "as saying" it is ("RIA quoted a source this afternoon as saying")."""
    chain = [token]
    node = token
    for _ in range(3):
        if node.dep_ == "xcomp" and node.head.i != node.i:
            node = node.head
            chain.append(node)
        elif node.dep_ == "pcomp" and node.head.lower_ == "as" and node.head.head.lemma_.lower() == "quote":
            node = node.head.head
            chain.append(node)
        else:
            break
    return chain


def timex_for_predicate(doc, token, timexes: Sequence[Timex]) -> Optional[Timex]:
    """The DATE/TIME timex attached to the predicate or cue `token` (a spaCy Token), else None."""
    if token is None or not timexes:
        return None
    sent = token.sent
    in_sentence = [tx for tx in timexes
                   if _datable(tx) and sent.start_char <= tx.span[0] and tx.span[1] <= sent.end_char]
    if not in_sentence:
        return None
    in_sentence = [tx for tx in in_sentence if not in_dateline_of(doc, tx)]
    best: Optional[tuple[int, int, Timex]] = None
    chain = _predicate_chain(token)
    for tx in in_sentence:
        root = timex_root(doc, tx)
        if root is None or _superlative_frame(root):
            continue
        for depth, pred in enumerate(chain):
            steps = _attached(root, pred)
            if steps is not None:
                key = (depth, steps + abs(root.i - token.i) // 4)
                if best is None or key < best[:2]:
                    best = (key[0], key[1], tx)
                break
    if best is not None:
        return best[2]
    # "On Tuesday, X said ...": a fronted timex the parser hung elsewhere dates the main verb.
    # (also when the parse made the fronted preposition the root and hung the verb deeper: "In
    # 2022, as a member of the delegation that met ..., he told Ukrainian television ...")
    rootless = sent.root.pos_ == "ADP" and any(c.dep_ == "nsubj" for c in token.children)
    if token.i == sent.root.i or token.head.i == sent.root.i and token.dep_ == "xcomp" or rootless:
        for tx in in_sentence:
            if tx.span[0] >= token.idx:
                continue
            root = timex_root(doc, tx)
            if root is None:
                continue
            after = doc[root.i + 1] if root.i + 1 < len(doc) else None
            if root.i - sent.start <= 3 and after is not None and after.text == ",":
                return tx
    # "Talks held in Geneva last weekend have ...": the parser often hangs the bare temporal noun
    # phrase on the main verb; right after the subject phrase it modifies the subject's event.
    noun = token.head if token.dep_ == "acl" else token
    if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
        for tx in in_sentence:
            root = timex_root(doc, tx)
            if root is not None and root.dep_ == "pobj" and root.head.dep_ == "prep":
                root = root.head  # "A missile strike on the city on Wednesday evening killed four"
            if (root is not None and root.head.i == verb.i and root.dep_ in ("npadvmod", "prep")
                    and root.left_edge.i == noun.right_edge.i + 1):
                return tx
            if (root is not None and root.head.i == verb.i and root.dep_ in ("npadvmod", "prep")
                    and root.left_edge.i == sent.start and root.right_edge.i + 1 < noun.left_edge.i
                    and doc[root.right_edge.i + 1].text == ","):
                return tx  # "On Monday, a Russian drone attack on Odesa killed three people"
    return None


CLOCK_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def entry_stamp(doc, token, timexes: Sequence[Timex], whole_entry: bool = False) -> Optional[Timex]:
    """A live blog's entry time dates the entry under it when nothing in the sentence does:
    "09:40 GMT - Envoys to meet Putin on Thursday" or a bare "13.15 BST" on the line above, in
    the same paragraph, or opening the sentence's own line. Only a clock time that opens a line
    counts (not "Overnight, Russia ..." or "At 10:30 the talks ..."). With `whole_entry`, in a
    blog of two entries or more, the entry runs on past its paragraph to the next stamp ("10:15
    a.m.: Kyiv brings a list" heading the paragraphs below it)."""
    if token is None or not timexes:
        return None
    stamps = _entry_stamps(doc, timexes)
    if not stamps:
        return None
    start = token.sent.start_char
    # the nearest stamp whose line ends before the sentence and whose paragraph runs past it, or
    # that opens the sentence's own line ("18:20 - Umerov has just spoken to reporters. He said ...")
    found = [tx for tx, line_end, paragraph_end in stamps
             if line_end <= start < paragraph_end or tx.span[1] <= start < line_end]
    if not found and whole_entry and len(stamps) > 1:
        found = [tx for tx, line_end, _paragraph_end in stamps if line_end <= start]
    return max(found, key=lambda tx: tx.span[0]) if found else None


def _entry_stamps(doc, timexes) -> list:
    """(timex, end of its line, end of its paragraph) for each clock time that opens a line. Most
    texts have no clock time; for those that do, the lines are read once per Doc and clock times
    (`doc.text` is built anew on each access)."""
    clocks = [tx for tx in timexes if tx.type == "TIME" and CLOCK_TIME.search(tx.value or "")]
    if not clocks:
        return []
    key = tuple((tuple(tx.span), tx.value) for tx in clocks)
    cached = doc.user_data.get("parley_entry_stamps")
    if cached is not None and cached[0] == key:
        return cached[1]
    stamps = []
    text = doc.text
    for tx in clocks:
        if not opens_its_line(text, tx.span[0]):
            continue  # not at the start of its line (or after "Updated at")
        line_end = text.find("\n", tx.span[1])
        paragraph_end = text.find("\n\n", tx.span[1])
        if line_end < 0:
            continue
        stamps.append((tx, line_end, paragraph_end if paragraph_end >= 0 else len(text)))
    doc.user_data["parley_entry_stamps"] = (key, stamps)
    return stamps


def continues_previous(token) -> bool:
    """Whether a cue continues the previous record ("added", "went on", "continued")."""
    if token is None:
        return False
    return token.lemma_.lower() in _continuation_lemmas()


def inherit_date(previous: Optional[str], current: Optional[str], continues: bool) -> Optional[str]:
    """The date a record keeps: its own when it has one; else the previous record's date when the
    text continues that record (`continues`, e.g. `continues_previous(cue)` with the same
    speaker, or a quotation running on); else None. Never the publication date by default."""
    if current:
        return current
    return previous if continues and previous else None


def timex_record_date(tx: Timex, doc=None) -> Optional[str]:
    """The record date a timex gives. A bare "overnight" is the night before the story's day
    (TimeBank: "2026-01-11TNI"), but what happened overnight is told as that morning's news, and
    dated so by wires and by all our annotators (13 of 13): the day the night ends. "Overnight on
    Sunday" (given the Doc to look at the next word) is Sunday's."""
    value = timex_point(tx)
    if value and value.endswith("TNI") and tx.text.strip().lower() == "overnight" and not _followed_by_on(doc, tx):
        try:
            return (dt.date.fromisoformat(value[:10]) + dt.timedelta(days=1)).isoformat()
        except ValueError:
            return record_date(value)
    return record_date(value)


def _followed_by_on(doc, tx: Timex) -> bool:
    if doc is None:
        return False
    span = doc.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].lower_ == "on"


def record_date(value: Optional[str]) -> Optional[str]:
    """A record is dated to the day at most ("2026-01-21TEV" → "2026-01-21"), as the contract
    gives statement, event and position dates; coarser values ("2026-W04", "2025") pass as they are."""
    if value and len(value) > 10 and value[4] == "-" and value[10] == "T":
        return value[:10]
    return value
