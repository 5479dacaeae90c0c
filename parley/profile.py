"""Load and validate a negotiation profile (a TOML data file; see docs/profiles.md).

A profile holds the domain knowledge: actors and aliases, roles, sides, affiliation words,
issues and their cue words, places. The code holds only the algorithms.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

PROFILE_DIR = Path(__file__).parent / "profiles"
DEFAULT_PROFILE = "russia_ukraine"
ACTOR_KINDS = {"person", "organization", "country", "media", "group", "anonymous"}
GENDERS = ("female", "male")


class ProfileError(ValueError):
    """A profile file that is missing or malformed."""


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    role: Optional[str] = None
    affiliation: Optional[str] = None
    aliases: tuple[str, ...] = ()
    # definite descriptions that refer back to this actor in a text that has named it or that the
    # profile makes unambiguous ("the former comedian"); matched only after "the", never as names
    descriptions: tuple[str, ...] = ()
    # "female" or "male", for a person: "she said" after a man is named looks past him
    gender: Optional[str] = None
    # the id of the body a spokesperson speaks for, when it is not their side ("russian-foreign-ministry")
    speaks_for: Optional[str] = None


@dataclass
class Profile:
    id: str
    name: str
    path: Path
    actors: list[ActorEntry]
    affiliation_words: dict[str, str]
    role_titles: list[str]
    sides: list[dict[str, Any]] = field(default_factory=list)
    issues: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)  # everything, for extractors' own sections

    def actor_by_id(self, actor_id: str) -> Optional[ActorEntry]:
        return self._by_id.get(actor_id)

    def actor_by_description(self, description: str) -> Optional[ActorEntry]:
        """The one actor a definite description ("former comedian", without "the") stands for."""
        return self._by_description.get(description.lower())

    def is_place_name(self, text: str) -> bool:
        """Whether `text` is a name or alias of one of the profile's [[places]]."""
        return text.lower() in self._place_names

    def __post_init__(self) -> None:
        self._by_id = {a.id: a for a in self.actors}
        self._by_description = {d: a for a in self.actors for d in a.descriptions}
        self._place_names = {str(n).lower() for p in self.places for n in (p.get("name"), *p.get("aliases", [])) if n}


def resolve_profile_path(name_or_file: Optional[str]) -> Path:
    """A profile is named (`russia_ukraine`, a bundled file) or given as a path."""
    name_or_file = name_or_file or DEFAULT_PROFILE
    path = Path(name_or_file)
    if path.suffix == ".toml" or path.exists():
        return path
    return PROFILE_DIR / f"{name_or_file}.toml"


def load_profile(name_or_file: Optional[str] = None) -> Profile:
    path = resolve_profile_path(name_or_file)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(f"{path}: profile not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: not a valid TOML profile ({exc})") from None
    return profile_from_dict(data, path)


def profile_from_dict(data: dict[str, Any], path: Path = Path("<memory>")) -> Profile:
    meta = data.get("profile", {})
    actors = []
    seen = set()
    for i, entry in enumerate(data.get("actors", [])):
        try:
            actor = ActorEntry(
                id=str(entry["id"]),
                name=str(entry["name"]),
                kind=str(entry.get("kind", "person")),
                role=entry.get("role"),
                affiliation=entry.get("affiliation"),
                aliases=tuple(entry.get("aliases", [])),
                descriptions=tuple(str(d).lower() for d in entry.get("descriptions", [])),
                gender=entry.get("gender"),
                speaks_for=entry.get("speaks_for"),
            )
        except KeyError as exc:
            raise ProfileError(f"{path}: actors[{i}] lacks {exc}") from None
        if actor.kind not in ACTOR_KINDS:
            raise ProfileError(f"{path}: actor {actor.id} has unknown kind {actor.kind!r}")
        if actor.gender is not None and actor.gender not in GENDERS:
            raise ProfileError(f"{path}: actor {actor.id} has gender {actor.gender!r} (female, male or none)")
        if actor.id in seen:
            raise ProfileError(f"{path}: actor id {actor.id!r} appears twice")
        seen.add(actor.id)
        actors.append(actor)
    for actor in actors:
        if actor.speaks_for is not None and actor.speaks_for not in seen:
            raise ProfileError(f"{path}: actor {actor.id} speaks for {actor.speaks_for!r}, which is no actor id")
    issues = list(data.get("issues", []))
    for i, issue in enumerate(issues):
        if "id" not in issue:
            raise ProfileError(f"{path}: issues[{i}] lacks 'id'")
    return Profile(
        id=str(meta.get("id", path.stem)),
        name=str(meta.get("name", path.stem)),
        path=path,
        actors=actors,
        affiliation_words=dict(data.get("affiliation_words", {})),
        role_titles=list(data.get("roles", {}).get("titles", [])),
        sides=list(data.get("sides", [])),
        issues=issues,
        places=list(data.get("places", [])),
        raw=data,
    )
