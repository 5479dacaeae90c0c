"""Document-level resolution of attributions: who the source is, through whom, and when.

- Names, descriptions and anonymous sources go through `ActorTable.resolve_mention` (which marks
  "officials", "sources familiar with ..." as anonymous actors and never invents a name).
- Pronouns ("he", "she", "they") resolve to the most salient earlier actor of a compatible kind:
  the speaker of the latest attribution if no other subject intervened, else the latest actor
  mentioned as a sentence subject, else the latest actor mentioned.
- Relative pronouns ("who believe") resolve through the noun the clause hangs on.
- The intermediary is a media actor named around the cue ("told Axios", "in an interview with
  CNN") or the agent of "quoted by" / "cited by".
- The date is the time expression attached to the cue; else the one of the verb the cue hangs
  from ("rejected it last year, saying ..."); else, for "He added ..." and run-on quotes, the
  previous statement's date by the same speaker; else null (never the publication date).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..extract.actors import generic_affiliation
from ..extract.lexicon import lexicon
from ..extract.statements import (CONTRAST_MARKS, QUESTION_LABEL, SPEAKER_LABEL, TITLED_LABEL, TURN_LABEL_END, WIRE_DATELINE,
                                  Frame, addressees, as_saying, attribution_words, headline_end, opens_quote,
                                  names_platform, paragraph_at, paragraph_breaks, paragraph_spans, quote_spans)
from ..extract.lexicon import word_list
from ..extract.timexes import is_holiday_name
from .dates import (continues_previous, entry_stamp, in_dateline, in_dateline_of, record_date, timex_for_predicate,
                    timex_point, timex_root, timex_verb)

OCCASION_VERBS_FILE = Path(__file__).resolve().parent.parent / "data" / "speech_occasion_verbs.txt"
ROLE_DESCRIPTIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "role_descriptions.toml"

PERSON_KINDS = ("person", "anonymous")
# Entity types of a name that can speak (PERSON first: the others name groups).
NAME_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")
GROUP_KINDS = ("country", "organization", "group", "media", "anonymous")
# Dependencies linking a cue to the verb it shares its time with.
DATE_SHARING_DEPS = ("advcl", "conj", "xcomp")
# (CONTRAST_MARKS, from statements.py: a "while" clause contrasts with its head rather than
# sharing its time.)
# How many sentences back a pronoun may reach for its antecedent.
MAX_PRONOUN_REACH = 4
# How many earlier statements a definite description or "He added" may look back over.
MAX_HISTORY = 50
# How many earlier statements an undated "X said" may look back over for X's dated one.
MAX_OCCASION_GAP = 15


@lru_cache(maxsize=1)
def _occasion_verbs() -> frozenset:
    return word_list(OCCASION_VERBS_FILE)


@dataclass
class Resolution:
    speaker: Optional[object]  # Actor
    via: Optional[object]  # Actor
    date: Optional[str]
    date_text: Optional[str]


def resolve_frames(doc, frames: list[Frame], actors, timexes, text: Optional[str] = None) -> list[Resolution]:
    """One Resolution per frame, in the frames' order (frames are in text order). `text` is
    doc.text when the caller has it (spaCy rebuilds doc.text on every access)."""
    words = attribution_words()
    if text is None:
        text = doc.text
    sent_starts = [s.start_char for s in doc.sents]
    out: list[Resolution] = []
    done: dict[int, Resolution] = {}
    story = _Story(doc=doc, text=text, timexes=timexes, actors=actors, words=words, history=[],
                   occasions=_occasions(doc, actors, timexes, text),
                   joint=_joint_occasions(doc, actors, timexes), lede=find_lede(doc, timexes, text))
    history = story.history
    for frame in frames:
        if frame.parent is not None and id(frame.parent) in done:
            parent = done[id(frame.parent)]
            res = Resolution(parent.speaker, parent.via, parent.date, parent.date_text)
        else:
            speaker = _speaker(doc, frame, actors, history, words, sent_starts)
            if speaker is None and not _has_source(frame):
                speaker = _according_to(frame, actors) or _name_after_cue(text, frame, actors)
            # "I can tell you that we are ready ...", inside an interview answer or a quotation:
            # the first person is whoever says the words around it
            outer = _enclosing(frame, history) if speaker is None and _first_person(frame) else None
            if outer is not None:
                speaker = outer.speaker
            via = _via(frame, actors, speaker, text)
            quoted = _quoted_as_saying(doc, frame, actors, words, lambda span: _speaker_of(
                doc, span, frame, actors, history, words, sent_starts))
            if quoted is not None:
                speaker, via = quoted
            if frame.answers_to_cue:
                via = _spoken_to_media(frame.cue, actors) or via  # "He spoke to NPR's Mary Louise Kelly"
            elif frame.carrier is not None:
                via = actors.resolve_mention(frame.carrier) or via
            if via is None and speaker is not None:
                via = _fronted_via_of_head(frame, speaker, history) \
                    or _own_sources_named_before(speaker, history, actors)
            date, date_text = _date(doc, frame, timexes, text)
            same = _named_as_the_same(frame, speaker, history, text)
            if same is not None:
                # "In the same statement, Grossi said": that statement's day and carrier
                date, date_text = (date, date_text) if date is not None else (same.date, same.date_text)
                via = via or same.via
            if date is None and outer is not None and _present_tense(frame.cue_tokens[0]):
                date, date_text = outer.date, outer.date_text  # said as part of those words
            if date is None and speaker is not None and outer is None and same is None:
                date, date_text = _date_from_story(frame, speaker, via, story)
            if date is not None:
                _follow_running_occasion(frame, date, date_text, story)
            if via is None and speaker is not None and date is not None:
                via = _occasion_carrier(frame, speaker, story.occasions, date, text)
            if via is None and speaker is not None:
                via = _carrier_in_paragraph(frame, speaker, date, history, text) or _turn_carrier(frame, speaker, history) \
                    or _private_persons_interviewer(speaker, date, history) \
                    or _lede_interview_carrier(speaker, date, history, text)
            res = Resolution(speaker, via, record_date(date), date_text)
            done[id(frame)] = res
            if res.date is not None:
                story.occasions.extend(_co_participants(frame, actors, speaker, res))
        history.append((frame, res))
        out.append(res)
    _carrier_of_trailing_participle(frames, out)
    _date_clips(frames, out, story)
    _date_present_tense_ledes(frames, out)
    _date_undated_lede(frames, out, text)
    _date_from_speaking_notes(doc, frames, out, timexes, words, text)
    _date_from_the_quotation_after(doc, frames, out, timexes, text)
    return out


def _date_from_the_quotation_after(doc, frames: list[Frame], out: list[Resolution], timexes, text: str) -> None:
    """ "Zelensky said Ukraine would never recognise it. “There is nothing to talk about,” he said
    on Monday evening.": an undated past saying followed right away, in its paragraph, by the same
    speaker's saying by the same verb, dated by its own words, was made on that day."""
    for i in range(len(frames) - 2, -1, -1):
        frame, after = frames[i], frames[i + 1]
        here, there = out[i], out[i + 1]
        if (here.date is not None or there.date is None or here.speaker is None or there.speaker is None
                or here.speaker.id != there.speaker.id or frame.cue.tag_ != "VBD" or _perfect(frame.cue)
                or frame.cue.lemma_ != after.cue.lemma_):  # ("..., Koval said. “...,” Koval wrote on Telegram")
            continue
        if frame.extent[1] > after.extent[0] or paragraph_breaks(text, frame.extent[1], after.extent[0]):
            continue
        own, _text = _date(doc, after, timexes, text)
        if own is not None and record_date(own) == there.date:
            here.date, here.date_text = there.date, there.date_text


# The occasions "in the same ..." can name ("In the same post, he added").
SAME_OCCASION_NOUNS = frozenset({"statement", "interview", "briefing", "speech", "address", "post", "video",
                                 "conference", "programme", "program", "appearance", "call", "remarks", "message"})


def _named_as_the_same(frame: Frame, speaker, history, text: str) -> Optional[Resolution]:
    """ "In the same statement, Director General Rafael Grossi said ...", "The aide added, in the
    same interview, that ...", "Sybiha told the same news conference that ...": the latest earlier
    statement of that speaker (else the latest one), in this paragraph or the one before."""
    cue = frame.cue
    nouns = [o for p in cue.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "during")
             for o in p.children if o.dep_ == "pobj"] + addressees(cue)
    same = [o for o in nouns + _occasions_set_off_before(cue)
            if o.lemma_.lower() in SAME_OCCASION_NOUNS and any(c.lower_ == "same" for c in o.children)]
    if not same:
        return _the_interview_before(nouns, speaker, history) or _the_statement_before(nouns, history)
    before = text[:cue.idx]
    reach = before.rfind("\n\n", 0, max(0, before.rfind("\n\n")))  # (the paragraph before this one)
    # (an undated post or statement the text gives only its carrier of: "wrote on X ... In the same post")
    earlier = [(f, r) for f, r in history if r.date is not None or r.via is not None]
    # the speaker's own occasion however far back ("told the FT on Tuesday ... || Asked in the same
    # interview whether ..., Hnatiuk replied"); another's only from this paragraph or the one before
    own = [r for _f, r in earlier if speaker is not None and r.speaker is not None and r.speaker.id == speaker.id]
    near = [r for f, r in earlier if f.cue_span[0] > reach]
    return own[-1] if own else (near[-1] if near else None)


def _occasions_set_off_before(cue) -> list:
    """The nouns of a participle's phrases set off before the cue, through chained phrases:
    "Asked in the same interview whether ..., Hnatiuk replied", "Replying to residents in the
    comments under the same post, the official said"."""
    out = []
    todo = [p for c in cue.children if c.dep_ == "advcl" and c.i < cue.i and c.tag_ in ("VBN", "VBG")
            for p in c.children if p.dep_ == "prep"]
    while todo:
        for o in (o for o in todo.pop().children if o.dep_ == "pobj"):
            out.append(o)
            todo.extend(p for p in o.children if p.dep_ == "prep")
    return out


def _the_interview_before(nouns, speaker, history) -> Optional[Resolution]:
    """ "Lysenko said in a phone interview with The Associated Press ... || Lysenko said in the
    interview that ...": "the interview" alone is the one the speaker gave before (its outlet
    and day)."""
    if speaker is None or not any(
            o.lemma_.lower() in attribution_words().interview_nouns and [c.lower_ for c in o.children] == ["the"]
            for o in nouns):
        return None
    return next((r for _f, r in reversed(history) if r.speaker is not None and r.speaker.id == speaker.id
                 and r.via is not None), None)


def _the_statement_before(nouns, history) -> Optional[Resolution]:
    """ "..., Zelenskyy's office said in a statement Monday. || “...,” Zelenskyy said in the
    statement.": "the statement" alone is the dated one made "in a statement" before it."""
    if not any(o.lemma_.lower() == "statement" and [c.lower_ for c in o.children] == ["the"]
               and o.dep_ == "pobj" and o.head.lower_ == "in" for o in nouns):
        return None  # (not "called the statement “Russophobic”": what was said of it)
    return next((r for f, r in reversed(history) if r.date is not None and any(
        p.dep_ == "prep" and p.lower_ == "in" and o.lemma_.lower() == "statement"
        and any(c.lower_ in ("a", "an") for c in o.children)
        for p in f.cue.children for o in p.children if o.dep_ == "pobj")), None)


@dataclass
class _Story:
    """The article a statement is resolved in, and what was resolved before it."""
    doc: object
    text: str
    timexes: list
    actors: object
    words: object
    history: list  # (frame, resolution) of the statements so far
    occasions: list  # dated occasions with no content of their own (see `_occasions`)
    joint: list  # dated calls and meetings of two people (see `_joint_occasions`)
    lede: object  # see `find_lede`
    running: Optional[tuple] = None  # (date, date text, offset) of the lede's occasion while it goes on
    introduction: Optional[tuple] = None  # (date, date text) of a transcript's introduction; see `_by_transcript`
    replies: Optional[list] = None  # a side's dated replies; see `_by_side_reply`
    author_meetings: Optional[list] = None  # the reporter's dated meetings; see `_by_authors_meeting`
    scene_days: Optional[list] = None  # the days a present-tense story sets its scenes on; see `_by_scene_day`


def _date_from_story(frame: Frame, speaker, via, story: _Story) -> tuple[Optional[str], Optional[str]]:
    """The day of a statement whose own words give none, from what came before it: the first of
    CONTEXT_DATE_RULES that finds one."""
    for rule in CONTEXT_DATE_RULES:
        if rule in LEDE_RULES and frame.cue.tag_ in ("VBZ", "VBP") and _with_head(frame.cue) is None:
            # "Kyiv says Russian forces blew up the dam; Moscow says ...": a claim each side
            # stands by, not something said at the occasion the lede reports
            continue
        date, date_text = rule(frame, speaker, via, story)
        if date is not None:
            return date, date_text
    return None, None


def _by_same_occasion(frame, speaker, via, story):
    last = _latest_statement_of(story.history, speaker) if via is not None else None
    if last is not None and (last.via is None or last.via.id != via.id):
        if frame.cue.lemma_.lower() in story.words.writing_verbs:
            # "... he said in a video statement on Monday night. || “...,” Umerov wrote on Telegram":
            # a post elsewhere is an occasion of its own
            return None, None
        # "Sheremet told the Kyiv Independent on Oct. 19 ... || ..., Sheremet wrote on Telegram on
        # Oct. 17. || “...,” Sheremet told the Kyiv Independent.": the interview again, not the post
        same = next((prev for _f, prev in reversed(story.history) if prev.speaker is not None
                     and prev.speaker.id == speaker.id and prev.via is not None and prev.via.id == via.id), None)
        if same is not None and same.date is not None:
            return same.date, same.date_text
    return _same_occasion_date(frame, speaker, story.history, story.occasions, _continues(frame, story.words))


def _labelled_turn(frame: Frame) -> bool:
    """A turn cued by its label's colon, or a labelled answer of a Q&A reading ("SIKORSKI: ...")."""
    return (frame.cue.text == ":" or frame.answers_to_cue) and frame.source is not None


def _by_transcript(frame, _speaker, _via, story):
    """ "... the transcript of the joint press conference given by Sybiha and Toiu in Bucharest on
    Thursday || TOIU: We agreed that ...": a labelled turn was said on the one day the
    introduction gives (the paragraphs before the first turn). Two days there ("spoke to Sky News
    on Sunday, after returning on Saturday") leave it to the speaker's own occasion."""
    if not _labelled_turn(frame):
        return None, None
    text = story.text
    if text[text.rfind("\n", 0, frame.source.start_char) + 1: frame.source.start_char].strip():
        return None, None  # not a label opening its paragraph
    if story.introduction is None:
        story.introduction = _introduction_day(story)
    return story.introduction


def _introduction_day(story: _Story) -> tuple[Optional[str], Optional[str]]:
    text = story.text
    paragraphs = paragraph_spans(text)[1:]  # after the headline
    turns = [s for s, _e in paragraphs if SPEAKER_LABEL.match(text, s) or TITLED_LABEL.match(text, s)
             or QUESTION_LABEL.match(text, s)]
    if not turns:
        return None, None
    first_turn = turns[0]
    before = [s for s, _e in paragraphs if s < first_turn]
    if not before:
        # "KRISTEN WELKER: Good Sunday morning ... Joining me this morning is Treasury Secretary
        # Scott Bessent.": a host's opening turn introduces the guest, on the day the guest joins
        # (the turn may run over paragraphs after a label on a line of its own: "ANNA KESSLER, HOST:")
        next_turn = turns[1] if len(turns) > 1 else len(text)
        end = max((e for s, e in paragraphs if s < next_turn), default=first_turn)
        return _joining_day(story, first_turn, end)
    # the whole introduction, else the paragraphs that lead into the turns ("Peskov was asked
    # at his briefing on Tuesday whether ... the exchange went as follows:" after other news)
    lead = before[-INTRODUCTION_LEAD] if len(before) >= INTRODUCTION_LEAD else paragraphs[0][0]
    for start in (paragraphs[0][0], lead):
        days = [tx for tx in story.timexes if start <= tx.span[0] and tx.span[1] <= first_turn
                and DAY_VALUE.match(timex_point(tx) or "") and not in_dateline_of(story.doc, tx)]
        if len({record_date(timex_point(tx)) for tx in days}) == 1:
            return timex_point(days[0]), days[0].text
    return None, None


# Verbs of a guest's joining the host: "Joining me this morning is ...", "we reached her in Kyiv today".
JOINING_VERBS = ("join", "reach", "welcome")


def _joining_day(story: _Story, start: int, end: int) -> tuple[Optional[str], Optional[str]]:
    """The one day in [start, end) that dates a verb of the guest's joining, if there is one."""
    doc = story.doc
    days = []
    for tx in story.timexes:
        if start <= tx.span[0] and tx.span[1] <= end and DAY_VALUE.match(timex_point(tx) or ""):
            verb = timex_verb(doc, tx)
            if verb is not None and verb.lemma_.lower() in JOINING_VERBS:
                days.append(tx)
    if len({record_date(timex_point(tx)) for tx in days}) == 1:
        return timex_point(days[0]), days[0].text
    return None, None


# How many paragraphs before a transcript's first turn lead into it (see `_introduction_day`).
INTRODUCTION_LEAD = 1


def _by_document_date(frame, speaker, _via, story):
    """ "The memo, dated May 28 and circulated among ...": what a document says, it says on its
    date (the document named "dated" anywhere in the story, before or after)."""
    if speaker.kind != "anonymous" or not _document(speaker):
        return None, None
    doc = story.doc
    for tok in doc:
        if tok.lemma_.lower() != "date" or tok.tag_ != "VBN":
            continue
        if tok.dep_ == "acl":
            noun = tok.head
        elif tok.dep_ == "advcl" and tok.i > 1 and doc[tok.i - 1].text == "," and doc[tok.i - 2].pos_ == "NOUN":
            noun = doc[tok.i - 2]  # "According to the memo, dated August 11, ...": the parse hangs it on the verb
        else:
            continue
        named = story.actors.actor_at(noun.idx, noun.idx + len(noun)) \
            or story.actors.actor_at(noun.left_edge.idx, noun.idx + len(noun))
        # (a document this very attribution names: "the memo" of "According to the memo, dated ...";
        # or "the memo" again after "an internal memo seen by Meduza")
        here = frame.source is not None and frame.source.start_char <= noun.idx < frame.source.end_char \
            or doc[noun.i - 1].lower_ == "the" and noun.lower_ in speaker.name.lower().split()
        timex = timex_for_predicate(doc, tok, story.timexes)
        if (here or named is not None and named.id == speaker.id) and timex is not None \
                and DAY_VALUE.match(timex.value or ""):
            return timex_point(timex), timex.text
    return None, None


def _by_same_addressee(frame, _speaker, _via, story):
    """ "Speaking to Sophy Ridge on Sunday morning, Calloway said ... || “The pumps are the easy
    part,” Okafor told Sophy Ridge": a named person spoken to (a presenter) is the occasion of an
    earlier dated statement told to them too."""
    told = _people_spoken_to(frame.cue, story.actors)
    if not told:
        return None, None
    for prev_frame, prev in reversed(story.history):
        if prev.date is not None and told & _people_spoken_to(prev_frame.cue, story.actors):
            return prev.date, prev.date_text
    return None, None


def _people_spoken_to(cue, actors) -> set:
    """Ids of the named people a cue (or its "Speaking to ..." clause) is addressed to."""
    verbs = [cue] + [c for c in cue.children if c.dep_ == "advcl" and c.lemma_.lower() in ("speak", "talk")]
    found = set()
    for verb in verbs:
        for obj in addressees(verb):
            actor = actors.actor_at(obj.idx, obj.idx + len(obj))
            if actor is not None and actor.kind == "person":
                found.add(actor.id)
    return found


