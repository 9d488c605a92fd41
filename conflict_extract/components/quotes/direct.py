"""Quoted passages: their kind (``direct`` for a whole quoted sentence or more, ``partial`` for a
few words inside the writer's sentence) and their attribution: a reporting verb after the quote
(``"...," X said`` / ``said X``), before it (``X said: "..."``), or governing it in the parse
(``slammed the truce as a "provocative step"``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from conflict_extract.components.quotes.cues import (
    SUBJECT_DEPS,
    Attribution,
    according_object,
    is_passive,
    is_reporting,
    is_verb_use,
    phrase_root,
    subject_of,
)
from conflict_extract.components.quotes.docindex import DocIndex
from conflict_extract.components.quotes.headings import TERMINATOR_RE, WORD_RE
from conflict_extract.components.quotes.lexicon import QuoteLexicon, verb_lemma
from conflict_extract.components.quotes.marks import QuoteMarks
from conflict_extract.components.quotes.outlets import find_outlet

ATTRIBUTION_START_POS = frozenset({"PROPN", "PRON", "DET", "NOUN", "VERB", "ADJ", "NUM"})
"""Parts of speech an attribution after a question or exclamation can start with (``Smith
asked``, ``she said``, ``the minister asked``), unlike a new sentence (``On being told ...``)."""


def _sentence_ends(text: str, lo: int, hi: int, abbreviations: re.Pattern[str]) -> list[re.Match[str]]:
    """Sentence ends in ``text[lo:hi]``, leaving out the stop of a title (``Rep.``, ``Gen.``)."""
    ends = []
    for match in TERMINATOR_RE.finditer(text, lo, hi):
        word = abbreviations.search(text, max(lo, match.start() - 8), match.start() + 1)
        if word is None or word.end() != match.start() + 1:
            ends.append(match)
    return ends


def _region_after(text: str, quote: QuoteMarks, next_open: int, line_end: int,
                  abbreviations: re.Pattern[str]) -> tuple[int, int]:
    """Characters after the closing mark up to the end of that sentence."""
    lo = quote.outer_end
    hi = min(next_open, line_end)
    ends = _sentence_ends(text, lo, hi, abbreviations)
    return lo, (ends[0].end() if ends else hi)


def _region_before(text: str, quote: QuoteMarks, prev_close: int, line_start: int,
                   abbreviations: re.Pattern[str]) -> tuple[int, int]:
    """Characters from the start of the sentence (or the previous quote) up to the opening mark."""
    lo = max(prev_close, line_start)
    hi = quote.open_mark
    last = None
    # Look two characters past the mark: a sentence glued to the quote ("area."There") ends there.
    for match in _sentence_ends(text, lo, min(len(text), hi + 2), abbreviations):
        if match.start() < hi:
            last = match
    return (min(last.end(), hi) if last else lo), hi


def _after_attribution_allowed(text: str, quote: QuoteMarks) -> bool:
    """True if the words after the closing mark can attribute the quote: it ends mid-sentence
    (``,”`` ``—”``), with a question or exclamation (``“Why?” Smith asked``), or the text goes
    on in lower case."""
    inner = text[quote.start : quote.end].rstrip("’'\" ")
    if not inner:
        return False
    j = quote.outer_end
    if j < len(text) and text[j] in ",—–":
        return True
    if inner[-1] in ",—–-:;…":
        return True
    if inner[-1] in "?!":
        return True  # '"Who was it?" Mendeloff asked.'
    while j < len(text) and text[j] in " \t":
        j += 1
    return inner[-1] == "." and j < len(text) and text[j].islower()


def _subordinate_after(tokens: list[Token]) -> bool:
    """True if the words after a quotation open a subordinate clause (``"...," when Clinton
    blasted him``, ``"...," while 73 percent said the same``): they say when or against what
    the words were said, not who said them. ``as he put it`` does attribute."""
    first = next((t for t in tokens if not (t.is_punct or t.is_space)), None)
    return first is not None and first.pos_ == "SCONJ" and first.lower_ != "as"


def _ends_sentence(text: str, quote: QuoteMarks) -> bool:
    """True if the quoted words end with a full stop, question or exclamation mark."""
    return text[quote.start : quote.end].rstrip("’'\" ")[-1:] in (".", "?", "!", "…")


def _verb_in(tokens: Iterable[Token], lexicon: QuoteLexicon, last: bool = False) -> Token | None:
    """The first (or last) reporting verb among ``tokens``, preferring one that is not inside a
    relative clause (``Ahmed, who asked that his name not be used, told the BBC``)."""
    verbs = [t for t in tokens if is_reporting(t, lexicon) and not is_passive(t)]
    main = [t for t in verbs if t.dep_ not in ("relcl", "acl")] or verbs
    if not main:
        return None
    return main[-1] if last else main[0]


def _speech_verb_before(tokens: list[Token], lexicon: QuoteLexicon) -> bool:
    """True if the sentence lead-in ends on a reporting verb or its object (``X told AFP:``)."""
    words = [t for t in tokens if not t.is_space]
    if not words:
        return False
    last = words[-1]
    if last.text in (":", ","):
        return True
    if is_reporting(last, lexicon):
        return True
    return False


def classify(text: str, quote: QuoteMarks, lead_in: list[Token], lexicon: QuoteLexicon,
             line: tuple[int, int], lowercased: bool = False) -> str:
    """``direct`` for a whole quoted sentence (or more), ``partial`` for quoted words inside the
    writer's own sentence. In ``lowercased`` text (no capitals at all) only the lead-in tells."""
    inner = text[quote.start : quote.end]
    first = next((c for c in inner if c.isalnum() or c in "[…"), "")
    capital = bool(first) and (first.isupper() or first.isdigit() or first in "[…" or lowercased)
    lead = text[line[0] : quote.open_mark].strip()
    if quote.continued or not lead and text[quote.outer_end : line[1]].strip(" .,") == "":
        return "direct"
    words = len(WORD_RE.findall(inner))
    multi_sentence = bool(re.search(r"[.!?][’'\"]?\s+[A-Z‘“]", inner))
    if not multi_sentence and inner.rstrip("’'\" ")[-1:].isalnum():
        # Words running on after the closing mark ("Operation Iron Swords" would continue):
        # the quote is part of the writer's sentence.
        follow = text[quote.outer_end : quote.outer_end + 3].lstrip(" ")
        if follow[:1].isalnum():
            return "partial"
    lead_words = [t for t in lead_in if not t.is_space]
    if not lead_words:
        return "direct" if capital or multi_sentence else "partial"
    if _speech_verb_before(lead_words, lexicon):
        if capital or multi_sentence or (words >= 4 and lead_words[-1].text == ","):
            return "direct"
    return "partial"


