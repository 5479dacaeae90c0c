"""Attributed statements: who said, believes or wants what, when, and through whom.

The algorithm, in one linear pass over the parsed Doc:
1. quotation spans are paired per paragraph (an unclosed quote ends at its paragraph or after
   `MAX_QUOTE_CHARS`, so odd quotation marks never swallow the article);
2. every verb (and "according to") is scored as an attribution cue by a small logistic model
   learned from PolNeAR train (`parley/models/attribution_cues.json`, rebuilt by
   `scripts/train_attribution.py`) over parse features and the reporting-verb table; verbs
   naming acts are not cues (a force verb with no sign of speech, "released 150 prisoners",
   "called up reservists", "aircraft supported the assault with drones"), as the model learned
   them from political news;
3. each cue's frame is read off the dependency parse: the source is its subject (or the
   subject it shares with the verb it hangs from), the content is its complement clause or
   object, widened to any quotation the complement touches (quotes running over sentences);
4. rules add what the verb scorer cannot see: nouns with a possessor and a "that" clause
   ("Zelensky's insistence that ..."), light verbs with their noun or adjective ("made clear
   that ...", "gave assurances that ..."), stance adjectives, "in" phrases naming a poll ("In a CNN
   poll ..., X led"), headline verbs the tagger misses, interview transcript turns ("RUBIO: ...")
   and the answers of a Q&A interview without labels (the interviewee's, dated by the introduction);
5. cues inside another attribution's content are dropped (PolNeAR's labels are univocal);
6. quotations that run on after an attribution with no cue of their own become statements of
   the same speaker; content never leaves its cue's paragraph nor runs past MAX_CONTENT_CHARS;
7. speakers, intermediaries and dates are resolved at document level (`parley.resolve.speakers`).

Figures and definitions: docs/benchmarks/attribution.md.
"""
from __future__ import annotations

import itertools
import json
import math
import operator
import re
import string
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..model import Span, Statement, stable_id
from ..nlp import DATELINE_BODY, SIGNPOSTS_KEY, WIRE_DATELINE, signpost_spans  # noqa: F401  (WIRE_DATELINE: used by events and speakers)
from ..resolve.dates import noun_made_clause
from .lexicon import lexicon

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "attribution_cues.json"

# A quotation with no closing mark ends at its paragraph, and never runs longer than this.
MAX_QUOTE_CHARS = 1500
# Nor does any content (a parse of one huge run-on line must not swallow it all).
MAX_CONTENT_CHARS = 3000
# Below this probability a candidate verb is not taken as a cue (tuned on PolNeAR dev).
DEFAULT_THRESHOLD = 0.5

# A cue that is not an event verb takes its bare object as content from this score (the cue
# threshold; 0.6 gave PolNeAR dev overlap F1 0.804 instead of 0.806, exact F1 the same).
OBJECT_CONTENT_SCORE = 0.5
# A confident cue with neither takes the object of an "about"/"against"/... phrase.
PREP_CONTENT_SCORE = 0.6
# A verb with a speaking subject and a clause of its own after it is a cue from this score: the
# shape says attribution even for verbs the model rarely saw as cues ("Trump hit back that ...").
# Chosen by two-fold cross-validation on PolNeAR train (0.1-0.3 are level; 0.2 keeps source).
STRUCTURAL_THRESHOLD = 0.2
# Content up to this long before a colon that opens a quoted paragraph only announces the quotation
# ("it", "the following statement"); longer content is kept with it (both ways measured on the folds).
ANNOUNCING_CHARS = 25
DASHES = ("—", "–", "--")
_DATELINE_AT = re.compile(DATELINE_BODY)


def is_dash(token) -> bool:
    """A dash, or a hyphen standing alone as one ("GENEVA, Nov 24 (Reuters) - Envoys ...")."""
    return token.text in DASHES or (token.text == "-" and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
                                    and bool(token.whitespace_))
OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
STRAIGHT_QUOTE = '"'
QUOTE_CHARS = OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT_QUOTE + "‘’'"
_SENTENCE_END_RE = re.compile(r"[.!?…][”»\"’']?\s")
# the characters quote_spans acts on ("``" and "''" start with ` and ')
_QUOTE_MARK_RE = re.compile("[" + re.escape(OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT_QUOTE + "`'") + "]")

CONTENT_DEPS = ("ccomp", "xcomp")
OBJECT_DEPS = ("dobj", "attr", "oprd", "dative")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Heads a subject-less cue may share its subject with ("rejected ..., saying ...").
SHARED_SUBJECT_DEPS = ("advcl", "conj", "xcomp")
# Entity types of a time phrase the parse may make an object ("promised Sunday to ..."): never content.
TIME_ENTITIES = ("DATE", "TIME")
JOINING_WORDS = ("", "and", "but", "or", "and then", "but also", "then")


@dataclass(frozen=True)
class AttributionWords:
    speech: frozenset[str]
    belief: frozenset[str]
    intention: frozenset[str]
    phrasal: frozenset[str]
    stance_nouns: frozenset[str]
    source_nouns: frozenset[str]
    person_nouns: frozenset[str]
    body_nouns: frozenset[str]
    stance_adjectives: frozenset[str]
    noun_cue_preps: frozenset[str]
    reading_verbs: frozenset[str]
    noun_cue_pairs_not_said: frozenset[str]
    in_source_nouns: frozenset[str]
    delegate_nouns: frozenset[str]
    media_nouns: frozenset[str]
    voicing_verbs: frozenset[str]
    appearance_verbs: frozenset[str]
    event_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    object_only_verbs: frozenset[str]
    adjective_preps: frozenset[str]
    continuation: frozenset[str]
    object_content: frozenset[str]
    content_preps: frozenset[str]
    confident_content_preps: frozenset[str]
    cue_content_preps: frozenset[str]
    pro_content: frozenset[str]
    noun_cues: frozenset[str]
    via_participles: frozenset[str]
    seen_by_participles: frozenset[str]
    via_nouns: frozenset[str]
    seeing_verbs: frozenset[str]
    via_speech: frozenset[str]
    platforms: frozenset[str]
    withholding_verbs: frozenset[str]
    withheld_speech: frozenset[str]
    failing_verbs: frozenset[str]
    commitment_verbs: frozenset[str]
    nobody_subjects: frozenset[str]
    seldom_adverbs: frozenset[str]
    directive_verbs: frozenset[str]
    unsaid_when_negated: frozenset[str]
    anonymity_markers: frozenset[str]
    background_markers: frozenset[str]
    discourse_openers: frozenset[str]
    force_verbs: frozenset[str]
    custody_verbs: frozenset[str]
    act_phrasals: frozenset[str]
    captive_nouns: frozenset[str]
    stance_act_verbs: frozenset[str]
    military_units: frozenset[str]
    military_operations: frozenset[str]
    war_materiel: frozenset[str]
    reply_particles: frozenset[str]
    verdict_preps: frozenset[str]
    floating_quantifiers: frozenset[str]
    interview_verbs: frozenset[str]
    interviewee_passive_verbs: frozenset[str]
    interview_nouns: frozenset[str]
    excerpt_nouns: frozenset[str]
    quoting_aside_verbs: frozenset[str]
    reply_nouns: frozenset[str]
    headline_kickers: frozenset[str]
    questioner_labels: frozenset[str]
    host_label_roles: frozenset[str]
    courtesy_turns: frozenset[str]
    reporter_label_roles: frozenset[str]
    full_text_markers: frozenset[str]
    full_text_pointers: frozenset[str]
    speech_act_nouns: frozenset[str]
    document_nouns: frozenset[str]
    writing_verbs: frozenset[str]
    image_nouns: frozenset[str]
    account_nouns: frozenset[str]
    finding_nouns: frozenset[str]
    proposal_nouns: frozenset[str]
    proposing_verbs: frozenset[str]
    adopting_verbs: frozenset[str]
    hearsay_participles: frozenset[str]
    occasion_nouns: frozenset[str]
    session_audiences: frozenset[str]
    media_people: frozenset[str]
    saying_verbs: frozenset[str]
    audience_nouns: frozenset[str]
    record_nouns: frozenset[str]
    credit_lines: frozenset[str]
    as_clause_verbs: frozenset[str]
    free_choice_verbs: frozenset[str]
    feeling_verbs: frozenset[str]
    pronouns: dict[str, frozenset[str]]
    light_verb_cues: dict[str, frozenset[str]]

    def category(self, lemma: str) -> str:
        if lemma in self.speech:
            return "speech"
        if lemma in self.belief:
            return "belief"
        if lemma in self.intention:
            return "intention"
        return "none"


@lru_cache(maxsize=1)
def attribution_words() -> AttributionWords:
    data = tomllib.loads((DATA_DIR / "reporting_verbs.toml").read_text(encoding="utf-8"))
    tables = {name: {k: frozenset(v) for k, v in data.pop(name).items()} for name in ("pronouns", "light_verb_cues")}
    return AttributionWords(**tables, **{k: frozenset(v) for k, v in data.items()})


@dataclass(frozen=True)
class CueModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    dense: Optional[tuple[float, ...]] = None  # weights over the token's tok2vec tensor

    def probability(self, features: list[str], vector=None) -> float:
        # map over dict.get: the same terms in the same order as a generator, without its frames
        z = self.bias + sum(map(self.weights.get, features, itertools.repeat(0.0, len(features))))
        if self.dense is not None and vector is not None and len(vector) == len(self.dense):
            z += float(sum(map(operator.mul, self.dense, vector)))  # same sum, no generator frame
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def cue_model() -> Optional[CueModel]:
    """The learned cue scorer, or None when the model file is absent (rules only)."""
    try:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    dense = data.get("dense")
    return CueModel(weights=data["weights"], bias=float(data["bias"]),
                    threshold=float(data.get("threshold", DEFAULT_THRESHOLD)),
                    dense=tuple(float(x) for x in dense) if dense else None)


def cue_vector(tok):
    """The token's contextual tok2vec vector (`Doc.tensor` row), or None when absent."""
    tensor = getattr(tok.doc, "tensor", None)
    if tensor is None or len(tensor.shape) != 2 or tensor.shape[0] != len(tok.doc) or not tensor.shape[1]:
        return None
    return tensor[tok.i].tolist()


# ---- quotations -----------------------------------------------------------------------------
def quote_spans(text: str) -> list[Span]:
    """Quotation spans `[start, end)` including their marks, paired within each paragraph.

    Hand-written because no library pairs news quotation marks with the paragraph rule (an open
    quote at a paragraph's end continues in the next paragraph, which re-opens it).
    """
    spans: list[Span] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        _pair_in_paragraph(text, pos, end, spans)
        pos = end + 1
    return spans


def _pair_in_paragraph(text: str, start: int, end: int, out: list[Span]) -> None:
    open_at: Optional[int] = None
    i = start
    while i < end:
        # every other character only steps i by one, so jump straight to the next quote mark
        mark = _QUOTE_MARK_RE.search(text, i, end)
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        pair = text[i:i + 2]
        width = 2 if pair in ("''", "``") else 1  # ASCII typesetting of “ and ” (older wire copy)
        opener = ch in OPEN_QUOTES or pair == "``"
        straight = ch == STRAIGHT_QUOTE or pair == "''"
        if opener or (straight and open_at is None):
            if open_at is not None:  # a new quote opens before the last one closed
                out.append((open_at, _bounded_end(text, open_at, i)))
            open_at = i
        elif (ch in CLOSE_QUOTES or straight) and open_at is not None:
            close = i + width
            out.append((open_at, close if close - open_at <= MAX_QUOTE_CHARS else _bounded_end(text, open_at, close)))
            open_at = None
        i += width
    if open_at is not None:
        out.append((open_at, _bounded_end(text, open_at, end)))


def _bounded_end(text: str, start: int, end: int) -> int:
    """End an unclosed quote at `end`, but no later than the last sentence end in the cap."""
    end = _rstrip(text, start, end)
    if end - start <= MAX_QUOTE_CHARS:
        return end
    window = text[start:start + MAX_QUOTE_CHARS]
    last = None
    for m in _SENTENCE_END_RE.finditer(window):
        last = m
    return start + (last.end() - 1 if last else MAX_QUOTE_CHARS)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class DocIndex:
    """Per-document lookups computed once: `Doc.text` and `Token.sent` are O(n) in spaCy."""

    def __init__(self, doc, text: Optional[str] = None):
        self.text = doc.text if text is None else text
        self.sent_start_tok: list[int] = []
        self.sent_start_char: list[int] = []
        self.sent_end_char: list[int] = []
        for sent in doc.sents:
            self.sent_start_tok.append(sent.start)
            self.sent_start_char.append(sent.start_char)
            self.sent_end_char.append(sent.end_char)

    def sentence_of_token(self, i: int) -> int:
        return max(0, bisect_right(self.sent_start_tok, i) - 1)

    def sentence_end_at(self, offset: int) -> int:
        """End of the sentence holding character `offset`."""
        if not self.sent_start_char:
            return offset
        k = max(0, bisect_right(self.sent_start_char, offset) - 1)
        return self.sent_end_char[k]


class QuoteIndex:
    """Which quotation (if any) covers a character offset."""

    def __init__(self, spans: list[Span]):
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def at(self, offset: int) -> Optional[Span]:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]:
            return self.spans[i]
        return None

    def overlapping(self, start: int, end: int) -> list[Span]:
        i = max(0, bisect_right(self._starts, start) - 1)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e = self.spans[i]
            if e > start:
                out.append((s, e))
            i += 1
        return out


# ---- cue features (shared with scripts/train_attribution.py) ---------------------------------
def is_candidate(tok) -> bool:
    return tok.pos_ == "VERB" or (tok.lower_ == "according" and tok.i + 1 < len(tok.doc)
                                  and tok.nbor(1).lower_ == "to")


def _subject_kind(tok) -> str:
    for c in tok.children:
        if c.dep_ in SUBJECT_DEPS:
            if c.pos_ == "PRON":
                return "pron:" + c.lower_
            if c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                return "ent:" + c.ent_type_
            return c.pos_
    return "none"


def cue_features(tok, quotes: QuoteIndex) -> list[str]:
    """Sparse features of a candidate cue token, as strings (the model's weights are keyed on them)."""
    words = attribution_words()
    lemma = tok.lemma_.lower()
    children = list(tok.children)
    deps = sorted({c.dep_ for c in children})
    preps = sorted({c.lower_ for c in children if c.dep_ in ("prep", "prt")})
    has_comp = any(d in CONTENT_DEPS for d in deps)
    has_obj = any(d in OBJECT_DEPS for d in deps)
    subj = _subject_kind(tok)
    passive = "auxpass" in deps
    in_quote = quotes.at(tok.idx) is not None
    near_quote = any(quotes.at(t.idx) is not None or t.text in QUOTE_CHARS
                     for t in tok.doc[max(0, tok.i - 2): tok.i + 3] if t.i != tok.i)
    comp_quote = any(quotes.at(c.idx) is not None for c in children if c.dep_ in CONTENT_DEPS)
    marks = sorted({g.lower_ for c in children if c.dep_ in CONTENT_DEPS
                    for g in c.children if g.dep_ == "mark"})
    cat = words.category(lemma)
    feats = [
        "lemma=" + lemma,
        "cat=" + cat,
        "tag=" + tok.tag_,
        "dep=" + tok.dep_,
        "subj=" + subj,
        "comp=%d" % has_comp,
        "obj=%d" % has_obj,
        "passive=%d" % passive,
        "inq=%d" % in_quote,
        "nearq=%d" % near_quote,
        "compq=%d" % comp_quote,
        "cat|comp=%s|%d" % (cat, has_comp),
        "cat|dep=%s|%s" % (cat, tok.dep_),
        "cat|inq=%s|%d" % (cat, in_quote),
        "lemma|comp=%s|%d" % (lemma, has_comp),
        "lemma|obj=%s|%d" % (lemma, has_obj),
        "lemma|dep=%s|%s" % (lemma, tok.dep_),
        "lemma|subj=%s|%s" % (lemma, subj.split(":")[0]),
        "lemma|passive=%s|%d" % (lemma, passive),
        "headdep=%s|%s" % (tok.dep_, tok.head.pos_),
    ]
    feats += ["child=" + d for d in deps]
    feats += ["lemma|prep=%s|%s" % (lemma, p) for p in preps]
    feats += ["mark=" + m for m in marks]
    for c in children:
        if c.dep_ in ("dobj",):
            feats.append("lemma|dobj=%s|%s" % (lemma, c.lemma_.lower()))
            if c.lemma_.lower() in words.stance_nouns:
                feats.append("stance_obj")
    if any(f"{lemma} {p}" in words.phrasal for p in preps):
        feats.append("phrasal")
    feats += _context_features(tok, cat, children, quotes, words)
    return feats


# Clause types above a candidate that say it is embedded ("the deal, which he signed", "after
# they met"): such verbs are cues far less often than a sentence's main verb.
EMBEDDING_DEPS = frozenset(("relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "pcomp"))
MAX_ANCESTORS = 8  # how far up the parse embedding clauses are looked for
MAX_DEPTH = 60  # the walk up to the sentence root stops here (a guard on odd parses)


def _context_features(tok, cat: str, children: list, quotes: QuoteIndex,
                      words: AttributionWords) -> list[str]:
    """What a reader uses beyond the verb's own frame (attribution pass 6): the clauses it sits
    in and the verb class of its head and of the sentence's main verb, the words either side,
    what kind of thing its object is, and how near a quotation in its sentence is."""
    doc = tok.doc
    feats = ["isroot=%d" % (tok.dep_ == "ROOT")]
    embedded = set()
    root, depth = tok, 0
    while root.head.i != root.i and depth < MAX_DEPTH:
        if depth < MAX_ANCESTORS and root.dep_ in EMBEDDING_DEPS:
            embedded.add(root.dep_)
        root = root.head
        depth += 1
    feats += ["anc=" + d for d in sorted(embedded)]
    if tok.head.i != tok.i:
        feats.append("headcat=%s|%s" % (tok.dep_, words.category(tok.head.lemma_.lower())))
    if root.i != tok.i:
        feats.append("rootcat=" + words.category(root.lemma_.lower()))
    feats.append("prev=" + (doc[tok.i - 1].lower_ if tok.i > 0 else "<s>"))
    feats.append("next=" + (doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else "</s>"))
    for c in children:
        if c.dep_ == "dobj":
            kind = _noun_kind(c, words)
            if any(g.dep_ in ("acl", "ccomp") for g in c.children):
                kind = "clause_" + kind  # "the claim that ...", "a plan to ..."
            feats.append("objclass=" + kind)  # crossed with the lemma: level on the folds, 700 weights more
            break
    # the root's subtree is the sentence: its quotations, without Token.sent's scan
    quoted = quotes.overlapping(root.left_edge.idx, root.right_edge.idx + len(root.right_edge))
    feats.append("sentq=%d" % bool(quoted))
    if quoted:
        distance = min(min(abs(tok.idx - s), abs(tok.idx - e)) for s, e in quoted)
        band = "0" if distance < 4 else "1" if distance < 12 else "2" if distance < 40 else "3"
        feats += ["qdist=" + band, "cat|qdist=%s|%s" % (cat, band)]
    return feats


def _noun_kind(tok, words: AttributionWords) -> str:
    """A coarse class of a noun phrase's head: who (pronoun class, entity, role noun, body) or
    what (a stance noun, another name, plural or singular noun)."""
    if tok.pos_ == "PRON":
        low = tok.lower_
        for kind, members in words.pronouns.items():
            if low in members:
                return "pron_" + kind
        return "pron"
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return "ent_" + tok.ent_type_
    lemma = tok.lemma_.lower()
    if lemma in words.source_nouns or lemma in words.person_nouns:
        return "title"
    if lemma in words.body_nouns:
        return "body"
    if lemma in words.stance_nouns or lemma in words.noun_cues:
        return "stance"
    if tok.ent_type_:
        return "ent_other"
    if tok.pos_ == "PROPN":
        return "propn"
    if tok.tag_ in ("NNS", "NNPS"):
        return "nouns"
    return "noun" if tok.pos_ == "NOUN" else tok.pos_


# ---- frames -----------------------------------------------------------------------------------
@dataclass
class Frame:
    """One attribution read off the parse, before speaker and date resolution."""

    cue_tokens: list  # spaCy tokens, the first is the cue's head verb
    source: Optional[object]  # spaCy Span of the source mention
    content: list[Span]
    score: float
    via_spans: list = field(default_factory=list)  # spaCy Spans that may name an intermediary
    parent: Optional["Frame"] = None  # the attribution a run-on quote continues
    speaker_token: Optional[object] = None  # for "who": the noun the relative clause hangs on
    coordinated_with: Optional[object] = None  # the cue token this one is coordinated with
    carrier: Optional[object] = None  # "Interfax reported, citing a source": the Interfax mention
    answers_to_cue: bool = False  # an interview answer: the outlet its cue spoke to carries it ("spoke to The Economist")
    # the phrase of the saying's occasion, outside the cue's clause: "said ..., in an interview with
    # ZDF on Wednesday", "..., RIA quoted him as saying on Tuesday" (its characters)
    occasion: Optional[Span] = None

    @property
    def cue(self):
        return self.cue_tokens[0]

    @property
    def cue_span(self) -> Span:
        return (min(t.idx for t in self.cue_tokens), max(t.idx + len(t) for t in self.cue_tokens))

    @property
    def extent(self) -> tuple[int, int]:
        starts = [s for s, _ in self.content] + [self.cue_span[0]]
        ends = [e for _, e in self.content] + [self.cue_span[1]]
        if self.source is not None:
            starts.append(self.source.start_char)
            ends.append(self.source.end_char)
        return min(starts), max(ends)


def _subtree_ids(tok) -> set[int]:
    return set(range(tok.left_edge.i, tok.right_edge.i + 1))


def _citing(cue, content_ids: set[int], words: AttributionWords):
    """A "citing X" / "quoting X" participle hanging on the cue or its content's verb."""
    heads = [cue] + [c for c in cue.children if c.i in content_ids and c.dep_ in CONTENT_DEPS]
    for h in heads:
        for c in h.children:
            if c.tag_ == "VBG" and c.lemma_.lower() in ("cite", "quote") and c.dep_ in ("advcl", "xcomp", "acl"):
                objs = [o for o in c.children if o.dep_ == "dobj"]
                if objs and _names_a_source(objs[0], words):
                    o = objs[0]
                    keep = [t.i for t in o.subtree if not (t.dep_ == "relcl" or t.is_punct)]
                    return c, o.doc[min(keep): max(keep) + 1]
    return None


def _said_after_citing(cue) -> list:
    """ "Interfax reported, citing a source in the delegation, that Moscow had proposed ...": the
    parse may hang the "that" clause on the participle; it is the cue's content."""
    return [g for c in cue.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > cue.i
            and c.lemma_.lower() in ("cite", "quote")
            for g in c.children if g.dep_ == "ccomp" and g.left_edge.lower_ == "that"
            and g.doc[g.left_edge.i - 1].text == ","]


def _said_after_time_clause(cue) -> list:
    """ "told reporters as he arrived on Thursday that his country would not ...": the parse may
    hang the "that" clause on the verb of the time clause between; it is the cue's content."""
    return [g for c in cue.children if c.dep_ == "advcl" and c.i > cue.i
            and any(m.dep_ == "mark" and m.lower_ in ("as", "when", "after", "before", "while") for m in c.children)
            for g in c.children if g.dep_ in ("ccomp", "advcl") and g.left_edge.lower_ == "that" and g.i > c.i]


def _names_a_source(tok, words: AttributionWords) -> bool:
    """"citing a senior official" names who spoke; "citing the release of prisoners" a reason."""
    return (tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or tok.lemma_.lower() in words.source_nouns)


def _cited_reasons(doc, scores: dict[int, float], words: AttributionWords) -> dict[int, float]:
    """"X said ..., citing the release of prisoners": the reason cited is X's too (a cue of its
    own, as confident as the verb it hangs on)."""
    out = {}
    for i, score in scores.items():
        for c in doc[i].children:
            if c.tag_ == "VBG" and c.dep_ == "advcl" and c.lemma_.lower() == "cite" and c.i not in scores:
                objs = [o for o in c.children if o.dep_ == "dobj"]
                if objs and not _names_a_source(objs[0], words):
                    out[c.i] = score
    return out


def _speaker_subject(tok, words: AttributionWords) -> bool:
    """A subject that can speak: a person, organisation or place (its government), a personal
    pronoun, or a source noun ("officials")."""
    for c in tok.children:
        if c.dep_ == "nsubj":
            if c.pos_ == "PRON":
                return c.lower_ in words.pronouns["person"] | words.pronouns["group"] | words.pronouns["author"]
            return (c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                    or c.lemma_.lower() in words.source_nouns)
    return False


def _free_relative(verb) -> bool:
    """Whether a verb heads a "what" clause with "what" its object ("what he says")."""
    return any(c.dep_ == "dobj" and c.tag_ == "WP" and c.i < verb.i for c in verb.children)


def _that_clause_on(noun) -> list:
    """The "that" clause with a subject of its own the parse hangs on a noun as a relative clause
    ("told a meeting of leaders that few people ..."), as a list of one or none."""
    return [g for g in noun.subtree if g.dep_ in ("relcl", "acl", "ccomp") and _opens_with_that(g)
            and any(m.dep_ in SUBJECT_DEPS for m in g.children)][:1]


def _learned_from(cue) -> list:
    """The "from" phrases of a verb of learning ("Anadolu has learned from diplomatic sources")."""
    if cue.lemma_.lower() != "learn":
        return []
    return [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "from"]


def _learned_from_clause(cue) -> list:
    """ "TASS has learned from a source in the delegation that ...": the parse may hang what was
    learned on the one it was learned from; that clause, as a list of one or none."""
    return next((said for c in _learned_from(cue) for o in c.children if o.dep_ == "pobj"
                 for said in [_that_clause_on(o)] if said), [])


def _strong_structure(tok, words: AttributionWords) -> bool:
    """A verb with a speaking subject of its own and, after it, a clause with its own subject:
    the shape of an attribution whatever the verb ("Trump hit back that she ..."). A clause
    with a subject opening after "and" / "but" counts too: "X said A, and a third of them said
    B", which the parse often hangs inside A, where the cue model scores verbs low."""
    if not (_speaker_subject(tok, words) or _opens_after_conjunction(tok)):
        return False
    if _after_quoted_comma(tok) and words.category(tok.lemma_.lower()) == "speech" \
            and tok.lemma_.lower() not in words.via_participles:  # ("..., TASS quoted him as saying")
        return True
    return any(c.dep_ == "ccomp" and c.i > tok.i and any(g.dep_ in SUBJECT_DEPS + ("expl",) for g in c.children)
               for c in tok.children) or any(any(g.dep_ in SUBJECT_DEPS for g in c.children)
                                             for c in _said_after_time_clause(tok)) or bool(_learned_from_clause(tok))


def _after_quoted_comma(tok) -> bool:
    """ "“..., and the Russians agreed ...,” a source in the ministry told the Kyiv Independent":
    a subject opening right after a quotation's closing ",”" (the parse may hang the verb in
    the quotation, where the cue model scores it low)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    return subj is not None and subj.left_edge.i >= 2 and _closes_after_comma(tok.doc, subj.left_edge.i - 1)


def _opens_after_conjunction(tok) -> bool:
    """The verb has a subject of its own and its clause opens right after "and" / "but"."""
    start = tok.left_edge.i
    return start > 0 and tok.doc[start - 1].dep_ == "cc" and any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def _physical_act(tok, words: AttributionWords) -> bool:
    """A force verb ("attacked", "hit", "shelled") with no sign of speech, a verb of custody
    with people as its object ("released 150 prisoners") or an act's phrasal verb ("called up
    reservists"): an act, not a cue. The cue model learned these verbs from political news,
    where they are mostly verbal."""
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in words.act_phrasals for c in tok.children):
        return True
    if lemma in words.custody_verbs:
        return any(_people(c, words) for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
    if lemma in words.force_verbs:
        return not _verbal_sense(tok, words)
    return _military_act(tok, lemma, words)


def _stirs_feeling(tok, words: AttributionWords) -> bool:
    """ "The idea has already angered pro-war bloggers": a verb of stirring a feeling in its object
    (with no clause of its own) tells how others took something, not what anyone said."""
    return tok.lemma_.lower() in words.feeling_verbs and any(c.dep_ == "dobj" for c in tok.children) \
        and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


def _military_act(tok, lemma: str, words: AttributionWords) -> bool:
    """"Russian aircraft supported the assault", "backed the counter-offensive with tanks",
    "the attack was backed by helicopters": with only a noun-phrase object, a stance verb whose
    means is armed force or money, or any verb whose subject is a unit or weapon and whose object
    is an operation or a unit, is an act (a unit does not hold views; "backed the plan" does)."""
    children = list(tok.children)
    if any(c.dep_ in CONTENT_DEPS or _that_advcl(c) for c in children):
        return False
    passive = any(c.dep_ == "auxpass" for c in children)
    objects = [c for c in children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if not objects or any(_has_quote(o) for o in objects):
        return False
    objects += [x for o in objects for x in o.conjuncts]
    if lemma in words.stance_act_verbs and any(
            _names_materiel(g, words) for h in [tok] + objects for c in h.children
            if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"):
        return True
    targets = words.military_operations | words.military_units
    if not any(_word_in(o, targets, whole_front=True) for o in objects):
        return False
    subject = _find_source(tok, words)[0]
    if subject is not None and subject.lower_ in words.pronouns["relative"] and tok.dep_ == "relcl":
        subject = tok.head  # "the brigades, which supported the assault"
    return subject is not None and _word_in(subject, words.military_units)


def _word_in(tok, vocabulary: frozenset[str], whole_front: bool = False) -> bool:
    """The noun or a compound part of it is listed ("artillery units"); with `whole_front`, any
    word before it in its phrase (the parse of "the counter-offensive east of ..." makes "east"
    the noun and "offensive" an adjective)."""
    front = tok.doc[tok.left_edge.i: tok.i + 1] if whole_front else \
        [tok] + [c for c in tok.children if c.dep_ == "compound"]
    return any(t.lower_ in vocabulary or t.lemma_.lower() in vocabulary for t in front)


def _names_materiel(tok, words: AttributionWords) -> bool:
    """"artillery and drones", "air defence systems", "a 50 billion euro loan": arms or money."""
    lowered = [t.lower_ for t in tok.subtree]
    return any(w in words.war_materiel for w in lowered) \
        or any(t.lemma_.lower() in words.war_materiel for t in tok.subtree) \
        or any(f"{a} {b}" in words.war_materiel for a, b in zip(lowered, lowered[1:]))


def _people(tok, words: AttributionWords) -> bool:
    """"150 Ukrainian prisoners", "the hostages", "two journalists", "him": people, not a text."""
    lex = lexicon()
    if tok.pos_ == "PRON":
        return tok.lower_ in words.pronouns["person"] | words.pronouns["group"]
    return tok.ent_type_ in ("PERSON", "NORP") or bool(
        {tok.lemma_.lower(), tok.lower_} & (words.captive_nouns | lex.group_nouns | lex.title_words))


def _verbal_sense(tok, words: AttributionWords) -> bool:
    """"attacked Clinton", "hit back", "slammed the plan as ...", "attacked the deal in a
    statement", "struck back that ...": what marks a force verb as speech."""
    children = list(tok.children)
    if any(c.dep_ == "ccomp" or _that_advcl(c) for c in children):
        return True
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in words.reply_particles for c in children):
        return True
    targets = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    targets += [x for c in targets for x in c.conjuncts]
    if any(_gives_verdict(h, words) for h in [tok] + targets):
        return True
    if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in words.via_nouns for g in c.children)
           for c in children):
        return True  # "in a statement", "in remarks"
    return any(_addressable(c, words) or _has_quote(c) for c in targets)


