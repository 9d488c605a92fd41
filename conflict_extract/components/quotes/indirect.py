"""Reported speech without quotation marks (kind ``indirect``): a speech verb's clausal complement
(``X said (that) ...``), a clause closed by a parenthetical ``..., X said``, or the rest of a
sentence led or closed by ``according to X``. A said clause may hold a few quoted words (a
partial quote) but not a quoted sentence."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from conflict_extract.components.quotes.complements import complement_words, finite_that_clause
from conflict_extract.components.quotes.cues import (
    CLAUSE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    Attribution,
    according_object,
    is_passive,
    is_reporting,
    is_verb_use,
    overlaps,
    phrase_root,
    subject_of,
)
from conflict_extract.components.quotes.docindex import DocIndex
from conflict_extract.components.quotes.force import attack_is_statement
from conflict_extract.components.quotes.headings import DATELINE_RE, WORD_RE, crosslink_or_heading
from conflict_extract.components.quotes.lexicon import verb_lemma
from conflict_extract.components.quotes.nominal import is_statement_noun, noun_clause
from conflict_extract.components.quotes.outlets import find_outlet
from conflict_extract.components.quotes.passives import (
    drawn_criticism,
    evident_clause,
    seeming_clause,
    unnamed_judgement,
)
from conflict_extract.components.quotes.stances import (
    NOUN_STANCE_DEPS,
    is_stance_adjective,
    stance_clause,
)
from conflict_extract.models import Quote

Clause = tuple[list[Token], Token, tuple[int, int]]
"""The words of a said clause, the speaker's token and the line (seam-cut) holding them."""

NOTHING_SAID = frozenset({"nothing", "none", "anything", "little", "nobody"})
"""Objects that say no statement was made (``the minister said nothing``)."""
PHRASE_FORMS = frozenset({"object", "topic", "description", "partner", "reply"})
"""Complements that are a noun phrase (``attacked the governor``, ``talked about Gaza``): one
word can carry the statement, where a said clause needs three."""
FEWEST_WORDS = {"infinitive": 2, **dict.fromkeys(PHRASE_FORMS, 1)}
"""The fewest words of a statement by the form carrying it: an infinitive may be ``to`` and a
verb (``declined to comment``); a said clause needs three."""


def find_indirect(doc: Doc, marked: list[Attribution], index: DocIndex,
                  skip: list[tuple[int, int]]) -> list[Attribution]:
    """Reported statements of ``doc`` not carried by the marked quotes ``marked`` nor inside the
    non-prose ranges ``skip``."""
    found: list[Attribution] = []
    direct_ranges = sorted(
        (a.marks.open_mark, a.marks.outer_end) for a in marked if a.kind == "direct" and a.marks
    )
    for position in index.candidates:
        token = doc[position]
        verb: Token | None = None
        min_words = 3
        forms = index.lexicon.statement_content.get(verb_lemma(token))
        if is_reporting(token, index.lexicon, speech_only=True):
            said = _said_clause(token, index) or _announced_paragraph(token, index)
            if said is None and forms:
                said, min_words = _stated_clause(token, forms, index)
            verb = token
        elif forms and is_verb_use(token):
            said, min_words = _stated_clause(token, forms, index)
            said = said or is_passive(token) and unnamed_judgement(token, index) or None
            verb = token
        elif token.lemma_.lower() in index.lexicon.count_nouns and token.head.lower_ == "by":
            said, verb = _by_count_clause(token, index), token
        elif is_statement_noun(token, index):
            said, min_words = noun_clause(token, index)
            verb = token
        elif token.lemma_.lower() in index.lexicon.evident_adjectives and evident_clause(
            token, index
        ):  # "it is clear that ...", before "she is certain that ..." (a stance)
            said, verb = evident_clause(token, index), token
        elif token.pos_ == "NOUN" and token.dep_ in NOUN_STANCE_DEPS or is_stance_adjective(
            token, index
        ):
            said = stance_clause(token, index)
            verb, min_words = token, 1
        elif token.lower_ == "according" and token.i + 1 < len(doc) and (
            doc[token.i + 1].lower_ == "to"
        ):
            said = _according_clause(token, index)
        elif token.pos_ == "VERB" and verb_lemma(token) in index.lexicon.drawing_verbs:
            said, verb, min_words = drawn_criticism(token, index), token, 1
        elif token.pos_ in ("VERB", "AUX") and verb_lemma(token) in index.lexicon.seeming_verbs:
            said, verb = seeming_clause(token, index), token
        else:
            continue
        if said is None and token.tag_ in ("VBN", "VBD") and is_stance_adjective(token, index):
            said, min_words = stance_clause(token, index), 1  # "came away convinced that ..."
        if said is None:
            continue
        clause, subject, line = said
        span = _clause_range(clause, line, index, min_words)
        if span is None:
            continue
        lo, hi = span
        if _overlaps_ranges(direct_ranges, lo, hi) or any(lo < b and hi > a for a, b in skip):
            continue
        if crosslink_or_heading(index.text, lo, index.lexicon, index.settings.heading_max_words):
            continue
        item = Attribution(lo, hi, "indirect", verb=verb, subject=subject,
                           cue=verb.text if verb is not None else "according to")
        if verb is not None:
            item.outlet = find_outlet(verb, index, index.lexicon)
        found.append(item)
    return found


