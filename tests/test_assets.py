"""The served JS and CSS bundles (kompas/site/assets.py): readable sources in, renamed and
minified bundles out, errors that name the source file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kompas.site import assets

SOURCES = assets.SOURCE_DIR


def _declared_names(source: str) -> set[str]:
    # Names declared at the top level of a module: `const name =` and `function name(`.
    return set(re.findall(r"^(?:const|let|function) ([A-Za-z_$][\w$]*)", source, re.M))


SCRIPTS = [src for name, srcs in assets.BUNDLES.items() if name.endswith(".js") for src in srcs]


def test_every_script_source_is_bundled_once() -> None:
    """Each .js file in overrides/assets/kompas/ is in exactly one JS bundle, once."""
    assert sorted(SCRIPTS) == sorted(p.name for p in SOURCES.glob("*.js"))
    assert len(set(SCRIPTS)) == len(SCRIPTS)


def test_modules_declare_distinct_full_names() -> None:
    """The modules share one scope: no name is declared twice, and names are not shortened."""
    seen: dict[str, str] = {}
    for name in SCRIPTS:
        for declared in _declared_names((SOURCES / name).read_text(encoding="utf-8")):
            assert declared not in seen, f"{declared} in {name} and {seen.get(declared)}"
            seen[declared] = name
            assert len(declared) >= 4, f"{name}: '{declared}' is not a full name"
    assert "storageKey" in seen and seen["storageKey"] == "storage.js"


@pytest.mark.parametrize(
    "name", ["kompas.min.js", "kompas-mijn.min.js", "kompas-transfer.min.js", "spiegel.min.js"]
)
def test_bundle_renames_locals_and_leaves_no_globals(name: str) -> None:
    """Each JS bundle is one function whose own names the minifier has renamed."""
    js = assets.bundle(SOURCES, name).rstrip()
    assert js.endswith("})()" if name == "kompas.min.js" else "})(window.__vertrouwenskompas)")
    shared = set(assets.shared_names(SOURCES, "kompas.min.js"))
    for src in assets.BUNDLES[name]:
        for local in _declared_names((SOURCES / src).read_text(encoding="utf-8")) - shared:
            kept = re.search(rf"(?<![\w$.]){re.escape(local)}\b(?!:)", js)  # not a property
            assert kept is None, f"{src}: {local} kept its name"
    raw = sum(len((SOURCES / n).read_text(encoding="utf-8")) for n in assets.BUNDLES[name])
    assert len(js) < raw * 0.6


def test_extension_gets_exactly_the_names_it_uses() -> None:
    """The checklist bundle hands over the names the extension's modules use, no others."""
    shared = assets.shared_names(SOURCES, "kompas.min.js")
    assert {"storage", "renderPage", "extensions", "checkRecord"} <= set(shared)
    assert "renderTicks" not in shared and "mount" not in shared
    js = assets.bundle(SOURCES, "kompas.min.js")
    assert js.count("window.__vertrouwenskompas=") == 1
    assert all(f"{n}:" in js for n in shared)


def test_only_storage_touches_local_storage() -> None:
    """One storage module: every other script of the theme (every .js outside vendor/, and
    every inline script of a template) reads and writes through it."""
    theme = assets.THEME_DIR
    scripts = {
        path.relative_to(theme).as_posix(): path.read_text(encoding="utf-8")
        for path in theme.rglob("*.js")
        if "vendor" not in path.relative_to(theme).parts
    }
    for path in theme.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for n, script in enumerate(re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S)):
            scripts[f"{path.relative_to(theme).as_posix()} (inline script {n + 1})"] = script
    assert {f"assets/kompas/{name}" for name in SCRIPTS} <= set(scripts)
    for name, text in scripts.items():
        uses = "localStorage" in text or "sessionStorage" in text
        assert uses == (name == "assets/kompas/storage.js"), name


def test_syntax_error_names_the_source(tmp_path: Path) -> None:
    """A script the minifier cannot parse stops the bundle with its file named."""
    shutil.copytree(SOURCES, tmp_path / "src")
    broken = tmp_path / "src" / "progress.js"
    broken.write_text("const renderProgress = (;\n", encoding="utf-8")
    with pytest.raises(assets.AssetError, match=r"progress\.js"):
        assets.bundle(tmp_path / "src", "kompas.min.js")


def test_a_name_declared_in_two_modules_names_the_bundle(tmp_path: Path) -> None:
    """Sources that each parse but clash when joined stop the bundle with its name."""
    shutil.copytree(SOURCES, tmp_path / "src")
    clash = tmp_path / "src" / "progress.js"
    clash.write_text(clash.read_text(encoding="utf-8") + "\nconst page = 1;\n", encoding="utf-8")
    with pytest.raises(assets.AssetError, match=r"kompas\.min\.js"):
        assets.bundle(tmp_path / "src", "kompas.min.js")


def test_cached_bundles_are_the_same_and_follow_their_sources(tmp_path: Path) -> None:
    """A second build takes its bundles from the cache, byte for byte what minifying gives;
    a changed source makes a new bundle, never the stale one."""
    src = shutil.copytree(SOURCES, tmp_path / "src")
    cache = tmp_path / "cache"
    cache.mkdir()
    first = {p.name: p.read_bytes() for p in assets.write_bundles(src, tmp_path / "a", cache)}
    assert len(list(cache.iterdir())) == len(assets.BUNDLES)
    again = {p.name: p.read_bytes() for p in assets.write_bundles(src, tmp_path / "b", cache)}
    assert again == first == {n: (assets.bundle(src, n)).encode() for n in assets.BUNDLES}
    (src / "progress.js").write_text(
        (src / "progress.js").read_text(encoding="utf-8") + "\nconst vkCacheProbe = 1;\n",
        encoding="utf-8",
    )
    changed = {p.name: p.read_bytes() for p in assets.write_bundles(src, tmp_path / "c", cache)}
    assert changed["kompas.min.js"] == assets.bundle(src, "kompas.min.js").encode()
    assert changed["kompas.min.js"] != first["kompas.min.js"]


def test_css_bundle_keeps_flex_basis() -> None:
    """The CSS minifier keeps `flex: 1 1 0` (a zero basis lays the handout's lines out)."""
    css = assets.bundle(SOURCES, "kompas.min.css")
    assert "flex:1 1 0" in css
