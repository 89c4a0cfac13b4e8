"""Fidelity on real text: convert each article of the real-text corpus, build its pages and
compare with the gold annotation (kompas/evaluation/: ``corpus`` measures, ``fidelity`` has
the matching rule).

python -m bench.fidelity                   # tests/fixtures/real/, per article and overall
python -m bench.fidelity tests/fixtures/holdout
python -m bench.fidelity --details          # also list missed and extra items
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompas.evaluation import fidelity
from kompas.evaluation.corpus import CORPUS, HOLDOUT, articles, details, measure, totals

__all__ = ["CORPUS", "HOLDOUT", "articles", "details", "main", "measure", "table", "totals"]
TARGETS = {"item recall": 0.9, "item precision": 0.9, "question recall": 0.9, "text kept": 1.0}


def table(scores: list[fidelity.ArticleScore]) -> list[str]:
    """Markdown table: per article and overall."""
    head = [
        "| article | item recall | item precision | question recall | text kept "
        "| requests to other hosts |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    rows = []
    for s in scores:
        if s.error and not s.principles:
            rows.append(f"| {s.article} | not converted: {_cell(s.error)} | | | | |")
            continue
        rows.append(_row(s.article, [s], s.error))
    rows.append(_row("**overall**", scores, None))
    return head + rows


def _row(name: str, scores: list[fidelity.ArticleScore], error: str | None) -> str:
    t = totals(scores)
    cells = [f"{_pct(t[k])} {_mark(t[k] >= TARGETS[k])}" for k in TARGETS]
    req = int(t["requests"])
    note = f" (build: {_cell(error)})" if error else ""
    return f"| {name}{note} | " + " | ".join(cells) + f" | {req} {_mark(req == 0)} |"


def _pct(x: float) -> str:
    return f"{100 * x:.0f} %"


def _mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "/").split())[:160]


def main(argv: list[str] | None = None) -> int:
    """Print the table (and with --details the differences); 1 when a target is missed."""
    parser = argparse.ArgumentParser(prog="python -m bench.fidelity", description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args(argv)
    scores = measure(args.folder.resolve())
    print("\n".join(table(scores)))
    if args.details:
        print("\n" + "\n".join(details(scores)))
    t = totals(scores)
    return 0 if all(t[k] >= v for k, v in TARGETS.items()) and not t["requests"] else 1


if __name__ == "__main__":
    sys.exit(main())