def _gives_verdict(tok, words: AttributionWords) -> bool:
    """"... for his vote", "... as a fraud", "... over the delay" (not "for three hours")."""
    return any(c.dep_ == "prep" and c.lower_ in words.verdict_preps
               and not any(g.ent_type_ in TIME_ENTITIES for g in c.children) for c in tok.children)


def _addressable(tok, words: AttributionWords) -> bool:
    """A target one can attack in words: a person or group of people, a name, a claim or stance
    ("the proposal"), or something a person owns ("Trump's plan"). Places, buildings and
    military positions are not."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    people = words.pronouns["person"] | words.pronouns["group"] | words.pronouns["author"]
    if tok.pos_ == "PRON":
        return tok.lower_ in people
    if tok.ent_type_ in ("PERSON", "NORP") or (tok.pos_ == "PROPN" and not tok.ent_type_):
        return True
    if {lemma, tok.lower_} & (words.noun_cues | words.stance_nouns | words.source_nouns
                              | lex.anonymous_heads | lex.title_words):
        return True
    return any(c.dep_ == "poss" and (c.ent_type_ in ("PERSON", "NORP") or c.lower_ in people)
               for c in tok.children)


def _set_off_participle(tok) -> bool:
    """"Trump, asked about the plan, said ...": a participle between commas with no complement
    of its own describes the subject; it is not an attribution (the parse may call it a verb)."""
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in ("parataxis", "acl", "advcl", "ccomp"):
        return False
    doc = tok.doc
    # (the parse may hang the described subject on a set-off "asked" itself: "Peskov, asked on
    # Monday about X, told reporters"; not on a verb of its own: "Brinkley ..., recalled, “...”")
    # (or on any participle set off right after it and right before the cue: "The conclusions,
    # agreed late on Thursday, say")
    end = tok.right_edge.i
    before_cue = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].i == tok.head.i
    subject = {t.i for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i and (
        tok.lemma_.lower() == "ask" or before_cue and c.right_edge.i in (tok.i - 2, tok.i - 1)
        and doc[tok.i - 1].text == ",") for t in c.subtree}
    lo = min(t.i for t in tok.subtree if t.i not in subject)
    hi = max(t.i for t in tok.subtree if not t.is_punct)
    asked = tok.lemma_.lower() == "ask"
    if any(c.dep_ in CONTENT_DEPS + ("dobj",) and not (asked and _opens_with_wh(c)) for c in tok.children):
        return False  # (the question "asked whether she expected ..." is no content of its own)
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[hi + 1] if hi + 1 < len(doc) else None
    return (before is not None and before.text == "," and after is not None and after.text == ","
            and lo >= tok.i - 2)


def _subject_in_fronted_participle(verb):
    """ "Speaking at a press conference with the Finnish president, Alexander Stubb, the Ukrainian
    leader said ...": the parse may take the subject for one more apposition at the end of the
    participle's phrase; an apposition that runs right up to the verb, with no comma to close it,
    is the verb's subject."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].is_punct or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i and c.right_edge.i == verb.i - 1:
            last = doc[verb.i - 1]
            appos = next((a for a in [last, *last.ancestors] if a.dep_ == "appos" and a.right_edge.i == verb.i - 1
                          and doc[a.left_edge.i - 1].text == ","), None)
            if appos is not None and appos.pos_ in ("NOUN", "PROPN"):
                return appos
    return None


def _find_source(cue, words: AttributionWords):
    """The source token of a cue (or None), and the cue that owns it (itself or a head)."""
    aside = _aside_in_subject(cue, words)
    if aside is not None:
        return aside, None
    if cue.lower_ == "according":
        for c in cue.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                name = _name_set_off_after(objs[0]) if objs else None
                maker = _maker_of_finding(objs[0], words) if objs and name is None else None
                return (name.root if name is not None else maker or (objs[0] if objs else None)), None
        return None, None
    teller = _quoted_teller(cue, words) or _contact_clause_head(cue, words)
    if teller is not None:
        return teller, None
    tok = cue
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.i != cue.head.i:
        # "Lavrov was quoted by RIA as saying ...": the quoted one is the source.
        carrier = cue.head.head
        if carrier.lemma_.lower() in words.via_participles:
            # (the one quoted: "RIA quoted Kovrov as saying"; the carrier only when no one is named)
            for dep in ("nsubjpass", "dobj", "nsubj"):
                for c in carrier.children:
                    if c.dep_ == dep:
                        return c, None
    if cue.lemma_.lower() in words.via_participles and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in cue.children):
        # "..., Peskov was quoted by RIA as saying.": the quoted one is the source
        for c in cue.children:
            if c.dep_ == "nsubjpass":
                return c, None
    taken = _subject_taken_into_content(cue)
    if taken is not None:
        return taken, None
    climbed_from_conj = False
    for _ in range(4):  # climb a short chain of shared-subject heads
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        # Of two subjects ("“Bad reaction,” a strategist said") the one nearest the verb.
        for c in sorted(tok.children, key=lambda c: abs(c.i - tok.i)):
            if passive and c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0], None
            elif not passive and c.dep_ in ("nsubj", "csubj"):
                if c.lower_ in words.pronouns["relative"] and tok.dep_ == "relcl":
                    return c, tok.head
                described = _one_of_them_described(c, tok)
                if described is not None:
                    return described, None
                after_but = _subject_after_but(c)
                if after_but is not None:
                    return after_but, None
                subject = _past_vocative(_past_fronted_participle(_past_fronted_place(_subject_of_its_clause(c, tok))))
                # ("A survey released this month by the Kyiv International Institute of
                # Sociology found that ...": the institute)
                return (_maker_of_finding(subject, words) or subject if subject is not None else None), None
        if passive and tok is not cue and climbed_from_conj:
            # "Olha Semeniuk, whose son ... was captured near Vovchansk, said ...": the parse may
            # join the cue to the passive verb before it; that verb's subject is the cue's too
            subj = [c for c in tok.children if c.dep_ == "nsubjpass" and c.pos_ in ("PROPN", "NOUN")]
            if subj:
                return subj[0], None
        if passive:
            if tok.lower_ in words.stance_adjectives and any(c.dep_ == "ccomp" for c in tok.children):
                # "Merz is convinced that ...": a participle of a held view; its subject holds it
                subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
                subj += [g for a in tok.children if a.dep_ == "auxpass"  # the parse may hang it there
                         for g in a.children if g.dep_ in ("nsubjpass", "nsubj")]
                if subj:
                    return subj[0], None
            return None, None
        placed = _set_off_after_place(tok)
        if placed is not None:
            return placed, None
        for c in tok.children:  # the subject stranded on a set-off participle (see above)
            # (or on a noun the parse made a clause: "X, appearing on the United News telethon on
            # Sunday, insisted" with "telethon" the clause and X its subject)
            if c.dep_ in ("parataxis", "ccomp", "advcl") and c.i < tok.i and (
                    _set_off_participle(c) if c.dep_ != "advcl" else noun_made_clause(c, tok)
                    or c.lemma_.lower() == "ask" and _set_off_participle(c)  # ("X, asked whether ..., said")
                    # ("Modi, opening the session on global security, said": a participle with its own
                    # object, set off right before the cue)
                    or c.tag_ == "VBG" and c.right_edge.i + 2 == tok.i and tok.doc[tok.i - 1].text == ","
                    and any(g.dep_ == "nsubj" and g.i < c.i for g in c.children)):
                subj = [g for g in c.children if g.dep_ == "nsubj"]
                if subj:
                    return subj[0], None
        swallowed = _subject_in_fronted_participle(tok)
        if swallowed is not None:
            return swallowed, None
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and (
                tok.tag_ in ("VBG", "VBN") or tok.tag_ == "VBD" and tok.doc[tok.i - 1].text == ","
                and any(c.dep_ == "appos" for c in tok.head.children)):
            # "reports suggesting that ..."; "China's deputy envoy, Liu Wenhao, called on ...",
            # where the parse made the finite verb a modifier of the subject it follows
            return tok.head, None
        if tok.tag_ == "VBN" and tok.dep_ == "advcl":
            return None, None  # "Asked whether ..., Peskov said": Peskov was asked, not asking
        if (tok.dep_ in SHARED_SUBJECT_DEPS or (tok.dep_ == "acomp" and tok.tag_ == "VBN") or _second_complement(tok)
                or (tok.dep_ == "dep" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB")) and tok.head.i != tok.i:
            # ("Peskov, asked about it by reporters, refused to ...": the parse may leave the verb
            # a bare "dep" of the participle it follows)
            climbed_from_conj = tok.dep_ == "conj"
            tok = _out_of_whether_clause(tok.head, tok)  # (after a copula, "is convinced that": its subject)
            continue
        if tok.dep_ == "pcomp" and tok.head.dep_ in ("prep", "advcl") and tok.tag_ == "VBG":
            tok = tok.head.head  # "She began by emphasizing ...": the subject of "began"
            continue
        if climbed_from_conj and tok.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "acl" and c.tag_ == "VBD" for c in tok.children):
            # "China's U.N. ambassador, Fu Cong, called for restraint and said ...": the parse made
            # the subject the root, the first verb its modifier and the cue a conjunct of the noun
            return tok, None
        return (_subject_before_set_off_participle(cue) or _titled_name_before(cue) or _name_stranded_before(cue)
                or _name_after_quoted_comma(cue) or _name_before_set_off_participle(cue)
                or _account_made_compound(cue, words) or _noun_set_off_before(cue)), None
    return None, None


def _noun_set_off_before(cue):
    """ "... at the earliest, UP sources in the Office of the President said, although ...": a
    subjectless cue set off by commas after a noun phrase the parse hung on the clause before
    (as an object); that phrase, from the comma to the cue, is the speaker."""
    doc = cue.doc
    if cue.dep_ != "parataxis" or cue.i < 2 or not (cue.i + 1 == len(doc) or doc[cue.i + 1].is_punct):
        return None
    last = doc[cue.i - 1]
    for tok in [last, *last.ancestors] if last.pos_ == "NOUN" else last.ancestors:
        if tok.right_edge.i != cue.i - 1 or tok.i >= cue.i:
            break
        if tok.pos_ in ("NOUN", "PROPN") and (tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ","
                                              or any(t.text == "," for t in doc[tok.left_edge.i: tok.i])):
            return tok  # (the parse may take the words before the comma into the phrase: "the earliest, UP sources")
    return None


def _subject_after_but(subject):
    """ "Ukrainian and Russian officials pressed on with talks ..., but a Ukrainian negotiator said
    ...": the parse may make the first clause's subject the cue's, with the real one a conjunct
    after "but" (subjects are joined by "and", not "but")."""
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in subject.children):
        return None
    return next((c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)


def _one_of_them_described(subject, verb):
    """ "said one of the sources, a European official briefed on the talks": the parse makes the
    description set off after "one of ..." a second subject; it says who spoke."""
    if subject.lower_ != "one" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return None
    doc = subject.doc
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i
                 and c.lemma_.lower() in lexicon().anonymous_heads and doc[c.left_edge.i - 1].text == ","), None)


def _second_complement(verb) -> bool:
    """ "said the pullback was encouraging but warned against ...": a subjectless verb the parse
    hangs on a cue as a second complement, after one joined to it by "but" or "and", shares the
    cue's subject."""
    if verb.dep_ != "ccomp" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and c.i < verb.i and any(g.dep_ == "cc" for g in c.children)
               for c in verb.head.children)


def _past_vocative(subj):
    """ "QUESTION (Ukrinform): Minister Keller, Moscow says ...": a titled name opening a turn,
    set off by a comma, addresses someone; the parse may make it the subject and the real one its
    apposition."""
    doc = subj.doc
    lo = subj.left_edge.i
    opens_turn = lo > 0 and doc[lo - 1].text in (":", "):")
    titled = doc[lo].lemma_.lower() in lexicon().title_words
    said_to = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and c.pos_ == "PROPN"
                    and doc[c.left_edge.i - 1].text == ","), None)
    return said_to if opens_turn and titled and subj.pos_ == "PROPN" and said_to is not None else subj


def _contact_clause_head(cue, words: AttributionWords):
    """ "Western diplomats I've spoken to say that ...": the parse may read "to say" as an
    infinitive of the relative clause, making "I" the source; the noun the clause describes
    speaks."""
    doc = cue.doc
    verb = cue.head
    if cue.dep_ not in ("advcl", "xcomp") or cue.i < 2 or doc[cue.i - 1].lower_ != "to" \
            or verb.dep_ != "relcl" or verb.i >= cue.i or verb.lemma_.lower() not in words.interview_verbs:
        return None
    if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children) \
            or any(c.lower_ in words.pronouns["relative"] for c in verb.children):
        return None  # (a contact clause has no relative word: "whom I spoke to" is read right)
    return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None


def _quoted_teller(cue, words: AttributionWords):
    """ "He told me, and I quote, “...”", "the secretary told us, and I wrote this down, “...”",
    "He said on Thursday, and I'm quoting him here, that ...": the speaker's aside hands the words
    to the subject of the telling before it; that subject, or None."""
    doc = cue.doc
    if cue.lemma_.lower() not in words.quoting_aside_verbs or cue.i < 4 or not any(
            c.dep_ == "nsubj" and c.lower_ in words.pronouns["author"] for c in cue.children):
        return None
    k = cue.i - 1  # back over "I", "'m", "and" to the comma that opens the aside
    while k > 0 and (doc[k].lower_ in words.pronouns["author"] or doc[k].dep_ == "aux" or doc[k].lower_ == "and"):
        k -= 1
    if doc[k].text != "," or k < 2:
        return None
    verb = doc[k - 1]  # "told me,", "said,", "said on Thursday,": up to the verb of telling
    for _ in range(3):
        if words.category(verb.lemma_.lower()) == "speech" and verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if words.category(verb.lemma_.lower()) != "speech" or verb.i >= cue.i:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _maker_of_finding(noun, words: AttributionWords):
    """ "according to an estimate by the Kyiv School of Economics": the named maker of a finding
    or a document (not the document itself), else None."""
    if noun.lemma_.lower() not in words.finding_nouns | words.document_nouns | words.account_nouns \
            and noun.lower_ not in words.finding_nouns:
        return None
    # ("an estimate by X", or with a participle between: "a survey released this month by X")
    # (not the outlet it was seen by or carried by: "a draft seen by Bloomberg")
    heads = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      and c.lemma_.lower() not in words.seen_by_participles | words.via_participles]
    return next((o for h in heads for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)


def _account_made_compound(cue, words: AttributionWords):
    """ "..., the minutes show.": the parse may make the document noun a compound of the verb."""
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "compound" and c.i == cue.i - 1
                 and {c.lemma_.lower(), c.lower_} & words.account_nouns), None)


# Participles that set off the occasion between a speaker and the cue: ", speaking at a briefing,".
OCCASION_PARTICIPLES = ("speak", "write", "appear", "talk")


def _name_before_set_off_participle(cue):
    """ "..., but ministry spokesman Kerem Yalcin, speaking at a regular briefing on Thursday, said
    ...": the parse may hang the name and the participle on the clause before, leaving the cue
    without a subject; the name right before ", speaking ...," is its subject."""
    doc = cue.doc
    if cue.i < 4 or doc[cue.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    for k in range(cue.i - 2, max(1, cue.i - 20), -1):
        if doc[k].text == ",":
            participle = doc[k + 1]
            name = doc[k - 1]
            if participle.tag_ == "VBG" and participle.lemma_.lower() in OCCASION_PARTICIPLES and name.pos_ == "PROPN":
                return name
            return None
    return None


def _name_stranded_before(cue):
    """ "According to minutes seen by Politico, Hungary's Foreign Minister Peter Szijjarto told
    colleagues that ...": the parse may join the name to the according-to phrase ("Politico ...
    Szijjarto"), leaving the cue without a subject; the name right before the cue is its subject.
    So with any phrase fronted and set off by a comma: "In a letter ..., seen by the FT, Ukraine's
    foreign minister Andrii Sybiha wrote that ..." ("the FT ... Sybiha")."""
    if cue.i < 1 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    doc = cue.doc
    name = doc[cue.i - 1]
    if name.text == "," and name.head.pos_ == "PROPN" and name.head.i < name.i:
        name = name.head  # ("In the village of X, farmer Vasyl Hrytsenko, 58, said": past the age)
    elif name.text == "," and cue.i > 2:
        # (or past its apposition: "Speaking to Al Jazeera, Anwar Gargash, diplomatic adviser to
        # the UAE president, said")
        gloss = next((a for a in doc[cue.i - 2].ancestors if a.dep_ == "appos" and a.right_edge.i == cue.i - 2
                      and a.head.pos_ == "PROPN" and doc[a.left_edge.i - 1].text == ","), None)
        name = gloss.head if gloss is not None else name
    # (the name may head the phrase's object, the words before its comma hung on it: "the FT, ...
    # Svyrydenko")
    merged = name.dep_ == "pobj" and any(t.text == "," for t in doc[name.left_edge.i: name.i])
    if name.pos_ != "PROPN" or not (name.dep_ in ("conj", "appos") and name.head.i < name.i or merged):
        return None
    # (the fronted phrase hangs on the cue: a preposition, or a participle "Speaking to X,")
    return name if any(a.head.i == cue.i and (a.lower_ == "according" or a.dep_ in ("prep", "advcl") and any(
        t.text == "," for t in doc[a.i: name.i])) for a in name.ancestors) else None


def _name_after_quoted_comma(cue):
    """ "“...,” Flynn, a top Trump surrogate, said Thursday": the parse may hang the name (and
    its apposition) in the quotation, leaving the cue without a subject; a proper noun right after
    the quotation's closing ",”", with no verb up to the cue, is its subject."""
    doc = cue.doc
    if cue.i < 4 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    for k in range(cue.i - 1, max(1, cue.i - 24), -1):
        if _closes_after_comma(doc, k):
            name = doc[k + 1]
            between = doc[k + 1: _relative_set_off(doc, k + 1, cue.i)]
            if name.pos_ == "PROPN" and not any(t.pos_ in ("VERB", "AUX") for t in between):
                return name
            return None
    return None


def _relative_set_off(doc, name: int, cue: int) -> int:
    """Where a relative clause set off after a name and closed by a comma right before the cue
    opens (", whose son was captured near Avdiivka in 2024, told Suspilne"), else `cue`."""
    end = name
    while end < cue and doc[end].pos_ == "PROPN":
        end += 1
    if end + 1 < cue and doc[end].text == "," and doc[end + 1].lower_ in ("who", "whose") and doc[cue - 1].text == ",":
        return end
    return cue


def _titled_name_before(cue):
    """ "Asked at the press conference whether Germany would contribute troops, the deputy
    spokesperson, Katrin Vogel, said": a cue left without a subject right after "title, Name,",
    which the parse hung inside the question; the title with its name is the source."""
    doc = cue.doc
    if cue.i < 3 or doc[cue.i - 1].text != ",":
        return None
    name = doc[cue.i - 2]
    title = name.head
    if name.pos_ != "PROPN" or name.dep_ != "appos" or title.pos_ not in ("NOUN", "PROPN") or title.i > name.i:
        return None
    return title


def _subject_before_set_off_participle(cue):
    """ "X went further, writing on Telegram that ...": a participle set off by a comma after the
    sentence's main clause shares its subject, even when the parse hangs it elsewhere (here as the
    subject of the reported clause's verb)."""
    doc = cue.doc
    root = cue.sent.root
    if cue.tag_ != "VBG" or cue.i == 0 or doc[cue.i - 1].text != "," or not root.i < cue.i:
        return None
    return next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)


def _subject_of_its_clause(subj, verb):
    """ "Two European officials involved in planning the mission told Politico": the parse may take
    the object of a subject's own clause ("the mission") for a second subject of the verb; the
    subject is the one that clause modifies."""
    for other in verb.children:
        if other.dep_ == "nsubj" and other.i < subj.i and any(
                c.dep_ in ("acl", "relcl") and c.right_edge.i == subj.left_edge.i - 1 for c in other.children):
            return other
    return subj


def _set_off_after_place(verb):
    """ "In Kyiv, the head of the archive service, Larysa Melnyk, said ...": a verb with no subject
    whose fronted place has an apposition: the parse set the speaker off after the place."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i < verb.i:
            for place in prep.children:
                if place.dep_ == "pobj" and place.pos_ == "PROPN":
                    appos = next((c for c in place.children if c.dep_ == "appos" and c.i < verb.i), None)
                    if appos is not None:
                        return appos
    return None


def _past_fronted_place(subj):
    """The same, parsed with the place as the subject, leaving "In" without an object."""
    doc = subj.doc
    before = doc[subj.i - 1] if subj.i > 0 else None
    if (before is None or before.dep_ != "prep" or before.head.i != subj.head.i
            or any(c.dep_ == "pobj" for c in before.children)):
        return subj
    appos = next((c for c in subj.children if c.dep_ == "appos"), None)
    return appos if appos is not None else subj


def _past_fronted_participle(subj):
    """ "Briefing the Council, Elena Marchetti, Under-Secretary-General ..., said": the parse may
    make the fronted participle the subject; the person named after its comma is."""
    doc = subj.doc
    if subj.tag_ != "VBG" or subj.i != subj.sent.start:
        return subj
    comma = next((t.i for t in subj.subtree if t.text == ","), None)
    person = next((e for e in doc.ents if e.label_ == "PERSON" and comma is not None
                   and e.start == comma + 1 and e.end - 1 <= subj.right_edge.i), None)
    return person.root if person is not None else subj


# Tags of a finite verb (a clause of its own).
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _posted_image(verb, words: AttributionWords) -> bool:
    """"Posted" with a picture as its object and no clause in it (see `image_nouns`; PolNeAR marks
    "published the cellphone video", so other writing verbs keep theirs)."""
    if verb.lemma_.lower() != "post" or any(c.dep_ in CONTENT_DEPS for c in verb.children):
        return False
    # (participles describe the picture: "photos of men wrapped in flags stepping off buses")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words.image_nouns
               and not any(t.tag_ in FINITE_TAGS for t in c.subtree) for c in verb.children)


def _out_of_whether_clause(verb, participle):
    """ "He refused to be drawn on whether Putin had discussed it, saying only: ...": a participle
    the parse hangs on a "whether" clause shares the subject of the verb that governs the clause."""
    left = False
    while (participle.tag_ == "VBG" and verb.dep_ in ("pcomp", "ccomp", "xcomp")
           and any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children)):
        verb = verb.head.head if verb.head.dep_ == "prep" else verb.head
        left = True
    while left and verb.dep_ == "xcomp":
        verb = verb.head  # ("refused to be drawn on whether": the one who refused)
    return verb


def _interview_at_content_end(cue, content_ids: set[int], words: AttributionWords):
    """ "Zelensky said he was ready to meet Putin, in an interview with ZDF recorded on Wednesday":
    the parse hangs the interview on the reported clause, but at the end of an unquoted content it
    tells where the saying was. Returns the phrase (from its comma, if any), or None."""
    if not content_ids or words.category(cue.lemma_.lower()) != "speech":
        return None
    doc = cue.doc
    last = max((i for i in content_ids if not doc[i].is_punct), default=-1)
    for i in sorted(content_ids):
        prep = doc[i]
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during") or prep.i < cue.i:
            continue
        noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in words.interview_nouns or prep.right_edge.i < last:
            continue
        clause = prep.head  # the reported clause's own verb, itself no saying ("mentioned by X in an interview")
        if clause.pos_ not in ("VERB", "AUX") or words.category(clause.lemma_.lower()) == "speech" \
                or not _reported_under(clause, cue, words):
            return None
        if any(t.text in QUOTE_CHARS for t in doc[min(content_ids): prep.right_edge.i + 1]):
            return None  # (inside or after a quotation it may be what was said)
        start = prep.i - 1 if prep.i > 0 and doc[prep.i - 1].text == "," else prep.i
        return doc[start: prep.right_edge.i + 1]
    return None


def _reported_under(clause, cue, words: AttributionWords) -> bool:
    """Whether a clause is the cue's reported clause, or one down from it by clauses that report
    no saying of their own ("said he would never order troops to leave ..., in an interview": a
    saying to come, under "would", is none)."""
    for _step in range(3):
        if clause.head.i == cue.i:
            return True
        if clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i:
            return False
        clause = clause.head
        if words.category(clause.lemma_.lower()) == "speech" and not any(
                c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "'d") for c in clause.children):
            return False
    return False


def _occasion_noun(occasion, words: AttributionWords):
    """The interview noun of a phrase `_interview_at_content_end` found."""
    return next(t for t in occasion if t.dep_ == "pobj" and t.lemma_.lower() in words.interview_nouns)


def _inverted_relative(cue, words: AttributionWords) -> bool:
    """See `_content_ids`: "X struck a house, injuring a woman, the governor reported on Telegram"."""
    doc = cue.doc
    if cue.dep_ != "relcl" or words.category(cue.lemma_.lower()) != "speech":
        return False
    lo = cue.left_edge.i
    subj = [c for c in cue.children if c.dep_ == "nsubj"]
    end = cue.right_edge.i + 1
    # (or set off by commas mid-sentence: "For Kyiv, the escrow is the main attraction, one of the
    # people familiar with the matter said, because ...")
    return (lo > 0 and doc[lo - 1].text == "," and bool(subj) and subj[0].right_edge.i == cue.i - 1
            and subj[0].left_edge.i == lo and (subj[0].pos_ in ("PROPN", "NOUN") or subj[0].lower_ == "one"
                                               and subj[0].i < cue.i - 1)
            and subj[0].lower_ not in words.pronouns["relative"]
            and (end < len(doc) and doc[end].is_punct and doc[end].text in ".!?,"
                 or doc[end - 1].text == "," and end - 1 > cue.i))


def _participle_set_off_after(cue) -> bool:
    """ "“...,” one diplomat said, granted anonymity to speak candidly.": the parse may hang the cue
    on a participle set off after it, with no subject of its own; that is no content."""
    head, doc = cue.head, cue.doc
    rest = _subtree_ids(head) - _subtree_ids(cue)
    return (cue.i < head.i and head.tag_ in ("VBD", "VBN", "VBG") and min(rest) > cue.right_edge.i
            and doc[min(rest) - 1].text == "," and not any(c.dep_ in SUBJECT_DEPS for c in head.children))


def _comma_conjunct(cue) -> bool:
    """Whether the cue ends its sentence as a conjunct of the clause before it, joined by a comma
    and no conjunction, with its own subject right after the comma ("..., the minister said").
    A "but only if ..." clause that the parse hangs on the cue, before its subject, is the
    content's, so its "but" coordinates nothing (see `_clauses_before_subject`)."""
    head, doc = cue.head, cue.doc
    if cue.dep_ != "conj" or head.i >= cue.i:
        return False
    subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i]
    if not subj or subj[0].left_edge.i < 1 or doc[subj[0].left_edge.i - 1].text != ",":
        return False
    fronted = _clauses_before_subject(cue, subj[0])
    if any(c.dep_ in ("cc", "preconj") and not (fronted and c.i + 1 == min(f.left_edge.i for f in fronted))
           for c in head.children if head.i < c.i < cue.i):
        return False
    return all(t.is_punct for t in doc[cue.right_edge.i + 1: cue.sent.end])


def _clauses_before_subject(cue, subject) -> list:
    """The adverbial clauses the parse hangs on a comma-conjunct cue before its subject ("X will
    go, but only if Y pulls back, the minister said"): they belong to what was said."""
    return [c for c in cue.children if c.dep_ == "advcl" and c.right_edge.i < subject.left_edge.i]


def _name_set_off_after(noun):
    """ "According to her editor, Serhii Moroz, ...": the person's name set off by commas right
    after the noun (the parse may hang it anywhere), or None."""
    doc = noun.doc
    at = noun.right_edge.i + 1
    if at + 1 >= len(doc) or doc[at].text != ",":
        return None
    if doc[at + 1].ent_type_ == "PERSON" and doc[at + 1].ent_iob_ == "B":
        end = at + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    else:
        # (or a name the tagger left untyped: "According to the head of the Russian delegation,
        # Vladimir Medinsky, Moscow has ...")
        end = at + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        # (a rank before the name is no part of its length: "Major General Alexei Vorontsov")
        rank_end = max((k for k in range(at + 1, end) if doc[k].lower_ in lexicon().title_words), default=at)
        if not 2 <= end - rank_end - 1 <= 3 or noun.lower_ not in lexicon().title_words | lexicon().anonymous_heads:
            return None
    return doc[at + 1: end] if end < len(doc) and doc[end].text == "," else None


