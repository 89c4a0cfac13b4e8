"""What a published site needs beside its pages: robots.txt and the web app manifest."""

from __future__ import annotations

import json
import posixpath
from urllib.parse import urljoin

from kompas.site.handout import is_local

ROBOTS = "robots.txt"
MANIFEST = "site.webmanifest"
THEME_COLOUR = "#3f51b5"


def robots(site_url: str | None) -> str:
    """A robots.txt that allows everything and names the sitemap when the address is known."""
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines.append(f"Sitemap: {site_url.rstrip('/')}/sitemap.xml")
    return "\n".join(lines) + "\n"


def web_manifest(name: str, description: str | None) -> str:
    """A web app manifest (installable to a home screen) for a site called ``name``."""
    data = {
        "name": name,
        "short_name": name if len(name) <= 12 else name.split()[0][:12],
        "description": description or name,
        "lang": "nl",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": "assets/kompas/icon.svg", "sizes": "any", "type": "image/svg+xml"},
            {"src": "assets/kompas/icon-192.png", "sizes": "192x192", "type": "image/png"},
            {
                "src": "assets/kompas/icon-512.png",
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "any maskable",
            },
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def published_url(site_url: str | None, src_uri: str) -> str:
    """The address the page ``src_uri`` has on the published site (directory URLs), or ""
    when no published address is known (no ``site_url``, or one on this computer)."""
    if not site_url or is_local(site_url):
        return ""
    stem, _ = posixpath.splitext(src_uri)
    path = "" if stem == "index" else stem.removesuffix("/index").removesuffix("index") + "/"
    return urljoin(site_url if site_url.endswith("/") else site_url + "/", path)