def _by_carrier_report(frame, _speaker, via, story):
    """ "..., TASS reported this morning. The ministry was quoted by TASS as saying ...": words
    carried by an outlet whose report the sentence before, in the same paragraph, dates are from
    that report."""
    if via is None or via.kind != "media" or not story.history:
        return None, None
    prev_frame, prev = story.history[-1]
    if prev.date is None or via.id not in {getattr(prev.speaker, "id", None), getattr(prev.via, "id", None)}:
        return None, None
    if prev.speaker is not None and prev.speaker.kind == "anonymous" and _document(prev.speaker):
        return None, None  # ("according to an internal memo seen by Meduza": the memo's date, not the report's)
    if paragraph_breaks(story.text, prev_frame.extent[1], frame.extent[0]) != 0:
        return None, None
    return prev.date, prev.date_text


def _by_partner_occasion(frame, speaker, _via, story):
    return _partner_occasion_date(frame, speaker, story.actors, story.joint, story.text)


def _by_lede_occasion(frame, speaker, _via, story):
    if _history_dated(story.history, speaker):
        return None, None  # the speaker had an occasion of their own
    date, date_text = _lede_occasion_date(frame, speaker, story.history, story.timexes, story.lede, story.words)
    if date is not None:
        story.running = (date, date_text, frame.cue_span[0])
    return date, date_text


# How many paragraphs after the lede "the meeting" may still be the lede's (see `_by_the_occasion`).
DEFINITE_OCCASION_REACH = 8


def _by_the_occasion(frame, _speaker, _via, story):
    """ "EU foreign ministers failed on Thursday to agree ... || Kallas told Politico after the
    meeting": "the meeting" (at, after or during it), or a session's audience ("told MPs"), with no
    other day named since the lede but in what was said, is the occasion the lede dates."""
    cue = frame.cue
    words = story.words
    if story.lede is None or _perfect(cue) or cue.tag_ != "VBD":
        return None, None
    # (or on the participle that frames the cue: "Speaking to journalists after the meeting, X said")
    # (which the parse may make the subject: "Briefing the Council, Elena Marchetti ... said")
    framing = [cue, *(c for c in cue.children if c.dep_ in ("advcl", "nsubj") and c.tag_ == "VBG" and c.i < cue.i)]
    if not any(p.dep_ == "prep" and p.lower_ in ("at", "after", "during", "following") and o.dep_ == "pobj"
               and o.lemma_.lower() in words.occasion_nouns
               and [c.lower_ for c in o.children if c.dep_ == "det"] == ["the"]
               for verb in framing for p in verb.children for o in p.children) \
            and not _told_a_session(frame, words) and not _session_speaker(frame, framing, words):
        return None, None
    _paragraphs, _number, (start, end), day = story.lede
    if _lede_session(frame, story, start, end) or _session_speaker(frame, framing, words) \
            and any(w in story.text[start:end].lower().split() for w in words.session_audiences):
        # "traded accusations at the U.N. Security Council on Wednesday || ... || Siddiqui told the
        # council that ...": the session the lede dates, however far down and whatever other
        # days the story visits on the way
        return timex_point(day), day.text
    if _lede_day(frame, story.lede, reach=DEFINITE_OCCASION_REACH) is None:
        return None, None
    said = [span for f, _r in story.history for span in f.content] + list(frame.content)
    if any(end <= tx.span[0] < frame.cue_span[0] and DAY_VALUE.match(timex_point(tx) or "")
           and record_date(timex_point(tx)) != record_date(timex_point(day)) and not _inside(tx.span, said)
           for tx in story.timexes):
        return None, None
    return timex_point(day), day.text


def _by_the_question_put(frame, speaker, _via, story):
    """ "At a briefing on Friday, journalists asked Foreign Ministry spokesman Heorhii Tykhyi whether
    ... Tykhyi refused to be drawn. “...,” he said.": a question put to the speaker on a day, earlier
    in the same paragraph, is the occasion of the answer (also "X, asked on Sunday, was ...")."""
    if speaker is None or _perfect(frame.cue):
        return None, None
    doc, text = story.doc, story.text
    start = text.rfind("\n", 0, frame.cue_span[0]) + 1
    before = doc.char_span(start, frame.cue_span[0], alignment_mode="expand") if start < frame.cue_span[0] else None
    for sent in before.sents if before is not None else []:
        for verb in sent:
            if verb.lemma_.lower() not in QUESTIONING_VERBS or verb.tag_ not in ("VBD", "VBN") or verb.i >= frame.cue.i:
                continue
            if verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in verb.children):
                # "Mr. Trump, asked about the children by reporters on Sunday, was upbeat", "she
                # was asked on Monday whether ...": the one asked is the participle's noun
                asked = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children
                                                                if c.dep_ in ("nsubjpass", "nsubj")]
            else:
                asked = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            if not any((a := story.actors.actor_at(c.idx, c.idx + len(c))) is not None and a.id == speaker.id
                       for c in asked):
                continue
            tx = timex_for_predicate(doc, verb, story.timexes)
            if tx is not None and DAY_VALUE.match(timex_point(tx) or ""):
                return timex_point(tx), tx.text
    return None, None


def _by_introduction(frame, speaker, _via, story):
    return _introduced_on(story.doc, frame, speaker, story.actors, story.timexes, story.text)


def _by_running_occasion(frame, speaker, via, story):
    if story.running is None or _speaks_anonymously(frame, story.words):
        return None, None
    quoted = [span for f, _r in story.history for span in f.content]
    return _running_occasion_date(frame, story.running, via, story.timexes, story.text, story.words, quoted)


def _speaks_anonymously(frame: Frame, words) -> bool:
    """ "A Western diplomat, speaking on condition of anonymity, said ...", "an EU official briefed
    on the discussions said": to the reporter, not at the session the story is about."""
    sent = frame.cue.sent
    outside = [t for t in sent if not _inside((t.idx, t.idx + 1), frame.content)]
    said = " ".join(t.lower_ for t in outside)
    return any(marker in said for marker in words.anonymity_markers | words.background_markers)


def _by_lede_parties(frame, speaker, _via, story):
    """ "Russia and Ukraine accused each other on Thursday of breaking the truce. || Ukraine's
    Defense Ministry said ...": the parties the lede has speaking together on its day, and their
    bodies, speak that day in the paragraphs just after it."""
    if story.lede is None or _perfect(frame.cue) or _lede_day(frame, story.lede) is None:
        return None, None
    _paragraphs, _number, (start, end), day = story.lede
    for lede_frame, lede in story.history:
        if not start <= lede_frame.cue_span[0] < end or lede.date is None or lede_frame.source is None:
            continue
        # the countries named before the cue in the lede ("Russia and Ukraine accused each other")
        parties = {a.name for _span, a in story.actors.mentions_in(start, lede_frame.cue_span[0])
                   if a.kind == "country"}
        if len(parties) >= 2 and lede.date == record_date(timex_point(day)) and (
                speaker.name in parties or speaker.kind == "organization" and speaker.affiliation in parties):
            return lede.date, lede.date_text
    return None, None


# How many paragraphs after a lede that has its subject speak all day the subject's undated
# sayings may come (see `_by_lede_speakers_day`).
LEDE_SPEAKER_REACH = 8


def _by_lede_speakers_day(frame, speaker, _via, story):
    """ "Vladimir Putin spent more than four hours on Friday answering questions from journalists
    at his year-end press conference. || On the talks, Putin said ...": a lede whose subject speaks
    on its day (a verb of saying or answering, or a press conference, interview or address) dates
    that subject's undated sayings after it, until another day is named."""
    if speaker is None or story.lede is None or _perfect(frame.cue) or _history_dated(story.history, speaker) \
            or _lede_day(frame, story.lede, reach=LEDE_SPEAKER_REACH) is None:
        return None, None
    _paragraphs, _number, (_start, end), day = story.lede
    doc, words = story.doc, story.words
    at = doc.char_span(day.span[0], day.span[1], alignment_mode="expand")
    if at is None or not len(at):
        return None, None
    verb = at.root
    while verb.dep_ not in ("ROOT", "conj") and verb.head.i != verb.i:
        verb = verb.head  # (the clause the day dates)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subject = subjects[0] if subjects else None
    # (or one of two: "Macron and Zelensky stood side by side on Monday evening and told reporters")
    # (the parse may make a dateline the subject and the names its apposition: "PARIS — Macron and")
    heads = [subject, *(c for c in subject.children if c.dep_ == "appos")] if subject is not None else []
    named = [n for h in heads for n in (h, *h.conjuncts)]
    if not any(story.actors.actor_at(n.left_edge.idx, n.idx + len(n)) is speaker for n in named):
        return None, None
    speaking = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children if c.tag_ == "VBG"
                                        or c.dep_ == "conj" and c.pos_ == "VERB"}
    occasion = any(t.lemma_.lower() in words.occasion_nouns | words.interview_nouns and t.dep_ in ("pobj", "dobj")
                   for t in verb.subtree)
    if not (speaking & (words.saying_verbs | words.interview_verbs) or occasion):
        return None, None
    said = [span for f, _r in story.history for span in f.content]
    if any(end <= tx.span[0] < frame.cue_span[0] and DAY_VALUE.match(timex_point(tx) or "")
           and not _inside(tx.span, said) for tx in story.timexes):
        return None, None  # (another day named since, but in what was said: "not one day before")
    return timex_point(day), day.text


# In this order: a transcript's day, a document's own date, a call shared with the one told
# (named, it beats the speaker's other occasions), the speaker's own latest occasion, the report
# of the outlet that carries it, the person both were told to, the lede's speaking occasion, a
# lede whose subject speaks all day, the lede's parties, "the meeting" the lede dates, the day a
# question was put to the speaker, the day the speaker was introduced, the running occasion.
def _by_side_reply(frame, speaker, _via, story):
    """ "Moscow's reply came on Tuesday. || Foreign Ministry spokeswoman Maria Zakharova called the
    statement ...": the undated words of that side's people in the next paragraphs were the reply."""
    if story.replies is None:
        story.replies = _reply_occasions(story.doc, story.actors, story.timexes, story.words)
    side = speaker.affiliation or (speaker.name if speaker.kind == "country" else None)
    for offset, owner, date, date_text in reversed(story.replies):
        if offset < frame.cue_span[0] and paragraph_breaks(story.text, offset, frame.cue_span[0]) <= REPLY_REACH \
                and (owner.id == speaker.id or side is not None and side == (owner.affiliation or owner.name)):
            return date, date_text
    return None, None


def _reply_occasions(doc, actors, timexes, words) -> list:
    """(offset, owner actor, date, date text) of each "X's reply came on <day>"."""
    out = []
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.lemma_.lower() not in words.reply_nouns or tok.head.lemma_.lower() != "come":
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        actor = actors.actor_at(owner.idx, owner.idx + len(owner)) if owner is not None else None
        timex = timex_for_predicate(doc, tok.head, timexes)
        if actor is not None and timex is not None and DAY_VALUE.match(timex_point(timex) or ""):
            out.append((tok.head.idx, actor, timex_point(timex), timex.text))
    return out


# How many paragraphs after "Moscow's reply came on Tuesday" its people's words take that day.
REPLY_REACH = 2


def _by_authors_meeting(frame, speaker, _via, story):
    """ "Umerov has slept here more often than at home since November, he says, and it shows: when
    I meet him this week ...": in a profile, what the subject says in the reporter's present was
    said at the reporter's meeting with them, on the day (or in the week) it names."""
    if frame.cue.tag_ not in ("VBZ", "VBP") or speaker.kind != "person":
        return None, None
    if story.author_meetings is None:
        story.author_meetings = _author_meetings(story)
    return next(((date, text) for actor_id, date, text in story.author_meetings if actor_id == speaker.id),
                (None, None))


def _author_meetings(story: _Story) -> list[tuple[str, str, str]]:
    """(actor id, date, date text) of each dated meeting of the reporter ("I", "we") with a person:
    "when I meet him this week", "when we spoke to Kallas on Friday"."""
    doc, actors = story.doc, story.actors
    out = []
    for verb in doc:
        if verb.lemma_.lower() not in MEETING_VERBS or not any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
            continue
        met = [c for c in verb.children if c.dep_ == "dobj"] + _prep_objects(verb, ("with", "to"))
        timex = timex_for_predicate(doc, verb, story.timexes)
        if not met or timex is None or timex_point(timex) is None:
            continue
        obj = met[0]
        if obj.pos_ == "PRON":
            # "when I meet him": the person named last before it in the sentence
            gender = PRONOUN_GENDER.get(obj.lower_)
            people = [a for _s, a in actors.mentions_in(verb.sent.start_char, obj.idx)
                      if a.kind == "person" and _agrees(a, gender)]
            actor = people[-1] if people else None
        else:
            actor = actors.actor_at(obj.idx, obj.idx + len(obj))
        if actor is not None and actor.kind == "person":
            out.append((actor.id, timex_point(timex), timex.text))
    return out


def _by_scene_day(frame, speaker, _via, story):
    """ "It is 2 June, and Ukraine's delegation is on its way to Geneva. || “Every line on this map
    has a name,” he tells me": in a story told in the present, what a person says in the present
    is said on the day of the scene, the last day its narration has reached (see `_scene_days`)."""
    if frame.cue.tag_ not in ("VBZ", "VBP") or speaker.kind != "person":
        return None, None
    if story.scene_days is None:
        story.scene_days = _scene_days(story)
    reached = [(date, text) for start, date, text in story.scene_days if start < frame.cue_span[0]]
    return reached[-1] if reached else (None, None)


def _scene_days(story: _Story) -> list[tuple[int, str, str]]:
    """(offset, date, text) of each day a present-tense narration sets its scene on, outside
    quotations: "It is 2 June", "the train pulls into Przemyśl the next morning", "On 4 June, ...,
    Umerov walks out to the waiting cars" (not a schedule: "talks resume on Tuesday")."""
    doc, text = story.doc, story.text
    quoted = quote_spans(text)
    out = []
    for tx in story.timexes:
        if not DAY_VALUE.match(timex_point(tx) or "") or _inside(tx.span, quoted):
            continue
        verb = timex_verb(doc, tx)
        if verb is None or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
            continue
        scene = (verb.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children)
                 or tx.text.lower().startswith(("the next", "the following"))
                 or verb.tag_ == "VBZ" and verb.lemma_ != "be"
                 and text[verb.sent.start_char:tx.span[0]].strip().lower() in ("on", ""))
        if scene:
            out.append((tx.span[0], record_date(timex_point(tx)), tx.text))
    return out


# (a present-tense story's scene comes before the speaker's last occasion: its day moves on)
CONTEXT_DATE_RULES = (_by_transcript, _by_document_date, _by_scene_day, _by_partner_occasion, _by_same_occasion,
                      _by_side_reply, _by_carrier_report, _by_same_addressee, _by_lede_occasion, _by_lede_speakers_day,
                      _by_lede_parties, _by_the_occasion, _by_the_question_put, _by_introduction,
                      _by_running_occasion, _by_authors_meeting)


# The rules that date a statement by the occasion the lede reports.
LEDE_RULES = (_by_lede_occasion, _by_lede_speakers_day, _by_lede_parties, _by_running_occasion)


def _follow_running_occasion(frame: Frame, date: str, date_text: Optional[str], story: _Story) -> None:
    """Keep the lede's running occasion going through a statement dated that day, or start it at
    one the lede dates ("Orban said on arrival" at the summit the lede dates; a party "with X
    insisting" speaks in the lede itself)."""
    if story.running is not None:
        if date == story.running[0]:
            story.running = (date, date_text, frame.cue_span[0])
        return
    session = _told_a_session(frame, story.words)
    # (the lede's own telling to a session starts it: "A senior Treasury official told the Senate
    # Foreign Relations Committee on Tuesday that ...")
    in_lede = _with_head(frame.cue) is not None or session
    here = _lede_day(frame, story.lede, in_lede=in_lede) \
        if in_lede or _at_speaking_occasion(frame, story.words) else None
    if here is not None and record_date(timex_point(here[2])) == record_date(date) \
            and (not _lede_day_is_a_saying(here, story.history, story.timexes, story.words) or session):
        # (a saying told to a session, "told the Senate Foreign Relations Committee on Tuesday",
        # is an occasion others speak at too)
        story.running = (date, date_text, frame.cue_span[0])


def _private_persons_interviewer(speaker, date: Optional[str], history):
    """ "Olha Marchenko, whose husband has been missing since March, told the BBC she had given a
    DNA sample ... || She says she now sleeps with her phone next to her pillow": a private person
    (no office the text or the profile gives) told the outlet all they say in its story; an
    official may speak again elsewhere."""
    if date is not None or speaker.kind != "person" or speaker.role or speaker.speaks_for:
        return None
    said = [prev for _f, prev in history if prev.speaker is not None and prev.speaker.id == speaker.id]
    first = said[0] if said else None
    if first is not None and first.via is not None and first.via.kind == "media" \
            and all(prev.via is None or prev.via.id == first.via.id for prev in said):
        return first.via
    return None


def _carrier_in_paragraph(frame: Frame, speaker, date: Optional[str], history, text: str):
    """"Lubinets told Suspilne that ... “We give them lists,” he said.": the same speaker's next
    attribution, with no other day of its own, was carried by the same outlet: in the same
    paragraph, or in the very next one when it only goes on ("“We are not naive,” he said" after
    "told the BBC's Today programme that ...", or a quotation of the speaker named again). A
    later paragraph, or a reported sentence naming the speaker again, may be another occasion."""
    if not history:
        return None
    prev_frame, prev = history[-1]
    if prev.speaker is None or prev.speaker.id != speaker.id or prev.via is None \
            or (date is not None and prev.date != record_date(date)):  # (a clock time's day)
        return None
    end, start = prev_frame.extent[1], frame.extent[0]
    sent = prev_frame.cue.sent
    if frame.source is not None and prev_frame.source is not None and frame.source.start == prev_frame.source.start \
            and not any(sent.start_char <= s and e <= sent.end_char for s, e in (prev.via.mentions or [])):
        # "X said in a Telegram post that ... He repeated that ... and said ...": a second cue of
        # the same subject starts at its words (but "wrote on Telegram that ... and said" names
        # the first cue's own carrier, see `_fronted_via_of_head`)
        start = min([frame.cue_span[0]] + [s for s, _e in frame.content])
    if end > start:
        return None
    breaks = paragraph_breaks(text, end, start)
    if breaks == 0:
        return prev.via
    if breaks > 1:
        return None  # past the next paragraph
    source = frame.source
    goes_on = source is None or frame.parent is not None or (len(source) == 1 and source[0].pos_ == "PRON")
    # a quotation of the speaker named again opening the next paragraph ("“We accepted
    # inspections ...,” Hnatiuk said." after "Hnatiuk told Al Jazeera that ...") is the same
    # interview's: it gives the words the paragraph before reported
    goes_on = goes_on or _opens_with_quotation(frame, text)
    # ("The commissioner added that ..." after "he said" to the Guardian: the interview goes on)
    goes_on = goes_on or continues_previous(frame.cue)
    return prev.via if goes_on and prev.via.kind in ("media", "person") else None  # (a blogger too)


def _lede_interview_carrier(speaker, date: Optional[str], history, text: str):
    """ "..., Russian Deputy Foreign Minister Alexander Grushko said in an interview given to RIA
    Novosti. || ... || He recalled that ...": a story built on one interview, given in its lede,
    carries the interviewee's undated words all through it."""
    if date is not None:
        return None
    first = next(((f, r) for f, r in history if r.speaker is not None and r.speaker.id == speaker.id), None)
    if first is None:
        return None
    frame, res = first
    if res.via is None or res.via.kind != "media" or res.date is not None:
        return None
    paragraphs = paragraph_spans(text)
    if paragraph_at(paragraphs, frame.cue_span[0]) != 1:
        return None  # not the lede (the paragraph after the headline)
    # (or in the sentence naming the carrier: "... according to X. || He said this in an interview with RBC-Ukraine.")
    sents = [frame.cue.sent] + ([frame.carrier.sent] if frame.carrier is not None else [])
    return res.via if any(t.lemma_.lower() == "interview" for sent in sents for t in sent) else None


