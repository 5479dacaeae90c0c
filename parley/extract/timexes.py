"""Time expressions (TIMEX3): find them in an annotated Doc and normalise them.

Two passes, both linear in the text:

1. *Recognition* finds extents with regular expressions built once from the word lists in
   ``parley/data/timex_words.toml`` (TimeBank-style extents: "four-year" in "the nearly four-year
   war", "last weekend", "the third quarter"). spaCy DATE/TIME entities that no pattern covers are
   kept when the normaliser understands them, so spaCy's recall helps without its over-extension
   (ages such as "52-year-old" are dropped).
2. *Normalisation* reads each extent as a bag of typed words (month, weekday, number, unit, "last",
   "ago"...) and anchors relative ones on the publication date, using the tense of the governing
   verb for bare weekdays and months ("said on Thursday" is the last Thursday, "is scheduled to
   take place on Sunday" the coming one; a present-tense "Monday's debate" follows the text's
   past- or future-tense Mondays). Without a publication date relative values are None;
   absolute ones ("March 3, 2025") still resolve. Anaphoric ones ("at the time", "that day") take
   the value of the previous date in the text.

dateparser is not used here: every absolute form we accept is a fixed pattern, and a per-candidate
dateparser call would cost more than the spaCy pass we must stay within 30 % of.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from ..model import Timex

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "timex_words.toml"


# --------------------------------------------------------------------------------------------
# Lexicon and patterns (built once)
# --------------------------------------------------------------------------------------------


# A pattern starts at a word and ends at one ("Monday's" is fine, "Monday'" is not).
_WORD_START = r"(?<![\w'-])"
_WORD_END = r"(?!\w|['’](?!s\b))"


def _alt(words) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    parts = sorted({w for w in words}, key=len, reverse=True)
    alternation = "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts) + ")"
    if not parts or any(not p or p[0].isspace() for p in parts):
        return alternation
    # Python's re tries every alternative in turn (case-insensitive literals get no quick
    # first-character skip); a look-ahead on the possible first characters fails most
    # positions in one step. It matches nothing the alternation would not, so results are equal.
    firsts = "".join(sorted({re.escape(p[0]) for p in parts}))
    return f"(?=[{firsts}]){alternation}"


@dataclass(frozen=True)
class Lexicon:
    numbers: dict
    fuzzy: tuple
    ordinals: dict
    months: dict
    weekdays: dict
    seasons: dict
    parts_of_day: dict
    units: dict
    references: dict
    ambiguous_references: frozenset
    sets: dict
    mods: dict
    mods_inside: frozenset  # mods that TimeBank puts inside the extent ("nearly two years")
    period_mods: dict
    future_verbs: frozenset
    future_aux: frozenset
    reported_future_aux: frozenset
    refusal_verbs: frozenset  # "would not confirm": a refusal, in the past
    prospect_adjectives: frozenset  # "a decision was unlikely before October": a prospect, ahead
    arrangement_verbs: frozenset
    future_markers: frozenset
    tensed_markers: frozenset  # future markers that a past verb turns back ("did not say until Monday")
    deferral_verbs: frozenset  # past verbs that keep such a marker ahead ("postponed until Monday")
    marker_needs: dict  # markers that count only after a word: "of record Nov. 16", not "a record in December"
    deadline_prepositions: frozenset  # "by June" in a present-tense clause is a coming June
    forward_nouns: re.Pattern  # after a month: "July delivery", "the December contract"
    act_dated_verbs: frozenset  # future_verbs whose simple past dates the act: "proposed the package on Tuesday"
    prediction_verbs: frozenset  # "was forecast to crest on Monday" (not "forecast on Monday that")
    forecast_nouns: frozenset  # "a warning for Monday": the day named is the nearest one, not a past one
    counted_units_after: re.Pattern  # before a bare plural unit: "the number of days", "peak hours"
    results_words: frozenset  # words of a company's results, where "a year earlier" is a quarter back
    habitual_words: frozenset  # "typically", "usually": a sentence about any year
    future_participles: frozenset
    superseded_plan_adverbs: frozenset  # "originally scheduled for January": a plan of the past
    generic_today_nouns: frozenset
    indefinite_future: frozenset
    lower_case_time_words: frozenset
    year_prepositions: frozenset
    idioms: frozenset
    speech_verbs: frozenset
    holidays_fixed: dict
    holidays_floating: dict
    holidays_easter: dict  # name -> days from Easter Sunday
    patterns: tuple  # (name, compiled regex over raw text)
    mod_before: re.Pattern
    token_re: re.Pattern
    spoken_year: re.Pattern
    spoken_year_any: re.Pattern
    decade_words: dict
    holiday_re: re.Pattern
    # Where any word-boundary pattern may match (see _candidates), and which patterns those are.
    start_scan: re.Pattern
    at_word_start: tuple  # one bool per pattern


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    with DATA_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    numbers = dict(data["numbers"])
    fuzzy = tuple(numbers.pop("fuzzy_numbers"))
    references = dict(data["references"])
    ambiguous = frozenset(references.pop("ambiguous_references"))
    months, weekdays = data["months"], data["weekdays"]
    seasons, pods, units = data["seasons"], data["parts_of_day"], data["units"]

    num_words = [w for w in numbers if w not in ("a", "an") and " " not in w]
    NW = _alt(num_words)
    # number words combine as "twenty-four" or "two hundred (and) ten", not "two four-year terms"
    TENS = _alt([w for w in num_words if numbers[w] in (20, 30, 40, 50, 60, 70, 80, 90)])
    UNITS = _alt([w for w in num_words if 1 <= numbers[w] <= 9])
    WORDNUM = rf"(?:{TENS}(?:[\s-]+{UNITS})?|{NW})"
    NUMWORDS = rf"{WORDNUM}(?:[\s-]+(?:and[\s-]+)?hundred(?:[\s-]+(?:and[\s-]+)?{WORDNUM})?)?"
    NUM = (
        rf"(?:\d+(?:[.,]\d+)?(?:[\s-]+\d/\d)?|\d/\d|{NUMWORDS}|{_alt(fuzzy)}"
        rf"|a\s+couple\s+of|an?)(?:\s+and\s+a\s+half)?"
    )
    unit_words = [u for u in units if u != "night"] + [u + "s" for u in units if not u.endswith("ies")]
    UNIT = _alt(unit_words)
    # Month names are matched case-sensitively: "may", "march" and "sat" are also ordinary words.
    full = [m.capitalize() for m in months if len(m) > 4 or m in ("may", "june", "july")]
    abbrev = [m.capitalize() for m in months if m.capitalize() not in full]
    MONTH = "(?-i:" + _alt(full + [m.upper() for m in months if len(m) > 3]) + "|" + _alt(abbrev) + r"(?:\.(?!\w))?)"
    WDAY = _alt(weekdays)
    SEASON = _alt(seasons)
    POD = _alt(pods)
    # "following"/"previous" name a relative day only after "the" ("the following Monday"); alone
    # they are prepositions ("Following Monday's debate, ...")
    REL = r"(?:this\s+past|this\s+coming|this|last|next|past|coming|(?<=the\s)(?:previous|following|prior)|same|the\s+same)"
    PMOD = r"(?:(?:early|mid|late|earlier|later)(?:\s+|-))"
    EDGE = r"(?:the\s+(?:beginning|start|middle|end)\s+of\s+(?:the\s+)?)"
    YEAR = r"(?<![\d$£€#.,/-])(?:1[5-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|\s*(?:percent|%))"
    DAYNUM = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?(?!\d)"
    ORD = _alt([o for o in data["ordinals"] if data["ordinals"][o] > 0] + ["latest", "last", "final", "current", "previous", "next", "same", "recent", "year-earlier", "year-ago", "fiscal", "calendar"])
    ZONE = r"(?-i:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK|local\s+time|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+[Tt]ime)"
    # "9 a.m. (EST)", but not the ")" closing a conversion: "05:42 local time (10:42 GMT) on Sunday"
    TZ = rf"(?:\s+(?:\({ZONE}\)|{ZONE}))"
    SPOKEN_YEAR = r"(nineteen|twenty)[\s-]+(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine))?"
    HOLIDAY = _alt(list(data["holidays"]["fixed"]) + list(data["holidays"]["floating"]) + list(data["holidays"]["easter"]))

    SPOKEN_HOURS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    SPOKEN_MINUTES = r"(?:five|ten|twenty|twenty[\s-]five)"
    raw = [
        ("date", rf"(?:(?:last|this|next)\s+)?(?:{WDAY},?\s+)?{MONTH}\s+{DAYNUM}(?:\s*[-–]\s*{DAYNUM}(?=\s*,?\s*{YEAR}))?(?:\s*,?\s*{YEAR}|\s+(?:of\s+)?(?:this|last|next)\s+year)?"),
        ("date", rf"(?:{WDAY},?\s+)?(?:the\s+)?{DAYNUM}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
        ("date", rf"the\s+week\s+of\s+(?:{MONTH}\s+{DAYNUM}|{DAYNUM}\s+{MONTH})(?:,?\s+{YEAR})?"),
        ("date", r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"),
        ("date", r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])"),
        ("month", rf"{EDGE}?{PMOD}?(?:{REL}\s+)?{MONTH}(?:,?\s+(?:of\s+)?{YEAR}|\s+(?:of\s+)?(?:this|last|next|that)\s+year)?"),
        ("year", rf"{EDGE}?{PMOD}?(?:(?:fiscal|calendar)\s+(?:year\s+)?|the\s+year\s+)?{YEAR}"),
        ("year", rf"(?:the\s+year\s+)?{SPOKEN_YEAR}"),
        # financial shorthand: "Q3 2013", "3Q 2013", "FY2012", "FY 2013", "FY13"
        ("quarter", rf"(?-i:Q[1-4]|[1-4]Q)\s*{YEAR}"),
        ("year", r"(?-i:FY)\s?(?:20\d\d|\d\d)(?![\d%])"),
        ("decade", rf"(?:the\s+)?{PMOD}?(?:(?:1[5-9]|20)\d0['’]?s|['’]\d0s)\b"),
        # spaCy may fold "the 18th century" into a longer entity ("21 years in the 18th century")
        ("century", rf"(?:the\s+)?{PMOD}?(?:1?\d|2[01])(?:st|nd|rd|th)[\s-]+century\b"),
        ("relative", rf"{EDGE}?(?:the\s+)?{PMOD}?{REL}\s+(?:{SEASON}|{WDAY}(?:\s+{POD})?|week(?:end)?|month|year|quarter|decade|century)(?!s|-(?!end\b)\w)"),
        ("relative", rf"{EDGE}?{PMOD}?(?:this|that|the\s+same)\s+(?:{POD}|week(?:end)?|month|year|day|{SEASON})(?![\w-])"),
        ("relative", r"the\s+(?:(?:current|full|latest|entire|whole)\s+)?(?:fiscal\s+)?year(?![\w-])"),
        ("relative", rf"{EDGE}(?:week|month|year|decade|century|quarter)(?![\w-])"),
        ("relative", r"the\s+past\s+(?:day|hour)(?![\w-])"),  # a period up to now, as "the past week"
        ("day", rf"(?:(?:early|late)\s+)?(?:yesterday|today|tomorrow|tonight)(?:\s+{POD})?"),
        ("day", rf"(?:last|tomorrow|yesterday)\s+{POD}"),
        ("day", rf"mid[\s-]+{POD}\s+(?:yesterday|today|tomorrow)"),
        ("weekday", rf"(?:(?:earlier|later|early|late)\s+)?{WDAY}(?:\s+{POD})?"),
        ("ago", rf"(?:(?:{NUM}|the)(?:\s+|-)(?:more\s+)?{UNIT}|(?:more\s+than\s+)?{NUM}\s+{UNIT})(?:\s+or\s+so)?\s+(?:ago|(?:earlier|later)(?!\s+than\b)|from\s+now|hence|before(?=\s*(?:[,.;:!?)\"”]|$)))"),
        ("ago", r"(?:the\s+)?(?:a\s+)?year(?:\s+|-)(?:earlier|ago)(?:\s+(?:quarter|period))?"),
        # (not "a quarter-point cut", "the quarter-finals")
        ("quarter", rf"(?:the\s+|(?:this|last|next)\s+year['’]s\s+)?(?:(?:{ORD}|{YEAR})(?:\s+|-)){{0,3}}(?:fiscal\s+)?quarters?(?!-(?!end)\w)(?:\s+of\s+(?:fiscal\s+)?(?:{YEAR}|(?:this|last|next)\s+year))?"),
        ("quarter", rf"(?:the\s+|(?:this|last|next)\s+year['’]s\s+)?(?:first|second|1st|2nd|last)(?:\s+|-)half(?:\s+of\s+(?:the\s+year|{YEAR}|(?:this|last|next)\s+year))?"),
        ("quarter", rf"(?:the\s+)?{MONTH}\s*[-–]\s*{MONTH}\s+quarter(?![\w-])"),  # "the January-March quarter"
        ("season", rf"{PMOD}?(?:the\s+)?{SEASON}(?:\s+(?:of\s+)?{YEAR})?"),
        ("duration", rf"(?:the\s+)?(?:(?:past|last|next|first|coming|previous|following|final|latest|remaining|same|initial)\s+)?{NUM}(?:(?:\s+|-)(?:or|to)(?:\s+|-){NUM})?(?:\s+|-)(?:more\s+|additional\s+|full\s+|straight\s+|consecutive\s+)?{UNIT}(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?(?![\s-]+old)(?!-(?:old|\w))"),
        ("duration", r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|several|multi)[\s-]+)?(?:hour|day|week|month|year|decade|centur(?:y|ies))s?-long"),
        ("duration", r"half(?:\s+an?\s+|-)(?:hour|day|week|month|year|decade|century)(?![\w-])"),
        # "in the next year or two": a stretch of up to two years, not next year
        ("duration", r"(?:the\s+)?(?:next|past|last|coming)\s+(?:day|week|month|year)\s+or\s+(?:two|three)(?![\w-])"),
        ("duration", rf"another\s+(?:{NUM}(?:\s+|-))?{UNIT}(?![\w-])"),
        # "within the next fortnight": a stretch, as "the next two weeks" is (a fortnight is no calendar unit)
        ("duration", r"(?:the\s+)?(?:next|past|last|coming|previous|following)\s+fortnight(?![\w-])"),
        ("overnight", r"overnight"),
        ("bare_unit", r"(?:for|over|in|within|take|takes|took)\s+(?P<x>years|months|weeks|days|decades|hours)\b"),
        ("bare_unit", r"(?:within|for)\s+(?P<x>minutes)\b(?!\s+(?:of|after|before|later|earlier))"),
        ("set", rf"(?:every|each|per)\s+(?:other\s+)?(?:{NUM}\s+)?(?:{UNIT}|{WDAY}(?:\s+{POD})?|{POD}|{MONTH}|{SEASON})"),
        ("set", rf"{WDAY}s|{WDAY}\s+(?:morning|afternoon|evening|night)s"),
        ("set", _alt(data["sets"])),
        ("set", rf"(?:once|twice|(?:{NW}|several|many|\d+)\s+times)\s+(?:a|an|per|every|each)\s+{UNIT}(?!s)"),
        # "five days a week", "24 hours a day": a count of units in each period (TimeBank: a SET)
        ("set", rf"(?:{NW}|\d+)\s+(?:hour|day|night|week|month)s?\s+(?:a|an|per)\s+(?:day|week|month|year)(?![\w-])"),
        # "9 a.m. Tuesday", "6pm on Saturday" (one timex, as TimeBank and our blind annotators
        # have it), but "10 a.m. on April 5" is two (the blind annotators split those); British
        # "9.30am" and "10.40 GMT" (a bare "10.40" is a number, "(01.15 GMT)" a conversion)
        ("time", rf"(?:(?<![\d.,:])\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|(?<![\d.,:])\d{{1,2}}:\d{{2}}(?![\d:])|(?<![\d.,:$£€(])(?:[01]?\d|2[0-3])\.[0-5]\d(?={TZ})|noon|midnight|midday){TZ}?(?:,?\s+(?:(?:on\s+)?{WDAY}|{MONTH}\s+{DAYNUM}))?"),
        ("year_end", r"(?:the\s+)?year(?:['’]s)?(?:\s+|-)end"),
        ("period", rf"the\s+(?:latest|same|comparable|corresponding|year-earlier|year-ago|year-before|{YEAR})\s+period(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"),
        ("reference", _alt(references)),
        ("holiday", rf"(?:(?:last|next|this)\s+)?{HOLIDAY}(?:\s+{YEAR})?"),
        ("anaphor", r"\bat\s+(?P<x>the\s+time)\b"),
        # "for the week", "throughout the week", "the week's most active session": the story's week
        ("story_week", r"(?:\b(?:for|during|throughout|over|in|of)\s+|^|(?<=[.!?]\s))(?P<x>the\s+week)(?=['’]s\b|\s*[,.;:)]|\s*$)"),
        ("anaphor", r"(?:later|earlier|early|late)\s+in\s+(?P<x>the\s+day)\b"),
        ("anaphor", rf"\b(?:in|during|through|throughout)\s+(?P<x>the\s+{POD})\b"),
        ("anaphor", rf"the\s+(?:next|following|previous)\s+(?:day|{POD})"),
        ("anaphor", rf"mid[\s-]+{POD}"),
        ("time", r"\d{1,2}(?::\d{2})?\s+(?:o['’]clock\s+)?(?:in\s+the|this)\s+(?:morning|afternoon|evening)|\d{1,2}\s+o['’]clock|midday"),
        # a clock read out: "ten past eight", "half past nine", "a quarter to ten" (see `_spoken_clock`)
        # ("to" only after "quarter": "five to ten years", "ten to one" are ranges and odds)
        ("time", rf"(?:(?:a\s+)?(?:quarter|half|{SPOKEN_MINUTES})\s+past|(?:a\s+)?quarter\s+to)\s+{SPOKEN_HOURS}(?![\w-])(?!\s+(?:{UNIT}|per\s*cent|percent))(?:\s+(?:in\s+the|this)\s+(?:morning|afternoon|evening))?"),
        # wire-service clock "by 1150 GMT" (not the "(0735 GMT)" that converts a local time)
        ("time", r"(?<![(\d.,:$£€-])(?:[01]\d|2[0-3])[0-5]\d\s+(?-i:GMT|UTC)(?!\))"),
        # a live page's entry stamp alone on its line, with no zone: "13.48" (a decimal is never alone)
        ("time", r"(?:(?<=\n)|^)(?:[01]\d|2[0-3])\.[0-5]\d(?=[ \t]*(?:\n|$))"),
        ("decade", rf"the\s+{_alt(data['decade_words'])}"),
    ]
    patterns = tuple(
        (name, re.compile(rf"{_WORD_START}{rx}{_WORD_END}" if name != "bare_unit" else rx, re.IGNORECASE))
        for name, rx in raw
    )
    # One pass that finds the few offsets where some word-start pattern matches: a separate
    # finditer per pattern made re try every pattern at every offset, most of the timex time.
    # (Named groups are not needed to find the offsets; every pattern matches at least one
    # character, so matching each pattern only at these offsets is the same as its finditer.)
    at_word_start = tuple(name != "bare_unit" for name, _ in raw)
    start_scan = re.compile(
        _WORD_START + "(?=" + "|".join(f"(?:{rx}{_WORD_END})".replace("(?P<x>", "(?:")
                                       for (name, rx), anchored in zip(raw, at_word_start) if anchored) + ")",
        re.IGNORECASE)
    mod_before = re.compile(rf"(?:^|\s){_alt(data['mods'])}\s*$", re.IGNORECASE)
    return Lexicon(
        numbers=numbers, fuzzy=fuzzy, ordinals=data["ordinals"], months=months, weekdays=weekdays,
        seasons=seasons, parts_of_day=pods, units={k: tuple(v) for k, v in units.items()},
        references=references, ambiguous_references=ambiguous, sets=data["sets"], mods=data["mods"],
        mods_inside=frozenset(data["mod_extent"]["inside"]), period_mods=data["period_mods"],
        future_verbs=frozenset(data["tense"]["future_verbs"]),
        future_aux=frozenset(data["tense"]["future_auxiliaries"]),
        reported_future_aux=frozenset(data["tense"].get("reported_future_auxiliaries", ())),
        refusal_verbs=frozenset(data["tense"].get("refusal_verbs", ())),
        prospect_adjectives=frozenset(data["tense"].get("prospect_adjectives", ())),
        arrangement_verbs=frozenset(data["tense"]["arrangement_verbs"]),
        future_markers=frozenset(data["tense"]["future_markers"]),
        tensed_markers=frozenset(data["tense"].get("tensed_markers", ())),
        deferral_verbs=frozenset(data["tense"].get("deferral_verbs", ())),
        marker_needs=dict(data["tense"].get("marker_needs", {})),
        deadline_prepositions=frozenset(data["tense"].get("deadline_prepositions", ())),
        results_words=frozenset(data["tense"]["results_words"]),
        habitual_words=frozenset(data["tense"]["habitual_words"]),
        forward_nouns=re.compile(r"\s+" + _alt(data["tense"]["forward_nouns"]) + r"\b", re.IGNORECASE),
        prediction_verbs=frozenset(data["tense"]["prediction_verbs"]),
        act_dated_verbs=frozenset(data["tense"]["act_dated_verbs"]),
        forecast_nouns=frozenset(data["tense"]["forecast_nouns"]),
        counted_units_after=re.compile(r"\b" + _alt(data["look_alikes"]["counted_units_after"]) + r"\s+$", re.IGNORECASE),
        future_participles=frozenset(data["tense"].get("future_participles", ())),
        superseded_plan_adverbs=frozenset(data["tense"].get("superseded_plan_adverbs", ())),
        generic_today_nouns=frozenset(data["generic_today"]["nouns"]),
        indefinite_future=frozenset(data["tense"]["indefinite_future"]),
        lower_case_time_words=frozenset(data["look_alikes"]["lower_case_time_words"]),
        year_prepositions=frozenset(data["look_alikes"]["year_prepositions"]),
        idioms=frozenset(data["look_alikes"]["idioms"]),
        speech_verbs=frozenset(data["look_alikes"]["speech_verbs"]),
        holidays_fixed=data["holidays"]["fixed"], holidays_floating=data["holidays"]["floating"],
        holidays_easter=data["holidays"]["easter"],
        patterns=patterns, mod_before=mod_before, start_scan=start_scan, at_word_start=at_word_start,
        spoken_year_any=re.compile(r"\b" + SPOKEN_YEAR.replace(r"[\s-]+", r"[ -]") + r"\b", re.IGNORECASE),
        spoken_year=re.compile(r"(?:the year )?" + SPOKEN_YEAR.replace(r"[\s-]+", r"[ -]"), re.IGNORECASE),
        decade_words=data["decade_words"],
        holiday_re=re.compile(rf"\b{HOLIDAY}\b"),
        token_re=re.compile(r"\d{1,2}:\d{2}|\d+/\d+/\d+|\d+/\d+|\d{4}-\d{2}-\d{2}|\d+(?:[.,]\d+)*|[a-z]+(?:'s)?|'\d0s", re.IGNORECASE),
    )


# --------------------------------------------------------------------------------------------
# Calendar arithmetic
# --------------------------------------------------------------------------------------------


def _parse_anchor(published: Optional[str]) -> Optional[dt.date]:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


# Days after a season's end during which "this <season>" (not in the future tense) still means it.
SEASON_AFTERGLOW = 31
# Days ahead within which a named holiday is this year's even in a past-tense report.
HOLIDAY_AHEAD_DAYS = 14
# The month each season starts in; winter 1997 runs from December 1997 into 1998.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_year(season: str, anchor: dt.date, rel: Optional[str], tense: str) -> int:
    """The year of the season meant: 'last'/'next' skip the current one; the past tense takes the
    current or the latest one, the future the current or the coming one; 'this' takes the current
    one, else the one just gone if the clause is past or it ended within SEASON_AFTERGLOW days
    ("this winter", said in mid-March), else the one of this calendar year ("this fall", said in
    February)."""
    spans = []
    for y in range(anchor.year - 2, anchor.year + 2):
        start = dt.date(y, SEASON_START[season], 1)
        spans.append((y, start, _add_months(start, 3) - dt.timedelta(days=1)))
    current = next((y for y, start, end in spans if start <= anchor <= end), None)
    latest, latest_end = max((y, end) for y, start, end in spans if end < anchor)
    coming = min(y for y, start, end in spans if start > anchor)
    if rel == "last":
        return latest
    if rel == "next":
        return coming
    if current is not None:
        return current
    if rel is None and tense == "past":
        return latest
    if rel == "this" and tense != "future" and (tense == "past" or (anchor - latest_end).days <= SEASON_AFTERGLOW):
        return latest  # "the second time this winter", said in mid-March: the winter just gone
    if rel is None and tense == "future":
        return coming
    return anchor.year


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).isoweekday() == weekday]
    return dt.date(year, month, days[nth - 1] if nth > 0 else days[nth])


def value_range(value: Optional[str]) -> Optional[tuple[str, str]]:
    """The [first day, last day] covered by a datable TIMEX3 value, else None."""
    if not value:
        return None
    value = re.sub(r"(?:-XX)+$", "", value)  # '2019-05-XX': some day in May 2019
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value)
        if m:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d.isoformat(), d.isoformat()
        m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
        if m:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return (monday + dt.timedelta(5)).isoformat(), (monday + dt.timedelta(6)).isoformat()
            return monday.isoformat(), (monday + dt.timedelta(6)).isoformat()
        m = re.fullmatch(r"(\d{4})-(\d{2})", value)
        if m:
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1).isoformat(), dt.date(y, mo, calendar.monthrange(y, mo)[1]).isoformat()
        m = re.fullmatch(r"(\d{4})-([QH])(\d)", value)
        if m:
            y, n = int(m[1]), int(m[3])
            size = 3 if m[2] == "Q" else 6
            first = dt.date(y, (n - 1) * size + 1, 1)
            last = _add_months(first, size) - dt.timedelta(1)
            return first.isoformat(), last.isoformat()
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
        if m:
            y = int(m[1])
            start = {"SP": (y, 3), "SU": (y, 6), "FA": (y, 9), "WI": (y, 12)}[m[2]]
            first = dt.date(start[0], start[1], 1)
            return first.isoformat(), (_add_months(first, 3) - dt.timedelta(1)).isoformat()
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-01-01", f"{value}-12-31"
        if re.fullmatch(r"\d{3}", value):
            return f"{value}0-01-01", f"{value}9-12-31"
        if re.fullmatch(r"\d{2}", value):
            return f"{value}00-01-01", f"{value}99-12-31"
    except ValueError:
        return None
    return None


# --------------------------------------------------------------------------------------------
# Tense of the governing verb
# --------------------------------------------------------------------------------------------


def _tense(doc, start: int, end: int, lex: Lexicon) -> str:
    """'past', 'future' or 'present' for the clause a timex at [start, end) sits in."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "past"
    tok = span.root
    seen = 0
    verb = None
    while seen < 12:
        marker = tok.lower_ if tok.lower_ in lex.future_markers else tok.lemma_.lower()
        if (marker in lex.future_markers
                and not (tok.pos_ == "VERB" and _past_tensed(tok))  # "the truce expired on Sunday"
                and (marker not in lex.marker_needs or (tok.i > 0 and tok.nbor(-1).lower_ == lex.marker_needs[marker]))):
            # "had been due to expire Friday": a deadline already past
            gov = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            while gov is not None and gov.dep_ == "xcomp" and gov.head.pos_ in ("VERB", "AUX"):
                gov = gov.head  # "did not begin processing returns until Jan. 30": the tense of "begin"
            had = gov is not None and any(c.lower_ == "had" for c in gov.children)
            if (tok.lower_ in lex.tensed_markers and gov is not None and _past_tensed(gov)
                    and gov.lemma_.lower() not in lex.deferral_verbs):
                # "did not release details until Tuesday night": it happened then; "kept going
                # until 2 a.m. Friday": either way, the nearest ("postponed until Tuesday" is ahead)
                return "past" if any(c.dep_ == "neg" for c in gov.children) else "present"
            return "past" if had or tok.head.lower_ == "had" else "future"
        if tok.pos_ in ("VERB", "AUX") and tok not in span:
            if (tok.tag_ == "VBG" and tok.dep_ == "acl" and verb is None
                    and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)):
                # "the fiscal year ending in June will show ...": a noun's -ing modifier has no
                # tense of its own; the clause it sits in gives it
                tok, seen = tok.head, seen + 1
                continue
            verb = tok
            break
        if tok.head.i == tok.i:  # spaCy makes a new Token per access, so compare indices
            break
        tok = tok.head
        seen += 1
    if verb is None:
        # a parse that strands the timex ("at 8:30 a.m. Eastern time Thursday" made a root of
        # "time"): the nearest verb before it in the sentence governs it
        verb = next((t for t in reversed(doc[span.sent.start:span.start]) if t.pos_ in ("VERB", "AUX")
                     and t.dep_ not in ("amod", "acl", "relcl", "compound")), None)
    if verb is None:
        return "past"  # headlines and fragments: news reports the past
    chain = [verb]
    head = verb
    for _ in range(3):
        # "is scheduled to take place on Sunday": look up the xcomp chain; "will travel to Rome and
        # return on Thursday": a conjoined verb without its own auxiliary or subject shares them
        if (head.dep_ == "xcomp" or head.dep_ == "ccomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children)
                ) and head.head.i != head.i:
            # ("expects sales to rise in October": the parser makes the infinitive a ccomp)
            head = head.head
            chain.append(head)
        elif (head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX")
              and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in head.children)
              and head.tag_ in ("VB", head.head.tag_)):
            head = head.head
            chain.append(head)
        else:
            break
    for v in chain:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass") and _same_clause(c, v)]
        if any(a.lower_ in lex.future_aux for a in auxes):
            return "future"
        if any(a.lower_ in ("would", "'d") for a in auxes) and any(c.dep_ == "neg" for c in v.children) \
                and v.lemma_.lower() in lex.refusal_verbs:
            return "past"  # "In an interview Thursday, Witkoff would not confirm the plan": he refused then
        if any(a.lower_ in lex.reported_future_aux for a in auxes) and not any(a.lemma_ == "have" for a in auxes):
            return "future"  # "would reopen on Tuesday" (not "would have won on Sunday")
        if (v is verb and v.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes)
                and v.lemma_.lower() in lex.arrangement_verbs and _dated_directly(span.root, verb)):
            # "the ministers are meeting on Thursday": an arrangement ("is raising questions about
            # Monday's debate" is not)
            return "future"
        if (v is verb and v.tag_ in ("VBZ", "VBP") and not auxes and v.lemma_.lower() in lex.arrangement_verbs
                and _dated_directly(span.root, verb) and not _reporting_occasion(v, lex)):
            return "future"  # the timetable present: "games resume on Thursday", "the summit opens Monday"
        if (v is verb and v.tag_ in ("VBZ", "VBP") and v.lemma_ == "be"
                and any(c.dep_ == "acomp" and c.lower_ in lex.future_markers for c in v.children)):
            return "future"  # "is due in Washington on Monday": the parser hangs the day on "is"
        reported = v.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children)
        if (v is verb and v.lemma_ == "be" and (v.tag_ in ("VBZ", "VBP") or reported)
                and any(c.dep_ == "acomp" and c.lower_ in lex.prospect_adjectives for c in v.children)):
            return "future"  # "said a decision was unlikely before October": a prospect, so ahead
        if _than_expected(v):
            continue  # "cooled more than economists expected in October": the month of the cooling
        if (v.lemma_.lower() in lex.future_verbs
                and not (v is verb and v.tag_ == "VBD" and v.lemma_.lower() in lex.act_dated_verbs)) or (
                v.lemma_.lower() in lex.prediction_verbs
                and (v is not verb or any(c.lower_ == "to" and c.i == v.i + 1 for c in v.children))):
            # ("was forecast to crest": the parser may make "to crest" a prepositional phrase; a
            # simple past "proposed the package on Tuesday" dates the proposal itself, but
            # "planned a rally on Saturday", "expected no breakthrough before the autumn" still
            # date what was planned or expected)
            # "had been scheduled to expire Friday", "originally scheduled to begin in January":
            # a plan already in the past
            superseded = any(c.dep_ == "advmod" and c.lower_ in lex.superseded_plan_adverbs for c in v.children)
            return "past" if superseded or any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes) else "future"
        if any(a.lower_ == "going" for a in auxes) and any(c.lower_ == "to" for c in v.children):
            return "future"
        if (v.dep_ == "xcomp" and v.head.lemma_ == "be" and v.head.tag_ in ("VBZ", "VBP")
                and any(a.lower_ == "to" for a in auxes)):
            return "future"  # "the court is to rule on Tuesday": an arrangement, so a coming day
        bare = not auxes and v.dep_ != "ROOT" and not any(c.dep_.startswith("nsubj") for c in v.children)
        # "is set for Tuesday", "was set for July 9" (a date fixed ahead), not "had been set for"
        be_passive = bool(auxes) and all(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP", "VBD") for a in auxes)
        if (v.tag_ == "VBN" and v.lemma_.lower() in lex.future_participles and (bare or be_passive)
                and any(c.lower_ == "for" for c in v.children)):
            # "a summit set for April", "the meeting is set for Thursday" are arrangements; "a
            # record set on 3 May" is not
            return "future"
        present_perfect = v.tag_ == "VBN" and auxes and all(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)
        if (v.tag_ == "VBD" or present_perfect) and v.lemma_.lower() in lex.future_participles and (
                (span.root.head.lower_ == "for" and span.root.head.head == v
                 and (any(c.dep_ == "dobj" for c in v.children) or v.dep_ == "relcl"))
                or (span.root.dep_ in ("nmod", "compound") and span.root.head.dep_ == "dobj" and span.root.head.head == v)
                or (span.root.head.lower_ == "of" and span.root.head.head.dep_ == "dobj" and span.root.head.head.head == v
                    and span.root.head.head.lemma_.lower() in ("date", "deadline"))):
            # "the judge set sentencing for April 22", "a deadline that Washington has set for
            # Thursday", "set a June 3 trial date", "set a new date of Friday": a date fixed ahead
            return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VBD" and _open_condition(verb):
        # "have threatened a strike in April if no deal is reached", "if the summit fails, Ukraine
        # runs out of money in the second quarter": what hangs on an open condition is ahead
        return "future"
    if _past_tensed(verb):
        return "past"
    if any(a.lemma_ == "have" for a in auxes) and not (verb.lower_ == "got" and not _past_tensed(verb)):
        return "past"  # present perfect ("have been searching since the Oct. 23 slaying"; "we've got" is a present)
    if verb.tag_ in ("VBG", "VBN") and not auxes:
        return "past"
    if verb.tag_ == "MD" and verb.lower_ in lex.future_aux:
        return "future"
    root = span.root
    as_early_as = root.head.lower_ == "as" and root.head.head.lower_ == "early"
    if (root.dep_ == "pobj" and (root.head.lower_ in lex.deadline_prepositions or as_early_as)
            and not any(_past_tensed(a) for a in verb.ancestors)):
        # "push for a deal before the summer", "could be on show by June", "could meet as early
        # as Friday" (but "was ordered to finish by the end of January" may be a deadline gone)
        return "future"
    if as_early_as and root.dep_ == "pobj" and any(a.tag_ == "MD" for a in auxes):
        # "said a second session could take place as early as Friday": a modal's earliest date
        # is ahead even in reported speech ("could have started as early as May" was past above)
        return "future"
    return "present"


def _reporting_occasion(verb, lex: Lexicon) -> bool:
    """ "..., Svyrydenko says when we meet on Wednesday": a "when" clause on a present-tense verb
    of saying tells when the words were said (the reporter's present), not a timetable."""
    head = verb.head
    return (verb.dep_ == "advcl" and head.i != verb.i and head.tag_ in ("VBZ", "VBP")
            and head.lemma_.lower() in lex.speech_verbs
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children))


