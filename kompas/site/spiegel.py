"""De spiegel: the team session's data for the templates, the answer-code format and the
join link's key.

A team member's answers travel as a short text code (also shown as a QR code) from their
phone to the facilitator's browser. The browser script (``kompas/theme/assets/kompas/
spiegel-code.js``) makes and reads the codes and links; this module is the same format in
Python, for the bench and the tests, and the single place the format is written down
(README, "De spiegel"):

    VK2-<session>-<choice>-<response>-<revision>-<answers>-<check>

- ``VK2``: the format version (a newer version is refused with a clear message; version 1
  codes, without a revision and with a response id of 3 characters, are still read);
- ``<session>``: 4 characters, the session id the facilitator's page made at random;
- ``<choice>``: 3 characters, a hash of the chosen principles' item ids in site order, so a
  code for another choice (or another version of the checklists) is refused;
- ``<response>``: 6 random characters, made once per phone and session, so two team members
  with the same answers still count twice (100 participants draw the same id with a
  probability of 2.3 in a million; when it happens, both are kept: see ``<revision>``);
- ``<revision>``: 1 character, 1 for a phone's first code and one more for each code with
  changed answers (up to Z): a code with the same response id and a higher revision is the
  same participant's correction and replaces the earlier one; the same revision with other
  answers is another phone that drew the same id, and both count;
- ``<answers>``: two items per character, each 0 (not answered), 1 nooit, 2 soms, 3 vaak,
  4 altijd or 5 weet ik niet: the character is ``first * 6 + second`` in base 36;
- ``<check>``: 3 characters, a hash of everything before it (a typo or a cut-off code fails).

All parts use 0-9 and A-Z only, so the QR code uses the compact alphanumeric mode. The hash
is 32-bit FNV-1a, taken modulo 36**3 and written as 3 base-36 digits.

The join link carries the session and the choice as one short key, ``meedoen/?s=<key>``:

    <session>-<principles>-<check>

- ``<principles>``: the chosen principles in site order, five to a base-36 character (the
  n-th of each five is bit n, so a character is 0-9 or A-V);
- ``<check>``: the hash (as above) of the session, the principles part and the chosen items'
  ids, joined by ``,``: a cut or mistyped link, or one made by another version of the site,
  is refused before the first answer.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from kompas.principles.model import Document

VERSION = 2
SCALE = ("nooit", "soms", "vaak", "altijd", "onbekend")
LABELS = {
    "nooit": "nooit",
    "soms": "soms",
    "vaak": "vaak",
    "altijd": "altijd",
    "onbekend": "weet ik niet",
}
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_B = "[0-9A-Z]"
CODE = re.compile(rf"VK2-({_B}{{4}})-({_B}{{3}})-({_B}{{6}})-({_B})-({_B}*)-({_B}{{3}})")
CODE_V1 = re.compile(rf"VK1-({_B}{{4}})-({_B}{{3}})-({_B}{{3}})-()({_B}*)-({_B}{{3}})")
PAGE = "spiegel/index.md"
JOIN_PAGE = "spiegel/meedoen.md"


class CodeError(ValueError):
    """A code that cannot be taken: the message says why, in Dutch (it is shown on the page)."""


@dataclass(frozen=True)
class Response:
    """One team member's answers, as read from a code (revision 0: a version 1 code)."""

    session: str
    choice: str
    response: str
    answers: tuple[str | None, ...]
    revision: int = 1


def context(docs: Sequence[Document]) -> dict[str, Any]:
    """What the spiegel templates need: the articles with their principles and checklist
    items, and the same as plain data for the browser script (an item's text there is the
    editors' wording for the spiegel when it has one)."""
    principles = [
        {
            "id": p.id,
            "aliases": list(p.aliases),
            "number": p.number,
            "title": p.title,
            "article": d.article.title,
            "items": [{"id": i.id, "text": i.spiegel or i.text} for i in p.checklist],
        }
        for d in docs
        for p in d.principles
    ]
    scale = [(value, LABELS[value]) for value in SCALE]
    return {"docs": docs, "scale": scale, "data": {"version": VERSION, "principles": principles}}


def choice_hash(item_ids: Sequence[str]) -> str:
    """The choice part of a code: a hash of the chosen items' ids, in site order."""
    return _hash36(",".join(item_ids))


def encode(
    session: str,
    item_ids: Sequence[str],
    response: str,
    answers: Sequence[str | None],
    revision: int = 1,
    version: int = VERSION,
) -> str:
    """The code for ``answers`` (one per item in ``item_ids``: a SCALE word or None);
    ``version=1`` makes the old format (a 3-character response id, no revision)."""
    if len(answers) != len(item_ids):
        raise ValueError(f"{len(answers)} answers for {len(item_ids)} items")
    values = [0 if a is None else SCALE.index(a) + 1 for a in answers]
    if len(values) % 2:
        values.append(0)
    packed = "".join(DIGITS[values[i] * 6 + values[i + 1]] for i in range(0, len(values), 2))
    person = response if version == 1 else f"{response}-{DIGITS[revision]}"
    body = f"VK{version}-{session}-{choice_hash(item_ids)}-{person}-{packed}"
    return f"{body}-{_hash36(body)}"


def decode(code: str, session: str, item_ids: Sequence[str]) -> Response:
    """The answers in ``code`` for this session and choice; CodeError says why not."""
    code = code.strip().upper()
    start = re.match(r"VK(\d+)-", code)
    if start is None:
        raise CodeError("Dit is geen spiegelcode: een code begint met VK.")
    version = int(start.group(1))
    if version > VERSION:
        raise CodeError("Deze code komt uit een nieuwere versie van de spiegel: ververs de pagina.")
    match = (CODE_V1 if version == 1 else CODE).fullmatch(code)
    if match is None or _hash36(code[:-4]) != match.group(6):
        raise CodeError("Deze code is beschadigd of onvolledig: kopieer of scan hem opnieuw.")
    code_session, choice, response, revision, packed, _ = match.groups()
    if code_session != session:
        raise CodeError(f"Deze code hoort bij een andere sessie ({code_session}).")
    if choice != choice_hash(item_ids) or len(packed) != (len(item_ids) + 1) // 2:
        raise CodeError("Deze code hoort bij een andere keuze van principes.")
    values = [v for c in packed for v in divmod(DIGITS.index(c), 6)][: len(item_ids)]
    answers = tuple(SCALE[v - 1] if v else None for v in values)
    return Response(code_session, choice, response, answers, DIGITS.index(revision or "0"))


def link_key(
    session: str, principle_ids: Sequence[str], chosen: Collection[str], item_ids: Sequence[str]
) -> str:
    """The join link's key for the ``chosen`` principles of all ``principle_ids`` (site
    order), whose items are ``item_ids``."""
    bits = [p in chosen for p in principle_ids]
    mask = "".join(
        DIGITS[sum(1 << n for n, on in enumerate(bits[i : i + 5]) if on)]
        for i in range(0, len(bits), 5)
    )
    return f"{session}-{mask}-{_hash36(','.join([session, mask, *item_ids]))}"


def fnv1a(text: str) -> int:
    """32-bit FNV-1a hash of the text's UTF-8 bytes (the browser script computes the same)."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


def _hash36(text: str) -> str:
    # The check and choice hash: FNV-1a modulo 36**3 as 3 base-36 digits.
    return _base36(fnv1a(text) % 36**3, 3)


def _base36(n: int, width: int) -> str:
    # n as `width` base-36 digits, most significant first.
    out = ""
    for _ in range(width):
        n, r = divmod(n, 36)
        out = DIGITS[r] + out
    return out
