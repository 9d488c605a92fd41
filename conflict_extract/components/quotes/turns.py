"""Speakers named by layout rather than by a verb: transcript turns (``PENCE: Well, look ...``),
a name and colon before a quotation (``Sanders: “Clinton needs to ...”``) and a name after a dash
that closes one (``“Maybe we can build a wall around him.” ― Steve Quinlan``)."""

from __future__ import annotations

import re

from conflict_extract.components.quotes.cues import Attribution
from conflict_extract.components.quotes.docindex import DocIndex
from conflict_extract.components.quotes.headings import WORD_RE
from conflict_extract.components.quotes.marks import QuoteMarks

# A transcript turn: an upper-case name (``PENCE``, ``MR. TRUMP``, ``SEN. KAINE``) and a colon
# opening a paragraph, possibly after a stray quotation mark.
_TURN_RE = re.compile(
    r"^[ \t\"“”'‘]*(?P<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):[ \t]+(?=\S)", re.M
)
_QUOTED_TURN_RE = re.compile(r"(?P<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):[ \t]+(?=\S)")
# A name and colon leading a quotation: "Sanders: ", "Pat Caddell: ".
_LEAD_NAME_RE = re.compile(r"^\s*(?:(?:Said|Says|Asked|Asks|Added|Adds|Wrote|Writes)\s+)?(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})\s*:\s*$")
# A name after a dash closing a quotation: "― Steve Quinlan", "— Carla Sanchez."
_DASH_NAME_RE = re.compile(
    r"^\s*[―—–]+\s*(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})[\s.,]*(?:$|(?=[“\"]))"
)


def find_turns(index: DocIndex) -> list[Attribution]:
    """Transcript turns: the words after ``NAME:`` to the end of the paragraph (kind ``direct``,
    their speaker written in ``named``). Cross-link labels (``READ MORE:``) are no names."""
    found: list[Attribution] = []
    text = index.text
    for match in _TURN_RE.finditer(text):
        name = match.group("name").rstrip(".")
        if sum(c.isalpha() for c in name) < 2 or index.lexicon.crosslink_re.match(match.group()):
            continue
        start = match.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1] in " \t\"“”":
            end -= 1
        if index.in_quote(match.start("name")) or len(WORD_RE.findall(text, start, end)) < 3:
            continue
        found.append(Attribution(start, end, "direct",
                                 named=(match.start("name"), match.start("name") + len(name))))
    return found


def layout_name(index: DocIndex, marks: QuoteMarks) -> tuple[int, int] | None:
    """The character range of a name that attributes a quotation by layout: a transcript turn
    quoted whole (``"PENCE: ...``), ``NAME:`` alone before it on its line, or ``― NAME`` after it."""
    turn = _QUOTED_TURN_RE.match(index.text, marks.start)
    if turn is not None and turn.start() == marks.start and not index.lexicon.crosslink_re.match(
        turn.group()
    ):
        name = turn.group("name").rstrip(".")
        return turn.start("name"), turn.start("name") + len(name)  # a quoted turn: "PENCE: ..."
    lo, hi = index.bounds(marks.open_mark)
    for region, pattern in ((index.text[lo : marks.open_mark], _LEAD_NAME_RE),
                            (index.text[marks.outer_end : hi], _DASH_NAME_RE)):
        match = pattern.match(region)
        if match:
            offset = lo if pattern is _LEAD_NAME_RE else marks.outer_end
            name = match.group("name").rstrip(".")
            if not index.lexicon.crosslink_re.match(name + ":"):
                return offset + match.start("name"), offset + match.start("name") + len(name)
    return None
