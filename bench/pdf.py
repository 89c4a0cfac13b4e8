"""How many seconds the handout PDF adds to `mkdocs build` (budget: 3 s).

Builds the site into a temporary folder with and without the PDF, a few times each, and
prints the medians and their difference, and the time of printing the PDF alone.
Run: .venv/bin/python bench/pdf.py [runs]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 3.0


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        for name in ("docs", "content_src", "hooks", "overrides"):
            shutil.copytree(ROOT / name, project / name)
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        without: list[float] = []
        with_pdf: list[float] = []
        pdf_alone: list[float] = []
        for _ in range(runs):  # interleaved, so a busy moment weighs on both sides
            without.append(_build(project, "0"))
            with_pdf.append(_build(project, "1"))
            pdf_alone.append(_print_only(project))
    added = statistics.median(with_pdf) - statistics.median(without)
    print(f"build without PDF: median {statistics.median(without):.2f} s  {_fmt(without)}")
    print(f"build with PDF:    median {statistics.median(with_pdf):.2f} s  {_fmt(with_pdf)}")
    print(f"PDF alone:         median {statistics.median(pdf_alone):.2f} s  {_fmt(pdf_alone)}")
    print(f"PDF adds {added:.2f} s to the build (budget {BUDGET:.0f} s)")


def _build(project: Path, switch: str) -> float:
    # Seconds for one strict build of ``project`` with KOMPAS_PDF=switch.
    env = dict(os.environ, KOMPAS_PDF=switch, NO_MKDOCS_2_WARNING="1")
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def _print_only(project: Path) -> float:
    # Seconds for printing the already built handout page to a PDF.
    from kompas.site import handout, pdf

    site = project / "site"
    start = time.perf_counter()
    outcome = pdf.build(site / "handout" / "index.html", site / handout.PDF, {})
    if outcome.path is None:
        raise SystemExit(outcome.message)
    return time.perf_counter() - start


def _fmt(values: list[float]) -> str:
    # The single runs, for a sense of the spread.
    return "(" + ", ".join(f"{v:.2f}" for v in values) + ")"


if __name__ == "__main__":
    main()
