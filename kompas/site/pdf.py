"""The ready-made PDF of the workshop handout, printed by headless Chromium.

The built handout page is opened from disk with scripts off (the full handout needs none:
every principle shows until a script hides the ones not chosen) and printed by Chromium's
own print engine with the page's ``@page`` size, so the PDF is what a facilitator gets from
the browser's print dialog.
"""

from __future__ import annotations

import importlib.util
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

CHROMIUM_NAMES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@dataclass(frozen=True)
class Outcome:
    """What became of the PDF: the file written, or why there is none."""

    path: Path | None
    message: str


def build(page: Path, out: Path, chromium: str | None = None) -> Outcome:
    """Print the built HTML file ``page`` to the PDF file ``out`` with the browser
    ``chromium`` (a path or a command name; default: the first one on the system).

    Returns why nothing was written when no browser is available; raises ``PdfError``
    when the browser is there but printing fails.
    """
    found = find_chromium(chromium)
    if found is None:
        wanted = f"'{chromium}'" if chromium else "chromium"
        return Outcome(
            None, f"PDF skipped: {wanted} not found (install it or set the option 'chromium')"
        )
    chromium = found
    if importlib.util.find_spec("playwright") is None:
        return Outcome(None, "PDF skipped: the Python package playwright is not installed")
    out.parent.mkdir(parents=True, exist_ok=True)
    # Print in a thread of its own: Playwright's sync API refuses a thread with a running
    # asyncio loop (a caller's own Playwright session, for one).
    with ThreadPoolExecutor(1) as pool:
        pool.submit(_print, chromium, page, out).result()
    return Outcome(out, f"PDF written: {out}")


def find_chromium(preferred: str | None = None) -> str | None:
    """The Chromium to print with: ``preferred`` if set, else the first one on the system."""
    if preferred:
        return shutil.which(preferred)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class PdfError(Exception):
    """The browser was found but could not print the handout."""


def _print(chromium: str, page: Path, out: Path) -> None:
    # Open the page from disk with scripts off and print it on A4 with its @page rules.
    from playwright.sync_api import Error, sync_playwright

    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
            try:
                tab = browser.new_page(java_script_enabled=False)
                tab.goto(page.resolve().as_uri(), wait_until="load")
                # Print in the site's own font, never in a fallback: wait until it is loaded
                # (page scripts are off; Playwright's own evaluation still runs).
                tab.evaluate("document.fonts.ready.then(() => document.fonts.status)")
                tab.pdf(path=out, format="A4", prefer_css_page_size=True)
            finally:
                browser.close()
    except Error as exc:
        raise PdfError(f"PDF failed: {chromium} could not print {page}: {exc.message}") from None
