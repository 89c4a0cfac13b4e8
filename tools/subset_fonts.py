"""Regenerate the site's self-hosted fonts in overrides/assets/vendor/fonts/.

Fetches the pinned npm package with ``npm pack`` (into a temporary directory; no
node_modules), subsets its Latin woff2 files to the characters Dutch text needs and writes
them, with the package's OFL licence, next to a note of what was done. The output is
committed, so building or serving the site never needs Node.js or this script.

Needs npm and fontTools with brotli (not part of requirements.txt; only this script uses them):

    python -m venv /tmp/fontvenv && /tmp/fontvenv/bin/pip install fonttools==4.68.0 brotli==1.2.1
    /tmp/fontvenv/bin/python tools/subset_fonts.py
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from fontTools import subset

PACKAGE = "@fontsource/atkinson-hyperlegible"
VERSION = "5.3.0"
FAMILY = "atkinson-hyperlegible"
# Regular, bold, italic: nothing else is used (bold italic is synthesised by the browser).
STYLES = ("400-normal", "700-normal", "400-italic")
# What Dutch text needs: ASCII, Latin-1 (ë é ï ö ü ç … and ·, «», ¿ ¡, nbsp, soft hyphen),
# dashes, typographic quotes, bullet, ellipsis, per mille, single guillemets, euro, ™, minus.
UNICODES = (
    "U+0020-007E,U+00A0-00FF,U+2010-2015,U+2018-201E,U+2020-2022,U+2026,U+2030,"
    "U+2039-203A,U+20AC,U+2122,U+2212"
)
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kompas" / "theme" / "assets" / "vendor" / "fonts" / FAMILY
NOTE = """# {family}

Self-hosted font of the site (no request to another host). Regenerate with
`tools/subset_fonts.py`; do not edit these files by hand.

- Source: npm package `{package}@{version}` (files/{family}-latin-*.woff2)
- Licence: SIL Open Font License 1.1, see LICENSE (Braille Institute of America)
- Styles: {styles}
- Subset (fontTools pyftsubset, layout features and hinting kept): {unicodes}
"""


def main() -> int:
    """Fetch the package, subset every style into OUT and write LICENSE and README.md."""
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        subprocess.run(["npm", "pack", "--silent", f"{PACKAGE}@{VERSION}"], cwd=work, check=True)
        (tgz,) = work.glob("*.tgz")
        with tarfile.open(tgz) as tar:
            tar.extractall(work, filter="data")
        files = work / "package" / "files"
        for style in STYLES:
            source = files / f"{FAMILY}-latin-{style}.woff2"
            target = OUT / f"{FAMILY}-{style}.woff2"
            subset.main(
                [
                    str(source),
                    f"--unicodes={UNICODES}",
                    "--flavor=woff2",
                    "--layout-features=*",
                    f"--output-file={target}",
                ]
            )
            sizes = f"{source.stat().st_size} -> {target.stat().st_size} B"
            print(f"{target.relative_to(ROOT)}: {sizes}")
        licence = (work / "package" / "LICENSE").read_text(encoding="utf-8")
    (OUT / "LICENSE").write_text(licence, encoding="utf-8")
    note = NOTE.format(
        family=FAMILY, package=PACKAGE, version=VERSION, styles=", ".join(STYLES), unicodes=UNICODES
    )
    (OUT / "README.md").write_text(note, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
