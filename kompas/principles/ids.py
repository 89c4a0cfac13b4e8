"""Stable ids: slugs from text, kept across edits by matching against the previous YAML."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from slugify import slugify as _library_slug

# An edited text at least this similar to its old version is the same entry (a typo fix).
SAME = 0.8
# A text from the same source line at least this similar is a rewording: new id, old as alias.
REWORDED = 0.3
_MAX_WORDS = 6


@dataclass(frozen=True)
class Known:
    """An id that the previous YAML gave to a text."""

    id: str
    text: str
    aliases: tuple[str, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Wanted:
    """A text that needs an id, with the source line it came from."""

    text: str
    line: int | None = None


@dataclass
class Assigned:
    """The id chosen for a text, and the old ids it replaces."""

    id: str
    aliases: list[str] = field(default_factory=list)


def slugify(text: str, max_words: int = _MAX_WORDS) -> str:
    """A lower-case ASCII slug of the first ``max_words`` words of ``text``.

    python-slugify makes the slug (ASCII by text-unidecode, named so that an installed
    Unidecode cannot change the ids); we only cap it to ``max_words`` words.
    """
    words = _library_slug(text, backend="text-unidecode").split("-")
    return "-".join(words[:max_words]) or "item"


def similarity(a: str, b: str) -> float:
    """How alike two texts are, ignoring case and punctuation (0..1)."""
    return SequenceMatcher(None, _norm(a), _norm(b)).ratio()


def alike(a: str, b: str, threshold: float) -> bool:
    """Whether ``similarity(a, b) >= threshold``; the cheap upper bounds first (most pairs
    of items differ in length or letters, and the full comparison is quadratic)."""
    m = SequenceMatcher(None, _norm(a), _norm(b))
    return (
        m.real_quick_ratio() >= threshold
        and m.quick_ratio() >= threshold
        and (m.ratio() >= threshold)
    )


def assign(
    wanted: Sequence[Wanted], known: Sequence[Known], max_words: int = _MAX_WORDS
) -> list[Assigned]:
    """Ids for ``wanted`` texts, reusing the ids in ``known`` where a text is the same.

    Exact and near-identical texts keep their id. A text from the same source line that
    was reworded gets a new id and keeps the old ids as aliases. Ids never collide.
    """
    result: list[Assigned | None] = [None] * len(wanted)
    fresh: set[int] = set()  # entries whose id is a new slug (new or reworded text)
    free = list(known)
    for keep in (_exact, _typo, _reworded):
        for i, want in enumerate(wanted):
            if result[i] is None and (old := keep(want, free)) is not None:
                free.remove(old)
                result[i] = got = _from_old(want, old, keep is _reworded, max_words)
                if got.id != old.id:
                    fresh.add(i)
    for i, want in enumerate(wanted):
        if result[i] is None:
            result[i] = Assigned(slugify(want.text, max_words))
            fresh.add(i)
    done = [a for a in result if a is not None]
    taken = {a.id for i, a in enumerate(done) if i not in fresh}
    taken |= {x for a in done for x in a.aliases} | {x for o in free for x in (o.id, *o.aliases)}
    for i in sorted(fresh):
        done[i].id = _unique(done[i].id, taken)
        taken.add(done[i].id)
    return done


def _exact(want: Wanted, free: list[Known]) -> Known | None:
    # The old entry with exactly this text.
    return next((old for old in free if old.text == want.text), None)


def _typo(want: Wanted, free: list[Known]) -> Known | None:
    # The most similar old entry when it is near-identical.
    best = max(free, key=lambda old: similarity(old.text, want.text), default=None)
    return best if best and similarity(best.text, want.text) >= SAME else None


def _reworded(want: Wanted, free: list[Known]) -> Known | None:
    # An old entry from the same source line that shares enough wording.
    same_line = [old for old in free if want.line is not None and old.line == want.line]
    best = max(same_line, key=lambda old: similarity(old.text, want.text), default=None)
    return best if best and similarity(best.text, want.text) >= REWORDED else None


def _from_old(want: Wanted, old: Known, reworded: bool, max_words: int) -> Assigned:
    # Keep the old id, or for a rewording take a fresh slug and remember the old id.
    if not reworded:
        return Assigned(old.id, list(old.aliases))
    new_id = slugify(want.text, max_words)
    if new_id == old.id or new_id in old.aliases:
        return Assigned(old.id, list(old.aliases))
    return Assigned(new_id, [*old.aliases, old.id])


def _unique(slug: str, taken: set[str]) -> str:
    # ``slug`` or ``slug-2``, ``slug-3``… whichever is free.
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def _norm(text: str) -> str:
    # Lower-case words only.
    return " ".join(re.findall(r"\w+", text.lower()))
