"""Actors: who is named in an article, under one canonical name each.

Sources of mentions, in order of trust:
1. the profile gazetteer (canonical names, aliases, transliterations, metonyms such as
   "the Kremlin" for the Russian government, media such as Interfax);
2. spaCy PERSON / ORG entities not in the gazetteer (a later bare surname joins the full name);
3. noun phrases that other extractors hand to `ActorTable.resolve_mention` (a source mention such
   as "an unnamed US official" becomes an `anonymous` actor with its affiliation).

Titles in front of or in apposition to a name become the actor's role ("Kremlin spokesman
Dmitry Peskov" → role spokesman, affiliation Russia).
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_left, insort
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Optional

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan
from spacy.util import filter_spans

from ..model import Actor, Span
from ..profile import ActorEntry, Profile
from .lexicon import DATA_DIR, lexicon
from .statements import attribution_words

_SLUG_RE = re.compile(r"[^a-z0-9]+")


# Particles that open a surname ("van Laar", "al-Mansouri"), capitalised at a sentence's start.
NAME_PARTICLES = frozenset({"al", "el", "van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "bin", "ibn"})


def slugify(text: str) -> str:
    """An id from a name: "Inès Cabrol" -> "ines-cabrol" (accents folded, not cut)."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii")
    return _SLUG_RE.sub("-", folded).strip("-") or "actor"


_MATCHERS: dict[tuple[int, int], tuple[Profile, PhraseMatcher]] = {}


def _alias_matcher(doc: Doc, profile: Profile) -> PhraseMatcher:
    """One PhraseMatcher per (vocab, profile), built on first use.

    Matching on ORTH keeps "US" apart from "us". The profile object is kept in the cache value
    so its id cannot be reused by another profile while the entry lives.
    """
    key = (id(doc.vocab), id(profile))
    cached = _MATCHERS.get(key)
    if cached is None or cached[0] is not profile:
        from ..nlp import load_pipeline

        matcher = PhraseMatcher(doc.vocab, attr="ORTH")
        nlp = load_pipeline()
        # Aliases are tokenised as the text is; a Doc from another pipeline falls back to words.
        tokenizer = nlp.tokenizer if nlp.vocab is doc.vocab else None
        for entry in profile.actors:
            names = {entry.name, *entry.aliases}
            # "the Ukrainian side" also opens a sentence as "The Ukrainian side".
            names |= {n[0].upper() + n[1:] for n in names if n.split()[0] in ("the", "a", "an")}
            names |= {n.replace("'", "’") for n in names if "'" in n}  # "Russia’s" as typeset
            names = sorted(names)
            patterns = [tokenizer(n) if tokenizer else Doc(doc.vocab, words=n.split()) for n in names]
            matcher.add(entry.id, patterns)
        cached = (profile, matcher)
        _MATCHERS[key] = cached
    return cached[1]


