"""The personal checklist in real headless Chromium: ticks, progress, answers, Mijn checklist,
export/import/reset, robustness when storage fails, and ticks that survive a reworded item."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Dialog, Page, Playwright, expect

from kompas.convert import load_all
from kompas.site.pages import page_uri
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, SITE, copy_project, mkdocs_build, serve

pytestmark = pytest.mark.browser

KEY = "/vertrouwenskompas.v1"
# The sentence of the item the tests tick (the rewording test edits it in the article), and a
# rewording of it; the item's id, principle, page and counts come from the loaded model.
REWORDED = (
    "Laat zien dat er meerdere routes zijn naar resultaat.",
    "Laat zien dat er meerdere wegen naar een goed resultaat leiden.",
)
_DOCS = load_all(SITE)
_DOC, _P, _ITEM = next(
    (d, p, i)
    for d in _DOCS
    for p in d.principles
    for i in p.checklist
    if i.source.quote == REWORDED[0]
)
PRINCIPLE = page_uri("principle", _DOC.article.id, _P.id).removesuffix(".md") + "/"
PID = _P.id
ITEM = _ITEM.id
PID_ITEMS = len(_P.checklist)
ONE_TICKED = f"1 van {PID_ITEMS}"
# Another principle of the same article.
_OTHER = next(p for p in _DOC.principles if p.id != PID)
OTHER = page_uri("principle", _DOC.article.id, _OTHER.id).removesuffix(".md") + "/"
OTHER_PID = _OTHER.id
# The first principle with a reflection question that has an old id (alias).
ALIASED = next(p.title for d in _DOCS for p in d.principles if any(q.aliases for q in p.reflection))
NOTICE = "Opslaan staat uit"


class Watched:
    """A browser context and its first page, with every page error and console error kept."""

    def __init__(self, context: BrowserContext) -> None:
        self.context = context
        self.errors: list[str] = []
        self.page = self.new_page()

    def new_page(self) -> Page:
        page = self.context.new_page()
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        page.on(
            "console",
            lambda msg: self.errors.append(f"console: {msg.text}") if msg.type == "error" else None,
        )
        return page


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real site built for the address it is served on, so instant navigation works.

    Material only navigates instantly to pages listed in sitemap.xml, and that file's URLs carry
    the port of ``site_url``: the site is built with SITE_URL set to the local server's address.
    """
    project = copy_project(tmp_path_factory.mktemp("live"))
    (project / "site").mkdir()
    server, url = serve(project / "site")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SITE_URL", url)
        result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    yield url
    server.shutdown()


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    """A fresh browser context (empty storage) with error capture."""
    context = browser.new_context()
    yield Watched(context)
    context.close()


def stored(page: Page) -> Any:
    """The parsed value under our storage key, or None."""
    raw = page.evaluate(f"localStorage.getItem({KEY!r})")
    return None if raw is None else json.loads(raw)


def put(page: Page, value: object) -> None:
    """Store ``value`` (JSON-encoded unless a string) under our key and reload the page."""
    text = value if isinstance(value, str) else json.dumps(value)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, text])
    page.reload()


def box(page: Page, item: str, pid: str = PID) -> Any:
    """The checkbox of ``item`` in the checklist of ``pid``."""
    return page.locator(f'[data-checklist="{pid}"] input[data-item="{item}"]')


def progress(page: Page, pid: str) -> str:
    """The progress text of exactly the principle ``pid`` ("n van t")."""
    return page.locator(f'[data-count="{pid}"] .vk-progress__text').first.inner_text()


def test_tick_is_saved_in_the_contract_format_and_survives_a_reload(
    watched: Watched, live_url: str
) -> None:
    """Clicking an item's text ticks it, saves it under the site-scoped key; reload keeps it."""
    page = watched.page
    page.goto(live_url + PRINCIPLE)
    page.locator(f'label[for="vk-{PID}--{ITEM}"]').click()
    expect(box(page, ITEM)).to_be_checked()
    assert stored(page) == {
        "version": 2,
        "ticks": {PID: {ITEM: True}},
        "answers": {},
        "snapshots": [],
    }
    page.reload()
    expect(box(page, ITEM)).to_be_checked()
    box(page, ITEM).uncheck()
    assert stored(page) == {"version": 2, "ticks": {}, "answers": {}, "snapshots": []}
    assert watched.errors == []


