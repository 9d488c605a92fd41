"""Reading figures as reporters write them: digits, number words, vague amounts and qualifiers.

:func:`parse_number` turns the words of one figure (``400,000``, ``forty-four``, ``two hundred and
twenty``, ``1.5 million``, ``a dozen``) into an integer. :func:`find_quantities` scans a span of
tokens for quantity phrases and returns :class:`Quantity` objects carrying the best single figure,
the range the wording allows and how it was qualified (``at least``, ``more than``, ``dozens`` ...).

Ranges follow ``docs/schema.md``: ``more than 341`` allows 342 upwards, ``dozens`` 24-99 (two dozen
up to the next order of magnitude), ``tens of thousands`` 10000-99999, ``millions`` one million
upwards with no upper bound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "mn": 1_000_000, "bn": 1_000_000_000,
}
DOZEN = "dozen"

VAGUE_RANGES: dict[str, tuple[int, int | None]] = {
    "dozens": (24, 99),
    "scores": (40, None),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (10_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (1_000_000, None),
    "tens of millions": (10_000_000, 99_999_999),
    "several": (3, 9),
    "a few": (2, 9),
    "a handful": (2, 9),
    "a dozen": (10, 14),
    "several dozen": (24, 99),
    "a few dozen": (24, 99),
    "several hundred": (200, 999),
    "a few hundred": (200, 999),
    "several thousand": (2_000, 9_999),
    "a few thousand": (2_000, 9_999),
}
"""Vague amounts (lower-cased wording) and the range each allows; their ``count`` is null."""

QUALIFIER_PHRASES: dict[tuple[str, ...], str] = {
    ("at", "least"): "at_least",
    ("no", "fewer", "than"): "at_least",
    ("no", "less", "than"): "at_least",
    ("not", "less", "than"): "at_least",
    ("a", "minimum", "of"): "at_least",
    ("more", "than"): "more_than",
    ("over",): "more_than",
    ("well", "over"): "more_than",
    ("just", "over"): "more_than",
    ("upwards", "of"): "more_than",
    ("in", "excess", "of"): "more_than",
    ("above",): "more_than",
    ("past",): "more_than",
    ("up", "to"): "at_most",
    ("as", "many", "as"): "at_most",
    ("as", "much", "as"): "at_most",
    ("nearly",): "at_most",
    ("almost",): "at_most",
    ("close", "to"): "at_most",
    ("at", "most"): "at_most",
    ("no", "more", "than"): "at_most",
    ("not", "more", "than"): "at_most",
    ("a", "maximum", "of"): "at_most",
    ("fewer", "than"): "less_than",
    ("less", "than"): "less_than",
    ("under",): "less_than",
    ("just", "under"): "less_than",
    ("about",): "about",
    ("around",): "about",
    ("some",): "about",
    ("roughly",): "about",
    ("approximately",): "about",
    ("an", "estimated"): "about",
    ("estimated",): "about",
    ("an", "approximate"): "about",
    ("approx",): "about",
    ("approx.",): "about",
    ("circa",): "about",
}
"""Words before a figure and the qualifier they give (matched longest first)."""

_QUALIFIER_MAX = max(len(k) for k in QUALIFIER_PHRASES)

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$|^\d+\.\d+$|^\d{1,3}(?:\.\d{3}){2,}$")
_DIGITS_SCALED = re.compile(r"^(\d+(?:\.\d+)?)(m|bn|k)$")
_RANGE_TOKEN = re.compile(r"^(\d{1,3}(?:,\d{3})*|\d+)[-\u2013](\d{1,3}(?:,\d{3})*|\d+)$")
_NON_COUNT_NEXT = frozenset({"%", "percent", "per", "pc", "pct", "am", "pm", "a.m.", "p.m."})
_CURRENCY = frozenset({"$", "£", "€", "us$", "usd", "eur", "gbp"})
_NON_COUNT_ENTS = frozenset({"PERCENT", "MONEY", "ORDINAL", "TIME", "DATE", "QUANTITY"})
_START_WORDS = frozenset({
    *UNITS, *TENS, *SCALES, DOZEN, "a", "an", "tens", "hundreds", "thousands", "millions",
    "dozens", "scores", "several", "few", "half",
})
"""Lower-cased words that can open a quantity phrase (a fast filter before the parsing rules)."""
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_RECENT_YEAR = re.compile(r"^(19|20)\d\d$")
_YEAR_PREPS = frozenset({"in", "since", "until", "till", "by", "from", "during", "before", "after",
                         "of", "between", "to", "and", "early", "late", "mid", "mid-"})
_DATE_NEUTRAL = frozenset({
    "past", "over", "about", "around", "some", "nearly", "almost", "more", "than", "at", "least",
    "up", "to", "the", "a", "an", "of", "and", "or", "estimated", "roughly", "under",
    "between", "from",
})


MAX_PEOPLE = 10_000_000_000
"""No count of people can exceed this (more than have ever lived at one time on Earth): a larger
figure is a misread or a junk string (``12345678901234567890 people``), never a casualty count."""


@dataclass
class Quantity:
    """One quantity phrase in a doc, with its figure and qualifier.

    ``start``/``end`` are token indices (end exclusive) covering qualifier and figure; ``head`` is
    the index of the token that carries the phrase in the dependency tree (``four`` in
    ``forty-four``, ``thousands`` in ``tens of thousands``).
    """

    count: int | None
    low: int | None
    high: int | None
    qualifier: str
    start: int
    end: int
    head: int
    vague: bool = False


def number_word_value(word: str) -> int | None:
    """Value of one number token: ``400,000``, ``12``, ``twelve``, ``2m``; None otherwise."""
    w = word.lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", w):
        return int(w.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", w):
        return int(w.replace(".", ""))  # "1.000.000" as written in some European styles
    if _DIGITS.match(w):
        return None  # a decimal alone is no head count; "1.5 million" is read by parse_number
    m = _DIGITS_SCALED.match(w)
    if m:
        factor = {"m": 1_000_000, "bn": 1_000_000_000, "k": 1_000}[m.group(2)]
        return int(round(float(m.group(1)) * factor))
    if w in UNITS:
        return UNITS[w]
    if w in TENS:
        return TENS[w]
    if "-" in w:
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and UNITS[parts[1]] < 10:
            return TENS[parts[0]] + UNITS[parts[1]]
    return None


def is_number_word(word: str) -> bool:
    """True for a token that can be part of a written figure (digits, number words, scales)."""
    w = word.lower()
    return (
        w in UNITS or w in TENS or w in SCALES or w == DOZEN
        or bool(_DIGITS.match(w)) or bool(_DIGITS_SCALED.match(w))
        or number_word_value(w) is not None
    )


def parse_number(words: list[str]) -> int | None:
    """The integer written by ``words`` (tokens of one figure), or None if they are not a figure.

    >>> parse_number(["forty", "-", "four"])
    44
    >>> parse_number(["two", "hundred", "and", "twenty"])
    220
    >>> parse_number(["1.5", "million"])
    1500000
    >>> parse_number(["a", "dozen"])
    12
    """
    total = 0
    current: float | None = None
    seen_any = False
    for raw in words:
        w = raw.lower()
        if w in ("-", "and", "\u2010", "\u2011"):
            continue
        if w in ("a", "an") and not seen_any:
            current = 1
            seen_any = True
            continue
        if w == DOZEN:
            current = (current if current is not None else 1) * 12
            seen_any = True
            continue
        if w in SCALES:
            scale = SCALES[w]
            value = current if current is not None else 1
            if scale >= 1000:
                total += value * scale
                current = None
            else:
                current = value * scale
            seen_any = True
            continue
        if re.match(r"^\d+\.\d+$", w):
            current = (current or 0) + float(w)
            seen_any = True
            continue
        value = number_word_value(w)
        if value is None:
            return None
        current = (current or 0) + value
        seen_any = True
    if not seen_any:
        return None
    result = total + (current or 0)
    if result != int(result):
        return None
    return int(result)


def qualifier_range(count: int, qualifier: str) -> tuple[int | None, int | None]:
    """The ``(low, high)`` range a qualified figure allows (``more than 341`` -> 342, None)."""
    if qualifier == "exact":
        return count, count
    if qualifier == "at_least":
        return count, None
    if qualifier == "more_than":
        return count + 1, None
    if qualifier == "at_most":
        return None, count
    if qualifier == "less_than":
        return None, max(count - 1, 0)
    return None, None


def _qualifier_before(tokens: list[Token], i: int) -> tuple[str, int]:
    """The qualifier written just before token index ``i`` of ``tokens`` and where it starts."""
    for size in range(_QUALIFIER_MAX, 0, -1):
        if i - size < 0:
            continue
        words = tuple(t.lower_ for t in tokens[i - size:i])
        if words in QUALIFIER_PHRASES:
            return QUALIFIER_PHRASES[words], i - size
    return "exact", i


def _skippable_number(tok: Token, nxt: Token | None, prev: Token | None) -> bool:
    """Numbers that are never head counts: ages and durations (``12-year-old``), percentages,
    money, clock times, ordinals, dates."""
    if tok.ent_type_ in _NON_COUNT_ENTS:
        if tok.ent_type_ not in ("DATE", "QUANTITY") or _YEAR.match(tok.text):
            return True
        # the tagger sometimes calls "past 30,000" a date and "more than 1.5 million" a
        # quantity: only time words or units of measure make them one
        ent_words = {t.lower_ for t in tok.doc[_ent_start(tok):_ent_end(tok)] if t.is_alpha}
        if tok.ent_type_ == "QUANTITY":
            ent_words = {w for w in ent_words if not is_number_word(w)}
        if ent_words - _DATE_NEUTRAL:
            return True
    if nxt is not None and nxt.lower_ in _NON_COUNT_NEXT:
        return True
    if prev is not None and prev.lower_ in _CURRENCY:
        return True
    if prev is not None and prev.lower_ in _YEAR_PREPS and _RECENT_YEAR.match(tok.text):
        return True  # "in 2012", "since 2011" even when the tagger missed the date
    return False


def _ent_start(tok: Token) -> int:
    """Index of the first token of the entity holding ``tok``."""
    i = tok.i
    while i > 0 and tok.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _ent_end(tok: Token) -> int:
    """Index after the last token of the entity holding ``tok``."""
    i = tok.i + 1
    while i < len(tok.doc) and tok.doc[i].ent_iob_ == "I":
        i += 1
    return i


def _syntactic_head(tokens: list[Token], lo: int, hi: int) -> int:
    """Index (into ``tokens``) of the token of ``tokens[lo:hi]`` whose head lies outside it."""
    first = tokens[lo].i
    last = tokens[hi - 1].i
    for k in range(hi - 1, lo - 1, -1):
        head = tokens[k].head.i
        if head < first or head > last or tokens[k].head is tokens[k]:
            return k
    return hi - 1


def find_quantities(span: Span | list[Token]) -> list[Quantity]:
    """Every quantity phrase in ``span`` (a Span or a list of consecutive tokens), left to right;
    token indices are doc indices. Figures above :data:`MAX_PEOPLE` are left out."""
    return [q for q in _find_quantities(span) if _plausible(q)]


def _plausible(qty: Quantity) -> bool:
    """True unless a figure of ``qty`` exceeds :data:`MAX_PEOPLE`."""
    return all(v is None or v <= MAX_PEOPLE for v in (qty.count, qty.low, qty.high))


def _find_quantities(span: Span | list[Token]) -> list[Quantity]:
    """The scan behind :func:`find_quantities`, without the plausibility filter."""
    tokens = span if isinstance(span, list) else list(span)
    n = len(tokens)
    found: list[Quantity] = []
    i = 0
    while i < n:
        tok = tokens[i]
        low_text = tok.lower_
        if not tok.like_num and low_text not in _START_WORDS and not low_text[:1].isdigit():
            i += 1
            continue
        # Vague multi-word amounts: "tens of thousands", "several hundred", "a few", "dozens".
        vague = _vague_at(tokens, i)
        if vague is not None:
            found.append(_vague_quantity(tokens, i, *vague))
            i = vague[1]
            continue
        range_match = _RANGE_TOKEN.match(low_text)
        nxt = tokens[i + 1] if i + 1 < n else None
        if range_match and not _skippable_number(tok, nxt, tokens[i - 1] if i else None):
            qty = _range_token_quantity(tokens, i, range_match)
            found.extend([qty] if qty is not None else [])
            i += 1
            continue
        if not _starts_number(tokens, i):
            i += 1
            continue
        qty, i = _number_quantity(tokens, i)
        found.extend([qty] if qty is not None else [])
    return found


def _vague_quantity(tokens: list[Token], i: int, key: str, j: int) -> Quantity:
    """The quantity of the vague amount ``tokens[i:j]`` (``dozens``, ``more than a dozen``)."""
    low, high = VAGUE_RANGES[key]
    qualifier, q_start = _qualifier_before(tokens, i)
    head = _syntactic_head(tokens, i, j)
    if key == "a dozen" and i > 0 and tokens[i - 1].lower_ == "half":
        # "half a dozen" is about six
        return Quantity(6, None, None, "about", tokens[i - 1].i, tokens[j - 1].i + 1, tokens[head].i)
    if qualifier != "exact" and key == "a dozen":
        # "more than a dozen" is a qualified figure of twelve
        lo2, hi2 = qualifier_range(12, qualifier)
        return Quantity(12, lo2, hi2, qualifier, tokens[q_start].i, tokens[j - 1].i + 1,
                        tokens[head].i)
    return Quantity(None, low, high, "vague", tokens[i].i, tokens[j - 1].i + 1, tokens[head].i,
                    vague=True)


def _range_token_quantity(tokens: list[Token], i: int, match: re.Match) -> Quantity | None:
    """A range written as one token (``10-15``), or None when it is no range (``15-10``,
    ``10-15-year``)."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    a = int(match.group(1).replace(",", ""))
    b = int(match.group(2).replace(",", ""))
    if a < b and not (nxt is not None and nxt.lower_ in ("-", "year", "day")):
        return Quantity(None, a, b, "about", tok.i, tok.i + 1, tok.i)
    return None


