"""The served JS and CSS bundles (kompas/site/assets.py): readable sources in, renamed and
minified bundles out, errors that name the source file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kompas.site import assets
from tests.conftest import ROOT

SOURCES = ROOT / "overrides" / assets.ASSET_DIR


def _declared_names(source: str) -> set[str]:
    # Names declared at the top level of a module: `const name =` and `function name(`.
    return set(re.findall(r"^(?:const|let|function) ([A-Za-z_$][\w$]*)", source, re.M))


def test_every_script_source_is_bundled_once() -> None:
    """Each .js file in overrides/assets/kompas/ is in the JS bundle exactly once."""
    listed = assets.BUNDLES["kompas.min.js"]
    assert sorted(listed) == sorted(p.name for p in SOURCES.glob("*.js"))
    assert len(set(listed)) == len(listed)


def test_modules_declare_distinct_full_names() -> None:
    """The modules share one scope: no name is declared twice, and names are not shortened."""
    seen: dict[str, str] = {}
    for name in assets.BUNDLES["kompas.min.js"]:
        for declared in _declared_names((SOURCES / name).read_text(encoding="utf-8")):
            assert declared not in seen, f"{declared} in {name} and {seen.get(declared)}"
            seen[declared] = name
            assert len(declared) >= 4, f"{name}: '{declared}' is not a full name"
    assert "storageKey" in seen and seen["storageKey"] == "storage.js"


def test_bundle_renames_locals_and_leaves_no_globals() -> None:
    """The JS bundle is one function whose own names the minifier has renamed."""
    js = assets.bundle(SOURCES, "kompas.min.js")
    assert js.startswith("(()=>{") and js.rstrip().endswith("})()")
    for name in ("moveAliasedEntries", "readStoredRecord", "mountHandout", "renderProgress"):
        assert name not in js
    raw = sum(
        len((SOURCES / n).read_text(encoding="utf-8")) for n in assets.BUNDLES["kompas.min.js"]
    )
    assert len(js) < raw * 0.6


def test_only_storage_touches_local_storage() -> None:
    """One storage module: every other script reads and writes through it."""
    for name in assets.BUNDLES["kompas.min.js"]:
        uses = "localStorage" in (SOURCES / name).read_text(encoding="utf-8")
        assert uses == (name == "storage.js"), name


def test_syntax_error_names_the_source(tmp_path: Path) -> None:
    """A script the minifier cannot parse stops the bundle with its file named."""
    shutil.copytree(SOURCES, tmp_path / "src")
    broken = tmp_path / "src" / "progress.js"
    broken.write_text("const renderProgress = (;\n", encoding="utf-8")
    with pytest.raises(assets.AssetError, match=r"progress\.js"):
        assets.bundle(tmp_path / "src", "kompas.min.js")


def test_css_bundle_keeps_flex_basis() -> None:
    """The CSS minifier keeps `flex: 1 1 0` (a zero basis lays the handout's lines out)."""
    css = assets.bundle(SOURCES, "kompas.min.css")
    assert "flex:1 1 0" in css
