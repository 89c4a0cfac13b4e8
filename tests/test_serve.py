"""`mkdocs serve` converts again and serves the new text when an article changes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kompas.site import handout
from tests.conftest import copy_project


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(url: str, text: str, deadline: float) -> bool:
    """Poll ``url`` until its body contains ``text`` or the deadline passes."""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                if text in response.read().decode("utf-8"):
                    return True
        except OSError:  # not up yet, or busy rebuilding
            pass
        time.sleep(0.2)
    return False


def test_serve_reconverts_on_article_change(tmp_path: Path) -> None:
    """Editing content_src/*.md while serving updates the YAML and the served page, with one
    rebuild (a save read half written starts none, nor does the YAML the rebuild writes) and
    no handout PDF (that is `make build`'s)."""
    project = copy_project(tmp_path)
    docs_before = sorted(p.name for p in (project / "docs").rglob("*"))
    port = _free_port()
    log = tmp_path / "serve.log"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        url = f"http://127.0.0.1:{port}/team-vertrouwen/laat-ruimte-echt/"
        assert _wait_for(url, "Laat ruimte", time.monotonic() + 60)
        md = project / "content_src" / "team-vertrouwen.md"
        text = md.read_text(encoding="utf-8").replace(
            "Laat je team ontdekken, experimenteren, leren.",
            "Laat je team ontdekken, experimenteren, leren en groeien.",
        )
        # Saved as on a busy machine: emptied, and written 30 ms later (a poll in between
        # reads it half written); the watcher waits for the whole text.
        md.write_text("", encoding="utf-8")
        time.sleep(0.03)
        md.write_text(text, encoding="utf-8")
        assert _wait_for(url, "leren en groeien.", time.monotonic() + 60)
        yml = project / "content_src" / "principles" / "team-vertrouwen.yml"
        assert "leren en groeien." in yml.read_text(encoding="utf-8")
        time.sleep(1.5)  # time enough for a second rebuild to start, if one were coming
        assert log.read_text(encoding="utf-8").count("Detected file changes") == 1
        pdf = f"http://127.0.0.1:{port}/{handout.PDF}"
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(pdf, timeout=10)
        assert missing.value.code == 404
        assert "PDF skipped while serving" in log.read_text(encoding="utf-8")
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    assert sorted(p.name for p in (project / "docs").rglob("*")) == docs_before
