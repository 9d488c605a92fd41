"""Capitalised name runs in cased text: where a candidate place name starts and ends.

A run is cut at inner possessives (``Venezuela's Aragua``), at words glued by lost line breaks
(``SyriaThe``) and at the function words of title-cased headlines; it loses the stop words and
sentence-opening prepositions around it (``Near Bakhmut``); a country's possessive that lost its
apostrophe is split off (``Syrias Aleppo``); ``Residents of Homs`` gives ``Homs``.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from conflict_extract.components.dates.vocabulary import WEEKDAYS
from conflict_extract.components.places.cues import (
    DIRECTIONS,
    NAME_RE,
    OPENING_PREPOSITIONS,
    POSSESSIVE,
    WATER_HEADS,
    building_words,
    feature_words,
    institution_words,
    not_places,
)
from conflict_extract.gazetteer.index import load_gazetteer


def _country_code(word: str) -> bool:
    """``US`` (not the pronoun): an upper-case short form the gazetteer has for a country."""
    return word.isupper() and len(word) >= 2 and any(
        e.type == "country" for e, _ in load_gazetteer().lookup(word)
    )


_LEADING_WORDS = STOP_WORDS | OPENING_PREPOSITIONS
"""Words a capitalised run opening a sentence may start with that are no part of a name (``In
Kharkiv``, ``Near Bakhmut``, ``Outside Goma``, ``Amid Mosul's ruins``); inside a sentence a
capitalised ``Near`` belongs to the name (``the Near East``)."""


_DETERMINERS = frozenset(
    "the a an this that these those its his her their our my your every each some any no another "
    "former".split()
)
"""Capitalised before a name inside a sentence as part of an institution's or paper's name (``The
Athens City Council``, ``The Moscow Times``, ``Former Arkansas Gov.``), never of a place's."""


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the run at ``start`` is the first word of a sentence, line or quotation."""
    i = start
    while i > 0 and text[i - 1] in " \t\"“‘'(":
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;\n"


_PRONOUNS = frozenset("me him us them we he she they you it".split())
"""Pronouns, which inside a sentence are never capitalised but in a name (``Me Bilin``)."""


def _clean_run(text: str, start: int, opens_sentence: bool) -> tuple[str, int] | None:
    """Strip a possessive, trailing quote marks, leading stop words (and prepositions, when the
    run opens a sentence) and a trailing weekday from a name run. Inside a sentence a
    capitalised stop word opening a name nobody knows without it stays (``in In Ga Po
    village``), and a capitalised pronoun always does (``in Me Bilin village``): only its own
    capital explains it there."""
    text = POSSESSIVE.sub("", text).rstrip("’'‘-‑")
    words = text.split(" ")
    leading = _LEADING_WORDS if opens_sentence else STOP_WORDS
    while words and words[0].lower() in leading and not _country_code(words[0]) and (
        opens_sentence or len(words) < 2 or words[0].lower() in _DETERMINERS
        or words[0].lower() not in _PRONOUNS and load_gazetteer().lookup(" ".join(words[1:]))
    ):
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1].lower() in STOP_WORDS and not _country_code(words[-1]):
        words = words[:-1]
    while len(words) > 1 and words[-1].lower() in WEEKDAYS:
        words = words[:-1]  # "snow fell across Minnesota Saturday"
    if not words:
        return None
    return " ".join(words), start


_INNER_POSSESSIVE = re.compile(
    r"[’'‘]s(?=[ ])|(?<=[a-z]{3})(?=[A-Z])"
    r"|[ ](?:On|In|At|As|To|For|With|By|From|And|Or|Into|After|Over|Amid|Near|The|A|An|Is|Are"
    r"|Was|Were|Be|But|Not)(?=[ ])"
)
"""Where a capitalised run breaks: possessives, words run together (``SyriaThe``, but not
``McLean``, ``DuPage``, ``MacArthur``), and English
function words of title-cased headlines (``Army Advances In Aleppo As Russia Blocks``)."""


def name_runs(text: str):
    """``(name, start)`` for each capitalised name run, split at inner possessives
    (``Venezuela's Aragua``) and at words run together by lost line breaks (``SyriaThe``)."""
    for match in NAME_RE.finditer(text):
        run, base, pos = match.group(), match.start(), 0
        for cut in [*_INNER_POSSESSIVE.finditer(run), None]:
            end = cut.start() if cut is not None else len(run)
            piece = run[pos:end]
            if piece.strip():
                at = base + pos + len(piece) - len(piece.lstrip())
                cleaned = _clean_run(piece.strip(), at, _opens_sentence(text, at))
                if cleaned is not None:
                    for name, start in _split_possessive(*_split_direction(*cleaned)):
                        yield from _split_of(name, start)
            pos = cut.end() if cut is not None else len(run)


_DIRECTION_ADJECTIVES = frozenset(w for w in DIRECTIONS if w.endswith("ern"))


def _split_direction(name: str, start: int) -> tuple[str, int]:
    """``Northern Iraq``, ``Southeastern Turkey``: a capitalised direction adjective before a
    known place, where the whole is no name of its own (``Northern Ireland``, ``Western Sahara``
    are), gives the place; the direction stays in its surface form. Not ``South``, ``East``,
    ``Central``: many towns are named so (``South St. Paul``, ``East Orange``)."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in _DIRECTION_ADJECTIVES and not load_gazetteer().lookup(name) and (
        load_gazetteer().lookup(rest)
    ):
        return rest, start + len(first) + 1
    return name, start


def _split_possessive(name: str, start: int):
    """``Syrias Aleppo``, ``Irans``: a country's possessive that lost its apostrophe in scraped
    text -> the country (``Syria``) and what follows (``Aleppo``)."""
    first, _, rest = name.partition(" ")
    if len(first) > 4 and first.endswith("s") and not first.isupper() and any(
        e.type == "country" and rank for e, rank in load_gazetteer().lookup(first[:-1])
    ) and not load_gazetteer().lookup(first):
        yield first[:-1], start
        if rest:
            yield rest, start + len(first) + 1
        return
    yield name, start


def _split_of(name: str, start: int):
    """``Residents of Homs`` -> ``Residents``, ``Homs``; ``Democratic Republic of Congo`` stays whole
    (it is a gazetteer name)."""
    if " of " not in name or load_gazetteer().lookup(name):
        yield name, start
        return
    head, _, tail = name.partition(" of ")
    if head.rsplit(" ", 1)[-1].lower() in WATER_HEADS:
        yield name, start  # "Straits of Messina" is the strait, not the town
        return
    words = head.split(" ")
    if any(e.population >= 100_000 or e.type in ("country", "admin1", "region")
           for e, _ in load_gazetteer().lookup(head)) or (
        len(words) > 1 and any(
            w.lower() in institution_words() | building_words() for w in words[1:]
        )
    ):
        # not "University", "Straits"; but "Texas Department" (of Public Safety)
        yield head, start
    yield from _split_of(tail, start + len(head) + 4)




def title_case_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of title-cased lines (``Key Rebel District Falls``), where capitals say
    nothing about names."""
    ranges, pos = [], 0
    for line in text.split("\n"):
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words):
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def runs_with_title_parts(text: str, titles: list[tuple[int, int]]):
    """Name runs; inside a title-cased line, the gazetteer names within a run instead
    (``Key Aleppo District`` -> ``Aleppo``)."""
    gaz = load_gazetteer()
    for core, start in name_runs(text):
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


_DIVISION_KINDS = frozenset({"admin1", "admin2", "region", "district"})
_DIVISION_TYPES = frozenset({"admin1", "admin2", "region"})
_WORD_AFTER = re.compile(r"[ ]([A-Za-z]+)\b")


def common_word_division(core: str, after: str) -> str | None:
    """``Northwest region``, ``Central province``: a word that is no place name alone (a compass
    point, ``Central``) with the unit word after it, when the gazetteer has a division so called
    (Cameroon's Northwest region); otherwise None."""
    word = _WORD_AFTER.match(after)
    full = f"{core} {word.group(1)}" if word else ""
    if not full or not generic_division(full):
        return None
    found = load_gazetteer().lookup(full)
    return full if any(e.type in _DIVISION_TYPES for e, _ in found) else None


def generic_division(core: str) -> bool:
    """A division named by a common word and its unit word (``Northwest region``): evidence of
    no country, and a place only inside a country the article names otherwise."""
    common, _, unit = core.rpartition(" ")
    return common.lower() in not_places() and feature_words().get(unit.lower()) in _DIVISION_KINDS
