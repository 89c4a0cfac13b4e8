"""The checklist's server side: the manifest and contexts of the core, and the built HTML that
the checklist scripts rely on (progress, answer fields, Mijn checklist, accessible names)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from kompas import convert
from kompas.site.pages import Site
from tests.conftest import SITE


@pytest.fixture(scope="module")
def site() -> Site:
    """The site of the committed principle files."""
    return Site(convert.load_all(SITE))


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_manifest_lists_every_principle_item_and_alias(site: Site) -> None:
    """Per principle its aliases and every item id with that item's aliases, in order."""
    manifest = site.manifest()
    assert list(manifest) == list(site.principles)
    for pid, (_, p) in site.principles.items():
        assert manifest[pid]["aliases"] == list(p.aliases)
        assert manifest[pid]["items"] == {i.id: list(i.aliases) for i in p.checklist}


@pytest.mark.parametrize(
    ("marker", "template"),
    [("mijn-checklist", "kompas/mijn-checklist.html"), ("progress", "kompas/progress.html")],
)
def test_checklist_markers_have_a_template_and_the_manifest(
    site: Site, marker: str, template: str
) -> None:
    """The Mijn checklist and progress markers name their template and carry the manifest."""
    found = site.context(marker, None)
    assert found is not None
    assert found[0] == template
    assert found[1]["manifest"] == site.manifest()
    assert site.context(marker, "extra") is None


def test_principle_page_has_live_progress_and_labelled_answer_fields(built_site: Path) -> None:
    """'0 van N' in a polite live region, and a labelled answer field for every question."""
    for d in convert.load_all(SITE):
        for p in d.principles:
            page = soup(built_site / d.article.id / p.id / "index.html")
            live = page.select_one(f'.vk-checklist [data-count="{p.id}"]')
            assert isinstance(live, Tag)
            assert live["aria-live"] == "polite" and live["aria-atomic"] == "true"
            text = live.select_one(".vk-progress__text")
            assert text is not None and text.get_text() == f"0 van {len(p.checklist)}"
            questions = page.select("[data-reflection] li[data-question]")
            assert len(questions) == len(p.reflection) + len(d.article.questions)
            for q in questions:
                field = q.select_one("textarea[data-answer]")
                assert isinstance(field, Tag) and field["data-answer"] == q["data-question"]
                label = page.select_one(f'label[for="{field["id"]}"]')
                assert label is not None and "Jouw antwoord" in label.get_text()


def test_mijn_checklist_page_has_every_principle_and_the_actions(built_site: Path) -> None:
    """Every principle's items as labelled checkboxes, its answers box and reset; export/import."""
    page = soup(built_site / "mijn-checklist" / "index.html")
    for d in convert.load_all(SITE):
        for p in d.principles:
            boxes = page.select(f'[data-checklist="{p.id}"] input[type="checkbox"]')
            assert [b["data-item"] for b in boxes] == [i.id for i in p.checklist]
            assert all(page.select_one(f'label[for="{b["id"]}"]') for b in boxes)
            answers = page.select(f'[data-answers="{p.id}"] [data-question]')
            assert [a["data-question"] for a in answers] == [q.id for q in p.reflection]
            assert page.select_one(f'button[data-vk-action="reset"][data-principle="{p.id}"]')
    actions = {b.get_text(strip=True) for b in page.select("button[data-vk-action]")}
    assert {"Exporteer naar een bestand", "Importeer een bestand", "Wis alles"} <= actions
    status = page.select_one("[data-vk-message]")
    assert status is not None and status["role"] == "status"
    assert "blijft in deze browser" in page.get_text(" ")


@pytest.mark.parametrize("path", ["index.html", "principes/index.html"])
def test_overview_and_home_carry_the_manifest(built_site: Path, site: Site, path: str) -> None:
    """The pages that count without checkboxes carry the manifest as JSON data."""
    holder = soup(built_site / path).select_one("[data-manifest]")
    assert isinstance(holder, Tag)
    assert json.loads(str(holder["data-manifest"])) == site.manifest()


def test_search_dialog_has_an_accessible_name(built_site: Path) -> None:
    """Material's search dialog is named (axe rule aria-dialog-name)."""
    dialog = soup(built_site / "index.html").select_one('.md-search[role="dialog"]')
    assert isinstance(dialog, Tag) and dialog.get("aria-label") == "Zoeken"
