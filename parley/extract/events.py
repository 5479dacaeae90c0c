"""PLOVER events: who did (or plans, or is reported to have done) what to whom, when and where.

Linear rules over the dependency parse, in four steps per sentence:
1. triggers: verbs, nouns and short phrases from `parley/data/plover_triggers.toml`;
2. folding: a trigger governed by another trigger in the same clause is part of it
   ("agreed to halt strikes" is one AGREE; "rejected an invitation" one REJECT, mode meet);
3. arguments: actors from the subject (or possessor, "by" agent, "between X and Y"), recipients
   from objects and to/with/against phrases, the location from in/at phrases (profile places +
   spaCy GPE/LOC/FAC), the date through `parley.resolve.dates.timex_for_predicate`;
4. status from tense, aspect, modality, negation and evidentiality (`parley/data/event_cues.toml`).

The helpers for clauses, subjects and pronouns are shared with `positions.py`.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..model import Event, stable_id
from .actors import slugify
from .lexicon import lexicon as actor_lexicon
from .statements import MAX_HEADLINE_WORDS, headline_end  # a first line this short, on its own line, is a headline
# a wire dateline's place names the story's origin; the parser sometimes joins it to the subject after it
from .statements import WIRE_DATELINE, known_text, paragraph_spans

from ..resolve.dates import entry_stamp, timex_for_predicate, timex_point, timex_record_date, timex_root
from ..resolve.speakers import find_lede, lede_day

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# Dependencies that end a clause: a trigger below one of these is not folded into one above it.
# (A passive subject is the verb's object: "an agreement is signed" is one signing.)
CLAUSE_BREAKS = {"relcl", "advcl", "conj", "nsubj", "csubj", "appos", "parataxis", "ROOT"}
SUBJECT_DEPS = {"nsubj", "csubj", "expl"}
OBJECT_DEPS = {"dobj", "iobj", "dative", "attr", "oprd"}
RECIPIENT_PREPS = {"to", "with", "against", "on", "at", "toward", "towards", "for", "into", "upon"}
LOCATION_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "from", "to"}
LOCATION_ENTS = {"GPE", "LOC", "FAC"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
THING_PRONOUNS = {"it", "its", "they", "them", "their", "theirs"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
# An author's byline: "By Denys Shmyhal, Minister of Defence of Ukraine" (group 1 the name)
# (or with the office in a sentence of its own: "By Oleksandra Vovk. The author is a member of ...")
GUEST_BYLINE = re.compile(r"By (?P<name>(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+)"
                          r"(?P<described>,|\.\s+(?:The\s+author|She|He)\s+is)\s+(?P<office>[^\n]{3,200})")
PLURAL_PRONOUNS = {"they", "them"}
# "following recent missile attacks": a noun event in these phrases is still reported as happening
BACKGROUND_PREPS = {"following", "after", "amid", "during", "since", "despite", "before", "in"}
# "a month into the invasion", "since the war began": a known event used to tell the time
TIME_REFERENCE_PREPS = {"into", "since"}
# "since the invasion began", "weeks after the war started": the start of something known, as a time
TIME_REFERENCE_MARKS = {"since", "after", "before", "until"}
STARTING_VERBS = {"begin", "start"}
# "postponed under martial law": a state things happen in, not an event
STATE_PREPS = {"under"}
# "agreed on a corridor at talks in Geneva": talks named as the setting of another act
MEETING_SETTING_PREPS = {"at", "during"}
# "since late June", "until the end of the month": the edge of a stretch of time
SPAN_EDGE_PREPOSITIONS = {"since", "until", "till", "through"}
MOTION_VERBS = {"visit", "travel", "come", "go", "fly", "arrive", "return"}
PARTY_NOUNS = {"side", "party", "country", "nation", "delegation", "government"}
# "the sides", "the delegations" with nothing else said are the two negotiating sides
NEGOTIATING_NOUNS = {"side", "delegation"}
# "the two leaders", "both presidents": the two heads of state or government named just before
LEADER_NOUNS = {"leader", "president"}
LEADER_ROLES = {"president", "prime minister", "chancellor"}
RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}
# "ended two days of talks", "closed a round of talks": the stretch ends, the talks were held
STRETCH_NOUNS = {"minute", "hour", "day", "week", "month", "year", "round", "session"}
PAST_REPORTING = {"say", "tell", "add", "state", "announce", "claim", "insist", "report", "write", "note"}


@dataclass(frozen=True)
class EventLexicon:
    verbs: dict  # lemma -> (type, mode)
    nouns: dict
    phrases: dict  # first lemma -> list of (rest lemmas, type, mode), longest first
    object_types: dict  # type -> {lemma: "TYPE[:mode]"}
    object_modes: dict  # type -> {lemma: mode}
    cues: dict  # event_cues.toml, lists as frozensets
    transitive_only: frozenset = frozenset()  # triggers only with a direct object
    object_triggers: dict = field(default_factory=dict)  # lemma -> (type, mode, object lemmas)
    agent_types: dict = field(default_factory=dict)  # type -> {subject lemma: "TYPE[:mode]"}
    people_only: frozenset = frozenset()  # triggers only with people for subject
    bare_nouns: frozenset = frozenset()  # triggers only with no "of" phrase nor weapon before them


def _split(code: str) -> tuple[str, Optional[str]]:
    kind, _, mode = code.partition(":")
    return kind, (mode or None)


@lru_cache(maxsize=1)
def lexicon() -> EventLexicon:
    data = tomllib.loads((DATA_DIR / "plover_triggers.toml").read_text(encoding="utf-8"))
    cues_raw = tomllib.loads((DATA_DIR / "event_cues.toml").read_text(encoding="utf-8"))
    verbs: dict = {}
    nouns: dict = {}
    for kind, entry in data["types"].items():
        modes = entry.get("modes", {})
        for lemma in entry.get("verbs", []):
            verbs.setdefault(lemma, (kind, modes.get(lemma)))
        for lemma in entry.get("nouns", []):
            nouns.setdefault(lemma, (kind, modes.get(lemma)))
    phrases: dict = {}
    for key, code in data.get("phrases", {}).items():
        words = key.lower().split()
        kind, mode = _split(code)
        phrases.setdefault(words[0], []).append((tuple(words[1:]), kind, mode))
    for entries in phrases.values():
        entries.sort(key=lambda e: -len(e[0]))
    object_modes = {}
    for kind, table in data.get("object_modes", {}).items():
        object_modes[kind] = {lemma: mode for mode, lemmas in table.items() for lemma in lemmas}
    cues = {}
    for key, value in cues_raw.items():
        if isinstance(value, list):
            cues[key] = frozenset(value)
        elif isinstance(value, dict):
            cues[key] = {k: frozenset(v) if isinstance(v, list) else v for k, v in value.items()}
    transitive = frozenset(data.get("transitive_only", []))
    object_triggers = {
        word: (*_split(entry["code"]), frozenset(entry.get("objects", [])))
        for word, entry in data.get("object_triggers", {}).items()
    }
    return EventLexicon(verbs, nouns, phrases, data.get("object_types", {}), object_modes, cues, transitive,
                        object_triggers, data.get("agent_types", {}), frozenset(data.get("people_only", [])),
                        frozenset(data.get("bare_nouns", [])))


# ---------------------------------------------------------------------------------------------
# Shared helpers (also used by positions.py)


def lemma(token) -> str:
    return token.lemma_.lower()


def forms(token) -> tuple[str, ...]:
    """The lemma and plain de-inflections of the word: the small model's lemmatiser slips on
    some words ("staged" → "stag"), so table look-ups try the regular stems as well."""
    low = token.lower_
    out = [token.lemma_.lower(), low]
    if not low.endswith(("d", "s", "g")):  # no suffix below can match (a quick exit: this runs per token)
        return tuple(dict.fromkeys(out))
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                         ("es", ""), ("s", ""), ("d", "")):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            out.append(low[: len(low) - len(suffix)] + repl)
    return tuple(dict.fromkeys(out))


def is_verbal(token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def is_negated(token) -> bool:
    """A `neg` child on the token, or on the auxiliaries it takes ("does not want")."""
    return any(c.dep_ == "neg" for c in token.children)


def clause_head(token):
    """The verb that heads the clause a token belongs to (the token itself if it is a verb)."""
    node = token
    for _ in range(64):
        if is_verbal(node) and node.dep_ not in ("amod", "compound", "aux", "auxpass"):
            return node
        if node.head == node:
            return node
        node = node.head
    return node


def subject_of(verb) -> list:
    """Subjects of a verb, following control ("agreed to halt": subject of agreed) and
    coordination ("met and agreed")."""
    node = verb
    raised = False  # reached from an infinitive: "Zelensky is expected to travel"
    for _ in range(12):
        subs = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if len(subs) > 1:
            # "the invitation to Mr Zelensky stands": the parse may make the preposition's object
            # a second subject; it is the first one's
            doc = node.doc
            subs = [c for c in subs if not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].dep_ == "prep"
                                            and doc[c.left_edge.i - 1].head in subs)] or subs
        if subs:
            return subs
        passive = [c for c in node.children if c.dep_ == "agent"]
        if passive and not raised:
            return [p for a in passive for p in a.children if p.dep_ == "pobj"]
        patients = [c for c in node.children if c.dep_ == "nsubjpass"]
        if patients and raised:
            return patients  # the one expected (scheduled, said) to travel travels
        if node.dep_ != "conj" and patients:
            return []  # "before an agreement is signed": a passive without "by" names no agent
        raised = node.dep_ == "xcomp"
        if node.dep_ in ("xcomp", "conj", "pcomp", "prep", "acomp", "advcl", "cc") and node.head != node:
            node = node.head
            continue
        if node.dep_ == "acl" and node.head != node:
            # "efforts to broker", "an invitation to visit": no agent here
            return []
        break
    return []


def with_conjuncts(token) -> list:
    out = [token]
    doc = token.doc
    # "the Trump-Putin summit", "a Putin-Zelensky meeting": two names joined by a hyphen
    if token.pos_ == "PROPN":
        out += [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i + 2 == token.i
                and doc[c.i + 1].text == "-" and not c.whitespace_ and not doc[c.i + 1].whitespace_]
    for c in token.conjuncts:
        if c.i > token.i:
            out.append(c)
    return out


def phrase_span(token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by `token` (left part + head)."""
    left = token.left_edge.i
    right = token.i
    for c in token.rights:
        if c.dep_ in ("compound", "flat") or (c.dep_ == "prep" and c.lower_ == "of" and token.ent_type_):
            right = max(right, c.right_edge.i)
    return left, right + 1


def _side_actors(profile) -> dict:
    """Side or country name -> profile actor id (countries, organisations, groups)."""
    return _side_actors_of(tuple((e.id, e.name, e.kind, e.affiliation) for e in getattr(profile, "actors", []) or []))


@lru_cache(maxsize=16)
def _side_actors_of(entries: tuple) -> dict:
    out: dict = {}
    for actor_id, name, kind, _aff in entries:
        if kind in ("country", "organization", "group"):
            out.setdefault(name, actor_id)
    for actor_id, _name, kind, aff in entries:
        if kind in ("country", "organization", "group") and aff:
            out.setdefault(aff, actor_id)
    return out




def _deadline(doc, tx) -> bool:
    """ "would meet again before the end of the year", "by March": a time the act is to come
    before; when it has not passed, the act lies ahead."""
    root = timex_root(doc, tx)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in ("before", "by")


# How many sentences back "the two leaders" may reach for a pair named together: a lead names them,
# and the story comes back to "the two leaders" a paragraph or two later.
LEADERS_REACH = 5


def _counted_two(noun) -> bool:
    """ "both sides", "the two leaders", "each side" (of the two)."""
    return any(c.lower_ in ("both", "two", "each") for c in noun.children if c.dep_ in ("det", "nummod", "predet"))


# A value not yet read (None is a read value: no guest author).
_UNREAD = object()


