"""Where statements cannot be: headings and titles, cross-link lines, photo captions, datelines,
and the seams where scraped text lost its line breaks (``in SyriaThe army``, ``injured 15.Twenty``,
``injured.==Reactions==U.S.``). No speaker, lead-in or said clause crosses a seam."""

from __future__ import annotations

import re

from conflict_extract.components.quotes.lexicon import QuoteLexicon

# Sentence ends outside quotes: "[.!?] space", or text glued without a space ("injured.The").
# Initials (U.S., J.) and common abbreviations do not end a sentence.


TERMINATOR_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGen)(?<!\bCol)(?<!\bLt)"
    r"[.!?…](?:['\"”’](?=\s|[A-Z“\"‘]))?(?:\s+|(?=[A-Z][a-z])|(?=[“\"‘]\S))"
)
_FINAL_PUNCT = ".!?;:…"
# Text whose paragraph breaks were lost glues sentences together ("in 2017.A friend",
# "AFP.District mayor"); a phrase is cut at such a seam.
GLUED_LEAD_RE = re.compile(r"^.*?[a-z0-9]{2,}[.\]!?)](?=[A-Z])")
GLUED_TAIL_RE = re.compile(r"(?<=\w)[.\]!?)](?=[A-Z][a-z])")
WORD_RE = re.compile(r"\w+")
# Seams where scraped text lost a paragraph break: "insurgentsRussia’s", "OK.Insufficient",
# "AfghanistanKANDAHAR", "injured.==Reactions==U.S.", "SyriaThe". Speakers and said clauses never
# cross one. (A capitalised run such as "AstraZeneca" is no seam: only a lower-case word glued to
# a capital, a sentence starter or an upper-case dateline is.)
_SEAM_STARTERS = frozenset((
    "The A An In On At It He She They We But And This That These Those His Her Its Their There "
    "However Meanwhile According After Before While When As If Some Many Police Officials Neither"
).split())
# Candidates only (a lower-case letter before a capital, a stop or bracket before a capital, a
# wiki heading); each is then checked in plain Python, which keeps the scan to one pass.
_SEAM_CANDIDATE_RE = re.compile(
    r"[a-z][A-Z][A-Za-z]*|[.!?\]][)\]]?[A-Z]|={2,}[^=\n]{1,80}={2,}|(?<=[A-Za-z.])\*(?=[0-9A-Z])"
)
# Photo captions run into the text: "FILE - A police officer stands outside ...".
CAPTION_RE = re.compile(
    r"(?:FILE(?: PHOTO)?|PHOTO|Photo|Image caption|image caption|Image copyright|"
    r"image copyright|Caption)\s*(?:[-–—:]|(?=[A-Z]))"
)
# A dateline opening a said clause: "KANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- ".
DATELINE_RE = re.compile(
    r"[A-Z][A-Z/.' -]{2,}(?:,[^\n—–]{0,40}?)?\s*(?:\([A-Za-z .]+\))?\s*(?:--|—|–|-)\s+"
)


# A word glued to the front of a name by a lost line break ("BombZabiullah Mujahid"), not a
# name with an inner capital (McVeigh, MacDonald, DeShawn, LaToya, FitzGerald, AbuBakr).


def find_seams(text: str) -> list[int]:
    """Character offsets where ``text`` glues two sentences or a heading and a sentence
    together without a line break (both ends of a ``==Heading==``)."""
    seams: list[int] = []
    for match in _SEAM_CANDIDATE_RE.finditer(text):
        found = match.group()
        lo = match.start()
        if found[0] == "=":
            seams.extend((lo, match.end()))
            continue
        if found == "*":
            seams.append(lo)  # a list bullet glued on: "nationality.|*2015-12-21, Special Agent"
            continue
        cut = lo + 1
        if found[0].islower():
            word_start = lo
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
            left, right = text[word_start:cut], found[1:]
            if not (left.isalpha() and len(left) >= 3):
                continue
            if left.islower() or right in _SEAM_STARTERS or (
                len(right) >= 3 and right.isupper() and left[-3:].islower()
            ):
                seams.append(cut)  # "insurgents|Russia", "Syria|The", "Afghanistan|KANDAHAR"
            continue
        before = text[max(lo - 2, 0) : lo]
        if found[0] == "]" and before[-1:].isalnum():
            seams.append(cut)  # "at any cost]|Maduro"
        elif found[0] in ".!?" and len(before) == 2 and all(c.isalnum() or c == "%" for c in before):
            seams.append(lo + len(found) - 1)  # "15.|Twenty", "OK.|Insufficient", "(Reuters).)|The"
    return seams


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line (paragraph) holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


# A quotation signed with a dash and a name: "... dictator.” ― Christina Lastra".
_SIGNED_RE = re.compile(r"[.!?…,][”\"]\s*[―—–]+\s*[A-Z][\w.'’ -]{1,60}$")


def is_heading_line(line: str, max_words: int = 25) -> bool:
    """True for a title or section heading: a short line without final punctuation
    (``‘Attempt to buy time’``, ``Situation in Aleppo is a ‘human catastrophe’``), unless it is a
    quotation signed with a dash and a name."""
    stripped = line.strip().rstrip("”’\"' ")
    if not stripped:
        return True
    if stripped[-1] in _FINAL_PUNCT or _SIGNED_RE.search(stripped):
        return False
    return len(WORD_RE.findall(stripped)) <= max_words


def crosslink_or_heading(text: str, start: int, lexicon: QuoteLexicon, max_words: int) -> bool:
    """True if ``start`` lies on a title/heading line or a ``READ MORE:``-style cross-link line."""
    lo, hi = line_bounds(text, start)
    line = text[lo:hi]
    return is_heading_line(line, max_words) or bool(lexicon.crosslink_re.match(line))
