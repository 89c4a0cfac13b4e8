"""This repository's own site, whatever articles content_src/ holds: `make build` builds it,
every principle of the loaded model is a page with its items' ids, the home page credits
every author. (The product itself is tested on fixture sites: tests/fixtures/sites/.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from kompas import convert
from tests.conftest import ROOT


def test_make_build_builds_every_article_of_this_site(tmp_path: Path) -> None:
    """`make build` on a copy of the site's sources (with this test run's Python) converts
    and builds; the counts and ids come from the principle files, not from this test."""
    project = tmp_path / "site-sources"
    for name in ("docs", "content_src", "overrides", "hooks"):
        shutil.copytree(ROOT / name, project / name)
    for name in ("Makefile", "mkdocs.yml", "requirements.txt", "pyproject.toml"):
        shutil.copy2(ROOT / name, project / name)
    (project / ".venv").symlink_to(Path(sys.executable).parent.parent)
    result = subprocess.run(
        ["make", "-o", ".venv/.installed", "build"],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "KOMPAS_PDF": "0", "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    docs = convert.load_all(project)
    assert docs and len(docs) == len(list((project / "content_src").glob("*.md")))
    site = project / "site"
    for doc in docs:
        for p in doc.principles:
            page = site / doc.article.id / p.id / "index.html"
            soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
            boxes = soup.select(f"[data-checklist='{p.id}'] input[data-item]")
            assert [b["data-item"] for b in boxes] == [i.id for i in p.checklist], p.id
            questions = soup.select(f"[data-reflection='{p.id}'] [data-question]")
            assert [q["data-question"] for q in questions] == [q.id for q in p.reflection]
    home = " ".join(
        BeautifulSoup((site / "index.html").read_text("utf-8"), "html.parser").get_text().split()
    )
    for doc in docs:
        assert doc.article.author in home, doc.article.author
