"""Time expressions, sentence by sentence, on our own example sentences."""
import pytest

from parley.extract.timexes import extract_timexes, value_range

PUB = "2026-03-05"  # a Thursday, ISO week 10


@pytest.fixture(scope="module")
def find(nlp):
    def run(text, published=PUB):
        return extract_timexes(nlp(text), published)

    return run


def one(found, text):
    matches = [t for t in found if t.text == text]
    assert matches, f"no timex {text!r} in {[t.text for t in found]}"
    return matches[0]


@pytest.mark.parametrize(
    "sentence, expr, value",
    [
        ("The minister said on Monday that the offer stands.", "Monday", "2026-03-02"),
        ("The minister said on Thursday that the offer stands.", "Thursday", "2026-03-05"),
        ("Talks are scheduled for Friday in Vienna.", "Friday", "2026-03-06"),
        ("The delegations will meet on Tuesday.", "Tuesday", "2026-03-10"),
        ("Another round is scheduled to take place on Sunday.", "Sunday", "2026-03-08"),
        ("Envoys met in Geneva last weekend.", "last weekend", "2026-W09-WE"),
        ("Prices rose last week.", "last week", "2026-W09"),
        ("The summit is planned for next week.", "next week", "2026-W11"),
        ("Inflation slowed last month.", "last month", "2026-02"),
        ("The army withdrew last year.", "last year", "2025"),
        ("Elections are due next year.", "next year", "2027"),
        ("The rebels attacked yesterday.", "yesterday", "2026-03-04"),
        ("The vote is tomorrow.", "tomorrow", "2026-03-06"),
        ("The envoy arrived earlier this week.", "earlier this week", "2026-W10"),
        ("The deal was signed in November.", "November", "2025-11"),
        ("The parliament will vote in April.", "April", "2026-04"),
        ("The letter was sent on March 3.", "March 3", "2026-03-03"),
        ("The treaty was signed on 12 May 1998.", "12 May 1998", "1998-05-12"),
        ("The talks collapsed two years ago.", "two years ago", "2024"),
        ("Profits fell in the third quarter.", "the third quarter", "2025-Q3"),
        ("The offensive stalled last summer.", "last summer", "2025-SU"),
        ("The conflict began in the 1990s.", "the 1990s", "199"),
        ("Observers arrived in early 2024.", "early 2024", "2024"),
    ],
)
def test_values_anchored_on_publication(find, sentence, expr, value):
    assert one(find(sentence), expr).value == value


def test_weekday_tense_past_vs_future_in_one_text(find):
    found = find("The envoy told reporters on Saturday that the next round is scheduled for Sunday.")
    assert one(found, "Saturday").value == "2026-02-28"
    assert one(found, "Sunday").value == "2026-03-08"


def test_adjectival_duration_keeps_timebank_extent_and_mod(find):
    t = one(find("Negotiators hope to end the nearly three-year conflict."), "three-year")
    assert (t.type, t.value, t.mod) == ("DURATION", "P3Y", "APPROX")


@pytest.mark.parametrize(
    "sentence, expr, value, mod",
    [
        ("The ceasefire held for two weeks.", "two weeks", "P2W", None),
        ("The blackout lasted more than 24 hours.", "more than 24 hours", "PT24H", "MORE_THAN"),
        # TE3 extents take "nearly", "at least" in; "over the past ..." means during, not more than
        ("The curfew stayed in place for nearly two years.", "nearly two years", "P2Y", "APPROX"),
        ("Talks stalled for at least six weeks.", "at least six weeks", "P6W", "EQUAL_OR_MORE"),
        ("Shelling intensified over the past two weeks.", "the past two weeks", "P2W", None),
        ("The siege lasted about 18 months.", "18 months", "P18M", "APPROX"),
        ("The station will be closed for several days.", "several days", "PXD", None),
    ],
)
def test_durations(find, sentence, expr, value, mod):
    t = one(find(sentence), expr)
    assert (t.type, t.value, t.mod) == ("DURATION", value, mod)
    assert t.range is None


def test_sets_and_references(find):
    found = find("Shells hit the city every day. Now the mayor is currently in talks about the future.")
    assert (one(found, "every day").type, one(found, "every day").value) == ("SET", "P1D")
    assert one(found, "Now").value == "PRESENT_REF"
    assert one(found, "currently").value == "PRESENT_REF"
    assert one(found, "the future").value == "FUTURE_REF"


def test_at_the_time_carries_the_previous_date(find):
    found = find("The ceasefire collapsed in 2023. At the time, officials blamed the weather.")
    assert one(found, "the time").value == "2023"


def test_the_following_year_counts_from_the_previous_date(find):
    found = find("The war began in 2014. The following year, talks started in Minsk.")
    assert one(found, "The following year").value == "2015"


def test_clock_time_takes_its_day(find):
    # one timex with its weekday, as in TimeBank's "9 a.m. Tuesday" and 8 of our blind
    # annotators' 9 cases; a clock time "on" a date stays two (3 of 3)
    found = find("The polls closed at 8 p.m. on Tuesday.")
    assert one(found, "8 p.m. on Tuesday").value == "2026-03-03T20:00"
    found = find("The polls closed at 8 p.m. on March 3.")
    assert one(found, "8 p.m.").value == "2026-03-03T20:00"
    assert one(found, "March 3").value == "2026-03-03"


def test_a_warning_until_a_clock_time_on_a_weekday_looks_ahead(find):
    found = find("Forecasters issued a warning for rain from 6pm on Thursday until midday on Saturday.")
    assert one(found, "6pm on Thursday").value == "2026-03-05T18:00"
    assert one(found, "midday on Saturday").value == "2026-03-07T12:00"


def test_without_publication_date_relative_values_are_null(find):
    found = find("He spoke on Monday about the treaty signed on March 3, 2025, and about last year.", None)
    assert one(found, "Monday").value is None
    assert one(found, "last year").value is None
    assert one(found, "March 3, 2025").value == "2025-03-03"


def test_ranges(find):
    found = find("Envoys met last weekend and again in February, before the talks of 2024.")
    assert one(found, "last weekend").range == ("2026-02-28", "2026-03-01")
    assert one(found, "February").range == ("2026-02-01", "2026-02-28")
    assert one(found, "2024").range == ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-01-29", ("2026-01-29", "2026-01-29")),
        ("2026-W04", ("2026-01-19", "2026-01-25")),
        ("2026-W04-WE", ("2026-01-24", "2026-01-25")),
        ("2025-Q4", ("2025-10-01", "2025-12-31")),
        ("2025-H1", ("2025-01-01", "2025-06-30")),
        ("2025-WI", ("2025-12-01", "2026-02-28")),
        ("199", ("1990-01-01", "1999-12-31")),
        ("2026-01-29TMO", ("2026-01-29", "2026-01-29")),
        ("PRESENT_REF", None),
        ("P4Y", None),
        (None, None),
    ],
)
def test_value_range(value, expected):
    assert value_range(value) == expected


def test_spans_point_into_the_text(find):
    text = "On Wednesday, the foreign minister said talks would resume within two weeks."
    for t in find(text):
        assert text[t.span[0]:t.span[1]] == t.text
    assert [t.text for t in find(text)] == ["Wednesday", "two weeks"]


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n", "Monday.", "“Unbalanced quote on Tuesday", "1,2026 $2026 million 2026%",
     "\x00\x01 weird \ufeff bytes 3/45/2026 99:99 13/13/13", "31 February 2025", "the 45th century",
     "April 31 and 32", "the week of February 30", "from Friday - Friday", "Feb. 29 and 30, 2025",
     "between Monday and", "📅 Tuesday night 🌙"],
)
def test_odd_input_never_raises(find, text):
    for published in (PUB, None):
        for t in find(text, published):
            assert t.type in ("DATE", "TIME", "DURATION", "SET")


def test_look_alikes_are_not_timexes(find):
    found = find("Talks may resume. Prices could fall. The 52-year-old envoy paid $2,026 for 2026 shares.")
    assert [t.text for t in found] == []


def test_headline_without_verb(find):
    assert one(find("Kyiv talks on Friday"), "Friday").value == "2026-02-27"


def test_seed_expressions(nlp, seed_text):
    found = extract_timexes(nlp(seed_text), "2026-01-29")
    by_text = {}
    for t in found:
        by_text.setdefault(t.text, []).append(t)
    assert [t.value for t in by_text["Thursday"]] == ["2026-01-29"] * 3
    assert (by_text["four-year"][0].value, by_text["four-year"][0].mod) == ("P4Y", "APPROX")
    assert by_text["last weekend"][0].value == "2026-W04-WE"
    assert by_text["Saturday"][0].value == "2026-01-24"
    assert by_text["Sunday"][0].value == "2026-02-01"
    assert by_text["Tuesday"][0].value == "2026-01-27"
    assert [t.value for t in by_text["Wednesday"]] == ["2026-01-28"] * 2
    assert by_text["last year"][0].value == "2025"
    assert by_text["the time"][0].value == "2025"
    assert (by_text["every day"][0].type, by_text["every day"][0].value) == ("SET", "P1D")
    assert by_text["the future"][0].value == "FUTURE_REF"
    assert by_text["current"][0].value == "PRESENT_REF"