def _opens_with_quotation(frame: Frame, text: str) -> bool:
    """Whether the frame's words open with a quotation mark (just before or inside the span)."""
    if not frame.content:
        return False
    start = frame.content[0][0]
    return opens_quote(text, start) or start > 0 and opens_quote(text, start - 1)


def _date_from_speaking_notes(doc, frames: list[Frame], out: list[Resolution], timexes, words, text: str) -> None:
    """"X said ... He was speaking after a video call on Tuesday.": a past-progressive sentence of
    speaking with no statement of its own dates the undated statements of the person just quoted,
    back to the start of the paragraph or another speaker."""
    if not timexes or not frames:
        return
    cue_sents = {(f.parent or f).cue.sent.start for f in frames}
    for tok in doc:
        if (tok.tag_ != "VBG" or tok.lemma_.lower() not in _occasion_verbs() or tok.sent.start in cue_sents
                or not any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in tok.children)
                or not any(c.dep_ == "nsubj" and c.lower_ in words.pronouns["person"] for c in tok.children)):
            continue
        timex = timex_for_predicate(doc, tok, timexes)
        if timex is None or timex_point(timex) is None:
            continue
        before = [i for i, f in enumerate(frames) if f.cue_span[1] <= tok.sent.start_char]
        if not before:
            continue
        last = before[-1]
        speaker = out[last].speaker
        if speaker is None or speaker.kind != "person":
            continue
        for i in reversed(before):
            if "\n" in text[frames[i].cue_span[1]: tok.sent.start_char]:
                break
            if out[i].speaker is None or out[i].speaker.id != speaker.id:
                break
            if out[i].date is None:
                out[i].date, out[i].date_text = record_date(timex_point(timex)), timex.text


# How many statements ahead a present-tense lede may look for its occasion's date.
LEDE_LOOKAHEAD = 3


# A broadcast transcript's line that opens a recording played on air.
CLIP_LINE = re.compile(r"\((?:BEGIN VIDEO|BEGIN AUDIO|SOUNDBITE|VIDEO CLIP|AUDIO CLIP)[A-Z ,'’-]*\)")


def _date_clips(frames: list[Frame], out: list[Resolution], story: _Story) -> None:
    """ "President Zelensky sat down with NBC News' Richard Engel in Kyiv on Friday. Take a
    listen. || (BEGIN VIDEOTAPE) || PRESIDENT VOLODYMYR ZELENSKY: ...": a turn played from a
    recording was said when, and to whom, the host's sentence naming its speaker says, not on the
    day of the broadcast."""
    text = story.text
    if CLIP_LINE.search(text) is None:
        return  # (most texts play no recording: no need to split them into paragraphs)
    paragraphs = paragraph_spans(text)
    for frame, res in zip(frames, out):
        if not _labelled_turn(frame) or res.speaker is None:
            continue
        at = next((i for i, (s, e) in enumerate(paragraphs) if s <= frame.source.start_char < e), None)
        if at is None or at < 2 or not CLIP_LINE.fullmatch(text[slice(*paragraphs[at - 1])]):
            continue
        intro = story.doc.char_span(*paragraphs[at - 2], alignment_mode="expand")
        for sent in intro.sents if intro is not None else []:
            named = [a for _s, a in story.actors.mentions_in(sent.start_char, sent.end_char)]
            if not any(a.id == res.speaker.id for a in named):
                continue
            days = [tx for tx in story.timexes if sent.start_char <= tx.span[0] < sent.end_char
                    and DAY_VALUE.match(timex_point(tx) or "")]
            if days:
                res.date, res.date_text = record_date(timex_point(days[0])), days[0].text
            media = [a for a in named if a.kind == "media"]
            if media:
                res.via = media[0]
            break


def _carrier_of_trailing_participle(frames: list[Frame], out: list[Resolution]) -> None:
    """"Merz urged Russia to extend the truce, warning in an interview on ABC's "This Week" that
    ...": the interview named in the trailing participle carries the whole sentence, and the
    quotations that run on after it."""
    by_cue = {frame.cue.i: res for frame, res in zip(frames, out) if frame.parent is None}
    for frame, res in zip(frames, out):
        cue = frame.cue
        if frame.parent is not None or res.via is None or res.via.kind != "media" or res.speaker is None \
                or cue.dep_ != "advcl" or cue.tag_ != "VBG" or cue.i < cue.head.i:
            continue
        head = by_cue.get(cue.head.i)
        if head is not None and head.via is None and head.speaker is not None and head.speaker.id == res.speaker.id:
            head.via = res.via
            for child, child_res in zip(frames, out):
                if child.parent is not None and child.parent.cue.i == cue.head.i and child_res.via is None:
                    child_res.via = res.via


def _date_present_tense_ledes(frames: list[Frame], out: list[Resolution]) -> None:
    """"Erdogan says he is ready ..." followed by "Erdogan, speaking on Monday, said ...": the
    present tense reports the occasion the next statements date, so an undated present-tense
    statement takes the date of the same speaker's next dated statement close after it."""
    for i, (frame, res) in enumerate(zip(frames, out)):
        cue = (frame.parent or frame).cue
        if res.date is not None or res.speaker is None:
            continue
        if _perfect(cue):
            later = out[i + 1] if i + 1 < len(out) else None
            if later is not None and later.speaker is not None and later.speaker.id == res.speaker.id \
                    and later.date is not None and _perfect_lede(frame, frames[i + 1]):
                res.date, res.date_text = later.date, later.date_text
            continue
        if cue.tag_ not in ("VBZ", "VBP"):
            continue
        for later in out[i + 1: i + 1 + LEDE_LOOKAHEAD]:
            if later.speaker is not None and later.speaker.id == res.speaker.id and later.date is not None:
                res.date, res.date_text = later.date, later.date_text
                break


def _perfect_lede(frame: Frame, following: Frame) -> bool:
    """ "Zelenskyy has said the first observers could be deployed ... “Our partners are ready,” the
    Ukrainian president said in his nightly video address on Wednesday.": a present perfect in the
    first paragraph, followed in it by the next statement, announces that statement's occasion
    (not "has repeatedly said", an old stance)."""
    cue = frame.cue
    doc = cue.doc
    if any(c.dep_ == "advmod" for c in cue.children) or frame.parent is not None:
        return False
    first_break = next((t.i for t in doc if "\n\n" in t.text_with_ws and t.i > 1), len(doc))
    second_break = next((t.i for t in doc[first_break + 1:] if "\n\n" in t.text_with_ws), len(doc))
    return cue.i <= second_break and following.cue.i <= second_break and not any(
        "\n" in t.text_with_ws for t in doc[cue.i: following.cue.i])


def _latest_statement_of(history, speaker) -> Optional[Resolution]:
    """The resolution of `speaker`'s latest statement so far, or None."""
    return next((prev for _f, prev in reversed(history) if prev.speaker is not None and prev.speaker.id == speaker.id),
                None)


def _turn_carrier(frame: Frame, speaker, history):
    """ "Healey told Sky News ... || Presenter: Is the truce dead? || Healey: It isn't dead.": a
    transcript turn of someone whose latest statement went through an outlet is that interview's."""
    if frame.cue.text != ":":
        return None
    last = _latest_statement_of(history, speaker)
    return last.via if last is not None and last.via is not None and last.via.kind == "media" else None


# How many paragraphs after the lede may date its undated occasion.
UNDATED_LEDE_REACH = 2


def _date_undated_lede(frames: list[Frame], out: list[Resolution], text: str) -> None:
    """"President Zelensky said Ukraine and Russia will hold ... || “...,” Zelensky said in his
    evening address on Friday.": a lede statement with no day whose speaker speaks next, in the
    next paragraph, on a day the text gives there, was made on that occasion. (Not through the
    outlet that carried it there: annotators of rounds 16 and 17 leave the lede uncarried.)"""
    paragraphs = paragraph_spans(text)
    if len(paragraphs) < 3:
        return
    lede = paragraphs[1]  # after the headline
    # the lede's occasion may be dated a paragraph further on, after more undated words of the
    # same speaker ("... Ushakov told reporters. || “...,” Ushakov said. According to him, ... ||
    # Speaking to reporters on Thursday ..., the Kremlin aide stressed")
    last = paragraphs[min(len(paragraphs) - 1, 1 + UNDATED_LEDE_REACH)][1]
    for i, (frame, res) in enumerate(zip(frames[:-1], out[:-1])):
        if frame.cue_span[0] >= lede[1]:
            break
        cue = (frame.parent or frame).cue
        if res.date is not None or res.speaker is None or frame.cue_span[0] < lede[0] or _habitual(cue):
            continue
        j = i + 1
        while j < len(frames) - 1 and out[j].date is None and frames[j].cue_span[0] >= lede[1] \
                and out[j].speaker is not None and out[j].speaker.id == res.speaker.id:
            j += 1  # (undated words of the same speaker after the lede)
        later_frame, later = frames[j], out[j]
        if later.speaker is None or later.speaker.id != res.speaker.id or later.date is None \
                or later.date_text is None or not paragraphs[2][0] <= later_frame.cue_span[0] < last:
            continue
        for k in range(i, j):
            out[k].date, out[k].date_text = later.date, later.date_text


# Adverbs that make a perfect a standing claim ("has repeatedly said"), not one occasion.
HABITUAL_ADVERBS = ("repeatedly", "long", "often", "always", "consistently", "frequently", "previously", "already")


def _habitual(cue) -> bool:
    """A perfect of repeated or earlier saying: "has repeatedly said", "had said" (a lede's
    plain "has said", British style, reports the occasion the next paragraph dates)."""
    return _perfect(cue) and (any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children)
                              or any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in cue.children))


def _name_after_cue(text: str, frame: Frame, actors):
    """"“...,” said Sen. Laura Bennett, a Democrat who ...": an inverted cue whose subject the
    parse lost; the name right after the cue (behind at most a short title) is the speaker."""
    end = frame.cue_span[1]
    sent_end = frame.cue.sent.end_char
    mentions = actors.mentions_in(end, sent_end)
    if not mentions:
        return None
    (start, _stop), actor = mentions[0]
    gap = text[end:start]
    if actor.kind not in ("person", "organization", "country") or "\n" in gap or len(gap.split()) > 3:
        return None
    inverted = any(e <= frame.cue_span[0] for _s, e in frame.content)
    if any(ch in gap for ch in ",;:“”\"") or (not inverted and _inside((start, start + 1), frame.content)):
        return None
    return actor

def _same_occasion_date(frame: Frame, speaker, history, occasions, continues: bool) -> tuple[Optional[str], Optional[str]]:
    """An undated statement takes the date of the same speaker's latest statement: wire copy dates
    an occasion once ("Peskov told reporters on Thursday ...") and goes on with "Peskov said",
    "he said" and quotations. Not across a perfect ("has said", "had said": another occasion), and
    only while that statement is among the last few, unless the cue says it continues ("added").
    A dated interview with no content of its own ("Sybiha spoke to NPR on Wednesday") is such an
    occasion too, when it is the speaker's latest."""
    if not continues and _perfect(frame.cue):
        return None, None
    reach = MAX_HISTORY if continues else MAX_OCCASION_GAP
    best: Optional[tuple[int, Optional[str], Optional[str]]] = None
    for prev_frame, prev in reversed(history[-reach:]):
        if prev.speaker is not None and prev.speaker.id == speaker.id:
            if prev.date is not None and len(prev.date) < 7:
                break  # "has spent much of this year trying to ...": a year is no occasion to carry
            best = (prev_frame.cue_span[0], prev.date, prev.date_text)
            break
    for offset, actor_id, date, date_text, _carrier in occasions:
        if actor_id == speaker.id and offset < frame.cue_span[0] and (best is None or offset > best[0]):
            best = (offset, date, date_text)
    if best is None and history and _speaks_for(speaker, history[-1][1].speaker):
        # "The Kremlin said on Thursday ... “...,” Kremlin spokesman Dmitry Peskov told reporters":
        # a spokesperson right after their government's dated statement is at that occasion.
        return history[-1][1].date, history[-1][1].date_text
    return (best[1], best[2]) if best else (None, None)


def _history_dated(history, speaker) -> bool:
    """Whether an earlier statement of `speaker` has a date (their own occasion, not the lede's)."""
    return any(prev.speaker is not None and prev.speaker.id == speaker.id and prev.date for _f, prev in history)


# How many paragraphs after the lede's dated one an undated statement at a speaking occasion may be.
LEDE_OCCASION_REACH = 2
DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")


def _lede_occasion_date(frame: Frame, speaker, history, timexes, lede, words) -> tuple[Optional[str], Optional[str]]:
    """ "Poland and Ukraine signed a deal in Warsaw on Wednesday. || “...,” Tusk told reporters at a
    joint news conference": an undated statement at a speaking occasion, in the paragraphs just
    after a lede that gives a day, was made that day. The lede is the first of the first two
    paragraphs with a day in it (the first may be a headline). Not when the lede's day is someone
    else's saying ("Speaking in Kyiv on Wednesday, Zelensky said ..."), nor in the reporter's
    present ("Ushakov tells reporters": the NPR style gives no day)."""
    if (frame.cue is None or _perfect(frame.cue) or frame.cue.tag_ in ("VBZ", "VBP")
            or not _at_speaking_occasion(frame, words)):
        return None, None
    here = _lede_day(frame, lede)
    if here is None:
        return None, None
    if _lede_day_is_a_saying(here, history, timexes, words, other_than=speaker):
        return None, None
    day = here[2]
    return timex_point(day), day.text


def _lede_day_is_a_saying(lede, history, timexes, words, other_than=None) -> bool:
    """Whether the lede's day is someone's saying ("Putin said Thursday ...", "Speaking in Kyiv on
    Wednesday, Zelensky said"), of a speaker other than `other_than`: then it is that speaker's
    occasion, not one others spoke at; a vote ("passed a motion") or a meeting where several
    spoke ("clashed on Tuesday, with Western delegations pressing for ...") is no such saying. The
    spokesman of the body that said it ("The Kremlin on Wednesday said ... || Speaking at his daily
    call, Peskov said") speaks on that occasion."""
    _number, (start, end), day = lede
    return any(start <= f.cue_span[0] < end and r.speaker is not None
               and (other_than is None or r.speaker.id != other_than.id and not _speaks_for(other_than, r.speaker))
               and r.date == record_date(timex_point(day)) and f.cue is not None
               and f.cue.lemma_.lower() in words.saying_verbs
               and getattr(timex_for_predicate(f.cue.doc, f.cue, timexes), "span", None) == day.span
               for f, r in history)


# The end of a period, valued as its last day ("year-end", "month's end").
PERIOD_END = re.compile(r"\bend\b", re.IGNORECASE)


# Fewer words than this make a line under the headline a heading, not the lede (see `find_lede`).
LEDE_MIN_WORDS = 5


def find_lede(doc, timexes, text: str):
    """(the paragraphs, the lede's number, its span, its first day), once per article: the lede is
    the first of the first two paragraphs that names a day (the first may be a headline), not in a
    dateline and not a day to come; None when neither does."""
    paragraphs = paragraph_spans(text)  # (not a whitespace-only line)
    # (a document number or a date line under the headline is no paragraph of the story:
    # "SC/16342 || 20 March 2026 || The opening created by ...")
    first = [k for k, (s, e) in enumerate(paragraphs) if k == 0 or len(text[s:e].split()) >= LEDE_MIN_WORDS][:2]
    for number, (start, end) in ((k, paragraphs[k]) for k in first):
        days = [tx for tx in timexes if start <= tx.span[0] < end and tx.type in ("DATE", "TIME")
                and DAY_VALUE.match(tx.value or "") and not in_dateline(text, tx) and not _planned(doc, tx)
                and not is_holiday_name(tx.text)  # ("Kremlin offers Orthodox Easter truce")
                and not PERIOD_END.search(tx.text)]  # ("Putin at year-end Direct Line": a season, no occasion)
        if days:
            return paragraphs, number, (start, end), min(days, key=lambda tx: tx.span[0])
    return None


def lede_day(offset: int, lede, reach: int) -> Optional[str]:
    """The day the lede gives (see `find_lede`), for a record at `offset` in the lede or at most
    `reach` paragraphs after it; else None."""
    if lede is None:
        return None
    paragraphs, number, _span, day = lede
    at = paragraph_at(paragraphs, offset)
    if at is None or not number <= at <= number + reach:
        return None
    return record_date(timex_point(day))


def _lede_day(frame: Frame, lede, in_lede: bool = False, reach: int = LEDE_OCCASION_REACH):
    """(the lede's number, its span, its day) when `frame` is in the `reach` paragraphs after the
    lede (or in the lede itself, with `in_lede`), else None."""
    if lede is None:
        return None
    paragraphs, number, span, day = lede
    cue_paragraph = paragraph_at(paragraphs, frame.cue_span[0])
    first = number if in_lede else number + 1
    if cue_paragraph is None or not first <= cue_paragraph <= number + reach:
        return None
    return number, span, day


def _with_head(cue):
    """The verb a "with X VBG-ing" phrase hangs on ("clashed on live television on Wednesday, with
    the Russian guest insisting ...": a party to that occasion, speaking at it), else None. The
    parse makes the participle the preposition's complement or a modifier of its object."""
    if cue is None or cue.tag_ != "VBG":
        return None
    if cue.dep_ == "pcomp" and cue.head.lower_ == "with":
        prep = cue.head
    elif cue.dep_ == "acl" and cue.head.dep_ == "pobj" and cue.head.head.lower_ == "with":
        prep = cue.head.head
    else:
        return None
    return prep.head if prep.head.i != prep.i and prep.head.pos_ in ("VERB", "AUX") else None


def _planned(doc, timex) -> bool:
    """ "the delegations will reconvene on September 15": a day of what is to come is no occasion
    at which anything was said."""
    verb = timex_verb(doc, timex)
    if verb is None:
        return False
    return verb.tag_ in ("VB", "VBG") and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "to", "'ll")
                                             for c in verb.children)


def _running_occasion_date(frame: Frame, running, via, timexes, text: str, words,
                           said=()) -> tuple[Optional[str], Optional[str]]:
    """ "Russia and Ukraine traded accusations at the Security Council on Wednesday. || Opening the
    session, X told the council ... || Y said ... || “...,” Z responded": once a statement has been
    dated by the lede's speaking occasion, the next undated ones in the same or the next paragraph,
    said in the simple past (or transcript turns), were said there too. A day named in between
    ends it; a perfect ("has said"), a post ("wrote on X"), a statement ("said in a statement")
    or words carried by an outlet ("told Reuters") are another occasion."""
    date, date_text, since = running
    cue = frame.cue
    turn = cue is not None and cue.text == ":"  # a transcript turn of the programme or session
    if cue is None or (cue.tag_ != "VBD" and not turn) or _perfect(cue) or via is not None \
            or cue.lemma_.lower() in words.writing_verbs or _said_in(cue, "statement"):
        return None, None
    if paragraph_breaks(text, since, frame.cue_span[0]) > 1:
        return None, None
    if any(since < tx.span[0] < frame.cue_span[0] and tx.type in ("DATE", "TIME")
           and DAY_VALUE.match(tx.value or "") and not any(s <= tx.span[0] < e for s, e in said)
           and record_date(timex_point(tx)) != date  # (the occasion's own day after its cue)
           for tx in timexes):
        return None, None  # (a month or a year in between, "agreed in September", is no new occasion)
    return date, date_text


def _lede_session(frame: Frame, story, start: int, end: int) -> bool:
    """Whether the cue tells a session ("told the council") that the lede itself names ("at the U.N.
    Security Council on Wednesday"), below the lede."""
    if frame.cue_span[0] < end:
        return False
    lede = story.text[start:end].lower()
    return any(o.lemma_.lower() in lede or o.lower_ in lede for o in _sessions_told(frame, story.words))