def _subject_taken_into_content(cue):
    """"“... two pumps,” the utility's chief engineer, Oksana Hrytsenko, told Ukrainska Pravda",
    "Ukraine is ready to agree a pause, the head of the Office, Andriy Yermak, said": the parse may
    take the noun phrase before the cue for an object or apposition in the reported words and
    coordinate the cue, with no "and", with their verb (or hang the reported clause before the cue
    on it, the phrase as an apposition inside: "The Kremlin is weighing whether to reopen the line,
    a source close to the Presidential Administration told Meduza"). A subjectless cue right after
    a comma (or ",”") and a noun phrase has that phrase for its subject."""
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    if cue.dep_ in ("conj", "ccomp") and cue.head.i < cue.i:
        # (or hang the cue on the reported clause's verb as its complement: "The Presidential
        # Administration has spent the past month discussing whether ..., a source close to it
        # told Meduza")
        lo = cue.head.i
    else:
        before = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i]
        if not before:
            return None
        lo = before[0].i
    doc = cue.doc
    found = None
    # (up to the cue's auxiliaries: "..., the city's mayor, Igor Samsonov, was quoted by RIA")
    end = min([cue.i] + [c.i for c in cue.children if c.dep_ in ("aux", "auxpass") and c.i < cue.i])
    for i in range(end - 2, max(lo, end - 16), -1):
        if doc[i].text != "," and not (doc[i].is_quote and doc[i - 1].text == ","):
            continue
        between = range(i + 1, end)
        outside = [doc[j] for j in between if doc[j].head.i not in between and not doc[j].is_punct]
        if len(outside) == 1 and outside[0].pos_ in ("NOUN", "PROPN"):
            found = outside[0]  # the farthest such phrase: "the head of the Office, Andriy Yermak"
    return found


def _source_span(tok, words: AttributionWords, exclude: set[int]):
    """The mention of the source: its subtree, less relative clauses, "quoted by X" and punctuation."""
    doc = tok.doc
    drop: set[int] = set()
    via = []
    # ("Russia's commissioner Tatyana Moskalkova, quoted by TASS, said": on the name set off too)
    named = [g for c in tok.children if c.dep_ == "appos" for g in c.children
             if g.dep_ == "acl" and g.lemma_.lower() in words.via_participles]
    for c in list(tok.children) + named:
        if c.dep_ == "relcl" or (c.dep_ in ("acl", "advcl") and c.lemma_.lower() in words.via_participles):
            drop |= _subtree_ids(c)
            if c.dep_ != "relcl":
                via.extend(_agent_objects(c))
        elif c.dep_ == "acl" and c.tag_ == "VBG" and c.i > 0 and doc[c.left_edge.i - 1].text == ",":
            drop |= _subtree_ids(c)  # ", speaking to reporters in Bishkek,": incidental
        elif c.dep_ == "acl" and c.tag_ == "VBD" and c.i > tok.i and doc[c.left_edge.i - 1].text == "," \
                or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") \
                or c.dep_ == "cc" and c.i > tok.i and any(g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")
                                                          for g in tok.children):
            # "China's U.N. ambassador, Fu Cong, called for restraint and said": the parse made the
            # subject the root; its verbs are no part of it
            drop |= _subtree_ids(c)
        elif c.dep_ == "prep" and c.i > tok.i and doc[c.i - 1].text == "," and c.lower_ == "in" \
                and any(g.dep_ == "pobj" and g.lemma_.lower() in words.via_nouns for g in c.children):
            # "The embassy, in a statement to ABC News, said": the occasion, not the source; the
            # one the words went to carries them
            drop |= _subtree_ids(c)
            via.extend(doc[o.left_edge.i: o.right_edge.i + 1] for g in c.children if g.dep_ == "pobj"
                       for p in g.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                       for o in p.children if o.dep_ == "pobj")
        elif c.dep_ == "acl" and c.lemma_.lower() in words.seen_by_participles \
                and tok.lemma_.lower() in words.document_nouns:
            via.extend(_agent_objects(c))  # "a draft seen by Bloomberg": the outlet that has it carries it
    # A dateline ("MOSCOW (AP) — Russian President ...") or a heading before a line break is
    # not part of the source.
    first = tok.left_edge.i
    for i in range(tok.left_edge.i, tok.right_edge.i + 1):
        if i < tok.right_edge.i and (is_dash(doc[i]) or doc[i].text in (":", "):")  # ("QUESTION (ORF):")
                                     or (doc[i].is_space and "\n" in doc[i].text)):
            first = i + 1
    commas = [i for i in range(first, tok.i) if doc[i].text == ","]
    if commas and not any(doc[i].pos_ == "PROPN" for i in range(first, commas[-1])):
        first = commas[-1] + 1  # "at the earliest, UP sources ... said": the parse took the words before in
    if first > tok.i:
        region = range(first, tok.right_edge.i + 1)
        roots = [doc[i] for i in region if doc[i].head.i not in region and not doc[i].is_punct]
        if not roots or roots[0].pos_ not in ("PROPN", "NOUN", "PRON"):
            return doc[tok.i:tok.i + 1], via
        tok = roots[0]
    right = tok.right_edge.i
    # (not past a comma that closes the mention: "According to the head of the delegation, Vladimir
    # Medinsky, Moscow has ...")
    stolen = None if tok.head.i == tok.i or doc[right].text == "," else next(
        (c for c in tok.head.children if c.dep_ == "nsubj" and c.i != tok.i and c.left_edge.i == right + 1), None)
    if stolen is not None:
        right = stolen.right_edge.i  # (the rest of its clause, which the parse took for a subject)
    keep = [i for i in range(max(first, tok.left_edge.i), right + 1)
            if i not in drop and i not in exclude]
    # Contiguous run that contains the head token.
    if tok.i not in keep:
        return doc[tok.i:tok.i + 1], via
    lo = hi = tok.i
    keep_set = set(keep)
    # A mention never crosses a line break (a mis-split headline is not part of a source).
    while lo - 1 in keep_set and "\n" not in doc[lo - 1].text_with_ws:
        lo -= 1
    while hi + 1 in keep_set and "\n" not in doc[hi].text_with_ws:
        hi += 1
    lo = _title_after_quoted_comma(doc, lo, hi)
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    if hi > lo and doc[hi].lower_ in words.floating_quantifiers and doc[hi].head.i < hi:
        hi -= 1  # "Peskov and Lavrov both said"
    return doc[lo:hi + 1], via


def _asked_set_off(tok) -> bool:
    """ "Peskov, asked on Monday whether ..., said ...": "asked" set off by a comma right after its
    subject is the question put to the subject (the parse may make it the finite verb)."""
    if tok.lemma_.lower() != "ask" or tok.tag_ not in ("VBN", "VBD") or tok.i < 2 or tok.doc[tok.i - 1].text != ",":
        return False
    if tok.dep_ == "acl" and tok.head.i == tok.i - 2:
        return True
    # (else the parse made "asked" the finite verb: its subject right before it, and the real
    # verb after a comma further on)
    return any(c.dep_ == "nsubj" and tok.i - 2 <= c.right_edge.i < tok.i for c in tok.children) and any(
        t.i > tok.i and t.pos_ == "VERB" and t.tag_ == "VBD" and t.head.i in (tok.i, t.i)
        and t.dep_ in ("conj", "ccomp", "ROOT") and t.doc[t.i - 1].text == "," for t in tok.sent)


def _title_after_quoted_comma(doc, lo: int, hi: int) -> int:
    """ "“...,” Deputy Prosecutor General Oksana Lysenko said": the parse may hang the title in the
    quotation; the proper nouns between the closing quote and the name are the name's title."""
    k = lo
    while k > 0 and doc[k - 1].tag_ in ("NNP", "NNPS"):
        k -= 1
    # (only words the parse hung outside the mention: a name it has whole is left as it is)
    hung_elsewhere = not any(lo <= doc[i].head.i <= hi for i in range(k, lo))
    if k < lo and k >= 2 and _closes_after_comma(doc, k - 1) and hung_elsewhere:
        return k
    return lo


def _closes_after_comma(doc, k: int) -> bool:
    """Whether token `k` closes a quotation right after a comma ("“...,” Flynn said"): the
    sentence goes on past it."""
    return k >= 1 and doc[k].text in CLOSE_QUOTES + STRAIGHT_QUOTE and doc[k - 1].text == ","


def _agent_objects(verb) -> list:
    """"quoted by the Interfax news agency" → [the Interfax news agency]."""
    out = []
    for c in verb.children:
        # (not another phrase: "In Moscow, X was quoted by TASS as saying" is TASS's)
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(g.doc[g.left_edge.i: g.right_edge.i + 1])
    return out


def _that_advcl(tok) -> bool:
    """A "that" clause with its own subject that the parse calls adverbial ("tweeted in the
    morning that X was ...")."""
    if tok.dep_ != "advcl" or tok.i <= tok.head.i or tok.left_edge.i == tok.i \
            or not any(g.dep_ in SUBJECT_DEPS for g in tok.children):
        return False
    if tok.doc[tok.left_edge.i].lower_ == "that":
        return True
    if _time_before_clause(tok) is not None:
        return True  # "Trump said after the convention he would not accept ..."
    # "told reporters on Tuesday, a day before the exchange, that ...": a phrase the parse hangs
    # on the clause may come before its "that" (not "so that", "now that")
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i > 0 and tok.doc[c.i - 1].text == ","
               for c in tok.children)


def _fronted_report(tok) -> bool:
    """ "Since the start of the month, about 1,900 residents have left the city, Sheremet wrote":
    a finite clause with its own subject and no conjunction before ", <subject> <cue>", which the
    parse calls adverbial (with a conjunction it is one: "When the talks ended, he said ...")."""
    if tok.dep_ != "advcl" or tok.i >= tok.head.i or tok.tag_ not in ("VBD", "VBZ", "VBP") \
            and not any(c.dep_ == "aux" for c in tok.children):
        return False
    children = list(tok.children)
    if any(c.dep_ == "mark" for c in children) or not any(c.dep_ in SUBJECT_DEPS for c in children):
        return False
    doc = tok.doc
    after = tok.right_edge.i + 1
    subject = next((c for c in tok.head.children if c.dep_ in SUBJECT_DEPS), None)
    return after < len(doc) and doc[after].text == "," and subject is not None \
        and subject.left_edge.i == after + 1 and tok.left_edge.i == tok.sent.start


# Prepositions of time the parse may hang at the front of a reported clause.
TIME_PREPS = ("after", "before", "since", "during")


def _time_before_clause(clause):
    """ "said after the convention he would not accept ...": the parse makes "after the
    convention" open the reported clause; the phrase (a preposition of time and its object,
    ending right before the clause's subject) tells when it was said. The phrase's preposition, or
    None."""
    prep = clause.doc[clause.left_edge.i]
    subjects = [g for g in clause.children if g.dep_ in SUBJECT_DEPS]
    if prep.lower_ not in TIME_PREPS or prep.dep_ != "prep" or prep.head.i != clause.i or not subjects \
            or any(g.dep_ == "mark" for g in clause.children):
        return None
    return prep if prep.right_edge.i + 1 == subjects[0].left_edge.i else None


def _content_ids(cue, words: AttributionWords, score: float = 0.0,
                 other_cues=frozenset()) -> tuple[set[int], list]:
    """Token ids of the content of a cue, and extra cue tokens (particles, stance nouns)."""
    extra_cue = []
    ids: set[int] = set()
    lemma = cue.lemma_.lower()
    if cue.lower_ == "according":
        head = cue.head
        while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and cue.i > head.i:
            head = head.head  # "A, and B, according to X": X's word is the whole sentence
        ids = _subtree_ids(head) - _subtree_ids(cue)
        extra_cue = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "to"]
        for o in (o for c in extra_cue for o in c.children if o.dep_ == "pobj"):
            name = _name_set_off_after(o)
            if name is not None:  # (the name and its commas are the source's)
                ids -= set(range(name.start - 1, name.end + 1))
        doc = cue.doc
        for c in head.children:
            if c.dep_ == "advcl" and c.lemma_.lower() == "date" and c.tag_ == "VBN" and c.i > cue.i \
                    and doc[c.left_edge.i - 1].text == "," and c.left_edge.i - 2 <= cue.right_edge.i:
                # "According to the memo, dated August 11, negotiators should ...": the source's date
                ids -= set(range(c.left_edge.i - 1, c.right_edge.i + 2))
        return ids, extra_cue
    children = [c for c in cue.children if not (c.i < cue.i and _set_off_participle(c))]
    if lemma == "refer" and any(c.dep_ == "dobj" for c in children):
        return set(), []  # "referred reporters to the ministry": sent them there, said nothing
    # "Peskov called the register “null and void,” TASS quoted him as saying on Monday": the
    # trailing report of the saying carries it (see `_frame_via`); it is not what was said
    comps = [c for c in children if c.dep_ in CONTENT_DEPS and not quoting_report(c, words)
             and not _own_report_before_semicolon(c, cue, words)]
    if not comps:
        comps = _said_after_citing(cue) or _said_after_time_clause(cue)
    subjects = sorted((c for c in children if c.dep_ == "nsubj"), key=lambda c: abs(c.i - cue.i))
    if len(subjects) > 1 and comps and subjects[-1].i < subjects[0].i and _quote_around(subjects[-1]) \
            and cue.doc[subjects[-1].left_edge.i - 1].text in QUOTE_CHARS:
        # "“Those who call themselves journalists ...,” Medvedev wrote, “should not be surprised
        # ...”": the parse makes the quotation's subject a second subject of the cue; it is said
        comps = [subjects[-1]] + comps
    if any(c.i > cue.i for c in comps):
        # "In a statement carried by QNA late on Wednesday, the ministry said X": the parse may
        # make the fronted phrase a complement too; opened by a preposition, it frames the telling
        comps = [c for c in comps if c.i > cue.i or _quote_around(c) or c.left_edge.pos_ != "ADP"]
    if comps and all(c.i < cue.i and not _quote_around(c) for c in comps) and lemma not in words.addressee_verbs \
            and any(c.dep_ == "dobj" and c.i > cue.i for c in children):
        # "On the border the parties are split, but most Estonians support the fence": an
        # unquoted clause before the cue that the parse makes its complement, while an object
        # follows it: the object is what was said or held (a quotation before the cue is its
        # content: "“...,” she wrote").
        comps = []
    # ... or as an aside inside the subject ("That caveat, a senior official said, is the whole
    # problem"): the subject's clause, less the aside
    source = _aside_in_subject(cue, words) if not comps else None
    if source is not None:
        verb = cue.head if cue.dep_ == "parataxis" else cue.head.head
        return _subtree_ids(verb) - set(range(source.left_edge.i - 1, cue.right_edge.i + 2)), extra_cue
    # ... or as a relative clause of the content's last noun ("..., injuring an elderly woman,
    # governor Oleh Martyniuk reported on Telegram."): no relative word opens it, a name is its
    # subject and it ends the sentence
    if not comps and _inverted_relative(cue, words):
        return _subtree_ids(cue.sent.root) - _subtree_ids(cue), extra_cue
    if comps and cue.dep_ == "parataxis" and cue.head.i < cue.i < len(cue.doc) - 1 and cue.doc[cue.i + 1].text == "," \
            and all(c.i > cue.i and not _quote_around(c) for c in comps):
        # "EU ambassadors discussed the bill on Wednesday, the diplomat added, with the Netherlands
        # pushing for it to be folded into ...": a cue set off inside the sentence reports the
        # clause before it; the parse may hang a later clause on it
        comps = []
    # "X, Y said" is sometimes parsed with "said" hanging off the content as parataxis.
    if not comps and cue.dep_ == "parataxis" and cue.head.i != cue.i and not _participle_set_off_after(cue):
        ids = _subtree_ids(cue.head) - _subtree_ids(cue)
        if cue.i < cue.head.i and lemma not in words.addressee_verbs:
            # "Two diplomats said Italy and Greece – whose ... – had quietly signalled support": the
            # parse may make the content's subject an object of the cue
            ids |= {i for c in children if c.dep_ == "dobj" and c.i > cue.i for i in _subtree_ids(c)}
        return ids, extra_cue
    # ... or as a conjunct joined by a comma alone, its own subject right after that comma ("X
    # signed a deal ..., Ukraine's social policy minister said Friday.")
    if not comps and _comma_conjunct(cue) and words.category(lemma) != "none":
        subject = next(c for c in children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i)
        fronted = {i for c in _clauses_before_subject(cue, subject) for i in _subtree_ids(c)}
        return (_subtree_ids(cue.head) - _subtree_ids(cue)) | fronted, extra_cue
    # ... or coordinated with the content's verb, its subject taken into the content (see
    # `_subject_taken_into_content`): the content is what comes before that subject
    subject = _subject_taken_into_content(cue) if not comps else None
    if subject is not None:
        return {i for i in _subtree_ids(cue.head) if i < subject.left_edge.i}, extra_cue
    if not comps and cue.dep_ == "advcl" and cue.head.i > cue.i and words.category(lemma) != "none":
        # "he admitted he had not been held accountable": the parse may hang the cue on its own
        # complement; the clause whose subject follows the cue right away is what was said.
        subj = [c for c in cue.head.children if c.dep_ in SUBJECT_DEPS]
        if subj and subj[0].left_edge.i == cue.right_edge.i + 1:
            hi = cue.head.right_edge.i
            while hi > subj[0].i and cue.doc[hi].is_punct and cue.doc[hi].text not in QUOTE_CHARS:
                hi -= 1  # the sentence's full stop
            return set(range(subj[0].left_edge.i, hi + 1)), extra_cue
    for c in children:
        if c.dep_ in ("prep", "prt") and f"{lemma} {c.lower_}" in words.phrasal \
                and not (c.lower_ == "with" and c.doc[c.i - 1].text == ",") and not names_platform(c):
            # (", with two diplomats saying ...": a scene set after the clause, no "agree with";
            # "went on the Rossiya-1 channel": an appearance, no "went on to say")
            extra_cue.append(c)
            if not comps:
                comps.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
                if comps:  # "referred to X as Y"
                    comps.extend(g for g in _framing_phrases(children) if g.i > c.i)
    if not comps:
        # "called for Trump to drop out": the parse makes "for" the mark of a clause with its
        # own subject; the particle is the cue's, the clause what was called for.
        for c in children:
            marks = [m for m in c.children if m.dep_ == "mark" and f"{lemma} {m.lower_}" in words.phrasal]
            if c.dep_ == "advcl" and c.i > cue.i and marks and marks[0].i == c.left_edge.i:
                extra_cue.append(marks[0])
                comps.append(c)
                break
    if not comps:
        for c in children:
            if c.dep_ == "dobj" and c.lemma_.lower() in words.stance_nouns:
                extra_cue.append(c)
                for g in c.children:  # "expressed concern about X": X is the content
                    if g.dep_ == "prep" and any(o.dep_ in ("pobj", "pcomp") for o in g.children):
                        comps.extend(o for o in g.children if o.dep_ in ("pobj", "pcomp"))
                    elif g.dep_ in ("prep", "ccomp", "acl"):
                        comps.append(g)
            elif c.dep_ == "dobj" and lemma in words.addressee_verbs and not _has_quote(c):
                continue  # "told journalists": the addressee, not the content
            elif c.dep_ in ("dobj", "attr", "oprd") and (
                    lemma in words.object_content or _has_quote(c)
                    # ("rejected those claims as “a familiar attempt ...”": a quoted "as" phrase)
                    or any(g.lower_ == "as" and _has_quote(g) for g in _framing_phrases(children))
                    or (score >= OBJECT_CONTENT_SCORE and lemma not in words.event_verbs)):
                # "described X as Y", "accused X of Y", "blasted X for Y": the phrase is content
                # too ("accused him of Y" whole, as PolNeAR marks it); when X is a relative
                # pronoun ("what he described as Y"), the phrase's object alone is what was said.
                framing = _framing_phrases(children)
                if framing and c.pos_ == "PRON" and (c.lower_ in words.pronouns["relative"] or c.lower_ == "what"):
                    comps.extend(o for g in framing for o in g.children if o.dep_ in ("pobj", "pcomp", "amod", "acomp"))
                else:
                    comps.append(c)
                    comps.extend(framing)
                    comps.extend(_trailing_object_modifiers(c, children, words))
    if not comps:
        # "also expressed concern.": a stance noun with nothing after it is itself what was
        # held (PolNeAR marks it as the content, the verb as the cue)
        bare = [c for c in extra_cue if c.dep_ == "dobj" and c.lemma_.lower() in words.stance_nouns
                and c.head.i == cue.i]
        if bare and not any(g.dep_ in ("prep", "ccomp", "acl", "relcl") for g in bare[0].children):
            extra_cue.remove(bare[0])
            comps.append(bare[0])
    # "told a meeting of leaders that few people ...": the parser may hang the "that" clause on the
    # addressee as a relative clause ("that" marks it; it has a subject of its own); what else hangs
    # on the cue after it goes on the quotation ("..., " to be followed by talks")
    if lemma in words.addressee_verbs and not any(c.dep_ == "ccomp" for c in comps):
        for c in children:
            if c.dep_ in ("dobj", "dative"):
                said = _that_clause_on(c)
                if said:
                    comps = said[:1] + [g for g in comps if g.i > said[0].right_edge.i]
                    break
    if not comps:
        comps = _learned_from_clause(cue)
    if not comps and (words.category(lemma) != "none" or score >= OBJECT_CONTENT_SCORE):
        # "tweeted in the morning that X was ...": the parser may call a "that" clause after a
        # modifier an adverbial clause; with its own subject it is what was said.
        comps.extend(c for c in children if _that_advcl(c) or _fronted_report(c))
    # (the parse may then make a later word of that clause the cue's complement: "said in a video
    # posted to Telegram that Ukraine had handed Russia a list of civilians it wants included")
    stray = comps and all(c.dep_ == "ccomp" and c.i > cue.i and not any(m.dep_ in SUBJECT_DEPS for m in c.children)
                          and not _opens_with_that(c) for c in comps)
    if not comps or stray:
        # "said in comments carried by TASS that ...": the parser may hang the "that" clause
        # on the noun of a modifier of the cue.
        kept, comps = comps, []
        for c in children:
            if c.dep_ == "prep":
                for o in c.children:
                    if o.dep_ != "pobj" or o.lemma_.lower() not in words.via_nouns:
                        continue
                    for g in o.subtree:
                        if g.dep_ in ("acl", "ccomp", "relcl") and g.i > cue.i \
                                and (_opens_with_that(g) or _that_on_a_name(g)) \
                                and any(m.dep_ in SUBJECT_DEPS for m in g.children):
                            comps.append(g)
                            break
                    if comps:
                        break
            if comps:
                break
        comps = comps + kept if comps else kept
    if not comps and (words.category(lemma) != "none" or score >= OBJECT_CONTENT_SCORE):
        comps.extend(_that_clause_in_modifier(cue, children))
    if _as_clause(cue, comps, words):
        ids = _subtree_ids(cue.head) - _subtree_ids(cue)
        lo, hi = cue.left_edge.i, cue.right_edge.i
        ids -= {j for j in (lo - 1, hi + 1) if 0 <= j < len(cue.doc) and cue.doc[j].text == ","}
        if not any(j in other_cues for j in ids):  # it would swallow another attribution
            return ids, extra_cue
    aside = _parenthetical(cue, words) if not comps else None
    if aside is not None:
        ids = _subtree_ids(cue.head) - set(aside)
        last = max((j for j in ids if not (cue.doc[j].is_punct or cue.doc[j].is_space)), default=-1)
        for t in cue.head.subtree:  # ", who ...": the author's aside at the end (see _trailing_relative)
            if t.dep_ == "relcl" and t.right_edge.i >= last and t.left_edge.i > 0 \
                    and cue.doc[t.left_edge.i - 1].text == "," and not _has_quote(t):
                ids -= set(range(t.left_edge.i - 1, cue.head.right_edge.i + 1))
                break
        if not any(j in other_cues for j in ids):  # it would swallow another attribution
            return ids, extra_cue
        ids = set()
    if not comps and (lemma in words.object_content or score >= OBJECT_CONTENT_SCORE) \
            and lemma not in words.event_verbs and any(c.dep_ == "agent" for c in children):
        # "The plan is backed by Kyiv": the passive subject is what the agent holds or said.
        comps.extend(c for c in children if c.dep_ == "nsubjpass")
    if not comps and (lemma in words.object_content or score >= OBJECT_CONTENT_SCORE) \
            and lemma not in words.event_verbs and any(c.dep_ == "auxpass" for c in children):
        # "Kyiv is widely seen as the winner", "he is best known for X": with no agent, the
        # passive subject and the phrase that frames it are what is held or said.
        framing = [g for g in _framing_phrases(children) if g.i > cue.i]
        if framing:
            comps.extend(c for c in children if c.dep_ == "nsubjpass")
            for g in framing:  # "as" itself is the cue's, as PolNeAR marks it ("seen as")
                comps.extend([o for o in g.children if o.dep_ in ("pobj", "pcomp")] if g.lower_ == "as" else [g])
    if not comps and words.category(lemma) != "none":
        # "said so", "said yes": the pro-form is what was said
        comps.extend(c for c in children if c.i > cue.i and c.dep_ in ("advmod", "intj", "dobj")
                     and c.lower_ in words.pro_content)
    if not comps:
        # "commented on X", "weighed in about X", "railed against X" (a listed or confident cue);
        # "worried about X", "warned against X" from the cue threshold (`cue_content_preps`).
        confident = lemma in words.object_content or score >= PREP_CONTENT_SCORE
        for c in children:
            if c.dep_ == "prep" and (c.lower_ in words.cue_content_preps or (confident and (
                    c.lower_ in words.content_preps or (
                    c.lower_ in words.confident_content_preps and score >= PREP_CONTENT_SCORE)))) and not (
                    c.lower_ == "on" and (lemma in words.via_speech or names_platform(c))):
                # "wrote on X", "said on Telegram", "said on state television": the platform
                # "on Monday" dates the cue; it is not what was said
                comps.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp")
                             and g.ent_type_ not in ("DATE", "TIME"))
                if comps:
                    break
    if len(comps) == 1 and comps[0].dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in children):
        # "continued to insist (that) ...", "went on to say ...": the verb chain is the cue and
        # the inner verb's clause the content.
        inner = [g for g in comps[0].children if g.dep_ == "ccomp" and g.pos_ in ("VERB", "AUX") and not any(
            m.dep_ in ("mark", "advmod") and m.i == g.left_edge.i and m.lower_ != "that" for m in g.children)]
        if inner and words.category(comps[0].lemma_.lower()) in ("speech", "belief") \
                and not any(g.dep_ in ("dobj", "dative") for g in comps[0].children):
            extra_cue.extend([comps[0]] + [g for g in comps[0].children if g.dep_ == "aux" and g.i < comps[0].i])
            comps = inner
    if lemma in words.appearance_verbs:
        # "Moscow appeared pleased with the outcome", "Kyiv seems ready to talk": what seems is
        # the subject with its complement (PolNeAR marks the subject as source and content both).
        if not comps:
            comps.extend(c for c in children if c.i > cue.i and (c.dep_ in ("acomp", "oprd", "attr") or (
                c.dep_ == "prep" and c.lower_ == "like") or (c.dep_ == "advcl" and c.left_edge.lower_ == "as")))
        if comps:
            comps.extend(c for c in children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i
                         and c.lower_ not in words.pronouns["thing"])
    if comps and all(c.dep_ == "xcomp" for c in comps) and any(c.dep_ == "auxpass" for c in children) \
            and not any(c.dep_ == "agent" for c in children):
        # "Trump is expected to win", "a bill which is expected to pass": the subject is part of
        # what is expected (PolNeAR marks it, a relative pronoun too).
        comps.extend(c for c in children if c.dep_ == "nsubjpass")
    if comps and all(c.dep_ == "xcomp" for c in comps):
        # "urged his supporters to vote": the object is part of what was urged.
        comps.extend(c for c in children if c.dep_ == "dobj" and c.i < comps[0].i
                     and c.ent_type_ not in TIME_ENTITIES)  # "promised Sunday to ...": a date
        # "called on Trump to stop ...": the addressee is part of what was called for.
        comps.extend(o for p in extra_cue for o in p.children if o.dep_ == "pobj" and o.i < comps[0].i)
    if any(c.dep_ == "ccomp" or any(_opens_with_that(g) for g in c.subtree) for c in comps):
        # "said that A, and that B": a second "that" clause the parse hangs on the cue (also when
        # it hangs the first on the outlet: "told public broadcaster Yle that ...")
        comps.extend(c for c in children if c.dep_ in ("conj", "ccomp") and c not in comps and c.i > cue.i
                     and _opens_with_that(c) and c.i not in other_cues)
    comps.extend(_subject_taken_as_object(cue, comps))
    if len(comps) > 1:
        # "said the pullback was "encouraging" but warned against ...": the parse may hang the
        # second cue on the first as another complement; it is its own attribution
        comps = comps[:1] + [c for c in comps[1:] if not (
            c.dep_ == "ccomp" and c.i in other_cues and words.category(c.lemma_.lower()) == "speech"
            and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
            and any(g.dep_ == "cc" for g in comps[0].children))]
    for c in comps:
        ids |= _subtree_ids(c)
        ids -= _trailing_relative(c)
        if c.dep_ == "advcl":
            # "on Tuesday, a day before the exchange, that ...": what comes before the "that"
            # modifies the telling, not what was said
            that = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that"), None)
            if that is not None:
                ids -= set(range(c.left_edge.i, that.i))
            time = _time_before_clause(c)
            if time is not None:
                ids -= set(range(time.left_edge.i, time.right_edge.i + 1))
    return ids, extra_cue


def _subject_taken_as_object(cue, comps) -> list:
    """ "Umerov told him any transit arrangement "must not become ..."": a quotation opening
    mid-clause may make the parse take the clause's subject for the cue's object, leaving the
    clause without one. The object right before it is part of what was said."""
    doc = cue.doc
    for c in comps:
        if c.dep_ != "ccomp" or c.i < cue.i or any(g.dep_ in SUBJECT_DEPS for g in c.children):
            continue
        for o in cue.children:
            gap = doc[o.right_edge.i + 1: c.i]
            if o.dep_ == "dobj" and o.pos_ != "PRON" and o.i < c.i and o not in comps and len(gap) \
                    and gap[0].text in QUOTE_CHARS and all(t.is_punct or t.dep_ in ("aux", "neg") for t in gap):
                return [o]
    return []