@pytest.mark.parametrize(
    "sentence, expr, ttype, value",
    [
        ("The airline runs four flights a week to Delhi.", "a week", "SET", "P1W"),
        ("The envoy stayed for 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
        ("The charge will be spread over the next three quarters.", "the next three quarters", "DURATION", "P9M"),
        ("Troops will leave by the end of the month.", "the end of the month", "DATE", "2026-03"),
        ("The accession is planned for April next year.", "April next year", "DATE", "2027-04"),
        ("The dividend is payable Dec. 7.", "Dec. 7", "DATE", "2026-12-07"),
        ("Last month's talks in Riyadh failed.", "Last month", "DATE", "2026-02"),
    ],
)
def test_more_forms(find, sentence, expr, ttype, value):
    t = one(find(sentence), expr)
    assert (t.type, t.value) == (ttype, value)


def test_names_that_look_like_times(find):
    found = find("He said so on CBS's 60 Minutes. The film High Noon was shown. Imports cover three-quarters of demand.")
    assert [t.text for t in found] == []


def test_later_counts_from_the_previous_date(find):
    # "a day later" is the day after the last date; "three days later" is the amount, as TimeBank
    # ("Three days later" P3D) and our blind annotators (4 of 5) mark it
    found = find("The talks opened on June 2, 2024. A day later, the delegations walked out.")
    assert one(found, "A day later").value == "2024-06-03"
    found = find("The talks opened on June 2, 2024. Three days later, the delegations walked out.")
    assert one(found, "Three days").value == "P3D"


def test_plural_unit_without_number(find):
    assert one(find("The plan was drafted months ago."), "months ago").value == "PAST_REF"


def test_modern_news_forms(find):
    found = find("The decade-long war ended, and a years-long recovery began. Rebels attacked overnight. "
                 "Voting runs from 7 a.m. to 8 p.m. on Sunday.")
    assert one(found, "decade-long").value == "P10Y"
    assert one(found, "years-long").value == "PXY"
    assert one(found, "overnight").value == "2026-03-04TNI"
    assert one(found, "7 a.m.").value == "2026-03-08T07:00"


def test_parts_of_day_follow_the_last_date(find):
    found = find("He appeared in court on Feb. 21. He looked healthy the next morning. "
                 "Later in the day, his lawyers spoke. He will fly home at 4 in the morning.")
    assert one(found, "the next morning").value == "2026-02-22TMO"
    assert one(found, "the day").value == "2026-02-22"  # the day of that morning
    assert one(found, "4 in the morning").type == "TIME"


def test_decade_in_words(find):
    assert one(find("Crime fell through the nineties."), "the nineties").value == "199"


def test_dates_next_to_publication_stay_in_its_year(find):
    # A future tense with a day just before publication is a stale story, not next year.
    assert one(find("The vote will take place on 1 March.", "2026-03-05"), "1 March").value == "2026-03-01"
    assert one(find("The treaty was signed on 28 March.", "2026-03-05"), "28 March").value == "2025-03-28"


@pytest.mark.parametrize(
    "sentence, expr, value",
    [
        ("The envoy said on Monday that talks would go on.", "Monday", "2025-12-29"),
        ("Prices fell last week.", "last week", "2025-W52"),
        ("The deal was signed in December.", "December", "2025-12"),
        ("Elections are due next month.", "next month", "2026-02"),
        ("Snow fell last winter.", "last winter", "2024-WI"),
        ("Troops will withdraw by Christmas.", "Christmas", "2026-12-25"),
    ],
)
def test_across_the_new_year(find, sentence, expr, value):
    assert one(find(sentence, "2026-01-03"), expr).value == value


@pytest.mark.parametrize(
    "sentence, expr, value",
    [
        # "this <month>" is in the publication year, whatever the tense
        ("A referendum was called for this September.", "this September", "2026-09"),
        ("The law came into force this January.", "this January", "2026-01"),
        # "is to" + verb is an arrangement: the coming day
        ("The tribunal is to rule on Tuesday.", "Tuesday", "2026-03-10"),
        # "last March" said in March is a year back; "next March" a year ahead
        ("The economy grew last March.", "last March", "2025-03"),
        ("A new census is planned for next March.", "next March", "2027-03"),
        # a two-digit decade is the latest one begun by publication
        ("Inflation ran high in the '90s.", "the '90s", "199"),
        ("Growth was strong in the '10s.", "the '10s", "201"),
        # "the end of last year" is a date, not "the past year"-style duration
        ("Output fell at the end of last year.", "the end of last year", "2025"),
        ("The truce broke down at the end of last month.", "the end of last month", "2026-02"),
        # a half of last year is in last year
        ("Exports fell in the second half of last year.", "the second half of last year", "2025-H2"),
        # a season with its year
        ("The truce was agreed in the summer of 2022.", "the summer of 2022", "2022-SU"),
        ("Fighting resumed in spring 2023.", "spring 2023", "2023-SP"),
        # a fortnight is two weeks
        ("The envoy left a fortnight ago.", "a fortnight ago", "2026-W08"),
        # "a decade ago" is the year ten years back, like "10 years ago"
        ("The border was drawn a decade ago.", "a decade ago", "2016"),
        # an approximator before "... ago" is part of the extent
        ("The border reopened almost four years ago.", "almost four years ago", "2022"),
    ],
)
def test_relative_dates_more(find, sentence, expr, value):
    assert one(find(sentence), expr).value == value


def test_day_anaphor_after_a_coarser_date_keeps_the_day_unknown(find):
    found = find("The dam burst in May 2019, and the same day the governor resigned.")
    t = one(found, "the same day")
    assert (t.value, t.range) == ("2019-05-XX", ("2019-05-01", "2019-05-31"))


def test_one_day_before_its_verb_is_a_future_reference(find):
    found = find("Leaders say the region will one day be rebuilt. The strike lasted one day.")
    refs = [t for t in found if t.text == "one day"]
    assert [(t.type, t.value) for t in refs] == [("DATE", "FUTURE_REF"), ("DURATION", "P1D")]


def test_bare_minutes_is_a_gap_not_a_timex(find):
    found = find("The two blasts went off minutes apart. The vote took a few minutes.")
    assert [(t.text, t.value) for t in found] == [("a few minutes", "PTXM")]


def test_a_second_before_a_noun_is_an_ordinal(find):
    found = find("A second convoy left the city. The siren sounded for a second.")
    assert [t.text for t in found] == ["a second"]
    assert one(found, "a second").value == "PT1S"


def test_units_later_without_a_date_to_count_from_are_a_duration(find):
    found = find("The rebels took the port. A few days later, the navy shelled it. Two days later, it fell.")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("A few days", "DURATION", "PXD"), ("Two days", "DURATION", "P2D")]


def test_sentence_opening_now_comma_is_a_discourse_marker(find):
    found = find("Now, the envoy says the plan is dead. The plan is now dead.")
    assert [(t.text, t.value) for t in found] == [("now", "PRESENT_REF")]


@pytest.mark.parametrize(
    "sentence, expr, ttype, value",
    [
        ("Shelling eased over the past day.", "the past day", "DURATION", "P1D"),
        ("No flights have left in the past hour.", "the past hour", "DURATION", "PT1H"),
        ("Winters have shortened in recent decades.", "recent decades", "DATE", "PAST_REF"),
        ("More storms are expected in the coming hours.", "the coming hours", "DURATION", "PTXH"),
        ("The fleet will shrink over the next decade.", "the next decade", "DURATION", "P10Y"),
    ],
)
def test_periods_up_to_now_and_ahead(find, sentence, expr, ttype, value):
    t = one(find(sentence), expr)
    assert (t.type, t.value) == (ttype, value)


def test_hours_ago_gives_the_day(find):
    found = find("The shelling began 36 hours ago. The convoy left two hours ago.")
    assert one(found, "36 hours ago").value == "2026-03-04"
    assert one(found, "two hours ago").value == "2026-03-05"


def test_earlier_counts_back_from_the_previous_date(find):
    found = find("The war ended in 1995. Two years earlier, the siege began.")
    assert one(found, "Two years earlier").value == "1993"
    found = find("The parliament voted on Tuesday. A day earlier, the envoy had warned of chaos.")
    assert one(found, "A day earlier").value == "2026-03-02"


@pytest.mark.parametrize(
    "sentence, expr, ttype, value",
    [
        ("The blockade lasted a year and a half.", "a year and a half", "DURATION", "P1Y6M"),
        ("The envoys spoke for half an hour.", "half an hour", "DURATION", "PT30M"),
        ("A half-hour briefing followed.", "half-hour", "DURATION", "PT30M"),
        ("He spent 3-1/2 years in detention.", "3-1/2 years", "DURATION", "P3Y6M"),
        ("The commission meets twice a year.", "twice a year", "SET", "P1Y"),
        ("Patrols pass three times a day.", "three times a day", "SET", "P1D"),
    ],
)
def test_halves_and_frequencies(find, sentence, expr, ttype, value):
    t = one(find(sentence), expr)
    assert (t.type, t.value) == (ttype, value)


def test_easter_and_its_moveable_feasts(find):
    # PUB 2026-03-05; Easter 2026 falls on 5 April
    found = find("The patriarch will celebrate Easter in Kyiv. Pilgrims arrive before Good Friday.")
    assert one(found, "Easter").value == "2026-04-05"
    assert one(found, "Good Friday").value == "2026-04-03"
    found = find("The truce held over Easter 2024.")
    assert one(found, "Easter 2024").value == "2024-03-31"
    found = find("Crowds gathered as Holy Week began.", "2026-03-30")
    assert one(found, "Holy Week").value == "2026-W14"


def test_participle_set_for_makes_a_coming_date(find):
    # PUB 2026-03-05: an arrangement "set for" a month is the coming one; a record "set on" a day is past
    found = find("Envoys prepared for a conference set for Geneva in June.")
    assert one(found, "June").value == "2026-06"
    found = find("Shares closed near the peak set on Nov. 12.")
    assert one(found, "Nov. 12").value == "2025-11-12"