def _session_speaker(frame: Frame, framing: list, words) -> bool:
    """ "The representative of the Russian Federation said", "Briefing the Council, Elena Marchetti
    said": an unnamed delegate, or one whose framing participle addresses a session's audience,
    speaks at the session (dated by a lede that names it: "told the Security Council this morning")."""
    if frame.source is not None and _unnamed_delegate(frame.source, words):
        return True
    return any(o.dep_ == "dobj" and (o.lower_ in words.session_audiences or o.lemma_.lower() in words.session_audiences)
               for verb in framing[1:] for o in verb.children)


def _told_a_session(frame: Frame, words) -> bool:
    """ "told the Senate Foreign Relations Committee", "told MPs", "told the council"."""
    return bool(_sessions_told(frame, words))


def _sessions_told(frame: Frame, words) -> list:
    """The cue's addressees that are a session's audience ("the council", "MPs")."""
    return [o for o in addressees(frame.cue)
            if o.lower_ in words.session_audiences or o.lemma_.lower() in words.session_audiences]


def _at_speaking_occasion(frame: Frame, words) -> bool:
    """ "told reporters", "said at a news conference", "Speaking at her regular briefing, X said"."""
    cue = frame.cue
    near = [c for c in cue.children if not _inside((c.idx, c.idx + 1), frame.content)]
    near += [g for c in near if c.dep_ in ("advcl", "prep", "dobj", "dative") for g in c.children]
    near += [g for c in list(near) if c.dep_ == "prep" for g in c.children]
    for tok in near:
        lem = tok.lemma_.lower()
        if tok.dep_ in ("dobj", "dative", "pobj") and lem in words.audience_nouns:
            return True
        if tok.dep_ in ("dobj", "dative") and tok.head.i == cue.i and cue.lemma_.lower() in words.addressee_verbs \
                and lem in words.occasion_nouns:
            return True  # "told the conference that ..."
        if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "on", "upon", "in") and lem in words.occasion_nouns:
            return True  # ("said in his briefing")
        if tok.dep_ == "dobj" and tok.head.dep_ == "advcl" and lem in words.occasion_nouns:
            return True  # "Opening the session, X told ..."
    return False


def _occasion_carrier(frame: Frame, speaker, occasions, date: str, text: str):
    """ "Umerov spoke to Sky News on Sunday. [...] UMEROV: There is a text.": a transcript turn,
    or an interview answer cued by the occasion's verb, on the day of the speaker's latest
    occasion with an outlet is carried by that outlet. (Prose after such an occasion, "he says",
    names no carrier: the news set's NPR interview.)"""
    turn = frame.cue.text == ":"  # a labelled turn; or an answer cued by the occasion's own verb
    # (or words written right after a post: "Witkoff posted on X a photograph ... “...,” the envoy wrote")
    written = frame.cue.lemma_.lower() in attribution_words().writing_verbs
    found = [(offset, carrier) for offset, actor_id, when, _text, carrier in occasions
             if actor_id == speaker.id and record_date(when) == record_date(date)
             and (offset == frame.cue.idx or turn and offset < frame.cue_span[0]
                  or written and offset < frame.cue_span[0] and paragraph_breaks(text, offset, frame.cue_span[0]) == 0)]
    if not found:
        return None
    carrier = max(found, key=lambda f: f[0])[1]
    return carrier if carrier is not None and carrier.id != speaker.id else None


def _speaks_for(person, body) -> bool:
    if person is None or body is None or person.kind != "person" or body.kind not in ("country", "organization"):
        return False
    role = (person.role or "").lower()
    spokes = _role_descriptions().get("spokesman", ())
    # the body the profile says they speak for counts too: "Russia's foreign ministry said on
    # Thursday ... spokeswoman Maria Zakharova told reporters"
    return bool(role) and any(role == r or role.endswith(" " + r) for r in spokes) \
        and ((person.affiliation or "").lower() == body.name.lower() or person.speaks_for == body.id)


# Prepositions that name someone sharing the occasion: "a news conference with Stubb",
# "speaking alongside Zelenskyy".
COMPANY_PREPS = ("with", "alongside", "beside")
MAX_COMPANY_DEPTH = 4


def _co_participants(frame: Frame, actors, speaker, res) -> list[tuple[int, str, str, str]]:
    """People named as sharing a dated occasion ("told reporters at a joint news conference with
    Finnish President Alexander Stubb", "Speaking alongside Zelenskyy ... on Tuesday, Merz said"):
    the occasion dates their undated statements after it too."""
    out = []
    cue = frame.cue
    for tok in cue.sent:
        if tok.lower_ not in COMPANY_PREPS or tok.dep_ != "prep":
            continue
        node, depth = tok, 0
        while node.i != cue.i and depth < MAX_COMPANY_DEPTH:
            node, depth = node.head, depth + 1
        hung_on_cue = node.i == cue.i and not _inside((tok.idx, tok.idx + 1), frame.content)
        # "said on Tuesday that Kyiv could ..., speaking at a joint news conference with Stubb": the
        # parse may hang the closing participle in what was said
        if not hung_on_cue and not _in_speaking_participle(tok):
            continue
        for obj in tok.children:
            if obj.dep_ != "pobj":
                continue
            # "with his Turkish counterpart Hakan Fidan": the name may be the apposition
            for name in [obj, *(c for c in obj.children if c.dep_ == "appos")]:
                actor = actors.actor_at(name.idx, name.idx + len(name))
                if actor is not None and actor.kind == "person" and (speaker is None or actor.id != speaker.id):
                    out.append((tok.idx, actor.id, res.date, res.date_text, None))
                    break
    # "..., as he received his Finnish counterpart, Alexander Stubb, at the Elysée Palace": the
    # guest the speaker received or met while speaking
    for verb in (c for c in cue.children if c.dep_ == "advcl" and c.lemma_.lower() in HOSTING_VERBS):
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for name in [obj, *(c for c in obj.children if c.dep_ == "appos")]:
                actor = actors.actor_at(name.idx, name.idx + len(name))
                if actor is not None and actor.kind == "person" and (speaker is None or actor.id != speaker.id):
                    out.append((obj.idx, actor.id, res.date, res.date_text, None))
                    break
    return out


# Verbs of receiving a guest: the guest shares the host's occasion.
HOSTING_VERBS = ("receive", "host", "welcome", "meet")


# Participles that set the scene of a saying, after a comma: ", speaking at a news conference with
# Stubb", ", standing beside his host".
SPEAKING_PARTICIPLES = ("speak", "stand", "appear", "talk")


def _in_speaking_participle(tok) -> bool:
    """Whether the word hangs (within four steps) on such a participle set off by a comma."""
    node = tok
    for _ in range(4):
        node = node.head
        if node.tag_ == "VBG" and node.lemma_.lower() in SPEAKING_PARTICIPLES and node.i > 0 \
                and node.doc[node.i - 1].text == ",":
            return True
        if node.head.i == node.i:
            return False
    return False


def _occasions(doc, actors, timexes, text: str) -> list[tuple[int, str, str, str, object]]:
    """(offset, actor id, date, date text, carrier) of dated speaking with no content: "Sybiha
    spoke to NPR on Wednesday", "Zelensky talked with reporters on Friday". Named subjects only;
    the carrier is the media actor spoken to, if any."""
    if not timexes:
        return []
    out = []
    verbs = _occasion_verbs()
    datelines = [m.span(1) for m in WIRE_DATELINE.finditer(text)]
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        verb = tok.lemma_.lower()
        # "faced reporters", "held a news conference": the verb with the head of its object
        # ("Merz put it well when we spoke on Wednesday": a meeting the subject was at)
        met = any(c.lemma_.lower() in MEETING_VERBS for c in _when_clauses(tok))
        if verb not in verbs and not any(c.dep_ == "dobj" and f"{verb} {c.lemma_.lower()}" in verbs
                                         for c in tok.children) and not _went_on_air(tok) and not met:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        # ("the man who negotiated the deal, Vice Admiral Sergei Lopatin, went on ...": the name)
        subjects = subjects or [g for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                                for g in c.children if g.dep_ == "appos" and g.pos_ == "PROPN"][:1]
        relative = not subjects and tok.dep_ == "relcl" and tok.head.pos_ == "PROPN" and not _perfect(tok) \
            and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in tok.children)
        if relative:
            subjects = [tok.head]  # "Zelenskyy, who addressed the leaders by video link on Thursday, urged ..."
        if not subjects and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i < tok.head.i:
            # "Appearing on Fox News' Hannity on Thursday, Vance gave ...": the subject it frames
            subjects = [c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        # "BERLIN (AP) — Merz and Zelensky faced ...": past the dateline's place to the name after it
        # (as the event actors do: `ActorResolver.ids_for`)
        subjects = [a for c in subjects for a in (
            [g for g in c.children if g.dep_ == "appos" and g.pos_ == "PROPN"
             and not _inside((g.idx, g.idx + 1), datelines)]
            if _inside((c.idx, c.idx + 1), datelines) else [c])]
        if not subjects:
            continue
        timex = (timex_for_predicate(doc, tok, timexes) or _interview_recorded(doc, tok, timexes, text)
                 or _when_clause_day(doc, tok, timexes))
        if timex is None or timex_point(timex) is None or relative and not DAY_VALUE.match(timex_point(timex)):
            continue
        # "Merz and Zelensky faced reporters": each of them was there
        for subj in [subjects[0], *(c for c in subjects[0].conjuncts if c.pos_ == "PROPN")]:
            span = doc[subj.left_edge.i: subj.i + 1]  # the name and its title, not what follows it
            actor = actors.actor_at(span.start_char, span.end_char)
            if actor is not None:
                out.append((tok.idx, actor.id, timex_point(timex), timex.text, _spoken_to_media(tok, actors)))
    return out + _interview_occasions(doc, actors, timexes) + _scene_occasions(doc, actors, timexes)


def _went_on_air(verb) -> bool:
    """ "went on the Rossiya-1 channel that evening to talk it up": an appearance on a show."""
    return verb.lemma_.lower() == "go" and any(
        p.dep_ == "prep" and p.lower_ == "on" and names_platform(p) for p in verb.children)


def _when_clause_day(doc, verb, timexes):
    """The time of a "when" clause on the verb: "took the opposite line when she arrived later on
    Thursday"."""
    for c in _when_clauses(verb):
        timex = timex_for_predicate(doc, c, timexes)
        if timex is not None:
            return timex
    return None


def _when_clauses(verb) -> list:
    """The verb's "when" clauses ("when she arrived later on Thursday")."""
    return [c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children)]


def _scene_occasions(doc, actors, timexes) -> list[tuple[int, str, str, str, object]]:
    """"On Wednesday morning, at a checkpoint near the border, Halyna Shevchuk held a photo of her
    son. She told The Associated Press ...": a sentence that opens on a day and a named person
    doing something sets the scene; that person's undated words that follow were spoken there."""
    out = []
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.lower_ != "on" or first.i + 1 >= len(doc):
            continue
        day = next((tx for tx in timexes if tx.span[0] == doc[first.i + 1].idx and tx.type in ("DATE", "TIME")
                    and DAY_VALUE.match(tx.value or "")), None)
        verb = sent.root
        if day is None or verb.pos_ != "VERB" or verb.tag_ != "VBD":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            people = [actors.actor_at(doc[c.left_edge.i].idx, c.idx + len(c)) for c in subjects if c.pos_ == "PROPN"]
        else:
            # (a set-off place before the name may leave the verb no subject in the parse:
            # "..., at a checkpoint near the border, Halyna Shevchuk, 54, held ...")
            people = [a for _span, a in actors.mentions_in(sent.start_char, verb.idx)][-1:]
        for actor in people:
            if actor is not None and actor.kind == "person":
                out.append((verb.idx, actor.id, timex_point(day), day.text, None))
    return out


# Nouns of an occasion two parties share; "a phone call between Wang and Sybiha on Wednesday".
JOINT_OCCASION_NOUNS = ("call", "conversation", "meeting", "talk", "talks")
# How many paragraphs after such an occasion a statement to the other party may take its day.
JOINT_OCCASION_REACH = 3


def _joint_occasions(doc, actors, timexes) -> list[tuple[int, frozenset, str, str]]:
    """(offset, person ids, date, date text) of a sentence naming a dated call or meeting and two or
    more people: "a phone call between Wang Yi and Andrii Sybiha on Wednesday"."""
    out = []
    for sent in doc.sents:
        nouns = [t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in JOINT_OCCASION_NOUNS]
        if not nouns:
            continue
        days = [tx for tx in timexes if sent.start_char <= tx.span[0] < sent.end_char
                and DAY_VALUE.match(timex_point(tx) or "")]
        if len(days) != 1:
            continue  # no day, or two days and no telling whose
        people = {a.id for _span, a in actors.mentions_in(sent.start_char, sent.end_char) if a.kind == "person"}
        if len(people) >= 2:
            out.append((sent.start_char, frozenset(people), timex_point(days[0]), days[0].text))
    return out


def _partner_occasion_date(frame: Frame, speaker, actors, joint, text: str) -> tuple[Optional[str], Optional[str]]:
    """ "... a phone call between Wang Yi and Sybiha on Wednesday. || Wang told Sybiha that ...":
    an undated statement addressed to the other party of a dated call or meeting, in the next
    few paragraphs, was made there. Both the speaker and the one told must have been named in it."""
    if _perfect(frame.cue):
        return None, None
    told = {a.id for obj in addressees(frame.cue)
            if (a := actors.actor_at(obj.idx, obj.idx + len(obj))) is not None and a.kind == "person"}
    told.discard(speaker.id)
    if not told:
        return None, None
    for offset, people, date, date_text in reversed(joint):
        if offset >= frame.cue_span[0]:
            continue
        if paragraph_breaks(text, offset, frame.cue_span[0]) > JOINT_OCCASION_REACH:
            break
        if speaker.id in people and told & people:
            return date, date_text
    return None, None


def _interview_occasions(doc, actors, timexes) -> list[tuple[int, str, str, str, object]]:
    """ "Rutte struck a more cautious note in an interview with CNN that was recorded on Friday":
    an interview noun under a named person's verb, dated by its own clause, is that person's
    occasion (as "Rutte spoke to CNN on Friday" would be)."""
    out = []
    nouns = attribution_words().interview_nouns
    for noun in doc:
        if noun.lemma_.lower() not in nouns or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
            continue
        verb = noun.head.head
        if verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        timex = _interview_day(doc, noun, timexes)
        if not subjects or timex is None or timex_point(timex) is None:
            continue
        subj = subjects[0]
        span = doc[subj.left_edge.i: subj.i + 1]
        actor = actors.actor_at(span.start_char, span.end_char)
        if actor is not None:
            out.append((noun.idx, actor.id, timex_point(timex), timex.text, _spoken_to_media(noun, actors)))
    return out


def _interview_day(doc, noun, timexes):
    """The time of an interview noun's own clause: "an interview with CNN that was recorded on
    Friday" (the clause may hang on the show: "... with CNN's "State of the Union" that was ...")."""
    clauses = [c for c in noun.subtree if c.dep_ in ("relcl", "acl")]
    return next((t for t in (timex_for_predicate(doc, c, timexes) for c in clauses) if t is not None), None)


def _interview_recorded(doc, verb, timexes, text: str):
    """ "Shmyhal spoke to NPR's Morning Edition from Kyiv. The interview was recorded on Tuesday":
    the next sentence, about "the interview" (or "conversation"), dates the speaking; so does the
    sentence before, naming "an interview broadcast on Wednesday"."""
    sent = verb.sent
    nouns = attribution_words().interview_nouns
    if sent.end < len(doc):
        for tok in doc[sent.end].sent:
            if (tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in nouns
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)):
                return timex_for_predicate(doc, tok.head, timexes)
    if sent.start > 0:
        # "Transcript of an interview broadcast on Wednesday evening on Horyzont 24. Mrozek spoke to
        # presenter Anna Wilk.": the sentence before, naming the interview and when it went out
        # (read off the sentence: the parse may make "interview broadcast" one compound noun)
        before = doc[sent.start - 1].sent
        made = INTERVIEW_MADE.search(text, before.start_char, before.end_char) \
            if any(t.lemma_.lower() in nouns for t in before) else None
        if made is not None:
            return next((tx for tx in timexes if made.end() <= tx.span[0] <= made.end() + 30
                         and timex_point(tx) is not None), None)
    return None


# "an interview broadcast on Wednesday evening", "the conversation, recorded on Tuesday": when it went out.
INTERVIEW_MADE = re.compile(r"\b(?:interview|conversation)s?,?\s+(?:was\s+)?"
                            r"(?:broadcast|recorded|aired|conducted|filmed|taped)\b", re.IGNORECASE)


# Verbs whose "on" names the show or platform spoken on ("went on the Rossiya-1 channel").
ON_MEDIA_VERBS = ("appear", "post", "respond", "reply", "go")


def _spoken_to_media(verb, actors):
    """ "spoke to Sky News presenter Harriet Kellaway", "told the BBC", "gave an interview to
    CNN"; or the show or platform appeared, posted or replied on ("Appearing on Fox News'
    Hannity", "posted on X a photograph", "responded to Kallas on Telegram"): the media actor."""
    on = _prep_objects(verb, ("on",)) if verb.lemma_.lower() in ON_MEDIA_VERBS else []
    for obj in addressees(verb) + on:
        span = obj.doc[obj.left_edge.i: obj.right_edge.i + 1]
        media = [a for _span, a in actors.mentions_in(span.start_char, span.end_char) if a.kind == "media"]
        if media:
            return media[0]
    return None


def _prep_objects(verb, preps: tuple) -> list:
    """The objects of the verb's prepositions among `preps` ("appearing on Fox News' Hannity")."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def _perfect(cue) -> bool:
    """"has said", "have warned", "had said", "has repeatedly described"."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in cue.children)


def _continues(frame: Frame, words) -> bool:
    lemma = frame.cue.lemma_.lower()
    return lemma in words.continuation or any(
        f"{lemma} {t.lower_}" in words.continuation for t in frame.cue_tokens[1:])


# ---- speakers ---------------------------------------------------------------------------------
def _speaker(doc, frame: Frame, actors, history, words, sent_starts):
    source = frame.source
    if not _has_source(frame):
        return None
    source = _seen_by(source, actors)[0]  # "a draft communique seen by the FT": the draft, not the FT
    low = source.text.lower()
    if len(source) == 1 and low in words.pronouns["relative"] and frame.speaker_token is not None:
        head = frame.speaker_token
        if head.dep_ == "appos" and head.head.pos_ == "PROPN":
            # "Paolo Venturi, the Pope's special envoy, who told ...": the name, not its gloss
            head = head.head
        span = doc[head.left_edge.i: head.i + 1]
        return actors.resolve_mention(span)
    if source.root.lemma_.lower() in words.document_nouns:
        # (the parse may hang the people on the document's own phrase: "a document seen by
        # Reuters and three people ...", with "people" coordinated to "Reuters")
        others = [t for t in source if t.dep_ == "conj" and t.lemma_.lower() in lexicon().anonymous_heads
                  and t.lemma_.lower() not in words.document_nouns]
        if others:
            source = doc[others[0].left_edge.i: others[0].right_edge.i + 1]
        source = _signers(source) or source
    else:
        # "... three people familiar with the negotiations and a document seen by Reuters"
        documents = [t for t in source if t.dep_ == "conj" and t.lemma_.lower() in words.document_nouns
                     and t.left_edge.i > source.start + 1 and doc[t.left_edge.i - 1].dep_ == "cc"]
        if documents:
            source = doc[source.start: documents[0].left_edge.i - 1]
    parts = _conjuncts(source, words)
    people = [p for p in parts if p.root.lemma_.lower() not in words.document_nouns]
    if parts and people and len(people) < len(parts):
        # "according to a document seen by Reuters and three people familiar with the talks":
        # the people speak; the document is what they and the reporter saw
        source, parts = (people[0], []) if len(people) == 1 else (source, people)
    if parts and _separate_sources(source, parts, words):
        # "Zelensky and Macron said": one statement (the contract has one speaker), its source
        # span the whole phrase; each conjunct is resolved on its own span, so the actors'
        # mentions stay their own names, and the first one found speaks.
        found = [_speaker_of(doc, part, frame, actors, history, words, sent_starts) for part in parts]
        return next((a for a in found if a is not None), None)
    found = _speaker_of(doc, source, frame, actors, history, words, sent_starts)
    if found is None and parts:
        # "Security researchers and election officials": no actor for the whole phrase; the
        # first conjunct that names one speaks.
        found = next((a for a in (_speaker_of(doc, part, frame, actors, history, words, sent_starts)
                                  for part in parts) if a is not None), None)
    return found