def _carrier_at_content_edge(cue, content_ids: set[int], words: AttributionWords) -> list:
    """ "said in a statement on Friday, carried by the state news agency WAM, that ...", "said the
    exchange “is proceeding as agreed,” in comments carried by Interfax", "said the exchange showed
    that the track works, according to Ukrainska Pravda": the parse may hang the phrase naming the
    carrier on the reported clause. At the start or the end of the content it is no part of what
    was said; it names who carried it. Returns (the phrase, the carrier's span or None) pairs."""
    doc = cue.doc
    words_in = sorted(i for i in content_ids if not doc[i].is_punct)
    if not words_in:
        return []
    first, last = words_in[0], words_in[-1]
    out = []
    according_read = False  # (the first "according to" at the end decides)
    for i in words_in:
        t = doc[i]
        if not according_read and t.lower_ == "according" and i > cue.i and i + 1 < len(doc) \
                and doc[i + 1].lower_ == "to" and doc[i - 1].text == "," and doc[i + 1].right_edge.i >= last:
            according_read = True
            if sum(q.text in QUOTE_CHARS for q in doc[min(content_ids): i]) % 2:
                continue  # (inside a quotation it is part of what was said)
            named = [doc[o.left_edge.i: o.right_edge.i + 1] for o in doc[i + 1].children if o.dep_ == "pobj"]
            out.append((doc[i - 1: doc[i + 1].right_edge.i + 1], named[0] if named else None))  # (with its comma)
            continue
        told = _comment_to_outlet(t) if i > cue.i else None
        if told is not None and all(x.is_punct or x.ent_type_ in TIME_ENTITIES or x.dep_ == "prep" and any(
                o.ent_type_ in TIME_ENTITIES for o in x.children) for x in doc[t.right_edge.i + 1: last + 1]):
            # "... a trap, in comments to Suspilne (on Monday)."
            lead = i - 1 if doc[i - 1].text == "," else i
            out.append((doc[lead: last + 1], told))
            continue
        reporter = _trailing_reporter(t) if i == last else None
        if reporter is not None:  # "The Kremlin said ..., RIA Novosti reported."
            lead = min(c.left_edge.i for c in t.children if c.dep_ == "nsubj")
            if t.dep_ == "relcl":
                lead = t.head.left_edge.i  # ("..., the state news agency Tass reported.")
            out.append((doc[lead - 1: i + 1], doc[reporter.left_edge.i: reporter.i + 1]))
            continue
        if t.dep_ not in ("acl", "advcl") or t.tag_ != "VBN" or t.lemma_.lower() not in words.via_participles \
                or not any(c.dep_ == "agent" for c in t.children):
            continue
        phrase = doc[t.left_edge.i: t.right_edge.i + 1]
        noun = t.head
        if t.dep_ == "acl" and noun.lemma_.lower() in words.via_nouns and noun.dep_ == "pobj" \
                and noun.head.dep_ == "prep":
            phrase = doc[noun.head.left_edge.i: noun.head.right_edge.i + 1]  # "in comments carried by X"
        if phrase.start == first or phrase.end - 1 == last:
            agents = [o for p in phrase if p.dep_ == "agent" for o in _agent_objects(p.head)]
            out.append((phrase, agents[0] if agents else None))
    return out


def _comment_to_outlet(prep):
    """ "in a comment to Suspilne", "in remarks to Interfax": a phrase by which an outlet got the
    words; the outlet's span, or None."""
    words = attribution_words()
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    for noun in prep.children:
        if noun.dep_ == "pobj" and noun.lower_ in words.via_nouns:
            for to in noun.children:
                outlet = [o for o in to.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
                if to.dep_ == "prep" and to.lower_ == "to" and outlet:
                    return prep.doc[outlet[0].left_edge.i: outlet[0].right_edge.i + 1]
    return None


def _trailing_reporter(verb):
    """ "The Kremlin said the repatriation showed that ..., RIA Novosti reported.": "reported" with
    a named organisation (or its correspondent: "Ukrinform's correspondent reports", "a Ukrinform
    correspondent reports") for subject,
    set off by a comma at the end of another's content (the parse hangs it inside); the
    organisation (the carrier), else None."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    doc = verb.doc
    if verb.dep_ == "relcl" and len(subj) == 1 and verb.head.i == subj[0].i - 1 and verb.i == subj[0].i + 1 \
            and verb.head.lemma_.lower() in attribution_words().media_nouns \
            and doc[verb.head.left_edge.i - 1].text in (",",) + tuple(QUOTE_CHARS) \
            and verb.lemma_.lower() == "report" and verb.tag_ == "VBD" and subj[0].pos_ == "PROPN":
        # "..., the state news agency Tass reported.": the parse may make the outlet's noun a
        # clause of the cue and "Tass reported" a relative clause of it
        return subj[0]
    # (the tagger may take "reports" for a plural noun; the parse may hang words of the content
    # before the comma on it: "... this winter, a Ukrinform correspondent reports")
    if verb.lemma_.lower() != "report" or verb.tag_ not in ("VBD", "VBZ", "NNS") or len(subj) != 1 \
            or subj[0].right_edge.i != verb.i - 1 or verb.doc[subj[0].left_edge.i - 1].text != "," \
            or any(c.dep_ not in ("nsubj", "punct") and not (c.dep_ == "ccomp" and c.i < verb.i)
                   and c.i > subj[0].left_edge.i for c in verb.children):
        return None
    outlet = subj[0] if subj[0].pos_ == "PROPN" else next(
        (c for c in subj[0].children if c.dep_ in ("poss", "compound") and subj[0].lemma_.lower() in REPORTER_NOUNS),
        None)
    return outlet if outlet is not None and outlet.pos_ == "PROPN" and outlet.ent_type_ == "ORG" else None


# Who reports for an outlet: "Ukrinform's correspondent reports".
REPORTER_NOUNS = ("correspondent", "reporter", "journalist")


def _own_report_before_semicolon(clause, cue, words: AttributionWords) -> bool:
    """ "Kyiv says Russian forces blew up the dam; Moscow says a rocket caused the breach": the
    parse may make the first report a complement of the second; a semicolon between them and a
    subject of its own make it a report of its own."""
    return clause.i < cue.i and words.category(clause.lemma_.lower()) != "none" \
        and any(c.dep_ == "nsubj" for c in clause.children) \
        and any(t.text == ";" for t in cue.doc[clause.right_edge.i + 1: cue.i])


def _opens_with_that(clause) -> bool:
    """Whether "that" marks the clause."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _that_clause_in_modifier(cue, children) -> list:
    """"groused to a crowd in Georgia that CNN ...", "said during a news conference that ...",
    "said in a written response to questions that Kyiv would not accept any ...":
    the parse hangs the "that" clause on the noun of a modifier of the cue (as a relative or
    adjectival clause); with its own subject, and "that" not its subject (nor its object, unless
    the clause has another), it is what was said."""
    for c in children:
        if c.i < cue.i or c.dep_ not in ("prep", "npadvmod", "dobj", "dative"):
            continue
        for g in c.subtree:
            if g.i <= cue.i or g.dep_ not in ("acl", "relcl", "ccomp"):
                continue
            if c.dep_ in ("dobj", "dative") and g.dep_ != "relcl":
                continue  # "rejected Lavrov's claim that ...": a noun's own clause (the noun's frame)
            first = g.doc[g.left_edge.i]
            if first.lower_ != "that" or first.dep_ in SUBJECT_DEPS or first.head.i != g.i:
                continue
            if first.dep_ == "dobj" and not any(m.dep_ == "dobj" and m.i != first.i for m in g.children):
                continue  # (a relative "that" is the object its clause lacks; "accept that any ..." has one)
            if any(m.dep_ in SUBJECT_DEPS for m in g.children if m.i != first.i):
                return [g]
    return []


def _that_on_a_name(clause) -> bool:
    """ "in an interview with the newspaper Bild that Europe would pay": the parse makes "that" the
    object of a relative clause on the outlet's name; a name takes no such clause without a comma."""
    first = clause.doc[clause.left_edge.i]
    return (clause.dep_ == "relcl" and clause.head.pos_ == "PROPN" and first.lower_ == "that"
            and first.dep_ == "dobj" and first.head.i == clause.i and clause.doc[first.i - 1].text != ",")


def _as_clause(cue, comps, words: AttributionWords) -> bool:
    """"As The Post reported, X", "X, as Clyburn noted", "as Vulture put it": an "as" clause
    with a speaker reports the clause it hangs on."""
    # (a fronted one after "But" may be parsed as a complement: "But as one officer put it to me, ...")
    # (or hangs on the verbless quotation after it: "As the President put it last night, quote,
    # “Big progress with Russia and Ukraine.”")
    if not (cue.dep_ == "advcl" or cue.dep_ == "ccomp" and cue.i < cue.head.i) or cue.head.i == cue.i \
            or cue.head.pos_ not in ("VERB", "AUX") and not (cue.head.dep_ == "ROOT" and _quote_around(cue.head)):
        return False
    first = cue.doc[cue.left_edge.i]
    if first.dep_ == "cc" and first.head.i == cue.i:
        first = cue.doc[first.i + 1]
    doc, lo, hi = cue.doc, cue.left_edge.i, cue.right_edge.i
    if doc[hi].text in QUOTE_CHARS and hi > cue.i and doc[hi - 1].text == ",":
        hi -= 1  # (the parse may hang the opening mark of the quotation after it on the clause)
    if first.lower_ != "as" or first.dep_ not in ("mark", "prep") or first.head.i != cue.i \
            or any(t.text in QUOTE_CHARS for t in doc[lo: hi + 1]):
        return False
    if not any(c.dep_ in ("nsubj", "agent") for c in cue.children):
        return False
    # set off by a comma: "at an activist as she said", "a party as we know it" are times and manners
    before = lo - 2 if lo > 1 and doc[lo - 1].is_quote else lo - 1  # (“...,” as one diplomat put it)
    after = hi if doc[hi].text == "," else hi + 1  # (the parse may take the comma into the clause)
    if not ((before >= 0 and doc[before].text == ",") or (after < len(doc) and doc[after].text == ",")):
        return False
    if any((c.dep_ != "dobj" or c.lower_ not in ("it", "so", "this")) and c.dep_ != "prep" for c in comps):
        return False  # ("as the commissioner put it to me in Brussels": the one told and the place are no content)
    # "as X put it": the pronoun object stands for the clause reported
    lemma = cue.lemma_.lower()
    return bool(comps) or words.category(lemma) != "none" or lemma in words.object_content \
        or lemma in words.as_clause_verbs and any(c.dep_ == "dobj" and c.lower_ == "it" for c in cue.children)


def _aside_in_subject(cue, words: AttributionWords):
    """ "That caveat, a senior European official said, is the whole problem": the parse may make
    the aside's subject and its verb two appositions of the clause's subject. The aside's
    subject, or None."""
    doc = cue.doc
    if words.category(cue.lemma_.lower()) != "speech" or cue.right_edge.i + 1 >= len(doc) \
            or doc[cue.right_edge.i + 1].text != ",":
        return None
    if cue.dep_ == "appos" and cue.head.dep_ in ("nsubj", "nsubjpass") \
            and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        noun = cue.head
    elif cue.dep_ == "parataxis" and cue.head.i > cue.i:
        # (or the clause's subject the aside's verb's, the verb hung on the clause's)
        noun = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    else:
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and c.right_edge.i == cue.i - 1
                 and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","), None) if noun is not None else None


def _parenthetical(cue, words: AttributionWords):
    """"If she wins, Clinton suggested in a tweet, women won't ...": a cue clause set off by
    commas inside the clause it reports, which the parse makes that clause's complement (a
    fronted clause may hang on the cue: it is part of the content). The token range of the
    cue's clause with its commas, or None."""
    doc = cue.doc
    head = cue.head
    if head.i == cue.i or cue.dep_ not in ("ccomp", "advcl", "appos") or head.pos_ not in ("VERB", "AUX"):
        return None
    subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i]
    if not subj or any(c.dep_ == "mark" for c in cue.children):
        return None
    lo = subj[0].left_edge.i
    # the aside ends at the first comma after the cue ("he observed this week, without tractors,
    # then ...": what follows that comma is the content's again)
    hi = next((j - 1 for j in range(cue.i + 1, cue.right_edge.i + 2) if doc[j].text == ","), None) \
        if cue.right_edge.i + 1 < len(doc) else None
    if hi is None or lo < 1 or doc[lo - 1].text != "," or head.i < hi:
        return None
    if words.category(cue.lemma_.lower()) == "none":
        return None
    return range(lo - 1, hi + 2)


# Modifiers the parse hangs on the cue that PolNeAR keeps in an object's content
# ("described crass behavior by Trump behind the scenes", "revealed a gulf in the way ...").
TRAILING_OBJECT_DEPS = ("prep", "npadvmod")
# ... but not the time or the occasion of the cue ("on Monday", "during the debate", "in his
# remarks"); "compared X to Y" keeps its "to" phrase.
CUE_CIRCUMSTANCE_PREPS = ("during", "since", "at", "after", "before", "until")


def _framing_phrases(children) -> list:
    """"described X as Y" (a prepositional phrase, or an "as" clause with no subject: "as
    focused on ..."; "as he left" is a time), "accused X of Y",
    "blasted X for Y": the phrase that frames the object is part of the content."""
    return [g for g in children if (g.dep_ == "prep" and g.lower_ in ("as", "of", "for"))
            or (g.dep_ == "advcl" and g.left_edge.lower_ == "as" and g.left_edge.dep_ == "mark"
                and g.i > g.head.i and not any(c.dep_ in SUBJECT_DEPS for c in g.children))]


def _trailing_object_modifiers(obj, children, words: AttributionWords) -> list:
    """The cue's modifiers right after its object, up to a comma or conjunction."""
    out = []
    pos = obj.right_edge.i + 1
    for c in sorted(children, key=lambda c: c.i):
        if c.i <= obj.i:
            continue
        if c.left_edge.i != pos or c.dep_ not in TRAILING_OBJECT_DEPS or c.lower_ in CUE_CIRCUMSTANCE_PREPS:
            break
        if any(t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in words.via_nouns for t in c.subtree):
            break
        out.append(c)
        pos = c.right_edge.i + 1
    return out


def _trailing_relative(tok) -> set[int]:
    """A non-restrictive relative clause at the end of the content (", who is 70") is the
    author's aside, not part of what was said."""
    out: set[int] = set()
    right = tok.right_edge.i
    for t in tok.subtree:
        trailing_participle = t.dep_ == "advcl" and t.tag_ == "VBG" and t.left_edge.i == t.i
        # ", the presumptive nominee": a descriptive apposition (not a name) glosses the noun
        # in a clause (an object's apposition is part of the object: "her daughter, a student")
        gloss = t.dep_ == "appos" and t.left_edge.pos_ == "DET" and tok.pos_ in ("VERB", "AUX")
        if (t.dep_ == "relcl" or trailing_participle or gloss) and t.right_edge.i == right and t.left_edge.i > 0:
            before = t.doc[t.left_edge.i - 1]
            if (before.text == "," or (gloss and before.text in DASHES)) and not _has_quote(t):
                out |= set(range(before.i, right + 1))
    return out


def _has_quote(tok) -> bool:
    return any(t.text in QUOTE_CHARS for t in tok.subtree)


def _quote_around(tok) -> bool:
    """A quotation mark in the phrase or at its edges (the parse hangs the marks of a quoted
    clause on the verb that introduces it: `“...,” she wrote`)."""
    doc = tok.doc
    return any(t.text in QUOTE_CHARS for t in doc[max(0, tok.left_edge.i - 1): tok.right_edge.i + 3])


def _token_runs(doc, ids: set[int]) -> list[Span]:
    """Contiguous character spans of a token set, without edge punctuation other than quote marks."""
    runs: list[Span] = []
    if not ids:
        return runs
    order = sorted(ids)
    start = prev = order[0]
    groups = []
    for i in order[1:]:
        if i != prev + 1:
            groups.append((start, prev))
            start = i
        prev = i
    groups.append((start, prev))
    for lo, hi in groups:
        while lo <= hi and _edge_junk(doc[lo]):
            lo += 1
        while hi >= lo and _edge_junk(doc[hi]):
            hi -= 1
        if lo <= hi and any(t.is_alpha or t.is_digit or t.like_num for t in doc[lo:hi + 1]):
            runs.append((doc[lo].idx, doc[hi].idx + len(doc[hi])))
    return runs


def _edge_junk(tok) -> bool:
    return tok.is_space or (tok.is_punct and tok.text not in QUOTE_CHARS and tok.text not in ".?!")


def _merge_spans(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _subtract(spans: list[Span], holes: list[Span]) -> list[Span]:
    out = []
    for s, e in spans:
        pieces = [(s, e)]
        for hs, he in holes:
            nxt = []
            for ps, pe in pieces:
                if he <= ps or hs >= pe:
                    nxt.append((ps, pe))
                    continue
                if ps < hs:
                    nxt.append((ps, hs))
                if he < pe:
                    nxt.append((he, pe))
            pieces = nxt
        out.extend(pieces)
    return out


_DANGLING_RE = re.compile(r"\s(?:and|or|but)$", re.I)


def _tidy(text: str, spans: list[Span]) -> list[Span]:
    """Strip whitespace and separating commas at the edges of each span; drop empty spans."""
    out = []
    for s, e in spans:
        while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
            s += 1
        while True:
            while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
                e -= 1
            # a conjunction left dangling by a dropped conjunct ("..., and")
            m = _DANGLING_RE.search(text, s, e)
            if not m or m.start() <= s:
                break
            e = m.start()
        if e > s:
            out.append((s, e))
    return out


def _same_paragraph(text: str, spans: list[Span], cue_span: Span) -> list[Span]:
    """Content stays in its cue's paragraph (quotes running on to the next paragraphs become
    statements of their own); a cue alone on its line ("He said:") takes the next paragraph."""
    pieces = []
    for s, e in spans:
        start = s
        for i in range(s, e):
            if text[i] == "\n":
                if i > start:
                    pieces.append((start, i))
                start = i + 1
        if e > start:
            pieces.append((start, e))
    pieces = [(_after_dateline(text, s), e) for s, e in pieces]
    pieces = [(s, e) for s, e in pieces if s < e]
    para_start = text.rfind("\n", 0, cue_span[0]) + 1
    para_end = text.find("\n", cue_span[1])
    para_end = len(text) if para_end < 0 else para_end
    same = [(s, e) for s, e in pieces if para_start <= s and e <= para_end]
    if same:
        return same
    rest = text[cue_span[1]:para_end].strip()
    if rest.endswith(":") or all(c in string.punctuation + "“”‘’" for c in rest) or (
            pieces and opens_quote(text, pieces[0][0])):
        return pieces[:1]
    return []  # "Moscow has rejected the idea." with a next paragraph the parse hung on it


def _after_dateline(text: str, start: int) -> int:
    """Where content that starts in a paragraph's wire dateline really starts: "GENEVA, Nov 24
    (Reuters) - Envoys ended the talks ..., officials said" reports what follows the dash."""
    para = text.rfind("\n", 0, start) + 1
    m = _DATELINE_AT.match(text, para)
    return m.end() if m and start < m.end() else start


def opens_quote(text: str, start: int) -> bool:
    """A quotation opens at `start` (a curly opening mark, or a straight one before a word)."""
    return start < len(text) and (text[start] in OPEN_QUOTES or (
        text[start] == STRAIGHT_QUOTE and start + 1 < len(text) and not text[start + 1].isspace()))


def _cap(spans: list[Span]) -> list[Span]:
    """No content runs past MAX_CONTENT_CHARS from its start (a run-on parse of a huge line)."""
    if not spans:
        return spans
    limit = spans[0][0] + MAX_CONTENT_CHARS
    return [(s, min(e, limit)) for s, e in spans if s < limit]


def _widen_to_quotes(spans: list[Span], quotes: QuoteIndex, cue_span: Span) -> list[Span]:
    """Add every quotation the content touches (quotes run over sentences), less the cue."""
    extra = []
    for s, e in spans:
        for qs, qe in quotes.overlapping(s, e):
            if not (qs <= cue_span[0] < qe):
                extra.append((qs, qe))
    return _merge_spans(spans + extra)


def _build_frames(doc, index: DocIndex, quotes: QuoteIndex, model: Optional[CueModel],
                  threshold: float) -> list[Frame]:
    words = attribution_words()
    scores: dict[int, float] = {}
    # scores from STRUCTURAL_THRESHOLD up: a verb conjoined to a cue's content may be a cue of the same speaker
    low: dict[int, float] = {}
    for tok in doc:
        if not is_candidate(tok):
            continue
        if model is not None:
            score = model.probability(cue_features(tok, quotes), cue_vector(tok))
            if score >= STRUCTURAL_THRESHOLD:
                low[tok.i] = score
        else:  # rules only: a listed verb with a complement
            listed = words.category(tok.lemma_.lower()) != "none" or tok.lower_ == "according"
            score = 1.0 if listed and any(c.dep_ in CONTENT_DEPS for c in tok.children) else 0.0
        if (score >= threshold or (score >= STRUCTURAL_THRESHOLD and _strong_structure(tok, words))) \
                and not _set_off_participle(tok) and not _physical_act(tok, words) and not _stirs_feeling(tok, words):
            scores[tok.i] = score
    scores.update(_cited_reasons(doc, scores, words))
    for i in [i for i in scores if _credit_line(doc[i].sent, words)]:
        del scores[i]
    for tok in doc:
        if tok.lemma_.lower() in words.as_clause_verbs and tok.i not in scores \
                and _as_clause(tok, [c for c in tok.children if c.dep_ == "dobj"], words):
            scores[tok.i] = threshold  # "as one officer in Odesa put it to me, ...": a saying only so
        elif tok.lemma_.lower() in words.writing_verbs and tok.i not in scores and tok.pos_ == "VERB" \
                and any(c.dep_ == "nsubj" for c in tok.children) and _ends_paragraph_with_colon(tok):
            scores[tok.i] = threshold  # "She posted on X shortly after midday:" and the post below
    for i in [i for i in scores if _quoting_frames_saying(doc[i], words)]:
        # "X was quoted by TASS as saying the talks had failed": the model may score the
        # "saying" low without a "that"; the passive "quoted" vouches for it
        for g in as_saying(doc[i]):
            if g.i not in scores:
                scores[g.i] = scores[i]
    # "Umerov said, according to X, that ...": the reporting verb is the cue, X carries it.
    carried: set[int] = set()  # "according to" tokens whose head speaks for them
    for i in [i for i in scores if doc[i].lower_ == "according"]:
        head = doc[i].head
        telling = [c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < i
                   and words.category(c.lemma_.lower()) == "speech" and any(g.dep_ == "ccomp" for g in c.children)]
        if words.category(head.lemma_.lower()) != "speech" and telling:
            # "had raised the idea with Putin on Tuesday, telling him that “...,” according to the
            # directorate": the participle of speaking is the cue
            head = telling[-1]
        # "The two sides agreed to exchange prisoners, according to the ministry": an act, not a
        # statement of the two sides; the ministry reports it
        # (so is "Turkey has proposed a ferry ..., according to people familiar with the matter":
        # a verb of speaking with only a noun for content)
        act = not any(c.dep_ == "ccomp" for c in head.children) and any(
            c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "to" and c.i < i for c in head.children) or (
            any(c.dep_ == "dobj" and not any(g.dep_ in ("acl", "ccomp") for g in c.children) for c in head.children)
            and not _clausal_content(head))  # ("repeated its demand that ...": the demand's clause is content)
        # (a conjoined verb shares its subject: "Erdogan received the delegations and told them
        # that ..., according to the Turkish presidency")
        subject_of = head.head if head.dep_ in ("conj", "advcl") and not any(
            c.dep_ in SUBJECT_DEPS for c in head.children) else head
        # ("According to him, the Russian side insisted that ...": a person's account of what
        # another said is the person's statement)
        # (so is an unnamed source's: "According to the source close to the Presidential
        # Administration, FSB officials have argued that ...")
        # (not a document's: "According to a statement on the Kremlin website, Putin told X that")
        persons = (lexicon().title_words | lexicon().anonymous_heads) - words.via_nouns - words.document_nouns \
            - words.finding_nouns
        # (or one of them: "According to one of the sources, the Russian delegation proposed ...")
        by_person = any(o.dep_ == "pobj" and (o.tag_ == "PRP" or o.tag_ == "NN" and o.lemma_.lower() in persons
                                              or o.lower_ == "one" and any(
                                                  g.lemma_.lower() in persons for q in o.children if q.lower_ == "of"
                                                  for g in q.children if g.dep_ == "pobj"))
                        for p in doc[i].children if p.lower_ == "to" for o in p.children)
        if head.i != i and is_candidate(head) and words.category(head.lemma_.lower()) == "speech" \
                and (any(c.dep_ in SUBJECT_DEPS for c in subject_of.children) or _name_stranded_before(head)) \
                and not act and not by_person:
            scores[head.i] = max(scores.get(head.i, 0.0), scores[i])
            carried.add(i)
        elif act and head.i in scores:
            del scores[head.i]
    # "said that X was ... and described it as ...": the parse hangs the second cue on the
    # content's verb; lift it out so it becomes its own attribution sharing the source.
    lifted: dict[int, object] = {}
    own_cues: dict[int, list] = {}
    own_verbs: dict[int, list] = {}  # "insists X, and has championed Y": the cue's subject's second act
    for i in list(scores):
        for c in doc[i].children:
            if c.dep_ not in CONTENT_DEPS and not _that_advcl(c):
                continue
            # (a directive may hang deeper: "said that Moscow was testing whether X cares and
            # called on Turkey to respond")
            deeper = [t for t in c.subtree if t.dep_ == "conj" and t.head.i != c.i and t.pos_ == "VERB"
                      and t.lemma_.lower() in words.directive_verbs]
            for g in list(c.children) + deeper:
                coordinated = g.dep_ == "conj" or (g.dep_ == "advcl" and g.tag_ == "VBG" and g.i > c.i)
                if g.dep_ == "conj" and g.i not in scores and g.i in low and _conjoined_report(doc[i], c, g, words):
                    scores[g.i] = low[g.i]
                if coordinated and g.i in scores and not any(
                        x.dep_ in SUBJECT_DEPS for x in g.children):
                    if g.dep_ == "conj" and any(words.category(x) == "belief" for x in _lemmas(g)):
                        # "said the U.S. took note and hoped it would ...": a belief conjoined to
                        # the content is still part of what was said
                        del scores[g.i]
                        continue
                    lifted[g.i] = doc[i]
                elif g.dep_ == "conj" and _coordinated_cue(g, scores):
                    own_cues.setdefault(i, []).append(g)
            for g in _conj_chain(c):
                if g.i not in scores and _cue_clause_conjunct(doc[i], c, g):
                    own_verbs.setdefault(i, []).append(g)
        # the parse may also hang it on the cue as a second complement
        own_cues.setdefault(i, []).extend(
            c for c in doc[i].children if c.dep_ == "ccomp" and c.i > i and _coordinated_cue(c, scores))
    # "wrote that the attack was X and proved that Kyiv Y": the parse makes "proved" a second act
    # of the writer; a verb that reports nothing, after the cue's "that" clause, continues it.
    continued: dict[int, list] = {}
    for i in list(scores):
        g = doc[i]
        cue = g.head
        if g.dep_ == "conj" and cue.i in scores and cue.i < i \
                and words.category(g.lemma_.lower()) == "none" and g.lemma_.lower() not in words.object_content \
                and not any(x.dep_ in SUBJECT_DEPS for x in g.children) \
                and any(c.dep_ == "ccomp" for c in g.children) \
                and any(c.dep_ == "ccomp" and c.i < i and any(m.lower_ == "that" for m in c.children)
                        for c in cue.children):
            del scores[i]
            continued.setdefault(cue.i, []).append(g)
    # "Writing in the Economist last month, Podolyak argued that ...": a fronted participle of
    # writing or speaking with no words of its own frames the cue it hangs on (its carrier and
    # day); it is no cue itself ("Citing a theory, Trump accused ..." stays, as PolNeAR marks it)
    for i in [i for i in scores if doc[i].dep_ == "advcl" and doc[i].tag_ == "VBG" and i < doc[i].head.i
              and doc[i].lemma_.lower() in words.via_speech and doc[i].head.i in scores
              and not any(c.dep_ in CONTENT_DEPS for c in doc[i].children)]:
        del scores[i]
    frames = []
    consumed: set[int] = set()  # "citing X" participles that name another frame's speaker
    for i, score in scores.items():
        tok = doc[i]
        if i in carried:
            continue  # "X said, according to Y, that ...": Y carries X's statement
        if _withheld(tok, words):
            continue  # "declined to say whether ...", "did not elaborate": nothing was said
        if _undertaking(tok, words):
            continue  # "agreeing only to exchange prisoners": an undertaking, not words said
        if _free_to_say(tok, words):
            continue  # "Peskov can say what he likes": no words of his
        if tok.dep_ == "relcl" and any(g.dep_ == "dobj" and g.lower_ in ("that", "which", "whom") and g.i < tok.i
                                       for c in tok.children if c.dep_ == "xcomp" for g in c.children):
            continue  # "a list of civilians that Kyiv hopes to bring home": describes the civilians
        if _seems_or_provided(tok):
            continue  # "The American side appears to be moving", "..., provided inspectors stayed"
        if _in_condition(tok) and not _clausal_content(tok):
            continue  # "ready before November if both sides showed flexibility": a condition, no words
        if _in_anonymity_clause(doc, tok, words):
            continue  # "speaking on condition of anonymity to discuss the talks": why, not what
        if _reporters_question(tok, words):
            continue  # "a Polish reporter asked Zelensky whether ...": a question, no statement
        if tok.lemma_.lower() in words.reading_verbs and any(
                c.dep_ in ("prep", "advcl") and c.left_edge.lower_ == "as" for c in tok.children):
            continue  # "..., a formulation widely read as aimed at China": a reading of it, no saying
        if tok.lemma_.lower() == "ask" and any(c.dep_ == "agent" for c in tok.children):
            continue  # "Peskov, asked about the hotline by reporters, ...": he was asked
        if _posted_image(tok, words):
            continue  # "posted on X a photograph of a stack of binders": no words
        if _quoting_frames_saying(tok, words):
            continue  # "X was quoted by TASS as saying ...": the "saying" frame is the statement
        content_ids, extra_cue = _content_ids(tok, words, score, scores)
        for g in continued.get(i, []):
            content_ids |= set(range(g.left_edge.i - 1, g.right_edge.i + 1))
        content_ids |= _stranded_subject(tok, words)
        outlet = _outlet_name(tok, words)
        content_ids -= outlet
        occasion = _interview_at_content_end(tok, content_ids, words)
        if occasion is not None:
            content_ids -= set(range(occasion.start, occasion.end))
        for j, owner in lifted.items():
            if owner.i == i:
                content_ids -= _subtree_ids(doc[j])
                content_ids -= {x.i for x in doc[j].head.children if x.dep_ == "cc" and x.i < j}
        for g in own_cues.get(i, []):
            content_ids -= set(range(g.left_edge.i - 1, g.right_edge.i + 1))
        for g in own_verbs.get(i, []):
            lo = g.left_edge.i
            while lo > 0 and (doc[lo - 1].dep_ == "cc" or doc[lo - 1].text == ",") and doc[lo - 1].head.i in (g.i, g.head.i):
                lo -= 1
            content_ids -= set(range(lo, g.right_edge.i + 1))
        if i in lifted:
            source_tok, speaker_tok = _find_source(lifted[i], words)
        else:
            source_tok, speaker_tok = _find_source(tok, words)
        if source_tok is None and tok.tag_ == "VBN" and tok.dep_ == "advcl":
            continue  # "Asked whether ...": a reporter's question, not an attribution to anyone
        if _asked_set_off(tok):
            continue  # "Peskov, asked on Monday whether ..., said": the question put to him
        if any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") and c.tag_ in ("DT", "WDT") for c in tok.children) \
                and any(c.dep_ == "ccomp" and _free_relative(c) for c in tok.children):
            continue  # "That echoed what Putin said in June, when he told ...": a comparison, not a saying
        if (tok.dep_ == "pcomp" or tok.dep_ == "ccomp" and tok.head.lemma_ != "be") and _free_relative(tok) \
                and not any(c.dep_ in ("ccomp", "xcomp", "oprd") and not _free_relative(c)
                            or c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
            # "excerpts of what he said", "look at what he says rather than what his spokesmen say":
            # the words are elsewhere ("what he has described as X" says X; "Here is what X said:"
            # introduces them)
            continue
        source = None
        via = []
        cue_ids = {tok.i} | {t.i for t in extra_cue}
        if source_tok is not None:
            source, via = _source_span(source_tok, words, cue_ids)
            if tok.lemma_.lower() not in words.appearance_verbs:
                content_ids -= set(range(source.start, source.end))
            if source_tok.i == getattr(_name_after_quoted_comma(tok), "i", None):
                # (and a relative clause set off after the name: it is no part of the quotation)
                content_ids -= set(range(source.start, tok.i))
        carrier = None
        cited = _citing(tok, content_ids, words)
        if cited is not None and source is not None:
            # "Interfax reported, citing a source in the delegation, that ...": the cited one
            # speaks, the reporter carries it.
            participle, cited_span = cited
            content_ids -= _subtree_ids(participle) - {i for g in _said_after_citing(tok) for i in _subtree_ids(g)}
            consumed.add(participle.i)
            carrier, source = source, cited_span
        for p in _learned_from(tok) if source is not None and carrier is None else []:
            # "Anadolu has learned from diplomatic sources that ...": the sources speak, the outlet
            # that learned it carries it
            told_by = [o for o in p.children if o.dep_ == "pobj"]
            if told_by:
                teller = _source_span(told_by[0], words, cue_ids)[0]
                # (the "that" clause the parse hangs on the sources stays what was said)
                content_ids -= _subtree_ids(p) - (content_ids - set(range(p.i, teller.end)))
                carrier, source = source, teller
                break
        content_ids -= cue_ids
        reported_by = []  # (a trailing "RIA Novosti reported" carries it after any medium the cue names)
        for phrase, carried_by in _carrier_at_content_edge(tok, content_ids, words):
            content_ids -= set(range(phrase.start, phrase.end))
            if carried_by is not None:
                (reported_by if phrase[-1].lemma_.lower() == "report" else via).append(carried_by)
            # (an "according to" or a trailing "RIA Novosti reported" that carries this saying is
            # no frame of its own)
            consumed.update(t.i for t in phrase if t.lower_ == "according" or t.lemma_.lower() == "report")
        if content_ids and source is not None:
            content_ids = _inverted_content(doc, index, tok, source, content_ids)
        if tok.lemma_.lower() in words.via_participles and content_ids and content_ids <= {
                t.i for g in as_saying(tok) for t in g.subtree} | {c.i for c in tok.children if c.dep_ == "prep"}:
            # "“...,” Fidan was quoted as saying.": the bare "saying" is no content; the quotation
            # before it is (found below), whatever the parse made of the words inside it
            content_ids = set()
        spans = _token_runs(doc, content_ids)
        # "Lubinets said this on the air of the national telethon on Friday, Ukrinform's
        # correspondent reports.": what was said is the paragraph before; "Here is what the
        # mission's deputy head told our correspondent:", the paragraph after
        said_apart = (_paragraph_said_this(index, tok) if not any(doc[i].is_alpha and doc[i].lower_ != "this"
                                                                  for i in content_ids) else []) \
            or _paragraph_after_what(index, tok)
        if not spans:
            spans = _adjacent_quote(index.text, tok, source, quotes)
        if not spans:
            spans = _token_runs(doc, _rest_of_sentence(doc, index, tok, source))
        cue_tokens = [tok] + sorted(extra_cue, key=lambda t: t.i)
        cue_span = (min(t.idx for t in cue_tokens), max(t.idx + len(t) for t in cue_tokens))
        spans = _with_quote_lead(index, _widen_to_quotes(spans, quotes, cue_span), tok, quotes)
        spans = _split_quote(index.text, spans, tok, source, quotes)
        holes = [cue_span] + ([(source.start_char, source.end_char)] if source is not None
                              and tok.lemma_.lower() not in words.appearance_verbs else [])
        spans = _cap(_tidy(index.text, _same_paragraph(index.text, _subtract(spans, holes), cue_span)))
        spans = _trim_conjunction(doc, index.text, spans, quotes, words)
        spans = _join_across_conjunction(index.text, spans)
        spans = _drop_fronted(index.text, spans, cue_span, source, quotes)
        spans = _cut_leading_only(index.text, spans, cue_span)
        spans = _extend_over_colon(index, spans, cue_span, source)
        spans = _quoted_paragraph_after_colon(index, spans, cue_span, source, quotes, tok) or spans
        spans = said_apart or _cut_dash_asides(index.text, spans, quotes)
        if not spans:
            continue
        if (tok.dep_ == "relcl" or tok.tag_ == "VBG" and tok.lemma_.lower() in ("ask", "request")) \
                and _asks_anonymity(index.text, spans, words):
            # "two diplomats, who asked not to be named, said ...", "the people said, asking not
            # to be identified because ...": not a statement
            continue
        via += _frame_via(tok, content_ids, words, outlet) + reported_by
        if source is not None:
            # ("Speaking to Al Jazeera, Anwar Gargash, ... said": the parse may join the name to the
            # outlet; the carrier is what comes before the source)
            via = [v if not (v.start < source.start < v.end) else _before_comma(doc[v.start: source.start])
                   for v in via]
        if occasion is not None:
            via += [doc[o.left_edge.i: o.right_edge.i + 1] for o in addressees(_occasion_noun(occasion, words))]
        # (an attribution whose words open that paragraph: not "Ukraine and Russia have agreed on ...")
        attributed = [f for f in frames if said_apart and spans == said_apart
                      and any(a == said_apart[0][0] for a, _b in f.content)]
        if attributed:
            # "... according to Oleh Ivashchenko, head of HUR. || He said this in an interview with
            # RBC-Ukraine.": the paragraph's attribution stands; this one names its carrier
            if attributed[-1].carrier is None and via:
                attributed[-1].carrier = via[0]
            continue
        frames.append(Frame(cue_tokens=cue_tokens, source=source, content=spans, score=score,
                            via_spans=via, speaker_token=speaker_tok, coordinated_with=lifted.get(i),
                            carrier=carrier,
                            occasion=(occasion.start_char, occasion.end_char) if occasion is not None else None))
    frames = [f for f in frames if f.cue.i not in consumed]
    # "made the case that ...", "gave assurances that ...": the light verb and its word are one cue
    light = _light_verb_frames(doc, index, quotes, words)
    light_ids = {t.i for f in light for t in f.cue_tokens}
    frames = [f for f in frames if f.cue.i not in light_ids] + light
    in_cues = {t.i for f in frames for t in f.cue_tokens}
    # a noun already part of a verb's cue ("expressed doubts about X") is no attribution of its own
    frames += [f for f in _noun_frames(doc, index, quotes, words) if f.cue.i not in in_cues]
    frames += _adjective_frames(doc, index, quotes, words)
    frames += _in_source_frames(doc, index, quotes, words, scores)
    frames = _reported_reports(frames, words)
    frames, listed = _introductions_to_a_list(frames, index.text)
    return _drop_nested(frames, free=_contrast_clauses(frames) | listed)


def _introductions_to_a_list(frames: list[Frame], text: str) -> tuple[list[Frame], set[int]]:
    """ "Here is what they said: || The prime minister said a force could be ready ...": an
    introduction of what a pronoun said before a colon, whose "content" holds attributions with
    speakers of their own, introduces them; they are the statements (returned as freed), it is none."""
    drop, free = set(), set()
    for f in frames:
        if f.source is None or f.source.root.pos_ != "PRON" or not f.content \
                or not any(c.lower_ == "what" for c in f.cue.children):
            continue  # (only "what they said:"; "She posted on X:" gives what she posted)
        gap = text[f.cue_span[1]:f.content[0][0]]
        if ":" not in gap:
            continue
        inner = [g for g in frames if g is not f and g.source is not None and g.source.root.pos_ != "PRON"
                 and any(s <= g.cue_span[0] < e for s, e in f.content)]
        if inner:
            drop.add(id(f))
            free.update(id(g) for g in inner)
    return [f for f in frames if id(f) not in drop], free


def _before_comma(span):
    """The span less a comma (and spaces) it ends with."""
    end = span.end
    while end > span.start and (span.doc[end - 1].text == "," or span.doc[end - 1].is_space):
        end -= 1
    return span.doc[span.start: end]


def _credit_line(sent, words: AttributionWords) -> bool:
    """ "Associated Press writers X in Kyiv and Y in Brussels contributed to this report.": a
    credit to the story's reporters, however the parse reads "writers", says nothing."""
    lowered = sent.text.lower()
    return any(line in lowered for line in words.credit_lines)


def _paragraph_said_this(index: DocIndex, cue) -> list[Span]:
    """The paragraph before, when "this" right after the cue stands for it: the cue's sentence
    opens its paragraph, and the one before is not the headline (nor a quotation of its own)."""
    if not any(c.dep_ == "dobj" and c.lower_ == "this" and c.i == cue.i + 1 for c in cue.children):
        return []
    text = index.text
    paragraphs = paragraph_spans(text)
    at = paragraph_at(paragraphs, cue.idx)
    if not at or cue.sent.start_char != paragraphs[at][0]:
        return []
    start, end = paragraphs[at - 1]
    if start < (headline_end(text) or 0) or text[start] in QUOTE_CHARS:
        return []
    return [(start, _rstrip(text, start, end))]


def _paragraph_after_what(index: DocIndex, cue) -> list[Span]:
    """The next paragraph, when the cue's object is a "what" before it and its sentence ends its
    paragraph with a colon: "Here is what Lena Kaarlsen told our correspondent:"."""
    if not any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < cue.i for c in cue.children):
        return []
    text = index.text
    paragraphs = paragraph_spans(text)
    at = paragraph_at(paragraphs, cue.idx)
    if at is None or at + 1 >= len(paragraphs) or not text[paragraphs[at][0]:paragraphs[at][1]].rstrip().endswith(":") \
            or cue.sent.end_char < len(text[:paragraphs[at][1]].rstrip()) - 1:
        return []
    start, end = paragraphs[at + 1]
    return [(start, _rstrip(text, start, end))]


def _stranded_subject(cue, words: AttributionWords) -> set[int]:
    """"said Belgium's conditions - binding guarantees - “have not changed”", "wrote that easing
    pressure on Moscow “before it stops killing” was a mistake": the parse hangs the subject of a
    subjectless complement on the cue (as its object or a clause); it belongs to the content."""
    comps = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i
             and not any(x.dep_ in SUBJECT_DEPS + ("expl",) for x in c.children)]
    if not comps:
        return set()
    lo = comps[0].left_edge.i
    addressed = cue.lemma_.lower() in words.addressee_verbs  # "told the AP that ...": the AP is no subject
    stranded = [c for c in cue.children if (c.dep_ == "advcl" or c.dep_ == "dobj" and not addressed)
                and cue.i < c.left_edge.i and c.right_edge.i < lo]
    return set(range(stranded[0].left_edge.i, lo)) if stranded else set()


