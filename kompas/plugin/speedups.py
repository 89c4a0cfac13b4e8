"""The two places where kompas reaches past MkDocs' public API, for speed, and nowhere else.

1. **The watcher's poll interval.** ``mkdocs serve`` polls for changed files every 0.5 s and
   has no setting for it. Its observer (watchdog's ``PollingObserver``) keeps the interval in
   the private attribute ``_timeout`` and gives it to every path scheduled later: set to
   0.05 s, a save is seen within 0.05 s.
2. **The theme's template cache.** MkDocs makes a new Jinja environment from the theme for
   every build (one per ``mkdocs serve`` rebuild, and the search plugin makes its own), which
   compiles the templates again (half of a rebuild) and walks Material's ~14,000 icon files
   to list the theme. ``Theme.get_env`` is replaced on the theme instance by one that gives
   the same environment with a disk cache of compiled templates and a loader that lists the
   theme's folders once per process (``kompas/site/theme_files.py``).

``problems()`` says what no longer holds when MkDocs or watchdog change these insides;
``tests/test_speedups.py`` fails on any, so an upgrade cannot silently slow serving down.
At build time a mismatch skips the speed-up with an info line: the site still builds.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import FileSystemBytecodeCache, FileSystemLoader

from kompas.site.theme_files import ThemeLoader

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.theme import Theme

POLL_SECONDS = 0.05  # how often `mkdocs serve` looks for changed files


def fast_polling(server: LiveReloadServer) -> list[str]:
    """Poll every POLL_SECONDS and rebuild as soon as a change is seen; returns the problems
    found (the speed-up is then skipped)."""
    found = problems(server=server)
    if not found:
        server.observer._timeout = POLL_SECONDS
    server.build_delay = 0.0  # public: MkDocs' extra wait for more changes after one
    return found


def fast_theme_env(theme: Theme) -> list[str]:
    """Make every Jinja environment made from ``theme`` reuse compiled templates and one
    listing of the theme's files; returns the problems found (the speed-up is then skipped)."""
    if getattr(theme.get_env, "kompas_fast", False):
        return []  # already made fast
    found = problems(theme=theme)
    if found:
        return found
    make_env = theme.get_env

    def get_env() -> Environment:
        env = make_env()
        env.loader = ThemeLoader(theme.dirs)
        cache = cache_dir("jinja")
        if cache is not None:
            env.bytecode_cache = FileSystemBytecodeCache(str(cache))
        return env

    get_env.kompas_fast = True  # type: ignore[attr-defined]
    setattr(theme, "get_env", get_env)  # noqa: B010 (an instance attribute, not the method)
    return []


def problems(*, server: Any = None, theme: Any = None) -> list[str]:
    """What no longer holds of the insides the speed-ups rely on (empty when all is well)."""
    found = []
    if server is not None:
        observer = getattr(server, "observer", None)
        if not isinstance(getattr(observer, "_timeout", None), float):
            found.append("mkdocs serve's observer has no float '_timeout' (watchdog changed)")
        if not isinstance(getattr(server, "build_delay", None), float):
            found.append("mkdocs serve has no float 'build_delay' (MkDocs changed)")
    if theme is not None:
        env = theme.get_env()
        loader = env.loader
        if not isinstance(loader, FileSystemLoader) or list(loader.searchpath) != list(theme.dirs):
            found.append("Theme.get_env no longer loads from the theme's folders (MkDocs changed)")
        if env.bytecode_cache is not None:
            found.append("Theme.get_env now sets a bytecode cache of its own (MkDocs changed)")
    return found


def cache_dir(name: str) -> Path | None:
    """A per-user folder in the system's temporary directory (never in the project), or None
    when that folder is not safely this user's own (made by another user, a link, or
    writable by others: what it holds ends up in the built site, so it is then not used)."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    base = Path(tempfile.gettempdir()) / f"vertrouwenskompas-{uid if uid is not None else 0}"
    base.mkdir(mode=0o700, exist_ok=True)
    info = base.lstat()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        return None
    if uid is not None and (info.st_uid != uid or info.st_mode & 0o022):
        return None
    path = base / name
    path.mkdir(mode=0o700, exist_ok=True)
    return path