def _than_expected(verb) -> bool:
    """'more than economists expected', 'less than forecast': an expectation compared with, not
    a look ahead."""
    return (verb.dep_ in ("acl", "relcl", "advcl", "ccomp") and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "than"
            or verb.head.lower_ == "than" or any(c.lower_ == "than" and c.i < verb.i for c in verb.children))


def _open_condition(verb) -> bool:
    """The verb has a present-tense if/unless clause ('... if no deal is reached')."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
            tensed = [c] + [a for a in c.children if a.dep_ in ("aux", "auxpass")]
            if any(t.tag_ in ("VBZ", "VBP") for t in tensed) and not any(t.tag_ == "VBD" for t in tensed):
                return True
    return False


def _same_clause(aux, verb) -> bool:
    """False for an auxiliary the parser hung on a verb across a sentence end ("He really
    should.\n\nDean poked at ..." made "should" an auxiliary of "poked")."""
    lo, hi = sorted((aux.i, verb.i))
    return not any(t.text in (".", "!", "?") or (t.is_space and "\n" in t.text) for t in aux.doc[lo + 1:hi])


def _past_tensed(tok) -> bool:
    """A verb in the simple past, or with a past auxiliary ("was ordered", "had said")."""
    return tok.tag_ == "VBD" or any(c.tag_ == "VBD" for c in tok.children if c.dep_ in ("aux", "auxpass"))


def _when_clause_ahead(doc, s: int, e: int, lex: Lexicon) -> bool:
    """The date is followed by ", when" and a clause in the future tense."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "when":
        return False
    verb = doc[span.end + 1].head
    return any(c.dep_ == "aux" and c.lower_ in lex.future_aux for c in verb.children)


def _by_in_simple_past(doc, s: int, e: int) -> bool:
    """ "By Wednesday, the negotiators were in Florida": "by" on a verb in the simple past tells
    what was so by then, not a deadline ahead ("if no deal was reached by April 1" still may be)."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    return prep.lower_ == "by" and span.root.dep_ == "pobj" and prep.head.tag_ == "VBD"


def _possibility_ahead(doc, s: int, e: int) -> bool:
    """The timex's verb is an open possibility: 'could' without 'have' or a negation ('could not
    pay in December' is a past inability)."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    while (verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "acl", "xcomp")
           and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and verb.head.pos_ in ("VERB", "AUX")):
        verb = verb.head  # "could be furloughed ... beginning in late April"
    kids = [c.lower_ for c in verb.children]
    return "could" in kids and "have" not in kids and not any(c.dep_ == "neg" for c in verb.children)


def _forecast_for(doc, s: int, e: int, lex: Lexicon) -> bool:
    """The day is what a forecast or warning is about ('a warning for Monday and Tuesday', 'a
    warning for rain covering the region until 09:00 on Monday'): a forecast noun governs it
    before any tensed verb does."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.i > 0 and doc[tok.head.i - 1].lower_ in lex.forecast_nouns:
            return True  # the parser may hang "for" on the verb ("issued warnings for Monday")
        tok = tok.head
        if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or tok.dep_ == "ROOT":
            return False  # "the IMF forecast on Tuesday that ...": a verb, said that day
        if tok.lower_ in lex.forecast_nouns:
            return True  # the word, not its lemma: "warning" may be tagged a verb (VBG)
    return False


def _dated_directly(tok, verb) -> bool:
    """The timex is the verb's own time adverbial: 'meeting Thursday', 'meeting on Thursday'."""
    if tok.head.i == verb.i:
        return tok.dep_ in ("npadvmod", "advmod", "tmod", "obl")
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i == verb.i


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------


@dataclass
class _Context:
    anchor: Optional[dt.date]
    tense: str
    previous: Optional[Timex]  # last date-like timex before this one
    last_quarter: Optional[str]  # value of the last quarter mentioned, for "the quarter"
    day_in_sentence: Optional[str]  # a day value next to a clock time
    comparison: bool = False  # "up from 5 million a year earlier": measured against the present
    sentence_year: Optional[str] = None  # a year named earlier in the same sentence ("Last year, ... in May")
    sentence: Optional[Any] = None  # the spaCy sentence holding the timex, for the checks that need it
    last_day: Optional[str] = None  # the last day named, for "the next day" after a coarser date
    orthodox: bool = False  # the text's Easter is the Orthodox one (see `_ORTHODOX_EASTER`)
    story_day: Optional[str] = None  # the first day the text names: the day its story is told from
    main_day: Optional[str] = None  # the last day named outside a relative clause


def _words(text: str, lex: Lexicon) -> list[str]:
    return [w.lower() for w in lex.token_re.findall(text.replace("-", " "))]


def _number(words: list[str], lex: Lexicon) -> tuple[Optional[float], str]:
    """The quantity in a duration phrase: (value or None for X, 'X' or the digits)."""
    total, current, found = 0, 0, False
    joined = " ".join(words)
    for f in lex.fuzzy:
        if re.search(rf"\b{re.escape(f)}\b", joined) and "couple" not in f:
            return None, "X"
    half = "half" in words
    if any(w not in ("a", "an") and (w in lex.numbers or w[:1].isdigit() or w == "couple") for w in words):
        words = [w for w in words if w not in ("a", "an")]  # "a couple of", "a hundred"
    for w in words:
        clean = w.replace(",", "")
        frac = re.fullmatch(r"(\d+)/(\d+)", clean)
        if frac and int(frac[2]):
            current += int(frac[1]) / int(frac[2])
            found = True
        elif re.fullmatch(r"\d+(\.\d+)?", clean):
            current += float(clean)
            found = True
        elif w in lex.numbers:
            n = lex.numbers[w]
            if n == 100:
                current = (current or 1) * 100
            else:
                current += n
            found = True
        elif w == "couple":
            current += 2
            found = True
    total += current
    if not found:
        return None, "X"
    if half:
        total += 0.5
    return total, (str(int(total)) if total == int(total) else str(total))


def _duration_value(n: Optional[float], unit: str, lex: Lexicon) -> str:
    letter, clock, _ = lex.units[unit]
    if n is None:
        num = "X"
    else:
        num = str(int(n)) if n == int(n) else None
    if letter == "DE":
        return f"P{int(n * 10)}Y" if n is not None and n * 10 == int(n * 10) else "PXY" if n is None else f"P{n}DE"
    if letter == "CE":
        return f"P{int(n * 100)}Y" if n is not None else "PXCE"
    if letter == "WE":
        return f"P{num or n}WE"
    if letter == "2W":
        return f"P{int(2 * n)}W" if n is not None else "PXW"
    if letter == "Q":  # TimeBank writes quarters as months: "three quarters" is P9M
        return f"P{int(3 * n)}M" if n is not None and 3 * n == int(3 * n) else "PXQ" if n is None else f"P{n}Q"
    if num is None:  # fractional: "5 1/2 hours" is PT5H30M, "2 1/2 years" P2Y6M
        smaller = {"H": (60, "M"), "Y": (12, "M"), "D": (24, "H"), "M": (60, "S") if clock else (30, "D"), "W": (7, "D")}
        if letter in smaller:
            mult, sl = smaller[letter]
            whole, rest = int(n), round((n - int(n)) * mult)
            t_whole = "T" if clock else ""
            if letter == "D":
                return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
            if not whole:  # "half an hour" is PT30M, not PT0H30M
                return f"P{t_whole}{rest}{sl}"
            return f"P{t_whole}{whole}{letter}{rest}{sl}"
        num = str(n)
    return f"P{'T' if clock else ''}{num}{letter}"


def _unit_of(words: list[str], lex: Lexicon) -> Optional[str]:
    for w in reversed(words):
        base = w[:-1] if w.endswith("s") and w[:-1] in lex.units else w
        if w == "centuries":
            return "centuries"
        if base in lex.units and base != "night":
            return base
    return None


def _shift(anchor: dt.date, unit: str, n: int, lex: Lexicon) -> Optional[str]:
    """The value of the `unit` that is n units from the anchor (n<0: past), at that granularity."""
    gran = lex.units[unit][2]
    if gran == "day":
        return (anchor + dt.timedelta(n)).isoformat()
    if gran in ("week",):
        return _week_value(anchor + dt.timedelta(7 * n))
    if gran == "weekend":
        return _week_value(anchor + dt.timedelta(7 * n)) + "-WE"
    if gran == "month":
        return _add_months(anchor, n).strftime("%Y-%m")
    if gran == "quarter":
        d = _add_months(anchor, 3 * n)
        return f"{d.year}-Q{_quarter(d)}"
    if gran == "year":
        return str(anchor.year + n)
    if gran == "decade":
        return str((anchor.year + 10 * n) // 10)
    if gran == "century":
        return str((anchor.year + 100 * n) // 100)
    return None


def _pick_weekday(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    delta = weekday - anchor.isoweekday()
    if direction == "past":
        return anchor + dt.timedelta(delta if delta <= 0 else delta - 7)
    if direction == "future":
        return anchor + dt.timedelta(delta if delta >= 0 else delta + 7)
    # present: the nearest such day, ties to the past
    back = delta if delta <= 0 else delta - 7
    fwd = delta if delta >= 0 else delta + 7
    return anchor + dt.timedelta(back if -back <= fwd else fwd)


# Days this close to the publication date are taken in its year, whatever the tense.
NEAR_DAYS = 14


# "the Orthodox Easter truce ... on Easter morning": a text that names the Orthodox Easter means it
# by every "Easter" (in 2026 a week after the Western one)
_ORTHODOX_EASTER = re.compile(r"\bOrthodox\s+(?:Church\s+)?Easter\b|\bEaster\b[^.\n]{0,40}\bOrthodox\b", re.IGNORECASE)


def _in_relative_clause(doc, start: int, end: int) -> bool:
    """Whether the text at [start, end) hangs in a relative clause ("Sybiha, who told Ukrinform on Monday")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    node = span.root if span is not None and len(span) else None
    while node is not None and node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def is_holiday_name(text: str) -> bool:
    """Whether a time expression names a holiday ("Orthodox Easter", "Christmas Day"): the time of
    what is planned or marked, hardly ever the day someone spoke."""
    lex = lexicon()
    name = re.sub(r"^(?:the\s+)?(?:orthodox|catholic|western)\s+", "", text.strip().lower())
    return name in lex.holidays_easter or name in lex.holidays_fixed or name in lex.holidays_floating


def _holiday(name: str, year: int, lex: Lexicon, orthodox: bool = False) -> dt.date:
    if name in lex.holidays_easter:
        return easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN) + dt.timedelta(lex.holidays_easter[name])
    if name in lex.holidays_fixed:
        month, day = lex.holidays_fixed[name].split("-")
        return dt.date(year, int(month), int(day))
    month, weekday, nth = lex.holidays_floating[name]
    return _nth_weekday(year, month, weekday, nth)


def _year_for_month(anchor: dt.date, month: int, day: Optional[int], tense: str, rel: Optional[str]) -> int:
    here = (anchor.month, anchor.day if day else 0)
    there = (month, day or 0)
    if rel == "this":
        return anchor.year  # "this September" is in the publication year, whatever the tense
    this_month = rel is None and day is None and month == anchor.month  # "in March", said in March
    if rel in ("last", "next") and day is None and month == anchor.month:
        return anchor.year + (1 if rel == "next" else -1)  # "last March", said in March
    if rel == "last" and day is None and month == (anchor.month - 2) % 12 + 1:
        # "last May", said in June, is May of the year before (TimeBank: "last February" said on
        # 1 March 1998 is 1997-02); the month just gone is "in May"
        return (anchor.year if month < anchor.month else anchor.year - 1) - 1
    if rel == "last" or (rel is None and tense == "past"):
        return anchor.year if there <= here or this_month else anchor.year - 1
    if rel == "next" or (rel is None and tense == "future"):
        return anchor.year if there >= here or this_month else anchor.year + 1
    # present or unknown: the nearest such month
    return min((anchor.year - 1, anchor.year, anchor.year + 1),
               key=lambda y: abs((y - anchor.year) * 12 + month - anchor.month))


def _date(y: int, m: int, d: int) -> Optional[str]:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


_SPOKEN_CLOCK = re.compile(r"(?:a\s+)?(quarter|half|[a-z]+(?:[\s-][a-z]+)?)\s+(past|to)\s+([a-z]+)"
                           r"((?:\s+(?:in\s+the|this)\s+(?:morning|afternoon|evening))?)")


def _spoken_clock(low: str, lex) -> Optional[str]:
    """ "ten past eight" -> "8:10", "a quarter to ten this morning" -> "9:45 this morning"; None
    for anything else. (dateparser reads digits, not a clock said in words.)"""
    m = _SPOKEN_CLOCK.fullmatch(low)
    if m is None:
        return None
    minutes = {"quarter": 15, "half": 30}.get(m[1]) or lex.numbers.get(m[1].replace("-", " "))
    hour = lex.numbers.get(m[3])
    if not minutes or not hour or minutes >= 60 or hour > 12 or (m[2] == "to" and m[1] != "quarter"):
        return None  # ("five to ten years" is a range)
    if m[2] == "to":
        hour, minutes = (hour - 1 or 12), 60 - minutes
    return f"{hour}:{minutes:02d}{m[4]}"


_CLOCK = re.compile(r"(?:(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s+(?:gmt|utc)\b)|(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?|(?:o['’]clock\s+)?(?:in\s+the|this)\s+(?:morning|afternoon|evening)|o['’]clock)(?!\w)|(?P<h2>\d{1,2})[:.](?P<m2>\d{2})|(?P<word>noon|midnight|midday))")
_CLOCK_TAIL = re.compile(r"^[\s,()]*(?:[ecmp][sd]?t|gmt|utc|bst|ces?t|ees?t|msk|local time|(?:eastern|central|mountain|pacific)(?: (?:standard|daylight))? time)?[\s,()]*(?:on\s+)?", re.IGNORECASE)


def normalise(text: str, ctx: _Context, lex: Optional[Lexicon] = None) -> Optional[tuple[str, Optional[str], Optional[str]]]:
    """(type, value, mod) of a time expression, or None when it is not one we understand."""
    lex = lex or lexicon()
    low = re.sub(r"\s+", " ", text.lower()).strip(" ,.").replace("’", "'")  # typographic apostrophes
    m = lex.spoken_year.fullmatch(low)
    if m:  # "nineteen ninety-six"
        tens = lex.numbers.get(m[2], 0) + lex.numbers.get(m[3] or "", 0)
        return "DATE", str({"nineteen": 1900, "twenty": 2000}[m[1]] + tens), None
    low = lex.spoken_year_any.sub(lambda m: str({"nineteen": 1900, "twenty": 2000}[m[1].lower()] + lex.numbers.get(m[2].lower(), 0) + lex.numbers.get((m[3] or "").lower(), 0)), low)
    words = _words(low, lex)
    if not words:
        return None
    anchor, tense = ctx.anchor, ctx.tense
    m = re.fullmatch(r"(?:q([1-4])|([1-4])q) ?(\d{4})", low)
    if m:  # "Q3 2013", "3Q 2013"
        return "DATE", f"{m[3]}-Q{m[1] or m[2]}", None
    m = re.fullmatch(r"fy ?(\d{4}|\d\d)", low)
    if m:  # "FY2012", "FY13": the fiscal year, named by the calendar year it ends in
        year = int(m[1]) if len(m[1]) == 4 else 2000 + int(m[1])
        return "DATE", str(year), None
    if low.startswith("the week of "):  # "the week of March 6": the ISO week holding that day
        got = normalise(low[len("the week of "):], ctx, lex)
        if got and got[1] and re.fullmatch(r"\d{4}-\d\d-\d\d", got[1]):
            return "DATE", _week_value(dt.date.fromisoformat(got[1])), None
        return None
    wset = set(words)
    joined = " ".join(words)
    mod = None
    for w, m in lex.period_mods.items():
        if re.match(rf"(?:the )?{w}\b", low):  # "early March", "mid-2024", "late last year"
            mod = m
            break
    if low.startswith(("the beginning of", "the start of")):
        mod = "START"
    elif low.startswith("the end of"):
        mod = "END"
    elif low.startswith("the middle of"):
        mod = "MID"

    if low.endswith("-long") or low.endswith(" long"):  # "decade-long", "a years-long slump"
        unit = _unit_of(words[:-1], lex)
        if unit:
            counted = [w for w in words[:-1] if w not in ("multi",)]
            n, _ = _number(counted, lex)
            if counted[-1].endswith("s") or "multi" in words:
                n = None  # "years-long": an unspecified number of years
            elif n is None and "several" not in words:
                n = 1
            return "DURATION", _duration_value(n, unit, lex), None
    if low == "overnight":
        if not anchor:
            return "TIME", None, None
        night = anchor - dt.timedelta(1) if tense == "past" else anchor
        return "TIME", f"{night.isoformat()}TNI", None
    # parts of the day named by reference to the last date ("in the morning", "the next day")
    if low != "midday" and (low == "the day" or any(w in lex.parts_of_day for w in words)) or re.fullmatch(r"the (?:next|following|previous) day", low):
        m = re.fullmatch(r"(?:the (next|following|previous) |the |mid[ -]?)(day|\w+)", low)
        if m and (m[2] == "day" or m[2] in lex.parts_of_day):
            prev = ctx.previous.value if ctx.previous and ctx.previous.value else None
            if m[1] and not (prev and re.match(r"\d{4}-\d{2}-\d{2}", prev)):
                # "met him on Tuesday, his first visit since December. ... flew on the next day":
                # the day after the last day named, not after a month
                prev = ctx.last_day or prev
            if m[1] and tense == "present" and ctx.story_day:
                # "By the time the train pulls into Przemyśl the next morning": a story told in the
                # present goes on from its own day, not from a date of its background
                prev = ctx.story_day
            base = dt.date.fromisoformat(prev[:10]) if prev and re.match(r"\d{4}-\d{2}-\d{2}", prev) else anchor
            if base is not None and anchor is not None and base > anchor and tense != "future" and not m[1]:
                base = anchor  # "will stay closed until Thursday. ... lines formed by the afternoon": today's
            if base is None:
                return ("DATE" if m[2] == "day" else "TIME"), None, None
            base += dt.timedelta({"next": 1, "following": 1, "previous": -1}.get(m[1] or "", 0))
            if m[2] == "day":
                return "DATE", base.isoformat(), None
            return "TIME", f"{base.isoformat()}T{lex.parts_of_day[m[2]]}", None
    m = re.fullmatch(r"the (\w+)", low)
    if m and m[1] in lex.decade_words:
        return "DATE", f"19{lex.decade_words[m[1]]}", None
    # fixed references ("now", "recently", "the future")
    if low in lex.references:
        ref = lex.references[low]
        return ("DURATION" if re.match(r"PT?[\dX]", ref) else "DATE"), ref, None
    # sets: "daily", "every week", "each Monday"
    if low in lex.sets:
        return "SET", lex.sets[low], None
    m = (re.fullmatch(r"(?:once|twice|\S+(?: \S+)? times) (?:a|an|per|every|each) (\w+)", low)
         or re.fullmatch(r"\S+ (?:hour|day|night|week|month)s? (?:a|an|per) (\w+)", low))
    if m and _unit_of([m[1]], lex):  # "twice a year", "five days a week": the period it recurs in
        return "SET", _duration_value(1, _unit_of([m[1]], lex), lex), None
    if words[0] in ("every", "each", "per"):
        rest = [w for w in words[1:] if w != "other"]
        for w in rest:
            if w in lex.weekdays:
                pod_w = next((lex.parts_of_day[p] for p in rest if p in lex.parts_of_day), "")
                return "SET", f"XXXX-WXX-{lex.weekdays[w]}" + (f"T{pod_w}" if pod_w else ""), None
            if w in lex.parts_of_day:
                return "SET", f"XXXX-XX-XXT{lex.parts_of_day[w]}", None
            if w in lex.months:
                return "SET", f"XXXX-{lex.months[w]:02d}", None
            if w in lex.seasons:
                return "SET", f"XXXX-{lex.seasons[w]}", None
        unit = _unit_of(rest, lex)
        if unit:
            n, _ = _number([w for w in rest if w not in ("a", "an")], lex)
            if "other" in words:
                n = 2
            if unit == "quarter":
                return "SET", f"P{int(n or 1)}Q", None
            return "SET", _duration_value(n if n else 1, unit, lex), None
        return None
    # "Mondays", "Tuesday nights": every such day
    m = re.fullmatch(r"(\w+?)s?(?: (morning|afternoon|evening|night)s)?", low)
    if m and (low.endswith("s") and m[1] in lex.weekdays):
        return "SET", f"XXXX-WXX-{lex.weekdays[m[1]]}" + (f"T{lex.parts_of_day[m[2]]}" if m[2] else ""), None
    spoken = _spoken_clock(low, lex)
    if spoken is not None:
        low = spoken  # "ten past eight" -> "8:10", read as any clock time below
    # clock times, with the day they name ("9 a.m. EST Tuesday", "5 p.m. Nov. 6", "noon")
    m = _CLOCK.match(low)
    if m:
        if m["word"]:
            # midnight belongs to the day that is ending (news style: "midnight Friday" closes
            # Friday), written T24:00 as TIMEX3 allows
            hh, mm = (24, 0) if m["word"] == "midnight" else (12, 0)
        else:
            hh, mm = int(m["h"] or m["h2"] or m["h3"]), int(m["m"] or m["m2"] or m["m3"] or 0)
            ap = (m["ap"] or "").replace(".", "")
            ap = "pm" if ap.endswith(("afternoon", "evening")) else "am" if ap.endswith("morning") else ap
            if ap == "pm" and hh < 12:
                hh += 12
            elif ap == "am" and hh == 12:
                hh = 0
        if (hh > 23 and not m["word"]) or mm > 59:
            return None
        day = ctx.day_in_sentence or (anchor.isoformat() if anchor else None)
        if m["word"] == "midnight" and not ctx.day_in_sentence and anchor and ctx.tense == "past":
            day = (anchor - dt.timedelta(days=1)).isoformat()  # "broke out after midnight": last night's
        rest = _CLOCK_TAIL.sub("", low[m.end():])
        if rest:
            got = normalise(rest, ctx, lex)
            if got is None or not got[1] or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", got[1]):
                return None
            day = got[1]
        return "TIME", (f"{day}T{hh:02d}:{mm:02d}" if day else None), None

    months = [lex.months[w] for w in words if w in lex.months]
    years = [int(w) for w in words if re.fullmatch(r"1[5-9]\d\d|20\d\d", w)]
    if re.search(r"\d0'?s\b", low):
        years = []  # "the 1970s" is a decade
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b", low)
    if m:
        return "DATE", f"{int(m[1]) - 1:02d}", mod
    if len(months) == 2 and words[-1] == "quarter" and months[1] - months[0] == 2 and months[0] % 3 == 1:
        # "the January-March quarter": the calendar quarter those months make
        year = years[0] if years else (_year_for_month(anchor, months[1], None, ctx.tense, None) if anchor else None)
        return "DATE", (f"{year}-Q{months[0] // 3 + 1}" if year else None), mod
    weekday = next((lex.weekdays[w] for w in words if w in lex.weekdays), None)
    pod = next((lex.parts_of_day[w] for w in words if w in lex.parts_of_day), None)
    rel = next((w for w in words if w in ("last", "next", "this", "past", "coming", "previous", "following", "prior")), None)
    if rel in ("past", "previous", "prior"):
        rel = "last"
    if rel in ("coming", "following"):
        rel = "next"
    if "this" in wset and ("past" in wset or "coming" in wset):
        rel = "last" if "past" in wset else "next"

    # numeric dates
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", low)
    if m:
        v = _date(int(m[1]), int(m[2]), int(m[3]))
        return ("DATE", v, None) if v else None
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", low)
    if m:
        y = int(m[3]) + (0 if len(m[3]) == 4 else (1900 if int(m[3]) > 30 else 2000))
        v = _date(y, int(m[1]), int(m[2]))
        return ("DATE", v, None) if v else None

    # holidays
    hm = lex.holiday_re.search(low)
    if hm:
        name = re.sub(r"\s+", " ", hm.group(0))
        if years:
            d = _holiday(name, years[0], lex, ctx.orthodox)
            return "DATE", (_week_value(d) if re.search(r"\bweek\b", low) else d.isoformat()), None
        if not anchor:
            return "DATE", None, None
        d = _holiday(name, anchor.year, lex, ctx.orthodox)
        direction = "past" if rel == "last" else "future" if rel == "next" else tense
        # "as Easter week began": a holiday week round the publication date is under way
        near = rel is None and re.search(r"\bweek\b", low) is not None and abs((d - anchor).days) <= 7
        # a holiday a few days ahead is the one meant even in past-tense report ("said there was
        # little sign of milder weather before Easter", "said Thanksgiving was an appropriate time")
        near = near or rel is None and 0 < (d - anchor).days <= HOLIDAY_AHEAD_DAYS
        if direction == "past" and d > anchor and not near:
            d = _holiday(name, anchor.year - 1, lex, ctx.orthodox)
        elif direction == "future" and d < anchor and not near:
            d = _holiday(name, anchor.year + 1, lex, ctx.orthodox)
        if re.search(r"\bweek\b", low):  # "Holy Week", "Easter week": the week that holds it
            return "DATE", _week_value(d), None
        return "DATE", d.isoformat(), None

    # month (+ day) (+ year)
    if months:
        month = months[0]
        nums = [int(w) for w in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", low) if 1 <= int(w) <= 31]
        day = nums[0] if nums else None
        if years:
            year = years[0]
        elif anchor and re.search(r"\b(?:this|last|next) year\b", low):  # "April next year"
            year = anchor.year + {"this": 0, "last": -1, "next": 1}[re.search(r"\b(this|last|next) year\b", low)[1]]
        elif re.search(r"\bthat year\b", low) and ctx.previous and re.match(r"\d{4}", ctx.previous.value or ""):
            year = int(ctx.previous.value[:4])  # "in February 2022 ... By late March of that year"
        elif rel is None and not day and _habitual(ctx.sentence, lex):
            return "DATE", f"XXXX-{month:02d}", mod  # "flu seasons typically peak in February": any year
        elif ctx.sentence_year and rel is None and tense == "past":
            year = int(ctx.sentence_year)  # "Last year, by contrast, it was 80 degrees in mid-March"
        elif anchor:
            year = _year_for_month(anchor, month, day, tense, rel)
            if day and rel is None:
                near = _date(anchor.year, month, day)
                # a day within two weeks of publication is that one, whatever the tense says
                if near and abs((dt.date.fromisoformat(near) - anchor).days) <= NEAR_DAYS:
                    year = anchor.year
        else:
            return "DATE", None, mod
        if day:
            v = _date(year, month, day)
            return ("DATE", v, mod) if v else None
        return "DATE", f"{year}-{month:02d}", mod

    # "year-end", "the year's end"
    if "end" in wset and ("year" in wset or "year's" in wset) and len(words) <= 4 and not years:
        if not anchor:
            return "DATE", None, "END"
        # "since year-end" is the last one, "by year-end" the coming one (in December the year's
        # end has come: "spoke at his year-end press conference" is this year's)
        year = anchor.year - 1 if tense == "past" and "this" not in wset and anchor.month != 12 else anchor.year
        return "DATE", f"{year}-12-31", None
    # financial "periods" follow the quarter being reported
    if "period" in wset and ctx.last_quarter:
        y, q = ctx.last_quarter.split("-Q")
        if years:
            return "DATE", f"{years[0]}-Q{q}", None
        if "latest" in wset and anchor:
            return "DATE", _shift(anchor, "quarter", -1, lex), None
        back = 1 if ({"ago", "earlier", "before"} & wset or "last year" in joined) else 0
        return "DATE", f"{int(y) - back}-Q{q}", None
    if "period" in wset and anchor and ({"ago", "earlier"} & wset or "last year" in joined):
        # "the same period last year" with no quarter under discussion: the part of the year named
        # before it ("the first half"), a year back, or else last year
        prev = re.fullmatch(r"(\d{4})(-(?:H[12]|Q[1-4]|SP|SU|FA|WI|[01]\d))", ctx.previous.value or "") if ctx.previous else None
        if prev and (not prev[2][1:].isdigit() or _in_sentence_of(ctx.sentence, ctx.previous)):
            # ("shipments so far this month lagged the same period last year": a month, when it
            # is named in the same sentence)
            return "DATE", f"{int(prev[1]) - 1}{prev[2]}", None
        return "DATE", str(anchor.year - 1), None
    # quarters and halves
    if "quarter" in wset or "quarters" in wset:
        if "quarters" in wset:
            n, _ = _number([w for w in words if w not in lex.ordinals], lex)
            if any(w in lex.numbers or w.isdigit() for w in words) or n is None and any(w in lex.fuzzy for w in words):
                return "DURATION", _duration_value(n, "quarter", lex), mod
            return None
        ordn = next((lex.ordinals[w] for w in words if w in lex.ordinals and lex.ordinals[w] > 0), None)
        year = years[0] if years else None
        if ordn and 1 <= ordn <= 4:
            if year is None:
                if not anchor:
                    return "DATE", None, mod
                year = anchor.year
                if "last year" in low:
                    year -= 1
                elif "next year" in low:
                    year += 1
                elif "this year" in low:
                    pass  # "this year's second quarter" names its year, whatever the tense
                elif ordn > _quarter(anchor) and tense == "past":
                    year -= 1
                elif ordn < _quarter(anchor) and tense == "future" and not _reports_results_words(ctx.sentence, lex):
                    year += 1  # "will run out of money in the second quarter", said in October
                    # (not "expects to report a third-quarter loss", said in October)
                elif ordn == 4 and _quarter(anchor) == 1 and _reports_results_words(ctx.sentence, lex):
                    year -= 1  # in January, "revenue for the fourth quarter, due on Jan. 29": last year's
            if "year earlier" in joined or "year ago" in joined:
                year -= 1
            return "DATE", f"{year}-Q{ordn}", mod
        if year and ctx.last_quarter:  # "the 1988 quarter": the quarter under discussion, that year
            return "DATE", f"{year}-Q{ctx.last_quarter.split('-Q')[1]}", mod
        if not anchor:
            return "DATE", None, mod
        if rel == "next":
            return "DATE", _shift(anchor, "quarter", 1, lex), mod
        if "this" in wset or "current" in wset:
            return "DATE", _shift(anchor, "quarter", 0, lex), mod
        if rel == "last" and "latest" not in wset and not ctx.last_quarter and "last year" not in low:
            return "DATE", _shift(anchor, "quarter", -1, lex), mod
        base = ctx.last_quarter or _shift(anchor, "quarter", -1, lex)
        if "latest" in wset:
            base = _shift(anchor, "quarter", -1, lex)
        if "year earlier" in joined or "year ago" in joined or "last year" in low:
            y, q = base.split("-Q")  # "last year's quarter": the quarter under discussion, a year back
            return "DATE", f"{int(y) - 1}-Q{q}", mod
        if words[0] in ("the",) or "latest" in wset or "same" in wset or "fiscal" in wset or rel:
            return "DATE", base, mod
        return None
    if "half" in wset and ({"first", "second", "1st", "2nd", "last"} & wset):
        h = 1 if ("first" in wset or "1st" in wset) else 2
        if years:
            return "DATE", f"{years[0]}-H{h}", mod
        if not anchor:
            return "DATE", None, mod
        # "the last half" is the second one; "of last year" says which year
        which = re.search(r"\b(last|next) year\b", low)
        y = anchor.year + ({"next": 1, "last": -1}[which[1]] if which else 0)
        return "DATE", f"{y}-H{h}", mod

    # decades
    m = re.search(r"(?:\b(1[5-9]|20)(\d)0'?s|'(\d)0s)\b", low)
    if m and not years:
        if m.group(3):
            d = int(m.group(3))
            # the latest such decade that has begun by publication: "the '80s" in 1989 is 198
            century = 20 if anchor is not None and 2000 + d * 10 <= anchor.year else 19
            return "DATE", f"{century}{d}", mod
        return "DATE", f"{m.group(1)}{m.group(2)}", mod

    # explicit years
    if years and not any(w in lex.units for w in words if w not in ("year",)):
        if len(years) == 1:
            season = next((lex.seasons[w] for w in words if w in lex.seasons), None)
            if season:
                return "DATE", f"{years[0]}-{season}", mod
            return "DATE", str(years[0]), mod

    # "a year ago", "two weeks earlier", "the year-earlier quarter"
    ago_unit = _unit_of(words, lex)
    if ago_unit and (wset & {"ago", "earlier", "later", "before", "after", "hence"} or "from now" in low):
        unit = ago_unit
        counted = [w for w in words if w not in ("the", "more", "than")]
        n, _ = _number(counted, lex)
        plural = any(w.endswith("s") and w[:-1] in lex.units for w in counted) or "centuries" in counted
        if n is None and not plural and not any(w in lex.fuzzy or w in ("few", "several", "many") for w in counted):
            n = 1  # "the year-earlier quarter", "year-ago"
        sign = 1 if wset & {"later", "after", "hence"} or "from now" in low else -1
        if lex.units[unit][0] == "2W" and n is not None:
            unit, n = "week", 2 * n  # "a fortnight ago" is two weeks back
        if ("earlier" in wset or "later" in wset) and words[0] in ("earlier", "later"):
            pass  # "earlier this week" is handled below
        else:
            if n is None:
                return "DATE", ("PAST_REF" if sign < 0 else "FUTURE_REF"), mod
            if not anchor:
                return "DATE", None, mod
            if lex.units[unit][1]:  # hours/minutes: a time
                if "ago" not in wset:
                    return "TIME", None, mod  # "an hour later": counted from the story, not from us
                # "two hours ago": without a clock on the anchor, the day it falls on
                hours = n * {"H": 1, "M": 1 / 60, "S": 1 / 3600}[lex.units[unit][0]]
                return "TIME", (anchor - dt.timedelta(days=int(hours // 24))).isoformat(), mod
            if unit == "year" and ctx.last_quarter and n == 1 and _reports_results(ctx.sentence, lex):
                y, q = ctx.last_quarter.split("-Q")
                return "DATE", f"{int(y) + sign * int(n)}-Q{q}", mod
            period = re.fullmatch(r"(\d{4})(-(?:H[12]|SP|SU|FA|WI|[01]\d))", (ctx.previous.value or "") if ctx.previous else "")
            if (unit == "year" and period and n == 1 and wset & {"earlier", "ago", "before"}
                    and (_in_sentence_of(ctx.sentence, ctx.previous)
                         or (ctx.tense == "past" and not period[2][1:].isdigit()))):
                # "this spring than a year earlier", "slowed to 2.9% in March from 3.4% a year ago",
                # "fell in the second half. ... was down 38% from a year earlier": the same part of
                # the year before. A present state ("has 13 plants, up from seven a year ago") is
                # compared with today; a month in an earlier sentence leaves "a year earlier" a
                # year (TimeBank: "jobs in January ... wages 3.8 percent higher than a year earlier")
                return "DATE", f"{int(period[1]) + sign}{period[2]}", mod
            if wset & {"later", "earlier", "before"} and ctx.previous and ctx.previous.value and (
                    not ctx.comparison or "later" in wset):
                # "three days later", "a day earlier", "67 in 2012, up from 41 the year before":
                # counted from the last date in the text, not from today (a figure is compared
                # with an earlier one, never a later: "withdrew from it a year later")
                base = _truncate(ctx.previous.value, lex.units[unit][2])
                if lex.units[unit][2] == "day" and "earlier" in wset and (ctx.main_day or ctx.story_day):
                    # "Peskov said on Tuesday ... Sybiha, who told Ukrinform on Monday ... A day
                    # earlier, Ushakov told TASS": a day earlier counts from the last day of a main
                    # clause (a relative clause's day is an aside), else from the story's first day
                    # ("X said on Thursday ... in February 2022 ... had told PAP a day earlier")
                    base = (ctx.main_day or ctx.story_day)[:10]
                if not base and lex.units[unit][2] == "day" and ctx.last_day:
                    # "said on June 13 that ... soldiers captured in 2024. ... told Current Time a
                    # day later": from the last day named, past a coarser date since
                    base = ctx.last_day[:10]
                shifted = _shift_value(base, unit, sign * int(n), lex) if base else None
                if shifted:
                    return "DATE", shifted, mod
            span_years = {"decade": 10, "century": 100}.get(lex.units[unit][2])
            if span_years and wset & {"later", "earlier", "before"} and ctx.previous and ctx.previous.value and (
                    not ctx.comparison or "later" in wset):
                # "the 1990s ... a decade later" is the 2000s; "in 1995 ... a decade later", 2005
                prev = re.match(r"\d{3,4}", ctx.previous.value)
                if prev and len(prev[0]) == 3 and span_years == 10:
                    return "DATE", str(int(prev[0]) + sign * int(n)), mod
                if prev and len(prev[0]) == 4:
                    return "DATE", str(int(prev[0]) + sign * int(n * span_years)), mod
            if span_years:  # "a decade ago" is ten years back, a year (TimeBank), not a whole decade
                return "DATE", str(anchor.year + sign * int(n * span_years)), mod
            return "DATE", _shift(anchor, unit, sign * int(n), lex), mod

    # yesterday / today / tomorrow / tonight (+ part of day)
    for w, off in (("yesterday", -1), ("today", 0), ("tomorrow", 1), ("tonight", 0)):
        if w in wset:
            if not anchor:
                return ("TIME" if pod or w == "tonight" else "DATE"), None, mod
            d = (anchor + dt.timedelta(off)).isoformat()
            if w == "tonight":
                return "TIME", f"{d}TNI", mod
            return ("TIME", f"{d}T{pod}", mod) if pod else ("DATE", d, mod)
    if pod and not weekday and (rel in ("this", "last") or "same" in wset or "that" in wset) and len(words) <= 3:
        if not anchor:
            return "TIME", None, mod
        if "that" in wset or "same" in wset:
            base = ctx.previous.value if ctx.previous and ctx.previous.value and re.match(r"\d{4}-\d\d-\d\d", ctx.previous.value) else None
            base = base or ctx.last_day  # "on Wednesday ... held since 2022. ... that evening": the day
            return ("TIME", f"{base[:10]}T{pod}", mod) if base else None
        d = anchor - dt.timedelta(1 if rel == "last" else 0)
        return "TIME", f"{d.isoformat()}T{pod}", mod

    # weekdays
    if weekday:
        if not anchor:
            return ("TIME" if pod else "DATE"), None, mod
        direction = {"last": "past", "next": "future", "this": None}.get(rel, None) or tense
        if rel == "this" and "past" not in wset:
            direction = "future" if tense == "future" else "present"
        d = _pick_weekday(anchor, weekday, direction)
        if rel == "last" and "past" not in wset and d == anchor:
            d -= dt.timedelta(7)
        if rel == "next" and d == anchor:
            d += dt.timedelta(7)
        # "Friday night" is a part of that day (TIMEX3 guidelines; TimeBank is split between this
        # and the plain day)
        if pod:
            return "TIME", f"{d.isoformat()}T{pod}", mod
        return "DATE", d.isoformat(), mod

    # seasons
    season = next((lex.seasons[w] for w in words if w in lex.seasons), None)
    if season:
        if ("that" in wset or "same" in wset) and ctx.previous and re.match(r"\d{4}", ctx.previous.value or ""):
            return "DATE", f"{ctx.previous.value[:4]}-{season}", mod  # "in March 2022 ... collapsed that spring"
        if words[:2] == ["the", "following"] and ctx.previous and re.fullmatch(r"\d{4}(?:-[01]\d.*)?", ctx.previous.value or ""):
            # "arrested in 2011 ... indicted the following spring": the first such season after it
            prev_year, prev_month = int(ctx.previous.value[:4]), int(ctx.previous.value[5:7] or 12)
            year = prev_year if prev_month < SEASON_START.get(season, 13) else prev_year + 1
            return "DATE", f"{year}-{season}", mod
        if not anchor:
            return "DATE", None, mod
        return "DATE", f"{_season_year(season, anchor, rel, tense)}-{season}", mod

    unit = _unit_of(words, lex)
    # anaphors: "at the time", "that day", "the same month"
    if ("that" in wset or "same" in wset or low == "the time" or "then" in wset) and (unit or "time" in wset):
        prev = ctx.previous
        if prev is None or not prev.value:
            return "DATE", None, None
        if "time" in wset:
            return "DATE", prev.value, None
        if lex.units[unit][2] == "day" and ctx.last_day and not re.match(r"\d{4}-\d\d-\d\d", prev.value):
            # "On 16 May 2025 ... for the first time since the spring of 2022. One negotiator who was
            # in the room that day": the last day named, not the coarser date just before
            return "DATE", ctx.last_day, None
        return "DATE", _truncate(prev.value, lex.units[unit][2]) or _pad_unknown(prev.value, lex.units[unit][2]), None

    # "the following year", "the previous month": counted from the last date in the text
    if unit and words[0] == "the" and len(words) == 3 and words[1] in ("following", "previous", "next", "preceding", "prior") and ctx.previous and ctx.previous.value and words[1] != "next" or (
            unit and words[0] == "the" and len(words) == 3 and words[1] == "next" and tense == "past" and ctx.previous and ctx.previous.value):
        base = _truncate(ctx.previous.value, lex.units[unit][2])
        if base:
            step = -1 if words[1] in ("previous", "preceding", "prior") else 1
            shifted = _shift_value(base, unit, step, lex)
            if shifted:
                return "DATE", shifted, mod
    # this/last/next week/month/year..., "earlier this week"
    if unit and rel and not any(w.isdigit() or w in lex.numbers and w not in ("a", "an") for w in words) and not any(f in low for f in lex.fuzzy if f not in ("some",)):
        plural = any(w.endswith("s") and w[:-1] in lex.units for w in words)
        if plural:
            return None
        if not anchor:
            return "DATE", None, mod
        if (rel == "last" and words[0] == "the" and len(words) > 1 and words[1] in ("past", "last", "previous")
                or words[:2] == ["the", "next"] and lex.units[unit][2] in ("decade", "century")
                or unit == "fortnight"):
            # "the past year", "the last week": a period running up to now ("the end of last
            # year" is not); "over the next decade" is the ten years from now, not the next
            # calendar decade; a fortnight is no calendar unit at all
            return "DURATION", _duration_value(1, unit, lex), mod
        n = {"this": 0, "last": -1, "next": 1}[rel]
        if unit == "weekend" and rel == "this" and tense == "past" and anchor.isoweekday() < 6:
            n = -1
        if unit == "week" and rel == "this" and tense == "future" and anchor.isoweekday() == 7 and len(words) == 2:
            n = 1  # a Sunday paper's "ministers will meet this week": the week that starts tomorrow
        return "DATE", _shift(anchor, unit, n, lex), mod
    if unit and low.startswith(("the beginning of the", "the start of the", "the middle of the", "the end of the")) and len(words) == 5:
        if not anchor:
            return "DATE", None, mod
        if unit == "year" and ctx.previous and ctx.previous.value and re.fullmatch(r"\d{4}", ctx.previous.value) and tense == "past":
            return "DATE", ctx.previous.value, mod
        if unit == "week" and anchor.isoweekday() == 7 and tense != "past":
            return "DATE", _shift(anchor, unit, 1, lex), mod  # said on a Sunday, the week that starts tomorrow
        return "DATE", _shift(anchor, unit, 0, lex), mod
    if (words == ["the", "year"] and tense == "past" and ctx.previous and ctx.previous.value
            and re.fullmatch(r"\d{4}", ctx.previous.value)):
        return "DATE", ctx.previous.value, mod  # "in 2004, the year he was put in charge"
    if unit == "year" and words[0] == "the" and not rel and all(w in ("the", "current", "full", "latest", "entire", "whole", "fiscal", "year") for w in words):
        return "DATE", (str(anchor.year) if anchor else None), mod
    if unit == "week" and words == ["the", "week"]:
        # only the `story_week` pattern lets a bare "the week" through: "for the week", the
        # story's own week
        return "DATE", (_shift(anchor, "week", 0, lex) if anchor else None), mod
    if unit == "weekend" and words[0] == "the" and len(words) == 2:
        if not anchor:
            return "DATE", None, mod
        n = 0 if (tense == "future" or anchor.isoweekday() >= 6) else -1
        return "DATE", _shift(anchor, "weekend", n, lex), mod

    # durations: "four-year", "the past two months", "24 hours", "years"
    if unit:
        if len(words) == 1 and words[0].endswith("s"):
            return "DURATION", _duration_value(None, unit, lex), mod
        numeric_words = [w for w in words if w not in lex.ordinals and w not in ("the", "past", "next", "coming", "previous", "following", "remaining", "more", "additional", "full", "straight", "consecutive", "or", "so", "latest", "initial", "same")]
        has_num = any(w.replace(",", "").replace(".", "").isdigit() or w in lex.numbers or w in ("few", "several", "many", "some", "couple", "dozens", "hundreds", "thousands", "millions", "billions") for w in numeric_words)
        if words[0] == "half" and (len(words) == 2 or words[1] in ("a", "an")):
            return "DURATION", _duration_value(0.5, unit, lex), mod  # "half an hour", "half-day"
        if words == ["another", words[1]] and not words[1].endswith("s"):
            return "DURATION", _duration_value(1, unit, lex), mod  # "extended for another month"
        if not has_num:
            return None
        if low.endswith(" and a half") and words[-4:-3] != ["and"]:  # "a year and a half"
            n, _ = _number([w for w in numeric_words[:-3]], lex)
            return "DURATION", _duration_value((n or 1) + 0.5, unit, lex), mod
        if " to " in f" {low} ":
            # a range "two to three weeks": TimeBank's is the lower bound, at least (P2W, EQUAL_OR_MORE)
            n, _ = _number(_words(re.split(r"\bto\b", low)[0], lex), lex)
            mod = mod or "EQUAL_OR_MORE"
        elif " or " in f" {low} " and "or so" not in low:
            # "two or three years": the upper bound
            n, _ = _number(_words(re.split(r"\bor\b", low)[-1], lex), lex)
        else:
            n, _ = _number(numeric_words, lex)
            counted = [w for w in numeric_words if w in lex.numbers or w[:1].isdigit()]
            if set(counted) <= {"a", "an"} and any(w.endswith("s") and w[:-1] in lex.units for w in words):
                n = None  # "a period of years", "a matter of weeks": some number of them
        return "DURATION", _duration_value(n, unit, lex), mod
    return None


def _shift_value(value: str, unit: str, n: int, lex: Lexicon) -> Optional[str]:
    """Shift a truncated value ('1995', '1995-03', '1995-03-04', '1995-W10') by n units."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if m:
        return _shift(dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1)), unit, n, lex)
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if m:
        return _shift(dt.date.fromisocalendar(int(m[1]), int(m[2]), 3), unit, n, lex)
    return None


def _pad_unknown(value: str, granularity: str) -> str:
    """A coarser value taken down to `granularity` with unknown parts: 'that day' after '2019' is
    '2019-XX-XX', not the whole year."""
    if granularity == "day" and re.fullmatch(r"\d{4}(?:-\d\d)?", value):
        return value + ("-XX" if len(value) == 7 else "-XX-XX")
    if granularity == "month" and re.fullmatch(r"\d{4}", value):
        return value + "-XX"
    return value


def _truncate(value: str, granularity: str) -> Optional[str]:
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    if granularity == "year":
        return m[1]
    if granularity == "month" and m[2]:
        return f"{m[1]}-{m[2]}"
    if granularity == "day" and m[3]:
        return value[:10]
    if granularity in ("week", "weekend") and m[3]:
        wk = _week_value(dt.date(int(m[1]), int(m[2]), int(m[3])))
        return wk + ("-WE" if granularity == "weekend" else "")
    return None


# --------------------------------------------------------------------------------------------
# Recognition and the document pass
# --------------------------------------------------------------------------------------------

_SPACY_TRIM = re.compile(r"^(?:(?:more\s+than|less\s+than|at\s+least|up\s+to|as\s+long\s+as|as\s+early\s+as|on|in|at|by|since|until|for|from|during|of|about|around|approximately|roughly|nearly|almost|some|over|within|only|just)\s+)+", re.IGNORECASE)
_SPACY_INNER_PREP = re.compile(r"(?P<head>.+?)\s+(?:after|before)\s+(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)


def _timely(word: str, lex: "Lexicon") -> bool:
    """Whether a word can be part of a time expression's head (a number or a time word)."""
    if word in ("the", "a", "an"):
        return False
    return (word[:1].isdigit() or word in lex.units or word.rstrip("s") in lex.units or word in lex.months
            or word in lex.weekdays or word in lex.seasons or word in lex.parts_of_day or word in lex.numbers
            or word in ("last", "next", "this", "early", "late", "mid"))


# "the eight-year war": TimeBank leaves the article out of adjectival durations.
_ADJECTIVAL_ARTICLE = re.compile(r"(?:the|an?)\s+(?=[\w.]+(?:-[\w.]+)*-(?:second|minute|hour|day|week|month|year|decade)\b(?!s))", re.IGNORECASE)
# "following two weeks of talks" without "the": the preposition, not "the following two weeks"
_PREPOSITION_FOLLOWING = re.compile(r"following\s+(?=\S)", re.IGNORECASE)
_LAST = re.compile(r"last\s+", re.IGNORECASE)


def _duration_start(doc, text: str, s: int, e: int) -> int:
    """Where a duration's extent starts once words that are not part of it are cut from its front:
    the article of an adjective ("a two-year deal"), the preposition "following" ("following two
    weeks of talks") and the verb "last" ("the nights, which last two weeks")."""
    for rx in (_ADJECTIVAL_ARTICLE, _PREPOSITION_FOLLOWING):
        m = rx.match(text, s, e)
        if m:
            s = m.end()
    m = _LAST.match(text, s, e)
    first = doc.char_span(s, s + 4) if m else None
    if first is not None and (first[0].pos_ in ("VERB", "AUX")
                              or any(c.dep_.startswith("nsubj") for c in first[0].children)):
        s = m.end()
    return s
_AGE = re.compile(r"\b(?:years?|months?)(?:\s+|-)old\b|\bolds?\b|^\d{1,3}$|^\d{1,3}s$", re.IGNORECASE)


def _candidates(doc, text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, pattern name) of every candidate extent. (`text` is doc.text, which spaCy
    rebuilds on every access, so it is passed in.)"""
    found: list[tuple[int, int, str]] = []
    starts = [m.start() for m in lex.start_scan.finditer(text)]
    for (name, rx), at_word_start in zip(lex.patterns, lex.at_word_start):
        for m in (_matches_at(rx, text, starts) if at_word_start else rx.finditer(text)):
            s, e = m.span("x") if "x" in rx.groupindex else m.span()
            if e > s:
                verb_last = _VERB_LAST.match(text, s) if name == "duration" else None
                if verb_last and _BEFORE_VERB.search(text, max(0, s - 12), s):
                    s = verb_last.end()  # "are due to last 11 days": "last" is the verb
                found.append((s, e, name))
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        trimmed = _SPACY_TRIM.sub("", text[s:e])
        s = e - len(trimmed)
        inner = _SPACY_INNER_PREP.match(trimmed)
        if inner and not any(_timely(w, lex) for w in re.findall(r"[\w']+", inner["head"].lower())):
            s = e - len(inner["rest"])  # "the fuel after decades": the tagger ran the object into it
        while e > s and (text[e - 1] in ",.;:'\"" or text[e - 1].isspace()):
            e -= 1
        if e > s and not _AGE.search(text[s:e]) and not any(t.pos_ in ("VERB", "AUX") for t in ent):
            found.append((s, e, "spacy"))
    # longest first; regex extents beat spaCy's of the same length
    found.sort(key=lambda c: (c[2] == "spacy", -(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, str]] = []
    occupied = bytearray(len(text) + 1)
    for s, e, name in found:
        if any(occupied[s:e]):
            continue
        taken.append((s, e, name))
        occupied[s:e] = b"\x01" * (e - s)
    taken.sort()
    return taken


_VERB_LAST = re.compile(r"last\s+", re.IGNORECASE)
_BEFORE_VERB = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|'ll)\s+$", re.IGNORECASE)


def _matches_at(rx: re.Pattern, text: str, starts: list[int]):
    """rx.finditer(text) for a pattern that can only match at one of `starts` (ascending):
    the first match at or after the end of the previous one, as finditer does."""
    resume = 0
    for start in starts:
        if start >= resume and (m := rx.match(text, start)) is not None:
            yield m
            resume = m.end()


def _keep(doc, full: str, s: int, e: int, name: str, lex: Lexicon) -> bool:
    """Cheap checks that drop look-alikes of time words. (`full` is doc.text, which spaCy
    rebuilds on every access, so it is passed in.)"""
    text = full[s:e]
    low = text.lower()
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    if len(span) == 1 and " " in span[0].text and (span[0].idx < s or e < span[0].idx + len(span[0].text)):
        return False  # inside a programme's title merged into one word (`parley.nlp`): "“This Week With David Brinkley”"
    if (re.fullmatch(r"\d{4}", text) and span[0].dep_ == "nummod" and span[0].head.tag_ == "NNS"
            and span[0].head.i == span[0].i + 1
            and not (span.start > 0 and (doc[span.start - 1].tag_ in ("DT", "POS", "PRP$")
                                         or doc[span.start - 1].lower_ in lex.year_prepositions))):
        # "2026 shares", "a block of 2026 shares" (but "the 2026 talks", "the company's 1989
        # results", "below 2005 levels")
        return False
    if name == "year" or (name == "spacy" and re.fullmatch(r"\d{4}", text)):
        ent = span[0].ent_type_
        if ent in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL", "PRODUCT", "ORG", "FAC", "LAW") and not re.search(r"[a-z]", low):
            prev = full[max(0, s - 24):s].lower()
            before = doc[span.start - 1] if span.start > 0 else None
            if (not re.search(r"\b(?:in|since|of|by|until|from|to|through|before|after|during)\s+"
                              r"(?:(?:at\s+least|as\s+(?:early|late)\s+as)\s+)?$", prev)  # "until at least 2020"
                    and not (before is not None and before.tag_ in ("POS", "PRP$"))
                    and not (before is not None and before.lower_ == "the" and span[0].dep_ == "nummod"
                             and span[0].head.tag_ in ("NN", "NNP") and span[0].head.i == span[0].i + 1)):
                # (but "Obama's 2008 campaign" and "brokered the 2022 deal" are years, whatever
                # the entity says)
                return False
    if (re.search(r"(?:quarter|week|month|year|day|decade|century)$", low)
            and re.match(r"-(?!end\b|earlier\b|ago\b|long\b)[a-z]", full[e:e + 9], re.IGNORECASE)):
        return False  # a compound runs on: "the next quarter-point move", "a two-day-old truce"
    if name == "month" and text in ("May", "March") and span[0].tag_ in ("MD", "VB", "VBP"):
        return False
    if name == "month" and re.match(r"-[a-z]", full[e:e + 2]):
        return False  # "Mar-a-Lago": a name that starts like a month
    if name == "month" and text == "March" and re.match(r"\s+(?:for|of|on|to)\s+(?:the\s+)?[A-Z]", full[e:e + 20]):
        return False  # "the March for Life", "the March of the Mothers"
    if name != "holiday" and any(t.text[:1].isupper() and t.lower_.rstrip("s") in _NAME_LIKE and not t.is_sent_start and t.i > 0
           and doc[t.i - 1].text not in ('"', "``", "“", "(", "'")
           for t in span):
        return False  # "60 Minutes", "High Noon": names, not times
    first = span[0]
    if (first.lower_ in lex.lower_case_time_words and first.text[:1].isupper() and not first.is_sent_start
            and first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].text[:1].isupper()):
        return False  # "USA Today", "NBC Nightly News", "Fox News Sunday"-style titles
    if (low in ("tomorrow", "today", "yesterday") and first.i > 0
            and (any(c.dep_ in ("det", "poss") for c in first.children)
                 or (doc[first.i - 1].lower_ == "of" and not full[e:e + 2] in ("'s", "’s")))):
        return False  # "a brighter tomorrow", "the people of tomorrow": a generic time, not a day
    if re.sub(r"\s+", " ", low) in lex.idioms:
        return False  # "a last-minute push": an idiom for late, not a time
    if (name == "holiday" and span.end < len(doc) and doc[span.end].ent_iob_ == "I"
            and doc[span.end].pos_ == "PROPN" and doc[span.end].text[:1].isupper()
            and doc[span.end].ent_type_ in ("GPE", "LOC", "FAC", "ORG", "PERSON", "WORK_OF_ART")):
        return False  # "Easter Island"
    if name in ("month", "weekday", "season", "day") and span[0].ent_type_ in ("PERSON", "ORG", "FAC", "WORK_OF_ART"):
        return False  # "Jan Kavan", "Tuesday Morning Corp.", "USA Today"
    if name == "season" and first.text[:1].isupper() and first.i > 0 and not first.is_sent_start and (
            (first.ent_iob_ == "I" and first.ent_type_ in ("GPE", "LOC"))
            or (doc[first.i - 1].text[:1].isupper() and doc[first.i - 1].pos_ in ("PROPN", "ADJ"))):
        return False  # "Silver Spring, Md.", "the Arab Spring", "the Prague Spring": names
    if name == "season" and not any(t.lower_ in lex.seasons and t.pos_ in ("NOUN", "PROPN") for t in span):
        return False  # "prices fall" (the season word itself must be a noun: "the summer of 2012")
    if (name == "season" and span.start > 0 and doc[span.start - 1].lower_ in ("a", "an")
            and not any(t.like_num for t in span)):
        return False  # "since a fall last summer", "a late winter kept shoppers away": a kind, not a date
    if low == "overnight" and re.search(r"\b(?:almost|virtually|practically|nearly|seemingly)\s+$", full[max(0, s - 14):s], re.IGNORECASE):
        return False  # "its currency lost half its value almost overnight": suddenly, not a night
    if (re.fullmatch(r"\d{4}", text)
            and re.search(r"(?:%|\bpercent|\bpoints?)\s+(?:to|at)\s+$", full[max(0, s - 20):s], re.IGNORECASE)):
        return False  # "the index fell 0.2% to 1552": a level, not a year
    if (low == "overnight" and span[0].dep_ in ("amod", "compound") and span[0].head.i > span[0].i
            and not (span[0].head.pos_ == "PROPN" and (span[0].is_sent_start or "\n" in full[max(0, s - 2):s]))):
        # "its overnight rate", "overnight shift work": a kind of rate or shift ("Overnight Russia
        # struck ...", opening a sentence or a line before a name, is the night)
        return False
    if name in ("duration", "spacy") and (re.search(r"\b(?:older|younger)\s+than\s+$|\baged\s+$", full[max(0, s - 16):s], re.IGNORECASE)
                                         or re.match(r"\s+of\s+age\b", full[e:e + 10], re.IGNORECASE)):
        return False  # "everyone older than 6 months", "the first dose at 12 to 15 months of age": an age
    if name in ("duration", "spacy") and any(t.tag_ == "JJS" and t.lower_ not in ("latest", "earliest") for t in span):
        return False  # "one of the three hottest months": a ranking, not a stretch of time
    if (name == "season" and span[-1].lower_ in lex.seasons and span[-1].dep_ in ("compound", "amod")
            and span[-1].head.i > span[-1].i and span[-1].head.pos_ == "NOUN"
            and not any(t.lower_ in ("this", "last", "next") for t in span)):
        return False  # "the winter wheat", "spring varieties", "the winter recess": a kind, not a time
    if low == "now" and re.match(r"\s*,", full[e:e + 3]) and re.search(r"(?:^|[.!?\"'`“”]\s*|\n\s*)$", full[max(0, s - 4):s]):
        return False  # "Now, he says ...": a discourse marker opening the sentence, not the present
    if (re.fullmatch(r"(?:hours|days|weeks|months|years)", low)
            and (lex.counted_units_after.search(full[max(0, s - 20):s])
                 or (any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in span[0].children)
                     and not re.match(r"\s+(?:after|before|later|earlier|ago)\b", full[e:e + 9])))):
        # "the number of days above 100 degrees", "during peak hours", "reduced library hours":
        # counted or a kind, not a stretch
        return False
    if (name == "season" and span[-1].lower_ == "fall"
            and re.match(r"\s+of\s+(?!\d|(?:this|last|next|that)\s+year)", full[e:e + 20], re.IGNORECASE)):
        return False  # "the fall of Mariupol" (but "the fall of 2012")
    if re.fullmatch(r"(?:minutes|seconds)", low) and name != "bare_unit":
        return False  # "minutes apart", "seconds before the blast": a measure of a gap, no number
    if re.fullmatch(r"(?:a|the)\s+second", low) and (
            (span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "ADJ", "PROPN"))
            or span[-1].dep_ in ("dobj", "nsubj", "nsubjpass")):
        return False  # "a second round", "it did not approve a second": the ordinal, not a unit
    if name == "reference" and low in lex.ambiguous_references:
        if low in ("current", "future", "recent") and span[0].dep_ in ("compound",):
            return False
        if low == "once" and span[0].pos_ != "ADV":
            return False
    if low == "the future" and re.match(r"\s+of\b", full[e:e + 4]):
        return False  # "divided over the future of the region": its fate, not a time
    if low in ("now", "then") and full[e:e + 1] in ("-", "‑"):
        return False  # "a now-discredited study": part of an adjective
    if low == "today" and (m := _POSSESSIVE_NEXT.match(full, e)) and m[1].lower() in lex.generic_today_nouns:
        return False  # "today's youth": nowadays, not the publication day
    if name == "quarter" and low in ("quarter", "quarters"):
        return False
    if name == "spacy" and re.fullmatch(r"the\s+(?:day|night|days|nights|week)", low):
        return False  # only our anaphor patterns ("later in the day", "for the week") say when these are dated
    if re.fullmatch(r"(?:one|two|three)-quarters?", low):
        return False  # a fraction
    if (name == "anaphor" and not re.match(r"\s*(?:[,.;:)]|$)", full[e:e + 3])
            and (low == "the time" or re.match(r"\s+of\b", full[e:e + 4]))
            and not _said_at_the_time_that(doc, span, full, e, lex)):
        # "at the time of its founding", "at the time he was captured", "in the morning of the
        # match" (but "flew on the next day to brief ...")
        return False
    if name == "set" and re.fullmatch(r"per\s+\w+", low):
        return False  # "411,000 barrels per day", "15 million instructions per second": a rate's unit
    if name == "set" and low in lex.sets and low in ("daily", "weekly", "monthly") and (
            span[0].dep_ == "amod" or (span[0].pos_ in ("NOUN", "PROPN") and _used_as_noun(doc, span[0]))):
        # "the daily Granma" (a newspaper), "daily volume": not a time of the story ("publishes
        # its count weekly", which the parser may also make a noun, is one)
        return False
    return True


def _used_as_noun(doc, tok) -> bool:
    """'the weekly', 'a free daily', 'weekly sales': a determiner of its own or a noun after it."""
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (any(c.dep_ == "det" for c in tok.children)
            or (before is not None and before.tag_ in ("DT", "PRP$", "POS"))
            or (after is not None and after.pos_ in ("NOUN", "PROPN")))


def _said_at_the_time_that(doc, span, full: str, e: int, lex: Lexicon) -> bool:
    """'Umerov said at the time that ...': the that-clause is what was said (the parse hangs it on
    'time' as a relative clause, so the speech verb decides)."""
    if not re.match(r"\s+that\b", full[e:e + 6]) or span.start == 0:
        return False
    prep = doc[span.start - 1]
    return prep.lower_ == "at" and prep.head.lemma_.lower() in lex.speech_verbs


_POSSESSIVE_NEXT = re.compile(r"['’]s\s+(\w+)")
# Capitalised mid-sentence, these words are part of a name ("60 Minutes", "High Noon").
_NAME_LIKE = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade",
                        "noon", "midnight", "morning", "afternoon", "evening"})
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|through|to|by)\s+$", re.IGNORECASE)
# "up from 5 million a year earlier", "higher than a year earlier": a figure compared with the same
# period before the present one, not a year before the last date the story named.
_COMPARED_BEFORE = re.compile(r"\b(?:from|with|than|versus|vs\.)\b[^.;:!?]{0,50}$", re.IGNORECASE)
# "since January 1": the day named after "since" is behind us, whatever the tense
_SINCE_BEFORE = re.compile(r"\b(?:since|ever\s+since)\s+(?:(?:early|late|mid|last)\s+)?$", re.IGNORECASE)
# "before winter", "ahead of the winter": a season still to come (see `_season_starts_soon`); "ahead
# of the September consultations": the nearest such month
_BEFORE_SEASON = re.compile(r"\b(?:before|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# How many days before a season starts "before <season>" in a past clause still means the coming one.
SEASON_AHEAD_DAYS = 92


def _season_starts_soon(phrase: str, anchor: Optional[dt.date], lex: Lexicon) -> bool:
    """Whether the season a bare phrase names ("winter") starts within SEASON_AHEAD_DAYS after the
    anchor (so "before winter" in November is the coming one, in March the one just gone)."""
    season = next((lex.seasons[w] for w in _words(phrase, lex) if w in lex.seasons), None)
    if season is None or anchor is None or len(_words(phrase, lex)) > 2:
        return False
    start = dt.date(anchor.year, SEASON_START[season], 1)
    if start < anchor:
        start = dt.date(anchor.year + 1, SEASON_START[season], 1)
    return (start - anchor).days <= SEASON_AHEAD_DAYS


_FROM_NOW_UNTIL = re.compile(r"\bfrom\s+(?:today|now|tomorrow|this\s+week)\s+(?:until|till|through|to)\s+$", re.IGNORECASE)
_PERIOD_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|through)\b", re.IGNORECASE)


_QUARTER_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|through)\s+([A-Za-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?")


def _quarter_ended(text: str, s: int, e: int, value: str, anchor: dt.date, lex: Lexicon) -> str:
    """'the quarter ended Sept. 30' is the calendar quarter holding most of its three months
    ('the quarter ended Feb. 2', a retailer's, is the fourth), unless the expression names its
    own quarter ('fourth quarter ended Sept. 30' is a fiscal quarter)."""
    m = _QUARTER_ENDED.match(text, e)
    if not m or re.search(r"first|second|third|fourth|[1-4](?:st|nd|rd|th)", text[s:e], re.IGNORECASE):
        return value
    month = lex.months.get(m[1].lower())
    if not month:
        return value
    year = int(m[3]) if m[3] else (anchor.year if month <= anchor.month else anchor.year - 1)
    try:
        end = dt.date(year, month, int(m[2]))
    except ValueError:
        return value
    middle = end - dt.timedelta(days=45)
    return f"{middle.year}-Q{_quarter(middle)}"


def _is_rate(doc, full: str, s: int, e: int) -> bool:
    if not re.fullmatch(r"an?\s+(?:day|week|month|year)", full[s:e], re.IGNORECASE):
        return False
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("after", "before", "since", "earlier", "later", "ago", "from"):
        return False  # "president a year after the coup": a gap, not a rate
    # "four flights a week", "$2 million a year", "trillions of dollars of trade a year"
    return prev.like_num or prev.tag_ in ("NNS", "CD", "NN")


_LATER_TAIL = re.compile(r"\s+later$", re.IGNORECASE)
# "ahead of" with no sentence end ("U.S." is no end) nor another "after"/"before" before the day
_AHEAD_OF = re.compile(r"\bahead\s+of\b(?![^;!?]*\b(?:after|before)\b)(?:[^.;!?]|\.(?!\s+(?-i:[A-Z])))*$", re.IGNORECASE)


def _before_its_verb(doc, full: str, s: int, e: int, lex: Lexicon) -> bool:
    """'one day' used as an adverb of a time to come: right before a verb ('will one day be') or
    closing a modal clause ('could help the country one day'); not after a preposition or number
    ('for one day', 'in one day') nor counting to another event ('one day after the vote')."""
    if re.sub(r"\s+", " ", full[s:e].lower()) not in lex.indefinite_future:
        return False
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ in ("ADP", "NUM", "DET"):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ in ("VERB", "AUX"):
        return True
    if after is not None and not after.is_punct:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.tag_ == "MD" for c in verb.children)


def _mod_before(text: str, s: int, lex: Lexicon) -> tuple[Optional[str], int]:
    """The mod set by the words right before `s`, and where the extent starts once those words
    that belong inside it ("nearly", "more than") are taken in."""
    m = lex.mod_before.search(text[max(0, s - 20):s])
    if not m:
        return None, s
    key = re.sub(r"\s+", " ", m.group(0).strip().lower())
    if key == "over" and re.match(r"the\s", text[s:s + 4], re.IGNORECASE):
        return None, s  # "over the past two weeks", "over the weekend": during, not more than
    start = max(0, s - 20) + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
    return lex.mods.get(key), (start if key in lex.mods_inside else s)


# "a day earlier", "two weeks before": counted back from a date of the story
_EARLIER_TAIL = re.compile(r"\b(?:earlier|before)\s*$", re.IGNORECASE)


def extract_timexes(doc, published: Optional[str] = None) -> list[Timex]:
    """Every time expression in the Doc, normalised against `published` (YYYY-MM-DD or None)."""
    lex = lexicon()
    text = doc.text
    if not text or not text.strip():
        return []
    anchor = _parse_anchor(published)
    out: list[Timex] = []
    previous: Optional[Timex] = None
    last_past: Optional[Timex] = None  # the last date not after publication
    last_day: Optional[str] = None
    last_quarter: Optional[str] = None
    frame: Optional[tuple[int, str, int]] = None  # (start, year, sentence end) of a sentence-opening year
    weekdays: list[tuple[Timex, str]] = []  # bare weekdays and the tense they were read in
    orthodox = _ORTHODOX_EASTER.search(text) is not None
    story_day: Optional[str] = None
    main_day: Optional[str] = None
    for s, e, name in _candidates(doc, text, lex):
        try:
            if not _keep(doc, text, s, e, name, lex):
                continue
            if name in ("duration", "spacy"):
                s = _duration_start(doc, text, s, e)
            tense = _tense(doc, s, e, lex)
            parsed_tense = tense
            if (tense == "past" and _DEADLINE_BEFORE.search(text, max(0, s - 10), s)
                    and not re.search(r"\bfrom\b", text[max(0, s - 40):s], re.IGNORECASE)
                    and not _by_in_simple_past(doc, s, e)):
                tense = "present"  # "extended to Nov. 16", "until Tuesday": a deadline, often ahead
            if _SINCE_BEFORE.search(text, max(0, s - 12), s):
                tense = "past"
            on_weekday = name == "weekday" or name == "time" and _names_weekday(text[s:e], lex)  # "6pm on Saturday"
            if tense == "past" and on_weekday and _forecast_for(doc, s, e, lex):
                tense = "present"  # "has issued a snow warning for Monday": the nearest Monday
            if ((name in ("month", "season") or text[s:e].lower() == "the weekend")
                    and tense in ("present", "past") and _possibility_ahead(doc, s, e)):
                # "it could be visible for a few weeks in December", said in January; "the
                # talks could run into the weekend" (not weekdays: "could not be located
                # Wednesday" and "warnings on Thursday that strikes could do harm" are past)
                tense = "future"
            if tense in ("present", "past") and _when_clause_ahead(doc, s, e, lex):
                tense = "future"  # "at its next meeting, on Sept. 11, when it will also publish ..."
            if name == "month" and lex.forward_nouns.match(text, e):
                tense = "future"  # "July delivery", "the December contract": a month traded ahead
            if name == "month" and tense == "past" and _BEFORE_SEASON.search(text, max(0, s - 14), s) \
                    and re.match(r"\s+[a-z]", text[e:e + 2]):
                tense = "present"  # "accused Kyiv ahead of the September consultations": the nearest September
            if name == "season" and tense == "past" and _BEFORE_SEASON.search(text, max(0, s - 14), s) \
                    and _season_starts_soon(text[s:e], anchor, lex):
                tense = "future"  # "a proposal aimed at reviving a truce before winter", said in November
            if _FROM_NOW_UNTIL.search(text, max(0, s - 30), s):
                tense = "future"  # "from today through Nov. 17": a span that starts now runs ahead
            day = _day_in_sentence(text, s, out)
            if day and anchor and parsed_tense == "past" and day > anchor.isoformat():
                day = None  # "had been cancelled by 3:30 p.m." is not on the coming day named before it
            sent = _sentence_at(doc, s)
            comparison = bool(_COMPARED_BEFORE.search(text, max(0, s - 60), s)) and not _in_sentence_of(sent, previous)
            sentence_year = frame[1] if frame and frame[0] <= s < frame[2] else None
            counted_from = previous
            if (tense == "past" and last_past is not None and previous is not None and anchor is not None
                    and (previous.value or "")[:10] > anchor.isoformat() and _EARLIER_TAIL.search(text, s, e)):
                # "asked whether the round scheduled for June 16 would go ahead ... Only a day
                # earlier, Medinsky had told Izvestia": a past day counts from the story's past,
                # not from a planned date named in between
                counted_from = last_past
            ctx = _Context(anchor, tense, counted_from, last_quarter, day, comparison, sentence_year, sent, last_day,
                           orthodox, story_day, main_day)
            got = normalise(text[s:e], ctx, lex)
        except (ValueError, IndexError, KeyError, OverflowError):
            got = None  # odd text never stops the extraction
        if got is None:
            continue
        ttype, value, mod = got
        if name == "weekday" and value and _AHEAD_OF.search(text, max(0, s - 60), s) and _in_sentence_of(sent, previous):
            # "arrived on Monday ahead of talks on Tuesday": the first such day after the one named
            after = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(.*)", previous.value or "")
            if after and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
                d0, wd = dt.date.fromisoformat(after[1]), dt.date.fromisoformat(value[:10]).isoweekday()
                value = (d0 + dt.timedelta(days=(wd - d0.isoweekday()) % 7 or 7)).isoformat() + value[10:]
        points_to = None
        later = _LATER_TAIL.search(text, s, e)
        if later and ttype in ("DATE", "TIME"):
            # "a few days later", "three days later", "two decades later": the amount (a DURATION)
            # as TimeML marks it, with "later" left as the signal linking it to the story's last
            # event (TimeBank 4 of 4, our blind set 4 of 5); "a year later" with a date before it
            # to count from is that date (blind set 3 of 3)
            try:
                amount = normalise(text[s:later.start()], ctx, lex)
            except (ValueError, IndexError, KeyError, OverflowError):
                amount = None
            several = not re.match(r"(?:a|an|one)\s", text[s:later.start()], re.IGNORECASE)
            if amount and amount[0] == "DURATION" and (several or not value or not value[:1].isdigit()
                                                       or previous is None or not previous.value):
                e = later.start()
                if value and value[:1].isdigit():
                    points_to = value
                ttype, value, mod = amount
        if ttype == "DATE" and _PERIOD_ENDED.match(text, e) and re.fullmatch(r"the\s+(?:fiscal\s+)?year", text[s:e], re.I):
            ttype, value = "DURATION", "P1Y"  # "the year ended March 31" is a period, not this year
        if ttype == "DATE" and value and "-Q" in value and anchor:
            value = _quarter_ended(text, s, e, value, anchor, lex)
        if ttype == "DURATION" and tense != "past" and _before_its_verb(doc, text, s, e, lex):
            ttype, value, mod = "DATE", "FUTURE_REF", None
        if ttype == "DURATION" and _is_rate(doc, text, s, e):
            ttype = "SET"  # "four flights a week", "$1 billion a year": once per period
        if ttype == "DURATION" or (ttype == "DATE" and re.search(r"\bago$", text[s:e], re.IGNORECASE)):
            before, start = _mod_before(text, s, lex)
            if before and ttype == "DURATION":
                mod = before
            if not re.search(r"-[a-z]+$", text[s:e], re.IGNORECASE):
                s = start  # but "the nearly four-year war" keeps the adjective alone, as TimeBank does
        tx = Timex(text=text[s:e], span=(s, e), type=ttype, value=value, mod=mod,
                   range=value_range(value if ttype in ("DATE", "TIME") else points_to), points_to=points_to)
        out.append(tx)
        if name == "weekday" and value and re.match(r"\d{4}-\d\d-\d\d", value):
            weekdays.append((tx, parsed_tense if tense == parsed_tense else "rule"))
        if ttype == "DATE" and value and re.fullmatch(r"\d{4}", value):
            opened = _opens_sentence(sent, s)
            if opened:  # "Last year, by contrast, ... in mid-March": the year frames its sentence
                frame = (s, value, opened)
        if ttype in ("DATE", "TIME") and value and re.match(r"\d{4}-\d{2}-\d{2}", value):
            last_day = value
            if name != "time" or re.search(r"\d{4}|[A-Za-z]{3,}day", text[s:e]):
                story_day = story_day or value  # (a bare clock time, "at 8.40pm", names no day of its own)
            if not _in_relative_clause(doc, s, e) and (anchor is None or value[:10] <= anchor.isoformat()):
                main_day = value  # (a day ahead is a plan, not the story's time)
        if ttype in ("DATE", "TIME") and value and value[:1].isdigit():
            previous = tx
            if anchor is None or value[:10] <= anchor.isoformat():
                last_past = tx
            if ("-Q" in value and "quarter" in tx.text.lower() and not re.search(r"earlier|ago", tx.text, re.I)
                    and (anchor is None or value <= f"{anchor.year}-Q{_quarter(anchor)}")
                    and not (last_quarter and re.search(r"\b(?:current|this)\b", tx.text, re.I))):
                # "warned that sales would stay weak in the current quarter. For the quarter ...":
                # the quarter reported on stays under discussion
                last_quarter = value
    _second_day_of_a_pair(text, out)
    _one_day_per_weekday_name(weekdays)
    _weekday_ranges_run_forward(text, [tx for tx, _ in weekdays])
    _date_clock_times(text, out, lex)
    _overnight_of_a_named_day(text, out)
    _live_blog_stamps_before_midnight(text, out)
    return out


# What may come before a live blog's time stamp on its line: "Updated at 08.15 GMT".
STAMP_PREFIX = re.compile(r"(?:updated(?: at)?)?\s*", re.IGNORECASE)


def opens_its_line(text: str, start: int) -> bool:
    """Whether what starts at `start` opens its line, but for an "Updated at" before it."""
    return STAMP_PREFIX.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


def _live_blog_stamps(text: str, found: list[Timex]) -> list[Timex]:
    """The clock times that stand on a line of their own (a live blog's entry stamps, "10:42 CET",
    "Updated at 08.15 GMT"), in text order."""
    out = []
    for tx in found:
        if tx.type != "TIME" or not tx.value or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", tx.value):
            continue
        line_end = text.find("\n", tx.span[1])
        rest = text[tx.span[1]: len(text) if line_end < 0 else line_end]
        if opens_its_line(text, tx.span[0]) and len(rest.strip()) <= 12:
            out.append(tx)
    return out


def _live_blog_stamps_before_midnight(text: str, found: list[Timex]) -> None:
    """A live blog whose stamps, all read on one day, run 22.40, 23.10, 08.15, 09.02 crossed
    midnight: the entries before the clock turned back are the day before (or, newest first,
    those after it turned forward). Only one turn against the stamps' usual direction is read so;
    with as many turns one way as the other the order is unclear and nothing changes."""
    stamps = _live_blog_stamps(text, found)
    if len(stamps) < 3 or len({tx.value[:10] for tx in stamps}) != 1:
        return
    clocks = [tx.value[11:] for tx in stamps]
    steps = [(a < b) - (a > b) for a, b in zip(clocks, clocks[1:])]  # +1 forward, -1 back
    ups, downs = steps.count(1), steps.count(-1)
    if ups and downs and ups != downs and min(ups, downs) == 1:
        turn = steps.index(-1 if ups > downs else 1)
        earlier = stamps[:turn + 1] if ups > downs else stamps[turn + 1:]
        for tx in earlier:
            day = dt.date.fromisoformat(tx.value[:10]) - dt.timedelta(days=1)
            tx.value = day.isoformat() + tx.value[10:]
            tx.range = value_range(tx.value)


_SECOND_DAY = re.compile(r"(?:\s+(?:and|or|to|through)\s+|\s*[-–]\s*)(\d{1,2})(?:st|nd|rd|th)?(?![\d.,:]?\d|\s*(?:%|percent|[ap]\.?m\b|o['’]clock))")


def _second_day_of_a_pair(text: str, found: list[Timex]) -> None:
    """'April 24 and 25', 'September 16-19': the bare day number after a dated day is a day of
    the same month (TimeBank marks it as a timex of its own)."""
    added = []
    for tx in found:
        if not tx.value or not re.fullmatch(r"\d{4}-\d\d-\d\d", tx.value) or not tx.text[-1:].isdigit():
            continue
        m = _SECOND_DAY.match(text, tx.span[1])
        if not m:
            continue
        first = dt.date.fromisoformat(tx.value)
        value = _date(first.year, first.month, int(m[1]))
        if value is None or int(m[1]) <= first.day:
            continue
        s, e = m.span(1)
        if any(t.span[0] < m.end() and s < t.span[1] for t in found):
            continue
        added.append(Timex(text=text[s:e], span=(s, e), type="DATE", value=value, mod=None,
                           range=value_range(value)))
    if added:
        found.extend(added)
        found.sort(key=lambda t: t.span)


_RANGE_FROM = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s*", re.IGNORECASE)


def _weekday_ranges_run_forward(text: str, weekdays: list[Timex]) -> None:
    """'from Monday to Wednesday': the end of a range of bare weekdays is the first such day on or
    after its start (each alone may have been anchored on a different side of the publication)."""
    for first, second in zip(weekdays, weekdays[1:]):
        if not (_RANGE_FROM.search(text, max(0, first.span[0] - 10), first.span[0])
                and _RANGE_TO.fullmatch(text, first.span[1], second.span[0])):
            continue
        start, end = dt.date.fromisoformat(first.value[:10]), dt.date.fromisoformat(second.value[:10])
        if end < start:
            end += dt.timedelta(7 * ((start - end).days // 7 + 1))
            second.value = end.isoformat() + second.value[10:]
            second.range = value_range(second.value)


def _one_day_per_weekday_name(weekdays: list[tuple[Timex, str]]) -> None:
    """A bare weekday read in the present tense ("Monday's debate") could be the last or the next
    one; when the same text names that weekday in a past or future clause and always means one
    day by it, it means that day here too (one story, one Monday)."""
    definite: dict[int, set] = {}
    for tx, tense in weekdays:
        if tense in ("past", "future"):
            definite.setdefault(dt.date.fromisoformat(tx.value[:10]).isoweekday(), set()).add(tx.value[:10])
    for tx, tense in weekdays:
        if tense != "present":
            continue
        days = definite.get(dt.date.fromisoformat(tx.value[:10]).isoweekday(), set())
        if len(days) == 1 and tx.value[:10] not in days:
            tx.value = next(iter(days)) + tx.value[10:]
            tx.range = value_range(tx.value)


_NIGHT_OF = re.compile(r"\s+(on|into)\s+$", re.IGNORECASE)


def _overnight_of_a_named_day(text: str, found: list[Timex]) -> None:
    """ "overnight on Sunday" is Sunday's night, "overnight into Sunday" Saturday's, not the night
    before the publication."""
    for t, nxt in zip(found, found[1:]):
        if t.text.lower() != "overnight" or not nxt.value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", nxt.value):
            continue
        m = _NIGHT_OF.fullmatch(text, t.span[1], nxt.span[0])
        if m is None:
            continue
        day = dt.date.fromisoformat(nxt.value) - dt.timedelta(days=1 if m[1].lower() == "into" else 0)
        t.value = f"{day.isoformat()}TNI"
        t.range = value_range(t.value)


def _names_weekday(text: str, lex: Lexicon) -> bool:
    return any(w in lex.weekdays for w in re.findall(r"[a-z]+", text.lower()))


def _date_clock_times(text: str, found: list[Timex], lex: Lexicon) -> None:
    """'10:35 a.m. Friday', 'from 7 a.m. to 8 p.m. on Sunday': a clock time takes the day named
    right after it in the same sentence (past other clock times)."""
    for i, t in enumerate(found[:-1]):
        if t.type != "TIME" or not t.value or not re.fullmatch(r"\S+T\d\d:\d\d", t.value):
            continue
        clock = _CLOCK.match(t.text.lower())
        if clock is None or _CLOCK_TAIL.sub("", t.text.lower()[clock.end():]):
            continue  # "6pm on Thursday" has its own day
        for nxt in found[i + 1:i + 4]:
            gap = text[t.span[1]:nxt.span[0]]
            if len(gap) > 40 or "." in gap.replace("a.m.", "").replace("p.m.", "") \
                    or gap.lstrip().startswith(")") and len(gap.strip(") ,")) > 3:
                # (out of brackets only to the day right after them: "at 05:42 local time (10:42
                # GMT) on Sunday", not "at 8am local time (05:00 GMT) and ... until Saturday")
                break
            day_named = nxt.value and (re.fullmatch(r"\d{4}-\d{2}-\d{2}", nxt.value) or nxt.type == "TIME"
                                       and re.fullmatch(r"\d{4}-\d{2}-\d{2}T\S+", nxt.value)
                                       and _names_weekday(nxt.text, lex))  # "to 8 p.m. on Sunday"
            if day_named:
                t.value = nxt.value[:10] + t.value[10:]
                t.range = value_range(t.value)
                break


def _sentence_at(doc, s: int):
    """The spaCy sentence holding character offset `s`, or None."""
    span = doc.char_span(s, s + 1, alignment_mode="expand")
    return span[0].sent if span is not None and len(span) > 0 else None


def _habitual(sent, lex: Lexicon) -> bool:
    """Whether the sentence tells what usually happens ("Flu seasons typically peak between
    December and February"), so that a bare month in it is any year's."""
    return sent is not None and any(t.lower_ in lex.habitual_words and not _in_when_clause(t) for t in sent)


def _in_when_clause(tok) -> bool:
    """Inside a "when" clause ("expected by the end of June, when the court typically finishes its
    term": the habit is the court's, the date a coming one)."""
    for node in [tok, *tok.ancestors]:
        if node.dep_ in ("relcl", "advcl") and any(c.dep_ == "advmod" and c.lower_ == "when" for c in node.children):
            return True
    return False


def _reports_results(sent, lex: Lexicon) -> bool:
    """Whether the sentence reports a company's results ("net income of $5 million, or 12 cents a
    share, a year earlier"), where "a year earlier" is the quarter under discussion a year back;
    "housing starts were down 12% from a year ago" is not. Without a sentence, it is assumed to."""
    return sent is None or any(t.lower_ in lex.results_words or t.text in ("$", "£", "€", "#") for t in sent)


def _reports_results_words(sent, lex: Lexicon) -> bool:
    """The sentence has a word of results other than the period's own name ("revenue for the
    fourth quarter", not just "the second quarter")."""
    return sent is not None and any(t.lower_ in lex.results_words and t.lower_ not in ("quarter", "period")
                                    for t in sent)


def _opens_sentence(sent, s: int) -> Optional[int]:
    """The end offset of the sentence when the timex at `s` opens it ("Last year, ...", "In 2010,
    ..."), else None."""
    if sent is None:
        return None
    before = [t for t in sent if t.idx < s and not t.is_space and not t.is_punct]
    if len(before) > 1 or (before and before[0].lower_ not in ("in", "during", "by", "since")):
        return None
    return sent.end_char


def _in_sentence_of(sent, earlier: Optional[Timex]) -> bool:
    """Whether the `earlier` timex is in the sentence `sent` ("up 41% in 2012 from five years
    earlier" counts from 2012, not from the present)."""
    return sent is not None and earlier is not None and earlier.span[0] >= sent.start_char


# A clock time with no day of its own belongs to the day last named this close before it.
CLOCK_DAY_WINDOW = 400


def _day_in_sentence(text: str, s: int, found: list[Timex]) -> Optional[str]:
    """The day a clock time belongs to: the last day-valued timex shortly before it. A clock time
    that opens a paragraph (a live blog's "6:05 p.m." heading) takes no day from the paragraphs
    above it."""
    heading = text[max(0, s - 2):s] == "\n\n" or s == 0
    for t in reversed(found):
        if t.span[1] < s - CLOCK_DAY_WINDOW or (heading and "\n\n" in text[t.span[1]:s]):
            break
        if t.value and re.match(r"\d{4}-\d{2}-\d{2}", t.value):
            return t.value[:10]
    return None
