"""Declared contracts between components (issue 14): ``requires``/``assigns`` are what the
pipeline is built from, and ``--only X`` gives the same X as the full run."""

from __future__ import annotations

import pytest

from conflict_extract.io.reader import read_inputs
from conflict_extract.models import CATEGORIES, Article, to_dict
from conflict_extract.nlp.pipeline import annotate, components_for, load
from tests.conftest import SEEDS

# Our own articles: a dateline that gives the publication date, figures attributed through a
# quoted speaker, places and groups named several times.
OWN_ARTICLES = [
    Article(
        id="dateline",
        source="<test>",
        text=(
            "Shelling hits market\n\n"
            "BEIRUT, Dec 5, 2016 (Reuters) - Government shelling killed 14 people in a market in "
            "eastern Aleppo on Sunday, the Syrian Observatory for Human Rights said.\n\n"
            "\"They hit the market at the busiest hour,\" said Rami Abdulrahman, who heads the "
            "Observatory. He said 30 more people were wounded."
        ),
    ),
    Article(
        id="attributed",
        source="<test>",
        text=(
            "Attack on convoy in Borno\n\n"
            "MAIDUGURI, Nigeria, March 3 (AP) - Boko Haram fighters ambushed a military convoy "
            "near Gwoza on Tuesday.\n\n"
            "\"We lost nine soldiers and four others are missing,\" army spokesman Onyema Nwachukwu "
            "said in a statement. He said troops had killed 20 insurgents in the fighting."
        ),
    ),
    Article(
        id="no-dateline",
        source="<test>",
        published="2022-07-14",
        text=(
            "Strike on Vinnytsia\n\n"
            "Russian missiles struck the centre of Vinnytsia on Thursday, killing at least 23 "
            "people, Ukraine's emergency service said. Ukrainian President Volodymyr Zelensky "
            "called it an open act of terrorism."
        ),
    ),
]


def seed_articles() -> list[Article]:
    return [a for a in read_inputs([str(SEEDS)]) if isinstance(a, Article)]


@pytest.fixture(scope="module")
def full_records(nlp):
    articles = seed_articles() + OWN_ARTICLES
    return {r.id: to_dict(r) for r in annotate(nlp, articles)}


def test_full_pipeline_has_no_contract_problems(nlp):
    analysis = nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}


def test_every_requirement_is_assigned_by_an_earlier_pipe(nlp):
    assigned: set[str] = set()
    for name in nlp.pipe_names:
        meta = nlp.get_pipe_meta(name)
        if name.startswith("conflict_"):
            missing = [r for r in meta.requires if r.startswith("doc._.") and r not in assigned]
            assert missing == [], f"{name} requires {missing} before any pipe assigns them"
        assigned.update(meta.assigns)


@pytest.mark.parametrize("category", CATEGORIES)
def test_only_one_category_gives_the_same_result_as_the_full_run(category, full_records):
    nlp = load(categories=(category,))
    assert [p for p in nlp.pipe_names if p.startswith("conflict_") and p != "conflict_paragraphs"] \
        == [f"conflict_{c}" for c in components_for([category])]
    articles = seed_articles() + OWN_ARTICLES
    for record in annotate(nlp, articles, (category,)):
        data = to_dict(record)
        assert data[category] == full_records[record.id][category], record.id
        assert data["published"] == full_records[record.id]["published"], record.id


@pytest.mark.parametrize(
    "article_id, published",
    [("dateline", "2016-12-05"), ("attributed", None), ("no-dateline", "2022-07-14")],
)
def test_published_comes_from_the_caller_or_the_dateline(full_records, article_id, published):
    assert full_records[article_id]["published"] == published