def _lemmas(tok) -> list[str]:
    """The token's lemma, and for a past form the stems it may come from (the tagger's
    lemmatiser gives "hop" for "hoped")."""
    out = [tok.lemma_.lower()]
    if tok.tag_ in ("VBD", "VBN") and tok.lower_.endswith("ed"):
        out += [tok.lower_[:-1], tok.lower_[:-2]]
    return out


def _conjoined_report(cue, content_verb, verb, words: AttributionWords) -> bool:
    """"Russia says its strikes target X, and accuses Ukraine of Y": a reporting verb with no
    subject of its own conjoined to the cue's content verb, in the cue's tense where the
    content verb has another, is a second cue of the same speaker (the parse hangs it inside
    the first one's content, where the cue model scores it low)."""
    lemma = verb.lemma_.lower()
    if words.category(lemma) == "none" and lemma not in words.object_content:
        return False
    if any(x.dep_ in SUBJECT_DEPS for x in verb.children) or verb.i < content_verb.i:
        return False
    if lemma in words.directive_verbs and any(
            x.dep_ == "xcomp" or x.dep_ == "prep" and any(g.dep_ == "xcomp" for g in x.children)
            for x in verb.children):
        return True  # "said Moscow was testing the world and called on Turkey to respond"
    # the tense tells whose it is: the same verb form as the cue ("says ..., and accuses"), where
    # the content verb has another (the same form for all three: tried, level or lower on the folds)
    return verb.tag_ == cue.tag_ and content_verb.tag_ != cue.tag_


def _conj_chain(verb) -> list:
    """The verbs coordinated with `verb` ("A, B and C": B and C), in order. (Not spaCy's
    `Token.conjuncts`: that also reaches a verb through coordinated nouns, "focused on banks,
    immigration and repealing X", which is no second act of the cue's subject.)"""
    out, todo = [], [verb]
    while todo and len(out) < 10:
        v = todo.pop()
        for g in v.children:
            if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX"):
                out.append(g)
                todo.append(g)
    return sorted(out, key=lambda t: t.i)


def _finite_tag(verb) -> str:
    """The tag of the verb's finite form: its first auxiliary's ("has championed": VBZ), else its own."""
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.i < verb.i:
            return c.tag_
    return verb.tag_


def _cue_clause_conjunct(cue, content_verb, verb) -> bool:
    """A verb coordinated with the cue's content verb, with no subject of its own, in the cue's
    finite form where the content verb has another: "Ryan insists the party must be X, and has
    championed Y" — the cue's subject did Y; it is not part of what was said."""
    if any(x.dep_ in SUBJECT_DEPS + ("expl",) for x in verb.children) or verb.i < content_verb.i:
        return False
    # after ", and" / ", but" only: with no comma it is as often part of what was said ("said he
    # has been impressed by her and liked her answer": tried, level on one fold, lower on the other)
    doc, lo = verb.doc, verb.left_edge.i
    if not (lo > 1 and doc[lo - 1].dep_ == "cc" and doc[lo - 2].text in (",", "”", '"', "''")):
        return False
    if any(t.text in QUOTE_CHARS for t in doc[verb.i:verb.right_edge.i + 1]):
        return False  # "..., and regarded any use as “theft”": the quotation is the speaker's words
    tag = _finite_tag(cue)
    return _finite_tag(verb) == tag and _finite_tag(content_verb) != tag


def _coordinated_cue(tok, scores) -> bool:
    """"said A, and three-quarters said B": a cue with a subject of its own after ", and" inside
    another cue's content is an attribution of its own (not a "that" clause of the first)."""
    doc = tok.doc
    first = tok.left_edge.i
    return (tok.i in scores and first >= 2 and doc[first - 1].pos_ == "CCONJ" and doc[first - 2].text == ","
            and any(c.dep_ in SUBJECT_DEPS for c in tok.children)
            and not any(m.dep_ == "mark" for m in tok.children))


def _withheld(tok, words: AttributionWords) -> bool:
    """"declined to say how many ...", "refused to discuss a schedule", "did not elaborate on ...",
    "neither side says ...": a cue reporting that nothing was said. "Has not said whether X"
    stays a statement, as PolNeAR annotates it (dropping it cost dev overlap F1 0.002)."""
    lemma = tok.lemma_.lower()
    if lemma in words.withholding_verbs:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in words.withheld_speech for c in tok.children)
    if lemma in words.withheld_speech and tok.dep_ in ("xcomp", "ccomp", "advcl") \
            and tok.head.lemma_.lower() in words.withholding_verbs and any(c.lower_ == "to" for c in tok.children):
        return True  # ("declined on Thursday to say whether ...": the parse may not make it an xcomp)
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in words.failing_verbs:
        return True  # "EU ministers failed on Thursday to agree a common line"
    for c in tok.children:
        if c.dep_ in SUBJECT_DEPS and (c.lower_ in words.nobody_subjects or any(
                d.dep_ == "det" and d.lower_ in words.nobody_subjects for d in c.children)):
            return True  # "nobody says", "neither side says"
    if tok.dep_ in ("advcl", "pcomp", "ccomp") and tok.head.i != tok.i and _withheld(tok.head, words) \
            and _opens_with_wh(tok, past_preposition=True):
        return True  # "declined to comment on which airlines had shown interest": the question left open
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without" and any(
            c.dep_ in ("ccomp", "xcomp") and _opens_with_wh(c) for c in tok.children):
        return True  # "ended the summit without agreeing whether to exempt ...", "left without saying when"
    negated = any(c.dep_ == "neg" for c in tok.children)
    seldom = any(c.dep_ == "advmod" and c.lower_ in words.seldom_adverbs for c in tok.children)
    if (negated and lemma in words.unsaid_when_negated or seldom and (words.category(lemma) == "speech" or any(
            c.dep_ in ("prep", "prt") and f"{lemma} {c.lower_}" in words.phrasal for c in tok.children))) \
            and not _clausal_content(tok):
        return True  # "did not mention casualties", "has rarely spoken about Ukraine"
    if not negated:
        return False
    if lemma == "say" and any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children):
        return True  # "would not say how many names were in dispute": a refusal
    if lemma == "say" and any(c.dep_ == "aux" and c.lower_ == "did" for c in tok.children) and any(
            c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > tok.i and _opens_with_wh(c) for c in tok.children):
        # "did not say whether the EU would send monitors", "did not say when Russia would reply"
        # ("has not said whether" stays)
        return True
    return lemma in words.withheld_speech and lemma != "say"


def _free_to_say(tok, words: AttributionWords) -> bool:
    """ "Peskov can say what he likes": a modal saying of whatever one wishes reports nothing."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children) and any(
        c.dep_ in ("ccomp", "dobj") and c.lemma_.lower() in words.free_choice_verbs
        and any(g.lower_ == "what" for g in c.children) for c in tok.children)


def _undertaking(tok, words: AttributionWords) -> bool:
    """ "The two sides held talks, agreeing only to exchange prisoners": a participle of a
    `commitment_verbs` verb with an infinitive and no clause or quotation tells an undertaking,
    not words said (a finite "agreed to" stays: PolNeAR marks it); nor is one in a present-tense
    condition ("due to expire unless both sides agree to renew it")."""
    condition = tok.tag_ in ("VBP", "VBZ") and _in_condition(tok)
    return tok.lemma_.lower() in words.commitment_verbs and (tok.tag_ == "VBG" or condition) and not _has_quote(tok) \
        and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children) \
        and not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children)


# Participles used as conjunctions of condition: "would accept a phased approach, provided IAEA
# inspectors kept a presence" (the parse may give them the clause as a complement).
CONDITION_PARTICIPLES = ("provided", "providing", "assuming", "supposing")


def _seems_or_provided(tok) -> bool:
    """ "The American side appears to be moving": "appear" and "seem" with an infinitive tell how
    things look, not what anyone said; a participle of condition ("provided ...") is a conjunction."""
    if tok.lemma_.lower() in ("appear", "seem"):
        return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children)
    return tok.lower_ in CONDITION_PARTICIPLES and tok.dep_ not in ("ROOT", "conj") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _in_condition(tok) -> bool:
    """Whether a verb heads an "if" or "unless" clause ("unless both sides agree to renew it")."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)


def _clausal_content(tok) -> bool:
    """Whether a cue has a clause or a quotation for content, not only a noun ("did not mention
    casualties")."""
    return _has_quote(tok) or any(c.dep_ in ("ccomp", "xcomp", "parataxis") or c.dep_ == "advcl" and any(
        m.dep_ == "mark" for m in c.children) for c in tok.children)


WH_OPENERS = ("whether", "if", "how", "what", "when", "where", "who", "which", "why")


def _opens_with_wh(clause, past_preposition: bool = False) -> bool:
    """Whether a clause opens with a question word ("whether ...", "how many ..."; with
    `past_preposition`, also "on which ...")."""
    first = clause.doc[clause.left_edge.i]
    if past_preposition and first.pos_ == "ADP" and first.i + 1 < len(clause.doc):
        first = clause.doc[first.i + 1]
    return first.lower_ in WH_OPENERS


# Verbs of putting a question to someone: with a "whether" they ask, they say nothing.
QUESTIONING_VERBS = ("press", "quiz", "grill")  # not "question": "questioned whether" is a doubt


def _reporters_question(tok, words: AttributionWords) -> bool:
    """ "a Polish reporter asked Zelensky whether ...", "the reporter who had asked about grain",
    "Asked whether ..., Peskov said": what a reporter asks is no statement (their questions are not
    part of the ledger; the answer is)."""
    if (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "about"
            and tok.head.head.lemma_.lower() == "ask" and not any(c.dep_ == "poss" for c in tok.children)):
        # "was asked about reports that drones had hit a depot": the question's premise, no one's
        # ("asked about Trump's declaration that ..." is still Trump's)
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") and c.i > 0
           and tok.doc[c.i - 1].lemma_.lower() in ("ask",) + QUESTIONING_VERBS for c in tok.children):
        # "When a journalist asked if the Kremlin expected ...": the question's clause (the parse
        # may hang it elsewhere), no one's statement
        return True
    if tok.lemma_.lower() in QUESTIONING_VERBS and any(
            t.lower_ == "whether" for c in tok.children if c.dep_ in ("prep", "ccomp", "advcl") for t in c.subtree):
        return True  # "Doyle pressed Barrow on whether the estates had been offered": a question
    if tok.lemma_.lower() != "ask":
        return False
    if tok.tag_ in ("VBN", "VBD") and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "auxpass" for c in tok.children) \
            and (tok.dep_ == "advcl" and tok.i < tok.head.i or tok.i == tok.sent.start):
        # (the tagger may read a fronted "Asked" as a past tense)
        return True  # "Asked whether Ukraine would stop its strikes, Shmyhal does not answer directly"
    if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and not any(
            c.dep_ == "agent" for c in tok.children):
        return True  # "The spokesman was also asked about reports that ...": he was asked, said nothing yet
    for subject in (c for c in tok.children if c.dep_ in SUBJECT_DEPS):
        if subject.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
            subject = tok.head  # "the reporter who had asked"
        if subject.lemma_.lower() in words.audience_nouns:
            return True
    return False


def _in_anonymity_clause(doc, tok, words: AttributionWords) -> bool:
    """The purpose clause of "speaking on condition of anonymity to discuss X"."""
    if tok.dep_ not in ("xcomp", "advcl", "acl") or tok.head.i == tok.i:
        return False
    if tok.tag_ == "VBG" and tok.i > 0 and doc[tok.i - 1].text == ",":
        return False  # "told AFP on condition of anonymity, adding that ...": a saying of its own
    lead = doc[tok.head.left_edge.i: tok.i].text.lower()
    return any(m in lead for m in words.anonymity_markers)


def as_saying(verb) -> list:
    """The "saying" of "quoted by TASS as saying": the clauses under the verb's "as" phrase."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children if g.dep_ == "pcomp"]


def quoting_report(clause, words: AttributionWords) -> bool:
    """ "..., TASS quoted him as saying on Monday": a clause after a cue that reports the saying
    without words of its own."""
    return clause.i > clause.head.i and clause.lemma_.lower() in words.via_participles and bool(as_saying(clause)) \
        and not any(x.dep_ in CONTENT_DEPS + ("dobj",) or _has_quote(x) for g in as_saying(clause) for x in g.children)


def _quoting_frames_saying(tok, words: AttributionWords) -> bool:
    """"X was quoted by TASS as saying ...", "RIA Novosti quoted X as saying ...": "quoted"
    frames the "saying" cue."""
    if tok.lemma_.lower() not in words.via_participles or not any(
            c.dep_ in ("nsubjpass", "dobj") for c in tok.children):
        return False
    # with nothing after "saying" the content came first ("X is under control, Y was quoted by
    # TASS as saying"): then "quoted" is the cue
    return any(_has_quote(g) or any(x.dep_ in CONTENT_DEPS + ("dobj", "parataxis") for x in g.children)
               for g in as_saying(tok))


def _noun_frames(doc, index: DocIndex, quotes: QuoteIndex, words: AttributionWords) -> list[Frame]:
    """"Zelensky's insistence that Ukraine would not cede land": a listed noun with a possessor
    and a "that" clause is an attribution (rule only: the learned model scores verbs)."""
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words.noun_cues:
            continue
        if _reporters_question(tok, words):
            continue  # "asked about reports that ...": the question's premise, no one's statement
        owner = [c for c in tok.children if c.dep_ == "poss"]
        if not owner and tok.dep_ == "dobj" and tok.head.lemma_.lower() in words.voicing_verbs \
                and _speaker_subject(tok.head, words):
            # "Lavrov has the impression that ...", "she made the argument that ...": the subject
            # of a verb that voices the noun holds it ("rejected the claim that": not theirs).
            owner = [c for c in tok.head.children if c.dep_ == "nsubj"]
        that_clause = [c for c in tok.children if c.dep_ in ("acl", "ccomp")
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                       and any(g.dep_ in SUBJECT_DEPS for g in c.children)]
        # "the claim that ...": a "that" clause attributes with or without an owner; an
        # infinitive ("Kyiv's decision to ...") only with one (else it is a plain noun phrase).
        to_clause = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
                     and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)] if owner else []
        # "Kyiv's claims about the strike", "Hungary's criticism of the plan": with an owner,
        # the object of the noun's preposition is what is held or said.
        prep_object = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in words.noun_cue_preps
                       and f"{tok.lemma_.lower()} {c.lower_}" not in words.noun_cue_pairs_not_said
                       for g in c.children if g.dep_ in ("pobj", "pcomp")
                       and g.ent_type_ not in ("DATE", "TIME")] if owner else []  # (not "her statement on Saturday")
        clause = that_clause or to_clause or prep_object[:1]
        if not clause:
            continue
        source = None
        if owner:  # the possessor without its "'s"
            case = {c.i for c in owner[0].children if c.dep_ == "case"}
            source = _source_span(owner[0], words, {tok.i, tok.head.i} | case)[0]
        ids = _subtree_ids(clause[0])
        if clause is to_clause:  # PolNeAR's content starts at "to"
            ids |= set(range(clause[0].left_edge.i, clause[0].i))
        spans = _cap(_tidy(index.text, _token_runs(doc, ids)))
        spans = _widen_to_quotes(spans, quotes, (tok.idx, tok.idx + len(tok)))
        if spans:
            out.append(Frame(cue_tokens=[tok], source=source, content=spans, score=0.5))
    return out


# Dependencies by which a light verb takes its noun or adjective: "made the case" (dobj), "made
# clear" and "made it clear" (the parse makes "clear" a clause), "left no doubt".
LIGHT_WORD_DEPS = ("dobj", "ccomp", "oprd", "acomp", "attr", "xcomp")


def _light_verb_frames(doc, index: DocIndex, quotes: QuoteIndex, words: AttributionWords) -> list[Frame]:
    """"Merz made clear that ...", "made it clear that ...", "gave assurances that ...", "raised
    the possibility that ...": a light verb with a listed noun or adjective (`light_verb_cues`)
    and a clause with its own subject after it is one cue; the verb's subject is the source."""
    out = []
    for verb in doc:
        partners = words.light_verb_cues.get(verb.lemma_.lower())
        if partners is None or verb.pos_ not in ("VERB", "AUX") or quotes.at(verb.idx) is not None:
            continue  # inside a quotation it is part of what the quoted one said
        word = next((c for c in verb.children if c.dep_ in LIGHT_WORD_DEPS and c.i > verb.i
                     and (c.lower_ in partners or c.lemma_.lower() in partners)), None)
        if word is None:
            continue
        clause = _light_clause(word, word, words) or _light_clause(verb, word, words)
        if clause is None:
            continue
        source_tok, speaker_tok = _find_source(verb, words)
        if source_tok is None or source_tok.lower_ in words.pronouns["thing"]:
            continue  # "it was made clear that ...", "it is hard to make the case that ...": nobody named
        cue_tokens = [verb] + [c for c in verb.children if c.dep_ == "prt" and c.i < word.i] + [word]
        source, via = None, []
        if _holds_views(source_tok, words):  # "the weather gave the impression that ...": no one's
            source, via = _source_span(source_tok, words, {t.i for t in cue_tokens})
        ids = _subtree_ids(clause) - _trailing_relative(clause)
        ids |= set(range(clause.left_edge.i, clause.i))
        cue_span = (verb.idx, word.idx + len(word))
        spans = _widen_to_quotes(_token_runs(doc, ids), quotes, cue_span)
        spans = _cap(_tidy(index.text, _same_paragraph(index.text, spans, cue_span)))
        if spans:
            out.append(Frame(cue_tokens=cue_tokens, source=source, content=spans, score=0.5,
                             via_spans=via + _frame_via(verb, ids, words), speaker_token=speaker_tok))
    return out


