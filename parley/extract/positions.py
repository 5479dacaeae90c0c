"""Positions: where each party stands on each issue of the negotiation.

An issue (profile `[[issues]]`: id, description, cue words) is found by its cue words. Its stance
comes from generic cue words (`parley/data/event_stance_cues.toml`) on the dependency path from
the issue cue up to its clause: the nearest stance word decides ("expressed doubts about ...
guarantees" → doubt, "is seeking the withdrawal ... from Donetsk" → demand), negation of that word
or of a willingness verb above it, and contrast ("rather than"), flip support and demand into
opposition ("does not want to concede territory" → oppose). The actor is the subject of the
stance predicate when it names an actor ("Russia is seeking ..."), else the speaker of the
statement the words are in.
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import Optional

from ..model import Position, stable_id
from ..resolve.dates import entry_stamp, timex_record_date
from ..resolve.speakers import find_lede, lede_day
from .statements import attribution_words, done_without, known_text
from .events import (
    DATA_DIR,
    ActorResolver,
    clause_head,
    date_for,
    is_verbal,
    lemma,
    predicate_date,
    subject_of,
    text_digest,
    timex_tokens,
    tree_depth,
)

# "before an agreement is signed", "until ...": the clause describes what has not happened yet
TIME_MARKS = {"before", "until", "till"}
STANCES = ("support", "oppose", "demand", "conditional", "doubt")
FLIP = {"support": "oppose", "demand": "oppose", "oppose": "support"}
# Children of a path word that can carry a stance of their own ("against", "would need", "if").
CUE_CHILD_DEPS = {"aux", "auxpass", "advmod", "mark", "prep", "acomp", "det", "prt", "attr"}


@dataclass(frozen=True)
class StanceLexicon:
    words: dict  # single word/lemma -> tuple of stances
    phrases: dict  # first word -> list of (rest words, stance)
    negations: frozenset
    contrast: tuple
    volition: frozenset
    priority: tuple
    conditional_marks: frozenset = frozenset()
    verb_only: frozenset = frozenset()
    complement_only: frozenset = frozenset()
    noun_only: frozenset = frozenset()
    aspect_verbs: frozenset = frozenset()
    talk_verbs: frozenset = frozenset()
    no_stance_verbs: frozenset = frozenset()
    question_verbs: frozenset = frozenset()
    retaliation_verbs: frozenset = frozenset()
    setting_prepositions: frozenset = frozenset()
    anaphoric_objects: frozenset = frozenset()
    objectless_stance_verbs: frozenset = frozenset()
    necessity_verbs: frozenset = frozenset()
    said_of_subject: frozenset = frozenset()
    future_conditional_marks: frozenset = frozenset()
    frame_nouns: frozenset = frozenset()
    failure_verbs: frozenset = frozenset()
    place_prepositions: frozenset = frozenset()
    belief_verbs: frozenset = frozenset()
    modifier_prepositions: frozenset = frozenset()
    proposal_nouns: frozenset = frozenset()
    courtesy_verbs: frozenset = frozenset()
    demand_nouns: frozenset = frozenset()
    forecast_when_passive: frozenset = frozenset()
    asking_verbs: frozenset = frozenset()
    enabling_verbs: frozenset = frozenset()
    efficacy_verbs: frozenset = frozenset()
    requirement_nouns: frozenset = frozenset()
    wanting_verbs: frozenset = frozenset()
    mandative_verbs: frozenset = frozenset()
    readiness_words: frozenset = frozenset()
    terms_nouns: frozenset = frozenset()
    active_only: frozenset = frozenset()


def _add_cues(words: dict, phrases: dict, stance: str, cues) -> None:
    """File cue words under a stance: one word by itself, a phrase under its first word."""
    for cue in cues:
        parts = cue.lower().split()
        if len(parts) == 1:
            words.setdefault(parts[0], [])
            if stance not in words[parts[0]]:
                words[parts[0]].append(stance)
        else:
            phrases.setdefault(parts[0], []).append((tuple(parts[1:]), stance))


@lru_cache(maxsize=1)
def stance_lexicon() -> StanceLexicon:
    data = tomllib.loads((DATA_DIR / "event_stance_cues.toml").read_text(encoding="utf-8"))
    words: dict = {}
    phrases: dict = {}
    for stance in STANCES:
        _add_cues(words, phrases, stance, data.get(stance, []))
    # every optional field is a word list of the same name in the table
    word_lists = {f.name: frozenset(data.get(f.name, [])) for f in fields(StanceLexicon) if f.default == frozenset()}
    return StanceLexicon(
        words={k: tuple(v) for k, v in words.items()},
        phrases=phrases,
        negations=frozenset(data.get("negations", [])),
        contrast=tuple(tuple(c.split()) for c in data.get("contrast", [])),
        volition=frozenset(data.get("volition", [])),
        priority=tuple(data.get("priority", STANCES)),
        **word_lists,
    )


def issue_lexicons(profile) -> dict:
    """issue id -> the stance lexicon with that issue's own stance words added (the profile's
    `stance_words`: withdrawing from a region gives up territory, so "would not withdraw from
    Donetsk" opposes a territorial concession). Issues without their own words are left out."""
    own = tuple((str(i.get("id")),
                 tuple((stance, tuple(words)) for stance, words in sorted(i.get("stance_words", {}).items())),
                 tuple(w.lower() for w in i.get("frame_prepositions", ())))
                for i in getattr(profile, "issues", []) or [] if i.get("stance_words") or i.get("frame_prepositions"))
    return _issue_lexicons_of(own)


@lru_cache(maxsize=8)
def _issue_lexicons_of(own: tuple) -> dict:
    base = stance_lexicon()
    out = {}
    for issue, by_stance, frames in own:
        words = {k: list(v) for k, v in base.words.items()}
        phrases = {k: list(v) for k, v in base.phrases.items()}
        for stance, cues in by_stance:
            _add_cues(words, phrases, stance, cues)
        # an issue's own words count in the active voice only ("the plant had been left without
        # power" gives nothing up)
        own_words = frozenset(cue.lower().split()[0] for _stance, cues in by_stance for cue in cues)
        # (and its own `frame_prepositions`: "elections before any settlement" takes no stance on
        # the settlement, where "no relief before a ceasefire" makes the ceasefire a condition)
        out[issue] = replace(base, words={k: tuple(v) for k, v in words.items()}, phrases=phrases,
                             active_only=base.active_only | own_words,
                             setting_prepositions=base.setting_prepositions | frozenset(frames))
    return out


@dataclass(frozen=True)
class IssueCue:
    issue: str
    words: tuple[str, ...]  # lower-case words of the cue


def issue_cues(profile) -> dict:
    """first word -> list of IssueCue, longest first (built once per distinct issue list)."""
    return _issue_cues_of(tuple((str(i.get("id")), tuple(i.get("cues", []))) for i in getattr(profile, "issues", []) or []))


def issue_short_cues(profile) -> dict:
    """Like `issue_cues`, for each issue's `short_cues`: words that name the issue only once one
    of its full cues has ("guarantees" after "security guarantees"; alone, Belgium's "guarantees"
    are about legal costs)."""
    return _issue_cues_of(tuple((str(i.get("id")), tuple(i.get("short_cues", [])))
                                for i in getattr(profile, "issues", []) or []))