def _starts_number(tokens: list[Token], i: int) -> bool:
    """True when ``tokens[i]`` can open a figure (``forty``, ``1,200``, ``a hundred``), not a
    bare scale word or a ``dozen`` without its count."""
    low_text = tokens[i].lower_
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    starts = is_number_word(low_text) or (
        low_text in ("a", "an") and nxt is not None and nxt.lower_ in ("hundred", "thousand",
                                                                      "million", "dozen")
    )
    if not starts or low_text in SCALES:
        return False
    return not (low_text == DOZEN and i > 0
                and tokens[i - 1].lower_ not in ("a", "an", "two", "three", "half"))


def _number_end(tokens: list[Token], i: int) -> int:
    """End index of the number words opening at ``i`` (``two hundred and twenty``, ``forty-four``,
    ``1.5 million``)."""
    n = len(tokens)
    j = i + 1
    while j < n:
        w = tokens[j].lower_
        if is_number_word(w) and (w in SCALES or w == DOZEN or tokens[j - 1].lower_ in ("-", "and")
                                  or tokens[j - 1].lower_ in TENS or tokens[j - 1].lower_ in SCALES
                                  or re.match(r"^\d", tokens[j - 1].lower_) and w in SCALES):
            j += 1
            continue
        if w in ("-", "\u2010", "\u2011") and j + 1 < n and tokens[j - 1].lower_ in TENS \
                and tokens[j + 1].lower_ in UNITS:
            j += 1
            continue
        if w == "and" and j + 1 < n and tokens[j - 1].lower_ in SCALES \
                and (tokens[j + 1].lower_ in UNITS or tokens[j + 1].lower_ in TENS):
            j += 1
            continue
        break
    return j


