"""`make bench`: run the benchmarks, print a table and write it to bench/RESULTS.md.

python -m bench                      # everything (about five minutes)
python -m bench --only scale,reload  # some of them
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable

from bench import fidelity, import_speed, lighthouse, overhead, package, reload, scale, sizes
from bench.common import PYTHON, ROOT, BenchError, median
from kompas.evaluation.fidelity import THRESHOLD

RESULTS = ROOT / "bench" / "RESULTS.md"
# Benchmarks other issues add; their output is included as it is when they exist.
EXTERNAL = {
    "weight": "bench/weight.py",
    "pdf": "bench/pdf.py",
    "spiegel": "bench/spiegel.py",
    "transfer": "bench/transfer.py",
}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; returns 1 when one could not run at all."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated: " + ",".join(SECTIONS))
    parser.add_argument("--no-write", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args(argv)
    chosen = [s for s in args.only.split(",") if s] or list(SECTIONS)
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    out: list[str] = [*_header()]
    broken = False
    for name in chosen:
        title, fn = SECTIONS[name]
        print(f"running {name} …", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            lines = fn()
        except (BenchError, OSError, subprocess.SubprocessError) as exc:
            lines = [f"Not measured: {exc}".strip()]
            broken = True
        took = time.perf_counter() - start
        out += ["", f"## {title}", "", *lines, "", f"_({name}: {took:.0f} s)_"]
    load = os.getloadavg()
    out += ["", f"Load average at the end: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}."]
    text = "\n".join(out) + "\n"
    print(text)
    if not args.no_write and set(chosen) == set(SECTIONS):
        RESULTS.write_text(text, encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}", file=sys.stderr)
    return 1 if broken else 0


def _overhead() -> list[str]:
    r = overhead.measure()
    ok = r.cpu_ratio <= overhead.TARGET
    lines = [
        "| build | CPU, median (s) | wall, median (s) | wall, fastest (s) |",
        "| --- | ---: | ---: | ---: |",
        f"| ours: `mkdocs build` with conversion (fast path), PDF off | {r.ours_cpu:.2f} "
        f"| {r.ours:.2f} | {r.ours_min:.2f} |",
        f"| plain mkdocs-material, same pages as Markdown | {r.plain_cpu:.2f} | {r.plain:.2f} "
        f"| {r.plain_min:.2f} |",
        f"| **ratio** (target ≤ {overhead.TARGET}) | **{r.cpu_ratio:.2f}** {_mark(ok)} "
        f"| {r.ratio:.2f} | {r.min_ratio:.2f} |",
        f"| full conversion of every article (`make convert`, every article parsed) | | "
        f"{r.convert_full:.2f} | |",
        "",
        f"{r.runs} alternating runs each after a warm-up. The target is judged on CPU time: "
        "the build is one process on one core, so on an idle machine its CPU time is its wall "
        "time, while on this shared machine wall time also counts waiting for a core (the "
        "longer process waits more). The build converts only articles whose source changed "
        "(the YAML records the article's sha256) and validates only principle files that "
        "differ from what the converter wrote (`# checked:` digest); the YAML is committed, so "
        "a build from a clean checkout takes this fast path. `make convert` parses every "
        "article again (after a change to the converter).",
    ]
    if not ok:
        lines += [
            "",
            f"Not met: our build took {r.cpu_ratio:.2f} of plain Material's CPU time (target "
            f"≤ {overhead.TARGET}). Where it goes: `KOMPAS_PDF=0 python -m cProfile -s "
            "cumulative -m mkdocs build -q` in a copy of the project (the plugin's events, "
            "the principle files' YAML, the bundles, our templates).",
        ]
    return lines


def _scale() -> list[str]:
    rows = scale.measure()
    plain, marginal = scale.growth(rows)
    big = next(r for r in rows if r.principles == max(scale.SIZES))
    lines = [
        "| principles | convert (s) | convert peak (MiB) | build wall (s) | build CPU (s) "
        "| build peak (MiB) | build CPU ms / principle |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {r.principles} | {r.convert_s:.1f} | {r.convert_mib:.0f} | {r.build_s:.1f} "
        f"| {r.build_cpu_s:.1f} | {r.build_mib:.0f} | {r.per_principle_ms:.1f} |"
        for r in rows
    ]
    lines += [
        "",
        f"- 1,000 principles build in **{big.build_s:.1f} s** (target ≤ "
        f"{scale.TARGET_SECONDS:.0f} s) {_mark(big.build_s <= scale.TARGET_SECONDS)}",
        f"- cost per principle 100 → 1,000: **{plain:.2f}×** (target ≤ {scale.TARGET_GROWTH}) "
        f"{_mark(plain <= scale.TARGET_GROWTH)}; marginal cost (start-up of the 10-principle "
        f"build taken off): {marginal:.2f}×",
        "",
        "Synthetic articles of ten principles each, written from the real principle texts "
        "(every paragraph made unique), in a temporary folder. Conversion parses every article "
        "(pysbd sentence splitting is most of it); the build then takes the fast path. Builds: "
        "fastest of three; cost per principle from CPU time.",
    ]
    vs = scale.versus_reference()
    ours, ref = median(vs.ours), median(vs.reference)
    lines += [
        "",
        f"- Conversion of 1,000 principles against the converter before issue 9 (commit "
        f"{scale.REFERENCE[:7]}), same project, alternating runs, CPU median: ours "
        f"**{ours:.1f} s**, then {ref:.1f} s, ratio **{vs.ratio:.2f}** (target ≤ 1.05: no "
        f"slower) {_mark(vs.ratio <= 1.05)}; runs {', '.join(f'{x:.1f}' for x in vs.ours)} "
        f"/ {', '.join(f'{x:.1f}' for x in vs.reference)} s.",
    ]
    if marginal > scale.TARGET_GROWTH or plain > scale.TARGET_GROWTH:
        lines += [
            "",
            "Why the cost per principle grows: Material's navigation template. With "
            "`navigation.prune` each page still lists every article as a collapsed section "
            "(100 of them at 1,000 principles), so every page's navigation grows with the "
            "number of articles (a profile of the 1,000-principle build puts about a third of "
            "it in `partials/nav.html`). Our hooks do constant work per page (dictionary "
            "lookups for links). It would take grouping many articles under a few "
            "navigation sections (pruned away on other pages) to keep it flat.",
        ]
    return lines


def _sizes() -> list[str]:
    lines = ["| what | raw (bytes) | gzip -9 (bytes) | target |", "| --- | ---: | ---: | --- |"]
    for w in sizes.measure():
        target = sizes.TARGETS.get(w.name)
        mark = f"≤ {target} {_mark(w.gzipped <= target)}" if target else ""
        lines.append(f"| {w.name} | {w.raw:,} | {w.gzipped:,} | {mark} |")
    for name, path in EXTERNAL.items():
        if (ROOT / path).is_file():
            result = subprocess.run(
                [PYTHON, "-m", f"bench.{name}"], cwd=ROOT, capture_output=True, text=True
            )
            body = result.stdout.strip() or result.stderr.strip()[-2000:]
            lines += ["", f"`{path}`:", "", "```", body, "```"]
    return lines


def _lighthouse() -> list[str]:
    reports = lighthouse.measure()
    head = " | ".join(f"{c} (≥ {t})" for c, t in lighthouse.TARGETS.items())
    lines = [
        f"| page | {head} | FCP / LCP / TBT (ms) | performance, every run |",
        "| --- |" + " ---: |" * 6,
    ]
    for r in reports:
        cells = " | ".join(
            f"{r.scores[c]} {_mark(r.scores[c] >= t)}" for c, t in lighthouse.TARGETS.items()
        )
        fcp = r.metrics["first-contentful-paint"]
        lcp = r.metrics["largest-contentful-paint"]
        tbt = r.metrics["total-blocking-time"]
        runs = ", ".join(str(n) for n in r.runs)
        lines.append(f"| {r.page} | {cells} | {fcp:.0f} / {lcp:.0f} / {tbt:.0f} | {runs} |")
    lines.append("")
    for r in reports:
        for category, audits in r.failed.items():
            lines.append(f"- {r.page}, {category}: {', '.join(audits)}")
    lines += [
        "",
        "Mobile preset (simulated slow 4G, 4× CPU slowdown), Debian chromium, the site served "
        "on 127.0.0.1 with gzip by `bench/gzserve.py`; the run with the median performance "
        f"of {len(reports[0].runs) if reports else 0} per page. Lighthouse's benchmark index of "
        "this machine (CPU speed; the simulated timings scale with it, so a busy machine "
        f"scores lower): {', '.join(f'{r.benchmark_index:.0f}' for r in reports)}.",
    ]
    notes = {
        "aria-dialog-name": "Material's search dialog has no accessible name.",
        "color-contrast": "Material's footer text is below 4.5:1 contrast.",
    }
    failed = {a.split(" ")[0] for r in reports for audits in r.failed.values() for a in audits}
    lines += [f"- `{a}`: {why}" for a, why in notes.items() if a in failed]
    return lines


def _reload() -> list[str]:
    times = reload.measure()
    served, shown = reload.summary(times)
    return [
        f"Saving an edited `{reload.ARTICLE}` with `make serve` running (the same command and "
        "environment, no PDF while serving):",
        "",
        f"- to the new text served: median **{served:.2f} s** (target ≤ {reload.TARGET} s) "
        f"{_mark(served <= reload.TARGET)}; edits: {', '.join(f'{t:.2f}' for t in times.served)} s",
        f"- to the open browser tab showing it after the live reload: median **{shown:.2f} s** "
        f"(target ≤ {reload.TARGET} s) {_mark(shown <= reload.TARGET)}; "
        f"edits: {', '.join(f'{t:.2f}' for t in times.browser)} s",
        "",
        "Each edit converts the article again (it changed), then MkDocs rebuilds the whole site.",
    ]


def _fidelity() -> list[str]:
    lines = ["Corpus (`tests/fixtures/real/`):", "", *fidelity.table(fidelity.measure())]
    holdout = fidelity.articles(fidelity.HOLDOUT) if fidelity.HOLDOUT.is_dir() else []
    if holdout:
        lines += ["", "Holdout (`tests/fixtures/holdout/`, never used to tune the extractor):", ""]
        lines += fidelity.table(fidelity.measure(fidelity.HOLDOUT))
    lines += [
        "",
        "Each article converted and built on its own (PDF off). Items and questions are "
        "matched to the gold annotation one to one on their content words (Dice ≥ "
        f"{THRESHOLD}, see `kompas/evaluation/fidelity.py`); text kept: "
        "sentences of each principle's source section (subsections included) found in the "
        "text of its page; requests: URLs on other hosts that a built page loads by itself. "
        "`python -m bench.fidelity --details` lists every miss.",
    ]
    return lines


def _import_speed() -> list[str]:
    return import_speed.table(import_speed.measure())


def _package() -> list[str]:
    t = package.new_site()
    total = median(t.total)
    w = package.wheel()
    return [
        "| step | wall (s) |",
        "| --- | ---: |",
        f"| `kompas new` | {median(t.new):.2f} |",
        f"| `mkdocs build` of the new site (PDF on with Chromium) | {median(t.build):.2f} |",
        f"| **together** (target ≤ {package.NEW_TARGET} s) | **{total:.2f}** "
        f"{_mark(total <= package.NEW_TARGET)} |",
        "",
        f"Medians of {len(t.total)} runs, each in a new folder. The wheel (`pip wheel .`, "
        f"{w.wheel_kib} KiB, {w.wheel_s:.1f} s) installs into a fresh virtual environment in "
        f"{w.install_s:.1f} s with its dependencies from the package index and nothing else; "
        f"there `kompas new` and `mkdocs build` made a site of {w.pages} pages in "
        f"{w.new_and_build_s:.1f} s ✓.",
    ]


def _header() -> list[str]:
    # When, where and on what the figures were measured.
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    load = os.getloadavg()
    return [
        "# Benchmark results",
        "",
        f"Measured by `make bench` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"commit {commit or 'unknown'}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; load average at the start {load[0]:.1f}. "
        "Timings on a shared machine vary by ±30 %; ratios from alternating runs are steadier.",
    ]


def _mark(ok: bool) -> str:
    return "✓" if ok else "✗"


SECTIONS: dict[str, tuple[str, Callable[[], list[str]]]] = {
    "overhead": ("1. Build overhead", _overhead),
    "scale": ("2. Scale", _scale),
    "weight": ("3. Weight and handout PDF", _sizes),
    "lighthouse": ("4. Lighthouse", _lighthouse),
    "reload": ("5. Edit to reload", _reload),
    "fidelity": ("6. Fidelity on real text", _fidelity),
    "import": ("7. Import speed", _import_speed),
    "package": ("8. Your own kompas: new site and wheel", _package),
}

if __name__ == "__main__":
    sys.exit(main())
