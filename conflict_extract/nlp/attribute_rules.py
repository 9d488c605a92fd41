"""The model's attribute rules applied by table lookup instead of a Matcher pass.

English pipelines map fine-grained tags (and a few words) to coarse POS, morphology and lemma
exceptions with an ``attribute_ruler``: 150-200 one- and two-token patterns over ``TAG``,
``LOWER``, ``DEP`` and ``IS_SPACE``. spaCy runs them as a Matcher over every token of every
document, which costs about as much as the parser. Every one-token pattern depends only on its
token's own values, so the attributes a token gets are a function of those values: they are worked
out once per distinct combination and then looked up. A value no pattern names (most words, most
dependency labels) is looked up as "any other value", so the table stays small. Two-token patterns
are checked only where their first token can match. The effect is the ruler's exactly: matches are
found on the values before any is set, and a token's attributes are merged in the ruler's order (a
later rule wins).

:func:`use_attribute_table` swaps the model's ruler for :class:`AttributeTable` when every
pattern has a shape the table supports, and leaves the model as it is otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

RULER_NAME = "attribute_ruler"
TABLE_FACTORY = "conflict_attribute_table"

KEY_ATTRS = (TAG, LOWER, DEP, IS_SPACE, ORTH)
"""The token values patterns may test, in the order of a token's key."""
KEY_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3, "ORTH": 4, "TEXT": 4}
"""Pattern keys the table supports -> position in the key."""
OTHER = -1
"""A key's value for a string no pattern names nor matches."""

TokenSpec = tuple[tuple[int, str, Any], ...]
"""One pattern token: ``(key position, operator, value)`` tests, all of which must hold."""


@dataclass
class Rule:
    """One pattern of the ruler: its tokens, the attributes it sets and on which token."""

    order: int
    tokens: tuple[TokenSpec, ...]
    attrs: dict
    index: int


@dataclass
class RuleSet:
    """A ruler's patterns split into one-token rules and longer ones, in the ruler's order."""

    single: list[Rule] = field(default_factory=list)
    multi: list[Rule] = field(default_factory=list)

    def tests(self) -> Iterator[tuple[int, str, Any]]:
        """Every test of every pattern token."""
        for rule in self.single + self.multi:
            for spec in rule.tokens:
                yield from spec


def compile_rules(ruler: AttributeRuler) -> RuleSet | None:
    """The ruler's patterns as rules, or None when one has a shape the table cannot apply
    (an operator such as ``OP``, a key other than those of :data:`KEY_FIELDS`)."""
    rules = RuleSet()
    for order, attrs in enumerate(ruler.attrs):
        _, patterns = ruler.matcher.get(str(order))
        for pattern in patterns:
            tokens = tuple(_token_spec(spec) for spec in pattern)
            if not tokens or any(t is None for t in tokens):
                return None
            rule = Rule(order, tokens, attrs, ruler.indices[order])  # type: ignore[arg-type]
            (rules.single if len(tokens) == 1 else rules.multi).append(rule)
    return rules


def _token_spec(spec: dict) -> TokenSpec | None:
    tests = []
    for key, value in spec.items():
        position = KEY_FIELDS.get(key.upper())
        if position is None:
            return None
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN", "REGEX"):
                return None
            operator, values = next(iter(value.items()))
            if operator == "REGEX":
                tests.append((position, operator, re.compile(values)))
            else:
                tests.append((position, operator, frozenset(values)))
        elif isinstance(value, (str, bool)):
            tests.append((position, "==", value))
        else:
            return None
    return tuple(tests)


def _holds(spec: TokenSpec, values: tuple) -> bool:
    for position, operator, expected in spec:
        value = values[position]
        if operator == "==":
            if value != expected:
                return False
        elif operator == "IN":
            if value not in expected:
                return False
        elif operator == "REGEX":
            if not isinstance(value, str) or expected.search(value) is None:
                return False
        elif value in expected:  # NOT_IN
            return False
    return True


@dataclass
class _KeyInfo:
    """What one combination of token values gets: the one-token rules it matches (in order),
    their merged attributes, and which tokens of longer rules it satisfies."""

    single: list[Rule]
    merged: dict
    multi: frozenset[tuple[int, int]]


