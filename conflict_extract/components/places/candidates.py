"""Candidate place mentions in cased prose: capitalised name runs with the evidence around each."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from conflict_extract.components.dates.datelines import (
    dateline_place_span,
    undated_dateline_place_span,
)
from conflict_extract.components.dates.vocabulary import MONTHS, SEASONS, WEEKDAYS
from conflict_extract.components.places.cues import (
    ADDRESS_BEFORE,
    AFTER_FEATURE,
    APPOSITIVE_AFTER,
    AREA_OF,
    BASED_AFTER,
    BORDER_AFTER,
    BORDER_WITH,
    CITY_DISTRICT,
    DETERMINER_BEFORE,
    DIR_PREFIX,
    FEATURE_OF,
    LOCATIVE_PREPS,
    NUMERIC_LABELS,
    OF_BEFORE,
    ON_BEFORE,
    PERSON_OF,
    REPORTING_BEFORE,
    STREET_WORDS,
    VERB_BEFORE,
    abbreviation_re,
    demonyms,
    feature_words,
    institution_words,
    not_places,
    resident_words,
)
from conflict_extract.components.places.mention import (
    LIST_GAP,
    Mention,
    ent_labels,
    list_ending,
    opens_with_preposition,
)
from conflict_extract.components.places.other_uses import major_place, mark_other_uses
from conflict_extract.components.places.runs import (
    common_word_division,
    runs_with_title_parts,
    title_case_lines,
)
from conflict_extract.gazetteer.index import Entry, load_gazetteer
from conflict_extract.nlp.extensions import in_skipped
from conflict_extract.text.patterns import ending_pattern


def find_candidates(doc: Doc, text: str) -> list[Mention]:
    """Name runs in the prose (``text`` is ``doc.text``) with the evidence around each."""
    titles = title_case_lines(text)
    labels = ent_labels(doc)
    features = feature_words()
    demo = demonyms()
    mentions: list[Mention] = []
    surnames = _surnames(doc)
    dateline = dateline_place_span(text) or undated_dateline_place_span(text)
    for core, cstart in runs_with_title_parts(text, titles):
        division = common_word_division(core, text[cstart + len(core):])
        core, named_unit = division or core, division is not None
        cend = cstart + len(core)
        if in_skipped(doc, cstart, cend) or _designation(core, text[cend:cend + 3]):
            continue
        party = _PARTY.match(core) if text[max(0, cstart - 2):cstart] in (", ", " (", "(") else None
        if party:
            # "Brent Boggs, D-Braxton": the district a legislator represents.
            core, cstart = core[party.end():], cstart + party.end()
        # "Turkey-Syria border": two places.
        parts = [(core, cstart)]
        if re.search(r"[-‑]", core) and (BORDER_AFTER.match(text[cend:]) or _compound(core)):
            parts, offset = [], cstart
            for piece in re.split(r"([-‑])", core):
                if piece not in ("-", "‑") and piece:
                    parts.append((piece, offset))
                offset += len(piece)
        for name, nstart in parts:
            if name in demo and not any(
                e.type == "country" for e, _ in load_gazetteer().lookup(name)
            ):
                continue  # "Syrian", but not "Myanmar" (also used as an adjective)
            nend = nstart + len(name)
            if _paired_with_demonym(text, nstart, nend, demo):
                continue  # "the Arab-Israeli conflict": no town of Arab, Alabama
            m = Mention(start=nstart, end=nend, core=name, core_start=nstart)
            m.label = labels.get(nstart)
            if m.label in NUMERIC_LABELS:
                if _calendar_word(name) or not (
                    load_gazetteer().lookup(name) or _feature_after(text, nend, features)
                ):
                    continue
                m.label = None  # "grew up in Saratoga", "in Qoryale village", tagged DATE
            if any(lo <= nstart < hi for lo, hi in titles):
                m.evidence.add("title")
            if party:
                m.evidence.add("party")
            if name in surnames:
                m.evidence.add("surname")
            if named_unit:
                m.evidence.add("unit")  # the name carries its unit word: "Northwest region"
            border = len(parts) > 1 and bool(BORDER_AFTER.match(text[cend:]))
            if len(parts) > 1 and not border:
                m.evidence.add("compound")  # "US-Iran talks": a relation, not a location
            _add_evidence(m, text, features, demo, split=border)
            if dateline and dateline[0] <= nstart and nend <= dateline[1]:
                m.role = "reporting"  # "KHARTOUM, 21 January 2025 (AFP) -": where the story is filed
                m.evidence |= {"reporting", "dateline"}
            if "compound" in m.evidence and mentions and "compound" in mentions[-1].evidence \
                    and "prep" in mentions[-1].evidence:
                m.evidence.add("prep")  # "in Fargo-Moorhead": the preposition governs both
            mentions.append(m)
    mark_other_uses(text, mentions)
    return _with_abbreviations(doc, text, mentions)


_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS) | frozenset(
    {"christmas", "easter", "ramadan", "eid"}
)


def _feature_after(text: str, end: int, features: dict[str, str]) -> bool:
    """A feature word right after a name (``Qoryale village``): the name is a place's, whatever
    label the model gave it."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and features.get(word.group(1)) in _SETTLED


