"""Identity merges (former names stated in the text, defined acronyms, a generic noun's one
claimant, a prefix's only longer name) and the final :class:`~conflict_extract.models.Group` list.
"""

from __future__ import annotations

from conflict_extract.components.groups.article import (
    ArticleState,
    Ident,
    Mention,
    article_country,
    state,
    state_forces,
)
from conflict_extract.components.groups.canonical import actor_class
from conflict_extract.components.groups.words import (
    BARE_HEADS,
    FORMER_NAME,
    GENERIC_HEADS,
    POSSESSIVE,
    RANK_DICT,
    RENAMED,
)
from conflict_extract.models import Group


class _UnionFind:
    """Identity merges: each identity points to the one it joined."""

    def __init__(self) -> None:
        self.parent: dict[Ident, Ident] = {}

    def root(self, x: Ident) -> Ident:
        """The identity ``x`` finally belongs to."""
        while x in self.parent:
            x = self.parent[x]
        return x

    def union(self, child: Ident, keep: Ident) -> None:
        """Merge ``child`` into ``keep`` (``keep``'s name wins)."""
        a, b = self.root(child), self.root(keep)
        if a != b:
            self.parent[a] = b


def merge_names(st: ArticleState, mentions: list[Mention]) -> dict[Ident, Ident]:
    """Identity merges: former names stated in the text, acronyms defined in it, a generic noun's
    one claimant, and a prefix's only longer name. Returns identity -> canonical identity."""
    merged = _UnionFind()
    _former_names(st, mentions, merged)
    for m in mentions:
        target = st.acronyms.get(st.doc[m.start : m.end].text)
        if target is not None and m.ident.type not in {"state", "state_forces"}:
            merged.union(m.ident, target)
    _generic_claims(st, mentions, merged)
    idents = list(dict.fromkeys(m.ident for m in mentions))
    _prefix_merges(st, mentions, idents, merged)
    _states_into_forces(st, mentions, idents, merged)
    return {ident: merged.root(ident) for ident in idents}


def _former_names(st: ArticleState, mentions: list[Mention], merged: _UnionFind) -> None:
    """``X, formerly known as Y`` / ``X renamed itself Y``: one actor, within one sentence."""
    doc = st.doc
    starts = [doc[m.start].idx for m in mentions]
    ends = [doc[m.end - 1].idx + len(doc[m.end - 1]) for m in mentions]
    for pattern, keep_first in ((FORMER_NAME, True), (RENAMED, False)):
        for match in pattern.finditer(st.text):
            before = [k for k in range(len(mentions)) if ends[k] <= match.start()]
            after = [k for k in range(len(mentions)) if starts[k] >= match.end()]
            if not before or not after:
                continue
            b, a = before[-1], after[0]
            if starts[a] - match.end() > 12 or match.start() - ends[b] > 80:
                continue
            if "." in st.text[ends[b] : starts[a]]:
                continue  # not in one sentence
            named = {"armed_group", "militia", "political", "other", "ngo", "monitor"}
            ib, ia = mentions[b].ident, mentions[a].ident
            if ib.type not in named or ia.type not in named:
                continue
            if keep_first:
                merged.union(ia, ib)
            else:
                merged.union(ib, ia)


def _generic_claims(st: ArticleState, mentions: list[Mention], merged: _UnionFind) -> None:
    """``the rebels`` in a Yemen article are the Houthis: a generic noun joins the one actor
    present whose dictionary names use it (``Houthi rebels``), never when two could claim it."""
    for g in st.generic:
        if g.type not in {"armed_group", "militia"}:
            continue
        head = st.generic[g]
        claims = {
            ident for ident, actor in st.ident_actor.items()
            if any(a.lower().endswith(" " + head) for a in actor.aliases)
        } | {  # "Taliban militants" in this very article
            m.ident for m in mentions if m.silent and st.words[m.start].lower() == head
        }
        if not claims and head in BARE_HEADS:
            # "the attackers" in a report that names one armed group are that group.
            claims = {
                ident for ident, actor in st.ident_actor.items()
                if actor.type in {"armed_group", "militia"}
            }
        if len(claims) == 1:
            merged.union(g, claims.pop())