class ActorResolver:
    """Maps noun phrases (including pronouns) to actor ids using the actor table."""

    def __init__(self, doc, actors, statements, profile):
        self.doc = doc
        self.actors = actors
        self.statements = statements or []
        self.profile = profile
        self._side_actor = _side_actors(profile)
        # case-sensitive, as in the actor table: "US" is not "us"
        self._affiliation_words = getattr(profile, "affiliation_words", {}) or {}
        self._author = _UNREAD  # the guest author, read on first use (`_guest_author`)
        # sorted indexes so look-ups stay logarithmic on long documents
        self._content = sorted((s, e, i) for i, st in enumerate(self.statements) for s, e in st.content_spans or [])
        self._content_starts = [c[0] for c in self._content]
        self._sources = sorted((st.source_span[0], st.source_span[1], i) for i, st in enumerate(self.statements)
                               if st.source_span)
        self._source_starts = [c[0] for c in self._sources]
        firsts = sorted((st.content_spans[0][0], i) for i, st in enumerate(self.statements)
                        if st.speaker and st.content_spans)
        self._first_starts = [f[0] for f in firsts]
        self._first_speakers = [self.statements[f[1]].speaker for f in firsts]
        self._datelines = [m.span(1) for m in WIRE_DATELINE.finditer(doc.text)]

    # -- statements -----------------------------------------------------------------------
    def statement_at(self, char: int):
        i = bisect_right(self._content_starts, char)
        # spans are short and rarely nested: look back over a few candidates
        for s, e, idx in reversed(self._content[max(0, i - 8): i]):
            if s <= char < e:
                return self.statements[idx]
        return None

    def statement_by_source(self, start: int, end: int):
        i = bisect_right(self._source_starts, start)
        for s, e, idx in reversed(self._sources[max(0, i - 8): i]):
            if s <= start and end <= e:
                return self.statements[idx]
        return None

    # -- resolution -----------------------------------------------------------------------
    def ids_for(self, token) -> list[str]:
        """Actor ids for the phrase headed by `token` and its conjuncts."""
        out: list[str] = []
        for head in with_conjuncts(token):
            if any(s <= head.idx < e for s, e in self._datelines):
                # "ABU DHABI, United Arab Emirates (AP) — Russia and Ukraine agreed": the parser's
                # conjuncts; "RIYADH, March 3 (Reuters) - Russia and Ukraine": the subject hung on the place
                for appos in (c for c in head.children if c.dep_ == "appos"
                              and not any(s <= c.idx < e for s, e in self._datelines)):
                    out.extend(i for i in self.ids_for(appos) if i not in out)
                continue
            ids = self._ids_for_head(head)
            if len(ids) == 1:
                self._add_appositions(head, ids[0])
            for actor_id in ids:
                if actor_id not in out:
                    out.append(actor_id)
        return out

    def _add_appositions(self, head, actor_id: str) -> None:
        """ "Jan Egeland, the UN aid coordinator, said": the apposition is another mention of the
        person (not of a country or body, whose apposition may name someone else)."""
        actor = self.actors.get(actor_id)
        if actor is None or actor.kind != "person":
            return
        for c in head.children:
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"):
                left, right = c.left_edge, c.right_edge
                while right.i > left.i and right.is_punct:
                    right = right.doc[right.i - 1]
                self.actors.add_mention(actor_id, (left.idx, right.idx + len(right.text)))

    def _ids_for_head(self, head) -> list[str]:
        doc = self.doc
        low = head.lower_
        if head.pos_ == "NOUN" and lemma(head) in actor_lexicon().title_words:
            # "Ukraine's president, Volodymyr Zelenskyy, welcomed ...": the person named in
            # apposition acts, not the state in front of the title
            for c in head.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN":
                    ids = self._ids_for_head(c)
                    if ids and all(getattr(self.actors.get(i), "kind", None) == "person" for i in ids):
                        return ids
        if head.pos_ == "NOUN" and head.i + 1 < len(doc) and doc[head.i + 1].dep_ == "appos" and (
                doc[head.i + 1].head == head and doc[head.i + 1].pos_ == "PROPN"):
            # "Russia's state nuclear corporation Rosatom": the close apposition names it, not
            # the state in front
            ids = self._ids_for_head(doc[head.i + 1])
            if ids:
                return ids
        if low in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            return self.ids_for(head.head.head) if head.head.head.pos_ in ("PROPN", "NOUN") else []
        if head.pos_ == "PROPN" and head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN" and (
            low in actor_lexicon().title_words
        ):
            return []  # "Russian President" coordinated beside "Vladimir Putin": the name follows
        if head.pos_ == "PRON" or head.tag_ in ("PRP", "PRP$"):
            if low in PLURAL_PRONOUNS and head.dep_ in ("nsubj", "nsubjpass"):
                parties = self._plural_antecedent(head)
                if parties:
                    return parties
            if low in PERSON_PRONOUNS | THING_PRONOUNS | FIRST_PERSON:
                actor = self.pronoun(head)
                return [actor] if actor else []
            return []  # "these", "this", "something": no actor
        if head.pos_ == "NOUN" and lemma(head) in LEADER_NOUNS and head.tag_ == "NNS" and _counted_two(head):
            # "the two leaders agreed": the two heads named just before; never one person by role
            # (the Finnish president named last is not "the two presidents")
            return self._last_two_leaders(head)
        if head.pos_ == "NOUN" and lemma(head) in PARTY_NOUNS and (_counted_two(head) or (
                head.tag_ == "NNS" and lemma(head) in NEGOTIATING_NOUNS and [c.lower_ for c in head.children] == ["the"])):
            ids = self.negotiating_sides()
            if ids:
                # "the two sides", "both parties": the profile's first two sides; the phrase is a
                # mention of each, so both stay in the article's actor list
                start, end = phrase_span(head)
                for actor_id in ids:
                    self.actors.add_mention(actor_id, (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
                return ids
        if head.pos_ == "NOUN" and (lemma(head) in actor_lexicon().anonymous_heads or head.lower_ in actor_lexicon().anonymous_heads
                                    or lemma(head) in actor_lexicon().title_words or lemma(head) in ("leader", "member")):
            # "leaders of the opposition coalition", "members of the association": the body acts
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        # "leaders of the Azadliq opposition coalition": a body named by a name in front
                        # (plural, and not after another title: "a member of the Syrian parliament" and
                        # "the governor of the Tyumen region" are persons)
                        named = g.pos_ == "PROPN" or head.tag_ == "NNS" and (
                            lemma(head) in ("leader", "member") or lemma(head) not in actor_lexicon().title_words) and any(
                            t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP") for t in doc[g.left_edge.i: g.i + 1])
                        if g.dep_ == "pobj" and named:
                            ids = self._ids_for_head(g)
                            if ids:
                                return ids
        if head.pos_ in ("NOUN", "PROPN") and not head.ent_type_:
            # "workers affiliated with the Serbian Workers' Union": the named body acts
            for c in head.children:
                if c.dep_ in ("acl", "amod") and c.lower_ in lexicon().cues["allegiance_words"]:
                    for g in (g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"):
                        if g.pos_ == "PROPN" or g.ent_type_ == "ORG":
                            ids = self._ids_for_head(g)
                            if ids:
                                return ids
        if lemma(head) in lexicon().cues["collective_heads"] or head.lower_ in lexicon().cues["collective_heads"]:
            # "a group of Moroccan diplomats", "thousands of students": the members act
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            ids = self._ids_for_head(g)
                            if ids:
                                return ids
        if head.pos_ == "NOUN" and lemma(head) in lexicon().cues["relational_heads"]:
            return []  # "its allies", "Russia's neighbours": others, not the possessor
        if head.pos_ == "NOUN":
            # "its troops", "Sudan's government", "Israel's army": the possessor acts
            poss = [c for c in head.children if c.dep_ == "poss"]
            if poss and (poss[0].pos_ == "PRON" or poss[0].ent_type_ in ("GPE", "ORG", "NORP")):
                # (but a body the actor table named from the whole phrase acts itself: "Ukraine's
                # energy ministry rejected the plan" is the ministry's, as its statements are)
                start, end = phrase_span(head)
                named = self.actors.mentions_in(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
                own = next((a for (m_s, m_e), a in named if m_s <= head.idx < m_e and a.kind == "organization"), None)
                if own is not None:
                    return [own.id]
                ids = self._ids_for_head(poss[0])
                if ids:
                    return ids
        start, end = phrase_span(head)
        for d_start, d_end in self._datelines:
            # "BRUSSELS (AP) - European Union leaders": the parser hangs the place on the subject
            if d_start <= doc[start].idx < d_end <= head.idx:
                while start < head.i and doc[start].idx < d_end:
                    start += 1
        colons = [t.i for t in doc[start:head.i] if t.text == ":"]
        if colons:
            start = colons[-1] + 1  # "KI: The Russian side has proposed": not the speaker's label
        span = doc[start:end]
        s_char, e_char = span.start_char, span.end_char
        known = self.actors.mentions_in(s_char, e_char)
        if known:
            for (m_s, m_e), actor in known:
                if m_s <= head.idx < m_e:
                    return [actor.id]
            # "Ukrainian forces", "an unnamed US official": the phrase names a side, not itself
        if head.pos_ == "ADJ" and (side := self.side_of_word(head)):
            return [side]  # "Ukrainian shelling struck", parsed with the adjective as the subject
        if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            # ("Foreign ministers of the Group of Seven": "Seven" ends a known name begun before it)
            covering = self.actors.actor_at(head.idx, head.idx + len(head))
            if covering is not None and covering.kind not in ("anonymous", "group") and not known and any(
                    m_s < s_char <= head.idx and m_e == head.idx + len(head) for m_s, m_e in covering.mentions or []):
                return [covering.id]
            actor = self.actors.resolve_mention(span)
            if actor is not None:
                return [actor.id]
        # A side named by an adjective or a modifier: "Russian forces", "the Ukrainian side".
        ids = []
        for tok in span:
            if tok.i == head.i and head.pos_ != "ADJ":
                continue
            actor_id = self.side_of_word(tok)
            if actor_id is None and tok.dep_ == "conj" and tok.head.dep_ == "amod" and tok.head.head.i == head.i:
                # "French and Egyptian warships": a nationality coordinated with a side names a group
                group = self.actors.nationality_group(tok)
                actor_id = group.id if group else None
            if actor_id and actor_id not in ids:
                ids.append(actor_id)
        if ids:
            return ids
        if known:
            return [known[-1][1].id]
        if head.pos_ == "NOUN" and head.dep_ in SUBJECT_DEPS | {"nsubjpass", "pobj", "dobj", "poss", "conj", "ROOT"}:
            # "the Mozambique government", "Moroccan diplomats": the table makes a group/anonymous actor
            actor = self.actors.resolve_mention(span)
            if actor is not None:
                return [actor.id]
        if head.pos_ == "NOUN" and lemma(head) in lexicon().cues["body_nouns"] and any(
                t.pos_ == "PROPN" and not t.ent_type_ for t in span if t.i < head.i):
            return [self.actors.named_body(span).id]  # "the Azadliq (Freedom) opposition coalition"
        if head.pos_ == "ADJ" or head.dep_ in ("amod", "compound", "npadvmod"):
            actor_id = self.side_of_word(head)
            return [actor_id] if actor_id else []
        return []

    def _last_two_leaders(self, head) -> list[str]:
        """The two heads of state or government named last before `head`, in its sentence or the
        two before it ("Putin and Trump spoke by phone ... the two leaders agreed"); further back,
        up to LEADERS_REACH sentences, only a pair named together ("Putin and Trump discussed",
        not "alongside Stubb, Zelensky said"); or []."""
        doc = self.doc
        starts = [head.sent.start]
        for _ in range(LEADERS_REACH):
            if starts[-1] == 0:
                break
            starts.append(doc[starts[-1] - 1].sent.start)
        found: list[str] = []
        for _span, actor in reversed(self.actors.mentions_in(doc[starts[min(2, len(starts) - 1)]].idx, head.idx)):
            if actor.kind == "person" and actor.role in LEADER_ROLES and actor.id not in found:
                found.append(actor.id)
            if len(found) == 2:
                return found[::-1]
        for start in starts[3:]:
            pair = self._named_pair(doc[start].sent)
            if pair:
                return pair
        return []

    def _named_pair(self, sent) -> list[str]:
        """Two heads of state or government named as a pair in one sentence ("Russian President
        Vladimir Putin and U.S. President Donald Trump"), or []."""
        for tok in sent:
            if tok.dep_ != "conj" or tok.pos_ != "PROPN":
                continue
            ids = [self.actors.actor_at(t.idx, t.idx + len(t.text)) for t in (tok.head, tok)]
            if all(a is not None and a.kind == "person" and a.role in LEADER_ROLES for a in ids) and ids[0].id != ids[1].id:
                return [ids[0].id, ids[1].id]
        return []

    def negotiating_sides(self) -> list[str]:
        """Actor ids of the profile's first two sides (the parties of the negotiation)."""
        out = []
        for side in (getattr(self.profile, "sides", []) or [])[:2]:
            actor_id = self._side_actor.get(str(side.get("name")))
            if actor_id and (self.actors.get(actor_id) is not None or self._register(actor_id)):
                out.append(actor_id)
        return out if len(out) == 2 else []

    def side_of_word(self, tok) -> Optional[str]:
        """The profile actor a modifier such as "Russian" or "Kyiv" stands for, if it is in the text."""
        actor = self.actors.actor_at(tok.idx, tok.idx + len(tok.text))
        if actor is not None and actor.kind in ("country", "organization", "group"):
            return actor.id
        side = self._affiliation_words.get(tok.text) or self._affiliation_words.get(tok.text.replace("’", "'"))
        if side is None:
            return None
        actor_id = self._side_actor.get(side)
        if actor_id is None:
            return None
        if self.actors.get(actor_id) is None and not self._register(actor_id):
            return None  # a side the profile names but whose actor entry is missing
        self.actors.add_mention(actor_id, (tok.idx, tok.idx + len(tok.text)))
        return actor_id

    def _register(self, actor_id: str) -> bool:
        """Add a profile actor named only by an adjective ("Russian negotiators") to the table."""
        entry = self.profile.actor_by_id(actor_id)
        if entry is None:
            return False
        self.actors.ensure_profile_actor(entry)
        return self.actors.get(actor_id) is not None

    def _plural_antecedent(self, tok) -> list[str]:
        """ "The two delegations met in Abu Dhabi, where they agreed ...": a plural subject
        pronoun stands for the nearest earlier subject (this sentence or the one before) that
        names two or more actors."""
        doc = self.doc
        first = tok.sent.start
        if first > 0:
            first = doc[first - 1].sent.start
        for cand in reversed(doc[first: tok.i]):
            if cand.dep_ in ("nsubj", "nsubjpass") and cand.pos_ != "PRON":
                ids = self.ids_for(cand)
                return ids if len(ids) >= 2 else []
        return []

    def pronoun(self, tok) -> Optional[str]:
        """Resolve a pronoun: a mention registered on it, the statement it speaks or sits in,
        else the latest matching subject before it."""
        start, end = tok.idx, tok.idx + len(tok.text)
        actor = self.actors.actor_at(start, end)
        if actor is not None:
            return actor.id
        low = tok.lower_
        st = self.statement_by_source(start, end)
        if st and st.speaker:
            return st.speaker
        st = self.statement_at(start)
        if low in FIRST_PERSON:
            return st.speaker if st and st.speaker else (self._guest_author() or self._latest_speaker(start))
        want_person = low in PERSON_PRONOUNS
        reporter = self._reporting_subject(tok, want_person)
        if reporter:
            return reporter
        main_subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
        if not main_subject:
            same = self._latest(start, want_person, same_sentence=True)
            if same:
                return same
        if st and st.speaker:
            speaker = self.actors.get(st.speaker)
            if speaker is not None and (speaker.kind == "person") == want_person:
                return speaker.id
        return self._latest(start, want_person)

    def _reporting_subject(self, tok, want_person: bool) -> Optional[str]:
        """ "Iraq said it would ...": a subject pronoun of reported content is the reporter."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or lemma(verb.head) not in PAST_REPORTING:
            return None
        for subj in verb.head.children:
            if subj.dep_ == "nsubj" and subj.pos_ != "PRON":
                ids = self.ids_for(subj)
                actor = self.actors.get(ids[0]) if ids else None
                if actor is not None and (actor.kind == "person") == want_person:
                    return actor.id
        return None

    def _latest(self, before: int, want_person: bool, same_sentence: bool = False) -> Optional[str]:
        doc = self.doc
        sent_start = doc.char_span(before, before + 1, alignment_mode="expand")
        limit_sent = sent_start.sent.start if sent_start is not None else 0
        # look back over this sentence and the two before it
        first_sent = limit_sent
        sents_back = 0
        tok_i = first_sent
        while tok_i > 0 and sents_back < (0 if same_sentence else 2):
            prev = doc[tok_i - 1].sent
            tok_i = prev.start
            sents_back += 1
        window_start = doc[tok_i].idx if len(doc) else 0
        mentions = self.actors.mentions_in(window_start, before)
        best_subject = best_any = None
        for (s, e), actor in mentions:
            if s < window_start or e > before:
                continue
            if (actor.kind == "person") != want_person or actor.kind in ("media", "anonymous"):
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and _where(span.root):
                continue  # "met in Istanbul on June 2, when they agreed": a place, not who acts
            best_any = actor.id
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                best_subject = actor.id
        if same_sentence:
            return best_any  # the nearest name in the sentence ("Zelensky's safety ... if he visited")
        return best_subject or best_any

    def _guest_author(self) -> Optional[str]:
        """The writer of an opinion piece, from a byline with an office ("By Denys Shmyhal, Minister
        of Defence of Ukraine"): the "I" and "we" of the text outside quotations. A reporter's
        byline ("By Jane Doe, Reuters") names no office."""
        if self._author is _UNREAD:
            self._author = None
            text = self.doc.text
            for start, end in paragraph_spans(text)[1:3]:
                m = GUEST_BYLINE.match(text, start, end)
                if m is None:
                    continue
                # (an office after a comma; "The author is ..." describes a guest whatever they do)
                if m["described"] == "," and not set(re.findall(r"[a-z]+", m["office"].lower())) \
                        & actor_lexicon().title_words:
                    continue
                span = self.doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
                actor = self.actors.resolve_mention(span) if span is not None else None
                if actor is None and span is not None:
                    # (a byline's name the tagger left out: the byline says it is a person)
                    actor = self.actors.person(m["name"])
                    self.actors.add_mention(actor.id, (span.start_char, span.end_char))
                self._author = actor.id if actor is not None and actor.kind == "person" else None
                break
        return self._author

    def _latest_speaker(self, before: int) -> Optional[str]:
        i = bisect_right(self._first_starts, before)
        return self._first_speakers[i - 1] if i else None


def _where(tok) -> bool:
    """A place named as where something happens ("in Istanbul", "to Moscow")."""
    return (tok.dep_ == "pobj" and tok.head.lower_ in LOCATION_PREPS and tok.ent_type_ in LOCATION_ENTS)


def text_digest(doc, text: Optional[str] = None) -> str:
    """A short hash of the Doc's text; pass `text` when known (spaCy rebuilds doc.text on every access)."""
    return hashlib.sha1((doc.text if text is None else text).encode("utf-8")).hexdigest()[:12]


class TimexIndex(list):
    """(timex, first token, last token + 1) for every resolved DATE/TIME timex, plus every timex
    grouped by the sentence it starts in (`by_sentence`), so date look-ups stay per sentence."""

    by_sentence: dict


def timex_tokens(doc, timexes) -> TimexIndex:
    out = TimexIndex()
    out.by_sentence = {}
    for tx in timexes or []:
        span = doc.char_span(tx.span[0], tx.span[1], alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.by_sentence.setdefault(span[0].sent.start, []).append(tx)
        if timex_point(tx):
            out.append((tx, span.start, span.end))
    return out


def date_for(doc, token, timexes, tx_tokens, climb: bool = True):
    """The timex that dates the predicate `token`: the one attached to it (through
    `parley.resolve.dates.timex_for_predicate` when present), else, when `climb`, the date of the
    report it is the present or present-perfect content of ("said on Thursday that Russia has
    reiterated ..."); a past-tense content ("said on Thursday that X attacked") keeps no date."""
    tx = _attached_date(doc, token, timexes, tx_tokens)
    if tx is not None or not climb:
        return tx
    node = clause_head(token)
    for _ in range(4):
        while node.dep_ in ("xcomp", "acomp") and node.head != node:
            node = node.head  # "is ready to sign": the time of "is"
        if node.dep_ != "ccomp" or node.head == node:
            # a main clause under a live blog's "09:40 GMT"; not a relative clause's background
            # ("an offer the Kremlin has so far declined")
            if node.dep_ in ("ROOT", "conj"):
                return entry_stamp(doc, node, timexes)
            return None
        if not _present_or_perfect(node):
            return None
        node = clause_head(node.head)
        tx = _attached_date(doc, node, timexes, tx_tokens)
        if tx is not None:
            return tx
    return None


def predicate_date(doc, predicate, timexes, tx_tokens, climb: bool = True, trigger=None):
    """The timex that dates an act told by `predicate` (its trigger word `trigger`, when a noun
    the verb carries): its own or its report's (`date_for`), else that of the dated verb it is
    joined to, of the time a "when" clause hangs on, or of the verb a participle hangs on."""
    tx = date_for(doc, predicate, timexes, tx_tokens, climb=climb)
    if tx is None and trigger is not None and predicate != trigger:
        tx = date_for(doc, trigger, timexes, tx_tokens, climb=False)
    if tx is None and climb:
        tx = _conjunct_date(doc, predicate, timexes, tx_tokens) or _when_clause_date(doc, predicate, tx_tokens)
    if tx is None and is_verbal(predicate):
        tx = _adjunct_date(doc, predicate, timexes, tx_tokens)
    return tx


def _attached_date(doc, token, timexes, tx_tokens):
    by_sentence = getattr(tx_tokens, "by_sentence", None)
    if by_sentence is not None:
        timexes = by_sentence.get(token.sent.start, [])  # the resolver only looks in the sentence
    return timex_for_predicate(doc, token, timexes)


def _present_or_perfect(verb) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True
    return not auxes and verb.tag_ in ("VBZ", "VBP")


# ---------------------------------------------------------------------------------------------
# Triggers


@dataclass
class Trigger:
    token: object  # the head token of the trigger
    tokens: list  # all tokens of the trigger words
    type: str
    mode: Optional[str]
    folded: list = field(default_factory=list)  # triggers folded into this one


def find_triggers(sent, lex: EventLexicon) -> list[Trigger]:
    found: dict[int, Trigger] = {}
    used: set[int] = set()
    for tok in sent:
        if tok.i in used:
            continue
        # read once per token (spaCy looks each string attribute up anew) and skip the phrase
        # matcher for lemmas that start no phrase: this loop runs over every token
        lem = tok.lemma_.lower()
        pos = tok.pos_
        trig = _phrase_trigger(tok, lem, lex) if lem in lex.phrases else None
        if trig is None:
            if pos == "VERB" or (pos == "AUX" and lem in lex.verbs):
                entry = lex.verbs.get(lem) or next((lex.verbs[f] for f in forms(tok) if f in lex.verbs), None)
            elif pos in ("NOUN", "PROPN") and tok.ent_type_ not in ("PERSON", "ORG", "GPE", "DATE", "TIME"):
                entry = lex.nouns.get(lem) or next((lex.nouns[f] for f in forms(tok) if f in lex.nouns), None)
            else:
                entry = None
            if entry is not None and pos == "VERB" and lem in lex.transitive_only and tok.tag_ != "VBN" and not any(
                c.dep_ in ("dobj", "dative", "iobj", "nsubjpass") for c in tok.children
            ):
                entry = None  # "return weapons" is a release, "return to Geneva" is not
            if entry is not None and pos == "VERB" and lem in lex.people_only and not _people_subject(tok):
                entry = None  # "the systems would arrive in the coming weeks": no visit
            if entry is not None and lem in lex.bare_nouns and any(
                    c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in ("compound", "amod") and lemma(c) in WEAPON_WORDS
                    for c in tok.children):
                entry = None  # "a new round of sanctions", "artillery rounds"
            if entry is None and pos == "VERB":
                entry = _object_trigger(tok, lex)
            if entry is None and pos in ("VERB", "AUX") and _obligation(tok) and (
                tok.dep_ == "acl" or (tok.dep_ == "ccomp" and lemma(tok.head) in PAST_REPORTING)
            ):
                entry = ("REQUEST", None)  # "X said Y must ensure security": a demand on Y
            if entry is None:
                continue
            trig = Trigger(tok, [tok], entry[0], entry[1])
        for t in trig.tokens:
            used.add(t.i)
        found[trig.token.i] = trig
    return list(found.values())


# What fires rounds: "artillery rounds" are no round of talks.
WEAPON_WORDS = frozenset({"artillery", "mortar", "tank", "sniper", "ammunition", "shell", "rifle", "gun"})


def _people_subject(verb) -> bool:
    """Whether the verb's subject names people: a name, a personal pronoun, or a word for people
    or a body of them ("the delegation", "officials")."""
    lex = actor_lexicon()
    people = lex.title_words | lex.anonymous_heads | lex.group_nouns | lex.body_heads | lex.generic_person_nouns
    while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "the delegation is set to arrive": the subject of "set"
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or c.lower_ in ("he", "she", "they", "we", "i")
                                                     or lemma(c) in people or c.lower_ in people)
               for c in verb.children)


def _object_trigger(tok, lex):
    for form in forms(tok):
        spec = lex.object_triggers.get(form)
        if spec is None:
            continue
        kind, mode, objects = spec
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr") and any(f in objects for f in forms(c)) or (
                c.dep_ in ("dobj", "nsubjpass") and lemma(c) not in STRETCH_NOUNS and any(
                    any(f in objects for f in forms(g)) for g in c.children if g.dep_ in ("compound", "amod", "prep")
                    for g in ([g] + [x for x in g.children if x.dep_ == "pobj"])
                )
            ):
                return kind, mode
    return None


def _phrase_trigger(tok, lem, lex) -> Optional[Trigger]:
    entries = lex.phrases.get(lem)
    if not entries:
        return None
    doc = tok.doc
    for rest, kind, mode in entries:
        # adjacent words ("air strike", "hunger strike", "carry out raid")
        if tok.i + len(rest) < len(doc) and all(lemma(doc[tok.i + 1 + k]) == w or doc[tok.i + 1 + k].lower_ == w
                                                for k, w in enumerate(rest)):
            tokens = [doc[tok.i + k] for k in range(len(rest) + 1)]
            head = min(tokens, key=tree_depth)
            return Trigger(head, tokens, kind, mode)
        # head and child ("call on X to ...", "cut diplomatic ties")
        if len(rest) == 1:
            for child in tok.children:
                if child.dep_ in ("prep", "prt", "dobj", "compound", "oprd", "acomp") and (
                    lemma(child) == rest[0] or child.lower_ == rest[0]
                ):
                    if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
                        continue  # "called him on Wednesday" is no "call on"
                    return Trigger(tok, [tok, child], kind, mode)
    return None


def tree_depth(tok) -> int:
    """How many heads lie above a token; the shallowest of a phrase's tokens is its head."""
    d = 0
    while tok.head != tok and d < 64:
        tok = tok.head
        d += 1
    return d


def _is_non_event(trig: Trigger, lex: EventLexicon) -> bool:
    tok = trig.token
    cues = lex.cues
    lem = lemma(tok)
    comps = cues["non_events"].get(lem)
    if comps:
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp", "dobj", "prep") and (lemma(c) in comps or c.lower_ in comps):
                return True
            if c.dep_ == "prep" and any(g.dep_ == "pobj" and lemma(g) in comps for g in c.children):
                return True  # "sat down for an interview"
            if c.dep_ == "ccomp" and any(m.lower_ in comps for m in c.children if m.dep_ == "mark"):
                return True
    # "reports suggesting ...": an evidential verb whose subject is a report
    if lem in cues["evidential_verbs"]:
        if tok.dep_ == "acl" and lemma(tok.head) in cues["reported_nouns"]:
            return True
        if any(c.dep_ in SUBJECT_DEPS and lemma(c) in cues["reported_nouns"] for c in tok.children):
            return True
    # "Washington-mediated talks": the modifier marks the mode, it is no event of its own
    if tok.dep_ == "amod" and tok.tag_ == "VBN":
        return True
    # "recognise occupied territory" misparsed as a clause: a bare participle right before its object
    if tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "conj", "xcomp", "advcl") and not any(
        c.dep_ in ("aux", "auxpass", "agent") or c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in tok.children
    ) and any(c.dep_ == "dobj" and c.i == tok.i + 1 for c in tok.children):
        return True
    if tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.i == tok.i - 1 and lemma(c) not in AUXILIARIES
                                 for c in tok.children):
        return True  # "would never recognise occupied territory" with "recognise" parsed as an auxiliary
    # "a ceasefire that would freeze the front line": a clause describing an event noun (but "an
    # offer the Kremlin has declined", "a swap which Kyiv proposed": an act on it by its own subject)
    if (tok.dep_ == "relcl" and not is_verbal(tok.head) and any(f in lex.nouns for f in forms(tok.head))
            and not _acts_on_its_noun(tok)):
        return True
    return False


def _acts_on_its_noun(verb) -> bool:
    """A relative clause whose own subject acts on the noun it hangs on: the noun is its object."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(c.lower_ in RELATIVE_PRONOUNS for c in subjects):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    return all(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in objects)


def _fronted_clause(node) -> bool:
    """A clause the parser hung as the complement of a verb after it, with that verb's own object
    between them ("He accused Ukraine of X, a charge Kyiv denied": an apposition misread) or a
    semicolon ("proposed a summit; the two presidents met nine days later": two sentences)."""
    if node.dep_ != "ccomp" or node.i >= node.head.i:
        return False
    return any(c.dep_ == "dobj" and node.i < c.i < node.head.i for c in node.head.children) or any(
        t.text == ";" for t in node.doc[node.i + 1:node.head.i])


def _fronted_clause_of(verb, chain) -> bool:
    """Whether the chain reaches `verb` through such a fronted clause."""
    return any(_fronted_clause(c) for c in verb.children if c in chain)


def _governing_trigger(trig: Trigger, by_token: dict) -> Optional[Trigger]:
    node = trig.token
    if trig.type == "ASSAULT" and lemma(node) in lexicon().cues["casualty_verbs"]:
        # "struck Kharkiv, killing four and wounding 20", "a missile strike ... killed three": the
        # toll of an attack is part of that attack, not an attack of its own
        attack = by_token.get(node.head.i) if node.dep_ in ("advcl", "conj", "xcomp") else None
        if attack is None:
            attack = next((by_token[c.i] for c in node.children if c.dep_ == "nsubj" and c.i in by_token), None)
        if attack is not None and attack.type == "ASSAULT" and attack is not trig:
            return attack
    if trig.type == "CONSULT" and _names_setting(node):
        return None  # "agreed on the corridor at talks in Geneva on Monday": the talks are news too
    for _ in range(32):
        if node.head != node and node.dep_ in ("advcl", "xcomp") and trig.type == "REQUEST" and (
            by_token.get(node.head.i) is not None and by_token[node.head.i].type in MATERIAL_CONFLICT
        ):
            return by_token[node.head.i]  # "staged a protest to demand ...": the demand is the protest's topic
        if (node.dep_ == "advcl" and trig.type == "CONSULT" and by_token.get(node.head.i) is not None
                and by_token[node.head.i].type == "CONSULT" and _purpose_infinitive(node)):
            return by_token[node.head.i]  # "will travel to Moscow next week to discuss ...": one visit
        nominal_list = node.dep_ == "conj" and not is_verbal(node) and not is_verbal(node.head) and (
            node.head.dep_ in ("dobj", "pobj", "attr", "oprd", "nsubjpass", "conj"))
        if (node.dep_ in CLAUSE_BREAKS and not nominal_list) or node.head == node:
            return None  # "calls for a ceasefire, a prisoner exchange and ...": one list, one call
        if _fronted_clause(node):
            return None  # "He accused Ukraine of X, a charge Kyiv denied": the charge is denied, not the accusing
        node = node.head
        gov = by_token.get(node.i)
        if gov is not None:
            return gov
    return None


# ---------------------------------------------------------------------------------------------
# The extractor


def extract_events(doc, actors, timexes, statements, profile, published: Optional[str] = None) -> list[Event]:
    """PLOVER events of one document, each with its evidence span (see module doc). With the
    publication date (`YYYY-MM-DD`), an event the text dates after it is planned, not occurred."""
    events = _extract_events(doc, actors, timexes, statements, profile, published)
    lede = find_lede(doc, timexes, known_text(doc, actors) or doc.text)
    reported = [span for st in statements or [] for span in st.content_spans]
    # speech acts that are events too ("asked deputies to extend martial law", "accused Moscow of
    # ..."): the statement with the same cue has already been dated by its occasion, to the day
    dated_cues = [(st.cue_span, st) for st in statements or [] if st.cue_span and st.cue
                  and st.date and len(st.date) == 10]
    for event in events:
        if event.date is None and event.status == "occurred" and event.trigger:
            first = event.trigger.split()[0].lower()
            said = next((st for (s, _e), st in dated_cues if event.span[0] <= s < event.span[1]
                         and st.cue.split()[0].lower() == first), None)
            if said is not None:
                event.date, event.date_text = said.date, said.date_text
    lede_day_at = lede[3].span[0] if lede is not None else -1
    for event in events:
        if event.date is None and event.status == "occurred" and not any(
                start <= event.span[0] < end and not start <= lede_day_at < end for start, end in reported):
            # "Leaders agreed in Rome on Thursday on ..., but the summit exposed divisions ...":
            # what the lede tells happened, with no day of its own, happened on the lede's day
            # (not what a statement there reports: "Peskov said on Tuesday that Russia rejected
            # the plan" tells of a rejection before it; further down, the annotators leave such
            # events undated: docs/benchmarks/events.md); but the lede's day inside the reported
            # words is theirs ("Ukraine received the bodies ... on Thursday, the headquarters said")
            event.date = lede_day(event.span[0], lede, reach=0)
    return events


def _extract_events(doc, actors, timexes, statements, profile, published: Optional[str] = None) -> list[Event]:
    lex = lexicon()
    resolver = ActorResolver(doc, actors, statements, profile)
    places = _place_index(profile)
    tx_tokens = timex_tokens(doc, timexes)
    known = known_text(doc, actors)
    digest = text_digest(doc, known)
    events: list[Event] = []
    definite_mentions: set = set()  # ids of events named by "the talks", "the visit"
    seen: set = set()
    for sent in doc.sents:
        triggers = [t for t in find_triggers(sent, lex) if not _is_non_event(t, lex)]
        by_token = {t.token.i: t for t in triggers}
        tops = []
        for trig in triggers:
            gov = _governing_trigger(trig, by_token)
            if gov is None:
                tops.append(trig)
        for trig in triggers:
            gov = _governing_trigger(trig, by_token)
            while gov is not None and gov not in tops:
                gov = _governing_trigger(gov, by_token)
            if gov is not None:
                gov.folded.append(trig)
        for trig in sorted(tops, key=lambda t: t.token.i):
            event = _build_event(trig, doc, lex, resolver, places, timexes, tx_tokens, digest, published)
            if event is None or _refers_back(trig, event, events) or _toll_of_told_attack(trig, event, events, lex):
                continue
            key = (event.type, event.span)
            if key in seen:
                continue
            seen.add(key)
            if not event.actors and lemma(trig.token) in lex.bare_nouns:
                # "The next round is due in Istanbul on May 19": a round of the talks told before,
                # between the same parties
                earlier = next((e for e in reversed(events) if e.type == event.type and e.actors), None)
                if earlier is not None:
                    event = replace(event, actors=list(earlier.actors))
            events.append(event)
            if _definite_noun(trig.token):
                definite_mentions.add(event.id)
    return _without_headline_repeats(doc.text if known is None else known, events, definite_mentions)


def heading_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the headline and of each sub-heading: a short line with no full stop that
    a line of text follows ("09:40 GMT - Envoys to meet Putin on Thursday" over its live-blog
    entry, an HTML page's section headings as trafilatura gives them)."""
    out = []
    first = headline_end(text)
    if first is not None:
        out.append((len(text) - len(text.lstrip()), first))
    for match in HEADING_LINE.finditer(text):
        line = match.group(1).rstrip()
        if line and match.start(1) > (first or 0) and line[-1] not in ".:" and len(line.split()) <= MAX_HEADLINE_WORDS:
            out.append((match.start(1), match.start(1) + len(line)))
    return out


# a line between two line breaks, followed by a line of text
HEADING_LINE = re.compile(r"(?<=\n)([^\n]+)\n(?=[ \t]*\S)")


def _without_headline_repeats(text: str, events: list[Event], definite_mentions: set) -> list[Event]:
    """A headline event the story tells again ("Russia denies drone strike on dam" over "Russia on
    Friday denied attacking the dam") is one event: the story's telling, with its date and
    context, is kept. A headline event with no event of its type in the story stays, and so does
    one the story only names back ("Zelensky to meet Trump" over "confirmed the visit"). The type
    alone decides: a headline names its actors loosely ("Pope" for "Pope Leo XIV"). A sub-heading
    is the headline of the text under it, up to the next heading."""
    headings = heading_lines(text)
    headline = headline_end(text)
    sections = []
    for k, (start, end) in enumerate(headings):
        # the headline heads the whole story; a sub-heading, the text down to the next one
        section_end = len(text) if end == headline else next((s for s, _ in headings[k + 1:]), len(text))
        sections.append((start, end, section_end))
    dropped = set()
    for start, end, section_end in sections:
        told_below = {e.type for e in events if end <= e.span[0] < section_end and e.id not in definite_mentions}
        dropped.update(e.id for e in events if start <= e.span[0] < end and e.type in told_below)
    return [e for e in events if e.id not in dropped]


def _toll_of_told_attack(trig, event, earlier, lex) -> bool:
    """"Russia struck Sumy overnight. ... Two people were killed": with no attacker of its own, a
    toll after an attack the story has told belongs to that attack (our annotators leave it out
    or optional); told alone, it is the only trace of the attack and stays."""
    return (event.type == "ASSAULT" and not event.actors and lemma(trig.token) in lex.cues["casualty_verbs"]
            and not any(f.type == "ASSAULT" for f in trig.folded)  # "killed in a missile attack"
            and any(e.type == "ASSAULT" for e in earlier))


def _refers_back(trig: Trigger, event: Event, earlier: list[Event]) -> bool:
    """ "the talks", "the attack", "the loan" with nothing of their own (no actor, date or place)
    after an event of that type: a second mention of it, not a new event."""
    if event.actors or event.date or event.location or not _definite_noun(trig.token):
        return False
    return any(e.type == event.type for e in earlier)


def _definite_noun(tok) -> bool:
    """ "the talks", "this visit": a noun trigger that names something already known."""
    return not is_verbal(tok) and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                      for c in tok.children)


def _build_event(trig, doc, lex, resolver, places, timexes, tx_tokens, digest, published=None) -> Optional[Event]:
    tok = trig.token
    cues = lex.cues
    is_noun = not is_verbal(tok)
    anchor = _anchor_verb(tok, lex) if is_noun else tok
    if is_noun and _under_topic(tok, lex):
        return None
    if tok.dep_ == "relcl" and is_negated(tok):
        return None  # "territory that Russia has not captured": background, not an event
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return None  # "ended the talks without agreeing on a line": what did not happen
    kind, mode = _refine(trig, lex)

    # negated volition ("does not want to concede", "is not ready to meet") is a rejection
    failed = [t for t in (tok, anchor) if t is not None and t.dep_ == "xcomp" and lemma(t.head) in lex.cues["failure_verbs"]]
    quantified = _negative_quantifier(tok, anchor, lex)
    negated = is_negated(tok) or (anchor is not None and anchor != tok and is_negated(anchor)) or bool(failed) or quantified
    refused = False  # a negated willingness turned into a rejection ("would not sign")
    modal = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "can", "could", "shall", "wo", "ca")
                for c in tok.children)
    if negated and not (quantified and is_noun) and (lemma(tok) in cues["volition"]["verbs"] or kind in ("AGREE", "REQUEST", "CONCEDE", "CONSULT")
                    and lemma(tok) not in ("ask",) or modal and kind in COOPERATIVE):
        if kind != "REJECT":
            kind, mode = "REJECT", _mode_from_objects("REJECT", trig, lex)
            negated = False
            refused = True
    status = _status(trig, anchor, negated, lex)
    if status is None:
        return None
    if refused and (status in ("planned", "ongoing") or status == "hypothetical" and not _conditional(tok, lex)):
        status = "occurred"  # "would not sign": the refusal itself has been made (unless "if ...")
    committed = False
    if kind in COOPERATIVE and not is_noun and _is_commitment(tok, lex):
        # PLOVER: cooperation promised or offered ("is ready to sign", "said it would release")
        # is coded AGREE; the commitment itself has been made
        committed = True
        mode = None
        kind, status = "AGREE", "occurred"
    threat_verb = tok if not is_noun else (anchor if anchor is not None and anchor != tok else None)
    if kind in THREAT_MODES and threat_verb is not None and not refused and _is_threat(threat_verb, lex):
        mode = THREAT_MODES[kind] if kind not in ("ASSAULT", "COERCE") else (
            _mode_from_objects("THREATEN", trig, lex) or THREAT_MODES[kind])
        kind, status = "THREATEN", "occurred"
    obligation = _obligation(tok) if not is_noun else None
    if obligation is not None and kind not in ("REQUEST", "THREATEN", "REJECT"):
        # "X said that Iraq must cooperate": a demand by the speaker on the subject
        mode = _mode_from_objects("REQUEST", trig, lex) or lex.object_modes.get("REQUEST", {}).get(lemma(tok))
        kind, status = "REQUEST", "occurred"

    actor_ids, recipient_ids = _participants(trig, anchor, resolver, lex)
    setting = _names_setting(tok)
    if not actor_ids and setting:
        # "the two sides agreed on a corridor at talks in Geneva": who met is who agreed
        actor_ids = [i for subj in subject_of(clause_head(tok)) for i in resolver.ids_for(subj)]
    for toll in trig.folded:
        if toll.type == "ASSAULT" and lemma(toll.token) in cues["casualty_verbs"]:
            # "a bombing near Samarra killed one U.S. soldier": the victims are the attack's
            # targets, and "US Predator attacks ... killed" names the attacker in the subject
            if not recipient_ids:
                recipient_ids = [i for c in toll.token.children if c.dep_ == "dobj" for i in resolver.ids_for(c)]
            if not actor_ids and is_noun and any(c.dep_ == "nsubj" and c == tok for c in toll.token.children):
                actor_ids = [i for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                             for i in resolver.ids_for(c)]
    retype = lex.agent_types.get(kind)
    if retype and is_verbal(tok):
        for subj in subject_of(tok):
            code = next((retype[f] for f in forms(subj) if f in retype), None)
            if code:
                kind, mode = _split(code)
                break
    issued_clause = tok.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    if obligation is not None and kind == "REQUEST" and (tok.dep_ == "ccomp" or issued_clause):
        # "issued a reminder to Iraq that it must cooperate": the issuer demands it of Iraq
        subjects = _issuer(tok, lex) if issued_clause else subject_of(tok.head)
        speakers = [i for s in subjects for i in resolver.ids_for(s)]
        if speakers:
            actor_ids, recipient_ids = speakers, actor_ids + recipient_ids
    location, place_tok = _location(trig, anchor, places)
    recipient_ids = [r for r in recipient_ids if r not in actor_ids]
    visit = kind == "CONSULT" and (mode == "visit" or any(f in MOTION_VERBS for f in forms(predicate_of(tok, anchor))))
    acted_on = place_tok is not None and (kind in PLACE_TARGET_TYPES or visit or _in_complement(place_tok, tok))
    if acted_on and tok.lower_ in actor_lexicon().group_nouns and place_tok.head.head == tok:
        acted_on = False  # "demonstrators in Baghdad": where the group is, not what it acts on
    if not recipient_ids and not acted_on and is_verbal(tok):
        # "threatened to resume attacks in Israel": the place of the act the trigger governs
        place_tok = _complement_place(tok)
        acted_on = place_tok is not None
    if not recipient_ids and acted_on and place_tok.ent_type_ == "GPE":
        # PLOVER's target of an act done in a country ("lifted the curfew in Montenegro"), and
        # the host of a visit ("arrived in Amman")
        recipient_ids = [i for i in resolver.ids_for(place_tok) if i not in actor_ids]
    predicate = anchor if anchor is not None else tok
    climb = status in ("occurred", "reported", "denied", "ongoing")
    tx = predicate_date(doc, predicate, timexes, tx_tokens, climb=climb, trigger=tok)
    if tx is None and setting:
        tx = _attached_date(doc, clause_head(tok), timexes, tx_tokens)  # "agreed at talks ... on Monday"
    if tx is None and climb and is_noun and anchor is None and tok.dep_ == "dobj" and is_verbal(tok.head):
        tx = _attached_date(doc, tok.head, timexes, tx_tokens)  # "on Wednesday approved a loan"
    voiced = None
    if tx is None and climb and kind in VERBAL_KINDS:
        voiced = _voiced_in(predicate, resolver)
    ahead = published is not None and tx is not None and tx.range is not None and (
        tx.range[0] > published or tx.range[1] > published and _deadline(doc, tx))
    if committed and (ahead or _reported_by_another(tok, actor_ids, resolver)):
        # "will meet in Geneva next Tuesday", "the Swiss said the delegations would meet": PLOVER
        # still codes the announced intent AGREE, but what the record dates is the act ahead
        # (a planned CONSULT would suit our blind annotators, but costs PLOVER gold type
        # accuracy 0.783 -> 0.767)
        status = "planned"
    elif ahead and status in ("occurred", "ongoing"):
        if kind in VERBAL_KINDS or _told_as_done(predicate):
            # "called for a truce over Christmas", "voted on Tuesday to extend martial law until
            # August": the act is done; the date ahead is its content's, not its own
            tx = None
        else:
            status = "planned"  # what the text dates after the publication has not happened yet
    if is_noun and anchor is None and not actor_ids and tx is None and location is None and (
        tok.dep_ not in ("dobj", "nsubj", "nsubjpass", "ROOT")
        or any(c.lower_ in lex.cues["anaphoric_determiners"] for c in tok.children if c.dep_ in ("det", "amod", "predet"))
    ):
        return None  # a bare or anaphoric mention ("such guarantees") with nothing to record
    if is_noun and tok.dep_ == "pobj" and tok.head.lower_ in TIME_REFERENCE_PREPS and any(
            c.dep_ in ("det", "poss") and (c.dep_ == "poss" or c.lower_ == "the") for c in tok.children
    ) and not any(t.dep_ == "prep" for t in tok.children):
        # "a month into the full-scale invasion", "since Russia's invasion": a time, not news
        # ("since Russia's invasion on Feb. 24, 2022" tells the event with its date)
        return None
    if is_noun and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and lemma(tok.head.head) in cues["topic_verbs"]:
        return None  # "Moscow has not commented on the strike": what was (not) talked about
    if is_noun and tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return None  # "the talks ended without agreement on a ceasefire": what did not happen
    if (is_noun and tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children)
            and not any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in tok.children)):
        # "any deal on territory would have to ...": a kind of deal, not one made ("any meeting
        # between Putin and Zelensky would need ..." names the one in question)
        return None
    if is_noun and tx is None and tok.dep_ == "pobj" and tok.head.lower_ in STATE_PREPS:
        return None  # "elections are barred under martial law": a state things happen in
    if is_noun and tx is None and tok.dep_ == "nsubj" and _starting_time_clause(tok.head):
        return None  # "since the full-scale invasion began": a time, not news
    if is_noun and not actor_ids and tx is None and location is None and _described(tok, anchor, lex):
        return None  # "the talks had been difficult", "this is not what a ceasefire looks like"
    if is_noun and anchor is None and tok.dep_ == "pobj" and tok.head.lower_ not in BACKGROUND_PREPS | MEETING_SETTING_PREPS and (
        not is_verbal(tok.head.head)
    ):
        return None  # "a response to its invitation": the invitation is referred to, not reported  # a bare mention ("following the US-mediated discussions") with nothing to record
    # "approved a 90 billion euro loan": the verb that acts on an object event is part of its evidence
    carrier = tok.head if anchor is None and is_noun and tok.dep_ == "dobj" and is_verbal(tok.head) else anchor
    span = _evidence_span(trig, carrier)
    trigger_text = " ".join(t.text for t in sorted(trig.tokens, key=lambda t: t.i))
    return Event(
        id=stable_id("evt", digest, kind, span[0], span[1]),
        type=kind,
        mode=mode,
        actors=actor_ids,
        recipients=[r for r in recipient_ids if r not in actor_ids],
        date=timex_record_date(tx, doc) if tx is not None else voiced.date if voiced is not None else None,
        date_text=tx.text if tx is not None else voiced.date_text if voiced is not None else None,
        location=location,
        status=status,
        span=span,
        trigger=trigger_text,
    )


