"""Mijn kompas (issue 11) in real headless Chromium: the compass chart, snapshots, the
version 2 record and its migration from version 1, export/import with snapshots, the chart
in the personal print."""

from __future__ import annotations

import json
import re
import struct
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
import yaml
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.conftest import ROOT, SITE, copy_project, mkdocs_build, serve

pytestmark = pytest.mark.browser

KEY = "/vertrouwenskompas.v1"
# Written by the version 1 script of main (commit 3869dcc, overrides/assets/kompas/kompas.js):
# two ticks and an answer on one principle, a tick on another, read back from localStorage.
V1_RECORD = (ROOT / "tests" / "fixtures" / "storage" / "v1-record.json").read_text("utf-8").strip()
DOCS = [
    yaml.safe_load(path.read_text(encoding="utf-8"))
    for path in sorted((SITE / "content_src" / "principles").glob("*.yml"))
]
ARTICLE = DOCS[0]["article"]["id"]
FIRST = DOCS[0]["principles"][0]
PAGE = f"{ARTICLE}/{FIRST['id']}/"


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real site built for the address it is served on (instant navigation needs it)."""
    project = copy_project(tmp_path_factory.mktemp("kompas"))
    (project / "site").mkdir()
    server, url = serve(project / "site")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SITE_URL", url)
        env.setenv("KOMPAS_PDF", "0")
        result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    yield url
    server.shutdown()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser context (empty storage); fails the test on any page error."""
    context = browser.new_context()
    errors: list[str] = []
    context.on("weberror", lambda error: errors.append(str(error.error)))
    yield context
    context.close()
    assert errors == []


def stored(page: Page) -> Any:
    raw = page.evaluate(f"localStorage.getItem({KEY!r})")
    return None if raw is None else json.loads(raw)


def put(page: Page, text: str) -> None:
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, text])


def share(page: Page, pid: str, which: str = "data-share") -> float:
    """The share an axis of the first chart on the page shows for principle ``pid``."""
    value = page.locator(f'[data-kompas-chart] [data-axis="{pid}"]').first.get_attribute(which)
    assert value is not None
    return float(value)


def migrated(v1: dict[str, Any], *, answers: bool = False) -> dict[str, Any]:
    """A version 1 record as version 2 on a page that shows every item (and, with ``answers``,
    every question): entries under an old id (now an alias) move to the current id."""

    def current(key: str) -> dict[str, str]:
        return {
            alias: entry["id"]
            for d in DOCS
            for p in d["principles"]
            for entry in p[key]
            for alias in [entry["id"], *entry["aliases"]]
        }

    def moved(stored: dict[str, dict[str, Any]], ids: dict[str, str]) -> dict[str, Any]:
        return {pid: {ids[k]: v for k, v in entries.items()} for pid, entries in stored.items()}

    record = {**v1, "ticks": moved(v1["ticks"], current("checklist"))}
    if answers:
        record["answers"] = moved(v1["answers"], current("reflection"))
    return {**record, "version": 2, "snapshots": []}


def accept_dialogs(page: Page) -> None:
    page.on("dialog", lambda dialog: dialog.accept())


def test_chart_frame_has_one_linked_axis_per_principle(
    context: BrowserContext, live_url: str
) -> None:
    """Home shows a chart per article: one axis per principle, linking to its page, with a
    title and description for screen readers."""
    page = context.new_page()
    page.goto(live_url)
    for d in DOCS:
        chart = page.locator(f'svg[data-kompas-chart="{d["article"]["id"]}"]')
        expect(chart).to_be_visible()
        axes = chart.locator("[data-axis]")
        expect(axes).to_have_count(len(d["principles"]))
        assert axes.evaluate_all("els => els.map(e => e.dataset.axis)") == [
            p["id"] for p in d["principles"]
        ]
        assert chart.get_attribute("aria-labelledby") and chart.locator("title").count() == 1
        # SVG links carry xlink:href (Material rewrites every [href]) and say they are links.
        links = chart.locator("a")
        assert links.evaluate_all(
            "els => els.every(a => a.getAttribute('role') === 'link' && a.href.baseVal)"
        )
        axes.first.click()
        page.wait_for_url(f"**/{d['article']['id']}/{d['principles'][0]['id']}/")
        page.go_back()
        # go_back can return before the home page is back (instant navigation): wait for it,
        # so the next chart is looked up there and no navigation is under way at the end.
        page.wait_for_url(live_url)
        page.wait_for_load_state()