def test_or_so_ago_is_a_date_not_a_duration(find):
    t = one(find("The envoy flew home a week or so ago."), "a week or so ago")
    assert (t.type, t.value) == ("DATE", "2026-W09")


@pytest.mark.parametrize(
    "sentence, expr, value",
    [
        ("Grain exports grew in this year's second quarter.", "this year's second quarter", "2026-Q2"),
        ("The pipeline may open in next year's first quarter.", "next year's first quarter", "2027-Q1"),
        ("Tariff income fell from last year's fourth quarter.", "last year's fourth quarter", "2025-Q4"),
        ("Aid may resume in next year's second half.", "next year's second half", "2027-H2"),
    ],
)
def test_a_years_quarter_is_one_timex(find, sentence, expr, value):
    t = one(find(sentence), expr)
    assert (t.type, t.value) == ("DATE", value)


def test_last_years_quarter_is_the_quarter_under_discussion_a_year_back(find):
    found = find("Fees rose in the third quarter of 2025. Fees in last year's quarter were lower.")
    assert one(found, "last year's quarter").value == "2024-Q3"


def test_todays_before_a_generic_noun_is_nowadays(find):
    assert not [t for t in find("Few borders hold in today's world.") if t.text.lower() == "today"]
    assert one(find("Today's ceasefire talks ended early."), "Today").value == PUB


def test_a_span_from_today_runs_ahead(find):
    # PUB 2026-03-05: the offer was made today and runs to a date a few weeks on, not last year's
    found = find("The fund said it offered the bonds from today through March 30.")
    assert one(found, "March 30").value == "2026-03-30"
    found = find("Monitors stayed in the zone from now until April 2.")
    assert one(found, "April 2").value == "2026-04-02"


def test_weekday_with_a_part_of_day_is_that_part_of_the_day(find):
    # PUB 2026-03-05 is a Thursday: TIMEX3 gives the day plus the part of the day, type TIME
    found = find("The convoy crossed the border on Tuesday night, and talks resumed Wednesday morning.")
    t = one(found, "Tuesday night")
    assert (t.type, t.value, t.range) == ("TIME", "2026-03-03TNI", ("2026-03-03", "2026-03-03"))
    assert one(found, "Wednesday morning").value == "2026-03-04TMO"


def test_a_conjoined_verb_shares_the_future_auxiliary(find):
    found = find("The envoy will fly to Ankara next week and return to Kyiv on Wednesday.")
    assert one(found, "Wednesday").value == "2026-03-11"
    found = find("The envoy flew to Ankara and returned to Kyiv on Wednesday.")
    assert one(found, "Wednesday").value == "2026-03-04"


def test_a_named_time_zone_is_part_of_the_clock_time(find):
    found = find("The ministry will publish the figures at 10 a.m. Eastern time on Friday.")
    t = one(found, "10 a.m. Eastern time on Friday")
    assert (t.type, t.value) == ("TIME", "2026-03-06T10:00")


@pytest.mark.parametrize(
    "sentence, expr, value",
    [
        # PUB 2026-03-05 (Thursday). A future reported with "would" is still ahead of the report.
        ("The ministry said the border crossing would reopen on Monday.", "Monday", "2026-03-09"),
        ("Diplomats said the treaty would take effect in January.", "January", "2027-01"),
        # ... but "would have" looks back
        ("He said the vote would have passed on Monday.", "Monday", "2026-03-02"),
        # the present progressive with a day is an arrangement
        ("The envoys are meeting on Tuesday in Istanbul.", "Tuesday", "2026-03-10"),
        # ... for verbs of arranged events only: "are hailing her speech on Tuesday" reports
        ("Unions are hailing the minister's speech on Tuesday.", "Tuesday", "2026-03-03"),
        # an aspect verb higher up the chain is not the arrangement
        ("The bank is continuing to work under a February agreement.", "February", "2026-02"),
    ],
)
def test_reported_future_and_arrangements(find, sentence, expr, value):
    assert one(find(sentence), expr).value == value


def test_following_without_the_is_a_preposition(find):
    found = find("Following Monday's vote, deputies said the following Monday would be quieter.")
    assert one(found, "Monday").value == "2026-03-02"
    assert one(found, "the following Monday").value == "2026-03-09"


def test_a_date_after_since_is_behind_us(find):
    # PUB 2026-03-05: the present perfect with "since" looks back, so "since April 1" is last year's
    assert one(find("Ten ferries have sailed since April 1st."), "April 1st").value == "2025-04-01"
    assert one(find("Exports have doubled since Thursday."), "Thursday").value == "2026-03-05"


def test_a_day_of_last_year_is_one_timex(find):
    found = find("The mission began on June 16th of last year and ended on May 2 this year.")
    assert one(found, "June 16th of last year").value == "2025-06-16"
    assert one(found, "May 2 this year").value == "2026-05-02"


def test_one_story_one_monday(find):
    # PUB 2026-03-06 is a Friday. In the present tense "Monday's vote" could be either Monday; the
    # text's past-tense Monday says which.
    text = ("The speaker is defending Monday's vote. Deputies voted on Monday to ratify the accord, "
            "and the opposition is still angry about Monday's result.")
    found = find(text, "2026-03-06")
    assert {t.value for t in found if t.text == "Monday"} == {"2026-03-02"}


def test_a_newspaper_named_today_is_not_a_date(find):
    assert not [t for t in find("A reporter for USA Today asked about the accord.") if t.text == "Today"]


def test_one_day_closing_a_modal_clause_is_a_time_to_come(find):
    t = one(find("These reforms could benefit the region one day."), "one day")
    assert (t.type, t.value) == ("DATE", "FUTURE_REF")
    t = one(find("The ceasefire lasted one day."), "one day")
    assert (t.type, t.value) == ("DURATION", "P1D")


def test_an_adjectival_century_is_that_century(find):
    t = one(find("Coal has a shrinking role in a 21st-century economy."), "21st-century")
    assert (t.type, t.value) == ("DATE", "20")


def test_a_holiday_inside_a_place_name_is_not_a_date(find):
    assert not find("Ancient societies like Easter Island collapsed.")


def test_o_clock_times(find):
    t = one(find("The plan should be ready by 6 o’clock this afternoon."), "6 o’clock this afternoon")
    assert (t.type, t.value) == ("TIME", "2026-03-05T18:00")
    assert one(find("Polls close at 8 o'clock."), "8 o'clock").type == "TIME"


def test_a_with_a_plural_unit_is_some_number_of_them(find):
    t = one(find("The talks dragged on for a period of years."), "a period of years")
    assert (t.type, t.value) == ("DURATION", "PXY")


def test_time_words_in_titles_and_idioms_are_not_timexes(find):
    assert not find("A USA TODAY analysis found the fund spent $20 million.")
    assert [t.text for t in find("He mocked the NBC Nightly News ratings on Tuesday.")] == ["Tuesday"]
    assert not find("Why the last-minute push by the campaign?")


def test_a_generic_tomorrow_is_not_a_day(find):
    assert not find("The country needs the leaders of tomorrow.")
    assert one(find("Officials scheduled a briefing for later today."), "today").value == PUB


def test_typographic_apostrophes(find):
    found = find("He studied law in the 1970’s and taught in the ’80s. The debt is due by year’s end.")
    assert one(found, "the 1970’s").value == "197"
    assert one(found, "the ’80s").value == "198"
    assert one(found, "year’s end").value == "2026-12-31"


def test_a_year_before_a_plural_noun(find):
    assert one(find("Emissions must fall 30 percent below 2005 levels."), "2005").value == "2005"
    assert one(find("The architect of Obama’s 2008 campaign spoke."), "2008").value == "2008"
    assert not find("The fund sold a block of 2026 shares.")


def test_said_at_the_time_that_is_the_anaphor(find):
    found = find("The envoy visited Ankara last month, and the minister said at the time that talks were stuck.")
    assert one(found, "the time").value == "2026-02"
    assert not [t for t in find("He was a student at the time that he was arrested.") if t.text == "the time"]


def test_a_rate_after_a_singular_noun(find):
    t = one(find("Trillions of dollars of trade a year pass through the strait."), "a year")
    assert (t.type, t.value) == ("SET", "P1Y")
    t = one(find("He became president a year after the coup."), "a year")
    assert (t.type, t.value) == ("DURATION", "P1Y")


def test_number_words_combine_only_as_numbers_do(find):
    found = find("He served two four-year terms, and the siege lasted one hundred and twenty days.")
    assert one(found, "four-year").value == "P4Y"
    assert one(found, "one hundred and twenty days").value == "P120D"
    assert one(find("It took twenty-five years."), "twenty-five years").value == "P25Y"


def test_arrangements_in_the_present_passive_and_ing_modifiers(find):
    # PUB 2026-03-05 (Thursday)
    assert one(find("The meeting is set for Tuesday."), "Tuesday").value == "2026-03-10"
    assert one(find("The record was set on Tuesday."), "Tuesday").value == "2026-03-03"
    # a noun's -ing modifier takes the tense of its clause
    assert one(find("The fiscal year ending in June will show a deficit."), "June").value == "2026-06"
    assert one(find("The fiscal year ending in June showed a deficit."), "June").value == "2025-06"