def _overlaps_ranges(ranges: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """True if ``[lo, hi)`` overlaps one of the sorted, disjoint ``ranges``."""
    i = bisect.bisect_left(ranges, (hi,)) - 1
    while i >= 0:
        qlo, qhi = ranges[i]
        if qhi <= lo:
            return False
        if qlo < hi:
            return True
        i -= 1
    return False


def _said_clause(token: Token, index: DocIndex) -> Clause | None:
    """The clause said by speech verb ``token`` and its speaker: its clausal complement, or the
    clause before a parenthetical ``..., X said``."""
    if index.in_quote(token.idx) or index.in_caption(token.idx) or is_passive(token):
        return None
    line = index.bounds(token.idx)
    # A complement whose head lies before a seam still has its words after it.
    complements = [
        c for c in token.children if c.dep_ == "ccomp" and (
            line[0] <= c.idx < line[1] or c.i < token.i and overlaps(c.right_edge, line)
        )
    ]
    if not complements:
        complements = _complement_hung_on_noun(token, line)
    if complements:
        # A complement after the verb is the said clause; one before it is a fronted
        # clause ("X were killed, the monitor said").
        complement = max(complements, key=lambda c: (c.i > token.i, -abs(c.i - token.i)))
        if complement.i < token.i and _said_object(token, index):
            return None  # "..., officials report; however, the governor denies these"
        if not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in complement.children) and not (
            finite_that_clause(complement)
        ):
            return None  # a said clause has its own subject; a bare verb phrase is a mis-parse
        clause = [t for t in _without_own_attributions(complement, index) if overlaps(t, line)]
        clause = _without_leading_adverbial(clause, complement, token)
        # A clause the parse split in two complements ("that attempts [were made] ...").
        later = [c for c in complements if c.i > complement.i > token.i]
        if later and clause and all(c.dep_ != "ccomp" or c.head.i == token.i for c in later):
            clause = [t for t in token.doc[clause[0].i : max(c.right_edge.i for c in later) + 1]
                      if overlaps(t, line)]
    else:
        clause = (_as_clause(token, line) or _fronted_clause(token, line, index)
                  or _parenthetical_sentence(token, line, index))
        if not clause:
            return None
    subject, _ = subject_of(token, index)
    if subject is not None and not overlaps(subject, line):
        subject = None  # the parse ran across a lost line break
    if subject is None:
        subject = adjacent_subject(token, line)
    if subject is None:
        # A parse broken by a heading glued to the sentence: the words before the verb.
        lead_lo = max(line[0], token.sent.start_char)
        subject = phrase_root(index.tokens(lead_lo, token.idx))
    if subject is None or index.in_quote(subject.idx):
        return None
    return clause, subject, line


def _complement_hung_on_noun(verb: Token, line: tuple[int, int]) -> list[Token]:
    """The said clause the parse hung as a relative clause on a noun after the verb (``told a
    meeting of leaders that few people understood``, ``reported at the time that the editor
    conveyed ...``): its ``that`` is no argument of the clause, which has a subject of its own."""
    for token in verb.doc[verb.i + 1 : min(verb.i + 25, verb.sent.end)]:
        if token.dep_ != "relcl" or not overlaps(token, line) or not (
            verb.i < token.head.i < token.i and verb in token.head.ancestors
        ):
            continue
        first = token.left_edge
        if first.lower_ == "that" and first.head.i == token.i and first.dep_ in ("mark", "advmod") and (
            any(c.dep_ in SUBJECT_DEPS and c.i != first.i for c in token.children)
        ):
            return [token]
    return []


