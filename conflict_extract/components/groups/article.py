"""The declared state of one group extraction, and the helpers every finder uses to record a
mention or name an actor.

The finders (``dictionary``, ``demonyms``, ``named``, ``ministries``, ``generic``, ``orgs``) each
read :class:`ArticleState` and append :class:`Mention` s to ``st.mentions``; ``resolve`` and
``merge`` then turn them into groups. Every field the finders share is declared here, with what
writes it; none appears later.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from conflict_extract.components.groups.actors import Actor
from conflict_extract.components.groups.canonical import (
    UNIDENTIFIED_ARMED_GROUP,
    military_forces,
    police_forces,
    with_country,
)
from conflict_extract.components.groups.resources import Matchers, Resources
from conflict_extract.components.groups.words import DETERMINERS
from conflict_extract.nlp.extensions import in_skipped


@dataclass(frozen=True)
class Ident:
    """A canonical actor identity within one article."""

    name: str
    type: str
    country: str | None
    actor_class: str | None = field(default=None, compare=False)
    """The ACLED actor class a finder states (``protesters``); else derived from the type."""


@dataclass
class Mention:
    """One accepted surface mention of an actor, in token and character offsets."""

    start: int
    end: int
    ident: Ident
    rank: int
    silent: bool = False
    """Occupies its tokens without being a mention of its own (the noun of ``Houthi rebels``)."""


@dataclass(frozen=True)
class Settings:
    """The component's thresholds (``default_config`` of ``conflict_groups``)."""

    np_modifiers: int = 3
    """Modifiers allowed between a country word and the generic actor it qualifies."""
    antecedent_tokens: int = 80
    """How far back ``that nation's`` / ``the country's`` looks for the country it refers to."""
    recent_forces_tokens: int = 150
    """How far back ``the army`` looks for the explicit forces mention it refers to."""
    main_country_min_mentions: int = 2
    """Place or demonym mentions the main country needs before generic actors take its name."""
    main_country_margin: float = 1.5
    """How many times the runner-up's mentions the main country needs (one story, one country)."""
    lowercase_factor: float = 4 / 3
    """Lower-cased text (no place names beyond countries) needs a wider margin: 1.5 x 4/3 = 2."""
    place_margin: float = 2.0
    """How many times the runner-up's place mentions the main country's place mentions need."""


@dataclass
class ArticleState:
    """Everything the finders of one article share. Built by
    :func:`conflict_extract.components.groups.extract.build_state` (the ``country`` fields by
    :mod:`~conflict_extract.components.groups.countries`) before any finder runs."""

    doc: Doc
    res: Resources
    m: Matchers
    settings: Settings
    lowercased: bool
    """Text with (almost) no capitals (MUC): case cues are off."""
    actor_matches: list[tuple[int, int, int]]
    """The dictionary PhraseMatcher's ``(key, start, end)`` matches."""
    text: str = ""
    words: list[str] = field(default_factory=list)
    ents: list[Span] = field(default_factory=list)
    country_hits: list[tuple[int, int, str, str]] = field(default_factory=list)
    """``(start, end, kind, cc)``: demonyms (D), names (N), capitals (C), seats (S), glued (G)."""
    hit_ending: dict[int, tuple[int, str]] = field(default_factory=dict)
    """End token of a D/N/C country hit -> ``(start, cc)``."""
    main: str | None = None
    """The country the article is about (needs clear evidence), or None."""
    main_guess: str | None = None
    """The best-supported country even without clear evidence (picks among namesakes)."""
    main_weight: int = 0
    main_alone: bool = False
    """True when :attr:`main_guess` is the only country the text gives any evidence for."""
    main_evidence: tuple[Counter[str], Counter[str]] = field(
        default_factory=lambda: (Counter(), Counter())
    )
    """``(place mentions, demonym mentions)`` per country, as counted for :attr:`main`."""
    leaders: dict[str, str] = field(default_factory=dict)
    """Surname of a titled leader (``President Bashar al-Assad``) -> country."""
    mentions: list[Mention] = field(default_factory=list)
    """Every mention the finders propose (overlaps are settled by ``resolve``)."""
    generic: dict[Ident, str] = field(default_factory=dict)
    """Identities of generic phrases (``rebels``, ``gunmen``) -> their head noun: such an actor
    may join the one named actor that uses the noun (``Houthi rebels``) in ``merge``."""
    ident_actor: dict[Ident, Actor] = field(default_factory=dict)
    """Identity -> dictionary actor, for identities found in the dictionary."""
    force_cues: list[tuple[int, str]] = field(default_factory=list)
    """``(token, cc)`` of explicit national forces mentions (``the Israeli army``), written by the
    dictionary and demonym finders and read by ``generic`` (``the army`` that follows)."""
    force_ends: dict[int, str] = field(default_factory=dict)
    """End token of an explicit national forces mention -> cc (``U.S. Air Force`` + ``Security
    Forces``), written by the dictionary and demonym finders, read by ``generic``."""
    acronyms: dict[str, Ident] = field(default_factory=dict)
    """Acronyms defined in the article (``Communist Party of Spain (PCE)``), from ``resolve``."""
    taken: bytearray = field(default_factory=bytearray)
    """Tokens occupied by a chosen mention, written by ``resolve`` and read by short forms."""