AUXILIARIES = {"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
               "to", "get", "'s", "'ve", "'d", "wo", "ca", "ought", "need", "dare"}
MATERIAL_CONFLICT = {"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}
THREAT_MODES = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations", "REJECT": "relations",
                "MOBILIZE": "violence", "PROTEST": "restrict", "RETREAT": "relations"}
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
# acts done in words: made by the time they are reported, whatever date their content names
VERBAL_KINDS = {"AGREE", "SUPPORT", "REQUEST", "REJECT", "ACCUSE", "THREATEN"}
OBLIGATION_MODALS = {"must", "should"}


def _voiced_in(predicate, resolver):
    """The dated statement a verbal act is voiced in, when the act is the statement itself: "Peskov
    said on Tuesday that Moscow would not accept the plan", "'We will never recognise it,' Sybiha
    said on Monday" (the rejection is made when it is said). Not a past act it reports ("said on
    Tuesday that Russia rejected the plan" tells an earlier rejection, of unknown date)."""
    st = resolver.statement_at(predicate.idx)
    if st is None or not st.date:
        return None
    auxes = [c for c in predicate.children if c.dep_ in ("aux", "auxpass")]
    if predicate.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return None
    return st


def _is_commitment(tok, lex) -> bool:
    """ "ready/willing/prepared to X", or "will/would X" reported by the actor itself (not a
    passive: "the first tranche will be paid out in May" is a schedule, not a promise)."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "xcomp" and lemma(head) in lex.cues["volition"]["adjectives"]:
        return not is_negated(head) and not any(c.dep_ == "neg" for c in head.head.children)
    if tok.dep_ == "xcomp" and head.pos_ == "AUX" and any(
        c.dep_ == "acomp" and lemma(c) in lex.cues["volition"]["adjectives"] for c in head.children
    ):
        return True
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children)
    if future and tok.dep_ == "ccomp" and lemma(tok.head) in PAST_REPORTING:
        return not any(c.dep_ == "mark" and c.lower_ in lex.cues["hypothetical_marks"]
                       for c in tok.children) and not any(
            c.dep_ == "advcl" and any(m.lower_ in lex.cues["hypothetical_marks"] for m in c.children)
            for c in tok.children)
    return False


def _is_threat(tok, lex) -> bool:
    """ "will boycott ... unless", "said they would blockade", "vowed to fight"."""
    if any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in tok.children):
        return True
    if tok.dep_ == "xcomp" and lemma(tok.head) in ("vow", "swear", "pledge", "promise"):
        return True
    if tok.dep_ == "xcomp" and lemma(tok.head) in lex.cues["volition"]["adjectives"]:
        return not is_negated(tok.head) and not is_negated(tok.head.head)  # "is prepared to impose martial law"
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children)
    return future and tok.dep_ == "ccomp" and lemma(tok.head) in PAST_REPORTING and tok.tag_ != "VBN"


def _obligation(tok) -> Optional[str]:
    if tok.dep_ not in ("ccomp", "ROOT", "acl"):
        return None
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS:
            return c.lower_
    return None


def _described(tok, anchor, lex) -> bool:
    """Whether a noun event is only described by a copula or a verb of appearance ("the talks were
    difficult", "what a ceasefire looks like"), not told as happening; "possible" keeps it."""
    verb = anchor if anchor is not None else (tok.head if tok.dep_ in ("nsubj", "attr") else None)
    if verb is None or not is_verbal(verb) or lemma(verb) not in lex.cues["descriptive_verbs"]:
        return False
    return not any(c.dep_ in ("acomp", "attr") and lemma(c) in lex.cues["hypothetical_adjectives"]
                   for c in verb.children)


def _anchor_verb(tok, lex):
    """For a noun trigger, the verb that carries it: an acl ("talks held in ..."), a light or status
    verb it is the object or subject of ("carried out an exchange", "fighting continues",
    "talks are scheduled to take place"), else None."""
    light = lex.cues["light"]["verbs"] | lex.cues["planned_governors"] | lex.cues["ongoing_governors"]
    for c in tok.children:
        # not a content clause with its own subject: "the demand that Ukraine hold elections"
        if c.dep_ == "acl" and any(f in light for f in forms(c)) and not any(
                g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children):
            return c
    node = tok
    if tok.dep_ == "compound" and lemma(tok.head) in lex.cues["light"]["topic_heads"] | lex.cues["light"]["nouns"]:
        node = tok.head  # "launched a mediation effort": the effort carries the mediation
    for _ in range(8):
        if node.dep_ in ("pobj",) and node.head.dep_ == "prep" and node.head.lower_ == "of" and (
            lemma(node.head.head) in lex.cues["light"]["nouns"]
            or any(c.dep_ in ("nummod", "quantmod") for c in node.head.head.children)
        ):
            node = node.head.head  # "another round of talks", "5 million dollars of aid"
            continue
        if node.dep_ == "conj" and not is_verbal(node.head):
            node = node.head
            continue
        break
    if node.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "oprd") and is_verbal(node.head):
        if any(f in light for f in forms(node.head)) or node.head.lemma_ == "be":
            return node.head
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and is_verbal(node.head.head) and (
        lemma(node.head.head) not in PAST_REPORTING  # "only with guarantees, he told journalists"
    ) and (
        lemma(node.head.head) in light
        or (node.head.lower_ not in BACKGROUND_PREPS | {"of", "about", "over", "against", "without"}
            and node.head.head.lemma_ != "be")
    ):
        return node.head.head  # "arrived in Amman on a visit", "return to Geneva for talks"
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ == "for":
        # "is due in Washington on Monday for talks": the verb of the arrangement carries them
        gov = node.head.head
        arranged = lex.cues["arrangement_adjectives"]
        if gov.dep_ == "acomp" and lemma(gov) in arranged and is_verbal(gov.head):
            return gov.head
        if gov.lemma_ == "be" and any(c.dep_ == "acomp" and lemma(c) in arranged for c in gov.children):
            return gov
    return None


