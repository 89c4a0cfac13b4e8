"""Our browser assets as served: each kind minified and joined into one bundle.

The sources stay readable in ``overrides/assets/kompas/``; the build writes
``assets/kompas/kompas.min.js`` and ``kompas.min.css`` and drops the copies of the sources.
"""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

# Sources in load order, per bundle.
BUNDLES = {
    "kompas.min.js": ("kompas.js", "handout.js"),
    "kompas.min.css": ("fonts.css", "kompas.css", "handout.css"),
}
ASSET_DIR = Path("assets") / "kompas"


def bundle(source_dir: Path, name: str) -> str:
    """The minified bundle ``name`` made from its sources in ``source_dir``."""
    parts = [(source_dir / src).read_text(encoding="utf-8") for src in BUNDLES[name]]
    if name.endswith(".js"):
        return ";\n".join(str(rjsmin.jsmin(p)) for p in parts) + "\n"
    return "\n".join(str(rcssmin.cssmin(p)) for p in parts) + "\n"


def write_bundles(source_dir: Path, site_dir: Path) -> list[Path]:
    """Write every bundle into the built site and remove the copied sources there."""
    out_dir = site_dir / ASSET_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, sources in BUNDLES.items():
        target = out_dir / name
        target.write_text(bundle(source_dir, name), encoding="utf-8")
        written.append(target)
        for src in sources:
            (out_dir / src).unlink(missing_ok=True)
    return written