def _without_own_attributions(complement: Token, index: DocIndex) -> list[Token]:
    """The words of a said clause less a coordinated reporting verb the parse hung on it, with
    its own subject and words (``She said X, and when pressed, the mother replied, "..."``)."""
    cut = [c for c in complement.children if c.dep_ == "conj" and c.i > complement.i
           and is_reporting(c, index.lexicon)
           and any(s.dep_ in SUBJECT_DEPS for s in c.children)]
    if not cut:
        return list(complement.subtree)
    first = min(c.left_edge.i for c in cut)
    words = [t for t in complement.subtree if t.i < first]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words = words[:-1]
    return words


def _announced_paragraph(verb: Token, index: DocIndex) -> Clause | None:
    """The paragraph a speech verb announces with a colon closing its own paragraph (``The
    governor added:`` then the words said), and the verb's subject."""
    doc, text = verb.doc, index.text
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ":" or index.in_quote(verb.idx):
        return None
    line = index.bounds(verb.idx)
    colon = doc[verb.i + 1]
    if text[colon.idx + 1 : line[1]].strip():
        return None
    start = line[1]
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return None
    subject, _ = subject_of(verb, index)
    if subject is None or not overlaps(subject, line):
        subject = adjacent_subject(verb, line)
    if subject is None or index.in_quote(subject.idx):
        return None
    following = index.bounds(start)
    return index.tokens(*following), subject, following


def _stated_clause(token: Token, forms: frozenset[str],
                   index: DocIndex) -> tuple[Clause | None, int]:
    """The statement a verb of ``forms`` attributes (``believes that ...``, ``vowed to ...``,
    ``denied the report``, ``praised the deal as ...``, ``talked about ...``) and its speaker: the
    verb's subject, or the agent of a passive (``it was announced by the ministry that ...``).
    Also returns the fewest words the statement may have: one for a noun-phrase complement."""
    if index.in_quote(token.idx) or index.in_caption(token.idx):
        return None, 3
    line = index.bounds(token.idx)
    subject: Token | None
    if is_passive(token):
        subject = _agent(token)
    else:
        subject, _ = subject_of(token, index)
    if subject is None or not overlaps(subject, line) or index.in_quote(subject.idx):
        return None, 3
    if token.dep_ == "relcl" and not _adverbial_relative(token) and not _subject_relative(
        token, index
    ):
        # "who asked not to be named": a condition, not a statement; "a bill he tried to pass":
        # the infinitive's object is the noun outside. "The talks in which the rebels seek to
        # ..." and "a group that vowed to rebuild the town" keep it.
        forms = forms - {"infinitive"}
    words, form = _passive_description(token) if "description" in forms else ([], "")
    if not words:
        words, form = complement_words(token, forms, index.lexicon)
    if not words and is_passive(token) and forms & {"object", "description"}:
        # "The deal was endorsed by the union": what the agent endorsed is the passive subject.
        words, form = _passive_subject_words(token), "object"
    if not words or form == "object" and all(t.lower_ in NOTHING_SAID for t in words):
        return None, 3
    if form in ("infinitive", "clause", "object") and _anonymity_condition(words, index):
        return None, 3  # "who refused to give his name": a condition of speaking, not a statement
    if form == "object" and verb_lemma(token) in index.lexicon.force_verbs and not (
        attack_is_statement(token, subject, words, index)
    ):
        return None, 3  # "militants attacked a checkpoint" is a use of force, not a statement
    clause = [t for t in words if overlaps(t, line)]
    return (clause, subject, line), FEWEST_WORDS.get(form, 3)


def _anonymity_condition(words: list[Token], index: DocIndex) -> bool:
    """True for a complement that asks for a source to stay unnamed (``not to be named``, ``to
    give his name``, ``that her name not be used``, ``(reveal) his identity``): an agentless
    passive of a naming verb, or the source's own name or identity, alone or as the object or
    passive subject of the complement's verb."""
    inside = {t.i for t in words}
    lexicon = index.lexicon

    def own_identity(noun: Token) -> bool:
        return (
            noun.lemma_.lower() in lexicon.identity_nouns
            and any(p.dep_ == "poss" and p.tag_ == "PRP$" for p in noun.children)
            and not any(p.dep_ == "prep" for p in noun.children)
        )

    for head in (t for t in words if t.head.i not in inside or t.head.i == t.i):
        if head.pos_ in ("NOUN", "PROPN") and own_identity(head):
            return True  # "(did not want to reveal) his identity"
        if head.pos_ not in ("VERB", "AUX"):
            continue
        if verb_lemma(head) in lexicon.naming_verbs and is_passive(head) and _agent(head) is None:
            return True
        if any(c.dep_ in ("dobj", "nsubjpass") and own_identity(c) for c in head.children):
            return True
    return False