def test_a_range_of_weekdays_runs_forward(find):
    # Published Friday 2026-03-06: alone, the nearest Monday is the coming one (9 March) and the
    # nearest Wednesday the last one (4 March); a range runs forward from its start
    found = find("The conference runs from Monday to Wednesday.", "2026-03-06")
    assert [t.value for t in found] == ["2026-03-09", "2026-03-11"]


def test_more_fixed_holidays(find):
    assert one(find("He was born on the Fourth of July 1976."), "Fourth of July 1976").value == "1976-07-04"


def test_the_week_of_a_day_is_its_iso_week(find):
    t = one(find("A hearing is planned for the week of March 16."), "the week of March 16")
    assert (t.type, t.value) == ("DATE", "2026-W12")


def test_the_second_day_of_a_pair(find):
    found = find("The summit will be held on April 24 and 25.")
    assert [(t.text, t.value) for t in found] == [("April 24", "2026-04-24"), ("25", "2026-04-25")]
    assert [t.text for t in find("Shares fell on March 2 and 10 percent of traders left.")] == ["March 2"]
    t = one(find("The poll was conducted September 16-19, 2016."), "September 16-19, 2016")
    assert t.value == "2016-09-16"


def test_weekends_and_weekdays_recur(find):
    t = one(find("Protests take place on weekends."), "weekends")
    assert (t.type, t.value) == ("SET", "XXXX-WXX-WE")
    assert one(find("The show airs weekdays at 6 a.m."), "weekdays").value == "XXXX-WXX-WD"
    assert one(find("Talks lasted two weekends."), "two weekends").type == "DURATION"


def test_the_results_of_todays_vote_is_today(find):
    assert one(find("Observers await the results of today's vote."), "today").value == PUB


def test_midnight_closes_its_day(find):
    t = one(find("The offer was due to expire at midnight Friday."), "midnight Friday")
    assert (t.type, t.value, t.range) == ("TIME", "2026-03-06T24:00", ("2026-03-06", "2026-03-06"))


def test_a_bare_midnight_in_the_past_is_the_one_that_ended_yesterday(find):
    # PUB is a Thursday: a fire that "broke out after midnight" did so as Wednesday ended.
    t = one(find("Officials said the fire broke out shortly after midnight."), "midnight")
    assert t.value == "2026-03-04T24:00"
    assert one(find("The curfew will begin at midnight."), "midnight").value == "2026-03-05T24:00"


def test_a_decade_later_counts_from_the_date_before_it(find):
    found = find("The ban was lifted in the 1990s but reimposed a decade later.")
    assert one(found, "a decade later").value == "200"
    found = find("The treaty was signed in 1995 and revised two decades later.")
    assert one(found, "two decades").value == "P20Y"  # a counted amount "later" is the amount


def test_modals_and_deadline_prepositions_point_ahead(find):
    # PUB is Thursday 2026-03-05 (ISO week 10); the coming weekend is that of week 10.
    assert one(find("Temperatures should climb by the weekend."), "the weekend").value == "2026-W10-WE"
    assert one(find("The court may rule on Monday."), "Monday").value == "2026-03-09"
    assert one(find("Mediators push for a treaty before the summer."), "the summer").value == "2026-SU"
    assert one(find("The site could be open by the winter."), "the winter").value == "2026-WI"
    # "could" is also a past ("could not reach him on Tuesday"), and a past "by" stays past
    assert one(find("Reporters could not reach him on Tuesday."), "Tuesday").value == "2026-03-03"
    assert one(find("Most flights had been cancelled by the weekend."), "the weekend").value == "2026-W09-WE"


def test_a_past_verb_makes_until_a_past_deadline(find):
    t = one(find("Officials did not release details until Tuesday night."), "Tuesday night")
    assert t.value == "2026-03-03TNI"


def test_the_coming_weeks_is_a_stretch_ahead_and_annually_a_set(find):
    t = one(find("The city will decide in the coming weeks whether to appeal."), "the coming weeks")
    assert (t.type, t.value) == ("DURATION", "PXW")
    t = one(find("Fly-tipping costs councils about £1bn annually."), "annually")
    assert (t.type, t.value) == ("SET", "P1Y")


def test_a_year_earlier_in_a_comparison_is_counted_from_the_present(find):
    text = "The deal was signed in 2019. Sales reached 8 million, up from 5 million a year earlier."
    assert one(find(text), "a year earlier").value == "2025"
    # with its own date in the sentence, the comparison counts from that date
    text = "Costs reached $245 billion in 2012, up 41% from five years earlier."
    assert one(find(text), "five years earlier").value == "2007"
    # a narrative "a year earlier" still counts from the last date named
    text = "He was arrested in 2019. A year earlier, he had left the army."
    assert one(find(text), "A year earlier").value == "2018"


def test_a_past_clock_time_does_not_take_a_coming_day(find):
    text = ("Forecasters expect more snow on Friday morning. More than 600 flights had been "
            "cancelled by 3:30 p.m. local time, officials said.")
    assert one(find(text), "3:30 p.m. local time").value == "2026-03-05T15:30"
    text = "The talks will open on Friday. The first session starts at 9 a.m."
    assert one(find(text), "9 a.m.").value == "2026-03-06T09:00"


def test_the_timetable_present_is_a_coming_day(find):
    # PUB is Thursday 2026-03-05
    text = "Second-round games were played Monday. Games resume on Monday with the semifinals."
    found = [t.value for t in find(text)]
    assert found == ["2026-03-02", "2026-03-09"]
    # a present that is not a verb of arranged events stays as it was read
    assert one(find("Monday's debate raises questions."), "Monday").value == "2026-03-02"
    # the reporter's present: "says when we meet on Wednesday" tells when it was said
    assert one(find('"We are tired," she says when we meet on Wednesday.'), "Wednesday").value == "2026-03-04"


def test_the_week_of_the_story(find):
    # PUB is Thursday 2026-03-05, ISO week 10
    assert one(find("For the week, the index fell 3.8%."), "the week").value == "2026-W10"
    assert one(find("Whips met wavering MPs throughout the week."), "the week").value == "2026-W10"
    assert find("The level was double that of the week following the crash.") == []
    assert find("The week ahead will be busy.") == []


def test_rates_per_unit_are_not_sets(find):
    assert find("The group will raise output by 411,000 barrels per day.") == []
    assert one(find("Inspectors visit twice per week."), "twice per week").type == "SET"


def test_wire_clock_times_in_gmt(find):
    t = one(find("Brent was up $1.31 at $61.54 a barrel by 1150 GMT."), "1150 GMT")
    assert (t.type, t.value) == ("TIME", "2026-03-05T11:50")
    # the "(0735 GMT)" that converts a local time is not a second timex
    found = find("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.")
    assert [t.text for t in found] == ["10:35 a.m.", "Friday"]


def test_months_traded_ahead(find):
    # PUB is March 2026: a past-tense "July" would be July 2025, but a contract month is ahead
    assert one(find("Futures for July delivery settled lower."), "July").value == "2026-07"
    assert one(find("The December contract fell 2 percent."), "December").value == "2026-12"
    assert one(find("The contract was signed in July."), "July").value == "2025-07"


def test_seasons_said_in_winter(find):
    # said in February 2016, inside the winter that began in December 2015
    def value(text, expr):
        return one(find(text, "2016-02-29"), expr).value
    assert value("Moderates could swing to Democrats this fall.", "this fall") == "2016-FA"
    assert value("The convention meets this summer.", "this summer") == "2016-SU"
    assert value("Snow has been scarce this winter.", "this winter") == "2015-WI"
    assert value("Snow was scarce last winter.", "last winter") == "2014-WI"
    assert value("The bridge reopened in the summer.", "the summer") == "2015-SU"
    assert value("The bridge will reopen in the summer.", "the summer") == "2016-SU"


def test_a_deadline_under_a_past_verb_is_not_pushed_ahead(find):
    text = "State was ordered to complete the process by the end of January."
    assert one(find(text, "2016-02-19"), "the end of January").value == "2016-01"
    text = "Officials want to finish the work by the end of January."
    assert one(find(text, "2016-02-19"), "the end of January").value == "2017-01"


def test_postponed_until_is_still_a_deadline_ahead(find):
    # PUB is Thursday 2026-03-05
    t = one(find("Officials postponed until Monday any action on the request."), "Monday")
    assert t.value == "2026-03-09"


def test_fixed_dates_and_timetable_ends_are_ahead(find):
    # PUB is March 2026
    assert one(find("Sentencing was set for July 9."), "July 9").value == "2026-07-09"
    assert one(find("The mayor's third term ends on Dec. 31."), "Dec. 31").value == "2026-12-31"
    assert one(find("The talks had been set for Monday."), "Monday").value == "2026-03-02"


def test_another_unit_is_a_duration(find):
    t = one(find("The vaccination drive was extended for another month."), "another month")
    assert (t.type, t.value) == ("DURATION", "P1M")
    assert one(find("Clients cannot wait another five years."), "another five years").value == "P5Y"


def test_kinds_named_after_seasons_and_ages_are_not_times(find):
    assert find("A third of the winter wheat was never sown.") == []
    assert find("Farmers will plant spring varieties instead.") == []
    assert find("Uptake among five-year-olds has fallen.") == []
    assert one(find("This summer's heat was fierce."), "This summer").value == "2025-SU"  # past: the one gone


def test_a_year_earlier_than_a_part_of_the_year(find):
    found = find("Referrals fell this spring from a year earlier.")
    assert one(found, "a year earlier").value == "2025-SP"
    found = find("Imports fell in the second half of 2024. Wheat was down 38% from a year earlier.")
    assert one(found, "a year earlier").value == "2023-H2"


