"""Benchmark 2: synthetic projects of 10, 100 and 1,000 principles."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench import synth
from bench.common import NO_PDF, convert, mkdocs

SIZES = (10, 100, 1000)
TARGET_SECONDS = 20.0  # build of 1,000 principles
TARGET_GROWTH = 1.3  # cost per principle, 100 -> 1,000


@dataclass(frozen=True)
class Size:
    """One synthetic project: conversion and build time (s, wall and CPU), peak memory (MiB)."""

    principles: int
    convert_s: float
    convert_mib: float
    build_s: float
    build_cpu_s: float
    build_mib: float

    @property
    def per_principle_ms(self) -> float:
        return 1000 * self.build_cpu_s / self.principles


def measure(sizes: tuple[int, ...] = SIZES, builds: int = 3) -> list[Size]:
    """Generate and convert (all articles parsed) each size once, then build it (PDF off)
    ``builds`` times; the fastest build counts (the one least disturbed by other load)."""
    out = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix=f"vk-scale-{n}-") as tmp:
            project = synth.make_project(Path(tmp), n)
            conv = convert(project)
            runs = [mkdocs(project, env=NO_PDF) for _ in range(builds)]
            wall = min(r.seconds for r in runs)
            cpu = min(r.cpu_seconds for r in runs)
            peak = max(r.peak_mib for r in runs)
            out.append(Size(n, conv.seconds, conv.peak_mib, wall, cpu, peak))
    return out


def growth(sizes: list[Size]) -> tuple[float, float]:
    """Per-principle cost 100 -> 1,000: plain ratio, and marginal (fixed start-up removed)."""
    by = {s.principles: s for s in sizes}
    small, mid, big = by[10], by[100], by[1000]
    plain = big.per_principle_ms / mid.per_principle_ms
    marginal_mid = (mid.build_cpu_s - small.build_cpu_s) / (mid.principles - small.principles)
    marginal_big = (big.build_cpu_s - mid.build_cpu_s) / (big.principles - mid.principles)
    return plain, marginal_big / marginal_mid