def add(st: ArticleState, start: int, end: int, ident: Ident, rank: int, silent: bool = False) -> None:
    """Record a mention over tokens ``start:end`` (determiners and possessives trimmed);
    a ``silent`` one only keeps other finders off its tokens."""
    doc = st.doc
    while start < end - 1 and doc[start].lower_ in DETERMINERS:
        start += 1
    while end > start + 1 and doc[end - 1].text in {"'s", "’s", "'", "’", ",", "."}:
        end -= 1
    span = doc[start:end]
    if in_skipped(doc, span.start_char, span.end_char):
        return
    st.mentions.append(Mention(start, end, ident, rank, silent))


def state_forces(st: ArticleState, cc: str | None) -> Ident:
    """The identity of a country's forces: the main country's are its government forces."""
    if cc is None:
        return Ident("government forces", "state_forces", None)
    national = st.res.index.national(cc)
    if national is not None:
        return Ident(national.name, national.type, cc)
    return Ident(military_forces(country_name(st, cc)), "state_forces", cc)


def police(st: ArticleState, cc: str | None) -> Ident:
    """A country's police: its dictionary entry (``Afghan National Police``) or ``Police Forces
    of X``."""
    if cc is not None:
        actor = lookup(st, f"{st.res.adjective(cc)} police")
        if actor is not None and actor.type == "state_forces":
            return actor_ident(st, actor)
    return Ident(police_forces(country_name(st, cc)), "state_forces", cc)


def unidentified_group(st: ArticleState, cc: str | None, name: str = UNIDENTIFIED_ARMED_GROUP) -> Ident:
    """An unidentified actor of a country: ``Unidentified Armed Group (Syria)``."""
    return Ident(with_country(name, country_name(st, cc)), "armed_group", cc)


def country_name(st: ArticleState, cc: str | None) -> str | None:
    """The short English name of a country code (``Syria``), or None."""
    return st.res.country_name.get(cc, cc) if cc else None


def article_country(st: ArticleState) -> str | None:
    """The country the article supports: the main country, or else the only country the text
    names at all (a short report that names one town)."""
    return st.main or (st.main_guess if st.main_alone else None)


def state(st: ArticleState, cc: str) -> Ident:
    """A state as an actor (``Damascus said``, ``the Syrian government``): never merged into
    its armed forces, as ACLED keeps "Government of X" apart from "Military Forces of X"."""
    national = st.res.index.national(cc, "state")
    name = national.name if national is not None else st.res.country_name.get(cc, cc)
    return Ident(name, "state", cc)


def actor_ident(st: ArticleState, actor: Actor) -> Ident:
    """The identity of a dictionary actor (a national state goes through :func:`state`)."""
    if actor.type == "state" and actor.national and actor.country:
        return state(st, actor.country)
    if actor.type == "state_forces" and actor.national and actor.country:
        return state_forces(st, actor.country)
    return Ident(actor.name, actor.type, actor.country)


def canon(st: ArticleState, name: str, kind: str, cc: str | None) -> Ident:
    """A generic actor's identity, under the dictionary's name when it has one of that type
    (``Afghan police`` is the Afghan National Police)."""
    actor = lookup(st, name)
    if actor is not None and actor.type == kind:
        return actor_ident(st, actor)
    return Ident(name, kind, cc)


def lookup(st: ArticleState, text: str) -> Actor | None:
    """Dictionary lookup of a free-standing name (exact key, then transliteration skeleton)."""
    return st.res.index.lookup(text, st.main_guess)
