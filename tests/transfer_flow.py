"""Steps of a transfer between two devices (laptop and phone), shared by the transfer test
modules: the 0.2.0 site built for a published address and served there to a browser context
(Playwright routes the address to the built files: nothing leaves this machine), records put
into storage, the transfer panel, and the QR codes as module matrices and camera frames."""

from __future__ import annotations

import base64
import json
import mimetypes
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import Browser, BrowserContext, Page, Request, Route, expect

from tests.conftest import SITE, copy_project

PUBLISHED = "https://example.org/kompas/"
MINE = PUBLISHED + "mijn-checklist/"
# The record's key: Material scopes it by the site's path.
KEY = "/kompas/vertrouwenskompas.v1"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}
DOCS = [
    yaml.safe_load(path.read_text(encoding="utf-8"))
    for path in sorted((SITE / "content_src" / "principles").glob("*.yml"))
]
PRINCIPLES = [p for d in DOCS for p in d["principles"]]


def build(project: Path, site_url: str = PUBLISHED, *, offline: bool = False) -> Path:
    """The 0.2.0 site (or the project already in ``project``) built for ``site_url``; returns
    the built folder. ``offline``: as `make offline` builds it (file links)."""
    if not (project / "mkdocs.yml").is_file():
        copy_project(project)
    out = project / ("offline" if offline else "site")
    env = {**os.environ, "KOMPAS_PDF": "0", "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    if offline:
        env["OFFLINE"] = "true"
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)]
    result = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return out


@dataclass
class Device:
    """A browser context (a device of its own, empty storage) and what it asked for."""

    context: BrowserContext
    requests: list[Request] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def page(self) -> Page:
        """A new tab on this device."""
        return self.context.new_page()


def device(browser: Browser, site: Path, *, phone: bool = False, scheme: str = "light") -> Device:
    """A new device that finds the site built in ``site`` at the published address, and
    keeps its requests and page errors. ``scheme``: the system's colour scheme."""
    viewport = PHONE if phone else LAPTOP
    context = browser.new_context(viewport=viewport, color_scheme=scheme)  # type: ignore[arg-type]
    made = Device(context)
    context.on("request", lambda request: made.requests.append(request))
    context.on("weberror", lambda error: made.errors.append(str(error.error)))
    context.route(PUBLISHED + "**", lambda route: _serve(route, site))
    return made


def _serve(route: Route, site: Path) -> None:
    # A file of the built site, as a static web host serves it (a folder: its index.html).
    path = urlsplit(route.request.url).path.removeprefix(urlsplit(PUBLISHED).path)
    target = site / path
    if target.is_dir():
        target = target / "index.html"
    if not target.is_file():
        route.fulfill(status=404, body="Not found")
        return
    kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    route.fulfill(status=200, body=target.read_bytes(), content_type=kind)


def put(page: Page, record: dict[str, Any], url: str = PUBLISHED + "404.html") -> None:
    """Store ``record`` as the site's record on this device (from a page of the site)."""
    page.goto(url)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(record)])


def stored(page: Page, key: str = KEY) -> Any:
    """The record stored on this device, or None."""
    raw = page.evaluate("k => localStorage.getItem(k)", key)
    return None if raw is None else json.loads(raw)


