"""Take your kompas with you (issue 20): how much one QR code carries, how many codes a long
record needs, whether a phone can read codes that dense, and what the transfer's scripts weigh.

Everything is measured in headless Chromium on the 0.2.0 site (tests/fixtures/sites/…) built
for https://example.org/kompas/ (a published address of usual length: the link's address takes
room in every code), through the site's own transfer (Mijn checklist, "Zet over naar een ander
apparaat"): the records are stored, the panel is opened, and the codes it draws are counted.
Answers are real Dutch (the site's own article text in pieces), so that compression is what a
reader's answers get.

Legibility: the camera's view of a code is drawn as tests/transfer_flow.py draws it for the fake
camera (the code as the screen shows it, seen by a camera at the distance below, turned and
moved a little as in a hand, lens blur, screen glare, sensor noise) and read by the site's own
reader (vendored jsQR: the frame's centre square, else the whole frame). Two situations:

- laptop → phone: the code 9.6 cm wide on the laptop's screen (480 CSS px at 0.2 mm; the panel
  shows it up to 30rem and 75 % of the window's height), a phone camera 50 cm away (arm's
  length, seated at the laptop) filming 1920 × 1080 across 66°;
- phone → laptop: the code 5.7 cm wide on a phone's screen (350 CSS px, 1050 of the screen's
  pixels), the laptop's webcam (1280 × 720 across 75°) 15 cm away.

Usage: ``python -m bench.transfer`` (about two minutes). Needs Debian's chromium.
"""

from __future__ import annotations

import base64
import gzip
import math
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, sync_playwright

from kompas.site import assets
from tests import transfer_flow as flow
from tests.conftest import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parent.parent
VENDOR = assets.THEME_DIR / "assets" / "vendor"
# The screens the codes are shown on: a laptop's window (1280 × 800) and a phone's (390 × 844).
DEVICES = {"on a laptop": False, "on a phone": True}
VERSIONS = range(8, 19)
# (label, code width on the screen in cm, its width in the screen's own pixels, camera
#  distance in cm, camera width in px, frame height, horizontal field of view in degrees):
# the laptop's screen at 1 device pixel per CSS px (the coarsest), the phone's at 3.
SITUATIONS = [
    ("laptop → phone, 50 cm", 9.6, 480, 50, 1920, 1080, 66),
    ("phone → laptop, 15 cm", 5.7, 1050, 15, 1280, 720, 75),
]
# Hand-held views: (shift in px, angle in degrees, lens blur in px).
VIEWS = [
    (shift, angle, blur)
    for blur in (0.6, 0.9)
    for shift, angle in [((0, 0), 3.0), ((5, -3), 2.0), ((-4, 6), 4.0), ((3, 4), 2.5)]
]
# A code of exactly `version` (level M) holding the link's address and as much base-32 data
# as fits, as its module matrix.
_CODE = """([address, version]) => {
  const fits = (n) => {
    try { const q = qrcode(version, "M"); q.addData(address, "Byte");
          q.addData("VKO1-AAAAA-1-1-AAAAAAA-" + "MFRGG4".repeat(n).slice(0, n), "Alphanumeric");
          q.make(); return q; } catch (e) { return null; }
  };
  let low = 1, high = 3000;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid; else high = mid - 1;
  }
  const q = fits(low), n = q.getModuleCount();
  const row = (r) => Array.from({ length: n }, (_, c) => q.isDark(r, c));
  return { data: low, matrix: Array.from({ length: n }, (_, r) => row(r)) };
}"""
# The site's reader on a frame (grey levels, base64): its centre square, else the whole frame.
_READ = """([grey, width, height]) => {
  const g = Uint8Array.from(atob(grey), (c) => c.charCodeAt(0));
  const read = (x0, w, h) => {
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
      const v = g[y * width + x + x0], i = 4 * (y * w + x);
      rgba[i] = rgba[i + 1] = rgba[i + 2] = v; rgba[i + 3] = 255;
    }
    return !!jsQR(rgba, w, h, { inversionAttempts: "dontInvert" });
  };
  return read((width - height) / 2, height, height) || read(0, width, height);
}"""


def main() -> int:
    """Print the tables; 1 when the largest version a device uses is not read in most views."""
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        site = flow.build(Path(tmp) / "site")
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            sent = {name: _capacity(browser, site, phone) for name, phone in DEVICES.items()}
            largest = {name: found["largest"] for name, found in sent.items()}
            legible = _legibility(browser)
        finally:
            browser.close()
    _print_capacity(sent)
    ok = _print_legibility(legible, largest)
    _print_weight()
    return 0 if ok else 1


