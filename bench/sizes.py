"""Benchmark 3: gzipped bytes of our assets and a principle page, Material's beside them
(the handout PDF's build time is `bench/pdf.py`'s, run beside it by `python -m bench`)."""

from __future__ import annotations

import gzip
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.common import NO_PDF, mkdocs
from bench.plain import copy_ours
from kompas.site import assets as bundles

PRINCIPLE_PAGE = "team-vertrouwen/laat-ruimte-echt/index.html"
# What every page loads (issue 11's budgets; bench/weight.py adds our inline script).
TARGETS = {"our JS, every page": 5120, "our CSS, every page": 2560}


@dataclass(frozen=True)
class Weight:
    """One group of files: raw and gzipped bytes, the files counted."""

    name: str
    raw: int
    gzipped: int
    files: tuple[str, ...]


def measure() -> list[Weight]:
    """Weights from a fresh build of the real site (PDF off)."""
    with tempfile.TemporaryDirectory(prefix="vk-sizes-") as tmp:
        project = copy_ours(Path(tmp) / "project")
        mkdocs(project, env=NO_PDF)
        site = project / "site"
        assets = site / "assets"
        ours = assets / "kompas"
        general = [ours / name for name in bundles.GENERAL]
        groups = {
            "our JS, every page": [f for f in general if f.suffix == ".js"],
            "our CSS, every page": [f for f in general if f.suffix == ".css"],
            "our JS added on Mijn checklist and the handout": sorted(
                f for f in ours.glob("*.js") if f.name not in bundles.GENERAL
            ),
            "principle page HTML": [site / PRINCIPLE_PAGE],
            "home page HTML": [site / "index.html"],
            "Material JS bundle": sorted((assets / "javascripts").glob("bundle.*.min.js")),
            "Material CSS (main + palette)": sorted((assets / "stylesheets").glob("*.min.css")),
            "Material search worker (on first search)": sorted(
                (assets / "javascripts" / "workers").glob("search.*.min.js")
            ),
        }
        return [_weigh(name, files, site) for name, files in groups.items()]


def _weigh(name: str, files: list[Path], site: Path) -> Weight:
    # Sum of raw and gzip -9 sizes (what a host's static compression gets close to).
    data = [f.read_bytes() for f in files]
    return Weight(
        name,
        sum(len(d) for d in data),
        sum(len(gzip.compress(d, 9)) for d in data),
        tuple(f.relative_to(site).as_posix() for f in files),
    )
