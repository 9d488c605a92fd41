"""Scoring predictions against hand-annotated gold annotations: pure functions over plain dicts.

The gold format is described in ``docs/gold-format.md`` (examples in ``tests/gold/``).
:func:`score_article` scores one article and :func:`evaluate` a set; reading the files and the
``conflict-extract eval`` command are in :mod:`conflict_extract.evaluation.inputs` and
:mod:`conflict_extract.evaluation.evaluate`.

Matching rules (one-to-one per category; gold items that are not ``optional`` are matched first, and
among a gold item's candidates the closest prediction is preferred):

* **casualties** — same ``outcome`` and same ``count``; when the gold count is ``null`` (vague
  wording) the predicted range ``[low, high]`` (or its ``count``) must overlap the gold
  ``[low, high]`` (a ``null`` high is unbounded). A gold count never matches a predicted ``null``.
* **places**, **groups** — any of the predicted ``name``/``aliases``/``mentions`` equals any of
  the gold ``name``/``aliases`` after :func:`norm_name` (``translit.fold``, a leading ``the``
  dropped).
* **quotes** — token F1 of the folded quoted words is at least :data:`QUOTE_MATCH_F1` (0.5).
  A gold file without any ``indirect`` quote annotates quoted words only (the seed gold does), so
  predicted ``indirect`` quotes are not scored against it (counted as ``unscored``).
* **dates** — by text: :func:`date_key` folds the text and drops leading function words (``on``,
  ``since``, ``the`` ...), so ``on Monday`` equals ``Monday`` and ``since 2011`` equals ``2011``;
  keys also match when one is a whole-word run inside the other (``Monday night`` ~ ``Monday``).
  The gold lists each date expression once, so predicted mentions with the same key are counted
  once (the first one is scored; the others count as ``unscored``).

``optional`` gold items are neither required (no recall penalty when missed) nor rewarded: a
prediction matching one leaves the precision denominator. Attribute accuracies are measured on
matched, non-optional gold items, and only where the gold states the attribute:

* ``casualty_victims`` (folded equality), ``casualty_part_of`` (the predicted parent, mapped through
  the matching to a gold index, equals the gold ``part_of``; ``null`` must meet ``null``),
  ``casualty_qualifier`` (gold ``any`` or absent: not scored), ``casualty_cumulative`` (absent in
  gold: false), ``casualty_place`` and ``casualty_attributed_to`` where the gold states them
  (:func:`same_entity`: equal names, or both names resolve to the same gold place/group entry);
* ``place_geocoding`` (gold with ``lat``/``lon``: predicted point within :data:`GEOCODE_KM` km),
  ``place_type``; ``group_type``;
* ``quote_speaker`` (predicted ``speaker`` or ``speaker_name``, normalised, equals the gold speaker or one of
  ``speaker_aliases``; a gold ``null`` speaker is only matched by a predicted ``null`` — a guessed
  speaker is a wrong answer), ``quote_kind``;
* ``date_value`` (exact string; ``optional_value`` dates not scored).

``not_casualties``: a predicted casualty that matches no gold casualty and whose evidence overlaps
a ``not_casualties`` phrase (character spans intersect when the article text is known, else one
folded text contains the other) is reported as a hit; it is already a false positive.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from conflict_extract.gazetteer.index import distance_km
from conflict_extract.models import CATEGORIES
from conflict_extract.text.translit import fold

QUOTE_MATCH_F1 = 0.5
"""Minimum token F1 between predicted and gold quoted words for a quote match."""

GEOCODE_KM = 25.0
"""A predicted point within this distance (haversine) of the gold point is correctly geocoded."""

DATE_FUNCTION_WORDS = frozenset(
    "on in at by during since from until till the of for over into through throughout".split()
)
"""Leading words dropped from date texts before comparing them."""

ACCURACIES: dict[str, str] = {
    "casualty_victims": "casualties",
    "casualty_part_of": "casualties",
    "casualty_qualifier": "casualties",
    "casualty_cumulative": "casualties",
    "casualty_place": "casualties",
    "casualty_attributed_to": "casualties",
    "place_geocoding": "places",
    "place_type": "places",
    "group_type": "groups",
    "quote_speaker": "quotes",
    "quote_kind": "quotes",
    "date_value": "dates",
}
"""Attribute accuracies reported, and the category each belongs to."""

_LEADING_THE = re.compile(r"^the ")
_POSSESSIVE = re.compile(r"[’']s\b")


# --------------------------------------------------------------------------------------------------
# Normalisation and item matchers


def norm_name(text: str | None) -> str:
    """Comparison key for a place, group or speaker name: folded, leading ``the`` dropped."""
    return _LEADING_THE.sub("", fold(text or ""))


def date_key(text: str | None) -> str:
    """Comparison key for a date text: possessive ``'s`` and leading function words dropped,
    folded (``on Monday`` and ``Monday's`` -> ``monday``)."""
    words = fold(_POSSESSIVE.sub("", text or "")).split()
    while len(words) > 1 and words[0] in DATE_FUNCTION_WORDS:
        words.pop(0)
    return " ".join(words)


def _contains_words(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


def token_f1(a: str | None, b: str | None) -> float:
    """Bag-of-words F1 between two texts, over their folded tokens."""
    ta, tb = fold(a or "").split(), fold(b or "").split()
    if not ta or not tb:
        return 0.0
    counts: dict[str, int] = {}
    for tok in ta:
        counts[tok] = counts.get(tok, 0) + 1
    common = 0
    for tok in tb:
        if counts.get(tok, 0) > 0:
            counts[tok] -= 1
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(tb), common / len(ta)
    return 2 * precision * recall / (precision + recall)


def _range(item: Mapping[str, Any]) -> tuple[float, float] | None:
    low, high, count = item.get("low"), item.get("high"), item.get("count")
    if low is None and high is None:
        if count is None:
            return None
        return float(count), float(count)
    lo = float(low) if low is not None else (float(count) if count is not None else 0.0)
    hi = float(high) if high is not None else math.inf
    return lo, hi


def casualty_match(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> float | None:
    """Preference score (higher: closer) when ``pred`` matches the gold casualty, else ``None``."""
    if gold.get("outcome") != pred.get("outcome"):
        return None
    overlap = token_f1(gold.get("text"), pred.get("text"))
    if gold.get("count") is not None:
        return overlap if pred.get("count") == gold.get("count") else None
    g_range, p_range = _range(gold), _range(pred)
    if g_range is None or p_range is None:
        return None
    if p_range[0] <= g_range[1] and g_range[0] <= p_range[1]:
        return overlap
    return None


def _names(item: Mapping[str, Any], fields: Sequence[str]) -> list[str]:
    keys: list[str] = []
    for field_name in fields:
        value = item.get(field_name)
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, str) and (key := norm_name(v)) and key not in keys:
                keys.append(key)
    return keys


def name_match(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> float | None:
    """Preference score when any predicted name/alias/mention equals a gold name or alias."""
    gold_name, pred_name = norm_name(gold.get("name")), norm_name(pred.get("name"))
    if gold_name and gold_name == pred_name:
        return 3.0
    gold_keys = set(_names(gold, ("name", "aliases")))
    if pred_name in gold_keys:
        return 2.0
    if gold_keys.intersection(_names(pred, ("aliases", "mentions"))):
        return 1.0
    return None


def quote_match(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> float | None:
    """Token F1 of the quoted words when at least :data:`QUOTE_MATCH_F1`, else ``None``."""
    score = token_f1(gold.get("text"), pred.get("text"))
    return score if score >= QUOTE_MATCH_F1 else None


def date_match(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> float | None:
    """2 for equal date keys, 1 when one key is a whole-word run inside the other, else ``None``."""
    g, p = date_key(gold.get("text")), date_key(pred.get("text"))
    if not g or not p:
        return None
    if g == p:
        return 2.0
    if _contains_words(g, p) or _contains_words(p, g):
        return 1.0
    return None


MATCHERS: dict[str, Callable[[Mapping[str, Any], Mapping[str, Any]], float | None]] = {
    "casualties": casualty_match,
    "places": name_match,
    "groups": name_match,
    "quotes": quote_match,
    "dates": date_match,
}
"""Per category: ``matcher(gold_item, pred_item) -> preference score or None``."""


def match_items(
    gold_items: Sequence[Mapping[str, Any]],
    pred_items: Sequence[Mapping[str, Any]],
    matcher: Callable[[Mapping[str, Any], Mapping[str, Any]], float | None],
) -> dict[int, int]:
    """One-to-one matching ``{gold index: pred index}``.

    A maximum bipartite matching (augmenting paths) that serves required gold items before
    optional ones, so an optional item never takes a prediction a required one needs; each gold
    item tries its candidates best score first.
    """
    candidates: list[list[int]] = []
    for g in gold_items:
        scored = [(s, j) for j, p in enumerate(pred_items) if (s := matcher(g, p)) is not None]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        candidates.append([j for _, j in scored])
    pred_owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in pred_owner or augment(pred_owner[j], seen):
                pred_owner[j] = i
                return True
        return False

    order = sorted(range(len(gold_items)), key=lambda i: bool(gold_items[i].get("optional")))
    for i in order:
        if candidates[i]:
            augment(i, set())
    return {i: j for j, i in pred_owner.items()}


# --------------------------------------------------------------------------------------------------
# Scoring


def _label(category: str, item: Mapping[str, Any]) -> str:
    if category == "casualties":
        count = item.get("count")
        if count is None:
            low, high = item.get("low"), item.get("high")
            count = f"{low if low is not None else '?'}-{high if high is not None else ''}"
        victims, text = item.get("victims") or "", item.get("text") or ""
        return f"{item.get('outcome')} {count} {victims}: {text}"
    if category in ("places", "groups"):
        return str(item.get("name"))
    text = str(item.get("text") or "")
    text = text if len(text) <= 80 else text[:77] + "..."
    return f"{text} = {item.get('value')}" if category == "dates" else text


def _dedupe_dates(preds: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    seen: set[str] = set()
    kept = []
    for item in preds:
        key = date_key(item.get("text"))
        if key in seen:
            continue
        seen.add(key)
        kept.append(item)
    return kept


def _new_accuracy() -> dict[str, Any]:
    return {"correct": 0, "total": 0, "wrong": []}


def _judge(acc: dict[str, Any], ok: bool, detail: str) -> None:
    acc["total"] += 1
    if ok:
        acc["correct"] += 1
    else:
        acc["wrong"].append(detail)


def _speaker_ok(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    if gold.get("speaker") is None:
        return pred.get("speaker") is None
    accepted = _names(gold, ("speaker", "speaker_aliases"))
    return any(norm_name(pred.get(key)) in accepted for key in ("speaker", "speaker_name")
               if pred.get(key))


def _entity_index(
    name: str, entities: Sequence[Mapping[str, Any]], partial: bool
) -> int | None:
    key = norm_name(name)
    for index, entity in enumerate(entities):
        if key in _names(entity, ("name", "aliases")):
            return index
    if partial:
        for index, entity in enumerate(entities):
            if any(_contains_words(key, n) for n in _names(entity, ("name", "aliases"))):
                return index
    return None


def same_entity(
    gold_name: str | None, pred_name: str | None, entities: Sequence[Mapping[str, Any]]
) -> bool:
    """True if ``pred_name`` names the gold's place or group: equal after :func:`norm_name`, or
    both resolve to the same entry of the gold ``entities`` (by name or alias; the gold name may
    also contain one, so ``west Aleppo`` resolves to ``Aleppo``)."""
    if not gold_name or not pred_name:
        return False
    if norm_name(gold_name) == norm_name(pred_name):
        return True
    gold_index = _entity_index(gold_name, entities, partial=True)
    return gold_index is not None and gold_index == _entity_index(pred_name, entities, False)


def _casualty_accuracies(
    g: Mapping[str, Any],
    p: Mapping[str, Any],
    label: str,
    pred_to_gold: dict[int, int],
    acc: dict[str, dict[str, Any]],
    gold: Mapping[str, Any],
) -> None:
    """Judge a matched casualty's victims, part_of, qualifier, cumulative, place and source."""
    if g.get("victims"):
        _judge(
            acc["casualty_victims"],
            norm_name(p.get("victims")) == norm_name(g.get("victims")),
            f"{label}: victims {p.get('victims')!r}, gold {g.get('victims')!r}",
        )
    if "part_of" in g:
        parent = p.get("part_of")
        mapped = pred_to_gold.get(parent, -1) if isinstance(parent, int) else None
        _judge(
            acc["casualty_part_of"],
            mapped == g.get("part_of"),
            f"{label}: part_of {parent!r} (gold index {mapped}), gold {g.get('part_of')!r}",
        )
    if g.get("qualifier") not in (None, "any"):
        _judge(
            acc["casualty_qualifier"],
            p.get("qualifier") == g.get("qualifier"),
            f"{label}: qualifier {p.get('qualifier')!r}, gold {g.get('qualifier')!r}",
        )
    _judge(
        acc["casualty_cumulative"],
        bool(p.get("cumulative")) == bool(g.get("cumulative")),
        f"{label}: cumulative {p.get('cumulative')!r}, gold {g.get('cumulative')!r}",
    )
    for attr, entities in (("place", "places"), ("attributed_to", "groups")):
        if g.get(attr):
            _judge(
                acc[f"casualty_{attr}"],
                same_entity(g[attr], p.get(attr), gold.get(entities) or []),
                f"{label}: {attr} {p.get(attr)!r}, gold {g[attr]!r}",
            )


def _attribute_accuracies(
    category: str,
    gold_items: Sequence[Mapping[str, Any]],
    pred_items: Sequence[Mapping[str, Any]],
    matching: dict[int, int],
    acc: dict[str, dict[str, Any]],
    gold: Mapping[str, Any],
) -> None:
    pred_to_gold = {j: i for i, j in matching.items()}
    for i, j in sorted(matching.items()):
        g, p = gold_items[i], pred_items[j]
        if g.get("optional"):
            continue
        label = _label(category, g)
        if category == "casualties":
            _casualty_accuracies(g, p, label, pred_to_gold, acc, gold)
        elif category == "places":
            if g.get("lat") is not None and g.get("lon") is not None:
                if p.get("lat") is None or p.get("lon") is None:
                    ok, where = False, "not geocoded"
                else:
                    km = distance_km(g["lat"], g["lon"], p["lat"], p["lon"])
                    ok, where = km <= GEOCODE_KM, f"{km:.0f} km off ({p['lat']}, {p['lon']})"
                _judge(acc["place_geocoding"], ok, f"{label}: {where}")
            if g.get("type"):
                _judge(
                    acc["place_type"],
                    p.get("type") == g.get("type"),
                    f"{label}: type {p.get('type')!r}, gold {g.get('type')!r}",
                )
        elif category == "groups":
            if g.get("type"):
                _judge(
                    acc["group_type"],
                    p.get("type") == g.get("type"),
                    f"{label}: type {p.get('type')!r}, gold {g.get('type')!r}",
                )
        elif category == "quotes":
            if "speaker" in g:
                _judge(
                    acc["quote_speaker"],
                    _speaker_ok(g, p),
                    f"{label}: speaker {p.get('speaker')!r}, gold {g.get('speaker')!r}",
                )
            if g.get("kind"):
                _judge(
                    acc["quote_kind"],
                    p.get("kind") == g.get("kind"),
                    f"{label}: kind {p.get('kind')!r}, gold {g.get('kind')!r}",
                )
        elif category == "dates":
            if not g.get("optional_value") and "value" in g:
                _judge(
                    acc["date_value"],
                    p.get("value") == g.get("value"),
                    f"{label}: value {p.get('value')!r}, gold {g.get('value')!r}",
                )


def _phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    spans = []
    lowered, needle = text.lower(), phrase.lower()
    start = lowered.find(needle)
    while needle and start >= 0:
        spans.append((start, start + len(needle)))
        start = lowered.find(needle, start + 1)
    return spans


def not_casualty_hits(
    phrases: Sequence[str], preds: Sequence[Mapping[str, Any]], text: str | None = None
) -> list[str]:
    """Evidence texts of the predicted casualties that overlap one of the ``not_casualties``
    phrases: character spans intersect when ``text`` is given (and the phrase occurs in it), else
    one folded text contains the other."""
    hits = []
    for pred in preds:
        evidence = str(pred.get("text") or "")
        start, end = pred.get("start"), pred.get("end")
        for phrase in phrases:
            spans = _phrase_spans(text, phrase) if text and isinstance(start, int) else []
            if spans and isinstance(end, int):
                hit = any(lo < end and start < hi for lo, hi in spans)
            else:
                a, b = fold(evidence), fold(phrase)
                hit = _contains_words(a, b) or _contains_words(b, a)
            if hit:
                hits.append(f"{_label('casualties', pred)} [overlaps {phrase!r}]")
                break
    return hits


def score_article(
    gold: Mapping[str, Any],
    pred: Mapping[str, Any],
    text: str | None = None,
    categories: Sequence[str] = CATEGORIES,
) -> dict[str, Any]:
    """Score one predicted article record against its gold annotation.

    ``text`` (the article text) sharpens the ``not_casualties`` overlap test. Returns counts per
    category (``tp``, ``fp``, ``fn``, ``gold``, ``pred``, ``optional_matched`` and the labels of
    ``missed`` gold items and ``false_positives``), attribute ``accuracies`` (``correct``,
    ``total``, ``wrong``) and ``not_casualties_hits``.
    """
    result: dict[str, Any] = {
        "id": gold.get("id", pred.get("id")),
        "categories": {},
        "accuracies": {
            name: _new_accuracy() for name, cat in ACCURACIES.items() if cat in categories
        },
        "not_casualties_hits": [],
    }
    for category in categories:
        gold_items = [g for g in gold.get(category) or [] if isinstance(g, dict)]
        pred_items = [p for p in pred.get(category) or [] if isinstance(p, dict)]
        given = len(pred_items)
        if category == "dates":
            pred_items = _dedupe_dates(pred_items)
        elif category == "quotes" and not any(g.get("kind") == "indirect" for g in gold_items):
            pred_items = [p for p in pred_items if p.get("kind") != "indirect"]
        matching = match_items(gold_items, pred_items, MATCHERS[category])
        required = [i for i, g in enumerate(gold_items) if not g.get("optional")]
        tp = sum(1 for i in required if i in matching)
        optional_matched = len(matching) - tp
        matched_preds = set(matching.values())
        result["categories"][category] = {
            "tp": tp,
            "fp": len(pred_items) - len(matching),
            "fn": len(required) - tp,
            "gold": len(required),
            "pred": len(pred_items),
            "optional_matched": optional_matched,
            "unscored": given - len(pred_items),
            "missed": [_label(category, gold_items[i]) for i in required if i not in matching],
            "false_positives": [
                _label(category, p) for j, p in enumerate(pred_items) if j not in matched_preds
            ],
        }
        _attribute_accuracies(
            category, gold_items, pred_items, matching, result["accuracies"], gold
        )
        if category == "casualties":
            unmatched = [p for j, p in enumerate(pred_items) if j not in matched_preds]
            phrases = [s for s in gold.get("not_casualties") or [] if isinstance(s, str)]
            result["not_casualties_hits"] = not_casualty_hits(phrases, unmatched, text)
    return result


def prf(tp: int, fp: int, fn: int) -> dict[str, float | None]:
    """Precision, recall and F1; ``None`` where the denominator is zero."""
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _finish(scored: dict[str, Any]) -> dict[str, Any]:
    for counts in scored["categories"].values():
        counts.update(prf(counts["tp"], counts["fp"], counts["fn"]))
    for acc in scored["accuracies"].values():
        acc["accuracy"] = acc["correct"] / acc["total"] if acc["total"] else None
    return scored


def evaluate(
    golds: Iterable[Mapping[str, Any]],
    preds: Mapping[str, Mapping[str, Any]] | Iterable[Mapping[str, Any]],
    texts: Mapping[str, str] | None = None,
    categories: Sequence[str] = CATEGORIES,
) -> dict[str, Any]:
    """Score predictions (records, or ``{id: record}``) against gold annotations, micro-averaged.

    Only gold articles with a prediction are scored; the others are listed under ``unscored``.
    Returns ``{"files", "categories", "accuracies", "not_casualties_hits", "per_file", "unscored",
    "unmatched_predictions"}``; totals have ``precision``/``recall``/``f1`` and ``accuracy``.
    """
    if not isinstance(preds, Mapping):
        preds = {str(p.get("id")): p for p in preds}
    texts = texts or {}
    total: dict[str, Any] = {
        "categories": {
            c: dict.fromkeys(("tp", "fp", "fn", "gold", "pred", "optional_matched", "unscored"), 0)
            for c in categories
        },
        "accuracies": {
            name: {"correct": 0, "total": 0}
            for name, cat in ACCURACIES.items()
            if cat in categories
        },
    }
    per_file, unscored, gold_ids, hits = [], [], set(), 0
    for gold in golds:
        article_id = str(gold.get("id"))
        gold_ids.add(article_id)
        pred = preds.get(article_id)
        if pred is None:
            unscored.append(article_id)
            continue
        scored = _finish(score_article(gold, pred, texts.get(article_id), categories))
        per_file.append(scored)
        for category, counts in scored["categories"].items():
            for key in total["categories"][category]:
                total["categories"][category][key] += counts[key]
        for name, acc in scored["accuracies"].items():
            total["accuracies"][name]["correct"] += acc["correct"]
            total["accuracies"][name]["total"] += acc["total"]
        hits += len(scored["not_casualties_hits"])
    _finish(total)
    return {
        "files": len(per_file),
        "categories": total["categories"],
        "accuracies": total["accuracies"],
        "not_casualties_hits": hits,
        "match_rules": {"quote_token_f1": QUOTE_MATCH_F1, "geocode_km": GEOCODE_KM},
        "per_file": per_file,
        "unscored": unscored,
        "unmatched_predictions": sorted(set(preds) - gold_ids),
    }