def test_chart_reflects_ticks_after_instant_navigation_and_reload(
    context: BrowserContext, live_url: str
) -> None:
    """Ticking on a principle page shows on the home page's chart, instantly and after reload."""
    page = context.new_page()
    page.goto(live_url + PAGE)
    page.locator(f'[data-checklist="{FIRST["id"]}"] [data-item]').first.check()
    page.evaluate("window.sameDocument = true")
    page.locator("a.md-logo").first.click()  # instant navigation home
    page.wait_for_url(live_url)
    assert page.evaluate("window.sameDocument") is True
    expected = 1 / len(FIRST["checklist"])
    assert share(page, FIRST["id"]) == pytest.approx(expected, abs=0.001)
    points = page.locator("[data-kompas-chart] [data-vk-now]").first.get_attribute("points")
    assert points and points != "0,0"
    page.reload()
    assert share(page, FIRST["id"]) == pytest.approx(expected, abs=0.001)


def _snapshot(page: Page, live_url: str) -> dict[str, Any]:
    # Tick one item, then take a snapshot on Mijn checklist; returns the stored record.
    page.goto(live_url + PAGE)
    page.locator(f'[data-checklist="{FIRST["id"]}"] [data-item]').first.check()
    page.goto(live_url + "mijn-checklist/")
    page.get_by_role("button", name="Leg dit moment vast").click()
    expect(page.locator("[data-vk-snapshot-item]")).to_have_count(1)
    record: dict[str, Any] = stored(page)
    return record


def test_snapshot_survives_reload_and_a_second_tab_then_deletes(
    context: BrowserContext, live_url: str
) -> None:
    """A snapshot is stored in the record, listed with its size, shown in a second tab and
    after reload, compared as "Toen", and deleted one by one."""
    page = context.new_page()
    record = _snapshot(page, live_url)
    assert record["version"] == 2
    [snap] = record["snapshots"]
    assert snap["ticks"] == record["ticks"] and "answers" not in snap
    expect(page.locator("[data-vk-snapshot-summary]")).to_contain_text("1 momentopname")
    expect(page.locator("[data-vk-snapshot-summary]")).to_contain_text("kB")
    other = context.new_page()
    other.goto(live_url + "mijn-checklist/")
    expect(other.locator("[data-vk-snapshot-item]")).to_have_count(1)
    # Untick now: the snapshot still holds the tick, "Toen" shows it beside "Nu".
    page.goto(live_url + PAGE)
    page.locator(f'[data-checklist="{FIRST["id"]}"] [data-item]').first.uncheck()
    page.goto(live_url + "mijn-checklist/")
    page.reload()
    expect(page.locator("[data-vk-snapshot-item]")).to_have_count(1)
    page.locator("[data-vk-compare]").select_option(snap["taken"])
    assert share(page, FIRST["id"]) == 0
    assert share(page, FIRST["id"], "data-share-then") == pytest.approx(
        1 / len(FIRST["checklist"]), abs=0.001
    )
    expect(page.locator("[data-vk-then-label]").first).to_be_visible()
    accept_dialogs(page)
    page.locator("[data-vk-snapshot-delete]").click()
    expect(page.locator("[data-vk-snapshot-item]")).to_have_count(0)
    assert stored(page)["snapshots"] == []
    assert (
        page.locator(f'[data-axis="{FIRST["id"]}"]').first.get_attribute("data-share-then") is None
    )
    expect(other.locator("[data-vk-snapshot-item]")).to_have_count(0)  # the storage event


def test_snapshot_with_answers_when_chosen(context: BrowserContext, live_url: str) -> None:
    """With "Bewaar ook mijn antwoorden" the snapshot keeps the answers too."""
    page = context.new_page()
    page.goto(live_url + PAGE)
    page.locator(f'[data-reflection="{FIRST["id"]}"] textarea').first.fill("Toen dacht ik dit.")
    page.goto(live_url + "mijn-checklist/")
    page.get_by_label("Bewaar ook mijn antwoorden").check()
    page.get_by_role("button", name="Leg dit moment vast").click()
    [snap] = stored(page)["snapshots"]
    assert "Toen dacht ik dit." in snap["answers"][FIRST["id"]].values()


def test_version_1_record_of_main_is_migrated_in_place(
    context: BrowserContext, live_url: str
) -> None:
    """A record exactly as main's version 1 script wrote it becomes version 2 on first load,
    with every tick and answer kept, and shows on the chart."""
    page = context.new_page()
    page.goto(live_url + "404.html")
    put(page, V1_RECORD)
    old = json.loads(V1_RECORD)
    assert old["version"] == 1
    page.goto(live_url)
    new = stored(page)
    assert new == migrated(old)
    pid, ticks = next(iter(new["ticks"].items()))
    d = next(d for d in DOCS if any(p["id"] == pid for p in d["principles"]))
    p = next(p for p in d["principles"] if p["id"] == pid)
    axis = page.locator(f'[data-kompas-chart="{d["article"]["id"]}"] [data-axis="{pid}"]')
    assert float(axis.get_attribute("data-share") or "") == pytest.approx(
        len(ticks) / len(p["checklist"]), abs=0.001
    )