def test_a_live_blog_heading_is_on_the_day_of_the_story(find):
    # PUB is Thursday 2026-03-05
    text = ("Officials met on Monday night.\n\n___.\n\n4:30 p.m.\n\nThe minister says the talks "
            "will go on.\n\nThe envoy will land on Friday. He leaves at 9 a.m.")
    found = find(text)
    assert one(found, "4:30 p.m.").value == "2026-03-05T16:30"
    assert one(found, "9 a.m.").value == "2026-03-06T09:00"


def test_an_auxiliary_across_a_sentence_end_does_not_set_the_tense(find):
    # PUB is Thursday 2026-03-05. The parser may hang "should" on "poked" across the break.
    text = ("“He really should.”\n\nDean poked at the senator during the Monday night debate, "
            "tweeting about it.")
    assert one(find(text), "Monday night").value == "2026-03-02TNI"


def test_sunday_papers_this_week_and_the_year_of_a_date(find):
    sunday = "2026-03-08"
    found = find("Ministers will consider a support scheme this week.", sunday)
    assert one(found, "this week").value == "2026-W11"
    assert one(find("Ministers met twice this week.", sunday), "this week").value == "2026-W10"
    found = find("He took the money in 2004, the year he was put in charge.")
    assert one(found, "the year").value == "2004"


def test_as_early_as_looks_ahead_outside_the_past(find):
    # PUB is Thursday 2026-03-05
    assert one(find("A second session could take place as early as Monday."), "Monday").value == "2026-03-09"
    assert one(find("Neither man could be located on Wednesday."), "Wednesday").value == "2026-03-04"
    # reported speech: a modal's earliest date is still ahead; "could have" is not
    found = find("An aide said the envoys had agreed to talk again, and that they could meet as early as Monday.")
    assert one(found, "Monday").value == "2026-03-09"
    found = find("Doctors said the outbreak could have begun as early as Monday.")
    assert one(found, "Monday").value == "2026-03-02"


def test_a_quarter_ended_on_a_day_is_the_quarter_holding_most_of_it(find):
    # PUB 2026-03-05: a retailer's quarter ended Jan. 31 is mostly November to January
    found = find("For the quarter ended Jan. 31, the chain earned $12 million, down from $15 million a year earlier.")
    assert one(found, "the quarter").value == "2025-Q4"
    assert one(found, "a year earlier").value == "2024-Q4"
    found = find("For the quarter ended Dec. 31, the chain earned $12 million.")
    assert one(found, "the quarter").value == "2025-Q4"


def test_the_current_quarter_does_not_replace_the_quarter_reported_on(find):
    text = ("The grocer said its fiscal fourth-quarter profit fell and warned of weak sales in the "
            "current quarter. For the quarter, it earned $3 million, down from $4 million a year earlier.")
    found = find(text)
    assert one(found, "the quarter").value == "2025-Q4"
    assert one(found, "a year earlier").value == "2024-Q4"


def test_a_present_state_is_compared_with_today_not_with_a_season_named_before(find):
    text = "Shares began trading last summer. The firm has 13 plants, up from seven a year ago."
    assert one(find(text), "a year ago").value == "2025"


def test_look_alikes_of_seasons_nights_and_spans(find):
    assert [t.text for t in find("He had been frail since a fall last summer.")] == ["last summer"]
    assert find("The bank kept its overnight rate at 1%.") == []
    assert one(find("The ceasefire held overnight."), "overnight").type == "TIME"
    assert [t.text for t in find("July was one of the three hottest months on record.")] == ["July"]


def test_financial_shorthand_for_quarters_and_fiscal_years(find):
    found = find("Sales rose in Q3 2013, fell in FY2012 and should recover in FY13.")
    assert [(t.text, t.value) for t in found] == [("Q3 2013", "2013-Q3"), ("FY2012", "2012"), ("FY13", "2013")]
    # "a week" before "from" is a gap, not a rate
    assert one(find("The vote takes place a week from Tuesday."), "a week").type == "DURATION"


def test_a_year_that_opens_its_sentence_frames_its_months(find):
    # PUB is March 2026
    found = find("Last year, by contrast, the city saw 80 degrees in mid-March.")
    assert one(found, "mid-March").value == "2025-03"
    found = find("In 2010, the company moved in June and cut jobs in September.")
    assert [t.value for t in found] == ["2010", "2010-06", "2010-09"]
    # a year inside the sentence does not ("founded in 1990" is not when it spoke)
    assert one(find("The firm, founded in 1990, said in February it would grow."), "February").value == "2026-02"


def test_the_same_period_last_year_without_a_quarter(find):
    found = find("Sales in the first half of 2025 rose 4% from the same period last year.")
    assert one(found, "the same period last year").value == "2024-H1"
    found = find("Revenue in the six months to June 30 rose from the same period last year.")
    assert one(found, "the same period last year").value == "2025"


def test_names_that_start_like_months(find):
    assert [t.text for t in find("He met the president at Mar-a-Lago on Sunday.")] == ["Sunday"]


def test_a_year_ago_is_a_quarter_only_in_a_results_sentence(find):
    text = ("Profit in the fourth quarter rose to $5 million. Net income was $3 million a year earlier. "
            "Housing starts were down 12% from a year ago.")
    found = find(text)
    assert [t.value for t in found if "year" in t.text] == ["2024-Q4", "2025"]


def test_a_deadline_verb_in_the_past_tense_is_past(find):
    # PUB is Thursday 2026-03-05
    assert one(find("The truce expired on Sunday."), "Sunday").value == "2026-03-01"
    assert one(find("The truce expires on Sunday."), "Sunday").value == "2026-03-08"


def test_the_year_before_a_noun_after_the(find):
    found = find("Turkey, which brokered the 2022 deal, offered to host the centre again.")
    assert [(t.text, t.value) for t in found] == [("2022", "2022")]


def test_until_after_a_past_verb_and_months_of_next_year(find):
    sunday = "2016-09-25"
    found = find("Protesters kept marching until nearly 2 a.m. Friday.", sunday)
    assert one(found, "2 a.m. Friday").value == "2016-09-23T02:00"
    found = find("Leaders agreed to draw up a plan by March of next year.", sunday)
    assert one(found, "March of next year").value == "2017-03"


def test_this_season_just_gone_last_month_and_a_record_in_december(find):
    mid_march = "2013-03-14"
    assert one(find("It is the second time this winter that the region flooded.", mid_march),
               "this winter").value == "2012-WI"
    assert one(find("Snow will fall again this winter.", mid_march), "this winter").value == "2013-WI"
    june = "2013-06-16"
    assert one(find("The answer seemed settled last May.", june), "last May").value == "2012-05"
    assert one(find("The answer seemed settled last April.", june), "last April").value == "2013-04"
    feb = "2013-02-07"
    assert one(find("Oil output climbed to a record in December, regulators said.", feb), "December").value == "2012-12"
    assert one(find("Shareholders of record Dec. 7 will be paid.", "2013-11-20"), "Dec. 7").value == "2013-12-07"


def test_habitual_months_ages_and_a_late_winter(find):
    found = find("Flu seasons typically peak between December and February.")
    assert [t.value for t in found] == ["XXXX-12", "XXXX-02"]
    assert [t.text for t in find("Everyone older than 6 months should get a shot.")] == []
    assert find("Profit fell as a late winter kept shoppers away.") == []


def test_a_bare_plural_unit_that_is_counted_is_no_duration(find):
    found = find("The number of days above 100 degrees has doubled, and the utility asked users to save power during peak hours.")
    assert not [t for t in found if t.text in ("days", "hours")]
    assert one(find("The talks could take years."), "years").value == "PXY"


def test_the_fall_of_a_city_is_no_season(find):
    assert not find("The soldiers had been held since the fall of the city.")
    assert one(find("Work will start in the fall of 2027."), "the fall of 2027").value == "2027-FA"


def test_a_year_ago_after_a_month_in_the_same_sentence_is_that_month(find):
    # PUB 2026-03-05
    found = find("Inflation slowed to 2.9% in January from 3.4% a year ago.")
    assert one(found, "a year ago").value == "2025-01"
    found = find("Jobs grew in January. Wages were 3.8 percent higher than a year earlier.")
    assert one(found, "a year earlier").value == "2025"


def test_the_year_before_counts_from_the_year_just_named(find):
    found = find("The agency counted 67 thefts in 2012, up from 41 the year before, officials said.")
    assert one(found, "the year before").value == "2011"
    found = find("The year before the war, prices rose.")
    assert not [t for t in found if t.text.lower() == "the year before"]


def test_a_warning_for_a_weekday_is_the_nearest_such_day(find):
    sunday = "2026-03-08"
    found = find("The weather service has issued a snow warning for Monday and Tuesday.", sunday)
    assert one(found, "Monday").value == "2026-03-09"
    assert one(found, "Tuesday").value == "2026-03-10"
    # not a forecast: a past clause keeps the day behind
    assert one(find("The company issued a profit warning on Monday.", sunday), "Monday").value == "2026-03-02"


def test_the_middle_of_the_week_said_on_a_sunday_is_the_coming_week(find):
    sunday = "2026-03-08"
    found = find("Ferries were unlikely to resume before the middle of the week.", sunday)
    assert one(found, "the middle of the week").value == "2026-W11"
    found = find("Markets were calm at the beginning of the week.", sunday)
    assert one(found, "the beginning of the week").value == "2026-W10"


