"""Places in caseless text (lower-cased MUC-4, ALL-CAPS wire copy), which has no name runs.

Word n-grams are looked up only after a locative preposition or place cue (``in san salvador``,
``the departments of ayacucho, huancavelica and junin``), on a dateline, before ``department``,
before ``, <its country>`` (``bogota, colombia``), and country names anywhere; and they are kept
only on strong evidence: a country, a national capital, a widely known city of 1M+, an admin1,
region or city of 100,000+ in a country the article names, or a town pinned by its country, never
a common English word (``data/places/common_words.json``: ``may``, ``reading``, ``mobile``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from conflict_extract.components.places.cues import (
    BASED_AFTER,
    DIRECTIONS,
    LOCATIVE_PREPS,
    NUMERIC_LABELS,
    OF_BEFORE,
    ON_BEFORE,
    REPORTING_BEFORE,
    VERB_BEFORE,
    WELL_KNOWN_NAMES,
    demonyms,
)
from conflict_extract.components.places.evidence import big_city
from conflict_extract.components.places.mention import Mention, ent_labels, name_key
from conflict_extract.components.places.resolve import Resolver
from conflict_extract.gazetteer import sources
from conflict_extract.gazetteer.index import Entry, Gazetteer
from conflict_extract.lexicon import load_json
from conflict_extract.nlp.extensions import in_skipped
from conflict_extract.text import translit


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English words that also name places somewhere (``may``, ``reading``, ``mobile``)."""
    return frozenset(load_json("places/common_words.json")["words"]) | STOP_WORDS


def _is_capital(entry: Entry) -> bool:
    return entry.type == "city" and (entry.country or "", translit.fold(entry.name)) in sources.capitals()


_CASELESS_FEATURE_OF = re.compile(
    r"\b(?:city|town|village|municipality|department|province|state|region|port|capital|"
    r"jurisdiction|hamlet|cities|towns|villages|municipalities|departments|provinces|states|"
    r"regions)\s+of\s+$"
)
_CASELESS_FEATURE_AFTER = re.compile(r"\s+(?:department|province|governorate|municipality)\b")
_CASELESS_FEATURE_OF_ALL = re.compile(_CASELESS_FEATURE_OF.pattern.replace(r"\b(?:", r"\b(?P<f>", 1)[:-1])
_CASELESS_CUES = [re.compile(p.pattern[:-1], p.flags & re.IGNORECASE) for p in (VERB_BEFORE, OF_BEFORE, ON_BEFORE)]
"""The place cues without their end anchor, to find all their ends in one pass over a text."""


@lru_cache(maxsize=4)  # asked again by the second look at the same article
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


@dataclass(frozen=True)
class _Words:
    """The words of a lower-cased text, and which word n-grams are worth a look-up."""

    low: str
    spans: list[tuple[int, int]]
    common: frozenset[str]

    def gram(self, i: int, n: int) -> tuple[int, int] | None:
        """Character span of the ``n`` words from word ``i``, if only spaces or hyphens join them."""
        words, low = self.spans, self.low
        if i + n > len(words):
            return None
        for (_, e1), (s2, _) in zip(words[i:i + n], words[i + 1:i + n], strict=False):
            if low[e1:s2] not in (" ", "-"):
                return None
        return words[i][0], words[i + n - 1][1]

    def lookable(self, s: int, e: int) -> bool:
        """Whether the n-gram may be a name: no common word alone, no function word at its ends."""
        parts = self.low[s:e].replace("-", " ").split()
        if len(parts) == 1:
            return parts[0] not in self.common and len(parts[0]) >= 4
        # "san salvador", "la paz": only the ends must not be function words.
        return parts[0] not in STOP_WORDS and parts[-1] not in self.common


def _caseless_candidates(doc: Doc, low: str, gaz: Gazetteer) -> list[tuple[int, int, str | None]]:
    """``(start, end, country)`` of word n-grams worth a gazetteer look-up in caseless text: after a
    locative preposition or place verb (``in san salvador``), and before a country in ``X, Y``
    (``bogota, colombia``, which fixes the country)."""
    w = _Words(low, [(m.start(), m.end()) for m in _CASELESS_WORD.finditer(low)], common_words())
    found: list[tuple[int, int, str | None]] = []
    _cue_candidates(w, gaz, found)
    _pinned_by_country(w, gaz, found)
    _country_names(w, gaz, found)
    # A place pinned by its country ("X, <country>") outranks the same span found otherwise.
    found.sort(key=lambda f: (not (f[2] and len(f[2]) == 2), f[0] - f[1]))
    return found