def _under_topic(tok, lex) -> bool:
    """A noun inside a topic phrase ("efforts to reach a settlement", "questions over ...")."""
    topics = lex.cues["light"]["topic_heads"]
    node = tok
    if tok.dep_ == "compound":
        node = tok.head  # "a mediation effort": the modifier names the event the head noun carries
    for _ in range(16):
        if node.head == node:
            return False
        if node.dep_ in ("ccomp", "advcl", "relcl", "ROOT", "parataxis"):
            return False
        if is_verbal(node) and node.dep_ in ("conj",):
            return False
        node = node.head
        if not is_verbal(node) and lemma(node) in topics:
            return True
    return False


def _object_lemmas(trig: Trigger) -> list[str]:
    """Lemmas of the trigger's objects and complements, and of the triggers folded into it."""
    out = []
    stack = [trig.token] + [f.token for f in trig.folded]
    for t in stack:
        out.append(lemma(t))
        for c in t.children:
            if c.dep_ in ("dobj", "pobj", "xcomp", "ccomp", "acl", "compound", "amod", "nsubjpass", "attr"):
                out.append(lemma(c))
                for g in c.children:
                    if g.dep_ in ("compound", "amod", "pobj"):
                        out.append(lemma(g))
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "on"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        out.append(lemma(g))
                        out.extend(lemma(x) for x in g.children if x.dep_ in ("compound", "amod"))
    return out


