"""The handout's build, without a browser: what `mkdocs build` says and writes when the PDF
cannot or need not be printed, and the PDF switch (printing itself: tests/test_handout.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompas.site import handout, pdf
from tests.conftest import copy_project
from tests.helpers import mkdocs_build_logged


def test_build_without_chromium_says_so_in_one_line(tmp_path: Path) -> None:
    """No browser: the strict build succeeds, says so in one info line and writes no PDF."""
    project = copy_project(tmp_path)
    missing = tmp_path / "no-chromium"
    result = mkdocs_build_logged(project, KOMPAS_CHROMIUM=str(missing))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "PDF" in line]
    assert lines == [
        f"INFO    -  kompas: PDF skipped: '{missing}' not found "
        "(install it or set the option 'chromium')"
    ]
    assert not (project / "site" / handout.PDF).exists()
    assert (project / "site" / "handout" / "index.html").is_file()


def test_site_without_handout_page_builds_without_pdf(tmp_path: Path) -> None:
    """Without the handout among the tools there is nothing to print and nothing is said
    about a PDF."""
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "      articles: content_src\n",
        "      articles: content_src\n      tools: [mijn-checklist, spiegel]\n",
    )
    config.write_text(text, encoding="utf-8")
    result = mkdocs_build_logged(project)
    assert result.returncode == 0, result.stderr
    assert "PDF" not in result.stderr
    assert not (project / "site" / "downloads").exists()


@pytest.mark.parametrize("value", ["0", "off", "false"])
def test_switch_skips_the_pdf(tmp_path: Path, value: str) -> None:
    """KOMPAS_PDF=0 (the plugin's `pdf` option through !ENV) skips printing before any
    browser is looked for."""
    project = copy_project(tmp_path)
    result = mkdocs_build_logged(project, KOMPAS_PDF=value, KOMPAS_CHROMIUM="/bin/false")
    assert result.returncode == 0, result.stderr
    assert "PDF" not in result.stderr
    assert not (project / "site" / handout.PDF).exists()


def test_a_browser_that_cannot_print_is_an_error(tmp_path: Path) -> None:
    """A Chromium that is there but fails makes a PdfError (the build stops), never silence."""
    page = tmp_path / "index.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    with pytest.raises(pdf.PdfError, match=r"^PDF failed: /\S*false could not print "):
        pdf.build(page, tmp_path / "out.pdf", "/bin/false")
    assert not (tmp_path / "out.pdf").exists()
