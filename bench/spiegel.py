"""De spiegel: how long a participant's code is, which QR version shows it, and what the
spiegel pages' scripts weigh (they load only on those pages, outside the general budget: the
spiegel's own script, the bundle spiegel.min.js, has a budget of its own, 7 KB gzipped).

The code is made with the format in kompas/site/spiegel.py (the browser makes the same);
the QR version is segno's for that text at error correction level M in alphanumeric mode,
as the participants' page draws it (tests/test_spiegel.py checks that the sizes agree).
Usage: ``python -m bench.spiegel``.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import segno
import yaml

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
        code = spiegel.encode("AB12", items, "XYZ", ["vaak"] * len(items))
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
    return 0 if worst <= LEGIBLE and fits else 1


if __name__ == "__main__":
    sys.exit(main())