def _used_as_noun(tok) -> bool:
    """A noun, and not a verb the tagger took for one ("let banks process payments"), nor one that
    another noun narrows ("energy facilities" are not the nuclear plant's "facility")."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("ccomp", "xcomp", "ROOT") and not any(
        c.dep_ in ("dobj", "nsubj", "compound") for c in tok.children)


def issue_parties(profile) -> dict:
    """issue id -> (party actor ids, party words) for the issues that are about given parties
    (`parties` in the profile: "a meeting" is the presidents' meeting only when they are named)."""
    out = {}
    for issue in getattr(profile, "issues", []) or []:
        if issue.get("parties"):
            words = tuple(str(w).lower() for w in issue.get("party_words", []))
            out[str(issue.get("id"))] = (frozenset(issue["parties"]), words)
    return out


# How many sentences on a bare "meeting" still means the parties' meeting named before.
PARTIES_CARRY = 2


def _names_a_peer(sent, actors, parties: frozenset) -> bool:
    """The sentence names someone of a party's rank who is not a party ("Trump and Putin")."""
    named = [a for _span, a in actors.mentions_in(sent.start_char, sent.end_char)] if actors is not None else []
    roles = {actors.get(p).role for p in parties if actors is not None and actors.get(p) is not None}
    return any(a.id not in parties and a.kind == "person" and a.role in roles for a in named)


def _names_a_party(sent, actors, parties: frozenset, words: tuple) -> bool:
    """The sentence names both parties, or one and no one else of their rank ("Trump and Putin
    agreed to meet" is another meeting), or says "the two presidents"."""
    named = [a for _span, a in actors.mentions_in(sent.start_char, sent.end_char)] if actors is not None else []
    found = {a.id for a in named if a.id in parties}
    roles = {a.role for a in named if a.id in parties and a.role}
    peers = {a.id for a in named if a.id not in parties and a.kind == "person" and a.role in roles}
    if len(found) > 1 or found and not peers:
        return True
    text = sent.text.lower()
    return any(w in text for w in words)


CUE_TOKEN = re.compile(r"'s\b|[^\W_]+|[^\w\s]")  # ("NATO's door": spaCy keeps "'s" whole)


def issue_short_cue_exclusions(profile) -> dict:
    """issue -> the lower-case words that, right before one of its short cues, make it something
    else (`short_cues_not_after`: "Ukrainian troops" are no foreign force)."""
    return {str(i.get("id")): frozenset(w.lower() for w in i.get("short_cues_not_after", []))
            for i in getattr(profile, "issues", []) or [] if i.get("short_cues_not_after")}


def issue_back_references(profile) -> dict:
    """issue -> the lower-case words that, once the issue has been named with one of them ("an
    energy truce"), make a bare "the truce" later in the story that issue (`refers_back`)."""
    return {str(i.get("id")): frozenset(w.lower() for w in i.get("refers_back", []))
            for i in getattr(profile, "issues", []) or [] if i.get("refers_back")}


def _back_reference(toks, named_with: dict) -> Optional[str]:
    """The issue a bare definite mention ("the truce", "this ceasefire") refers back to, if an
    issue was named with that word before (see `issue_back_references`)."""
    if len(toks) != 1 or toks[0].lower_ not in named_with:
        return None
    noun = toks[0]
    dets = [c for c in noun.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in ("the", "this", "that") or any(
            c.dep_ in ("amod", "compound", "nummod", "nmod") for c in noun.children):
        return None  # "a general truce", "the 30-day ceasefire" are truces of their own
    return named_with[noun.lower_]


def _word_before(tok) -> str:
    """The word before `tok`, past a possessive ("Ukraine's troops" -> "ukraine")."""
    doc, i = tok.doc, tok.i - 1
    if i >= 0 and doc[i].tag_ == "POS":
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


@lru_cache(maxsize=16)
def _issue_cues_of(issues: tuple) -> dict:
    out: dict = {}
    for issue_id, cues in issues:
        for cue in cues:
            # split as spaCy tokenizes: "all-for-all" is five tokens, "cease-fire" three
            words = tuple(CUE_TOKEN.findall(str(cue).lower().replace("’", "'")))
            if words:
                out.setdefault(words[0], []).append(IssueCue(issue_id, words))
    for entries in out.values():
        entries.sort(key=lambda c: -len(c.words))
    return out


def _token_keys(tok) -> set[str]:
    return {tok.lower_.replace("’", "'"), tok.lemma_.lower()}


def find_issue_mentions(sent, cues: dict, keys: Optional[list] = None) -> list[tuple[str, list]]:
    """(issue id, tokens) for each issue cue in the sentence, longest match first, no overlaps.
    `keys`, when given, is `_token_keys` of every token of the Doc, worked out once."""
    out = []
    taken: set[int] = set()
    doc = sent.doc
    for tok in sent:
        if tok.i in taken:
            continue
        tok_keys = keys[tok.i] if keys is not None else _token_keys(tok)
        if not any(key in cues for key in tok_keys):
            continue
        # The cues of the word and of its lemma together, longest first: a set's order changes
        # with the hash seed, so trying one key after the other made the match differ run to run.
        candidates = sorted((c for key in sorted(tok_keys) for c in cues.get(key, [])),
                            key=lambda c: -len(c.words))
        for cue in candidates:
            n = len(cue.words)
            if tok.i + n > sent.end:
                continue
            toks = [doc[tok.i + k] for k in range(n)]
            if n == 1 and _inside_longer_name(tok):
                continue
            if all(cue.words[k] in (keys[toks[k].i] if keys is not None else _token_keys(toks[k]))
                   for k in range(1, n)):
                if not any(t.i in taken for t in toks):
                    out.append((cue.issue, toks))
                    taken.update(t.i for t in toks)
                break
    return out


# Names of bodies, funds, events and laws: "the European Peace Facility" is not about peace.
NAME_LABELS = {"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"}


def _inside_longer_name(tok) -> bool:
    """A capitalised word inside a longer named entity of NAME_LABELS."""
    if tok.ent_type_ not in NAME_LABELS or not tok.is_title or tok.i == tok.sent.start:
        return False
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_iob_ == "I" or (following is not None and following.ent_iob_ == "I")


def _stances_at(tok, lex: StanceLexicon) -> list[str]:
    """Stances a single word (with the phrase it starts) signals."""
    doc = tok.doc
    found = []
    keys = _token_keys(tok)
    if tok.pos_ != "VERB" and keys & lex.verb_only or tok.pos_ in ("VERB", "AUX") and keys & lex.noun_only:
        return found
    if tok.dep_ == "mark" and tok.lower_ == "if" and tok.head.dep_ == "advcl" \
            and lemma(tok.head.head) in lex.courtesy_verbs:
        return found  # "forgive me if I am not convinced ...": a courtesy, no condition
    if keys & lex.asking_verbs and any(c.dep_ == "dobj" for c in tok.children) and any(
            c.dep_ == "xcomp" for c in tok.children):
        return ["demand"]  # "would push both sides to accept it": asking others
    if keys & lex.wanting_verbs and tok.pos_ in ("VERB", "AUX") and not any(
            c.dep_ == "dobj" for c in tok.children) and any(
            c.dep_ == "xcomp" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in tok.children):
        return ["support"]  # "Moscow wants to restart a reactor": its own act (wanting it of others is a demand)
    if keys & lex.active_only and any(c.dep_ == "auxpass" for c in tok.children):
        return found
    if keys & lex.forecast_when_passive and tok.tag_ == "VBN" and (
            tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children)):
        return found  # "talks are expected next week", "the envoy, expected in Moscow": a forecast
    bare = (keys & lex.complement_only and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
            or keys & lex.aspect_verbs and any(
                c.dep_ == "xcomp" and (c.lemma_.lower() in attribution_words().speech
                                       or c.lemma_.lower() in lex.talk_verbs)
                or c.dep_ == "prt" for c in tok.children))
    following = None  # the words after the token, quotation marks left out: only "at the final stage"
    for key in keys:
        for rest, stance in lex.phrases.get(key, []):
            if following is None:
                # (nor an adverb of the verb's: "called instead for direct negotiations")
                following = [t for t in doc[tok.i + 1: tok.i + 8] if not t.is_quote and not (
                    tok.pos_ == "VERB" and t.tag_ == "RB" and t.dep_ == "advmod" and t.head.i == tok.i
                    and t.i == tok.i + 1)]
            n = len(rest)
            if n <= len(following) and all(rest[k] in _token_keys(following[k]) for k in range(n)):
                found.append(stance)
        if not bare:  # "press for" is a phrase of its own; a bare "press" needs its clause
            found.extend(lex.words.get(key, ()))
    # "would need": conditional rather than a demand
    return found


def _best(stances: list[str], lex: StanceLexicon) -> Optional[str]:
    for stance in lex.priority:
        if stance in stances:
            return stance
    return None


def _conditional_clause(path: list, lex: StanceLexicon) -> bool:
    """An if/unless clause, or "only after ...", on the issue's own clause (not a reporting verb's)."""
    ready = any(lemma(n) in lex.readiness_words for n in path)
    for node in path:
        if node.dep_ == "ccomp" and any(c.dep_ == "prep" and c.lower_ in ("provided", "providing") and c.i > node.i
                                        and any(g.dep_ == "pcomp" for g in c.children) for c in node.head.children):
            return True  # "added that he was ready to meet Putin, provided that ...": the parse hangs it on "added"
        # (an infinitive under a verb of what will be: "We will agree to stop fighting when ...")
        to_come = ready or _future(node) or node.dep_ == "xcomp" and _future(node.head)
        for c in node.children:
            if to_come and _awaited_event(c):
                return True
            if c.dep_ == "advcl" and c.lower_ in lex.conditional_marks and any(g.dep_ == "ccomp" for g in c.children):
                return True  # "..., provided Russia did the same": the parse makes "provided" the verb
            if c.dep_ in ("conj", "advcl") and is_verbal(c) and _only_if(c, lex):
                # "ready to extend the truce ..., but only if Moscow stops": the condition conjoined
                # (or a clause of its own: "relief should come only after a lasting peace")
                return True
            # the parser takes "once" for a mark or an adverb
            if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and (m.lower_ in lex.conditional_marks or (
                    m.dep_ == "mark" and "conditional" in _stances_at(m, lex))) for m in c.children):
                return True
            if c.dep_ == "advcl" and any(g.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in g.children) for g in c.children):
                return True  # "... when it expires unless Kyiv stops": the parser nests the condition
            if c.dep_ == "advcl" and to_come and c.tag_ != "VBD" and any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in lex.future_conditional_marks for m in c.children):
                # "elections will be held when (after) the guns fall silent"; not a past clause
                # that only dates it ("..., a day after NATO leaders wrapped up a summit")
                return True
            if c.dep_ == "prep" and any("conditional" in _stances_at(g, lex) for g in c.children if g.dep_ == "advmod"):
                return True
            if c.dep_ == "prep" and c.lower_ in ("provided", "providing") and c.i > node.i:
                return True  # "ready to extend the pause, provided Moscow stops ...": the tagger's "provided"
            if c.dep_ == "conj" and any(g.dep_ == "cc" and g.lower_ == "but" for g in node.children) and any(
                    p.dep_ == "prep" and any(a.dep_ == "advmod" and a.lower_ == "only" for a in p.children)
                    for p in c.children):
                return True  # "ready to discuss guarantees, but only on the basis of ...": the parse
                # makes the condition a conjunct
            if c.dep_ == "advmod" and c.lower_ == "long" and any(
                    g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in g.children) for g in c.children):
                return True  # "would observe the pause as long as the other side does" (parsed as/long/as)
            if c.dep_ == "conj" and c.pos_ == "ADP" and any(
                    g.dep_ == "advmod" and g.lower_ == "only" and g.i < c.i for g in c.children):
                return True  # "ready to discuss guarantees, but only on the basis of ..."
            if c.dep_ in ("conj", "prep") and c.pos_ == "ADP" and c.i > node.i and any(
                    g.dep_ == "cc" and g.lower_ == "but" and g.i < c.i for g in node.children) and any(
                    g.dep_ == "advmod" and g.i < c.i for g in c.children):
                return True  # "can be discussed, but (only) collectively, with Russia among the guarantors"
            if c.dep_ == "conj" and is_verbal(c) and any(
                    g.dep_ == "advcl" and g.i < c.i and _only_if(g, lex) for g in c.children):
                # "could hold elections ..., but only if the truce holds and observers can monitor
                # the vote": the parser hangs the condition on the second verb inside it
                return True
            if c.dep_ == "conj" and is_verbal(c) and any(
                    g.dep_ == "advmod" and g.lower_ in lex.conditional_marks and g.i < c.i
                    and any(o.dep_ == "advmod" and o.lower_ == "only" for o in g.children) for g in c.children):
                return True  # "a summit was possible, but only once the expert work was done": "once" made an adverb
        if node.dep_ == "ccomp":
            # "said Ukraine was ready to hold elections, but only after a ceasefire was in place",
            # "said Germany would be prepared to contribute “if the conditions are right”", "...,
            # provided Russia did the same": the parser may hang the condition on the reporting verb
            return any(c.i > node.i and is_verbal(c) and (
                c.dep_ == "conj" and _only_if(c, lex)
                or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.conditional_marks
                                             for m in c.children) and not _after_a_coordinator(c)
                or c.dep_ in ("ccomp", "advcl") and any(g.lower_ in ("provided", "providing") and g.i < c.i
                                                        for g in c.children))
                for c in node.head.children)
    return False


def _after_a_coordinator(clause) -> bool:
    """ "ready to host a third round and, if the two leaders agreed, a meeting": a clause set off
    by commas right after "and"/"or" belongs to what follows it (not "..., but only if ...")."""
    i = clause.left_edge.i - 1
    doc = clause.doc
    return i >= 1 and doc[i].text == "," and doc[i - 1].dep_ == "cc"


def _on_terms(nodes: list, lex: StanceLexicon) -> bool:
    """A stance held "on our terms", "on the basis of the realities on the ground": on terms
    that make it conditional."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and lemma(g) in lex.terms_nouns
                                                             for g in c.children)
               for node in nodes for c in node.children)


def _awaited_event(mod) -> bool:
    """A modifier that times what is to be done by an event it waits for: "the day they stop
    hitting our power plants", "within months of a ceasefire" (not "within weeks", "in May")."""
    if mod.dep_ == "npadvmod" and lemma(mod) == "day":
        return any(c.dep_ in ("relcl", "acl") for c in mod.children)
    if mod.dep_ == "prep" and mod.lower_ == "within":
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in p.children)
            for g in mod.children if g.dep_ == "pobj" for p in g.children)
    return False


