"""The HTML report in a real headless browser, where one is installed (Debian's
``chromium-headless-shell``); skipped otherwise. The page is opened offline from a file."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest

from conflict_extract.io.html_report import HtmlReportWriter

BROWSER = shutil.which("chromium-headless-shell") or shutil.which("chromium")
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no headless Chromium installed")


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--proxy-server=127.0.0.1:9", *args],  # a dead proxy: any network request would fail
        capture_output=True, text=True, timeout=90,
    )


def test_browser_renders_the_page_offline(tmp_path, fasher, fasher_text):
    stream = io.StringIO()
    writer = HtmlReportWriter(stream)
    writer.write(fasher(), fasher_text)
    writer.close()
    page = tmp_path / "report.html"
    page.write_text(stream.getvalue(), encoding="utf-8")
    dom = _run("--dump-dom", page.as_uri()).stdout
    assert dom.count("<mark ") == stream.getvalue().count("<mark ")
    assert '<svg class="map"' in dom and "Adam Musa" in dom
    shot = tmp_path / "report.png"
    _run(f"--screenshot={shot}", "--window-size=1000,1400", page.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
