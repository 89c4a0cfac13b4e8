"""The two private-API speed-ups fail loudly here when MkDocs or watchdog change them, and the
article watcher signals one rebuild per complete save."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from jinja2 import FileSystemBytecodeCache
from mkdocs.livereload import LiveReloadServer
from mkdocs.theme import Theme

from kompas.plugin import speedups
from kompas.plugin.watch import ArticleWatcher
from kompas.site.theme_files import ThemeLoader


def _server(tmp_path: Path) -> LiveReloadServer:
    # A server as `mkdocs serve` makes it (nothing is bound or started).
    return LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))


def test_the_poll_interval_still_reaches_every_watched_path(tmp_path: Path) -> None:
    """MkDocs' observer keeps its interval in `_timeout` and gives it to every path watched
    after the change: a path is polled every 0.05 s, and MkDocs does not wait after a change."""
    server = _server(tmp_path)
    assert speedups.problems(server=server) == []
    assert speedups.fast_polling(server) == []
    server.watch(str(tmp_path))
    emitters = list(server.observer.emitters)
    assert [e.timeout for e in emitters] == [speedups.POLL_SECONDS]
    assert server.build_delay == 0.0


def test_the_template_cache_still_wraps_the_themes_environment() -> None:
    """Theme.get_env still loads from the theme's folders and sets no cache of its own; the
    fast environment lists them once and caches compiled templates on disk."""
    theme = Theme(name="material", language="nl")
    assert speedups.problems(theme=theme) == []
    assert speedups.fast_theme_env(theme) == []
    env = theme.get_env()
    assert isinstance(env.loader, ThemeLoader) and env.loader.searchpath == theme.dirs
    assert isinstance(env.bytecode_cache, FileSystemBytecodeCache)
    assert "filters" in dir(env) and "url" in env.filters  # still MkDocs' own environment
    assert speedups.fast_theme_env(theme) == []  # a second call changes nothing


def test_a_changed_inside_is_reported_not_silently_skipped() -> None:
    """An observer without the private interval, or an environment that is not loaded from
    the theme's folders, is named as a problem (and the speed-up is not applied)."""
    server = SimpleNamespace(observer=SimpleNamespace(), build_delay=0.1)
    assert speedups.problems(server=server) == [
        "mkdocs serve's observer has no float '_timeout' (watchdog changed)"
    ]
    theme = SimpleNamespace(
        dirs=["a"], get_env=lambda: SimpleNamespace(loader=None, bytecode_cache=None)
    )
    assert speedups.problems(theme=theme) == [
        "Theme.get_env no longer loads from the theme's folders (MkDocs changed)"
    ]


def test_a_save_written_in_two_steps_signals_one_rebuild(tmp_path: Path) -> None:
    """An article emptied and written again 20 ms later (a poll in between sees it half
    written) gives one signal, after the whole text is there; the same text again gives none."""
    article = tmp_path / "artikel.md"
    article.write_text("---\ntitle: A\n---\n", encoding="utf-8")
    watcher = ArticleWatcher(tmp_path, interval=0.05)
    stamp = watcher.stamps / "changed"
    before = stamp.stat().st_mtime_ns
    try:
        article.write_text("", encoding="utf-8")  # the editor empties the file ...

        def finish() -> None:
            time.sleep(0.02)
            article.write_text("---\ntitle: A\n---\n\nNieuwe tekst.\n", encoding="utf-8")

        writer = threading.Thread(target=finish)
        writer.start()
        assert watcher.settle(article) is True  # ... and the poll saw it empty
        writer.join()
        assert "Nieuwe tekst." in article.read_text(encoding="utf-8")
        first = stamp.stat().st_mtime_ns
        assert first > before
        assert watcher.settle(article) is False  # the watcher's next event, same content
        assert stamp.stat().st_mtime_ns == first
    finally:
        watcher.stop()
    assert not watcher.stamps.exists()


def test_the_cache_is_used_only_when_it_is_this_users_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the cache holds ends up in the built site (bundles, compiled templates): a folder
    that others may write to, or a link put in its place, is not used."""
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    base = tmp_path / f"vertrouwenskompas-{os.getuid()}"
    made = speedups.cache_dir("bundles")
    assert made == base / "bundles" and made.is_dir()
    assert stat.S_IMODE(base.stat().st_mode) & 0o077 == 0
    base.chmod(0o777)
    assert speedups.cache_dir("bundles") is None
    shutil.rmtree(base)
    (tmp_path / "elders").mkdir()
    base.symlink_to(tmp_path / "elders")
    assert speedups.cache_dir("bundles") is None