def _conjuncts(source, words) -> list:
    """The spans of the conjuncts of a coordinated source ("Britain, France and Germany"), each
    without its punctuation, or [] when the source is no coordination, or when a conjunct would
    leave part of the phrase out ("mogul and star Donald Trump": titles of one person)."""
    if len(source) < 3:
        return []
    doc = source.doc
    root = source.root
    members = [root] + [c for c in root.conjuncts if source.start <= c.i < source.end]
    if len(members) < 2 or not any(t.dep_ == "cc" and t.head in members for t in source):
        return []  # "Witkoff, the U.S. envoy": an apposition the parse may coordinate
    parts = []
    for tok in sorted(members, key=lambda t: t.i):
        stop = [c.left_edge.i for c in tok.children if c.dep_ in ("conj", "cc") and c.i > tok.i]
        lo, hi = max(tok.left_edge.i, source.start), min([tok.right_edge.i + 1, source.end] + stop)
        while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].lower_ in words.floating_quantifiers):
            hi -= 1
        parts.append(doc[lo:hi])
    covered = {t.i for p in parts for t in p}
    if any(t.i not in covered and not (t.is_punct or t.dep_ in ("cc", "preconj")
                                       or t.lower_ in words.floating_quantifiers) for t in source):
        return []
    return parts


def _separate_sources(source, parts, words) -> bool:
    """Whether the conjuncts name separate sources ("Zelensky and Macron", "Hamas fighters and
    Islamic Jihad militants", "he and Macron"), rather than one unnamed collective ("experts and
    officials") or one person's titles ("former Gov. and party chairman Ed Rendell")."""
    people = words.pronouns["person"] | words.pronouns["group"]
    lex = lexicon()
    titles = lex.title_words | lex.honorifics

    def pronoun(p) -> bool:
        return len(p) == 1 and p[0].lower_ in people

    def name(p) -> bool:  # "Zelensky", "Britain", "the SVP" (not a bare title: "Gov.")
        return pronoun(p) or ((p.root.pos_ == "PROPN" or p.root.ent_type_ in NAME_ENTITIES)
                              and p.root.lower_.rstrip(".") not in titles and p.root.lower_ not in titles)

    def named_group(p) -> bool:  # "Hamas fighters", "Ukrainian diplomats"
        return p.root.pos_ == "NOUN" and any(t.ent_type_ in NAME_ENTITIES[1:] for t in p if t.i != p.root.i)

    def person(p) -> bool:
        return pronoun(p) or any(t.ent_type_ == "PERSON" for t in p)

    if person(parts[-1]) and not all(person(p) for p in parts):
        return False  # "former Pennsylvania Gov. and party chairman Ed Rendell": one person
    if all(name(p) for p in parts):
        return True
    # With a described group, a person's name elsewhere means one person's titles ("Clinton's
    # chief pollster and strategist Joel Benenson"), not two sources.
    return all(name(p) or named_group(p) for p in parts) and not any(t.ent_type_ == "PERSON" for t in source)


def _speaker_of(doc, source, frame: Frame, actors, history, words, sent_starts):
    """The actor a source mention (one conjunct of it) names."""
    low = source.text.lower()
    if len(source) == 1 and low in words.pronouns["author"]:
        return None  # the author or a quoted "I": not an actor of the story
    if (len(source) == 2 and source[0].tag_ == "PRP$" and source[1].lemma_.lower() in words.in_source_nouns
            and source[0].lower_ not in words.pronouns["author"]):
        source = source[0:1]  # "In his view, ...": whoever "his" is holds the view
        low = source.text.lower()
    source = _partitive_pronoun(source, words)
    low = source.text.lower()
    for kind, pronouns in (("person", words.pronouns["person"]),
                           ("group", words.pronouns["group"] | words.pronouns["quantifiers"]),
                           ("thing", words.pronouns["thing"])):
        if len(source) == 1 and low in pronouns:
            actor = _subject_of_first_conjunct(doc, source, kind, frame, actors, history, words, sent_starts) \
                or _pronoun_antecedent(doc, source, kind, actors, history, sent_starts, frame.content)
            if actor is not None:
                actors.add_mention(actor.id, (source.start_char, source.end_char))
            return actor
    outlet = _outlet_named_before(actors, source)
    if outlet is not None:
        actors.add_mention(outlet.id, (source.start_char, source.end_char))
        return outlet  # "RBC reported, citing ... The delegation will again be led by X, the outlet added."
    if source.text.isupper() and len(source.text) > 2 or len(source) == 1 and source.text.istitle():
        # Transcript labels ("RUBIO:") name someone the article names in normal case; so does a
        # bare surname the tagger took for a common noun ("Melnychuk: We need guarantees").
        label = source.text.split()[-1].lower()
        for actor in actors.used_actors():
            if actor.kind == "person" and label in _surnames(actor, actors.profile):
                actors.add_mention(actor.id, (source.start_char, source.end_char))
                return actor
        # ... or by the title of the one person the text gives it ("SECRETARY GENERAL:" after
        # "Press conference by NATO Secretary General Mark Rutte")
        title = source.text.lower()
        titled = [a for a in actors.used_actors() if a.kind == "person" and a.role
                  and (a.role.lower() == title or a.role.lower().endswith(" " + title))]
        if source.text.isupper() and len(title.split()) > 1 and len(titled) == 1:
            actors.add_mention(titled[0].id, (source.start_char, source.end_char))
            return titled[0]
    if source.text.isalpha() and source.text.isupper() and 2 <= len(source.text) <= 4:
        # ... or by initials ("TK:" for Taras Kovalchuk, "KI:" for the Kyiv Independent)
        for actor in actors.used_actors():
            if _initials(actor.name) == source.text:
                actors.add_mention(actor.id, (source.start_char, source.end_char))
                return actor
    issuer = _issuer(doc, source, actors, words) or _statement_owner(doc, source, frame, actors, history,
                                                                       words, sent_starts) \
        or _adopter_of_text(doc, source, actors, words) or _document_named_before(source, history) \
        or _state_of_delegate(doc, source, actors, words)
    if issuer is not None:
        actors.add_mention(issuer.id, (source.start_char, source.end_char))
        return issuer
    owner = _possessive_owner(doc, source, frame, actors, history, sent_starts, words)
    if owner is not None:
        return owner
    source = _without_nonrestrictive(_partitive_whole(source, words), words)
    source = _with_postmodifier(source, frame)
    earlier = (_definite_antecedent(source, history, actors) or _role_holder(source, actors)
               or _named_organisation(source, actors))
    if earlier is None or earlier.kind == "anonymous":
        # (a headline's "minister says" is no antecedent for the lede's "the minister")
        earlier = _named_in_next_paragraph(doc, source, actors) or earlier
    if earlier is not None:
        actors.add_mention(earlier.id, (source.start_char, source.end_char))
        return earlier
    found = actors.resolve_mention(source)
    if found is None or found.kind == "anonymous":
        generic = _generic_antecedent(source, history, actors) or _titled_subject_before(doc, source, actors)
        if generic is not None:
            actors.add_mention(generic.id, (source.start_char, source.end_char))
            return generic
    if _epithet(source) and (found is None or _nationality_clash(source, found, actors)):
        found = _previous_speaker_in_paragraph(actors.text, source, history)
        if found is not None:
            actors.add_mention(found.id, (source.start_char, source.end_char))
    return found


def _unnamed_delegate(source, words) -> bool:
    """Whether a source is a delegate with no name ("The representative of ...", "Ukraine's
    delegate"; not "Russia's representative Vassily Nebenzia")."""
    return source.root.lemma_.lower() in words.delegate_nouns and not any(t.ent_type_ == "PERSON" for t in source)


def _state_of_delegate(doc, source, actors, words):
    """ "The representative of the Russian Federation said", "Ukraine's delegate", "The speaker for
    the United States": an unnamed delegate speaks for the state (`delegate_nouns`); None when the
    source names a person or no state."""
    if not _unnamed_delegate(source, words):
        return None
    root = source.root
    owners = [o for p in root.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
              for o in p.children if o.dep_ == "pobj"] + [c for c in root.children if c.dep_ == "poss"]
    for owner in owners:
        span = doc[owner.left_edge.i: owner.i + 1]
        actor = actors.resolve_mention(span)
        if actor is not None and actor.kind == "country":
            return actor
    return None


def _issuer(doc, source, actors, words):
    """ "according to a statement from the Turkish foreign ministry", "a statement by the Kremlin
    said": who issued the statement speaks."""
    root = source.root
    author = _author_of_proposal(doc, root, actors, words)
    if author is not None:
        return author
    if root.lemma_.lower() not in words.via_nouns | words.account_nouns:  # ("a readout from the chancellery")
        return None
    # ("a statement released by the Ukrainian Foreign Ministry on Wednesday": by the participle's agent)
    agents = [p for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" for p in c.children if p.dep_ == "agent"]
    for prep in list(root.children) + agents:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by") and source.start <= prep.i < source.end:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    # (a name the profile knows whole first: "the International Committee of the Red Cross")
                    whole = doc[obj.left_edge.i: min(obj.right_edge.i + 1, source.end)]
                    actor = actors.actor_at(whole.start_char, whole.end_char) or actors.resolve_mention(
                        doc[obj.left_edge.i: min(obj.i + 1, source.end)])
                    if actor is not None:
                        return actor
    return _posted_on_site_of(doc, root, actors)


def _adopter_of_text(doc, source, actors, words):
    """ "Russia's State Duma on Wednesday adopted a resolution ... || The document insists that ...":
    a definite text ("the document", "the resolution", "the text") speaks for the one who last
    adopted, passed or issued such a text before it."""
    root = source.root
    if root.lemma_.lower() not in words.proposal_nouns | words.document_nouns or root.pos_ != "NOUN" \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in root.children):
        return None
    for tok in reversed(doc[max(0, source.start - ADOPTION_REACH): source.start]):
        if tok.dep_ == "dobj" and tok.lemma_.lower() in words.proposal_nouns | words.document_nouns \
                and tok.head.lemma_.lower() in words.adopting_verbs:
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return actors.resolve_mention(doc[subject.left_edge.i: subject.i + 1])
    return None


def _document_named_before(source, history):
    """ "..., according to an internal memo seen by Meduza. || The text also instructs officials
    to ...": a definite "the text" or "the document" is the last unnamed document that spoke."""
    root = source.root
    if root.lower_ not in ("text", "document") or not any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                          for c in root.children) or len(source) > 2:
        return None
    return next((prev.speaker for _f, prev in reversed(history) if prev.speaker is not None
                 and prev.speaker.kind == "anonymous" and _document(prev.speaker)), None)


# How far back (in tokens) a text's adoption may be named: about three paragraphs.
ADOPTION_REACH = 300


