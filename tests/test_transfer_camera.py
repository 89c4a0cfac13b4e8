"""Take your kompas with you (issue 20) by camera: Chromium's fake camera plays what a real
camera would see of the QR codes the other device shows, and Mijn checklist reads them with
its own reader (vendored jsQR).

The camera's view is drawn by Chromium's canvas (tests/transfer_flow.py, camera_frame): the
code as the screen shows it, scaled to the camera pixels it covers, turned 2° to 4° and moved
a little from frame to frame (a hand), blurred by the lens, washed out by the screen's glare,
with sensor noise. Distances and sizes are the
README's assumptions ("Take your kompas with you", How large can a QR code be?)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, expect

from tests import transfer_flow as flow
from tests.spiegel_flow import camera_browser

pytestmark = pytest.mark.browser

QUESTIONS = flow.questions()


def camera_pixels(code_cm: float, distance_cm: float, fov_degrees: float, width: int) -> float:
    """How many camera pixels a code ``code_cm`` wide covers at ``distance_cm`` for a camera
    of ``width`` pixels across a horizontal field of view of ``fov_degrees``."""
    seen_cm = 2 * distance_cm * math.tan(math.radians(fov_degrees / 2))
    return code_cm / seen_cm * width


def read_by_camera(page: Page, url: str) -> None:
    """On Mijn checklist at ``url``: switch the camera on and wait until a transfer arrived."""
    page.goto(url)
    page.get_by_role("button", name="Ontvang met de camera").click()
    expect(page.locator("[data-vk-transfer-arrival]")).to_be_visible(timeout=90_000)
    expect(page.locator("[data-vk-transfer-video]")).to_be_hidden()  # the camera is off again


def test_phone_reads_the_largest_single_code_from_a_laptop_at_arms_length(
    laptop: flow.Device, playwright: Playwright, published_site: Path, tmp_path: Path
) -> None:
    """The largest transfer that is one code (version 15: every tick of the site and a short
    answer) on a laptop screen, 9.6 cm wide, seen by a phone 50 cm away filming 1920 × 1080
    (66° across): 3.3 camera pixels per module. The phone's Mijn checklist reads it."""
    page = laptop.page()
    answer = flow.nested({QUESTIONS[0]: flow.dutch_answers(1, 60)[0]})
    sent = flow.record(flow.all_ticks(), answer)
    flow.put(page, sent)
    page.goto(flow.MINE)
    flow.open_transfer(page)
    assert flow.series_size(page) == 1
    svg = page.locator("[data-vk-transfer-qr] svg")
    assert svg.get_attribute("data-qr-version") == "15"
    matrix = flow.svg_matrix(page)
    size = camera_pixels(9.6, 50, 66, 1920)
    assert 3.2 < size / (len(matrix) + 8) < 3.5  # camera pixels per module
    frames = flow.hand_held(page, matrix, size=size, width=1920, height=1080)
    video = flow.y4m(frames, 1920, 1080, tmp_path / "laptop-screen.y4m", fps=4)
    with camera_browser(playwright, video) as camera:
        phone = flow.device(camera, published_site, phone=True)
        other = phone.page()
        read_by_camera(other, flow.MINE)
        other.get_by_role("button", name="Samenvoegen").click()
        got = flow.stored(other)
        phone.context.close()
    assert got["ticks"] == sent["ticks"] and got["answers"] == sent["answers"]
    assert phone.errors == []


def test_laptop_reads_a_series_from_a_phone_in_any_order_offline(
    browser: Browser, playwright: Playwright, published_site: Path, tmp_path: Path
) -> None:
    """The other direction, into the offline copy (file://): the phone shows a series of 3
    codes (5.7 cm wide on its screen, 1050 screen pixels), the laptop's webcam (1280 × 720,
    75° across) sees them from 15 cm in the order 3, 1, 2; the progress counts "van 3" and
    all arrive."""
    phone = flow.device(browser, published_site, phone=True)
    try:
        page = phone.page()
        answers = flow.nested(dict(zip(QUESTIONS, flow.dutch_answers(2), strict=False)))
        sent = flow.record(flow.all_ticks(), answers)
        flow.put(page, sent)
        page.goto(flow.MINE)
        flow.open_transfer(page)
        matrices = flow.series_matrices(page)
        assert len(matrices) == 3
        size = camera_pixels(5.7, 15, 75, 1280)
        frames = [
            frame
            for n in (2, 0, 1)
            for frame in flow.hand_held(
                page, matrices[n], size=size, width=1280, height=720, screen=1050
            )
        ]
    finally:
        phone.context.close()
    assert phone.errors == []
    offline = flow.build(tmp_path / "offline", offline=True)
    video = flow.y4m([f for f in frames for _ in range(2)], 1280, 720, tmp_path / "phone.y4m")
    with camera_browser(playwright, video) as camera:
        laptop = flow.device(camera, published_site)
        other = laptop.page()
        read_by_camera(other, (offline / "mijn-checklist.html").as_uri())
        expect(other.locator("[data-vk-transfer-progress]")).to_have_text("3 van 3 codes gelezen.")
        other.get_by_role("button", name="Vervangen").click()
        key = other.locator('[data-vk-data="key"]').text_content() or ""  # file:// has its own
        got = flow.stored(other, key)
        laptop.context.close()
    assert got["ticks"] == sent["ticks"] and got["answers"] == sent["answers"]
    assert laptop.errors == []
