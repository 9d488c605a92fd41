"""Property tests: for arbitrary input the reader and every extractor hold their contract (issue 10).

The fast profile runs in ``make test``; ``make fuzz`` (``FUZZ_PROFILE=long``) runs the long one.
"""

from __future__ import annotations

import datetime as dt
import os
import string

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflict_extract.io.reader import InputProblem, parse_text_input, read_file
from conflict_extract.io.schema import record_schema
from conflict_extract.models import Article, to_dict
from conflict_extract.nlp.pipeline import annotate

PROFILE = os.environ.get("FUZZ_PROFILE", "fast")
INPUTS = int(os.environ.get("FUZZ_EXAMPLES", "100000")) if PROFILE == "long" else 200
"""Generated inputs per property (the long profile's target is 100,000)."""
BATCH = 100 if PROFILE == "long" else 10
"""Texts per pipeline example: batched through ``nlp.pipe`` the way real corpora are."""

settings.register_profile(
    "fast", max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=INPUTS, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(PROFILE)

# One compiled validator: jsonschema.validate() would re-check the schema itself on every call.
VALIDATOR = jsonschema.Draft202012Validator(record_schema())

# Text that looks enough like conflict reporting to reach the rules, mixed with arbitrary characters.
NEWS_WORDS = (
    "killed injured wounded dead at least more than 12 1,200 dozens of people civilians soldiers "
    "rebels in Aleppo Kabul Mosul on Monday last week since 2011 said told Reuters according to "
    "the army militants “ ” \" ' ‘ ’ , . - – : ( ) [ ] … \n\n including children the monitor "
    "READ MORE: Source: forty-four two hundred no one was hurt three weeks ago"
).split(" ")
news_text = st.lists(
    st.one_of(st.sampled_from(NEWS_WORDS), st.text(max_size=6)), max_size=60
).map(" ".join)
any_text = st.one_of(news_text, st.text(max_size=300), st.text(string.printable, max_size=300))


def check_record(record, text: str) -> None:
    data = to_dict(record)
    VALIDATOR.validate(data)
    for category in ("casualties", "quotes", "dates"):
        for item in data[category]:
            assert text[item["start"]: item["end"]] == item["text"], (category, item)
    for place in data["places"]:
        for start, end in place["spans"]:
            assert 0 <= start < end <= len(text)
            assert text[start:end] in place["mentions"], (place, text[start:end])
    for group in data["groups"]:
        for start, end in group["spans"]:
            assert 0 <= start < end <= len(text)
            assert text[start:end] in group["aliases"] + [group["name"]], (group, text[start:end])
    for casualty in data["casualties"]:
        assert casualty["part_of"] is None or 0 <= casualty["part_of"] < len(data["casualties"])


@given(data=st.binary(max_size=2000), suffix=st.sampled_from(["", ".txt", ".jsonl", ".json", ".html"]))
def test_reader_never_raises_on_arbitrary_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    for item in read_file(str(path)):
        assert isinstance(item, Article | InputProblem)
        if isinstance(item, Article):
            assert isinstance(item.text, str)


@given(text=any_text)
def test_plain_text_reader_keeps_the_text_whole(text):
    [article] = parse_text_input(text, "<fuzz>", "fuzz", ".txt")
    assert article.text == text
    for start, end in article.skip_spans:
        assert 0 <= start <= end <= len(text)


published_dates = st.one_of(
    st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(str)
)


@settings(max_examples=max(1, INPUTS // BATCH))
@given(batch=st.lists(st.tuples(any_text, published_dates), min_size=BATCH, max_size=BATCH))
def test_every_extractor_holds_its_contract_on_arbitrary_text(nlp, batch):
    articles = [
        Article(id=f"fuzz{i}", text=text, source="<fuzz>", published=published)
        for i, (text, published) in enumerate(batch)
    ]
    for article, record in zip(articles, annotate(nlp, articles), strict=True):
        assert record.errors == [], (article.text, record.errors)
        check_record(record, article.text)