class ActorTable:
    """The actors of one document and their mentions (character spans)."""

    def __init__(self, doc: Doc, profile: Profile):
        self.doc = doc
        self.text = doc.text  # spaCy rebuilds doc.text on every access: read it once
        self.profile = profile
        self._actors: dict[str, Actor] = {}
        self._mentions: list[tuple[int, int, str]] = []  # sorted (start, end, actor_id)
        self._titles = sorted((t.lower() for t in profile.role_titles), key=len, reverse=True)
        self._affiliation_words = profile.affiliation_words

    # ---- queries -------------------------------------------------------------------------
    def used_actors(self) -> list[Actor]:
        first: dict[str, int] = {}
        for start, _end, actor_id in self._mentions:
            first.setdefault(actor_id, start)
        return [self._actors[a] for a in sorted(first, key=first.get)]

    def get(self, actor_id: str) -> Optional[Actor]:
        return self._actors.get(actor_id)

    def body_spoken_for(self, name: str, at: int) -> Optional[Actor]:
        """ "Foreign Ministry spokeswoman Maria Zakharova said ... The Foreign Ministry said": a body
        named without its country (or "the ministry") is the one a person named in the story speaks
        for (the profile's `speaks_for`), when its name ends with these words; of several, that of
        the person named nearest."""
        words = name.lower().split()
        nearest = {}  # the bodies of the spokespeople named, by their mention nearest the name
        for actor in self.used_actors():
            entry = self.profile.actor_by_id(actor.speaks_for) if actor.kind == "person" and actor.speaks_for else None
            body = entry.name.lower().split() if entry is not None else []
            if actor.mentions and len(body) > len(words) and body[-len(words):] == words:
                # (the person may come after: "Foreign Ministry spokeswoman Maria Zakharova")
                nearest[min(abs(m_start - at) for m_start, _e in actor.mentions)] = entry
        return self.ensure_profile_actor(nearest[min(nearest)]) if nearest else None

    def _mention_of_body_spoken_for(self, name: str, start: int, end: int) -> Optional[Actor]:
        """`body_spoken_for`, with the phrase registered as its mention."""
        body = self.body_spoken_for(name, start)
        if body is not None:
            self.add_mention(body.id, (start, end))
        return body

    def actor_at(self, start: int, end: int) -> Optional[Actor]:
        best, best_key = None, (0, 0)
        for m_start, m_end, actor_id in self._mentions_overlapping(start, end):
            # the most overlap; of equal overlaps the tightest mention ("Bloomberg" inside "a
            # draft seen by Bloomberg" is Bloomberg)
            key = (min(end, m_end) - max(start, m_start), -(m_end - m_start))
            if key[0] > 0 and key > best_key:
                best, best_key = self._actors[actor_id], key
        return best

    def mentions_in(self, start: int, end: int) -> list[tuple[Span, Actor]]:
        i = bisect_left(self._mentions, (start, -1, ""))
        out = []
        while i < len(self._mentions) and self._mentions[i][0] < end:
            m_start, m_end, actor_id = self._mentions[i]
            if m_end <= end:
                out.append(((m_start, m_end), self._actors[actor_id]))
            i += 1
        return out

    def mentions_before(self, offset: int) -> list[tuple[Span, Actor]]:
        """Every registered mention that starts before `offset`, in text order."""
        i = bisect_left(self._mentions, (offset, -1, ""))
        return [((s, e), self._actors[a]) for s, e, a in self._mentions[:i]]

    # ---- registration --------------------------------------------------------------------
    def add_mention(self, actor_id: str, span: Span) -> None:
        actor = self._actors.get(actor_id)
        if actor is None:
            return
        entry = (span[0], span[1], actor_id)
        i = bisect_left(self._mentions, entry)
        if i < len(self._mentions) and self._mentions[i] == entry:
            return
        insort(self._mentions, entry)
        insort(actor.mentions, (span[0], span[1]))

    def _ensure(self, actor_id: str, name: str, kind: str, role=None, affiliation=None, gender=None) -> Actor:
        actor = self._actors.get(actor_id)
        if actor is None:
            actor = Actor(id=actor_id, name=name, kind=kind, role=role, affiliation=affiliation, gender=gender)
            self._actors[actor_id] = actor
        else:
            actor.role = actor.role or role
            actor.affiliation = actor.affiliation or affiliation
            actor.gender = actor.gender or gender
        return actor

    def ensure_profile_actor(self, entry: ActorEntry) -> Actor:
        """Register a profile actor named only indirectly (an adjective such as "Russian")."""
        actor = self._ensure(entry.id, entry.name, entry.kind, entry.role, entry.affiliation, entry.gender)
        actor.speaks_for = entry.speaks_for
        return actor

    def _mentions_overlapping(self, start: int, end: int):
        # Mentions are short, so scanning back a little from `start` is enough.
        i = bisect_left(self._mentions, (start, -1, ""))
        j = max(0, i - 8)
        while j < len(self._mentions) and self._mentions[j][0] < end:
            m = self._mentions[j]
            if m[1] > start:
                yield m
            j += 1

    # ---- resolution of a noun phrase -----------------------------------------------------
    def _closing_apposition(self, mention: Span, start: int, end: int) -> bool:
        """ "A spokesperson for Ukraine's Foreign Ministry, Heorhii Tykhyi,": a name set off by a comma
        at the end of the phrase is the title's holder, wherever the parser hangs it."""
        return (self.text[start:mention[0]].rstrip().endswith(",")
                and not self.text[mention[1]:end].strip(" ,"))

    def resolve_mention(self, span: SpacySpan) -> Optional[Actor]:
        """Map a noun phrase to an actor (creating one if needed) and register the mention."""
        span = _trim(span)
        if span is None or len(span) == 0:
            return None
        if len(span) == 1 and span[0].pos_ == "PRON":
            return None
        start, end = span.start_char, span.end_char
        if span[0].lower_ == "the" and len(span) > 1:
            # "the former comedian": a description the profile gives one actor
            entry = self.profile.actor_by_description(span[1:].text)
            if entry is not None:
                actor = self.ensure_profile_actor(entry)
                self.add_mention(actor.id, (start, end))
                return actor
        # A name already known inside the phrase: take the head-most one.
        lex = lexicon()
        head = span.root
        if head.like_num:
            # "Two of Meduza's sources": the parse may make the number the head; the noun it counts
            # is the head
            wholes = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj" and not any(c.dep_ == "case" for c in o.children) and o.i < span.end]
            head = wholes[-1] if wholes else head
        head_lemma = head.lemma_.lower()
        if head_lemma not in lex.anonymous_heads and (
                head.lower_ in lex.anonymous_heads or head.lower_ in lex.body_heads):
            head_lemma = head.lower_  # "media" is lemmatised as "medium", "headquarters" as "headquarter"
        if span[0].lower_ == "the" and head.lower_ in lex.institution_nouns:
            named = self._institution_named_before(span, head)
            if named is not None:
                self.add_mention(named.id, (start, end))
                return named
        if head_lemma in lex.mission_heads:
            mission = self._diplomatic_mission(span, head)
            if mission is not None:
                self.add_mention(mission.id, (start, end))
                return mission
        known = self.mentions_in(start, end)
        if known:
            found = _head_mention(span, known)
            if found is None and head_lemma in lex.title_words:
                # "Ukraine's chief negotiator Rustem Umerov" parsed with the title as head:
                # the named person in the phrase is the actor.
                people = [k for k in known if k[1].kind == "person" and (
                    not _behind_preposition(span, k[0][0]) or self._closing_apposition(k[0], start, end))]
                found = people[-1] if people else None
            # "an unnamed US official" mentions the US but is not the US.
            last_start, last_end = known[-1][0]
            if found is None and head_lemma not in lex.anonymous_heads and head_lemma not in lex.title_words \
                    and not (head.pos_ == "PROPN" and not last_start <= head.idx < last_end) \
                    and not (head_lemma in lex.body_heads and _body_of_a_country(span, head, known[-1])):
                # ("Oleh Marchuk of the European Solidarity faction", "Taras Hnatiuk, Ukraine's deputy
                # minister": a name as head is its own actor, not another one named in its phrase)
                found = known[-1]
            if found is None and head_lemma in lex.anonymous_heads:
                # "Ukraine's grid operator Ukrenergo": a name in apposition to the generic head is it
                names = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
                found = next((k for k in known for c in names if k[0][0] <= c.idx < k[0][1]), None)
            if found is not None:
                (m_start, m_end), actor = found
                if (m_start, m_end) != (start, end):
                    self.add_mention(actor.id, (start, end))
                if actor.kind == "person":
                    self._fuller_name(actor, span, m_start)
                return actor
        # (a lower-case word the tagger calls a proper noun is no name: "Colombia's foreign ministry")
        has_name = any(t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "") and t.text[:1].isupper()
                       for t in span if t.text not in self._affiliation_words and t.lower_ not in lex.title_words
                       and t.lower_ not in lex.anonymous_heads  # "an opposition MP"
                       # ("An MP from the Holos faction": a name after an unnamed head is where they are from)
                       and not (head.lower_ in lex.anonymous_heads and t.i > head.i))
        if head.pos_ == "PROPN" and head.lower_ in lex.institution_nouns and head.ent_type_ != "PERSON":
            return self.named_body(span)  # "The Institute for the Study of War said": no one's name
        if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON") and has_name):
            actor = self._new_person(span)
            if actor:
                self.add_mention(actor.id, (start, end))
            return actor
        titled = any(c.dep_ == "appos" and c.lemma_.lower() in lex.title_words for c in head.children)
        if titled and head.pos_ == "PROPN" and head.text not in self._affiliation_words:
            # "Taras Hnatiuk, Ukraine's deputy minister,": a name with a title in apposition is a
            # person, even when the tagger calls the surname a place
            actor = self._new_person(span)
            if actor:
                self.add_mention(actor.id, (start, end))
                return actor
        if head.ent_type_ in ("ORG", "GPE", "NORP", "PRODUCT") and head.pos_ == "PROPN":
            # (the tagger takes some bodies for products: "Coordination Headquarters for ...")
            kind = "country" if head.ent_type_ == "GPE" else "organization"
            name = _clean_name(span)
            body = self._mention_of_body_spoken_for(name, start, end) if kind == "organization" else None
            if body is not None:
                return body
            actor = self._ensure(slugify(name), name, kind, affiliation=name if kind == "country" else None)
            self.add_mention(actor.id, (start, end))
            return actor
        definite = any(t.lower_ in ("the", "this", "that") for t in span[:1])
        if definite and head_lemma in lex.title_words:
            # "the Finnish president" is not the Ukrainian president named last
            side = next((self._affiliation_words[t.text] for t in span if t.text in self._affiliation_words), None)
            of = [o.lemma_.lower() for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
            # (not one the rest of the sentence names: "the President has made that crystal clear
            # to President Putin")
            named_later = {t.text for t in span.doc[span.end: span.sent.end] if t.pos_ == "PROPN"}
            actor = self._antecedent_by_role(head_lemma, start, side, plural=head.tag_ in ("NNS", "NNPS"),
                                             of=of[0] if of else None, unless_named=named_later, doc=span.doc)
            if actor is not None:
                self.add_mention(actor.id, (start, end))
                return actor
        named = [t for t in span if t.i < head.i and t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper()
                 and t.ent_type_ not in ("", "DATE", "CARDINAL") and t.text not in self._affiliation_words]
        if head_lemma in lex.body_heads and named and not span.text.startswith(("a ", "an ")):
            # "the Odesa regional military administration": one body, named by its place
            name = _body_name(span, head, self._affiliation_words)
            body = self._mention_of_body_spoken_for(name, start, end)
            if body is not None:
                return body
            actor = self._ensure(slugify(name), name, "organization",
                                 affiliation=self._affiliation_of(span.text) or generic_affiliation(span.text))
            self.add_mention(actor.id, (start, end))
            return actor
        country = self._country_of_body(span, head) if head_lemma in lex.body_heads else None
        if country is not None:
            if head_lemma in GOVERNMENT_HEADS:
                # "the Hungarian government said": the country speaks, as "the Kremlin" is Russia
                entry = next((a for a in self.profile.actors if a.kind == "country" and a.affiliation == country), None)
                actor = self.ensure_profile_actor(entry) if entry else self._ensure(
                    slugify(country), country, "country", affiliation=country)
            else:
                # "the UAE foreign ministry": that country's ministry, one body
                name = _body_name(span, head, self._affiliation_words)
                actor = self._ensure(slugify(name), name, "organization", affiliation=country)
            self.add_mention(actor.id, (start, end))
            return actor
        if definite and head_lemma in lex.body_heads | lex.anonymous_heads and len(span) <= 3:
            # "the ministry said" after "Foreign Ministry spokeswoman Maria Zakharova"
            body = self._mention_of_body_spoken_for(" ".join(t.lower_ for t in span[1:]), start, end)
            if body is not None:
                return body
        holder = _closing_name(span) if head_lemma in lex.anonymous_heads | lex.title_words else None
        if holder is not None:
            # "a spokeswoman for the state railway company Ukrzaliznytsia, Iryna Kostenko": a name
            # set off at the phrase's end is the title's holder, though the tagger left it untyped
            actor = self._new_person(span, holder)
            if actor:
                self.add_mention(actor.id, (start, end))
                return actor
        if head_lemma in lex.anonymous_heads or head_lemma in lex.title_words:
            actor = self._anonymous(span)
            self.add_mention(actor.id, (start, end))
            return actor
        place = _group_place(head) if head.lower_ in lex.group_nouns else None
        if place is not None:
            # "rebels in the Ivory Coast": a group named by where it is; the name and the mention
            # run to the end of the place phrase ("Demonstrators in Baghdad").
            end = max(end, place.end_char)
            name = _clean_name(span.doc[span.start: place.end])
            affiliation = self._affiliation_of(place.text) or _clean_name(place)
            actor = self._ensure("group-" + slugify(name), name, "group", affiliation=affiliation)
            self.add_mention(actor.id, (start, end))
            return actor
        if head.pos_ == "NOUN" and any(t.ent_type_ in ("NORP", "GPE", "LOC") or (
                head.lower_ in lex.group_nouns and t.pos_ == "PROPN") for t in span if t.i < head.i):
            # "the Fijian rebels", "Ukrainian troops", "Ibo elders" (a name the tagger leaves
            # untyped before a group noun): a group named by its nationality.
            name = _clean_name(span)
            actor = self._ensure("group-" + slugify(name), name, "group", affiliation=self._affiliation_of(span.text))
            self.add_mention(actor.id, (start, end))
            return actor
        return None

    def named_body(self, span: SpacySpan) -> Actor:
        """An organisation named by a proper name the tagger left untyped before a body noun the
        caller recognised ("the Azadliq opposition coalition")."""
        span = _trim(span) or span
        name = _clean_name(span) or span.text
        actor = self._ensure(slugify(name), name, "organization", affiliation=self._affiliation_of(span.text))
        self.add_mention(actor.id, (span.start_char, span.end_char))
        return actor

    def nationality_group(self, token) -> Optional[Actor]:
        """A nationality adjective the profile does not list ("Palestinian riots"): the group it
        names, called by the word itself."""
        if token.ent_type_ != "NORP" or token.pos_ not in ("ADJ", "PROPN") or "-" in token.text:
            return None  # "anti-Israeli" names the other side
        name = token.text
        actor = self._ensure("group-" + slugify(name), name, "group", affiliation=self._affiliation_of(name))
        self.add_mention(actor.id, (token.idx, token.idx + len(token.text)))
        return actor

    def _antecedent_by_role(self, head_lemma: str, before: int, side: Optional[str] = None,
                            plural: bool = False, of: Optional[str] = None,
                            unless_named: frozenset = frozenset(), doc: Optional[Doc] = None) -> Optional[Actor]:
        leaders = lexicon().leader_titles
        # "the head of ..." after "intelligence chief X" ("the bloc's leaders" are no one chief)
        titles = leaders if head_lemma in leaders and not plural else {head_lemma}
        for (_s, _e), actor in reversed(self.mentions_before(before)):
            role = (actor.role or "").lower()
            # ("the head of HUR" after "head of the Main Intelligence Directorate ... (HUR)")
            if of is not None and " of " in role and of not in re.findall(r"[\w'-]+", role.split(" of ", 1)[1]):
                continue  # "the head of the delegation" is not the head of the presidential office
            if actor.kind == "person" and actor.role and titles & set(role.split()) \
                    and (side is None or actor.affiliation is None or actor.affiliation == side):
                if actor.name.split()[-1] in unless_named:
                    continue
                return self._subject_of_same_sentence(doc, (_s, _e), actor, titles) if doc is not None else actor
        return None

    def _subject_of_same_sentence(self, doc: Doc, mention: tuple, actor: Actor, titles: set) -> Actor:
        """ "President Trump spoke by phone with President Zelensky and with President Putin. ||
        ... the President believes ...": of several holders of the title named in one sentence,
        the one who is its subject is the one a later bare title means."""
        tok = doc.char_span(mention[0], mention[1], alignment_mode="expand")
        if tok is None or tok.root.dep_ in ("nsubj", "nsubjpass"):
            return actor
        sent = tok.root.sent
        for (s, e), other in self.mentions_in(sent.start_char, mention[0]):
            span = doc.char_span(s, e, alignment_mode="expand")
            if other.kind == "person" and other.id != actor.id and titles & set((other.role or "").lower().split()) \
                    and span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                return other
        return actor

    def _anonymous(self, span: SpacySpan) -> Actor:
        lex = lexicon()
        described = [c for c in span.root.children if c.dep_ == "appos" and c.lemma_.lower() in lex.anonymous_heads
                     and span.start <= c.i < span.end]
        if span.root.lemma_.lower() in ("source", "person") and described:
            # "a source, a European diplomat briefed on the talks,", "a fourth person, a Western
            # official ...": the apposition says who
            appos = described[0]
            span = span.doc[appos.left_edge.i: min(appos.right_edge.i + 1, span.end)]
        # Determiners and numbers only at the front: "sources familiar with the talks" keeps its "the".
        start = 0
        while start < len(span) and (span[start].lower_ in lex.determiners or span[start].like_num
                                     or span[start].is_punct or span[start].tag_ == "PRP$"
                                     or span[start].lower_ == "of" and start > 0 and span[start - 1].like_num):
            start += 1  # (and "his": "his critics say" are critics; "Two of Meduza's sources" are its sources)
        owner = span[start] if start < len(span) else None
        possessed = owner is not None and owner.i + 1 < span.end and (
            owner.dep_ == "poss" and owner.head.i == span.root.i or span.doc[owner.i + 1].lower_ in ("'s", "’s"))
        if possessed and (media := self.actor_at(owner.idx, owner.idx + len(owner))) is not None \
                and media.kind == "media":
            # "Meduza's sources close to the Presidential Administration": the outlet's own sources
            # (it carries their words), the same sources as "two sources close to ..."
            start += 2 if span.doc[owner.i + 1].tag_ == "POS" else 1
        # ", asked about it," set off after the head describes the telling, not the source
        cut = next((t.i - span.start for t in span[start:-1] if t.text == "," and t.i > span.root.i
                    and (t.nbor(1).tag_ in ("VBN", "VBG") or t.nbor(1).dep_ == "acl")), len(span))
        # "a person familiar with the talks who spoke on the condition of anonymity because ...":
        # why they are unnamed, not who they are (the parse may hang the clause on "talks")
        markers = attribution_words().anonymity_markers
        cut = min([cut] + [c.left_edge.i - span.start for c in span
                           if c.dep_ == "relcl" and span.start <= c.left_edge.i and c.i > span.root.i
                           and any(m in span.doc[c.left_edge.i: c.right_edge.i + 1].text.lower() for m in markers)])
        # "leaders on Thursday": a time after the head says when, not who
        cut = min([cut] + [c.i - span.start for c in span.root.children if c.dep_ == "prep" and c.i > span.root.i
                           and span.start <= c.i < span.end
                           and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)])
        words = [t for t in span[start:cut] if not t.is_punct]
        # Keep the description up to the head plus a short post-modifier ("familiar with the talks").
        name = " ".join(t.text for t in words).strip() or span.text
        name = name[:80]
        affiliation = self._affiliation_of(span.text)
        return self._ensure("anon-" + slugify(name), name, "anonymous", affiliation=affiliation)

    def _new_person(self, span: SpacySpan, name_span: Optional[SpacySpan] = None) -> Optional[Actor]:
        # The name is the PERSON entity (or proper-noun run) inside the phrase; the rest may be a title.
        # (or the name the caller found: see `_closing_name`)
        ents = [e for e in span.ents if e.label_ == "PERSON"]
        if name_span is None and ents:
            name_span = ents[-1]
        elif name_span is None:
            propn = [t for t in span if t.pos_ == "PROPN" and t.text not in self._affiliation_words]
            if not propn:
                return None
            name_span = span.doc[propn[0].i: propn[-1].i + 1]
            root = span.root
            if root.pos_ == "PROPN" and any(t.pos_ != "PROPN" for t in name_span):
                # "Oleh Marchuk of the opposition European Solidarity faction": the name is the head's
                # own run of proper nouns, not everything up to the last one
                first = root
                while first.i > span.start and span.doc[first.i - 1].pos_ == "PROPN" \
                        and span.doc[first.i - 1].dep_ in ("compound", "flat"):
                    first = span.doc[first.i - 1]
                name_span = span.doc[first.i: root.i + 1]
        name = _person_name(name_span)
        if not name:
            return None
        actor = self._person_by_name(name)
        if actor is None:
            actor = self._ensure(slugify(name), name, "person")
        self._apply_title(actor, span.doc, span.start_char, name_span.start_char, name_span.root)
        return actor

    def _institution_named_before(self, span: SpacySpan, head) -> Optional[Actor]:
        """ "The Institute for the Study of War said ... The Washington-based thinktank added": a
        definite institution noun, with no name of its own (where it is based is none), is the
        latest organisation named before it."""
        based = {s.i for t in span if t.lower_ == "based" for s in t.subtree}
        if any(t.pos_ == "PROPN" and t.i not in based for t in span):
            return None
        return next((a for (_s, _e), a in reversed(self.mentions_before(span.start_char))
                     if a.kind == "organization"), None)

    def _diplomatic_mission(self, span: SpacySpan, head) -> Optional[Actor]:
        """"the Russian Embassy in Berlin", "Russia's embassy in Washington", "the Chinese Mission to
        the European Union": a country's mission is one body, named by its country and where it is
        (neither of which is the speaker)."""
        country = next((side for t in span if t.i < head.i and (
            side := self._affiliation_words.get(t.text) or generic_affiliation(t.text))), None)
        if country is None:
            return None
        city = next((o for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "to")
                     for o in p.children if o.dep_ == "pobj" and o.right_edge.i < span.end), None)
        name = _body_name(span.doc[span.start: head.i + 1], head, self._affiliation_words)
        if city is not None:  # (its words as they stand: "to the European Union")
            name += " " + span.doc[head.i + 1: city.right_edge.i + 1].text
        return self._ensure(slugify(name), name, "organization", affiliation=country)

    def _country_of_body(self, span: SpacySpan, head) -> Optional[str]:
        """The country a definite body's own words name ("the UAE foreign ministry", "the Hungarian
        government"), else None; not "a ministry official" nor a body with a name of its own."""
        if span[0].lower_ != "the" and not any(t.tag_ == "POS" for t in span if t.i < head.i):
            return None
        if any(t.i > head.i for t in span if not t.is_punct):
            return None  # "the ministry of defence of X": left to the tagger's names
        words = [t for t in span if t.i < head.i and t.lower_ != "the" and t.tag_ != "POS"]

        def side_of(tok) -> Optional[str]:
            known = self.actor_at(tok.idx, tok.idx + len(tok))
            return self._affiliation_words.get(tok.text) or generic_affiliation(tok.text) or (
                (known.affiliation or known.name) if known is not None and known.kind == "country" else None)

        # (a lower-case word the tagger calls a proper noun, "the UAE's foreign ministry", names nothing)
        if not words or any(t.pos_ == "PROPN" and t.text[:1].isupper() and side_of(t) is None for t in words):
            return None
        return next((side for t in words if (side := side_of(t))), None)

    def _fuller_name(self, actor: Actor, span: SpacySpan, mention_start: int) -> None:
        """ "Gov. Oleksandr Prokudin" where the tagger marked only "Prokudin" (or "Rashid Al
        Mansoori" where it marked "Al Mansoori"): the given name right before the known surname
        completes it (and its id)."""
        lex = lexicon()
        first = next((t for t in span if t.idx == mention_start), None)
        if first is None or (" " in actor.name and actor.name.split()[0].lower() not in lex.name_particles):
            return  # a full name already; "Al Mansoori" (a particle and a surname) still wants its given name
        words = []
        tok = first
        while tok.i > span.start:
            prev = span.doc[tok.i - 1]
            if prev.pos_ != "PROPN" or prev.lower_ in lex.honorifics or prev.lower_ in lex.title_words \
                    or prev.text in self._affiliation_words or not prev.text[:1].isupper() or prev.text.endswith("."):
                break
            words.insert(0, prev.text)
            tok = prev
        if len(words) == 1:
            actor.name = f"{words[0]} {actor.name}"
            self._rekey(actor, slugify(actor.name))

    def _rekey(self, actor: Actor, new_id: str) -> None:
        """ "Melnyk said ..." then "Iryna Melnyk": the id follows the full name (records read the
        id at the end of the extraction). A profile actor keeps its id; a taken id is not reused."""
        old = actor.id
        if old == new_id or new_id in self._actors or self.profile.actor_by_id(old) is not None:
            return
        del self._actors[old]
        actor.id = new_id
        self._actors[new_id] = actor
        self._mentions = sorted((s, e, new_id if a == old else a) for s, e, a in self._mentions)

    def _by_last_word(self, name: str) -> Optional[Actor]:
        """A one-word name for a known person (see `_person_by_name`), an organisation of two
        words that ends in it ("Feld" -> Marcus Feld, whatever the tagger called either) or an
        outlet ("The Post" after "The Washington Post")."""
        if " " in name:
            return None
        person = self._person_by_name(name)
        if person is not None:
            return person
        for actor in self._actors.values():
            words = actor.name.split()
            if actor.kind == "organization" and len(words) == 2 and words[-1] == name:
                return actor
            if actor.kind == "media" and len([w for w in words if w != "The"]) >= 2 and words[-1] == name:
                return actor
        return None

    def person(self, name: str, affiliation: Optional[str] = None) -> Actor:
        """The person of that name: one already known in this document (`_person_by_name`), else a new one."""
        return self._person_by_name(name) or self._ensure(slugify(name), name, "person", affiliation=affiliation)

    def _person_by_name(self, name: str) -> Optional[Actor]:
        """A bare surname or a full name joins a person already known in this document. A bare
        name that is no one's last word may be the first of a family-name-first name ("Zhao
        Lirong ... Zhao said")."""
        parts = name.split()
        persons = [a for a in self._actors.values() if a.kind == "person"]
        for actor in persons:
            if actor.name == name:
                return actor
            known = actor.name.split()
            if len(parts) == 1 and known and known[-1] == parts[0]:
                return actor
            tail = [p.lower() for p in known[-len(parts):]]
            if len(parts) >= 2 and len(known) > len(parts) and tail == [p.lower() for p in parts]:
                # a surname of two words: with its particle ("al-Mansouri" after "Saeed
                # al-Mansouri", "Van Laar" after "Pieter van Laar") or without one ("Correia Alves"
                # after "Marta Correia Alves")
                return actor
            if len(known) == 1 and parts and parts[-1] == known[0]:
                actor.name = name  # the fuller form becomes canonical, and so does its id
                self._rekey(actor, slugify(name))
                return actor
        if len(parts) == 1:
            firsts = [a for a in persons if len(a.name.split()) >= 2 and a.name.split()[0] == parts[0]]
            if len(firsts) == 1:
                return firsts[0]
        return None

    def _affiliation_of(self, text: str) -> Optional[str]:
        for word in re.findall(r"[\w.'’-]+", text):
            word = word.replace("’", "'")
            if word in self._affiliation_words:
                return self._affiliation_words[word]
        return None

    def _inside_title(self, ent: SpacySpan) -> bool:
        """True for an entity that is only part of a title ("State" in "Secretary of State")."""
        window = self.text[max(0, ent.start_char - 40): ent.end_char].lower()
        return any(window.endswith(t) and len(t) > len(ent.text) for t in self._titles)

    def _role_in(self, text: str) -> Optional[str]:
        low = " " + re.sub(r"\s+", " ", text.lower()) + " "
        for title in self._titles:
            if f" {title} " in low or f" {title}," in low:
                return title
        unhyphenated = low.replace("-", " ")  # "Ambassador-at-Large"
        return next((title for title in self._titles if f" {title} " in unhyphenated), None)

    def _apply_title(self, actor: Actor, doc: Doc, np_start: int, name_start: int, name_root) -> None:
        """Take role and affiliation from a title before the name or an appositive after it."""
        title_text = self.text[np_start:name_start]
        if not title_text.strip():
            # "Kremlin spokesman Dmitry Peskov": the title tokens are compounds left of the name.
            left = name_root
            tokens = [t for t in name_root.lefts if t.dep_ in ("compound", "amod", "nmod", "nn")]
            if tokens:
                left = min(tokens, key=lambda t: t.i)
                left = doc[left.left_edge.i] if left.left_edge.i < name_root.i else left
                title_text = self.text[left.idx:name_start]
        # (not a relative phrase the parse set off as one: "Halyna Moroz, 58, whose son Andriy ...")
        appos = [t for t in name_root.children if t.dep_ == "appos" and t.left_edge.lower_ not in ("whose", "who")]
        texts = [title_text] + [doc[a.left_edge.i: _past_acronym(doc, a.right_edge.i) + 1].text for a in appos]
        head = name_root.head
        if not title_text.strip() and name_root.dep_ == "appos" and head.i < name_root.i \
                and head.lemma_.lower() in lexicon().title_words:
            # "Austria's foreign minister, Clara Weissenberger, has ...": the title the name is
            # set off after
            texts.append(doc[head.left_edge.i: head.i + 1].text)
        if actor.kind == "person" and actor.gender is None:
            # "Mr Sybiha", "spokeswoman Maria Zakharova": the word just before the name counts too
            before = doc[name_root.left_edge.i - 1].text if name_root.left_edge.i > 0 else ""
            # (an apposition's "Mr. Zelensky" is another man: "an adviser in Mr. Zelensky's office")
            own = [title_text] + [OTHERS_HONORIFIC.sub("", t) for t in texts[1:]]
            actor.gender = _gender_in(" ".join([*own, before]))
        for text in texts:
            role = self._role_in(text)
            if role:
                if not actor.role or len(role) >= len(actor.role) or actor.role not in text.lower():
                    actor.role = _role_phrase(text, role)
                aff = self._affiliation_of(text) or generic_affiliation(text)
                if aff and not actor.affiliation:
                    actor.affiliation = aff
                break


