"""The theme's file listing (kompas/site/theme_files.py): what MkDocs copies stays the same."""

from __future__ import annotations

import fnmatch
from pathlib import Path

import material
from jinja2 import FileSystemLoader

from kompas.site import assets
from kompas.site.theme_files import ThemeLoader, listing

THEME_DIRS = [str(assets.THEME_DIR), str(Path(material.__file__).parent / "templates")]


def _hidden(name: str) -> bool:
    # MkDocs' own patterns for hidden files (mkdocs/structure/files.py, add_files_from_theme).
    return fnmatch.fnmatch(name.lower(), ".*") or fnmatch.fnmatch(name.lower(), "*/.*")


def test_listing_is_jinjas_without_the_hidden_files() -> None:
    """Every file Jinja lists that MkDocs would copy is listed, nothing more."""
    plain = FileSystemLoader(THEME_DIRS).list_templates()
    ours = ThemeLoader(THEME_DIRS).list_templates()
    assert ours == [name for name in plain if not _hidden(name)]
    assert (
        "main.html" in ours and "assets/kompas/kompas.css" in ours and "kompas/_head.html" in ours
    )
    assert len(ours) < len(plain) / 10  # Material's hidden icon folders are skipped


def test_a_folder_is_walked_once_per_process(tmp_path: Path) -> None:
    """The listing is cached: the theme does not change while a server runs."""
    (tmp_path / "a.css").write_text("", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x").write_text("", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".hidden").write_text("", encoding="utf-8")
    assert ThemeLoader([str(tmp_path)]).list_templates() == ["a.css"]
    (tmp_path / "sub" / "b.js").write_text("", encoding="utf-8")
    assert ThemeLoader([str(tmp_path)]).list_templates() == ["a.css"]
    listing.cache_clear()
    assert ThemeLoader([str(tmp_path)]).list_templates() == ["a.css", "sub/b.js"]