def _subject_relative(verb: Token, index: DocIndex) -> bool:
    """True for a relative clause whose relative word is the verb's subject and whose
    infinitive is active (``a party that vowed to cut taxes``): the infinitive states what the
    noun outside wants, not a condition of its naming (``who asked not to be named``) nor an
    attempt (``a team that was trying to repair the bridge``)."""
    if verb_lemma(verb) in index.lexicon.attempt_verbs:
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return False
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    return bool(infinitives) and not any(
        a.dep_ == "auxpass" for c in infinitives for a in c.children
    )


def _adverbial_relative(verb: Token) -> bool:
    """True for a relative clause opened by a preposition and ``which`` or by ``where``/``when``
    (``a game in which companies seek ...``): the noun it hangs on is no argument of the verb."""
    return any(c.dep_ == "prep" and any(o.lower_ in ("which", "whom") for o in c.children)
               or c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in verb.children)


def _passive_description(verb: Token) -> tuple[list[Token], str]:
    """What a passive verb of describing states (``The general has been called a war criminal
    by rights groups``): its subject through the description, not the ``for`` phrase after it."""
    if not is_passive(verb):
        return [], ""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"]
    described = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    if not subjects or not described:
        return [], ""
    return list(verb.doc[subjects[0].left_edge.i : described[0].right_edge.i + 1]), "description"


def _passive_subject_words(verb: Token) -> list[Token]:
    """The words of a passive verb's subject (``the deal`` in ``the deal was endorsed by``),
    left out when it is a pronoun or relative word that names nothing itself."""
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.pos_ != "PRON":
            return list(child.subtree)
    return []


