"""Steps of a spiegel session in the browser, shared by the spiegel test modules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from playwright.sync_api import Browser, Page, Playwright, expect

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, SITE

PRINCIPLE = "laat-ruimte-echt"
OTHER = "durf-te-zeggen-wat-je-ziet"


def principles() -> list[dict[str, Any]]:
    """Every principle of the real site, in site order."""
    out: list[dict[str, Any]] = []
    for path in sorted((SITE / "content_src" / "principles").glob("*.yml")):
        out += yaml.safe_load(path.read_text(encoding="utf-8"))["principles"]
    return out


def item_ids(*chosen: str) -> list[str]:
    """The item ids of the chosen principles, in site order (the order codes use)."""
    return [i["id"] for p in principles() if p["id"] in chosen for i in p["checklist"]]


def start(page: Page, url: str, *chosen: str) -> tuple[str, str]:
    """Start a session on the facilitator's page at ``url`` with the chosen principles;
    returns the session id and the participants' link."""
    page.goto(url + ("?p=" + ",".join(chosen) if chosen else ""))
    page.get_by_role("button", name="Start de sessie").click()
    join = page.locator("a[data-spiegel-join]")
    expect(join).to_have_attribute("href", re.compile(r"[?&]s=[0-9A-Z]{4}"))
    href = join.get_attribute("href") or ""
    session = re.search(r"s=([0-9A-Z]{4})", href)
    assert session is not None
    return session.group(1), href


def participate(browser: Browser, href: str, answers: dict[str, str]) -> str:
    """A team member opens the link in a browser of their own, answers, and gets a code."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(href)
    for item, value in answers.items():
        page.locator(f'[data-spiegel-item="{item}"] input[value="{value}"]').check()
    page.get_by_role("button", name="Maak mijn code").click()
    code = page.locator("[data-spiegel-code]")
    expect(code).to_have_text(re.compile(r"^VK2-"))
    expect(page.locator("[data-spiegel-qr] svg")).to_be_visible()
    text = code.text_content() or ""
    context.close()
    return text


def paste(page: Page, text: str) -> None:
    """Paste text (codes, or a whole chat) into the facilitator's page and add it."""
    page.locator("textarea[data-spiegel-paste]").fill(text)
    page.get_by_role("button", name="Codes toevoegen").click()


def own(page: Page, answers: dict[str, str]) -> None:
    """The leader's own answers on the facilitator's page."""
    for item, value in answers.items():
        page.locator(f'[data-spiegel-own="{item}"] input[value="{value}"]').check()


def y4m(luma: bytes, width: int, height: int, out: Path, frames: int = 30) -> Path:
    """A grey-scale video file for Chromium's fake camera (YUV 4:2:0, neutral colour)."""
    chroma = bytes([128]) * ((width // 2) * (height // 2) * 2)
    header = f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode()
    out.write_bytes(header + (b"FRAME\n" + luma + chroma) * frames)
    return out


def qr_luma(matrix: list[list[bool]], width: int, height: int) -> bytes:
    """A QR module matrix drawn black on white, centred, as luma bytes of a video frame."""
    n = len(matrix) + 8  # with the quiet zone of 4 modules on each side
    scale = min(width, height) * 3 // 4 // n
    left, top = (width - n * scale) // 2, (height - n * scale) // 2
    rows = bytearray(b"\xff" * (width * height))
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                for y in range(top + (r + 4) * scale, top + (r + 5) * scale):
                    x0 = left + (c + 4) * scale
                    rows[y * width + x0 : y * width + x0 + scale] = b"\x00" * scale
    return bytes(rows)


def svg_matrix(page: Page) -> list[list[bool]]:
    """The module matrix of the QR code the participants' page shows (read from its svg)."""
    svg = page.locator("[data-spiegel-qr] svg")
    size = int((svg.get_attribute("viewBox") or "").split()[2]) - 8
    d = svg.locator("path").get_attribute("d") or ""
    matrix = [[False] * size for _ in range(size)]
    for c, r in re.findall(r"M(\d+),(\d+)", d):
        matrix[int(r) - 4][int(c) - 4] = True
    return matrix


def phone_code(
    browser: Browser, href: str, answers: dict[str, str]
) -> tuple[str, list[list[bool]]]:
    """Like ``participate``, but also returns the QR code's modules as the phone shows them."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(href)
    for item, value in answers.items():
        page.locator(f'[data-spiegel-item="{item}"] input[value="{value}"]').check()
    page.get_by_role("button", name="Maak mijn code").click()
    code = page.locator("[data-spiegel-code]").text_content() or ""
    matrix = svg_matrix(page)
    context.close()
    return code, matrix


@contextmanager
def camera_browser(playwright: Playwright, video: Path) -> Iterator[Browser]:
    """A Chromium of its own whose camera plays ``video`` (and that allows the camera)."""
    args = [
        *CHROMIUM_ARGS,
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        f"--use-file-for-fake-video-capture={video}",
    ]
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
    try:
        yield browser
    finally:
        browser.close()


def camera_video(matrix: list[list[bool]], out: Path) -> Path:
    """A video file of the QR code for the fake camera."""
    return y4m(qr_luma(matrix, 640, 480), 640, 480, out)


def row_video(matrices: list[list[list[bool]]], out: Path, frames: int = 5) -> Path:
    """A video of QR codes held up one after another (each for ``frames`` frames at 5 a
    second, then a blank frame), 320 x 240 to keep the file small; the fake camera loops it."""
    width, height = 320, 240
    chroma = bytes([128]) * ((width // 2) * (height // 2) * 2)
    blank = b"FRAME\n" + b"\xff" * (width * height) + chroma
    header = f"YUV4MPEG2 W{width} H{height} F5:1 Ip A1:1 C420jpeg\n".encode()
    with out.open("wb") as video:
        video.write(header)
        for matrix in matrices:
            video.write((b"FRAME\n" + qr_luma(matrix, width, height) + chroma) * frames + blank)
    return out
