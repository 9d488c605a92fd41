"""Reading articles from files, directories and stdin.

Inputs are plain text (``.txt``, ``.md``), JSON Lines / JSON (``{"id", "text", "title"?, "published"?,
"url"?}`` per article) and HTML pages (main text, title and date by trafilatura). :func:`read_inputs`
yields :class:`~conflict_extract.models.Article` objects, and :class:`InputProblem` objects for inputs
that cannot be read, so one bad file never stops the others.
"""

from __future__ import annotations

import io
import itertools
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from conflict_extract.io.ids import UniqueIds, folder_ids
from conflict_extract.models import Article

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".jsonl", ".json", ".html", ".htm"})
"""File endings read when a directory is given (files named explicitly are read whatever their ending)."""

STDIN = "-"

# A cross-link or promo line: an upper-case label and a colon (READ MORE:, OPINION:, WATCH:).
_CROSS_LINK = re.compile(r"^[ \t]*[A-Z][A-Z'’ ]{1,30}:[ \t]+\S.*$", re.MULTILINE)
_SOURCE_LINE = re.compile(r"^[ \t]*Source:[ \t]*(?P<outlet>.+?)[ \t]*$", re.MULTILINE)
_MAX_CROSS_LINK_CHARS = 200
_XML_PROLOG = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)
MIN_HTML_BODY_WORDS = 8
"""An HTML page whose extracted main text is shorter than this is navigation, not an article."""