def test_closing_the_browser_and_coming_back_keeps_everything(
    playwright: Playwright, live_url: str, tmp_path: Path
) -> None:
    """Tick half a principle and answer a question, quit the browser, start again: all back."""

    def launch() -> BrowserContext:
        return playwright.chromium.launch_persistent_context(
            tmp_path / "profile", executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )

    context = launch()
    page = context.new_page()
    page.goto(live_url + PRINCIPLE)
    items = page.locator(f'[data-checklist="{PID}"] input')
    items.nth(0).check()
    items.nth(1).check()
    page.locator(f'[data-reflection="{PID}"] textarea').first.fill("Ik laat meer los.")
    page.wait_for_function(f"(localStorage.getItem({KEY!r}) || '').includes('los.')")
    context.close()

    context = launch()
    try:
        page = context.new_page()
        page.goto(live_url + PRINCIPLE)
        items = page.locator(f'[data-checklist="{PID}"] input')
        expect(items.nth(0)).to_be_checked()
        expect(items.nth(1)).to_be_checked()
        expect(items.nth(2)).not_to_be_checked()
        expect(page.locator(f'.vk-checklist [data-count="{PID}"]')).to_contain_text(
            f"2 van {PID_ITEMS}"
        )
        field = page.locator(f'[data-reflection="{PID}"] textarea').first
        expect(field).to_have_value("Ik laat meer los.")
    finally:
        context.close()


def test_keyboard_tab_to_an_item_and_space_ticks_it(watched: Watched, live_url: str) -> None:
    """Tab reaches the first item with a visible focus ring, and Space ticks it."""
    page = watched.page
    page.goto(live_url + PRINCIPLE)
    page.locator(f'[data-checklist="{PID}"]').locator("..").locator("h2").click()
    page.keyboard.press("Tab")
    first = page.locator(f'[data-checklist="{PID}"] input').first
    expect(first).to_be_focused()
    assert first.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    page.keyboard.press("Space")
    expect(first).to_be_checked()
    label = page.locator(f'label[for="{first.get_attribute("id")}"]').inner_text()
    expect(page.get_by_role("checkbox", name=label, exact=True)).to_be_checked()
    item = first.get_attribute("data-item")
    assert stored(page)["ticks"][PID] == {item: True}


def test_checkbox_is_a_square_box_on_screen_and_on_paper(watched: Watched, live_url: str) -> None:
    """The checkbox is square and clearly bordered, also with print styles."""
    page = watched.page
    page.goto(live_url + PRINCIPLE)
    for media in ("screen", "print"):
        page.emulate_media(media=media)
        shape = box(page, ITEM).evaluate(
            "e => { const s = getComputedStyle(e), r = e.getBoundingClientRect();"
            " return [r.width, r.height, parseFloat(s.borderTopLeftRadius)]; }"
        )
        width, height, radius = shape
        assert width == height and width >= 14, (media, shape)
        assert radius < width / 4, (media, shape)
    assert box(page, ITEM).evaluate("e => getComputedStyle(e).borderTopStyle") == "solid"


def test_tick_survives_instant_navigation(watched: Watched, live_url: str) -> None:
    """Ticks stay after navigating away and back without a full page load."""
    page = watched.page
    page.goto(live_url + PRINCIPLE)
    page.evaluate("window.__sameDocument = true")
    box(page, ITEM).check()
    page.locator(".md-nav a", has_text="Blijf stabiel onder druk").first.click()
    expect(page).to_have_url(re.compile("blijf-stabiel-onder-druk/$"))
    page.locator(".md-nav a", has_text="Laat ruimte").first.click()
    expect(page).to_have_url(re.compile(f"{re.escape(PID)}/$"))
    expect(box(page, ITEM)).to_be_checked()
    expect(page.locator(f'[data-count="{PID}"] .vk-progress__text')).to_have_text(ONE_TICKED)
    assert page.evaluate("window.__sameDocument") is True, "navigation was not instant"
    assert watched.errors == []


