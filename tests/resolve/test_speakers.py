"""Speaker, intermediary and date resolution across sentences, on our own short articles."""
import pytest

from parley.extract.actors import extract_actors
from parley.extract.statements import extract_statements
from parley.extract.timexes import extract_timexes


@pytest.fixture()
def run(nlp, profile):
    def _run(text, published="2026-03-12"):
        doc = nlp(text)
        actors = extract_actors(doc, profile)
        timexes = extract_timexes(doc, published)
        return extract_statements(doc, actors, timexes, profile)
    return _run


def by_content(statements, fragment):
    hits = [s for s in statements if fragment in s.content]
    assert len(hits) == 1, [s.content for s in statements]
    return hits[0]


def test_pronoun_skips_people_named_inside_the_content(run):
    st = run("Dmitry Peskov said that Putin and Zelensky could meet in Istanbul. "
             "He said the date was still open.")
    assert by_content(st, "date was still open").speaker == "dmitry-peskov"


def test_pronoun_after_a_new_subject_goes_to_that_subject(run):
    st = run("Sergei Lavrov said the proposal was premature. "
             "Emmanuel Macron travelled to Berlin on Wednesday. "
             "He said Europe must stay united.")
    assert by_content(st, "Europe must stay united").speaker == "emmanuel-macron"


def test_definite_role_refers_back(run):
    st = run("Kremlin spokesman Dmitry Peskov declined to give details. "
             "The spokesman said the delegation would travel on Sunday.")
    assert by_content(st, "delegation would travel").speaker == "dmitry-peskov"


def test_relative_pronoun_source(run):
    st = run("Keir Starmer, who said the coalition was ready to deploy troops, met Zelensky in London.")
    assert by_content(st, "coalition was ready").speaker == "keir-starmer"


def test_collective_source_is_anonymous(run):
    st = run("Critics said the plan rewarded aggression.")
    s = by_content(st, "rewarded aggression")
    assert s.speaker and s.speaker.startswith("anon-")


def test_participle_shares_subject_and_date(run):
    st = run("Andrii Sybiha rejected the proposal last year, saying it would freeze the conflict.",
             published="2026-03-12")
    s = by_content(st, "freeze the conflict")
    assert s.speaker == "andrii-sybiha"
    assert s.date == "2025"


def test_interview_with_media_is_the_intermediary(run):
    st = run("In an interview with the BBC, Mark Rutte said NATO would not be drawn into the war.")
    s = by_content(st, "drawn into the war")
    assert s.speaker == "mark-rutte" and s.via == "bbc"


def test_no_date_is_not_the_publication_date(run):
    st = run("Recep Tayyip Erdogan said Turkey was ready to host talks.", published="2026-03-12")
    assert by_content(st, "ready to host").date is None


def test_the_official_refers_back_to_an_anonymous_official(run):
    st = run("A senior US official said the draft had 20 points. "
             "The official said several of them were still disputed.")
    first = by_content(st, "20 points")
    second = by_content(st, "still disputed")
    assert first.speaker and first.speaker.startswith("anon-")
    assert second.speaker == first.speaker


def test_the_minister_refers_back_by_role(run):
    st = run("Ukrainian Foreign Minister Andrii Sybiha met his Turkish counterpart on Monday. "
             "The minister said Kyiv wanted the talks to continue.")
    assert by_content(st, "talks to continue").speaker == "andrii-sybiha"


def test_by_participle_shares_the_subject(run):
    st = run("Kaja Kallas opened the meeting by warning that Russia was preparing a new offensive.")
    assert by_content(st, "new offensive").speaker == "kaja-kallas"


def test_it_refers_to_an_institution(run):
    st = run("The Kremlin said on Monday that the talks had been constructive. "
             "It added that no date had been set for a summit.", published="2026-03-12")
    s = by_content(st, "no date had been set")
    assert s.speaker == "russia"
    assert s.date == "2026-03-09"  # "added" inherits the date of the same speaker's statement


def test_they_refers_to_a_group(run):
    st = run("European leaders met in Paris on Tuesday. They said Ukraine must be part of any talks.")
    assert by_content(st, "part of any talks").speaker == "europe"


def test_transcript_label_in_capitals_finds_the_named_person(run):
    st = run("Marco Rubio gave an interview on Sunday.\n"
             "RUBIO: We are working on it, and we expect an answer this week.")
    assert by_content(st, "working on it").speaker == "marco-rubio"


def test_transcript_label_of_initials_finds_the_named_person(run):
    st = run("Taras Kovalchuk, Ukraine's deputy foreign minister, spoke to us on Friday.\n\n"
             "TK: We will not sign a peace that repeats that mistake.\n\n"
             "XY: This label matches nobody.")
    assert by_content(st, "repeats that mistake").speaker == "taras-kovalchuk"
    assert by_content(st, "matches nobody").speaker != "taras-kovalchuk"


@pytest.mark.parametrize("text, speaker, via", [
    ("Speaking to Interfax, Maria Zakharova said Moscow expected an answer soon.", "maria-zakharova", "interfax"),
    ("Peskov said in comments carried by TASS that the Kremlin was studying the plan.", "dmitry-peskov", "tass"),
    ("Umerov said, according to the Kyiv Independent, that the delegation would fly to Miami.",
     "rustem-umerov", "kyiv-independent"),
])
def test_intermediaries_around_the_cue(run, text, speaker, via):
    st = run(text)
    assert len(st) == 1
    assert st[0].speaker == speaker and st[0].via == via


# ---- dates of undated statements (news dev set, issue 3) -------------------------------------
def test_undated_statement_takes_the_same_speakers_dated_occasion(run):
    st = run("Kremlin spokesman Dmitry Peskov told reporters on Monday that the talks would resume. "
             "“We are ready to continue,” Peskov said.")
    assert by_content(st, "ready to continue").date == "2026-03-09"


def test_perfect_cue_is_another_occasion(run):
    st = run("Dmitry Peskov said on Monday that the talks would resume. "
             "He has also said that Europe is obstructing peace.")
    assert by_content(st, "talks would resume").date == "2026-03-09"
    assert by_content(st, "obstructing peace").date is None


def test_other_speakers_statement_keeps_no_date(run):
    st = run("Dmitry Peskov said on Monday that the talks would resume. "
             "Andrii Sybiha said Kyiv wanted a ceasefire first.")
    assert by_content(st, "wanted a ceasefire").date is None


def test_time_in_front_of_inverted_content_dates_the_content(run):
    st = run("Overnight, Russia fired 50 drones at Kharkiv, the regional governor said.")
    assert by_content(st, "fired 50 drones").date is None


def test_perfect_conjunct_does_not_share_the_first_cues_date(run):
    st = run("Vladimir Putin said last month that Russia would win, "
             "and Sergei Lavrov has repeatedly said that the plan is unacceptable.")
    assert by_content(st, "Russia would win").date == "2026-02"
    assert by_content(st, "plan is unacceptable").date is None


def test_asked_on_a_day_dates_the_answer(run):
    st = run("Asked about the plan on Tuesday, Dmitry Peskov said Moscow would study it.")
    assert by_content(st, "Moscow would study").date == "2026-03-10"


def test_dated_interview_dates_the_speakers_later_statements(run):
    st = run("Andrii Sybiha spoke to the BBC on Tuesday from Kyiv. "
             "“We are ready for talks,” Sybiha says.")
    assert by_content(st, "ready for talks").date == "2026-03-10"


# ---- speakers and intermediaries (news dev set, issue 3) ---------------------------------------
def test_role_description_refers_to_that_sides_office_holder(run):
    st = run("Vladimir Putin met business leaders in Moscow on Monday. "
             "The Russian leader said the army was advancing.")
    assert by_content(st, "army was advancing").speaker == "vladimir-putin"


def test_role_description_in_a_lede_refers_forward(run):
    st = run("Ukraine's top diplomat says Kyiv is ready for a truce on energy. "
             "Andrii Sybiha spoke from Kyiv.")
    assert by_content(st, "ready for a truce").speaker == "andrii-sybiha"


def test_indefinite_description_stays_anonymous(run):
    st = run("Vladimir Putin met business leaders on Monday. "
             "A senior Russian official said the talks were over.")
    s = by_content(st, "talks were over")
    assert s.speaker.startswith("anon-")


def test_pronoun_skips_names_inside_its_own_quotation(run):
    st = run("Oksana Melnyk spoke at the rally. “Viktor Orban does not speak for Europe,” she said.")
    assert by_content(st, "does not speak for Europe").speaker == "oksana-melnyk"


def test_quoted_as_saying_gives_speaker_and_carrier(run):
    st = run("TASS quoted Yuri Ushakov as saying that the delegation would leave on Sunday.")
    s = by_content(st, "delegation would leave")
    assert (s.speaker, s.via) == ("yuri-ushakov", "tass")


def test_platform_and_interview_carry_the_statement(run):
    st = run("Maria Zakharova wrote on Telegram that the West was escalating. "
             "Steve Witkoff said in a Fox News interview that a deal was close.")
    assert by_content(st, "West was escalating").via == "telegram"
    assert by_content(st, "deal was close").via == "fox-news"


def test_definite_description_of_an_organisation_refers_back(run):
    st = run("Ukraine's Foreign Ministry rejected the offer on Monday. "
             "In a statement, the ministry said Moscow was stalling.")
    assert by_content(st, "Moscow was stalling").speaker == "ukrainian-foreign-ministry"


def test_according_to_is_the_source_of_a_subjectless_report(run):
    st = run("The next round is expected to open in Riyadh, according to a diplomat familiar with the plans.")
    s = by_content(st, "open in Riyadh")
    assert s.speaker == "anon-diplomat-familiar-with-the-plans"


def test_byline_after_the_last_paragraph_carries_nothing(run):
    st = run("Dmitry Peskov declined to say more, saying only that talks “must be prepared.”\n\n"
             "(Reporting by Olga Markova in Moscow; Editing by Ian Flint)")
    hits = [s for s in st if "must be prepared" in s.content]
    assert hits and all(s.speaker == "dmitry-peskov" and s.via is None for s in hits)


def test_its_part_speaks_for_the_organisation(run):
    st = run("The IAEA said the plant had lost power. Its inspectors reported that they had heard blasts.")
    assert by_content(st, "heard blasts").speaker == "iaea"


def test_anonymous_source_keeps_its_relative_clause(run):
    st = run("The draft would cap the army at 600,000 troops, according to two people who have seen it. "
             "Several people said the talks were difficult.")
    assert by_content(st, "cap the army").speaker == "anon-people-who-have-seen-it"


def test_day_right_after_the_cue_dates_the_saying_without_that(run):
    st = run("The Kremlin said on Tuesday it had not received the proposal. "
             "Andrii Sybiha said Tuesday's talks were useful.")
    assert by_content(st, "had not received").date == "2026-03-10"
    assert by_content(st, "talks were useful").date is None


# ---- fresh-set fixes (issue 3) ------------------------------------------------------------------
def test_statement_date_is_a_day_at_most(run):
    st = run("Dmitry Peskov said on Wednesday evening that the talks would resume.")
    assert by_content(st, "talks would resume").date == "2026-03-11"


def test_present_tense_lede_takes_the_date_of_the_occasion_after_it(run):
    st = run("Recep Tayyip Erdogan says Turkey is ready to host the leaders.\n\n"
             "Erdogan, speaking in Ankara on Monday, said his government had concrete proposals.")
    assert by_content(st, "ready to host").date == "2026-03-09"


def test_name_right_after_an_inverted_cue_is_the_speaker(run):
    st = run("“We will not abandon Kyiv,” said Sen. Laura Bennett, a Democrat from Michigan who co-wrote the bill.")
    assert by_content(st, "will not abandon Kyiv").speaker == "laura-bennett"


def test_set_off_participle_is_not_part_of_an_anonymous_name(run):
    st = run("A U.S. official, speaking on condition of anonymity, said the deal was close.")
    assert by_content(st, "deal was close").speaker == "anon-u-s-official"


def test_according_to_carries_a_sourced_statement(run):
    st = run("Pentagon officials told lawmakers that interceptor stocks were low, according to two congressional aides.")
    s = by_content(st, "stocks were low")
    assert s.speaker == "anon-pentagon-officials"
    assert s.via == "anon-congressional-aides"


def test_participle_of_writing_names_the_platform(run):
    st = run("Andrii Sybiha said on Monday that Kyiv would not yield. "
             "Writing on X, he accused Moscow of stalling the talks.")
    assert by_content(st, "stalling the talks").via == "x"


def test_while_clause_does_not_take_the_main_clauses_date(run):
    st = run("Andrii Sybiha met envoys in Kyiv on Monday, while Sergei Lavrov said the plan was dead.")
    assert by_content(st, "plan was dead").date is None


def test_someone_sharing_a_dated_occasion_takes_its_date(run):
    st = run("Speaking alongside Alexander Stubb at a news conference in Kyiv on Tuesday, "
             "Volodymyr Zelensky said elections must wait. Stubb said Finland understood the risks.")
    assert by_content(st, "elections must wait").date == "2026-03-10"
    assert by_content(st, "Finland understood").date == "2026-03-10"


def test_someone_merely_mentioned_does_not_share_the_date(run):
    st = run("Volodymyr Zelensky said on Tuesday that he had spoken to Alexander Stubb. "
             "Stubb said Finland understood the risks.")
    assert by_content(st, "Finland understood").date is None


def test_outlet_named_in_the_sources_relative_clause_carries_it(run):
    st = run("A senior administration official, who spoke to ABC News on condition of anonymity, "
             "said the summit could slip to the spring.")
    assert by_content(st, "summit could slip").via == "abc-news"


def test_spokesperson_right_after_the_governments_dated_statement_shares_its_date(run):
    st = run("The Kremlin said on Tuesday it had not received the proposal. "
             "“We do not comment on leaks,” Kremlin spokesman Dmitry Peskov told reporters.")
    assert by_content(st, "comment on leaks").date == "2026-03-10"


def test_other_person_after_a_governments_dated_statement_keeps_no_date(run):
    st = run("The Kremlin said on Tuesday it had not received the proposal. "
             "“We are still waiting,” Andrii Sybiha told reporters.")
    assert by_content(st, "still waiting").date is None


def test_one_of_the_sources_is_the_group_named_before(run):
    st = run("Two people familiar with the planning said the convoy would leave at dawn. "
             "One of the people said the route had been agreed with the Red Cross.")
    first = by_content(st, "convoy would leave")
    assert first.speaker and first.speaker.startswith("anon-people-familiar")
    assert by_content(st, "route had been agreed").speaker == first.speaker


def test_commas_set_off_clause_is_not_part_of_an_anonymous_name(run):
    st = run("A Western diplomat briefed on the talks, who spoke on condition of anonymity, said "
             "progress was slow. A Turkish official familiar with the preparations, who declined to "
             "be identified, said the venue was ready.")
    assert by_content(st, "progress was slow").speaker == "anon-western-diplomat-briefed-on-the-talks"
    assert by_content(st, "venue was ready").speaker == "anon-turkish-official-familiar-with-the-preparations"


def test_writing_in_a_named_newspaper_is_the_carrier(run):
    st = run("Writing in the Kommersant newspaper on Monday, Sergei Ryabkov said the treaty was "
             "no longer relevant.")
    s = by_content(st, "treaty was")
    assert s.speaker == "sergei-ryabkov"
    assert s.via == "kommersant"


def test_fronted_interview_carries_both_conjuncts(run):
    st = run("In an interview with CBS News on Sunday, Kaja Kallas said Europe would keep paying, "
             "but warned that its budgets were stretched.")
    assert by_content(st, "keep paying").via == "cbs-news"
    assert by_content(st, "budgets were stretched").via == "cbs-news"


def test_carrier_after_the_first_cue_stays_with_it(run):
    st = run("Andrii Sybiha wrote on Telegram that the talks had stalled and said Kyiv would not "
             "give up its claims.")
    assert by_content(st, "talks had stalled").via == "telegram"
    assert by_content(st, "would not").via is None


def test_epithet_with_another_nationality_is_the_person_just_quoted(run):
    st = run("Viktor Orban said the plan was reckless. Mark Rutte told Le Monde that allies must "
             "prepare. “Deterrence works,” the former Dutch prime minister said.")
    assert by_content(st, "Deterrence works").speaker == "mark-rutte"


def test_epithet_with_the_same_nationality_keeps_its_holder(run):
    st = run("Viktor Orban said the plan was reckless. Mark Rutte told Le Monde that allies must "
             "prepare. “We will not pay,” the Hungarian prime minister said.")
    assert by_content(st, "We will not pay").speaker == "viktor-orban"


def test_a_following_was_speaking_note_dates_the_person_just_quoted(run):
    st = run("Keir Starmer said the coalition was ready to deploy. "
             "He was speaking after a video call with 30 leaders on Tuesday.")
    assert by_content(st, "ready to deploy").date == "2026-03-10"


def test_a_speaking_note_dates_only_the_last_speaker_in_its_paragraph(run):
    st = run("Keir Starmer said the coalition was ready. Emmanuel Macron said Europe was united. "
             "He was speaking in Paris on Tuesday.\n\nOlaf Scholz said the money was there.\n\n"
             "He was speaking in Berlin on Monday.")
    assert by_content(st, "coalition was ready").date is None
    assert by_content(st, "Europe was united").date == "2026-03-10"
    assert by_content(st, "money was there").date is None


# ---- failure modes: handled explicitly, or surfaced as the article's stage warning -------------
def _resolved(nlp, profile, text, change_first=None, published="2026-03-12"):
    """resolve_frames over `text`'s frames, the first frame edited by `change_first(doc)` (a
    dict of Frame fields) to stand for a parse the statement finder might hand over."""
    import dataclasses

    from parley.extract.statements import find_frames
    from parley.resolve.speakers import resolve_frames

    doc = nlp(text)
    frames = find_frames(doc)
    if change_first is not None:
        frames[0] = dataclasses.replace(frames[0], **change_first(doc))
    return resolve_frames(doc, frames, extract_actors(doc, profile), extract_timexes(doc, published))


def test_an_empty_source_span_is_no_speaker_and_keeps_via_and_date(nlp, profile):
    text = "Olaf Scholz told Reuters on Tuesday that Germany would pay its share."
    res = _resolved(nlp, profile, text, lambda doc: {"source": doc[0:0]})
    assert len(res) == 1
    assert res[0].speaker is None
    assert res[0].via is not None and res[0].via.id == "reuters"
    assert res[0].date == "2026-03-10"


def test_an_empty_source_span_still_looks_for_an_according_to_speaker(nlp, profile):
    text = "The convoy was turned back at the border, according to Olaf Scholz."
    baseline = _resolved(nlp, profile, text)
    emptied = _resolved(nlp, profile, text, lambda doc: {"source": doc[0:0]})
    assert [r.speaker.id if r.speaker else None for r in emptied] == \
        [r.speaker.id if r.speaker else None for r in baseline]
    assert emptied[0].speaker is not None and emptied[0].speaker.id == "olaf-scholz"