def _number_quantity(tokens: list[Token], i: int) -> tuple[Quantity | None, int]:
    """The figure opening at ``i`` with its qualifier or range, and the index after it."""
    n = len(tokens)
    j = _number_end(tokens, i)
    after = tokens[j] if j < n else None
    value = parse_number([t.text for t in tokens[i:j]])
    if value is not None and i and tokens[i - 1].lower_ == "half" and tokens[i].lower_ in ("a", "an"):
        value, i = value // 2, i - 1  # "half a million"
    prev = tokens[i - 1] if i else None
    if value is None or _skippable_number(tokens[j - 1], after, prev) or _is_compound_modifier(
            tokens, j):
        return None, j
    # "between 10 and 15", "10 to 15", "10 or 15"
    rng = _range_after(tokens, i, j, value)
    if rng is not None:
        lo_i, hi_value, end_j = rng
        head = _syntactic_head(tokens, lo_i, end_j)
        return Quantity(None, value, hi_value, "about", tokens[lo_i].i, tokens[end_j - 1].i + 1,
                        tokens[head].i), end_j
    qualifier, q_start = _qualifier_before(tokens, i)
    if qualifier == "about" and tokens[q_start].lower_ == "some" and value < 2:
        qualifier = "exact"
    low, high = qualifier_range(value, qualifier)
    head = _syntactic_head(tokens, i, j)
    return Quantity(value, low, high, qualifier, tokens[q_start].i, tokens[j - 1].i + 1,
                    tokens[head].i), j


