"""Helpers shared by test modules (test modules never import each other)."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

# The colour schemes axe checks: light, dark, and dark as a stored choice of an earlier visit
# (the value is Material's scheme name the page should end up with).
SCHEMES = {"light": "default", "dark": "slate", "dark-stored": "slate"}
# axe-core from the pinned PyPI package axe-playwright-python: injected, never fetched.
AXE = (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")
# Resolves once no transition or animation has run for two checks 100 ms apart (a scroll
# handler may start one a frame after the action that scrolled).
SETTLED = """async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const busy = () => document.getAnimations().some((a) => a.playState === "running");
  for (let quiet = 0, n = 0; quiet < 2 && n < 100; n++) {
    await frame();
    await new Promise((r) => setTimeout(r, 50));
    quiet = busy() ? 0 : quiet + 1;
  }
}"""


def violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations on the page, each as rule id, impact and failing elements.

    Waits until no CSS transition or animation runs: mid-fade (Material's header title
    after a scroll, say) an element is half transparent and axe measures a contrast that
    no reader sees once it settles."""
    page.evaluate(SETTLED)
    page.add_script_tag(content=AXE)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {"rule": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
    ]


def mkdocs_build_logged(project: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of ``project`` with extra environment; not quiet, so that
    its info lines can be asserted."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def printed_a4_text(page: Page, out: Path) -> str:
    """Print ``page`` to ``out`` as the browser's print dialog would, check that the PDF is
    A4, and return its text in written order, every run of white space one space."""
    page.pdf(path=out, format="A4", prefer_css_page_size=True)
    info = subprocess.run(["pdfinfo", out], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info
    args = ["pdftotext", "-raw", "-enc", "UTF-8", str(out), "-"]
    return " ".join(subprocess.run(args, capture_output=True, text=True, check=True).stdout.split())
