"""The facilitator's page reads a participant's QR code with the camera: a Chromium of its own
with a fake camera that plays a video of the QR code the participant's page showed."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Playwright, expect

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