def _prefix_merges(
    st: ArticleState, mentions: list[Mention], idents: list[Ident], merged: _UnionFind
) -> None:
    """A named actor whose name or surface begins or ends its only longer namesake joins it
    (``UN`` and ``UN Security Council``)."""
    doc = st.doc
    dict_idents = {m.ident for m in mentions if m.rank == RANK_DICT}
    surfaces: dict[Ident, set[str]] = {}
    for m in mentions:
        surfaces.setdefault(m.ident, set()).add(doc[m.start : m.end].text.lower())
    named_types = {"igo", "ngo", "monitor", "armed_group", "militia", "media", "political", "other"}
    for a in idents:
        if a.type not in named_types:
            continue
        forms_a = surfaces[a] | {a.name.lower()}
        targets = []
        for b in idents:
            if b == a or b.type not in named_types or (a.type != b.type and a.type != "other"):
                continue
            if a in st.generic and b not in dict_idents:
                continue  # "rebels" joins "Houthi rebels", never "Turkish-backed rebels"
            if a in dict_idents and b in dict_idents and a.type != "igo":
                continue  # the dictionary keeps Taliban and Pakistani Taliban apart; the UN
                # and its organs (Security Council, missions) are one in plain reporting
            forms_b = surfaces[b] | {b.name.lower()}
            if any(part_of(fa, fb) for fa in forms_a for fb in forms_b) and not any(
                part_of(fb, fa) for fa in forms_a for fb in forms_b
            ):
                targets.append(b)
        if len(targets) == 1:
            merged.union(a, targets[0])


def _states_into_forces(
    st: ArticleState, mentions: list[Mention], idents: list[Ident], merged: _UnionFind
) -> None:
    """In a report on a country's own conflict, its government and its forces are one party:
    ``the Syrian government`` joins ``Syrian government forces`` (``the army``, ``the regime``),
    as conflict datasets code a government's violence to its forces. Only a state named as a
    government (``the government``, ``the Syrian government``) joins: one named by its country,
    capital or seat (``Washington said``, ``the White House``) speaks as the state. Ministries
    stay apart, and so do foreign states (``Downing Street`` and ``British troops`` in Estonia)."""
    present = set(idents)
    home = article_country(st)
    words = st.res.government_words
    for ident in idents:
        if ident.type != "state" or ident.country is None or ident.country != home:
            continue
        if ident != state(st, ident.country):
            continue  # a ministry, not the state itself
        surfaces = [st.doc[m.start : m.end] for m in mentions if m.ident == ident]
        if not all(any(t.lower_ in words for t in span) for span in surfaces):
            continue
        forces = state_forces(st, ident.country)
        if forces in present:
            merged.union(ident, forces)


def part_of(short: str, long: str) -> bool:
    """True if ``short`` begins or ends the longer name ``long`` at word boundaries and is not a
    bare generic head (``UN`` of ``UN Security Council``, ``Security Council`` of it too)."""
    if short in GENERIC_HEADS:
        return False
    return long.startswith(short + " ") or long.endswith(" " + short)


def build_groups(st: ArticleState, mentions: list[Mention], canon: dict[Ident, Ident]) -> list[Group]:
    """One :class:`Group` per canonical identity, in order of first mention, with its actor class."""
    doc = st.doc
    groups: dict[Ident, Group] = {}
    for m in mentions:
        if m.silent:
            continue
        ident = canon.get(m.ident, m.ident)
        span = doc[m.start : m.end]
        group = groups.get(ident)
        if group is None:
            group = Group(name=ident.name, type=ident.type, country=ident.country)
            group.actor_class = _actor_class(st, ident)
            groups[ident] = group
        surface = POSSESSIVE.sub("", span.text).strip()
        if surface and surface not in group.aliases:
            group.aliases.append(surface)
        group.spans.append([span.start_char, span.end_char])
    return list(groups.values())


def _actor_class(st: ArticleState, ident: Ident) -> str:
    """The ACLED actor class: the finder's or the dictionary's, else from type and country."""
    actor = st.ident_actor.get(ident)
    override = ident.actor_class or (actor.actor_class if actor is not None else None)
    home = article_country(st)
    foreign = bool(ident.country and home and ident.country != home)
    return actor_class(ident.type, ident.name, foreign=foreign, override=override)