@dataclass
class InputProblem:
    """An input (file, or line of a JSONL file) that yields no article, and why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class MissingPathError(ValueError):
    """A path named on the command line does not exist."""


def check_paths(paths: Iterable[str]) -> None:
    """Raise :class:`MissingPathError` for the first path that does not exist, with a suggestion."""
    for path in paths:
        if path == STDIN or os.path.lexists(path):
            continue
        hint = _suggest(path)
        raise MissingPathError(
            f"no such file or directory: {path!r}" + (f" (did you mean {hint!r}?)" if hint else "")
        )


def _suggest(path: str) -> str | None:
    import difflib

    parent = os.path.dirname(path.rstrip("/")) or "."
    try:
        siblings = os.listdir(parent)
    except OSError:
        return None
    name = os.path.basename(path.rstrip("/"))
    match = difflib.get_close_matches(name, siblings, n=1, cutoff=0.6)
    if not match:
        return None
    suggestion = os.path.join(parent, match[0]) if parent != "." else match[0]
    return suggestion + ("/" if path.endswith("/") else "")


def discover_files(
    path: str | os.PathLike, suffixes: Iterable[str] = ARTICLE_SUFFIXES,
    skipped: list[str] | None = None,
) -> Iterator[str]:
    """``path`` itself when it is not a directory; else the files under it whose ending is one of
    ``suffixes``, recursively and sorted. Other visible files are appended to ``skipped`` when given.

    Hidden files and folders (``.git``, ``.venv``) are left out, and a directory reached again
    through a symbolic link is walked once. This is the project's one file walker.
    """
    path = os.fspath(path)
    if not os.path.isdir(path):
        yield path
        return
    wanted = frozenset(s.lower() for s in suffixes)
    seen: set[str] = set()
    for root, dirs, files in os.walk(path, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:  # a symlink loop: this folder was walked already
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if Path(name).suffix.lower() in wanted and not name.startswith("."):
                yield os.path.join(root, name)
            elif skipped is not None and not name.startswith("."):
                skipped.append(os.path.join(root, name))


def decode_bytes(data: bytes) -> str:
    """Decode article bytes: BOMs honoured, UTF-8 first, then a detected encoding, mojibake repaired.

    Raises ``ValueError`` for binary or undecodable data.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="strict")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect_decode(data)
    if "\x00" in text:
        if text.count("\x00") > max(8, len(text) // 100):
            raise ValueError("binary data (NUL bytes), not text")
        text = text.replace("\x00", "")
    return _repair(text)


def _detect_decode(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise ValueError("not text in any known encoding (binary file?)")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ValueError(f"cannot decode as {best.encoding}") from exc


def _repair(text: str) -> str:
    """Fix mojibake (``â€™``) and drop control characters other than line breaks and tabs."""
    if "â€" in text or "Ã" in text:
        import ftfy

        text = ftfy.fix_text(
            text,
            unescape_html=False,
            uncurl_quotes=False,
            fix_latin_ligatures=False,
            fix_character_width=False,
            normalization=None,
        )
    return "".join(ch for ch in text if ch >= " " or ch in "\n\t\r") if _has_controls(text) else text


def _has_controls(text: str) -> bool:
    return any(ch < " " and ch not in "\n\t\r" for ch in text)


def parse_plain_text(text: str, article_id: str, source: str) -> Article:
    """An article from plain text: the first non-empty line is the title, a trailing ``Source: X``
    line names the outlet, and cross-link lines (``READ MORE: ...``) are marked as non-prose."""
    title_match = re.search(r"\S[^\n]*", text)
    title = title_match.group(0).strip() if title_match else None
    skip: list[tuple[int, int]] = []
    outlet = None
    for match in _CROSS_LINK.finditer(text):
        if len(match.group(0)) <= _MAX_CROSS_LINK_CHARS and not match.group(0).lstrip().startswith(
            "Source:"
        ):
            skip.append((match.start(), match.end()))
    source_lines = list(_SOURCE_LINE.finditer(text))
    if source_lines and not text[source_lines[-1].end() :].strip():
        last = source_lines[-1]
        outlet = last.group("outlet")
        skip.append((last.start(), last.end()))
    skip.sort()
    return Article(
        id=article_id, text=text, source=source, title=title, outlet=outlet, skip_spans=skip
    )


def article_from_mapping(data: object, default_id: str, source: str) -> Article:
    """An article from one JSON object ``{"id", "text", "title"?, "published"?, "url"?}``.

    The title, when given separately and not already the text's first line, is put before the text
    (offsets index this full text). Raises ``ValueError`` naming the bad field.
    """
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    text = data.get("text")
    if text is None:
        raise ValueError("missing field 'text'")
    if not isinstance(text, str):
        raise ValueError(f"field 'text' must be a string, got {type(text).__name__}")
    title = data.get("title")
    title = title.strip() if isinstance(title, str) and title.strip() else None
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    raw_id = data.get("id", default_id)
    article = parse_plain_text(text, str(raw_id) if raw_id is not None else default_id, source)
    if title:
        article.title = title
    published = data.get("published") or data.get("date")
    article.published = str(published) if published else None
    url = data.get("url")
    article.url = str(url) if url else None
    return article


def parse_html(html: str, article_id: str, source: str) -> Article:
    """An article from an HTML page: main text, title and date extracted by trafilatura."""
    import trafilatura

    # trafilatura logs parse trouble at ERROR level; the reader reports problems itself.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    # An XML prolog or DOCTYPE internal subset (where entities are declared) is never resolved:
    # dropped before parsing, it can neither fetch anything nor break the HTML parser.
    html = _XML_PROLOG.sub("", html, count=1)
    html = _DOCTYPE.sub("", html, count=1)
    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if extracted is None:
        raise ValueError("no article text found in the HTML page")
    fields = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    body = (fields.get("text") or "").strip()
    if len(body.split()) < MIN_HTML_BODY_WORDS:
        raise ValueError("no article text found in the HTML page")
    return article_from_mapping(
        {
            "id": article_id,
            "text": body,
            "title": fields.get("title"),
            "published": fields.get("date"),
            "url": fields.get("url"),
        },
        article_id,
        source,
    )


def _iter_json_lines(
    lines: Iterable[bytes], source: str, stem: str
) -> Iterator[Article | InputProblem]:
    """Articles from JSON Lines, one raw line at a time (a large file is never read whole)."""
    for number, raw in enumerate(lines, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        try:
            data = json.loads(decode_bytes(raw))
            yield article_from_mapping(data, f"{stem}-{number}", source)
        except (json.JSONDecodeError, ValueError) as exc:
            yield InputProblem(where, f"malformed JSONL line: {exc}")


def _iter_json_document(text: str, source: str, stem: str) -> Iterator[Article | InputProblem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputProblem(source, f"malformed JSON: {exc}")
        return
    items = data if isinstance(data, list) else [data]
    for index, item in enumerate(items):
        try:
            yield article_from_mapping(item, f"{stem}-{index}" if len(items) > 1 else stem, source)
        except ValueError as exc:
            yield InputProblem(f"{source}[{index}]", str(exc))


def parse_text_input(
    text: str, source: str, stem: str, suffix: str = ""
) -> Iterator[Article | InputProblem]:
    """Articles from decoded input text, by file ending or, when there is none, by content."""
    suffix = suffix.lower()
    head = text.lstrip()[:1]
    if suffix == ".jsonl" or (not suffix and head == "{"):
        lines = (line.encode("utf-8") for line in text.splitlines())
        yield from _iter_json_lines(lines, source, stem)
    elif suffix == ".json" or (not suffix and head == "["):
        yield from _iter_json_document(text, source, stem)
    elif suffix in (".html", ".htm") or (not suffix and head == "<"):
        try:
            yield parse_html(text, stem, source)
        except ValueError as exc:
            yield InputProblem(source, str(exc))
    else:
        yield parse_plain_text(text, stem, source)


def _is_json_lines(head: bytes, suffix: str) -> bool:
    """JSON Lines by ending, or (stdin, no ending) by a first character ``{`` in UTF-8 data."""
    if suffix:
        return suffix.lower() == ".jsonl"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped.startswith(b"{")


def _read_stream(
    stream: IO[bytes], source: str, stem: str, suffix: str
) -> Iterator[Article | InputProblem]:
    head = stream.read(65536)
    if _is_json_lines(head, suffix) and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        lines = itertools.chain(io.BytesIO(head + stream.readline()), stream)
        yield from _iter_json_lines(lines, source, stem)
        return
    text = decode_bytes(head + stream.read())
    yield from parse_text_input(text, source, stem, suffix)


def read_file(path: str, article_id: str | None = None) -> Iterator[Article | InputProblem]:
    """Articles (or problems) from one file or from stdin (``-``); ``article_id`` (default: the
    file's stem) names its article, or prefixes the ids of JSON lines that carry none."""
    source = "<stdin>" if path == STDIN else path
    try:
        if path == STDIN:
            yield from _read_stream(sys.stdin.buffer, source, article_id or "stdin", "")
        else:
            with open(path, "rb") as handle:
                stem = article_id or Path(path).stem
                yield from _read_stream(handle, source, stem, Path(path).suffix)
    except (OSError, ValueError) as exc:
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        yield InputProblem(source, message)


def read_inputs(paths: Iterable[str]) -> Iterator[Article | InputProblem]:
    """Every article (or input problem) from the given paths, in order; empty articles are problems.

    Ids come from the paths (:mod:`conflict_extract.io.ids`): relative to the folder given, without
    ending, unique over the whole run.
    """
    taken = UniqueIds()
    for path in paths:
        files = list(discover_files(path))
        names = folder_ids(files, path) if path != STDIN else {STDIN: "stdin"}
        for item in files:
            for result in read_file(item, taken.claim(names[item])):
                if isinstance(result, Article) and not _has_body(result):
                    yield InputProblem(result.source, f"article {result.id!r} is empty")
                else:
                    yield result


def _has_body(article: Article) -> bool:
    return bool(article.text.strip())
