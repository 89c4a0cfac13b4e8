"""The one error type for bad source input: it names file, line, problem and fix."""

from __future__ import annotations

from pathlib import Path


class ContentError(Exception):
    """A problem in an author's file, reported as ``file:line: what. Fix: how.``."""

    def __init__(self, path: Path | str, line: int | None, what: str, fix: str) -> None:
        self.path = Path(path)
        self.line = line
        self.what = what
        self.fix = fix
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.what}\n  fix: {self.fix}"

    def relative_to(self, root: Path) -> ContentError:
        """The same error with its path shown relative to ``root`` when inside it."""
        try:
            rel = self.path.resolve().relative_to(root.resolve())
        except ValueError:
            return self
        return ContentError(rel, self.line, self.what, self.fix)