def _mode_from_objects(kind: str, trig: Trigger, lex) -> Optional[str]:
    table = lex.object_modes.get(kind, {})
    for lem in _object_lemmas(trig):
        if lem in table:
            return table[lem]
    return None


def _refine(trig: Trigger, lex) -> tuple[str, Optional[str]]:
    kind, mode = trig.type, trig.mode
    retype = lex.object_types.get(kind, {})
    if retype:
        # only the trigger's own objects retype it ("ordered patrols", not "demanded that X withdraw troops")
        for lem in _object_lemmas(Trigger(trig.token, trig.tokens, trig.type, trig.mode))[1:]:
            if lem in retype:
                kind, mode = _split(retype[lem])
                break
    if mode is None:
        mode = _mode_from_objects(kind, trig, lex)
    if mode is None:
        for f in trig.folded:
            if f.type == kind and f.mode:
                mode = f.mode
                break
    if mode is None and kind in ("ASSAULT", "THREATEN", "MOBILIZE"):
        # the instrument may be anywhere in the clause: "killed by an explosive device",
        # "aircraft killed 46 civilians", "launched artillery fire"
        table = lex.object_modes.get(kind, {})
        for t in _clause_tokens(trig.token):
            found = next((table[f] for f in forms(t) if f in table), None)
            if found:
                mode = found
                break
    if kind == "CONSULT" and mode is None:
        for t in [trig.token] + [f.token for f in trig.folded]:
            if any(lemma(c) in lex.cues["agent_modifiers"]["third_party"] for c in t.children if c.dep_ in ("amod", "acl")):
                mode = "third-party"
    return kind, mode