def _agent(verb: Token) -> Token | None:
    """The object of a passive verb's ``by`` agent (``announced by the ministry``)."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _according_clause(token: Token, index: DocIndex) -> Clause | None:
    """The sentence led or closed by ``according to X`` (``token`` is ``according``) and X."""
    doc = token.doc
    sent = token.sent
    phrase = list(token.subtree)
    if not phrase or index.in_quote(token.idx) or index.in_caption(token.idx):
        return None
    line = index.bounds(token.idx)
    subject = according_object([token, doc[token.i + 1], *phrase[2:]])
    if subject is None:
        return None
    clause = _sentence_beside(phrase, sent)
    return None if clause is None else (clause, subject, line)


def _by_count_clause(noun: Token, index: DocIndex) -> Clause | None:
    """The sentence led or closed by ``by X's count`` or ``by one estimate`` (``noun`` is the
    count) and who counted: the possessor, else the count itself (``one estimate``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ == "agent" or index.in_quote(
        noun.idx
    ) or index.in_caption(noun.idx) or not (prep.i == noun.sent.start or prep.nbor(-1).text == ","):
        return None  # "surrounded by the army's count of tanks": no count set off as a source
    owner = next((c for c in noun.children if c.dep_ == "poss"), noun)
    if owner is noun and not any(c.dep_ in ("det", "nummod", "amod") for c in noun.children):
        return None
    clause = _sentence_beside(list(prep.subtree), noun.sent)
    return None if clause is None else (clause, owner, index.bounds(noun.idx))


def _sentence_beside(phrase: list[Token], sent: Span) -> list[Token] | None:
    """The words of ``sent`` beside an attributing phrase that leads it, closes it or stands
    in it as an aside between commas; ``None`` for a phrase anywhere else."""
    doc = sent.doc
    first, last = sent.start, sent.end - 1
    while first < last and (doc[first].is_space or doc[first].is_punct):
        first += 1
    while last > first and (doc[last].is_space or doc[last].is_punct):
        last -= 1
    if phrase[0].i <= first + 1:
        clause = list(sent[phrase[-1].i + 1 - sent.start :])
    elif phrase[-1].i >= last - 1:
        clause = list(sent[: phrase[0].i - sent.start])
    elif doc[phrase[0].i - 1].text == "," and phrase[-1].i + 1 < len(doc) and (
        doc[phrase[-1].i + 1].text == ","
    ):
        # "The strike, according to the ministry, killed 12 people": an aside in the sentence.
        aside = {t.i for t in phrase}
        clause = [t for t in sent if t.i not in aside]
    else:
        return None
    return clause


def _clause_range(clause: list[Token], line: tuple[int, int], index: DocIndex,
                  min_words: int = 3) -> tuple[int, int] | None:
    """The character range of a said clause: trimmed of a leading ``that`` and of punctuation,
    cut at seams and past a dateline, widened so no quotation is cut in two; ``None`` for a
    clause of under ``min_words`` words or one that is a single quotation."""
    clause = [t for t in clause if not t.is_space and overlaps(t, line)]
    while clause and (clause[0].is_punct or clause[0].dep_ in ("mark", "advmod")
                      and clause[0].lower_ == "that"):
        clause = clause[1:]
    while clause and (clause[-1].is_punct or clause[-1].lower_ in ("and", "but")):
        clause = clause[:-1]
    if len(clause) < min_words:
        return None
    first = clause[0]
    if first.dep_ == "case" and first.head.i == first.i - 1:
        first = first.head  # "insurgentsRussia ’s foray": the possessor straddles a seam
    lo = max(first.idx, line[0])
    hi = clause[-1].idx + len(clause[-1])
    if line[1] < hi:  # the last token straddles a seam ("was OK.Insufficient")
        hi = line[1]
        while hi > lo and index.text[hi - 1] in " .,;:":
            hi -= 1
    dateline = DATELINE_RE.match(index.text, lo, hi)
    if dateline:
        lo = dateline.end()
    lo, hi = _widen_to_quotes(lo, hi, index.quote_ranges)
    if _only_quoted(index.text, lo, hi, index.quote_ranges):
        return None  # the said clause is one quotation: the marked quote carries it
    return lo, hi


def adjacent_subject(verb: Token, bounds: tuple[int, int]) -> Token | None:
    """The head of the noun phrase right before ``verb`` when the parse gave the verb no
    subject of its own in reach (``Zabiullah Mujahid, the spokesperson for the Taliban,
    claimed``): climbed through prepositions, appositions and modifiers to a name or noun."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and (doc[k].is_punct or doc[k].pos_ in ("ADV", "AUX", "PART")):
        k -= 1
    if k < 0 or not overlaps(doc[k], bounds) or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    token = doc[k]
    for _ in range(6):
        head = token.head
        if token.dep_ not in ("pobj", "prep", "appos", "compound", "amod", "poss") or (
            head.i >= verb.i or not overlaps(head, bounds) or head.i == token.i
        ):
            break
        token = head
    return token if token.pos_ in ("NOUN", "PROPN") else None


def _only_quoted(text: str, lo: int, hi: int, ranges: list[tuple[int, int]]) -> bool:
    """True if ``text[lo:hi]`` is a quotation with at most two words outside its marks."""
    i = bisect.bisect_right(ranges, (hi,)) - 1
    while i >= 0 and ranges[i][1] > lo:
        qlo, qhi = ranges[i]
        if qlo <= lo + 30 and qhi >= hi - 30:
            outside = text[lo:qlo] + " " + text[qhi:hi]
            return len(WORD_RE.findall(outside)) <= 2
        i -= 1
    return False


def _without_leading_adverbial(clause: list[Token], complement: Token, verb: Token) -> list[Token]:
    """Drop a time or place phrase the parse put at the head of a said clause although it goes
    with the saying (``said on Friday it had shot down 20 drones``)."""
    if not clause or clause[0].i < verb.i or clause[0].lower_ == "that":
        return clause
    subjects = [c for c in complement.children if c.dep_ in CLAUSE_SUBJECT_DEPS]
    if not subjects:
        return clause
    start = subjects[0].left_edge.i
    lead = [t for t in clause if t.i < start]
    if lead and lead[0].dep_ in ("prep", "npadvmod") and all(
        t.lower_ != "that" for t in lead
    ):
        return [t for t in clause if t.i >= start]
    return clause


def _fronted_clause(verb: Token, line: tuple[int, int], index: DocIndex) -> list[Token]:
    """The clause before a parenthetical attribution the parse did not link to it
    (``strikes killed 40 people on Tuesday, health officials said, as ...``): the sentence up to
    the comma before the verb's subject, when that stretch has a verb of its own."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or _said_object(verb, index):
        return []  # "..., the governor denies these allegations": not a parenthetical "X said"
    if not subjects or verb.dep_ == "relcl":
        return []  # "Bai, who testified": the words before a relative clause were not said
    comma = subjects[-1].left_edge.i - 1
    sent = verb.sent
    if comma <= sent.start + 2 or verb.doc[comma].text != ",":
        return []
    clause = [t for t in verb.doc[sent.start : comma] if line[0] <= t.idx < line[1]]
    if len(clause) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return []
    return clause


def _as_clause(verb: Token, line: tuple[int, int]) -> list[Token]:
    """The clause an ``as X said`` aside attributes (``As the envoy pointed out, the truce has
    never held``; ``Aid, as officials noted, arrives late``): the governing clause without the
    aside."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return []
    aside = {t.i for t in verb.subtree}
    return [t for t in verb.head.subtree if t.i not in aside and overlaps(t, line)]


def _said_object(verb: Token, index: DocIndex) -> bool:
    """True if ``verb`` has an object that is what was said (``denies these allegations``), not
    the person a verb of telling addresses (``he told me``, ``she told the council``)."""
    addressee = verb_lemma(verb) in index.lexicon.addressee_verbs
    return any(c.dep_ == "dobj" and not addressee or c.dep_ == "dative" and not addressee
               for c in verb.children)


def _parenthetical_sentence(verb: Token, line: tuple[int, int], index: DocIndex) -> list[Token]:
    """The sentence around a parenthetical attribution (``Climate change, Mr. Obama often says, is
    the greatest threat``; ``All of this, he acknowledges, could be undone``): the verb and its
    subject set off by commas, with words of the sentence on both sides."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    if not subjects or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or _said_object(
        verb, index
    ):
        return []
    lo = subjects[0].left_edge.i - 1
    hi = verb.i + 1
    # "he told me", "she told reporters on Friday": the aside runs on to the comma.
    aside = [c for c in verb.children if c.i > verb.i and c.dep_ in (
        "dobj", "dative", "prep", "npadvmod", "advmod") and c.right_edge.i < verb.sent.end - 2]
    if aside:
        hi = max(c.right_edge.i for c in aside) + 1
    while hi < len(doc) and doc[hi].pos_ == "ADV":
        hi += 1
    sent = verb.sent
    if lo <= sent.start or hi >= sent.end - 2 or doc[lo].text != "," or doc[hi].text != ",":
        return []
    clause = [t for t in sent if line[0] <= t.idx < line[1]]
    if sum(1 for t in clause if not t.is_punct) - (hi - lo) < 5:
        return []
    return clause