_NEXT_WORD = re.compile(r"[ ]([a-z]+)\b")
_SETTLED = frozenset({"town", "city", "neighbourhood", "district", "admin2", "camp"})


def _calendar_word(name: str) -> bool:
    """A month, weekday, season or feast in the name (``May``, ``Sunday Alexandria``)."""
    return any(w.lower().strip(".,") in _CALENDAR for w in name.split(" "))


_PARTY = re.compile(r"[DRI][-‑](?=[A-Z])")


_COMPASS = frozenset({"North", "South", "East", "West"})


_HYPHEN_WORD_AFTER = re.compile(r"[-‑][ ]?([A-Z][a-z]+)\b")
_WORD_HYPHEN_BEFORE = ending_pattern(r"\b([A-Z][a-z]+)[-‑][ ]?$")


def _paired_with_demonym(text: str, start: int, end: int, demo: dict[str, str]) -> bool:
    """Whether a name no country bears is hyphened to a demonym (``Arab-Israeli``,
    ``Israeli-Arab``): an adjective of the pair, like the demonym, not a place; but a border's
    side (``the Israeli-Gaza border``) is."""
    after = _HYPHEN_WORD_AFTER.match(text, end)
    before = _WORD_HYPHEN_BEFORE.search(text[max(0, start - 24):start])
    if not (after and after.group(1) in demo or before and before.group(1) in demo):
        return False
    if BORDER_AFTER.match(text[after.end() if after else end:]):
        return False
    return not any(e.type == "country" for e, _ in load_gazetteer().lookup(text[start:end]))


def _compound(core: str) -> bool:
    """``Fargo-Moorhead``, ``Egyptian-US``, ``Israel-Gaza``: capitalised names joined by a
    hyphen that the gazetteer does not know as one name (``Ivano-Frankivsk``, ``al-Bab`` stay)."""
    pieces = re.split(r"[-‑]", core)
    if len(pieces) == 2 and pieces[1] in _COMPASS and pieces[0] not in _COMPASS:
        return False  # "Bago-East region", "Shan-South state": a part of one division
    gaz = load_gazetteer()
    # A party letter is no place but keeps the district beside it: "D-Pleasanton", "R-Charleston".
    known = [bool(gaz.lookup(p)) or p in demonyms() or (p.isupper() and len(p) <= 3)
             for p in pieces]
    # Every piece known, and the whole no known name ("Hugley-Green" is a person).
    return all(known) and all(
        p[:1].isupper() and p.rsplit(" ", 1)[-1].lower() not in _ARTICLES for p in pieces
    ) and not (
        load_gazetteer().lookup(core)
    )


_OF_INSTITUTION = ending_pattern(
    r"\b(?:University|College|Bank|Government|Governor|Mayor|Ministry|Port|City|Town|Village|"
    r"Kingdom|Republic|Diocese|Archdiocese|Province|State|County|Parish)\s+of\s+(?:the\s+)?$"
)
_UNIT_WORDS = frozenset(
    "county parish province governorate oblast district raion prefecture municipality".split()
)
_ARTICLES = frozenset("al el an ar as ash at ath ad adh az ad ez es ed er".split())


def _own_evidence(m: Mention, after: str) -> None:
    """Evidence a name carries itself: its unit word (``Rapides Parish``, ``Helmand Province``),
    or the public body after it (``Kabul police said``, ``Alexandria city council``)."""
    if m.core.rsplit(" ", 1)[-1].lower() in _UNIT_WORDS:
        m.evidence.add("unit")
    serves = re.match(r"\s+([a-z’']+)", after)
    if serves and m.label == "PERSON" and serves.group(1) in _PERSONAL_BODIES:
        return  # "the Obama administration", "the Putin government"
    if serves and (serves.group(1) in institution_words() or serves.group(1) in resident_words()):
        m.evidence.add("prep")  # "Kabul police said", "a Gainesville man", "Athens residents"