def test_an_empty_carrier_span_leaves_the_cues_own_intermediary(nlp, profile):
    text = "Olaf Scholz told Reuters on Tuesday that Germany would pay its share."
    res = _resolved(nlp, profile, text, lambda doc: {"carrier": doc[3:3]})
    assert res[0].speaker.id == "olaf-scholz" and res[0].via.id == "reuters"


def test_a_pronoun_with_no_antecedent_is_a_statement_without_speaker(run):
    st = run("He said the border would stay closed.")
    assert by_content(st, "border would stay closed").speaker is None


@pytest.mark.parametrize("text", ["", "“", "said", "“ ” — according to — , citing —",
                                  "He said. She said. They said. It said."])
def test_odd_text_gives_no_stage_warning(text, profile):
    from parley.pipeline import extract_text

    result = extract_text(text, published="2026-03-12", profile=profile)
    assert result.problems == []
    assert all(s.speaker is None for s in result.statements)


def test_a_broken_resolver_is_a_stage_warning_naming_the_article_and_the_batch_goes_on(tmp_path, monkeypatch):
    # The speaker resolver used to swallow resolver errors and drop the speaker silently.
    import json

    from typer.testing import CliRunner

    import parley.resolve.speakers as speakers
    from parley.cli import app

    def broken(*args, **kwargs):
        raise RuntimeError("resolver bug")

    monkeypatch.setattr(speakers, "_pronoun_antecedent", broken)
    (tmp_path / "a.txt").write_text("Olaf Scholz arrived in Kyiv. He said Germany would pay its share.",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Olaf Scholz said Germany would pay its share.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 0
    a, b = [json.loads(line) for line in result.stdout.splitlines()]
    assert a["statements"] == [] and a["article"]["source"].endswith("a.txt")
    assert [s["speaker"] for s in b["statements"]] == ["olaf-scholz"]
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 1
    assert "a.txt: statements skipped (RuntimeError: resolver bug)" in warnings[0]


def test_a_failing_actor_registry_call_is_not_swallowed(monkeypatch, profile):
    # `resolve_mention` was wrapped in a catch-all that returned "no speaker" on any error.
    from parley.extract.actors import ActorTable
    from parley.pipeline import extract_text

    def broken(self, span):
        raise ValueError("registry bug")

    monkeypatch.setattr(ActorTable, "resolve_mention", broken)
    result = extract_text("Olaf Scholz said Germany would pay its share.", profile=profile)
    assert result.statements == []
    assert "statements skipped (ValueError: registry bug)" in result.problems


def test_an_anonymous_source_is_not_told_apart_by_its_date(run):
    st = run("A Gallup poll released Tuesday found that most voters back the deal. "
             "Two officials briefed on the talks said the deal was close.")
    assert by_content(st, "most voters").speaker == "anon-gallup-poll"
    assert by_content(st, "deal was close").speaker == "anon-officials-briefed-on-the-talks"


def test_in_his_view_is_the_view_of_whoever_his_is(run):
    st = run("Sergei Lavrov spoke on Monday. In his view, the guarantees are worthless.")
    assert by_content(st, "guarantees are worthless").speaker == "sergei-lavrov"


# ---- coordinated sources ------------------------------------------------------------------
def test_coordinated_names_speak_through_the_first_and_each_keeps_its_own_mention(nlp, profile):
    text = "Latvia and Estonia said the border crossings would reopen in May."
    doc = nlp(text)
    actors = extract_actors(doc, profile)
    st = extract_statements(doc, actors, extract_timexes(doc, "2026-03-12"), profile)
    s = by_content(st, "border crossings would reopen")
    # one statement (the contract has one speaker); its source span is the whole phrase
    assert text[s.source_span[0]:s.source_span[1]] == "Latvia and Estonia"
    assert s.speaker == "latvia"
    mentions = {a.id: [text[a0:b0] for a0, b0 in a.mentions] for a in actors.used_actors()}
    assert "Latvia and Estonia" not in mentions["latvia"]
    assert "Estonia" in mentions["estonia"]


def test_coordinated_named_groups_are_not_read_as_the_last_one(run):
    st = run("Hezbollah fighters and Houthi militants said the truce was over.")
    assert by_content(st, "truce was over").speaker == "hezbollah"


def test_a_floating_quantifier_is_not_part_of_the_source(nlp, profile):
    text = "Kaja Kallas and Annalena Baerbock both said the sanctions would stay."
    doc = nlp(text)
    st = extract_statements(doc, extract_actors(doc, profile), extract_timexes(doc, "2026-03-12"), profile)
    s = by_content(st, "sanctions would stay")
    assert text[s.source_span[0]:s.source_span[1]] == "Kaja Kallas and Annalena Baerbock"
    assert s.speaker == "kaja-kallas"


def test_titles_of_one_person_are_no_coordination(run):
    st = run("Former Ohio governor and party chairman Ted Marlow said the vote was fair.")
    assert by_content(st, "vote was fair").speaker == "ted-marlow"


def test_an_unnamed_collective_stays_one_anonymous_source(run):
    st = run("Security researchers and election officials said the servers were never breached.")
    s = by_content(st, "servers were never breached")
    assert s.speaker.startswith("anon-") and "officials" in s.speaker


def test_those_who_faced_reporters_on_a_day_share_that_occasion(run):
    st = run("BERLIN (AP) — German Chancellor Friedrich Merz and Ukrainian President Volodymyr Zelensky faced "
             "reporters in Berlin on Tuesday after two hours of talks.\n\n"
             "Merz said any German deployment would need a vote in the Bundestag. Zelensky said European troops "
             "were the cheapest insurance Europe could buy.")
    assert by_content(st, "need a vote").date == "2026-03-10"
    assert by_content(st, "cheapest insurance").date == "2026-03-10"  # the second of the two subjects
    # a verb's other objects make no occasion: "faced criticism on Tuesday"
    st = run("Friedrich Merz faced criticism on Tuesday. Merz said the plan would work.")
    assert by_content(st, "plan would work").date is None


def test_she_looks_past_a_man_named_since(run):
    # the profile says Sybiha is a man: "she" is the spokeswoman quoted before him
    st = run('"Nobody in Moscow is slamming the door," Maria Zakharova said. '
             "She also criticised remarks by Ukraine's foreign minister, Andrii Sybiha, "
             'who said on Wednesday that Moscow was "buying time". '
             '"Mr Sybiha should read the documents," she said.')
    assert by_content(st, "should read the documents").speaker == "maria-zakharova"


def test_a_title_in_the_text_gives_a_gender(run):
    # neither is in the profile: "Ms" and "Mr" tell who "she" is
    st = run('Ms Olena Hrytsak, the mayor, said the shelters were full. '
             'Mr Taras Bondar, a local lawmaker, said more buses were coming. '
             '"We need generators," she said.')
    assert by_content(st, "We need generators").speaker == "olena-hrytsak"


def test_a_spokeswoman_after_her_ministrys_dated_statement_shares_its_day(run):
    st = run("Russia's foreign ministry said on Thursday that the draft was \"not dead\".\n\n"
             "Speaking at her regular briefing, spokeswoman Maria Zakharova told reporters that "
             "the text contained ideas Moscow could work with.", published="2026-06-11")
    assert by_content(st, "ideas Moscow could work with").date == "2026-06-11"


def test_a_spokesperson_after_another_body_of_their_side_keeps_no_date(run):
    # Peskov speaks for the Kremlin, not for the central bank
    st = run("Russia's central bank said last month that growth would be close to zero. "
             "Kremlin spokesman Dmitry Peskov said sanctions were one issue of many.")
    assert by_content(st, "sanctions were one issue").date is None


def test_a_transcript_turn_is_carried_by_the_outlet_the_guest_spoke_to(run):
    st = run("Umerov speaks to Sky\n\n"
             "Rustem Umerov spoke to Sky News presenter Harriet Kellaway on Sunday.\n\n"
             "INTERVIEWER: Is there a deal?\n\n"
             "UMEROV: There is a text. A text is not a deal.\n\n"
             "INTERVIEWER: The thirty percent being territory.\n\n"
             "UMEROV: Territory, and guarantees.", published="2026-08-02")
    answer = by_content(st, "A text is not a deal")
    assert (answer.speaker, answer.date, answer.via) == ("rustem-umerov", "2026-08-02", "sky-news")
    assert not [s for s in st if "thirty percent" in s.content or "Is there a deal" in s.content]


def test_prose_after_an_interview_names_no_carrier(run):
    # "he says" in an NPR piece is the paper's prose, not a carried turn
    st = run("Andrii Sybiha spoke to NPR on Wednesday from Kyiv.\n\n"
             "Sybiha says the peace plan is a basis, not a final text.", published="2026-01-08")
    assert by_content(st, "the peace plan is a basis").via is None


def test_a_when_clause_of_meeting_dates_the_saying(run):
    st = run('"Nobody wants to put money into a house," Yulia Svyrydenko says when we meet on '
             "Wednesday in her office.", published="2026-06-18")
    assert by_content(st, "Nobody wants").date == "2026-06-17"


def test_a_year_is_no_occasion_to_carry(run):
    st = run("Yulia Svyrydenko has spent much of this year trying to convince investors that Ukraine "
             "is worth backing. It is a hard sell, she admits.", published="2026-06-18")
    assert by_content(st, "It is a hard sell").date is None


LEDE = ("Tusk and Zelensky unveil a plant\n\n"
        "WARSAW — Poland and Ukraine will build a joint factory under a deal signed in Warsaw on "
        "Wednesday.\n\n")


def test_a_press_conference_after_a_dated_lede_is_that_day(run):
    st = run(LEDE + '"This is an investment in our security," Prime Minister Donald Tusk told reporters '
             "at a joint news conference, standing beside President Volodymyr Zelensky.\n\n"
             'Zelensky said the factory would supply both armies.', published="2026-09-24")
    assert by_content(st, "an investment in our security").date == "2026-09-23"
    assert by_content(st, "supply both armies").date == "2026-09-23"  # the one standing beside him


def test_the_reporters_present_after_a_dated_lede_gives_no_day(run):
    st = run("Steve Witkoff met Vladimir Putin in the Kremlin on Wednesday.\n\n"
             'Yuri Ushakov tells Russian reporters the conversation was "substantive."', published="2026-03-12")
    assert by_content(st, "the conversation was").date is None


def test_a_lede_that_is_someone_elses_statement_is_not_the_occasion(run):
    st = run("Leaders gathered in Paris.\n\n"
             "Speaking in Kyiv on Wednesday, Volodymyr Zelensky said guarantees must be binding.\n\n"
             "Emmanuel Macron told reporters that about 20 countries were ready to contribute.",
             published="2026-03-05")
    assert by_content(st, "about 20 countries").date is None


def test_the_interview_recorded_in_the_next_sentence_dates_the_answers(run):
    st = run("Denys Shmyhal spoke to NPR's Morning Edition from Kyiv. The interview was recorded on "
             'Tuesday.\n\n"We count the drones," Shmyhal says.', published="2026-04-16")
    assert by_content(st, "We count the drones").date == "2026-04-14"


def test_an_interview_noun_with_its_own_date_is_an_occasion(run):
    st = run('Mark Rutte struck a cautious note in an interview with CNN\'s "State of the Union" that was '
             'recorded on Friday. European allies, he said, had the capacity to staff a mission.',
             published="2026-06-07")
    assert by_content(st, "European allies").date == "2026-06-05"


def test_a_closing_speaking_participle_names_who_shared_the_occasion(run):
    st = run("Volodymyr Zelensky said on Tuesday that Kyiv could send negotiators if Moscow confirmed it would "
             "attend, speaking at a joint news conference with Finnish President Alexander Stubb. "
             'Stubb said Europe had to be "at the table".', published="2026-11-04")
    assert by_content(st, "at the table").date == "2026-11-03"


def test_a_description_with_a_side_skips_speakers_of_another_side(run):
    st = run("Finnish President Alexander Stubb spoke first. Volodymyr Zelensky said Kyiv was ready.\n\n"
             '"That is a decision only Ukraine can make," the Finnish president said.')
    assert by_content(st, "only Ukraine can make").speaker == "alexander-stubb"


def test_qa_answers_are_the_guests_and_carried_by_the_paper_they_spoke_to(run):
    st = run("Kirill Dmitriev on the economics of a deal\n\n"
             "Kirill Dmitriev, head of Russia's sovereign wealth fund, has become a busy channel to Washington. "
             "He spoke to The Economist in Riyadh on October 19.\n\n"
             "Q: You met Mr Witkoff on Sunday. What came out of it?\n\n"
             "A: A lot of work on the economic annex.\n\n"
             "Q: Did he give you any assurance on sanctions?\n\n"
             "A: I will not go into what was said in the room.", published="2026-10-22")
    answer = by_content(st, "A lot of work")
    assert (answer.speaker, answer.via) == ("kirill-dmitriev", "the-economist")


def test_qa_answers_to_a_presenter_are_carried_by_the_presenters_outlet(run):
    st = run("Andrii Sybiha on the talks\n\n"
             "Andrii Sybiha, Ukraine's foreign minister, has spent the week in Kyiv. "
             "He spoke to NPR's Mary Louise Kelly on October 19.\n\n"
             "Q: Is the truce holding?\n\n"
             "A: Mostly, but every night there are drones.\n\n"
             "Q: Will you go to Geneva?\n\n"
             "A: If the text is ready.", published="2026-10-22")
    answer = by_content(st, "every night there are drones")
    assert (answer.speaker, answer.via) == ("andrii-sybiha", "npr")


def test_an_envoy_telling_the_council_after_a_dated_lede_speaks_that_day(run):
    st = run("Blame at the UN\n\n"
             "UNITED NATIONS (AP) — Russia and Ukraine traded accusations at the U.N. Security Council on Wednesday "
             "over the collapse of a humanitarian corridor meant to carry wounded prisoners of war across the front "
             "line, while Western envoys warned that the dispute could unravel a truce.\n\n"
             "Opening the session, U.N. official Ingrid Halvorsen told the council that no convoy had crossed "
             "the checkpoint since July 3.", published="2026-07-16")
    assert by_content(st, "no convoy had crossed").date == "2026-07-15"


def test_the_statement_speaks_for_whoever_issued_it(run):
    st = run("Russia's Defence Ministry accused Kyiv of shelling. According to a statement posted on its Telegram "
             'channel, Ukrainian troops had "attempted to cross". Ukraine\'s Defense Ministry said in a statement that '
             'Russian artillery opened fire. "The truce is not holding," the statement said.')
    assert by_content(st, "attempted to cross").speaker == "russian-defence-ministry"
    assert by_content(st, "The truce is not holding").speaker == "ukrainian-defence-ministry"


def test_a_title_with_the_name_set_off_after_it_is_that_person(run):
    st = run("A spokesperson for Ukraine's Foreign Ministry, Heorhii Tykhyi, said Kyiv would send a delegation.")
    assert by_content(st, "Kyiv would send").speaker == "heorhii-tykhyi"


def test_a_surname_the_tagger_misreads_is_still_the_person(run):
    st = run('Marcus Feld, a partner at a London broker, said underwriters had paused cover. '
             '"Every mine report adds a zero," Feld said.')
    assert by_content(st, "Every mine report").speaker == by_content(st, "underwriters had paused").speaker


def test_a_name_followed_by_its_party_is_the_person(run):
    st = run("Oleh Marchuk of the opposition European Solidarity faction argued that the bill would tie the hands "
             'of the negotiators. "We are telling Moscow how to block a deal," he said.')
    assert by_content(st, "tie the hands").speaker == "oleh-marchuk"


def test_a_name_in_apposition_to_a_title_is_a_person_whatever_the_tagger_says(run):
    st = run("Ukraine's human rights commissioner, Dmytro Lubinets, said on Telegram that the youngest of those "
             'freed was 20. "Some were never visited by the Red Cross," he wrote.')
    assert by_content(st, "never visited").speaker == "dmytro-lubinets"


def test_a_body_named_by_a_common_noun_keeps_its_country(run):
    st = run("Ukraine's navy said a ship was hit. Russia's navy said it was not involved.")
    assert {s.speaker for s in st} == {"ukrainian-navy", "russian-navy"}


def test_telling_the_parliament_after_a_dated_lede_is_that_day(run):
    st = run("Rada backs bill\n\n"
             "Ukraine's parliament on July 22 passed in the first reading a bill on ceasefire votes.\n\n"
             "Its main author, lawmaker Iryna Hnatiuk, told the Verkhovna Rada before the vote that the measure "
             'was "a guarantee, not an obstacle."', published="2026-07-23")
    assert by_content(st, "the measure").date == "2026-07-22"


def test_a_fuller_name_later_gives_the_actor_its_id(run):
    st = run('"I have not slept for two days," Iryna Melnyk, whose son was freed, told The Associated Press. '
             "Melnyk said she last spoke to her son in the spring.")
    assert {s.speaker for s in st} == {"iryna-melnyk"}


def test_he_after_x_asked_y_is_the_one_asked(run):
    st = run("Andrii Sybiha spoke to ABC. Near the end of the interview, Rachel Hollis asked Sybiha whether "
             'Ukrainians were tired of the war. "Tired, yes. Defeated, no," he said.')
    assert by_content(st, "Tired, yes").speaker == "andrii-sybiha"


def test_a_given_name_before_a_tagged_surname_completes_it(run):
    st = run("Kherson regional Gov. Oleksandr Prokudin wrote on Telegram that two nurses were wounded. "
             '"They knew exactly what building this was," Prokudin said.', published="2025-08-21")
    assert {s.speaker for s in st} == {"oleksandr-prokudin"}


def test_a_name_with_a_title_in_apposition_is_a_person_not_the_country_in_it(run):
    st = run("Taras Hnatiuk, Ukraine's deputy minister for agrarian policy, told Al Jazeera that Kyiv would never "
             'hand over its ports. "Ships waited for weeks," Hnatiuk said.')
    assert {s.speaker for s in st} == {"taras-hnatiuk"}


def test_anonymous_descriptions_and_back_references(run):
    st = run("The EU is considering a fund, according to two people familiar with the discussions.\n\n"
             "The proposal will be discussed next week, the sources said.\n\n"
             "Other EU diplomats said the idea had been floated.\n\n"
             "A senior Ukrainian official, asked about it, said Kyiv would resist.\n\n"
             "Premiums rose on Tuesday, two London-based brokers told Al Jazeera.\n\n"
             "Two Western diplomats briefed on the talks said the obstacle was the phone line. "
             "Russia wants a joint commission, one of them said.")
    assert by_content(st, "discussed next week").speaker == "anon-people-familiar-with-the-discussions"
    assert by_content(st, "floated").speaker == "anon-eu-diplomats"
    assert by_content(st, "Kyiv would resist").speaker == "anon-senior-ukrainian-official"
    assert by_content(st, "Premiums rose").speaker == "anon-london-based-brokers"
    assert by_content(st, "joint commission").speaker == "anon-western-diplomats-briefed-on-the-talks"


def test_a_body_named_by_its_place_is_not_anonymous(run):
    st = run("Odesa was hit three times last week, according to the Odesa regional military administration.")
    assert by_content(st, "Odesa was hit").speaker == "odesa-regional-military-administration"


def test_the_outlet_carries_the_same_speakers_next_words_in_the_paragraph(run):
    st = run("Rustem Umerov told Suspilne on Monday that Russia was refusing visits. "
             "\"We give them lists, they give us silence,\" he said.\n\n"
             "\"We will keep asking,\" Umerov said.\n\n"
             "Umerov said the next exchange was close.")
    assert by_content(st, "refusing visits").via == "suspilne"
    assert by_content(st, "We give them lists").via == "suspilne"
    # named again, a quotation in the next paragraph gives the interview's own words
    assert by_content(st, "keep asking").via == "suspilne"
    # a reported sentence naming him again may be another occasion
    assert by_content(st, "next exchange was close").via is None


def test_the_outlet_carries_a_quote_that_goes_on_in_the_next_paragraph(run):
    st = run("Taras Boiko told Reuters on Tuesday that Kyiv wanted all ports covered.\n\n"
             "\"Freedom of navigation is not something we will trade away,\" he said.\n\n"
             "\"Our farmers have kept exporting,\" he said.\n\n"
             "Taras Boiko told reporters on Tuesday that talks would go on.\n\n"
             "\"We are patient,\" he said.")
    assert by_content(st, "Freedom of navigation").via == "reuters"
    assert by_content(st, "Our farmers").via == "reuters"
    assert by_content(st, "We are patient").via is None  # reporters are no outlet


def test_the_lede_occasion_runs_on_through_the_next_paragraphs(run):
    st = run("Russia and Ukraine traded accusations at the U.N. Security Council on Wednesday over a corridor.\n\n"
             "Opening the session, Ingrid Halvorsen told the council that no convoy had crossed.\n\n"
             "Vassily Nebenzia said Ukrainian forces had shelled the assembly area twice.\n\n"
             "\"The only trap here is the one Russia keeps setting,\" Andrii Sybiha responded.\n\n"
             "Sergiy Kyslytsya has said the corridor must reopen.", published="2026-07-16")
    assert by_content(st, "no convoy").date == "2026-07-15"
    assert by_content(st, "shelled the assembly").date == "2026-07-15"
    assert by_content(st, "only trap").date == "2026-07-15"
    assert by_content(st, "must reopen").date is None  # "has said": another occasion


def test_a_briefing_after_a_dated_vote_runs_on_past_days_in_what_was_said(run):
    st = run("The U.N. Security Council on Wednesday endorsed a deal to restore water to a city.\n\n"
             "The resolution welcomes an arrangement under which repairs will begin.\n\n"
             "Tomas Lindqvist said in his briefing that many people relied on trucked water.\n\n"
             "Oleh Dovhan told the council that Kyiv had agreed to the deal on Monday night.\n\n"
             "Asked by reporters outside the chamber about journalists, Vassily Nebenzia replied that they "
             "were welcome.\n\n"
             "A Western diplomat, speaking on condition of anonymity, said the vote was a relief.",
             published="2026-09-24")
    assert by_content(st, "many people relied").date == "2026-09-23"  # "in his briefing": the session
    assert by_content(st, "Kyiv had agreed").date == "2026-09-23"
    # a day inside what was said is no new occasion
    assert by_content(st, "they were welcome").date == "2026-09-23"
    # an unnamed source talks to the reporter, not at the session
    assert by_content(st, "vote was a relief").date is None


def test_a_day_from_the_sentence_before_or_from_the_carrier(run):
    st = run("Kremlin aide Yuri Ushakov struck a similar tone a day earlier. Putin had \"no objections in "
             "principle\" to mediation, Ushakov told RIA Novosti.\n\n"
             "Dmitry Peskov, quoted by TASS on Monday, said the Geneva text still contained flaws.",
             published="2025-10-22")
    assert by_content(st, "no objections").date == "2025-10-21"
    assert by_content(st, "Geneva text").date == "2025-10-20"


def test_a_planned_day_is_no_lede_occasion(run):
    st = run("Delegations agree to meet again\n\n"
             "Turkey says the delegations will reconvene on September 15.\n\n"
             "Hakan Fidan told reporters the working groups would meet soon.", published="2025-09-04")
    assert by_content(st, "working groups").date is None


def test_a_vote_or_a_meeting_in_the_lede_still_dates_the_debate(run):
    st = run("BERLIN - The Bundestag on Thursday approved aid for Ukraine and passed a motion urging the "
             "government to act.\n\n"
             "The package passed with 412 votes.\n\n"
             "Opening the debate, Defence Minister Boris Pistorius said Germany would be prepared to help.",
             published="2026-10-15")
    assert by_content(st, "prepared to help").date == "2026-10-15"
    st = run("Members of the Security Council clashed on Tuesday over the war, with Western delegations "
             "pressing for an immediate ceasefire.\n\n"
             "Vassily Nebenzia told the council that Moscow remained open to negotiations.",
             published="2025-10-21")
    assert by_content(st, "immediate ceasefire").date == "2025-10-21"
    assert by_content(st, "remained open").date == "2025-10-21"


def test_a_pronoun_after_a_quotation_that_ran_on_for_paragraphs(run):
    st = run("\"Trade is the language,\" Kirill Dmitriev said. \"Nobody in Moscow is asking for charity.\n\n"
             "\"If Washington wants calm, then grain has to move. They always complain. But they are not "
             "the ones at the table.\"\n\n"
             "Asked about reports, he replied: \"That is a fairy tale.\"")
    assert by_content(st, "fairy tale").speaker == "kirill-dmitriev"


def test_a_blank_line_of_spaces_does_not_push_the_lede_away(run):
    st = run("Poland and Ukraine sign a deal\n   \nPoland and Ukraine signed a deal in Warsaw on Wednesday.\n\n"
             "\"We are partners,\" Donald Tusk told reporters at a joint news conference.",
             published="2026-03-12")
    assert by_content(st, "We are partners").date == "2026-03-11"


def test_a_summit_lede_runs_on_from_a_statement_on_arrival(run):
    st = run("Orban blocks joint text\n\n"
             "BRUSSELS - EU leaders pressed ahead with sanctions at a summit in Brussels on Thursday, but Viktor "
             "Orban again refused to sign a joint statement.\n\n"
             "\"We will not support a text that prolongs the war,\" Orban said on arrival.\n\n"
             "Asked about the sanctions, the Hungarian prime minister replied: \"We will see.\"\n\n"
             "Kaja Kallas said the bloc could not outsource its security.", published="2026-06-26")
    assert by_content(st, "prolongs the war").date == "2026-06-25"
    assert by_content(st, "outsource its security").date == "2026-06-25"


def test_a_lede_that_dates_one_speakers_saying_runs_on_for_nobody_else(run):
    st = run("VIENNA/KYIV, Dec 4 (Reuters) - The IAEA is ready to help run the plant, its chief Rafael Grossi "
             "said on Thursday.\n\n"
             "\"We can be useful,\" Grossi told reporters in Vienna.\n\n"
             "The Kremlin said it had not received a proposal.", published="2025-12-04")
    assert by_content(st, "We can be useful").date == "2025-12-04"
    assert by_content(st, "not received a proposal").date is None


def test_a_debate_on_air_runs_on_from_the_parties_in_the_lede(run):
    st = run("Shouting match on live TV\n\n"
             "A Russian commentator and a Ukrainian analyst traded accusations on live television on Wednesday "
             "night, with the Russian guest insisting Kyiv had broken the truce first.\n\n"
             "The presenter opened by asking whether the truce, agreed in Geneva in September, could be revived. "
             "Sergei Markelov said the truce could still be saved.", published="2026-10-15")
    assert by_content(st, "Kyiv had broken").date.startswith("2026-10-14")
    assert by_content(st, "could still be saved").date.startswith("2026-10-14")  # a month is no new occasion


def test_people_beside_a_document_are_the_source(run):
    st = run("The plan gives Russia a say over observers, according to a document seen by Reuters and three "
             "people familiar with the negotiations.\n\n"
             "It sets a 90-day trial, according to three people familiar with the negotiations and a document "
             "seen by Reuters.\n\n"
             "It sets a 60-day review, according to a document seen by Reuters.")
    assert by_content(st, "a say over observers").speaker == "anon-people-familiar-with-the-negotiations"
    assert by_content(st, "90-day trial").speaker == "anon-people-familiar-with-the-negotiations"
    assert by_content(st, "60-day review").speaker != "reuters"  # Reuters saw it; the document says it


def test_a_body_the_tagger_takes_for_a_product_still_speaks(run):
    st = run("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said in a statement "
             "that the 146 returning Ukrainians included 12 defenders.\n\n"
             "The headquarters said 31 of those returned were wounded.")
    first = by_content(st, "146 returning")
    assert first.speaker is not None and "coordination-headquarters" in first.speaker
    assert by_content(st, "were wounded").speaker == first.speaker


def test_a_body_that_quoted_someone_carries_the_statement(run):
    st = run("Wang Yi spoke to Andrii Sybiha, according to the Chinese Foreign Ministry.\n\n"
             "The ministry's readout quoted Wang as saying that attacks on power plants served no one.\n\n"
             "The Chinese Foreign Ministry quoted Wang as saying that talks were the only way.")
    for fragment in ("served no one", "the only way"):
        s = by_content(st, fragment)
        assert (s.speaker, s.via) == ("wang-yi", "chinese-foreign-ministry")


def test_a_statement_to_the_other_party_of_a_dated_call_is_dated_by_it(run):
    st = run("Beijing offers a venue\n\n"
             "Zhao Lirong was asked about a phone call between Wang Yi and Andrii Sybiha on Wednesday.\n\n"
             "Wang told Sybiha that dialogue was the only way out.\n\n"
             "Sybiha said Kyiv valued China's readiness to help.", published="2026-05-14")
    assert by_content(st, "dialogue was the only way").date == "2026-05-13"
    assert by_content(st, "valued China").date is None  # not said to the other party


def test_the_official_after_a_named_spokesman_is_that_spokesman(run):
    st = run("Kremlin spokesman Dmitry Peskov told reporters on Wednesday that lists had been handed over.\n\n"
             "Asked about new talks, the Kremlin official said: “Everything depends on Kyiv.”\n\n"
             "Deputy Foreign Minister Alexei Sorokin said in an interview that children were safe.\n\n"
             "“We have done this dozens of times,” the diplomat said.", published="2026-04-15")
    assert by_content(st, "Everything depends").speaker == "dmitry-peskov"
    assert by_content(st, "Everything depends").date == "2026-04-15"
    assert by_content(st, "dozens of times").speaker == "alexei-sorokin"


def test_the_official_after_an_unnamed_official_is_not_a_named_speaker(run):
    st = run("Pawel Zielinski said Poland would guard the flank.\n\n"
             "The United States, represented by a senior Pentagon official, said it would not send troops. "
             "The official said American help would depend on a signed deal.")
    assert by_content(st, "American help").speaker != "pawel-zielinski"


def test_a_relative_clause_on_an_appositive_belongs_to_the_name(run):
    st = run("The offer was set out by Archbishop Paolo Venturi, the Pope's special envoy for the conflict, "
             "who told the BBC that the Holy See was offering a table.")
    s = by_content(st, "offering a table")
    assert (s.speaker, s.via) == ("paolo-venturi", "bbc")


def test_the_agency_that_was_told_carries_the_statement(run):
    st = run("TASS was told by a source in the Russian delegation that the Ukrainian side had so far "
             "confirmed only part of the names on the list.")
    assert by_content(st, "confirmed only part").via == "tass"


def test_a_programme_spoken_during_carries_the_statement(run):
    st = run("Speaking during the United News telethon, lawmaker Yaroslava Tkachuk said Kyiv should keep "
             "the offer on the table.")
    assert by_content(st, "keep the offer").via == "united-news"


def test_a_president_is_found_by_the_side_his_title_names(run):
    st = run("French President Emmanuel Macron hosted Romanian President Nicusor Dan on Thursday.\n\n"
             "Dan said Bucharest would host the headquarters. Asked about Moscow, the Romanian leader said: "
             "\"Russia does not get a veto.\"\n\n"
             "\"Mine clearance is a technical matter,\" the French president replied.")
    assert by_content(st, "does not get a veto").speaker == "nicusor-dan"
    assert by_content(st, "technical matter").speaker == "emmanuel-macron"


def test_an_undated_lede_takes_the_day_its_speaker_gives_next(run):
    st = run("Zelensky says talks to open\n\n"
             "President Volodymyr Zelensky said Ukraine and Russia will hold the first session in Geneva next week.\n\n"
             "\"This is not a favour from Moscow,\" Zelensky said in his evening address on Friday.\n\n"
             "Andrii Sybiha said the lists were ready.", published="2026-06-13")
    assert by_content(st, "first session").date == "2026-06-12"
    assert by_content(st, "lists were ready").date is None


def test_a_video_posted_on_a_platform_carries_and_dates_the_statement(run):
    st = run("Lev Shchukin said in a video posted on YouTube on Tuesday evening that the Kremlin would stall.",
             published="2026-06-10")
    s = by_content(st, "would stall")
    assert (s.via, s.date) == ("youtube", "2026-06-09")


def test_generic_bodies_and_members_speak_anonymously(run):
    st = run("Loadings will resume within three days, according to the port operator.\n\n"
             "Several MPs said they feared a campaign. An opposition MP said soldiers must vote.\n\n"
             "Ukraine's grid operator Ukrenergo said power cuts would continue.")
    assert by_content(st, "Loadings will resume").speaker == "anon-port-operator"
    assert by_content(st, "feared a campaign").speaker == "anon-mps"
    assert by_content(st, "soldiers must vote").speaker == "anon-opposition-mp"
    assert by_content(st, "power cuts").speaker == "ukrenergo"


def test_outlets_of_the_profile_carry_what_was_told_to_them(run):
    st = run("Rear Admiral Mihai Tudorache told France 24 that mines had damaged three ships. "
             "Friedrich Merz told DW that Berlin would use its channels.")
    assert by_content(st, "mines had damaged").via == "france-24"
    assert by_content(st, "use its channels").via == "dw"


def test_he_after_a_reporter_asked_someone_is_the_one_asked(run):
    st = run("Wang Yi said China was ready to help. He said Beijing would stay in touch.\n\n"
             "A Chinese reporter asked Sergei Lavrov about Western sanctions. He said the Group of Seven "
             "was addicted to them.")
    assert by_content(st, "stay in touch").speaker == "wang-yi"
    assert by_content(st, "addicted").speaker == "sergei-lavrov"


def test_a_question_about_someone_does_not_make_them_the_answerer(run):
    st = run("Dmitry Peskov said the exchange would go ahead. Asked whether Putin planned to speak to "
             "Donald Trump this week, he said: \"There are no such plans at the moment.\"")
    assert by_content(st, "no such plans").speaker == "dmitry-peskov"


def test_a_subject_the_parse_hangs_on_a_set_off_question_still_speaks(run):
    st = run("Kremlin spokesman Dmitry Peskov, asked on Monday about any easing of restrictions on Russian "
             "fertilizer exports, told reporters that Moscow \"has not received any proposals\" of that kind.",
             published="2026-07-28")
    s = by_content(st, "has not received")
    assert (s.speaker, s.date) == ("dmitry-peskov", "2026-07-27")


def test_a_source_described_in_apposition_is_named_by_the_description(run):
    st = run("A source, a European diplomat briefed on the talks, said that nobody had asked Europe to back it.")
    assert by_content(st, "nobody had asked").speaker == "anon-european-diplomat-briefed-on-the-talks"


def test_the_coordination_headquarters_is_one_body(run):
    st = run("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 31 of those "
             "returned were wounded.")
    assert by_content(st, "were wounded").speaker == "coordination-headquarters-for-the-treatment-of-prisoners-of-war"


def test_a_guest_named_in_apposition_at_a_joint_news_conference_speaks_that_day(run):
    st = run("Ukraine's foreign minister Andrii Sybiha spoke in Ankara on Thursday.\n\n"
             "Speaking at a joint news conference with his Turkish counterpart Hakan Fidan, Sybiha said Kyiv "
             "had handed Ankara a list of ports. Fidan said Turkey was prepared to host a new round.",
             published="2026-04-09")
    assert by_content(st, "prepared to host").date == "2026-04-09"


def test_the_parties_a_lede_has_speaking_on_its_day_speak_that_day_just_after(run):
    st = run("Blame over shelling\n\n"
             "Russia and Ukraine accused each other on Thursday of breaking a ceasefire along the Dnipro River.\n\n"
             "Ukraine's Defense Ministry said in a statement that Russian artillery opened fire on a village. "
             "Russia's Defense Ministry said Ukrainian troops had attempted a crossing.\n\n"
             "Oleh Marchenko said no boats had been on the river.", published="2026-04-24")
    assert by_content(st, "artillery opened fire").date == "2026-04-23"
    assert by_content(st, "attempted a crossing").date == "2026-04-23"
    assert by_content(st, "no boats").date is None  # no party of the lede


def test_a_countrys_body_named_by_the_country_is_one_body_and_its_government_the_country(run):
    st = run("The UAE foreign ministry, which mediated, said the exchange was the 17th it had facilitated.\n\n"
             "The Hungarian government said it would not block the package.\n\n"
             "Halyna Shevchuk, 54, held a photo of her son. She told The Associated Press that she had slept badly.")
    assert by_content(st, "17th").speaker == "uae-foreign-ministry"
    assert by_content(st, "not block").speaker == "hungary"
    assert by_content(st, "slept badly").speaker == "halyna-shevchuk"  # a ministry is no "she"


def test_the_kremlin_aide_is_no_speaker_of_another_side(run):
    st = run("Halyna Shevchuk said she had slept badly.\n\n"
             "The Kremlin aide added that a broader settlement still depended on the realities on the ground.")
    assert by_content(st, "broader settlement").speaker != "halyna-shevchuk"


def test_a_hyphenated_title_before_a_name_and_its_definite_form(run):
    st = run("Commander-in-Chief Oleksandr Syrskyi wrote on Telegram on Friday that Russia was building up "
             "reserves in the south. The commander-in-chief added that he had ordered additional rotations.",
             published="2025-09-21")
    assert by_content(st, "building up reserves").speaker == "oleksandr-syrskyi"
    assert by_content(st, "additional rotations").speaker == "oleksandr-syrskyi"


def test_an_agency_that_quoted_him_carries_the_pronouns_speaker(run):
    st = run("Alexander Lukashenko said on Tuesday that Belarus was ready to open a transit route.\n\n"
             "\"We have roads, we have railways,\" state news agency BelTA quoted him as saying.",
             published="2026-06-17")
    s = by_content(st, "We have roads")
    assert (s.speaker, s.via) == ("alexander-lukashenko", "belta")


def test_a_lede_in_the_perfect_takes_the_day_its_speaker_gives_next_but_not_a_habitual_one(run):
    st = run("Starmer says allies will not wait\n\n"
             "Keir Starmer has said the coalition will keep arming Ukraine through the winter.\n\n"
             "Speaking at a press conference on Thursday, Starmer said the package would come before the frost.",
             published="2026-10-02")
    assert by_content(st, "keep arming").date == "2026-10-01"
    st = run("Starmer says allies will not wait\n\n"
             "Keir Starmer has repeatedly said the coalition will keep arming Ukraine.\n\n"
             "Speaking at a press conference on Thursday, Starmer said the package would come before the frost.",
             published="2026-10-02")
    assert by_content(st, "keep arming").date is None


def test_a_conjoined_verb_of_telling_according_to_a_body_is_its_subjects(run):
    st = run("President Recep Tayyip Erdogan received both delegations and told them that Turkey was ready to "
             "host a leaders meeting, according to the Turkish presidency.\n\n"
             "The Ukrainian presidency said the talks were useful.")
    s = by_content(st, "ready to host")
    assert (s.speaker, s.via) == ("recep-tayyip-erdogan", "turkish-presidency")
    assert by_content(st, "talks were useful").speaker == "ukrainian-presidency"  # not Turkey's


def test_the_agent_of_a_passive_is_a_new_subject_for_he(run):
    st = run("Vladimir Medinsky said the talks were useful.\n\n"
             "Ukraine's delegation was led by Rustem Umerov. In a video statement on Monday night, he said Kyiv "
             "had come to discuss substance.", published="2026-05-19")
    assert by_content(st, "discuss substance").speaker == "rustem-umerov"


def test_a_post_is_an_occasion_of_its_own(run):
    st = run("Rustem Umerov said on Monday that Kyiv had come to discuss substance.\n\n"
             "\"Our position has not changed,\" Umerov wrote on Telegram.", published="2026-05-19")
    assert by_content(st, "discuss substance").date == "2026-05-18"
    assert by_content(st, "has not changed").date is None


def test_the_publication_told_is_the_outlet_named_before(run):
    st = run("Kyrylo Budanov said in an interview with RBC-Ukraine published on Saturday that the lists were ready. "
             "\"What remains is technical work,\" Budanov told the publication.", published="2025-09-21")
    assert by_content(st, "technical work").via == "rbc-ukraine"


def test_told_an_outlet_the_parse_takes_for_an_adverb(run):
    st = run("The Trump administration has circulated a revised 14-point draft framework for ending the war in "
             "Ukraine that drops a contested clause, two sources with knowledge of the talks told Axios.")
    assert by_content(st, "14-point draft").via == "axios"


def test_a_transcript_turn_after_an_interview_is_carried_by_its_outlet(run):
    st = run("Defence Secretary John Healey told Sky News today that the missiles would come.\n\n"
             "Presenter: Is the truce dead?\n\n"
             "Healey: It isn't dead. It is under strain.", published="2026-03-22")
    assert by_content(st, "It isn't dead").via == "sky-news"


def test_unnamed_engineers_and_insurers_are_anonymous_sources(run):
    st = run("Engineers from the utility say the damage is more serious. "
             "Insurers said drifting mines were driving up the cost of cover.")
    assert by_content(st, "damage is more serious").speaker == "anon-engineers-from-the-utility"
    assert by_content(st, "drifting mines").speaker == "anon-insurers"


def test_a_dated_arrival_is_the_occasion_of_the_next_quotes(run):
    st = run("Kaja Kallas, the EU's foreign policy chief, took the opposite line when she arrived later on "
             "Thursday. \"Every exemption is a gift to the Russian war budget,\" she told reporters.\n\n"
             "Viktor Orban arrived in Brussels on Thursday. \"We should buy calm,\" he said.",
             published="2026-03-21")
    assert by_content(st, "Every exemption").date == "2026-03-19"
    assert by_content(st, "We should buy calm").date == "2026-03-19"


def test_a_scene_opening_on_a_day_dates_its_persons_words(run):
    st = run("On Wednesday morning, at a checkpoint near the border, Halyna Shevchuk, 54, held a photo of "
             "her son. She told The Associated Press that she had learned of the list only the night before.\n\n"
             "\"I did not sleep,\" she said.", published="2026-08-14")
    assert by_content(st, "learned of the list").date == "2026-08-12"
    assert by_content(st, "I did not sleep").date == "2026-08-12"


def test_quoted_as_saying_on_a_day_is_that_days(run):
    st = run("“Foreign mercenaries are not covered,” Larisa Zhukova, an official in the office of Russia’s "
             "human-rights commissioner, was quoted by RIA Novosti as saying on Wednesday.", published="2026-03-28")
    s = by_content(st, "Foreign mercenaries")
    assert s.date == "2026-03-25" and s.via == "ria-novosti" and s.speaker == "larisa-zhukova"


def test_a_lede_title_is_the_person_the_next_paragraph_names(run):
    st = run("Minister rules out warships\n\n"
             "Britain will train the crews but will not send warships, the defence minister has said.\n\n"
             "Colin Marsh told the BBC on Wednesday that the deal was \"a first step\".\n\n"
             "\"We will not go near the zone,\" the minister replied.", published="2026-05-21")
    for words in ("Britain will train the crews", "a first step", "We will not go near"):
        assert by_content(st, words).speaker == "colin-marsh"


def test_a_lede_title_is_not_someone_of_another_side(run):
    st = run("Kyiv says no to the plan\n\n"
             "Ukraine will not sign the plan, the Ukrainian deputy minister said on Tuesday.\n\n"
             "Russian Deputy Foreign Minister Ivan Petrov told reporters in Moscow that the plan was fair.",
             published="2026-05-21")
    assert by_content(st, "the plan was fair").speaker == "ivan-petrov"
    assert by_content(st, "Ukraine will not sign").speaker != "ivan-petrov"


@pytest.mark.parametrize("intro, again, speaker", [
    ("Colonel Andrii Sheremet, whose brigade holds Orikhiv, said the attacks had grown.", "the colonel said",
     "andrii-sheremet"),
    ("Li Hui, the Chinese government's special representative for Eurasian affairs, said Beijing was ready.",
     "the special envoy said", "li-hui"),
])
def test_a_title_or_its_synonym_refers_back(run, intro, again, speaker):
    st = run(f"{intro}\n\n\"They are not slowing down,\" {again}.", published="2026-04-28")
    assert by_content(st, "They are not slowing down").speaker == speaker


def test_the_interview_outlet_carries_to_a_pronoun_cue_inside_the_next_paragraph(run):
    st = run("Speaking to the BBC from Kyiv, deputy minister Olena Kravets said the waters were mined.\n\n"
             "Asked whether Ukraine trusted Russia, she paused. \"We trust the hotline,\" she said.\n\n"
             "The hotline opened in May.\n\n\"Radar is enough,\" she said.", published="2026-05-20")
    assert by_content(st, "We trust the hotline").via == "bbc"
    assert by_content(st, "Radar is enough").via is None  # (two paragraphs on: another occasion)


def test_he_after_a_name_whose_verb_the_parse_lost(run):
    # the tagger reads "parking" as a noun, and the parse makes "Bondar" the sentence's root
    st = run("Martina Keller, who heads the delegation, said the deal held. \"It could,\" Keller replied.\n\n"
             "Ihor Bondar, an engineer with the regional water company who worked at the station throughout "
             "the repair, recalled parking a Red Cross vehicle beside the transformer.\n\n"
             "\"I have never worked so fast in my life,\" he said.", published="2026-08-20")
    assert by_content(st, "never worked so fast").speaker == "ihor-bondar"


def test_a_person_described_by_an_apposition_is_that_description(run):
    st = run("A fourth person, a Western official briefed on the talks, said the main disagreement was over video.")
    assert by_content(st, "the main disagreement").speaker == "anon-western-official-briefed-on-the-talks"


def test_a_programme_named_after_on_the_program_carries(run):
    st = run("“That is not how you build pressure,” Sybiha said on the program, CNN’s “State of the Union.”",
             published="2026-04-27")
    assert by_content(st, "not how you build pressure").via == "cnn"


@pytest.mark.parametrize("text, words", [
    ("Russia's Defense Ministry rejected the accusation. According to a statement posted on its Telegram "
     "channel, Ukrainian troops had \"attempted to cross to the left bank\".", "attempted to cross"),
    ("Dmitry Medvedev joined in late on Sunday with an abrasive Telegram post, saying the Ukrainian position "
     "was \"theatre for European sponsors\".", "theatre for European sponsors"),
])
def test_a_post_or_statement_on_a_platform_is_carried_by_it(run, text, words):
    assert by_content(run(text, published="2026-04-23"), words).via == "telegram"


def test_the_interviews_own_clause_dates_the_saying(run):
    st = run("In an interview with the Rossiya-1 channel that aired Sunday, Yuri Ushakov said Kyiv \"is not "
             "serious\" about peace.", published="2026-09-15")
    s = by_content(st, "is not")
    assert s.date == "2026-09-13" and s.via == "rossiya-1"


def test_head_of_government_refers_back_to_the_prime_minister(run):
    st = run("Ukraine has sent Russia a list of detained clergy, Prime Minister Denys Shmyhal said on Thursday.\n\n"
             "\"These people served their communities,\" the head of government said.",
             published="2025-06-13")
    assert by_content(st, "These people served").speaker == "denys-shmyhal"


def test_an_indefinite_lede_title_is_the_next_paragraphs_holder_of_that_title(run):
    st = run("UK offers pumps for the plant\n\n"
             "Britain is ready to send pumps to the plant, a defence minister has told Sky News.\n\n"
             "Speaking on Sunday, armed forces minister Olivia Brandt said the water had dropped.",
             published="2026-02-22")
    assert by_content(st, "Britain is ready").speaker == "olivia-brandt"


def test_an_indefinite_lede_title_does_not_take_someone_of_another_title(run):
    st = run("UK offers pumps for the plant\n\n"
             "Britain is ready to send pumps to the plant, a defence minister has told Sky News.\n\n"
             "Opposition lawmaker Olivia Brandt said the offer came too late.",
             published="2026-02-22")
    assert by_content(st, "Britain is ready").speaker != "olivia-brandt"


def test_the_deputy_refers_back_to_the_duma_deputy(run):
    st = run("State Duma deputy Ivan Gromov, in a video on his Telegram channel on Wednesday, said any truce "
             "would be a gift to Kyiv.\n\n"
             "\"They attack us every day,\" the deputy said in the video.", published="2025-12-05")
    said = by_content(st, "They attack us every day")
    assert said.speaker == "ivan-gromov"


def test_programme_spoken_on_in_the_sources_clause_carries_the_statement(run):
    st = run("Ombudsman Petro Savchuk, speaking on the national telethon on Tuesday, said the return of "
             "civilians remained the hardest part.", published="2025-06-13")
    said = by_content(st, "the return of")
    assert said.via == "united-news"
    assert said.date == "2025-06-10"


def test_an_outlet_told_by_its_short_name(run):
    st = run("The plan was drafted in May, according to a memo reviewed by The Washington Post.\n\n"
             "Ihor Malko told The Post on Tuesday that Kyiv would look at it seriously.",
             published="2026-06-04")
    assert by_content(st, "Kyiv would look").via == "washington-post"


def test_a_participle_hung_on_a_whether_clause_is_the_refusers(run):
    st = run("Asked at his briefing on Wednesday whether the round could be postponed, Kremlin spokesman "
             "Dmitry Peskov replied: \"There is no such decision.\"\n\n"
             "He refused to be drawn on whether President Vladimir Putin had discussed the matter with "
             "foreign leaders, saying only: \"The president is informed.\"", published="2025-11-19")
    assert by_content(st, "The president is informed").speaker == "dmitry-peskov"


def test_asked_by_an_outlet_carries_the_answer_but_not_by_a_person(run):
    st = run("Asked by Interfax whether the Duma would act, deputy Ivan Gromov said: \"That is a question "
             "for the ministry.\"\n\n"
             "Asked by Hannah Roth whether the president agreed, Senator Mark Dale replied: \"Ask him.\"",
             published="2025-11-19")
    assert by_content(st, "That is a question").via == "interfax"
    assert by_content(st, "Ask him").via is None


def test_adding_after_told_keeps_the_outlet_and_is_not_an_anonymity_purpose(run):
    st = run("\"They want a delay,\" the official told AFP on condition of anonymity on Thursday, adding "
             "that Kyiv had asked the Swiss side to clarify the situation.", published="2026-02-20")
    added = by_content(st, "Kyiv had asked")
    assert added.via == "afp"
    assert added.date == "2026-02-19"


def test_a_statement_sent_to_an_outlet_is_carried_by_it(run):
    st = run("A spokesman for the migration office, Martin Kessler, said in a statement sent to AFP that "
             "the applications were being examined.", published="2026-02-20")
    assert by_content(st, "the applications were").via == "afp"


def test_asked_by_reporters_on_a_day_dates_the_next_sentences_quote(run):
    st = run("Kremlin spokesman Dmitry Peskov, asked by reporters on Thursday whether the meeting would go "
             "ahead, refused to be drawn on the timing. \"Contacts continue at the expert level,\" he said.",
             published="2026-02-20")
    assert by_content(st, "Contacts continue").date == "2026-02-19"


def test_in_the_same_statement_takes_that_statements_day_and_carrier(run):
    st = run("The IAEA said on Saturday that the pond had fallen by a metre. In the same statement, "
             "Director General Rafael Grossi said the situation was not yet an emergency.\n\n"
             "Zelensky wrote on Telegram on Friday that the talks were hard.\n\n"
             "In the same post, he added that Kyiv was grateful.", published="2026-02-22")
    assert by_content(st, "not yet an emergency").date == "2026-02-21"
    added = by_content(st, "Kyiv was grateful")
    assert (added.date, added.via) == ("2026-02-20", "telegram")


def test_an_interview_on_a_coordinated_verb_dates_the_saying(run):
    st = run("Zelensky said he was ready to meet Putin before the end of the year, but rejected the Kremlin's "
             "invitation to Moscow, in an interview with the broadcaster ZDF recorded in Kyiv on Wednesday.",
             published="2025-09-18")
    assert by_content(st, "he was ready to meet Putin").date == "2025-09-17"


def test_a_presenter_told_again_is_the_same_occasion(run):
    st = run("Speaking to Sophy Ridge on Sunday morning, armed forces minister Harriet Cole said the pond had "
             "dropped.\n\n"
             "Also on the programme, Dr Amara Okafor described the plan as fragile.\n\n"
             "\"The pumps are the easy part,\" she told Sophy Ridge.", published="2026-02-22")
    assert by_content(st, "The pumps are the easy part").date == "2026-02-22"


def test_a_dated_document_speaks_on_its_date_and_is_it(run):
    st = run("The White House has drafted a plan, according to a memo seen by reporters.\n\n"
             "The memo, dated May 28 and circulated among staff, describes the plan as a first step. "
             "It warns that strikes could spread.", published="2026-06-04")
    described = by_content(st, "the plan as a first step")
    warned = by_content(st, "strikes could spread")
    assert described.date == "2026-05-28"
    assert (warned.speaker, warned.date) == (described.speaker, "2026-05-28")


def test_a_fronted_statement_phrase_frames_the_saying_not_the_content(run):
    st = run("In a statement carried by the state news agency QNA late on Wednesday, the Qatari foreign ministry "
             "said technical teams would return to Doha this month.", published="2026-02-12")
    said = by_content(st, "technical teams would return")
    assert said.content.startswith("technical teams")
    assert (said.date, said.via) == ("2026-02-11", "qna")


def test_asked_by_reporters_on_a_day_set_off_after_the_name_dates_the_answer(run):
    st = run("Foreign Minister Sergei Lavrov, asked by reporters on Thursday whether the convoy could cross, said "
             "only that the matter was under review.", published="2026-05-16")
    assert by_content(st, "the matter was under review").date == "2026-05-14"


def test_told_the_same_news_conference_takes_its_day(run):
    # (and the quoted "last Friday" is the speaker's words, not the day of speaking)
    st = run("Speaking on Monday, Hakan Fidan told a news conference in Ankara that the first session could take "
             "place soon.\n\n"
             "Sybiha told the same news conference that Kyiv had sent its list of cartographers \"last Friday\" and "
             "was \"waiting for Moscow to do the same.\"", published="2026-06-24")
    assert by_content(st, "Kyiv had sent its list").date == "2026-06-22"


def test_did_not_say_when_is_no_statement_and_leaves_the_one_before(run):
    st = run("Taras Hnatiuk, a retired general, told Anadolu that the work would be slow.\n\n"
             "Russian Deputy Foreign Minister Alexander Grushko, quoted by TASS, said Moscow was studying the "
             "Turkish proposal but that \"the question of the venue is secondary.\" He did not say when Russia "
             "would reply.", published="2026-06-25")
    said = by_content(st, "Moscow was studying the Turkish proposal")
    assert (said.speaker, said.via) == ("alexander-grushko", "tass")
    assert not [s for s in st if "Russia would reply" in s.content]


def test_what_a_readout_reports_someone_told_is_theirs_carried_by_it(run):
    st = run("Erdogan and Putin spoke by phone on Monday, according to the Turkish presidency. Erdogan told Putin "
             "that Turkey \"will do its part\" to help, the readout said. Putin stressed that any map must be "
             "accurate, the Kremlin said in its own account of the call.", published="2026-06-24")
    told = by_content(st, "will do its part")
    assert (told.speaker, told.date) == ("recep-tayyip-erdogan", "2026-06-22")
    stressed = by_content(st, "any map must be accurate")
    assert (stressed.speaker, stressed.via) == ("vladimir-putin", "russia")


def test_quoted_him_as_saying_after_the_words_carries_and_dates_them(run):
    st = run("Kremlin spokesman Dmitry Peskov called the plan \"a trap,\" RIA Novosti quoted him as saying on "
             "Tuesday.", published="2026-03-12")
    called = by_content(st, "the plan")
    assert "quoted" not in called.content
    assert (called.speaker, called.via, called.date) == ("dmitry-peskov", "ria-novosti", "2026-03-10")


def test_writing_in_a_publication_frames_the_argument_after_it(run):
    st = run("Writing in the Economist last month, Mykhailo Podolyak, an adviser to the head of the presidential "
             "office, argued that the dam should be rebuilt first.", published="2025-09-22")
    assert by_content(st, "the dam should be rebuilt").via == "the-economist"


def test_appearing_on_a_telethon_set_off_after_the_name(run):
    st = run("Ukraine's environment minister, Roman Hrytsak, appearing on the United News telethon on Sunday, "
             "insisted that the reservoir would be refilled.", published="2025-09-22")
    insisted = by_content(st, "the reservoir would be refilled")
    assert (insisted.speaker, insisted.via, insisted.date) == ("roman-hrytsak", "united-news", "2025-09-21")


def test_a_person_a_paragraph_opens_with_is_the_he_of_its_quotation(run):
    st = run("“We have the designs,” Taras Marchuk, who runs the water agency, told reporters.\n\n"
             "Roman Hrytsak said the reservoir would be refilled.\n\n"
             "For Marchuk, the question is also personal. “I grew up by that water,” he said.")
    assert by_content(st, "I grew up by that water").speaker == "taras-marchuk"


def test_the_outlet_named_before_a_news_agency_noun_carries(run):
    st = run("Poland's deputy minister, Piotr Malec, told the PAP news agency that Warsaw would ask regulators "
             "to review the plan.")
    assert by_content(st, "Warsaw would ask regulators").via == "pap"


def test_a_podcast_named_after_the_noun_carries(run):
    st = run("\"These are names,\" Witkoff said on the podcast \"Hard Count\" on Friday.", published="2026-02-02")
    said = by_content(st, "These are names")
    assert (said.via, said.date) == ("hard-count", "2026-01-30")


def test_a_report_hung_on_the_last_noun_of_its_content_is_the_attribution(run):
    st = run("A Russian drone struck a private house in the village of Malokaterynivka on Easter morning, injuring "
             "an elderly woman, Zaporizhzhia regional governor Oleh Martyniuk reported on Telegram shortly before "
             "10:00. \"They chose the hour of the service,\" the governor wrote.", published="2026-04-12")
    reported = by_content(st, "A Russian drone struck a private house")
    assert (reported.speaker, reported.via) == ("oleh-martyniuk", "telegram")
    assert by_content(st, "They chose the hour").via == "telegram"


def test_a_second_cue_of_the_same_subject_keeps_the_carrier(run):
    st = run("Ivan Fedorov said in a new Telegram post that the woman had died. He repeated that Russia \"chose "
             "the hour,\" and said two more houses had been damaged.")
    assert by_content(st, "two more houses").via == "telegram"


def test_a_diplomat_in_the_lede_is_the_envoy_named_next(run):
    st = run("Russia is ready to discuss the collections, a senior Russian diplomat said on Monday.\n\n"
             "\"The collections were evacuated,\" Deputy Foreign Minister Andrei Rudakov told RIA Novosti.",
             published="2026-04-14")
    lede = by_content(st, "Russia is ready to discuss")
    assert (lede.speaker, lede.date) == ("andrei-rudakov", "2026-04-13")
    assert by_content(st, "The collections were evacuated").date == "2026-04-13"


def test_an_outlet_quoting_someone_as_saying(run):
    st = run("RIA Novosti also quoted Alexei Kovrov, a museum director, as saying the pieces were kept in "
             "climate-controlled rooms. The agency quoted him as saying on Monday that nothing was lost.",
             published="2026-04-14")
    kept = by_content(st, "the pieces were kept")
    assert kept.content.startswith("the pieces were kept")
    assert (kept.speaker, kept.via) == ("alexei-kovrov", "ria-novosti")
    lost = by_content(st, "nothing was lost")
    assert (lost.speaker, lost.via, lost.date) == ("alexei-kovrov", "ria-novosti", "2026-04-13")


def test_a_posted_picture_says_nothing_but_the_words_after_it_are_on_that_platform(run):
    st = run("On Sunday evening, Witkoff posted on X a photograph of a stack of blue binders. \"Another batch "
             "received,\" the envoy wrote.", published="2026-02-02")
    assert not [s for s in st if "photograph" in s.content]
    assert (by_content(st, "Another batch received").via, by_content(st, "Another batch received").date) == (
        "x", "2026-02-01")


def test_a_show_appeared_on_dates_and_carries_the_transcript_turns(run):
    st = run("Appearing on Fox News' Hannity on Thursday, Vice President JD Vance gave a guarded account.\n\n"
             "HANNITY: Are the files coming?\n\n"
             "VANCE: Some of them are coming in.", published="2026-02-02")
    turn = by_content(st, "Some of them are coming in")
    assert (turn.speaker, turn.via, turn.date) == ("jd-vance", "fox-news", "2026-01-29")


def test_a_saying_takes_the_day_of_the_quotation_right_after_it(run):
    st = run("In Kyiv, President Volodymyr Zelensky said Ukraine would never recognise the annexation. \"There is "
             "nothing to talk about,\" he said on Monday evening.", published="2025-05-06")
    assert by_content(st, "Ukraine would never recognise").date == "2025-05-05"


def test_a_saying_keeps_no_day_when_the_next_one_is_a_post(run):
    st = run("Early Saturday, a drone hit an apartment building, Governor Andrii Koval said. \"Rescuers are still "
             "searching,\" Koval wrote on Telegram on Saturday morning.", published="2026-10-31")
    assert by_content(st, "a drone hit an apartment building").date is None


def test_a_sided_official_in_the_lede_is_the_one_of_that_side_named_next(run):
    st = run("MOSCOW (AP) — Russia has handed Ukraine a list of 500 prisoners, a senior Russian rights official "
             "said Friday.\n\n"
             "Irina Volkova, Russia's deputy human rights commissioner, said the list had been passed on earlier "
             "in the week.", published="2025-11-21")
    lede = by_content(st, "Russia has handed Ukraine a list")
    assert (lede.speaker, lede.date) == ("irina-volkova", "2025-11-21")
    assert by_content(st, "the list had been passed on").date == "2025-11-21"


def test_a_post_on_x_ends_its_sentence_before_the_quotation(run):
    st = run("Within hours, the Ukrainian foreign ministry spokesman, Heorhii Tykhyi, hit back on X. \"Ms Zakharova "
             "is confusing inspections with control,\" he posted.", published="2026-05-26")
    posted = by_content(st, "Ms Zakharova is confusing")
    assert posted.speaker == "heorhii-tykhyi" and not posted.content.startswith("Within")


def test_reached_by_phone_on_a_day_dates_the_saying(run):
    st = run("Reached by phone on Monday, a senior official in Zelensky's office said the text would be released "
             "later.", published="2026-05-26")
    assert by_content(st, "the text would be released").date == "2026-05-25"


def test_a_reply_on_a_platform_later_that_day_dates_and_carries_the_words_after_it(run):
    st = run("Maria Zakharova wrote on Telegram on Sunday that Kyiv had torpedoed the deal.\n\n"
             "On Monday Kaja Kallas weighed in on X.\n\n"
             "Zakharova responded to Kallas on Telegram later that day. \"Madame Kallas should first explain who "
             "will inspect the inspectors,\" she wrote.", published="2026-05-26")
    wrote = by_content(st, "Madame Kallas should first explain")
    assert (wrote.date, wrote.via) == ("2026-05-25", "telegram")


def test_the_diplomat_is_the_ambassador_just_named_not_the_last_speaker(run):
    st = run("Yuri Ushakov told the Zvezda TV channel on Wednesday that the list had been handed over.\n\n"
             "Russian Foreign Ministry Ambassador-at-Large Gennady Orlov, who is responsible for humanitarian "
             "issues, was part of the delegation. \"We have proposed an inventory of the property,\" the "
             "diplomat told TASS on Wednesday. According to him, the list includes several cathedrals.",
             published="2026-07-30")
    # (a name the tagger misses after a hyphenated title is a person, and the title is the role)
    assert by_content(st, "proposed an inventory").speaker == "gennady-orlov"
    assert by_content(st, "several cathedrals").speaker == "gennady-orlov"


def test_a_title_after_a_sentence_about_a_named_person_is_that_person(run):
    st = run("Twenty-eight patients have been returned home, Andriy Yermak said on Friday.\n\n"
             "Defence Minister Rustem Umerov, who led the Ukrainian team at the talks, had briefed lawmakers "
             "before the convoy reached the border. The head of the delegation told the Verkhovna Rada on "
             "Wednesday that the evacuation was working.\n\n"
             "Dmytro Lubinets, the parliament's human rights commissioner, met the group at the border. The "
             "ombudsman reported on Facebook that four of the children had not seen their parents.",
             published="2025-07-18")
    # "the head of the delegation" is not Yermak, head of another body
    assert by_content(st, "evacuation was working").speaker == "rustem-umerov"
    assert by_content(st, "four of the children").speaker == "dmytro-lubinets"


def test_the_statement_is_what_was_just_announced(run):
    st = run("Twenty-eight patients have been returned home, the Ukrainian Defence Ministry said on Friday.\n\n"
             "\"This was a difficult operation,\" the statement said.\n\n"
             "The two leaders said in a joint statement that they had asked their aviation authorities to act.",
             published="2025-07-18")
    s = by_content(st, "difficult operation")
    assert s.speaker == by_content(st, "returned home").speaker and s.date == "2025-07-18"
    # a joint statement is not the last speaker's
    assert by_content(st, "aviation authorities").speaker != s.speaker


def test_a_meeting_participle_dates_what_was_said_at_it(run):
    st = run("Foreign Minister Sergei Lavrov, meeting the heads of charitable foundations on Tuesday, said that "
             "the persecution of the church will be remembered.", published="2026-07-30")
    assert by_content(st, "persecution").date == "2026-07-28"


def test_said_during_a_telethon_is_carried_by_it(run):
    st = run("Oleksandr Prokudin said during a telethon on Friday that two patients had stayed behind.",
             published="2025-07-18")
    assert by_content(st, "two patients").via == "united-news"


def test_the_spokesman_speaks_at_the_occasion_his_body_is_dated_by(run):
    st = run("The Kremlin on Wednesday said a summit could only take place once a deal was ready.\n\n"
             "Speaking at his daily conference call with reporters, Kremlin spokesman Dmitry Peskov said a summit "
             "\"must crown the work, not start it\".\n\n"
             "Peskov also dismissed a proposal by several European leaders for a moratorium on strikes on energy "
             "facilities during the winter, saying Moscow had observed such a moratorium last spring.",
             published="2026-02-11")
    assert by_content(st, "crown the work").date == "2026-02-11"
    # "during the winter" after the object is the moratorium's time, not the dismissing's
    assert by_content(st, "a proposal by several").date == "2026-02-11"
    assert by_content(st, "observed such a moratorium").date == "2026-02-11"


def test_live_blog_present_tense_takes_the_entry_day(run):
    # a stamp alone on its line heads the paragraphs under it; "says" and "has said" are news of
    # that moment, an undated past "wrote" is not
    text = ("Prisoner swap live: second group crosses the border\n\n"
            "09:10 GMT\n\n"
            "The Kremlin says it has no details on the timing of the second group.\n\n"
            "Dmitry Peskov has since said the swap \"is going to plan\".\n\n"
            "Andriy Yermak wrote on Telegram that more names were being checked.\n\n"
            "11:45 GMT\n\n"
            "Rustem Umerov says the returnees are being taken to hospital.")
    st = run(text, published="2026-05-14")
    assert by_content(st, "no details on the timing").date == "2026-05-14"
    assert by_content(st, "is going to plan").date == "2026-05-14"
    assert by_content(st, "returnees are being taken").date == "2026-05-14"
    assert by_content(st, "more names were being checked").date is None


def test_outside_a_live_blog_has_said_stays_undated(run):
    st = run("Talks resumed in Geneva.\n\nDmitry Peskov has said the swap is going to plan.",
             published="2026-05-14")
    assert by_content(st, "swap is going to plan").date is None


def test_transcript_turns_take_the_day_of_the_introduction(run):
    text = ("Kuleba and Sikorski on grain transit: the transcript\n\n"
            "Here is the transcript of the news conference given by the foreign ministers of Ukraine and "
            "Poland, Dmytro Kuleba and Radoslaw Sikorski, in Warsaw on Tuesday.\n\n"
            "SIKORSKI: We agreed to open a second inspection point at the border by June.\n\n"
            "QUESTION: Minister Kuleba, the Kremlin said on Monday that the transit must include its grain. "
            "Is that acceptable?\n\n"
            "KULEBA: We have heard that. It is not on the table.")
    st = run(text, published="2026-05-14")
    assert by_content(st, "open a second inspection point").date == "2026-05-12"
    assert by_content(st, "We have heard that").date == "2026-05-12"
    # the transcript itself is no statement of the outlet that publishes it
    assert not [s for s in st if s.content.startswith("the transcript")]


def test_transcript_introduction_with_two_days_leaves_turns_to_the_speaker(run):
    text = ("Interview: Umerov after Istanbul\n\n"
            "Rustem Umerov spoke to Sky News on Sunday, after returning from Istanbul on Saturday.\n\n"
            "INTERVIEWER: Is there a deal?\n\n"
            "UMEROV: Not yet. The map is still the problem.")
    st = run(text, published="2026-05-14")
    assert by_content(st, "The map is still the problem").date == "2026-05-10"


def test_lede_title_is_named_by_the_next_paragraphs_speaker_not_a_quoted_we(run):
    text = ("Kyiv and Moscow agree on dam inquiry\n\n"
            "KYIV (AP) — Ukraine and Russia have agreed to a joint inquiry into the dam collapse, Ukraine's "
            "deputy energy minister said Monday.\n\n"
            "“We are not asking Moscow to trust us,” Deputy Energy Minister Taras Hrytsenko said in a phone "
            "interview with The Associated Press.\n\n"
            "Hrytsenko said in the interview that engineers from Norway would lead the work.")
    st = run(text, published="2026-06-16")
    assert by_content(st, "agreed to a joint inquiry").speaker == "taras-hrytsenko"
    later = by_content(st, "engineers from Norway")
    # "the interview" is the one he gave before: its outlet and its day
    assert (later.via, later.date) == ("associated-press", "2026-06-15")


def test_a_claim_in_the_present_does_not_take_the_ledes_day(run):
    text = ("Inquiry agreed\n\n"
            "Ukraine and Russia have agreed to a joint inquiry into the collapse of the dam, Ukraine's "
            "deputy energy minister said Monday.\n\n"
            "The two sides remain split over the cause. Moscow says a Ukrainian missile caused the breach.")
    st = run(text, published="2026-06-16")
    assert by_content(st, "missile caused the breach").date is None


def test_after_the_meeting_is_the_meeting_the_lede_dates(run):
    text = ("Ministers split on waiver\n\n"
            "EU foreign ministers failed on Thursday to agree a common position on the fertiliser waiver.\n\n"
            "The plan was first floated in August.\n\n"
            "An EU official briefed on the discussions said the Commission would study it.\n\n"
            "Leaders will return to it in October.\n\n"
            "\"We are lifting sanctions by the back door,\" Kaja Kallas told Politico after the meeting.")
    st = run(text, published="2026-09-25")
    assert by_content(st, "lifting sanctions by the back door").date == "2026-09-24"
    # a source told apart by what it knows speaks to the reporter, not at the meeting
    assert by_content(st, "Commission would study it").date is None


def test_a_letter_signed_by_people_is_theirs_and_dated_when_published(run):
    text = ("An open letter signed by 14 retired generals from across Europe, published on Tuesday, urged both "
            "capitals to \"keep the prisoners out of the bargaining\".\n\n"
            "\"A captive is not a chip,\" the signatories wrote.")
    st = run(text, published="2025-07-17")
    letter = by_content(st, "keep the prisoners out")
    assert (letter.speaker, letter.date) == ("anon-retired-generals-from-across-europe", "2025-07-15")
    assert by_content(st, "A captive is not a chip").speaker == "anon-retired-generals-from-across-europe"


def test_added_in_the_next_paragraph_goes_on_through_the_same_outlet(run):
    text = ("Ukraine's human rights commissioner, Dmytro Lubinets, told the Guardian on Wednesday that the "
            "crossing had been closed since May.\n\n"
            "The commissioner added that his office had a list of 2,000 names.")
    st = run(text, published="2025-07-17")
    assert by_content(st, "list of 2,000 names").via == "the-guardian"


def test_telling_channel_one_is_carried_by_it(run):
    st = run("Kremlin aide Yuri Ushakov had struck a softer tone on Dec. 19, telling Channel One that the line "
             "was \"useful, if it is used honestly.\"", published="2025-12-22")
    assert by_content(st, "useful, if it is used honestly").via == "channel-one"


def test_in_the_same_post_keeps_the_posts_carrier_and_its_missing_day(run):
    text = ("Ukraine's General Staff reported on Dec. 21 that 11 drones hit a substation.\n\n"
            "Foreign Minister Andrii Sybiha wrote on X that the hotline was \"a test Russia is failing.\" In the "
            "same post, the minister said he had raised the matter with Marco Rubio.")
    st = run(text, published="2025-12-22")
    raised = by_content(st, "raised the matter with Marco Rubio")
    assert (raised.via, raised.date) == ("x", None)


def test_a_carrier_the_parse_hung_on_the_content_is_not_said(run):
    st = run("The UAE said in a statement on Friday, carried by the state news agency WAM, that the swap was the "
             "result of \"months of quiet contacts.\" Peskov has since said the swap \"is going as agreed,\" in "
             "comments carried by Interfax.", published="2026-11-20")
    uae = by_content(st, "months of quiet contacts")
    assert uae.content.startswith("that the swap") and uae.via == "wam"
    peskov = by_content(st, "is going as agreed")
    assert "Interfax" not in peskov.content and peskov.via == "interfax"


def test_a_quotations_first_half_the_parse_made_a_subject_is_said(run):
    text = ("Dmitry Medvedev struck a harsher tone. \"Those who call themselves bloggers while working for the "
            "propaganda units of the regime,\" Medvedev wrote on Telegram on Wednesday, \"should not be surprised "
            "to be treated as combatants.\"")
    st = run(text, published="2025-11-06")
    said = by_content(st, "Those who call themselves bloggers")
    assert said.speaker == "dmitry-medvedev" and "should not be surprised" in said.content


def test_quoted_the_source_as_saying_is_the_source_named_before(run):
    text = ("A source familiar with the preparations told RIA Novosti that a first exchange could come in "
            "December. \"Everything can be arranged within two weeks,\" RIA Novosti quoted the source as saying.")
    st = run(text, published="2025-11-06")
    assert by_content(st, "arranged within two weeks").speaker == "anon-source-familiar-with-the-preparations"


def test_a_statement_posted_on_a_bodys_website_is_the_bodys(run):
    st = run("A statement posted on the Kremlin website on Monday said Vladimir Putin had discussed the "
             "exchange with the Security Council.", published="2025-11-06")
    said = by_content(st, "had discussed the exchange")
    assert (said.speaker, said.date) == ("russia", "2025-11-03")


def test_told_reuters_then_an_apposition_is_carried_by_reuters(run):
    st = run("WASHINGTON, June 18 (Reuters) - The United States is ready to back a plan to revive a fishing "
             "commission, two U.S. officials told Reuters, a modest step that Washington hopes can build trust.",
             published="2026-06-18")
    assert by_content(st, "ready to back a plan").via == "reuters"


def test_live_blog_background_in_a_relative_clause_stays_undated(run):
    text = ("Talks live: Vatican day two\n\n"
            "10:15 GMT\n\n"
            "Moscow rejected a Christmas truce, which Ukraine has proposed several times.")
    st = run(text, published="2026-05-28")
    assert all(s.date is None for s in st if "truce" in s.content or s.cue == "proposed")


def test_a_statement_from_a_body_the_profile_names_whole_is_that_bodys(run):
    st = run("A statement from the International Committee of the Red Cross, read out to the council by Halvorsen, "
             "said its teams could deploy to the crossing within 48 hours.", published="2026-03-12")
    assert by_content(st, "teams could deploy").speaker == "international-committee-of-the-red-cross"


def test_the_one_who_presses_a_question_does_not_answer_it(run):
    text = ("Rustem Umerov said Ukraine had asked partners for two more batteries. Pressed by moderator Margaret "
            "Brennan on whether Kyiv would accept a ceasefire, he said: \"A ceasefire that leaves our cities open is "
            "an invitation.\"")
    st = run(text, published="2026-03-12")
    assert by_content(st, "leaves our cities open").speaker == "rustem-umerov"


def test_a_name_before_a_set_off_speaking_participle_speaks(run):
    text = ("Turkey's defence ministry declined to comment on the draft, but ministry spokesman Kerem Yalcin, "
            "speaking at a regular briefing in Ankara on Thursday, said Turkey was \"ready to contribute any "
            "capability that helps silence the guns.\"")
    st = run(text, published="2026-03-13")
    assert by_content(st, "ready to contribute").speaker == "kerem-yalcin"


def test_the_diplomat_after_an_ambassador_at_large_is_that_ambassador(run):
    text = ("Kremlin spokesman Dmitry Peskov told journalists on Wednesday that Putin had been informed.\n\n"
            "Ambassador-at-large Gennady Orlov said in an interview with TASS on Tuesday that the lists had been "
            "\"checked three times.\" \"Every time, the Ukrainian side introduced changes,\" the diplomat noted in the "
            "same interview.")
    st = run(text, published="2025-10-23")
    assert by_content(st, "Every time").speaker == "gennady-orlov"


def test_an_undated_lede_takes_the_day_its_occasion_is_given_further_on(run):
    text = ("Wounded to be swapped\n\n"
            "Russia and Ukraine will exchange 40 wounded servicemen each, Kremlin aide Yury Ushakov told reporters.\n\n"
            "\"The lists have been agreed,\" Ushakov said. According to him, the exchange could take place within "
            "a week.\n\n"
            "Speaking to reporters on Thursday on the sidelines of a forum in Moscow, the Kremlin aide stressed that "
            "the initiative had come from the Russian side.")
    st = run(text, published="2025-10-23")
    assert [s.date for s in st] == ["2025-10-23"] * 4, st


def test_a_document_seen_by_an_outlet_is_carried_by_it_not_written_by_it(run):
    text = ("Ships may sail\n\n"
            "According to a readout from the United Nations, seen by Reuters, Russian and Ukrainian officials who "
            "met in Istanbul last week agreed that each ship would be inspected.\n\n"
            "According to a draft communique seen by the Financial Times, the two sides would refrain from strikes.")
    st = run(text, published="2026-05-13")
    inspected = next(s for s in st if s.cue == "According to" and "each ship" in s.content)
    assert (inspected.speaker, inspected.via) == ("united-nations", "reuters")
    strikes = by_content(st, "refrain from strikes")
    assert strikes.speaker != "financial-times" and strikes.via == "financial-times"


def test_an_outlet_named_by_its_agency_phrase_speaks_for_itself(run):
    st = run("Parcels would be limited to two kilograms, according to the dpa news agency.", published="2026-02-12")
    assert by_content(st, "two kilograms").speaker == "dpa"


def test_the_side_named_in_a_definite_description_points_back_to_that_source(run):
    text = ("The administration is pressing Moscow to accept engineers at the dam, a senior U.S. official said. "
            "The Kremlin was less committal. The U.S. official said Washington hoped to have engineers there by May.")
    st = run(text, published="2026-04-15")
    assert by_content(st, "hoped to have engineers").speaker == by_content(st, "pressing Moscow").speaker \
        == "anon-senior-u-s-official"


def test_an_interview_at_the_end_of_a_nested_clause_dates_the_saying(run):
    # the parse hangs "in an interview" on "leave", two clauses down from "said"
    text = ("Zelensky interview\n\n"
            "President Volodymyr Zelensky said he would never order Ukrainian troops to leave the parts of the "
            "Donetsk region they still hold, in an interview with the Seoul Courier conducted in Kyiv on Friday.")
    st = run(text, published="2026-10-05")
    assert [s.date for s in st] == ["2026-10-02"], st


def test_a_holiday_in_the_headline_is_no_day_anyone_spoke(run):
    text = ("Kremlin offers 36-hour Orthodox Easter truce as Kyiv presses for 30 days\n\n"
            "The Kremlin on Wednesday proposed a 36-hour truce over Orthodox Easter, which falls on April 12 this "
            "year, but Ukrainian officials dismissed the offer as a public-relations exercise.\n\n"
            "Kremlin spokesman Dmitry Peskov told reporters that President Vladimir Putin had ordered Russian forces "
            "to stop all hostilities from 18:00 Moscow time on Saturday.")
    st = run(text, published="2026-04-09")
    # (the headline's Easter had been taken for the lede's day, and so for the telling's)
    assert by_content(st, "Putin had ordered").date == "2026-04-08"


def test_an_updated_at_stamp_opens_a_live_blog_entry(run):
    text = ("Live: remains returned\n\n22.40 GMT\n\nThe bodies were returned, officials said.\n\n23.10 GMT\n\n"
            "Peskov has said the handover went as agreed.\n\nUpdated at 08.15 GMT\n\nZelensky has said the return "
            "is a painful duty.\n\n09.02 GMT\n\nKyiv thanked the Red Cross.")
    st = run(text, published="2026-03-17")
    # the blog crossed midnight: 23.10 is the day before; "Updated at 08.15" heads an entry of its own
    assert by_content(st, "went as agreed").date == "2026-03-16"
    assert by_content(st, "painful duty").date == "2026-03-17"


def test_a_letter_seen_by_an_outlet_is_carried_by_it(run):
    st = run("Ukrainian foreign minister Andrii Sybiha wrote in a letter seen by the Financial Times that Kyiv was "
             "\"ready to sign tomorrow\".", published="2026-01-14")
    assert [(s.speaker, s.via) for s in st] == [("andrii-sybiha", "financial-times")]


def test_a_name_after_a_formal_title_with_of_speaks(run):
    # the tagger leaves "Dmytro Usov" untagged and the parse hangs it on "Head of"
    st = run("Head of the Coordination Headquarters Dmytro Usov wrote on Facebook that the lists would be verified.",
             published="2026-08-28")
    assert [(s.speaker, s.via) for s in st] == [("dmytro-usov", "facebook")]


def test_a_question_put_to_the_speaker_on_a_day_dates_the_answer(run):
    text = ("Corridor agreed\n\n"
            "At a briefing on Friday, journalists asked Foreign Ministry spokesman Heorhii Tykhyi whether Kyiv had "
            "made any concessions. Tykhyi refused to be drawn on the details. \"Humanitarian questions are not a "
            "subject of bargaining for us,\" he said.")
    st = run(text, published="2026-08-16")
    assert by_content(st, "Humanitarian questions").date == "2026-08-14"


def test_the_delegate_is_the_member_of_the_delegation_who_spoke(run):
    text = ("A member of the Ukrainian delegation said, asking not to be named, that the Russian side had demanded "
            "a checkpoint. \"We refused categorically,\" the delegate said.")
    st = run(text, published="2026-08-16")
    assert by_content(st, "We refused").speaker == "anon-member-of-the-ukrainian-delegation"


def test_the_person_after_one_of_the_people_is_that_group(run):
    text = ("Turkey has proposed a naval escort, according to three people familiar with the talks. One of the "
            "people said Russia had been briefed. \"The Russians did not say yes,\" the person said.")
    st = run(text, published="2025-09-23")
    assert by_content(st, "did not say yes").speaker == "anon-people-familiar-with-the-talks"


def test_the_official_is_the_named_official_who_spoke_since_local_officials(run):
    text = ("Evacuation live\n\n08:12 CET\n\nLocal officials said on Tuesday that about 70 wounded civilians were "
            "sheltering in basements.\n\n16:45 CET\n\nSvitlana Marchuk, deputy head of the regional military "
            "administration, told the United News telethon on Wednesday that 23 wounded people had been brought "
            "out.\n\nThe official added: \"What we need is not one window but a routine.\"")
    s = by_content(run(text, published="2025-12-10"), "not one window")
    assert (s.speaker, s.date) == ("svitlana-marchuk", "2025-12-10")


def test_another_mans_title_in_an_apposition_does_not_make_her_a_man(run):
    text = ("Maria Lvova-Belova told RIA Novosti that the children had been reunited with relatives. Oleksandra "
            "Hnatiuk, an adviser in Mr. Zelensky's office who works on the returns, was asked whether Kyiv would "
            "accept a permanent mechanism. \"We will accept anything that brings children home,\" she replied.")
    assert by_content(run(text), "anything that brings").speaker == "oleksandra-hnatiuk"


def test_some_of_the_diplomats_are_the_group_named_in_the_plural(run):
    text = ("A proposal has split the capitals, three EU diplomats told POLITICO. A southern European diplomat said "
            "Rome and Athens were open in principle. Two of the diplomats said no decision was likely before the "
            "spring.")
    assert by_content(run(text), "no decision").speaker == "anon-eu-diplomats"


def test_according_to_the_diplomat_names_the_speaker_not_a_carrier(run):
    text = ("Deputy Foreign Minister Mikhail Galuzin told reporters on Monday that the idea had been conveyed to "
            "Kyiv. According to the diplomat, Kyiv has \"so far not reacted in any way.\"")
    s = by_content(run(text, published="2025-08-26"), "not reacted")
    assert (s.speaker, s.via, s.date) == ("mikhail-galuzin", None, "2025-08-25")


def test_a_clergy_title_is_no_part_of_the_name(run):
    st = run("Interfax quoted Hegumen Serafim Tikhonov as saying that the brethren had been serving under shelling.")
    assert [(s.speaker, s.via) for s in st] == [("serafim-tikhonov", "interfax")]


def test_the_envoy_is_the_ambassador_who_just_spoke(run):
    text = ("Russia's ambassador, Vassily Nebenzia, said Ukrainian forces had shelled the assembly area.\n\n"
            "Late in the session, Nebenzia asked for the floor. \"Our British colleagues have discovered the word "
            "'monitors' rather late,\" the Russian envoy said.")
    assert by_content(run(text), "British colleagues").speaker == "vassily-nebenzia"


def test_the_outlets_earlier_report_dates_what_it_carries(run):
    text = ("Live\n\n09:40 CET\n\nRussia's Defence Ministry has agreed to a six-hour \"humanitarian window,\" TASS "
            "reported this morning. The ministry was quoted by TASS as saying its units would \"observe silence\" "
            "along the route.")
    s = by_content(run(text, published="2025-12-10"), "observe silence")
    assert (s.speaker, s.via, s.date) == ("russian-defence-ministry", "tass", "2025-12-10")


def test_a_question_put_to_the_subject_earlier_dates_the_answer(run):
    # (Trump named before, so it is not the day he was introduced on)
    text = ("Children home\n\nA senior official declined to say whether President Trump had raised the children "
            "with President Putin during their phone call on Oct. 9.\n\nA spokeswoman for the National Security Council said in an email that the United "
            "States strongly supports the mediation.\n\n"
            "Mr. Trump, asked about the children by reporters aboard Air Force One on Sunday, was characteristically "
            "upbeat. \"We're getting a lot of them back. A lot,\" he said.")
    assert by_content(run(text, published="2025-10-16"), "a lot of them back").date == "2025-10-12"


def test_comments_carried_on_a_day_date_the_saying(run):
    st = run("In comments carried by Interfax on Tuesday, Kremlin spokesman Dmitry Peskov said Russia had \"taken "
             "note\" of the proposals.", published="2026-08-20")
    assert [(s.speaker, s.via, s.date) for s in st] == [("dmitry-peskov", "interfax", "2026-08-18")]


def test_a_transcript_after_other_news_takes_the_day_of_the_paragraphs_leading_into_it(run):
    text = ("Port strike\n\nA drone struck an oil terminal in Novorossiysk on Sunday night, the regional governor "
            "said on Monday.\n\n"
            "Kremlin spokesman Dmitry Peskov was asked at his briefing on Tuesday whether the delegation would "
            "still travel to Istanbul. According to a transcript, the exchange went as follows:\n\n"
            "Question: Will the delegation still go to Istanbul?\n\n"
            "Peskov: For now there are no changes to the plans.\n")
    s = by_content(run(text, published="2026-08-26"), "no changes to the plans")
    assert (s.speaker, s.date) == ("dmitry-peskov", "2026-08-25")


def test_the_navy_tagged_a_name_is_the_navy_that_spoke(run):
    # the tagger reads the lower-case "navy" as a proper noun
    st = run("Ukraine's navy said Monday that a bulk carrier had reported a mine-like object off Odesa. The crew "
             "was unharmed and the ship continued to port, the navy said.", published="2026-06-30")
    assert [s.speaker for s in st] == ["ukrainian-navy"] * 2


def test_the_minister_is_the_subject_of_the_sentence_before_not_the_last_minister_to_speak(run):
    text = ("Sybiha said Kyiv welcomed any initiative that saves lives. Foreign Minister Hakan Fidan had spoken "
            "first.\n\nForeign Minister Andrii Sybiha said Ukraine would send experts.\n\n"
            "Fidan refused to be drawn on whether Moscow had agreed. \"It is not for me to speak for the Russian "
            "side,\" the minister said.")
    assert by_content(run(text), "speak for the Russian side").speaker == "hakan-fidan"


def test_the_un_nuclear_watchdog_is_the_iaea(run):
    st = run("The plant, which the UN nuclear watchdog says has relied on emergency diesel generators for nine "
             "days, is shut down.")
    assert [s.speaker for s in st] == ["iaea"]


def test_the_source_is_the_one_source_named_not_the_sources_cited_since(run):
    text = ("Rail link\n\nMOSCOW — The Kremlin is weighing whether to reopen the rail line, a source close to the "
            "Presidential Administration told Meduza.\n\nKommersant reported on Tuesday, citing two sources in the "
            "government, that the ministry had drawn up a timetable.\n\n"
            "\"Nobody here wants to be the first to say yes,\" the source said.")
    st = run(text, published="2026-05-14")
    lede = by_content(st, "The Kremlin is weighing")
    # the parse makes the source an apposition inside the reported clause
    assert (lede.speaker, lede.via) == ("anon-source-close-to-the-presidential-administration", "meduza")
    assert by_content(st, "Nobody here").speaker == "anon-source-close-to-the-presidential-administration"


def test_the_same_interview_is_the_speakers_own_however_far_back(run):
    text = ("“We are close,” Taras Melnyk, a deputy minister, told the Financial Times on Tuesday.\n\n"
            "The Kremlin has been more guarded.\n\n"
            "Dmitry Peskov said contacts were continuing.\n\n"
            "Asked in the same interview whether Kyiv could accept that, Melnyk replied: “The Baltic is not the "
            "Black Sea.”")
    said = by_content(run(text, published="2026-01-14"), "The Baltic")
    assert (said.speaker, said.via, said.date) == ("taras-melnyk", "financial-times", "2026-01-13")


def test_the_same_post_named_deep_in_a_participles_phrase(run):
    text = ("“Our crews went out with water tankers,” Governor Serhii Bondar wrote on Telegram on Sunday.\n\n"
            "Replying to residents in the comments under the same post, the governor said that buses would keep "
            "running.")
    said = by_content(run(text, published="2025-09-08"), "buses would keep")
    assert (said.via, said.date) == ("telegram", "2025-09-07")


def test_a_headline_kicker_is_no_antecedent_for_the_diplomat(run):
    text = ("Moscow ready to swap detained reporters - diplomat\n\n"
            "MOSCOW, February 5. /TASS/. Russia is ready to exchange detained reporters, Russian Foreign Ministry "
            "Ambassador-at-Large Gennady Orlov told TASS.\n\n"
            "\"We have handed over a list of nine names,\" the diplomat said.")
    assert by_content(run(text, published="2026-02-05"), "a list of nine").speaker == "gennady-orlov"


def test_the_commentary_is_its_issuers(run):
    st = run("The Russian Foreign Ministry said in a commentary that the arrests were unlawful. \"International "
             "bodies prefer to keep silent,\" the commentary said.")
    assert by_content(st, "prefer to keep silent").speaker == "russian-foreign-ministry"


def test_a_title_written_large_refers_back_to_its_holder(run):
    text = ("Verkhovna Rada Commissioner for Human Rights Dmytro Lubinets said on Friday that the talks went "
            "well.\n\nAsked whether families could write to the commission, the Ombudsman said: \"Yes, they "
            "can.\"")
    assert by_content(run(text, published="2026-08-29"), "Yes, they").speaker == "dmytro-lubinets"


def test_a_lede_whose_subject_speaks_all_day_dates_the_sayings_after_it(run):
    text = ("Putin at year-end press conference: Donbas and elections\n\n"
            "MOSCOW - Vladimir Putin spent more than four hours on Friday answering questions from journalists at "
            "his annual press conference. Below are excerpts of what he said on the war.\n\n"
            "On the talks, Putin said Russia was ready to negotiate.\n\n"
            "He said the Istanbul format had shown it can work.\n")
    st = run(text, published="2025-12-19")
    assert [(s.speaker, s.date) for s in st if "excerpts" not in s.content and s.cue != ":"] == [
        ("vladimir-putin", "2025-12-19"), ("vladimir-putin", "2025-12-19")], st
    assert not any(s.content.startswith("Below are") for s in st), st  # "what he said" holds no words


def test_a_lede_s_title_owned_by_a_country_names_the_next_paragraph_s_speaker():
    from parley.pipeline import extract_text
    text = ("Kyiv official says maps to be swapped\n\n"
            "KYIV, Ukraine (AP) — Russia and Ukraine have agreed to exchange maps of minefields, Ukraine’s deputy "
            "defense minister told The Associated Press on Thursday.\n\n"
            "Hanna Sydorenko, who oversees demining for the ministry, said the first maps would arrive within two "
            "weeks.\n\n"
            "Asked about Donetsk, the minister replied: “Let us first see whether the first envelope arrives.”\n")
    statements = extract_text(text, published="2026-05-14").statements
    said = [(s.speaker, s.date) for s in statements if s.speaker != "anon-kyiv-official"]
    assert said == [("hanna-sydorenko", "2026-05-14")] * 3, said


def test_asked_at_a_briefing_on_a_day_dates_the_answer(run):
    st = run("Headline\n\nKremlin spokesman Dmitry Peskov, asked about the Kommersant report at his briefing on "
             "Tuesday, said he had “nothing to announce.”", published="2025-09-17")
    assert by_content(st, "nothing to announce").date == "2025-09-16"


def test_a_quantifier_speaks_for_the_group_named_before(run):
    st = run("Headline\n\nDiplomats expect the Rada to hold the second reading before the end of the year. "
             "Several said privately that a tighter list of exclusions would help.")
    assert by_content(st, "a tighter list").speaker == "anon-diplomats"


def test_a_name_set_off_after_a_long_title_the_tagger_left_untyped_holds_it(run):
    st = run("Headline\n\nIn Kyiv, a spokeswoman for the state railway company Ukrzaliznytsia, Iryna "
             "Kostenko, refused to be drawn on the talks, saying only that the company “does not comment "
             "on hypothetical routes.”")
    assert by_content(st, "does not comment").speaker == "iryna-kostenko"


def test_the_ombudswoman_is_the_human_rights_commissioner(run):
    st = run("Headline\n\nInterfax quoted Russian human rights commissioner Tatyana Moskalkova as saying that she had "
             "discussed the exchange by phone.\n\nAccording to the ombudswoman, the men will first be brought to a "
             "military hospital in Ankara.")
    assert by_content(st, "the men will first").speaker == "tatyana-moskalkova"


def test_a_telegram_channel_speaks_through_telegram(run):
    st = run("Headline\n\nThe Telegram channel Severny Veter, which has around 400,000 subscribers, wrote that the "
             "train would be “a gift to saboteurs.”")
    said = by_content(st, "a gift to saboteurs")
    assert (said.speaker, said.via) == ("severny-veter", "telegram"), said


def test_the_one_briefed_on_a_day_answers_the_briefer_that_day(run):
    st = run("Headline\n\nWitkoff briefed Ukraine's chief negotiator, Rustem Umerov, by phone on Monday. Umerov told "
             "him any transit arrangement \"must not become a source of revenue for Russia,\" according to a "
             "readout.", published="2026-02-25")
    said = by_content(st, "must not become")
    assert (said.speaker, said.date) == ("rustem-umerov", "2026-02-23"), said


def test_telling_a_conference_on_the_lede_s_day_dates_the_saying(run):
    st = run("Headline\n\nWARSAW — Governments and development banks on Monday launched a fund to rebuild Ukraine's "
             "power grid.\n\nPrime Minister Yulia Svyrydenko told the conference that \"every destroyed substation "
             "has an address for the invoice.\"", published="2026-10-06")
    assert by_content(st, "every destroyed substation").date == "2026-10-05"


@pytest.mark.parametrize("body", ["The Foreign Ministry", "The ministry"])
def test_a_body_named_without_its_country_is_the_one_its_spokeswoman_speaks_for(run, body):
    st = run("Headline\n\nForeign Ministry spokeswoman Maria Zakharova said at a briefing on Wednesday that Kyiv was "
             f"lying. {body} said in a commentary that any attempt to dictate the agenda would be rejected.")
    assert by_content(st, "dictate the agenda").speaker == "russian-foreign-ministry"


def test_the_agency_s_interlocutor_is_its_unnamed_source(run):
    st = run("Headline\n\nRussia is ready for a new round, a source in the diplomatic corps told RIA Novosti on "
             "Thursday.\n\n\"The dates are being agreed,\" the agency's interlocutor said.", published="2026-08-06")
    assert by_content(st, "dates are being agreed").speaker == "anon-source-in-the-diplomatic-corps"


def test_a_name_set_off_after_an_according_to_title_speaks_and_carries_nothing(run):
    st = run("Headline\n\nAccording to the head of the Russian delegation, Vladimir Medinsky, Moscow has handed over "
             "a list of 1,200 names.")
    said = by_content(st, "handed over")
    assert (said.speaker, said.via) == ("vladimir-medinsky", None), said
    assert said.content.startswith("Moscow has handed over"), said.content


def test_a_titled_name_opening_a_question_addresses_someone_and_does_not_speak():
    from parley.pipeline import extract_text
    text = ("Press conference\n\nMODERATOR: The first question.\n\n"
            "QUESTION (Ukrinform): Minister Keller, Moscow says Geneva is no longer neutral. Will you still host talks?"
            "\n\nKELLER: Our offer stands.\n")
    said = [s for s in extract_text(text, published="2026-03-18").statements if "Geneva" in s.content]
    assert [s.speaker for s in said] == ["russia"], said


def test_a_label_that_is_a_title_is_the_one_person_the_text_gives_it():
    from parley.pipeline import extract_text
    text = ("Press conference by NATO Secretary General Mark Rutte\n\n"
            "MODERATOR: The Secretary General will start.\n\n"
            "SECRETARY GENERAL: Today ministers agreed to fund a new sensor network.\n")
    said = [s for s in extract_text(text, published="2026-10-27").statements if "sensor network" in s.content]
    assert [s.speaker for s in said] == ["mark-rutte"], said


def test_a_name_past_its_apposition_after_a_fronted_participle_speaks_through_its_outlet(run):
    st = run('Headline\n\nThe UAE foreign ministry said in a statement carried by the state news agency WAM that it '
             'would continue its efforts.\n\nSpeaking to Al Jazeera, Anwar Gargash, diplomatic adviser to the UAE '
             'president, said the Gulf states had "earned the trust of both capitals."')
    said = by_content(st, "earned the trust")
    assert (said.speaker, said.via) == ("anwar-gargash", "al-jazeera"), said


def test_the_mp_is_the_unnamed_mp_introduced_before(run):
    st = run('Headline\n\nAn MP from the opposition Holos faction, who asked not to be named, told Suspilne that 30 '
             'deputies would vote against. "Nobody wants to sign it," the MP said.', published="2026-09-10")
    assert by_content(st, "Nobody wants").speaker == "anon-mp-from-the-opposition-holos-faction"


def test_a_pronoun_after_a_definite_title_subject_is_that_title_holder(run):
    st = run("Briefing\n\nMR LANE: Secretary Rubio spoke yesterday with the Qatari prime minister.\n\n"
             "QUESTION: Did the Secretary raise the children with Foreign Minister Lavrov last week?\n\n"
             "MR LANE: He did. The Secretary has raised it in every contact with the Russian side. He made clear "
             "that this is a humanitarian file.", published="2026-03-03")
    said = [s for s in st if s.content.startswith("that this is a humanitarian file")]
    assert [s.speaker for s in said] == ["marco-rubio"], st


def test_an_outlet_s_own_sources_speak_through_it_whenever_they_speak(run):
    st = run('Headline\n\nThe office wants a spring vote, UP sources in the presidential office said.\n\n'
             'According to two of the sources, the team wants six months of campaigning. "A hurried vote would be '
             'a gift to Moscow," one of them said.', published="2026-09-10")
    for fragment in ("spring vote", "six months", "gift to Moscow"):
        said = by_content(st, fragment)
        assert (said.speaker, said.via) == ("anon-up-sources-in-the-presidential-office", "ukrainska-pravda"), said


def test_the_governor_is_the_head_of_a_regional_military_administration(run):
    st = run('Headline\n\n"We will not leave our villages," Oleh Hryhorov, head of the Kharkiv regional military '
             'administration, told Suspilne on Monday.\n\nHryhorov said in the same interview that schools would '
             'stay closed. "Parents ask me only one thing," the governor added.', published="2026-06-03")
    assert by_content(st, "Parents ask me").speaker == "oleh-hryhorov"


def test_a_side_s_dated_reply_dates_its_people_s_words_after_it(run):
    st = run('Headline\n\nNordic leaders called for new sanctions on Monday.\n\nMoscow\'s reply came on Tuesday. '
             'Foreign Ministry spokeswoman Maria Zakharova said new sanctions were "illegitimate".\n\n'
             'Norway\'s prime minister said his country would join the package.', published="2026-09-23")
    assert by_content(st, "illegitimate").date == "2026-09-22"
    assert by_content(st, "join the package").date is None  # (not of Moscow's side)


def test_citing_a_press_service_makes_the_service_speak_and_the_reporter_carry(run):
    st = run("Headline\n\nSuspilne reported, citing the Ukrainian Navy's press service, that the first sweep would "
             "cover about 40 square kilometers.", published="2026-02-26")
    said = by_content(st, "first sweep")
    assert (said.speaker, said.via) == ("ukrainian-navy", "suspilne"), said


def test_an_interview_with_a_blogger_is_carried_by_the_blogger(run):
    st = run("Headline\n\nMajor General Viktor Sokolenko said on Wednesday in an interview with the pro-Kremlin "
             'blogger Artyom Zhilin that the ferries would be "a gift to Ukrainian intelligence."',
             published="2025-10-09")
    assert by_content(st, "ferries").via == "artyom-zhilin"


def test_a_ranked_name_set_off_after_an_according_to_title_is_the_source(run):
    st = run("Headline\n\nAccording to the head of the Russian delegation, Major General Alexei Vorontsov, the "
             "working group has so far clarified the fate of about 1,300 people.", published="2026-08-06")
    said = by_content(st, "working group")
    assert said.speaker == "alexei-vorontsov" and not said.content.startswith("Major"), said


def test_him_goes_back_to_one_source_whose_description_ends_in_s(run):
    st = run('Headline\n\nMOSCOW, August 6 (RIA Novosti) - Experts have agreed to meet, a source in the diplomatic '
             'corps told RIA Novosti on Thursday.\n\n"The sides have agreed," the source said.\n\n'
             "According to him, the next session is scheduled for August 19.", published="2026-08-06")
    said = by_content(st, "next session")
    assert (said.speaker, said.via) == ("anon-source-in-the-diplomatic-corps", "ria-novosti"), said


def test_a_commentary_published_on_a_day_dates_what_it_says(run):
    st = run('Headline\n\nThe Russian Foreign Ministry said in a commentary published on its website on Wednesday '
             'evening that Moscow "proceeds from the principle of all for all."', published="2026-08-06")
    assert by_content(st, "all for all").date == "2026-08-05"


def test_an_outlet_unable_to_confirm_an_account_says_nothing(run):
    st = run("Headline\n\nA source in the defense ministry told Meduza that the boats could start in spring. "
             "Meduza was unable to confirm this source's account.", published="2025-10-09")
    assert [s.content for s in st] == ["that the boats could start in spring"], st


def test_a_name_the_parse_made_subject_of_its_own_relative_clause_speaks_undated(run):
    st = run("Headline\n\nOlha Semeniuk, whose son Taras, a marine, was captured near Vovchansk in May 2024, said she "
             "was told on Friday that his name had been dropped.", published="2026-06-15")
    said = by_content(st, "his name had been dropped")
    assert (said.speaker, said.date) == ("olha-semeniuk", None), said


def test_accented_names_and_new_platforms_keep_their_letters_and_carry(run):
    st = run('Headline\n\nOn the left, France Unbowed MP Inès Cabrol wrote on Bluesky that "diplomacy, not only '
             'weapons, will end this war."\n\n"We handed over a verified list," Ukraine\'s ombudsman, Dmytro '
             "Lubinets, told Current Time on Sunday.", published="2025-11-16")
    assert (by_content(st, "diplomacy").speaker, by_content(st, "diplomacy").via) == ("ines-cabrol", "bluesky")
    assert by_content(st, "verified list").via == "current-time"


def test_a_transcript_of_an_interview_broadcast_on_a_day_dates_the_answers(run):
    st = run("Headline\n\nTranscript of an interview broadcast on Wednesday evening on Radio Nord. Retired General "
             "Tadeusz Mrozek spoke to presenter Anna Wilk.\n\nWILK: Is a ceasefire realistic?\n\nMROZEK: Realistic, "
             "yes, but only with monitors on the line.\n\nWILK: And NATO?\n\nMROZEK: In principle, Ukraine belongs "
             "in NATO.\n\nWILK: Thank you.\n", published="2026-01-22")
    assert [s.date for s in st if s.content.startswith(("Realistic", "In principle"))] == ["2026-01-21"] * 2, st
    # whom he spoke to is no statement
    assert not [s for s in st if s.content.startswith("to presenter")], st


def test_an_outlets_journalist_told_and_a_trailing_interview_carry_the_words(run):
    st = run('Headline\n\nPolish Foreign Minister Radoslaw Sikorski on Sunday urged Washington to keep its '
             'sanctions, warning in an interview on CBS\'s "Face the Nation" that relief "would reward the '
             'aggressor."\n\n"Pressure works," Sikorski told CBS News\' Ana Ruiz in Warsaw. "Nothing else has."',
             published="2026-03-09")
    assert {s.via for s in st} == {"cbs-news"}, [(s.content, s.via) for s in st]


def test_an_embassy_is_a_body_of_its_own_and_its_statement_goes_to_the_outlet(run):
    st = run("Headline\n\nRussia's Embassy in Rome, in a statement to Reuters, said the report was "
             "\"fiction.\"\n\nThe Polish embassy in Berlin said it had no information. The embassy later "
             "said it would respond in writing.", published="2026-03-09")
    fiction = by_content(st, "fiction")
    assert (fiction.speaker, fiction.via) == ("russian-embassy-in-rome", "reuters")
    assert by_content(st, "no information").speaker == "polish-embassy-in-berlin"
    assert by_content(st, "in writing").speaker == "polish-embassy-in-berlin"


def test_words_told_as_the_speaker_arrived_are_content_dated_by_the_arrival(run):
    st = run("Headline\n\nThe Dutch prime minister, Dick Schoof, told reporters as he arrived on Tuesday that "
             "his government would not accept the risk alone.", published="2026-03-12")
    said = by_content(st, "would not accept the risk alone")
    assert (said.speaker, said.date) == ("dick-schoof", "2026-03-10")


def test_an_address_in_the_speakers_relative_clause_dates_the_words(run):
    st = run("Headline\n\nVolodymyr Zelensky, who addressed the summit by video link on Tuesday morning, urged "
             "leaders not to wait.\n\nAlexander Stubb, who has spoken to Trump several times this year, said "
             "Europe must act.", published="2026-03-12")
    assert by_content(st, "not to wait").date == "2026-03-10"
    assert by_content(st, "Europe must act").date is None


def test_the_outlet_told_hears_the_second_verb_of_the_same_subject(run):
    st = run("Headline\n\nNATO's secretary general, Mark Rutte, told the BBC that allies would stand by Kyiv, "
             "but said it was too early to name the countries.", published="2026-03-12")
    assert [s.via for s in st] == ["bbc", "bbc"], [(s.content, s.via) for s in st]


def test_a_present_perfect_lede_takes_the_day_of_the_quotation_after_it(run):
    st = run('Headline\n\nVolodymyr Zelensky has said the first monitors could arrive in the spring. "We are '
             'ready," the Ukrainian president said in his nightly address on Wednesday.\n\nSybiha has repeatedly '
             'said the talks must go on. "Nothing has changed," Sybiha said on Monday.', published="2026-03-12")
    assert by_content(st, "first monitors").date == "2026-03-11"
    assert by_content(st, "talks must go on").date is None


def test_a_label_with_a_title_and_another_spelling_finds_the_person(run):
    st = run("Headline\n\nHOST: Let's hear what President Zelenskyy said.\n\nPRESIDENT VOLODYMYR ZELENSKYY: "
             "I am not afraid of elections.\n", published="2026-03-12")
    assert by_content(st, "not afraid").speaker == "volodymyr-zelensky"


def test_a_lower_case_body_name_is_the_profiles_body(run):
    st = run("Headline\n\nUkraine's coordination headquarters for the treatment of prisoners of war said 84 "
             "soldiers had returned. Most had been held since 2022, the headquarters said.", published="2026-03-12")
    assert {s.speaker for s in st} == {"coordination-headquarters-for-the-treatment-of-prisoners-of-war"}


def test_a_place_the_tagger_takes_for_a_name_and_a_sons_relative_clause_leave_her_her_own(run):
    st = run('Headline\n\nAmong those in the gallery was Oksana Hrytsiv, 61, from Zaporizhzhia, whose son Petro, '
             'a sapper, has been held since 2023.\n\n"They promised us August," Hrytsiv told Kyiv Post after the '
             'session.\n\nShe said his last letter came through the Red Cross.', published="2026-09-18")
    letter = by_content(st, "last letter")
    assert (letter.speaker, letter.via) == ("oksana-hrytsiv", "kyiv-post"), letter


def test_a_blogger_is_a_person_who_may_carry_words(run):
    st = run('Headline\n\nNationalist blogger Pavel Gusev, whose channel has 400,000 subscribers, wrote on his '
             'Telegram channel on Tuesday that any deal would be "a betrayal." "Nobody asked the front," he wrote.',
             published="2026-06-17")
    assert {(s.speaker, s.via) for s in st} == {("pavel-gusev", "telegram")}, [(s.speaker, s.via) for s in st]


def test_an_outlets_own_sources_and_one_of_them(run):
    st = run('Headline\n\nTwo sources close to the Presidential Administration told Meduza the line had changed. '
             '"It is first the plant now," one of the sources said. The decision, he added, came in May.\n\n'
             'Meduza\'s sources close to the Presidential Administration doubt it will last. "It is a trial '
             'balloon," one of them said.', published="2026-06-17")
    ids = {(s.speaker, s.via) for s in st}
    assert ids == {("anon-sources-close-to-the-presidential-administration", "meduza")}, ids


def test_the_outlet_and_the_thinktank_refer_back(run):
    st = run("Headline\n\nRBC reported, citing a source, that the talks could resume next week. Medinsky will "
             "again lead the delegation, the outlet added.\n\nThe Centre for Eastern Studies said in its latest "
             "report that Russia was short of shells. The Warsaw-based thinktank added that the shortage would "
             "last.", published="2026-06-17")
    assert by_content(st, "lead the delegation").speaker == "rbc"
    assert by_content(st, "shortage would last").speaker == "centre-for-eastern-studies"


def test_a_statement_released_by_a_body_speaks_for_it_and_carries_nothing(run):
    st = run("Headline\n\nLavrov said Russia valued the envoy's visit, according to a statement released by the "
             "Russian Foreign Ministry after the talks. The Ukrainian side set out its position, according to a "
             "statement released by the Ukrainian Foreign Ministry on Wednesday.", published="2026-05-19")
    valued = by_content(st, "valued the envoy")
    assert (valued.speaker, valued.via) == ("sergei-lavrov", None)
    assert by_content(st, "set out its position").speaker == "ukrainian-foreign-ministry"


def test_an_apposition_running_up_to_the_verb_after_a_participle_is_its_subject(run):
    st = run("Headline\n\nVolodymyr Zelensky has met many visitors this autumn.\n\nSpeaking at a news conference in "
             "Kyiv on Wednesday with the Finnish president, Alexander Stubb, the Ukrainian leader said a pause would "
             "save lives.", published="2025-11-20")
    said = by_content(st, "save lives")
    assert (said.speaker, said.date) == ("volodymyr-zelensky", "2025-11-19")


def test_a_broadcast_host_opening_dates_the_answers_and_a_clip_its_own_day(run):
    st = run("Meet the Press\n\nHOST: Good Sunday morning. Talks resume in Geneva on Tuesday. Joining me this "
             "morning is Treasury Secretary Scott Bessent.\n\nSCOTT BESSENT: Nothing comes off until there is a "
             "ceasefire.\n\nHOST: But President Putin said on Thursday that relief must come first.\n\nSCOTT "
             "BESSENT: Look, I read his remarks. He said, and I am quoting him, \"Russia will not disarm its "
             "economy.\" And Chancellor Merz put it well when we spoke on Wednesday. He told me, \"Europe has "
             "paid twice.\"\n\nHOST: President Zelensky sat down with NBC News' Ana Ruiz in Kyiv on Friday. "
             "Take a listen.\n\n(BEGIN VIDEOTAPE)\n\nPRESIDENT VOLODYMYR ZELENSKY [through translator]: We will "
             "not pay for the next war.\n\n(END VIDEOTAPE)\n", published="2026-03-22")
    assert by_content(st, "Nothing comes off").date == "2026-03-22"
    assert [s.date for s in st if s.speaker == "vladimir-putin" and "disarm" in s.content] == ["2026-03-19"]
    assert [s.date for s in st if s.speaker == "friedrich-merz"] == ["2026-03-18"]
    clip = by_content(st, "next war")
    assert (clip.speaker, clip.date, clip.via) == ("volodymyr-zelensky", "2026-03-20", "nbc-news")


def test_a_hearing_dates_what_was_told_to_its_members(run):
    st = run('Headline\n\nMembers of parliament on Thursday pressed officials over a stalled swap.\n\nOmbudsman '
             'Dmytro Lubinets told MPs that Russia had frozen the exchange after Kyiv sent its lists on Aug. 29.\n\n'
             '"We did everything agreed," Lubinets said during the hearing.', published="2026-09-18")
    assert [s.date for s in st if s.speaker == "dmytro-lubinets"] == ["2026-09-17"] * 2, st


def test_a_profiles_present_tense_is_dated_by_the_reporters_meeting(run):
    st = run("Rustem Umerov, the negotiator\n\nThe room has blackout curtains and a map of the front. Rustem "
             "Umerov, Ukraine's chief negotiator, has slept in his office more often than at home since November, "
             "he says, and it shows: when I meet him this week he has come from a call with the Americans.\n\n"
             "In 2022, as a member of the delegation that met Russian officials in Istanbul, he told Ukrainian "
             "television that \"the talks are a front.\"", published="2026-07-18")
    assert by_content(st, "slept in his office").date == "2026-W29"
    assert by_content(st, "talks are a front").date == "2022"


def test_a_given_name_the_profile_lists_makes_a_person_the_tagger_missed(run):
    st = run("Headline\n\nRussia's ombudswoman, Tatyana Moskalkova, said the handover went smoothly.\n\nFor Natalia "
             "Hrytsenko, the wait lasted three years. Her son was taken from a camp in 2022.\n\n\"He is taller "
             "than me now,\" she told Al Jazeera.", published="2026-01-10")
    said = by_content(st, "taller than me")
    assert (said.speaker, said.via) == ("natalia-hrytsenko", "al-jazeera"), said


def test_a_capitalised_institution_is_an_organisation_named_in_full(run):
    st = run("Headline\n\nThe Institute for the Study of War said Russian troops were using fog to advance. His "
             "critics say the report is late.", published="2026-01-10")
    assert by_content(st, "using fog").speaker == "institute-for-the-study-of-war"
    assert by_content(st, "report is late").speaker == "anon-critics"


def test_the_statement_is_the_dated_one_made_in_a_statement_before(run):
    st = run("Headline\n\nThe envoy spent three hours at the presidential office, Zelenskyy's office said in a "
             "statement Monday.\n\n\"We spoke frankly,\" Zelenskyy said in the statement.", published="2026-02-16")
    # (the office is a body of its own, so its statement's day no longer comes with Zelenskyy's name)
    assert by_content(st, "three hours").speaker == "office-of-the-president-of-ukraine"
    assert by_content(st, "spoke frankly").date == "2026-02-16"
    # what is said of the statement is no saying in it
    st = run("Headline\n\nThe leaders called for new sanctions in a statement on Monday.\n\nFrom Moscow, Maria "
             "Zakharova called the statement \"a manifesto\" and said new sanctions were \"illegitimate.\"",
             published="2026-03-12")
    assert by_content(st, "illegitimate").date is None


def test_according_to_one_of_the_sources_the_sources_speak(run):
    st = run("Headline\n\nThree sources familiar with the talks told Reuters on Tuesday that a deal was close. "
             "According to one of the sources, the Russian delegation proposed that observers come from Serbia.",
             published="2026-10-14")
    said = by_content(st, "observers come from Serbia")
    assert (said.speaker, said.date) == ("anon-sources-familiar-with-the-talks", "2026-10-13"), said


def test_a_titled_label_opens_a_transcript_and_a_clip_keeps_its_own_day(run):
    # labels with a role run past the 40 characters a bare label is looked for in, and "):" is a
    # bracket and a colon, not an emoticon
    st = run("Sikorski on the talks\n\nSTATE OF THE UNION. Interview With Polish Foreign Minister Radoslaw Sikorski. "
             "Aired September 20, 2026.\n\nDANA BASH, CNN HOST: Welcome back. The General Assembly opens on Tuesday. "
             "Joining me this morning is Radoslaw Sikorski.\n\nBASH: Here is Russian Foreign Minister Sergey Lavrov "
             "on Thursday.\n\n(BEGIN VIDEO CLIP)\n\nSERGEY LAVROV, RUSSIAN FOREIGN MINISTER (through translator): "
             "The Europeans will not be guarantors.\n\n(END VIDEO CLIP)\n\nBASH: Your response?\n\nSIKORSKI: Nobody "
             "in Warsaw asked him for permission.\n\nBASH: Thank you.\n\nSIKORSKI: I expect contacts, not a "
             "breakthrough.\n", published="2026-09-20")
    clip = by_content(st, "not be guarantors")
    assert (clip.speaker, clip.date) == ("sergei-lavrov", "2026-09-17")
    assert [s.date for s in st if s.speaker == "radoslaw-sikorski" and "Nobody" in s.content] == ["2026-09-20"]


def test_a_host_label_on_a_line_of_its_own_runs_into_the_opening(run):
    st = run("When will Ukrainians vote?\n\nANNA KESSLER, HOST:\n\nA ceasefire has held for five weeks. Olha Vasylenko "
             "is deputy chair of the election commission, and we reached her in Kyiv today.\n\nOLHA VASYLENKO: "
             "Thank you.\n\nKESSLER: Is Ukraine ready?\n\nVASYLENKO: Technically, we could be ready about 90 days "
             "after martial law ends.\n\nKESSLER: And the voters abroad?\n\nVASYLENKO: We are looking at several "
             "options.\n", published="2026-02-17")
    assert [s.date for s in st if s.speaker == "olha-vasylenko"] == ["2026-02-17"] * 2, st


def test_a_holiday_right_after_the_cue_names_what_is_offered_not_when(run):
    # (the headline's offer took Easter's day, and the lede the headline's)
    st = run("Zelensky offers Easter air truce as Kremlin demands guarantees\n\nKyiv (AFP) - Ukrainian President "
             "Volodymyr Zelensky said Ukraine was ready to stop long-range strikes on Russian energy facilities over "
             "Orthodox Easter if Moscow did the same.", published="2026-04-10")
    assert all(s.date != "2026-04-12" for s in st), st


def test_a_reporters_narration_in_a_package_is_no_statement_and_a_since_date_no_saying_day(run):
    st = run("Soldiers doubt the pause\n\nSTEVE INSKEEP, HOST:\n\nThe pause took effect on Wednesday. NPR's Rebecca "
             "Saltz reports from the Zaporizhzhia region.\n\nREBECCA SALTZ, BYLINE: The artillery here has not "
             "paused.\n\nSALTZ: Sergeant Oleh Marchuk has been in this sector since the spring of 2023, and he says "
             "the deal changes nothing for him.\n\nOLEH MARCHUK: (Through interpreter) They agreed not to hit power "
             "stations.\n\nSALTZ: For NPR News, I'm Rebecca Saltz.\n", published="2026-03-27")
    assert not [s for s in st if s.speaker == "rebecca-saltz"], st
    said = by_content(st, "changes nothing")
    assert (said.speaker, said.date) == ("oleh-marchuk", None)


def test_a_council_session_in_the_lede_dates_what_its_members_were_told(run):
    # the parse hangs "that Washington wanted ..." on "council" as a relative clause
    st = run("Council splits\n\nThe United States and Russia clashed at the UN Security Council on Monday over how to "
             "end the war.\n\nU.S. Ambassador Mike Waltz told the 15-member council that Washington wanted \"a "
             "complete and unconditional ceasefire,\" to be followed at once by direct talks.\n", published="2026-02-24")
    said = by_content(st, "Washington wanted")
    assert (said.speaker, said.date) == ("mike-waltz", "2026-02-23")
    assert said.content.startswith("that Washington")


def test_a_subject_the_parse_made_the_root_speaks_for_its_second_verb(run):
    st = run("Council\n\nChina’s U.N. ambassador, Fu Cong, called for “restraint by all parties” and said any mission "
             "would require “the consent of both sides.”", published="2026-09-23")
    said = by_content(st, "consent of both sides")
    assert said.speaker == "fu-cong"
    # (its verbs are no part of the source: not "..., Fu Cong, called for “restraint by all parties” and")
    assert said.source_span[1] - said.source_span[0] == len("China’s U.N. ambassador, Fu Cong")


def test_both_leaders_a_lede_has_speaking_on_its_day_are_dated_by_it(run):
    st = run("Force is ready\n\nPARIS — Emmanuel Macron and Volodymyr Zelensky stood side by side in the courtyard on "
             "Monday evening and told reporters that a European force was ready.\n\n\"It will deploy the day after a "
             "ceasefire, and not one day before,\" Macron said.\n\nZelensky said he wanted guarantees \"that work on the "
             "first day.\"", published="2025-10-14")
    assert by_content(st, "wanted guarantees").date == "2025-10-13"


def test_a_present_tense_story_dates_its_sayings_by_the_scene_it_has_reached(run):
    st = run("On the road\n\nThe night train leaves at 8.40pm. It is 2 June, and the delegation is on its way to "
             "Geneva.\n\n“Every line on this map has a name,” Oleh Marchenko tells me.\n\nBy the time the train pulls "
             "into Przemysl the next morning, Marchenko has moved on. “Commas are where people die,” he says.\n\n"
             "On 4 June, after the first day of talks, Rustem Umerov walks out to the cars. “Better than Istanbul,” "
             "he says.", published="2026-06-14")
    assert [by_content(st, w).date for w in ("Every line", "Commas", "Better than")] == \
        ["2026-06-02", "2026-06-03", "2026-06-04"]


def test_a_day_that_ends_the_subjects_relative_clause_is_not_the_sayings(run):
    st = run("H\n\nOn 16 May 2025 the delegations met in Istanbul. One negotiator who was in the room that day said the "
             "Russian side opened by reading out demands.", published="2026-06-14")
    assert by_content(st, "opened by reading").date is None


def test_the_guest_a_speaker_received_shares_the_occasion(run):
    st = run("Seat at the table\n\nPresident Emmanuel Macron said on Monday that Europe would not accept a deal "
             "\"negotiated over its head,\" as he received his Finnish counterpart, Alexander Stubb, at the Elysee "
             "Palace.\n\nStubb said Finland was ready to contribute officers to such a mission.", published="2026-07-14")
    assert by_content(st, "ready to contribute").date == "2026-07-13"


def test_an_outlets_counted_sources_and_its_dated_memo(run):
    st = run("Memo\n\nThe Kremlin wants its negotiators to stall, according to an internal memo seen by Meduza. Two of "
             "Meduza’s sources in the presidential administration confirmed that the document was genuine.\n\n"
             "According to the memo, dated August 11, Russian negotiators should keep the format alive.",
             published="2026-08-22")
    sources = by_content(st, "document was genuine")
    assert (sources.speaker, sources.via, sources.date) == ("anon-sources-in-the-presidential-administration",
                                                            "meduza", None)  # (the memo's date is not theirs)
    assert [by_content(st, w).date for w in ("wants its negotiators", "keep the format")] == ["2026-08-11"] * 2
    assert not by_content(st, "keep the format").content.startswith("dated")


def test_what_an_outlet_learned_from_sources_is_theirs_carried_by_it(run):
    st = run("Talks\n\nAnadolu has learned from diplomatic sources that the delegations also discussed a new exchange "
             "of prisoners.", published="2026-01-20")
    said = by_content(st, "new exchange")
    assert (said.speaker, said.via) == ("anon-diplomatic-sources", "anadolu-agency")


def test_a_private_person_speaks_to_the_outlet_they_told_all_through_the_story(run):
    st = run("War dead\n\nOlha Marchenko, whose husband has been missing near Pokrovsk since March, told the BBC she had "
             "given a DNA sample.\n\nThe ministry said 1,000 bodies had been returned.\n\nFor Ms Marchenko, the "
             "numbers offer little comfort. She says she now sleeps with her phone next to her pillow.\n\nThe "
             "ministry's spokesman said more exchanges were planned.", published="2026-05-20")
    assert by_content(st, "sleeps with her phone").via == "bbc"
    assert by_content(st, "more exchanges").via is None


def test_a_hearing_the_lede_dates_dates_all_who_speak_at_it(run):
    st = run("Senators press Treasury\n\nWASHINGTON — A senior Treasury official told the Senate Foreign Relations "
             "Committee on Tuesday that sanctions would be eased only as part of a deal.\n\nDaniel Kessler, the "
             "assistant secretary, said the measures were working.\n\nThe committee's chairman, Senator Jim Risch, "
             "said he supported the effort to negotiate.", published="2026-06-17")
    assert [by_content(st, w).date for w in ("measures were working", "supported the effort")] == ["2026-06-16"] * 2


def test_the_text_is_the_last_unnamed_document_that_spoke(run):
    st = run("Memo\n\nThe Kremlin wants delay, according to an internal memo seen by Meduza.\n\nThe text also instructs "
             "officials to stress in public that Moscow remains open to dialogue.", published="2026-08-22")
    assert by_content(st, "remains open to dialogue").speaker == "anon-internal-memo-seen-by-meduza"


def test_he_in_a_turn_is_not_the_turns_speaker(run):
    st = run("Interview\n\nGEOFF HALL: Senator, welcome back.\n\nSEN. PAUL WHITMORE: Thanks. Good to be home.\n\n"
             "GEOFF HALL: You spent two hours with President Zelensky. What did he tell you?\n\n"
             "SEN. PAUL WHITMORE: Well, he was blunt with us. He said, \"We are ready to sign a ceasefire on the "
             "current line.\" I think every American should hear that.\n")
    # the titled label makes the answer a turn (its "he" looks past the turn's own speaker)
    assert by_content(st, "he was blunt with us").speaker == "paul-whitmore"
    quoted = [s for s in st if s.content.startswith('"We are ready')]
    assert [s.speaker for s in quoted] == ["volodymyr-zelensky"]


def test_a_name_opening_a_misparsed_sentence_with_its_title_is_a_new_subject(run):
    st = run("Summit\n\nEuropean Council President Antonio Costa said leaders would return to the question in June.\n\n"
             "Hungarian Prime Minister Viktor Orban, who left the building before the final session, dug in. "
             "\"Ukraine is not ready, and Europe is not ready for Ukraine,\" he wrote in a post on X late on Thursday.\n")
    assert by_content(st, "Ukraine is not ready").speaker == "viktor-orban"


def test_an_outlet_named_like_one_is_the_intermediary(run):
    st = run("Talks\n\nKaja Kallas told Meridian Radio on Friday that the bloc could not wait.\n")
    assert by_content(st, "could not wait").via == "meridian-radio"


def test_the_one_met_in_a_when_clause_speaks(run):
    st = run("Interview\n\nINTERVIEWER: President Trump wrote last week that both sides must stop wasting time. "
             "Is Washington losing patience?\n\nHNATYUK: I would not put it that way. When I met Steve Witkoff in New "
             "York last month, he told me: “Nobody is going to push you into a bad deal.”\n")
    quoted = [s for s in st if s.content.startswith("“Nobody")]
    assert [s.speaker for s in quoted] == ["steve-witkoff"]


def test_a_story_built_on_one_interview_carries_the_interviewees_words_throughout(run):
    st = run("Grushko\n\nMOSCOW, December 21 (RIA Novosti) – European troops in Ukraine would be unacceptable, Russian "
             "Deputy Foreign Minister Alexander Grushko said in an interview given to RIA Novosti.\n\n"
             "The European Union, as he put it, has chosen to be a party to the conflict.\n\n"
             "Kremlin spokesman Dmitry Peskov said on Friday that Moscow was studying the proposals.\n\n"
             "Grushko said that Brussels had learned nothing over the past four years.\n", published="2025-12-21")
    assert by_content(st, "learned nothing").via == "ria-novosti"
    assert by_content(st, "studying the proposals").via is None


def test_the_press_service_is_the_body_whose_press_service_spoke(run):
    st = run("Headline\n\nUkraine has returned 46 civilians, including 12 children, who had been held in Russia, the press "
             "service of the Coordination Headquarters for the Treatment of Prisoners of War reports.\n\n"
             "According to the press service, the civilians crossed the border on Friday evening.\n",
             published="2025-11-20")
    hq = "coordination-headquarters-for-the-treatment-of-prisoners-of-war"
    assert by_content(st, "returned 46 civilians").speaker == hq  # ("reports", tagged a plural noun, is the cue)
    assert by_content(st, "crossed the border").speaker == hq


def test_told_the_council_the_lede_dates_is_that_session_however_far_down(run):
    st = run("Headline\n\nUNITED NATIONS (AP) — Russia and Ukraine traded accusations at the U.N. Security Council on "
             "Wednesday over a proposed monitoring mission.\n\nKremlin spokesman Dmitry Peskov said on Monday that Russia "
             "would accept monitors only from neutral countries.\n\nU.N. Secretary-General Antonio Guterres said on "
             "Tuesday evening that he was ready to help.\n\nPakistan's deputy ambassador, Farrukh Siddiqui, told the "
             "council that the door to dialogue must stay open.\n", published="2026-09-23")
    assert by_content(st, "door to dialogue").date == "2026-09-23"


def test_a_sides_bare_ambassador_is_the_profiles_one(nlp, profile):
    from parley.pipeline import extract_text
    text = ("Council\n\nRussia and Ukraine traded accusations at the U.N. Security Council on Wednesday, with Moscow's "
            "ambassador warning that his country would veto any text.\n\nRussia's ambassador to Britain said the drone "
            "was Ukrainian.\n")
    speakers = [s.speaker for s in extract_text(text, published="2026-09-24").statements]
    assert speakers == ["vassily-nebenzia", "anon-russia-s-ambassador-to-britain"], speakers
