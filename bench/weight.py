"""Weight of our own browser assets against the budget, with Material's bundle for comparison.

Prints the gzipped size (level 9) of every source under kompas/theme/assets/kompas/ and of the
minified bundles the build serves (kompas/site/assets.py). What every page loads (the general
bundles and our inline script) is held to the budget: JS <= 5 KB, CSS <= 2.5 KB gzipped
(issue 11). The extension bundles that only Mijn checklist and the handout load are shown
beside it, and so are our self-hosted woff2 fonts (a page that uses regular and bold
loads <= 80 KB). Exits 1 when a budget is exceeded. Usage: ``python bench/weight.py``.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

import material

from kompas.site import assets

ROOT = Path(__file__).resolve().parent.parent
OURS = assets.SOURCE_DIR
MATERIAL = Path(material.__file__).resolve().parent / "templates" / "assets"
BUDGET = {".js": 5120, ".css": 2560}
FONTS = assets.THEME_DIR / "assets" / "vendor" / "fonts"
# The woff2 files a page that uses regular and bold text loads (already compressed).
FONT_PAGE = ("*-400-normal.woff2", "*-700-normal.woff2")
FONT_BUDGET = 80 * 1024
# The pages that load each extension bundle (kompas/theme/assets/kompas/main.js loads them;
# bench/spiegel.py holds the spiegel's to its own budget).
WHERE = {
    "kompas-mijn.min.js": "Mijn checklist, handout",
    "kompas-transfer.min.js": "Mijn checklist",
    "spiegel.min.js": "De spiegel (2 pages)",
    "spiegel.min.css": "De spiegel (2 pages)",
}


def main() -> int:
    """Print the table; 1 when our JS or CSS is over budget."""
    totals = dict.fromkeys(BUDGET, 0)
    print(f"{'file':<58} {'bytes':>8} {'gzip':>7}")
    for path in sorted(OURS.rglob("*")):
        if path.suffix in BUDGET:
            raw, packed = _sizes(path.read_bytes())
            print(f"{path.relative_to(ROOT).as_posix():<58} {raw:>8} {packed:>7}  (source)")
    served = [(name, assets.bundle(OURS, name).encode()) for name in assets.BUNDLES]
    served.append(("inline script in kompas/_head.html", _inline_script()))
    for name, data in served:
        raw, packed = _sizes(data)
        general = name in assets.GENERAL or name.startswith("inline")
        if general:
            totals[".js" if name.startswith("inline") else Path(name).suffix] += packed
        where = "every page" if general else WHERE.get(name, "")
        print(f"{'served: ' + name:<44} {where:<23} {raw:>8} {packed:>7}")
    over = False
    for suffix, limit in BUDGET.items():
        ok = totals[suffix] <= limit
        over = over or not ok
        verdict = "ok" if ok else "OVER BUDGET"
        print(f"ours {suffix[1:]:<4} total {totals[suffix]:>6} B gzip (budget {limit} B) {verdict}")
    over = _fonts() or over
    print("Material for comparison:")
    for pattern in ("javascripts/bundle.*.min.js", "stylesheets/*.min.css"):
        for path in sorted(MATERIAL.glob(pattern)):
            raw, packed = _sizes(path.read_bytes())
            print(f"  {path.relative_to(MATERIAL).as_posix():<56} {raw:>8} {packed:>7}")
    return 1 if over else 0


def _fonts() -> bool:
    # Print the woff2 files and the fonts of a page with regular and bold; True when over.
    for path in sorted(FONTS.rglob("*.woff2")):
        print(f"{path.relative_to(ROOT).as_posix():<58} {path.stat().st_size:>8}")
    page = sum(path.stat().st_size for pattern in FONT_PAGE for path in FONTS.rglob(pattern))
    ok = page <= FONT_BUDGET
    verdict = "ok" if ok else "OVER BUDGET"
    print(f"fonts of a page (regular + bold) {page:>6} B woff2 (budget {FONT_BUDGET} B) {verdict}")
    return not ok


def _sizes(data: bytes) -> tuple[int, int]:
    # Raw and gzipped size in bytes.
    return len(data), len(gzip.compress(data, compresslevel=9, mtime=0))


def _inline_script() -> bytes:
    # The small inline script the plugin adds to every page (kompas/theme/kompas/_head.html).
    html = (assets.THEME_DIR / "kompas" / "_head.html").read_text(encoding="utf-8")
    return "".join(re.findall(r"<script>(.*?)</script>", html, re.S)).encode()


if __name__ == "__main__":
    sys.exit(main())