def _clause_tokens(head) -> list:
    """Tokens of the clause headed by `head`, without the clauses embedded in it."""
    out = []
    stack = list(head.children)
    while stack:
        t = stack.pop()
        if t.dep_ in ("relcl", "ccomp", "conj", "advcl", "parataxis", "appos"):
            continue
        out.append(t)
        stack.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def _status(trig: Trigger, anchor, negated: bool, lex) -> Optional[str]:
    cues = lex.cues
    tok = trig.token
    heads = [tok] if anchor is None or anchor == tok else [tok, anchor]
    chain = []  # the trigger (and anchor), then governing words up to the sentence root
    node = heads[-1]
    for _ in range(32):
        if node.head == node:
            break
        node = node.head
        chain.append(node)
    modifiers = [c for h in heads for c in h.children]
    # denial: "denied attacking", "dismissed reports that ..."
    for a in chain:
        if any(c.dep_ == "conj" and c in chain for c in a.children):
            break  # "denied targeting the plant and said its forces had destroyed a depot": the
            # second conjunct's content is a claim of its own, not denied
        if _fronted_clause_of(a, heads + chain):
            break  # "He accused Ukraine of X, a charge Kyiv denied": the accusing is not denied
        if lemma(a) in cues["denial_verbs"]:
            if lemma(a) in ("deny", "refute", "rebut", "dispute"):
                return "denied"
            if any(lemma(c) in cues["reported_nouns"] for c in a.children if c.dep_ == "dobj"):
                return "denied"
        if is_verbal(a) and lemma(a) not in PAST_REPORTING:
            break
    if negated:
        if tok.dep_ in ("ROOT", "ccomp", "conj", "xcomp") or anchor is not None:
            return "denied"
        return None
    if not is_verbal(tok) and any(t.lower_ in cues["scheduled_modifiers"] for t in tok.subtree if t.i < tok.i):
        return "planned"  # "Trump's planned meeting", "a planned leaders' meeting" (however parsed)
    # hypothetical: modals, "if" clauses
    clause_nodes = heads + _clause_governors(heads[-1])
    for n in clause_nodes:
        for c in n.children:
            if c.dep_ == "mark" and c.lower_ in cues["hypothetical_marks"]:
                return "hypothetical"
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues["hypothetical_marks"] for m in c.children):
                return "hypothetical"
    if any(c.dep_ in ("acomp", "attr") and lemma(c) in cues["hypothetical_adjectives"]
           for n in clause_nodes for c in n.children):
        return "hypothetical"  # "a summit was very possible"
    future = False
    for n in clause_nodes:
        for c in n.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in cues["hypothetical_modals"]:
                # "a truce would only help Kyiv": what the event would bring about is hypothetical,
                # as is the event; "said talks would take place": reported future
                consequence = tok.dep_ in ("nsubj", "nsubjpass") and n == tok.head and not is_verbal(tok) and not any(
                    f in cues["light"]["verbs"] | cues["planned_governors"] for f in forms(n))
                if c.lower_ == "would" and _under_past_reporting(n) and not consequence:
                    future = True
                    continue
                return "hypothetical"
            if c.dep_ == "aux" and c.lower_ in cues["future_modals"]:
                future = True
    # reported: "reports suggesting ...", "reportedly"
    for a in chain:
        if lemma(a) in cues["reported_nouns"] and not is_verbal(a):
            return "reported"
        if is_verbal(a) and any(c.dep_ in SUBJECT_DEPS and lemma(c) in cues["reported_nouns"] for c in a.children):
            return "reported"  # "Reports suggested that ..."
    if any(c.lower_ in cues["reported_adverbs"] for c in modifiers) or any(
        c.lower_ in cues["reported_adverbs"] for n in clause_nodes for c in n.children
    ):
        return "reported"
    # planned: "scheduled to take place", "plans to visit", "will meet", "upcoming talks"
    if future:
        return "planned"
    pred = heads[-1]
    if any(c.dep_ == "mark" and c.lower_ in cues["prospective_marks"] for c in pred.children) and _hypothetical_clause(
            pred.head, cues):
        return "hypothetical"  # "a summit is possible only once the delegations have agreed"
    if any(c.dep_ == "mark" and c.lower_ in cues["prospective_marks"] for c in pred.children) and (
        pred.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in pred.children)
        # reported speech shifts the tense back: "would not discuss it until sanctions were lifted"
        or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo") for c in pred.head.children)
    ):
        mark = next(c.lower_ for c in pred.children if c.dep_ == "mark" and c.lower_ in cues["prospective_marks"])
        governor = pred.head
        if mark in cues["conditional_marks"] or is_negated(governor) or lemma(governor) in cues["opposing_verbs"]:
            # "not until sanctions are lifted", "opposes a ceasefire before an agreement is signed":
            # a condition, not a plan
            return "hypothetical"
        return "planned"  # "the troops will leave before the elections are held"
    for n in chain[:4]:
        # "hoped to meet Putin", "wants to seize the region": wished for, not done
        if is_verbal(n) and any(f in cues["desire_governors"] for f in forms(n)):
            return "hypothetical"
        if is_verbal(n) and n.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis"):
            break
        if n.dep_ not in ("xcomp", "prep", "pcomp", "dobj", "pobj", "aux"):
            break
    if _headline_future(heads[-1]):
        return "planned"
    for n in heads + chain[:4]:
        if lemma(n) in cues["planned_governors"] and n != tok:
            if not is_verbal(n) and n.dep_ not in ("acomp",):
                continue
            return "planned"
        if is_verbal(n) and n.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis") and n != heads[-1]:
            break
    if any(lemma(c) in cues["planned_modifiers"] for c in modifiers if c.dep_ in ("amod", "det", "compound")):
        return "planned"
    # ongoing: "fighting continues", "is seeking", "does not want"
    for n in heads + chain[:2]:
        if lemma(n) in cues["ongoing_governors"] and n != tok:
            return "ongoing"
        if n.dep_ in ("advcl", "relcl", "ccomp", "parataxis"):
            break  # "fighting continued until a truce was signed": the truce does not continue
    if any(lemma(c) in cues["ongoing_modifiers"] for c in modifiers if c.dep_ == "amod"):
        return "ongoing"
    pred = heads[-1]
    if pred.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in pred.children):
        return "ongoing"
    if pred.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in pred.children):
        return "ongoing"
    if any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in ("VBZ", "VBP") for c in pred.children):
        return "ongoing"
    return "occurred"


def _when_clause_date(doc, verb, tx_tokens):
    """ "met in Istanbul on June 2, when they agreed to ...", "in March 2022, when the two sides met":
    a "when" clause happens at the time it hangs on, as does its subject ("when shelling cut ..."),
    and a "where" clause at the time of the verb its place hangs on."""
    node = clause_head(verb)
    if node.dep_ in ("nsubj", "nsubjpass") and node.head != node:
        node = clause_head(node.head)
    if node.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in node.children):
        # "met in Abu Dhabi on Jan. 24, where they agreed to ...": what was done there and then
        place = node.head
        if place.dep_ == "pobj" and place.head.dep_ == "prep" and is_verbal(place.head.head):
            return _attached_date(doc, place.head.head, None, tx_tokens)
        return None
    if node.dep_ not in ("advcl", "relcl") or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in node.children):
        return None
    head = node.head
    if node.dep_ == "relcl":
        return next((tx for tx, start, end in tx_tokens if start <= head.i < end), None)
    return _attached_date(doc, head, None, tx_tokens) if is_verbal(head) else None