def _is_compound_modifier(tokens: list[Token], j: int) -> bool:
    """True when the figure ending before ``j`` is fused into a modifier: ``12-year-old``,
    ``seven-day truce``, ``2,000-strong``."""
    if j < len(tokens) and tokens[j].text in ("-", "\u2010", "\u2011") and j + 1 < len(tokens):
        return not is_number_word(tokens[j + 1].text)
    return False


def _range_after(tokens: list[Token], i: int, j: int, low: int) -> tuple[int, int, int] | None:
    """``between X and Y`` / ``X to Y`` / ``X-Y``: (start index, high value, end index) or None."""
    n = len(tokens)
    if j + 1 < n and tokens[j].lower_ in ("to", "-", "\u2013", "and") and is_number_word(
            tokens[j + 1].text):
        k = j + 1
        while k < n and (is_number_word(tokens[k].text) or tokens[k].lower_ == "-" and k + 1 < n
                         and tokens[k + 1].lower_ in UNITS and tokens[k - 1].lower_ in TENS):
            k += 1
        high = parse_number([t.text for t in tokens[j + 1:k]])
        if high is None or high <= low:
            return None
        if tokens[j].lower_ == "and":
            if i > 0 and tokens[i - 1].lower_ == "between":
                return i - 1, high, k
            return None
        start = i - 1 if i > 0 and tokens[i - 1].lower_ in ("between", "from") else i
        return start, high, k
    return None


