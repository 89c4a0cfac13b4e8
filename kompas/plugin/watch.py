"""Watching the articles while ``mkdocs serve`` runs: one rebuild per save, never of half a file.

An editor (or ``Path.write_text``) saves by emptying the file and writing it again. A poll
that falls between the two (likelier on a busy machine) sees a change, and MkDocs would
rebuild from the half-written article and then once more from the whole one. This watcher
polls the articles itself and waits until a changed file has stayed the same for one poll
interval before it asks MkDocs for a rebuild, once per content: it sets a new modification
time on a stamp file in a folder of its own that ``mkdocs serve`` watches (``server.watch``,
public API): one change, never a file read half written.

Only the articles themselves are watched, not the folder's subfolders: the principle files
a rebuild writes into ``<articles>/principles/`` must not start another rebuild.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers.polling import PollingObserver

if TYPE_CHECKING:
    from mkdocs.livereload import LiveReloadServer

State = tuple[int, int] | None  # size and modification time of a file; None when absent
_MAX_EMPTY = 1.0  # seconds an emptied article may stay empty before it counts as saved


class ArticleWatcher(FileSystemEventHandler):
    """Polls the articles in ``folder`` and signals a rebuild once a save is complete."""

    def __init__(self, folder: Path, interval: float) -> None:
        self.folder = folder
        self.interval = interval
        self.stamps = Path(tempfile.mkdtemp(prefix="kompas-watch-"))
        self._stamp = self.stamps / "changed"
        self._signalled: dict[Path, State] = {}
        # The stamp exists before MkDocs looks: a signal is then one "modified" event, never
        # "created" and "modified" in one poll (with no build delay, two rebuilds).
        self._stamp.touch()
        self._stamped = self._stamp.stat().st_mtime_ns  # its last modification time (ns)
        self._lock = threading.Lock()
        self._observer = PollingObserver(timeout=interval)
        self._observer.schedule(self, str(folder), recursive=False)

    def start(self, server: LiveReloadServer) -> None:
        """Start polling; ``server`` rebuilds when this watcher signals."""
        for article in self.folder.glob("*.md"):
            self._signalled[article] = _state(article)
        server.watch(str(self.stamps), recursive=False)
        self._observer.daemon = True
        self._observer.start()

    def stop(self) -> None:
        """Stop polling and remove the stamp folder."""
        self._observer.stop()
        shutil.rmtree(self.stamps, ignore_errors=True)

    def on_any_event(self, event: FileSystemEvent) -> None:
        """A change of an article: wait until it is complete, then signal once."""
        if event.is_directory:
            return
        for raw in {event.src_path, getattr(event, "dest_path", "")} - {""}:
            path = Path(str(raw))
            if path.suffix == ".md" and path.parent == self.folder:
                self.settle(path)

    def settle(self, path: Path) -> bool:
        """Wait until ``path`` stays the same for one interval; signal a rebuild unless this
        content was signalled already. Returns whether it signalled."""
        state = _state(path)
        waited = 0.0
        while True:
            time.sleep(self.interval)
            waited += self.interval
            now = _state(path)
            # An emptied article is half a save, however long the rest takes (up to a second).
            if now == state and (now is None or now[0] > 0 or waited >= _MAX_EMPTY):
                break
            state = now
        with self._lock:
            if path in self._signalled and self._signalled[path] == state:
                return False
            self._signalled[path] = state
            self._touch()
        return True

    def _touch(self) -> None:
        # A new modification time for the stamp, at least a second after the last one: one
        # "modified" event for MkDocs' poller, never a file read half written.
        self._stamped = max(time.time_ns(), self._stamped + 1_000_000_000)
        os.utime(self._stamp, ns=(self._stamped, self._stamped))


def _state(path: Path) -> State:
    # Size and modification time, or None when the file is gone.
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns)
