"""The facilitator's page reads participants' QR codes with the camera: a Chromium of its own
with a fake camera that plays a video of the QR code the participant's page showed, or of
thirty codes held up in a row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import segno
from playwright.sync_api import Browser, Playwright, expect

from kompas.site import spiegel
from tests import spiegel_flow as flow

pytestmark = pytest.mark.browser

ITEMS = flow.item_ids(flow.PRINCIPLE)


def test_camera_reads_a_participants_qr_code(
    browser: Browser, playwright: Playwright, site_url: str, tmp_path: Path
) -> None:
    """A code shown as a QR code on a phone is read by the camera and counted once."""
    url = site_url + "spiegel/"
    context = browser.new_context()
    session, href = flow.start(context.new_page(), url, flow.PRINCIPLE)
    context.close()
    code, matrix = flow.phone_code(browser, href, {ITEMS[0]: "soms", ITEMS[1]: "altijd"})
    video = flow.camera_video(matrix, tmp_path / "qr.y4m")
    with flow.camera_browser(playwright, video) as camera:
        page = camera.new_page()
        page.goto(f"{url}?s={session}&p={flow.PRINCIPLE}")
        expect(page.locator("[data-spiegel-count]")).to_have_text("0")
        page.get_by_role("button", name="Scan codes met de camera").click()
        expect(page.locator("[data-spiegel-count]")).to_have_text("1", timeout=20000)
        expect(page.locator("[data-spiegel-messages]")).to_contain_text(f"{code}: toegevoegd")
        page.wait_for_timeout(1000)  # the code stays in view: it still counts once
        expect(page.locator("[data-spiegel-count]")).to_have_text("1")
        page.get_by_role("button", name="Stop de camera").click()
        expect(page.locator("video")).to_be_hidden()


def test_without_a_camera_it_says_so(browser: Browser, site_url: str) -> None:
    """With no camera (or no permission) the page says so and points to pasting."""
    context = browser.new_context()
    page = context.new_page()
    flow.start(page, site_url + "spiegel/", flow.PRINCIPLE)
    page.get_by_role("button", name="Scan codes met de camera").click()
    messages = page.locator("[data-spiegel-messages]")
    expect(messages).to_contain_text("plak de codes", ignore_case=True)
    expect(page.locator("[data-spiegel-count]")).to_have_text("0")
    context.close()


# Every tone the page plays (its pitch), recorded as it starts.
BEEPS = """
window.beeps = [];
const made = AudioContext.prototype.createOscillator;
AudioContext.prototype.createOscillator = function () {
  const tone = made.call(this), start = tone.start.bind(tone);
  tone.start = (...at) => { window.beeps.push(tone.frequency.value); return start(...at); };
  return tone;
};
"""


def test_thirty_codes_in_a_row(
    browser: Browser, playwright: Playwright, site_url: str, tmp_path: Path
) -> None:
    """Thirty phones held up one after another, the camera on all the while: every code is
    counted once, each with a beep; when the row comes round again each is "al binnen",
    with another tone, and none counts twice; the beep can be switched off."""
    url = site_url + "spiegel/"
    context = browser.new_context()
    session, _ = flow.start(context.new_page(), url, flow.PRINCIPLE)
    context.close()
    codes = [
        spiegel.encode(session, ITEMS, f"C{n:05d}", [spiegel.SCALE[(n + i) % 5] for i in range(3)])
        for n in range(30)
    ]
    matrices = [
        [[bool(m) for m in row] for row in segno.make_qr(c, error="m", boost_error=False).matrix]
        for c in codes
    ]
    video = flow.row_video(matrices, tmp_path / "row.y4m")
    with flow.camera_browser(playwright, video) as camera:
        page = camera.new_page()
        page.add_init_script(BEEPS)
        page.goto(f"{url}?s={session}&p={flow.PRINCIPLE}")
        page.get_by_role("button", name="Scan codes met de camera").click()
        count = page.locator("[data-spiegel-count]")
        expect(count).to_have_text("30", timeout=180_000)
        expect(page.locator("[data-spiegel-scan]")).to_contain_text("30 antwoorden binnen")
        # The row again: each code says it was in already; the camera goes on.
        messages = page.locator("[data-spiegel-messages]")
        expect(messages).to_contain_text("telt één keer", timeout=60_000)
        expect(page.locator("[data-spiegel-scan]")).to_contain_text("al binnen")
        expect(count).to_have_text("30")
        beeps = page.evaluate("window.beeps")
        assert beeps.count(880) == 30 and 440 in beeps
        stored = page.evaluate("localStorage.getItem('/vertrouwenskompas.spiegel.v1')") or ""
        assert sorted(json.loads(stored)["sessions"][session]["codes"].values()) == sorted(codes)
        page.get_by_label("Piep bij elke gelezen code").uncheck()
        heard = len(page.evaluate("window.beeps"))
        messages.evaluate("box => box.replaceChildren()")
        expect(messages).to_contain_text("telt één keer", timeout=60_000)
        assert len(page.evaluate("window.beeps")) == heard
        page.get_by_role("button", name="Stop de camera").click()
        expect(page.locator("video")).to_be_hidden()
        expect(count).to_have_text("30")
