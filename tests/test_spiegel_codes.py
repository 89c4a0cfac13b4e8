"""The spiegel's answer codes (kompas/site/spiegel.py): round trip, every refusal, size."""

from __future__ import annotations

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
    code = spiegel.encode("AB12", ITEMS, "XYZ", ANSWERS)
    assert spiegel.decode(f"  {code.lower()}\n", "AB12", ITEMS) == spiegel.Response(
        "AB12", spiegel.choice_hash(ITEMS), "XYZ", tuple(ANSWERS)
    )


def test_encode_wants_one_answer_per_item() -> None:
    """A code is never made for a different number of answers than items."""
    with pytest.raises(ValueError, match="answers for"):
        spiegel.encode("AB12", ITEMS, "XYZ", [*ANSWERS, "vaak"])


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
    code = spiegel.encode("AB12", ITEMS, "XYZ", ANSWERS)
    with pytest.raises(spiegel.CodeError, match=why):
        spiegel.decode(mangle(code), "AB12", ITEMS)


def test_other_session_and_other_choice_are_refused() -> None:
    """A sound code of another session, or of another choice of principles, is refused."""
    code = spiegel.encode("AB12", ITEMS, "XYZ", ANSWERS)
    with pytest.raises(spiegel.CodeError, match=r"andere sessie \(AB12\)"):
        spiegel.decode(code, "CD34", ITEMS)
    with pytest.raises(spiegel.CodeError, match="andere keuze"):
        spiegel.decode(code, "AB12", [*ITEMS, "nog-een"])


def test_all_principles_fit_a_small_qr_code() -> None:
    """A code for every principle is short and fits QR version 3 at level M."""
    items = [i["id"] for p in flow.principles() for i in p["checklist"]]
    code = spiegel.encode("AB12", items, "XYZ", ["altijd"] * len(items))
    assert len(code) == 21 + (len(items) + 1) // 2
    assert segno.make_qr(code, error="m", boost_error=False).version == 3


def test_template_data_lists_every_item_once() -> None:
    """The page data holds every principle with its items, and item ids are unique."""
    site = Site([])
    assert site.context("spiegel", None) is not None
    data = spiegel.context([])["data"]
    assert data == {"version": 1, "principles": []}
    items = [i["id"] for p in flow.principles() for i in p["checklist"]]
    assert len(items) == len(set(items))
