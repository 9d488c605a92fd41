"""Bounded pieces (issue 20): any article is cut into docs of bounded size with exact offsets."""

from __future__ import annotations

import time

import pytest

from conflict_extract.models import Article
from conflict_extract.nlp.docs import annotate, make_docs, split_pieces

SENTENCES = [
    "Gunmen killed five villagers in Kaduna state on Sunday, police said.",
    "An air strike on a market in Saada wounded 23 people, medics told reporters!",
    "Was the convoy hit near Gao?",
    "Troops recaptured the town of Bakhmut's outskirts after heavy fighting (local officials said).",
    "\u201cWe buried 12 of our neighbours,\u201d a resident of Marawi said.",
]


def paragraph(n: int) -> str:
    return " ".join(SENTENCES[i % len(SENTENCES)] for i in range(n))


@pytest.mark.parametrize(
    "text, limit",
    [
        ("\n\n".join(paragraph(3) for _ in range(40)), 500),  # many short paragraphs
        (paragraph(400), 1000),  # one giant paragraph
        ("Title\n\n" + paragraph(200) + "\n\n" + paragraph(2), 700),  # giant between short ones
        ("x" * 5000, 1000),  # no space and no sentence end at all
        ("word " * 3000, 1000),  # spaces but no sentence end
        ("Short article.\n\nTwo paragraphs.", 30_000),  # under the limit: one piece
        ("", 100),
    ],
    ids=["paragraphs", "one-paragraph", "mixed", "no-space", "no-sentence-end", "short", "empty"],
)
def test_pieces_tile_the_text_within_the_limit(text, limit):
    pieces = list(split_pieces(text, limit))
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(0 < b - a <= limit for a, b in pieces)
    assert all(b == c for (_, b), (c, _) in zip(pieces, pieces[1:], strict=False))


@pytest.mark.parametrize(
    "text, limit, expected_starts",
    [
        ("First one.\n\nSecond one.\n\nThird one.", 20, ["First", "Second", "Third"]),
        ("First one. Second one. Third one.", 15, ["First", "Second", "Third"]),
        ("First one.\n\nSecond one here. Third one here.", 25, ["First", "Second", "Third"]),
    ],
)
def test_pieces_end_at_paragraphs_then_at_sentences(text, limit, expected_starts):
    starts = [text[a:b].split()[0] for a, b in split_pieces(text, limit)]
    assert starts == expected_starts


def test_short_paragraphs_are_packed_together():
    text = "\n\n".join(["One sentence here."] * 10)
    pieces = list(split_pieces(text, 100))
    assert len(pieces) < 10
    for a, b in pieces[:-1]:
        assert text[a:b].endswith("\n\n")


def test_every_piece_knows_the_article_dateline(nlp, monkeypatch):
    text = "BEIRUT, Dec 5, 2016 (Reuters) - " + "\n\n".join([paragraph(4)] * 20)
    monkeypatch.setattr(nlp, "max_length", 800)
    pieces = make_docs(nlp, Article(id="d", text=text, source="<test>"))
    assert len(pieces) > 3
    assert {doc._.published.isoformat() for _, doc in pieces} == {"2016-12-05"}
    for offset, doc in pieces:
        assert text[offset: offset + len(doc.text)] == doc.text


def test_an_article_over_its_time_budget_is_written_with_a_warning(nlp, monkeypatch):
    clock = iter(range(0, 10_000, 10))  # every look at the clock is ten seconds later
    monkeypatch.setattr(time, "monotonic", lambda: float(next(clock)))
    monkeypatch.setattr(nlp, "max_length", 500)
    long = Article(id="long", text="\n\n".join([paragraph(3)] * 30), source="<test>")
    short = Article(id="short", text=SENTENCES[0], source="<test>")
    first, second = annotate(nlp, [long, short], article_timeout=25)
    assert first.id == "long" and second.id == "short"
    assert len(first.warnings) == 1 and first.warnings[0].startswith("article-timeout")
    assert 0 < max(c.end for c in first.casualties) < len(long.text) // 2
    assert second.warnings == [] and second.casualties[0].count == 5


def test_records_stream_out_in_input_order(nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 400)
    articles = [
        Article(id=str(i), text="\n\n".join([SENTENCES[i % 5]] * (1 + 7 * (i % 3))), source="t")
        for i in range(12)
    ]
    assert [r.id for r in annotate(nlp, articles, batch_size=4)] == [a.id for a in articles]


def test_freed_memory_is_given_back_after_every_batch(nlp, monkeypatch):
    import conflict_extract.nlp.docs as docs

    trims = []
    monkeypatch.setattr(docs, "_MALLOC_TRIM", trims.append)
    monkeypatch.setattr(nlp, "max_length", 400)
    article = Article(id="a", text="\n\n".join([SENTENCES[0]] * 12), source="t")
    records = list(annotate(nlp, [article], batch_size=2))
    assert len(records) == 1 and len(trims) >= len(make_docs(nlp, article)) // 2
    monkeypatch.setattr(docs, "_MALLOC_TRIM", None)  # a C library without malloc_trim
    assert [r.id for r in annotate(nlp, [article])] == ["a"]