_NAME_NOTE = re.compile(r"[ ]\((?:[A-Z][a-z]+[ ])?name\)")
_CODED_TO = ending_pattern(r"\bcoded[ ](?:as|to)[ ](?:the[ ])?$")


def _area_or_coded(m: Mention, before: str, after: str) -> set[str]:
    """``area``: ``the outskirts of X``, ``the vicinity of X``, a cue only a place has, unless X
    owns or modifies what follows (``the outskirts of Smith's farm``, ``the vicinity of the Prewitt
    home``); ``coded``: ``(coded to Qarara, Gaza Strip)``, ``Sehit Baran (Kurdish name)``, where
    a database put an event and what it calls the place."""
    found = set()
    if AREA_OF.search(before) and not after.startswith(("'s", "’s")) and not (
        m.label == "PERSON" and _NOUN_AFTER.match(after)
    ):
        found.add("area")
    if _CODED_TO.search(before) or _NAME_NOTE.match(after):
        found.add("coded")  # "(coded to X)", "X (Kurdish name)": how a database names a place
    return found


_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|near|and|or|of|to|from|with|by|for|as|where|which|when|who|that)\b)[a-z]"
)
"""A lower-case word after a name that is no preposition, conjunction or relative: the name
modifies it (``the Prewitt home``)."""
_PERSONAL_BODIES = frozenset("administration government cabinet campaign regime presidency".split())


def _designation(core: str, after: str) -> bool:
    """A common noun in title case (``Highway``, ``Section``, ``North``), or a one-word name
    numbered like a road or a unit (``Route 9``, ``Exit 12``, ``Lot No. 4``): not a place name."""
    if core.lower() in not_places():
        return True
    return " " not in core and bool(re.match(r" (?:\d|No\b|#)", after)) and not major_place(core)


def _surnames(doc: Doc) -> frozenset[str]:
    """Last names of the people the article names in full (``Bill Welch`` -> ``Welch``): the
    bare name elsewhere is the person, whatever town shares it."""
    return frozenset(
        ent[-1].text for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].is_title and ent[-1].is_alpha
        and not opens_with_preposition(ent)
    )


_ERA_MARKS = frozenset({"B.C."})
"""Abbreviations that are also an era after a year (``250 B.C.``), never British Columbia there."""
_ERA_BEFORE = ending_pattern(r"(?:\b\d{1,4}(?:s|th|st|nd|rd)?|\bcentury|\bcenturies|\bmillennium)[ ]$")


def _with_abbreviations(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """Add the dotted abbreviations (``Louisville, Ky.``, ``the U.S. Army``) as mentions, in
    place of the letters a name run found inside them."""
    found = [
        Mention(start=a.start(), end=a.end(), core=a.group(), core_start=a.start(),
                evidence={"abbreviation"})
        for a in abbreviation_re().finditer(text) if not in_skipped(doc, a.start(), a.end())
        and not (a.group() in _ERA_MARKS and _ERA_BEFORE.search(text, max(0, a.start() - 16), a.start()))
    ]
    if not found:
        return mentions
    kept = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in found)]
    return sorted(kept + found, key=lambda m: m.start)


_INDEFINITE_BEFORE = ending_pattern(
    r"\b(?i:a|an)\s+(?:(?!(?:in|on|at|of|near|from|to|by|with|into|for|and|or|off|outside|"
    r"inside|across|around|between|behind|over|under|toward|towards|via)\s)[a-z][a-z-]*\s+){0,2}$"
)
"""``a ``, ``a small coastal `` before a name and its kind word: the kind is the noun (``a
small coastal Texas town`` is a town of Texas); not ``a house in`` (``a house in Kafr Zibdeen
town``), where the kind word is the name's own."""
_CAPITALISED_BEFORE = ending_pattern(r"([A-Z][\w’'-]*)\s+$")
_COMMA_BEFORE = ending_pattern(r"[a-z],\s+$")
_PREP_THE_BEFORE = ending_pattern(r"\b(?:in|near|from|at|into|across|outside)\s+the\s*$", re.IGNORECASE)