def _holds_views(tok, words: AttributionWords) -> bool:
    """A subject that can say or hold something: a personal or relative pronoun, a name, a
    person, organisation or place, a source, title, group or body noun ("officials", "the
    minister", "the campaign"), people in the plural ("guests"), or a number of them ("fifty of
    the officers"). Not "the weather", "the loss", "the primary"."""
    lex = lexicon()
    if tok.pos_ == "PRON":
        return tok.lower_ in (words.pronouns["person"] | words.pronouns["group"] | words.pronouns["author"]
                              | words.pronouns["relative"])
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.tag_ == "NNS":
        return True
    if {tok.lemma_.lower(), tok.lower_} & (words.source_nouns | words.body_nouns | lex.anonymous_heads
                                           | lex.title_words | lex.group_nouns):
        return True
    return tok.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and _holds_views(g, words) for g in c.children) for c in tok.children)


def _light_clause(head, word, words: AttributionWords):
    """The clause with its own subject that `head` takes after `word`: "that Germany would not
    send troops" (the parse hangs it on the noun, the adjective or the verb, by any of several
    dependencies; an adverbial or relative one must open with "that")."""
    relative = words.pronouns["relative"]
    for c in head.children:
        if c.i <= word.i or c.pos_ not in ("VERB", "AUX") or not any(
                g.dep_ in SUBJECT_DEPS + ("expl",) and g.lower_ not in relative for g in c.children):
            continue  # "holds positions that are ...": a relative clause, not what is held
        if c.dep_ in ("ccomp", "csubj") or (c.dep_ in ("acl", "advcl", "relcl") and c.left_edge.lower_ == "that"):
            return c
    return None


def _adjective_frames(doc, index: DocIndex, quotes: QuoteIndex, words: AttributionWords) -> list[Frame]:
    """"Ukraine is determined to hold the line", "officials are worried about the talks": a listed
    adjective after a copula, with a clause or an about/of phrase, attributes it to the subject
    (rule only: the learned model scores verbs)."""
    out = []
    for tok in doc:
        if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.lemma_.lower() not in words.stance_adjectives:
            continue
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].lower_ in words.pronouns["thing"]:
            continue  # "it is clear that ...": no one holds the view
        comps = [c for c in tok.children if c.dep_ in CONTENT_DEPS]
        if not comps:
            # "Merz was adamant that ...": the parse may hang the clause on the copula
            comps = [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i
                     and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
        cue_tokens = [tok]
        if not comps:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in words.adjective_preps:
                    comps = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    cue_tokens.append(c)
                    break
        if not comps:
            continue
        ids: set[int] = set()
        for c in comps:
            ids |= _subtree_ids(c)
            ids -= _trailing_relative(c)
        cue_span = (tok.idx, max(t.idx + len(t) for t in cue_tokens))
        spans = _widen_to_quotes(_token_runs(doc, ids), quotes, cue_span)
        spans = _cap(_tidy(index.text, _same_paragraph(index.text, spans, cue_span)))
        if spans:
            source, via = _source_span(subj[0], words, {tok.i})
            out.append(Frame(cue_tokens=cue_tokens, source=source, content=spans, score=0.5, via_spans=via))
    return out


def _in_source_frames(doc, index: DocIndex, quotes: QuoteIndex, words: AttributionWords,
                      scores: dict[int, float]) -> list[Frame]:
    """"In a CNN poll released Monday, Clinton led by 6 points", "in his words, ...": an "in"
    phrase whose noun is a poll or a point of view (`in_source_nouns`) attributes the clause it
    modifies to that noun (PolNeAR: "in" is the cue, the phrase its source). Only where no verb
    of the clause is a cue itself ("In a poll, most said ...": "said" is)."""
    out = []
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        objs = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in words.in_source_nouns]
        if not objs:
            continue
        head = tok.head
        if head.dep_ in ("relcl", "acl", "advcl", "pcomp") or not any(c.dep_ in SUBJECT_DEPS for c in head.children):
            continue  # a subordinate clause ("where he has been in polls") or no clause at all
        clause = _subtree_ids(head)
        if any(i in scores for i in clause):
            continue
        source = _source_span(objs[0], words, {tok.i})[0]
        ids = clause - _subtree_ids(tok) - _trailing_relative(head)
        k = index.sentence_of_token(tok.i)
        lo = index.sent_start_tok[k] if index.sent_start_tok else 0
        ids = {i for i in ids if i >= lo and not doc[i].is_space}
        while ids and doc[max(ids)].is_punct and doc[max(ids)].text not in QUOTE_CHARS:
            ids.discard(max(ids))  # the sentence's full stop
        cue_span = (tok.idx, tok.idx + len(tok))
        spans = _cap(_tidy(index.text, _same_paragraph(index.text, _token_runs(doc, ids), cue_span)))
        if spans:
            out.append(Frame(cue_tokens=[tok], source=source, content=spans, score=0.5))
    return out


def _inverted_content(doc, index: DocIndex, cue, source, ids: set[int]) -> set[int]:
    """"X, but Y, a source said": the parse gives only Y as the complement, yet everything
    before the attribution in its sentence is what was said."""
    first = min(source.start, cue.i)
    if max(ids) >= first:
        return ids
    sent_start = index.sent_start_tok[index.sentence_of_token(cue.i)] if index.sent_start_tok else 0
    if min(ids) <= sent_start:
        return ids
    start = sent_start
    for i in range(sent_start, min(ids)):  # a dateline or heading ends at a dash or colon
        if is_dash(doc[i]) or doc[i].text in (":", "―") or (doc[i].is_space and "\n" in doc[i].text):
            start = i + 1
    while start < min(ids) and (doc[start].pos_ == "CCONJ" or doc[start].is_space):
        start += 1  # "But X, a source said": the conjunction links to the previous sentence
    return ids | set(range(start, first))


@lru_cache(maxsize=1)
def _platform_words() -> frozenset:
    words = attribution_words()
    return words.platforms | words.media_nouns


def names_platform(prep) -> bool:
    """ "on Telegram", "on state television": where a statement was made, not what it said."""
    return any(g.dep_ == "pobj" and g.lower_ in _platform_words() for g in prep.children)


def _rest_of_sentence(doc, index: DocIndex, cue, source) -> set[int]:
    """A cue with no parsed complement that sits at one end of its sentence, set off by a
    comma or colon ("According to X, ...", "..., a strategist said."): the rest is the content."""
    k = index.sentence_of_token(cue.i)
    sent_start = index.sent_start_tok[k] if index.sent_start_tok else 0
    sent_end = index.sent_start_tok[k + 1] if k + 1 < len(index.sent_start_tok) else len(doc)
    block = [cue.i] + ([source.start, source.end - 1] if source is not None else [])
    lo, hi = min(block), max(block)
    if cue.lower_ == "according":
        hi = max(hi, cue.right_edge.i)
    # "..., the governor said on Telegram.": where it was said belongs to the attribution
    hi = max([hi] + [c.right_edge.i for c in cue.children if c.i > cue.i and c.dep_ == "prep" and names_platform(c)])
    before = [t for t in doc[sent_start:lo] if not t.is_space]
    after = [t for t in doc[hi + 1:sent_end] if not (t.is_punct or t.is_space)]
    if len(before) >= 3 and before[-1].text in (",", ":", "—", "–") + tuple(QUOTE_CHARS) and not after:
        return {t.i for t in before}
    if not before and hi + 1 < sent_end and doc[hi + 1].text in (",", ":", "—", "–") and len(after) >= 3:
        return set(range(hi + 2, sent_end))
    return set()


def _adjacent_quote(text: str, cue, source, quotes: QuoteIndex, side: str = "either") -> list[Span]:
    """`“...,” he said.` / `He said: “...”` parsed with the quote outside the cue's clause."""
    left = min(cue.idx, source.start_char) if source is not None else cue.idx
    right = cue.idx + len(cue)
    if source is not None:
        right = max(right, source.end_char)
    i = bisect_right(quotes._starts, left) - 1
    if i >= 0 and side != "after":
        qs, qe = quotes.spans[i]
        # a quotation closing the previous paragraph is not this cue's ("He went on to ..."),
        # nor one that ends another's sentence mid-way ('... as saying drones were spotted "in
        # breach of the terms." The General Staff rejected the claim.')
        if qe <= left and _only_punct(text[qe:left]) and "\n" not in text[qe:left] \
                and not _closes_a_sentence_midway(text[qs:qe]):
            return [(qs, qe)]
    i = bisect_right(quotes._starts, right)
    if i < len(quotes.spans) and side != "before":
        qs, qe = quotes.spans[i]
        if _only_punct(text[right:qs]) or (side == "after" and _PARTICIPLE_ASIDE_RE.match(text, right, qs)):
            return [(qs, qe)]
    return []


def _closes_a_sentence_midway(quotation: str) -> bool:
    """A quotation that opens in lower case and ends with a full stop: the end of a sentence
    begun before it."""
    inner = quotation.strip("“”\"'‘’`« »")
    return inner[:1].islower() and inner[-1:] in ".!?"


# `“A,” he said, referring to the report, “b ...”`: an aside between the attribution and the
# quotation's second part.
_PARTICIPLE_ASIDE_RE = re.compile(r",\s*[a-z]+ing\b[^“”\"\n]{0,80},\s*$")


def _with_quote_lead(index: DocIndex, spans: list[Span], cue, quotes: QuoteIndex) -> list[Span]:
    """`The people of the town “deserve better,” she said.`: a quotation before the cue that
    starts mid-sentence (in lower case) carries the unquoted words that open its sentence."""
    if len(spans) != 1 or spans[0][1] > cue.idx or quotes.at(spans[0][0]) != spans[0]:
        return spans
    qs, qe = spans[0]
    text = index.text
    inner = text[qs:qe].lstrip("“\"'‘`« ")
    if not inner[:1].islower() or qs == 0:
        return spans
    start = index.sent_start_char[bisect_right(index.sent_start_char, qs - 1) - 1] if index.sent_start_char else qs
    lead = text[start:qs]
    if start >= qs or "\n" in lead or any(ch in QUOTE_CHARS for ch in lead) or not lead.strip():
        return spans
    return [(start, qe)]


def _trim_conjunction(doc, text: str, spans: list[Span], quotes: QuoteIndex,
                      words: AttributionWords) -> list[Span]:
    """A conjunction or connective opening unquoted content at its sentence start ("But ...",
    "However, ...", "In addition, ...") links to the author's previous sentence; it is not what
    was said. Other fronted phrases ("After some delays, ...") stay: annotators keep them.
    (Cutting trailing dash or semicolon asides too was tried: no gain on PolNeAR dev.)"""
    if not spans:
        return spans
    out = list(spans)
    s, e = out[0]
    first = doc.char_span(s, min(e, s + 4), alignment_mode="expand")
    if first is None or not len(first) or not first[0].is_sent_start or quotes.at(s) is not None:
        return out
    opener, end = first[0], None
    last = opener.right_edge.i
    if opener.pos_ == "CCONJ":
        end = opener
    elif opener.dep_ in ("advmod", "prep") and opener.head.i > last and last + 1 < len(doc) \
            and doc[last + 1].text == "," and (
                (opener.pos_ == "ADV" and last == opener.i)
                or doc[opener.i:last + 1].text.lower() in words.discourse_openers):
        end = doc[last + 1]
    if end is not None:
        s = end.idx + len(end)
        while s < e and text[s].isspace():
            s += 1
        out[0] = (s, e)
    return [(a, b) for a, b in out if b > a]


def _quoted_paragraph_after_colon(index: DocIndex, spans: list[Span], cue_span: Span, source,
                                  quotes: QuoteIndex, cue=None) -> list[Span]:
    """"Cruz called them on it:" / "released the following statement:" / "went on to say:" at a
    paragraph's end, and the next paragraph opens a quotation: the quotation is what was said.
    A post quoted as a paragraph of its own ("She posted on X shortly after midday: || Russia
    bombs a port city ...") needs no quotation marks. The content with it, or empty when the shape
    is not there."""
    text = index.text
    end = max([cue_span[1]] + [e for _s, e in spans] + ([source.end_char] if source is not None else []))
    j = end
    while j < len(text) and text[j] in " \u00a0":
        j += 1
    posted = cue is not None and cue.lemma_.lower() in attribution_words().writing_verbs and source is not None \
        and _ends_paragraph_with_colon(cue)
    if posted and (j >= len(text) or text[j] != ":"):
        j = text.find(":", j)  # "She posted on X shortly after midday:": the colon ends the sentence
    if j < 0 or j >= len(text) or text[j] != ":":
        return []
    k = j + 1
    while k < len(text) and text[k] in " \u00a0\r":
        k += 1
    if k >= len(text) or text[k] != "\n":
        return []
    while k < len(text) and text[k].isspace():
        k += 1
    quote = quotes.at(k) if k < len(text) else None
    if (quote is None or quote[0] != k) and posted and k < len(text) and not SPEAKER_LABEL.match(text, k, k + 40):
        quote = (k, _paragraph_end(text, k))  # (the whole paragraph, unquoted)
    if quote is None or quote[0] != k:
        return []
    # a clause before the colon is said too ("said that given the candidates: “...”"); a short
    # object ("it", "the following statement") or "to say" only announces the quotation
    if sum(e - s for s, e in spans) > ANNOUNCING_CHARS:
        return spans + _tidy(text, [quote])
    return _tidy(text, [quote])


def _drop_inside_posts(text: str, frames: list[Frame]) -> list[Frame]:
    """A post given whole as its own unquoted paragraph ("She posted on X: || Russia bombs a port
    city while claiming to want a ceasefire ...") is the poster's words, as a quotation is: a cue
    inside it reports nothing of its own."""
    writing = attribution_words().writing_verbs
    posts = []
    for f in frames:
        s = f.content[0][0]
        if f.cue.lemma_.lower() in writing and s > f.cue_span[1] and text[s - 1] == "\n" and text[s] not in QUOTE_CHARS:
            posts.append((s, _paragraph_end(text, s)))
            f.content = _tidy(text, [posts[-1]])  # (whole again: "while claiming ..." is no one else's clause)
    return [f for f in frames if not any(s <= f.cue_span[0] < e for s, e in posts)]


def _ends_paragraph_with_colon(tok) -> bool:
    """Whether the token's sentence ends its paragraph with a colon ("She posted on X:")."""
    doc = tok.doc
    colon = next((t for t in doc[tok.i + 1: tok.sent.end] if t.text == ":" or "\n" in t.text), None)
    if colon is None or colon.text != ":":
        return False
    after = doc[colon.i + 1] if colon.i + 1 < len(doc) else None
    return after is None or after.is_space and "\n" in after.text


def _paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph that starts at `start` (its last character before the line break)."""
    nl = text.find("\n", start)
    return len(text.rstrip()) if nl < 0 else len(text[:nl].rstrip())


def _extend_over_colon(index: DocIndex, spans: list[Span], cue_span: Span, source) -> list[Span]:
    """"hopes to win states that award delegates proportionally: Missouri, Illinois and ...":
    content that stops at a colon runs on over what the colon introduces, to its sentence end
    (annotators keep it; the parse often splits the sentence there)."""
    if not spans:
        return spans
    text = index.text
    s, e = spans[-1]
    colon = e
    while colon < len(text) and text[colon] in " \u00a0":
        colon += 1
    if colon >= len(text) or text[colon] != ":" or e < cue_span[1]:
        return spans
    start = colon + 1
    while start < len(text) and text[start] in " \u00a0":
        start += 1
    if start >= len(text) or text[start] == "\n":
        return spans
    end = index.sentence_end_at(start)
    nl = text.find("\n", start, end)
    end = _rstrip(text, start, end if nl < 0 else nl)
    while end > start and text[end - 1] in ".,;:!?" and text[end - 1] not in QUOTE_CHARS:
        end -= 1
    blocks = [cue_span] + ([(source.start_char, source.end_char)] if source is not None else [])
    if end <= start or any(start <= b0 < end for b0, _ in blocks):
        return spans
    return spans[:-1] + [(s, end)]


def _drop_fronted(text: str, spans: list[Span], cue_span: Span, source, quotes: QuoteIndex) -> list[Span]:
    """"During his years in office, Obama said that ...": when the content is a "that" clause
    after the attribution, an unquoted phrase fronted before it is the author's framing."""
    left = min(cue_span[0], source.start_char) if source is not None else cue_span[0]
    after = [(s, e) for s, e in spans if s >= cue_span[1]]
    if not after or not re.match(r"that\b", text[after[0][0]:after[0][0] + 5], re.I):
        return spans
    return [(s, e) for s, e in spans if not (e <= left and quotes.at(s) is None)]


_LEADING_ONLY_RE = re.compile(r"only\s+(?=that\b|[\"“'‘])")


def _cut_leading_only(text: str, spans: list[Span], cue_span: Span) -> list[Span]:
    """ "said only that ...", "saying only “...”": the "only" qualifies the saying, not what was
    said (PolNeAR marks "said only" as the cue)."""
    if not spans or spans[0][0] < cue_span[1]:
        return spans
    start, end = spans[0]
    m = _LEADING_ONLY_RE.match(text, start)
    if m is None or m.end() >= end or text[cue_span[1]:start].strip():
        return spans
    return [(m.end(), end)] + spans[1:]


# An aside set off by a pair of dashes: " -- those earning less than $300,000 -- ".
_DASH_ASIDE_RE = re.compile(r"\s(?:--|—|–|-)\s[^\n—–]{1,200}?\s(?:--|—|–|-)\s")


def _cut_dash_asides(text: str, spans: list[Span], quotes: QuoteIndex) -> list[Span]:
    """An unquoted aside between two dashes inside the content is the author's gloss
    ("the top 1 percent -- those with incomes above $750,000 -- would pay more")."""
    out: list[Span] = []
    for s, e in spans:
        pos = s
        for m in _DASH_ASIDE_RE.finditer(text, s, e):
            if quotes.overlapping(m.start(), m.end()):
                continue
            if m.start() > pos:
                out.append((pos, m.start()))
            pos = m.end()
        if e > pos:
            out.append((pos, e))
    return _tidy(text, out)


def _join_across_conjunction(text: str, spans: list[Span]) -> list[Span]:
    """`is “a problem” but “nobody ...”`: parts of one content separated only by a conjunction
    are one run, as annotators mark them."""
    out: list[Span] = []
    for s, e in spans:
        if out and text[out[-1][1]:s].strip(" \n,;—–-\"'“”‘’").lower() in JOINING_WORDS:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _split_quote(text: str, spans: list[Span], cue, source, quotes: QuoteIndex) -> list[Span]:
    """`“A,” she said, “b ...”`: a quotation interrupted by its attribution is one content; the
    parse gives only one side, so add the quotation on the other side when it touches the
    attribution and the quoted sentence runs on (the second part starts in lower case, or the
    first ends in a comma)."""
    if not spans:
        return spans
    left = min(cue.idx, source.start_char) if source is not None else cue.idx
    right = cue.idx + len(cue)
    if source is not None:
        right = max(right, source.end_char)
    before = _adjacent_quote(text, cue, source, quotes, side="before")
    after = _adjacent_quote(text, cue, source, quotes, side="after")
    if not before or not after:
        return spans
    (bs, be), (as_, ae) = before[0], after[0]
    inner_after = text[as_ + 1:ae].lstrip("“\"'‘ ")
    runs_on = text[bs:be].rstrip("”\"'’ ").endswith(",") or inner_after[:1].islower()
    if not runs_on:
        return spans
    aside = [(right, as_)]  # ", pointing at the square," between the attribution and part two
    if all(s >= right for s, _ in spans) and any(s <= as_ < e for s, e in spans):
        return _subtract(_merge_spans(spans + [(bs, be)]), aside)
    if all(e <= left for _, e in spans) and any(s <= bs < e for s, e in spans):
        return _merge_spans(spans + [(as_, ae)])
    return spans


def _only_punct(gap: str) -> bool:
    return len(gap) <= 4 and all(ch.isspace() or ch in ",:;—–-" for ch in gap)


def _asks_anonymity(text: str, spans: list[Span], words: AttributionWords) -> bool:
    content = " ".join(text[s:e] for s, e in spans).lower()
    return any(marker in content for marker in words.anonymity_markers)


def _outlet_name(cue, words: AttributionWords) -> set[int]:
    """"told the German newspaper Die Welt that ...": a capitalised run right after a media noun
    the cue addresses, up to "that" or punctuation, is the outlet's name, whatever the parse
    made of it (it tags a foreign article like "Die" as a verb and hangs the clause on it); so
    is a media noun right after a name ("the United News telethon")."""
    doc = cue.doc
    for c in cue.children:
        if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN" and c.right_edge.i + 1 < len(doc):
            noun = doc[c.right_edge.i + 1]
            if noun.lower_ in words.media_nouns and noun.head.i == cue.i and noun.dep_ == "ccomp":
                # "told the United News telethon on Wednesday that ...": the parse makes the
                # media noun after the name a clause; it and the time set on it are the telling's
                return {noun.i} | {i for g in noun.children if g.dep_ == "prep" for i in _subtree_ids(g)}
        if c.dep_ not in ("dobj", "dative") or c.lemma_.lower() not in words.media_nouns:
            continue
        i = c.right_edge.i + 1
        run: set[int] = set()
        while i < len(doc) and len(run) < 4 and doc[i].is_alpha and doc[i].text[:1].isupper():
            run.add(i)
            i += 1
        if run and i < len(doc) and (doc[i].lower_ == "that" or doc[i].is_punct):
            return run
    return set()


