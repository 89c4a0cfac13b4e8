"""`kompas new DIR`, `kompas --version` and the package: a new site builds at once, with
everything it needs inside the package."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Literal

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from playwright.sync_api import Browser

from kompas import __version__, convert
from kompas.cli import main
from tests.conftest import ROOT, serve
from tests.helpers import violations


def _new(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    # `kompas new` into tmp_path/mijn-kompas, checked for success.
    target = tmp_path / "mijn-kompas"
    assert main(["new", str(target)]) == 0
    assert f"made a new kompas site in {target}" in capsys.readouterr().out
    return target


def _build(project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # `mkdocs build` of the project, in process and strict (its mkdocs.yml says strict).
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("KOMPAS_PDF", "0")
    config = load_config(str(project / "mkdocs.yml"))
    assert config.strict
    build(config)
    return Path(config.site_dir)


def test_new_site_builds_with_every_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new site builds at once: principle pages with checklists, the handout, Mijn
    checklist and De spiegel; the home page lists the article with its author."""
    project = _new(tmp_path, capsys)
    assert sorted(p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file()) == [
        ".gitignore",
        "Makefile",
        "README.md",
        "content_src/principles/voorbeeld-teamoverleg.yml",
        "content_src/voorbeeld-teamoverleg.md",
        "docs/index.md",
        "mkdocs.yml",
    ]
    assert main(["convert", "--check", "--root", str(project)]) == 0
    site = _build(project, monkeypatch)
    (doc,) = convert.load_all(project)
    for p in doc.principles:
        soup = BeautifulSoup(
            (site / doc.article.id / p.id / "index.html").read_text("utf-8"), "html.parser"
        )
        boxes = soup.select(f"[data-checklist='{p.id}'] input[data-item]")
        assert [b["data-item"] for b in boxes] == [i.id for i in p.checklist]
    for page in ("handout", "mijn-checklist", "spiegel", "spiegel/meedoen", "principes"):
        assert (site / page / "index.html").is_file(), page
    home = BeautifulSoup((site / "index.html").read_text("utf-8"), "html.parser")
    text = " ".join(home.get_text(" ").split())
    assert "de artikelen van Redactie Vertrouwenskompas (voorbeeldartikel" in text
    assert doc.article.title in [a.get_text(strip=True) for a in home.select(".vk-articles a")]
    title = home.select_one("h1")
    assert title is not None and title.get_text(strip=True).rstrip("¶") == "Mijn kompas"
    readme = (project / "README.md").read_text(encoding="utf-8")
    assert "make serve" in readme and "make test" in readme


@pytest.mark.browser
def test_new_site_requests_no_other_host(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    browser: Browser,
) -> None:
    """Every page of the new site, in Chromium, asks no host but its own for anything."""
    site = _build(_new(tmp_path, capsys), monkeypatch)
    server, url = serve(site)
    remote: list[str] = []
    try:
        page = browser.new_page()
        page.on("request", lambda r: None if r.url.startswith(url) else remote.append(r.url))
        for html in sorted(site.rglob("*.html")):
            path = html.relative_to(site).as_posix().removesuffix("index.html")
            page.goto(url + path, wait_until="networkidle")
        page.close()
    finally:
        server.shutdown()
    assert remote == []


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_new_site_has_no_axe_violations(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    browser: Browser,
    scheme: Literal["light", "dark"],
) -> None:
    """A publisher's new site, as `kompas new` makes it (Material's generator credit in its
    footer included), passes axe-core on its home and a principle page, light and dark."""
    project = _new(tmp_path, capsys)
    site = _build(project, monkeypatch)
    (doc,) = convert.load_all(project)
    server, url = serve(site)
    try:
        page = browser.new_page(color_scheme=scheme)
        found = {}
        for path in ("", f"{doc.article.id}/{doc.principles[0].id}/"):
            page.goto(url + path)
            found[path] = violations(page)
        page.close()
    finally:
        server.shutdown()
    assert found == {path: [] for path in found}


def test_new_refuses_a_folder_with_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Into a folder with a file in it: exit 1, what is wrong and how to fix it, nothing
    written; an empty folder is fine."""
    target = tmp_path / "bestaand"
    target.mkdir()
    (target / "notities.txt").write_text("van mij", encoding="utf-8")
    assert main(["new", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"{target}: the folder is not empty" in err and "fix: name a new folder" in err
    assert [p.name for p in target.iterdir()] == ["notities.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kompas-new")]
    empty = tmp_path / "leeg"
    empty.mkdir()
    assert main(["new", str(empty)]) == 0
    assert (empty / "mkdocs.yml").is_file()


def test_version_and_changelog(capsys: pytest.CaptureFixture[str]) -> None:
    """`kompas --version` prints the package version; CHANGELOG.md starts with it, after an
    "## Unreleased" section of what is on main but not yet released, if there is one."""
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"kompas {__version__}"
    first = next(
        line
        for line in (ROOT / "CHANGELOG.md").read_text("utf-8").splitlines()
        if line.startswith("## ") and line != "## Unreleased"
    )
    assert first.startswith(f"## {__version__} ")


def test_wheel_holds_everything_a_site_needs(tmp_path: Path) -> None:
    """The wheel carries every template, asset, font, licence, schema and scaffold file, the
    plugin's entry point and the command; not the evaluation code."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("vertrouwenskompas-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "kompas"
    for folder in ("theme", "scaffold"):
        for path in (package / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                assert path.relative_to(ROOT).as_posix() in names, path
    assert {"kompas/principles/schema.json", "kompas/principles/front_matter.schema.json"} <= names
    assert not [n for n in names if n.startswith("kompas/evaluation/")]
    meta = next(n for n in names if n.endswith("entry_points.txt"))
    entry_points = zipfile.ZipFile(wheel).read(meta).decode()
    assert re.search(r"\[mkdocs\.plugins\]\s*kompas = kompas\.plugin:KompasPlugin", entry_points)
    assert re.search(r"\[console_scripts\]\s*kompas = kompas\.cli:main", entry_points)
