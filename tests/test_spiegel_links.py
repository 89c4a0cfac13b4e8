"""De spiegel's join link in real Chromium: short (the choice as a key the participants' page
resolves), refused when cut or wrong before the first answer, and never silently pointing
where no phone can go (served from this computer: the facilitator sees it and can enter the
published address, which is remembered)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from kompas.site import spiegel
from tests import spiegel_flow as flow

pytestmark = pytest.mark.browser

PUBLISHED = "https://example.org/vertrouwenskompas/"


def test_the_link_carries_a_short_key(page: Page, browser: Browser, site_url: str) -> None:
    """The link holds the session and the choice as one key (the same as the Python side
    makes); the participants' page opened from it shows exactly the chosen principles."""
    session, href = flow.start(page, site_url + "spiegel/", flow.PRINCIPLE, flow.OTHER)
    principles = [p["id"] for p in flow.principles()]
    items = flow.item_ids(flow.PRINCIPLE, flow.OTHER)
    key = spiegel.link_key(session, principles, {flow.PRINCIPLE, flow.OTHER}, items)
    assert href == f"{site_url}spiegel/meedoen/?s={key}"
    assert len(key) == 4 + 1 + 4 + 1 + 3  # 16 principles: 4 characters
    qr = page.locator("[data-spiegel-join-qr] svg")
    modules = int((qr.get_attribute("viewBox") or "0 0 999").split()[2]) - 8  # quiet zone 4
    assert (modules - 17) // 4 <= 4  # QR version 4 or less
    context = browser.new_context()
    phone = context.new_page()
    phone.goto(href)
    shown = phone.locator("[data-spiegel-principle]")
    expect(shown).to_have_count(2)
    assert {s.get_attribute("data-spiegel-principle") for s in shown.all()} == {
        flow.PRINCIPLE,
        flow.OTHER,
    }
    expect(phone.locator("[data-spiegel-item]")).to_have_count(len(items))
    context.close()


@pytest.mark.parametrize(
    "spoil",
    [
        lambda key: key[:-1],  # cut at the end
        lambda key: key[:6],  # cut in the middle
        lambda key: "",  # only ?s=
        lambda key: ("Z" if key[0] != "Z" else "Y") + key[1:],  # a mistyped session
        lambda key: key[:5] + ("0" if key[5] != "0" else "1") + key[6:],  # another choice
    ],
    ids=["cut-end", "cut-middle", "empty", "session-typo", "choice-typo"],
)
def test_a_cut_or_wrong_link_is_refused_before_the_first_answer(
    page: Page, browser: Browser, site_url: str, spoil: object
) -> None:
    """A participant who opens a cut or wrong link gets no form, only the notice."""
    _, href = flow.start(page, site_url + "spiegel/", flow.PRINCIPLE)
    base, key = href.split("?s=")
    assert callable(spoil)
    context = browser.new_context()
    phone = context.new_page()
    phone.goto(f"{base}?s={spoil(key)}")
    expect(phone.locator("[data-spiegel-missing]")).to_be_visible()
    expect(phone.locator("[data-spiegel-missing]")).to_contain_text("niet compleet")
    expect(phone.locator("[data-spiegel-form]")).to_be_hidden()
    phone.goto(base)  # no key at all
    expect(phone.locator("[data-spiegel-missing]")).to_be_visible()
    context.close()


def test_served_from_this_computer_the_facilitator_can_give_the_published_address(
    page: Page, site_url: str
) -> None:
    """On 127.0.0.1 with no published address the page says phones cannot open the link; an
    entered address makes the link and QR code point there, and is remembered."""
    session, href = flow.start(page, site_url + "spiegel/", flow.PRINCIPLE)
    reach = page.locator("[data-spiegel-reach]")
    expect(reach).to_be_visible()
    host = site_url.split("//")[1].rstrip("/")
    expect(reach).to_contain_text(
        f"Telefoons kunnen deze link niet openen: deze pagina draait op deze computer ({host})"
    )
    assert href.startswith(site_url)
    field = page.get_by_label("Adres van de gepubliceerde site")
    field.fill("http://localhost:8000/")
    page.get_by_role("button", name="Gebruik dit adres").click()
    expect(reach).to_contain_text("geen adres op deze computer")
    expect(page.locator("a[data-spiegel-join]")).to_have_attribute("href", href)
    field.fill("https://example.org/vertrouwenskompas/spiegel/")  # any page of the site
    page.get_by_role("button", name="Gebruik dit adres").click()
    key = href.split("?s=")[1]
    join = page.locator("a[data-spiegel-join]")
    expect(join).to_have_attribute("href", f"{PUBLISHED}spiegel/meedoen/?s={key}")
    expect(join).to_have_text(f"{PUBLISHED}spiegel/meedoen/?s={key}")
    expect(reach).to_contain_text(f"gepubliceerde site: {PUBLISHED}spiegel/meedoen/")
    page.reload()
    expect(join).to_have_attribute("href", f"{PUBLISHED}spiegel/meedoen/?s={key}")
    expect(field).to_have_value(PUBLISHED)
    stored = page.evaluate("localStorage.getItem('/vertrouwenskompas.spiegel.v1')") or ""
    assert f'"published":"{PUBLISHED}"' in stored
    assert re.search(session, stored)
    field.fill("")  # forget it
    page.get_by_role("button", name="Gebruik dit adres").click()
    expect(join).to_have_attribute("href", href)
