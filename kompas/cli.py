"""Command line: ``kompas new DIR``, ``convert``, ``import FILE``, ``review [ARTICLE]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompas import __version__
from kompas import convert as conv
from kompas.errors import ContentError


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="kompas", description=__doc__)
    parser.add_argument("--version", action="version", version=f"kompas {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("new", help="make a new kompas site in DIR (a new or empty folder)")
    p.add_argument("dir", type=Path, help="the folder of the new site")
    p.add_argument("--name", default="", help="the site's name (default: from the folder)")
    p = sub.add_parser("convert", help="convert content_src/*.md into YAML principles")
    p.add_argument("--check", action="store_true", help="fail if the YAML is out of date")
    p.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: .)")
    p.add_argument(
        "--articles", type=Path, default=None, help="articles folder (default: ROOT/content_src)"
    )
    p = sub.add_parser(
        "import",
        help="draft content_src/<slug>.md from text, a web page, Word, Google Docs or WordPress",
    )
    p.add_argument(
        "file",
        type=Path,
        help="plain text (one paragraph a line), .html, .docx, a Google Docs web page .zip, "
        "or a WordPress export .xml",
    )
    p.add_argument("--slug", default="", help="file name of the draft (default: from the title)")
    p.add_argument("--title", default="", help="the article's title (default: found or empty)")
    p.add_argument("--author", default="", help="the article's author (default: found or empty)")
    p.add_argument(
        "--post",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="WordPress export: import the post with this id (repeatable)",
    )
    p.add_argument(
        "--all", action="store_true", help="WordPress export: import every published post"
    )
    p.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: .)")
    p = sub.add_parser("review", help="per principle: what became an item, what was not taken")
    p.add_argument("article", nargs="?", default="", help="article file or id (default: all)")
    p.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: .)")
    args = parser.parse_args(argv)
    if args.command == "new":
        return _new(args.dir, args.name)
    root: Path = args.root.resolve()
    if args.command == "import":
        return _import(root, args)
    if args.command == "review":
        from kompas.editors import review

        return review.main(root, args.article)
    articles = (root / args.articles).resolve() if args.articles else None
    try:
        results = conv.convert(root, full=True, articles=articles)
    except ContentError as exc:
        print(f"error: {exc.relative_to(root)}", file=sys.stderr)
        return 1
    for r in results:
        for warning in r.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    stale = [r for r in results if r.changed]
    orphans = conv.orphans(root, articles)
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


def _new(target: Path, name: str) -> int:
    # `kompas new DIR`: a new site that builds at once; never into a folder with files.
    from kompas import new_site

    try:
        written = new_site.create(target, name)
    except ContentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"made a new kompas site in {target} ({len(written)} files); next:")
    print(f"  cd {target} && mkdocs serve    # or: make serve; `make test` checks it")
    return 0


def _import(root: Path, args: argparse.Namespace) -> int:
    # `kompas import FILE`: draft articles; all or nothing, never over an existing file.
    from kompas.editors import importer, readers
    from kompas.principles import ids

    file: Path = args.file.resolve()
    try:
        if file.suffix.lower() == ".xml" or args.post or args.all:
            from kompas.editors import wordpress

            export = wordpress.read(file)
            if not args.post and not args.all:
                print("\n".join(wordpress.listing(export)))
                return 0
            if args.slug and (args.all or len(args.post) > 1):
                print("error: --slug names one draft; use it with a single --post", file=sys.stderr)
                return 2
            chosen = wordpress.drafts(export, args.post, every=args.all)
            drafts = [
                importer.finish(d, file, title=args.title, author=args.author) for d in chosen
            ]
        else:
            drafts = [readers.draft(file, title=args.title, author=args.author)]
        named = [
            (ids.slugify(args.slug, 8) if args.slug else importer.slug_for(d, file), d)
            for d in drafts
        ]
        content = root / "content_src"
        written = importer.write_drafts(content, named)
    except ContentError as exc:
        print(f"error: {exc.relative_to(root)}", file=sys.stderr)
        print("nothing was written", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc.filename or file}: {exc.strerror}", file=sys.stderr)
        print("nothing was written", file=sys.stderr)
        return 1
    for slug, d in named:
        images = [p for p in written if p.parent == content / slug]
        where = f" and {len(images)} image(s) in content_src/{slug}/" if images else ""
        print(f"wrote content_src/{slug}.md{where}" + (f" (from {d.label})" if d.label else ""))
        print("\n".join(importer.summary(d)))
    print(
        "check every line marked 'import:' (then delete the comment), run `kompas review`, "
        "then `make build`"
    )
    return 0