def _author_of_proposal(doc, root, actors, words):
    """ "The proposal, floated last week by Foreign Minister Andrii Sybiha, called for ...", "The
    text, put forward by Denmark and Slovenia, asked ...": a proposal or a document set off with
    who made it speaks for it (the first of several)."""
    if root.lemma_.lower() not in words.proposal_nouns | words.document_nouns:
        return None
    for acl in root.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or doc[acl.left_edge.i - 1].text != "," \
                or acl.lemma_.lower() not in words.proposing_verbs:
            continue
        for obj in (o for a in acl.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"):
            actor = actors.resolve_mention(doc[obj.left_edge.i: obj.i + 1])
            if actor is not None:
                return actor
    return None


# Pages a body publishes on: "a statement posted on the Kremlin website" is the Kremlin's.
SITE_NOUNS = ("website", "site", "page", "channel", "account")


def _posted_on_site_of(doc, root, actors):
    """ "A statement posted on the Kremlin website on Monday said ...": the site's owner issued it."""
    for acl in root.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in ("post", "publish"):
            continue
        for obj in (o for o in _prep_objects(acl, ("on",)) if o.lemma_.lower() in SITE_NOUNS):
            owner = [t for t in doc[obj.left_edge.i: obj.i]
                     if t.dep_ in ("compound", "poss", "amod") and t.pos_ == "PROPN"]
            if owner:
                span = doc[owner[0].i: owner[-1].i + 1]
                actor = actors.actor_at(span.start_char, span.end_char) or actors.resolve_mention(span)
                if actor is not None and actor.kind != "media":
                    return actor
    return None


def _statement_owner(doc, source, frame: Frame, actors, history, words, sent_starts):
    """ "According to a statement posted on its Telegram channel, ...": the statement's owner ("its":
    the body named before) speaks; "“This is not an incident,” the statement said": the one who
    last spoke in a statement. Not a made-up "statement" actor."""
    root = source.root
    if root.lemma_.lower() not in words.via_nouns or root.pos_ != "NOUN":
        return None
    owners = [t for t in source if t.dep_ == "poss"]
    if owners:
        owner = owners[0]
        if owner.pos_ == "PRON":
            return _pronoun_antecedent(doc, doc[owner.i: owner.i + 1], "thing", actors, history, sent_starts,
                                       frame.content)
        return actors.resolve_mention(doc[owner.left_edge.i: owner.i + 1])
    if any(t.dep_ == "det" and t.lower_ in ("the", "that", "this") for t in root.children):
        noun = root.lemma_.lower()
        for prev_frame, prev in reversed(history[-MAX_OCCASION_GAP:]):
            said_in = any(noun == span.root.lemma_.lower() for span in prev_frame.via_spans) or _said_in(
                prev_frame.cue, noun)
            if prev.speaker is not None and said_in:
                return prev.speaker
        if noun == "statement" and not any(c.lower_ == "joint" for c in root.children) \
                and history and history[-1][1].speaker is not None \
                and paragraph_breaks(actors.text, history[-1][0].cue_span[0], source.start_char) <= 1:
            # "..., Yermak's office said on Friday. || “...,” the statement said": what was just
            # announced is the statement
            return history[-1][1].speaker
    return None


def _said_in(cue, noun: str) -> bool:
    """ "said in a statement": the cue has an "in" phrase whose object is `noun` (a lemma)."""
    return any(prep.dep_ == "prep" and prep.lower_ == "in" and any(o.lemma_.lower() == noun for o in prep.children)
               for prep in cue.children)


def _initials(name: str) -> str:
    """ "Taras Kovalchuk" -> "TK", "The Kyiv Independent" -> "KI"."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return "".join(w[0] for w in words if w[:1].isupper())


def _first_person(frame: Frame) -> bool:
    """The source is "I" or "we"."""
    return _has_source(frame) and len(frame.source) == 1 and frame.source[0].lower_ in ("i", "we")


def _enclosing(frame: Frame, history) -> Optional[Resolution]:
    """The resolved statement with a speaker whose content holds this frame's cue."""
    at = frame.cue_span[0]
    for outer_frame, res in reversed(history):
        if res.speaker is not None and any(s <= at < e for s, e in outer_frame.content):
            return res
    return None


def _present_tense(cue) -> bool:
    """ "I can tell you", "we believe", "we are asking": said as the words around it are said."""
    return cue.tag_ in ("VBP", "VBZ") or cue.tag_ in ("VB", "VBG") and any(
        c.tag_ == "MD" or c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in cue.children)


def _has_source(frame: Frame) -> bool:
    """An empty source span (a parse that cut the subject to nothing) names nobody: the statement
    is read as one with no subject source, not an error."""
    return frame.source is not None and len(frame.source) > 0


def _epithet(source) -> bool:
    """A definite description with no name in it ("the former Dutch prime minister")."""
    return (source[0].lower_ == "the" and len(source) <= 6 and source.root.pos_ == "NOUN"
            and not any(t.pos_ in ("PROPN", "PRON") for t in source))


def _nationality_clash(source, actor, actors) -> bool:
    """"the former Dutch prime minister" is not Hungary's prime minister: a nationality in the
    description that is not the person's side."""
    profile = actors.profile
    if actor.kind != "person" or not actor.affiliation:
        return False
    sides = profile.affiliation_words
    return any(sides.get(t.text) != actor.affiliation for t in source if t.ent_type_ == "NORP")


def _previous_speaker_in_paragraph(text: str, source, history):
    """“...,” the former Dutch prime minister said: news style names a person again by an
    epithet right after quoting them; only the statement just before, in the same paragraph."""
    if not history:
        return None
    prev_frame, prev = history[-1]
    if prev.speaker is None or prev.speaker.kind != "person":
        return None
    lo, hi = prev_frame.cue_span[1], source.start_char
    if lo > hi or "\n" in text[lo:hi]:
        return None
    return prev.speaker


@lru_cache(maxsize=1)
def _role_descriptions() -> dict[str, tuple[str, ...]]:
    data = tomllib.loads(ROLE_DESCRIPTIONS_FILE.read_text(encoding="utf-8"))
    return {k.lower(): tuple(v) for k, v in data.get("descriptions", {}).items()}


def _role_holder(source, actors):
    """"the Russian leader", "Ukraine's top diplomat", "the French president": the person of that
    side whose role the description stands for. An earlier mention wins; else the first later one
    (a lede names the role before the name); else the profile's only such actor."""
    tokens = [t for t in source if not t.is_punct]
    if not tokens or len(tokens) > 6 or any(t.pos_ == "PRON" for t in tokens):
        return None
    profile = actors.profile
    sides = profile.affiliation_words
    definite = tokens[0].lower_ == "the" or any(t.tag_ == "POS" for t in tokens)
    side = next((sides[t.text] for t in tokens if t.text in sides), None)
    generic = None
    if side is None:
        # "the Romanian leader": a country the profile does not know, by the generic list
        generic = next((t for t in tokens if t.pos_ in ("ADJ", "PROPN") and generic_affiliation(t.text)), None)
        side = generic_affiliation(generic.text) if generic is not None else None
    if not definite or side is None:
        return None
    rest = [t for t in tokens if t.lower_ not in ("the", "former", "current") and t.tag_ != "POS"
            and t.text not in sides and (generic is None or t.i != generic.i)]
    if not rest or any(t.pos_ == "PROPN" for t in rest):
        return None
    description = " ".join(t.lower_ for t in rest)
    table = _role_descriptions()
    roles = table.get(description) or table.get(rest[-1].lemma_.lower())
    if not roles:
        return None

    def fits(actor) -> bool:
        role = (actor.role or "").lower()
        return (actor.kind == "person" and actor.affiliation == side
                and any(role == r or role.endswith(" " + r) for r in roles))

    before, after = [], []
    for actor in actors.used_actors():
        if fits(actor) and actor.mentions:
            (before if actor.mentions[0][0] < source.start_char else after).append(actor)
    if before:
        return max(before, key=lambda a: max(m[0] for m in a.mentions if m[0] < source.start_char))
    if after:
        return after[0]
    matches = [e for e in profile.actors if fits(e) and e.kind == "person"]
    if len(matches) == 1:
        return actors.ensure_profile_actor(matches[0])
    return None


def _named_organisation(source, actors):
    """"the ministry" / "the agency": the latest organisation named before whose name has that
    head noun ("Ukraine's Foreign Ministry")."""
    if len(source) > 3 or source[0].lower_ != "the" or any(t.pos_ == "PROPN" for t in source):
        return None
    head = source.root.lower_
    sides = actors.profile.affiliation_words
    side = next((found for t in source if t.pos_ == "ADJ" and (found := sides.get(t.text) or generic_affiliation(t.text))),
                None)
    for _span, actor in reversed(actors.mentions_in(0, source.start_char)):
        if actor.kind == "organization" and head in actor.name.lower().split() and (
                side is None or actor.affiliation == side):  # "the Ukrainian presidency" is not Turkey's
            return actor
    return None


def _possessive_owner(doc, source, frame: Frame, actors, history, sent_starts, words):
    """"Its inspectors reported ...": an unnamed part of an organisation speaks for it."""
    if len(source) > 4 or source[0].lower_ != "its" or any(t.pos_ == "PROPN" for t in source):
        return None
    owner = _pronoun_antecedent(doc, source[0:1], "thing", actors, history, sent_starts, frame.content)
    if owner is None or owner.kind not in ("organization", "country", "media"):
        return None
    actors.add_mention(owner.id, (source.start_char, source.end_char))
    return owner


# Quantifiers of a partitive source ("one of the sources", "some of the officials").
PARTITIVE_HEADS = ("one", "two", "three", "some", "several", "many", "most", "each", "all", "both")
DEFINITE_DETERMINERS = ("the", "these", "those")


def _partitive_objects(source) -> list:
    """The objects of "of" after a partitive head ("one of the sources", "two of them"), in order."""
    root = source.root
    if root.lower_ not in PARTITIVE_HEADS and root.pos_ != "NUM":
        return []
    # ("Two of Meduza's sources": its sources, not Meduza)
    return [obj for obj in _of_objects(root) if not _possessor(obj)]


def _of_objects(tok) -> list:
    """The objects of the "of" phrases on a token, in order ("two of them", "Two of Meduza's")."""
    return [obj for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children if obj.dep_ == "pobj"]


def _possessor(tok) -> bool:
    """A noun with a possessive "'s" ("Meduza" of "Meduza's sources")."""
    return any(c.dep_ == "case" for c in tok.children)


def _partitive_whole(source, words):
    """"One of the sources said ...": the speaker is taken as the group named earlier ("three
    sources familiar with the matter"); the article gives no other name for the one."""
    for obj in _partitive_objects(source):
        dets = [c.lower_ for c in obj.children if c.dep_ == "det"]
        if (dets and dets[0] in DEFINITE_DETERMINERS and obj.lower_ not in words.pronouns["group"]
                and source.start <= obj.left_edge.i and obj.right_edge.i < source.end):
            return source.doc[obj.left_edge.i: obj.right_edge.i + 1]
    return source


def _partitive_pronoun(source, words):
    """"one of them said": the group "them" stands for speaks (the one is not named apart)."""
    for obj in _partitive_objects(source):
        if obj.lower_ in words.pronouns["group"] and source.start <= obj.i < source.end:
            return source.doc[obj.i: obj.i + 1]
    return source


def _without_nonrestrictive(source, words):
    """"An Emirati official involved in the mediation, who asked not to be named," — a clause set
    off by commas describes the source, it does not tell it from another (the parse may hang it
    on the last noun, so the span is cut at ", who" rather than by the tree)."""
    if source.root.lower_ not in lexicon().anonymous_heads:
        return source
    relative = words.pronouns["relative"]
    for tok in source[1:-1]:
        if tok.i > source.root.i and tok.text == "," and tok.nbor(1).lower_ in relative:
            return source.doc[source.start: tok.i]
    return source


# Post-modifiers that tell one anonymous source from another ("people who have read the document").
POSTMODIFIER_DEPS = ("relcl", "acl", "prep", "amod")
MAX_ANONYMOUS_TOKENS = 10


def _with_postmodifier(source, frame: Frame):
    """An anonymous source cut at its head ("two people") widened over the short phrase that
    describes it ("who have read the document"), so different anonymous sources stay apart; one
    whose span carries a modifier that only dates it ("a poll released Tuesday") cut before it."""
    root = source.root
    if root.lower_ not in lexicon().anonymous_heads:
        return source
    dating = [c for c in root.rights if c.dep_ in POSTMODIFIER_DEPS and source.start <= c.i < source.end
              and _only_says_when(c)]
    if dating:  # "a Gallup poll released Tuesday": the actor is the poll, whenever it came out
        return source.doc[source.start:min(c.left_edge.i for c in dating)]
    if root.i != source.end - 1:
        return source
    # Restrictive modifiers only: ", speaking on condition of anonymity," describes the telling.
    right = [c for c in root.rights if c.dep_ in POSTMODIFIER_DEPS
             and not any(t.is_punct for t in source.doc[root.i + 1: c.left_edge.i])
             and not _only_says_when(c)]
    if not right:
        return source
    end = max(c.right_edge.i for c in right) + 1
    widened = source.doc[source.start:end]
    if (len(widened) > MAX_ANONYMOUS_TOKENS or any(t.i == frame.cue.i for t in widened)
            or any(_inside((t.idx, t.idx + 1), frame.content) for t in widened)):
        return source
    return widened


def _only_says_when(modifier) -> bool:
    """'released Tuesday', 'published on Monday': a modifier that dates the source rather than
    telling it apart (so "a Gallup poll released Tuesday" is the actor "Gallup poll")."""
    rest = [t for t in modifier.subtree if t.i != modifier.i and not t.is_punct and t.dep_ != "prep"]
    return bool(rest) and all(t.ent_type_ in ("DATE", "TIME") for t in rest)


# How many first letters make a definite description's noun and an unnamed speaker's word one
# stem ("delegate", "delegation").
STEM_CHARS = 7


# Plurals an unnamed group is named by that do not end in "s": "the person" is one of "the people".
IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women"}


# Definite nouns that point back to the latest unnamed speaker.
ANONYMOUS_BACK_REFERENCES = ("source", "signatory", "author", "interlocutor")


def _definite_antecedent(source, history, actors):
    """"the official" / "the minister" after "a senior US official said ..." or "Foreign Minister
    Sybiha said ...": the latest speaker whose role or description has that head noun (and whose
    side, if the description names one, is that side: "the Finnish president" is not Zelensky)."""
    if len([t for t in source if not t.is_punct]) > 4 or source[0].lower_ not in ("the", "this", "that"):
        return None  # ("the commander-in-chief" is four words)
    sides = actors.profile.affiliation_words
    if any(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text not in sides
           and not (t.i == source.root.i and t.lower_ in lexicon().title_words | lexicon().anonymous_heads)
           for t in source):
        # (a side's name is a description: "the U.S. official"; a lower-case word the tagger
        # calls a name is none: "the navy"; nor is a title written large: "the Ombudsman said",
        # "the MP said")
        return None
    head = source.root.lemma_.lower()
    if " ".join(t.lower_ for t in source[1:]) in PRESS_OFFICES:
        # "According to the press service, ..." after "the press service of the Coordination
        # Headquarters ... reports": the body whose press service spoke last
        return next((prev.speaker for _f, prev in reversed(history[-MAX_HISTORY:]) if prev.speaker is not None
                     and prev.speaker.kind in ("organization", "country")), None)
    side = next((sides[t.text] for t in source if t.text in sides), None)
    subject = _subject_of_sentence_before(source.doc, source, actors)
    if subject is not None and head in _role_words(subject) \
            and (side is None or subject.affiliation in (None, side)):
        # "Fidan refused to be drawn on whether ... “...,” the minister said": the one the sentence
        # before was about, though he said nothing there (not Sybiha, the minister who spoke last)
        return subject
    # ("the head of government" by its whole description, "the special envoy" by its head noun)
    description = " ".join(t.lower_ for t in source if not t.is_punct and t.i != source.start)
    described = _role_descriptions().get(description) or _role_descriptions().get(head, ())
    # "the source said" after "a source close to the Presidential Administration told Meduza" and
    # "Kommersant reported, citing two sources in the government": the one named singly; "Two of
    # the diplomats said" after "three EU diplomats told POLITICO" and "A southern European
    # diplomat said": the group named in the plural
    if source.root.tag_ == "NN" and head in ANONYMOUS_BACK_REFERENCES:
        named = _latest_unnamed_called(history, head, side)
        if named is not None:
            return named
    if source.root.tag_ == "NNS" and head not in ANONYMOUS_BACK_REFERENCES:
        named = _latest_unnamed_called(history, source.root.lower_, side)
        if named is not None:
            return named
    person_since = False  # whether a named person spoke after the speaker looked at
    for _frame, prev in reversed(history[-MAX_HISTORY:]):
        actor = prev.speaker
        if actor is None:
            continue
        if side is not None and actor.affiliation is not None and actor.affiliation != side:
            continue
        words = _role_words(actor)
        if actor.kind == "anonymous":
            names = set(actor.name.lower().split())
            if not (person_since and source.root.tag_ == "NN" and head not in names):
                # ("the official added" is not "Local officials" once a named person has spoken)
                words |= {w.rstrip("s") for w in names}
        person_since = person_since or actor.kind == "person"
        if actor.kind == "organization":
            words |= set(actor.name.lower().split())  # "the ministry" after "Ukraine's Foreign Ministry"
        # ("the special envoy" after "the special representative for Eurasian affairs", by the
        # table of descriptions; singular only: "the five leaders" are not one president)
        # (a place in the role is no part of it: "head of the Sumy regional military administration")
        role = re.sub(r"\s+[A-Z][\w-]+(?=\s)", "", actor.role or "").lower()
        synonym = source.root.tag_ in ("NN", "NNP") and ((actor.role or "").lower() in described or role in described)
        # "the delegate" after "a member of the Ukrainian delegation": a word of the same stem
        same_stem = actor.kind == "anonymous" and len(head) >= STEM_CHARS and any(
            len(w) >= STEM_CHARS and w[:STEM_CHARS] == head[:STEM_CHARS] for w in words)
        # ("the person said" after "One of the people said": the group's id, as annotated)
        one_of = actor.kind == "anonymous" and IRREGULAR_PLURALS.get(head) in words
        if head in words or synonym or same_stem or one_of:
            return actor
    if head in ANONYMOUS_BACK_REFERENCES:
        # "the sources said" after "two people familiar with the talks"; "the signatories wrote"
        # after "a letter signed by 11 former judges"
        for _frame, prev in reversed(history[-MAX_HISTORY:]):
            if prev.speaker is not None and prev.speaker.kind == "anonymous":
                return prev.speaker
    return None


def _role_words(actor) -> set:
    """The words of an actor's role, hyphenated ones apart ("commander-in-chief")."""
    return set(re.split(r"[\s-]+", (actor.role or "").lower()))


# A body's office for the press, named on its own once the body has spoken.
PRESS_OFFICES = frozenset({"press service", "press office", "press secretary's office"})


def _latest_unnamed_called(history, word: str, side):
    """The latest anonymous speaker whose description has `word` as it stands ("source", not
    "sources"), on `side` if one is given, or None."""
    return next((prev.speaker for _frame, prev in reversed(history[-MAX_HISTORY:])
                 if prev.speaker is not None and prev.speaker.kind == "anonymous"
                 and word in prev.speaker.name.lower().split()
                 and (side is None or prev.speaker.affiliation in (None, side))), None)


# How many tokens back an unnamed "official" or "diplomat" makes "the official" that one.
GENERIC_NOUN_REACH = 150


def _named_in_next_paragraph(doc, source, actors):
    """ "..., the armed forces minister has said.\n\nDaniel Hale told the BBC ...": a lede (or a
    headline) that gives its speaker only by title names them as the next paragraph's subject. The
    title becomes their role, so a later "the minister replied" finds them too."""
    phrase = doc[source.root.left_edge.i: source.root.i + 1]  # (the source may be its head alone)
    if len(phrase) > 6 or any(t.pos_ == "PROPN" for t in phrase[1:]) \
            or source.root.lemma_.lower() not in lexicon().title_words:
        return None
    text = actors.text  # (read once by the actor table: spaCy rebuilds doc.text on every access)
    paragraphs = paragraph_spans(text)
    at = paragraph_at(paragraphs, source.start_char)
    if at is None or at + 1 >= len(paragraphs) or any(
            text[s:e].rstrip()[-1:] in ".!?\"”" for s, e in paragraphs[:at]):
        return None  # (only the headline, or a live blog's "9:05 a.m. ET", may come before the lede)
    # "Ukraine's social policy minister" (the parse may hang the owner as nmod, not poss)
    owner = phrase[0].ent_type_ == "GPE" and any(c.dep_ == "case" for c in phrase[0].children)
    indefinite = phrase[0].lower_ in ("a", "an")  # ("a defence minister has told Sky News")
    if phrase[0].lower_ != "the" and not owner and not indefinite and at != 0:
        return None  # ("minister says": a headline drops its articles)
    first = doc.char_span(*paragraphs[at + 1], alignment_mode="expand")
    if first is None:
        return None
    # the subject of the paragraph's first reporting verb ("“...,” Minister Denys Uliutin wrote")
    words = attribution_words()
    quoted = quote_spans(text[first.start_char:first.end_char])  # (not the "We" of “We are not asking ...”)
    subject = next((t for t in first if t.dep_ == "nsubj" and words.category(t.head.lemma_.lower()) != "none"
                    and not _inside((t.idx - first.start_char, t.idx - first.start_char + 1), quoted)), None)
    if subject is None:
        return None
    named = actors.actor_at(subject.idx, subject.idx + len(subject))
    if named is None or named.kind != "person" or named.mentions[0][0] < first.start_char:
        return None  # (someone the lede already named is not the one it leaves unnamed)
    sides = actors.profile.affiliation_words
    side = next((sides[t.text] for t in phrase if t.text in sides), None)
    if side is None and owner:
        side = getattr(actors.actor_at(phrase[0].idx, phrase[0].idx + len(phrase[0])), "affiliation", None)
    if side is not None and named.affiliation is not None and named.affiliation != side:
        return None
    role = (named.role or "").lower()
    if indefinite and source.root.lower_ not in role.split() and not (
            source.root.lower_ == "diplomat" and _diplomat_role(role)) and not (
            source.root.lower_ == "official" and role and side is not None):
        return None  # "a minister" is the next paragraph's minister ("a diplomat" its envoy), no one else
    title = next((t.i for t in phrase if t.dep_ not in ("det", "poss", "case")), None)
    if named.role is None and title is not None:  # (a garbled phrase may be all determiners)
        named.role = doc[title: phrase.end].text
    return named


def _generic_antecedent(source, history, actors):
    """ "the Kremlin official said" after Peskov, "the diplomat said" after Sorokin: a definite
    description by a generic noun that names no known actor (the caller tried) is the latest named
    person who spoke (on that side, if the description names one), or the unnamed source who spoke
    last."""
    if len(source) > 4 or source[0].lower_ != "the" or source.root.lower_ not in lexicon().generic_person_nouns:
        return None
    sides = actors.profile.affiliation_words
    if any(t.pos_ == "PROPN" and t.text not in sides for t in source) \
            or actors.profile.actor_by_description(source[1:].text) is not None:
        return None  # a name of its own, or a description the profile gives one actor ("the Kremlin aide")
    head = source.root
    doc = source.doc
    # (not the headline's: "... on 'all for all' basis - diplomat" names the lede's speaker)
    after_headline = headline_end(actors.text) or 0
    if any(t.lemma_ == head.lemma_ and t.tag_ == head.tag_ and t.idx > after_headline
           and getattr(actors.actor_at(t.idx, t.idx + len(t)), "kind", None) != "person"
           for t in doc[max(0, source.start - GENERIC_NOUN_REACH): source.start]):
        # "represented by a senior Pentagon official ... The official said": that one ("Local
        # officials said" is no "official")
        return None
    side = next((sides[t.text] for t in source if t.text in sides), None)
    if head.lower_ == "diplomat":
        # "Ambassador-at-Large Gennady Orlov ... was part of the delegation. “...,” the diplomat
        # told TASS": a diplomat named earlier in the paragraph, speaker or not
        start = actors.text.rfind("\n", 0, source.start_char) + 1
        for _span, actor in reversed(actors.mentions_in(start, source.start_char)):
            role = (actor.role or "").lower()
            if actor.kind == "person" and (side is None or actor.affiliation == side) and _diplomat_role(role):
                return actor
    latest = next((prev.speaker for _f, prev in reversed(history) if prev.speaker is not None), None)
    if latest is not None and latest.kind == "anonymous" and not _plural_anonymous(latest) and side is None \
            and not _document(latest):
        return latest  # "A member of the Ukrainian delegation ... told Anadolu that ... “...,” the official said"
    for _frame, prev in reversed(history[-MAX_PRONOUN_REACH:]):
        actor = prev.speaker
        if actor is not None and actor.kind == "person" and (side is None or actor.affiliation == side):
            return actor
    return None


def _diplomat_role(role: str) -> bool:
    """Whether a (lower-case) role makes its holder "a diplomat": an ambassador, an envoy, ..."""
    return any(r in role for r in lexicon().diplomat_roles)


def _titled_subject_before(doc, source, actors):
    """ "Defence Minister Rustem Umerov, who led the Ukrainian team, had briefed lawmakers. The head
    of the delegation told the Rada ...": a definite title no one else holds is the person the
    sentence before, in the same paragraph, has for its subject."""
    if source[0].lower_ != "the" or source.root.lemma_.lower() not in lexicon().title_words \
            or source.root.tag_ != "NN" or any(t.pos_ == "PROPN" for t in source) or source.start == 0:
        return None
    return _subject_of_sentence_before(doc, source, actors)


def _subject_of_sentence_before(doc, source, actors):
    """The person the sentence before the source's, in the same paragraph, has for its subject."""
    if source.sent.start == 0:
        return None
    before = doc[source.sent.start - 1].sent  # ("“...,” the minister said": before the quotation)
    if "\n" in actors.text[before.root.idx:source.start_char]:
        return None
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    actor = actors.actor_at(subjects[0].idx, subjects[0].idx + len(subjects[0])) if subjects else None
    return actor if actor is not None and actor.kind == "person" else None


def _signers(source):
    """ "An open letter signed by 11 former ombudsmen and judges from across Europe": those who
    signed it speak (the words up to a comma after them, not ", published on Tuesday,")."""
    doc = source.doc
    for acl in source.root.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() != "sign":
            continue
        for agent in (a for a in acl.children if a.dep_ == "agent"):
            for signer in (o for o in agent.children if o.dep_ == "pobj"):
                end = signer.right_edge.i + 1
                comma = next((t.i for t in doc[signer.i: end] if t.text == ","), end)
                return doc[signer.left_edge.i: comma]
    return None


def _subject_of_first_conjunct(doc, source, kind, frame, actors, history, words, sent_starts):
    """ "the Secretary raised the pace ... with Foreign Minister Sybiha, and he told the minister
    that ...": a pronoun subject of a conjoined clause is the first clause's subject (named by a
    noun), not a name in between. (The parse may hang the clause on a head above that subject's
    verb: the latest noun subject before the pronoun in that head's clause.)"""
    verb = source.root.head
    if source.root.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i > source.root.i:
        return None
    subj = [t for t in doc[verb.head.left_edge.i: source.root.i] if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")]
    if not subj:
        return None
    actor = _speaker_of(doc, doc[subj[-1].left_edge.i: subj[-1].i + 1], frame, actors, history, words, sent_starts)
    gender = PRONOUN_GENDER.get(source.text.lower()) if kind == "person" else None
    return actor if actor is not None and _compatible(actor, kind) and _agrees(actor, gender) else None


def _compatible(actor, kind: str) -> bool:
    if kind == "person":
        return actor.kind in PERSON_KINDS and not _plural_anonymous(actor)
    if kind == "group":
        return actor.kind in GROUP_KINDS or _plural_anonymous(actor)
    return actor.kind in GROUP_KINDS and (actor.kind != "anonymous" or _document(actor))


def _document(actor) -> bool:
    """An unnamed document that speaks ("a memo reviewed by The Post ... It warns that ...")."""
    words = actor.name.lower().split()
    # (its noun may follow a word or two describing it: "internal memo seen by Meduza")
    return any(w in attribution_words().document_nouns for w in words[:3])


def _plural_anonymous(actor) -> bool:
    """Whether an unnamed source is many: its head noun, the last word before what describes it,
    is plural ("sources close to ...", but not "source in the diplomatic corps")."""
    if actor.kind != "anonymous":
        return False
    words = actor.name.lower().split()
    cut = next((k for k, w in enumerate(words) if k and w in ANONYMOUS_DESCRIBERS), len(words))
    return words[cut - 1].endswith("s") if words else False


# Words that begin what describes an unnamed source's head noun ("source in the ...", "people
# familiar with ...", "official who ...").
ANONYMOUS_DESCRIBERS = frozenset({
    "in", "at", "from", "of", "with", "on", "to", "for", "within", "inside", "near", "close", "familiar",
    "briefed", "involved", "speaking", "who", "that", "knowledgeable", "aware"})


# Pronouns that tell their antecedent's gender.
PRONOUN_GENDER = {"she": "female", "her": "female", "hers": "female", "herself": "female",
                  "he": "male", "him": "male", "his": "male", "himself": "male"}


def _agrees(actor, pronoun_gender: Optional[str]) -> bool:
    """A person of a known other gender is no antecedent ("..., she said" after "Mr Sybiha")."""
    return pronoun_gender is None or actor.gender is None or actor.gender == pronoun_gender


def _pronoun_antecedent(doc, source, kind, actors, history, sent_starts, own_content=()):
    start = source.start_char
    reach = _sentence_start(sent_starts, start, back=MAX_PRONOUN_REACH)
    delegate = _delegate_before(doc, source, actors, reach) if kind == "person" else None
    if delegate is not None:
        return delegate
    found = _antecedent_within(doc, source, kind, actors, history, own_content, reach)
    question, answer = _question_before_turn(history, start)
    if found is None and question < reach and not any(a.kind == "person"
                                                      for _s, a in actors.mentions_in(answer, start)):
        # (an answer that names no one before the pronoun looks back to the question it answers)
        found = _antecedent_within(doc, source, kind, actors, history, own_content, question)
    return found


def _delegate_before(doc, source, actors, reach: int):
    """ "Ukraine's delegate rejected those claims ... On the night of 18 March, he said, ...": the
    state of the latest unnamed delegate subject before the pronoun, when no person is named after
    that delegate (see `_state_of_delegate`), else None."""
    words = attribution_words()
    span = doc.char_span(reach, source.start_char, alignment_mode="contract")
    subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in words.delegate_nouns] \
        if span is not None else []
    if not subjects:
        return None
    tok = subjects[-1]
    state = _state_of_delegate(doc, doc[tok.left_edge.i: tok.right_edge.i + 1], actors, words)
    after = doc[tok.right_edge.i].idx + len(doc[tok.right_edge.i])
    if state is None or any(a.kind == "person" for _span, a in actors.mentions_in(after, source.start_char)):
        return None
    return state


def _antecedent_within(doc, source, kind, actors, history, own_content, reach: int):
    """The pronoun's antecedent among the statements and mentions from offset `reach` on."""
    start = source.start_char
    gender = PRONOUN_GENDER.get(source.text.lower()) if kind == "person" else None
    # Names inside the statement's own quotation ("“Zaporizhzhia is ours,” she wrote") are not
    # its speaker.
    # ("SEN. PAUL WHITCOMB: Well, he was blunt with us. He said, ...": a turn's speaker would say "I")
    turn_speaker = next((r.speaker.id for f, r in reversed(history) if f.cue.text == ":" and r.speaker is not None
                         and any(s <= start < e for s, e in f.content)), None) \
        if source.text.lower() not in FIRST_PERSON_PRONOUNS else None
    mentions = [(span, a) for span, a in actors.mentions_in(reach, start)
                if not _inside(span, own_content) and _agrees(a, gender) and not _turn_label(actors.text, span)
                and a.id != turn_speaker]
    met = _met_in_when_clause(doc, source, mentions, kind)
    if met is not None:
        return met
    # 1. The latest attribution's speaker, unless another compatible subject came after it.
    for prev_frame, prev in reversed(history):
        if max(prev_frame.cue_span[0], prev_frame.extent[1]) < reach:
            break  # (a quotation run on from an earlier cue reaches as far as its words)
        if prev_frame.cue.text == ":" and any(s <= start < e for s, e in prev_frame.content):
            continue  # ("MAYNES: He says, through an interpreter, ...": not the reporter whose turn it is)
        if prev.speaker is None or prev.speaker.id == turn_speaker:
            continue
        # ("“...,” one of the sources said. The decision, he added, ...": one of them is a person)
        one_of = kind == "person" and _one_of(prev_frame.source)
        if not (_compatible(prev.speaker, kind) or one_of) or not _agrees(prev.speaker, gender):
            continue
        if prev_frame.cue.lemma_.lower() == "ask" and prev_frame.source is not None:
            asked = _asked_person(doc, prev_frame.source.start_char, prev_frame.source.end_char, mentions, kind)
            if asked is not None:
                return asked  # "Hollis asked Sybiha whether ... “Tired, yes,” he said": the one asked answers
        after = prev_frame.cue_span[1]
        # Names inside what was said ("Peskov said Putin could ...") are not new subjects.
        intervening = [a for (s, e), a in mentions
                       if s >= after and a.id != prev.speaker.id and _compatible(a, kind)
                       and not any(cs <= s < ce for cs, ce in prev_frame.content)
                       and (_is_subject(doc, s, e) or _fronted_topic(doc, s, e)) and not _in_question(doc, s, e)
                       and not _in_whether_clause(doc, s, e)]
        if not intervening:
            # "A Chinese reporter asked Lavrov about sanctions. He said ...": the one asked since answers
            asked = [a for (s, e), a in mentions if s >= after and a.id != prev.speaker.id and _compatible(a, kind)
                     and not any(cs <= s < ce for cs, ce in prev_frame.content) and _asked_object(doc, s, e)]
            return asked[-1] if asked else prev.speaker
        break
    # 2. The latest compatible subject (but the one asked, not the one asking: "Hollis asked Sybiha
    # whether ... “Tired, yes,” he said"); 3. the latest compatible mention.
    subjects = [((s, e), a) for (s, e), a in mentions if _compatible(a, kind)
                and (_is_subject(doc, s, e) or _fronted_topic(doc, s, e)) and not _in_whether_clause(doc, s, e)]
    latest = max([s for (s, _e), a in mentions if _compatible(a, kind)], default=reach)
    titled = _title_subject_after(doc, actors, latest, start, kind)
    if titled is not None and _agrees(titled, gender):
        return titled  # "The Secretary has raised it ... He made clear": the title is the latest subject
    if subjects:
        (s, e), actor = subjects[-1]
        asked = _asked_person(doc, s, e, mentions, kind)
        return asked or actor
    others = [a for _span, a in mentions if _compatible(a, kind)]
    return others[-1] if others else None


# Pronouns by which a turn's speaker may name themselves (with others).
FIRST_PERSON_PRONOUNS = frozenset({"i", "me", "we", "us"})


def _met_in_when_clause(doc, source, mentions, kind):
    """ "When I met Steve Witkoff in New York last month, he told me: ...": the one met in a "when"
    clause of the pronoun's verb is who speaks."""
    for clause in _when_clauses(source.root.head):
        if clause.i > source.start:
            continue
        met = [t for t in clause.subtree if t.dep_ in ("dobj", "pobj") and t.pos_ == "PROPN"
               and (t.head.i == clause.i or t.head.head.i == clause.i and t.head.lower_ == "with")]
        for tok in met:
            found = [a for (s, e), a in mentions if s <= tok.idx < e and _compatible(a, kind)]
            if found:
                return found[0]
    return None


def _one_of(source) -> bool:
    """ "one of the sources", "one of them": a single member of a group."""
    return source is not None and source.root.lower_ == "one" and bool(_partitive_objects(source))


def _question_before_turn(history, start: int) -> tuple[int, int]:
    """ "HOST: But President Putin said on Thursday that ... What do you make of that? || GUEST:
    Look, ... I read his remarks. He said ...": a pronoun in an answer may look back to the question
    it answers. The start of the turn before the one the offset is in, and the start of that one
    (both the offset itself outside a transcript's answers)."""
    turns = [f for f, _r in history if f.cue.text == ":"]
    at = next((i for i, f in enumerate(turns) if any(s <= start < e for s, e in f.content)), None)
    return (turns[at - 1].extent[0], min(s for s, _e in turns[at].content)) if at else (start, start)


def _title_subject_after(doc, actors, after: int, before: int, kind):
    """The actor of the last definite title that is a subject between two offsets ("The
    Secretary has raised it"), which the actor table does not hold as a mention until asked."""
    span = doc.char_span(after, before, alignment_mode="contract")
    if span is None:
        return None
    titles = [t for t in span if t.dep_ == "nsubj" and t.lemma_.lower() in lexicon().title_words and t.i > 0
              and doc[t.i - 1].lower_ == "the" and doc[t.i - 1].head.i == t.i and t.tag_ in ("NN", "NNP")]
    if not titles:
        return None
    actor = actors.resolve_mention(doc[titles[-1].i - 1: titles[-1].i + 1])
    return actor if actor is not None and _compatible(actor, kind) and actor.kind == "person" else None


def _surnames(actor, profile) -> set[str]:
    """The last words of a person's name and of the profile's aliases for them ("zelensky",
    "zelenskyy"), in lower case."""
    entry = profile.actor_by_id(actor.id)
    names = [actor.name] + (list(entry.aliases) if entry is not None else [])
    return {n.split()[-1].lower() for n in names if n.strip()}


def _turn_label(text: str, span) -> bool:
    """Whether a mention is a transcript turn's label ("MAYNES:", "CHARLES MAYNES, BYLINE:"): who
    speaks the turn, not a subject in it."""
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    # (the name may follow a title in capitals: "SEN. PAUL WHITCOMB:")
    return LABEL_TITLE.fullmatch(text, line_start, start) is not None and TURN_LABEL_END.match(text, end) is not None


# The title a label's name may follow: "SEN. ", "DR. ".
LABEL_TITLE = re.compile(r"(?:[A-Z]+\.? )*")


def _fronted_topic(doc, start: int, end: int) -> bool:
    """ "For Marchuk, the question is also personal. “I grew up there,” he said.": the person a
    sentence opens with as its topic is as new a subject as any."""
    root = _mention_root(doc, start, end)
    if root is None:
        return False
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ == "for" and prep.i == prep.sent.start
            and prep.head.i == prep.sent.root.i)