def test_two_tabs_stay_in_sync(watched: Watched, live_url: str) -> None:
    """A tick in one tab shows up in a second open tab (storage event), progress included."""
    first, second = watched.page, watched.new_page()
    first.goto(live_url + PRINCIPLE)
    second.goto(live_url + PRINCIPLE)
    first.locator(f'label[for="vk-{PID}--{ITEM}"]').click()
    expect(box(second, ITEM)).to_be_checked()
    expect(second.locator(f'[data-count="{PID}"] .vk-progress__text')).to_have_text(ONE_TICKED)
    box(second, ITEM).uncheck()
    expect(box(first, ITEM)).not_to_be_checked()


def test_progress_text_and_bars_update(watched: Watched, live_url: str) -> None:
    """The principle page, the overview and the home page count ticks per principle and in total."""
    page = watched.page
    page.goto(live_url + PRINCIPLE)
    live = page.locator(f'.vk-checklist [data-count="{PID}"]')
    assert live.get_attribute("aria-live") == "polite"
    expect(live).to_contain_text(f"0 van {PID_ITEMS} aangevinkt")
    items = page.locator(f'[data-checklist="{PID}"] input')
    items.nth(0).check()
    items.nth(1).check()
    expect(live).to_contain_text(f"2 van {PID_ITEMS} aangevinkt")
    width = live.locator(".vk-progress__bar > span").evaluate("e => e.style.width")
    assert width == f"{round(200 / PID_ITEMS)}%"
    for path in ("principes/", ""):
        page.goto(live_url + path)
        expect(page.locator(f'[data-count="{PID}"] .vk-progress__text').first).to_have_text(
            f"2 van {PID_ITEMS}"
        )
        total = page.locator("[data-count] .vk-progress__text").first
        expect(total).to_have_text(re.compile(r"^2 van (\d+)$"))
        assert int(total.inner_text().split()[-1]) > 40


def test_unknown_ids_are_kept_but_not_counted(watched: Watched, live_url: str) -> None:
    """A tick for an id that no longer exists stays in storage and is not counted."""
    page = watched.page
    page.goto(live_url + PRINCIPLE)
    put(
        page,
        {"version": 1, "ticks": {PID: {"verdwenen-punt": True}, "weg": {"x": True}}, "answers": {}},
    )
    expect(page.locator(f'.vk-checklist [data-count="{PID}"]')).to_contain_text(
        f"0 van {PID_ITEMS}"
    )
    box(page, ITEM).check()
    expect(page.locator(f'.vk-checklist [data-count="{PID}"]')).to_contain_text(ONE_TICKED)
    assert stored(page)["ticks"] == {PID: {"verdwenen-punt": True, ITEM: True}, "weg": {"x": True}}


def test_alias_moves_an_old_answer_to_the_new_question_id(watched: Watched, live_url: str) -> None:
    """An answer stored under a question's old id (alias) is shown and moved to the new id."""
    page = watched.page
    page.goto(live_url + "principes/")
    page.locator(".vk-overview__list a", has_text=ALIASED).click()
    question = page.locator("li[data-question][data-aliases]").first
    new_id = question.get_attribute("data-question")
    old_id = (question.get_attribute("data-aliases") or "").split()[0]
    pid = question.evaluate("e => e.closest('[data-reflection]').dataset.reflection")
    put(page, {"version": 1, "ticks": {}, "answers": {pid: {old_id: "Oud antwoord"}}})
    expect(question.locator("textarea")).to_have_value("Oud antwoord")
    assert stored(page)["answers"] == {pid: {new_id: "Oud antwoord"}}


