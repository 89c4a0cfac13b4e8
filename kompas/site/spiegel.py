"""De spiegel: the team session's data for the templates, and the answer-code format.

A team member's answers travel as a short text code (also shown as a QR code) from their
phone to the facilitator's browser. The browser script (``kompas/theme/assets/kompas/
spiegel-code.js``) makes and reads the codes; this module is the same format in Python, for
the bench and the tests, and the single place the format is written down (README, "De
spiegel"):

    VK1-<session>-<choice>-<response>-<answers>-<check>

- ``VK1``: the format version (a newer version is refused with a clear message);
- ``<session>``: 4 characters, the session id the facilitator's page made at random;
- ``<choice>``: 3 characters, a hash of the chosen principles' item ids in site order, so a
  code for another choice (or another version of the checklists) is refused;
- ``<response>``: 3 random characters, so two team members with the same answers still
  count twice, and a corrected code from the same phone replaces the earlier one;
- ``<answers>``: two items per character, each 0 (not answered), 1 nooit, 2 soms, 3 vaak,
  4 altijd or 5 weet ik niet: the character is ``first * 6 + second`` in base 36;
- ``<check>``: 3 characters, a hash of everything before it (a typo or a cut-off code fails).

All parts use 0-9 and A-Z only, so the QR code uses the compact alphanumeric mode. The hash
is 32-bit FNV-1a, taken modulo 36**3 and written as 3 base-36 digits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kompas.principles.model import Document

VERSION = 1
SCALE = ("nooit", "soms", "vaak", "altijd", "onbekend")
LABELS = {
    "nooit": "nooit",
    "soms": "soms",
    "vaak": "vaak",
    "altijd": "altijd",
    "onbekend": "weet ik niet",
}
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CODE = re.compile(r"VK(\d+)-([0-9A-Z]{4})-([0-9A-Z]{3})-([0-9A-Z]{3})-([0-9A-Z]*)-([0-9A-Z]{3})")
PAGE = "spiegel/index.md"
JOIN_PAGE = "spiegel/meedoen.md"


class CodeError(ValueError):
    """A code that cannot be taken: the message says why, in Dutch (it is shown on the page)."""


@dataclass(frozen=True)
class Response:
    """One team member's answers, as read from a code."""

    session: str
    choice: str
    response: str
    answers: tuple[str | None, ...]


def context(docs: Sequence[Document]) -> dict[str, Any]:
    """What the spiegel templates need: the articles with their principles and checklist
    items, and the same as plain data for the browser script."""
    principles = [
        {
            "id": p.id,
            "aliases": list(p.aliases),
            "number": p.number,
            "title": p.title,
            "article": d.article.title,
            "items": [{"id": i.id, "text": i.text} for i in p.checklist],
        }
        for d in docs
        for p in d.principles
    ]
    scale = [(value, LABELS[value]) for value in SCALE]
    return {"docs": docs, "scale": scale, "data": {"version": VERSION, "principles": principles}}


def choice_hash(item_ids: Sequence[str]) -> str:
    """The choice part of a code: a hash of the chosen items' ids, in site order."""
    return _base36(fnv1a(",".join(item_ids)) % 36**3, 3)


def encode(
    session: str, item_ids: Sequence[str], response: str, answers: Sequence[str | None]
) -> str:
    """The code for ``answers`` (one per item in ``item_ids``: a SCALE word or None)."""
    if len(answers) != len(item_ids):
        raise ValueError(f"{len(answers)} answers for {len(item_ids)} items")
    values = [0 if a is None else SCALE.index(a) + 1 for a in answers]
    if len(values) % 2:
        values.append(0)
    packed = "".join(DIGITS[values[i] * 6 + values[i + 1]] for i in range(0, len(values), 2))
    body = f"VK{VERSION}-{session}-{choice_hash(item_ids)}-{response}-{packed}"
    return f"{body}-{_base36(fnv1a(body) % 36**3, 3)}"


def decode(code: str, session: str, item_ids: Sequence[str]) -> Response:
    """The answers in ``code`` for this session and choice; CodeError says why not."""
    code = code.strip().upper()
    start = re.match(r"VK(\d+)-", code)
    if start is None:
        raise CodeError("Dit is geen spiegelcode: een code begint met VK1-.")
    if int(start.group(1)) > VERSION:
        raise CodeError("Deze code komt uit een nieuwere versie van de spiegel: ververs de pagina.")
    match = CODE.fullmatch(code)
    if match is None or _base36(fnv1a(code[:-4]) % 36**3, 3) != match.group(6):
        raise CodeError("Deze code is beschadigd of onvolledig: kopieer of scan hem opnieuw.")
    _, code_session, choice, response, packed, _ = match.groups()
    if code_session != session:
        raise CodeError(f"Deze code hoort bij een andere sessie ({code_session}).")
    if choice != choice_hash(item_ids) or len(packed) != (len(item_ids) + 1) // 2:
        raise CodeError("Deze code hoort bij een andere keuze van principes.")
    values = [v for c in packed for v in divmod(DIGITS.index(c), 6)][: len(item_ids)]
    if any(v > len(SCALE) for v in values):
        raise CodeError("Deze code is beschadigd of onvolledig: kopieer of scan hem opnieuw.")
    answers = tuple(SCALE[v - 1] if v else None for v in values)
    return Response(code_session, choice, response, answers)


def fnv1a(text: str) -> int:
    """32-bit FNV-1a hash of the text's UTF-8 bytes (the browser script computes the same)."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


def _base36(n: int, width: int) -> str:
    # n as `width` base-36 digits, most significant first.
    out = ""
    for _ in range(width):
        n, r = divmod(n, 36)
        out = DIGITS[r] + out
    return out