def test_a_month_that_could_come_is_ahead(find):
    # PUB 2026-03-05: December is nine months ahead or three behind; "could" leaves it open, so ahead
    found = find('"It could be visible to the naked eye in December," she said.')
    assert one(found, "December").value == "2026-12"
    assert one(find("He could not pay his rent in December."), "December").value == "2025-12"
    assert one(find("The virus could have spread in December."), "December").value == "2025-12"


def test_was_forecast_to_looks_ahead_but_forecast_on_a_day_is_when_it_was_said(find):
    saturday = "2026-03-07"
    found = find("The river was forecast to crest at nearly 21 feet on Monday, officials said.", saturday)
    assert one(found, "Monday").value == "2026-03-09"
    found = find("The IMF forecast on Tuesday that growth would slow.", saturday)
    assert one(found, "Tuesday").value == "2026-03-03"


def test_warnings_for_days_hung_on_the_verb_are_the_nearest_days(find):
    sunday = "2026-03-08"
    found = find("The Met Office has issued amber warnings for Monday night and Tuesday morning.", sunday)
    assert one(found, "Monday night").value == "2026-03-09TNI"
    assert one(found, "Tuesday morning").value == "2026-03-10TMO"


def test_months_of_age_are_no_duration(find):
    assert not find("The first dose is given at 12 to 15 months of age.")


def test_a_part_of_day_after_a_coming_day_in_a_past_clause_is_today(find):
    text = ("Banks will stay closed until Saturday, the central bank said. Cash machines were still "
            "working, but lines formed outside branches in the capital by the afternoon.")
    assert one(find(text), "the afternoon").value == f"{PUB}TAF"
    text = "The summit opens on Saturday. Leaders will sign the deal in the afternoon."
    assert one(find(text), "the afternoon").value == "2026-03-07TAF"


def test_weekly_after_its_object_is_a_set(find):
    assert one(find("The health department publishes its count weekly."), "weekly").value == "P1W"
    assert not find("It was printed in the weekly.")
    assert not find("He also owns the biggest newspaper in the country, a free daily.")
    assert not find("Average daily volume rose.")


def test_what_hangs_on_an_open_condition_is_ahead(find):
    # PUB 2026-03-05
    found = find("Unions have threatened a further strike during school holidays in April if no deal is reached.")
    assert one(found, "April").value == "2026-04"
    found = find("If the summit fails, Ukraine runs out of money in the second quarter.")
    assert one(found, "the second quarter").value == "2026-Q2"
    assert one(find("The firm lost money in April if the figures are right."), "April").value == "2025-04"


def test_the_fourth_quarter_reported_in_january_is_last_years(find):
    january = "2026-01-19"
    text = "Revenue for the fourth quarter, due to be reported on Jan. 29, will rise 25% from a year earlier."
    found = find(text, january)
    assert one(found, "the fourth quarter").value == "2025-Q4"
    assert one(found, "a year earlier").value == "2024-Q4"
    assert one(find("The company expects growth in the fourth quarter.", january), "the fourth quarter").value == "2026-Q4"


def test_have_got_is_a_present(find):
    # PUB is Thursday 2026-03-05: the coming weekend is W10's
    assert one(find('"This weekend we\'ve got extra staff in," he said.'), "This weekend").value == "2026-W10-WE"
    assert one(find("We have worked hard this weekend."), "this weekend").value == "2026-W09-WE"


def test_following_without_the_is_a_preposition(find):
    found = find("The club, following two weeks of talks, agreed to sell its forward.")
    assert one(found, "two weeks").value == "P2W"
    assert one(find("Prices rose in the following two weeks."), "the following two weeks").value == "P2W"


def test_a_month_of_that_year_takes_the_year_just_named(find):
    found = find("The invasion began in February 2022. By late March of that year, negotiators had a draft.")
    assert one(found, "late March of that year").value == "2022-03"


def test_a_century_inside_a_longer_spacy_date_is_still_found(find):
    found = find("He fought Sweden for 21 years in the 18th century.")
    assert one(found, "21 years").value == "P21Y"
    assert one(found, "the 18th century").value == "17"


def test_a_quarter_gone_this_year_is_next_years_in_the_future_unless_results_are_reported(find):
    october = "2025-10-30"
    found = find("If the summit fails, Ukraine will run out of money in the second quarter.", october)
    assert one(found, "the second quarter").value == "2026-Q2"
    found = find("The company expects to report a third-quarter loss of $17 million.", october)
    assert one(found, "third-quarter").value == "2025-Q3"


def test_the_same_period_last_year_after_a_month_in_its_sentence(find):
    found = find("Shipments so far this month have lagged the same period last year, the ministry said.")
    assert one(found, "the same period last year").value == "2025-03"
    found = find("Exports rose in March. Imports lagged the same period last year.")
    assert one(found, "the same period last year").value == "2025"


def test_a_simple_past_proposal_is_dated_when_it_was_made_but_a_plan_looks_ahead(find):
    # PUB is Thursday 2026-03-05
    assert one(find("The Commission proposed the new package on Tuesday."), "Tuesday").value == "2026-03-03"
    assert one(find("Protesters planned a large rally on Saturday."), "Saturday").value == "2026-03-07"
    assert one(find("A ruling is expected on Tuesday."), "Tuesday").value == "2026-03-10"
    found = find("Delegates expected no breakthrough before the autumn.")
    assert one(found, "the autumn").value == "2026-FA"


def test_bare_units_that_name_a_kind_or_a_count(find):
    assert not find("The council closed the gap with job cuts and reduced library hours.")
    assert one(find("A woman was seen crossing the US border days after a sniper killed a doctor."), "days").value == "PXD"
    assert one(find("The man left within minutes, police said."), "minutes").value == "PTXM"
    assert not find("Minutes later, the police arrived.")
    assert one(find("It will keep going for billions of years."), "billions of years").value == "PXY"


def test_last_as_a_verb_is_outside_the_duration(find):
    found = find("The probe must survive the nights, which last two weeks.")
    assert one(found, "two weeks").value == "P2W"
    assert one(find("Prices rose over the last two weeks."), "the last two weeks").value == "P2W"


def test_the_next_year_or_two_is_a_stretch(find):
    assert one(find("Talks should end in the next year or two."), "the next year or two").value == "P2Y"
    assert one(find("Talks should end in the next year or so."), "the next year").value == "2027"


def test_almost_overnight_and_an_index_level_are_no_timexes(find):
    assert not find("The banks collapsed and the currency lost half its value almost overnight.")
    assert not find("The S&P 500 index fell 0.2% to 1552, near its peak.")
    assert one(find("Sales rose 5% in 2012."), "2012").value == "2012"


def test_a_day_a_warning_governs_through_a_clause_is_the_nearest(find):
    sunday = "2026-03-08"
    text = 'The Met Office has issued a "be prepared" warning for rain covering the region until 09:00 GMT on Monday.'
    found = find(text, sunday)
    assert one(found, "09:00 GMT on Monday").value == "2026-03-09T09:00"


def test_that_season_takes_the_year_just_named(find):
    found = find("The talks opened in Istanbul in March 2022. They collapsed that spring.")
    assert one(found, "that spring").value == "2022-SP"


def test_a_season_that_could_come_is_ahead(find):
    november = "2025-11-17"
    found = find("Diplomats warned that Kyiv could run short of money by the spring.", november)
    assert one(found, "the spring").value == "2026-SP"


def test_a_second_as_an_object_is_the_ordinal(find):
    found = find("It approved one terminal in May 2011. It did not approve a second, for a project in Texas, until last month.")
    assert not [t for t in found if t.text == "a second"]
    assert one(find("The lights went out for a second."), "a second").value == "PT1S"


def test_the_candidate_scan_finds_what_each_patterns_own_finditer_finds():
    """_candidates matches each word-start pattern only at the offsets of one look-ahead scan;
    that must give the same matches as running each pattern over the whole text."""
    from parley.extract.timexes import _matches_at, lexicon
    lex = lexicon()
    text = ("On Monday, two weeks ago, the minister said talks would resume by March 3, 2026 "
            "or in the second quarter; 'it's been 10 years', he added at 9:30 a.m. every day.")
    starts = [m.start() for m in lex.start_scan.finditer(text)]
    assert starts
    for (name, rx), at_word_start in zip(lex.patterns, lex.at_word_start):
        if at_word_start:
            assert [m.span() for m in _matches_at(rx, text, starts)] == [m.span() for m in rx.finditer(text)], name


def test_overnight_on_a_named_day_is_that_days_night(find):
    found = find("Russia launched 90 drones at Ukrainian cities overnight on Sunday.")  # published Thursday
    assert one(found, "overnight").value == "2026-03-01TNI"
    found = find("Russia launched 90 drones overnight into Sunday.")
    assert one(found, "overnight").value == "2026-02-28TNI"


def test_a_date_a_judge_set_is_ahead(find):
    found = find("The judge set sentencing for April 22.")  # published 2026-03-05
    assert one(found, "April 22").value == "2026-04-22"
    found = find("The record was set on May 3.")
    assert one(found, "May 3").value == "2025-05-03"


def test_a_deadline_someone_has_set_is_ahead(find):
    found = find("Leaders raced to agree before a deadline that Washington has set for Saturday.")
    assert one(found, "Saturday").value == "2026-03-07"
    found = find("The judge had set sentencing for Monday.")
    assert one(found, "Monday").value == "2026-03-02"


def test_a_possible_weekend_is_the_coming_one(find):
    found = find("A diplomat said the talks could run into the weekend if both sides agreed.")
    assert one(found, "the weekend").value == "2026-W10-WE"
    found = find("The talks ran into the weekend.")
    assert one(found, "the weekend").value == "2026-W09-WE"