def _ready_after(root, path: list, lex: StanceLexicon) -> bool:
    """A readiness to act "after" something that is not a date: "ready to send forces to Ukraine
    after a ceasefire", "prepared to deploy troops after a peace deal" (what it waits for is its
    condition; "after talks on Monday" only dates it)."""
    if not any(lemma(n) in lex.readiness_words for n in path):
        return False
    for node in [root, *path]:
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "after" and any(
                    g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children):
                return True
        if lemma(node) in lex.readiness_words:
            break
    return False


def _only_if(clause, lex: StanceLexicon) -> bool:
    """An "only if" (or "only after", "only when") clause: "only" and a conditional mark before its verb."""
    marks = [m for m in clause.children if m.dep_ == "mark"
             and (m.lower_ in lex.conditional_marks or m.lower_ in lex.future_conditional_marks)]
    # ("only" on the clause's verb, or on the mark: "only after a lasting peace was in place")
    return bool(marks) and any(m.dep_ == "advmod" and m.lower_ == "only"
                               for m in list(clause.children) + [g for k in marks for g in k.children])


def _refused_without(noun, lex: StanceLexicon):
    """The refused act whose "without" phrase names the issue ("would not sign a final agreement
    without security guarantees", "will not agree to any deal without guarantees"): what it
    cannot do without is demanded. Returns the act's verb, or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "without":
        return None
    verb = noun.head.head
    if not is_verbal(verb) and verb.dep_ in ("dobj", "pobj"):
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head  # ("agree to a deal without ...")
    return verb if is_verbal(verb) and _negated(verb, lex) else None


# Auxiliaries of what will or can be ("wo" and "ca" of "won't", "can't").
WILL_OR_CAN = frozenset({"will", "wo", "would", "can", "ca", "could"})
OBLIGATION_AUX = frozenset({"must", "should"})


def _future(verb) -> bool:
    """A clause about what will or could be ("will be held", "could meet")."""
    return any(c.dep_ == "aux" and (c.lower_ in WILL_OR_CAN or c.lower_ == "shall") for c in verb.children)


def _obliged(verb) -> bool:
    """A clause under "must", "should" or "have to": what is to be done."""
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children) or lemma(verb) == "have" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _is_contrast(tok, lex: StanceLexicon) -> bool:
    doc = tok.doc
    for words in lex.contrast:
        if len(words) == 1:
            continue
        # the path passes "than" of "rather than" or "of" of "instead of"
        if tok.lower_ == words[-1] and tok.i >= len(words) - 1 and all(
            doc[tok.i - len(words) + 1 + k].lower_ == words[k] for k in range(len(words) - 1)
        ):
            return True
        if tok.lower_ == words[-1] and any(c.lower_ == words[0] for c in tok.children):
            return True
    return False


def _verbless_denial(noun):
    """ "No American troops on the ground.", "No sanctions relief before a deal.": a sentence that
    is only the issue denied with "no" rules it out (or, with a time it waits for, sets a condition)."""
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") \
            or not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in TIME_MARKS | {"without"} for c in noun.children):
        return "conditional", noun
    return "oppose", noun


def _negated(tok, lex: StanceLexicon) -> bool:
    if any(c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in lex.negations) for c in tok.children):
        return True
    # "We will not pull our troops out and hand over Kramatorsk": a verb joined to a negated one,
    # sharing its auxiliary and subject, is negated with it
    # (the tagger may take the second verb for a noun: "hand over Kramatorsk")
    # (not across a quotation: 'said Russia had "never really stopped" ... and urged')
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "NOUN") and tok.head.pos_ == "VERB" \
        and not any(c.dep_ in ("nsubj", "aux", "neg") for c in tok.children) \
        and any(c.dep_ == "neg" and c.lower_ in ("not", "n't") for c in tok.head.children) \
        and any(c.dep_ == "aux" for c in tok.head.children) \
        and not any(t.is_quote for t in tok.doc[tok.head.i: tok.i])


def _withheld_whether(clause) -> bool:
    """A "whether" clause of a saying withheld: "declined to say whether ...", "refused to say whether"."""
    words = attribution_words()
    say = clause.head
    return is_verbal(clause) and any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children) \
        and lemma(say) in words.withheld_speech and say.dep_ == "xcomp" and lemma(say.head) in words.withholding_verbs


def stance_for(cue_tokens: list, lex: StanceLexicon):
    """(stance, deciding token) for an issue mention, or None when no stance word governs it."""
    root = min(cue_tokens, key=tree_depth)
    if root.dep_ == "pobj" and root.head.lower_ in lex.setting_prepositions:
        return None  # "agreed at the Istanbul talks": where it happened, not what it is about
    noun = root.head if root.dep_ == "compound" else root  # "peace" of "any peace settlement"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in lex.frame_nouns \
            and noun.head.head.dep_ != "dobj":
        # "sanctions relief must be part of any settlement": the stance is on the relief (not "hand
        # over the part of Donetsk region", the object of the act)
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.ent_type_ in ("DATE", "TIME"):
        return None  # "elections within 90 days of a ceasefire": the ceasefire only dates them
    refused = _refused_without(noun, lex)
    if refused is not None:
        return "demand", refused  # "would not sign an agreement without security guarantees"
    denial = _verbless_denial(noun)
    if denial is not None:
        return denial
    cue_ids = {t.i for t in cue_tokens}
    path = []
    node = root
    own_relative = False
    for _ in range(24):
        if node.head == node:
            break
        node = node.head
        if is_verbal(node) and node.dep_ == "relcl" and _adverbial_relative(node):
            path.append(node)  # "met in Abu Dhabi, where they agreed to swap prisoners": a clause of its own
            break
        if _issued_text_participle(node):
            # "issued a statement welcoming any pause in fighting": the document speaks for its
            # issuer; its participle is their stance
            path.append(node)
            continue
        if is_verbal(node) and (node.dep_ == "relcl" or _participle_modifier(node)) and node.head != node:
            # "would not sign any agreement that required it to give up land": a relative clause
            # describes its noun; the stance is the one taken on that noun, above it
            if node.dep_ == "relcl" and _relative_subject(node) and _is_named(node.head):
                # "talks with Erdogan, who offered to host new talks": what the named party did
                own_relative = True
                path.append(node)
                break
            if _names_the_subject(node.head):
                return None  # "Zelenskyy, who addressed the Brussels meeting, welcomed ...": it describes the actor
            denied = [s for c in node.head.children if c.dep_ == "det" and c.i < node.head.i
                      for s in _stances_at(c, lex)]
            if node.dep_ == "relcl" and _best(denied, lex) == "oppose" and not any(n.dep_ == "advcl" for n in path):
                return "oppose", node.head  # "saw no reason to bring European governments into the talks"
            if lemma(node.head) in reported_nouns():
                return None  # "declined to comment on reports suggesting ...": what reports say is nobody's stance
            path = []
            node = node.head
            root = node
            cue_ids = cue_ids | {node.i}
            continue
        if is_verbal(node) and node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in node.children
        ) and not path:
            return None  # "opposes a ceasefire before an agreement is signed": a time clause, no stance
        if is_verbal(node) and node.dep_ == "advcl" and not path and any(
                c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") for c in node.children) and any(
                c.dep_ == "mark" and c.lower_ in ("after", "once", "when", "since") for c in node.children):
            return None  # "would deploy troops the day after a ceasefire is signed": it dates the deployment
        path.append(node)
        if (is_verbal(node) and node.dep_ == "conj" and node.head.dep_ in ("xcomp", "ccomp")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
            # "wanted to add a ban ... and to list another 120 vessels": the second verb shares the
            # first one's governor (not the first verb's own stance words)
            node = node.head
            continue
        # stop at the clause of a reporting verb: its stance words are not about this issue
        if node.dep_ in ("ROOT",) or (is_verbal(node) and node.dep_ in ("relcl", "conj")):
            break
    cleft = next((c for n in path if lemma(n) == "be" for c in n.children
                  if c.dep_ == "csubj" and c.left_edge.lower_ == "what" and c.i < root.i), None)
    wanted = _best(_stances_at(cleft, lex), lex) if cleft is not None else None
    if wanted in ("demand", "support", "oppose"):
        return wanted, cleft  # "What we need first is a full ceasefire"
    contrast = any(_is_contrast(t, lex) for t in path) or any(
        # "strikes rather than a ceasefire": the contrast word is the coordinator before the cue
        node.dep_ == "conj" and any(c.dep_ == "cc" and c.i < node.i and _is_contrast(c, lex) for c in node.head.children)
        for node in [root, *path]
    )
    if any(lemma(t) in lex.no_stance_verbs or lemma(t) in lex.question_verbs and _reporters_question(t)
           for t in path if is_verbal(t)):
        return None  # "accused Ukraine of violating the pause", "Asked about a summit, he said"
    if any(_withheld_whether(t) for t in path):
        return None  # "declined to say whether Washington was prepared to ease sanctions": nothing said
    reports = reported_nouns()
    if any(lemma(t) in reports and not is_verbal(t) for t in path) or any(
        is_verbal(t) and any(c.dep_ == "nsubj" and lemma(c) in reports for c in t.children) for t in path
    ):
        return None  # "reports suggesting the two sides had agreed ...": nobody's stance yet
    clause = next((n for n in path if is_verbal(n)), None)
    if clause is not None and clause.dep_ == "conj" and any(
            c.dep_ == "advcl" and c.i < clause.i and _only_if(c, lex) for c in clause.children):
        return None  # "..., but only if the truce holds and observers can monitor the vote": the condition
    own_clause = root if is_verbal(root) else clause
    if own_clause is not None and own_clause.dep_ == "conj" and _only_if(own_clause, lex):
        return None  # "..., but only once a final agreement had been negotiated": the condition
    if clause is not None and clause.dep_ == "advcl" and clause.head != clause:
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        if not marks and any(c.dep_ == "advmod" and (c.lower_ == "once" or c.lower_ in lex.future_conditional_marks
                                                     and _future(clause.head)) for c in clause.children):
            marks = ["once"]  # "elections will be held when a ceasefire holds": the condition is no stance
        if marks == ["if"] and lemma(clause.head) in lex.courtesy_verbs:
            marks = []  # "forgive me if I am not convinced that ...": a courtesy, not a condition
        if marks in (["if"], ["unless"], ["once"]) and lemma(clause.head) not in lex.retaliation_verbs:
            # the issue is the condition of another clause: "would impose sanctions if Moscow did not
            # accept a truce" demands the truce; "would hold elections (only) if a ceasefire held" takes
            # no stance on the ceasefire; a threat to answer it ("would respond in kind if the strikes
            # continued") stays a conditional stance on it, below
            if marks != ["once"] and (marks == ["unless"]) != any(c.dep_ == "neg" for c in clause.children):
                return "demand", clause.head
            return None
    decided = None
    negation_said: set = set()  # path words whose negation a stance phrase has taken up
    # "if he visited Moscow": the cue's own clause markers come first
    own = [s for c in root.children if c.dep_ in ("mark", "neg") for s in _stances_at(c, lex)]
    # ... and an "only" phrase on it ("ready to meet Zelensky only “at the final stage”")
    own += [s for c in root.children if c.dep_ == "advmod" and c.lower_ == "only"
            for s in _stances_at(c, lex) if s == "conditional"]
    if own and _best(own, lex) in ("conditional", "doubt"):
        decided = (_best(own, lex), root)
    on_path = {p.i for p in path}
    # "demanded that the commission begin preparing for a vote": below a demand of another's act,
    # what they are to do is no support of their own
    asked_at = next((k for k, n in enumerate(path) if _acts_for_another(n, lex)
                     and _best(_stances_at(n.head, lex), lex) == "demand"), -1)
    for at, node in enumerate(path if decided is None else []):
        if _acts_for_another(node, lex) and any(_stances_at(node.head, lex)):
            continue  # "urged both sides to agree a swap", "insisted that Ukraine abandon": the asking decides
        if at < asked_at and set(_stances_at(node, lex)) == {"support"}:
            continue
        hits = list(_stances_at(node, lex)) if node.i not in cue_ids else []
        came_from = path[at - 1] if at else root  # the word the path reached this node from
        # with the issue as subject, what it is called carries any stance ("elections are
        # necessary", "NATO membership remains our goal"); so does an adjective on a copula whose
        # phrase holds the issue ("was ready for a ceasefire and for a meeting with Putin": the
        # parser hangs the second phrase on "was")
        issue_is_subject = root.dep_ == "nsubj" and root.head == node
        in_copula_phrase = at > 0 and path[at - 1].dep_ == "prep" and path[at - 1].head == node
        for c in node.children:
            # "was not on the agenda" (the parser may hang the "not" on the preposition), "not
            # sure": the negation is part of the stance phrase
            neg = None
            if c.dep_ == "neg":
                neg = c
            elif c.dep_ == "prep":
                neg = next((g for g in c.children if g.dep_ == "neg" and g.i < c.i), None)
            # ("never refused to meet": a denied refusal is no stance phrase of "never")
            if neg is not None and (said := _stances_at(neg, lex)) and "oppose" not in _stances_at(node, lex):
                hits.extend(said)
                negation_said.add(node.i)
                continue
            if (c.dep_ == "oprd" and c.i not in cue_ids and c.i not in on_path
                    and came_from.dep_ in ("dobj", "nsubjpass")):
                # "called the sanctions illegal", "made its commitment conditional on ...": what the
                # issue is called is the stance on it
                if lemma(c) in lex.requirement_nouns:
                    hits.append("demand")  # "considered the withdrawal “a necessary condition”"
                    continue
                words = [c, *(m for m in c.children if m.dep_ in ("amod", "compound", "neg"))]
                hits.extend(s for t in words for s in _stances_at(t, lex))
                continue
            if c.dep_ in CUE_CHILD_DEPS and c.i not in cue_ids and c.i not in on_path:
                if c.dep_ == "attr":
                    # "would be a legitimate target", "is a red line": what the subject is called
                    if issue_is_subject and lemma(c) in lex.requirement_nouns:
                        hits.append("demand")  # "the withdrawal was a condition for any agreement"
                        continue
                    words = [c, *(m for m in c.children if m.dep_ in ("amod", "compound"))]
                    hits.extend(s for t in words for s in _stances_at(t, lex) if s in ("oppose", "doubt") or issue_is_subject)
                    continue
                if c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "to" and lemma(node) == "amount"):
                    # "would treat any Western troops as legitimate targets", "would amount to
                    # theft": what they are taken as
                    hits.extend(s for t in c.subtree if t.i != c.i for s in _stances_at(t, lex) if s == "oppose")
                    continue
                if c.dep_ == "prep" and c.lower_ != "against" and not (
                    set(_stances_at(c, lex)) & {"oppose", "conditional"}):
                    continue  # "off the table" yes, "in Ukraine" no
                called = c.dep_ == "acomp" and (issue_is_subject or in_copula_phrase)
                if called and any(g.dep_ == "advmod" and g.lower_ == "only" for g in c.children):
                    hits.append("conditional")  # "such a meeting is only possible at the final stage"
                said = _stances_at(c, lex)
                if called and not said:
                    # "was “not realistic”": the negation before the adjective opens the phrase
                    said = [s for g in c.children if g.dep_ == "neg" and g.i == c.i - 1 for s in _stances_at(g, lex)]
                hits.extend(s for s in said if s in ("conditional", "doubt", "oppose") or c.dep_ == "aux"
                            or called)
                if c.dep_ == "det" and said:
                    negation_said.add(node.i)  # "saw “no reason” for a truce": the "no" is the phrase's
        if is_verbal(node) and came_from.dep_ == "prep" and came_from.head == node and _sees_no_point(node):
            hits.append("oppose")  # "saw no need for a mediator": what there is no need of
            negation_said.add(node.i)
        via_subject = came_from.dep_ in ("nsubj", "nsubjpass")
        if via_subject and is_verbal(node) and any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < node.i
                                                   for c in node.children) and any(
                c.dep_ == "aux" and c.lower_ in WILL_OR_CAN for c in node.children):
            # "such a meeting could only take place at the final stage" (what it could only follow
            # is the condition, no stance); "a truce would only allow Ukraine to rearm" is against it
            hits.append("oppose" if lemma(node) in lex.enabling_verbs else "conditional")
        if came_from.dep_ == "nsubj" and at == 0 and is_verbal(node) and lemma(node) in lex.efficacy_verbs \
                and any(c.dep_ == "neg" for c in node.children):
            hits.append("doubt")  # "new sanctions would not change Russia's course"
            negation_said.add(node.i)
        if came_from.dep_ == "nsubj" and at == 0 and is_verbal(node) and lemma(node) in lex.failure_verbs:
            # "sanctions had failed (to break the Russian economy)": the issue itself failing (not
            # "leaders failed to approve the plan", nor "a resolution calling for a truce failed")
            hits.append("doubt")
        needed_object = at > 0 and came_from.dep_ == "xcomp" and root.dep_ == "dobj" and root.head == came_from
        if "demand" in hits and lemma(node) in lex.necessity_verbs and any(
                c.dep_ == "aux" and c.lower_ == "would" for c in node.children) and not needed_object \
                and came_from.dep_ in ("nsubj", "nsubjpass"):
            # "any ceasefire would require guarantees", "would have to be approved": what the issue
            # would take; but "any deal would have to include security guarantees" (or "settle the
            # status of the four regions") demands what it names
            hits.append("conditional")
        if any(c.dep_ == "advcl" and c.i not in on_path and any(m.dep_ in ("mark", "advmod") and m.i < c.i
                                         and _best(_stances_at(m, lex) + [s for g in m.children if g.i < m.i
                                                                          for s in _stances_at(g, lex)], lex)
                                         == "conditional"
                                         for m in c.children) for c in node.children):
            # "could be signed only if ...", "could take place only after ...", "was possible only
            # when ..." (the parse hangs "only" on "when")
            hits.append("conditional")
        stance = _best(hits, lex)
        if stance:
            decided = (stance, node)
            break
    if decided is None:
        if own_relative:
            return None  # "Macron, who hosts the coalition of the willing": who the actor is, no stance
        # a one-word cue may carry the stance itself ("reiterated its invitation"); in a longer
        # one the stance word names the issue ("talking about security guarantees")
        stance = _best(_stances_at(cue_tokens[0], lex), lex) if len(cue_tokens) == 1 else None
        if stance is None:
            disbelief = next((n for n in path if is_verbal(n) and lemma(n) in lex.belief_verbs and _negated(n, lex)),
                             None)
            if disbelief is not None:
                return "doubt", disbelief  # "did not see Ukraine joining the alliance in the near future"
            if _conditional_clause([root, *path], lex):
                stance = "conditional"  # "elections could be held only after ...": the clause is the stance
            elif _refused_act(root):
                return "oppose", root  # "Russia will not negotiate under threats", "would not meet him"
            elif is_verbal(root) and _obliged(root):
                # "Europe must negotiate with Russia directly": with no stance word above it, the
                # cue's own verb is what must be done (its "not" is weighed below: "must not
                # negotiate over Ukraine's head")
                stance = "demand"
            elif _denied_existence(root):
                return "oppose", root.head  # "there would be no American troops in Ukraine"
            elif (command := _imperative_over(path)) is not None:
                return "demand", command  # "“Enforce the sanctions we already have,” she said."
            elif (act := _act_done_to(root, path, lex)) is not None and _refused_act(act):
                # the refused act is done to the issue: "we will not trade land for a signature",
                # "elections cannot be held under martial law", "will not withdraw from our land";
                # "will not put soldiers in Ukraine without an American backstop" names what would
                # change that
                without = any(c.dep_ == "prep" and c.lower_ == "without" for c in act.children)
                return ("conditional" if without else "oppose"), act
            else:
                return None
        decided = (stance, root)
    stance, node = decided
    shares_aux = node.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    if stance == "support" and is_verbal(node) and (_obliged(node) or shares_aux and _obliged(node.head)):
        stance = "demand"  # "Kyiv should face reality and give up territory": what must be accepted is demanded
    if (is_verbal(node) and node.tag_ == "VBN" and node.dep_ in ("ccomp", "xcomp", "oprd")
            and not any(c.dep_ in ("aux", "auxpass") for c in node.children)
            and _best(_stances_at(node.head, lex), lex) == "demand"):
        stance, node = "demand", node.head  # "wants the monitors backed by European troops": the wanting decides
    if stance in ("support", "demand", "oppose") and (_conditional_clause([root, *path], lex)
                                                      or _on_terms([root, *path], lex)):
        stance = "conditional"  # "open to a summit if the groundwork was done", "... on our terms"
    elif stance == "support" and _ready_after(root, path, lex):
        stance = "conditional"  # "France was prepared to deploy troops after a ceasefire"
    if (is_verbal(node) and node.dep_ in ("relcl", "acl") and node != root and not _adverbial_relative(node)
            and not own_relative and not _noun_content_clause(node) and not _issued_text_participle(node)):
        return None  # a relative clause describes, it takes no stance ("guarantees that X might offer")
    if is_verbal(node) and done_without(node):
        return None  # "ended the talks without agreeing on a ceasefire": what did not happen, no stance
    if is_verbal(node) and node.dep_ == "xcomp" and lemma(node.head) in lex.failure_verbs:
        return None  # "failed to sign off on the package": nor this
    flips = 1 if _negated(node, lex) and node.i not in negation_said else 0
    if node.dep_ == "prep" and _negated(node.head, lex) and node.head.i not in negation_said:
        flips += 1  # "was not against using the assets": the negation is on the copula
    if is_verbal(node) and any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NEGATIVE_PRONOUNS or any(
            d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children)) for c in node.children):
        flips += 1  # "no Ukrainian soldier will leave Kramatorsk", "Nobody will withdraw our troops": nobody will
    if is_verbal(node) and node.i not in negation_said and any(
            c.dep_ == "dobj" and (c.i == root.i or c.i in on_path) and _denied_by_no(c) for c in node.children):
        flips += 1  # "would accept no settlement that left the station in Russian hands"
    # a negated willingness verb above ("does not want to concede")
    up = node
    for _ in range(4):
        if up.dep_ not in ("xcomp", "acomp", "ccomp", "pcomp") or up.head == up:
            break
        up = up.head
        if (lemma(up) in lex.volition or up.lower_ in lex.volition) and _negated(up, lex):
            flips += 1
        elif (up == node.head and node.dep_ == "xcomp" and up.pos_ == "VERB" and not _negated(up, lex)
              and _best(_stances_at(up, lex), lex) == "oppose"):
            flips += 1  # "has declined to commit troops": a refusal of what it governs
        elif lemma(up) in lex.belief_verbs and _negated(up, lex) and stance in ("support", "demand"):
            return "doubt", up  # "I don't see Putin ready for peace": the one who does not see doubts it
        elif up.pos_ == "VERB" and not _negated(up, lex) and stance in ("support", "demand") \
                and _best(_stances_at(up, lex), lex) == "doubt":
            return "doubt", up  # "doubted that the Kremlin would accept a freeze": the doubter's
    if (is_verbal(node) and node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and _negated(node.head, lex) and node.head.i not in negation_said):
        flips += 1  # "would not change the law to allow a wartime vote": what it is not done for
    if node.dep_ == "pcomp" and node.head.dep_ == "prep" and _sees_no_point(node.head.head):
        flips += 1  # "saw no point in extending the moratorium": what there is no point in doing
    if contrast:
        flips += 1
    right_after = root.right_edge.i + 1  # "any ceasefire before ...", however the parser hangs it
    if flips % 2 and stance in ("support", "demand") and (any(_until(t) for t in (node, root)) or (
            right_after < len(root.doc) and root.doc[right_after].lower_ in TIME_MARKS)):
        return "conditional", node  # "would not agree to any ceasefire before the root causes were addressed"
    if flips % 2 and stance in FLIP:
        stance = FLIP[stance]
    return stance, node


# Subjects that deny the verb: "Nobody will withdraw our troops from our own land".
NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "nothing", "noone"})


# Nouns whose denial ("saw no point in ...", "no need for ...") is against what they are about.
POINTLESS_NOUNS = frozenset({"point", "reason", "need", "sense", "case", "place"})


def _denied_by_no(noun) -> bool:
    """ "no settlement", "no point": a noun its determiner "no" denies."""
    return any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)


def _sees_no_point(verb) -> bool:
    """ "saw no point in ...", "sees no need for ...": the verb's object is a denied `POINTLESS_NOUNS`."""
    return any(c.dep_ == "dobj" and lemma(c) in POINTLESS_NOUNS and _denied_by_no(c) for c in verb.children)


