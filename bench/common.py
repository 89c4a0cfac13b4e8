"""Helpers shared by the benchmarks: timing child processes (builds, conversions), medians."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CHROMIUM = "/usr/bin/chromium"
# The environment of a build without the handout PDF.
NO_PDF = {"KOMPAS_PDF": "0"}


class BenchError(Exception):
    """A benchmark could not run (a build failed, a tool is missing)."""


@dataclass(frozen=True)
class Run:
    """One finished child process: wall time, CPU time, peak resident memory, output."""

    seconds: float
    cpu_seconds: float
    peak_mib: float
    stdout: str
    stderr: str


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run ``cmd`` to completion, timing it and reading its own peak resident memory."""
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=full_env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise BenchError(f"{' '.join(cmd)} failed in {cwd}:\n{stderr[-3000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_maxrss / 1024, stdout, stderr)


def median(values: list[float]) -> float:
    """The median of ``values``."""
    return statistics.median(values)


def mkdocs(project: Path, *extra: str, env: dict[str, str] | None = None) -> Run:
    """``mkdocs build --strict`` of ``project``."""
    return run([PYTHON, "-m", "mkdocs", "build", "--strict", "-q", *extra], project, env)


def convert(project: Path) -> Run:
    """A full conversion (every article parsed) of ``project``."""
    return run([PYTHON, "-m", "kompas", "convert", "--root", str(project)], project)
