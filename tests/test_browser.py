"""The page in a real browser: Debian's Chromium, driven headless by Playwright.

Starts ``streamlit run app.py`` on a free local port, uploads a fixture through
the page's file input as a person would, waits for the verdict and checks the
expected markers are listed. Screenshots (phone and desktop width) are saved in
the test's temporary folder for a person to look at.

Nothing here downloads a browser: Playwright is pointed at /usr/bin/chromium
(Debian's ``chromium`` package). Outside CI the test is skipped when that
browser or the Playwright package is missing; in CI (CI=true) it fails instead,
because there the browser test is part of what proves the page works.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SAMPLE = "summons_forged_noseal_scan.jpg"
SERVER_START_TIMEOUT = 60
# Real Tesseract on a small CI machine: a few seconds, but leave room.
VERDICT_TIMEOUT_MS = 180_000
IN_CI = os.environ.get("CI", "").lower() == "true"


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: the browser test must run in CI)")
    pytest.skip(reason)


def _sync_playwright():  # type: ignore[no-untyped-def]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package is not installed (pip install playwright)")
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    return sync_playwright


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``streamlit run app.py`` on a free port on the loopback address; its URL."""
    port = _free_port()
    log_path = tmp_path_factory.mktemp("streamlit") / "server.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py",
             "--server.port", str(port), "--server.headless", "true", "--server.address", "127.0.0.1"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while True:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}:\n{log_path.read_text(errors='replace')}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not answer within {SERVER_START_TIMEOUT}s:\n"
                            f"{log_path.read_text(errors='replace')}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _full_page_screenshot(page, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Streamlit scrolls inside its main element, not the document: grow the window to fit it."""
    height = page.evaluate(
        "() => (document.querySelector('[data-testid=\"stMain\"]') || document.body).scrollHeight"
    )
    width = page.viewport_size["width"]
    page.set_viewport_size({"width": width, "height": min(int(height) + 40, 16000)})
    page.wait_for_timeout(500)
    page.screenshot(path=str(path), full_page=True)


def _expected(image: str) -> list[str]:
    return list(json.loads((FIXTURES / image).with_suffix(".json").read_text(encoding="utf-8"))["expect"])


@pytest.mark.parametrize(
    ("width", "lang", "verdict_words"),
    [(400, "zh", "看起来是伪造的"), (1280, "en", "This looks forged")],
    ids=["phone-zh", "desktop-en"],
)
def test_upload_in_a_real_browser(server: str, tmp_path: Path, width: int, lang: str, verdict_words: str) -> None:
    sync_playwright = _sync_playwright()
    if not (FIXTURES / SAMPLE).is_file():
        pytest.fail(f"fixture {SAMPLE} is missing")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(f"{server}/?lang={lang}")
            page.wait_for_selector('input[type="file"]', state="attached", timeout=60_000)
            page.set_input_files('input[type="file"]', str(FIXTURES / SAMPLE))

            try:
                verdict = page.wait_for_selector('[class*="st-key-verdict-"]', timeout=VERDICT_TIMEOUT_MS)
            except Exception:
                # Leave evidence of what the page showed instead of only "timeout".
                page.screenshot(path=str(tmp_path / "no-verdict.png"), full_page=True)
                pytest.fail(f"no verdict after {VERDICT_TIMEOUT_MS // 1000}s; page said:\n"
                            f"{page.inner_text('body')[:3000]}\n(screenshot: {tmp_path / 'no-verdict.png'})")
            assert verdict is not None
            assert verdict_words in verdict.inner_text()

            # Wait for the rest of the result (it streams in after the verdict).
            page.wait_for_selector('[data-testid="stDownloadButton"]', timeout=60_000)
            main_text = page.inner_text('[data-testid="stMain"]')
            for marker in _expected(SAMPLE):
                assert marker in main_text, f"{marker} is not listed on the page"
            cards = page.locator('[class*="st-key-finding-"]')
            assert cards.count() >= len(_expected(SAMPLE))
            assert page.locator('[data-testid="stImage"] img').count() >= 1  # the annotated picture
            assert "Traceback" not in main_text
            assert not errors, errors

            # Both downloads work and carry the report.
            buttons = page.locator('[data-testid="stDownloadButton"] button')
            with page.expect_download(timeout=60_000) as info:
                buttons.nth(0).click()
            report = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
            assert set(_expected(SAMPLE)) <= set(report["markers"])
            with page.expect_download(timeout=60_000) as info:
                buttons.nth(1).click()
            page_html = Path(info.value.path()).read_text(encoding="utf-8")
            assert page_html.startswith("<!DOCTYPE html>") and "data:image/jpeg;base64," in page_html

            shot = tmp_path / f"page-{width}px-{lang}.png"
            _full_page_screenshot(page, shot)
            assert shot.stat().st_size > 10_000
            print(f"screenshot: {shot}")
        finally:
            browser.close()


def test_unreadable_file_in_a_real_browser(server: str, tmp_path: Path) -> None:
    sync_playwright = _sync_playwright()
    bad = tmp_path / "letter.png"
    bad.write_bytes(b"this is not a picture")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 400, "height": 900})
            page.goto(server)
            page.wait_for_selector('input[type="file"]', state="attached", timeout=60_000)
            page.set_input_files('input[type="file"]', str(bad))
            alert = page.wait_for_selector('[data-testid="stAlertContentError"]', timeout=60_000)
            assert alert is not None
            text = alert.inner_text()
            assert "letter.png" in text and "无法读取" in text
            assert "Traceback" not in page.inner_text('[data-testid="stMain"]')
        finally:
            browser.close()
