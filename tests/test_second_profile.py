"""The Armenia–Azerbaijan profile works end to end on its own sample articles (no Russia–Ukraine wiring)."""
from pathlib import Path

import pytest

from parley.pipeline import extract_text
from parley.profile import load_profile

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "armenia_azerbaijan"
PUBLISHED = "2026-03-12"


@pytest.fixture(scope="module")
def profile():
    return load_profile("armenia_azerbaijan")


@pytest.fixture(scope="module")
def extractions(profile):
    return {p.name: extract_text(p.read_text(encoding="utf-8"), published=PUBLISHED, profile=profile)
            for p in sorted(SAMPLES.glob("*.txt"))}


def test_profile_loads_with_its_own_sections(profile):
    assert profile.id == "armenia_azerbaijan"
    assert {s["id"] for s in profile.sides} >= {"armenia", "azerbaijan"}
    assert {i["id"] for i in profile.issues} >= {"peace_treaty", "constitution", "transit_corridor"}
    assert any(p["name"] == "Baku" for p in profile.places)
    assert profile.actor_by_id("ilham-aliyev").affiliation == "Azerbaijan"


def test_samples_present(extractions):
    assert len(extractions) >= 3


def test_actors_come_from_the_second_profile(extractions):
    ids = {a.id for ex in extractions.values() for a in ex.actors}
    assert {"armenia", "azerbaijan", "nikol-pashinyan", "ilham-aliyev", "ararat-mirzoyan"} <= ids
    assert "ukraine" not in ids and "volodymyr-zelensky" not in ids


def test_events_end_to_end(extractions):
    treaty = extractions["treaty-signing-planned.txt"].events
    talks = [e for e in treaty if e.type == "CONSULT" and e.status == "planned"]
    assert talks and talks[0].location == "Abu Dhabi" and talks[0].date == "2026-03-13"
    assert any(e.type == "REJECT" and e.actors == ["ararat-mirzoyan"] and e.date == "2026-03-09" for e in treaty)
    border = extractions["border-incident.txt"].events
    attack = [e for e in border if e.type == "ASSAULT" and e.status == "occurred"]
    assert attack and attack[0].actors == ["azerbaijan"] and attack[0].recipients == ["armenia"]
    assert attack[0].location == "Tavush"
    assert any(e.type == "ASSAULT" and e.status == "denied" for e in border)
    assert any(e.type == "RETREAT" and e.mode == "release" and e.actors == ["armenia"] for e in border)
    call = [e for e in border if e.type == "REQUEST" and e.actors == ["european-union"]]
    assert call and set(call[0].recipients) == {"armenia", "azerbaijan"}  # "both sides": this profile's parties
    corridor = extractions["corridor-dispute.txt"].events
    assert any(e.type == "AGREE" and e.status == "reported" for e in corridor)
    met = [e for e in corridor if e.type == "CONSULT"]
    assert met and set(met[0].actors) == {"nikol-pashinyan", "ilham-aliyev"} and met[0].location == "Washington"


def test_positions_end_to_end(extractions):
    got = {(p.actor, p.issue, p.stance) for ex in extractions.values() for p in ex.positions}
    expected = {
        ("armenia", "peace_treaty", "support"),
        ("azerbaijan", "constitution", "demand"),
        ("ararat-mirzoyan", "constitution", "oppose"),
        ("ilham-aliyev", "peace_treaty", "conditional"),
        ("armenia", "transit_corridor", "oppose"),
        ("ararat-mirzoyan", "transit_corridor", "doubt"),
        ("armenia", "peacekeepers", "demand"),
        ("azerbaijan", "peacekeepers", "oppose"),
    }
    assert expected <= got, expected - got
    issue_ids = {i["id"] for i in load_profile("armenia_azerbaijan").issues}
    assert {p.issue for ex in extractions.values() for p in ex.positions} <= issue_ids