def test_export_import_round_trip_carries_snapshots(
    context: BrowserContext, live_url: str, tmp_path: Path
) -> None:
    """The export file is the version 2 record with its snapshots; importing it after
    "Wis alles" gives them back; a version 1 file still imports."""
    page = context.new_page()
    before = _snapshot(page, live_url)
    with page.expect_download() as info:
        page.get_by_role("button", name="Exporteer naar een bestand").click()
    saved = tmp_path / "export.json"
    info.value.save_as(saved)
    exported = json.loads(saved.read_text(encoding="utf-8"))
    assert exported["version"] == 2 and exported["snapshots"] == before["snapshots"]
    accept_dialogs(page)
    page.get_by_role("button", name="Wis alles").click()
    expect(page.locator("[data-vk-snapshot-item]")).to_have_count(0)
    page.locator("[data-vk-import]").set_input_files(saved)
    expect(page.locator("[data-vk-message]")).to_contain_text("Geïmporteerd")
    expect(page.locator("[data-vk-snapshot-item]")).to_have_count(1)
    assert stored(page) == {**before, "exported": exported["exported"]}

    old = tmp_path / "v1.json"
    old.write_text(V1_RECORD, encoding="utf-8")
    page.locator("[data-vk-import]").set_input_files(old)
    expect(page.locator("[data-vk-message]")).to_contain_text("Geïmporteerd uit v1.json")
    assert stored(page) == migrated(json.loads(V1_RECORD), answers=True)


def test_personal_print_shows_the_chart(
    context: BrowserContext, live_url: str, tmp_path: Path
) -> None:
    """handout/?mijn=1 prints the compass on the cover, filled, in black on white."""
    page = context.new_page()
    page.goto(live_url + "404.html")
    put(page, V1_RECORD)
    page.goto(live_url + "handout/?mijn=1")
    page.emulate_media(media="print")
    charts = page.locator(".vk-sheet--cover [data-kompas-chart]")
    expect(charts).to_have_count(len(DOCS))
    expect(charts.first).to_be_visible()
    pid = next(iter(json.loads(V1_RECORD)["ticks"]))
    assert share(page, pid) > 0
    now = page.locator(".vk-sheet--cover [data-vk-now]").first
    assert now.evaluate("e => getComputedStyle(e).stroke") == "rgb(0, 0, 0)"
    pdf = tmp_path / "mijn.pdf"
    page.pdf(path=pdf, format="A4", print_background=True)
    first_page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", pdf, "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Nu" in first_page and DOCS[0]["article"]["title"] in " ".join(first_page.split())


def _reminder(page: Page, url: str, weeks: str = "12") -> icalendar.cal.Component:
    # "Herinner mij" on Mijn checklist at ``url``: the event of the downloaded .ics file.
    page.goto(url + "mijn-checklist/")
    page.locator("[data-vk-reminder-weeks]").select_option(weeks)
    with page.expect_download() as info:
        page.locator("button[data-vk-reminder]").click()
    assert info.value.suggested_filename.endswith(".ics")
    text = Path(info.value.path()).read_text(encoding="utf-8")
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    return event


def test_herinner_mij_downloads_a_calendar_event(context: BrowserContext, live_url: str) -> None:
    """ "Herinner mij" gives an .ics file that a real iCalendar parser reads: an all-day event
    12 weeks ahead (as chosen). Served from this computer with no published address, it links
    nowhere and says so (a 127.0.0.1 address means nothing in a calendar later)."""
    page = context.new_page()
    event = _reminder(page, live_url)
    today = date.fromisoformat(page.evaluate("new Date().toLocaleDateString('sv')"))
    assert event.decoded("DTSTART") == today + timedelta(weeks=12)
    assert event.decoded("DTEND") == today + timedelta(weeks=12, days=1)
    assert "URL" not in event and "127.0.0.1" not in str(event["DESCRIPTION"])
    assert "geen webadres" in str(event["DESCRIPTION"])
    assert "kompas" in str(event["SUMMARY"]).lower()


def test_herinner_mij_links_to_the_published_address(
    context: BrowserContext, tmp_path: Path
) -> None:
    """Built for its published address (SITE_URL), wherever the copy is opened, the event
    links to Mijn checklist on the published site."""
    project = copy_project(tmp_path)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SITE_URL", "https://example.org/kompas/")
        env.setenv("KOMPAS_PDF", "0")
        result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    server, url = serve(project / "site")
    try:
        event = _reminder(context.new_page(), url)
    finally:
        server.shutdown()
    link = "https://example.org/kompas/mijn-checklist/"
    assert str(event["URL"]) == link and link in str(event["DESCRIPTION"])


