"""The options of the kompas plugin, each declared once with its type and default.

MkDocs validates them when it loads ``mkdocs.yml`` and names a wrong option in its error
(``Plugin 'kompas' option 'pdf': …``); an unknown option is an error too, with the
nearest known name. ``!ENV`` works in any option: this repository's ``mkdocs.yml`` switches
the PDF off with ``pdf: !ENV [KOMPAS_PDF, true]``.
"""

from __future__ import annotations

import difflib
import os
from typing import Any

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config, ValidationError

from kompas.site import pages

# The tool pages the plugin can add, in navigation order.
TOOLS = tuple(pages.TOOLS)


class Switch(opt.Type[bool]):
    """A yes/no option that also takes what an environment variable gives through ``!ENV``:
    0/1, and the words true/false, yes/no, on/off."""

    def __init__(self, default: bool) -> None:
        super().__init__(bool, default=default)

    def run_validation(self, value: object) -> bool:
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in ("1", "true", "yes", "on"):
            return True
        if word in ("0", "false", "no", "off"):
            return False
        raise ValidationError(f"expected true or false, got {value!r}")


class Articles(opt.Dir):
    """The folder of the articles, relative to ``mkdocs.yml``; it must exist."""

    def __init__(self) -> None:
        super().__init__(exists=False, default="content_src")

    def run_validation(self, value: object) -> str:
        path = super().run_validation(value)
        if not os.path.isdir(path):
            raise ValidationError(
                f"the articles folder '{path}' does not exist; create it and put an article "
                "in it (<name>.md), or set 'articles' to the folder that holds your articles"
            )
        return path


class Word(opt.Type[str]):
    """One word or a short name, not empty (spaces folded)."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        text = " ".join(str(super().run_validation(value)).split())
        if not text:
            raise ValidationError("must not be empty")
        return text


class Group(Word):
    """Who mirrors the leader in De spiegel, with its article: "het team", "de leerlingen"."""

    def run_validation(self, value: object) -> str:
        text = super().run_validation(value)
        article, _, noun = text.partition(" ")
        if article.lower() not in ("de", "het") or not noun:
            raise ValidationError(
                f"write the group with its article, e.g. 'het team' or 'de leerlingen' "
                f"(got {value!r})"
            )
        return text


class SpiegelWords(Config):
    """The words De spiegel uses for its audience: who is mirrored and by whom."""

    mirrored = Word("leider")  # who is mirrored: "je leider", "als leider" (singular)
    mirrored_by = Group("het team")  # who mirrors, with its article: "het team"


class KompasConfig(Config):
    """The options of ``plugins: - kompas:`` in mkdocs.yml."""

    articles = Articles()
    pdf = Switch(default=True)
    chromium = opt.Optional(opt.Type(str))
    tools = opt.ListOfItems(opt.Choice(TOOLS), default=list(TOOLS))
    spiegel = opt.SubConfig(SpiegelWords)
    nav_title = Word("Principes")

    def validate(self) -> tuple[list[tuple[str, Exception]], list[tuple[str, str]]]:
        """MkDocs' validation, with an unknown option as an error that names a near miss."""
        failed, warnings = super().validate()
        known = sorted(self._schema_keys)
        kept = []
        for key, message in warnings:
            if key not in known and "Unrecognised" in message:
                near = difflib.get_close_matches(key, known, n=1)
                hint = f"did you mean '{near[0]}'? " if near else ""
                failed.append(
                    (key, ValidationError(f"unknown option; {hint}options: {', '.join(known)}"))
                )
            else:
                kept.append((key, message))
        return failed, kept


def words(spiegel: SpiegelWords) -> dict[str, Any]:
    """The spiegel's words in the forms the templates and the script need."""
    article, noun = spiegel.mirrored_by.split(" ", 1)
    return {
        "leider": spiegel.mirrored,
        "groep": noun,
        "de_groep": spiegel.mirrored_by,
        "De_groep": article.capitalize() + " " + noun,
    }
