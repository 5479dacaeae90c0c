"""Shared fixtures: the spaCy pipeline and the default profile are loaded once per session."""
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seed" / "kremlin-invitation-2026-01-29.txt"


@pytest.fixture(scope="session")
def nlp():
    from parley.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def profile():
    from parley.profile import load_profile

    return load_profile()


@pytest.fixture(scope="session")
def seed_text():
    if not SEED.exists():
        pytest.skip("seed article not present at ../shared/seed/")
    return SEED.read_text(encoding="utf-8")
