"""Benchmark 2: synthetic projects of 10, 100 and 1,000 principles."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench import synth
from bench.common import NO_PDF, PYTHON, ROOT, BenchError, convert, median, mkdocs, run

SIZES = (10, 100, 1000)
TARGET_SECONDS = 20.0  # build of 1,000 principles
TARGET_GROWTH = 1.3  # cost per principle, 100 -> 1,000
# The converter as it was before issue 9 reworked extraction (main at 7174fbe): the
# conversion of 1,000 principles may not be slower than with that code, on the same machine.
REFERENCE = "7174fbe948f0cef721534f390fd2e4953e279853"


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


@dataclass(frozen=True)
class Versus:
    """CPU seconds of full conversions of one synthetic project, ours and the reference's,
    in alternating runs."""

    ours: list[float]
    reference: list[float]

    @property
    def ratio(self) -> float:
        return median(self.ours) / median(self.reference)


def versus_reference(principles: int = 1000, runs: int = 3, commit: str = REFERENCE) -> Versus:
    """Convert the same ``principles``-principle project with our converter and with the
    code of ``commit`` (its ``kompas/`` from git), alternating, ``runs`` times each."""
    with tempfile.TemporaryDirectory(prefix="vk-versus-") as tmp:
        ref = Path(tmp) / "reference"
        ref.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "kompas"], capture_output=True, check=False
        )
        if archive.returncode != 0:
            raise BenchError(f"git archive {commit[:7]} failed: {archive.stderr.decode()[-300:]}")
        subprocess.run(["tar", "-x", "-C", str(ref)], input=archive.stdout, check=True)
        project = synth.make_project(Path(tmp) / "project", principles)
        # The project's own copy of kompas/ would come first on sys.path (the command runs
        # in it) and make both runs convert with today's code: PYTHONPATH must decide.
        shutil.rmtree(project / "kompas")
        out: dict[str, list[float]] = {"ours": [], "reference": []}
        for _ in range(runs):
            for name, path in (("reference", ref), ("ours", ROOT)):
                for yml in (project / "content_src" / "principles").glob("*.yml"):
                    yml.unlink()
                cmd = [PYTHON, "-m", "kompas", "convert", "--root", str(project)]
                out[name].append(run(cmd, project, {"PYTHONPATH": str(path)}).cpu_seconds)
    return Versus(out["ours"], out["reference"])