def _names_setting(tok) -> bool:
    """A noun event named as the setting of another act ("agreed ... at talks in Geneva")."""
    return not is_verbal(tok) and tok.dep_ == "pobj" and tok.head.lower_ in MEETING_SETTING_PREPS


def _purpose_infinitive(verb) -> bool:
    """'(flew to Berlin) to brief advisers': a to-infinitive with no subject or conjunction of its own."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _starting_time_clause(verb) -> bool:
    """'since the invasion began', 'weeks after the war started': a clause that tells a time by
    the start of something known."""
    return (verb.dep_ == "advcl" and lemma(verb) in STARTING_VERBS
            and any(c.dep_ in ("mark", "prep") and c.lower_ in TIME_REFERENCE_MARKS for c in verb.children))


def _adjunct_date(doc, verb, timexes, tx_tokens):
    """ "Poland on Monday ordered them to leave, accusing them of ...", "will gather in Paris on
    Jan. 22 to discuss ...": a participle or purpose infinitive hung on a dated verb, with no
    subject or conjunction of its own, happens at that verb's time."""
    if verb.dep_ != "advcl" or not is_verbal(verb.head):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    participle = verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if not (participle or _purpose_infinitive(verb)):
        return None
    tx = _attached_date(doc, verb.head, timexes, tx_tokens)
    span = doc.char_span(tx.span[0], tx.span[1], alignment_mode="expand") if tx is not None else None
    if span is not None and span.start > 0 and doc[span.start - 1].lower_ in SPAN_EDGE_PREPOSITIONS:
        return None  # "had blocked it since late June, demanding ...": the start of a state, not the act's time
    return tx


def _conjunct_date(doc, verb, timexes, tx_tokens):
    """ "said on Tuesday that ..., but he rejected Kyiv's call": a verb in the same tense joined to
    a dated verb shares its date."""
    if verb.dep_ != "conj" or not is_verbal(verb) or not is_verbal(verb.head) or verb.tag_ != verb.head.tag_:
        return None
    return _attached_date(doc, verb.head, timexes, tx_tokens)


