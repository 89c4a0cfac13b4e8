"""The principle file of one article as typed, immutable values.

``schema.json`` is the contract of the YAML text; these classes are the same shape in
Python. ``from_dict`` reads data that the schema has already accepted (see ``store``),
``to_dict`` gives back exactly that data, key for key and in the same order, so that a
file loaded and dumped again is byte for byte the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, cast

# How a checklist item or question was found in the article.
Origin = Literal["heading", "sentence", "list", "added"]
# Where an article section that is no principle goes: before or after the principles.
Place = Literal["before", "after"]
FORMAT = 1


@dataclass(frozen=True, slots=True)
class Source:
    """Where in the article an item comes from: its line and the words quoted."""

    line: int
    quote: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        """From validated data."""
        return cls(line=data["line"], quote=data["quote"])

    def to_dict(self) -> dict[str, Any]:
        """The data as the schema describes it."""
        return {"line": self.line, "quote": self.quote}


@dataclass(frozen=True, slots=True)
class Item:
    """A checklist item or a reflection question, with its stable id and old ids."""

    id: str
    aliases: tuple[str, ...]
    text: str
    origin: Origin
    source: Source

    @property
    def ids(self) -> tuple[str, ...]:
        """The id followed by its old ids."""
        return (self.id, *self.aliases)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        """From validated data."""
        return cls(
            id=data["id"],
            aliases=tuple(data["aliases"]),
            text=data["text"],
            origin=cast(Origin, data["origin"]),
            source=Source.from_dict(data["source"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The data as the schema describes it."""
        return {
            "id": self.id,
            "aliases": list(self.aliases),
            "text": self.text,
            "origin": self.origin,
            "source": self.source.to_dict(),
        }


# A reflection question has the shape of a checklist item.
Question = Item


@dataclass(frozen=True, slots=True)
class Section:
    """An article section that is no principle (text before or after the principles)."""

    title: str
    place: Place
    editorial: bool
    line: int
    markdown: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Section:
        """From validated data."""
        return cls(
            title=data["title"],
            place=cast(Place, data["place"]),
            editorial=data["editorial"],
            line=data["line"],
            markdown=data["markdown"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The data as the schema describes it."""
        return {
            "title": self.title,
            "place": self.place,
            "editorial": self.editorial,
            "line": self.line,
            "markdown": self.markdown,
        }


@dataclass(frozen=True, slots=True)
class Faq:
    """A question and answer from the article's 'Veelgestelde vragen'."""

    id: str
    aliases: tuple[str, ...]
    question: str
    editorial: bool
    line: int
    answer: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Faq:
        """From validated data."""
        return cls(
            id=data["id"],
            aliases=tuple(data["aliases"]),
            question=data["question"],
            editorial=data["editorial"],
            line=data["line"],
            answer=data["answer"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The data as the schema describes it."""
        return {
            "id": self.id,
            "aliases": list(self.aliases),
            "question": self.question,
            "editorial": self.editorial,
            "line": self.line,
            "answer": self.answer,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """What an article says outside its principles, and who wrote it."""

    id: str
    title: str
    author: str
    organisation: str
    summary: str | None
    intro: str
    sections: tuple[Section, ...]
    questions: tuple[Question, ...]
    faq: tuple[Faq, ...]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """From validated data."""
        return cls(
            id=data["id"],
            title=data["title"],
            author=data["author"],
            organisation=data["organisation"],
            summary=data.get("summary"),
            intro=data["intro"],
            sections=tuple(Section.from_dict(s) for s in data["sections"]),
            questions=tuple(Item.from_dict(q) for q in data["questions"]),
            faq=tuple(Faq.from_dict(f) for f in data["faq"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The data as the schema describes it (``summary`` only when there is one)."""
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "author": self.author,
            "organisation": self.organisation,
        }
        if self.summary is not None:
            out["summary"] = self.summary
        out |= {
            "intro": self.intro,
            "sections": [s.to_dict() for s in self.sections],
            "questions": [q.to_dict() for q in self.questions],
            "faq": [f.to_dict() for f in self.faq],
        }
        return out


@dataclass(frozen=True, slots=True)
class Principle:
    """One numbered principle: its text, checklist and reflection questions."""

    id: str
    aliases: tuple[str, ...]
    number: int
    title: str
    editorial: bool
    line: int
    summary: str
    explanation: str
    checklist: tuple[Item, ...]
    reflection: tuple[Question, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        """The id followed by its old ids."""
        return (self.id, *self.aliases)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Principle:
        """From validated data."""
        return cls(
            id=data["id"],
            aliases=tuple(data["aliases"]),
            number=data["number"],
            title=data["title"],
            editorial=data["editorial"],
            line=data["line"],
            summary=data["summary"],
            explanation=data["explanation"],
            checklist=tuple(Item.from_dict(i) for i in data["checklist"]),
            reflection=tuple(Item.from_dict(q) for q in data["reflection"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The data as the schema describes it."""
        return {
            "id": self.id,
            "aliases": list(self.aliases),
            "number": self.number,
            "title": self.title,
            "editorial": self.editorial,
            "line": self.line,
            "summary": self.summary,
            "explanation": self.explanation,
            "checklist": [i.to_dict() for i in self.checklist],
            "reflection": [q.to_dict() for q in self.reflection],
        }


@dataclass(frozen=True, slots=True)
class Document:
    """The principle file of one article: its source, the article and its principles."""

    source: str
    source_sha256: str
    article: Article
    principles: tuple[Principle, ...]
    format: int = FORMAT

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """From data the schema accepted."""
        return cls(
            source=data["source"],
            source_sha256=data["source_sha256"],
            article=Article.from_dict(data["article"]),
            principles=tuple(Principle.from_dict(p) for p in data["principles"]),
            format=data["format"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The data as the schema describes it, keys in the order the file is written."""
        return {
            "format": self.format,
            "source": self.source,
            "source_sha256": self.source_sha256,
            "article": self.article.to_dict(),
            "principles": [p.to_dict() for p in self.principles],
        }


# The name the rest of the code uses for one article's principle file.
ArticleFile = Document