def _until(tok) -> bool:
    """Whether a "before"/"until" phrase or clause hangs on the word: not yet, and not before that."""
    return any(c.dep_ == "prep" and c.lower_ in TIME_MARKS or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in c.children) for c in tok.children)


def _modifies_another_issue(toks, issue: str, outer: dict, lex: StanceLexicon) -> bool:
    """The mention is a place in another issue's phrase ("a ceasefire along the front line")."""
    root = min(toks, key=tree_depth)
    return (root.dep_ == "pobj" and root.head.lower_ in lex.modifier_prepositions
            and outer.get(root.head.head.i, issue) != issue)


def _asked_about(tok, mentions: list) -> Optional[str]:
    """ "Asked about EU plans to use immobilised Russian assets, Peskov called the idea theft": the
    issue the question before the stance put to its taker, in the same sentence."""
    sent = tok.sent
    if sent[0].lower_ != "asked":
        return None
    end = next((t.i for t in sent if t.text == "," and t.i < tok.i), None)
    inside = [issue for issue, toks in mentions if end is not None and sent.start <= toks[0].i < end]
    return inside[-1] if inside else None


def _fronted_question(clause) -> bool:
    """A clause that opens its sentence with "Asked" ("Asked about plans to use the assets, ...",
    however the parse hangs it): the question put to the speaker."""
    first = clause.left_edge
    return first.i == clause.sent.start and first.lower_ == "asked"