def _capacity(browser: Browser, site: Path, phone: bool) -> dict[str, Any]:
    # What one code carries and what a long record needs, through the site's own panel on a
    # laptop's or a phone's screen.
    device = flow.device(browser, site, phone=phone)
    page = device.page()
    ticks = flow.all_ticks()
    text = " ".join(flow.dutch_answers(8, 300))
    one = flow.questions()[0]

    def shown(record: dict[str, Any], ticks_only: bool = False) -> tuple[int, int]:
        # codes, link length for a record
        flow.put(page, record)
        page.goto(flow.MINE)
        link = flow.open_transfer(page)
        if ticks_only:
            link = flow.choose_ticks_only(page)
        return flow.series_size(page), len(link)

    def longest(with_ticks: dict[str, list[str]]) -> int:
        # The longest single answer that leaves the record in one code.
        low, high = 0, len(text)
        while low < high:
            mid = (low + high + 1) // 2
            record = flow.record(with_ticks, flow.nested({one: text[:mid]}))
            if shown(record)[0] == 1:
                low = mid
            else:
                high = mid - 1
        return low

    items = sum(len(v) for v in ticks.values())
    result: dict[str, Any] = {
        "items": items,
        "ticks": shown(flow.record(ticks)),
        "largest": int(page.locator("[data-vk-transfer-qr]").get_attribute("data-vk-largest") or 0),
        "answer with ticks": longest(ticks),
        "answer alone": longest({}),
        "rows": [],
    }
    for count in (1, 4, 8, 16):
        answers = flow.nested(dict(zip(flow.questions(), flow.dutch_answers(count), strict=False)))
        for with_ticks in (False, True):
            label = f"{count} answer{'s' if count > 1 else ''} of 300 characters"
            label += f" and all {items} ticks" if with_ticks else ""
            result["rows"].append(
                (label, *shown(flow.record(ticks if with_ticks else {}, answers)))
            )
    sixteen = dict(zip(flow.questions(), flow.dutch_answers(16), strict=False))
    record = flow.record(ticks, flow.nested(sixteen))
    result["rows"].append((f"the same, ticks only ({items})", *shown(record, ticks_only=True)))
    result["bytes"] = _bytes(page, result["largest"])
    device.context.close()
    return result


def _bytes(page: Page, version: int) -> int:
    # Bytes of transfer (after compression) that fit one code of ``version`` after the address.
    found = page.evaluate(_CODE, [flow.MINE + "#", version])
    return int(found["data"]) * 5 // 8


def _legibility(browser: Browser) -> list[tuple[str, int, float, int]]:
    # Per situation and version: camera pixels per module and views read (of len(VIEWS)).
    page = browser.new_page()
    page.set_content("<!doctype html><title>camera</title>")
    page.add_script_tag(path=str(VENDOR / "qrcode-generator" / "qrcode.js"))
    page.add_script_tag(path=str(VENDOR / "jsqr" / "jsQR.js"))
    rows = []
    for label, cm, css, distance, width, height, fov in SITUATIONS:
        size = cm / (2 * distance * math.tan(math.radians(fov / 2))) * width
        for version in VERSIONS:
            matrix = page.evaluate(_CODE, [flow.MINE + "#", version])["matrix"]
            read = 0
            for shift, angle, blur in VIEWS:
                frame = flow.camera_frame(
                    page,
                    matrix,
                    size=size,
                    width=width,
                    height=height,
                    screen=css,
                    angle=angle,
                    blur=blur,
                    shift=shift,
                )
                read += page.evaluate(_READ, [base64.b64encode(frame).decode(), width, height])
            rows.append((label, version, size / (len(matrix) + 8), read))
    page.close()
    return rows


def _print_capacity(sent: dict[str, dict[str, Any]]) -> None:
    for name, found in sent.items():
        codes, length = found["ticks"]
        print(
            f"One QR code shown {name} (version ≤ {found['largest']}, level M, with the address "
            f"{flow.MINE}):"
        )
        print()
        print(f"- {found['bytes']} bytes of compressed transfer;")
        word = "code" if codes == 1 else "codes"
        print(
            f"- all {found['items']} ticks of this site: {codes} {word}, link {length} characters;"
        )
        print(f"- all ticks and one answer of at most {found['answer with ticks']} characters;")
        print(f"- no ticks and one answer of at most {found['answer alone']} characters.")
        print()
    names = list(sent)
    print(f"| record | {' | '.join(f'QR codes {n}' for n in names)} | link (characters) |")
    print("| --- |" + " ---: |" * (len(names) + 1))
    rows = zip(*(sent[n]["rows"] for n in names), strict=True)
    for row in rows:
        counts = " | ".join(str(codes) for _, codes, _ in row)
        print(f"| {row[0][0]} | {counts} | {row[0][2]:,} |")
    print()


def _print_legibility(rows: list[tuple[str, int, float, int]], largest: dict[str, int]) -> bool:
    views = len(VIEWS)
    print(f"| situation | QR version | camera px per module | hand-held views read (of {views}) |")
    print("| --- | ---: | ---: | ---: |")
    ok = True
    for label, version, per_module, read in rows:
        shown_on = "on a laptop" if label.startswith("laptop") else "on a phone"
        used = version == largest[shown_on]
        mark = " ← largest used" if used else ""
        print(f"| {label} | {version}{mark} | {per_module:.2f} | {read} |")
        ok = ok and (not used or read >= views // 2)
    print()
    return ok


def _print_weight() -> None:
    bundle = assets.bundle(assets.SOURCE_DIR, "kompas-transfer.min.js").encode()
    qr = (VENDOR / "qrcode-generator" / "qrcode.js").read_bytes()
    reader = (VENDOR / "jsqr" / "jsQR.js").read_bytes()
    files = [
        ("kompas-transfer.min.js (served)", bundle, "Mijn checklist"),
        ("vendor/qrcode-generator/qrcode.js", qr, "when the transfer is opened"),
        ("vendor/jsqr/jsQR.js", reader, "when the camera is switched on"),
    ]
    print(f"{'file':<36} {'loads':<32} {'bytes':>8} {'gzip':>7}")
    for name, data, when in files:
        packed = len(gzip.compress(data, compresslevel=9, mtime=0))
        print(f"{name:<36} {when:<32} {len(data):>8} {packed:>7}")


if __name__ == "__main__":
    sys.exit(main())