def _frame_via(cue, content_ids: set[int], words: AttributionWords, outlet: set[int] = frozenset()) -> list:
    """Noun phrases around the cue that may carry the statement: "told Axios",
    "in an interview with CNN", "according to Reuters" (when the cue has its own source);
    `outlet` is a media noun's name the parse split off it (see `_outlet_name`)."""
    out = []
    doc = cue.doc
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() in words.via_participles:
        out.extend(_agent_objects(cue.head.head))
    if cue.lemma_.lower() in words.via_participles and any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        out.extend(_agent_objects(cue))  # "..., Peskov was quoted by RIA as saying."
    if cue.lemma_.lower() == "tell" and any(c.dep_ == "agent" for c in cue.children):
        # "TASS was told by a source that ...": the one told carries it
        out.extend(cue.doc[c.left_edge.i: c.right_edge.i + 1] for c in cue.children if c.dep_ == "nsubjpass")
    # "in an interview with ZDF public television, in which he said ...": the interview the
    # relative "which" stands for
    # (the parse may hang the relative clause on the outlet itself)
    if cue.dep_ == "relcl" and any(w.dep_ == "pobj" and w.lower_ == "which" for p in cue.children
                                   if p.dep_ == "prep" and p.lower_ == "in" for w in p.children):
        noun = cue.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() in words.via_nouns:
            out.append(doc[noun.left_edge.i: noun.i + 1])
        elif noun.lemma_.lower() in words.via_nouns:
            out.extend(doc[o.left_edge.i: o.right_edge.i + 1] for q in noun.children if q.dep_ == "prep"
                       and q.lower_ == "with" for o in q.children if o.dep_ == "pobj")
    # "In a statement carried by QNA, the ministry said": the parse may hang the fronted phrase
    # on a noun it makes a clause of the cue; that phrase frames the cue as its own would
    fronted = [p for c in cue.children if c.dep_ in ("ccomp", "advcl", "npadvmod") and noun_made_clause(c, cue)
               and c.i not in content_ids for p in c.children if p.dep_ == "prep" and p.i == c.left_edge.i]
    for c in list(cue.children) + fronted:
        if c.i in content_ids or c.dep_ in SUBJECT_DEPS:
            continue
        if c.dep_ == "ccomp" and quoting_report(c, words):
            out.extend(doc[s.left_edge.i: s.right_edge.i + 1] for s in c.children if s.dep_ == "nsubj")
            continue
        if c.dep_ in ("advmod", "npadvmod") and c.pos_ == "PROPN" and c.i == cue.i + 1 and cue.lemma_.lower() == "tell":
            out.append(doc[c.left_edge.i: c.i + 1])  # "..., two sources told Axios.": the parse may miss the object
        elif c.dep_ in ("dative", "dobj") and (c.pos_ in ("PROPN", "NOUN")
                                              or c.pos_ == "NUM" and c.left_edge.pos_ == "PROPN"
                                              or cue.lemma_.lower() == "tell" and c.is_alpha):
            # ("telling Channel One that ...": the tagger reads "One" as a number; "told dpa
            # after the press conference": "dpa" as a verb; what one tells is someone)
            right = max(outlet) if outlet and min(outlet) == c.right_edge.i + 1 else c.right_edge.i
            # ("told Reuters, a modest step that Washington hopes ...": not the apposition after it)
            right = min([right] + [g.left_edge.i - 1 for g in c.children if g.dep_ in ("appos", "relcl")
                                   and g.i > c.i and doc[g.left_edge.i - 1].text == ","])
            out.append(doc[c.left_edge.i: right + 1])
        elif c.dep_ == "prep":
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                if c.lower_ in ("to", "with") or c.lower_ == "according":
                    out.append(doc[g.left_edge.i: g.right_edge.i + 1])
                if c.lower_ == "on" and g.lower_ == "air":
                    # "said this on the air of the national telethon": the programme carries it
                    out.extend(doc[o.left_edge.i: o.right_edge.i + 1] for p in g.children
                               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
                if g.lemma_.lower() in words.document_nouns and c.lower_ == "in":
                    # "wrote in a letter seen by the FT": the outlet that saw it carries it
                    out.extend(o for p in g.children if p.dep_ == "acl" and p.lemma_.lower() in words.seeing_verbs
                               for o in _agent_objects(p))
                if g.lemma_.lower() in words.via_nouns:
                    for p in g.children:
                        if p.dep_ == "prep" and p.lower_ in ("with", "to"):
                            out.extend(doc[o.left_edge.i: o.right_edge.i + 1]
                                       for o in p.children if o.dep_ == "pobj")
                        elif p.dep_ == "acl" and p.lemma_.lower() in words.via_participles:
                            out.extend(_agent_objects(p))  # "in comments carried by TASS"
                        elif p.dep_ == "acl" and p.tag_ == "VBN" and p.lemma_.lower() in ("send", "email", "give"):
                            # "in a statement sent to AFP": the outlet it was sent to carries it
                            out.extend(doc[o.left_edge.i: o.right_edge.i + 1] for q in p.children
                                       if q.dep_ in ("prep", "dative") and q.lower_ == "to"
                                       for o in q.children if o.dep_ == "pobj")
                        elif p.dep_ == "acl" and p.lemma_.lower() in words.writing_verbs:
                            # "in a video posted on YouTube" (or "to Telegram"): where it was posted carries it
                            out.extend(doc[o.left_edge.i: o.right_edge.i + 1] for q in p.children
                                       if q.dep_ == "prep" and (q.lower_ == "on" or q.lower_ == "to" and names_platform(q))
                                       for o in q.children if o.dep_ == "pobj")
            if c.lower_ == "according":
                out.extend(_agent_objects(c) or [
                    doc[o.left_edge.i: o.right_edge.i + 1]
                    for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"])
        elif c.dep_ in ("advcl", "acl") and c.lemma_.lower() in words.via_participles:
            out.extend(_agent_objects(c))
        elif c.dep_ == "advcl" and c.lemma_.lower() == "ask" and c.tag_ == "VBN":
            # "Asked by Interfax whether ..., X said": the outlet asking (not "an AFP correspondent")
            out.extend(o for o in _agent_objects(c) if o.root.pos_ == "PROPN")
        elif c.dep_ == "advcl" and c.lemma_.lower() in words.via_speech:
            # "Speaking to Interfax, Ryabkov said ...": the one spoken to may carry it (or the
            # programme spoken on: "Speaking during the United News telethon")
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in ("to", "with", "on", "during"):
                    out.extend(doc[o.left_edge.i: o.right_edge.i + 1] for o in p.children if o.dep_ == "pobj")
                elif p.dep_ in ("dative", "dobj"):
                    out.append(doc[p.left_edge.i: p.right_edge.i + 1])
    for subj in (c for c in cue.children if c.dep_ == "nsubj"):
        for c in [*subj.children, *(g for a in subj.children if a.dep_ == "appos" for g in a.children)]:
            if c.dep_ == "acl" and c.lemma_.lower() == "ask" and c.tag_ == "VBN":
                # "Yuri Ushakov, asked by Izvestia whether ..., said": the outlet asking, as above
                out.extend(o for o in _agent_objects(c) if o.root.pos_ == "PROPN")
    if cue.dep_ == "advcl" and cue.tag_ == "VBG":
        # "raised the idea with Putin, telling him that ..., according to the directorate": the
        # parse hangs the "according to" on the verb the participle modifies
        if cue.head.lemma_.lower() in words.via_speech and cue.head.i < cue.i and cue.head.dep_ != "advcl":
            # "..., the official told AFP on Thursday, adding that ...": the same telling
            out.extend(cue.doc[o.left_edge.i: o.right_edge.i + 1] for o in addressees(cue.head))
        for c in cue.head.children:
            if c.lower_ == "according" and c.i > cue.i:
                out.extend(doc[o.left_edge.i: o.right_edge.i + 1]
                           for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
    return out


# Subordinators of a contrasting clause with its own attribution ("A said X, while B said Y").
CONTRAST_MARKS = ("while", "whereas")


def _reported_reports(frames: list[Frame], words: AttributionWords) -> list[Frame]:
    """"X said on Tuesday that ..., RIA Novosti reported": the inner attribution is the statement
    and the reporter carries it."""
    by_cue = {f.cue.i: f for f in frames}
    out = []
    for f in frames:
        inner = None
        # ("Peskov called the plan “a trap,” RIA Novosti quoted him as saying on Tuesday": the
        # cue is the "saying" of the quoting verb, whose day is the inner saying's)
        saying = f.cue.dep_ == "pcomp" and f.cue.head.lower_ == "as" and f.cue.head.head.i != f.cue.head.i
        verb = f.cue.head.head if saying else f.cue
        if f.source is not None and (verb.lemma_.lower() in words.via_participles or _account_of(f, words)):
            inner = next((by_cue[c.i] for c in verb.children if c.dep_ == "ccomp" and c.i in by_cue
                          and by_cue[c.i].source is not None and c.i < verb.i), None)
        if inner is None and f.source is not None and f.cue.lemma_.lower() in PERCEPTION_OF_SAYING:
            # "I read that Foreign Minister Sergei Lavrov said last week that ...": what was read or
            # heard is the other's saying; the reader only passes it on
            inner = next((by_cue[c.i] for c in f.cue.children if c.dep_ == "ccomp" and c.i in by_cue
                          and by_cue[c.i].source is not None and c.i > f.cue.i), None)
            if inner is not None:
                continue
        if inner is None and f.source is not None and _as_report(f, words):
            # "As Ukrinform reported, on Monday Sybiha held a call, during which he said that ...":
            # the saying inside the clause the report hangs on is the statement
            inner = next((g for g in frames if g is not f and g.source is not None
                          and any(s <= g.cue_span[0] < e for s, e in f.content)), None)
        if inner is not None:
            inner.carrier = inner.carrier or f.source
            phrase = as_saying(verb)
            if phrase and inner.occasion is None:
                doc = verb.doc
                last = doc[phrase[0].right_edge.i]
                inner.occasion = (phrase[0].idx, last.idx + len(last))
            continue
        out.append(f)
    return out


# Verbs of taking in what another said: "I read that X said ...", "we heard that X told ...".
PERCEPTION_OF_SAYING = frozenset({"read", "hear", "see", "notice"})


def _as_report(frame: Frame, words: AttributionWords) -> bool:
    """ "As Ukrinform reported, ...": an outlet's report in an "as" clause hung on the clause it reports."""
    cue, doc = frame.cue, frame.cue.doc
    return cue.dep_ in ("advcl", "ccomp") and cue.lemma_.lower() in words.via_participles \
        and doc[cue.left_edge.i].lower_ == "as" and doc[cue.left_edge.i].head.i == cue.i


def _account_of(frame: Frame, words: AttributionWords) -> bool:
    """A saying that is a document's account ("..., the readout said") or given in one ("..., the
    Kremlin said in its own account of the call"): what it reports is the reported one's statement."""
    if words.category(frame.cue.lemma_.lower()) != "speech":
        return False
    if {frame.source.root.lemma_.lower(), frame.source.root.lower_} & words.account_nouns:
        return True  # ("the minutes show": its lemma is "minute")
    return any(p.dep_ == "prep" and p.lower_ == "in" and o.dep_ == "pobj" and o.lemma_.lower() in words.account_nouns
               for p in frame.cue.children for o in p.children)


def _contrast_clauses(frames: list[Frame]) -> set[int]:
    """"A said X, while B said Y": the "while" clause is B's own attribution; cut it from A's.
    Returns the ids of the frames so freed, which _drop_nested keeps."""
    keep = set()
    for f in frames:
        tok = f.cue
        if f.source is None or tok.dep_ != "advcl":
            continue
        marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS]
        if not marks:
            continue
        start = marks[0].idx
        end = max(e for _s, e in f.content + [f.cue_span])
        text = tok.doc.text  # once per "while" clause (rare): spaCy rebuilds doc.text on each access
        for g in frames:
            if g is not f and any(s <= tok.idx < e for s, e in g.content):
                g.content = _tidy(text, _subtract(g.content, [(start, end)]))
        keep.add(id(f))
    return keep


def _drop_nested(frames: list[Frame], free: set[int] = frozenset()) -> list[Frame]:
    """A cue inside another attribution's content is part of that content (univocal labels),
    except the frames in `free` (ids of frames cut out of their container's content)."""
    # Content parts sorted by start, so each cue looks only at parts starting shortly before it.
    parts = sorted((s, e, k) for k, g in enumerate(frames) for s, e in g.content)
    starts = [p[0] for p in parts]
    reach = max((e - s for s, e, _k in parts), default=0)
    kept = []
    for fi, f in enumerate(frames):
        c0, c1 = f.cue_span
        containing: set[int] = set()
        j = bisect_right(starts, c0) - 1
        while j >= 0 and starts[j] >= c0 - reach:
            s, e, k = parts[j]
            if k != fi and c1 <= e:
                containing.add(k)
            j -= 1
        inside = [] if id(f) in free else [frames[k] for k in sorted(containing)]
        # Mutual nesting (rare parse tangles): keep the more confident one.
        if any(not any(s <= g.cue_span[0] < e for s, e in f.content) or g.score > f.score for g in inside):
            continue
        kept.append(f)
    # Two cues with the same content ("said and added"), or the same content's start ("said in a
    # statement ... that A and that B", where the noun's frame takes A alone): keep the more
    # confident.
    by_content: dict[int, Frame] = {}
    for f in kept:
        key = f.content[0][0]
        if key not in by_content or f.score > by_content[key].score:
            by_content[key] = f
    return sorted(by_content.values(), key=lambda f: f.cue_span[0])


def _run_on_quotes(index: DocIndex, frames: list[Frame], quotes: QuoteIndex) -> list[Frame]:
    """Quotations with no cue of their own that follow an attribution with quoted content:
    `“A,” Kadyrov said. “B.”` or a bare quoted paragraph after it. They are the same speaker's."""
    text = index.text
    covered = _merge_spans([s for f in frames for s in f.content])
    cue_starts = sorted(f.cue_span[0] for f in frames)
    out = []
    ordered = sorted(frames, key=lambda f: f.extent[1])
    fi = 0
    last: Optional[Frame] = None
    last_end = -1
    for qs, qe in quotes.spans:
        while fi < len(ordered) and ordered[fi].extent[1] <= qs:
            f = ordered[fi]
            f_end = index.sentence_end_at(max(0, f.extent[1] - 1))
            # `“A,” said X, speaking of Y. “B.”`: an unquoted attribution inside the quoted
            # one's sentence does not break the run.
            if last is not None and _quoted(last, quotes) and not _quoted(f, quotes) and f.extent[0] < last_end:
                last_end = max(last_end, f_end)
            else:
                last, last_end = f, f_end
            fi += 1
        if last is None or _covered(covered, qs, qe) or qe - qs < 3:
            continue
        gap = text[last_end:qs] if last_end <= qs else ""
        if not _quoted(last, quotes) and (not gap or "\n" in gap or text[:qs].rstrip()[-1:] not in ".!?"):
            continue  # a quoted attribution runs on; an unquoted one only into its paragraph's next sentence
        if gap.strip() or not _quote_is_sentence(index, qs, qe) or _inside_the_sentence_of(index, last, qs):
            continue
        if POSSESSIVE_END.search(text[max(0, qs - 40):qs]):
            continue  # "told ABC News' “This Week.”": a title, not words said
        i = bisect_right(cue_starts, qs)
        if i < len(cue_starts) and cue_starts[i] < qe:
            continue  # the quote has a cue of its own
        parent = last.parent or last
        run = Frame(cue_tokens=parent.cue_tokens, source=parent.source, content=[(qs, qe)],
                    score=parent.score, via_spans=parent.via_spans, parent=parent,
                    speaker_token=parent.speaker_token)
        out.append(run)
        last, last_end = run, index.sentence_end_at(max(qs, qe - 2))
    return out


POSSESSIVE_END = re.compile(r"\w(?:['’]s?)\s*$")


def _inside_the_sentence_of(index: DocIndex, frame: Frame, qs: int) -> bool:
    """Whether a quotation at `qs` goes on the sentence of the frame's words, after words of its own
    ("told reporters the Kremlin “studies all signals” but would not negotiate “through
    newspapers”"): the end of that sentence, no quotation running on after it. (The text, not
    the parse, says where the sentence ends: spaCy may run "''A,'' he said. ''B.''" together.)"""
    end = max(frame.extent[1], frame.cue_span[1])
    if end > qs:
        return False
    gap = index.text[end:qs]
    return any(ch.isalnum() for ch in gap) and not SENTENCE_END_BEFORE.search(gap)


# The end of a sentence right before a quotation: "... Mr. Burman said. ''".
SENTENCE_END_BEFORE = re.compile(r"[.!?][\"”’')]*\s+$")


def _quoted(frame: Frame, quotes: QuoteIndex) -> bool:
    return any(quotes.at(s) or quotes.at(e - 1) for s, e in frame.content)


def _quote_is_sentence(index: DocIndex, qs: int, qe: int) -> bool:
    """A run-on quotation fills its sentence(s): nothing but punctuation after it."""
    # The character before the closing mark: spaCy sometimes starts the next sentence with it.
    end = index.sentence_end_at(max(qs, qe - 2))
    nl = index.text.find("\n", qe, end)
    tail = index.text[qe:end if nl < 0 else nl]
    return all(not ch.isalnum() for ch in tail)


def _covered(covered: list[Span], s: int, e: int) -> bool:
    """Whether [s, e) overlaps any of `covered` (merged, sorted, so neighbours suffice)."""
    i = bisect_right(covered, (s, float("inf")))
    return any(cs < e and s < ce for cs, ce in covered[max(0, i - 1): i + 1])


def _kind(spans: list[Span], quotes: QuoteIndex, text: str) -> str:
    inside = outside = 0
    for s, e in spans:
        for i in range(s, e):
            if text[i].isalnum():
                if quotes.at(i):
                    inside += 1
                else:
                    outside += 1
    if inside and not outside:
        return "direct"
    if inside:
        return "mixed"
    return "indirect"


def _transcript_turns(doc, index: DocIndex, quotes: "QuoteIndex", frames: list[Frame]) -> list[Frame]:
    """Interview transcripts: a paragraph opening with a speaker's name and a colon
    ("PENCE: Well, look, ..."); the rest of the paragraph is what the speaker said."""
    text = index.text
    taken = _merge_spans([s for f in frames for s in f.content] + [f.cue_span for f in frames])
    words = attribution_words()
    out = []
    turns = []  # (frame, colon, end of line) of each turn
    roles: dict = {}  # a label's name (and its last word) -> "host" / "reporter" ("CHARLES MAYNES, BYLINE:")
    pos = len(text) - len(text.lstrip())
    headline = True  # the first line: "Poll: ...", "Sanders: ..." (the headline speaks for it)
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        colon = text.find(":", pos, min(end, pos + (HEADLINE_LABEL_CHARS if headline else 40)))
        aside = LABEL_ASIDE.match(text, pos, end) if not headline else None
        if aside is not None:
            colon = aside.end() - 1  # "CASSIS (in French, through an interpreter):" may run past 40 characters
        elif colon < 0 and not headline and (titled := TITLED_LABEL.match(text, pos, end)):
            colon = titled.end() - 1  # "SERGEY LAVROV, RUSSIAN FOREIGN MINISTER (through translator):"
        role_at = LABEL_ROLE.match(text, pos, colon + 1) if colon > pos and not headline else None
        # (the role's last word: "DANA BASH, CNN HOST:")
        role_word = role_at.group(2).lower().split()[-1] if role_at is not None else ""
        if role_at is not None and role_at.group(1).split() \
                and role_word in words.host_label_roles | words.reporter_label_roles:
            # "A MARTÍNEZ, HOST:": the name before the role is the label
            role = "host" if role_word in words.host_label_roles else "reporter"
            roles[role_at.group(1)] = roles[role_at.group(1).split()[-1]] = role
            colon_name = pos + len(role_at.group(1))
        elif role_at is not None and role_at.group(1).split():
            # "LISA BAUMANN, REUTERS:": the name before the speaker's affiliation is the label
            roles.setdefault(role_at.group(1).split()[-1], "affiliated")
            colon_name = pos + len(role_at.group(1))
        elif aside is not None:
            colon_name = pos + len(aside.group(1))  # the name before the bracket is the label
        else:
            colon_name = colon
        if colon > pos and end - colon > 2:
            name = doc.char_span(pos, colon_name, alignment_mode="contract")
            if headline and name is not None:
                # "Clinton to Planned Parenthood: ...", "Former AG Mukasey at RNC: ...": the
                # speaker is the name before the preposition.
                cut = next((t.i for t in name[1:] if t.pos_ == "ADP"), None)
                name = name if cut is None else doc[name.start:cut]
            if headline and name is not None and name.text.lower() in attribution_words().headline_kickers:
                name = None  # "Transcript: Turkey's foreign minister on ...": the form, not a speaker
            if not headline and ANSWER_LABEL.match(text, pos):
                name = None  # "A: ...": an answer names no speaker; the Q&A reading finds the interviewee
            if name is not None and 0 < _label_words(name, headline) <= (5 if headline else 3) \
                    and (_speaker_label(name, headline) or not headline and _repeated_label(name, text)) \
                    and not _covered(taken, pos, colon):
                colon_tok = doc.char_span(colon, colon + 1, alignment_mode="expand")
                content = _tidy(text, [(colon + 1, _rstrip(text, colon + 1, end))])
                if colon_tok is not None and len(colon_tok) and content:
                    out.append(Frame(cue_tokens=[colon_tok[0]], source=name, content=_cap(content), score=1.0))
                    turns.append((out[-1], colon, end))
        headline = False
        pos = end + 1
    turns = _without_lead_ins(turns, frames)
    out = [frame for frame, _colon, _end in turns]
    # the interviewer (whose turns mostly end in "?") reports what others said: "KI: The Kremlin
    # keeps saying that elections must come first." stays the Kremlin's
    asks: dict = {}
    for frame, _colon, end in turns:
        asks.setdefault(_label_name(frame.source.text), []).append(text[_rstrip(text, 0, end) - 1] == "?")
    # (at a news conference each reporter, labelled with their outlet, may ask once: "LISA
    # BAUMANN, REUTERS: ... Would NATO countries provide them?")
    interviewers = {name for name, marks in asks.items() if len(marks) > 1 and 2 * sum(marks) >= len(marks)
                    or name.lower() in words.questioner_labels or roles.get(name) == "host"
                    or roles.get(name) == "affiliated" and all(marks)}
    if not interviewers and len(asks) == 2:
        # two voices, one of them asking and the other never: "ROBINSON: Is this theft? || WEST:
        # No, it is not." (an interviewer who also introduces, presses and thanks asks in fewer
        # than half the turns)
        (one, one_marks), (other, other_marks) = asks.items()
        if sum(one_marks) >= 2 and not any(other_marks):
            interviewers = {one}
        elif sum(other_marks) >= 2 and not any(one_marks):
            interviewers = {other}
    for frame, colon, end in turns:
        # cues inside the turn are part of what its speaker said (univocal labels), or of the
        # interviewer's question ("Presenter: Is this a sign the Kremlin wants peace?"); what an
        # interviewer states stays ("KI: The Kremlin keeps saying that ..."), and so does what a
        # reporter reports ("MAYNES: ... Turkish officials told me the first test call ...")
        label = _label_name(frame.source.text)
        frames[:] = [f for f in frames if not (colon < f.cue_span[0] < end) or (
            label in interviewers and not _asks(f.cue) and _reported_in_question(f, words))
            or roles.get(label) == "reporter"
            or label not in interviewers and _another_speaker(f, label, text, words)]
    out += _turns_run_on(doc, text, quotes, turns, interviewers, frames, words)
    # the interviewer's turns ask; they are no statements of theirs. Nor are a reporter's in a
    # package no one asks in ("REBECCA SALTZ, BYLINE: The artillery here has not paused."): the
    # narration of the story, not a reporter's answers to the host (a two-way)
    asked = any(any(asks.get(name, ())) for name in interviewers)
    silent = interviewers | (set() if asked else {name for name, role in roles.items() if role == "reporter"})
    return [f for f in out if _label_name(f.source.text) not in silent]


# Words by which a paragraph with no label of its own speaks in the first person.
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})


def _turns_run_on(doc, text: str, quotes: "QuoteIndex", turns: list, interviewers: set, frames: list[Frame],
                  words: AttributionWords) -> list[Frame]:
    """A turn that runs on into paragraphs with no label ("SECRETARY GENERAL: Thank you ... ||
    Let me explain why this matters. ..."): each following paragraph that speaks in the first
    person, outside quotation marks, is the same speaker's, until a label or a paragraph of
    narration ("Sybiha's comments echoed ...") ends the run. Cues inside it are the speaker's own,
    except where it reports someone else (as in a turn)."""
    if len(turns) < 2:
        return []  # (most texts: no paragraphs to split)
    paragraphs = paragraph_spans(text)
    labelled = {paragraph_at(paragraphs, colon) for _f, colon, _e in turns}
    if len(labelled - {0}) < 2:
        return []  # no transcript (a headline's "Putin at year-end press conference: ..." is no turn of one)
    out = []
    for turn, colon, _end in turns:
        label = _label_name(turn.source.text)
        k = paragraph_at(paragraphs, colon)
        if label in interviewers or not k:
            continue
        for s, e in paragraphs[k + 1:]:
            if paragraph_at(paragraphs, s) in labelled or SPEAKER_LABEL.match(text, s) or QUESTION_LABEL.match(text, s):
                break
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not any(t.lower_ in FIRST_PERSON and quotes.at(t.idx) is None for t in span):
                break
            content = _tidy(text, [(s, e)])
            if not content:
                break
            frames[:] = [f for f in frames if not s <= f.cue_span[0] < e or _another_speaker(f, label, text, words)]
            out.append(Frame(cue_tokens=turn.cue_tokens, source=turn.source, content=content, score=turn.score,
                             parent=turn))
    return out


def _reported_in_question(frame: Frame, words: AttributionWords) -> bool:
    """Whether a saying an interviewer reports stays a statement ("The Kremlin keeps saying that
    ..."): words said, not a wish or offer put as the question's premise ("Kyiv wants armed guards
    ..."), nor what "you", the one asked, said (their own turns hold that)."""
    if frame.source is None or frame.source.root.lower_ == "you":
        return False  # (with no one named, the interviewer's own: "Good morning, and welcome to ...")
    return words.category(frame.cue.lemma_.lower()) == "speech"


def _another_speaker(frame: Frame, label: str, text: str, words: AttributionWords) -> bool:
    """Whether a frame inside a turn reports someone other than the turn's speaker ("The
    Secretary reaffirmed that ...", "As the Secretary said in Riyadh, ..."): that saying is theirs,
    relayed (not "I said", "we have said", nor the speaker named by the label)."""
    category = words.category(frame.cue.lemma_.lower())
    if frame.source is None or frame.source.root.lower_ in ("i", "we", "me", "us") or frame.cue.pos_ != "VERB" \
            or category in ("belief", "intention"):
        return False  # (nor what others think: "They understand that ...", "has been very clear that")
    # a clause or a quotation said ("He said the same thing in March", "What I can tell you is that
    # the two delegations discussed the missions" are the speaker's own account)
    said = [text[s:e] for s, e in frame.content]
    if not any(c[:1] in QUOTE_CHARS or c.lower().startswith("that ") for c in said) and not (
            category == "speech" and any(c.dep_ == "ccomp" for c in frame.cue.children)):
        return False
    return label.lower() not in frame.source.text.lower()


# A role after a transcript label's name: the ", BYLINE" of "CHARLES MAYNES, BYLINE:".
_ROLE_AFTER_NAME = r",\s*([A-Za-z]+(?: [A-Za-z]+){0,2})"
# A transcript label with a role after a comma: "CHARLES MAYNES, BYLINE" (group 1 the name).
LABEL_ROLE = re.compile(r"([^\n,:]{2,40})" + _ROLE_AFTER_NAME + r"(?:\s*\([^()\n]{1,60}\))?\s*(?=:)")
# A label in capitals with a role, which may run past the 40 characters a bare label's colon is
# looked for in: "RADOSLAW SIKORSKI, POLISH FOREIGN MINISTER:", "... (through translator):".
TITLED_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}),\s*[A-Z]+(?: [A-Z]+){0,3}"
                          r"(?:\s*\([^()\n]{1,60}\))?:")
# What follows the name in a label: the colon, or a role and the colon.
TURN_LABEL_END = re.compile(r"(?:" + _ROLE_AFTER_NAME + r")?\s*:")
# A transcript label with an aside in brackets: "CASSIS (in French, through an interpreter):",
# "PRESIDENT VOLODYMYR ZELENSKY [through translator]:" (group 1 the name).
LABEL_ASIDE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\]):")
# A turn that only describes what is heard: "(Speaking Russian)." or "(Laughter)".
STAGE_DIRECTION = re.compile(r"\s*\([^()]*\)\s*\.?\s*")


def _courtesy(said: str, words: AttributionWords) -> bool:
    """Whether a turn is only a greeting or thanks, with the name it is said to ("Thank you,
    Charles.")."""
    bare = re.sub(r",\s*[A-Z][\w.'’ -]{0,30}$", "", said.strip().rstrip(".!")).strip().lower()
    return bare in words.courtesy_turns


# Pronouns that point at what was just said, never at a speaker.
DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


# How many one-off labels in capitals make a newsletter's lead-ins (a press conference may have a
# moderator and one speaker, each heard once).
MIN_LEAD_INS = 3
# Words no speaker's label has, that a newsletter's lead-in may ("THANKS TO:", "ON THE AGENDA:").
LEAD_IN_WORDS = frozenset({"to", "on", "in", "at", "for", "with", "from", "a", "an"})


def _without_lead_ins(turns: list, frames: list[Frame]) -> list:
    """ "SANCTIONS STALL: EU ambassadors failed ... an EU diplomat told Playbook.": in a
    newsletter the capitals before a colon head a paragraph of news; no label is used twice, as a
    transcript's speakers' are. There, a "turn" that reports others' words (a cue inside it) or
    whose label reads as a phrase ("THANKS TO") is no turn."""
    labels = [_label_name(frame.source.text) for frame, _colon, _end in turns]
    if len(turns) < MIN_LEAD_INS or len(set(labels)) < len(labels):
        return turns
    words = attribution_words()
    kept = []
    for frame, colon, end in turns:
        label_words = {t.lower_ for t in frame.source}
        reports = any(colon < f.cue_span[0] < end and f.source is not None and f.source.root.pos_ != "PRON"
                      and f.cue.lemma_.lower() in words.saying_verbs | {"quip", "report"} for f in frames)
        if not frame.source.text.isupper() or not (
                reports or label_words & LEAD_IN_WORDS or frame.source[0].lower_ == "the" and len(frame.source) > 2):
            kept.append((frame, colon, end))
    return kept


def _label_name(label: str) -> str:
    """Who a turn's label names: its last word, without the outlet in brackets after it ("QUESTION
    (ORF)" is "QUESTION"; "KRISTEN WELKER" and "WELKER" are one host)."""
    bare = re.sub(r"\s*\([^)]*\)?$", "", label)  # (the span may stop before the ")")
    return bare.split()[-1] if bare.split() else bare


# How many paragraphs after the headline may come before the one announcing a full text.
FULL_TEXT_INTRO_PARAGRAPHS = 3


def _full_text(doc, index: DocIndex, frames: list[Frame]) -> list[Frame]:
    """A story that reproduces a speech or statement whole: "President Volodymyr Zelensky recorded
    his evening video address on Saturday ... Below is our translation of the full text." Each
    paragraph after the one announcing it (see `full_text_markers`, `full_text_pointers`) is what
    the person the introduction names first said; attributions inside it are part of it."""
    text = index.text
    paragraphs = paragraph_spans(text)
    words = attribution_words()
    for k, (start, end) in enumerate(paragraphs[1:1 + FULL_TEXT_INTRO_PARAGRAPHS], start=1):
        low = text[start:end].lower()
        marker = next((m for m in words.full_text_markers if m in low), None)
        if marker is None or k + 1 >= len(paragraphs) or not (
                low.endswith(":") or any(re.search(rf"\b{re.escape(p)}\b", low) for p in words.full_text_pointers)):
            continue
        at = start + low.index(marker) + len(marker) - len(marker.split()[-1])
        cue = doc.char_span(at, at + len(marker.split()[-1]), alignment_mode="expand")
        intro = doc.char_span(paragraphs[1][0], end, alignment_mode="expand")
        if cue is None or intro is None:
            return []
        # (or whose speech it is: "The following is the text of President Volodymyr Zelensky's
        # evening video address")
        subject = next((t for t in intro if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
                        and t.ent_type_ == "PERSON"), None) \
            or next((t for t in intro if t.dep_ == "poss" and t.pos_ == "PROPN" and t.ent_type_ == "PERSON"), None)
        if subject is None:
            return []
        source = doc[subject.left_edge.i: subject.i + 1]
        quoted = text[paragraphs[k + 1][0]] in OPEN_QUOTES + STRAIGHT_QUOTE
        out = []
        for s, e in paragraphs[k + 1:]:
            frames[:] = [f for f in frames if not s <= f.cue_span[0] < e]
            out.append(Frame(cue_tokens=[cue[-1]], source=source, content=[(s, e)], score=1.0))
            if quoted and text[e - 1] in CLOSE_QUOTES + STRAIGHT_QUOTE:
                break  # a text given in quotation marks ends where they close; the story goes on
        return out
    return []