def test_answers_persist_and_stay_text(watched: Watched, live_url: str) -> None:
    """An answer is saved (debounced), shown again after a reload, and shown as text elsewhere."""
    page = watched.page
    page.goto(live_url + PRINCIPLE)
    answer = '<img src=x onerror="window.__hacked=1"> Ik <b>doe</b> dit al'
    field = page.locator(f'[data-reflection="{PID}"] textarea').first
    qid = field.get_attribute("data-answer")
    expect(page.locator(f'label[for="{field.get_attribute("id")}"]')).to_contain_text(
        "Jouw antwoord"
    )
    field.fill(answer)
    page.wait_for_function(f"(localStorage.getItem({KEY!r}) || '').includes('doe')")
    assert stored(page)["answers"] == {PID: {qid: answer}}
    page.reload()
    expect(page.locator(f'[data-reflection="{PID}"] textarea').first).to_have_value(answer)
    page.goto(live_url + "mijn-checklist/")
    shown = page.locator(f'[data-answers="{PID}"] [data-question="{qid}"] dd')
    expect(shown).to_have_text(answer)
    assert shown.locator("img, b").count() == 0
    assert page.evaluate("window.__hacked") is None
    assert watched.errors == []


def _fill_some(page: Page, live_url: str) -> dict[str, Any]:
    # Tick items on two principles and write one answer; returns what is stored.
    page.goto(live_url + PRINCIPLE)
    box(page, ITEM).check()
    page.locator(f'[data-checklist="{PID}"] input').first.check()
    page.locator(f'[data-reflection="{PID}"] textarea').first.fill("Mijn antwoord")
    page.goto(live_url + OTHER)
    page.locator(f'[data-checklist="{OTHER_PID}"] input').last.check()
    value: dict[str, Any] = stored(page)
    assert value["answers"] and len(value["ticks"]) == 2
    return value


def test_export_reset_import_gives_back_the_same_state(
    watched: Watched, live_url: str, tmp_path: Path
) -> None:
    """Export gives a versioned, dated JSON file; after 'Wis alles' importing it restores all."""
    page = watched.page
    before = _fill_some(page, live_url)
    page.goto(live_url + "mijn-checklist/")
    expect(page.locator(f'[data-answers="{PID}"]')).to_be_visible()
    with page.expect_download() as info:
        page.get_by_role("button", name="Exporteer naar een bestand").click()
    download = info.value
    assert re.fullmatch(r"vertrouwenskompas-\d{4}-\d\d-\d\d\.json", download.suggested_filename)
    saved = tmp_path / "export.json"
    download.save_as(saved)
    exported = json.loads(saved.read_text(encoding="utf-8"))
    assert exported["version"] == 2
    assert re.match(r"\d{4}-\d\d-\d\dT", exported["exported"])
    assert (exported["ticks"], exported["answers"]) == (before["ticks"], before["answers"])

    messages: list[str] = []

    def accept(dialog: Dialog) -> None:
        messages.append(dialog.message)
        dialog.accept()

    page.on("dialog", accept)
    page.get_by_role("button", name="Wis alles").click()
    assert messages and "wissen" in messages[-1]
    assert stored(page) is None
    expect(page.locator(f'[data-checklist="{PID}"] input:checked')).to_have_count(0)
    expect(page.locator(f'[data-answers="{PID}"]')).to_be_hidden()

    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Importeer een bestand").click()
    chooser.value.set_files(saved)
    expect(page.locator("[data-vk-message]")).to_contain_text("Geïmporteerd")
    assert stored(page) == {**before, "exported": exported["exported"]}
    expect(box(page, ITEM)).to_be_checked()
    expect(page.locator(f'[data-answers="{PID}"] dd').first).to_have_text("Mijn antwoord")
    assert watched.errors == []