def _reporters_question(verb) -> bool:
    """ "Asked about a two-way summit, he said ...": a participle with no subject of its own
    setting off the clause is the reporter's question, not the asker's demand."""
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children) or any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
            for c in verb.children):
        return True  # "I want to ask about the talks", "asked whether Kyiv would accept": a question
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "ROOT") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _imperative_over(path: list):
    """The imperative verb the issue hangs on, when its clause is one ("Enforce the sanctions we
    already have", "Stop the strikes on power plants"), else None: a command demands."""
    verb = next((n for n in path if is_verbal(n)), None)
    if verb is None or verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "ccomp") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
        return None
    first = next((t for t in verb.sent if not t.is_punct and not t.is_space), None)
    if first is None or first.i != verb.i and not (first.dep_ == "neg" and first.head == verb):
        return None  # (not opening its sentence: no command)
    return verb


def _denied_existence(noun) -> bool:
    """ "there would be no American troops in Ukraine", "there will be no elections": the issue
    said not to come about (a past "there was no ceasefire" is a report, no stance)."""
    verb = noun.head
    return (noun.dep_ in ("attr", "nsubj") and lemma(verb) == "be" and any(c.dep_ == "expl" for c in verb.children)
            and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) and _future(verb))


def _act_done_to(root, path: list, lex: StanceLexicon):
    """The verb whose object the issue word is ("trade land", "withdraw from our land", "take part
    in any mission"), or None: not a place ("stationed near the front line") nor what is missing
    ("will not put troops in without a backstop")."""
    if root.dep_ == "compound" and path and path[0] == root.head:
        root, path = path[0], path[1:]  # "any peacekeeping mission": the phrase's noun
    if path and root.dep_ in ("dobj", "nsubjpass"):
        return path[0]
    if (len(path) > 1 and root.dep_ == "pobj" and path[0] == root.head and path[1] == root.head.head
            and root.head.lower_ not in lex.place_prepositions and root.head.lower_ != "without"):
        if is_verbal(path[1]) or not (len(path) > 3 and path[1].dep_ == "pobj"):
            return path[1]
        # "pull its troops out of the parts of the Donetsk region": up a chain of "of" phrases
        for node in path[2:PART_CHAIN_REACH]:
            if is_verbal(node):
                return node
            if node.dep_ not in ("prep", "pobj") or node.dep_ == "prep" and (
                    node.lower_ in lex.place_prepositions or node.lower_ == "without"):
                return None
    return None


# How far up a chain of "of" phrases an act on an issue may be: "out of the parts of the region".
PART_CHAIN_REACH = 6


def _refused_act(verb) -> bool:
    """An issue verb negated under "will", "would" or "can": a refusal of the act."""
    return is_verbal(verb) and any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in WILL_OR_CAN for c in verb.children)


# Verbs by which a body puts out a document as its own (not "blocked a joint statement backing ...").
ISSUING_VERBS = ("issue", "release", "publish", "adopt", "sign", "send", "put", "circulate")


def _issued_text_participle(verb) -> bool:
    """ "issued a statement welcoming any pause in fighting": a document's participle speaks for
    whoever issued the document."""
    return is_verbal(verb) and _participle_modifier(verb) and lemma(verb.head) in issued_documents() \
        and verb.head.dep_ == "dobj" and lemma(verb.head.head) in ISSUING_VERBS


def issued_documents() -> frozenset:
    from .events import lexicon as event_lexicon

    return event_lexicon().cues["issued_documents"]


def reported_nouns() -> frozenset:
    from .events import lexicon as event_lexicon

    return event_lexicon().cues["reported_nouns"]


def extract_positions(doc, actors, statements, timexes, profile, published: Optional[str] = None) -> list[Position]:
    """Positions on the profile's issues, one per (actor, issue, stance) and clause."""
    return _extract_positions(doc, actors, statements, timexes, profile, published)


