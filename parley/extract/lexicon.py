"""Generic word lists used by the extractors, loaded once from `parley/data/`."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def word_list(path: Path) -> frozenset:
    """A data file of one word or phrase per line, lower-cased; `#` starts a comment."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.append(line)
    return frozenset(words)


@dataclass(frozen=True)
class ActorWords:
    honorifics: frozenset[str]
    female_words: frozenset[str]
    male_words: frozenset[str]
    determiners: frozenset[str]
    anonymous_heads: frozenset[str]
    body_heads: frozenset[str]
    mission_heads: frozenset[str]
    institution_nouns: frozenset[str]
    title_words: frozenset[str]
    generic_person_nouns: frozenset[str]
    occupation_nouns: frozenset[str]
    diplomat_roles: frozenset[str]
    group_nouns: frozenset[str]
    leader_titles: frozenset[str]
    time_zones: frozenset[str]
    name_particles: frozenset[str]
    organisation_words: frozenset[str]
    outlet_words: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> ActorWords:
    data = tomllib.loads((DATA_DIR / "actor_words.toml").read_text(encoding="utf-8"))
    return ActorWords(**{k: frozenset(v) for k, v in data.items()})
