"""No visitor loses a tick or an answer when the articles are converted again.

``tests/fixtures/storage/main-ids.json`` holds the item and question ids of the principle
files as they were on ``main`` before the extractor of issue 9 regenerated them. A browser
state written by that version (every item ticked, every question answered, in the storage
format of README "Personal checklist") must be shown in full by the current site.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext

from kompas import convert

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "tests" / "fixtures" / "sites" / "vertrouwenskompas"  # the 0.2.0 site
OLD = json.loads((Path(__file__).parent / "fixtures" / "storage" / "main-ids.json").read_text())
KEY = "/vertrouwenskompas.v1"


def _old_state() -> dict[str, Any]:
    # Exactly what the previous version stores: only ticked items, answers as text.
    ticks = {pid: {i: True for i in p["items"]} for pid, p in OLD["principles"].items()}
    answers: dict[str, dict[str, str]] = {
        pid: {q: f"Antwoord op {q}" for q in p["questions"]} for pid, p in OLD["principles"].items()
    }
    for bucket, questions in OLD["general"].items():
        answers[bucket] = {q: f"Antwoord op {q}" for q in questions}
    return {"version": 1, "ticks": ticks, "answers": answers}


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context()
    yield context
    context.close()


def test_every_old_id_still_has_a_home() -> None:
    """Each old item and question id is a current id or alias of the same principle."""
    now = {p.id: p for d in convert.load_all(SITE) for p in d.principles}
    for pid, old in OLD["principles"].items():
        p = now[pid]
        items = {x for i in p.checklist for x in i.ids}
        questions = {x for q in p.reflection for x in q.ids}
        assert set(old["items"]) <= items, (pid, set(old["items"]) - items)
        assert set(old["questions"]) <= questions, (pid, set(old["questions"]) - questions)
        # Two old answers never land on one question: one of them would be dropped.
        for q in p.reflection:
            assert len(set(q.ids) & set(old["questions"])) <= 1, q.id


def test_state_saved_by_the_previous_version_is_shown_in_full(
    context: BrowserContext, site_url: str
) -> None:
    """Every tick and every answer stored against main's ids shows on Mijn checklist."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{site_url}mijn-checklist/")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(_old_state())])
    page.reload()
    page.wait_for_selector("[data-answers]:not([hidden])")
    for d in convert.load_all(SITE):
        for p in d.principles:
            old = set(OLD["principles"].get(p.id, {}).get("items", []))
            for item in p.checklist:
                box = page.locator(f'[data-checklist="{p.id}"] input[data-item="{item.id}"]')
                if old & set(item.ids):
                    assert box.is_checked(), (p.id, item.id)
    shown = page.locator("[data-answers] dd").all_inner_texts()
    for bucket, answers in _old_state()["answers"].items():
        for text in answers.values():
            assert text in shown, (bucket, text)
    assert errors == []


# Written by the 0.1.0 site (commit 4ed2238, built with hooks, before the plugin) in Chromium:
# three ticks on two pages, an answer, a general answer, a snapshot with answers, one more tick.
V010 = (Path(__file__).parent / "fixtures" / "storage" / "v2-record-0.1.0.json").read_text()


def test_a_record_written_by_the_site_before_the_plugin_is_untouched(
    context: BrowserContext, site_url: str
) -> None:
    """The 0.1.0 site's record: same key, every tick, answer and snapshot shown by the plugin's
    site, and the stored record is byte for byte the same after visiting its pages."""
    record = json.loads(V010)
    page = context.new_page()
    page.goto(f"{site_url}mijn-checklist/")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, V010])
    page.reload()
    page.wait_for_selector("[data-vk-snapshot-item]")
    assert page.locator("[data-vk-snapshot-item]").count() == len(record["snapshots"])
    shown = page.locator("[data-answers] dd").all_inner_texts()
    for answers in record["answers"].values():
        assert set(answers.values()) <= set(shown)
    for pid, ticks in record["ticks"].items():
        for item in ticks:
            assert page.locator(f'[data-checklist="{pid}"] input[data-item="{item}"]').is_checked()
    page.goto(f"{site_url}team-vertrouwen/laat-ruimte-echt/")
    assert (
        page.locator("textarea[data-answer='durf-ik-pas-los-te-laten']").input_value()
        == (record["answers"]["laat-ruimte-echt"]["durf-ik-pas-los-te-laten"])
    )
    assert page.evaluate(f"localStorage.getItem({KEY!r})") == V010
