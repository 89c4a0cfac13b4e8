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

import functools
import hashlib
import os
import re
import shutil
from importlib.metadata import version
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
    body = "\n".join(parts)
    if name in EXTENDS:
        used = set().union(*map(_names_used, parts))
        names = ", ".join(n for n in shared_names(source_dir, EXTENDS[name]) if n in used)
        take_back = f'"use strict";\nconst {{ {names} }} = kompas;'
        joined = f"((kompas) => {{\n{take_back}\n{body}\n}})({_SHARED});\n"
    else:
        shared = shared_names(source_dir, name) if name in EXTENDS.values() else []
        hand_over = f"\n{_SHARED} = {{ {', '.join(shared)} }};" if shared else ""
        joined = f'(() => {{\n"use strict";\n{body}{hand_over}\n}})();\n'
    try:
        return str(minify.string(_JS, joined)) + "\n"
    except minify.MinifyError as joined_error:
        for src, text in zip(BUNDLES[name], parts, strict=True):
            try:  # each source on its own, so that the error names its file
                minify.string(_JS, text)
            except minify.MinifyError as exc:
                raise AssetError(f"{source_dir / src}: {exc}") from None
        # Each source parses, together they do not (a name declared in two modules).
        raise AssetError(f"{source_dir} ({name}, its sources joined): {joined_error}") from None


def shared_names(source_dir: Path, name: str) -> list[str]:
    """The names declared by bundle ``name`` that its extensions' modules use."""
    declared = {n for text in _read(source_dir, name) for n in _DECLARED.findall(text)}
    used: set[str] = set()
    for ext, base in EXTENDS.items():
        if base == name:
            used = used.union(*map(_names_used, _read(source_dir, ext)))
    return sorted(declared & used)


@functools.lru_cache(maxsize=256)
def _names_used(text: str) -> frozenset[str]:
    # The names a source uses (each source is scanned once per process, however many
    # bundles ask: the base bundle's hand-over and each extension's take-back).
    return frozenset(_NAME_USED.findall(text))


def write_bundles(source_dir: Path, site_dir: Path, cache: Path | None = None) -> list[Path]:
    """Write every bundle into the built site and remove the copied sources there.

    With a ``cache`` folder, a bundle made once from the same sources (and the same bundling
    code) is taken from there instead of being minified again.
    """
    out_dir = site_dir / ASSET_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    key = _sources_digest(source_dir) if cache else ""
    written = []
    for name, sources in BUNDLES.items():
        target = out_dir / name
        kept = cache / f"{key}-{name}" if cache else None
        if kept and kept.is_file():
            shutil.copyfile(kept, target)
        else:
            target.write_text(bundle(source_dir, name), encoding="utf-8")
            if kept:  # written beside, then renamed: never a bundle read half written
                part = kept.with_name(f"{kept.name}.{os.getpid()}")
                shutil.copyfile(target, part)
                os.replace(part, kept)
        written.append(target)
        for src in sources:
            (out_dir / src).unlink(missing_ok=True)
    return written


def _sources_digest(source_dir: Path) -> str:
    # What every bundle is made from: each source, this module and the minifiers' versions.
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(f"{version('tdewolff-minify')}|{version('rcssmin')}".encode())
    for name in BUNDLES:
        for text in _read(source_dir, name):
            digest.update(text.encode())
    return digest.hexdigest()[:20]


def _read(source_dir: Path, name: str) -> list[str]:
    # The sources of bundle ``name``, in load order.
    return [(source_dir / src).read_text(encoding="utf-8") for src in BUNDLES[name]]
