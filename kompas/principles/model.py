"""The principle file of one article as typed, immutable values.

``schema.json`` is the contract of the YAML text; these classes are the same shape in
Python (``tests/test_model.py`` proves that both name the same fields with the same
types). The extractor builds them, the store writes and reads them, the site reads them.
``from_dict`` reads data that the schema has already accepted (see ``store``) and
``to_dict`` gives back exactly that data, key for key in field order, so that a file loaded
and dumped again is byte for byte the same. Both are written once, for every class, from
the fields and their types (``Record``).
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from typing import Any, Literal, Self, Union, cast, get_args, get_origin, get_type_hints

# How a checklist item or question was found in the article.
Origin = Literal["heading", "sentence", "list", "added"]
# Where an article section that is no principle goes: before or after the principles.
Place = Literal["before", "after"]
FORMAT = 1


class Record:
    """``from_dict``/``to_dict`` of a dataclass, from its fields' types: a nested record is
    a mapping, a tuple a list, a ``None`` of an optional field a key left out."""

    __slots__ = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """From validated data (an optional field's missing key is None)."""
        values = {
            name: read(data[name]) if name in data else None
            for name, read, _, default in _plan(cls)
            if name in data or not default
        }
        return cast(Self, cast(Any, cls)(**values))

    def to_dict(self) -> dict[str, Any]:
        """The data as the schema describes it, keys in field order."""
        out = {}
        for name, _, write, _ in _plan(type(self)):
            value = getattr(self, name)
            if value is not None:
                out[name] = write(value)
        return out


@dataclass(frozen=True, slots=True)
class Source(Record):
    """Where in the article an item comes from: its line and the words quoted."""

    line: int
    quote: str


@dataclass(frozen=True, slots=True)
class Named(Record):
    """What the browser stores answers under: a stable id, and the old ids it replaces."""

    id: str
    aliases: tuple[str, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        """The id followed by its old ids."""
        return (self.id, *self.aliases)


@dataclass(frozen=True, slots=True)
class Item(Named):
    """A checklist item or a reflection question, with its stable id and old ids."""

    text: str
    origin: Origin
    source: Source
    spiegel: str | None = None  # the editors' wording for De spiegel; written only when given


# A reflection question has the shape of a checklist item.
Question = Item


@dataclass(frozen=True, slots=True)
class ArticleSection(Record):
    """An article section that is no principle (text before or after the principles)."""

    title: str
    place: Place
    editorial: bool
    line: int
    markdown: str


@dataclass(frozen=True, slots=True)
class Faq(Named):
    """A question and answer from the article's 'Veelgestelde vragen'."""

    question: str
    editorial: bool
    line: int
    answer: str


@dataclass(frozen=True, slots=True)
class Article(Record):
    """What an article says outside its principles, and who wrote it."""

    id: str
    title: str
    author: str
    organisation: str
    summary: str | None
    intro: str
    sections: tuple[ArticleSection, ...]
    questions: tuple[Question, ...]
    faq: tuple[Faq, ...]
    date: str | None = None  # from the front matter, 2025-01-31; written only when given
    order: int | None = None  # the article's place on the site; written only when given


@dataclass(frozen=True, slots=True)
class Principle(Named):
    """One numbered principle: its text, checklist and reflection questions."""

    number: int
    title: str
    editorial: bool
    line: int
    summary: str
    explanation: str
    checklist: tuple[Item, ...]
    reflection: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class Document(Record):
    """The principle file of one article: its source, the article and its principles."""

    format: int = field(default=FORMAT, kw_only=True)
    source: str
    source_sha256: str
    article: Article
    principles: tuple[Principle, ...]


# The name the rest of the code uses for one article's principle file.
ArticleFile = Document

_Convert = Callable[[Any], Any]


_Plan = tuple[tuple[str, _Convert, _Convert, bool], ...]
_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    # Per field of a record class: its name, how to read and write it, whether it has a
    # default (worked out once per class).
    if cls not in _PLANS:
        hints = get_type_hints(cls)
        _PLANS[cls] = tuple(
            (f.name, *_converters(hints[f.name]), f.default is not MISSING) for f in fields(cls)
        )
    return _PLANS[cls]


def _converters(hint: Any) -> tuple[_Convert, _Convert]:
    # Read and write functions for a field of type ``hint``.
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):  # "str | None": the value itself, or no key
        [inner] = [a for a in args if a is not type(None)]
        return _converters(inner)
    if origin is tuple:
        read, write = _converters(args[0])
        return (lambda v: tuple(read(x) for x in v)), (lambda v: [write(x) for x in v])
    if isinstance(hint, type) and is_dataclass(hint) and issubclass(hint, Record):
        return hint.from_dict, _to_dict
    return _same, _same  # str, int, bool, a Literal: as it is


def _same(value: Any) -> Any:
    return value


def _to_dict(record: Record) -> dict[str, Any]:
    return record.to_dict()
