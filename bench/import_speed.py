"""Import speed (issue 19): a 30-page .docx and a 200-post WordPress export, each ≤ 5 s.

python -m bench.import_speed

The inputs are made from the real fixtures: the .docx repeats the body of
tests/fixtures/import/word/ (headings numbered by Word, lists, a table, notes, two images)
until it has about 30 pages of text (370 words a page); the export repeats the posts of
tests/fixtures/import/wordpress/ (Gutenberg blocks, shortcodes, remote images) with new
ids until it has 200 published posts. Each is imported with `python -m kompas import` into
an empty project (the export with --all), timed from start to exit, fastest of three.
"""

from __future__ import annotations

import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from bench.common import PYTHON, ROOT, run

TARGET_SECONDS = 5.0
PAGES = 30
WORDS_PER_PAGE = 370
POSTS = 200
FIXTURES = ROOT / "tests" / "fixtures" / "import"
DOCX = FIXTURES / "word" / "met-meerdere-personen-schrijven.docx"
WXR = FIXTURES / "wordpress" / "theme-unit-test-excerpt.xml"


@dataclass(frozen=True)
class Timing:
    """One input: what it holds and how long its import took."""

    what: str
    size: str
    seconds: list[float]

    @property
    def best(self) -> float:
        return min(self.seconds)


def big_docx(target: Path) -> int:
    """Write a .docx of about 30 pages; returns its number of words."""
    with zipfile.ZipFile(DOCX) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    document = parts["word/document.xml"].decode("utf-8")
    start = document.index("<w:body>") + len("<w:body>")
    end = document.rindex("<w:sectPr") if "<w:sectPr" in document else document.rindex("</w:body>")
    body = document[start:end]
    # Keep the title once; repeat everything after it.
    title_end = body.index("</w:p>") + len("</w:p>")
    title, rest = body[:title_end], body[title_end:]
    words = len(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", rest)).split())
    copies = max(1, round(PAGES * WORDS_PER_PAGE / words))
    parts["word/document.xml"] = (document[:start] + title + rest * copies + document[end:]).encode(
        "utf-8"
    )
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return words * copies


def big_export(target: Path) -> int:
    """Write a WXR file with 200 published posts; returns the number of posts."""
    text = WXR.read_text(encoding="utf-8")
    items = re.findall(r"<item>.*?</item>", text, re.DOTALL)
    published = [
        i
        for i in items
        if re.search(r"<wp:status>(?:<!\[CDATA\[)?publish", i)
        and re.search(r"<content:encoded><!\[CDATA\[\s*[^\]\s]", i)
        and "<wp:post_password/>"
        in i.replace("<wp:post_password><![CDATA[]]></wp:post_password>", "<wp:post_password/>")
    ]
    out = []
    for n in range(POSTS):
        item = published[n % len(published)]
        item = re.sub(
            r"<wp:post_id>\d+</wp:post_id>", f"<wp:post_id>{10000 + n}</wp:post_id>", item
        )
        title = re.search(r"<title>(.*?)</title>", item)
        name = f"{title.group(1) if title else 'Bericht'} {n}"
        item = re.sub(r"<title>.*?</title>|<title/>", f"<title>{name}</title>", item, count=1)
        out.append(item)
    head = text[: text.index("<item>")]
    tail = text[text.rindex("</item>") + len("</item>") :]
    target.write_text(head + "\n".join(out) + tail, encoding="utf-8")
    return POSTS


def measure(runs: int = 3) -> list[Timing]:
    """Time both imports (fastest of ``runs``), each into a fresh empty project."""
    timings = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        docx = folder / "dertig-paginas.docx"
        words = big_docx(docx)
        export = folder / "export.xml"
        posts = big_export(export)
        for what, size, args in (
            (".docx", f"{words:,} words (~{words / WORDS_PER_PAGE:.0f} pages)", [str(docx)]),
            ("WordPress export", f"{posts} published posts", [str(export), "--all"]),
        ):
            seconds = []
            for n in range(runs):
                project = folder / f"project-{what[:5].strip('.')}-{n}"
                project.mkdir()
                cmd = [PYTHON, "-m", "kompas", "import", *args, "--root", str(project)]
                seconds.append(run(cmd, ROOT).seconds)
            timings.append(Timing(what, size, seconds))
    return timings


def table(timings: list[Timing]) -> list[str]:
    """The results as Markdown lines."""
    lines = [
        f"| input | size | import, fastest (s) | runs (s) | target ≤ {TARGET_SECONDS:.0f} s |",
        "| --- | --- | ---: | --- | --- |",
    ]
    for t in timings:
        mark = "✓" if t.best <= TARGET_SECONDS else "✗"
        runs = ", ".join(f"{s:.2f}" for s in t.seconds)
        lines.append(f"| {t.what} | {t.size} | **{t.best:.2f}** | {runs} | {mark} |")
    lines += [
        "",
        "`python -m kompas import` as an editor runs it (interpreter start included), into an "
        "empty project; the inputs are generated from the real fixtures (`bench/import_speed.py`).",
    ]
    return lines


if __name__ == "__main__":
    print("\n".join(table(measure())))
    sys.exit(0)
