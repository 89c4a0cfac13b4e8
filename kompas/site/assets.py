"""Our browser assets as served: each kind joined and minified into bundles.

The sources stay readable in ``kompas/theme/assets/kompas/`` (full names, one module per
concern); the build writes the bundles into ``assets/kompas/`` and drops the copies of the
sources. The modules of a JS bundle are joined in load order inside one function, so they
share one scope and leave no globals; the minifier (tdewolff/minify, Go, from PyPI: no
Node.js needed) then renames every name in that scope.

``kompas.min.js`` is loaded by every page. ``kompas-mijn.min.js`` extends it on the pages
that need more (Mijn checklist, the handout), ``kompas-transfer.min.js`` on Mijn checklist
(the transfer to another device), ``spiegel.min.js`` on De spiegel's two pages (their
template links ``spiegel.min.css``); main.js loads them: the checklist bundle hands the names
the extensions' modules use to them as ``window.__vertrouwenskompas``, and each extension
takes them back as local names, so all keep their sources' names and all are renamed by the
minifier. CSS is minified by rcssmin, which only removes what is safe to
remove (tdewolff's CSS minifier turns ``flex: 1 1 0`` into ``flex: 1``, which lays out
differently).
"""

from __future__ import annotations

import re
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
        "export-reminder.js",
        "main.js",
    ),
    "kompas-mijn.min.js": (
        "snapshots.js",
        "mijn-checklist.js",
        "reminder.js",
        "data-panel.js",
        "handout.js",
        "mijn-main.js",
    ),
    "kompas-transfer.min.js": (
        "transfer-code.js",
        "transfer-merge.js",
        "transfer-qr.js",
        "transfer-send.js",
        "transfer-receive.js",
        "transfer-main.js",
    ),
    "kompas.min.css": ("fonts.css", "kompas.css", "handout.css"),
    "spiegel.min.js": (
        "spiegel-code.js",
        "spiegel-state.js",
        "spiegel-view.js",
        "spiegel-participant.js",
        "spiegel-mirror.js",
        "spiegel-present.js",
        "spiegel-report.js",
        "spiegel-camera.js",
        "spiegel-paper.js",
        "spiegel-link.js",
        "spiegel-facilitator.js",
        "spiegel-main.js",
    ),
    "spiegel.min.css": ("spiegel.css",),
}
# An extension bundle and the bundle whose names it uses.
EXTENDS = {
    "kompas-mijn.min.js": "kompas.min.js",
    "kompas-transfer.min.js": "kompas.min.js",
    "spiegel.min.js": "kompas.min.js",
}
# Bundles every page loads (the others only where main.js asks for them).
GENERAL = ("kompas.min.js", "kompas.min.css")
ASSET_DIR = Path("assets") / "kompas"
# The package's theme folder (templates and assets, added to the site's theme by the plugin)
# and our readable script and style sources in it.
THEME_DIR = Path(__file__).resolve().parent.parent / "theme"
SOURCE_DIR = THEME_DIR / ASSET_DIR
_JS = "application/javascript"
_SHARED = "window.__vertrouwenskompas"
# A module's own names: its top-level `const name =` and `function name(` declarations.
_DECLARED = re.compile(r"^(?:const|function) ([A-Za-z_$][\w$]*)", re.M)
# A name as used in code (not a property: no dot before it).
_NAME_USED = re.compile(r"(?<![\w$.])[A-Za-z_$][\w$]*")


class AssetError(Exception):
    """A source the minifier cannot parse (the message names the file)."""


def bundle(source_dir: Path, name: str) -> str:
    """The minified bundle ``name`` made from its sources in ``source_dir``."""
    parts = _read(source_dir, name)
    if name.endswith(".css"):
        return "\n".join(str(rcssmin.cssmin(p)) for p in parts) + "\n"
    minify.config({"js-keep-var-names": False})
    for src, text in zip(BUNDLES[name], parts, strict=True):
        try:  # each source on its own first, so that an error names its file
            minify.string(_JS, text)
        except minify.MinifyError as exc:
            raise AssetError(f"{source_dir / src}: {exc}") from None
    body = "\n".join(parts)
    if name in EXTENDS:
        used = {w for text in parts for w in _NAME_USED.findall(text)}
        names = ", ".join(n for n in shared_names(source_dir, EXTENDS[name]) if n in used)
        joined = f'((kompas) => {{\n"use strict";\nconst {{ {names} }} = kompas;\n{body}\n}})({_SHARED});\n'
    else:
        shared = shared_names(source_dir, name) if name in EXTENDS.values() else []
        hand_over = f"\n{_SHARED} = {{ {', '.join(shared)} }};" if shared else ""
        joined = f'(() => {{\n"use strict";\n{body}{hand_over}\n}})();\n'
    return str(minify.string(_JS, joined)) + "\n"


def shared_names(source_dir: Path, name: str) -> list[str]:
    """The names declared by bundle ``name`` that its extensions' modules use."""
    declared = {n for text in _read(source_dir, name) for n in _DECLARED.findall(text)}
    used: set[str] = set()
    for ext, base in EXTENDS.items():
        if base == name:
            used |= {w for text in _read(source_dir, ext) for w in _NAME_USED.findall(text)}
    return sorted(declared & used)


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


def _read(source_dir: Path, name: str) -> list[str]:
    # The sources of bundle ``name``, in load order.
    return [(source_dir / src).read_text(encoding="utf-8") for src in BUNDLES[name]]
