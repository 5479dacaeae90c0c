"""PLOVER events: types, participants, status, place and date, on hand-written sentences."""
import json

import pytest

from parley.extract.events import PLOVER_TYPES, extract_events, lexicon
from parley.pipeline import extract_text

PUBLISHED = "2026-03-12"  # a Thursday


def events_of(text, published=PUBLISHED):
    return extract_text(text, published=published).events


def one(text, kind, published=PUBLISHED):
    found = [e for e in events_of(text, published) if e.type == kind]
    assert found, f"no {kind} event in {text!r}: {[(e.type, e.trigger) for e in events_of(text, published)]}"
    return found[0]


def test_trigger_table_uses_only_plover_types():
    lex = lexicon()
    kinds = {k for k, _m in lex.verbs.values()} | {k for k, _m in lex.nouns.values()}
    kinds |= {k for entries in lex.phrases.values() for _r, k, _m in entries}
    assert kinds <= set(PLOVER_TYPES)


def test_meeting_with_actors_place_and_date():
    ev = one("The Finnish foreign minister met Chinese officials in Beijing on Monday.", "CONSULT")
    assert ev.status == "occurred"
    assert ev.location == "Beijing"
    assert ev.date == "2026-03-09"


def test_scheduled_talks_are_planned_with_their_own_date():
    text = "A new round of talks between Russian and Ukrainian negotiators is scheduled to take place in Istanbul on Friday."
    ev = one(text, "CONSULT")
    assert ev.status == "planned"
    assert ev.date == "2026-03-13"
    assert ev.location == "Istanbul"
    assert set(ev.actors) == {"russia", "ukraine"}


def test_reported_agreement_is_reported_and_no_comment_is_no_event():
    text = "Moscow declined to comment on reports suggesting that the two sides had agreed to a prisoner swap."
    evs = events_of(text)
    agree = [e for e in evs if e.type == "AGREE"]
    assert agree and agree[0].status == "reported"
    assert not any(e.type == "REJECT" for e in evs), "declining to comment is not a rejection"


def test_negated_volition_is_a_rejection():
    ev = one("Kyiv has said that it does not want to give up the city of Kharkiv.", "REJECT")
    assert ev.actors == ["ukraine"]
    assert ev.status in ("ongoing", "occurred")


def test_denial_and_hypothetical():
    denied = one("The Kremlin denied that Russian drones had attacked the power station.", "ASSAULT")
    assert denied.status == "denied"
    hypo = one("Putin could visit Kyiv if security is guaranteed.", "CONSULT")
    assert hypo.status == "hypothetical"
    assert hypo.mode == "visit"


def test_ongoing_fighting_and_past_rejection_dated_last_year():
    assert one("Heavy fighting continues near the front line.", "ASSAULT").status == "ongoing"
    ev = one("Zelensky rejected the proposal last year.", "REJECT")
    assert ev.date == "2025"
    assert ev.actors == ["volodymyr-zelensky"]


def test_exchange_of_prisoners_is_a_release_by_both_sides():
    ev = one("Russia and Ukraine carried out a large exchange of prisoners of war.", "RETREAT")
    assert ev.mode == "release"
    assert set(ev.actors) == {"russia", "ukraine"}


def test_demand_and_recipient():
    ev = one("Russia demanded that Ukraine withdraw its troops from the region.", "REQUEST")
    assert ev.actors == ["russia"]
    assert "ukraine" in ev.recipients
    assert ev.mode == "yield"


def test_commitment_is_agree():
    ev = one("Germany said it would send more air defence systems to Ukraine.", "AGREE")
    assert ev.actors == ["germany"]


def test_no_date_is_guessed_from_publication():
    ev = one("Ukraine accused Russia of shelling a hospital.", "ACCUSE")
    assert ev.date is None
    assert ev.recipients == ["russia"]


def test_spans_are_evidence_and_ids_stable():
    text = "Turkey hosted talks between the two delegations in Ankara on Tuesday."
    first = events_of(text)
    again = events_of(text)
    assert [e.id for e in first] == [e.id for e in again]
    for ev in first:
        assert 0 <= ev.span[0] < ev.span[1] <= len(text)
        assert ev.trigger and ev.trigger.split()[0] in text[ev.span[0]:ev.span[1]]
        json.dumps(ev.to_dict())


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "!!!", "a" * 3000, "“”", "Talks talks talks.",
                                  # actor look-ups on pronouns, relatives and possessives with nothing to refer to
                                  "It said they would meet him.", "Who met whom?", "'s talks were held by them.",
                                  "Both sides agreed. The two parties met.", "Its own troops withdrew from its."])
def test_odd_text_never_raises(text):
    evs = events_of(text)
    assert isinstance(evs, list)


def test_extractor_is_a_plain_function(nlp, profile):
    from parley.extract.actors import extract_actors

    doc = nlp("NATO condemned the missile strike on Odesa.")
    evs = extract_events(doc, extract_actors(doc, profile), [], [], profile)
    assert [e.type for e in evs] == ["ACCUSE"]
    assert evs[0].recipients == [] or "nato" not in evs[0].recipients
    assert evs[0].actors == ["nato"]


