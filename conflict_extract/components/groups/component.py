"""The ``conflict_groups`` pipeline component: armed groups, forces, states and organisations,
canonicalised and typed, stored on ``doc._.groups``.

The extraction itself is :func:`conflict_extract.components.groups.extract.extract_groups` (plain
functions over the Doc); this module registers the factory, loads the tables and compiles the
matchers once, at load time. :func:`conflict_extract.linking.group_at` lets later components
(quotes, casualties) find the group at a character range.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.components.groups.article import Settings
from conflict_extract.components.groups.extract import extract_groups
from conflict_extract.components.groups.resources import (
    BIG_CITY_POPULATION,
    CAPITAL_MIN_POPULATION,
    common_words,
    matchers_for,
    resources,
)
from conflict_extract.nlp.extensions import register_extensions, run_extractor

register_extensions()

_DEFAULTS = Settings()


class GroupExtractor:
    """Pipeline component: stores :func:`extract_groups` results on ``doc._.groups``."""

    def __init__(
        self, nlp: Language, settings: Settings, capital_min_population: int, big_city_population: int
    ) -> None:
        res = resources(capital_min_population, big_city_population)
        self.settings = settings
        # Compiled at load time, not on the first article.
        self.matchers = matchers_for(nlp.vocab, res, common_words(nlp))

    def __call__(self, doc: Doc) -> Doc:
        doc._.groups = run_extractor(doc, "groups", self.extract)
        return doc

    def extract(self, doc: Doc) -> list:
        """The groups of one doc, with this component's matchers and thresholds."""
        return extract_groups(doc, self.matchers, self.settings)


@Language.factory(
    "conflict_groups",
    assigns=["doc._.groups"],
    requires=["doc._.places", "doc.ents", "token.ent_type", "token.dep", "token.tag", "token.lemma"],
    default_config={
        "np_modifiers": _DEFAULTS.np_modifiers,
        "antecedent_tokens": _DEFAULTS.antecedent_tokens,
        "recent_forces_tokens": _DEFAULTS.recent_forces_tokens,
        "main_country_min_mentions": _DEFAULTS.main_country_min_mentions,
        "main_country_margin": _DEFAULTS.main_country_margin,
        "lowercase_factor": _DEFAULTS.lowercase_factor,
        "place_margin": _DEFAULTS.place_margin,
        "capital_min_population": CAPITAL_MIN_POPULATION,
        "big_city_population": BIG_CITY_POPULATION,
    },
)
def make_group_extractor(
    nlp: Language,
    name: str,
    *,
    np_modifiers: int,
    antecedent_tokens: int,
    recent_forces_tokens: int,
    main_country_min_mentions: int,
    main_country_margin: float,
    lowercase_factor: float,
    place_margin: float,
    capital_min_population: int,
    big_city_population: int,
) -> GroupExtractor:
    """Factory for the ``conflict_groups`` component; every threshold is a config setting (see
    :class:`~conflict_extract.components.groups.article.Settings`)."""
    settings = Settings(
        np_modifiers=np_modifiers,
        antecedent_tokens=antecedent_tokens,
        recent_forces_tokens=recent_forces_tokens,
        main_country_min_mentions=main_country_min_mentions,
        main_country_margin=main_country_margin,
        lowercase_factor=lowercase_factor,
        place_margin=place_margin,
    )
    return GroupExtractor(nlp, settings, capital_min_population, big_city_population)