def _add_evidence(
    m: Mention, text: str, features: dict[str, str], demo: dict[str, str], split: bool
) -> None:
    """Read the cues around one name into its hint, role, span and evidence (``split``: one of
    the places of a ``Turkey-Syria border`` run)."""
    nstart, nend = m.core_start, m.end
    # A paragraph's first name has no context before it (not the title's last word).
    before = text[max(0, nstart - 45):nstart].rsplit("\n", 1)[-1]
    after = text[nend:nend + 60]
    direction = DIR_PREFIX.search(before)
    if direction:
        m.start = nstart - len(direction.group())
        # keep "the" out of the surface form
        surface = text[m.start:nend]
        if surface.lower().startswith("the "):
            m.start += 4
        m.evidence.add("direction")
        before = before[: len(before) - len(direction.group())]
    feat_after = AFTER_FEATURE.match(after)
    # Singular only: "Western cities", "Kurdish villages" are not places of that kind.
    if feat_after and feat_after.group("feat") in features and not plural(
        feat_after.group("feat"), features
    ) and not _INDEFINITE_BEFORE.search(before):
        # ("a Boston street", "a small coastal Texas town" are parts of the named place)
        m.hint = features[feat_after.group("feat")]
        m.evidence.add("feature")
        if m.hint == "district" and CITY_DISTRICT.match(after):
            m.hint = "neighbourhood"  # "the Old Park district of the city"
        elif m.hint in ("district", "admin2"):
            m.end = nend + feat_after.end()  # "Hamdan district" names the district
        if m.hint == "landmark" and feat_after.group("feat") in STREET_WORDS and any(
            e.population >= 100_000 for e, _ in load_gazetteer().lookup(m.core)
        ):
            # "the Boston street", "a Kabul market": a mention of the city itself.
            m.hint = None
            m.evidence.discard("feature")
        elif m.hint == "landmark":
            # "the Rafah crossing", "Kabul airport": the landmark is the whole phrase.
            m.end = nend + feat_after.end()
            m.core = text[nstart:m.end]
    appositive = APPOSITIVE_AFTER.match(after)
    if m.hint is None and appositive:
        # "Lyon, the third-largest French city", "Goma, the capital of North Kivu"
        word = appositive.group("feat").lower()
        m.hint = "city" if word in ("capital", "port") else features.get(word)
        m.evidence.add("feature")
    feat_of = FEATURE_OF.search(before)
    if m.hint is None and feat_of and feat_of.group("feat") in features:
        # "the province of Idlib" names Idlib; "a district of east Aleppo" is part of it.
        det = DETERMINER_BEFORE.search(before[: feat_of.start()])
        part_of = "direction" in m.evidence or (det and det.group(1).lower() != "the")
        # "the Tillaberi region of Niger", "a district of Aleppo": Niger contains it.
        prior = _CAPITALISED_BEFORE.search(before[: feat_of.start()])
        part_of = part_of or bool(
            prior and prior.group(1) not in demo
            and not plural(feat_of.group("feat"), features)  # "the Dagestani towns of"
        )
        part_of = part_of or features[feat_of.group("feat")] == "landmark"
        if not part_of:
            m.hint = features[feat_of.group("feat")]
        if not part_of or prior and features[feat_of.group("feat")] in _UNIT_KINDS:
            m.evidence.add("feature")  # "Zap region (Amadiya district) of Duhok": Duhok is one
    _own_evidence(m, after)
    if _OF_INSTITUTION.search(before):
        m.evidence.add("prep")  # "the University of Kentucky", "the Government of Iraq"
    if REPORTING_BEFORE.search(before) or BASED_AFTER.match(after):
        m.role = "reporting"
        m.evidence.add("reporting")
    if BORDER_AFTER.match(after) or split:
        m.evidence.add("border")
    if BORDER_WITH.search(before):
        m.evidence.add("border")
    if _COMMA_BEFORE.search(before) and not re.match(r"\s*(?:'s|’s|said|told)\b", after):
        m.evidence.add("appos")  # "in Cabo Delgado province, Mozambique" (ORG to the model)
    if _locative_before(before):
        m.evidence.add("prep")
    m.evidence |= _area_or_coded(m, before, after)
    prev_word = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
    if prev_word in LOCATIVE_PREPS or (prev_word == "the" and _PREP_THE_BEFORE.search(before)):
        m.evidence.add("prep")


