"""Scraped corpora full of junk never crash the tool or lose a record (issue 10)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

import conflict_extract.components.quotes.component as quotes_module
from conflict_extract.cli.app import extract_app
from conflict_extract.io.reader import InputProblem, decode_bytes, read_inputs
from conflict_extract.models import Article
from conflict_extract.nlp.pipeline import annotate, split_text

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]

BODY = (
    "Gunmen killed five villagers in an attack on Kaduna state on Sunday, police said. "
    "The attackers also abducted 12 people, a local official told reporters."
)


def extract(*args: str, input: str | None = None):
    return runner.invoke(extract_app, list(args), input=input)


def read_one(tmp_path: Path, name: str, data: bytes) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_inputs([str(path)]))


# --- encodings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Title\n\nIt’s over.".encode(), "It’s over."),
        (b"\xef\xbb\xbfTitle\n\nIt\xe2\x80\x99s over.", "It’s over."),
        ("Title\n\nIt’s over.".encode("utf-16"), "It’s over."),
        ("Title\n\nIt’s over.".encode("utf-16-be").join([b"\xfe\xff", b""]), "It’s over."),
        (b"Title\n\nIt\x92s over, the ministry\x92s statement said \x93today\x94.", "It’s over"),
        ("Title\n\nItâ€™s over.".encode(), "It’s over."),
        (b"Title\n\nIt is\x00 over.", "It is over."),
        (b"Title\n\nIt is\x07 over\x1b.", "It is over."),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "cp1252", "mojibake", "nul", "controls"],
)
def test_encodings_are_decoded_or_repaired(tmp_path, data, expected):
    [article] = read_one(tmp_path, "a.txt", data)
    assert isinstance(article, Article)
    assert expected in article.text
    assert article.title == "Title"


def test_binary_data_is_refused():
    with pytest.raises(ValueError, match="binary|not text"):
        decode_bytes(bytes(range(256)) * 64)


# --- size -----------------------------------------------------------------------------------------


def test_split_text_cuts_at_paragraphs_and_keeps_offsets():
    text = "\n\n".join(f"Paragraph {i} says ten people died." for i in range(50))
    pieces = split_text(text, 200)
    assert "".join(chunk for _, chunk in pieces) == text
    for offset, chunk in pieces:
        assert len(chunk) <= 200
        assert text[offset: offset + len(chunk)] == chunk
        assert chunk.startswith("Paragraph")


def test_article_longer_than_max_length_is_split_with_true_offsets(nlp):
    paragraph = "Gunmen killed five villagers in Kaduna on Sunday, police said."
    text = "Attacks\n\n" + "\n\n".join([paragraph] * 40)
    saved = nlp.max_length
    nlp.max_length = 500
    try:
        [record] = annotate(nlp, [Article(id="long", text=text, source="<test>")])
    finally:
        nlp.max_length = saved
    for date in record.dates:
        assert text[date.start: date.end] == date.text
    for casualty in record.casualties:
        assert text[casualty.start: casualty.end] == casualty.text
    for place in record.places:
        for start, end in place.spans:
            assert 0 <= start < end <= len(text)
    assert len(record.dates) >= 20  # every chunk was analysed, not only the first


def test_large_jsonl_is_streamed_not_read_whole(tmp_path):
    path = tmp_path / "big.jsonl"
    line = json.dumps({"id": "x", "text": BODY}) + "\n"
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(100_000):
            handle.write(line.replace('"x"', f'"a{i}"'))
    assert path.stat().st_size > 10_000_000
    tracemalloc.start()
    stream = read_inputs([str(path)])
    first = [next(stream) for _ in range(3)]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [a.id for a in first] == ["a0", "a1", "a2"]
    assert peak < 2_000_000


@pytest.mark.parametrize(
    "content, outcome",
    [(b"", "empty"), (b"  \n\t\n ", "empty"), (b"Only a title\n", "record")],
)
def test_empty_whitespace_and_title_only_files(tmp_path, content, outcome):
    (tmp_path / "a.txt").write_bytes(content)
    result = extract(str(tmp_path), "--json")
    records = json.loads(result.stdout)
    if outcome == "empty":
        assert records == [] and result.exit_code == 1 and "is empty" in result.stderr
    else:
        assert [r["title"] for r in records] == ["Only a title"] and result.exit_code == 0


# --- structure ------------------------------------------------------------------------------------


def test_jsonl_with_bad_lines_keeps_every_good_one(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": BODY}),
        "{broken",
        json.dumps({"id": "b", "text": 5}),
        json.dumps({"id": "c"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "d", "text": BODY, "title": "Kaduna attack"}),
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = extract(str(tmp_path), "--jsonl", "--only", "dates")
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["a", "d"]
    # issue 22: one more line says the articles have no publication date; it is not a warning
    warnings = [w for w in result.stderr.strip().splitlines() if w.startswith("Warning:")]
    assert [w.split(":")[2] for w in warnings] == ["2", "3", "4", "5"]


def test_duplicate_ids_are_kept_with_a_warning(tmp_path):
    lines = [json.dumps({"id": "same", "text": BODY})] * 2
    (tmp_path / "d.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = extract(str(tmp_path), "--jsonl", "--only", "dates")
    assert len(result.stdout.splitlines()) == 2
    assert "duplicate article id 'same'" in result.stderr


def test_json_object_instead_of_array_is_one_article(tmp_path):
    (tmp_path / "o.json").write_text(json.dumps({"id": "obj", "text": BODY}), encoding="utf-8")
    result = extract(str(tmp_path), "--json", "--only", "dates")
    assert [r["id"] for r in json.loads(result.stdout)] == ["obj"]


@pytest.mark.parametrize(
    "html, expect_record",
    [
        ("<html><head><title>T</title></head><body><nav>Menu</nav></body></html>", False),
        (
            "<html><head><title>Kaduna attack</title><style>p{color:red}</style>"
            "<script>var killed = 500;</script></head><body><article><h1>Kaduna attack</h1>"
            f"<p>{BODY}</p><p>{BODY}</p></article></body></html>",
            True,
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            f"<html><body><article><p>&xxe; {BODY}</p><p>{BODY}</p></article></body></html>",
            True,
        ),
    ],
    ids=["no-body", "scripts-and-styles", "external-entity"],
)
def test_html_pages(tmp_path, html, expect_record):
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    result = extract(str(tmp_path), "--json", "--only", "dates")
    records = json.loads(result.stdout)
    assert "Traceback" not in result.stderr
    if expect_record:
        assert len(records) == 1
        assert "var killed" not in records[0]["title"] + str(records)
        assert "root:" not in json.dumps(records)
    else:
        assert records == [] and result.exit_code == 1


def test_text_that_is_not_english_is_reported_once_and_still_processed(tmp_path):
    french = (
        "Attaque à Kaduna\n\nDes hommes armés ont tué cinq villageois dans une attaque dans l'État "
        "de Kaduna dimanche, a indiqué la police. Les assaillants ont aussi enlevé douze personnes, "
        "selon un responsable local qui a parlé aux journalistes de la région du nord du pays."
    )
    (tmp_path / "fr.txt").write_text(french, encoding="utf-8")
    result = extract(str(tmp_path), "--json")
    assert result.exit_code == 0
    assert result.stderr.count("does not look like English") == 1
    assert len(json.loads(result.stdout)) == 1


# --- paths ----------------------------------------------------------------------------------------


def test_symlink_loops_unreadable_files_and_odd_names(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "name with spaces.txt").write_text(f"Spaces\n\n{BODY}", encoding="utf-8")
    (tmp_path / "ħalab_تقرير.txt").write_text(f"Unicode\n\n{BODY}", encoding="utf-8")
    result = extract(str(tmp_path), "--json", "--only", "dates")
    assert result.exit_code == 1
    assert "dangling.txt" in result.stderr
    ids = sorted(r["id"] for r in json.loads(result.stdout))
    assert ids == ["name with spaces", "ħalab_تقرير"]


# --- process faults -------------------------------------------------------------------------------


def test_failure_inside_one_extractor_is_reported_and_the_run_goes_on(tmp_path, monkeypatch):
    def broken(doc, *settings):
        raise RuntimeError("rule exploded")

    monkeypatch.setattr(quotes_module, "extract_quotes", broken)
    (tmp_path / "a.txt").write_text(f"Kaduna\n\n{BODY}", encoding="utf-8")
    result = extract(str(tmp_path), "--json", "--published", "2021-06-14")
    assert result.exit_code == 1
    assert "article 'a': extraction failed for quotes: RuntimeError: rule exploded" in result.stderr
    [record] = json.loads(result.stdout)
    assert record["quotes"] == []
    assert record["dates"]  # the other extractors still ran


def _corpus(tmp_path: Path, n: int) -> Path:
    corpus = tmp_path / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps({"id": f"a{i}", "text": f"Report {i}\n\n{BODY}"}) + "\n")
    return corpus


def test_killed_run_leaves_complete_lines_and_resume_finishes_it(tmp_path):
    corpus = _corpus(tmp_path, 400)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "conflict_extract", "run", str(corpus), "--jsonl", "-o", str(out)]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= 5:
            break
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    lines = out.read_bytes().splitlines(keepends=True)
    complete = [line for line in lines if line.endswith(b"\n")]
    assert len(complete) >= 5
    for line in complete:
        json.loads(line)
    subprocess.run([*command, "--resume"], cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(f"a{i}" for i in range(400))


def test_resume_needs_jsonl_and_an_output_file(tmp_path):
    result = extract(str(tmp_path), "--json", "--resume")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --resume needs --jsonl and -o FILE")


# --- the bar: 1,000 articles, 5 % corrupted --------------------------------------------------------


def test_thousand_articles_with_five_percent_corrupted(tmp_path):
    good_lines, bad = [], 0
    for i in range(1000):
        if i % 20 == 0:
            bad += 1
            kind = (i // 20) % 5
            if kind == 0:
                (tmp_path / f"bin{i}.txt").write_bytes(bytes(range(256)) * 8)
            elif kind == 1:
                (tmp_path / f"empty{i}.txt").write_bytes(b"   \n")
            elif kind == 2:
                good_lines.append(f'{{"id": "broken{i}", "text": ')
            elif kind == 3:
                good_lines.append(json.dumps({"id": f"t{i}", "text": 42}))
            else:
                good_lines.append(json.dumps({"id": f"m{i}"}))
        elif i % 2:
            good_lines.append(json.dumps({"id": f"g{i}", "text": f"Report {i}\n\n{BODY}"}))
        else:
            (tmp_path / f"g{i}.txt").write_text(f"Report {i}\n\n{BODY}", encoding="utf-8")
    (tmp_path / "corpus.jsonl").write_text("\n".join(good_lines) + "\n", encoding="utf-8")
    result = extract(str(tmp_path), "--jsonl", "--only", "dates", "--quiet")
    assert result.exit_code == 1
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert len(ids) == len(set(ids)) == 950
    loud = extract(str(tmp_path), "--jsonl", "--only", "dates")
    loud_warnings = [w for w in loud.stderr.splitlines() if w.startswith("Warning:")]
    assert len(loud_warnings) == bad == 50


def test_problems_name_where_they_are(tmp_path):
    (tmp_path / "x.jsonl").write_text('{"id": "ok", "text": "fine text here"}\n[]\n', "utf-8")
    problems = [p for p in read_inputs([str(tmp_path)]) if isinstance(p, InputProblem)]
    assert [p.where for p in problems] == [f"{tmp_path / 'x.jsonl'}:2"]


# --- bounded time and memory (issue 20) ------------------------------------------------------------


def test_giant_paragraph_line_does_not_stall_the_lines_after_it(tmp_path):
    """Regression test for issue 20: a 2 M-character paragraph between two normal articles."""
    sentences = (
        "Militants attacked a checkpoint near Mogadishu on Friday, killing three soldiers. "
        "Police in Peshawar said 14 people were wounded in the blast. "
        "Residents of Goma fled as fighting reached the airport, officials said. "
    )
    giant = (sentences * (2_000_000 // len(sentences) + 1))[:2_000_000]
    last = "Fighters killed seven herders near Maiduguri on Monday, the army said."
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": i, "text": t}) for i, t in (("a", BODY), ("giant", giant),
                                                                 ("c", last))) + "\n",
        encoding="utf-8",
    )
    started = time.monotonic()
    result = extract(str(path), "--jsonl", "--article-timeout", "3")
    elapsed = time.monotonic() - started
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", "giant", "c"]
    assert records[1]["warnings"] and "article-timeout" in records[1]["warnings"][0]
    assert "article-timeout" in result.stderr
    alone = json.loads(extract("-", "--jsonl", input=json.dumps({"id": "c", "text": last})).stdout)
    for key in ("casualties", "places", "groups", "quotes", "dates", "totals", "warnings"):
        assert records[2][key] == alone[key], key
    assert len(records[2]["events"]) == len(alone["events"])
    assert records[2]["casualties"][0]["count"] == 7
    assert elapsed < 120