def test_british_clock_times_with_a_full_stop(find):
    found = find("The meeting began at 9.30am on Tuesday.")
    assert one(found, "9.30am on Tuesday").value == "2026-03-03T09:30"
    found = find("10.40 GMT - The negotiators have gone back into the room.")
    assert one(found, "10.40 GMT").value == "2026-03-05T10:40"
    found = find("Shares rose 10.40 percent, and the sirens sounded at 03.15 Kyiv time (01.15 GMT).")
    assert [t.text for t in found if t.type == "TIME"] == []


def test_a_past_negated_until_is_the_day_it_happened(find):
    found = find("The agency did not begin processing returns until Jan. 30.")
    assert one(found, "Jan. 30").value == "2026-01-30"


def test_by_on_a_simple_past_verb_is_not_a_deadline_ahead(find):
    found = find("By Wednesday, the negotiators were in Florida.", published="2026-03-08")
    assert one(found, "Wednesday").value == "2026-03-04"
    found = find("Traders priced in a cut by the summer.")
    assert one(found, "the summer").value == "2026-SU"


def test_a_date_set_for_a_trial_is_ahead(find):
    found = find("A judge on Wednesday set a June 3 trial date.")
    assert one(found, "June 3").value == "2026-06-03"


def test_a_date_followed_by_a_future_when_clause_is_ahead(find):
    found = find("The bank held rates and meets next on Sept. 11, when it will publish projections.")
    assert one(found, "Sept. 11").value == "2026-09-11"
    found = find("The rebels attacked on Sept. 11, when the town was asleep.")
    assert one(found, "Sept. 11").value == "2025-09-11"


def test_a_season_that_runs_through_a_date_is_ahead(find):
    found = find("The hurricane season begins June 1 and runs through Nov. 30.")
    assert one(found, "Nov. 30").value == "2026-11-30"


def test_a_range_of_durations_is_its_lower_bound_at_least(find):
    t = one(find("Rehabilitation usually lasts two to three weeks."), "two to three weeks")
    assert (t.value, t.mod) == ("P2W", "EQUAL_OR_MORE")


def test_season_words_inside_names_are_not_timexes(find):
    found = find("Karen Ostrow, an agent in Silver Spring, Md., recalled the Arab Spring.")
    assert [t.text for t in found] == []
    assert one(find("Sales rose in Spring 2012."), "Spring 2012").value == "2012-SP"


def test_last_after_to_or_a_modal_is_the_verb(find):
    assert one(find("The drills are due to last 11 days."), "11 days").value == "P11D"
    assert one(find("Over the last 11 days, prices rose."), "the last 11 days").value == "P11D"


def test_a_habit_in_a_when_clause_does_not_make_the_date_generic(find):
    found = find("A decision is expected by the end of June, when the court typically finishes its term.")
    assert one(found, "the end of June").value == "2026-06"
    assert one(find("Flu seasons typically peak in February."), "February").value == "XXXX-02"


def test_through_the_morning_is_the_story_day(find):
    found = find("Snow fell heavily through the morning.")
    assert (one(found, "the morning").type, one(found, "the morning").value) == ("TIME", "2026-03-05TMO")


def test_a_plan_originally_made_is_in_the_past(find):
    found = find("The cuts, originally scheduled to begin in January, were delayed by two months.")
    assert one(found, "January").value == "2026-01"


def test_the_following_season_counts_from_the_last_date(find):
    found = find("Hale was arrested in 2011. He was indicted the following spring.")
    assert one(found, "the following spring").value == "2012-SP"
    found = find("Talks broke down in May 2019 and resumed the following winter.")
    assert one(found, "the following winter").value == "2019-WI"


def test_the_prior_month(find):
    found = find("Housing starts rose 6.8% from the prior month.")
    assert one(found, "the prior month").value == "2026-02"


def test_could_reaches_a_month_through_a_participle(find):
    found = find("Workers could be furloughed for up to 22 days beginning in late April.")
    assert one(found, "late April").value == "2026-04"


def test_a_clock_time_with_minutes_in_the_morning(find):
    found = find("I got here at 4:30 in the morning to be the first to vote.")
    assert one(found, "4:30 in the morning").value == "2026-03-05T04:30"


def test_a_counted_amount_later_is_a_duration_but_a_year_later_a_date(find):
    found = find("The plant closed in 1983. Thirty years later, the town is still deciding.")
    assert (one(found, "Thirty years").type, one(found, "Thirty years").value) == ("DURATION", "P30Y")
    found = find("The war began in 2014. A year later, talks started.")
    assert one(found, "A year later").value == "2015"


def test_a_year_later_after_from_counts_from_the_date_before(find):
    found = find("The corridor deal was signed in July 2022. Moscow pulled out from it a year later.")
    assert one(found, "a year later").value == "2023"


def test_a_counted_duration_points_to_the_date_it_counts_to(find):
    found = find("The talks ended on Feb. 2. Nine days later, the two sides swapped prisoners.")
    nine = one(found, "Nine days")
    assert (nine.type, nine.value, nine.points_to) == ("DURATION", "P9D", "2026-02-11")
    assert nine.range == ("2026-02-11", "2026-02-11")
    found = find("The siege lasted nine days.")
    assert one(found, "nine days").points_to is None and one(found, "nine days").range is None


def test_a_time_zone_in_brackets_keeps_only_its_own_bracket(find):
    found = find("The quake struck at 05:42 local time (10:42 GMT) on Sunday, officials said.")
    assert [t.text for t in found] == ["05:42 local time", "10:42 GMT", "Sunday"]
    assert one(found, "10:42 GMT").value == "2026-03-01T10:42"
    found = find("The vote opens at 9 a.m. (EST) Tuesday.")
    assert one(found, "9 a.m. (EST) Tuesday").value == "2026-03-10T09:00"


def test_a_unit_running_on_into_a_compound_is_no_timex(find):
    found = find("Traders now price the next quarter-point cut for the spring, after the quarter-finals.")
    assert not [t for t in found if "quarter" in t.text]
    found = find("Profit fell from the year-earlier quarter, and a month-long strike ended.")
    assert [t.text for t in found] == ["the year-earlier quarter", "month-long"]


def test_the_next_day_before_a_purpose_clause_is_tagged(find):
    found = find("The envoy met the president on Tuesday and flew to Berlin the next day to brief allies.")
    assert one(found, "the next day").value == "2026-03-04"
    found = find("At the time he was arrested, he was a student.")
    assert not [t for t in found if t.text == "the time"]


def test_overnight_opening_a_sentence_before_a_name_is_the_night(find):
    found = find("10.15 GMT\nOvernight Russia hit Odesa with 30 drones, officials said.")
    assert one(found, "Overnight").value == "2026-03-04TNI"
    found = find("Overnight trading was thin.")
    assert not [t for t in found if t.text == "Overnight"]


def test_the_next_day_counts_from_the_last_day_named_not_a_month(find):
    found = find("The envoy saw the president on Monday, his first visit since October. "
                 "He flew to Paris the next day.")
    assert one(found, "the next day").value == "2026-03-03"


def test_a_count_of_units_in_each_period_is_a_set(find):
    found = find("Hearings will run four days a week, and the plant works 24 hours a day.")
    assert [(t.text, t.type, t.value) for t in found] == [("four days a week", "SET", "P1W"),
                                                         ("24 hours a day", "SET", "P1D")]


def test_later_than_compares_an_amount(find):
    found = find("The bank will report on April 29, about a week later than usual.")
    week = one(found, "a week")
    assert (week.type, week.value, week.mod) == ("DURATION", "P1W", "APPROX")


def test_idioms_and_the_future_of_are_no_timex(find):
    found = find("Talks went on until the last minute, and both sides argued over the future of the port.")
    assert found == []


def test_a_date_set_or_an_infinitive_expected_is_ahead(find):
    assert one(find("Officials then set a new date of Friday."), "Friday").value == "2026-03-06"
    assert one(find("Cuts are set to begin taking effect on Monday."), "Monday").value == "2026-03-09"
    assert one(find("The firm expects sales to recover in October."), "October").value == "2026-10"


def test_a_month_compared_with_expectations_keeps_the_tense_of_its_clause(find):
    found = find("Inflation cooled more than economists expected in January.")
    assert one(found, "January").value == "2026-01"


def test_a_day_someone_is_due_somewhere_is_ahead(find):
    assert one(find("The minister is due in Ankara on Monday for talks."), "Monday").value == "2026-03-09"


def test_a_quarter_named_by_its_months(find):
    found = find("Growth should reach 2 percent in the January-March quarter.")
    assert one(found, "the January-March quarter").value == "2026-Q1"


def test_mid_afternoon_yesterday_is_one_time(find):
    found = find("In London at mid-afternoon yesterday, the shares were up two pence.")
    assert [(t.text, t.value) for t in found] == [("mid-afternoon yesterday", "2026-03-04TAF")]


def test_a_protest_called_for_a_weekday_is_ahead(find):
    found = find("Unions have called a strike in the capital for Friday.")
    assert one(found, "Friday").value == "2026-03-06"
    found = find("The prime minister called for calm on Monday.")
    assert one(found, "Monday").value == "2026-03-02"


def test_now_inside_an_adjective_is_no_timex(find):
    assert not find("Rates fell after a now-discredited study was published.")


def test_a_holiday_days_ahead_in_a_past_report_is_the_coming_one(find):
    found = find("A forecaster said there was little sign of milder weather before Easter.", "2026-03-30")
    assert one(found, "Easter").value == "2026-04-05"