SPY_ON_PERSIST = """
window.persistCalls = 0;
if (navigator.storage) {
  const persist = navigator.storage.persist.bind(navigator.storage);
  navigator.storage.persist = () => { window.persistCalls++; return persist(); };
}
"""


def test_persist_is_asked_after_the_first_tick_and_answered(
    context: BrowserContext, live_url: str
) -> None:
    """The browser is asked to keep the data after the first tick (not on load), and the
    panel "Waar staan mijn gegevens?" shows its answer and what is stored where."""
    context.add_init_script(SPY_ON_PERSIST)
    page = context.new_page()
    page.goto(live_url + "mijn-checklist/")
    assert page.evaluate("window.persistCalls") == 0
    page.locator(f'[data-checklist="{FIRST["id"]}"] [data-item]').first.check()
    page.wait_for_function("window.persistCalls == 1")
    granted = page.evaluate("navigator.storage.persisted()")
    kept = page.locator('[data-vk-data="kept"]')
    page.get_by_text("Waar staan mijn gegevens?").click()
    expect(kept).to_have_text(re.compile("^Ja" if granted else "^Nee"))
    expect(page.locator('[data-vk-data="what"]')).to_contain_text("1 vinkjes")
    expect(page.locator('[data-vk-data="key"]')).to_have_text(KEY)
    expect(page.locator('[data-vk-data="exported"]')).to_have_text("nog nooit")
    expect(page.locator('[data-vk-data="size"]')).to_contain_text("kB")
    page.locator(f'[data-checklist="{FIRST["id"]}"] [data-item]').nth(1).check()
    assert page.evaluate("window.persistCalls") == 1  # once per visit


def _record_with_snapshot(days_ago: int, **extra: str) -> str:
    taken = (datetime.now(UTC) - timedelta(days=days_ago)).isoformat()
    ticks = {FIRST["id"]: {FIRST["checklist"][0]["id"]: True}}
    record = {
        "version": 2,
        "ticks": ticks,
        "answers": {},
        "snapshots": [{"taken": taken, "ticks": ticks}],
    }
    return json.dumps({**record, **extra})


def test_export_reminder_appears_and_stays_dismissed(
    context: BrowserContext, live_url: str
) -> None:
    """With a snapshot and no export for over 4 weeks, home and Mijn checklist suggest an
    export; dismissed, it stays away; a recent export shows none."""
    page = context.new_page()
    page.goto(live_url + "404.html")
    put(page, _record_with_snapshot(days_ago=29))
    page.goto(live_url)
    reminder = page.locator("[data-vk-export-reminder]")
    expect(reminder).to_be_visible()
    page.goto(live_url + "mijn-checklist/")
    expect(reminder).to_be_visible()
    reminder.get_by_role("button", name="Niet meer tonen").click()
    expect(reminder).to_be_hidden()
    assert "reminderDismissed" in stored(page)
    page.reload()
    expect(page.locator("[data-vk-snapshot-item]")).to_have_count(1)
    expect(reminder).to_be_hidden()
    page.goto(live_url)
    expect(page.locator("[data-kompas-chart]").first).to_be_visible()
    expect(reminder).to_be_hidden()
    recent = (datetime.now(UTC) - timedelta(days=3)).isoformat()
    put(page, _record_with_snapshot(days_ago=40, exported=recent))
    page.reload()
    expect(page.locator("[data-kompas-chart]").first).to_be_visible()
    expect(reminder).to_be_hidden()


def test_web_app_manifest_is_valid_and_linked_from_every_page(
    context: BrowserContext, live_url: str, built_site: Path
) -> None:
    """Chromium reads the manifest without errors; its icons load; every page links it."""
    page = context.new_page()
    page.goto(live_url)
    cdp = context.new_cdp_session(page)
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == [] and manifest["url"] == live_url + "site.webmanifest"
    data = json.loads(manifest["data"])
    assert data["name"] == "Vertrouwenskompas" and data["display"] == "standalone"
    for icon in data["icons"]:
        response = page.request.get(live_url + icon["src"])
        assert response.ok, icon["src"]
        if icon["type"] == "image/png":
            body = response.body()
            width, height = struct.unpack(">II", body[16:24])  # the PNG header's IHDR
            assert f"{width}x{height}" == icon["sizes"]
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 10
    for html in pages:
        link = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select_one(
            'link[rel="manifest"]'
        )
        assert link is not None, html
        href = str(link["href"])  # 404.html links from the site's root (its path is "/")
        target = (built_site / href[1:] if href.startswith("/") else html.parent / href).resolve()
        assert target == (built_site / "site.webmanifest").resolve(), html
