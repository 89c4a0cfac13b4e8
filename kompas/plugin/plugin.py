"""The kompas MkDocs plugin: a thin adapter from the kompas core to MkDocs and Material.

Each build converts changed articles (fast path: unchanged articles are not parsed), adds the
generated pages and the tool pages in memory, sets the navigation, renders the page markers
with the Jinja templates in ``kompas/theme/kompas/`` and, after the build, writes the script
and style bundles and the handout PDF. Templates and assets reach the theme as one more theme
folder (``kompas/theme/``), after the site's ``custom_dir``, so a site can override any of
them and needs no copied files.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from markupsafe import Markup, escape
from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.utils import get_relative_url

from kompas import convert
from kompas.errors import ContentError
from kompas.plugin import navigation, speedups
from kompas.plugin.config import KompasConfig, words
from kompas.site import assets, handout, media, pdf, publish, spiegel
from kompas.site.pages import TOOLS, Site, long_date
from kompas.site.pages import Page as SitePage

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

    from kompas.plugin import watch

log = get_plugin_logger("kompas")

THEME_DIR = assets.THEME_DIR
CSS = "assets/kompas/kompas.min.css"
JS = "assets/kompas/kompas.min.js"
# The iframe-worker shim (MIT, github.com/squidfunk/iframe-worker) that Material's offline
# plugin loads from a CDN; the site serves its own copy.
SHIM = "assets/vendor/iframe-worker/shim.js"
# The tool pages' Markdown, as the plugin adds them when docs/ has none.
_TOOL_SOURCES = {
    "mijn-checklist.md": "kompas/pages/mijn-checklist.md",
    handout.PAGE: "kompas/pages/handout.md",
    spiegel.PAGE: "kompas/pages/spiegel.md",
    spiegel.JOIN_PAGE: "kompas/pages/spiegel-meedoen.md",
}
# Markers of a tool page's widget: rendered after search has indexed the page.
LATE_MARKERS = frozenset({"handout", "mijn-checklist", "spiegel", "spiegel-meedoen"})
# Reached by link and QR code only: in no navigation.
_NOT_IN_NAV = (spiegel.JOIN_PAGE,)
# An external script after Material's configuration that is not yet deferred or async.
_PLAIN_SCRIPT = re.compile(r"<script src=(\"[^\"]*\")(?![^>]*\b(?:defer|async)\b)")
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
_SEARCH_LABEL = re.compile(r'<nav class="md-search__options" aria-label="([^"]*)">')


class KompasPlugin(BasePlugin[KompasConfig]):
    """``plugins: - kompas``: principle pages, checklists and tool pages from articles."""

    def __init__(self) -> None:
        self.site: Site | None = None
        self.command = "build"  # the mkdocs command running: "build", "serve" or "gh-deploy"
        self.user_nav: list[Any] | None = None
        self.root = Path.cwd()
        self._env: Environment | None = None
        self._watcher: watch.ArticleWatcher | None = None
        self._files: Files | None = None
        self._heads: dict[str, str] = {}  # our head lines per relative path to the site root

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Remember the command: ``mkdocs serve`` rebuilds skip the handout PDF."""
        self.command = command
        if command == "serve":
            log.info("PDF skipped while serving: `mkdocs build` writes it")

    @event_priority(100)  # before the search plugin's on_config, which renders a template
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Add the package's theme folder, our bundles and fast theme environments."""
        self.site, self._env, self._files, self._heads = None, None, None, {}
        self.root = Path(config.config_file_path).parent
        self.user_nav = config.nav
        if config.theme.name != "material":
            raise PluginError(
                f"kompas: the theme is '{config.theme.name}'; the kompas plugin needs "
                "mkdocs-material: set 'theme: name: material' in mkdocs.yml"
            )
        dirs = config.theme.dirs
        if str(THEME_DIR) not in dirs:
            dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
        for problem in speedups.fast_theme_env(config.theme):
            log.info("template cache off: %s", problem)
        if CSS not in config.extra_css:
            config.extra_css.insert(0, CSS)
        if JS not in map(str, config.extra_javascript):
            script = ExtraScriptValue(JS)
            script.defer = True
            config.extra_javascript.insert(0, script)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Convert changed articles to YAML, then load all principle files."""
        polyfills = config.extra.get("polyfills")
        if polyfills:  # Material's offline plugin asks a CDN for its shim: serve our own
            config.extra["polyfills"] = [
                SHIM if "iframe-worker" in str(s) else s for s in polyfills
            ]
        articles = Path(self.config.articles)
        try:
            results = convert.convert(
                self.root, full=False, articles=articles, cache=speedups.cache_dir("principles")
            )
            written = convert.write(results)
        except ContentError as exc:
            raise PluginError(str(exc.relative_to(self.root))) from None
        self.site = Site([r.doc for r in results])  # the validated documents: no second load
        for path in written:
            log.info("converted %s", _shown(path, self.root))
        for result in results:
            for warning in result.warnings:
                log.info("%s", warning)
        if not config.site_author:
            config.site_author = self.site.credits()

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        """Add the generated pages, the tool pages, images, robots.txt and the web app
        manifest; then set the navigation."""
        site = self._require_site()
        for page in site.pages():
            files.append(File.generated(config, page.src_uri, content=_page_source(page)))
        for path, uri in media.images(Path(self.config.articles)):
            files.append(File.generated(config, uri, abs_src_path=str(path)))
        for tool in self.config.tools:
            for uri in TOOLS[tool][1]:
                if files.get_file_from_path(uri) is None:
                    files.append(File.generated(config, uri, content=self._tool_page(config, uri)))
        for uri in _NOT_IN_NAV:
            found = files.get_file_from_path(uri)
            if found is not None:
                found.inclusion = InclusionLevel.NOT_IN_NAV
        if files.get_file_from_path(publish.ROBOTS) is None:
            robots = publish.robots(config.site_url)
            files.append(File.generated(config, publish.ROBOTS, content=robots))
        if files.get_file_from_path(publish.MANIFEST) is None:
            manifest = publish.web_manifest(config.site_name, config.site_description)
            files.append(File.generated(config, publish.MANIFEST, content=manifest))
        config.nav = navigation.build(site, files, self.user_nav, self.config.nav_title)
        return files

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """Replace each ``<!-- kompas:… -->`` marker with its rendered template, except a tool
        page's widget (see ``on_page_context``)."""
        self._files = files
        if "<!-- kompas:" not in html:
            return None
        return self._markers(html, page, config, late=False)

    @event_priority(-50)  # after the search plugin has indexed the page
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        """A tool page's widget (handout, Mijn checklist, De spiegel) comes in after search
        has read the page: the page is found by its name and intro, not by the widget's copy
        of every principle, and search does not parse the site's largest pages."""
        if page.content and "<!-- kompas:" in page.content:
            page.content = self._markers(page.content, page, config, late=True)
        return None

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        """Our head lines, deferred scripts and a name for Material's search dialog."""
        return self._finish(output, page.url, config)

    def on_post_template(
        self, output_content: str, /, *, template_name: str, config: MkDocsConfig
    ) -> str | None:
        """The same for the 404 page (a template, not a page)."""
        if template_name != "404.html":
            return None
        return self._finish(output_content, template_name, config)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Bundle our JS and CSS, then print the built handout to a ready-made PDF (not while
        serving, to keep each rebuild fast; not with ``pdf: false``)."""
        try:
            assets.write_bundles(
                assets.SOURCE_DIR, Path(config.site_dir), speedups.cache_dir("bundles")
            )
        except assets.AssetError as exc:
            raise PluginError(str(exc)) from None
        if self.command == "serve" or not self.config.pdf:
            return
        page = File(handout.PAGE, config.docs_dir, config.site_dir, config.use_directory_urls)
        if not Path(page.abs_dest_path).is_file():
            return
        try:
            outcome = pdf.build(
                Path(page.abs_dest_path), Path(config.site_dir, handout.PDF), self.config.chromium
            )
        except pdf.PdfError as exc:
            raise PluginError(str(exc)) from None
        log.info(outcome.message)

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        """Rebuild once per saved article; load the language data before the first edit."""
        for problem in speedups.fast_polling(server):
            log.info("fast polling off: %s", problem)
        from kompas.plugin import watch  # watchdog: only serve needs it

        if self._watcher is None:
            self._watcher = watch.ArticleWatcher(Path(self.config.articles), speedups.POLL_SECONDS)
            self._watcher.start(server)
        from kompas.articles import nlp  # only serve needs the language data early

        threading.Thread(target=nlp.warm_up, daemon=True).start()
        return server

    def on_shutdown(self) -> None:
        """Stop watching the articles."""
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None

    def _require_site(self) -> Site:
        # The site loaded by on_pre_build.
        if self.site is None:
            raise PluginError("kompas: the principles were not loaded (on_pre_build did not run)")
        return self.site

    def _theme_env(self, config: MkDocsConfig) -> Environment:
        # The theme's environment, HTML templates autoescaped (the tool pages' Markdown not);
        # compiled templates are cached on disk.
        if self._env is None:
            html = lambda name: not str(name).endswith(".md")  # noqa: E731
            self._env = config.theme.get_env().overlay(autoescape=html)
        return self._env

    def _markers(self, html: str, page: Page, config: MkDocsConfig, *, late: bool) -> str:
        # The page's HTML with its markers rendered: the widgets of tool pages when ``late``,
        # every other marker when not.
        site = self._require_site()
        out, last = [], 0
        for match in site.markers(html):
            if (match.group(1) in LATE_MARKERS) != late:
                continue
            found = site.context(match.group(1), match.group(2))
            if found is None:
                raise PluginError(
                    f"{page.file.src_uri}: unknown marker '{match.group(0)}'; use "
                    "kompas:overview, kompas:articles, kompas:credits, kompas:progress, "
                    "kompas:faq or a tool page's marker"
                )
            template, context = found
            out += [html[last : match.start()], self._render(config, page, template, context)]
            last = match.end()
        prefix = get_relative_url(f"{media.MEDIA_DIR}/", page.url)
        return media.link("".join([*out, html[last:]]), prefix.rstrip("/") + "/")

    def _finish(self, output: str, url: str, config: MkDocsConfig) -> str:
        # A built page (at ``url``) with our head lines, its scripts deferred (they still
        # run in order once the page is parsed: the first paint waits for none of them) and
        # a name for Material's search dialog (axe-core: a dialog has a name).
        base = get_relative_url(".", url)
        lines = self._heads.get(base)
        if lines is None:  # the same for every page at the same depth
            head = self._theme_env(config).get_template("kompas/_head.html")
            lines = head.render(url=lambda path: get_relative_url(path, url))
            self._heads[base] = lines
        output = output.replace("</head>", lines + "</head>", 1)
        start = output.find('<script id="__config"')
        if start > 0:
            output = output[:start] + _PLAIN_SCRIPT.sub(r"<script defer src=\1", output[start:])
        dialog = output.find(_SEARCH_DIALOG)
        label = _SEARCH_LABEL.search(output, dialog) if dialog >= 0 else None
        if label:
            named = _SEARCH_DIALOG.replace(">", f' aria-label="{label.group(1)}">')
            output = output[:dialog] + named + output[dialog + len(_SEARCH_DIALOG) :]
        return output

    def _tool_page(self, config: MkDocsConfig, uri: str) -> str:
        # A tool page's Markdown, with the spiegel's words for this site's audience (not
        # autoescaped: it is Markdown, and the words are the site's own).
        template = self._theme_env(config).get_template(_TOOL_SOURCES[uri])
        return template.render(words=words(self.config.spiegel))

    def _render(
        self, config: MkDocsConfig, page: Page, template: str, context: dict[str, Any]
    ) -> str:
        # Render a template with autoescaping and page-relative url().
        site = self._require_site()
        files = self._files
        if files is None:
            raise PluginError("kompas: the files were not known (on_page_content did not run)")

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
            self._theme_env(config)
            .get_template(template)
            .render(
                url=url,
                file_url=file_url,
                exists=exists,
                page=page,
                published=publish.published_url(config.site_url, page.file.src_uri),
                long_date=long_date,
                words=words(self.config.spiegel),
                **context,
            )
        )


def _page_source(page: SitePage) -> str:
    # Front matter (title and description escaped: Material puts them in raw) and the marker.
    meta = {"title": str(escape(page.title)), "description": str(escape(page.description))}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n<!-- kompas:{page.marker} -->\n"


def _shown(path: Path, root: Path) -> str:
    # A path relative to the project folder when inside it.
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
