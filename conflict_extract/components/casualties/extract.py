"""The casualty extractor: :func:`extract_casualties` reads a Doc sentence by sentence."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.candidates import sentence_candidates
from conflict_extract.components.casualties.cumulative import place_running_tolls
from conflict_extract.components.casualties.evidence import cut_glued, evidence_range
from conflict_extract.components.casualties.incidents import (
    added_victims,
    coded_updates,
    mark_sentence_notes,
    possessive_deaths,
)
from conflict_extract.components.casualties.lexicon import (
    CasualtyLexicon,
    child_with,
    lemma_of,
    load_lexicon,
)
from conflict_extract.components.casualties.links import inherit_links, link_record, settle_links
from conflict_extract.components.casualties.subcounts import mark_breakdowns
from conflict_extract.components.casualties.victims import victims_for
from conflict_extract.models import Casualty
from conflict_extract.nlp.extensions import doc_text, in_skipped

AMONG = frozenset({"among", "amongst"})

ESCAPE_OBJECTS = frozenset({"scene", "spot", "site", "vehicle", "car", "custody", "prison", "jail",
                            "police", "checkpoint"})


@dataclass(frozen=True)
class CasualtySettings:
    """The extractor's settings (the component's ``default_config``)."""

    war_context_sentences: int = 3
    """How many sentences before a running toll are searched for the war it counts."""


DEFAULT_SETTINGS = CasualtySettings()


def figure_kind(cand: Candidate) -> str:
    """How the figure was read, for the totals: ``summary`` for a count of the outcome noun itself
    (``40 deaths``), ``among`` for one of a toll (``was among the dead``), else the role kind (``verb``, ``state``, ``toll``, ``nominal``, ``acl``,
    ``sub``)."""
    if cand.kind == "nominal" and cand.noun is not None and cand.trigger.i == cand.noun.i:
        return "summary"
    if cand.kind == "state" and AMONG & {cand.trigger.head.lower_, cand.trigger.head.head.lower_}:
        return "among"  # "a commander was among the dead": one of a toll told elsewhere
    return cand.kind


def extract_casualties(doc: Doc, settings: CasualtySettings = DEFAULT_SETTINGS) -> list[Casualty]:
    """Return the casualty counts in ``doc``, sub-counts pointing at their containing count."""
    lex = load_lexicon()
    if not doc.has_annotation("DEP"):
        return []  # the rules read the dependency parse; a pipeline without a parser gets none
    return _extract(doc, lex, settings)


def _extract(doc: Doc, lex: CasualtyLexicon, settings: CasualtySettings) -> list[Casualty]:
    """The sentence loop of :func:`extract_casualties`."""
    out: list[Casualty] = []
    recent: list[Span] = []
    context = settings.war_context_sentences
    # Every sentence is read and each record checked against the skipped lines: the parser
    # sometimes glues a "READ MORE: ..." line to the paragraph after it, which must not be lost.
    for sent in doc.sents:
        recent = [*(recent[-context:] if context else []), sent]
        stop_list: list[int] = []
        first = len(out)
        cands = sentence_candidates(sent, lex, stop_list)
        mains: list[Candidate] = []
        stops = tuple(stop_list)
        for cand in cands:
            parent: Candidate | None = None
            if cand.sub:
                # a sub-count's whole is named in the same sentence
                parent = mains[-1] if mains else None
                if parent is None:
                    if not cand.outcome:
                        continue
                    cand.sub = False
                elif cand.outcome and cand.outcome != parent.outcome:
                    parent = None
                    cand.sub = False
                if parent is not None and not cand.outcome:
                    cand.outcome = parent.outcome
            if not cand.outcome:
                continue
            cand.victims = victims_for(cand, mains)
            if cand.outcome == "displaced" and lemma_of(cand.trigger) == "flee" and (
                    cand.victims in lex.armed or lemma_of(
                        child_with(cand.trigger, "dobj") or cand.trigger) in ESCAPE_OBJECTS):
                continue  # "three suspects fled", "two men fled the scene": no displacement
            lo, hi = evidence_range(cand, stops)
            start, end = doc[lo].idx, doc[hi].idx + len(doc[hi])
            end = cut_glued(doc_text(doc), start, end, cand)
            if in_skipped(doc, start, end):
                continue
            record = Casualty(
                outcome=cand.outcome,
                count=cand.qty.count,
                low=cand.qty.low,
                high=cand.qty.high,
                qualifier=cand.qty.qualifier,
                victims=cand.victims,
                text=doc_text(doc)[start:end],
                start=start,
                end=end,
                links={"figure": figure_kind(cand)},
            )
            if cand.anchor.dep_ == "conj" and mains and mains[-1].anchor in cand.anchor.conjuncts:
                record.links["coordinated"] = "previous"  # "a woman and her three children"
            if parent is not None and parent.record is not None:
                record.part_of = out.index(parent.record)
                inherit_links(record, parent.record)
            else:
                link_record(cand, record, sent, lex)
                mains.append(cand)
            cand.record = record
            out.append(record)
        mark_breakdowns(mains, out)
        place_running_tolls(mains, out, recent, lex)
        out.extend(coded_updates(sent, lex, doc_text(doc)))
        if not mains:
            out.extend(possessive_deaths(sent, lex, doc_text(doc)))
        elif any(c.outcome == "killed" for c in mains):
            out.extend(added_victims(sent, lex, doc_text(doc)))
        mark_sentence_notes(sent, out[first:], lex)
    settle_links(out, doc, lex)
    return out