def test_seed_article_targets(seed_text):
    """Issue 5's bar on the seed, scored against the developers' annotation in benchmarks/."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "seed_eval.py"
    spec = importlib.util.spec_from_file_location("seed_eval", path)
    seed_eval = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(seed_eval)
    gold = json.loads(seed_eval.GOLD.read_text(encoding="utf-8"))
    result = extract_text(seed_text, published=gold["published"]).to_dict()
    figures = seed_eval.score(seed_text, result, gold)
    assert figures["event_recall_with_date"] >= 0.7
    assert figures["position_recall"] >= 0.75


def test_refusal_in_reported_speech_is_a_rejection_not_a_threat():
    ev = one("Sybiha said Ukraine would not sign any deal that rewards the invasion.", "REJECT")
    assert ev.actors == ["ukraine"]
    assert not any(e.type in ("THREATEN", "AGREE") for e in events_of(
        "Sybiha said Ukraine would not sign any deal that rewards the invasion."))


def test_according_to_sources_is_a_plain_source():
    # as "two diplomats said": both blind event annotators (benchmarks/events_news*) code it occurred
    ev = one("According to two diplomats, the negotiators discussed a partial ceasefire.", "CONSULT")
    assert ev.status == "occurred"


def test_threat_and_obligation():
    # a conditional attack announced by a party is a threat, and the threat has been made
    ev = one("Medvedev said Russia would strike Kyiv if the talks failed.", "THREATEN")
    assert ev.status == "occurred" and ev.actors == ["russia"] and ev.recipients == ["ukraine"]
    assert one("Russia could strike Kyiv again, analysts fear.", "ASSAULT").status == "hypothetical"
    threat = one("Lavrov said Moscow would expel the British diplomats.", "THREATEN")
    assert threat.actors == ["russia"]
    demand = one("Rubio said Russia must release the children.", "REQUEST")
    assert demand.actors == ["marco-rubio"] and demand.recipients == ["russia"]


def test_both_sides_are_the_profiles_parties():
    ev = one("The two sides agreed to a prisoner swap on Tuesday.", "AGREE")
    assert set(ev.actors) == {"russia", "ukraine"}
    assert ev.date == "2026-03-10"


def _names(text, ids):
    extraction = extract_text(text, published=PUBLISHED)
    by_id = {a.id: a.name for a in extraction.actors}
    return [by_id.get(i, i) for i in ids]


@pytest.mark.parametrize("text, kind, recipient", [
    # through the control chain to the object's own phrase
    ("Norway threatened to break off diplomatic relations with Chile.", "THREATEN", "Chile"),
    # a that-clause of a demand: its subject is the addressee
    ("Peru demanded that Bolivia return the stolen paintings.", "REQUEST", "Bolivia"),
    # a phrase on a non-actor object names the target
    ("Canada imposed new sanctions on Venezuela.", "SANCTION", "Venezuela"),
    ("The minister threatened further action against Portugal.", "THREATEN", "Portugal"),
    # the author of a rejected call is its recipient
    ("The union rejected calls by Angela Merkel to end the strike.", "REJECT", "Merkel"),
    ("Austria denounced Hungary's treatment of the refugees.", "ACCUSE", "Hungary"),
    # nested one level: the phrase inside a non-actor phrase; the owner of an attacked thing
    ("Spain announced a suspension of flights with Morocco.", "SANCTION", "Morocco"),
    ("Rwandan helicopters shelled positions of the Burundian army.", "ASSAULT", "Burundian"),
    ("A camp for Congolese refugees was attacked on Monday.", "ASSAULT", "Congolese"),
    # the agent of a demanded act is its addressee; the place of a threatened act its target
    ("Latvia demanded an immediate admission by Belarus that its troops had crossed the border.", "REQUEST", "Belarus"),
    ("The militia threatened to resume attacks in Kenya.", "THREATEN", "Kenya"),
    ("Zambia extradited a suspected militant to Kenya on Sunday.", "COOPERATE", "Kenya"),
    # the pressure a refusal answers
    ("The minister declined to resign despite growing pressure by the Ethics Commission of Peru.", "REJECT", "Ethics"),
    # object control parsed as a clause: who is let to act
    ("Chile will allow 300 Bolivian refugees to return home.", "CONCEDE", "Bolivian"),
    # "its": the actor's own object, the phrase after it names the target
    ("Britain mobilized reservists for a possible war against Iraq.", "MOBILIZE", "Iraq"),
    # "to" parsed as a dative of the verb: a prepositional recipient, not an object
    ("Japan is giving emergency loans to Chad.", "AID", "Chad"),
    # the place of what is acted on: inside the object's participle or of-phrase, a noun's of-phrase
    ("The governor extended the curfew imposed in Mosul.", "COERCE", "Mosul"),
    ("Militants blew up two pipelines running into Kenya.", "ASSAULT", "Kenya"),
    ("Police imposed a curfew in the city of Mosul.", "COERCE", "Mosul"),
    ("Ethiopia began its invasion of Somalia on Monday.", "ASSAULT", "Somalia"),
    # whom a purpose clause acts on; the passive agent of the object's participle; whose things
    ("Police opened fire to disperse Sikh separatist demonstrators on Monday.", "ASSAULT", "Sikh"),
    ("Farmers blocked the highway to demand the resignation of President Mugabe.", "PROTEST", "Mugabe"),
    ("Hungarian police have launched an investigation into alleged crimes committed by Slovak forces.", "ACCUSE", "Slovak"),
    ("Iran has tried to hack into the computers of Kuwaiti army officers.", "COERCE", "Kuwaiti"),
])
def test_recipients_inside_objects_and_complements(text, kind, recipient):
    ev = one(text, kind)
    names = _names(text, ev.recipients)
    assert any(recipient in n for n in names), (names, ev)


def test_the_host_of_a_visit_is_its_recipient():
    text = "The Kenyan president arrived in Uganda on Tuesday for a two-day visit."
    ev = one(text, "CONSULT")
    assert any("Uganda" in n for n in _names(text, ev.recipients))


def test_a_group_of_people_acts_as_its_members():
    text = "A group of Moroccan diplomats met the mayor of Lyon on Friday."
    ev = one(text, "CONSULT")
    assert any("Moroccan" in n for n in _names(text, ev.actors))


def test_a_mediator_acts_on_the_parties_between_whom_it_mediates():
    text = "The Norwegian envoy Jan Berg undertook a mediation mission between Chile and Peru."
    ev = one(text, "CONSULT")
    assert any("Berg" in n for n in _names(text, ev.actors))
    assert {"Chile", "Peru"} <= {n for n in _names(text, ev.recipients)}


def test_an_of_phrase_names_who_withdraws():
    text = "The withdrawal of Serbian troops from the valley began on Monday."
    ev = one(text, "RETREAT")
    assert any("Serbian" in n for n in _names(text, ev.actors))


# ---- precision on news text: topics, descriptions and conditions are no happenings


def test_a_described_noun_is_no_event():
    assert not [e for e in events_of('"That is not what a truce looks like," the mayor said.') if e.type == "RETREAT"]
    assert not [e for e in events_of("The envoy said the negotiations had been tough.") if e.type == "CONSULT"]


def test_a_possible_meeting_stays_hypothetical():
    ev = one("The minister said a summit was possible only once both cabinets had approved the text.", "CONSULT")
    assert ev.status == "hypothetical"


def test_a_condition_after_once_or_under_opposition_is_hypothetical():
    evs = events_of("Serbia opposes any truce before a final settlement is signed.")
    signed = [e for e in evs if "sign" in (e.trigger or "")]
    assert signed and all(e.status == "hypothetical" for e in signed)
    assert all(e.actors == [] for e in signed), "a passive without 'by' names no signer"
    approved = [e for e in events_of("A summit is possible once the delegations have agreed on a text.") if e.type == "AGREE"]
    assert approved and approved[0].status == "hypothetical"


def test_a_past_until_clause_keeps_its_own_status():
    evs = events_of("Fighting continued until a truce was signed in May.")
    signed = [e for e in evs if "sign" in (e.trigger or "")]
    assert signed and signed[0].status == "occurred"


def test_what_an_event_would_bring_is_hypothetical():
    ev = one("The deputy minister said on Tuesday that a short truce would only help the rebels regroup.", "RETREAT")
    assert ev.status == "hypothetical"


def test_a_clause_describing_an_event_noun_is_no_event():
    evs = events_of("The president had rejected any truce that would freeze the front line.")
    assert [e.type for e in evs] == ["REJECT"]


def test_an_occupied_territory_is_no_seizure():
    for text in ("He told reporters that Georgia would never recognise occupied territory as Russian.",
                 "Last week, he told a newspaper that Georgia would never recognise occupied land as Russian."):
        assert not [e for e in events_of(text) if e.type == "COERCE"], text


def test_allies_are_not_their_possessor():
    text = "Moldova would accept the plan if its allies provided security guarantees."
    assert all(a != "moldova" and "Moldova" not in n for e in events_of(text) if e.type == "AID"
               for a, n in zip(e.actors, _names(text, e.actors)))


def test_the_venue_of_an_agreement_is_no_recipient():
    text = "Armenia and Azerbaijan signed a peace agreement in Qatar on Monday."
    evs = events_of(text)
    assert evs and all("Qatar" not in n for e in evs for n in _names(text, e.recipients))


def test_negated_modal_signing_is_a_refusal():
    evs = events_of("He said Chisinau would not sign any agreement that required it to give up land.")
    assert not [e for e in evs if e.type in ("AGREE", "SUPPORT") and e.status == "occurred"]
    assert [e for e in evs if e.type == "REJECT"]


def test_a_flat_refusal_with_would_not_is_made_but_a_conditional_one_is_not():
    flat = one("Greece would not sign any agreement with Albania.", "REJECT")
    assert flat.status == "occurred"
    conditional = one("Greece would not sign any agreement with Albania if the islands were included.", "REJECT")
    assert conditional.status == "hypothetical"


def test_a_condition_told_to_journalists_is_no_agreement():
    text = ('"We are ready for a truce, but only with guarantees that Serbia will not attack again," '
            "the president told journalists in Pristina.")
    assert not [e for e in events_of(text) if e.type == "AGREE" and e.status == "occurred"]


def test_a_wished_for_meeting_is_hypothetical():
    ev = one("The Chilean president said he hoped to meet the Bolivian leader soon.", "CONSULT")
    assert ev.status == "hypothetical"


def test_a_list_of_demands_is_one_request():
    evs = events_of("The plan calls for a truce, a prisoner exchange and new elections.")
    assert [e.type for e in evs] == ["REQUEST"], [(e.type, e.trigger) for e in evs]


def test_launching_drones_at_a_country_is_an_attack_on_it():
    text = "Serbia launched 40 drones and two missiles at Kosovo overnight, officials said."
    ev = one(text, "ASSAULT")
    assert any("Serbia" in n for n in _names(text, ev.actors))
    assert any("Kosovo" in n for n in _names(text, ev.recipients))


def test_the_one_expected_to_travel_travels():
    text = "The Chilean president is expected to travel to Bolivia for talks next week."
    ev = one(text, "CONSULT")
    assert ev.status == "planned"
    assert any("Chile" in n or "president" in n for n in _names(text, ev.actors))


def test_a_negative_quantifier_denies_the_event():
    ev = one("No agreement was reached at the meeting in Vienna.", "AGREE")
    assert ev.status == "denied"
    text = "No agreement was reached at the meeting in Vienna."
    assert text[ev.span[0]:ev.span[1]].startswith("No agreement")
    hit = [e for e in events_of("No missiles hit the port overnight.") if e.type == "ASSAULT"]
    assert hit and hit[0].status == "denied"


def test_an_apposition_is_a_mention_of_the_person():
    text = "Jan Egeland, the UN aid coordinator, demanded that the parties open the roads."
    ex = extract_text(text, published=PUBLISHED)
    ev = next(e for e in ex.events if e.type == "REQUEST")
    person = next(a for a in ex.actors if a.id in ev.actors)
    assert person.name == "Jan Egeland"
    assert any(text[s:e] == "the UN aid coordinator" for s, e in person.mentions), person.mentions


def test_a_close_apposition_names_the_body_not_the_state_before_it():
    ev = one("Russia's state nuclear corporation Rosatom rejected the proposal on Wednesday.", "REJECT")
    assert ev.actors == ["rosatom"], ev.actors


def test_two_names_joined_by_a_hyphen_are_both_actors():
    ev = one("The Trump-Putin summit in Alaska ended without a deal.", "CONSULT")
    assert set(ev.actors) == {"donald-trump", "vladimir-putin"}, ev.actors
    # a live blog's stamp before a spaced hyphen names nobody
    ev = one("10:05 GMT - Kremlin rejects the European proposal.", "REJECT")
    assert ev.actors == ["russia"], ev.actors


def test_a_purpose_clause_on_the_actors_own_thing_names_no_recipient():
    text = "Protesters in Nairobi blocked a road to show their anger."
    ev = next(e for e in events_of(text) if e.trigger == "blocked")
    assert not any("Nairobi" in n for n in _names(text, ev.recipients)), ev


def test_a_group_named_by_its_place_keeps_the_place_in_its_name():
    text = "Protesters in Kinshasa blocked the main bridge on Monday."
    [ev] = [e for e in events_of(text) if e.trigger == "blocked"]
    assert "Protesters in Kinshasa" in _names(text, ev.actors)


def test_residents_of_a_named_area_are_a_group_actor():
    text = "Farmers of the Bekaa Valley threatened to block the highway."
    ev = one(text, "THREATEN")
    assert any("Bekaa Valley" in n for n in _names(text, ev.actors))


def test_leaders_of_a_named_coalition_are_the_coalition():
    text = "Leaders of the Mazovia farmers coalition agreed to call off the strike."
    ev = one(text, "AGREE")
    assert any("Mazovia" in n for n in _names(text, ev.actors))
    assert not any(n == "Leaders" for n in _names(text, ev.actors))


def test_a_governor_of_a_region_is_not_the_region():
    text = "Gunmen tried to assassinate the governor of the Kostroma region on Friday."
    ev = one(text, "ASSAULT")
    assert not any("region" in n for n in _names(text, ev.recipients))


def test_an_attitude_participle_names_its_subject_as_actor():
    text = "Chile is opposed to any Peruvian mediation in the border dispute."
    ev = one(text, "REJECT")
    assert "Chile" in _names(text, ev.actors)
    assert "Chile" not in _names(text, ev.recipients)


def test_a_participle_on_an_issued_document_speaks_for_the_issuer():
    text = "The Mapuche Council issued a statement demanding that the government return the land."
    ev = one(text, "REQUEST")
    assert any("Mapuche" in n for n in _names(text, ev.actors))


def test_a_nationality_outside_the_profile_names_a_noun_events_actor():
    text = "Tibetan protests against the new dam continued on Sunday."
    ev = one(text, "PROTEST")
    assert "Tibetan" in _names(text, ev.actors)


def test_a_group_trigger_acts_and_its_own_place_is_no_recipient():
    text = "Protesters in Kinshasa demanded new elections."
    ev = [e for e in events_of(text) if e.trigger == "Protesters"][0]
    assert "Protesters in Kinshasa" in _names(text, ev.actors)
    assert ev.recipients == []


def test_a_noun_rooted_parse_with_an_active_participle_takes_the_root_as_actor():
    text = "Volunteers from three Dutch charities donated and personally delivered 2,000 blankets to Herat hospital."
    evs = [e for e in events_of(text) if e.type == "AID"]
    assert evs and all(any("Volunteers" in n for n in _names(text, e.actors)) for e in evs)
    # the group's name stops at its place; the clause after it is no part of it
    assert not any("blankets" in n for e in evs for n in _names(text, e.actors))


def test_an_obligation_in_an_issued_reminder_is_the_issuers_demand():
    text = "Chancellor Olaf Brandt issued a firm reminder to Serbia that it must cooperate with the court."
    ev = one(text, "REQUEST")
    assert any("Brandt" in n for n in _names(text, ev.actors))


def test_a_nationality_coordinated_with_a_side_names_its_own_group():
    text = "Russian and Mongolian troops began joint exercises near the border."
    evs = events_of(text)
    assert evs
    names = _names(text, evs[0].actors)
    assert "Russia" in names and "Mongolian" in names


def test_a_single_member_of_a_named_body_is_not_the_body():
    text = "A member of the Latvian parliament started a hunger strike on Monday."
    ev = one(text, "PROTEST")
    assert not any("parliament" in n and "member" not in n.lower() for n in _names(text, ev.actors))


def test_troops_from_an_organisations_members_stay_that_organisations():
    text = "Moscow will not accept any troops from NATO countries on Ukrainian soil, the minister said."
    ev = one(text, "REJECT")
    assert "NATO" in _names(text, ev.recipients)


def test_people_tied_to_a_named_body_act_as_that_body():
    text = "Fighters loyal to the Hezb-e-Wahdat Party attacked a police station on Sunday."
    ev = one(text, "ASSAULT")
    assert any("Wahdat" in n for n in _names(text, ev.actors))


def test_a_body_named_by_an_untyped_name_is_an_organisation():
    text = "Leaders of the Zubrovka (Unity) farmers alliance agreed to end the blockade."
    ev = one(text, "AGREE")
    assert any("alliance" in n for n in _names(text, ev.actors))


# Status and date against the publication date (PUBLISHED is a Thursday, 2026-03-12)

def test_a_meeting_the_text_dates_ahead_is_planned_even_when_announced():
    text = "The Swiss foreign ministry said on Thursday that the two delegations would meet in Geneva next Tuesday."
    ev = next(e for e in events_of(text) if e.trigger == "meet")
    assert ev.type in ("CONSULT", "AGREE")  # PLOVER codes an announced intent AGREE
    assert (ev.status, ev.date) == ("planned", "2026-03-17")


def test_an_actors_own_promise_without_a_date_is_an_agreement_made():
    ev = one("Zelensky said Ukraine would release the prisoners.", "AGREE")
    assert ev.status == "occurred"


def test_an_act_dated_after_publication_is_planned():
    ev = one("Ukraine and Russia exchange prisoners on Saturday under the deal.", "RETREAT")
    assert (ev.status, ev.date) == ("planned", "2026-03-14")


def test_a_call_made_is_not_dated_by_the_truce_it_calls_for():
    ev = one("The Pope has called on both sides to observe a ceasefire over Easter.", "REQUEST")
    assert ev.status == "occurred"
    assert ev.date is None  # Easter 2026 (April 5) is the truce's date, not the call's


def test_a_headline_infinitive_is_planned():
    text = "Zelensky to meet Trump in Washington\n\nThe White House confirmed the visit on Wednesday."
    ev = next(e for e in events_of(text) if e.trigger == "meet")
    assert ev.status == "planned"


def test_a_verb_joined_to_a_dated_verb_shares_its_date():
    text = "Peskov said on Tuesday that Moscow was ready for talks, but he rejected the call for a truce."
    ev = one(text, "REJECT")
    assert ev.date == "2026-03-10"


def test_an_object_event_takes_the_date_of_its_verb():
    ev = one("EU finance ministers on Wednesday approved a 90 billion euro loan to Ukraine.", "AID")
    assert ev.date == "2026-03-11"


def test_a_subject_event_takes_the_date_after_its_place():
    text = "A Russian missile strike on the city of Mykolaiv on Wednesday evening killed four people."
    strike = next(e for e in events_of(text) if e.trigger == "missile strike")
    assert strike.date == "2026-03-11"


@pytest.mark.parametrize("text, kind, mode", [
    ("Russian and Ukrainian officials swapped 205 prisoners each on Monday.", "RETREAT", "release"),
    ("Putin and Trump spoke by phone on Monday.", "CONSULT", "phone"),
    ("The EU adopted new sanctions on Monday.", "SANCTION", None),
    ("Germany said it had shipped a first batch of interceptors.", "AID", None),
    ("Russia has moved 50,000 troops to the border.", "MOBILIZE", "troops"),
    ("Washington paused intelligence sharing with Kyiv in March.", "SANCTION", "discontinue"),
])
def test_negotiation_news_verbs(text, kind, mode):
    assert one(text, kind).mode == mode


def test_attending_a_ceremony_is_no_meeting():
    assert not [e for e in events_of("The prime minister attended a ceremony in Pazin.") if e.type == "CONSULT"]


def test_the_toll_of_an_attack_is_part_of_it():
    text = "Russian forces struck Kharkiv with glide bombs on Monday, killing four people and wounding 20."
    assert [e.type for e in events_of(text)] == ["ASSAULT"]
    text = "A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier."
    [ev] = events_of(text)
    assert ev.trigger == "bombing" and ev.date == "2026-03-08"
    assert ev.recipients == ["united-states"]


def test_a_killing_with_no_attack_is_its_own_event():
    assert [e.trigger for e in events_of("Gunmen killed three soldiers near the border.")] == ["killed"]


def test_a_bare_second_mention_is_not_a_new_event():
    text = ("Russian and Ukrainian negotiators met in Geneva on Tuesday. "
            "The talks lasted less than an hour, a Swiss diplomat said.")
    assert [e.trigger for e in events_of(text) if e.type == "CONSULT"] == ["met"]


def test_according_to_an_official_is_a_plain_source():
    text = "Russian forces struck Kharkiv with glide bombs, according to the regional governor."
    assert one(text, "ASSAULT").status == "occurred"
    assert one("Russian forces reportedly struck Kharkiv.", "ASSAULT").status == "reported"


def test_a_scheduled_meeting_is_planned_inside_a_hypothetical_clause():
    text = "A decision could come before Trump's planned meeting with Zelensky in Washington on May 5."
    ev = next(e for e in events_of(text) if e.trigger == "meeting")
    assert (ev.status, ev.date) == ("planned", "2026-05-05")


def test_a_dateline_dates_no_event():
    text = ("KYIV, March 12 (Reuters) - Zelensky spoke by phone with Trump on Monday, "
            "his office said on Thursday.")
    ev = one(text, "CONSULT")
    assert ev.date == "2026-03-09"


def test_a_person_named_after_a_title_acts_not_the_state_before_it():
    text = "Ukraine's president, Volodymyr Zelensky, welcomed the plans on Tuesday."
    assert one(text, "SUPPORT").actors == ["volodymyr-zelensky"]


def test_a_nationality_adjective_parsed_as_the_subject_is_its_side():
    assert one("Ukrainian shelling struck a village on Sunday.", "ASSAULT").actors == ["ukraine"]


def test_a_promise_of_harm_is_a_threat_and_a_sent_complaint_an_accusation():
    assert one("Moscow promised a mirror response.", "THREATEN").actors == ["russia"]
    assert one("Ukraine had sent a formal complaint to the monitoring commission.", "ACCUSE").mode == "disapprove"


def test_a_passive_future_is_a_schedule_not_a_promise():
    ev = one("Officials said the first tranche of 15 billion euros will be paid out in May.", "AID")
    assert (ev.status, ev.date) == ("planned", "2026-05")


def test_a_claim_conjoined_to_a_denial_is_not_denied():
    text = ("The Russian Defence Ministry denied targeting the plant and said its forces had "
            "destroyed a Ukrainian ammunition depot in the area.")
    statuses = {e.trigger: e.status for e in events_of(text)}
    assert statuses == {"targeting": "denied", "destroyed": "occurred"}


def test_an_object_events_evidence_holds_the_verb_that_acts_on_it():
    text = "EU finance ministers on Wednesday approved a 90 billion euro loan to Ukraine."
    ev = one(text, "AID")
    assert text[ev.span[0]:ev.span[1]].startswith("EU finance ministers on Wednesday approved")


def test_a_headline_event_the_story_tells_again_is_one_event():
    text = ("Kremlin denies drone strike on Zaporizhzhia dam\n\n"
            "Russia on Wednesday denied attacking the dam, which Ukraine says was hit twice.")
    assaults = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert len(assaults) >= 1
    assert all(e.span[0] > text.index("\n") for e in assaults)


def test_a_headline_event_the_story_does_not_tell_stays():
    text = ("EU to impose new sanctions on Russian banks\n\n"
            "Ukrainian and Russian negotiators met in Geneva on Wednesday.")
    sanctions = [e for e in events_of(text) if e.type == "SANCTION"]
    assert sanctions and sanctions[0].span[0] < text.index("\n")


def test_headline_end_needs_a_short_first_line_without_a_full_stop():
    from parley.extract.events import headline_end
    assert headline_end("Talks end without deal\n\nThe talks ended.") == len("Talks end without deal")
    assert headline_end("The talks ended on Monday without a deal.\nBoth sides left.") is None
    assert headline_end("One line only") is None


def test_a_verbal_act_voiced_in_a_dated_statement_takes_its_date():
    ev = one("Peskov said on Tuesday that Moscow would not accept the plan.", "REJECT")
    assert ev.date == "2026-03-10"
    ev = one('"We will never recognise the annexation," Sybiha said on Monday.', "REJECT")
    assert ev.date == "2026-03-09"
    # a past rejection the statement tells of happened before it, on a day the text does not give
    ev = one("Peskov said on Tuesday that Russia rejected the plan.", "REJECT")
    assert ev.date is None


def test_a_when_clause_happens_at_the_time_it_hangs_on():
    text = "The delegations last met in Istanbul on June 2, when they agreed to exchange all wounded prisoners."
    ev = one(text, "AGREE")
    assert ev.date == "2025-06-02"
    assert "istanbul" not in ev.actors  # the place of the meeting is not who agreed


def test_ending_a_stretch_of_talks_is_the_talks_not_a_break():
    ev = one("Ukrainian and Russian negotiators ended two days of talks in Geneva on Tuesday.", "CONSULT")
    assert (ev.status, ev.date) == ("occurred", "2026-03-10")
    assert not [e for e in events_of("Negotiators ended two days of talks in Geneva.") if e.type == "SANCTION"]
    assert one("Moscow ended talks with the mediators.", "SANCTION").mode == "discontinue"


def test_a_repeated_demand_is_made_again_when_repeated():
    ev = one("Lavrov on Tuesday repeated Moscow's demand that Ukraine hold elections.", "REQUEST")
    assert (ev.status, ev.date) == ("occurred", "2026-03-10")


def test_an_attack_overnight_is_dated_the_morning_it_is_told():
    ev = one("Russia launched 240 drones and 12 missiles overnight, the air force said.", "ASSAULT")
    assert ev.date == "2026-03-12"
    ev = one("Russia launched 200 drones at Ukraine overnight on Sunday.", "ASSAULT")
    assert ev.date == "2026-03-08"


def test_an_act_some_days_later_is_dated_by_counting_from_the_date_before():
    text = "The first round ended on Feb. 20. Five days later, the two sides exchanged 150 prisoners each."
    assert one(text, "RETREAT").date == "2026-02-25"
    text = "The two sides exchanged 150 prisoners each, days later."
    assert one(text, "RETREAT").date is None


def test_a_participle_or_purpose_clause_shares_its_verbs_date():
    text = "Latvia on Monday expelled two Russian diplomats, accusing them of spying on a port."
    assert one(text, "ACCUSE").date == "2026-03-09"
    ev = one("Nordic leaders will gather in Oslo on March 20 to discuss the monitoring plan.", "CONSULT")
    assert (ev.status, ev.date) == ("planned", "2026-03-20")
    text = "Hungary has blocked the package since late January, demanding guarantees on energy prices."
    assert one(text, "REQUEST").date is None  # "since" starts the blocking, it does not date the demand


def test_the_subject_of_a_when_clause_takes_its_time():
    text = "The reactor has depended on a reserve cable since Feb. 24, when shelling knocked out the main feed."
    assert one(text, "ASSAULT").date == "2026-02-24"


def test_a_relative_clause_acting_on_an_event_noun_is_an_event():
    text = "Turkey offered to host a summit, an offer Moscow has so far rejected."
    assert one(text, "REJECT").actors == ["russia"]
    text = "They talked about a full exchange of prisoners, which Kyiv has suggested twice."
    assert [e for e in events_of(text) if e.trigger == "suggested"]
    text = "Kyiv backed a truce that would freeze the front line."
    assert not [e for e in events_of(text) if e.trigger == "freeze"]


def test_speaking_with_a_leader_is_a_meeting_but_not_with_reporters():
    ev = one("The Turkish president spoke with Zelensky on Tuesday about the grain corridor.", "CONSULT")
    assert (ev.actors, ev.recipients, ev.date) == (["recep-tayyip-erdogan"], ["volodymyr-zelensky"], "2026-03-10")
    assert not [e for e in events_of("Putin spoke with reporters in the Kremlin on Friday.") if e.type == "CONSULT"]


def test_talks_someone_is_due_to_attend_are_planned_with_the_arrangements_date():
    ev = one("Ukraine's defence minister is due in Ankara on Monday for talks with his Turkish counterpart.", "CONSULT")
    assert (ev.status, ev.date) == ("planned", "2026-03-16")
    assert not [e for e in events_of("Moscow was ready for the talks.") if e.type == "CONSULT"]


def test_wrapping_up_days_of_talks_is_a_meeting():
    ev = one("The negotiators wrapped up three days of talks in Riyadh on Tuesday.", "CONSULT")
    assert ev.date == "2026-03-10"


def test_a_visit_to_discuss_something_is_one_meeting():
    found = [e for e in events_of("Nordic ministers will meet in Oslo on Friday to discuss a monitoring plan.")
             if e.type == "CONSULT"]
    assert [e.trigger for e in found] == ["meet"]


def test_the_start_of_a_known_war_and_a_state_under_which_things_happen_are_not_news():
    text = "It is the 12th swap Qatar has brokered since the full-scale invasion began."
    assert not [e for e in events_of(text) if e.type == "ASSAULT"]
    text = "The vote was postponed under martial law."
    assert not [e for e in events_of(text) if e.type == "COERCE"]
    assert one("Zelensky imposed martial law on Feb. 24, 2022.", "COERCE").date == "2022-02-24"


def test_an_act_due_before_a_time_still_to_come_is_planned():
    ev = one("The negotiators said they would meet again before the end of the year.", "AGREE")
    assert ev.status == "planned", ev


def test_what_did_not_happen_and_a_kind_of_deal_are_not_events():
    assert not [e for e in events_of("The talks in Riyadh ended without agreement on a truce.") if e.type == "AGREE"]
    text = "The envoys ended two days of talks in Geneva without agreeing where a ceasefire line would run."
    assert not [e for e in events_of(text) if e.type == "AGREE"]
    assert one(text, "CONSULT").status == "occurred"
    text = "Any deal on the Donbas would have to be put to a referendum, Zelensky said."
    assert not [e for e in events_of(text) if e.type == "AGREE"]
    assert one("Kyiv and Moscow reached a deal on grain exports on Tuesday.", "AGREE").date == "2026-03-10"
    text = "Any summit between Erdogan and Aliyev would need careful preparation, an aide said."
    assert one(text, "CONSULT").status == "hypothetical"  # the one in question, not a kind


def test_a_toll_after_a_told_attack_belongs_to_it():
    text = "Russia struck Odesa with 30 drones overnight, officials said. Two people were killed."
    assert [e.trigger for e in events_of(text) if e.type == "ASSAULT"] == ["struck"]
    assert [e.trigger for e in events_of("Two people were killed in Odesa overnight.") if e.type == "ASSAULT"] == ["killed"]


def test_a_strike_noun_is_an_attack_but_not_a_topic_of_comment():
    ev = one("Russia stepped up its strikes on Kharkiv in mid-February.", "ASSAULT")
    assert (ev.actors, ev.date) == (["russia"], "2026-02")
    assert not [e for e in events_of("Moscow has not commented on the strike.") if e.type == "ASSAULT"]


def test_a_toll_that_names_its_attack_is_that_attack():
    text = "Russia struck Odesa on Monday. In Dnipro, 14 people were killed in a missile attack last week."
    assert len([e for e in events_of(text) if e.type == "ASSAULT"]) == 2


def test_a_moratorium_is_a_ceasefire_and_one_of_many_attacks_is_an_attack():
    ev = one("The 30-day moratorium on energy strikes took effect on March 1.", "RETREAT")
    assert (ev.mode, ev.date) == ("ceasefire", "2026-03-01")
    ev = one("Russia launched one of its largest drone attacks of the war on Lviv on Sunday.", "ASSAULT")
    assert (ev.actors, ev.date) == (["russia"], "2026-03-08")


def test_talks_at_which_something_was_agreed_are_news_too():
    found = events_of("The two sides agreed on a corridor at talks in Geneva on Monday.")
    assert sorted(e.type for e in found) == ["AGREE", "CONSULT"]
    talks = one("The two sides agreed on a corridor at talks in Geneva on Monday.", "CONSULT")
    assert (talks.date, talks.actors) == ("2026-03-09", ["russia", "ukraine"])


def test_a_known_event_used_to_tell_the_time_is_not_news():
    text = "The delegations met in Istanbul in late March 2022, barely a month into the full-scale invasion."
    assert not [e for e in events_of(text) if e.type == "ASSAULT"]
    text = "Since Russia's invasion on Feb. 24, 2022, more than 6 million people have fled."
    assert one(text, "ASSAULT").date == "2022-02-24"


def test_sitting_down_together_is_a_meeting_but_not_for_an_interview():
    ev = one("The two delegations sat down in Istanbul on Monday.", "CONSULT")
    assert (ev.status, ev.date) == ("occurred", "2026-03-09")
    assert not [e for e in events_of("Putin sat down for an interview with an American host.") if e.type == "CONSULT"]


def test_an_accusation_followed_by_its_denial_is_still_made():
    text = "He accused Ukraine of attacking a substation in the Kursk region, a charge Ukraine's General Staff denied."
    ev = one(text, "ACCUSE")
    assert ev.status == "occurred"
    assert "ukraine" in ev.recipients


def test_a_clause_before_a_semicolon_is_its_own_event():
    text = "On August 6 the Kremlin leader proposed a summit with Trump; the two presidents met in Alaska nine days later."
    ev = one(text, "AGREE")
    assert (ev.trigger, ev.date) == ("proposed", "2025-08-06")
    meeting = one(text, "CONSULT")
    assert meeting.span[0] > text.index(";")


def test_approving_a_package_of_sanctions_is_a_sanction():
    ev = one("EU ambassadors on Thursday approved a 21st package of sanctions against Russia.", "SANCTION")
    assert ev.date == "2026-03-12" and "russia" in ev.recipients
    assert not [e for e in events_of("The committee approved the minutes of the meeting.") if e.type == "SANCTION"]


def test_receiving_bodies_is_a_handover_and_receiving_delegations_a_meeting():
    ev = one("Ukraine received the bodies of 1,000 soldiers from Russia on Thursday.", "RETREAT")
    assert (ev.mode, ev.date, ev.recipients) == ("release", "2026-03-12", ["russia"])
    assert one("The pope received separate delegations from Russia and Ukraine.", "CONSULT").status == "occurred"
    assert not events_of("The ministry received a letter from Kyiv.")


def test_voting_against_is_a_rejection():
    ev = one("Hungary voted against the sanctions package on Monday.", "REJECT")
    assert (ev.status, ev.date, ev.actors) == ("occurred", "2026-03-09", ["hungary"])


def test_a_plural_pronoun_stands_for_the_parties_named_before_it():
    from parley.pipeline import extract_text

    events = extract_text("Russian and Ukrainian negotiators met in Istanbul on Monday. They agreed to exchange "
                          "300 prisoners each.", published="2026-03-12").events
    agreed = [e for e in events if e.trigger == "agreed"]
    assert agreed and {"russia", "ukraine"} <= set(agreed[0].actors), [(e.trigger, e.actors) for e in events]


LIVE_BLOG = ("Russia-Ukraine war live: envoys head to Moscow\n\n"
             "09:40 GMT - Kremlin rejects European force\n"
             "Kremlin spokesperson Dmitry Peskov rejected a plan by Britain and France to station troops "
             "in Ukraine.\n\n"
             "09:15 GMT - Talks in Geneva\n"
             "Overnight, Russia launched 240 drones at Ukraine, the air force said.")


def test_a_live_blog_sub_heading_is_the_headline_of_its_entry():
    events = events_of(LIVE_BLOG, published="2026-01-12")
    rejections = [e for e in events if e.type == "REJECT"]
    # the heading's "rejects" and the entry's "rejected" are one event: the entry's telling
    assert len(rejections) == 1 and rejections[0].span[0] >= LIVE_BLOG.index("Kremlin spokesperson")


def test_a_live_blog_entry_takes_the_date_of_its_time_stamp():
    events = events_of(LIVE_BLOG, published="2026-01-12")
    assert [e.date for e in events if e.type == "REJECT"] == ["2026-01-12"]


def test_heading_lines_are_short_lines_without_a_full_stop_over_text():
    from parley.extract.events import heading_lines
    found = [LIVE_BLOG[s:e] for s, e in heading_lines(LIVE_BLOG)]
    assert found == ["Russia-Ukraine war live: envoys head to Moscow", "09:40 GMT - Kremlin rejects European force",
                     "09:15 GMT - Talks in Geneva"]


def test_the_sides_alone_are_the_two_negotiating_sides():
    ev = one("The sides sat down in Istanbul on Monday.", "CONSULT")
    assert {"russia", "ukraine"} <= set(ev.actors), ev
    # other plural party nouns need "both" or "two": "the governments" may be anyone's
    ev = one("The governments sat down in Istanbul on Monday.", "CONSULT")
    assert not {"russia", "ukraine"} & set(ev.actors), ev


def test_a_subject_the_parser_hangs_on_a_dateline_with_a_date_is_still_the_actor():
    text = ("RIYADH, March 3 (Reuters) - Russia and Ukraine have agreed to stop striking each other's "
            "energy infrastructure for 30 days.")
    agreed = [e for e in events_of(text) if {"russia", "ukraine"} <= set(e.actors)]
    assert agreed, events_of(text)
    assert not [e for e in events_of(text) if any("riyadh" in a for a in e.actors)], events_of(text)


def test_the_two_leaders_are_the_two_heads_named_just_before():
    text = ("Vladimir Putin and Donald Trump spoke by phone on Thursday. The Kremlin said the two leaders "
            "agreed to continue work on a joint proposal.")
    agreed = [e for e in events_of(text) if e.type == "AGREE"]
    assert agreed and set(agreed[0].actors) == {"vladimir-putin", "donald-trump"}, agreed
    # ... also when the lead named them and the story comes back to them a few sentences later
    text = ("Vladimir Putin and Donald Trump discussed the plant in a phone call. The IAEA said the plant was "
            "running on diesel. Grossi called for repairs. Rosatom denied any shelling. The Kremlin said the "
            "two leaders agreed to continue work on a joint proposal.")
    agreed = [e for e in events_of(text) if e.type == "AGREE"]
    assert agreed and set(agreed[0].actors) == {"vladimir-putin", "donald-trump"}, agreed


def test_the_two_presidents_are_never_one_president_named_alongside():
    text = ("Zelensky said Ukraine was ready for a summit with Vladimir Putin. Speaking alongside the Finnish "
            "president, Alexander Stubb, Zelensky said Kyiv would not surrender land. Stubb said Finland would "
            "contribute to a monitoring mission. The Kremlin responded coolly. Peskov said a meeting of the two "
            "presidents needs serious preparation.")
    meetings = [e for e in events_of(text) if e.trigger == "meeting"]
    assert meetings and "alexander-stubb" not in meetings[0].actors, meetings


def test_each_side_is_both_parties():
    text = "Russia and Ukraine agreed a truce. Each side has since accused the other of violating it."
    accused = [e for e in events_of(text) if e.type == "ACCUSE"]
    assert accused and set(accused[0].actors) == {"russia", "ukraine"}, accused


def test_the_place_of_a_dateline_the_parser_hangs_on_the_subject_is_no_actor():
    text = ("BRUSSELS (AP) - European Union leaders early Friday approved a 90 billion euro ($105 billion) "
            "loan to keep Ukraine's government funded, backed by frozen Russian assets.")
    aid = [e for e in events_of(text) if "european-union" in e.actors]
    assert aid, events_of(text)
    assert not [e for e in events_of(text) if "brussels" in e.actors], events_of(text)


def test_a_line_of_only_a_no_break_space_is_no_heading():
    from parley.extract.events import heading_lines
    text = "Lawmakers rip Trump\n\nThe letter ends: what do you have to lose?\n\xa0\nEditor's note: more text.\n"
    assert heading_lines(text) == [(0, len("Lawmakers rip Trump"))]
    # the events stage runs to the end (it raised IndexError, and the stage was skipped, before)
    assert extract_text(text, published=PUBLISHED).problems == []


def test_an_undated_event_in_the_lede_happened_on_the_ledes_day():
    text = ("Leaders agreed in Rome on Thursday on the outline of security guarantees, but the summit "
            "exposed divisions over troops.\n\nRussian forces shelled Kharkiv, officials said.")
    by_trigger = {e.trigger: e.date for e in events_of(text)}
    assert by_trigger["summit"] == "2026-03-12"  # in the lede, no day of its own
    assert by_trigger["shelled"] is None  # the next paragraph: its own, unstated, day


def test_a_speech_act_event_takes_its_statements_day():
    text = ("Kyiv (AFP) - Zelensky told lawmakers on Thursday that Ukraine would never cede land.\n\n"
            "\"No one here may give away our land,\" Zelensky said in the Rada.\n\n"
            "He accused Moscow of sabotaging the peace process.")
    by_trigger = {e.trigger: e.date for e in events_of(text)}
    assert by_trigger.get("accused") == "2026-03-12"


def test_a_fronted_day_dates_the_attack_named_as_the_subject():
    events = events_of("A barrage hit Kyiv on March 2. On Monday, a Russian drone attack on the southern port "
                       "of Odesa killed three people.")
    attack = [e for e in events if e.type == "ASSAULT" and e.trigger == "drone attack"]
    assert attack and attack[0].date == "2026-03-09", [(e.trigger, e.date) for e in events]


def test_the_ledes_day_inside_a_reported_clause_dates_the_act_it_reports():
    # the parse hangs "on Thursday" inside "people it says are fallen soldiers ...", so only the
    # lede's day can date the receiving; it is inside the headquarters' words, so it is theirs
    text = ("Ukraine receives bodies\n\n"
            "KYIV, Ukraine (AP) - Ukraine received the bodies of 1,000 people it says are fallen soldiers from "
            "Russia on Thursday, and handed over 31 bodies of Russian servicemen in return, Ukraine's coordination "
            "headquarters said.")
    events = extract_text(text, published="2025-11-21").events
    received = [e for e in events if e.trigger and e.trigger.startswith("received")]
    assert received and received[0].date == "2025-11-20", events


def test_people_arriving_make_a_visit_and_things_arriving_do_not():
    ev = one("An Emirati delegation is set to arrive in Kyiv on Thursday.", "CONSULT")
    assert (ev.trigger, ev.mode, ev.status) == ("arrive", "visit", "planned"), ev
    assert not any(e.trigger == "arrive" for e in events_of(
        "Berlin said the first air-defence systems would arrive in the coming weeks."))


def test_a_bare_round_is_a_round_of_the_talks_told_before():
    text = ("Russian and Ukrainian delegations met in Istanbul on Monday for talks on prisoners.\n\n"
            "The next round is due in Istanbul on May 19, officials said. A new round of sanctions is also "
            "planned, and artillery rounds hit Kherson overnight.")
    rounds = [e for e in events_of(text, published="2026-05-12") if e.trigger in ("round", "rounds")]
    assert [(e.type, e.status, e.date, e.actors) for e in rounds] == [
        ("CONSULT", "planned", "2026-05-19", ["russia", "ukraine"])], rounds
