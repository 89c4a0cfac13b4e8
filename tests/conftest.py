"""Shared fixtures: the project root, a built copy of the real site, a local web server
and a headless Debian Chromium driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, Page, Playwright, sync_playwright

if TYPE_CHECKING:
    from tests.transfer_flow import Device

ROOT = Path(__file__).resolve().parent.parent
# The site as released in 0.2.0: what the product's tests build (never ROOT's own articles,
# which a publisher replaces), and "today's site" for addresses, ids and stored records.
SITE = ROOT / "tests" / "fixtures" / "sites" / "vertrouwenskompas"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def copy_project(dest: Path, site: Path = SITE) -> Path:
    """A copy of a fixture site's sources (default: the 0.2.0 site) in ``dest``."""
    shutil.copytree(site, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns("site"))
    return dest


def mkdocs_build(project: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build --strict`` for the project in ``project``."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", *extra],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 0.2.0 site, built once per test session into a temporary folder."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve ``directory`` on a free localhost port; returns the server and its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Base URL of the built site served on localhost."""
    server, url = serve(built_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Headless Debian Chromium (installed by `make test` via .ci/system-deps)."""
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh browser context the size of a laptop's window (a module that needs another
    kind of page, e.g. one that records requests, defines its own)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def published_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 0.2.0 site built for its published address (the transfer's tests)."""
    from tests import transfer_flow  # it imports this module

    return transfer_flow.build(tmp_path_factory.mktemp("published"))


@pytest.fixture
def laptop(browser: Browser, published_site: Path) -> Iterator[Device]:
    """The laptop: a device of its own; fails the test on a page error."""
    from tests import transfer_flow

    made = transfer_flow.device(browser, published_site)
    yield made
    made.context.close()
    assert made.errors == []


@pytest.fixture(scope="session")
def offline_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline zip of the 0.2.0 site, built like `make offline` and unzipped into a
    temporary folder."""
    project = copy_project(tmp_path_factory.mktemp("offline-project"))
    built = project / "build" / "vertrouwenskompas"
    env = {**os.environ, "OFFLINE": "true", "KOMPAS_PDF": "0"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(built)]
    result = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    archive = project / "vertrouwenskompas-offline.zip"
    # The same command as the Makefile's `offline` target.
    zipper = [sys.executable, "-m", "zipfile", "-c", str(archive), built.name]
    subprocess.run(zipper, cwd=built.parent, check=True)
    out = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(out)
    return out / "vertrouwenskompas"
