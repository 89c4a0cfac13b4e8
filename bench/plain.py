"""A plain mkdocs-material project with the same pages as the real site, written as ordinary
Markdown from the committed principle files (the baseline of the build-overhead benchmark),
and ``copy_ours``: the copy of the real project every other benchmark builds."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from bench.common import ROOT
from kompas.convert import load_all
from kompas.principles.model import Article, Principle

_OURS_ONLY = ("custom_dir", "hooks", "watch")
_OUR_PLUGINS = ("kompas", "offline")


def make_project(dest: Path) -> Path:
    """Write the plain project into ``dest``: docs/ and a mkdocs.yml without our plugin."""
    docs = load_all(ROOT)
    out = dest / "docs"
    out.mkdir(parents=True)
    articles = "\n".join(f"- [{d.article.title}]({d.article.id}/index.md)" for d in docs)
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    _write(out / "index.md", index.replace("<!-- kompas:articles -->", articles))
    overview = ["# Alle principes", ""]
    for d in docs:
        a = d.article
        overview += [f"## {a.title}", ""]
        overview += [
            f"{p.number}. [{p.title}](../{a.id}/{p.id}.md): {p.summary}" for p in d.principles
        ]
        overview.append("")
        _write(out / a.id / "index.md", _article(a, d.principles))
        for p in d.principles:
            _write(out / a.id / f"{p.id}.md", _principle(a, d.source, p))
    _write(out / "principes" / "index.md", "\n".join(overview))
    faq = ["# Veelgestelde vragen", ""]
    for d in docs:
        for q in d.article.faq:
            faq += [f"## {q.question}", "", q.answer, ""]
    _write(out / "veelgestelde-vragen.md", "\n".join(faq))
    _write(dest / "mkdocs.yml", yaml.safe_dump(_config(), allow_unicode=True, sort_keys=False))
    return dest


def copy_ours(dest: Path, content: bool = True) -> Path:
    """A copy of the real project (sources, hooks, templates, core) in ``dest``; without
    ``content_src`` when ``content`` is false (the caller writes its own articles)."""
    for name in ("docs", "hooks", "overrides", "kompas", *(["content_src"] if content else [])):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


def _article(a: Article, principles: Sequence[Principle]) -> str:
    # An article page: intro, its own sections and the list of its principles.
    parts = [f"# {a.title}", "", a.intro, ""]
    parts += [f"{p.number}. [{p.title}]({p.id}.md)" for p in principles]
    for s in a.sections:
        parts += ["", f"## {s.title}", "", s.markdown]
    return "\n".join(parts)


def _principle(a: Article, source: str, p: Principle) -> str:
    # A principle page: summary, explanation, checklist, questions and sources as Markdown.
    parts = [
        f"# {p.title}",
        "",
        f"[{a.title}](index.md) · principe {p.number}",
        "",
        f"**{p.summary}**",
        "",
        p.explanation,
        "",
        "## Checklist",
        "",
    ]
    parts += [f"- {item.text}" for item in p.checklist]
    if p.reflection:
        parts += ["", "## Reflectievragen", ""]
        parts += [f"1. {q.text}" for q in p.reflection]
    if a.questions:
        parts += ["", "## Vragen bij het hele artikel", ""]
        parts += [f"- {q.text}" for q in a.questions]
    parts += ["", "## Bronnen", "", f"Uit [{a.title}](index.md) door {a.author}.", ""]
    parts += [
        f"1. \u201c{i.source.quote}\u201d ({source}, regel {i.source.line})"
        for i in p.checklist + p.reflection
    ]
    return "\n".join(parts) + "\n"


def _config() -> dict[str, Any]:
    # Our mkdocs.yml (theme, features, palette, search, Markdown) without our own parts.
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config: dict[str, Any] = yaml.load(text, Loader=_EnvLoader)
    for key in _OURS_ONLY:
        config.pop(key, None)
        config["theme"].pop(key, None)
    config["plugins"] = [
        p for p in config["plugins"] if not (isinstance(p, dict) and set(p) & set(_OUR_PLUGINS))
    ]
    config["site_url"] = "http://127.0.0.1:8000/"
    return config


class _EnvLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, taking an ``!ENV [NAME, default]`` value as its default."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)[-1]
    return None


_EnvLoader.add_constructor("!ENV", _env)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
