"""Benchmark 8: the package as another publisher gets it.

- ``kompas new`` then ``mkdocs build`` of the new site, as a new user runs them (PDF on when
  Chromium is there): wall time, target ≤ 3 s.
- The wheel (``pip wheel .``) installed into a fresh virtual environment, with nothing but
  the package index for its dependencies, then ``kompas new`` and ``mkdocs build`` there.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
import venv
from dataclasses import dataclass
from pathlib import Path

from bench.common import PYTHON, ROOT, BenchError, median

NEW_TARGET = 3.0


@dataclass(frozen=True)
class NewSite:
    """Wall times (s) of `kompas new` + `mkdocs build`, per run."""

    new: list[float]
    build: list[float]

    @property
    def total(self) -> list[float]:
        return [a + b for a, b in zip(self.new, self.build, strict=True)]


@dataclass(frozen=True)
class Wheel:
    """The wheel in a fresh venv: its size and the time of each step (s)."""

    wheel_kib: int
    wheel_s: float
    install_s: float
    new_and_build_s: float
    pages: int


def new_site(runs: int = 5) -> NewSite:
    """`kompas new` and `mkdocs build` in a temporary folder, ``runs`` times."""
    bin_dir = Path(PYTHON).parent
    times = NewSite([], [])
    with tempfile.TemporaryDirectory(prefix="vk-new-") as tmp:
        for n in range(runs):
            target = Path(tmp) / f"kompas-{n}"
            times.new.append(_timed([str(bin_dir / "kompas"), "new", str(target)], Path(tmp)))
            times.build.append(_timed([str(bin_dir / "mkdocs"), "build"], target))
            if not (target / "site" / "index.html").is_file():
                raise BenchError("kompas new: the new site did not build")
    return times


def wheel() -> Wheel:
    """Build the wheel, install it in a fresh venv (dependencies from the package index),
    make a new site with it and build that."""
    with tempfile.TemporaryDirectory(prefix="vk-wheel-") as tmp:
        out = Path(tmp)
        wheel_s = _timed(
            [PYTHON, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)], out
        )
        (built,) = out.glob("vertrouwenskompas-*.whl")
        venv.create(out / "venv", with_pip=True)
        bin_dir = out / "venv" / "bin"
        install_s = _timed([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(built)], out)
        start = time.perf_counter()
        _timed([str(bin_dir / "kompas"), "new", str(out / "site-src")], out)
        _timed([str(bin_dir / "mkdocs"), "build"], out / "site-src")
        new_and_build_s = time.perf_counter() - start
        pages = len(list((out / "site-src" / "site").rglob("index.html")))
        return Wheel(built.stat().st_size // 1024, wheel_s, install_s, new_and_build_s, pages)


def _timed(cmd: list[str], cwd: Path) -> float:
    # Run ``cmd`` in ``cwd``; its wall time in seconds (BenchError when it fails).
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise BenchError(f"{' '.join(cmd[:3])} failed: {done.stderr.strip()[-400:]}")
    return took


def main() -> None:
    t = new_site()
    best = median(t.total)
    mark = "✓" if best <= NEW_TARGET else "✗"
    print(f"kompas new + mkdocs build: median {best:.2f} s (target {NEW_TARGET} s) {mark}")
    w = wheel()
    print(
        f"wheel {w.wheel_kib} KiB in {w.wheel_s:.1f} s; fresh venv install {w.install_s:.1f} s; "
        f"new site built there in {w.new_and_build_s:.1f} s ({w.pages} pages)"
    )


if __name__ == "__main__":
    main()
