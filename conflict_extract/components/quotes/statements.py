"""Quoted sources: direct, partial and reported statements with their speakers.

:func:`extract_quotes` runs the finders over one Doc in three steps:

1. :mod:`marks` pairs the quotation marks; :mod:`headings` leaves out headlines, section headings,
   cross-link lines, photo captions, datelines and text across seams where line breaks were lost.
2. :mod:`direct` classifies each quoted passage (``direct``/``partial``) and finds its reporting
   verb and subject; :mod:`indirect` finds reported statements without marks (``indirect``): a
   reporting verb of ``data/quotes/verbs.json`` (grouped by kind, each kind naming the complements
   that carry the statement), ``according to X``, ``..., X said``, a passive with its agent;
   :mod:`turns` finds speakers named by layout (``PENCE: ...``, ``Name: "..."``, ``"..." ― Name``).
3. Speakers are resolved in text order against an explicit :class:`SpeakerHistory`
   (:mod:`speakers`, :mod:`pronouns`, :mod:`names`); :mod:`continuation` carries a speaker to the
   quotes that go on with a statement, and :mod:`scare_quotes` drops quoted words that are names,
   titles or scare quotes.

A speaker is a person, a description of one (``official``, ``witness``), an organisation (under
its group name from ``doc._.groups``) or a document (``statement``, ``report``). A reported
statement without a credible speaker is dropped; a quoted one keeps ``speaker = None``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from conflict_extract.components.quotes.continuation import (
    backfill_continued,
    continues,
    share_groups,
)
from conflict_extract.components.quotes.cues import Attribution, is_verb_use
from conflict_extract.components.quotes.direct import attribute_marked
from conflict_extract.components.quotes.docindex import DocIndex, index_doc
from conflict_extract.components.quotes.headings import crosslink_or_heading
from conflict_extract.components.quotes.history import Speaker, SpeakerHistory
from conflict_extract.components.quotes.indirect import drop_nested_reported, find_indirect
from conflict_extract.components.quotes.lexicon import load_lexicon, verb_lemma
from conflict_extract.components.quotes.marks import find_quote_marks
from conflict_extract.components.quotes.names import (
    as_written,
    layout_speaker,
    mention_span,
    title_of,
)
from conflict_extract.components.quotes.scare_quotes import (
    is_name,
    is_title,
    quoted_name,
    scare_quote_or_title,
)
from conflict_extract.components.quotes.settings import QuoteSettings
from conflict_extract.components.quotes.speakers import from_subject, new_history
from conflict_extract.components.quotes.turns import (
    find_headline_claims,
    find_headline_verbs,
    find_turns,
    layout_name,
)
from conflict_extract.models import Quote
from conflict_extract.nlp.extensions import doc_text, in_skipped

DEFAULT_SETTINGS = QuoteSettings()


def extract_quotes(doc: Doc, settings: QuoteSettings = DEFAULT_SETTINGS) -> list[Quote]:
    """Return the direct, partial and indirect statements of ``doc`` with resolved speakers."""
    lexicon = load_lexicon()
    text = doc_text(doc)
    skip = list(doc._.skip_spans or ())
    marks = [
        q for q in find_quote_marks(text, settings.max_quote_chars, settings.max_single_quote_chars)
        if not in_skipped(doc, q.open_mark, q.outer_end)
        and not crosslink_or_heading(text, q.start, lexicon, settings.heading_max_words)
    ]
    index = index_doc(doc, text, marks, lexicon, settings)
    items = attribute_marked(doc, marks, index, lexicon)
    headline = find_headline_verbs(index)
    items.extend(find_indirect(doc, items, index, skip + [(a.start, a.end) for a in headline]))
    items.extend(_new_turns(find_turns(index) + find_headline_claims(index) + headline, items))
    items.sort(key=lambda a: a.start)

    history = new_history(index)
    made: list[tuple[Attribution, Quote]] = []
    previous: tuple[Attribution, Quote] | None = None
    for item in items:
        quote = _statement(index, history, item)
        if quote is None:
            continue
        if quote.speaker is None and item.marks is not None:
            _inherit(index, item, quote, previous, made)
        if item.marks is not None and (
            item.kind == "partial" and (is_name(quote.text) or quoted_name(doc, index, item.marks))
            or item.verb is None and is_title(quote.text)
        ):
            continue  # the "Islamic State", "Operation Iron Swords": a name, not words said
        if item.marks is not None and quote.speaker is None and item.verb is None and (
            item.marks.single or item.kind == "partial" and scare_quote_or_title(quote.text)
        ):
            continue
        previous = (item, quote)
        made.append((item, quote))
    out = drop_nested_reported(text, made)
    backfill_continued(out, items)
    share_groups(out)
    return out


def _new_turns(turns: list[Attribution], items: list[Attribution]) -> list[Attribution]:
    """Transcript turns not already carried by a quoted sentence or reported statement."""
    taken = [(a.start, a.end) for a in items if a.kind == "direct"]
    return [t for t in turns if not any(t.start < hi and lo < t.end for lo, hi in taken)]


def _statement(index: DocIndex, history: SpeakerHistory, item: Attribution) -> Quote | None:
    """The statement of ``item`` with its speaker resolved against (and added to) ``history``;
    ``None`` for a reported statement nobody credible made (``investigations revealed``)."""
    speaker: Speaker | None = None
    span: tuple[int, int] | None = None
    title = None
    shown: str | None = None  # the name as the attributing mention writes it
    if item.marks is not None and item.named is None:
        item.named = layout_name(index, item.marks)
        if item.named is not None and item.named[0] >= item.start:
            item.subject = None  # a quoted transcript turn names its own speaker
    if item.subject is not None:
        speaker = from_subject(index, history, item.subject, _says(index, item))
        if speaker is None and item.marks is None and item.subject.pos_ != "PRON":
            return None
        if speaker is not None and item.subject.lower_ in index.lexicon.pronouns:
            span = history.spans.get(speaker.name)
        elif speaker is not None:
            span = mention_span(index, item.subject, speaker.name)
            title = title_of(index, item.subject, span)
            if index.settings.speaker_form == "as_written" and speaker.kind in ("person", "org"):
                shown = as_written(index, span)
    elif item.named is not None:
        speaker, span = layout_speaker(index, history, item.named), item.named
    end = _end_without_trailing_comma(index.text, item.start, item.end)
    quote = Quote(text=index.text[item.start : end], kind=item.kind, start=item.start,
                  end=end, cue=item.cue, outlet=item.outlet)
    if speaker is not None:
        quote.speaker, quote.speaker_name = shown or speaker.name, speaker.name
        quote.speaker_group, quote.speaker_title = speaker.group, title
        quote.speaker_span = list(span) if span is not None else None
        if span is not None:
            history.spans[speaker.name] = span
        position = item.subject.idx if item.subject is not None else item.start
        history.speakers.append(Speaker(speaker.name, speaker.kind, speaker.group, position,
                                        speaker.head))
    return quote


def _says(index: DocIndex, item: Attribution) -> bool:
    """True if the cue of ``item`` makes its own subject a speaker whatever noun it is: a verb
    of the ``say`` kind (``one slide says``, ``developers say``). A subject borrowed from
    elsewhere (``a confession inside the boat that said``) gets no such trust, nor do verbs
    that things do as well as people (``investigations revealed``)."""
    verb = item.verb
    return (verb is not None and item.subject is not None and item.subject.head.i == verb.i
            and is_verb_use(verb) and verb_lemma(verb) in index.lexicon.saying)


def _end_without_trailing_comma(text: str, start: int, end: int) -> int:
    """The end of a statement less the comma, semicolon or colon that only joins it to its
    attribution (``"We are leaving," she said``); offsets keep pointing at the words."""
    words = text[start:end].rstrip(" ,;:\u00a0")
    return start + len(words) if words else end


def _inherit(index: DocIndex, item: Attribution, quote: Quote,
             previous: tuple[Attribution, Quote] | None,
             made: list[tuple[Attribution, Quote]]) -> None:
    """Give an unattributed quotation the speaker of the statement it continues, or of the
    reported statement it is quoted inside (``Lavrov said Moscow would “respond in kind”``)."""
    source = None
    if previous is not None and continues(index.text, previous[0], item,
                                          index.lexicon.abbreviation_re):
        source = previous[1]
    else:
        # Not from a headline's claim: its single-quoted words are the headline writer's.
        source = next((q for a, q in reversed(made) if a.marks is None and q.speaker
                       and a.named is None and q.start <= item.start and item.end <= q.end),
                      None)
    if source is not None:
        quote.speaker, quote.speaker_name = source.speaker, source.speaker_name
        quote.speaker_group, quote.speaker_title = source.speaker_group, source.speaker_title
        quote.speaker_span = source.speaker_span
        quote.cue, quote.outlet = source.cue, source.outlet