BAD_FILES = [
    ("malformed", "{dit is geen json", "geen JSON-bestand"),
    ("wrong-version", json.dumps({"version": 0, "ticks": {}, "answers": {}}), "onbekende versie"),
    ("newer-version", json.dumps({"version": 3, "ticks": {}, "answers": {}}), "nieuwere versie"),
    ("not-ours", json.dumps(["version", 1]), "geen bestand van het Vertrouwenskompas"),
    ("bad-ticks", json.dumps({"version": 1, "ticks": {PID: {ITEM: "ja"}}}), "beschadigd"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_import_changes_nothing_and_says_why(
    watched: Watched, live_url: str, tmp_path: Path, name: str, content: str, message: str
) -> None:
    """A malformed, wrong-version, newer-version or wrongly shaped file is refused in Dutch."""
    page = watched.page
    before = _fill_some(page, live_url)
    page.goto(live_url + "mijn-checklist/")
    bad = tmp_path / f"{name}.json"
    bad.write_text(content, encoding="utf-8")
    page.on("dialog", lambda dialog: dialog.accept())
    page.locator("[data-vk-import]").set_input_files(bad)
    status = page.locator("[data-vk-message]")
    expect(status).to_contain_text("Niets geïmporteerd")
    expect(status).to_contain_text(message)
    assert status.get_attribute("role") == "status"
    assert stored(page) == before
    expect(box(page, ITEM)).to_be_checked()


def test_reset_one_principle_after_confirmation(watched: Watched, live_url: str) -> None:
    """'Wis dit principe' asks first; cancel keeps everything, accept clears only that one."""
    page = watched.page
    before = _fill_some(page, live_url)
    page.goto(live_url + "mijn-checklist/")
    reset = page.locator(f'button[data-principle="{PID}"]')
    page.once("dialog", lambda dialog: dialog.dismiss())
    reset.click()
    assert stored(page) == before
    page.once("dialog", lambda dialog: dialog.accept())
    reset.click()
    expect(page.locator(f'[data-checklist="{PID}"] input:checked')).to_have_count(0)
    after = stored(page)
    assert PID not in after["ticks"] and PID not in after["answers"]
    assert after["ticks"][OTHER_PID] == before["ticks"][OTHER_PID]


def _assert_works_without_saving(watched: Watched, live_url: str, reason: str) -> None:
    # The page renders, shows the notice, and ticks still work for this visit.
    page = watched.page
    expect(page.locator(".vk-notice")).to_contain_text(NOTICE)
    expect(page.locator(".vk-notice")).to_contain_text(reason)
    box(page, ITEM).check()
    expect(page.locator(f'.vk-checklist [data-count="{PID}"]')).to_contain_text(ONE_TICKED)
    page.locator(f'[data-reflection="{PID}"] textarea').first.fill("alleen voor nu")
    page.locator(".md-nav a", has_text="Blijf stabiel onder druk").first.click()
    page.locator(".md-nav a", has_text="Laat ruimte").first.click()
    expect(box(page, ITEM)).to_be_checked()
    assert watched.errors == []


def test_storage_disabled_page_works_with_notice(watched: Watched, live_url: str) -> None:
    """With localStorage blocked the page works, ticks work for the visit, a notice says why."""
    watched.context.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() {"
        " throw new DOMException('blocked', 'SecurityError'); }});"
    )
    watched.page.goto(live_url + PRINCIPLE)
    _assert_works_without_saving(watched, live_url, "niet toe")


def test_storage_full_page_works_with_notice(watched: Watched, live_url: str) -> None:
    """When the storage is full a tick still works and the notice says saving is off."""
    watched.context.add_init_script(
        "Storage.prototype.setItem = function () {"
        " throw new DOMException('full', 'QuotaExceededError'); };"
    )
    watched.page.goto(live_url + PRINCIPLE)
    expect(watched.page.locator(".vk-notice")).to_have_count(0)
    box(watched.page, ITEM).check()
    _assert_works_without_saving(watched, live_url, "vol")


@pytest.mark.parametrize(
    "corrupt",
    ["{kapot", '{"version": 1, "ticks": []}', '{"version": 7, "ticks": {}, "answers": {}}'],
    ids=["not-json", "wrong-shape", "newer-version"],
)
def test_corrupt_storage_page_works_with_notice_and_data_is_kept(
    watched: Watched, live_url: str, corrupt: str
) -> None:
    """Unreadable data under our key: notice, ticks for the visit, the data is not overwritten."""
    page = watched.page
    page.goto(live_url + PRINCIPLE)
    put(page, corrupt)
    _assert_works_without_saving(watched, live_url, "onleesbaar")
    assert page.evaluate(f"localStorage.getItem({KEY!r})") == corrupt


def test_wis_alles_repairs_corrupt_storage(watched: Watched, live_url: str) -> None:
    """After 'Wis alles' on Mijn checklist saving works again and the notice goes away."""
    page = watched.page
    page.goto(live_url + "mijn-checklist/")
    put(page, "{kapot")
    expect(page.locator(".vk-notice")).to_be_visible()
    page.on("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Wis alles").click()
    expect(page.locator(".vk-notice")).to_have_count(0)
    box(page, ITEM).check()
    assert stored(page)["ticks"] == {PID: {ITEM: True}}


def test_import_replaces_corrupt_storage(watched: Watched, live_url: str, tmp_path: Path) -> None:
    """Importing a good file over unreadable stored data saves it and removes the notice."""
    page = watched.page
    page.goto(live_url + "mijn-checklist/")
    put(page, "{kapot")
    expect(page.locator(".vk-notice")).to_be_visible()
    good = {"version": 1, "ticks": {PID: {ITEM: True}}, "answers": {}}
    path = tmp_path / "goed.json"
    path.write_text(json.dumps(good), encoding="utf-8")
    page.locator("[data-vk-import]").set_input_files(path)
    expect(page.locator("[data-vk-message]")).to_contain_text("Geïmporteerd")
    expect(page.locator(".vk-notice")).to_have_count(0)
    expect(box(page, ITEM)).to_be_checked()
    assert stored(page) == {**good, "version": 2, "snapshots": []}  # a version 1 file migrates


def test_ticking_sends_no_request_and_sets_no_cookie(watched: Watched, live_url: str) -> None:
    """Ticking and writing an answer make no network request and set no cookie."""
    page = watched.page
    page.goto(live_url + PRINCIPLE)
    page.wait_for_load_state("networkidle")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    box(page, ITEM).check()
    page.locator(f'[data-reflection="{PID}"] textarea').first.fill("privé")
    page.wait_for_function(f"(localStorage.getItem({KEY!r}) || '').includes('priv')")
    assert requests == []
    assert watched.context.cookies() == []
    assert page.evaluate("document.cookie") == ""


def test_rebuild_with_a_reworded_item_keeps_the_tick(browser: Browser, tmp_path: Path) -> None:
    """An item reworded in the article gets a new id with the old id as alias; its tick moves."""
    project = copy_project(tmp_path / "project")
    built = mkdocs_build(project)
    assert built.returncode == 0, built.stderr
    server, url = serve(project / "site")
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url + PRINCIPLE)
        box(page, ITEM).check()
        article = project / _DOC.source
        text = article.read_text(encoding="utf-8")
        assert text.count(REWORDED[0]) == 1
        article.write_text(text.replace(*REWORDED), encoding="utf-8")
        convert = subprocess.run(
            [sys.executable, "-m", "kompas", "convert", "--root", str(project)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert convert.returncode == 0, convert.stderr
        rebuilt = mkdocs_build(project)
        assert rebuilt.returncode == 0, rebuilt.stderr
        page.reload()
        renamed = page.locator(f'[data-checklist="{PID}"] input[data-aliases~="{ITEM}"]')
        expect(renamed).to_have_count(1)
        new_id = renamed.get_attribute("data-item")
        assert new_id and new_id != ITEM
        expect(renamed).to_be_checked()
        assert stored(page)["ticks"] == {PID: {new_id: True}}
    finally:
        context.close()
        server.shutdown()
        shutil.rmtree(project / "site", ignore_errors=True)