def _headline_future(verb) -> bool:
    """Headline style "Zelensky to meet Trump in Washington", "EU to impose new sanctions",
    "Negotiators to meet in Geneva, Swiss say": a bare to-infinitive with its own subject, or
    standing for the sentence's verb, tells what is going to happen."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return True
    if verb.dep_ == "acl":
        return verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN")
    return verb.dep_ == "ccomp" and lemma(verb.head) in PAST_REPORTING and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _told_as_done(verb) -> bool:
    """Whether the finite verb of `verb`'s clause (itself, or the verb its infinitive hangs on) is
    a simple past or a perfect: "voted to extend", "has called on them to observe"."""
    node = verb
    for _ in range(4):
        if node.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head == node:
            return False
        node = node.head
    return False


def _reported_by_another(verb, actor_ids: list, resolver) -> bool:
    """Whether the reporting verb above `verb` has a subject that is none of the event's actors
    ("Switzerland said the delegations would meet")."""
    head = verb.head
    if verb.dep_ != "ccomp" or not actor_ids:
        return False
    reporters = {i for s in subject_of(head) for i in resolver.ids_for(s)}
    # "Zelensky said Ukraine would release them": a speaker answers for the side he belongs to
    sides = {slugify(a.affiliation) for a in map(resolver.actors.get, reporters) if a is not None and a.affiliation}
    return bool(reporters) and not (reporters | sides) & set(actor_ids)


def _negative_quantifier(tok, anchor, lex) -> bool:
    """ "No agreement was reached", "neither side has agreed", "nobody attacked": a negative
    determiner on the noun event or on the subject of its predicate."""
    words = lex.cues["negative_quantifiers"]
    if not is_verbal(tok) and any(c.dep_ in ("det", "neg") and c.lower_ in words for c in tok.children):
        return True
    pred = anchor if anchor is not None else (tok if is_verbal(tok) else None)
    if pred is None or not is_verbal(pred):
        return False
    for subj in subject_of(pred):
        if subj.lower_ in words or any(c.dep_ in ("det", "neg") and c.lower_ in words for c in subj.children):
            return True
    return False


def _conditional(verb, lex) -> bool:
    """Whether an if/unless clause or mark bears on `verb` or the verbs governing it in its clause."""
    marks = lex.cues["hypothetical_marks"]
    for n in [verb] + _clause_governors(verb):
        for c in n.children:
            if c.dep_ == "mark" and c.lower_ in marks:
                return True
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                return True
    return False


def _hypothetical_clause(verb, cues) -> bool:
    """Whether the clause of `verb` is itself unreal: negated, modal, or "possible"/"unlikely"."""
    if verb.head == verb and not is_verbal(verb):
        return False
    nodes = [verb] + ([verb.head] if verb.dep_ == "acomp" else [])
    for n in nodes:
        if lemma(n) in cues["hypothetical_adjectives"] or is_negated(n):
            return True
        for c in n.children:
            if c.dep_ in ("acomp", "attr") and lemma(c) in cues["hypothetical_adjectives"]:
                return True
            if c.dep_ == "aux" and c.lower_ in cues["hypothetical_modals"]:
                return True
    return False


def _clause_governors(node) -> list:
    """The verbs above `node` up to (not beyond) the nearest finite-clause boundary."""
    out = []
    for _ in range(8):
        if node.dep_ not in ("xcomp", "acomp", "pcomp", "prep", "dobj", "nsubj", "nsubjpass", "pobj", "acl", "conj") or node.head == node:
            break
        node = node.head
        if is_verbal(node):
            out.append(node)
    return out


def _under_past_reporting(node) -> bool:
    for _ in range(6):
        if node.head == node:
            return False
        if node.dep_ == "ccomp":
            head = node.head
            return lemma(head) in PAST_REPORTING and head.tag_ in ("VBD", "VBN")
        node = node.head
    return False


def _participants(trig: Trigger, anchor, resolver: ActorResolver, lex) -> tuple[list, list]:
    tok = trig.token
    actor_ids: list[str] = []
    recipient_ids: list[str] = []

    def add(target, ids):
        for i in ids:
            if i not in target:
                target.append(i)

    words = [tok] + [f.token for f in trig.folded]
    if is_verbal(tok):
        for subj in subject_of(tok) or _issuer(tok, lex) or _root_noun_subject(tok):
            add(actor_ids, resolver.ids_for(subj))
        stative = tok.lower_ in lex.cues["stative_participles"] and not any(c.dep_ == "agent" for c in tok.children)
        for c in tok.children:
            if c.dep_ == "nsubjpass" and stative:
                add(actor_ids, resolver.ids_for(c))  # "Israel is opposed to ...": Israel opposes
            elif c.dep_ == "nsubjpass":
                ids = resolver.ids_for(c)
                add(recipient_ids, ids)
                if not ids:  # "a camp for Congolese refugees was attacked"
                    add(recipient_ids, _object_parties(c, lex, resolver, material=trig.type in OWNER_TARGET_TYPES))
    else:
        # "its invitation", "Russia's demand", "attacks by X", "talks between X and Y"
        poss = [c for c in tok.children if c.dep_ == "poss"]
        agents = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                  for g in c.children if g.dep_ == "pobj"]
        # "a mediation mission between X and Y": the head noun carries the parties
        carriers = words + ([tok.head] if tok.dep_ == "compound" else [])
        between = [g for w in carriers for c in w.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                   for g in c.children if g.dep_ == "pobj"]
        role = tok.head if tok.dep_ == "compound" else tok
        verb_subjects = []
        if anchor is not None and role.dep_ in ("dobj", "pobj", "attr", "conj") or (
            anchor is not None and tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "acl" and c == anchor for c in tok.children)
        ):
            verb_subjects = subject_of(anchor) if anchor is not None and anchor.head != tok else []
        elif tok.dep_ == "dobj" and is_verbal(tok.head) and not _own_side(tok, resolver, lex):
            # "X rejected a demand": X is no actor of the demand, unless nothing else names one
            verb_subjects = subject_of(tok.head)
        pronoun_poss = [p for p in poss if p.pos_ == "PRON"]
        if verb_subjects and (not poss or pronoun_poss):
            for s in verb_subjects:
                add(actor_ids, resolver.ids_for(s))
        if actor_ids and trig.mode == "third-party":
            for g in between:  # the mediator acts; the parties between whom it mediates receive
                add(recipient_ids, resolver.ids_for(g))
        else:
            agents += between
        for p in poss + agents:
            if actor_ids and p.pos_ == "PRON":
                continue
            add(actor_ids, resolver.ids_for(p))
        if not actor_ids:
            # "the deployment of NATO troops", "a meeting of ministers": who moves or meets;
            # "the arrest of journalists": who is acted on
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj" and trig.type in OF_AGENT_TYPES:
                            add(actor_ids, resolver.ids_for(g))
                        elif g.dep_ == "pobj" and trig.type in OWNER_TARGET_TYPES:
                            add(recipient_ids, resolver.ids_for(g))
        if not actor_ids and tok.lower_ in actor_lexicon().group_nouns:
            # "Egyptian demonstrators", "protesters in Baghdad": the people the noun names act
            add(actor_ids, resolver.ids_for(tok))
        if not actor_ids:
            for c in tok.children:
                if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and not (
                    c.dep_ == "amod" and lemma(c) in lex.cues["agent_modifiers"]["third_party"]
                ):
                    add(actor_ids, resolver.ids_for(c) if c.pos_ == "PROPN" else ([resolver.side_of_word(c)] if resolver.side_of_word(c) else []))
                    if not actor_ids and c.dep_ == "amod":
                        # "Palestinian riots": a nationality outside the profile names a group
                        group = resolver.actors.nationality_group(c)
                        add(actor_ids, [group.id] if group else [])
                    for g in c.children:
                        if g.dep_ in ("npadvmod", "compound") and lemma(c) in lex.cues["agent_modifiers"]["by_actor"]:
                            add(actor_ids, resolver.ids_for(g))
    # recipients: objects and to/with/against phrases of the trigger and of what it directly
    # folds in ("invitation to Zelensky to visit Moscow"); "suggested that Putin travel": Putin
    near = [tok] + [f.token for f in trig.folded if f.token.dep_ in ("xcomp", "ccomp", "dobj", "pobj")
                    and (f.token.head == tok or f.token.head.head == tok)]
    if is_verbal(tok):
        # the control chain: "threatened to break off relations with Congo", "agreed to provide aid to X"
        frontier = [tok]
        for _ in range(3):
            frontier = [c for n in frontier for c in n.children if c.dep_ == "xcomp" and is_verbal(c)]
            near.extend(c for c in frontier if c not in near)
        if trig.type in ADDRESSEE_CLAUSE_TYPES:
            # "demanded that the United States match ...": who is to act is the addressee
            near.extend(c for c in tok.children if c.dep_ == "ccomp" and is_verbal(c) and c not in near)
        # "will allow 13,000 refugees to return" (parsed as a clause): who is let or made to act
        near.extend(c for c in tok.children if c.dep_ == "ccomp" and is_verbal(c) and c not in near and any(
            a.dep_ == "aux" and a.tag_ == "TO" for a in c.children))
    for f in near[1:]:
        if f.dep_ == "ccomp" and is_verbal(f):
            for s in f.children:
                if s.dep_ in SUBJECT_DEPS:
                    add(recipient_ids, resolver.ids_for(s))
    for w in near:
        if w != tok and lemma(w) in MOTION_VERBS and trig.type != "CONSULT":
            continue
        if w != tok and w.dep_ == "ccomp":
            continue  # only its subject (above): its objects are the addressee's business
        for c in w.children:
            # "provided aid to Macedonia" parses "to" as a dative: a preposition, not an object
            nominal_object = c.dep_ in ("dobj", "iobj") or (c.dep_ == "dative" and c.pos_ != "ADP")
            if nominal_object and (w.i != tok.i or is_verbal(tok)):
                ids = resolver.ids_for(c)
                add(recipient_ids, ids)
                if set(ids) <= set(actor_ids) and not is_verbal(c):
                    # "closed its borders with Iran": "its" is the actor, the phrase names the target
                    add(recipient_ids, _object_parties(c, lex, resolver, material=trig.type in OWNER_TARGET_TYPES))
            elif c.dep_ in ("prep", "dative") and (c.lower_ in RECIPIENT_PREPS or (
                c.lower_ == "from" and trig.type in ("RETREAT", "SANCTION", "COERCE"))):
                for g in c.children:
                    if g.dep_ == "pobj":
                        ids = resolver.ids_for(g)
                        add(recipient_ids, ids)
                        if not ids and not is_verbal(g):
                            # "for a war against Iraq", "hacked into the computers of X"
                            add(recipient_ids, _object_parties(g, lex, resolver, material=trig.type in OWNER_TARGET_TYPES))
            elif c.dep_ == "prep" and trig.type in RESPONSE_TYPES and c.lower_ in RESPONSE_PREPS:
                # "declined to resign despite pressure by X", "conceded under demands from X":
                # whose pressure the act answers
                for g in c.children:
                    if g.dep_ == "pobj" and not is_verbal(g):
                        for p in g.children:
                            if p.dep_ == "prep" and p.lower_ in ("by", "from"):
                                for a in p.children:
                                    if a.dep_ == "pobj":
                                        add(recipient_ids, resolver.ids_for(a))
            elif c.dep_ == "prep" and c.lower_ == "of" and w != tok and not is_verbal(w):
                # "seeking the withdrawal of Ukrainian forces": who is to withdraw
                for g in c.children:
                    if g.dep_ == "pobj":
                        add(recipient_ids, resolver.ids_for(g))
            elif c.dep_ == "prep" and c.lower_ == "of" and not is_verbal(w):
                # "a suspension of air links with Serbia": the phrase inside names the target
                for g in c.children:
                    if g.dep_ == "pobj" and not is_verbal(g):
                        add(recipient_ids, _object_parties(g, lex, resolver, 1))
            elif c.dep_ == "prep" and c.lower_ in ("by", "from") and w != tok and not is_verbal(w):
                # "rejected calls by Kofi Annan", "accepted demands from the rebels": the caller
                for g in c.children:
                    if g.dep_ == "pobj":
                        add(recipient_ids, resolver.ids_for(g))
            elif c.dep_ == "poss" and w != tok and not is_verbal(w) and c.pos_ != "PRON":
                add(recipient_ids, resolver.ids_for(c))  # "rejected Russia's demand"
            elif c.dep_ == "acl" and not is_verbal(w):
                # "invitation for Zelensky to come"
                for g in c.children:
                    if g.dep_ == "nsubj":
                        add(recipient_ids, resolver.ids_for(g))
    if not recipient_ids and is_verbal(tok):
        # "opened fire to disperse the demonstrators", "staged rallies to demand the removal of X":
        # whom the act's purpose clause acts on
        for purpose in tok.children:
            if purpose.dep_ in ("advcl", "xcomp") and is_verbal(purpose) and purpose not in near and any(
                a.dep_ == "aux" and a.tag_ == "TO" for a in purpose.children
            ):
                for c in purpose.children:
                    if c.dep_ == "dobj":
                        # "to show their anger": "their" is the actor's own, not who is acted on
                        own = any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
                        ids = [] if own else [i for i in resolver.ids_for(c) if i not in actor_ids]
                        add(recipient_ids, ids or _object_parties(c, lex, resolver, material=True))
    return actor_ids, recipient_ids


# the owner of what these act on is their target ("shelled positions of X", "raided offices of X",
# "defended the right of X", "criticised the policy of X")
OWNER_TARGET_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "SUPPORT", "ACCUSE", "REJECT"}
# acts done to a place: the place's country is the target ("lifted the curfew in Montenegro"), unlike
# the venue of an agreement or a meeting
PLACE_TARGET_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "AID", "RETREAT", "CONCEDE", "THREATEN", "PROTEST"}
# a noun of these types takes its actor in an "of" phrase ("the withdrawal of Russian troops")
OF_AGENT_TYPES = {"MOBILIZE", "RETREAT", "PROTEST", "CONSULT"}
# acts that answer someone's pressure: "despite calls by X" names the recipient
RESPONSE_TYPES = {"REJECT", "CONCEDE", "AGREE", "RETREAT", "COOPERATE"}
RESPONSE_PREPS = {"despite", "under", "amid", "after", "following"}
# a that-clause of these names who is to act: the addressee ("demanded that X withdraw")
ADDRESSEE_CLAUSE_TYPES = {"REQUEST", "ACCUSE"}
# phrases on a non-actor object that name the party it is aimed at ("sanctions on Iran",
# "further action against Russia", "relations with Congo", "aid to Romania")
OBJECT_RECIPIENT_PREPS = {"to", "with", "against", "on", "upon", "toward", "towards", "for"}


def _issuer(verb, lex) -> list:
    """ "The party issued a declaration demanding ...": a participle on an issued document speaks
    for the subject of the verb that issued it."""
    doc_noun = verb.head
    clause = verb.tag_ == "VBG" or any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    if verb.dep_ != "acl" or not clause or lemma(doc_noun) not in lex.cues["issued_documents"]:
        return []
    if doc_noun.dep_ != "dobj" or not is_verbal(doc_noun.head):
        return []
    return subject_of(doc_noun.head)


def _root_noun_subject(verb) -> list:
    """ "Doctors from two aid groups donated goods ...": a sentence the parse roots on a noun, its
    only verb tagged as a participle modifying it. With an object the verb is active, so the root
    noun is its subject ("prisoners released on Monday", with no object, stays agentless)."""
    node = verb.head if verb.dep_ == "conj" else verb
    if node.dep_ != "acl" or node.tag_ not in ("VBN", "VBD") or any(c.dep_ == "agent" for c in node.children):
        return []
    if not any(c.dep_ == "dobj" for n in [node, *node.conjuncts] for c in n.children):
        return []
    root = node.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or not root.is_ancestor(node):
        return []
    return [root]


def _object_parties(obj, lex, resolver, depth: int = 0, material: bool = False) -> list[str]:
    """Parties named inside a non-actor object: its to/with/against/on/by/from phrases, and for an
    event noun its possessor ("denounced Serbia's suppression", "rejected calls by X");
    one more level through a non-actor phrase ("a suspension of air links with Serbia")."""
    out: list[str] = []
    event_noun = any(f in lex.nouns for f in forms(obj))
    for c in obj.children:
        if c.dep_ == "prep" and (c.lower_ in OBJECT_RECIPIENT_PREPS or c.lower_ in ("of", "by", "from")):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                # "shelled positions of the Palestinian forces": an attack's "of" names whose
                ids = resolver.ids_for(g) if c.lower_ != "of" or material else []
                out.extend(i for i in ids if i not in out)
                if not ids and depth < 1 and not is_verbal(g):
                    out.extend(i for i in _object_parties(g, lex, resolver, depth + 1) if i not in out)
        elif c.dep_ == "poss" and event_noun and c.pos_ != "PRON":
            out.extend(i for i in resolver.ids_for(c) if i not in out)
        elif c.dep_ == "acl":
            # "crimes committed by X forces": the passive agent of the object's participle
            for a in c.children:
                if a.dep_ == "agent":
                    out.extend(i for g in a.children if g.dep_ == "pobj" for i in resolver.ids_for(g) if i not in out)
    return out


def _complement_place(verb):
    """A country or city named in an in/into phrase of the verbs the trigger controls (xcomp chain)."""
    frontier = [verb]
    for _ in range(3):
        frontier = [c for n in frontier for c in n.children if c.dep_ == "xcomp" and is_verbal(c)]
        for n in frontier:
            for c in n.children:
                targets = [c] if c.dep_ == "dobj" else []
                for t in [n] + targets:
                    for p in t.children:
                        if p.dep_ == "prep" and p.lower_ in ("in", "into"):
                            for g in p.children:
                                if g.dep_ == "pobj" and g.ent_type_ == "GPE":
                                    return g
    return None


def _in_complement(place_tok, trigger) -> bool:
    """Whether a place phrase belongs to an act the trigger governs ("agreed to set up a centre in
    Tokyo"), not to the trigger's own venue ("signed the deal in Doha")."""
    node = clause_head(place_tok)
    for _ in range(4):
        if node == trigger or node.head == node:
            return False
        if node.dep_ == "xcomp" and node.head == trigger:
            return True
        node = node.head
    return False


def predicate_of(tok, anchor):
    return anchor if anchor is not None else tok


def _own_side(tok, resolver, lex) -> bool:
    """Whether a noun names its own agent by a modifier ("the Russian demand", "Kyiv's offer")."""
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return True
        if c.dep_ in ("amod", "compound", "nmod") and resolver._affiliation_words.get(c.text):
            return True
    return False


def _place_index(profile) -> dict[str, str]:
    """Lower-cased alias -> canonical place name, from the profile's [[places]]."""
    return _place_index_of(tuple((str(p.get("name")), tuple(p.get("aliases", [])))
                                 for p in getattr(profile, "places", []) or [] if p.get("name")))


@lru_cache(maxsize=16)
def _place_index_of(places: tuple) -> dict[str, str]:
    index: dict[str, str] = {}
    for name, aliases in places:
        for alias in (name, *aliases):
            index[str(alias).lower()] = name
    return index


def _location(trig: Trigger, anchor, places: dict):
    """(place name, its token) of the event, or (None, None)."""
    heads = [trig.token] + [f.token for f in trig.folded]
    if anchor is not None and anchor != trig.token:
        heads.append(anchor)
        heads.extend(c for c in anchor.children if c.dep_ == "xcomp")
    for h in heads:
        for c in h.children:
            candidates = []
            if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS:
                candidates = [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in ("dobj", "npadvmod") and lemma(h) in ("visit", "travel", "host"):
                candidates = [c]
            elif c.dep_ == "prep" and c.lower_ == "of" and h == trig.token and trig.type in PLACE_TARGET_TYPES:
                candidates = [g for g in c.children if g.dep_ == "pobj"]  # "the invasion of South Lebanon"
            if c.dep_ in ("dobj", "prep"):
                for g in c.children:
                    kids = [g] if c.dep_ == "dobj" else [x for x in g.children]
                    if c.dep_ == "dobj":
                        # "a curfew imposed in Sudan", "power lines leading into Kabul",
                        # "a state of emergency in Darfur": the object's own participle or of-phrase
                        kids += [x for x in g.children if x.dep_ == "acl"]
                        kids += [p for x in g.children if x.dep_ == "prep" and x.lower_ == "of"
                                 for o in x.children if o.dep_ == "pobj" for p in o.children]
                    for k in kids:
                        if k.dep_ == "prep" and k.lower_ in LOCATION_PREPS:
                            candidates += [x for x in k.children if x.dep_ == "pobj"]
                        elif k.dep_ == "acl":
                            candidates += [x for p in k.children if p.dep_ == "prep" and (
                                p.lower_ in LOCATION_PREPS or p.lower_ == "into") for x in p.children if x.dep_ == "pobj"]
            for g in candidates:
                # "in the town of Cizre": a common noun names the place in its of-phrase
                for place in [g] + [o for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                                    for o in p.children if o.dep_ == "pobj"]:
                    name = _place_name(place, places)
                    if name:
                        return name, place
        # "Abu Dhabi talks"
        for c in h.children:
            if c.dep_ == "compound":
                name = _place_name(c, places)
                if name:
                    return name, c
    return None, None


def _place_name(tok, places: dict) -> Optional[str]:
    doc = tok.doc
    start, end = phrase_span(tok)
    span = doc[start:end]
    text = span.text
    low = text.lower()
    for key in (low, tok.lower_):
        if key in places:
            return places[key]
    # (Span.ents walks every entity of the document; the tokens' own labels are enough here)
    ent_toks = [t for t in span if t.ent_type_ in LOCATION_ENTS]
    if ent_toks:
        first = ent_toks[0]
        last = first
        while last.i + 1 < span.end and doc[last.i + 1].ent_type_ == first.ent_type_ and doc[last.i + 1].ent_iob_ == "I":
            last = doc[last.i + 1]
        name = doc[first.i: last.i + 1].text
        return places.get(name.lower(), name)
    # compound place names: "Abu Dhabi" where only "Dhabi" heads
    if tok.ent_type_ in LOCATION_ENTS:
        left = tok
        while left.i > 0 and doc[left.i - 1].ent_type_ == tok.ent_type_ and doc[left.i - 1].ent_iob_ != "O":
            left = doc[left.i - 1]
        name = doc[left.i: tok.i + 1].text
        return places.get(name.lower(), name)
    return None


def _evidence_span(trig: Trigger, anchor) -> tuple[int, int]:
    """From the subject (or the trigger) to the end of the trigger's own phrase."""
    doc = trig.token.doc
    toks = list(trig.tokens) + [f.token for f in trig.folded]
    if anchor is not None:
        toks.append(anchor)
    start = min(t.i for t in toks)
    end = max(t.i for t in toks)
    head = anchor if anchor is not None else trig.token
    if is_verbal(head):
        for s in subject_of(head):
            if s.sent == head.sent:
                start = min(start, s.left_edge.i)
    if not is_verbal(trig.token) and trig.token.left_edge.i >= head.sent.start:
        start = min(start, trig.token.left_edge.i)  # "No agreement was reached": the whole noun phrase
    # close the phrase of the last folded word ("halt strikes on ... infrastructure")
    last = max(toks, key=lambda t: t.i)
    for c in last.children:
        if c.dep_ in ("dobj", "pobj", "prep", "prt", "compound") and c.i > last.i:
            end = max(end, min(c.right_edge.i, last.sent.end - 1))
    while end > start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)
