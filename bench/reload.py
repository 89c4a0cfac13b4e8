"""Benchmark 5: with `make serve` running, the time from saving a changed article to the new
text being served, and to the browser showing it after MkDocs' live reload.

It runs the project's own `make serve` (same command, same environment, only the address
changed through ``SERVE_ADDR``) in a copy of the project, with a headless Chromium keeping
the page open.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, sync_playwright

from bench import gzserve
from bench.common import CHROMIUM, PYTHON, ROOT, median
from bench.plain import copy_ours

TARGET = 1.0
ARTICLE = "content_src/team-vertrouwen.md"
PAGE = "team-vertrouwen/laat-ruimte-echt/"
# A sentence of that principle; each edit appends a new word to it.
SENTENCE = "Echt te laten."
_TIMEOUT = 60.0


@dataclass(frozen=True)
class Times:
    """Seconds per edit: until the page is served with the new text, until the browser shows it."""

    served: list[float]
    browser: list[float]


def measure(edits: int = 9) -> Times:
    """Time each saved edit until the page serves it and until the open browser tab shows it."""
    port = gzserve.free_port()
    venv = Path(PYTHON).parent.parent
    with tempfile.TemporaryDirectory(prefix="vk-reload-") as tmp:
        project = copy_ours(Path(tmp) / "project")
        for name in ("requirements.txt", "pyproject.toml"):
            shutil.copy2(ROOT / name, project / name)
        url = f"http://127.0.0.1:{port}/{PAGE}"
        # `make serve` itself; -o: never reinstall the venv from inside the benchmark.
        cmd = [
            "make",
            "--no-print-directory",
            "-f",
            str(ROOT / "Makefile"),
            "-o",
            str(venv / ".installed"),
            "serve",
            f"VENV={venv}",
            f"SERVE_ADDR=127.0.0.1:{port}",
        ]
        server = subprocess.Popen(
            cmd,
            cwd=project,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            _wait_until(_serves, url, SENTENCE)
            article = project / ARTICLE
            text = article.read_text(encoding="utf-8")
            assert SENTENCE in text, f"{ARTICLE} no longer has '{SENTENCE}'"
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True)
                page = browser.new_page()
                page.goto(url)
                served, shown = [], []
                for n in range(edits):
                    time.sleep(1.5)  # let the previous rebuild settle
                    changed = SENTENCE.replace(".", f" zeker{n}.")
                    start = time.perf_counter()
                    article.write_text(text.replace(SENTENCE, changed), encoding="utf-8")
                    _wait_until(_serves, url, changed)
                    served.append(time.perf_counter() - start)
                    _wait_until(_shows, page, changed)
                    shown.append(time.perf_counter() - start)
                browser.close()
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=15)
    return Times(served, shown)


def summary(times: Times) -> tuple[float, float]:
    """The medians: to the served page, to the browser's reload."""
    return median(times.served), median(times.browser)


def _serves(url: str, text: str) -> bool:
    # Whether the page at ``url`` holds ``text`` (False while the server is not up or busy).
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return text in response.read().decode("utf-8")
    except OSError:
        return False


def _shows(page: Page, text: str) -> bool:
    # Whether the open tab's page shows ``text`` (False while it is reloading).
    try:
        return bool(
            page.evaluate("(t) => !!document.body && document.body.innerText.includes(t)", text)
        )
    except PlaywrightError:
        return False


def _wait_until(done: Callable[[Any, str], bool], where: Any, text: str) -> None:
    # Poll every 10 ms until ``done(where, text)``.
    deadline = time.perf_counter() + _TIMEOUT
    while time.perf_counter() < deadline:
        if done(where, text):
            return
        time.sleep(0.01)
    raise TimeoutError(f"'{text}' did not show within {_TIMEOUT:.0f} s")


if __name__ == "__main__":
    result = measure()
    served, shown = summary(result)
    print("served:", " ".join(f"{t:.2f}" for t in result.served), f"median {served:.2f} s")
    print("browser:", " ".join(f"{t:.2f}" for t in result.browser), f"median {shown:.2f} s")
