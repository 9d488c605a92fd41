"""Speakers named by layout rather than by a verb: transcript turns (``PENCE: Well, look ...``),
a name and colon before a quotation (``Sanders: “Clinton needs to ...”``) and a name after a dash
that closes one (``“Maybe we can build a wall around him.” ― Steve Quinlan``)."""

from __future__ import annotations

import re

from conflict_extract.components.quotes.cues import Attribution
from conflict_extract.components.quotes.docindex import DocIndex
from conflict_extract.components.quotes.headings import WORD_RE, is_heading_line, line_bounds
from conflict_extract.components.quotes.lexicon import is_speaker_lemma
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
# A headline crediting its words to a name: "Pence: Flowers Won't Be at the Debate", "Poll: ...".
_HEADLINE_CLAIM_RE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(?=[A-Z0-9‘“'\"])", re.M
)
HEADLINE_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
"""Entity labels of a name that can credit a headline's words (``Pence:``, ``Politifact:``)."""
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


def find_headline_claims(index: DocIndex) -> list[Attribution]:
    """Headlines (the article's first line or a heading line) that credit their words to a name
    before a colon (``Pence: Flowers Won't Be at the Debate``, ``Poll: Voters Abandon the
    Party``): the words after the colon as a reported statement (kind ``indirect``), their
    speaker written in ``named``. Transcript turns in capitals are :func:`find_turns`'."""
    found: list[Attribution] = []
    text = index.text
    for match in _HEADLINE_CLAIM_RE.finditer(text):
        name = match.group("name")
        lo, hi = line_bounds(text, match.start())
        if name.isupper() or index.lexicon.crosslink_re.match(match.group()):
            continue
        if lo > 0 and not is_heading_line(text[lo:hi], index.settings.heading_max_words):
            continue
        if not _names_a_source(index, match.start("name"), match.end("name")):
            continue
        end = hi
        while end > match.end() and text[end - 1] in " \t.":
            end -= 1
        if len(WORD_RE.findall(text, match.end(), end)) < 3:
            continue
        found.append(Attribution(match.end(), end, "indirect",
                                 named=(match.start("name"), match.end("name"))))
    return found


def _names_a_source(index: DocIndex, lo: int, hi: int) -> bool:
    """True if ``text[lo:hi]`` names who can speak: a person or organisation entity, a group, a
    surname the article gives a person elsewhere (``Pence:`` for Mike Pence), or a speaker noun
    alone (``Poll:``); not a label such as ``The Latest:``."""
    tokens = index.tokens(lo, hi)
    if not tokens:
        return False
    if index.group(lo, hi) or all(t.ent_type_ in HEADLINE_NAME_LABELS for t in tokens):
        return True
    # Headlines in title case mislead the tagger ("Guterres" a noun, "Poll" an adverb): the
    # words themselves decide.
    last = tokens[-1]
    if len(tokens) == 1 and is_speaker_lemma(last.lower_.rstrip("s"), last.lower_):
        return True
    return any(ent.label_ == "PERSON" and ent[-1].text == last.text and ent.start_char > hi
               for ent in index.doc.ents)


def find_headline_verbs(index: DocIndex) -> list[Attribution]:
    """A title-case headline whose statement verb the tagger misreads (``Black Lawmakers Rip
    Trump As A 'Fraud'``, ``Clinton Hid Health Problems, Former White House Doctor Says``): the
    words after the verb (or before ``, X Says``) as a reported statement of the words before it,
    written in ``named``. The words must name a source, and the verb must be a third-person form
    of a reporting or statement verb outside that name."""
    text = index.text
    lo, hi = line_bounds(text, 0)
    while hi > lo and text[hi - 1] in " \t.":
        hi -= 1
    words = list(_TITLE_WORD_RE.finditer(text, lo, hi))
    long_words = [w.group() for w in words[1:] if len(w.group()) > 3]
    if len(words) < 4 or not long_words or sum(w[0].isupper() for w in long_words) < 0.8 * len(
        long_words
    ):
        return []
    for word in words[1:]:
        start = words[0].start()
        comma = text.rfind(",", lo, word.start())
        if comma >= 0:
            start = next((w.start() for w in words if w.start() > comma), word.start())
        before = text[start : word.start()].split()
        if len(before) > 5 or not _third_person_verb(index, word.group(), plural=bool(
            before and before[-1].endswith("s") and not before[-1].endswith(("’s", "'s"))
        )):
            continue
        name = (start, text.rfind(" ", start, word.start()) if " " in text[start:word.start()] else start)
        if name[1] <= name[0] or _in_entity_of(index, word.start(), word.end(), name) or not (
            _names_a_source(index, *name) or _described_source(index, *name)
        ):
            continue
        if comma >= 0 and word.end() == hi:
            body = (lo, comma)  # "Clinton Hid Health Problems, Former Doctor Says"
        elif comma < 0 and word.end() < hi:
            body = (word.end() + 1, hi)
        else:
            continue
        if len(WORD_RE.findall(text, *body)) >= 1:
            return [Attribution(body[0], body[1], "indirect", cue=word.group(), named=name)]
    return []


_TITLE_WORD_RE = re.compile(r"[\w’'-]+")


def _third_person_verb(index: DocIndex, word: str, plural: bool = False) -> bool:
    """True for a capitalised third-person form of a reporting or statement verb (``Says``,
    ``Vows``, ``Denies``, ``Pushes``; with a ``plural`` subject the bare form, ``Unions Slam``)."""
    lower = word.lower()
    verbs = index.lexicon.speech | index.lexicon.statement_content.keys()
    if not word[:1].isupper() or word.isupper():
        return False
    if plural and lower in verbs:
        return True
    if not lower.endswith("s"):
        return False
    stems = {lower[:-1]}
    if lower.endswith("ies"):
        stems.add(lower[:-3] + "y")
    if lower.endswith(("shes", "ches", "sses", "xes", "zes")):
        stems.add(lower[:-2])
    return bool(stems & verbs)


def _described_source(index: DocIndex, lo: int, hi: int) -> bool:
    """True if ``text[lo:hi]`` ends in a noun for who can speak (``Black Lawmakers``, ``Former
    White House Doctor``, ``New Poll``)."""
    tokens = index.tokens(lo, hi)
    last = tokens[-1].lower_ if tokens else ""
    return bool(last) and is_speaker_lemma(last.rstrip("s"), last)


def _in_entity_of(index: DocIndex, lo: int, hi: int, name: tuple[int, int]) -> bool:
    """True if the entity holding the word at ``[lo, hi)`` also holds the name (``Obama Power
    Plant Rules``: a title, not a name and a verb)."""
    tokens = index.tokens(lo, hi)
    ent = index.ent_of.get(tokens[0].i) if tokens else None
    # A person's name does not run on into a verb ("Macron Vows" tagged as one person).
    return ent is not None and ent.start_char <= name[0] and ent.label_ != "PERSON"
