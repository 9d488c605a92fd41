"""Overlapping mentions settled, then short forms added after a full mention (``the
Observatory``, ``the monitor``, an acronym defined in parentheses).
"""

from __future__ import annotations

from conflict_extract.components.groups.article import ArticleState, Ident, Mention
from conflict_extract.components.groups.words import (
    GENERIC_HEADS,
    HEAD_BACK_REFERENCES,
    RANK_DICT,
    RANK_PHRASE,
)
from conflict_extract.nlp.extensions import in_skipped


def resolve(st: ArticleState) -> list[Mention]:
    """Drop overlapping mentions: dictionary first, then longer, then better ranked."""
    chosen: list[Mention] = []
    taken = bytearray(len(st.doc) + 1)
    order = sorted(
        st.mentions,
        key=lambda m: (m.rank != RANK_DICT, -(m.end - m.start), m.rank, m.start),
    )
    for mention in order:
        if any(taken[mention.start : mention.end]):
            continue
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        chosen.append(mention)
    chosen.sort(key=lambda m: m.start)
    st.taken = taken
    return chosen


def short_forms(st: ArticleState, mentions: list[Mention]) -> list[Mention]:
    """Add short forms after a full mention: ``the Observatory``, ``the monitor``."""
    doc, res = st.doc, st.res
    first: dict[Ident, int] = {}
    for m in mentions:
        first.setdefault(m.ident, m.start)
    shorts: dict[str, Ident | None] = {}
    for ident in first:
        if ident.type in {"state", "state_forces"} or " " not in ident.name:
            continue
        words = ident.name.split()
        forms = set()
        for cut in ("for", "of"):
            if cut in words[1:]:
                forms.add(" ".join(words[: words.index(cut)]))
        for head in {words[-1], *(f.split()[-1] for f in forms if f)}:
            if head.lower() not in GENERIC_HEADS and head[:1].isupper() and len(head) > 3:
                forms.add(head)
        for form in forms:
            low = form.lower()
            if not form or low in res.adj_to_cc or res.place_cc(low):
                continue  # "Colombia" is no short form of "... Forces of Colombia"
            shorts[form] = None if form in shorts and shorts[form] != ident else ident
    # "Communist Party of Spain (PCE)": the acronym names the actor from here on.
    for m in mentions:
        j = m.end
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and (
            doc[j + 1].is_upper and len(doc[j + 1]) > 1
            and m.ident.type not in {"state", "state_forces"}
        ):
            st.acronyms.setdefault(doc[j + 1].text, m.ident)
            shorts.setdefault(doc[j + 1].text, m.ident)
    added = []
    by_type: dict[str, list[tuple[int, Ident]]] = {}
    for ident, pos in first.items():
        by_type.setdefault(ident.type, []).append((pos, ident))
    by_first_word: dict[str, list[tuple[int, str]]] = {}
    for form in shorts:
        words = form.split()
        by_first_word.setdefault(words[0], []).append((len(words), form))
    texts, taken = st.words, st.taken
    n = len(texts)
    for i, text in enumerate(texts):
        if taken[i]:
            continue
        options = by_first_word.get(text)
        done = False
        for width, form in sorted(options or (), reverse=True):
            if i + width > n or any(taken[i : i + width]):
                continue
            ident = shorts.get(form)
            if ident is not None and first[ident] < i and " ".join(texts[i : i + width]) == form:
                added.append(Mention(i, i + width, ident, RANK_PHRASE))
                taken[i : i + width] = b"\x01" * width
                done = True
                break
        if done:
            continue
        low = text.lower()
        if i == 0 or texts[i - 1].lower() != "the" or doc[i].pos_ not in {"NOUN", "PROPN"}:
            continue
        if i + 1 < n and texts[i + 1] in {"-", "–"}:
            continue  # the coalition-backed government
        kind = res.short_form_types.get(low)
        earlier = [(p, x) for p, x in by_type.get(kind, ()) if p < i] if kind else []
        if not earlier and low in HEAD_BACK_REFERENCES:
            # "the coalition" after "the Saudi-led coalition", "the ministry" after a ministry
            earlier = [
                (p, x) for x, p in first.items()
                if p < i and x.name.lower().split()[-1] == low
            ]
            if len({x for _p, x in earlier}) > 1:
                earlier = []
        if earlier:
            ident = max(earlier, key=lambda x: x[0])[1]
            added.append(Mention(i, i + 1, ident, RANK_PHRASE))
    added = [m for m in added if not in_skipped(doc, doc[m.start].idx, doc[m.end - 1].idx + 1)]
    return sorted(mentions + added, key=lambda m: m.start)
