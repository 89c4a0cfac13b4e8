"""The spiegel's answer codes (kompas/site/spiegel.py): round trip, every refusal, size."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
import segno

from kompas.site import spiegel
from kompas.site.pages import Site
from tests import spiegel_flow as flow

ITEMS = flow.item_ids(flow.PRINCIPLE)
# One answer per item: every kind in turn (a scale word, unanswered, "onbekend").
ANSWERS: list[str | None] = [
    ("nooit", None, "onbekend", "altijd")[i % 4] for i in range(len(ITEMS))
]


def test_round_trip() -> None:
    """A code gives back the session, the response id and every answer, unanswered included."""
    code = spiegel.encode("AB12", ITEMS, "XYZ123", ANSWERS)
    assert spiegel.decode(f"  {code.lower()}\n", "AB12", ITEMS) == spiegel.Response(
        "AB12", spiegel.choice_hash(ITEMS), "XYZ123", tuple(ANSWERS)
    )


def test_revision_and_version_1() -> None:
    """A code carries its revision; a version 1 code (3-character id, no revision) still
    reads, as revision 0."""
    code = spiegel.encode("AB12", ITEMS, "XYZ123", ANSWERS, revision=35)
    assert code.split("-")[3:5] == ["XYZ123", "Z"]
    assert spiegel.decode(code, "AB12", ITEMS).revision == 35
    old = spiegel.encode("AB12", ITEMS, "XYZ", ANSWERS, version=1)
    assert old.startswith("VK1-AB12-") and old.split("-")[3] == "XYZ"
    assert spiegel.decode(old, "AB12", ITEMS) == spiegel.Response(
        "AB12", spiegel.choice_hash(ITEMS), "XYZ", tuple(ANSWERS), revision=0
    )


def test_response_ids_of_100_participants_rarely_collide() -> None:
    """With 6 random base-36 characters, 100 participants draw the same id with a
    probability below 1 in 10,000 (birthday bound)."""
    ids = 36**6
    unique = math.prod((ids - k) / ids for k in range(100))
    assert 1 - unique < 1e-4
    with pytest.raises(spiegel.CodeError, match="beschadigd"):  # a shorter id is no code
        spiegel.decode(spiegel.encode("AB12", ITEMS, "XYZ12", ANSWERS), "AB12", ITEMS)


def test_link_key() -> None:
    """The join link's key: the session, the chosen principles five to a character, and a
    check over both and the chosen items."""
    principles = [p["id"] for p in flow.principles()]
    chosen = {principles[0], principles[6], principles[-1]}
    items = [i["id"] for p in flow.principles() if p["id"] in chosen for i in p["checklist"]]
    key = spiegel.link_key("AB12", principles, chosen, items)
    session, mask, check = key.split("-")
    assert session == "AB12" and len(mask) == math.ceil(len(principles) / 5) and len(check) == 3
    assert mask[0] == "1" and mask[1] == "2"  # bit 0 of the first five, bit 1 of the next
    assert key != spiegel.link_key("AB12", principles, chosen, items[:-1])


def test_encode_wants_one_answer_per_item() -> None:
    """A code is never made for a different number of answers than items."""
    with pytest.raises(ValueError, match="answers for"):
        spiegel.encode("AB12", ITEMS, "XYZ123", [*ANSWERS, "vaak"])


@pytest.mark.parametrize(
    ("mangle", "why"),
    [
        (lambda c: c.replace("AB12", "ZZ99"), "beschadigd"),  # edited: the check fails
        (lambda c: c[:-1], "beschadigd"),
        (lambda c: c[:12], "beschadigd"),
        (lambda c: "VK9-" + c[4:], "nieuwere versie"),
        (lambda c: "hallo", "geen spiegelcode"),
    ],
    ids=["edited", "cut-one", "cut-half", "newer", "not-a-code"],
)
def test_refused_codes_say_why(mangle: Callable[[str], str], why: str) -> None:
    """Damaged, cut-off, newer and foreign text is refused with a Dutch reason."""
    code = spiegel.encode("AB12", ITEMS, "XYZ123", ANSWERS)
    with pytest.raises(spiegel.CodeError, match=why):
        spiegel.decode(mangle(code), "AB12", ITEMS)


def test_other_session_and_other_choice_are_refused() -> None:
    """A sound code of another session, or of another choice of principles, is refused."""
    code = spiegel.encode("AB12", ITEMS, "XYZ123", ANSWERS)
    with pytest.raises(spiegel.CodeError, match=r"andere sessie \(AB12\)"):
        spiegel.decode(code, "CD34", ITEMS)
    with pytest.raises(spiegel.CodeError, match="andere keuze"):
        spiegel.decode(code, "AB12", [*ITEMS, "nog-een"])


def test_all_principles_fit_a_small_qr_code() -> None:
    """A code for every principle is short and fits QR version 3 at level M."""
    items = [i["id"] for p in flow.principles() for i in p["checklist"]]
    code = spiegel.encode("AB12", items, "XYZ123", ["altijd"] * len(items))
    assert len(code) == 26 + (len(items) + 1) // 2
    assert segno.make_qr(code, error="m", boost_error=False).version == 3


def test_template_data_lists_every_item_once() -> None:
    """The page data holds every principle with its items, and item ids are unique."""
    site = Site([])
    assert site.context("spiegel", None) is not None
    data = spiegel.context([])["data"]
    assert data == {"version": 2, "principles": []}
    items = [i["id"] for p in flow.principles() for i in p["checklist"]]
    assert len(items) == len(set(items))