def test_ahead_of_an_event_on_a_weekday_is_the_next_such_day(find):
    found = find("He arrived in Riyadh on Monday ahead of talks with U.S. officials on Tuesday.", "2026-03-09")
    assert one(found, "Monday").value == "2026-03-09"
    assert one(found, "Tuesday").value == "2026-03-10"


def test_the_tagger_running_a_noun_into_a_duration_is_trimmed(find):
    found = find("It became a major exporter of the fuel after decades of relying on imports.")
    assert [t.text for t in found] == ["decades"]


def test_a_year_after_until_at_least_is_a_year(find):
    found = find("Officials expect output to keep rising until at least 2030.")
    assert one(found, "2030").value == "2030"


def test_that_evening_takes_the_last_day_named_even_after_a_year(nlp):
    from parley.extract.timexes import extract_timexes
    doc = nlp("The headquarters said on Wednesday that the men had been held since 2022. "
              "Zelenskyy wrote on X that evening that they were home.")
    values = {t.text: t.value for t in extract_timexes(doc, "2025-08-21")}
    assert values["that evening"] == "2025-08-20TEV"


def test_a_day_earlier_in_past_narrative_counts_from_the_story_not_a_planned_date(find):
    found = find("Peskov told journalists on Tuesday that there were no changes. Asked whether the round "
                 "scheduled for June 16 would go ahead, he said yes. Only a day earlier, Medinsky had told "
                 "Izvestia that the round was not in question.", published="2026-06-10")
    assert one(found, "June 16").value == "2026-06-16"
    assert one(found, "a day earlier").value == "2026-06-08"
    found = find("The talks opened on Monday. A day earlier, the delegations had arrived.", published="2026-06-10")
    assert one(found, "A day earlier").value == "2026-06-07"


def test_no_time_expression_inside_a_programme_title(find):
    found = find('James Baker said on ABC-TV\'s "This Week With David Brinkley" that talks would resume on Monday.')
    assert [t.text for t in found] == ["Monday"]


def test_a_day_earlier_past_a_coarser_date_counts_from_the_storys_day(find):
    found = find("Zelensky said on Thursday that flights could resume within months. Ukraine closed its skies "
                 "in February 2022. A Polish minister had told reporters a day earlier that Warsaw agreed.",
                 published="2026-06-05")
    assert one(found, "a day earlier").value == "2026-06-03"


def test_easter_is_the_orthodox_one_when_the_text_says_so(find):
    assert one(find("The Orthodox Easter truce held. A drone struck a house on Easter morning.",
                    published="2026-04-12"), "Easter").value == "2026-04-12"
    assert one(find("Pope Leo spoke on Easter Sunday.", published="2026-04-12"), "Easter Sunday").value == "2026-04-05"


def test_a_day_earlier_skips_a_day_named_in_a_relative_clause(find):
    found = find("Peskov said on Tuesday that talks were useful. He spoke about Sybiha, who told Ukrinform on Monday "
                 "that Kyiv would not sign. A day earlier, Ushakov told TASS that the text was unacceptable.",
                 published="2026-10-20")
    assert one(found, "A day earlier").value == "2026-10-19"


def test_a_bracketed_clock_conversion_takes_no_later_day(find):
    found = find("The corridor opened at 8am local time (05:00 GMT) and is due to stay open until Saturday evening.")
    assert one(found, "05:00 GMT").value == "2026-03-05T05:00"


def test_a_live_blog_that_crosses_midnight_dates_its_late_entries_the_day_before(find):
    text = ("Live: remains returned\n\n22.40 GMT\n\nThe bodies were returned.\n\n23.10 GMT\n\nMoscow confirmed it.\n\n"
            "Updated at 08.15 GMT\n\nGood morning.\n\n09.02 GMT\n\nKyiv thanked the Red Cross.")
    found = find(text, "2026-03-17")
    assert [(t.text, t.value) for t in found] == [
        ("22.40 GMT", "2026-03-16T22:40"), ("23.10 GMT", "2026-03-16T23:10"),
        ("08.15 GMT", "2026-03-17T08:15"), ("09.02 GMT", "2026-03-17T09:02")]


def test_live_blog_stamps_on_one_day_or_in_no_clear_order_keep_their_day(find):
    for text in ("Live\n\n09.00 GMT\n\nA.\n\n10.30 GMT\n\nB.\n\n11.45 GMT\n\nC.",  # one day, in order
                 "Live\n\n11.45 GMT\n\nC.\n\n10.30 GMT\n\nB.\n\n09.00 GMT\n\nA.",  # one day, newest first
                 # as many turns back as forward: unclear
                 "Live\n\n10.00 GMT\n\nA.\n\n09.00 GMT\n\nB.\n\n11.00 GMT\n\nC.\n\n10.30 GMT\n\nD.\n\n12.00 GMT\n\nE."):
        assert {t.value[:10] for t in find(text, "2026-03-17")} == {"2026-03-17"}, text


def test_year_end_in_december_is_this_years_end(find):
    # (in December the year's end has come; earlier in the year a past "year-end" is last year's)
    found = find("Putin spoke at his year-end press conference on Friday.", published="2025-12-19")
    assert one(found, "year-end").value == "2025-12-31"
    found = find("Profits have risen since year-end.", published="2025-03-02")
    assert one(found, "year-end").value == "2024-12-31"


@pytest.mark.parametrize("sentence, expr, value", [
    ("It's ten past eight, and the minister is with me.", "ten past eight", "2026-03-05T08:10"),
    ("The vote came at half past nine in the evening.", "half past nine in the evening", "2026-03-05T21:30"),
    ("The convoy left at a quarter to ten.", "a quarter to ten", "2026-03-05T09:45"),
])
def test_a_clock_read_out_in_words(find, sentence, expr, value):
    tx = one(find(sentence), expr)
    assert (tx.type, tx.value) == ("TIME", value)


@pytest.mark.parametrize("published, value", [
    ("2025-11-17", "2025-WI"),  # a fortnight before it starts: the coming winter
    ("2026-03-20", "2025-WI"),  # in March, in a past clause: the winter just gone
])
def test_before_a_season_that_starts_soon_is_the_coming_one(find, published, value):
    found = find("Kyiv told Washington it would stop, in a proposal aimed at reviving a truce before winter.",
                 published=published)
    assert one(found, "winter").value == value


@pytest.mark.parametrize("text, published, expr, value", [
    # a live page's bare entry stamp alone on its line (a decimal in a sentence is no time)
    ("Ukraine war latest\n\n13.48\nNATO weighs in\n\nNATO said allies stand ready, up 13.48 percent.",
     "2026-01-14", "13.48", "2026-01-14T13:48"),
    ("Headline\n\nKyiv expected details from its partners within the next fortnight.", "2026-01-14",
     "the next fortnight", "P2W"),
    # "would not confirm" is a refusal made then, not a plan
    ("Headline\n\nIn an interview Thursday, Witkoff would not confirm the plan.", "2026-03-20", "Thursday",
     "2026-03-19"),
    ("Headline\n\nWitkoff would visit Moscow on Thursday, officials said.", "2026-03-20", "Thursday", "2026-03-26"),
    # a month naming an occasion ahead of which something was done is the nearest such month
    ("Headline\n\nThe ministry accused Kyiv of politicising the issue ahead of the September consultations.",
     "2026-08-15", "September", "2026-09"),
    ("Headline\n\nThe ministry accused Kyiv of breaking the deal in September.", "2026-08-15", "September",
     "2025-09"),
    # "a day later" counts from the last day named, past a coarser date since
    ("Headline\n\nThe headquarters said on June 13 that soldiers captured in 2024 were struck off. Lubinets told "
     "Current Time a day later that the list was different.", "2026-06-15", "a day later", "2026-06-14"),
])
def test_stamps_stretches_refusals_occasions_ahead_and_days_later(text, published, expr, value):
    from parley.pipeline import extract_text
    found = [t for t in extract_text(text, published=published).timexes if t.text == expr]
    assert [t.value for t in found] == [value], extract_text(text, published=published).timexes


@pytest.mark.parametrize("text, expr, value", [
    # a prospect reported in the past tense lies ahead
    ("Headline\n\nOne diplomat said the talks had stalled and that an agreement was unlikely before September.",
     "September", "2026-09"),
    ("Headline\n\nAn agreement is possible by September, one diplomat said.", "September", "2026-09"),
    # ... but a past fact is past
    ("Headline\n\nIt was possible in September to cross the border at Sumy.", "September", "2025-09"),
])
def test_a_prospect_in_reported_speech_lies_ahead(text, expr, value):
    from parley.pipeline import extract_text
    found = [t for t in extract_text(text, published="2026-05-12").timexes if t.text == expr]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize("text, expr, value", [
    # "that day" is the last day named, not a coarser date in between
    ("Headline\n\nOn 16 May 2025 the delegations met for the first time since the spring of 2022. One negotiator "
     "who was in the room that day said little.", "that day", "2025-05-16"),
    # a story told in the present goes on from its own day, not from a date of its background
    ("Headline\n\nIt is 2 June, and the delegation is on its way. On 16 May 2025 the delegations had met in "
     "Istanbul. By the time the train pulls into Przemysl the next morning, he has moved on.",
     "the next morning", "2026-06-03TMO"),
])
def test_a_day_referred_back_to_is_a_day(text, expr, value):
    from parley.pipeline import extract_text
    found = [t for t in extract_text(text, published="2026-06-14").timexes if t.text == expr]
    assert [t.value for t in found] == [value]
