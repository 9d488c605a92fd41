"""Generic actor phrases the model misses (``government forces``, ``the army``, ``rebels``,
``allied militias``) and adjectival uses before an attack noun (``rebel fire``).
"""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.groups.article import (
    ArticleState,
    Ident,
    actor_ident,
    add,
    article_country,
    canon,
    lookup,
    police,
    state,
    state_forces,
    unidentified_group,
)
from conflict_extract.components.groups.countries import np_country, recent_forces
from conflict_extract.components.groups.words import INSTITUTION_FORCES, RANK_GENERIC, squash


def find_generic(st: ArticleState) -> None:
    """Generic actor phrases (``government forces``, ``rebels``, ``the army``), given the country
    their own phrase names (``Colombia's secret police``, ``that nation's army``) or else the
    article's main country; with neither they stay generic (``rebels``, country null)."""
    militias: dict[str, Ident] = {}
    for key, start, end in st.m.generic_pm(st.doc):
        label = st.doc.vocab.strings[key]
        opened = _phrase_start(st, label, start, end)
        if opened is not None:
            _generic_mention(st, label, opened, end, militias)
    find_attack_modifiers(st)


def _phrase_start(
    st: ArticleState, label: str, start: int, end: int
) -> tuple[int, Token | None, bool] | None:
    """Where a generic phrase match starts, the token before it and whether it names allied
    militias (``pro-Assad militias``), or None when the match is part of something else."""
    doc = st.doc
    last = doc[end - 1]
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.text in {"-", "–"}:
        return None  # government-held, rebel-controlled
    if not st.lowercased and nxt is not None and last.is_title and nxt.is_title and (
        not nxt.is_stop
    ):
        return None  # part of a longer name: Air Force Office of Special Investigations
    allied = False
    if prev is not None and prev.text in {"-", "–"} and label != "STATE":
        if label != "MILITIAS" or start < 3 or doc[start - 3].lower_ != "pro":
            return None  # X-backed rebels: see find_backed
        start -= 3  # pro-regime militiamen, pro-Assad militias
        prev = None
        allied = True
    if label == "STATE_BARE":
        if last.pos_ not in {"NOUN", "PROPN"} or (
            prev is not None and (prev.text in {"-", "–"} or prev.lower_ == "anti")
        ):
            return None
        if not st.lowercased and last.is_title and last.i > 0 and last.ent_type_ in {
            "ORG", "NORP"
        } and last.ent_iob_ == "I":
            return None  # part of a name: Free Syrian Army
    return start, prev, allied


def _generic_mention(
    st: ArticleState,
    label: str,
    opened: tuple[int, Token | None, bool],
    end: int,
    militias: dict[str, Ident],
) -> None:
    """Record the actor of one generic phrase (``opened`` from :func:`_phrase_start`)."""
    doc, res = st.doc, st.res
    start, prev, allied = opened
    # The matched words, before a "pro-" prefix widened the phrase.
    matched = squash(doc[start + 3 if allied else start : end].text)
    last = doc[end - 1]
    local, cc, start = np_country(st, start)
    if not local and start in st.force_ends:
        local, cc = True, st.force_ends[start]  # U.S. Air Force Security Forces
    if not local and matched in INSTITUTION_FORCES:
        local, cc = True, recent_forces(st, start)  # the navy after the Israeli navy
    country = cc if local else st.main
    adj = res.adjective(country)
    if label == "SOLDIERS" or (label == "STATE_BARE" and last.lower_ in {"army", "military"}):
        # "the army" after "the Israeli army" is that army, not the main country's.
        forces = cc if local else recent_forces(st, start)
        add(st, start, end, state_forces(st, forces), RANK_GENERIC)
        return
    if label == "STATE_BARE":
        if last.lower_ == "government":
            # The government is the state, not its armed forces (ACLED's "Government of
            # X" and "Military Forces of X").
            ident = state(st, country) if country else Ident("government", "state", None)
            add(st, start, end, ident, RANK_GENERIC)
            return
        label = "STATE"  # the regime, the junta: the forces that rule
    if label == "STATE":
        if prev is not None and prev.text in {"-", "–"}:
            if start < 2 or doc[start - 2].lower_ not in {"pro"}:
                return
            start -= 2
        ident = state_forces(st, country)
        if country and matched in INSTITUTION_FORCES:
            # a branch with its own dictionary entry: the Venezuelan National Guard
            actor = lookup(st, f"{adj} {matched}")
            if actor is not None and actor.type == "state_forces":
                ident = actor_ident(st, actor)
    elif label == "REBELS":
        # Insurgents are often another actor than the rebels (IS insurgents in Syria).
        head = "insurgents" if matched.startswith("insurgent") else "rebels"
        ident = canon(st, f"{adj} {head}" if adj else head, "armed_group", country)
    elif label == "POLICE":
        ident = police(st, country if local else article_country(st))
    elif label == "MILITIAS":
        if prev is not None and prev.lower_ in res.allied_words:
            start -= 1
            allied = True
        elif start >= 3 and (
            doc[start - 3 : start].text.lower().replace(" ", "") in res.allied_words
            or (doc[start - 3].lower_ == "pro" and doc[start - 2].text in {"-", "–"})
        ):
            start -= 3  # pro-government militiamen, pro-Assad militias (three tokens)
            allied = True
        # Named by kind, never by the surface: "militiamen" are militias.
        name = "pro-government militias" if allied else res.militia_names.get(
            matched, "militias"
        )
        ident = militias.setdefault(name, Ident(name, "militia", country))
    elif label == "MILITANTS":
        ident = unidentified_group(st, country if local else article_country(st))
    else:
        ident = Ident(f"{adj} separatists" if adj else "separatists", "armed_group", country)
    add(st, start, end, ident, RANK_GENERIC)
    head = "militants" if label == "MILITANTS" else ident.name.split()[-1].lower()
    st.generic.setdefault(ident, head)


def find_attack_modifiers(st: ArticleState) -> None:
    """Adjectival uses before an attack noun: ``rebel fire``, ``government shelling``."""
    doc, res = st.doc, st.res
    adj = res.adjective(st.main)
    for i, word in enumerate(st.words):
        cls = res.attack_modifiers.get(word.lower())
        if cls is None or i + 1 >= len(doc):
            continue
        token = doc[i]
        nxt = doc[i + 1]
        two = doc[token.i + 1 : token.i + 3].text.lower()
        if nxt.lower_ not in res.attack_nouns and two not in res.attack_nouns:
            continue
        if cls == "state_forces":
            ident = state_forces(st, st.main)
        elif cls == "rebels":
            head = "insurgents" if word.lower() == "insurgent" else "rebels"
            ident = Ident(f"{adj} {head}" if adj else head, "armed_group", st.main)
        elif cls == "militants":
            ident = unidentified_group(st, article_country(st))
        else:
            continue
        add(st, token.i, token.i + 1, ident, RANK_GENERIC)
