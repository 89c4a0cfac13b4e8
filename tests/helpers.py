"""Helpers shared by test modules (test modules never import each other)."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

from playwright.sync_api import Page

# axe-core from the pinned PyPI package axe-playwright-python: injected, never fetched.
AXE = (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


def violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations on the page, each as rule id, impact and failing elements."""
    page.add_script_tag(content=AXE)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {"rule": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
    ]
