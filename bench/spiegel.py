"""De spiegel: how long a participant's code is, which QR version shows it, and what the
spiegel pages' scripts weigh (they load only on those pages, outside the general budget: the
spiegel's own script, the bundle spiegel.min.js, has a budget of its own, 7 KB gzipped); then,
in Chromium on this repository's site, how long the facilitator's page takes to count 100
codes pasted at once (target: under a second) and how thirty codes held up in a row before a
fake camera come in (``--no-browser`` skips both).

The code is made with the format in kompas/site/spiegel.py (the browser makes the same);
the QR version is segno's for that text at error correction level M in alphanumeric mode,
as the participants' page draws it (tests/test_spiegel.py checks that the sizes agree).
Usage: ``python -m bench.spiegel``.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import math
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import segno
import yaml

from bench.common import CHROMIUM, NO_PDF, mkdocs
from kompas.site import assets, spiegel

ROOT = Path(__file__).resolve().parent.parent
PRINCIPLES = ROOT / "content_src" / "principles"
# The spiegel's own bundles (kompas/site/assets.py), and its vendored libraries with when
# they load.
BUNDLES = ("spiegel.min.js", "spiegel.min.css")
VENDOR = [
    ("kompas/theme/assets/vendor/qrcode-generator/qrcode.js", "when a QR code is drawn"),
    ("kompas/theme/assets/vendor/jsqr/jsQR.js", "facilitator, when the camera is switched on"),
]
SCRIPT_BUDGET = 7 * 1024
# A phone shows a QR code legibly up to about version 10 (57 x 57 modules).
LEGIBLE = 10


def main() -> int:
    """Print the two tables; 1 when a code for every principle would not be legible."""
    principles = [
        p
        for path in sorted(PRINCIPLES.glob("*.yml"))
        for p in yaml.safe_load(path.read_text(encoding="utf-8"))["principles"]
    ]
    largest = sorted(principles, key=lambda p: -len(p["checklist"]))
    cases = [
        ("5 principles (the 5 with the most items)", largest[:5]),
        (f"all {len(principles)} principles", principles),
    ]
    print("| choice | items | code (characters) | QR version (level M) | modules |")
    print("| --- | ---: | ---: | ---: | ---: |")
    worst = 0
    for label, chosen in cases:
        items = [i["id"] for p in chosen for i in p["checklist"]]
        code = spiegel.encode("AB12", items, "XYZ123", ["vaak"] * len(items))
        qr = segno.make_qr(code, error="m", boost_error=False)
        assert qr.mode == "alphanumeric"
        worst = max(worst, int(qr.version))
        modules = qr.symbol_size(border=0)[0]
        print(f"| {label} | {len(items)} | {len(code)} | {qr.version} | {modules} |")
    print()
    print(f"{'file':<54} {'loads on':<44} {'bytes':>8} {'gzip':>7}")
    served = [
        (f"served: assets/kompas/{name}", "both pages", assets.bundle(assets.SOURCE_DIR, name))
        for name in BUNDLES
    ]
    vendor = [(name, when, (ROOT / name).read_text(encoding="utf-8")) for name, when in VENDOR]
    script = 0
    for name, when, text in served + vendor:
        data = text.encode("utf-8")
        packed = len(gzip.compress(data, compresslevel=9, mtime=0))
        script = packed if name.endswith("spiegel.min.js") else script
        print(f"{name:<54} {when:<44} {len(data):>8} {packed:>7}")
    verdict = "legible" if worst <= LEGIBLE else "TOO LARGE"
    print(f"\nLargest QR version {worst} (a phone shows up to {LEGIBLE} legibly): {verdict}")
    fits = script <= SCRIPT_BUDGET
    print(f"spiegel.min.js {script} B gzip (budget {SCRIPT_BUDGET} B): {'ok' if fits else 'OVER'}")
    ids = 36**6
    collide = 1 - math.prod((ids - k) / ids for k in range(100))
    print(f"100 participants draw the same 6-character response id: p = {collide:.1e}")
    if "--no-browser" not in sys.argv:
        print()
        for line in in_the_browser(principles):
            print(line)
    return 0 if worst <= LEGIBLE and fits else 1


def in_the_browser(principles: list[dict[str, Any]]) -> list[str]:
    """The paste of 100 codes and the camera's row of 30, timed in Chromium."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        project = Path(tmp) / "site"
        for name in ("content_src", "docs", "overrides", "mkdocs.yml"):
            copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
            copy(ROOT / name, project / name)
        mkdocs(project, env=NO_PDF)
        with _served(project / "site") as url:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=_ARGS)
            page = browser.new_page()
            page.goto(url + "spiegel/")
            page.get_by_role("button", name="Start de sessie").click()
            session = page.url.split("s=")[1][:4]
            items = [i["id"] for p in principles for i in p["checklist"]]
            page.locator("[data-spiegel-paste]").fill("\n".join(_codes(session, items, 100)))
            took = page.evaluate(_PASTE)
            count = page.locator("[data-spiegel-count]").text_content()
            browser.close()
            lines = [
                f"100 codes for all {len(principles)} principles pasted at once: {count} counted "
                f"in {took:.0f} ms (target: under 1000 ms)"
            ]
            lines.append(_camera_row(pw, url, principles[0], Path(tmp)))
    return lines


