"""Which time expression dates a predicate, and when a date carries over."""
import pytest

from parley.extract.timexes import extract_timexes
from parley.resolve.dates import continues_previous, inherit_date, record_date, timex_for_predicate, timex_record_date

PUB = "2026-03-05"


@pytest.fixture(scope="module")
def attach(nlp):
    def run(text, verb, published=PUB):
        doc = nlp(text)
        timexes = extract_timexes(doc, published)
        token = next(t for t in doc if t.text == verb)
        return timex_for_predicate(doc, token, timexes)

    return run


def test_cue_takes_its_own_modifier_not_the_content_date(attach):
    text = "The minister said on Monday that talks would resume on Friday."
    assert attach(text, "said").text == "Monday"
    assert attach(text, "resume").text == "Friday"


def test_date_only_in_content_does_not_date_the_cue(attach):
    assert attach("She said the army withdrew on Wednesday.", "said") is None


def test_sentence_initial_date(attach):
    t = attach("On Tuesday, the spokesman said the offer was still open.", "said")
    assert (t.text, t.value) == ("Tuesday", "2026-03-03")


def test_infinitival_complement_shares_the_date(attach):
    t = attach("Another round is scheduled to take place on Sunday.", "scheduled")
    assert t.value == "2026-03-08"


def test_reduced_relative_event_noun(attach):
    t = attach("Talks held in Geneva last weekend made progress, officials said.", "held")
    assert t.value == "2026-W09-WE"


def test_intermediary_cue(attach):
    t = attach("An unnamed official told Axios on Saturday that a deal was close.", "told")
    assert t.value == "2026-02-28"


def test_references_and_durations_do_not_date(attach):
    assert attach("The envoy now says the talks lasted two weeks.", "says") is None


def test_no_timex(attach):
    assert attach("The spokesman declined to comment.", "declined") is None


def test_inherit_date():
    assert inherit_date("2026-01-28", None, continues=True) == "2026-01-28"
    assert inherit_date("2026-01-28", None, continues=False) is None
    assert inherit_date("2026-01-28", "2026-01-29", continues=True) == "2026-01-29"
    assert inherit_date(None, None, continues=True) is None


def test_continuation_cues(nlp):
    doc = nlp("He added that the border would stay open. She said no.")
    assert continues_previous(next(t for t in doc if t.text == "added"))
    assert not continues_previous(next(t for t in doc if t.text == "said"))
    assert not continues_previous(None)


@pytest.mark.parametrize(
    "text",
    [
        "Peskov, speaking to reporters on Tuesday, said the offer stands.",
        "Speaking on Tuesday, Peskov said the offer stands.",
        "The Kremlin said in a statement on Tuesday that talks would go on.",
    ],
)
def test_speech_frames(attach, text):
    assert attach(text, "said").value == "2026-03-03"


def test_relative_clause_date_is_not_the_cue_date(attach):
    t = attach("The envoy, who arrived on Monday, said the talks were useful.", "said")
    assert t is None


def test_statement_issued_on_a_day(attach):
    t = attach("The ministry said in a statement issued on Tuesday that the border stays shut.", "said")
    assert t.value == "2026-03-03"


def test_object_event_date_does_not_date_the_cue(attach):
    assert attach("The envoy condemned the attack carried out on Tuesday.", "condemned") is None


def test_record_dates_stop_at_the_day():
    assert record_date("2026-03-03TNI") == "2026-03-03"
    assert record_date("2026-03-03T24:00") == "2026-03-03"
    assert record_date("2026-W04-WE") == "2026-W04-WE"
    assert record_date("2025") == "2025"
    assert record_date(None) is None


def test_an_event_at_a_part_of_day_is_dated_to_the_day():
    from parley.pipeline import extract_text

    result = extract_text("Russian drones attacked Kharkiv on Tuesday night, the governor said.", published="2026-03-05")
    attacks = [e for e in result.events if e.type == "ASSAULT"]
    assert attacks and all(e.date == "2026-03-03" for e in attacks)


def test_a_wire_dateline_is_not_a_date_of_what_the_story_reports():
    from parley.model import Timex
    from parley.resolve.dates import in_dateline
    text = "KYIV, Jan 13 (Reuters) - Talks resumed on Monday.\nLONDON, March 2 - More talks."
    def tx(s):
        i = text.index(s)
        return Timex(text=s, span=(i, i + len(s)), type="DATE", value=None)
    assert in_dateline(text, tx("Jan 13")) and in_dateline(text, tx("March 2"))
    assert not in_dateline(text, tx("Monday"))


def test_a_bare_overnight_dates_the_morning_it_ends_on():
    from parley.model import Timex
    night = Timex(text="overnight", span=(0, 9), type="TIME", value="2026-01-11TNI")
    assert timex_record_date(night) == "2026-01-12"
    sunday_night = Timex(text="Sunday night", span=(0, 12), type="TIME", value="2026-01-11TNI")
    assert timex_record_date(sunday_night) == "2026-01-11"
    assert timex_record_date(Timex(text="last week", span=(0, 9), type="DATE", value="2026-W02")) == "2026-W02"


def test_a_counted_duration_dates_by_the_day_it_points_to():
    from parley.model import Timex
    later = Timex(text="Nine days", span=(0, 9), type="DURATION", value="P9D", points_to="2026-03-12")
    assert timex_record_date(later) == "2026-03-12"
    assert timex_record_date(Timex(text="nine days", span=(0, 9), type="DURATION", value="P9D")) is None


def test_a_timex_on_a_conjoined_object_dates_the_verb(nlp):
    doc = nlp("Russia launched 240 drones and 12 missiles overnight, the air force said.")
    found = extract_timexes(doc, "2026-01-12")
    verb = next(t for t in doc if t.text == "launched")
    assert timex_for_predicate(doc, verb, found).text == "overnight"


