"""MkDocs hooks for publishing: robots.txt, and an offline build that needs no other host.

Material's ``offline`` plugin (enabled with ``OFFLINE=true``) makes search work from
``file://`` with its iframe-worker shim, which it loads from a CDN. A workshop room may
have no internet and the site makes no request to another host, so the shim is served
from the site itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files


@event_priority(-50)
def on_config(config: MkDocsConfig) -> MkDocsConfig | None:
    """Replace the offline plugin's CDN shim by the copy shipped in ``overrides/``."""
    polyfills = config.extra.get("polyfills")
    if not polyfills:
        return None
    config.extra["polyfills"] = [
        SHIM if "iframe-worker" in str(script) else script for script in polyfills
    ]
    return None


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files | None:
    """Add a robots.txt that allows everything and names the sitemap."""
    if files.get_file_from_path(ROBOTS) is not None:
        return None
    lines = ["User-agent: *", "Allow: /"]
    if config.site_url:
        lines.append(f"Sitemap: {config.site_url.rstrip('/')}/sitemap.xml")
    files.append(File.generated(config, ROBOTS, content="\n".join(lines) + "\n"))
    return files


# The iframe-worker shim (MIT, github.com/squidfunk/iframe-worker), relative to the site.
SHIM = "assets/vendor/iframe-worker/shim.js"
ROBOTS = "robots.txt"
