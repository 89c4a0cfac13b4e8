"""De spiegel's wording of items (kompas/spiegel_wording.py): the editors' <!-- spiegel: … -->
markers carried into the principle file and onto the spiegel pages, files without markers
unchanged, a marker without its item an error with its line, and the review report's flags
for items that read badly on the scale."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from kompas import cli, convert, spiegel_wording
from kompas.errors import ContentError
from tests.conftest import copy_project, mkdocs_build

TEAM = "team-vertrouwen.md"
LEIDERSCHAP = "vertrouwen-in-leiderschap.md"
# Markers the editors add, each after the line of the article it follows.
MARKERS = {
    TEAM: {
        "Jij moet de drempel verlagen.": "<!-- spiegel: Verlaagt zelf de drempel. -->",
        "<!-- checklist: Vraag je af wat je team nodig heeft. -->": (
            "<!-- spiegel: Vraagt wat het team nodig heeft. -->"
        ),
    },
    LEIDERSCHAP: {
        "Dat betekent: signalen opvangen": (
            "<!-- spiegel: Signalen opvangen. => Vangt signalen op. -->\n\n"
            "<!-- spiegel: sfeer aanvoelen => Voelt de sfeer aan. -->"
        ),
    },
}
WORDED = {
    "Jij moet de drempel verlagen.": "Verlaagt zelf de drempel.",
    "Vraag je af wat je team nodig heeft.": "Vraagt wat het team nodig heeft.",
    "Signalen opvangen.": "Vangt signalen op.",
    "Sfeer aanvoelen.": "Voelt de sfeer aan.",
}


def _mark(project: Path, markers: dict[str, dict[str, str]]) -> None:
    # Add each marker, after an empty line, after the paragraph holding its line.
    for name, wanted in markers.items():
        path = project / "content_src" / name
        paragraphs = path.read_text(encoding="utf-8").split("\n\n")
        for after, marker in wanted.items():
            n = next(i for i, p in enumerate(paragraphs) if after in p)
            paragraphs.insert(n + 1, marker)
        path.write_text("\n\n".join(paragraphs), encoding="utf-8")


def _items(project: Path) -> dict[str, dict[str, object]]:
    # Every checklist item of the project's principle files, by its text.
    return {
        i["text"]: i
        for path in (project / "content_src" / "principles").glob("*.yml")
        for p in yaml.safe_load(path.read_text(encoding="utf-8"))["principles"]
        for i in p["checklist"]
    }


@pytest.mark.parametrize("check", spiegel_wording.SCALE_CHECKS, ids=lambda c: c.id)
def test_every_scale_check_runs_its_examples(check: spiegel_wording.ScaleCheck) -> None:
    """Each check flags its examples of items that read badly and passes the others."""
    for text in check.flags:
        assert check.test(text), text
    for text in check.passes:
        assert not check.test(text), text


def test_markers_word_items_and_nothing_else_changes(tmp_path: Path) -> None:
    """With markers only the worded items get a `spiegel` key: the files are otherwise what
    they are without (the lines the markers take aside). Files without markers stay byte for
    byte as they were: tests/test_golden.py converts every fixture against its YAML."""
    project = copy_project(tmp_path / "site")
    convert.write(convert.convert(project))
    folder = project / "content_src" / "principles"
    before = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.yml")}
    _mark(project, MARKERS)
    convert.write(convert.convert(project))
    items = _items(project)
    assert {t: i["spiegel"] for t, i in items.items() if "spiegel" in i} == WORDED
    for name, old in before.items():
        new = re.sub(r"\n *spiegel: .*", "", (folder / name).read_text(encoding="utf-8"))
        assert _same_but_lines(new) == _same_but_lines(old), name


def _same_but_lines(text: str) -> str:
    # A principle file without its digests and line numbers.
    return re.sub(r"(checked|source_sha256|line): \S+", r"\1:", text)


def test_the_spiegel_pages_show_the_wording(tmp_path: Path) -> None:
    """The participants' page and the leader's own view show the editors' wording, and the
    script's data carries it; the item's id stays."""
    project = copy_project(tmp_path / "site")
    _mark(project, MARKERS)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    items = _items(project)
    for name in ("spiegel/meedoen/index.html", "spiegel/index.html"):
        html = BeautifulSoup((project / "site" / name).read_text("utf-8"), "html.parser")
        root = html.select_one("[data-spiegel]")
        assert root is not None
        data = json.loads(str(root["data-spiegel-data"]))
        texts = {i["id"]: i["text"] for p in data["principles"] for i in p["items"]}
        for old, new in WORDED.items():
            item_id = str(items[old]["id"])
            assert texts[item_id] == new
            shown = html.select_one(f'[data-spiegel-item="{item_id}"] legend') or html.select_one(
                f'[data-spiegel-own="{item_id}"] legend'
            )
            assert shown is not None and new in shown.get_text() and old not in shown.get_text()


@pytest.mark.parametrize(
    ("name", "after", "marker", "why"),
    [
        (TEAM, "## 5.", "<!-- spiegel: Zomaar iets. -->", "its items: none"),
        (
            LEIDERSCHAP,
            "Dat betekent: signalen opvangen",
            "<!-- spiegel: Vangt signalen op. -->",
            "'Signalen opvangen.'; 'Sfeer aanvoelen.'",
        ),
        (
            LEIDERSCHAP,
            "Dat betekent: signalen opvangen",
            "<!-- spiegel: Iets anders => Doet iets. -->",
            "no single checklist item",
        ),
    ],
    ids=["no-item", "two-items-unnamed", "named-wrong"],
)
def test_a_marker_without_its_item_is_an_error(
    tmp_path: Path, name: str, after: str, marker: str, why: str
) -> None:
    """A marker after no item (right under a principle's heading), or not naming one of
    several, stops the conversion with its file and line and how to write it."""
    project = copy_project(tmp_path / "site")
    _mark(project, {name: {after: marker}})
    with pytest.raises(ContentError, match=re.escape(why)) as raised:
        convert.convert(project)
    assert raised.value.line and "<!-- spiegel:" in raised.value.fix
    lines = (project / "content_src" / name).read_text(encoding="utf-8").splitlines()
    assert lines[raised.value.line - 1] == marker


def test_the_review_flags_items_that_read_badly_and_shows_wordings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kompas review` marks the items that read badly on the scale, with the check's id and
    how to word them, and shows the wording of those that have one."""
    project = copy_project(tmp_path / "site")
    article = project / "content_src" / TEAM
    assert cli.main(["review", str(article)]) == 0
    out = capsys.readouterr().out
    for text, check in [
        ("Jij moet de drempel verlagen.", "scale-reader"),
        ("Vraag je af wat je team nodig heeft.", "scale-inner"),
    ]:
        entry = out.split(f": {text}", 1)[1].split("\n    +", 1)[0]
        assert "! spiegel: " in entry and f"[{check}]" in entry
        assert "<!-- spiegel: … -->" in entry
    assert "Geef" not in "".join(
        line for line in out.splitlines() if "! spiegel" in line
    )  # only the flagged items
    _mark(project, {TEAM: MARKERS[TEAM]})
    assert cli.main(["review", str(article)]) == 0
    out = capsys.readouterr().out
    assert "spiegel: Verlaagt zelf de drempel." in out
    entry = out.split(": Jij moet de drempel verlagen.", 1)[1].split("\n    +", 1)[0]
    assert "! spiegel" not in entry