def _vague_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A vague amount starting at ``tokens[i]``: (key into VAGUE_RANGES, end index) or None."""
    n = len(tokens)
    w = tokens[i].lower_
    nxt = tokens[i + 1].lower_ if i + 1 < n else ""
    nxt2 = tokens[i + 2].lower_ if i + 2 < n else ""
    if w in ("tens", "hundreds") and nxt == "of" and nxt2 in ("thousands", "millions"):
        key = f"{w} of {nxt2}"
        if key in VAGUE_RANGES:
            return key, i + 3
    if w in ("several", "few") or (w == "a" and nxt in ("few", "handful")):
        if w == "a":
            key_base, k = f"a {nxt}", i + 2
        else:
            key_base, k = w, i + 1
        if key_base == "few":
            return None  # "few" alone means "not many", not a figure
        after = tokens[k].lower_ if k < n else ""
        if after in ("dozen", "hundred", "thousand") and f"{key_base} {after}" in VAGUE_RANGES:
            return f"{key_base} {after}", k + 1
        if key_base in VAGUE_RANGES:
            return key_base, k
        return None
    if w in ("a", "an") and nxt == "dozen" and not (i + 2 < n and is_number_word(nxt2)):
        return "a dozen", i + 2
    if w in ("dozens", "scores", "hundreds", "thousands", "millions"):
        return w, i + 1
    return None
