"""How many seconds the handout PDF adds to `mkdocs build` (budget: 3 s).

Builds a copy of the site with and without the PDF, a few times each (interleaved), and
prints the medians, their difference and the time of printing the PDF alone.
Run: .venv/bin/python -m bench.pdf [runs]
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.common import NO_PDF, BenchError, median, mkdocs
from bench.plain import copy_ours
from kompas.site import handout, pdf

BUDGET = 3.0


@dataclass(frozen=True)
class PdfTimes:
    """Seconds of each build without and with the PDF, and of printing it alone."""

    without: list[float]
    with_pdf: list[float]
    alone: list[float]

    @property
    def added(self) -> float:
        return median(self.with_pdf) - median(self.without)


def measure(runs: int = 3) -> PdfTimes:
    """Interleaved builds, so a busy moment of the machine weighs on both sides."""
    times = PdfTimes([], [], [])
    with tempfile.TemporaryDirectory(prefix="vk-pdf-") as tmp:
        project = copy_ours(Path(tmp) / "project")
        for _ in range(runs):
            times.without.append(mkdocs(project, env=NO_PDF).seconds)
            times.with_pdf.append(mkdocs(project, env={"KOMPAS_PDF": "1"}).seconds)
            times.alone.append(_print_only(project / "site"))
    return times


def main() -> None:
    t = measure(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    mark = "✓" if t.added <= BUDGET else "✗"
    print(f"build without PDF: median {median(t.without):.2f} s  {_fmt(t.without)}")
    print(f"build with PDF:    median {median(t.with_pdf):.2f} s  {_fmt(t.with_pdf)}")
    print(f"PDF alone:         median {median(t.alone):.2f} s  {_fmt(t.alone)}")
    print(f"PDF adds {t.added:.2f} s to the build (budget {BUDGET:.0f} s) {mark}")


def _print_only(site: Path) -> float:
    # Seconds for printing the already built handout page to a PDF.
    start = time.perf_counter()
    outcome = pdf.build(site / "handout" / "index.html", site / handout.PDF)
    if outcome.path is None:
        raise BenchError(outcome.message)
    return time.perf_counter() - start


def _fmt(values: list[float]) -> str:
    # The single runs, for a sense of the spread.
    return "(" + ", ".join(f"{v:.2f}" for v in values) + ")"


if __name__ == "__main__":
    main()