def attribute_marked(doc: Doc, quotes: list[QuoteMarks], index: DocIndex,
                      lexicon: QuoteLexicon) -> list[Attribution]:
    """Kind, reporting verb and subject token for each quoted passage."""
    text = index.text
    head = text[:2000]
    lowercased = head == head.lower()
    found: list[Attribution] = []
    for k, quote in enumerate(quotes):
        line = (index.bounds(quote.open_mark)[0], index.bounds(quote.outer_end)[1])
        if index.in_caption(quote.open_mark):
            continue
        prev_close = quotes[k - 1].outer_end if k else 0
        next_open = quotes[k + 1].open_mark if k + 1 < len(quotes) else len(text)
        before = _region_before(text, quote, prev_close, line[0], lexicon.abbreviation_re)
        lead_in = index.tokens(*before)
        kind = classify(text, quote, lead_in, lexicon, line, lowercased)
        item = Attribution(quote.start, quote.end, kind, marks=quote)
        verb = subject = None
        if _after_attribution_allowed(text, quote):
            after = index.tokens(*_region_after(text, quote, next_open, line[1], lexicon.abbreviation_re))
            verb, subject = (None, None) if _subordinate_after(after) else _attribution_in(
                after, lexicon, index, after_quote=True)
            if verb is not None and _ends_sentence(text, quote) and (
                after.index(verb) > 6 or after[0].pos_ not in ATTRIBUTION_START_POS
            ):
                # '"...?" On being told about it, he said': a new sentence, not an attribution.
                verb = subject = None
            if verb is None:
                pobj = according_object(after)
                if pobj is not None:
                    item.cue, item.subject = "according to", pobj
                    found.append(item)
                    continue
        if verb is None and kind == "partial":
            verb, subject = _governing_verb(doc, quote, index, lexicon)
        if verb is None and lead_in:
            verb, subject = _attribution_in(lead_in, lexicon, index, after_quote=False)
            if verb is None and lead_in[-1].text == ":":
                verb, subject = _statement_noun_lead(lead_in, lexicon, index)
            if verb is None:
                pobj = according_object(lead_in)
                if pobj is not None:
                    item.cue, item.subject = "according to", pobj
        if verb is None and kind == "direct":
            verb, subject = _governing_verb(doc, quote, index, lexicon)
        if verb is None and kind == "direct" and not lead_in:
            announced = colon_lead(text, quote.open_mark, prev_close)
            if announced is not None:
                lead = index.tokens(*announced)
                verb, subject = _attribution_in(lead, lexicon, index, after_quote=False)
                if verb is None:
                    verb, subject = _statement_noun_lead(lead, lexicon, index)
        if verb is not None:
            item.verb, item.subject, item.cue = verb, subject, verb.text
            item.outlet = find_outlet(verb, index, lexicon)
        found.append(item)
    return found