def record(
    ticks: dict[str, list[str]] | None = None,
    answers: dict[str, dict[str, str]] | None = None,
    answered: dict[str, dict[str, str]] | None = None,
    snapshots: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A version 2 record (README, "Personal checklist") of the given entries."""
    data: dict[str, Any] = {
        "version": 2,
        "ticks": {p: dict.fromkeys(items, True) for p, items in (ticks or {}).items()},
        "answers": answers or {},
        "snapshots": snapshots or [],
    }
    if answered:
        data["answered"] = answered
    return {**data, **extra}


def all_ticks() -> dict[str, list[str]]:
    """Every item of the site ticked."""
    return {p["id"]: [i["id"] for i in p["checklist"]] for p in PRINCIPLES}


def questions() -> list[tuple[str, str]]:
    """(principle id, question id) of every reflection question, in site order."""
    return [(p["id"], q["id"]) for p in PRINCIPLES for q in p["reflection"]]


def dutch_answers(count: int, length: int = 300) -> list[str]:
    """``count`` different answers of ``length`` characters of real Dutch (the site's own
    article text, cut into pieces), as a reader would write them."""
    text = " ".join(
        path.read_text(encoding="utf-8") for path in sorted((SITE / "content_src").glob("*.md"))
    )
    words = re.sub(r"<!--.*?-->|[#*>\[\]()`_|]", " ", text).split()
    return [" ".join(words[k * 70 : k * 70 + 90])[:length] for k in range(count)]


def open_transfer(page: Page) -> str:
    """On Mijn checklist: open "Zet over naar een ander apparaat"; returns the link (its data
    after #) once the first code is drawn."""
    page.get_by_role("button", name="Zet over naar een ander apparaat").click()
    expect(page.locator("[data-vk-transfer-qr] svg")).to_be_visible()
    link = page.locator("a[data-vk-transfer-link]")
    expect(link).to_have_attribute("href", re.compile(r"#VKO1-"))
    return link.get_attribute("href") or ""


def choose_ticks_only(page: Page) -> str:
    """In the open transfer: choose "Alleen vinkjes"; returns the new link."""
    link = page.locator("a[data-vk-transfer-link]")
    before = link.get_attribute("href") or ""
    page.get_by_label("Alleen vinkjes").check()
    expect(link).not_to_have_attribute("href", before)
    expect(link).to_contain_text("je vinkjes")
    return link.get_attribute("href") or ""


def nested(entries: dict[tuple[str, str], str]) -> dict[str, dict[str, str]]:
    """{(principle, id): value} as the record keeps it: {principle: {id: value}}."""
    out: dict[str, dict[str, str]] = {}
    for (principle, id_), value in entries.items():
        out.setdefault(principle, {})[id_] = value
    return out


def series_size(page: Page) -> int:
    """How many QR codes the transfer shown takes (1 without a series)."""
    found = re.search(
        r"reeks van (\d+) codes", page.locator("[data-vk-transfer-size]").inner_text()
    )
    return int(found.group(1)) if found else 1


def svg_matrix(page: Page) -> list[list[bool]]:
    """The module matrix of the QR code shown in [data-vk-transfer-qr] (its svg draws dark
    modules as horizontal runs, 4 modules of quiet zone around them)."""
    svg = page.locator("[data-vk-transfer-qr] svg")
    size = int((svg.get_attribute("viewBox") or "").split()[2]) - 8
    d = svg.locator("path").get_attribute("d") or ""
    matrix = [[False] * size for _ in range(size)]
    for x, y, width in re.findall(r"M(\d+),(\d+)h(\d+)", d):
        for c in range(int(x) - 4, int(x) - 4 + int(width)):
            matrix[int(y) - 4][c] = True
    return matrix


def series_matrices(page: Page) -> list[list[list[bool]]]:
    """Every code of the transfer shown, in order, read by stepping through the series."""
    count = series_size(page)
    matrices = []
    for number in range(1, count + 1):
        if count > 1:
            expect(page.locator("[data-vk-transfer-qr] figcaption")).to_have_text(
                f"Code {number} van {count}"
            )
        matrices.append(svg_matrix(page))
        if number < count:
            page.get_by_role("button", name="Volgende code").click()
    return matrices


# A camera's view of a QR code on a screen, drawn in the browser's canvas: the code as the
# screen shows it (crisp, `screen` pixels wide), seen `size` camera pixels wide in a frame
# of width × height, its centre moved by (dx, dy), turned by `angle` degrees, blurred by the
# lens (`blur` px), with the screen's white at `white` and black at `black` and sensor noise
# of `noise` grey levels (a fixed seed). Returns the frame's grey levels, base64.
_FRAME = """([matrix, screen, size, width, height, angle, blur, noise, black, white, dx, dy]) => {
  const n = matrix.length + 8;
  const code = document.createElement("canvas");
  code.width = code.height = n;
  const c = code.getContext("2d");
  c.fillStyle = "#fff"; c.fillRect(0, 0, n, n); c.fillStyle = "#000";
  matrix.forEach((row, y) => row.forEach((dark, x) => dark && c.fillRect(x + 4, y + 4, 1, 1)));
  const shown = document.createElement("canvas");
  shown.width = shown.height = screen;
  const s = shown.getContext("2d");
  s.imageSmoothingEnabled = false;
  s.drawImage(code, 0, 0, screen, screen);
  const frame = document.createElement("canvas");
  frame.width = width; frame.height = height;
  const f = frame.getContext("2d", { willReadFrequently: true });
  f.fillStyle = "#5a5a5a"; f.fillRect(0, 0, width, height);
  f.filter = blur ? `blur(${blur}px)` : "none";
  f.imageSmoothingQuality = "high";
  f.translate(width / 2 + dx, height / 2 + dy); f.rotate(angle * Math.PI / 180);
  f.drawImage(shown, -size / 2, -size / 2, size, size);
  const rgba = f.getImageData(0, 0, width, height).data;
  const grey = new Uint8Array(width * height);
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  for (let i = 0; i < grey.length; i++) {
    const gauss = Math.sqrt(-2 * Math.log(random() + 1e-9)) * Math.cos(2 * Math.PI * random());
    const value = black + (rgba[4 * i] / 255) * (white - black) + gauss * noise;
    grey[i] = Math.max(0, Math.min(255, Math.round(value)));
  }
  let text = "";
  for (let i = 0; i < grey.length; i += 32768) {
    text += String.fromCharCode(...grey.subarray(i, i + 32768));
  }
  return btoa(text);
}"""


def camera_frame(
    page: Page,
    matrix: list[list[bool]],
    *,
    size: float,
    width: int,
    height: int,
    screen: int = 480,
    angle: float = 3.0,
    blur: float = 0.7,
    noise: float = 4.0,
    black: int = 35,
    white: int = 215,
    shift: tuple[float, float] = (0, 0),
) -> bytes:
    """Grey levels of a camera frame showing the QR code ``matrix`` on a screen (see _FRAME),
    drawn by Chromium in ``page`` (any page: only its canvas is used)."""
    args = [matrix, screen, size, width, height, angle, blur, noise, black, white, *shift]
    return base64.b64decode(page.evaluate(_FRAME, args))


def hand_held(
    page: Page, matrix: list[list[bool]], *, size: float, width: int, height: int, **view: Any
) -> list[bytes]:
    """Camera frames of a code in a hand that is never quite still: a few views, moved by up
    to 6 pixels and turned by 2 to 4 degrees."""
    moves = [((0, 0), 3.0), ((5, -3), 2.0), ((-4, 6), 4.0), ((3, 4), 2.5)]
    return [
        camera_frame(
            page, matrix, size=size, width=width, height=height, shift=shift, angle=angle, **view
        )
        for shift, angle in moves
    ]


def y4m(frames: list[bytes], width: int, height: int, out: Path, fps: int = 10) -> Path:
    """A grey-scale video for Chromium's fake camera (YUV 4:2:0, neutral colour) showing the
    frames one after another (the camera plays it in a loop)."""
    chroma = bytes([128]) * ((width // 2) * (height // 2) * 2)
    with out.open("wb") as video:
        video.write(f"YUV4MPEG2 W{width} H{height} F{fps}:1 Ip A1:1 C420jpeg\n".encode())
        for luma in frames:
            video.write(b"FRAME\n" + luma + chroma)
    return out