def _locative_before(before: str) -> bool:
    """A verb, noun or person-of phrase before a name that makes it a location (``shelled X``,
    ``the outskirts of X``, ``Jane Roe, 30, of X``, ``12 Orchard St., X``)."""
    return any(p.search(before) for p in (
        VERB_BEFORE, ON_BEFORE, OF_BEFORE, PERSON_OF, ADDRESS_BEFORE
    ))




def spread_list_features(text: str, mentions: list[Mention]) -> None:
    """``the towns of X and Y``, ``X, Y and Z villages``: spread a feature hint along a list;
    ``around Bakhmut and Avdiivka``: spread the preposition's evidence too."""
    ordered = sorted(mentions, key=lambda m: m.start)
    features = feature_words()
    for i in range(len(ordered) - 1):
        a, b = ordered[i], ordered[i + 1]
        gap = text[a.end:b.start]
        if LIST_GAP.fullmatch(gap):
            # "Hamdan district, Sanaa, Yemen": the feature word closed the first name; "the town
            # of Elkins, West Virginia": after a singular one, a comma opens where it lies.
            if a.hint and not b.hint and a.end == a.core_start + len(a.core) and not (
                gap.strip() == "," and _singular_feature_before(text, a, features)
            ):
                b.hint = a.hint
                b.evidence.add("list")
            if "prep" in a.evidence:
                b.evidence.add("prep")
    _spread_plural(text, ordered)
    for i in range(len(ordered) - 1, 0, -1):
        a, b = ordered[i - 1], ordered[i]
        gap = text[a.end:b.start]
        if LIST_GAP.fullmatch(gap) and b.hint and not a.hint:
            if "feature" in b.evidence and b.hint in ("town", "neighbourhood", "camp"):
                a.hint = b.hint
                a.evidence.add("list")


_UNIT_KINDS = frozenset({"admin1", "admin2", "district", "town"})
"""Kinds of place whose word before ``of`` and a name makes the name a place containing them."""
_FEATURE_OF_BEFORE = ending_pattern(r"\b([a-z]+)[ ]of[ ](?:the[ ])?$")


def _singular_feature_before(text: str, m: Mention, features: dict[str, str]) -> bool:
    """Whether a singular feature word introduces the name (``the town of`` Elkins), not a
    plural one (``the towns of`` X and Y)."""
    before = _FEATURE_OF_BEFORE.search(text, max(0, m.core_start - 30), m.core_start)
    return before is not None and before.group(1) in features and not plural(before.group(1), features)


def _spread_plural(text: str, ordered: list[Mention]) -> None:
    """``Walton and Oconee counties``, ``the Anbar, Salahuddin and Nineveh provinces``: a plural
    feature word after a list gives every listed name its kind."""
    features = feature_words()
    for i, last in enumerate(ordered):
        feat = AFTER_FEATURE.match(text[last.end:last.end + 40])
        kind = plural_kind(feat.group("feat"), features) if feat is not None else None
        if kind is None or i == 0:
            continue
        listed = list_ending(text, ordered, i)
        if len(listed) < 2:
            continue
        for m in listed:
            if not m.hint:
                m.hint = kind
                m.evidence.add("feature")


def plural(word: str, features: dict[str, str]) -> bool:
    """True for the plural of a feature word (``cities``, ``villages``, ``camps``)."""
    return plural_kind(word, features) is not None


def plural_kind(word: str, features: dict[str, str]) -> str | None:
    """The kind of feature ``word`` is the plural of (``cities`` -> ``city``), or None."""
    if not word.endswith("s"):
        return None
    return next((features[f] for f in (word[:-1], word[:-2], word[:-3] + "y") if f in features),
                None)


def split_feature_suffix(m: Mention, features: dict[str, str]) -> tuple[str, str] | None:
    """``Helmand Province`` -> (``Helmand``, ``admin1``): a capitalised feature word closing a name."""
    head, _, last = m.core.rpartition(" ")
    if not head:
        return None
    kind = features.get(last.lower())
    if kind is None:
        head2, _, last2 = head.rpartition(" ")
        kind = features.get(f"{last2} {last}".lower()) if head2 else None
        head = head2 if kind else head
    return (head, kind) if kind else None


def suffix_fits(entry: Entry, kind: str) -> bool:
    """Whether a gazetteer entry can carry a capitalised feature suffix of this kind."""
    if kind == "admin1":
        return entry.type in ("admin1", "region")
    if kind == "region":
        return entry.type == "region"
    return True

