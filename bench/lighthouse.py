"""Benchmark 4: Lighthouse (mobile preset) on the home page and a principle page, served
locally with gzip by ``bench.gzserve``."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench import gzserve
from bench.common import CHROMIUM, NO_PDF, ROOT, mkdocs
from bench.plain import copy_ours

CLI = ROOT / "bench" / "node_modules" / "lighthouse" / "cli" / "index.js"
PAGES = {"home": "", "principle": "team-vertrouwen/laat-ruimte-echt/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 99, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-dev-shm-usage"


@dataclass
class Report:
    """Scores (0-100) of one page, and the audits that lost points, per category."""

    page: str
    scores: dict[str, int]
    failed: dict[str, list[str]] = field(default_factory=dict)
    metrics: dict[str, float] = field(default_factory=dict)
    # Lighthouse's measure of the machine's CPU speed during the run (higher is faster);
    # simulated timings scale with it, so a loaded machine scores lower.
    benchmark_index: float = 0.0
    # Performance scores of every run of this page, lowest first.
    runs: list[int] = field(default_factory=list)


def measure(runs: int = 5) -> list[Report]:
    """Build the site for a local address, serve it gzipped and run Lighthouse ``runs``
    times per page; the run with the median performance score is reported."""
    if not CLI.is_file():
        raise FileNotFoundError(f"{CLI} is missing: run `cd bench && npm ci`")
    port = gzserve.free_port()
    reports = []
    with tempfile.TemporaryDirectory(prefix="vk-lh-") as tmp:
        project = copy_ours(Path(tmp) / "project")
        mkdocs(project, env={**NO_PDF, "SITE_URL": f"http://127.0.0.1:{port}/"})
        server = gzserve.serve(project / "site", port)
        try:
            for name, path in PAGES.items():
                url = f"http://127.0.0.1:{port}/{path}"
                runs_ = sorted(
                    (_run(url, Path(tmp) / f"{name}-{i}.json") for i in range(runs)),
                    key=lambda r: r.scores["performance"],
                )
                best = runs_[len(runs_) // 2]
                best.page = name
                best.runs = [r.scores["performance"] for r in runs_]
                reports.append(best)
        finally:
            server.shutdown()
    return reports


def _run(url: str, out: Path) -> Report:
    # One Lighthouse run; its JSON report read back.
    cmd = [
        "node",
        str(CLI),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=300)
    lhr = json.loads(out.read_text(encoding="utf-8"))
    scores = {c: round(100 * (lhr["categories"][c]["score"] or 0)) for c in CATEGORIES}
    failed: dict[str, list[str]] = {}
    for c in CATEGORIES:
        for ref in lhr["categories"][c]["auditRefs"]:
            audit = lhr["audits"][ref["id"]]
            if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                failed.setdefault(c, []).append(f"{ref['id']} ({audit['score']:.2f})")
    metrics = {
        m: lhr["audits"][m]["numericValue"]
        for m in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time")
    }
    return Report(url, scores, failed, metrics, float(lhr["environment"]["benchmarkIndex"]))