def test_the_period_a_superlative_ranks_within_does_not_date_the_act(nlp):
    doc = nlp("Russia launched its biggest missile attack of the month on March 3, officials said.")
    found = extract_timexes(doc, "2026-03-12")
    verb = next(t for t in doc if t.text == "launched")
    assert timex_for_predicate(doc, verb, found).text == "March 3"
    doc = nlp("Russia launched its biggest missile attack of the month.")
    verb = next(t for t in doc if t.text == "launched")
    assert timex_for_predicate(doc, verb, extract_timexes(doc, "2026-03-12")) is None


def test_a_timex_inside_the_object_noun_phrase_dates_that_noun_not_the_verb(attach):
    assert attach("The pope calls for a Christmas truce.", "calls") is None
    assert attach("Kyiv condemned the Sunday strike on the dam.", "condemned") is None
    # the noun itself keeps it
    assert attach("Kyiv condemned the Sunday strike on the dam.", "strike").text == "Sunday"


LIVE_BLOG = ("Russia-Ukraine war live: envoys in Moscow\n\n"
             "13.15 BST\n"
             "EU foreign ministers agreed to extend sanctions on Russia. Hungary objected.\n\n"
             "15.30 BST\n"
             "Overnight, drones hit Sumy.\n\n"
             "The envoys met Putin at the Kremlin.")


def test_a_live_blog_entry_is_dated_by_its_time_stamp(nlp):
    from parley.resolve.dates import entry_stamp
    doc = nlp(LIVE_BLOG)
    timexes = extract_timexes(doc, "2026-05-28")

    def stamp(word):
        found = entry_stamp(doc, next(t for t in doc if t.text == word), timexes)
        return found.value if found is not None else None

    assert stamp("agreed") == "2026-05-28T13:15"
    assert stamp("objected") == "2026-05-28T13:15"  # the same entry, a later sentence
    # the stamp dates only its own paragraph, and a time inside the sentence is no stamp
    assert stamp("met") is None
    assert stamp("hit") == "2026-05-28T15:30"  # the caller tries the sentence's own "Overnight" first


def test_a_time_inside_a_line_is_no_entry_stamp(nlp):
    from parley.resolve.dates import entry_stamp
    doc = nlp("At 10:30 the talks began. The delegations agreed on a ceasefire.")
    timexes = extract_timexes(doc, "2026-05-28")
    assert entry_stamp(doc, next(t for t in doc if t.text == "agreed"), timexes) is None


def test_a_stamp_opening_the_entry_line_dates_its_later_sentences(nlp):
    from parley.resolve.dates import entry_stamp
    doc = nlp("Talks - as it happened\n\n"
              "18:20 - Rustem Umerov has just spoken to reporters outside the hotel. He said the extension "
              "was a small step.\n\n"
              "The monitoring question is open, he said.")
    timexes = extract_timexes(doc, "2026-09-17")
    found = entry_stamp(doc, next(t for t in doc if t.text == "said"), timexes)
    assert found is not None and found.value == "2026-09-17T18:20"


def test_declining_when_asked_on_a_day_dates_what_is_said_instead(attach):
    text = ("Dmitry Peskov declined to comment on the strike when asked by journalists on Monday, saying only "
            "that questions “should be addressed to the Defense Ministry.”")
    assert attach(text, "declined").text == "Monday"


def test_a_time_the_parse_hung_on_a_later_participle_dates_the_verb(attach):
    # "on Monday" hung on "mediated" (the parse's advcl) is still the time of the agreeing
    tx = attach("The two sides agreed on the corridor at talks in Geneva on Monday mediated by the ICRC, "
                "the first such deal covering a town in Donetsk region since the invasion in February 2022.",
                "agreed")
    assert tx is not None and tx.text == "Monday"


def test_the_time_of_the_act_asked_for_does_not_date_the_asking(attach):
    text = ("He called on the European Union to open the first cluster of accession negotiations at its summit in "
            "Brussels next month, and urged Hungary to lift its veto.")
    assert attach(text, "called") is None
    assert attach(text, "open").text == "next month"


def test_the_time_of_quoting_dates_the_saying_it_quotes(attach):
    text = "RIA Novosti quoted a Russian military source on Tuesday as saying drones had been spotted."
    assert attach(text, "saying").text == "Tuesday"


def test_a_time_on_a_media_noun_the_parse_made_a_clause_dates_the_telling(attach):
    # "telethon" is tagged a verb and made a clause of "told"
    text = "Svitlana Marchuk told the United News telethon on Wednesday that 23 people had been brought out."
    assert attach(text, "told").text == "Wednesday"


def test_a_when_clause_dates_the_saying(nlp, profile):
    from parley.pipeline import extract_text
    # (not the interview's day, which the introduction gives)
    st = extract_text("Interview\n\nOn Saturday 17 January, Nick Robinson spoke to the Defence Secretary, John Healey, "
                      "who returned from Kyiv on Friday night.\n\nNICK ROBINSON: Good morning.\n\nJOHN HEALEY: I think "
                      "we are closer. What I heard in Kyiv this week was a government that is serious about peace. When I "
                      "sat down with President Zelensky on Thursday he said to me, and I wrote it down, “We are ready to "
                      "silence the guns.”\n\nNICK ROBINSON: Thanks.\n", published="2026-01-17").statements
    quoted = [s for s in st if s.content.startswith("“We are ready")]
    assert [(s.speaker, s.date) for s in quoted] == [("volodymyr-zelensky", "2026-01-15")]