def _extract_positions(doc, actors, statements, timexes, profile, published: Optional[str] = None) -> list[Position]:
    cues = issue_cues(profile)
    if not cues:
        return []
    lex = stance_lexicon()
    own_lexicons = issue_lexicons(profile)
    text = known_text(doc, actors) or doc.text  # (spaCy rebuilds doc.text on every access)
    lede = find_lede(doc, timexes, text)
    resolver = ActorResolver(doc, actors, statements, profile)
    tx_tokens = timex_tokens(doc, timexes)
    digest = text_digest(doc, text)
    out: list[Position] = []
    seen: set = set()
    named: list[tuple[int, str, int]] = []  # (token index, issue, sentence number) of every issue mention so far
    stances_so_far: list[tuple[int, str, int, str]] = []  # (stance token index, issue, sentence number, stance)
    held_so_far: list[tuple[str, str, str]] = []  # (actor id, issue, stance) of each position so far
    between = issue_parties(profile)
    parties_named: dict[str, int] = {}  # issue -> the last sentence where its parties' issue was named
    short_cues = issue_short_cues(profile)
    not_after = issue_short_cue_exclusions(profile)
    back_words = issue_back_references(profile)
    named_with: dict[str, str] = {}  # word -> the issue named with it so far ("energy truce": truce)
    named_in_full: set[str] = set()  # issues a full cue has named so far
    keys = [_token_keys(t) for t in doc]  # each word's keys once, for both cue passes
    short_issues = {c.issue for entries in short_cues.values() for c in entries}
    for sent_no, sent in enumerate(doc.sents):
        mentions = find_issue_mentions(sent, cues, keys)
        named_in_full.update(issue for issue, _toks in mentions)
        if named_in_full & short_issues:
            taken = {t.i for _issue, toks in mentions for t in toks}
            mentions = sorted(mentions + [
                (issue, toks) for issue, toks in find_issue_mentions(sent, short_cues, keys)
                if issue in named_in_full and _used_as_noun(toks[-1]) and not any(t.i in taken for t in toks)
                # "EU membership", "the Kursk plant": a name before it makes it another one
                and not (toks[0].i > 0 and doc[toks[0].i - 1].pos_ == "PROPN")
                and _word_before(toks[0]) not in not_after.get(issue, ())],
                key=lambda m: m[1][0].i)
        if named_with:
            mentions = [(_back_reference(toks, named_with) or issue, toks) for issue, toks in mentions]
        for issue, toks in mentions:
            named_with.update((t.lower_, issue) for t in toks if len(toks) > 1 and t.lower_ in back_words.get(issue, ()))
        if between:
            mentions = [m for m in mentions if m[0] not in between or _names_a_party(sent, actors, *between[m[0]])
                        # "a meeting" just after the presidents' meeting was named is that meeting
                        or sent_no - parties_named.get(m[0], -9) <= PARTIES_CARRY and not _names_a_peer(
                            sent, actors, between[m[0]][0])]
            parties_named.update((issue, sent_no) for issue, _toks in mentions if issue in between)
        if len(mentions) > 1:
            # "a ceasefire along the front line", "a truce on land": where the other issue holds
            outer = {t.i: issue for issue, toks in mentions for t in toks}
            mentions = [(issue, toks) for issue, toks in mentions if not _modifies_another_issue(toks, issue, outer, lex)]
        found_here = []
        for issue, toks in mentions:
            found = stance_for(toks, own_lexicons.get(issue, lex))
            found_here.append((issue, toks, found))
            if found is not None and not is_verbal(found[1]) \
                    and found[1].dep_ in ("dobj", "pobj", "nsubjpass", "nsubj"):
                # "Peskov rejected Kyiv's call for a ceasefire": a stance taken on that stance too
                outer = stance_for([found[1]], lex)
                own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in found[1].children)
                # (or an adjective of one: "was sceptical about European plans to convene ...")
                adjective = outer is not None and outer[1].pos_ == "ADJ" and not _negated(outer[1].head, lex)
                if outer is not None and (is_verbal(outer[1]) or adjective) and not (own and outer[0] == "support"):
                    # ("renewed his appeal for the release of prisoners": his own stance again, not a second one)
                    if not _names_its_owner(found[1]):
                        found_here.pop()  # "rejected a call for a ceasefire": whose call is not said
                    found_here.append((issue, toks, outer))
        deciders = {f[1].i for _i, _t, f in found_here if f is not None}
        summaries: list = []  # (issue, tokens, stance, stance token, actor ids) of summary appositions
        covered = {t.i for _i, toks, _f in found_here for t in toks}
        for (stance_tok, issue, toks), stance in _relative_stances(sent, lex, deciders, mentions):
            found_here.append((issue, [*toks, stance_tok], (stance, stance_tok)))
            deciders.add(stance_tok.i)
        for stance_tok, stance, subject, noun in _summary_appositions(sent, lex):
            # "..., a call Kyiv rejected": a stance on the stance the sentence reported, the one
            # highest in the clause before it
            earlier = [e for e in found_here if e[2] is not None and e[2][1].i < noun.i]
            if earlier and (ids := resolver.ids_for(subject)):
                issue = min(earlier, key=lambda e: (tree_depth(e[2][1]), e[2][1].i))[0]
                summaries.append((issue, list(doc[noun.i - 1: stance_tok.i + 1]), stance, stance_tok, ids))
                deciders.add(stance_tok.i)
        for stance_tok, stance in _anaphoric_stances(sent, lex, deciders, covered):
            put_here = [(f[1].i, issue, sent_no, f[0]) for issue, _toks, f in found_here if f is not None]
            issue = _conjoined_answer(stance_tok, found_here) or _asked_about(
                stance_tok, mentions) or _proposal_named_before(
                stance_tok, sent_no, stances_so_far + put_here, lex) or _owned_proposal(
                stance_tok, held_so_far, resolver, lex) or _issue_named_before(
                stance_tok, sent_no, named, mentions)
            if issue is not None:
                # the evidence runs to what was taken up ("backed the Turkish offer", not "backed")
                taken_up = [c.right_edge for c in stance_tok.children if c.dep_ in ("dobj", "oprd")
                            and c.right_edge.i > stance_tok.i and c.right_edge.sent == stance_tok.sent]
                found_here.append((issue, [stance_tok, *taken_up], (stance, stance_tok)))
        named.extend((toks[0].i, issue, sent_no) for issue, toks in mentions)
        stances_so_far.extend((found[1].i, issue, sent_no, found[0]) for issue, _toks, found in found_here
                              if found is not None)
        if sent.text.rstrip().rstrip("\"”’'").endswith("?"):
            continue  # a question takes no stance ("Would Ukraine accept some sanctions relief?")
        entries = [(issue, toks, found, None) for issue, toks, found in found_here]
        entries += [(issue, toks, (stance, node), ids) for issue, toks, stance, node, ids in summaries]
        for issue, toks, found, given_ids in entries:
            if found is None:
                continue
            stance, node = found
            if given_ids:
                # a summary apposition: its own words are the evidence; not the reported speaker's
                statement, (actor_ids, predicate) = None, (given_ids, None)
                head = node if is_verbal(node) else None
            else:
                statement = resolver.statement_at(toks[0].idx)
                actor_ids, predicate = _actor_for(node, toks, resolver, statement)
                head = clause_head(node)
                if _obliged_of_the_other_side(head, actor_ids, statement, actors, resolver, lex):
                    # "Kyiv, he [Lavrov] said, had to withdraw its forces from the Donbas": the
                    # speaker's demand of the other side, not that side's stance
                    actor_ids, predicate, stance = [statement.speaker], None, "demand"
            # "meeting is only possible", "elections are necessary", "meeting was not on the agenda":
            # what the issue is called is evidence
            called = [c.right_edge for c in node.children if c.dep_ == "oprd"]  # "called the sanctions illegal"
            if lemma(node) == "be":
                called += [c.right_edge for c in node.children if c.dep_ in ("acomp", "attr") or c.dep_ == "prep" and (
                    any(g.dep_ == "neg" for g in c.children) or c.doc[c.i - 1].dep_ == "neg")]
            start_tok = min([node, *toks], key=lambda t: t.i)
            end_tok = max([node, *toks, *called], key=lambda t: t.i)
            for extra in (head, predicate):
                if extra is not None and extra.sent == sent and (extra != head or not is_verbal(node)):
                    start_tok = min(start_tok, extra, key=lambda t: t.i)
                    end_tok = max(end_tok, extra, key=lambda t: t.i)
            # a negation of a word in the evidence belongs in it: "not want to concede", not "want to concede"
            negs = [c for t in doc[start_tok.i: end_tok.i + 1] for c in t.children
                    if c.dep_ == "neg" and c.i < start_tok.i and c.sent == sent]
            start_tok = min([start_tok, *negs], key=lambda t: t.i)
            span = (start_tok.idx, end_tok.idx + len(end_tok.text))
            date = statement.date if statement is not None and statement.date else None
            if date is None and actor_ids and head is not None:
                tx = _held_date(predicate_date(doc, head, timexes, tx_tokens), published, doc) or _held_date(
                    _clause_date_above(doc, head, tx_tokens), published)
                if tx is None:  # a live blog's entry, paragraphs below its stamp
                    tx = _held_date(entry_stamp(doc, head, timexes, whole_entry=True), published)
                date = timex_record_date(tx, doc) if tx is not None \
                    else _said_in_the_sentence(statements, actor_ids, sent)
            if date is None:
                date = lede_day(span[0], lede, LEDE_STANCE_REACH)
            for actor_id in actor_ids:  # "Russia and Ukraine agreed to ...": a position each
                key = (sent.start, actor_id, issue, stance)
                if key in seen:
                    continue
                seen.add(key)
                actor = actors.get(actor_id) if actors is not None else None
                held_so_far.append((actor_id, issue, stance))
                out.append(Position(
                    id=stable_id("pos", digest, actor_id, issue, stance, span[0], span[1]),
                    actor=actor_id,
                    actor_name=actor.name if actor is not None else actor_id,
                    issue=issue,
                    stance=stance,
                    span=span,
                    date=date,
                    statement=statement.id if statement is not None else None,
                ))
    return out


# Links inside a noun phrase, from a word up to the noun it belongs to ("a truce covering
# front-line combat, which Moscow has refused to consider": the parser hangs "which" on "combat").
NOUN_PHRASE_DEPS = {"dobj", "pobj", "prep", "acl", "compound", "amod", "appos", "conj"}


def _relative_stances(sent, lex: StanceLexicon, deciders: set, mentions: list):
    """((stance token, issue, issue tokens), stance) for a relative clause whose verb takes a
    stance on the issue noun it describes: "a broader truce, which Moscow has so far refused to
    consider", "the moratorium, which Washington brokered and which both sides agreed to extend"."""
    at = {t.i: (issue, toks) for issue, toks in mentions for t in toks}
    for tok in sent:
        relative = tok.head if tok.dep_ == "conj" and tok.head.dep_ in ("relcl", "acl") else tok
        # "the moratorium, agreed by both sides": a participle with its agent says the same
        agented = relative.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)
        if not (relative.dep_ == "relcl" or agented) or not is_verbal(tok) or tok.i in deciders or _adverbial_relative(relative):
            continue
        if not agented and not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in tok.children):
            continue  # whose stance it is must be said: not "a moratorium to be agreed", "which was agreed"
        stance = _best(list(_stances_at(tok, lex)), lex)
        if stance not in ("support", "oppose"):
            continue
        noun = relative.head
        for _ in range(4):
            if noun.i in at or noun.dep_ not in NOUN_PHRASE_DEPS or noun.head == noun:
                break
            noun = noun.head
        if noun.i not in at:
            continue
        if _negated(tok, lex) and stance in FLIP:
            stance = FLIP[stance]
        yield (tok, *at[noun.i]), stance


SUMMARY_GAP_POS = {"PROPN", "NOUN", "DET", "ADJ", "ADV", "AUX", "PART", "PRON"}


def _summary_appositions(sent, lex: StanceLexicon):
    """(stance verb, stance, its subject, the summing noun) for a closing apposition that sums up
    the clause before it and says who took a stance on it: "..., a call Kyiv rejected as
    interference", "..., a line Kyiv rejects". Read from the words, not the parse: the parser hangs
    these phrases anywhere (apposition, adverbial noun, conjunct, compound)."""
    doc = sent.doc
    for noun in sent:
        if lemma(noun) not in lex.anaphoric_objects or noun.pos_ != "NOUN" or noun.i - 2 < sent.start:
            continue
        before = noun.i - 2
        while before > sent.start and doc[before].is_quote:
            before -= 1  # '... an illegitimate leader," a line Kyiv rejects'
        if not (doc[noun.i - 1].lower_ in ("a", "an") and doc[before].text in (",", "—", "–")):
            continue
        for verb in doc[noun.i + 1: min(noun.i + 8, sent.end)]:
            # the tagger can take a clause-final "rejects" for a plural noun
            final = verb.tag_ == "NNS" and verb.i + 1 < sent.end and doc[verb.i + 1].is_punct
            if verb.pos_ == "VERB" or final:
                stance = _best(list(_stances_at(verb, lex)), lex)
                between = doc[noun.i + 1: verb.i]
                subjects = [t for t in between if t.pos_ in ("PROPN", "NOUN", "PRON")]
                if stance in ("support", "oppose") and subjects and all(t.pos_ in SUMMARY_GAP_POS for t in between):
                    if _negated(verb, lex) and stance in FLIP:
                        stance = FLIP[stance]
                    yield verb, stance, subjects[-1], noun
                break
            if verb.pos_ not in SUMMARY_GAP_POS:
                break