def _widen_to_quotes(lo: int, hi: int, ranges: list[tuple[int, int]]) -> tuple[int, int]:
    """Widen ``[lo, hi)`` so that no quotation (marks included) is cut in two."""
    i = bisect.bisect_right(ranges, (hi,)) - 1
    while i >= 0 and ranges[i][1] > lo:
        qlo, qhi = ranges[i]
        if qlo < hi and qhi > lo:
            lo, hi = min(lo, qlo), max(hi, qhi)
        i -= 1
    return lo, hi


def drop_nested_reported(text: str, made: list[tuple[Attribution, Quote]]) -> list[Quote]:
    """Reported statements nested in another of the same speaker: a coordinated one (``announced
    that an inquiry was opened and stated that ...``) ends the outer clause; any other (``adds: we
    reiterate that ...``) is carried by the outer one and dropped."""
    out: list[Quote] = []
    outer: Quote | None = None
    for item, quote in made:
        if (quote.kind == "indirect" and outer is not None and quote.speaker_name == outer.speaker_name
                and outer.start < quote.start and quote.end <= outer.end):
            verb = item.verb
            cc = verb.doc[verb.i - 1] if verb is not None and verb.i else None
            if cc is not None and cc.dep_ == "cc" and outer.start < cc.idx:
                end = cc.idx
                while end > outer.start and text[end - 1] in " ,;":
                    end -= 1
                outer.end, outer.text = end, text[outer.start : end]
            else:
                continue
        if quote.kind == "indirect":
            outer = quote
        out.append(quote)
    return out
