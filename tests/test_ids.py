"""Unit tests of stable id assignment."""

from __future__ import annotations

from kompas.principles.ids import Known, Wanted, assign, slugify


def test_slug_is_ascii_and_short() -> None:
    """Accents go, the first six words stay."""
    assert slugify("Creëer een cultuur waarin kwetsbaarheid niet als zwakte") == (
        "creeer-een-cultuur-waarin-kwetsbaarheid-niet"
    )


def test_new_texts_get_unique_slugs() -> None:
    """Two texts with the same first words get distinct ids."""
    got = assign([Wanted("Zeg wat er speelt."), Wanted("Zeg wat er speelt!")], [])
    assert [a.id for a in got] == ["zeg-wat-er-speelt", "zeg-wat-er-speelt-2"]


def test_typo_fix_keeps_id() -> None:
    """A near-identical text keeps the old id and gets no alias."""
    old = [Known("breng-het-in", "Breng het altijd in.", (), 5)]
    got = assign([Wanted("Breng het altyd in.", 5)], old)
    assert (got[0].id, got[0].aliases) == ("breng-het-in", [])


def test_rewording_gets_new_id_with_alias() -> None:
    """A reworded text from the same line gets a new id and keeps the old one as alias."""
    old = [Known("kom-je-beloften-na", "Kom je beloften na.", ("oud",), 7)]
    got = assign([Wanted("Kom je beloften altijd na, ook de kleine beloften.", 7)], old)
    assert got[0].id == "kom-je-beloften-altijd-na-ook"
    assert got[0].aliases == ["oud", "kom-je-beloften-na"]


def test_unrelated_text_on_another_line_is_new() -> None:
    """Without the same line, a different text is a new item without aliases."""
    old = [Known("kom-je-beloften-na", "Kom je beloften na.", (), 7)]
    got = assign([Wanted("Luister echt.", 9)], old)
    assert (got[0].id, got[0].aliases) == ("luister-echt", [])


def test_order_change_keeps_ids() -> None:
    """Moving items around keeps each item's id."""
    old = [Known("a", "Eerste punt hier."), Known("b", "Tweede punt daar.")]
    got = assign([Wanted("Tweede punt daar."), Wanted("Eerste punt hier.")], old)
    assert [a.id for a in got] == ["b", "a"]


def test_reworded_id_does_not_collide_with_a_kept_one() -> None:
    """A rewording whose new slug equals another item's id gets a suffix."""
    old = [
        Known("luister-echt", "Luister echt.", (), 1),
        Known("x", "Kijk goed om je heen.", (), 2),
    ]
    got = assign([Wanted("Luister echt.", 1), Wanted("Luister echt, kijk goed.", 2)], old)
    assert [a.id for a in got] == ["luister-echt", "luister-echt-kijk-goed"]
    got = assign([Wanted("Luister echt.", 1), Wanted("Luister echt!", 2)], old[:1])
    assert [a.id for a in got] == ["luister-echt", "luister-echt-2"]
