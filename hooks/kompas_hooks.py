"""MkDocs hooks: a thin adapter from the kompas core to MkDocs and Material.

Each build converts changed articles (fast path: unchanged articles are not parsed),
adds the generated pages in memory, sets the navigation and renders the page markers
with the Jinja templates in ``overrides/kompas/``.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from jinja2 import FileSystemBytecodeCache
from markupsafe import Markup, escape
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from kompas import convert
from kompas.errors import ContentError
from kompas.site import assets, handout, media, pdf
from kompas.site.pages import HAND_WRITTEN, NavLink, NavSection, Site
from kompas.site.pages import Page as SitePage
from kompas.site.theme_files import ThemeLoader

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page
    from mkdocs.theme import Theme

log = get_plugin_logger("kompas")
_site: Site | None = None
_env: Environment | None = None
_command = "build"  # the mkdocs command running: "build", "serve" or "gh-deploy"
_POLL_SECONDS = 0.05  # how often `mkdocs serve` looks for changed articles


def on_startup(*, command: str, dirty: bool) -> None:
    """Remember the command: ``mkdocs serve`` rebuilds skip the handout PDF."""
    global _command
    _command = command
    if command == "serve":
        log.info("PDF skipped while serving: `make build` writes it")


@event_priority(100)  # before the search plugin's on_config, which renders a template
def on_config(config: MkDocsConfig) -> MkDocsConfig | None:
    """Forget the previous build's state and make the theme's Jinja environments fast."""
    global _site, _env
    _site, _env = None, None
    _fast_theme_env(config.theme)
    return None


def on_pre_build(config: MkDocsConfig) -> None:
    """Convert changed articles to YAML, then load all principle files."""
    global _site
    root = _root(config)
    try:
        results = convert.convert(root, full=False)
        written = convert.write(results)
        _site = Site([r.doc for r in results])  # the validated documents: no second load
    except ContentError as exc:
        raise PluginError(str(exc.relative_to(root))) from None
    for path in written:
        log.info("converted %s", path.relative_to(root))
    for result in results:
        for warning in result.warnings:
            log.info("%s", warning)


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files | None:
    """Add the generated pages and put all pages in a fixed navigation order."""
    site = _require_site()
    for page in site.pages():
        files.append(File.generated(config, page.src_uri, content=_page_source(page)))
    for path, uri in media.images(_root(config) / convert.SOURCE_DIR):
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    present = {uri for uri in HAND_WRITTEN if files.get_file_from_path(uri)}
    config.nav = [_nav_entry(entry) for entry in site.navigation(present)]
    return files


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """Replace each ``<!-- kompas:… -->`` marker with its rendered template."""
    site = _require_site()
    if "<!-- kompas:" not in html:
        return None
    out, last = [], 0
    for match in site.markers(html):
        found = site.context(match.group(1), match.group(2))
        if found is None:
            raise PluginError(
                f"{page.file.src_uri}: unknown marker '{match.group(0)}'; "
                "use kompas:overview, kompas:articles, kompas:faq or a generated page's marker"
            )
        template, context = found
        out += [html[last : match.start()], _render(config, page, files, template, context)]
        last = match.end()
    prefix = get_relative_url(f"{media.MEDIA_DIR}/", page.url)
    return media.link("".join([*out, html[last:]]), prefix.rstrip("/") + "/")


def on_post_build(*, config: MkDocsConfig) -> None:
    """Bundle our JS and CSS, then print the built handout page to a ready-made PDF
    (``KOMPAS_PDF=0`` skips the PDF; so does ``mkdocs serve``, to keep each rebuild fast)."""
    try:
        assets.write_bundles(_root(config) / "overrides" / assets.ASSET_DIR, Path(config.site_dir))
    except assets.AssetError as exc:
        raise PluginError(str(exc)) from None
    if _command == "serve":
        return
    page = File(handout.PAGE, config.docs_dir, config.site_dir, config.use_directory_urls)
    if not Path(page.abs_dest_path).is_file():
        return
    try:
        out = Path(config.site_dir, handout.PDF)
        outcome = pdf.build(Path(page.abs_dest_path), out, os.environ)
    except pdf.PdfError as exc:
        raise PluginError(str(exc)) from None
    log.info(outcome.message)


def on_serve(server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> None:
    """Rebuild when an article changes; load the language data before the first edit.

    Only the articles themselves are watched (not recursively): the YAML files the rebuild
    writes into ``content_src/principles/`` must not start a second rebuild. MkDocs polls for
    changes every 0.5 s and has no setting for it: the articles are polled every 0.05 s (a
    path's poller takes the observer's interval when it is scheduled), and a rebuild starts
    without MkDocs' extra 0.1 s wait for more changes (one poll already gathers a save's)."""
    if isinstance(getattr(server.observer, "_timeout", None), float):
        server.observer._timeout = _POLL_SECONDS
    server.build_delay = 0.0
    server.watch(str(_root(config) / convert.SOURCE_DIR), recursive=False)
    from kompas.articles import nlp  # only serve needs the language data early

    threading.Thread(target=nlp.warm_up, daemon=True).start()


def _fast_theme_env(theme: Theme) -> None:
    # Every Jinja environment MkDocs and Material make from the theme (a new one per serve
    # rebuild, and the search plugin's) caches compiled templates on disk (compiling them
    # again was half of a rebuild) and lists the theme's files once per process
    # (kompas/site/theme_files.py).
    make_env = theme.get_env

    def get_env() -> Environment:
        env = make_env()
        env.loader = ThemeLoader(theme.dirs)
        env.bytecode_cache = FileSystemBytecodeCache(str(_cache_dir("jinja")))
        return env

    setattr(theme, "get_env", get_env)  # noqa: B010 (an instance attribute, not the method)


def _root(config: MkDocsConfig) -> Path:
    # The project folder: where mkdocs.yml is.
    return Path(config.config_file_path).parent


def _require_site() -> Site:
    # The site loaded by on_pre_build.
    if _site is None:
        raise PluginError("kompas: the principles were not loaded (on_pre_build did not run)")
    return _site


def _page_source(page: SitePage) -> str:
    # Front matter (title and description escaped: Material puts them in raw) and the marker.
    meta = {"title": str(escape(page.title)), "description": str(escape(page.description))}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n<!-- kompas:{page.marker} -->\n"


def _nav_entry(entry: NavLink | NavSection) -> dict[str, Any]:
    # MkDocs ``nav`` form; Material shows nav titles unescaped, so they are escaped here.
    if isinstance(entry, NavSection):
        return {str(escape(entry.title)): [_nav_entry(child) for child in entry.children]}
    return {str(escape(entry.title)): entry.src_uri}


def _cache_dir(name: str) -> Path:
    # A per-user folder in the system's temporary directory (never in the project).
    path = Path(tempfile.gettempdir()) / f"vertrouwenskompas-{os.getuid()}" / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def _render(
    config: MkDocsConfig, page: Page, files: Files, template: str, context: dict[str, Any]
) -> str:
    # Render a template from overrides/ with autoescaping and a page-relative url().
    global _env
    if _env is None:
        # The theme's environment caches compiled templates on disk (_fast_theme_env).
        _env = config.theme.get_env().overlay(autoescape=True)

    site = _require_site()

    def url(target: Any, anchor: str = "") -> str:
        # The page of an article, a principle or a source path, relative to this page.
        src_uri = site.uri(target)
        found = files.get_file_from_path(src_uri)
        if found is None:
            raise PluginError(f"{page.file.src_uri}: link to missing page '{src_uri}'")
        return get_relative_url(found.url, page.url) + anchor

    def file_url(site_path: str) -> str:
        # A file of the built site that is no page (such as the PDF), relative to this page.
        return get_relative_url(site_path, page.url)

    def exists(src_uri: str) -> bool:
        return files.get_file_from_path(src_uri) is not None

    return Markup(
        _env.get_template(template).render(
            url=url, file_url=file_url, exists=exists, page=page, **context
        )
    )