def colon_lead(text: str, start: int, floor: int = 0) -> tuple[int, int] | None:
    """The last sentence of the paragraph before the one opening at ``start`` when it ends with a
    colon that announces it (``The governor added:``, ``The New York Times reports:``), not before
    ``floor``; else ``None``."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None
    end = line_start - 1
    while end > floor and text[end - 1].isspace():
        end -= 1
    if end <= floor or text[end - 1] != ":":
        return None
    lo = max(text.rfind("\n", 0, end) + 1, floor)
    for mark in (". ", "? ", "! "):
        found = text.rfind(mark, lo, end)
        if found >= 0:
            lo = max(lo, found + 2)
    return lo, end


def _statement_noun_lead(tokens: list[Token], lexicon: QuoteLexicon,
                         index: DocIndex) -> tuple[Token | None, Token | None]:
    """A statement noun as object of a verb with a subject in a lead ending with a colon (``X
    made the following comment:``, ``the ministry issued a statement:``): the noun and the
    subject."""
    for token in tokens:
        if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.statement_nouns and (
            token.dep_ == "dobj"
        ):
            subject, _ = subject_of(token.head, index)
            if subject is not None:
                return token, subject
    return None, None


def _attribution_in(tokens: list[Token], lexicon: QuoteLexicon, index: DocIndex,
                    after_quote: bool) -> tuple[Token | None, Token | None]:
    """The reporting verb in an attribution clause and its subject (parse first, then position:
    ``X said`` / ``said X``)."""
    verb = _verb_in(tokens, lexicon, last=not after_quote)
    if verb is None:
        return None, None
    subject, _ = subject_of(verb, index)
    position = tokens.index(verb)
    pre = [t for t in tokens[:position] if t.dep_ != "cc"]
    in_region = {t.i for t in tokens}
    if subject is not None and not after_quote:
        if subject.i in in_region:
            return verb, subject
        # The parse reached into an earlier sentence: prefer the words before the verb.
        return verb, phrase_root(pre) or subject
    if subject is not None and subject.i in in_region:
        # '"...," X told Y': a parse that makes Y the subject is overruled by the words before
        # the verb; only an empty lead ('said X') lets the subject follow the verb.
        if subject.i < verb.i or not any(not t.is_punct for t in pre):
            return verb, subject
    root = phrase_root(pre)
    if root is None:
        post = []
        for t in tokens[position + 1 :]:
            if t.is_punct or t.pos_ in ("ADP", "VERB", "SCONJ", "AUX"):
                break
            post.append(t)
        root = phrase_root(post)
    return verb, root if root is not None else subject


def _governing_verb(doc: Doc, quote: QuoteMarks, index: DocIndex,
                    lexicon: QuoteLexicon) -> tuple[Token | None, Token | None]:
    """The reporting verb that governs the quoted words in the parse, and its subject
    (``slammed the truce as a "provocative step"``, ``describing the proposal as "unacceptable"``);
    failing one, the nearest statement verb (``exhorted voters to "..."``), so that ``X said Y
    would support Z "..."`` stays X's."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return None, None
    token = span.root
    stating: tuple[Token | None, Token | None] = (None, None)
    for _ in range(8):
        if token.head is token:
            break
        child, token = token, token.head
        if span.start <= token.i < span.end:
            continue
        if child.dep_ in SUBJECT_DEPS:
            continue  # the quoted words act ("terrorist elements" attacked), they are not said
        reporting = is_reporting(token, lexicon)
        if not reporting and (stating[0] is not None or verb_lemma(token) not in (
            lexicon.statement_content) or not is_verb_use(token)):
            continue
        if not is_passive(token):
            subject, _ = subject_of(token, index)
            if subject is not None and reporting:
                return token, subject
            if subject is not None:
                stating = (token, subject)
    return stating
