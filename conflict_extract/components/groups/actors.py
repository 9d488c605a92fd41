"""The curated actor dictionary: real armed groups, forces, states, organisations and outlets.

``data/groups/actors.jsonl`` holds one actor per line (see ``docs/actors.md``); :func:`load_actor_index`
reads it once and returns an :class:`ActorIndex` that maps any of an actor's names, in any
spelling the transliteration keys of :mod:`conflict_extract.text.translit` fold together, to the
:class:`Actor`.

>>> index = load_actor_index()
>>> index.lookup("Nureddin al-Zenki").name
'Nour al-Din al-Zinki'
>>> index.lookup("rebels") is None
True
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from conflict_extract.lexicon import data_text
from conflict_extract.lexicon.cache import cached
from conflict_extract.models import ACTOR_CLASSES, GROUP_TYPES
from conflict_extract.text.names import name_key
from conflict_extract.text.translit import skeleton

ACTOR_TYPES: tuple[str, ...] = GROUP_TYPES
"""Valid ``type`` values, the group types of ``docs/schema.md``."""

_COUNTRY = re.compile(r"[A-Z]{2}")
_CONFLICT = re.compile(r"[a-z][a-z0-9_]*")
_FIELDS = frozenset(
    {"name", "type", "country", "aliases", "conflicts", "national", "shared", "actor_class", "case_sensitive"}
)
SKELETON_MIN_LENGTH = 6
"""Shortest consonant skeleton trusted for the fuzzy fallback (shorter ones collide too easily)."""


@dataclass(frozen=True)
class Actor:
    """One real actor: its canonical name, every other name it goes by, type and country.

    ``national`` marks a country's own state entry or its umbrella national forces, the actor that
    generic phrases (``the army``, ``government forces``) resolve to for that country.
    """

    name: str
    type: str
    country: str | None
    aliases: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    national: bool = False
    actor_class: str | None = None
    """The ACLED actor class where the type alone does not tell it (``identity_militia``)."""
    case_sensitive: tuple[str, ...] = ()
    """Names that are also common words in other case (``IS``): matched only as written."""

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


class ActorDataError(ValueError):
    """A malformed line in the actor file; the message names the line and the bad value."""


@functools.lru_cache(maxsize=8192)
def _word_skeleton(word: str) -> str:
    """``translit.skeleton`` of one word, cached: names share most of their words."""
    return skeleton(word)


@functools.lru_cache(maxsize=16384)
def _skeleton_of_key(key: str) -> str | None:
    """The fuzzy key of a :func:`name_key`, or None where the fallback must not be used.

    Word by word: each word keeps its first letter, its consonant skeleton and whether it ends in
    a vowel, and the article stays in place, so only names of the same shape match (``Nour
    al-Deen al-Zanki`` and ``Nour al-Din al-Zinki``), never a phrase that merely contains one
    (``as Great Britain``) or a run of short words whose consonants happen to line up (``to
    government`` / ``Ottawa government``).
    Single-word names and acronyms never get one: ``SAA`` and ``SDF`` or ``Hamas`` and ``Hams``
    are a letter apart, and a vowel-less key cannot tell them apart safely.
    """
    words = key.split()
    if sum(1 for w in words if w != "al") < 2:
        return None
    parts = []
    length = 0
    for word in words:
        if word == "al":
            parts.append(word)
            continue
        if len(word) <= 2:
            # A two-letter word's skeleton is one letter: ``to`` would be ``Thai``.
            parts.append(word)
            length += len(word)
            continue
        skel = _word_skeleton(word)
        length += len(skel)
        # First letter and vowel-or-consonant ending: ``said`` is not ``Saudi``.
        parts.append(word[0] + skel + ("v" if word[-1] in "aeiouy" else "c"))
    return " ".join(parts) if length >= SKELETON_MIN_LENGTH else None


class ActorIndex:
    """Name lookups over the actor dictionary, built once (see :func:`load_actor_index`).

    ``lookup`` matches exactly on :func:`name_key`, then, for multi-word names only, word by word
    on first letters and consonant skeletons when that key belongs to a single actor.
    """

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors: list[Actor] = list(actors)
        exact: dict[str, list[Actor]] = {}
        national: dict[tuple[str, str], Actor] = {}
        cased: dict[str, Actor] = {}
        for actor in self.actors:
            for alias in actor.names:
                if alias in actor.case_sensitive:
                    cased[alias] = actor
                    continue
                bucket = exact.setdefault(name_key(alias), [])
                # An actor's names come together, so a repeat can only be the last entry.
                if not bucket or bucket[-1] is not actor:
                    bucket.append(actor)
            if actor.national and actor.country:
                national.setdefault((actor.country, actor.type), actor)
        self._exact = {k: tuple(v) for k, v in exact.items()}
        self._cased = cased
        self._fuzzy: dict[str, Actor] | None = None
        self._national = national

    def prepare_fuzzy(self) -> None:
        """Build the skeleton index of fuzzy lookups now rather than on the first one."""
        self._fuzzy_index()

    def _fuzzy_index(self) -> dict[str, Actor]:
        """Skeleton -> actor, built on the first fuzzy lookup (most documents never need it)."""
        if self._fuzzy is None:
            fuzzy: dict[str, set[Actor]] = {}
            for key, actors in self._exact.items():
                skel = _skeleton_of_key(key)
                if skel:
                    fuzzy.setdefault(skel, set()).update(actors)
            # A key shared by two actors (``Nigerian Army``, ``Nigerien Army``) is no evidence.
            self._fuzzy = {k: next(iter(v)) for k, v in fuzzy.items() if len(v) == 1}
        return self._fuzzy

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors)

    def candidates(self, text: str) -> tuple[Actor, ...]:
        """Every actor that has ``text`` (after :func:`name_key`, or as written for a
        case-sensitive name) among its names."""
        if text.strip() in self._cased:
            return (self._cased[text.strip()],)
        return self._exact.get(name_key(text), ())

    def lookup(self, text: str, country: str | None = None) -> Actor | None:
        """The actor named ``text``, or None.

        A name shared by several actors (``Ansar al-Sharia`` in Libya, Yemen and Tunisia) resolves
        only when ``country`` (the country the article is about) picks out one of them.
        """
        if text.strip() in self._cased:
            return self._cased[text.strip()]
        key = name_key(text)
        found = self._exact.get(key, ())
        if len(found) == 1:
            return found[0]
        if found:
            if country:
                local = [a for a in found if a.country == country]
                if len(local) == 1:
                    return local[0]
            return None
        skel = _skeleton_of_key(key)
        return self._fuzzy_index().get(skel) if skel else None

    def national(self, country: str, type: str = "state_forces") -> Actor | None:
        """The country's own national entry of ``type`` (``state_forces`` or ``state``), or None.

        >>> load_actor_index().national("SY").name
        'Syrian government forces'
        """
        return self._national.get((country, type))

    def surface_forms(self, types: Iterable[str] | None = None) -> Iterator[tuple[str, Actor]]:
        """Every ``(name, actor)`` pair, canonical names included, for a PhraseMatcher.

        ``types`` restricts the actors (leave out ``state`` when country names must first pass
        the metonymy test). Names shared by several actors appear once per actor.
        """
        wanted = set(types) if types is not None else None
        for actor in self.actors:
            if wanted is None or actor.type in wanted:
                for alias in actor.names:
                    yield alias, actor


def _parse_line(line: str, lineno: int) -> Actor:
    """One JSONL line to an :class:`Actor`, or :class:`ActorDataError` naming the line."""
    where = f"actors.jsonl line {lineno}"
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        raise ActorDataError(f"{where}: not valid JSON ({err.msg})") from None
    if not isinstance(row, dict):
        raise ActorDataError(f"{where}: expected a JSON object")
    unknown = set(row) - _FIELDS
    if unknown:
        raise ActorDataError(
            f"{where}: unknown field(s) {sorted(unknown)}; valid: {sorted(_FIELDS)}"
        )
    name = row.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ActorDataError(f"{where}: 'name' must be a non-empty string")
    kind = row.get("type")
    if kind not in ACTOR_TYPES:
        raise ActorDataError(
            f"{where} ({name}): unknown type {kind!r}; valid: {', '.join(ACTOR_TYPES)}"
        )
    country = row.get("country")
    if country is not None and not (isinstance(country, str) and _COUNTRY.fullmatch(country)):
        raise ActorDataError(
            f"{where} ({name}): malformed country {country!r}; "
            "use an ISO 3166-1 alpha-2 code (e.g. 'SY') or null"
        )
    aliases = row.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ActorDataError(f"{where} ({name}): 'aliases' must be a list of non-empty strings")
    conflicts = row.get("conflicts", [])
    if not isinstance(conflicts, list) or not all(
        isinstance(c, str) and _CONFLICT.fullmatch(c) for c in conflicts
    ):
        raise ActorDataError(
            f"{where} ({name}): 'conflicts' must be a list of lower-case ids like 'syria'"
        )
    shared = row.get("shared", [])
    if not isinstance(shared, list) or not set(shared) <= set(aliases) | {name}:
        raise ActorDataError(f"{where} ({name}): 'shared' must list some of the actor's own names")
    klass = row.get("actor_class")
    if klass is not None and klass not in ACTOR_CLASSES:
        raise ActorDataError(
            f"{where} ({name}): unknown actor_class {klass!r}; valid: {', '.join(ACTOR_CLASSES)}"
        )
    exact = row.get("case_sensitive", [])
    if not isinstance(exact, list) or not set(exact) <= set(aliases) | {name}:
        raise ActorDataError(
            f"{where} ({name}): 'case_sensitive' must list some of the actor's own names"
        )
    return Actor(
        name=name,
        type=kind,
        country=country,
        aliases=tuple(aliases),
        conflicts=tuple(conflicts),
        national=bool(row.get("national", False)),
        actor_class=klass,
        case_sensitive=tuple(exact),
    )


def parse_actors(lines: Iterable[str]) -> list[Actor]:
    """Parse actor-file lines (blank lines skipped); raises :class:`ActorDataError` on bad data."""
    return [_parse_line(line, n) for n, line in enumerate(lines, 1) if line.strip()]


def shared_names(lines: Iterable[str]) -> dict[str, set[str]]:
    """Canonical name -> the names its line declares ``shared`` with another actor (for checks)."""
    out: dict[str, set[str]] = {}
    for line in lines:
        if line.strip():
            row = json.loads(line)
            out[row["name"]] = set(row.get("shared", []))
    return out


def read_actor_lines() -> list[str]:
    """The lines of the packaged ``data/groups/actors.jsonl``."""
    return data_text("groups/actors.jsonl").splitlines()


@functools.lru_cache(maxsize=1)
def load_actor_index() -> ActorIndex:
    """The packaged actor dictionary as an :class:`ActorIndex`, once per process (read from the
    build cache, see :mod:`conflict_extract.lexicon.cache`, or built and cached)."""
    return cached("actor-index", "", _build_actor_index)


def _build_actor_index() -> ActorIndex:
    index = ActorIndex(parse_actors(read_actor_lines()))
    index.prepare_fuzzy()  # built now, so that the cache keeps it
    return index
