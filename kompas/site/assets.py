"""Our browser assets as served: each kind joined and minified into one bundle.

The sources stay readable in ``overrides/assets/kompas/`` (full names, one module per
concern); the build writes ``assets/kompas/kompas.min.js`` and ``kompas.min.css`` and drops
the copies of the sources. The JS modules are joined in load order inside one function, so
they share one scope and leave no globals; the minifier (tdewolff/minify, Go, from PyPI:
no Node.js needed) then renames every name in that scope. CSS is minified by rcssmin, which
only removes what is safe to remove (tdewolff's CSS minifier turns ``flex: 1 1 0`` into
``flex: 1``, which lays out differently).
"""

from __future__ import annotations

from pathlib import Path

import minify
import rcssmin

# Sources in load order, per bundle. A JS module may use what an earlier one declares, and
# (at run time, from inside a function) what a later one does.
BUNDLES = {
    "kompas.min.js": (
        "storage.js",
        "notice.js",
        "page-ids.js",
        "checklist.js",
        "answers.js",
        "progress.js",
        "compass.js",
        "snapshots.js",
        "mijn-checklist.js",
        "handout.js",
        "main.js",
    ),
    "kompas.min.css": ("kompas.css", "handout.css"),
}
ASSET_DIR = Path("assets") / "kompas"
_JS = "application/javascript"


class AssetError(Exception):
    """A source the minifier cannot parse (the message names the file)."""


def bundle(source_dir: Path, name: str) -> str:
    """The minified bundle ``name`` made from its sources in ``source_dir``."""
    sources = BUNDLES[name]
    parts = [(source_dir / src).read_text(encoding="utf-8") for src in sources]
    if name.endswith(".css"):
        return "\n".join(str(rcssmin.cssmin(p)) for p in parts) + "\n"
    minify.config({"js-keep-var-names": False})
    for src, text in zip(sources, parts, strict=True):
        try:  # each source on its own first, so that an error names its file
            minify.string(_JS, text)
        except minify.MinifyError as exc:
            raise AssetError(f"{source_dir / src}: {exc}") from None
    joined = '(() => {\n"use strict";\n' + "\n".join(parts) + "\n})();\n"
    return str(minify.string(_JS, joined)) + "\n"


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