def _anaphoric_stances(sent, lex: StanceLexicon, deciders: set, covered: set):
    """(stance token, stance) for stances taken on something named before: a stance verb whose
    object is an anaphoric noun or pronoun ("welcomed the agreement", "rejected it"), a relative
    clause on one ("an offer Moscow has turned down"), or a stance verb with no object at all
    ("but Moscow refused")."""
    for tok in sent:
        if not is_verbal(tok) and not (tok.pos_ == "ADJ" and tok.dep_ == "acomp"):
            continue
        if tok.i in deciders or tok.i in covered:
            continue
        if _obliged_pronoun(tok) and not any(t.i in covered for t in tok.subtree):
            yield tok, "demand"  # "They must be legally binding": a demand on what was named
            continue
        verdict = _verdict_on_a_reference(tok, lex)
        if verdict is not None and not any(t.i in covered for t in tok.subtree):
            yield tok, verdict  # "any such step would amount to theft"
            continue
        # "has called that plan illegal": what it is called
        stance = _best(list(_stances_at(tok, lex)) or [s for c in tok.children if c.dep_ == "oprd"
                                                        for s in _stances_at(c, lex)], lex)
        if stance not in ("support", "oppose") or any(
                c.dep_ == "mark" and (c.lower_ in lex.conditional_marks or c.lower_ == "whether") for c in tok.children):
            continue  # accepting or rejecting what was named; not "if both sides agreed", "whether it will agree"
        if any(t.i in covered for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass", "conj", "cc")
               and not _fronted_question(c) for t in c.subtree):
            # it governs an issue named here: the ordinary path decides (not in the question put
            # to the speaker: "Asked about plans to use the assets, Peskov called the idea theft")
            continue
        objects = _taken_objects(tok)
        if tok.dep_ == "relcl" and not objects:
            objects = [tok.head]  # "an offer Moscow has previously turned down"
        if objects:
            if not any(o.lower_ in lex.anaphoric_objects or lemma(o) in lex.anaphoric_objects for o in objects):
                continue
            if any(o.dep_ == "pobj" for o in objects) and not any(o.pos_ == "PRON" or _definite(o) for o in objects):
                continue  # "agreed on a plan" is new; "agreed on the plan" refers back
        elif lemma(tok) not in lex.objectless_stance_verbs or any(
                c.dep_ in ("xcomp", "ccomp", "advcl", "prep") for c in tok.children):
            continue
        if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
            continue  # "names that had not been agreed", "since the pause was agreed": by whom is not said
        if _negated(tok, lex) and stance in FLIP:
            if stance == "oppose" and any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in tok.children):
                continue  # "Hungary cannot block it on its own": what it is unable to do, no support
            stance = FLIP[stance]
        if _conditional_clause([tok, tok.head] if tok.dep_ == "xcomp" else [tok], lex):
            stance = "conditional"  # "might block the package unless it exempts pipeline oil"
        yield tok, stance


def _verdict_on_a_reference(verb, lex: StanceLexicon) -> Optional[str]:
    """ "any such step would amount to theft", "such a decision would be illegal", "this plan was
    a provocation": what a thing named before (its subject, pointed back to by "such" / "this")
    is called, when that is against it or doubts it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or lemma(subject) not in lex.anaphoric_objects \
            or not any(d.lower_ in ("such", "this", "that") for d in subject.children
                       if d.dep_ in ("det", "amod", "predet")):
        return None
    called = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    if lemma(verb) == "amount":  # "would amount to theft"
        called += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                   if g.dep_ == "pobj"]
    said = [s for word in called for t in [word, *(m for m in word.children if m.dep_ in ("amod", "neg"))]
            for s in _stances_at(t, lex)]
    verdict = _best(said, lex)
    return verdict if verdict in ("oppose", "doubt") and not _negated(verb, lex) else None


def _taken_objects(verb) -> list:
    """What a stance verb takes: its object or passive subject, and the objects of its prepositions
    ("rejected it", "was rejected", "agreed on the plan")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _conjoined_answer(tok, found_here: list) -> Optional[str]:
    """ "Russia insists on the withdrawal from Donetsk as a condition of any ceasefire, and Kyiv
    refuses": a bare stance verb joined to another party's stance answers that stance, on the first
    issue it governs (its object; not the last one named)."""
    if tok.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    taken = [(toks[0].i, issue) for issue, toks, found in found_here
             if found is not None and found[1].i == tok.head.i]
    return min(taken)[1] if taken else None


def _obliged_pronoun(verb) -> bool:
    """ "they must be legally binding", "it should return to Ukrainian control": what was named
    before is what must be done."""
    return is_verbal(verb) and _obliged(verb) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "they") for c in verb.children)


def _definite(noun) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this", "its") for c in noun.children)


def _issue_named_before(tok, sent_no: int, named: list, mentions_here: list) -> Optional[str]:
    """The issue last named before `tok` in its sentence or the two before it, in its paragraph
    (or the one before, for a definite noun on the story's main issue)."""
    doc = tok.doc
    # not one in the stance taker's own description ("Zelenskyy, who addressed the meeting, welcomed it")
    own_subject = {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    here = [(toks[0].i, issue, sent_no) for issue, toks in mentions_here
            if toks[0].i < tok.i and toks[0].i not in own_subject]
    candidates = [m for m in named[-8:] if m[0] < tok.i] + here
    if not candidates:
        return None
    i, issue, named_in = max(candidates)
    # (a subheading between, "Budapest: no", is no paragraph or sentence of the story)
    parts = doc[i: tok.i].text_with_ws.split("\n\n")
    headings = sum(1 for part in parts[1:-1] if _subheading(part))
    breaks = len(parts) - 1 - headings
    counts = Counter(m[1] for m in named)
    main = counts.most_common(1)  # the story's main issue so far, and how often it was named
    if sent_no - named_in - headings > 2 or breaks > 1:
        # too far back, but for "the offer", "the Turkish initiative" on an issue the story is
        # mostly about (at least MAIN_ISSUE_MENTIONS mentions, most of them)
        if _definite_noun_object(tok) and main and main[0][1] >= MAIN_ISSUE_MENTIONS \
                and 2 * main[0][1] > sum(counts.values()):
            return main[0][0]
        return None
    if breaks:
        # another paragraph: only "the plan", "the arrangement" on the story's main issue so far
        # reach back to it; a bare "welcomed", "it" may be about anything; but an answer is about
        # the question right before it ("What about the Zaporizhzhia plant? || It has to come back
        # under Ukrainian control")
        answered = breaks == 1 and parts[0].rstrip().endswith("?")
        if not (answered or _definite_noun_object(tok) and main and issue == main[0][0]):
            return None
    return issue


# How often an issue must have been named, and more often than all others together, for a
# definite "the offer" far below to refer back to it.
MAIN_ISSUE_MENTIONS = 3


# A line this short, with no closing full stop, between paragraphs is a subheading.
SUBHEADING_WORDS = 6


def _subheading(line: str) -> bool:
    line = line.strip()
    return bool(line) and "\n" not in line and len(line.split()) <= SUBHEADING_WORDS and line[-1] not in ".!?\"”'’"


def _proposal_named_before(tok, sent_no: int, stances: list, lex: StanceLexicon) -> Optional[str]:
    """ "Washington has proposed that the plant be run by the US. || Rosatom rejected that idea":
    an "idea", "proposal", "plan" taken up in the same or the next sentence (or paragraph) is what
    was last put forward (supported or demanded), not the issue word named last (here "a
    settlement"); a "demand" or "condition" is what was last demanded ("... must be part of any
    settlement, a demand that Kyiv has rejected")."""
    objects = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")
               and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in o.children)]
    if tok.dep_ == "relcl":
        objects.append(tok.head)  # "a demand that Kyiv has rejected"
    wanted: set = set()
    for o in objects:
        if o.pos_ == "NOUN" and lemma(o) in lex.demand_nouns:
            wanted.add("demand")
        elif o.pos_ == "NOUN" and lemma(o) in lex.proposal_nouns:
            wanted |= {"support", "demand"}
    earlier = [m for m in stances if m[0] < tok.i and sent_no - m[2] in (0, 1) and m[3] in wanted]
    if not earlier:
        return None
    i, issue, _sent, _stance = max(earlier)
    if tok.doc[i: tok.i].text_with_ws.count("\n\n") > 1:
        return None
    return issue


def _owned_proposal(tok, held: list, resolver: ActorResolver, lex: StanceLexicon) -> Optional[str]:
    """ "Washington has backed the Turkish offer", "rejected Kyiv's proposal": an offer or proposal
    named by its owner is the last one that owner put forward, however far back."""
    for o in _taken_objects(tok):
        if o.pos_ != "NOUN" or lemma(o) not in lex.proposal_nouns:
            continue
        owners = [c for c in o.children if c.dep_ == "poss"] + _owner_modifiers(o)
        for owner in owners:
            ids = _owner_ids(owner, resolver)
            put = [issue for actor_id, issue, stance in held if actor_id in ids and stance in ("support", "demand")]
            if put:
                return put[-1]
    return None


def _definite_noun_object(verb) -> bool:
    """ "welcomed the plans", "agreed to the pause", "proposed extending the deal"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in verb.children if c.dep_ in ("prep", "xcomp") for g in c.children if g.dep_ in ("pobj", "dobj")]
    if verb.dep_ == "relcl":
        objects.append(verb.head)
    # "the", not "that": "rejected that demand" points at the words just before it
    return any(o.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children) for o in objects)


# How many paragraphs after a dated lede a stance with no day of its own was taken at the
# occasion the lede dates ("Leaders of the coalition agreed in Rome on Thursday on ... || French
# President Emmanuel Macron said France was ready to ..."). Further down, the annotators of our
# older sets leave such stances undated (docs/benchmarks/positions.md).
LEDE_STANCE_REACH = 1


def _said_in_the_sentence(statements, actor_ids, sent) -> Optional[str]:
    """ "He rejected any foreign management of the station, saying it “is and will remain a Russian
    facility”": a stance taken in the sentence where the same party's dated statement is made was
    taken on that statement's day."""
    return next((st.date for st in statements if st.speaker in actor_ids and st.date
                 and sent.start_char <= st.cue_span[0] < sent.end_char), None)


def _held_date(tx, published: Optional[str], doc=None):
    """A timex can date a stance only if it is not after the story: "ready to travel next week"
    is a stance held now, on an act to come; nor when it is part of a thing's name ("an amendment
    to the 1997 NATO-Russia Founding Act")."""
    if tx is None or published and tx.range and tx.range[0] > published:
        return None
    if doc is not None and _names_a_thing(doc, tx):
        return None
    return tx


def _names_a_thing(doc, tx) -> bool:
    """Whether a timex is a modifier of a noun that is no time ("the 1997 Founding Act")."""
    span = doc.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.dep_ in ("nummod", "compound", "amod") and tok.head.i > tok.i and tok.head.ent_type_ not in ("DATE", "TIME")


