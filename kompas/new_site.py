"""``kompas new DIR``: a new kompas site that builds at once.

The files come from ``kompas/scaffold/`` (shipped in the package): ``mkdocs.yml`` with the
plugin, a home page that lists the articles by itself, one short example article (CC0), a
README and a Makefile with the two commands. The example is converted right away, so that
``kompas convert --check`` passes in the new folder. Nothing is written into a folder that
holds files, and a failure leaves no half-made site behind.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from importlib.resources import as_file, files
from pathlib import Path

from kompas import convert
from kompas.errors import ContentError

# Files whose name in the package differs from their name in the site.
_RENAMED = {"gitignore": ".gitignore"}


def create(target: Path, name: str = "") -> list[Path]:
    """Make a new site in ``target`` (absent or empty); returns the files written.

    ``name`` is the site's name (default: from the folder name). Raises ContentError when
    ``target`` is a file or a folder with files in it.
    """
    if target.exists() and not target.is_dir():
        raise ContentError(target, None, "this is a file, not a folder", "name a new folder")
    if target.is_dir() and any(target.iterdir()):
        raise ContentError(
            target,
            None,
            "the folder is not empty; kompas new writes only into a new or empty folder",
            "name a new folder, e.g. `kompas new mijn-kompas`",
        )
    site_name = name or target.resolve().name.replace("-", " ").replace("_", " ").capitalize()
    parent = target.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    # Made next to the target and moved into place at the end: never half a site.
    with tempfile.TemporaryDirectory(dir=parent, prefix=".kompas-new-") as tmp:
        made = Path(tmp) / "site"
        with as_file(files("kompas") / "scaffold") as scaffold:
            _copy(Path(scaffold), made, site_name)
        results = convert.convert(made, full=True)
        convert.write(results)
        if target.is_dir():
            target.rmdir()
        shutil.move(str(made), str(target))
    return sorted(p for p in target.rglob("*") if p.is_file())


def _copy(scaffold: Path, made: Path, site_name: str) -> None:
    # Every file of the scaffold, with the site's name filled in.
    for src in sorted(scaffold.rglob("*")):
        if not src.is_file() or "__pycache__" in src.parts:
            continue
        rel = src.relative_to(scaffold)
        dest = made / rel.parent / _RENAMED.get(rel.name, rel.name)
        dest.parent.mkdir(parents=True, exist_ok=True)
        text = src.read_text(encoding="utf-8")
        text = text.replace("{{ site_name_yaml }}", json.dumps(site_name, ensure_ascii=False))
        dest.write_text(text.replace("{{ site_name }}", site_name), encoding="utf-8")
