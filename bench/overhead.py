"""Benchmark 1: our build against a plain mkdocs-material site with the same pages."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench import plain
from bench.common import NO_PDF, convert, median, mkdocs

TARGET = 0.85  # the plugin is not slower than the hooks were (0.85 on 2026-12-01)


@dataclass(frozen=True)
class Overhead:
    """Median build times (s, wall and CPU) of both sites, and of a full conversion."""

    ours: float
    plain: float
    ours_cpu: float
    plain_cpu: float
    ours_min: float
    plain_min: float
    convert_full: float
    runs: int

    @property
    def ratio(self) -> float:
        return self.ours / self.plain

    @property
    def cpu_ratio(self) -> float:
        return self.ours_cpu / self.plain_cpu

    @property
    def min_ratio(self) -> float:
        return self.ours_min / self.plain_min


def measure(runs: int = 15) -> Overhead:
    """Alternate ``runs`` builds of each site (after one warm-up each); medians."""
    with tempfile.TemporaryDirectory(prefix="vk-bench-") as tmp:
        ours = plain.copy_ours(Path(tmp) / "ours")
        base = plain.make_project(Path(tmp) / "plain")
        mkdocs(ours, env=NO_PDF)
        mkdocs(base)
        runs_ours, runs_plain = [], []
        for _ in range(runs):
            runs_ours.append(mkdocs(ours, env=NO_PDF))
            runs_plain.append(mkdocs(base))
        full = [convert(ours).seconds for _ in range(3)]
    return Overhead(
        median([r.seconds for r in runs_ours]),
        median([r.seconds for r in runs_plain]),
        median([r.cpu_seconds for r in runs_ours]),
        median([r.cpu_seconds for r in runs_plain]),
        min(r.seconds for r in runs_ours),
        min(r.seconds for r in runs_plain),
        median(full),
        runs,
    )
