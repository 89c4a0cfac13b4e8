"""Command line: ``python -m kompas convert [--check]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompas import convert as conv
from kompas.errors import ContentError


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="kompas", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("convert", help="convert content_src/*.md into YAML principles")
    p.add_argument("--check", action="store_true", help="fail if the YAML is out of date")
    p.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: .)")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    try:
        results = conv.convert(root, full=True)
    except ContentError as exc:
        print(f"error: {exc.relative_to(root)}", file=sys.stderr)
        return 1
    stale = [r for r in results if r.changed]
    orphans = conv.orphans(root)
    for orphan in orphans:
        rel = orphan.relative_to(root)
        print(
            f"warning: {rel} has no article any more; delete it if that is intended",
            file=sys.stderr,
        )
    if args.check:
        for r in stale:
            print(
                f"error: {r.path.relative_to(root)} is out of date with {r.doc.source}; "
                "run `make convert` and commit the result",
                file=sys.stderr,
            )
        if stale or orphans:
            return 1
        print(f"convert --check: {len(results)} principle files up to date")
        return 0
    written = conv.write(results)
    principles = [p for r in results for p in r.doc.principles]
    items = sum(len(p.checklist) for p in principles)
    questions = sum(len(p.reflection) for p in principles)
    print(
        f"converted {len(results)} articles: {len(principles)} principles, "
        f"{items} checklist items, {questions} reflection questions; "
        f"{len(written)} files written, {len(results) - len(written)} unchanged"
    )
    return 0