def _past_acronym(doc: Doc, end: int) -> int:
    """The last token of a phrase with the acronym in brackets right after it ("... Defense
    Ministry (HUR)"), which the parse may leave outside the phrase."""
    if end + 3 < len(doc) and doc[end + 1].text == "(" and doc[end + 3].text == ")" and doc[end + 2].text.isupper():
        return end + 3
    if end + 1 < len(doc) and end > 0 and doc[end - 1].text == "(" and doc[end + 1].text == ")" \
            and doc[end].text.isupper():
        return end + 1  # (the parse may take the acronym in but leave its closing bracket out)
    return end


# An honorific and the name it goes with.
OTHERS_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][\w'’-]*")


def _gender_in(text: str) -> Optional[str]:
    """ "female" or "male" when the title words say it and do not disagree, else None."""
    lex = lexicon()
    words = {w.strip(",()").lower() for w in text.split()}
    female, male = bool(words & lex.female_words), bool(words & lex.male_words)
    return "female" if female and not male else "male" if male and not female else None


def _role_phrase(text: str, title: str) -> str:
    """Keep a following "of X" in a role ("leader of Chechnya") when the text has it."""
    # (with the kind of body a place names after it: "head of the Sumy regional military administration";
    # a name of several words, and its acronym: "head of the Main Intelligence Directorate of Ukraine's
    # Defense Ministry (HUR)")
    m = re.search(re.escape(title) + r"(\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:regional|city|district|oblast|"
                  r"military|civil|state|of|(?-i:[A-Z][\w'’-]*)))*(?:\s+administration)?(?:\s+\((?-i:[A-Z]{2,6})\))?)?",
                  text, flags=re.I)
    return (title + (m.group(1) or "")) if m else title


def _trim(span: SpacySpan) -> Optional[SpacySpan]:
    """Strip punctuation and possessive endings at the edges of a phrase."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "POS"):
        end -= 1
    return doc[start:end] if end > start else None


# Body heads that stand for the state itself: "the Hungarian government said" is Hungary speaking.
GOVERNMENT_HEADS = ("government", "administration", "authorities", "authority")


# Endings of a nationality adjective ("Ukrainian", "Turkish", "Chinese", "French", "Saudi"), as
# against a capital or seat of government that maps to the same side ("Kyiv", "Kremlin").
DEMONYM_ENDINGS = ("an", "sh", "ese", "ch", "i")


def _body_of_a_country(span: SpacySpan, head, known) -> bool:
    """ "Ukraine's coordination headquarters" (a body noun as `head`): a body of the country named
    before it (found below), not the country; a longer name after the head is left to the country
    ("Ukraine's coordination headquarters for the treatment of ...")."""
    (_start, end), actor = known
    return head.pos_ == "NOUN" and end <= head.idx and actor.kind == "country" \
        and not any(t.i > head.i and not t.is_punct for t in span)


def _body_name(span: SpacySpan, head, affiliation_words: dict) -> str:
    """A body's name; one owned by a country is named with its adjective, as the tagger's bodies
    are ("Romania's foreign ministry" -> "Romanian foreign ministry")."""
    name = _clean_name(span)
    owner = next((t for t in span if t.dep_ == "poss" and t.i < head.i and t.pos_ == "PROPN"), None)
    # An initialism keeps its form ("the UAE's foreign ministry" -> "UAE foreign ministry", the
    # name "the UAE foreign ministry" gives)
    adjective = _demonym(owner.text, affiliation_words) if owner is not None and not owner.text.isupper() else None
    return adjective + name[len(owner.text):] if adjective and name.startswith(owner.text + " ") else name


def _canonical_body(name: str) -> str:
    """One name for a body the news writes in several ways: "Ministry of Foreign Affairs" is the
    "Foreign Ministry", "Ministry of National Defense" the "Defence Ministry" (so Qatar's or
    Romania's is one actor however it is called)."""
    name = re.sub(r"\bMinistry of Foreign Affairs\b", "Foreign Ministry", name, flags=re.IGNORECASE)
    return re.sub(r"\b(?:Ministry of (?:National )?Defen[cs]e|Defense Ministry)\b", "Defence Ministry", name,
                  flags=re.IGNORECASE)


def _demonym(country: str, affiliation_words: dict) -> Optional[str]:
    """The adjective for a country ("Ukraine" -> "Ukrainian"): the profile's, else the generic list's."""
    side = affiliation_words.get(country) or (country if country in affiliation_words.values() else None)
    for word, value in affiliation_words.items():
        if side is not None and value == side and word != country and " " not in word \
                and not word.endswith(("'s", "’s")) and word[:1].isupper() and word.endswith(DEMONYM_ENDINGS):
            return word
    return _generic_demonyms().get(country)


def generic_affiliation(text: str) -> Optional[str]:
    """The country a title names by the generic list ("Romanian President" -> "Romania"), for the
    countries the profile does not know: "the French president" is then no Romanian's title."""
    countries = _generic_demonyms()
    adjectives = _generic_countries_by_adjective()
    for word in re.findall(r"[\w'’-]+", text):
        word = word.replace("’", "'").removesuffix("'s")
        if word in adjectives:
            return adjectives[word]
        if word in countries:
            return word
    return None


@lru_cache(maxsize=1)
def _generic_demonyms() -> dict[str, str]:
    return tomllib.loads((DATA_DIR / "demonyms.toml").read_text(encoding="utf-8"))["demonyms"]


@lru_cache(maxsize=1)
def _initialism_countries() -> frozenset:
    """Countries written as initialisms, which keep that form in a body's name ("UAE Foreign Ministry")."""
    return frozenset(tomllib.loads((DATA_DIR / "demonyms.toml").read_text(encoding="utf-8"))["initialisms"])


@lru_cache(maxsize=1)
def _generic_countries_by_adjective() -> dict[str, str]:
    return {adjective: country for country, adjective in _generic_demonyms().items()}


def _closing_name(span: SpacySpan) -> Optional[SpacySpan]:
    """The two or three capitalised proper nouns that end a phrase after a comma (", Iryna
    Kostenko"), or None."""
    doc = span.doc
    end = span.end
    while end > span.start and doc[end - 1].is_punct:
        end -= 1
    start = end
    while start > span.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    if not 2 <= end - start <= 3 or start - 1 <= span.start or doc[start - 1].text != ",":
        return None
    return doc[start:end]


def _person_after_owner(ent, lex) -> bool:
    """ "Estonia's Margus Tsahkna warned": two or three capitalised words after a country's
    possessive, the subject of a verb, with no word of a body in them, name a person."""
    words = [t for t in ent if not t.is_punct]
    return 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower()
                                        for t in words) \
        and not any(t.lower_ in lex.body_heads or t.lower_ in lex.organisation_words for t in words) \
        and ent.root.dep_ == "nsubj" and ent.root.head.pos_ == "VERB"


def _titled_name(ent, lex) -> bool:
    """A two- or three-word proper name in apposition to a title, right after one, or with an
    occupation set off after it ("commissioner, Dmytro Lubinets", "commissioner Dmytro Lubinets",
    "Olena Kravets, a political scientist")."""
    if not 2 <= len(ent) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
        return False
    root = ent.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in lex.title_words:
        return True
    if any(c.dep_ == "appos" and c.i > root.i and c.lemma_.lower() in lex.occupation_nouns | lex.title_words
           and any(d.dep_ == "det" for d in c.children) for c in root.children):
        return True  # "Olena Kravets, a political scientist at ...": named before the description
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lemma_.lower() in lex.title_words:
        return True
    if before is not None and before.whitespace_:
        # "Ambassador-at-large Gennady Orlov": the first word of a hyphenated title
        first = before.i
        while first > 0 and not ent.doc[first - 1].whitespace_ and not ent.doc[first - 1].is_space:
            first -= 1
        if first < before.i and ent.doc[first].lemma_.lower() in lex.title_words:
            return True
    return _after_titled_phrase(ent, lex)


def _described_by_who(ent) -> bool:
    """ "Nataliya Dzyuba, who heads an association of ...": a two- or three-word proper name that a
    relative clause set off with "who" describes is a person's (a body takes "which")."""
    if not 2 <= len(ent) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
        return False
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in ("who", "whose") \
        and doc[ent.end + 1].head.dep_ == "relcl" and doc[ent.end + 1].head.head.i in range(ent.start, ent.end)


def _after_titled_phrase(ent, lex) -> bool:
    """ "Ukraine's deputy minister for development of communities and territories, Olena Kravets,":
    a name set off by commas right after a noun phrase with a title in it, which the parse may
    not link to the name."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "," or doc[ent.end].text != ",":
        return False
    start = ent.start - 1
    while start > ent.sent.start and not doc[start - 1].is_punct and ent.start - start <= 12:
        start -= 1
    phrase = doc[start: ent.start - 1]
    return (0 < len(phrase) <= 12 and phrase[0].pos_ not in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ")
            and any(t.lemma_.lower() in lex.title_words and t.pos_ in ("NOUN", "PROPN") for t in phrase))


def _name_after_title(ent, lex) -> Optional[int]:
    """Where the name starts in an entity that ends "<title> <First> <Last>" ("Odesa Oblast
    Governor Andrii Horbenko"), else None."""
    for k in (2, 3):
        title = ent.start + len(ent) - k - 1
        if title < ent.start:
            return None
        if ent.doc[title].lower_ in lex.title_words and all(
                t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in lex.title_words
                for t in ent.doc[title + 1: ent.end]):
            return title + 1
    return None


def _untagged_full_name(ent, lex, profile) -> Optional[SpacySpan]:
    """For a one-word entity, an earlier "<Given> <Name>" of two capitalised proper nouns, after a
    title word or a capitalised word of one, that the tagger left out of every entity ("Assistant
    Secretary of State Lionel Barrow ... Barrow said"), else None."""
    if len(ent) != 1:
        return None
    doc = ent.doc
    for tok in doc[:ent.start]:
        if tok.text != ent.text or tok.i < 2 or tok.ent_type_:
            continue
        given, title = doc[tok.i - 1], doc[tok.i - 2]
        if given.pos_ == "PROPN" and given.text[:1].isupper() and not given.ent_type_ \
                and given.lower_ not in lex.title_words and given.text not in profile.affiliation_words \
                and (title.lower_ in lex.title_words or title.pos_ == "PROPN" and title.text[:1].isupper()):
            return doc[given.i: tok.i + 1]
    return None


def _clean_name(span: SpacySpan) -> str:
    """The name a phrase gives, less honorifics, possessive endings, punctuation and its leading
    determiners (one inside it stays: "Institute for the Study of War")."""
    lex = lexicon()
    words = [t for t in span if t.lower_ not in lex.honorifics and t.tag_ != "POS" and not t.is_punct]
    while words and words[0].lower_ in lex.determiners:
        words = words[1:]
    return " ".join(t.text for t in words).strip()


def _group_place(head) -> Optional[SpacySpan]:
    """The place in "<group> in/from/of/throughout <place>", if the phrase names one: a GPE/LOC,
    or a phrase with a name or nationality in front of its head ("inhabitants of the Syrian Golan
    Heights", "doctors from two American aid groups")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of", "throughout", "across"):
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                # (an organisation's name is not a place: "troops from NATO countries" stays NATO's)
                named = obj.ent_type_ in ("GPE", "LOC") or any(
                    t.ent_type_ in ("GPE", "LOC", "NORP") or t.pos_ == "PROPN" and not t.ent_type_
                    for t in obj.doc[obj.left_edge.i: obj.i])
                if named:
                    # the place's own words, not a clause hanging on it ("groups donated ...")
                    right = obj.i
                    for c in obj.rights:
                        if c.dep_ in ("compound", "flat", "prep", "nummod", "appos") and c.pos_ != "VERB":
                            right = c.right_edge.i
                        else:
                            break
                    return obj.doc[obj.left_edge.i: right + 1]
    return None


def _person_name(span: SpacySpan) -> str:
    """A person's canonical name; transcript labels in capitals ("WALLACE") are title-cased."""
    name = _clean_name(span)
    return name.title() if name.isupper() and len(name) > 3 else name


def _behind_preposition(span: SpacySpan, offset: int) -> bool:
    """Whether the word at `offset` hangs on the phrase's head through a preposition ("a
    spokesperson for Johnson": Johnson is not the spokesperson)."""
    tok = next((t for t in span if t.idx <= offset < t.idx + len(t)), None)
    root = span.root
    while tok is not None and tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and (_hyphenated(tok) or _in_formal_title(tok)):
            pass  # "Commander-in-Chief Oleksandr Syrskyi": a title's own word, not a preposition
        elif tok.dep_ == "pobj" and (_hyphenated(tok.head) or _in_formal_title(tok.head)):
            pass
        elif tok.dep_ in ("pobj", "prep"):
            return True
        tok = tok.head
    return False


def _in_formal_title(prep) -> bool:
    """ "Commissioner for Human Rights Dmytro Lubinets": a preposition inside a capitalised title
    (its head a capitalised title word, its object's words all capitalised) that runs into the name."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (prep.lower_ in ("for", "of") and prep.head.text[:1].isupper()
            and prep.head.lemma_.lower() in lexicon().title_words and obj is not None
            and all(t.text[:1].isupper() and t.pos_ == "PROPN" or t.dep_ == "det" for t in obj.subtree))


def _hyphenated(tok) -> bool:
    """A word joined by hyphens on both sides ("in" of "commander-in-chief")."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "-" and doc[tok.i + 1].text == "-"


def _head_mention(span: SpacySpan, known):
    """Of the names inside a phrase, the one that contains the phrase's syntactic head."""
    root = span.root
    for (m_start, m_end), actor in known:
        if m_start <= root.idx < m_end:
            return (m_start, m_end), actor
    return None


def extract_actors(doc: Doc, profile: Profile) -> ActorTable:
    """Register every gazetteer alias and every PERSON/ORG entity of the document."""
    table = ActorTable(doc, profile)
    matcher = _alias_matcher(doc, profile)
    found = matcher(doc)
    match_ids = {(s, e): doc.vocab.strings[m] for m, s, e in found}
    alias_spans = filter_spans([doc[s:e] for _m, s, e in found])
    covered = set()
    namesakes = set()  # surnames the text gives to someone other than the profile's person
    for span in alias_spans:
        entry = profile.actor_by_id(match_ids[(span.start, span.end)])
        if entry.kind == "person" and (span.text in namesakes or _namesake(span, entry)):
            # "Oleksiy Kuleba" is not the profile's Dmytro Kuleba; the tagger's name stands
            namesakes.add(span.text)
            continue
        actor = table.ensure_profile_actor(entry)
        # Extend the mention over a title in front ("Kremlin spokesman Dmitry Peskov").
        table.add_mention(actor.id, (span.start_char, span.end_char))
        if entry.kind == "person":
            table._apply_title(actor, doc, span.start_char, span.start_char, span.root)
        covered.update(range(span.start, span.end))
    lex = lexicon()
    for ent in doc.ents:
        if any(i in covered for i in range(ent.start, ent.end)):
            continue
        if len(ent) == 1 and ent.text.lower() in lex.time_zones and ent.start > 0 and doc[ent.start - 1].like_num:
            continue  # "16.30 BST": a live blog's clock, no one
        if ent.label_ in ("PERSON", "ORG", "WORK_OF_ART", "GPE", "PRODUCT") and _named_by_media_noun(ent):
            # "the German broadcaster Rheinfunk", "the newspaper Bild", "news site Hromadske": an outlet
            name = _clean_name(ent)
            if name:
                actor = table._ensure(slugify(name), name, "media")
                table.add_mention(actor.id, (ent.start_char, ent.end_char))
            continue
        if ent.label_ == "PERSON":
            # "Spokesperson Rebecca Calder": the tagger may take a title into the name
            first = ent.start
            while first < ent.end - 2 and doc[first].lower_ in lex.title_words:
                first += 1
            named = doc[first: _name_end(ent)]
            name = _person_name(named)
            if not name or name.lower() in lex.title_words or profile.is_place_name(name):
                continue  # ("Halyna Moroz, 58, from Zaporizhzhia": the tagger may take a place for a name)
            actor = table.person(name)
            table._apply_title(actor, doc, ent.start_char, named.start_char, named.root)
            table.add_mention(actor.id, (ent.start_char, ent.end_char))
        elif ent.label_ == "GPE" and not profile.is_place_name(ent.text) and _titled_name(ent, lex):
            # "I met Natalya Orlova, a 58-year-old accountant, ...": a name with an occupation set
            # off after it is a person, whatever place the tagger took it for
            name = _person_name(ent)
            actor = table.person(name)
            table._apply_title(actor, doc, ent.start_char, ent.start_char, ent.root)
            table.add_mention(actor.id, (ent.start_char, ent.end_char))
        elif ent.label_ in ("NORP", "GPE", "ORG") and (len(ent) <= 2 or ent[0].lower_ in NAME_PARTICLES) \
                and ent.text not in profile.affiliation_words \
                and (person := table._person_by_name(ent.text)) is not None:
            # "Oksana Haidai ... Haidai herself": the tagger may take a surname for a nationality
            # (or an organisation: "For Marchuk, the question is personal", "Van Laar said")
            table.add_mention(person.id, (ent.start_char, ent.end_char))
        elif ent.label_ == "ORG":
            name = _clean_name(ent)
            if len(ent) == 1 and ent[0].lower_ in lex.anonymous_heads:
                continue  # "MPs" is no one's name
            if not name or table._inside_title(ent) or profile.is_place_name(name):
                continue  # the tagger calls some cities ORG ("talks in Abu Dhabi"); the profile knows better
            # (a country the tagger calls an organisation counts: "The UAE's Ministry of Foreign Affairs")
            owner = next((c.text for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start
                          and (name.islower() or c.ent_type_ == "GPE" or _demonym(c.text, profile.affiliation_words)
                               or c.text in _initialism_countries())), None)
            if owner is not None and _person_after_owner(ent, lex):
                # "Estonia's Margus Tsahkna warned ...": a country's person, whatever the tagger says
                actor = table.person(name, affiliation=profile.affiliation_words.get(owner))
                table.add_mention(actor.id, (ent.start_char, ent.end_char))
                continue
            if owner is not None or name.islower():
                # "Ukraine's navy", "Romania's Defense Ministry": a body owned by a country is named
                # with the country's adjective ("Ukrainian navy"), or every country's navy would be
                # one actor
                adjective = (owner if owner in _initialism_countries() else _demonym(owner, profile.affiliation_words)) \
                    if owner else None
                if adjective is None:
                    continue
                name = f"{adjective} {_canonical_body(name)}"
            name_start = _name_after_title(ent, lex)
            if name_start is not None:
                # "Odesa Oblast Governor Andrii Horbenko" tagged ORG: a person with a title in front
                name_span = doc[name_start: ent.end]
                name = _person_name(name_span)
                actor = table.person(name)
                table._apply_title(actor, doc, ent.start_char, name_span.start_char, name_span.root)
                table.add_mention(actor.id, (ent.start_char, ent.end_char))
                continue
            # "Marcus Feld ... Feld said", both tagged ORG: a one-word name that ends an earlier
            # two-word one is that one again (as a surname is for a person)
            actor = table._by_last_word(name)
            earlier = _untagged_full_name(ent, lex, profile) if actor is None else None
            if earlier is not None:
                # "Assistant Secretary of State Lionel Barrow" left untagged, then "Barrow" as ORG
                actor = table.person(earlier.text)
                table._apply_title(actor, doc, earlier.start_char, earlier.start_char, earlier.root)
                table.add_mention(actor.id, (earlier.start_char, earlier.end_char))
            if actor is None and (_titled_name(ent, lex) or _described_by_who(ent)):
                # "Ukraine's human rights commissioner, Dmytro Lubinets,": a name in apposition to a
                # title is a person whatever the tagger calls it
                actor = table.person(name)
                table._apply_title(actor, doc, ent.start_char, ent.start_char, ent.root)
            if actor is None:
                actor = table.body_spoken_for(name, ent.start_char)
            if actor is None and name.split()[-1].lower() in lex.outlet_words and len(name.split()) > 1:
                actor = table._ensure(slugify(name), name, "media")  # "told Meridian Radio"
            if actor is None:
                # ("German foreign ministry" is Germany's: "The Saudi foreign ministry" is not it again)
                actor = table._ensure(slugify(name), name, "organization", affiliation=table._affiliation_of(name))
            table.add_mention(actor.id, (ent.start_char, ent.end_char))
    entity_tokens = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    untagged = _untagged_appositive_names(doc, lex, profile, covered | entity_tokens)
    untagged += _untagged_titled_names(doc, lex, profile, covered | entity_tokens)
    given_names = _given_names(profile)
    for name_span in _names_after_given_names(doc, profile, given_names, covered | _person_tokens(doc)):
        actor = table.person(_person_name(name_span))
        actor.gender = actor.gender or given_names[name_span[0].text]
        # (its title before it or set off after it: "Iryna Ostapenko, Ukraine's deputy agriculture minister")
        table._apply_title(actor, doc, doc[name_span.root.left_edge.i].idx, name_span.start_char, name_span.root)
        table.add_mention(actor.id, (name_span.start_char, name_span.end_char))
    for name_span in untagged:
        name = _person_name(name_span)
        actor = table.person(name)
        # ("The headquarters' secretary, " before an apposition; "Ambassador-at-Large" in the phrase)
        titled = name_span.root.head if name_span.root.dep_ == "appos" else name_span.root
        title_start = doc[titled.left_edge.i].idx
        table._apply_title(actor, doc, title_start, name_span.start_char, name_span.root)
        table.add_mention(actor.id, (name_span.start_char, name_span.end_char))
    return table


# How alike two given names must be (difflib's ratio) to be spellings of one name: "Alexei" and
# "Oleksiy" (0.46), "Kirill" and "Kyrylo" (0.5) are; "Oleksiy" and "Dmytro" (0.15) are not.
SAME_GIVEN_NAME_RATIO = 0.4
INITIAL = re.compile(r"[A-Z]\.")


def _name_end(ent) -> int:
    """The end of a person's name, past a last word the tagger left out of the entity but parsed as
    the head of the name ("Marta Correia" + "Alves")."""
    doc = ent.doc
    if ent.end < len(doc):
        nxt = doc[ent.end]
        if nxt.pos_ == "PROPN" and nxt.is_title and nxt.ent_iob_ == "O" and \
                all(t.head.i == nxt.i and t.dep_ == "compound" for t in ent[-2:]):
            return ent.end + 1
    return ent.end


def _namesake(span, entry) -> bool:
    """Whether a profile person's bare surname alias ("Kuleba") ends a tagged name with another
    given name in front ("Oleksiy Kuleba", when the profile knows Dmytro Kuleba)."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or span[0].ent_iob_ != "I" or span[0].ent_type_ != "PERSON":
        return False
    given = doc[span.start - 1]
    while given.i > 0 and INITIAL.fullmatch(given.text) and doc[given.i - 1].ent_type_ == "PERSON":
        given = doc[given.i - 1]  # (past a middle initial: "Dmitri S. Peskov")
    lex = lexicon()
    if given.pos_ != "PROPN" or not given.text[:1].isupper() or given.lower_ in lex.honorifics \
            or given.lemma_.lower() in lex.title_words or given.lower_.rstrip("s") in lex.title_words:
        return False  # ("Presidents Zelensky and Putin": a title, not a given name)
    known = {word.lower() for name in (entry.name, *entry.aliases) for word in name.split()[:-1]}
    return bool(known) and all(SequenceMatcher(None, given.lower_, name).ratio() < SAME_GIVEN_NAME_RATIO
                               for name in known)


def _named_by_media_noun(ent) -> bool:
    """A one- to three-word name right after a media noun it names ("the broadcaster Rheinfunk",
    "news site Hromadske"), in apposition to it or compounded with it."""
    if not 1 <= len(ent) <= 3 or ent.start == 0:
        return False
    media_nouns = attribution_words().media_nouns
    noun = ent.root.head
    if ent.root.dep_ == "compound" and noun.lemma_.lower() in media_nouns \
            and ent.end <= noun.i <= ent.end + 1 and ent.doc[ent.start - 1].lower_ == "the":
        return True  # "told the PAP news agency": the name before the media noun
    before = ent.doc[ent.start - 1]
    if before.is_quote and ent.start > 1:
        before = ent.doc[ent.start - 2]  # (a quoted title: 'the podcast "Hard Count"')
    if before.lemma_.lower() not in media_nouns and before.lower_ != "site":
        return False
    if before.lemma_.lower() in attribution_words().media_people and ent.label_ == "PERSON":
        return False  # "blogger Gleb Arkhipov" is a person (who may still carry words: see speakers._via_spans)
    # (or both the objects of one verb: "told the broadcaster Rheinfunk")
    if ent.root.dep_ in ("appos", "compound") and ent.root.head.i == before.i or (
            before.dep_ == "compound" and before.head.i == ent.root.i) or (
            ent.root.dep_ == before.dep_ and ent.root.head.i == before.head.i):
        return True
    # "carried by the state news agency QNA late on Wednesday": the parse may tear the name off
    # into a clause of its own; it is still the name unless it is that clause's subject
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return ent.root.pos_ == "PROPN" and ent.root.dep_ not in ("nsubj", "nsubjpass", "poss") and (
        following is None or following.pos_ not in ("VERB", "AUX", "PART"))


def _given_names(profile) -> dict[str, str]:
    """The profile's given names ([given_names] female and male), each with its gender."""
    table = profile.raw.get("given_names", {})
    return {name: gender for gender in ("female", "male") for name in table.get(gender, [])}


def _person_tokens(doc: Doc) -> set[int]:
    """The tokens the tagger put in a PERSON entity."""
    return {i for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}


def _names_after_given_names(doc: Doc, profile, given_names: dict, taken: set) -> list[SpacySpan]:
    """ "For Natalia Hrytsenko, the reunion ended ...": a given name the profile lists and the
    capitalised word right after it are a person, whatever the tagger made of them (a place, or
    nothing)."""
    found = []
    for tok in doc[:-1]:
        surname = doc[tok.i + 1]
        if tok.text not in given_names or tok.i in taken or surname.i in taken or not surname.is_alpha \
                or not surname.text[:1].isupper() or surname.text.isupper() \
                or surname.text in profile.affiliation_words or profile.is_place_name(surname.text) \
                or surname.text in given_names:
            continue
        found.append(doc[tok.i: tok.i + 2])
    return found


def _untagged_titled_names(doc: Doc, lex, profile, taken: set) -> list[SpacySpan]:
    """ "Russian Foreign Ministry Ambassador-at-Large Gennady Orlov, who ...": a given name and a
    surname right after a title in the same phrase, which the tagger left out of every entity."""
    found = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i < 2 or tok.dep_ not in ("nsubj", "nsubjpass", "appos", "dobj", "pobj", "conj"):
            continue
        given = doc[tok.i - 1]
        if given.dep_ != "compound" or given.head.i != tok.i or given.pos_ != "PROPN":
            continue
        span = doc[given.i: tok.i + 1]
        if any(t.i in taken or not t.text[:1].isupper() or t.lower_ in lex.title_words
               or t.text in profile.affiliation_words or t.ent_type_ for t in span):
            continue
        titles = [t for t in doc[tok.left_edge.i: given.i] if t.lemma_.lower() in lex.title_words]
        if not titles and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.text[:1].isupper() \
                and tok.head.head.lemma_.lower() in lex.title_words:
            # "Head of the Coordination Headquarters Dmytro Usov": the parse hangs the name on the
            # title's "of"; between them only the rest of a formal title
            rest = doc[tok.head.i + 1: given.i]
            if len(rest) <= 6 and all(t.text[:1].isupper() or t.lower_ in ("the", "of", "for", "and") for t in rest):
                found.append(span)
            continue
        if not titles or titles[-1].i < given.i - 5:
            continue
        # between the title word and the name only the rest of the title: capitalised words, or a
        # hyphenated tail ("Ambassador-at-Large")
        rest = doc[titles[-1].i + 1: given.i]
        if all(t.text[:1].isupper() or t.text == "-" or t.is_lower and t.head.i in (titles[-1].i, t.i + 1)
               for t in rest):
            found.append(span)
    return found


def _untagged_appositive_names(doc: Doc, lex, profile, taken: set) -> list[SpacySpan]:
    """ "The headquarters' secretary, Taras Yarmolenko, declined ...": a two- or three-word proper
    name set off in apposition to a title, which the tagger left out of every entity."""
    found = []
    for tok in doc:
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.head.lemma_.lower() not in lex.title_words:
            continue
        span = doc[tok.left_edge.i: tok.i + 1]
        if any(t.i in taken for t in span) or span.start == 0 or doc[span.start - 1].text != ",":
            continue
        # (the shape `_titled_name` asks of a tagged name, and no title or side word in it)
        if _titled_name(span, lex) and not any(t.lower_ in lex.title_words or t.text in profile.affiliation_words
                                               for t in span):
            found.append(span)
    return found
