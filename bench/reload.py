"""Benchmark 5: with `mkdocs serve` running, the time from saving a changed article to the
new text being served."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from bench import gzserve
from bench.common import PYTHON, median
from bench.plain import copy_ours

TARGET = 1.5
ARTICLE = "content_src/team-vertrouwen.md"
PAGE = "team-vertrouwen/laat-ruimte-echt/"
# A sentence of that principle; each edit appends a new word to it.
SENTENCE = "Echt te laten."
_TIMEOUT = 60.0


def measure(edits: int = 5) -> list[float]:
    """Seconds from each saved edit until the page serves the edited sentence."""
    port = gzserve.free_port()
    with tempfile.TemporaryDirectory(prefix="vk-reload-") as tmp:
        project = copy_ours(Path(tmp) / "project")
        url = f"http://127.0.0.1:{port}/{PAGE}"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "KOMPAS_PDF": "0"}
        cmd = [PYTHON, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"]
        server = subprocess.Popen(
            cmd, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            _wait_for(url, SENTENCE)
            article = project / ARTICLE
            text = article.read_text(encoding="utf-8")
            assert SENTENCE in text, f"{ARTICLE} no longer has '{SENTENCE}'"
            times = []
            for n in range(edits):
                time.sleep(1.0)  # let the previous rebuilds settle
                changed = SENTENCE.replace(".", f" zeker{n}.")
                start = time.perf_counter()
                article.write_text(text.replace(SENTENCE, changed), encoding="utf-8")
                _wait_for(url, changed)
                times.append(time.perf_counter() - start)
        finally:
            server.terminate()
            server.wait(timeout=10)
    return times


def summary(times: list[float]) -> float:
    """The median of the measured times."""
    return median(times)


def _wait_for(url: str, text: str) -> None:
    # Poll the page every 10 ms until it contains ``text``.
    deadline = time.perf_counter() + _TIMEOUT
    while time.perf_counter() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                if text in response.read().decode("utf-8"):
                    return
        except OSError:  # not up yet, or busy rebuilding
            pass
        time.sleep(0.01)
    raise TimeoutError(f"{url} did not show '{text}' within {_TIMEOUT:.0f} s")