def paragraph_spans(text: str) -> list[Span]:
    """(start, end) of each non-empty line, stripped."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            out.append((start, start + len(stripped)))
        pos += len(line) + 1
    return out


def paragraph_at(paragraphs: list[Span], offset: int) -> Optional[int]:
    """The number of the paragraph (of `paragraph_spans`) holding `offset`, or None between them."""
    k = bisect_right(paragraphs, (offset, float("inf"))) - 1
    return k if k >= 0 and offset < paragraphs[k][1] else None


def paragraph_breaks(text: str, start: int, end: int) -> int:
    """How many paragraphs (as `paragraph_spans` counts them) begin after `start` up to and
    including `end`: 0 in the same paragraph, 1 in the next one."""
    return len(PARAGRAPH_START.findall(text, start, end + 1))


# a line break (and any blank lines) before a paragraph's first character
PARAGRAPH_START = re.compile(r"\n\s*(?=\S)")

QUOTE_MARKS = set("\"“”‘’")
QUESTION_LABEL = re.compile(r"(?:Q|Question)\s*[:.]\s")
# A speaker's label and its colon opening a transcript paragraph: "KI:", "Taras Kovalchuk:".
SPEAKER_LABEL = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):")
ANSWER_LABEL = re.compile(r"(?:A|Answer)\s*[:.]\s")


def _excerpted_quotations(doc, index: DocIndex, quotes: "QuoteIndex", frames: list[Frame]) -> list[Frame]:
    """ "Below are excerpts of his answers ... || On the talks. “We have never refused to
    negotiate ...”": after an introduction to one speaker's words given as excerpts, each later
    paragraph that is a quotation with no cue of its own (behind at most a short topic line) is
    that speaker's, with the introduction's noun as its cue."""
    text = index.text
    paragraphs = paragraph_spans(text)
    words = attribution_words()
    intro = None
    for s, e in paragraphs[1: 1 + INTERVIEW_INTRO_PARAGRAPHS]:
        span = doc.char_span(s, e, alignment_mode="expand")
        for tok in span if span is not None else []:
            if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.lower() not in words.excerpt_nouns:
                continue
            # "excerpts of his answers", "quotes from Putin's press conference", "his key quotes"
            owners = [tok] + [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                              for o in p.children if o.dep_ == "pobj"]
            speaker = next((c for o in owners for c in o.children if c.dep_ == "poss"
                            and (c.pos_ == "PROPN" or c.lower_ in ("his", "her"))), None)
            if speaker is not None:
                intro = (tok, doc[speaker.left_edge.i: speaker.i + 1], e)
                break
        if intro is not None:
            break
    if intro is None:
        return []
    cue, source, intro_end = intro
    cues = sorted(f.cue_span[0] for f in frames)
    taken = _merge_spans([s for f in frames for s in f.content])
    out = []
    for s, e in paragraphs:
        if s < intro_end:
            continue
        inside = [(qs, qe) for qs, qe in quotes.spans if s <= qs and qe <= e]
        if not inside or inside[0][0] - s > MAX_TOPIC_LINE_CHARS or e - inside[-1][1] > 2 \
                or bisect_left(cues, s) < bisect_left(cues, e) \
                or any(_covered(taken, qs, qe) for qs, qe in inside):
            continue  # (the writer's own paragraph, or a quotation with a cue)
        out.append(Frame(cue_tokens=[cue], source=source, content=inside, score=1.0))
    return out


# The topic line an excerpt may open with: "On the talks."
MAX_TOPIC_LINE_CHARS = 60


def _interview_answers(doc, index: DocIndex, frames: list[Frame]) -> list[Frame]:
    """A question-and-answer interview: the introduction names who "spoke to", "sat down with" or
    "told" the paper, then questions (paragraphs ending in "?", or after "Q:", or the turns of a
    label that asks) alternate with answers. Each answer paragraph is what the interviewee (or its
    label) said, with the introduction's verb as its cue (so its date is the interview's)."""
    text = index.text
    paragraphs = paragraph_spans(text)
    questions = []
    for i, (s, e) in enumerate(paragraphs):
        if i == 0 or questions and questions[-1] == i - 1:
            continue  # the headline; the paragraph after a question answers it, even if it ends in "?"
        # the interviewer's questions are in the paper's own words: no quotation in them
        if not QUOTE_MARKS & set(text[s:e]) and (
                text[e - 1] == "?" and e - s <= MAX_QUESTION_CHARS or QUESTION_LABEL.match(text, s)
                # "And sanctions? The US has not added new measures.": a short paragraph that asks
                or "?" in text[s:e] and e - s <= MAX_FOLLOW_UP_CHARS):
            questions.append(i)
    # a transcript with speaker labels ("KI: ...", "TK: ..."): the labels of the questions are the
    # interviewer's, and every turn of theirs counts with the questions, even one that quotes or
    # does not ask ("KI: The Russians insist on a "well-prepared" meeting.")
    label_at = {i: m for i, (s, e) in enumerate(paragraphs)
                if (m := SPEAKER_LABEL.match(text, s, min(e, s + 40)) or TITLED_LABEL.match(text, s, e))}
    labels = {i: m.group(1) for i, m in label_at.items()}
    asking = {labels[i] for i in questions if i in labels}
    questions = sorted(set(questions) | {i for i, label in labels.items() if label in asking})
    answered = [i for i in questions if i + 1 < len(paragraphs)]  # the paragraph after a question answers it
    if len(answered) < 2 or questions[0] < 2 or 3 * len(questions) < len(paragraphs) - questions[0]:
        return []  # a headline and an introduction, then mostly questions and their answers
    cue = source = None
    words = attribution_words()
    # the introduction: the paragraphs before the first question, nearest first, three at most
    # (a story may open with other people's words and introduce its interview after them)
    for k in reversed(range(max(1, questions[0] - INTERVIEW_INTRO_PARAGRAPHS), questions[0])):
        if k in labels or any(0 < j < k for j in labels):
            # a turn of a transcript ("MS. CALDER: ... The Secretary spoke ..."), or a paragraph
            # that goes on one: no introduction
            continue
        s, e = paragraphs[k]
        span = doc.char_span(s, e, alignment_mode="expand")
        for tok in span if span is not None else []:
            # "Olha Martynenko ... spoke to", "She spoke to" (the name in the sentence before),
            # "Petro Yarema ... was interviewed in Kyiv on Tuesday"
            lemma = tok.lemma_.lower()
            subject_deps = ("nsubjpass",) if lemma in words.interviewee_passive_verbs else ("nsubj",)
            subjects = [c for c in tok.children
                        if c.dep_ in subject_deps and (c.pos_ == "PROPN" or c.lower_ in ("he", "she"))]
            # ("The European Union's foreign policy chief, Kaja Kallas, spoke to Europa Review": the
            # name in apposition to the title)
            subjects = subjects or [g for c in tok.children if c.dep_ in subject_deps and c.pos_ == "NOUN"
                                    for g in c.children if g.dep_ == "appos" and g.pos_ == "PROPN"][:1]
            if tok.pos_ == "VERB" and (lemma in words.interview_verbs or subject_deps == ("nsubjpass",)) \
                    and subjects:
                cue, name = tok, subjects[0]
                source = doc[name.left_edge.i: name.i + 1]  # "Andrii Sybiha", not its apposition
                break
            # "We spoke to her in Kyiv on Monday": the paper speaks to the interviewee
            spoken_to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                         for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lower_ in ("her", "him"))]
            if tok.pos_ == "VERB" and lemma in words.interview_verbs and spoken_to and any(
                    c.dep_ == "nsubj" and (c.lower_ == "we" or any(g.dep_ == "poss" and g.lower_ == "our"
                                                                   for g in c.children))
                    for c in tok.children):  # (or "Our correspondent spoke to him in Kyiv")
                cue, name = tok, spoken_to[0]
                source = doc[name.left_edge.i: name.i + 1]
                break
            # "a transcript of an interview with Foreign Minister Hakan Fidan, recorded on Thursday"
            guests = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if tok.pos_ == "NOUN" and lemma in words.interview_nouns and guests:
                cue, name = tok, guests[0]
                source = doc[name.left_edge.i: name.i + 1]
                break
        if cue is not None:
            break
    if cue is None:
        return []
    # "X spoke to Al Jazeera about the risks": the interview's topic; its answers say the words
    frames[:] = [f for f in frames if not (f.cue.i == cue.i and len(f.content) == 1
                                           and text[max(0, f.content[0][0] - 6):f.content[0][0]].lower() == "about ")]
    out = []
    answers = []  # the answer paragraphs read, (start, end)
    # labelled questions ("Q:", "Al Jazeera:") have labelled answers: an unlabelled paragraph after
    # the last answer is the story again ("The plant, Europe's largest, was seized ...")
    labelled = all(QUESTION_LABEL.match(text, paragraphs[i][0]) or i in labels for i in questions)
    for i, (s, e) in enumerate(paragraphs):
        if i <= questions[0] or i in questions or labels.get(i) in asking:
            continue
        if labelled and i > questions[-1] + 1:
            break
        label = ANSWER_LABEL.match(text, s)
        start = label.end() if label else s
        speaker = source
        if i in labels and not ANSWER_LABEL.match(text, s):
            start = label_at[i].end()
            while start < e and text[start] == " ":
                start += 1
            # "Iryna Melnychuk: We need guarantees": the label says who answers (the introduction's
            # subject may be the paper: "The Kyiv Independent spoke to her")
            speaker = doc.char_span(s, s + len(labels[i]), alignment_mode="contract") or source
        if text[start] in "\"“":
            continue  # a quotation in the writer's voice
        answers.append((s, e))
        content = _tidy(text, [(start, e)])
        if content:
            out.append(Frame(cue_tokens=[cue], source=speaker, content=_cap(content), score=1.0,
                             answers_to_cue=True))
    asked = [paragraphs[i] for i in questions]

    def within(f, spans) -> bool:
        return any(s <= f.cue_span[0] < e for s, e in spans)

    # statements inside an answer stay (the interviewee reports what others said), but not the
    # interviewee's own ("I told her the truth: ...", "We proposed ..."): the answer says them
    # already (so the annotators of rounds 6, 7 and 21); a question is the interviewer's words:
    # what it asks ("Is this a sign the Kremlin wants peace?") is no record, what an interviewer
    # states before asking stays
    # (nor a cue the parse left no subject: "We are ready to discuss the line ...")
    frames[:] = [f for f in frames if not (
        within(f, answers) and (f.source is None or f.source.text.lower() in FIRST_PERSON_SOURCES)
        or within(f, asked) and _asks(f.cue))]
    return out


def addressees(verb) -> list:
    """Who a verb of speaking is addressed to, in text order: its object ("told the BBC") and the
    objects of its "to"/"with" ("spoke to Sky News", "an interview with CNN")."""
    out = []
    for c in verb.children:
        if c.dep_ in ("dative", "dobj"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("to", "with"):
            out.extend(o for o in c.children if o.dep_ == "pobj")
    return out


# A paragraph this short with a question mark in it is a question ("And sanctions? The US ...");
# a longer one ending in "?" is an answer closing on a rhetorical question.
MAX_FOLLOW_UP_CHARS = 160
MAX_QUESTION_CHARS = 300
# An interviewee speaking of their own words or acts inside an answer.
FIRST_PERSON_SOURCES = frozenset({"i", "we"})
# How many paragraphs of introduction may come before an interview's first question.
INTERVIEW_INTRO_PARAGRAPHS = 3


# How far into a headline its speaker's colon may come ("Former AG Mukasey at RNC: ...").
HEADLINE_LABEL_CHARS = 60
# A first line of at most this many words, on a line of its own, is a headline.
MAX_HEADLINE_WORDS = 16


def headline_end(text: str) -> Optional[int]:
    """Where the headline ends: the first line when it is short, stands on its own line and does
    not end in a full stop (a one-sentence lead paragraph does); None when there is none."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end].rstrip() if end > 0 else ""
    if not line or line.endswith(".") or len(line.split()) > MAX_HEADLINE_WORDS:
        return None
    return end


def _third_person_stems(word: str) -> list[str]:
    """Lemmas a verb in "-s" may have ("Slams" -> "slam", "Pushes" -> "push", "Denies" -> "deny").
    Hand-written because in a title-case headline the tagger calls these proper nouns, and
    spaCy's lemmatizer keeps a proper noun as it is."""
    w = word.lower()
    if not w.endswith("s") or w.endswith("ss") or len(w) < 4:
        return []
    out = [w[:-1]]
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    return out


def _headline_verbs(doc, index: DocIndex, frames: list[Frame]) -> list[Frame]:
    """"Clinton Slams Trump On Abortion", "Putin chides Turkey and praises Trump": in a headline
    the tagger often misses a reporting verb in "-s"; the words before it (after a "The Latest:"
    label) are its source and the rest of the line its content, up to a conjoined second verb."""
    text = index.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or len(text[start:end].split()) > MAX_HEADLINE_WORDS:
        return []
    words = attribution_words()
    listed = words.speech | words.belief | words.intention | words.object_content
    line = doc.char_span(start, _rstrip(text, start, end), alignment_mode="contract")
    if line is None:
        return []
    taken = {t.i for f in frames for t in f.cue_tokens if start <= t.idx < end}
    verbs = [t for t in line if t.i > line.start and t.i not in taken and t.is_alpha
             and any(stem in listed for stem in _third_person_stems(t.text))]
    out = []
    acts: set[int] = set()  # force verbs read as acts (see `_physical_act`)
    for k, verb in enumerate(verbs):
        lo = line.start
        for t in doc[line.start:verb.i]:
            if t.text == ":":
                lo = t.i + 1  # "The Latest: Sanders declares ..."
        subject = [t for t in doc[lo:verb.i] if not t.is_punct]
        if not subject or subject[-1].tag_ == "POS" or subject[-1].lower_.endswith(("'s", "’s")) \
                or subject[-1].lower_ in ("and", "or"):
            continue  # "Trump's Remarks Draw Fire": a noun, not a verb
        hi = verbs[k + 1].i if k + 1 < len(verbs) else line.end
        while hi - 1 > verb.i and (doc[hi - 1].is_punct or doc[hi - 1].lower_ in ("and", "or")) \
                and doc[hi - 1].text not in QUOTE_CHARS:
            hi -= 1
        if hi - 1 <= verb.i:
            continue
        if k > 0 and lo < verbs[k - 1].i and verbs[k - 1].i in acts:
            continue  # "X Attacks Border Posts": a noun inside an act's object
        if any(stem in words.force_verbs for stem in _third_person_stems(verb.text)) and not any(
                t.lower_ in words.verdict_preps | words.reply_particles or t.text in QUOTE_CHARS
                for t in doc[verb.i + 1: hi]):
            acts.add(verb.i)
            continue  # "Russia Attacks Kharkiv With Drones": an act; "Slams X Over Y" is speech
        source = doc[subject[0].i: subject[-1].i + 1]
        if k > 0 and lo < verbs[k - 1].i:
            source = out[-1].source if out else source  # "X Backs Trump And Denounces Clinton"
        content = _tidy(text, [(doc[verb.i + 1].idx, doc[hi - 1].idx + len(doc[hi - 1]))])
        if content and source is not None:
            out.append(Frame(cue_tokens=[verb], source=source, content=content, score=0.5))
    return out


def _repeated_label(name, text: str) -> bool:
    """ "Hnatyuk: No, but they are in intensive care.": a one-word name in title case that opens
    two or more paragraphs before a colon is a speaker's label, whatever the tagger made of the
    name given in full in the introduction."""
    # (the tagger may call the same name a noun at one label and a name at another)
    if len(name) != 1 or name[0].pos_ not in ("PROPN", "NOUN") or not name.text.istitle() \
            or name.text.lower() in attribution_words().headline_kickers | {"note"}:
        return False
    return len(re.findall(r"(?m)^" + re.escape(name.text) + r":[ \t]", text)) >= 2


def _label_words(name, headline: bool) -> int:
    """How many words a label's name has; in a transcript's label not counting its title ("SEN.
    PAUL WHITCOMB:", "DEFENCE SECRETARY JOHN HEALEY:"), unless the title is the whole label
    ("SECRETARY GENERAL:")."""
    if headline:
        return len(name)
    lex = lexicon()
    words = [t for t in name if not t.is_punct]
    named = [t for t in words if t.lower_ not in lex.title_words and t.lower_ not in lex.honorifics]
    return len(named) or len(words)


def _speaker_label(span, headline: bool = False) -> bool:
    """A bare name in capitals ("PENCE", "CHRIS WALLACE") or a person's name; in a headline
    any short capitalised name ("Poll: ...", "Sanders: ...") is the one who says the rest."""
    words = [t for t in span if not t.is_punct]
    if headline:  # the tagger is unreliable in title case ("OK Gov Fallin": an interjection)
        return bool(words) and all(t.text[:1].isupper() and t.pos_ not in ("VERB", "AUX", "PRON", "DET") for t in words)
    if words and all(t.text.isupper() and len(t.text) > 1 for t in words):
        # "ZELENSKY:": the tagger takes a name in capitals for anything (an adverb, here); not a
        # label of the text's form ("UPDATE:", "NOTE:")
        return " ".join(t.lower_ for t in words) not in attribution_words().headline_kickers | {"note"}
    if len(words) == 1 and words[0].text[:1].isupper() and any(
            e.label_ == "PERSON" and len(e) > 1 and e[-1].text == words[0].text for e in span.doc.ents):
        # "Healey: It isn't dead." after "Defence Secretary John Healey": a surname named before
        # (whatever the tagger makes of it alone: "Whitby:" is a verb to it)
        return True
    if words and " ".join(t.lower_ for t in words) in attribution_words().questioner_labels:
        return True  # "Presenter: Is this a sign ...?": a question, dropped with its turn
    if not words or any(t.pos_ not in ("PROPN", "NOUN") for t in words):
        return False
    return (
        len(span.ents) == 1 and span.ents[0].label_ == "PERSON" and len(span.ents[0]) == len(span))


# A quotation set off as an epigraph, signed after a dash: `“...” ― Jane Doe, teacher`.
_BYLINE_RE = re.compile(r"[”\"’'»]\s*[―—–]\s*([^\n,.]{2,60}?)\s*(?:[.,][^\n]{0,60})?$")


def _dash_bylines(doc, index: DocIndex, frames: list[Frame]) -> list[Frame]:
    """A paragraph that opens with a quotation mark and ends with the quotation signed after a
    dash by a name: the name is the source, the dash the cue, the quotation the content (found
    per line, so odd or nested quotation marks inside do not matter). Cues inside it are dropped."""
    text = index.text
    out = []
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        lead = len(line) - len(line.lstrip())
        if line[lead:lead + 1] in QUOTE_CHARS and line[lead:lead + 1]:
            m = _BYLINE_RE.search(line, lead + 1)
            if m:
                close = pos + m.start() + 1
                dash = pos + m.start() + len(m.group(0)) - len(m.group(0).lstrip("”\"’'»").lstrip())
                name = doc.char_span(pos + m.start(1), pos + m.end(1), alignment_mode="contract")
                cue = doc.char_span(dash, dash + 1, alignment_mode="expand")
                if name is not None and 0 < len(name) <= 5 and cue is not None and len(cue) \
                        and name[0].pos_ == "PROPN" and _speaker_label(name, headline=True):
                    content = _tidy(text, [(pos + lead, close)])
                    if content:
                        out.append(Frame(cue_tokens=[cue[0]], source=name, content=content, score=1.0))
        pos = end + 1
    if out:
        spans = [f.content[0] for f in out]
        frames[:] = [f for f in frames if not any(s <= f.cue_span[0] < e for s, e in spans)]
    return out


def _colon_quotes(doc, index: DocIndex, quotes: QuoteIndex, frames: list[Frame]) -> list[Frame]:
    """`Pollster Jane Doe: “...”`: a name right before a colon that opens a quotation is the
    quotation's source, with no verb (the colon is the cue)."""
    text = index.text
    words = attribution_words()
    taken = _merge_spans([s for f in frames for s in f.content] + [f.cue_span for f in frames])
    out = []
    for qs, qe in quotes.spans:
        colon = qs - 1
        while colon > 0 and text[colon] in " \u00a0":
            colon -= 1
        if colon <= 0 or text[colon] != ":" or _covered(taken, qs, qe) or qe - qs < 3:
            continue
        colon_tok = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if colon_tok is None or not len(colon_tok):
            continue
        # the noun phrase right before the colon (a heading before a dash is not part of it)
        j = colon_tok[0].i - 1
        while j >= 0 and doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART") and not doc[j].is_space \
                and colon_tok[0].i - j <= 6:
            j -= 1
        name = doc[j + 1: colon_tok[0].i]
        if not len(name) or name[-1].pos_ not in ("PROPN", "NOUN"):
            continue
        if name[-1].pos_ == "NOUN" and name[-1].lemma_.lower() not in words.source_nouns:
            continue
        content = _tidy(text, [(qs, qe)])
        if content:
            out.append(Frame(cue_tokens=[colon_tok[0]], source=name, content=content, score=1.0))
    return out


# ---- entry point ----------------------------------------------------------------------------
def find_frames(doc, threshold: Optional[float] = None) -> list[Frame]:
    """Attribution frames of a Doc (no actor resolution): used by the extractor and the benchmark."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    return _find_frames(doc, DocIndex(doc), threshold)[0]


def _find_frames(doc, index: DocIndex, threshold: Optional[float] = None) -> tuple[list[Frame], QuoteIndex]:
    """find_frames on a Doc with a dependency parse, also returning the quotation index."""
    model = cue_model()
    if threshold is None:
        threshold = model.threshold if model else DEFAULT_THRESHOLD
    quotes = QuoteIndex(quote_spans(index.text))
    frames = _build_frames(doc, index, quotes, model, threshold)
    frames += _transcript_turns(doc, index, quotes, frames)
    frames += _interview_answers(doc, index, frames)
    frames += _excerpted_quotations(doc, index, quotes, frames)
    frames += _full_text(doc, index, frames)
    frames += _headline_verbs(doc, index, frames)
    frames += _dash_bylines(doc, index, frames)
    frames += _colon_quotes(doc, index, quotes, frames)
    frames += _run_on_quotes(index, frames, quotes)
    frames = _drop_inside_posts(index.text, frames)
    signposts = doc.user_data.get(SIGNPOSTS_KEY) if SIGNPOSTS_KEY in doc.user_data else signpost_spans(index.text)
    frames = [f for f in frames if not any(s <= f.cue_span[0] < e for s, e in signposts)]
    frames.sort(key=lambda f: f.content[0][0] if f.parent else f.cue_span[0])
    return frames, quotes


# A content that is only one of these says nothing a reader could cite.
# ("She did not say which.": a question word alone names what is not said)
BARE_PRONOUNS = frozenset({"you", "him", "her", "it", "them", "me", "us",
                           "which", "what", "who", "whom", "when", "where", "why", "how", "whether"})


# ... nor one of these after a verb of speaking: "The Kremlin has said little publicly".
BARE_QUANTITIES = frozenset({"little", "nothing", "very little", "little else", "nothing else",
                             "little more", "nothing more"})


# ... nor does a bare reference to something named before ("the swap", "its position", "such figures").
BARE_REFERENCE = re.compile(r"(?:the|this|that|these|those|such|its) [a-z]+\.?$")


def _act_on_a_reference(frame: Frame) -> bool:
    """A verb of speaking (or an unlisted one) alone as the cue: "defended the move". A stance on
    it stays ("70 percent support the fence", "voted for the plan", "Orban's endorsement of the
    plan"): the stance is the record."""
    cue = frame.cue
    return (cue.pos_ == "VERB" and len(frame.cue_tokens) == 1
            and attribution_words().category(cue.lemma_.lower()) in ("speech", "none"))


def _only_the_object(doc, spans: list[Span], frame: Frame) -> bool:
    """Whether the content is only the cue's object and its modifiers, with no clause ("Qatar's
    emir", "him on the timeline"), or the reason after "for" ("you ... for being here")."""
    parts = [doc.char_span(s, e, alignment_mode="expand") for s, e in spans]
    if any(p is None for p in parts):
        return False
    words = [t for p in parts for t in p]
    if not words:
        return False
    reason = {i for c in frame.cue.children if c.dep_ == "prep" and c.lower_ == "for" for i in _subtree_ids(c)}
    if any(t.pos_ in ("VERB", "AUX") and t.i not in reason for t in words):
        return False
    return any(t.dep_ in ("dobj", "dative") and t.head.i == frame.cue.i for t in words)


def _points_back(doc, spans: list[Span], frame: Frame) -> bool:
    """ "People said that about Milosevic", "He has said so before": the object is a pronoun for
    words given elsewhere, and no clause is said with it."""
    if attribution_words().category(frame.cue.lemma_.lower()) != "speech":
        return False  # ("understood this", "can't blame this on X": a stance on what "this" is)
    parts = [doc.char_span(s, e, alignment_mode="expand") for s, e in spans]
    words = [t for p in parts if p is not None for t in p]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return any(t.dep_ == "dobj" and t.head.i == frame.cue.i and t.lower_ in ("that", "this", "so")
               and all(c.dep_ == "prep" for c in t.children) for t in words)


def _names_a_record(content: str) -> bool:
    """ "the transcript of the joint press conference given by ...", "the main parts of the address":
    a record of others' words."""
    words = content.lower().split()
    if len(words) < 3 or words[0] not in ("the", "a", "its", "their", "his", "her"):
        return False
    rest = " ".join(words[1:])
    return words[1] in attribution_words().record_nouns and words[2] == "of" \
        or any(rest.startswith(marker + " of ") for marker in attribution_words().full_text_markers)


def known_text(doc, actors) -> Optional[str]:
    """doc.text as already read by the actor table of the same Doc, else None."""
    return actors.text if getattr(actors, "doc", None) is doc and isinstance(getattr(actors, "text", None), str) else None


def _left_unsaid(cue) -> bool:
    """A saying denied or declined: "did not say", "declined to say", "refused to say"."""
    return any(c.dep_ == "neg" for c in cue.children) or (
        cue.dep_ == "xcomp" and cue.head.lemma_.lower() in attribution_words().withholding_verbs)


def done_without(verb) -> bool:
    """ "..., he said, without confirming that a memo existed", "ended the talks without agreeing
    on a ceasefire": what was not done says nothing and takes no stance."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


def _forecast(cue) -> bool:
    """ "is expected to approve", "the meeting, expected to focus on ...": a passive "expected" with
    no one named who expects it."""
    return cue.lemma_.lower() == "expect" and cue.tag_ == "VBN" \
        and not any(c.dep_ == "agent" for c in cue.children) \
        and (any(c.dep_ == "auxpass" for c in cue.children) or cue.dep_ in ("acl", "relcl"))


def _yet_to_say(cue) -> bool:
    """ "Britain will today pledge more money", "Macron will tell the summit that ...": words not
    yet said, so nothing to cite (the plan is an event's)."""
    # (on a day to come: "will demand more details" with no day is a stance it holds already)
    return cue.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in cue.children) \
        and not any(c.dep_ == "neg" for c in cue.children) \
        and any(c.ent_type_ in ("DATE", "TIME") or c.lower_ in ("today", "tomorrow", "tonight") for c in cue.children)


def _only_the_addressee(frame: Frame, span: Span, text: str) -> bool:
    """Whether a content is only the "to" phrase of a verb of speaking ("spoke to presenter Anna
    Wilk"): who was spoken to, nothing said."""
    cue = frame.cue
    if cue.lemma_.lower() not in ("speak", "talk"):
        return False
    # (read off the text: the parse may take "to presenter Anna Wilk" for an infinitive)
    said = text[span[0]:span[1]]
    return span[0] == cue.idx + len(cue) + 1 and said.startswith("to ") and len(said.split()) <= 6 \
        and not any(q in said for q in QUOTE_CHARS) and " that " not in said


def _section_heading(text: str, span: Span) -> bool:
    """Whether a content is a paragraph of its own of at most four words in capitals ("RUSSIA",
    "ON THE AGENDA"): a section heading."""
    s, e = span
    words = text[s:e].split()
    return (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n") and 0 < len(words) <= 4 \
        and all(w.isupper() for w in words)


def _hearsay_participle(cue) -> bool:
    """Whether a cue is a participle set off after a noun with an infinitive after it ("The draft,
    reported to run to 17 points, was handed ..."), which the parse may make the noun's verb."""
    doc = cue.doc
    if cue.lemma_.lower() not in attribution_words().hearsay_participles or cue.tag_ not in ("VBN", "VBD") \
            or not 1 < cue.i < len(doc) - 2 \
            or doc[cue.i - 1].text != "," or doc[cue.i + 1].lower_ != "to" or doc[cue.i + 2].tag_ != "VB":
        return False
    # (right after the noun: "Peskov, asked about it, said to wait" is his word)
    noun = cue.head if cue.dep_ == "acl" else next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return noun is not None and noun.i == cue.i - 2


def _asks(cue) -> bool:
    """Whether a cue's sentence is a question ("Is this a sign the Kremlin wants peace?")."""
    return cue.sent[-1].text == "?" or len(cue.sent) > 1 and cue.sent[-2].text == "?"


def _lone_question(content: str) -> bool:
    """Whether the words are one sentence and it is a question ("Does Europe have the troops for
    this?"); "They agreed to three days. What happens after that?" states something first."""
    words = content.strip(" \n\"'“”‘’")
    return words.endswith("?") and _SENTENCE_END_RE.search(words[:-1]) is None


def extract_statements(doc, actors, timexes, profile) -> list[Statement]:
    """Every attributed statement of a Doc, with resolved speaker, intermediary and date."""
    from ..resolve.speakers import resolve_frames

    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    # spaCy rebuilds doc.text on every access: take the actor table's copy of this Doc's text
    index = DocIndex(doc, known_text(doc, actors))
    frames, quotes = _find_frames(doc, index)
    if not frames:
        return []
    text = index.text
    resolved = resolve_frames(doc, frames, actors, timexes, text=text)
    statements = []
    seen = set()
    continued = {id(f.parent) for f in frames if f.parent is not None}  # frames a run-on quote continues
    for frame, res in zip(frames, resolved):
        spans = frame.content
        if len(spans) == 1 and text[spans[0][0]:spans[0][1]].strip(" .,;:!?\"'“”‘’").lower() in BARE_PRONOUNS:
            continue  # "thanked him", "did not rule it out": no words of theirs to cite
        if len(spans) == 1 and text[spans[0][0]:spans[0][1]].strip(" .,;:!?").lower() in BARE_QUANTITIES \
                and _act_on_a_reference(frame):
            continue  # "has said little publicly", "said nothing": nothing said to cite
        if len(spans) == 1 and BARE_REFERENCE.match(text[spans[0][0]:spans[0][1]]) and _act_on_a_reference(frame):
            continue  # "welcomed the swap", "defended the move": no words of theirs to cite
        if _points_back(doc, spans, frame):
            continue  # "People said that about Milosevic": nothing said here to cite
        if frame.cue.lemma_.lower() in attribution_words().object_only_verbs and _only_the_object(doc, spans, frame):
            continue  # "thanked Qatar's emir", "pressed him on the timeline": not what was said
        if frame.cue.text == ":" and (STAGE_DIRECTION.fullmatch(text[spans[0][0]:spans[-1][1]])
                                      or _courtesy(text[spans[0][0]:spans[-1][1]], attribution_words())):
            # "PAVEL OSTROV: (Speaking Russian).", "CHARLES MAYNES, BYLINE: Good morning, A.": a
            # turn with nothing to cite (left until here: its label names the speaker of the next)
            continue
        if len(frame.cue.text) > 1 and frame.cue.text.isupper():
            continue  # "KALLAS WANTS MONITORS: The real action ...": a heading in capitals, not words said
        if frame.source is not None and len(frame.source) == 1 and frame.source[0].lower_ in DEMONSTRATIVES \
                and frame.source[0].tag_ == "DT" and frame.cue.dep_ != "relcl":  # (not "a comment that described")
            continue  # "That tells you how serious Moscow is": the last point made, no one speaking
        if frame.cue.lemma_.lower() == "want" and any(c.dep_ == "auxpass" for c in frame.cue.children):
            continue  # "who is wanted by the International Criminal Court": sought, nothing said
        if len(spans) == 1 and any(tx.span[0] <= spans[0][0] and spans[0][1] <= tx.span[1] for tx in timexes):
            continue  # "went further later on Monday": a time, not words said
        if len(spans) == 1 and _names_a_record(text[spans[0][0]:spans[0][1]]):
            continue  # "publishes the transcript of the press conference": others' words, below
        if text.startswith("whether ", spans[0][0]) and _left_unsaid(frame.cue) or done_without(frame.cue):
            continue  # "declined to say whether ...", "without confirming that ...": nothing stated
        if frame.cue.lemma_.lower() == "ask" and text.startswith(("whether ", "if "), spans[0][0]):
            continue  # "Hollis asked whether Ukrainians were tired of the war": a question, nothing stated
        if _yet_to_say(frame.cue):
            continue
        if len(spans) == 1 and _only_the_addressee(frame, spans[0], text):
            continue  # "Mrozek spoke to presenter Anna Wilk": to whom, not what (an occasion)
        if len(spans) == 1 and _section_heading(text, spans[0]):
            continue  # "Here is what the main parties have said recently: || RUSSIA": a heading, not words
        if _hearsay_participle(frame.cue):
            continue  # "The draft, reported to run to 17 points, ...": said of it, by no one named
        if _forecast(frame.cue):
            continue  # "The Bundestag is expected to approve the funds": a forecast, no one's words
        if frame.cue.lemma_.lower() in ("ask", "request") and _asks_anonymity(text, spans, attribution_words()):
            # "Ihor asked that his last name not be used": a request about the source, nothing
            # stated (left out only here, so "“...,” he said" after it still finds Ihor)
            continue
        if frame.cue.text == ":" and id(frame) not in continued and _lone_question(
                " ".join(text[s:e] for s, e in spans)):
            # "RADDATZ: So under this plan, Kramatorsk stays Ukrainian?": in a transcript, a turn
            # that is one question is the interviewer's, nothing stated. ("“...?” Whitfield asked"
            # stays: in prose a speaker's rhetorical question is an attribution, as PolNeAR marks it.)
            continue
        sid = stable_id("st", spans[0][0], spans[-1][1])
        if sid in seen:
            continue
        seen.add(sid)
        cue_span = frame.cue_span
        statements.append(Statement(
            id=sid,
            speaker=res.speaker.id if res.speaker else None,
            speaker_name=res.speaker.name if res.speaker else None,
            source_span=(frame.source.start_char, frame.source.end_char) if frame.source is not None else None,
            cue=text[cue_span[0]:cue_span[1]],
            cue_span=cue_span,
            content=" ".join(text[s:e] for s, e in spans),
            content_spans=list(spans),
            kind=_kind(spans, quotes, text),
            via=res.via.id if res.via else None,
            via_name=res.via.name if res.via else None,
            date=res.date,
            date_text=res.date_text,
        ))
    return statements