def _in_question(doc, start: int, end: int) -> bool:
    """Whether the mention is inside a reporter's question ("Asked whether Putin planned to call
    Trump, he said ...", "Pressed by moderator Margaret Brennan on whether ..., he said"): someone
    named in it is not who answers."""
    node = _mention_root(doc, start, end)
    for _ in range(6):
        if node is None or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in QUESTIONING_VERBS and node.tag_ in ("VBN", "VBD") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return True
    return False


# Verbs of putting a question: "Asked ...", "Pressed by moderator Margaret Brennan on whether ...".
QUESTIONING_VERBS = ("ask", "press", "question", "quiz", "challenge")


def _in_whether_clause(doc, start: int, end: int) -> bool:
    """Whether the mention is the subject of a "whether" clause ("He refused to be drawn on
    whether Putin had discussed it, saying only ..."): what was not said is about them, and they
    are not who speaks next."""
    root = _mention_root(doc, start, end)
    return root is not None and any(c.dep_ == "mark" and c.lower_ == "whether" for c in root.head.children)


def _asked_object(doc, start: int, end: int) -> bool:
    """Whether the mention at [start, end) is the one a verb "ask" is put to ("asked Lavrov about")."""
    root = _mention_root(doc, start, end)
    return root is not None and root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "ask"


def _asked_person(doc, start: int, end: int, mentions, kind):
    """The object of "ask" whose subject is at [start, end), if it is a compatible mention."""
    root = _mention_root(doc, start, end)
    if root is None or root.head.lemma_.lower() != "ask":
        return None
    for obj in root.head.children:
        if obj.dep_ in ("dobj", "dative"):
            for (s, e), actor in mentions:
                if s <= obj.idx < e and _compatible(actor, kind):
                    return actor
    return None


def _sentence_start(sent_starts: list[int], offset: int, back: int) -> int:
    from bisect import bisect_right

    i = bisect_right(sent_starts, offset) - 1
    return sent_starts[max(0, i - back)] if sent_starts else 0