def _cue_candidates(w: _Words, gaz: Gazetteer, found: list[tuple[int, int, str | None]]) -> None:
    """N-grams after a place cue, a feature word or a locative preposition, on a dateline, or
    before ``department``: appended to ``found``."""
    low, words = w.low, w.spans
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
                span = w.gram(i, n)
                if span and w.lookable(*span) and gaz.lookup(low[span[0]:span[1]]):
                    admin = re.match(r"(?:department|province|state|region)s?\b",
                                     feature_ends.get(ws, ""))
                    kind = "admin" if admin or (listed and found[-1][2] == "admin") else "feature"
                    found.append((span[0], span[1], kind))
                    break
            continue
        for n in (3, 2, 1):
            span = w.gram(i, n)
            if span and line_start and re.match(
                r"\s*(?:--|\(|,\s*\d)", low[span[1]:span[1] + 6]
            ) and w.lookable(*span) and gaz.lookup(low[span[0]:span[1]]):
                found.append((span[0], span[1], "feature"))  # a dateline: "arica -- two ..."
                break
            if span and _CASELESS_FEATURE_AFTER.match(low[span[1]:span[1] + 20]) and w.lookable(
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
            span = w.gram(i, n)
            if span and w.lookable(*span) and gaz.lookup(low[span[0]:span[1]]):
                found.append((span[0], span[1], None))
                break


def _pinned_by_country(
    w: _Words, gaz: Gazetteer, found: list[tuple[int, int, str | None]]
) -> None:
    """``bogota, colombia``: a place before its country, with the country fixed."""
    low, words = w.low, w.spans
    for j in range(1, len(words)):
        if low[words[j - 1][1]:words[j][0]] != ", ":
            continue
        for m in (3, 2, 1):
            tail = w.gram(j, m)
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
                head = w.gram(j - n, n)
                if head and w.lookable(*head) and any(
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


def _country_names(w: _Words, gaz: Gazetteer, found: list[tuple[int, int, str | None]]) -> None:
    """Country names anywhere (``the ambassador of costa rica``), but not the ambiguous ones."""
    low, words = w.low, w.spans
    keys = gaz.country_names()
    firsts = gaz.country_first_words()
    for i, (ws, we) in enumerate(words):
        if low[ws:we] not in firsts:
            continue
        for n in (3, 2, 1):
            span = w.gram(i, n)
            if span and low[span[0]:span[1]] in keys and (
                n > 1 or low[span[0]:span[1]] not in _AMBIGUOUS_COUNTRIES
            ):
                found.append((span[0], span[1], None))
                break


_AMBIGUOUS_COUNTRIES = frozenset("chad jordan georgia turkey guinea china niger america".split())


def _ends_name(low: str, end: int) -> bool:
    """Whether a caseless name ends at ``end``: punctuation or a function word follows, not another
    unknown word (``santiago jao`` is a person)."""
    after = low[end:end + 30]
    if re.match(r"\s*(?:[,.;:)!?\-]|$)", after):
        return True
    word = re.match(r"\s+([a-z]+)", after)
    return bool(word) and word.group(1) in STOP_WORDS


def caseless_mentions(
    doc: Doc, text: str, gaz: Gazetteer, fuzzy_cutoff: float = 90.0
) -> tuple[list[Mention], Counter]:
    """Place mentions of a caseless document, accepted only on strong gazetteer evidence: a
    country, or a province, region or city of 100,000+ in a country the article names, or any
    place written ``X, <its country>``. Never a common word (``may``, ``reading``)."""
    low = text.lower()
    if len(low) != len(text):
        return [], Counter()
    labels = ent_labels(doc)

    def pos(start: int) -> str | None:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        return span[0].pos_ if span is not None and len(span) else None

    found = [(s, e, cc) for s, e, cc in _caseless_candidates(doc, low, gaz)
             if not in_skipped(doc, s, e)]
    context = _caseless_context(low, found, gaz)
    resolver = Resolver(gaz, context, fuzzy_cutoff)
    mentions: list[Mention] = []
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
                or (entry.type == "city" and (big_city(entry, False) or _is_capital(entry)))
            ):
                continue
        if entry is None:
            continue
        seen.add((s, e))
        m = Mention(start=s, end=e, core=text[s:e], core_start=s, entry=entry,
                     label=labels.get(s), evidence={"prep"}, key=name_key(name))
        if REPORTING_BEFORE.search(low[max(0, s - 45):s]) or BASED_AFTER.match(low[e:e + 10]):
            m.role = "reporting"
            m.evidence.add("reporting")
        mentions.append(m)
    _add_repeats(doc, text, low, mentions, labels)
    mentions.sort(key=lambda m: m.start)
    return mentions, context


def _caseless_context(low: str, found: list[tuple[int, int, str | None]], gaz: Gazetteer) -> Counter:
    """Country weights of a caseless article: demonyms, countries, capitals, named regions."""
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
    return context


def _add_repeats(
    doc: Doc, text: str, low: str, mentions: list[Mention], labels: dict[int, str]
) -> None:
    """Every other occurrence of an accepted name, appended to ``mentions``."""
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
            mentions.append(Mention(start=s, end=e, core=text[s:e], core_start=s,
                                     entry=names[match.group()], label=labels.get(s),
                                     key=name_key(match.group())))