class AttributeTable:
    """A drop-in for the model's ``attribute_ruler`` that applies the same rules by lookup."""

    def __init__(self, vocab: Vocab, name: str = RULER_NAME) -> None:
        self.vocab = vocab
        self.name = name
        self.use(RuleSet())

    def use(self, rules: RuleSet) -> None:
        """Apply ``rules`` from now on."""
        self.rules = rules
        self._named: list[set[int]] = [set() for _ in KEY_ATTRS]
        self._patterns: list[list[re.Pattern[str]]] = [[] for _ in KEY_ATTRS]
        for position, operator, expected in rules.tests():
            if operator == "REGEX":
                self._patterns[position].append(expected)
            elif isinstance(expected, frozenset):
                self._named[position].update(self._key_of(v) for v in expected)
            else:
                self._named[position].add(self._key_of(expected))
        self._canonical: list[dict[int, int]] = [{} for _ in KEY_ATTRS]
        self._known: dict[tuple, _KeyInfo] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes the rules give each token of ``doc``."""
        if not len(doc):
            return doc
        known = self._known
        tags, lowers, deps, _, orths = self._canonical
        infos = []
        for row in doc.to_array(list(KEY_ATTRS)).tolist():
            tag, lower, dep, space, orth = row
            key = (tags.get(tag), lowers.get(lower), deps.get(dep), space, orths.get(orth))
            if None in key:
                key = tuple(self._canonical_value(p, v) for p, v in enumerate(row))
            info = known.get(key)
            if info is None:
                info = known[key] = self._work_out(key, row)
            infos.append(info)
        extra = self._longer_matches(infos) if self.rules.multi else {}
        for i, (token, info) in enumerate(zip(doc, infos, strict=True)):
            # A token a longer rule also sets takes every rule's attributes in the ruler's order.
            merged = _merged(info.single + extra[i]) if i in extra else info.merged
            if merged:
                set_token_attrs(token, merged)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        """Apply the rules to each doc in turn."""
        for doc in docs:
            yield self(doc)

    def _work_out(self, key: tuple, row: list[int]) -> _KeyInfo:
        """The rules that hold for a token with these values (``key``: their canonical form)."""
        strings = self.vocab.strings
        values = tuple(
            bool(row[p]) if p == KEY_FIELDS["IS_SPACE"]
            else (strings[row[p]] if key[p] != OTHER else None)
            for p in range(len(KEY_ATTRS))
        )
        single = [r for r in self.rules.single if _holds(r.tokens[0], values)]
        multi = frozenset(
            (n, j) for n, rule in enumerate(self.rules.multi)
            for j, spec in enumerate(rule.tokens) if _holds(spec, values)
        )
        return _KeyInfo(single, _merged(single), multi)

    def _canonical_value(self, position: int, value: int) -> int:
        """``value`` itself when a pattern names it or one of its regexes matches it, else
        :data:`OTHER` (every test treats all such values alike)."""
        if position == KEY_FIELDS["IS_SPACE"]:
            return value
        seen = self._canonical[position]
        canonical = seen.get(value)
        if canonical is None:
            named = value in self._named[position]
            if not named and self._patterns[position]:
                text = self.vocab.strings[value]
                named = any(p.search(text) for p in self._patterns[position])
            canonical = seen[value] = value if named else OTHER
        return canonical

    def _key_of(self, value: str | bool) -> int:
        """The integer ``Doc.to_array`` gives for ``value``: a symbol's ID (``det``, ``POS``)
        or the string's hash."""
        return int(value) if isinstance(value, bool) else self.vocab.strings.add(value)

    def _longer_matches(self, infos: list[_KeyInfo]) -> dict[int, list[Rule]]:
        """Token index -> the longer rules that set its attributes."""
        found: dict[int, list[Rule]] = {}
        starts = [i for i, info in enumerate(infos) if info.multi]
        for n, rule in enumerate(self.rules.multi):
            length = len(rule.tokens)
            for start in starts:
                if start + length > len(infos) or (n, 0) not in infos[start].multi:
                    continue
                if all((n, j) in infos[start + j].multi for j in range(1, length)):
                    end = start + length
                    target = start + rule.index if rule.index >= 0 else end + rule.index
                    if start <= target < end:
                        found.setdefault(target, []).append(rule)
        return found


@Language.factory(
    TABLE_FACTORY,
    requires=["token.tag", "token.dep"],
    assigns=["token.pos", "token.morph", "token.lemma"],
)
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """An empty :class:`AttributeTable`; :func:`use_attribute_table` fills it from a ruler."""
    return AttributeTable(nlp.vocab, name)


def _merged(rules: list[Rule]) -> dict:
    """The attributes ``rules`` set, applied in the ruler's order (a later rule wins)."""
    merged: dict = {}
    for rule in sorted(rules, key=lambda r: r.order):
        merged.update(rule.attrs)
    return merged


def use_attribute_table(nlp: Language) -> bool:
    """Swap ``nlp``'s attribute ruler for an :class:`AttributeTable` of the same rules. Returns
    False, changing nothing, when there is no ruler or one of its patterns is unsupported."""
    if RULER_NAME not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(RULER_NAME)
    if not isinstance(ruler, AttributeRuler):
        return False
    rules = compile_rules(ruler)
    if rules is None:
        return False
    table = nlp.replace_pipe(RULER_NAME, TABLE_FACTORY)
    table.use(rules)
    return True