# the clauses a stance can stand in under a dated clause: "failed on Friday ..., after Hungary
# blocked the ban", "said on Monday that Kyiv had proposed a truce", "met on Monday and agreed"
HELD_UNDER_DEPS = {"advcl", "conj", "ccomp"}


def _clause_date_above(doc, verb, tx_tokens):
    """For a stance with no date of its own or of its statement: the time of a "when" clause on
    its verb ("dismissed the truce when it was announced on January 5"), else of the nearest
    dated clause it stands in. Looser than an event's date (`predicate_date` keeps "said on
    Thursday that X attacked" undated): a stance is a state the party held at that time."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children):
            tx = date_for(doc, c, None, tx_tokens, climb=False)
            if tx is not None:
                return tx
    node = verb
    for _ in range(4):
        if node.dep_ not in HELD_UNDER_DEPS or node.head == node:
            return None
        node = node.head
        if is_verbal(node) and (tx := date_for(doc, node, None, tx_tokens, climb=False)) is not None:
            return tx
    return None


def _noun_content_clause(verb) -> bool:
    """ "the Kremlin's view that Zelensky's legitimacy was questionable": a "that" clause that is
    what its owner's noun holds, not a relative clause describing it ("no sign that the Kremlin
    wants talks", with no owner, holds nobody's stance)."""
    return verb.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
        and any(c.dep_ == "poss" for c in verb.head.children)


def _participle_modifier(verb) -> bool:
    """ "a loan backed by frozen assets", "the plan drafted in Washington": a participle that
    describes its noun, like a relative clause ("a plan to station troops" is the plan's content)."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children)


def _is_named(noun) -> bool:
    """A name, or a noun with a name beside it ("Ukraine's president, Volodymyr Zelenskyy")."""
    if noun.dep_ == "appos":
        noun = noun.head
    return any(n.pos_ == "PROPN" or n.ent_type_ for n in [noun, *(c for c in noun.children if c.dep_ == "appos")])


def _names_the_subject(noun) -> bool:
    """A name that is its clause's subject, or stands beside it ("Ukraine's president, Volodymyr
    Zelenskyy, who ..."): who acts, not what the stance is about."""
    subject = noun.head if noun.dep_ == "appos" else noun
    return _is_named(noun) and subject.dep_ in ("nsubj", "nsubjpass")


def _relative_subject(verb) -> bool:
    """A relative clause whose subject is its "who" or "which": it tells what its noun did."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in verb.children)


def _acts_for_another(verb, lex: StanceLexicon) -> bool:
    """A complement whose doer is someone other than the subject above it: the object of "urged
    both sides to agree", or the subject of a bare subjunctive ("insisted that Ukraine abandon",
    "its demand that Ukraine withdraw")."""
    if not is_verbal(verb):
        return False
    if verb.dep_ == "xcomp":
        # "urged both sides to agree", "called on Russia and Ukraine to observe a ceasefire"
        # ("appealed to European leaders to approve ...")
        return any(c.dep_ in ("dobj", "dative")
                   or c.dep_ == "prep" and c.lower_ in ("on", "to") and c.i == verb.head.i + 1
                   for c in verb.head.children)
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and any(
            c.dep_ == "nsubj" for c in verb.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "called for Russia to agree to a ceasefire", "waiting for Kyiv to accept"
    demand_noun = verb.dep_ == "acl" and lemma(verb.head) in lex.demand_nouns
    # (the parse may make a "that" clause an adverbial one: "demands that Ukraine withdraw")
    that_clause = verb.dep_ == "ccomp" or verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    if not that_clause and not demand_noun or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    # the bare form after a singular subject is a subjunctive ("that Ukraine abandon", "that the
    # vote be held"); the tagger often calls it a present tense. After a verb or noun of demanding
    # a plural's present is one too ("insists that Ukrainian forces leave")
    singular = subjects[0].tag_ in ("NN", "NNP") or subjects[0].lower_ in ("he", "she", "it")
    mandative = demand_noun or lemma(verb.head) in lex.mandative_verbs
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and (singular or mandative)) or any(
        c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)


def _owner_modifiers(noun) -> list:
    """ "a Ukrainian proposal", "a US plan": a nationality or a named state or body in front."""
    return [c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")]


def _owner_ids(owner, resolver: ActorResolver) -> list[str]:
    """The actor an owner word names: the side a nationality stands for ("a Ukrainian proposal"),
    else the actor it names ("a US plan", "Kyiv's proposal")."""
    side = resolver.side_of_word(owner) if owner.ent_type_ == "NORP" else None
    return [side] if side else resolver.ids_for(owner)


def _names_its_owner(noun) -> bool:
    """ "Kyiv's call", "a Ukrainian proposal", "a plan by Britain and France": whose it is."""
    return bool(_owner_modifiers(noun)) or any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)


def _adverbial_relative(verb) -> bool:
    """A relative clause opened by "where" or "when" tells what happened there or then; it does
    not describe its noun."""
    return any(c.tag_ == "WRB" and c.dep_ == "advmod" for c in verb.children)


def _actor_for(node, cue_tokens, resolver: ActorResolver, statement):
    """(actor ids, predicate): the subject(s) of the stance predicate when they name actors, else
    the statement's speaker."""
    candidates = []
    if not is_verbal(node):
        candidates += [c for c in node.children if c.dep_ == "poss"]
        # "a plan by Britain and France", "a Ukrainian proposal": the owner named in the phrase
        candidates += [g for c in node.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                       if g.dep_ == "pobj"]
        # the same owners `_names_its_owner` sees, so a stance kept for its owner is never the subject's
        for c in _owner_modifiers(node):
            ids = _owner_ids(c, resolver)
            if ids:
                return ids, None
    head = clause_head(node)
    if (reporting := _reported_asking(head)) is not None:
        head = clause_head(reporting)  # "X said the decree showed ... and called on the US to ...": X asks
    if head.dep_ == "ccomp" and _obliged(head):
        head = clause_head(head.head)  # "Moscow insists that Ukraine must ...": Moscow demands
    if head.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in head.children):
        head = clause_head(head.head)  # "Pruitt questioned whether Europe would carry ...": Pruitt doubts
    if head.dep_ == "advcl" and any(c.dep_ == "mark" and _best(_stances_at(c, stance_lexicon()), stance_lexicon())
                                    == "conditional" for c in head.children):
        head = clause_head(head.head)  # "... only if Armenia changes X": the condition is the main clause's
    said_of = stance_lexicon().said_of_subject
    # the subject is not the holder when the stance is said of it ("Zelensky is illegitimate"), when
    # it is the agent of what must be done ("any commitment must be ratified by Congress" is the
    # speaker's demand) or what was named before ("they must be legally binding")
    subject_is_holder = not (
        lemma(node) in said_of or any(c.dep_ == "acomp" and lemma(c) in said_of for c in node.children)
        or _obliged(head) and any(c.dep_ == "auxpass" for c in head.children) or _obliged_pronoun(head))
    if subject_is_holder:
        if not any(c.dep_ == "agent" for c in node.children) and any(
                c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "to" for c in node.children):
            # "Moscow was prepared to carry out further exchanges": the parser may make the one
            # prepared a passive subject of the stance word
            candidates += [c for c in node.children if c.dep_ == "nsubjpass"]
        candidates += subject_of(head)
    cue_ids = {t.i for t in cue_tokens}
    # "Ukrainian officials dismissed the offer and renewed their call": a possessive pronoun on
    # the stance noun is bound by the clause's subject (whom the pronoun alone might miss)
    pronouns = [c for c in candidates if c.dep_ == "poss" and c.pos_ == "PRON"]
    if pronouns and subject_is_holder and head.dep_ != "xcomp":  # ("pressed leaders to turn their pledges")
        candidates = [c for c in candidates if c not in pronouns] + pronouns
    for cand in candidates:
        if cand.tag_ in ("WP", "WDT") and cand.head.dep_ == "relcl":
            cand = cand.head.head  # "Erdogan, who offered ...": the relative pronoun stands for its noun
        elif any(t.i in cue_ids for t in cand.subtree) and cand.dep_ != "poss":
            continue  # "NATO membership is off the table": the issue is no actor
        ids = resolver.ids_for(cand)
        if ids:
            # the evidence is the asking itself, not the whole report around it
            return ids, cand.head if cand.dep_ != "poss" and reporting is None else None
    if statement is not None and statement.speaker and not _is_media(resolver, statement.speaker):
        return [statement.speaker], None
    return [], None


def _side(actor) -> Optional[str]:
    """The side an actor is on: a country is its own, anyone else the one it belongs to."""
    if actor is None:
        return None
    return actor.name if actor.kind == "country" else actor.affiliation


def _obliged_of_the_other_side(head, actor_ids, statement, actors, resolver: ActorResolver,
                               lex: StanceLexicon) -> bool:
    """Whether the holder found is the subject of a clause of what must be done ("had to",
    "must", "should"), a party on another side than the one who says it, with no negation."""
    if head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head  # ("had" of "had to withdraw")
    if statement is None or not statement.speaker or len(actor_ids) != 1 or actors is None \
            or not _obliged(head) or _negated(head, lex) or head.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    if not any(resolver.ids_for(c) == actor_ids for c in subject_of(head)):
        return False  # (the holder was found above the clause: "Moscow insists that Ukraine must ...")
    subject, speaker = actors.get(actor_ids[0]), actors.get(statement.speaker)
    return subject is not None and speaker is not None and subject.id != speaker.id \
        and _side(subject) is not None and _side(speaker) is not None and _side(subject) != _side(speaker)


def _reported_asking(verb):
    """The reporting verb above, for "Zelensky said Russia's decree showed Moscow was preparing for
    war and called on the US to impose sanctions": the parser joins the asking to the reported
    clause, whose subject it would inherit; asking with no subject of its own there is the
    reporter's own act. None otherwise."""
    lex = stance_lexicon()
    if not (verb.dep_ == "conj" and is_verbal(verb) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and _best(_stances_at(verb, lex), lex) == "demand"):
        return None
    node, found = verb.head, None
    words = attribution_words()
    while node.head != node:
        if node.dep_ == "acl" and lemma(node.head) in words.via_nouns:
            # "said in a statement that Putin's remarks showed ...": the parser hangs the clause on
            # the statement; the verb the statement belongs to reports it
            node = node.head
            for _ in range(3):
                if is_verbal(node) or node.head == node:
                    break
                node = node.head
        elif node.dep_ == "ccomp":
            node = node.head
        else:
            break
        if node.lemma_.lower() in words.speech:
            found = node  # the outermost ("said", not the "showed" it reports)
    return found


def _is_media(resolver: ActorResolver, actor_id: str) -> bool:
    """An outlet reports stances; it holds none: "KI: The Russian side has proposed a truce" is
    the interviewer's question, not the Kyiv Independent's position."""
    actor = resolver.actors.get(actor_id) if resolver.actors is not None else None
    return actor is not None and actor.kind == "media"