def _camera_row(pw: Any, url: str, principle: dict[str, Any], tmp: Path) -> str:
    # Thirty codes in a row before a fake camera: when all thirty are in, and how many after
    # the row has passed once.
    items = [i["id"] for i in principle["checklist"]]
    codes = _codes("ROW1", items, 30)
    video = _row_video(codes, tmp / "row.y4m")
    args = [*_ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]
    browser = pw.chromium.launch(
        executable_path=CHROMIUM, args=[*args, f"--use-file-for-fake-video-capture={video}"]
    )
    page = browser.new_page()
    page.goto(f"{url}spiegel/?s=ROW1&p={principle['id']}")
    page.get_by_role("button", name="Scan codes met de camera").click()
    start = time.perf_counter()
    page.wait_for_timeout(_ROW_SECONDS * 1000 + 2000)
    first = page.locator("[data-spiegel-count]").text_content()
    page.wait_for_function("document.querySelector('[data-spiegel-count]').textContent == '30'")
    took = time.perf_counter() - start
    browser.close()
    return (
        f"30 codes in a row before a fake camera ({_ROW_SECONDS} s of video, "
        f"{_ROW_FRAMES / 5:.1f} s a code): {first} of 30 in after one pass, "
        f"all 30 after {took:.0f} s"
    )


def _codes(session: str, items: list[str], count: int) -> list[str]:
    # ``count`` participants' codes, each with an id of its own and answers of its own.
    return [
        spiegel.encode(
            session,
            items,
            f"B{n:05d}",
            [spiegel.SCALE[(n + k) % len(spiegel.SCALE)] for k in range(len(items))],
        )
        for n in range(count)
    ]


def _row_video(codes: list[str], out: Path) -> Path:
    # A 320 x 240 grey video at 5 frames a second: each code for _ROW_FRAMES frames, then a
    # blank frame (Chromium's fake camera plays it in a loop).
    width, height = 320, 240
    chroma = bytes([128]) * (width * height // 2)
    blank = b"FRAME\n" + b"\xff" * (width * height) + chroma
    with out.open("wb") as video:
        video.write(f"YUV4MPEG2 W{width} H{height} F5:1 Ip A1:1 C420jpeg\n".encode())
        for code in codes:
            matrix = segno.make_qr(code, error="m", boost_error=False).matrix
            frame = bytearray(b"\xff" * (width * height))
            scale = 4
            left = (width - (len(matrix) + 8) * scale) // 2 + 4 * scale
            top = (height - (len(matrix) + 8) * scale) // 2 + 4 * scale
            for r, row in enumerate(matrix):
                for c, dark in enumerate(row):
                    if dark:
                        for y in range(top + r * scale, top + (r + 1) * scale):
                            x = left + c * scale
                            frame[y * width + x : y * width + x + scale] = b"\x00" * scale
            video.write((b"FRAME\n" + bytes(frame) + chroma) * _ROW_FRAMES + blank)
    return out


@contextmanager
def _served(folder: Path) -> Iterator[str]:
    # ``folder`` served on a free port of this computer, quietly.
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run"]
# Frames a code is shown for (at 5 a second), and the row's length in seconds.
_ROW_FRAMES = 6
_ROW_SECONDS = 30 * (_ROW_FRAMES + 1) // 5
# Clicks "Codes toevoegen" and returns how long the page took to take every code (ms).
_PASTE = """() => {
  const start = performance.now();
  document.querySelector("[data-act=paste]").click();
  return performance.now() - start;
}"""


if __name__ == "__main__":
    sys.exit(main())