def _mention_root(doc, start: int, end: int):
    """The head token of the mention at [start, end), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _is_subject(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    # A name inside a subject phrase ("Kremlin spokesman Dmitry Peskov") counts as the subject.
    while root.dep_ in ("compound", "appos", "flat") and root.head.i != root.i:
        root = root.head
    # (the agent of a passive is its doer: "Ukraine's delegation was led by Rustem Umerov")
    if root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True
    if root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass") and span.start == root.sent.start:
        return True  # "Trump's patience appears to be wearing thin. ..., he said": the sentence is about him
    # a name opening its sentence that the parse made the sentence's root has lost its verb to a
    # misparse ("Ihor Bondar, an engineer ..., recalled parking ...", "parking" tagged a noun;
    # "Hungarian Prime Minister Viktor Orbán, who left ..., dug in.", with its title)
    return root.dep_ == "ROOT" and root.pos_ == "PROPN" and root.sent.start in (span.start, root.left_edge.i)


# ---- intermediaries ---------------------------------------------------------------------------
def _according_to(frame: Frame, actors):
    """"Talks are expected to resume, according to a person familiar with the planning": with no
    subject source, the one it is according to is the speaker."""
    for span in frame.via_spans:
        prep = span.root.head
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            document, _carrier = _seen_by(span, actors)
            return actors.resolve_mention(document)
    return None


def _seen_by(span, actors):
    """ "according to a draft communique seen by the Financial Times", "a readout from the United
    Nations, seen by Reuters": (the document's phrase without the outlet, the outlet's actor). The
    outlet carries the document's words; it did not write them. (span, None) without one."""
    seeing = attribution_words().seeing_verbs
    seen = next((c for c in span.root.children if c.dep_ == "acl" and c.lemma_.lower() in seeing
                 and c.i > span.root.i), None)
    if seen is None:
        return span, None
    agents = [o for c in seen.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if agents and any(c.dep_ == "cc" for c in agents[0].children):
        # "a document seen by Reuters and three people ...": the people speak (not "seen by
        # Reuters, Russian and Ukrainian officials who ... agreed", the parse's coordination of
        # the outlet and the clause's subject)
        return span, None
    doc = span.doc
    # (up to the name's head: the parse may hang what follows on it)
    carrier = _actor_in(actors, doc[agents[0].left_edge.i: agents[0].i + 1]) if agents else None
    if carrier is None or carrier.kind != "media":
        return span, None
    end = seen.left_edge.i
    while end > span.start and doc[end - 1].is_punct:
        end -= 1  # (", seen by Reuters")
    return doc[span.start:end], carrier


def _quoted_as_saying(doc, frame: Frame, actors, words, resolve_pronoun):
    """"TASS quoted Ushakov as saying ...": Ushakov is the speaker, TASS the intermediary
    ("BelTA quoted him as saying": whoever `resolve_pronoun` finds "him" to be; it resolves any
    source mention)."""
    cue = frame.cue
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as":
        verb = cue.head.head  # the cue is "saying"
    else:
        verb = cue  # the cue is "quoted", with "as saying" below it
        if not as_saying(verb):
            return None
    if verb.lemma_.lower() not in words.via_participles:
        return None
    quoted = [c for c in verb.children if c.dep_ == "dobj"]
    carriers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not quoted or not carriers:
        return None
    speaker_span = doc[quoted[0].left_edge.i: quoted[0].right_edge.i + 1]
    # ("state news agency BelTA quoted him": the parse may give the verb two subjects)
    carrier = next((a for c in carriers if (a := _actor_in(actors, doc[c.left_edge.i: c.right_edge.i + 1]))), None) \
        or _outlet_named_before(actors, doc[carriers[0].left_edge.i: carriers[0].right_edge.i + 1])  # "the agency"
    if len(speaker_span) == 1 and speaker_span[0].pos_ == "PRON":
        speaker = resolve_pronoun(speaker_span) if carrier is not None and carrier.kind == "media" else None
    else:
        # (as any source: "RIA Novosti quoted the source as saying" is the source named before)
        speaker = resolve_pronoun(speaker_span)
    if speaker is None:
        return None
    if carrier is None and carriers[0].pos_ == "NOUN":
        # "The ministry's readout quoted Wang as saying ...": the readout's owner carried it
        owners = [c for c in carriers[0].children if c.dep_ == "poss"]
        if owners:
            owner = doc[owners[0].left_edge.i: owners[0].i + 1]
            carrier = _named_organisation(owner, actors) or actors.resolve_mention(owner)
        return speaker, carrier
    if carrier is None or carrier.kind not in ("media", "organization", "country"):
        return None  # "He quoted Putin as saying": a person retelling is left to the parse
    return speaker, carrier


# Nouns for a broadcast programme, which the text may name right after ("on the show, ABC's ...").
PROGRAMME_NOUNS = ("program", "programme", "show")


def _platform_via(frame: Frame, actors, speaker):
    """"wrote on Telegram", "in a post on X", "in a Fox News interview", "with a Telegram post",
    "according to a statement posted on its Telegram channel": a media actor named in an on/in
    phrase of the cue (or of the verb a participle cue hangs from), or in a with/to phrase of a
    post, statement or interview."""
    words = attribution_words()
    verbs = [frame.cue]
    if frame.cue.dep_ in DATE_SHARING_DEPS and frame.cue.head.i != frame.cue.i:
        verbs.append(frame.cue.head)
    # "Writing on X, he accused ...": a participle of speaking hung on the cue.
    verbs += [c for c in frame.cue.children if c.dep_ == "advcl" and c.lemma_.lower() in words.via_speech]
    doc = frame.cue.doc
    for verb in verbs:
        preps = [p for p in verb.children if p.dep_ == "prep"]
        if verb.lower_ == "according":  # "according to a statement posted on its Telegram channel"
            preps = [p for p in preps if p.lower_ == "to"]
        for prep in preps:
            if prep.lower_ not in ("on", "in", "with", "to", "during"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or _inside((obj.idx, obj.idx + len(obj)), frame.content):
                    continue
                if prep.lower_ in ("with", "to") and obj.lemma_.lower() not in words.via_nouns:
                    continue  # ("with a Telegram post", but not "spoke with Lavrov")
                spans = []
                if prep.lower_ in ("on", "during"):  # ("said during a telethon")
                    spans.append(doc[obj.left_edge.i: obj.right_edge.i + 1])
                    after = obj.right_edge.i + 1
                    if obj.lemma_.lower() in PROGRAMME_NOUNS and after + 1 < len(doc) and doc[after].text == ",":
                        # "said on the program, CNN's “State of the Union.”": the programme named after it
                        spans.append(doc[after + 1: after + 2])
                else:  # "in the Izvestia newspaper", "in a TASS interview": up to the head noun
                    spans.append(doc[obj.left_edge.i: obj.i + 1])
                if obj.lemma_.lower() in words.via_nouns:
                    spans += [doc[c.left_edge.i: c.right_edge.i + 1] for c in obj.children
                              if c.dep_ in ("compound", "poss", "nmod")]
                    spans += [doc[o.left_edge.i: o.right_edge.i + 1] for p in obj.children
                              if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
                    # "a statement posted on its Telegram channel"
                    spans += [doc[o.left_edge.i: o.right_edge.i + 1] for a in obj.children
                              if a.dep_ == "acl" and a.lemma_.lower() in words.writing_verbs
                              for p in a.children if p.dep_ == "prep" and p.lower_ == "on"
                              for o in p.children if o.dep_ == "pobj"]
                for span in spans:
                    actor = _actor_in(actors, span)
                    if actor is None or actor.kind != "media":  # (inside a longer mention: "its Telegram channel")
                        actor = next((a for _s, a in actors.mentions_in(span.start_char, span.end_char)
                                      if a.kind == "media"), actor)
                    if actor is not None and actor.kind == "media" and (speaker is None or actor.id != speaker.id):
                        return actor
    return None


def _fronted_via_of_head(frame: Frame, speaker, history):
    """"In an interview with ABC News, Rubio said ..., but warned that ...": a carrier named before
    the subject frames both conjuncts; one after the first cue ("wrote on X that ... and said")
    is that cue's own."""
    cue = frame.cue
    if cue.dep_ != "conj":
        return None
    for prev_frame, prev in reversed(history[-3:]):
        if prev_frame.cue.i != cue.head.i:
            continue
        if prev.via is None or prev.speaker is None or prev.speaker.id != speaker.id:
            return None
        if prev_frame.source is None:
            return None
        lo, hi = cue.sent.start_char, prev_frame.source.start_char
        if any(lo <= s and e <= hi for s, e in (prev.via.mentions or [])):
            return prev.via
        # "Rutte told the BBC that ..., but said it was too early ...": the one told hears both
        told = [o for o in addressees(prev_frame.cue) if prev_frame.cue.lemma_.lower() == "tell"]
        if any(o.left_edge.idx <= s < o.right_edge.idx + len(o.right_edge)
               for o in told for s, _e in (prev.via.mentions or [])):
            return prev.via
        return None
    return None


def _via(frame: Frame, actors, speaker, text: str):
    found = _via_spans(frame, actors, speaker, text)
    if found is None:
        found = _platform_via(frame, actors, speaker)
    return found if found is not None else (_told_in_source(frame, actors, speaker)
                                            or _channel_on_platform(frame, actors, speaker)
                                            or _outlets_own_sources(frame, actors, speaker))


def _own_sources_named_before(speaker, history, actors):
    """ "UP sources in the Office of the President said ... || According to two of the sources,
    ...": the outlet's own sources speak through it whenever they speak."""
    if speaker.kind != "anonymous":
        return None
    return next((outlet for prev_frame, prev in history if prev.speaker is not None and prev.speaker.id == speaker.id
                 and (outlet := _outlets_own_sources(prev_frame, actors, speaker)) is not None), None)


def _outlets_own_sources(frame: Frame, actors, speaker):
    """ "UP sources in the Office of the President said", "Meduza's sources ... are unsure": an
    outlet's own unnamed sources speak through it."""
    if frame.source is None or speaker is None or speaker.kind != "anonymous":
        return None
    root = frame.source.root
    counted = [o for o in _of_objects(root) if o.lower_ in ("source", "sources")] if root.like_num else []
    if counted:
        # "Two of Meduza's sources": the parse may count the outlet and its sources alike
        owners = [o for o in _of_objects(root) if _possessor(o)]
        actor = actors.actor_at(owners[0].idx, owners[0].idx + len(owners[0])) if owners else None
        if actor is not None and actor.kind == "media":
            return actor
    if root.lower_ not in ("source", "sources"):
        return None
    for tok in root.children:
        if tok.dep_ in ("compound", "poss") and tok.i < root.i:  # ("Meduza's sources")
            # ("Two of Meduza's sources": the parse makes "Two" the possessor, the outlet its "of")
            for owner in [tok, *_of_objects(tok)]:
                actor = actors.actor_at(owner.idx, owner.idx + len(owner))
                if actor is not None and actor.kind == "media":
                    return actor
    return None


def _channel_on_platform(frame: Frame, actors, speaker):
    """ "The Telegram channel Severny Veter wrote that ...": a channel on a platform speaks
    through it."""
    if frame.source is None:
        return None
    words = attribution_words()
    for tok in frame.source:
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in words.media_nouns and tok.lower_ in words.platforms:
            actor = actors.actor_at(tok.idx, tok.idx + len(tok))
            if actor is not None and actor.kind == "media" and (speaker is None or actor.id != speaker.id):
                return actor
    return None


def _told_in_source(frame: Frame, actors, speaker):
    """"A senior official, who spoke to ABC News on condition of anonymity, said ...": the outlet
    the source spoke to (or on: "X, speaking on the national telethon, said"), named in the
    source's own relative clause, carries the statement."""
    if frame.source is None:
        return None
    words = attribution_words()
    doc = frame.source.doc
    for tok in frame.source.root.children:
        if tok.dep_ not in ("relcl", "acl") or tok.lemma_.lower() not in words.via_speech:
            continue
        for o in addressees(tok) + _prep_objects(tok, ("on", "during")):
            actor = _actor_in(actors, doc[o.left_edge.i: o.right_edge.i + 1])
            if actor is not None and actor.kind == "media" and (speaker is None or actor.id != speaker.id):
                return actor
    return None


def _via_spans(frame: Frame, actors, speaker, text: str):
    words = attribution_words()
    for span in frame.via_spans:
        lo, hi = sorted((span.start_char, frame.cue.idx))
        if "\n" in text[lo:hi]:
            continue  # a parse run on into the byline ("Reporting by ...") names no carrier
        according = span.root.head.lower_ == "to" and span.root.head.head.lower_ == "according"
        carrier = _seen_by(span, actors)[1] if according else None
        if carrier is not None and (speaker is None or carrier.id != speaker.id):
            return carrier  # "according to a readout ..., seen by Reuters"
        if frame.source is not None and (span.start == frame.source.start
                                         or according and frame.source.start in (span.end, span.end + 1)
                                         and span.root.lemma_.lower() in lexicon().title_words):
            # ("According to the diplomat, ...": the one it is according to speaks; so does the
            # name set off after the title: "According to the head of the delegation, Vladimir
            # Medinsky, ...")
            continue
        if according and frame.source is not None and span.root.lemma_.lower() in words.account_nouns | {"statement"}:
            continue  # "Lavrov said ..., according to a statement released by the ministry": no carrier
        actor = (_journalists_outlet(actors, span) or _actor_in(actors, span) or _media_right_after(actors, span)
                 or _outlet_named_before(actors, span))
        if actor is None and according and frame.source is not None:
            actor = actors.resolve_mention(span)  # "according to two congressional aides"
        if actor is None or (speaker is not None and actor.id == speaker.id):
            continue
        if frame.source is not None and according:
            return actor  # "X said, according to Y, ...": X's statement carried by Y
        agent_of_quote = (span.root.head.dep_ == "agent" and span.root.head.head.lemma_.lower() != "ask"
                          or span.root.head.head.lemma_.lower() in attribution_words().via_participles)
        # ("in an interview with the pro-Kremlin blogger Artyom Zhilin": a person who publishes)
        blogger = actor.kind == "person" and any(t.lemma_.lower() in words.media_people for t in span)
        if actor.kind == "media" or agent_of_quote or blogger:
            return actor
    return None


def _outlet_named_before(actors, span):
    """ "Budanov told the publication": a definite media noun is the latest outlet named before."""
    if len(span) > 3 or span[0].lower_ != "the" or span.root.lemma_.lower() not in attribution_words().media_nouns \
            or any(t.pos_ == "PROPN" for t in span):
        return None
    doc = span.doc
    writing = attribution_words().writing_verbs
    # ("told the Guardian ... Writing in the Economist, X argued ... she told the paper": not an
    # outlet someone wrote in)
    return next((a for (s, e), a in reversed(actors.mentions_in(0, span.start_char)) if a.kind == "media"
                 and not _written_in(doc.char_span(s, e, alignment_mode="expand"), writing)), None)


def _written_in(mention, writing_verbs) -> bool:
    """ "Writing in the Economist": the outlet of someone's own article."""
    if mention is None or not len(mention):
        return False
    root = mention.root
    return root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lemma_.lower() in writing_verbs


def _journalists_outlet(actors, span):
    """ "told ABC News' Daniel Price": the outlet whose journalist was told carries it."""
    doc = span.doc
    for owner in (c for c in span.root.children if c.dep_ == "poss" and c.i >= span.start):
        actor = _actor_in(actors, doc[owner.left_edge.i: owner.i + 1])
        if actor is not None and actor.kind == "media":
            return actor
    return None


def _media_right_after(actors, span):
    """"told the state news agency TASS": the parse may cut the outlet's name off its description."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].pos_ != "PROPN":
        return None
    nxt = doc[span.end]
    actor = actors.actor_at(nxt.idx, nxt.idx + len(nxt))
    return actor if actor is not None and actor.kind == "media" else None


def _actor_in(actors, span):
    # the name at the head first, or set beside it: "Russia's state news agency TASS" is TASS
    # (not one of a coordination: "Reuters and three people familiar with ...")
    coordinated = any(c.dep_ == "conj" for c in span.root.children)
    for head in [span.root, *(c for c in span.root.children if c.dep_ == "appos")] if not coordinated else []:
        at_head = actors.actor_at(head.idx, head.idx + len(head)) if head.pos_ == "PROPN" else None
        if at_head is not None:
            return at_head
    found = actors.actor_at(span.start_char, span.end_char)
    if found is not None:
        return found
    if span.root.pos_ == "PROPN":
        return actors.resolve_mention(span)
    return None


# ---- dates ------------------------------------------------------------------------------------
def _relative_clause_head(verb) -> bool:
    """Whether a verb is really a relative clause the parse made a head ("Olha Semeniuk, whose son
    ... was captured in May 2024, said ..."): its subject is followed by ", whose" or ", who". Its
    time is not the saying's."""
    doc = verb.doc
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i + 2 < len(doc) and c.i < verb.i and doc[c.i + 1].text == ","
               and doc[c.i + 2].lower_ in ("who", "whose") for c in verb.children)


def _date(doc, frame: Frame, timexes, text: str) -> tuple[Optional[str], Optional[str]]:
    if not timexes:
        return None, None
    right_after = _timex_right_after_cue(text, frame, timexes)
    if right_after is not None:
        return right_after.value, right_after.text
    tok = frame.cue
    for _ in range(3):
        timex = timex_for_predicate(doc, tok, timexes)
        if timex is not None and not _inside(timex.span, frame.content) and not _before_inverted(timex.span, frame) \
                and not _quoted_apart(text, timex.span, frame.cue_span) and not _period_of_the_object(doc, timex, tok) \
                and not text[max(0, timex.span[0] - 6):timex.span[0]].lower().endswith("since ") \
                and not _in_subjects_clause(timex, tok):
            # ("has been in this sector since the spring of 2023, and he says": when a state began)
            return timex_point(timex), timex.text
        if _perfect(tok):
            break  # "Putin said last month ..., and Lavrov has repeatedly described ...": not that day
        if any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children):
            break  # "A said X on Saturday, while B said Y": B's saying has its own time
        if frame.coordinated_with is not None and tok.i == frame.cue.i:
            tok = frame.coordinated_with
        elif tok.dep_ in DATE_SHARING_DEPS and tok.head.i != tok.i and not _relative_clause_head(tok.head):
            tok = tok.head
        elif _with_head(tok) is not None:
            tok = _with_head(tok)  # "clashed on Tuesday, with Western delegations pressing for ...": then
        else:
            break
    occasion = (_when_clause_occasion(doc, frame.cue, timexes) or _question_put_date(doc, frame.cue, timexes)
                or _carrier_participle_date(doc, frame, timexes)
                or _interview_clause_date(doc, frame.cue, timexes) or _day_in_occasion(frame, timexes)
                or (_interview_recorded(doc, frame.cue, timexes, text)
                    if frame.cue.lemma_.lower() in attribution_words().interview_verbs else None))
    if occasion is not None:
        return timex_point(occasion), occasion.text
    stamp = entry_stamp(doc, frame.cue, timexes) if not _perfect(frame.cue) else None
    if stamp is None and _news_of_the_moment(frame.cue):
        stamp = entry_stamp(doc, frame.cue, timexes, whole_entry=True)
    if stamp is not None:
        return timex_point(stamp), stamp.text  # said under a live blog's "09:40 GMT"
    return None, None


def _news_of_the_moment(cue) -> bool:
    """ "The Kremlin says ...", "Peskov has since said ...", "Zelensky has posted on X": in a live
    blog, the present and the present perfect report what was just said, at the entry's time (not
    in a relative clause: "a truce, which Ukraine has proposed several times")."""
    if cue.dep_ == "relcl" or _habitual(cue):
        return False
    return cue.tag_ in ("VBP", "VBZ") or cue.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in cue.children)


# Verbs of the interview itself in a "when" clause on a cue ("says when we meet on Wednesday",
# "told me when we spoke on Friday").
MEETING_VERBS = ("meet", "speak", "talk", "sit", "visit")
# Verbs of coming to or leaving a meeting, where reporters ask ("told reporters as he arrived on Thursday").
DOORSTEP_VERBS = ("arrive", "leave")


def _interview_clause_date(doc, cue, timexes):
    """ "In an interview with the Rossiya-1 channel that aired Sunday, the Kremlin aide said ...":
    the interview's own clause dates the saying."""
    nouns = attribution_words().interview_nouns
    # (or on a verb coordinated with it: "said he was ready ..., but rejected ..., in an interview
    # with ZDF recorded on Wednesday")
    verbs = [cue] + [c for c in cue.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for prep in (p for v in verbs for p in v.children):
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in nouns:
                timex = _interview_day(doc, noun, timexes)
                if timex is not None and timex_point(timex) is not None:
                    return timex
    return None


def _day_in_occasion(frame: Frame, timexes):
    """ "said ..., in an interview with ZDF recorded on Wednesday": the day in the interview
    phrase the parse hung on the content (see statements.Frame.occasion)."""
    if frame.occasion is None:
        return None
    lo, hi = frame.occasion
    return next((t for t in timexes if lo <= t.span[0] and t.span[1] <= hi and DAY_VALUE.match(t.value or "")),
                None)


def _when_clause_occasion(doc, cue, timexes):
    """ "..., Svyrydenko says when we meet on Wednesday", "told reporters as he arrived on Thursday
    that ...": a "when" or "as" clause of meeting, speaking or arriving on the cue dates the saying."""
    for clause in cue.children:
        if (clause.dep_ == "advcl" and clause.lemma_.lower() in MEETING_VERBS + DOORSTEP_VERBS
                and any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as") for c in clause.children)):
            timex = timex_for_predicate(doc, clause, timexes)
            if timex is not None:
                return timex
    return None


def _question_put_date(doc, cue, timexes):
    """ "Peskov, asked about the report at his briefing on Tuesday, said ...": the day he was asked
    is the day he answered."""
    for clause in cue.children:
        if clause.dep_ == "advcl" and clause.lemma_.lower() == "ask" and clause.i < cue.i:
            timex = timex_for_predicate(doc, clause, timexes)
            if timex is not None:
                return timex
    return None


def _introduced_on(doc, frame: Frame, speaker, actors, timexes, text: str) -> tuple[Optional[str], Optional[str]]:
    """ "Yuri Ushakov struck a similar tone a day earlier. Putin had ..., Ushakov told RIA
    Novosti": the sentence before, in the same paragraph, tells that the speaker spoke on a day;
    the words that follow were said then."""
    sent = frame.cue.sent
    if sent.start == 0:
        return None, None
    before = doc[sent.start - 1].sent
    if "\n" in text[before.start_char:sent.start_char] or _perfect(frame.cue):
        return None, None
    root = before.root
    words = attribution_words()
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    # "Peskov, asked by reporters on Thursday whether ..., refused to be drawn": asked that day
    asked = [c for t in [root, *subjects] for c in t.children
             if c.dep_ in ("acl", "advcl") and c.lemma_.lower() == "ask" and c.tag_ == "VBN"]
    spoke = words.category(root.lemma_.lower()) == "speech" or any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.speech_act_nouns for c in root.children)
    if not spoke and not asked:
        return None, None  # "faced criticism on Tuesday" is no occasion of speaking
    def names_speaker(tok) -> bool:
        return any(actor.id == speaker.id for _span, actor in actors.mentions_in(
            tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)))
    # ("Witkoff briefed Umerov by phone on Monday. Umerov told him ...": the one briefed answers
    # the briefer in that call)
    answered = spoke and any(c.dep_ in ("dobj", "dative") and c.tag_ == "PRP" for c in frame.cue.children) \
        and any(c.dep_ == "dobj" and names_speaker(c) for c in root.children)
    if not answered and (not subjects or not names_speaker(subjects[0])):
        return None, None
    timex = timex_for_predicate(doc, asked[0], timexes) if asked else None
    if timex is None and spoke:
        timex = timex_for_predicate(doc, root, timexes)
    if timex is None or not DAY_VALUE.match(timex.value or ""):
        return None, None
    return timex_point(timex), timex.text


def _carrier_participle_date(doc, frame: Frame, timexes):
    """ "Yuri Ushakov, quoted by TASS a day earlier, said ...": the day the carrier quoted the
    speaker is the day of the saying."""
    words = attribution_words()
    if frame.cue.lemma_.lower() in words.via_participles:
        # "X was quoted by RIA Novosti as saying on Wednesday": the day of the saying
        for saying in as_saying(frame.cue):
            timex = timex_for_predicate(doc, saying, timexes)
            if timex is not None:
                return timex
    if frame.source is None:
        return None
    for participle in frame.source.root.children:
        if participle.dep_ == "acl" and participle.lemma_.lower() in words.via_participles:
            timex = timex_for_predicate(doc, participle, timexes)
            if timex is not None:
                return timex
    return None


def _timex_right_after_cue(text: str, frame: Frame, timexes):
    """"said on Thursday it had not ...", "said Thursday the talks ...": a day right after the cue
    dates the saying even when the parse hangs it in the reported clause ("Thursday's talks"
    after the cue is the content's subject, not the date)."""
    end = frame.cue_span[1]
    for tx in timexes:
        if tx.type not in ("DATE", "TIME") or not tx.value or not tx.value[:1].isdigit():
            continue
        gap = text[end:tx.span[0]]
        if tx.span[0] < end or gap.strip() not in ("", "on") or "\n" in gap:
            continue
        if text[tx.span[1]:tx.span[1] + 2] in ("'s", "’s") or tx.text.endswith(("'s", "’s")):
            continue
        if is_holiday_name(tx.text) and gap.strip() != "on":
            continue  # "offers Easter air truce": the truce's holiday, not the day of the offer
        return tx
    return None


def _in_subjects_clause(timex, cue) -> bool:
    """ "One negotiator who was in the room that day said ...": the parse may hang a time between
    the subject's relative clause and the cue on the cue; it ends the clause (where he was, not
    when he said it), unless that clause is itself a speaking ("who spoke on Tuesday said")."""
    doc = cue.doc
    for subj in (c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i):
        for clause in (c for c in subj.children if c.dep_ == "relcl"):
            if clause.idx < timex.span[0] and timex.span[1] <= cue.idx and "," not in doc[clause.i:cue.i].text:
                return clause.lemma_.lower() not in _occasion_verbs() | attribution_words().saying_verbs
    return False


def _before_inverted(span, frame: Frame) -> bool:
    """"Overnight, Russia launched 100 drones, the air force said": when the content comes first,
    a time expression in front of the cue belongs to the content."""
    if not frame.content or any(e > frame.cue_span[0] for _s, e in frame.content):
        return False
    return span[1] <= frame.cue_span[0]


@lru_cache(maxsize=4)
def _quotes_of(text: str) -> list:
    return quote_spans(text)


def _period_of_the_object(doc, timex, verb) -> bool:
    """ "dismissed a proposal for a moratorium on strikes during the winter": a period ("during" a
    season, month or year) after the verb's object is the time of the thing proposed, not of the
    saying, whatever the parse hangs it on."""
    if DAY_VALUE.match(timex.value or ""):
        return False
    root = timex_root(doc, timex)
    prep = root.head if root is not None else None
    if prep is None or prep.lower_ != "during" or prep.head.i != verb.i:
        return False
    return any(c.dep_ == "dobj" and c.right_edge.i < prep.i for c in verb.children)


def _quoted_apart(text: str, span, cue_span) -> bool:
    """"told the conference that Kyiv had sent its list “last Friday”": a time expression inside a
    quotation that leaves the cue out is the speaker's words, whatever the parse attached it to."""
    return any(qs <= span[0] and span[1] <= qe and not (qs <= cue_span[0] < qe) for qs, qe in _quotes_of(text))


def _inside(span, content) -> bool:
    """A time expression inside what was said ("Overnight, Russia launched ..., the air force
    said") dates the content, not the speech."""
    return any(cs <= span[0] and span[1] <= ce for cs, ce in content)


