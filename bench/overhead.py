"""Benchmark 1: our build against a plain mkdocs-material site with the same pages."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench import plain
from bench.common import convert, median, mkdocs

TARGET = 1.15
NO_PDF = {"KOMPAS_PDF": "0"}


@dataclass(frozen=True)
class Overhead:
    """Median build times (s) of both sites, and of a full conversion of the articles."""

    ours: float
    plain: float
    convert_full: float
    runs: int

    @property
    def ratio(self) -> float:
        return self.ours / self.plain


def measure(runs: int = 7) -> Overhead:
    """Alternate ``runs`` builds of each site (after one warm-up each); medians."""
    with tempfile.TemporaryDirectory(prefix="vk-bench-") as tmp:
        ours = plain.copy_ours(Path(tmp) / "ours")
        base = plain.make_project(Path(tmp) / "plain")
        mkdocs(ours, env=NO_PDF)
        mkdocs(base)
        times: dict[str, list[float]] = {"ours": [], "plain": []}
        for _ in range(runs):
            times["ours"].append(mkdocs(ours, env=NO_PDF).seconds)
            times["plain"].append(mkdocs(base).seconds)
        full = [convert(ours).seconds for _ in range(3)]
    return Overhead(median(times["ours"]), median(times["plain"]), median(full), runs)
