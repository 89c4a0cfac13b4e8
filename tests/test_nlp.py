"""Unit tests of the Dutch sentence analysis."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kompas.articles import nlp, source


@pytest.mark.parametrize(
    "sentence",
    [
        "Zeg wat je verwacht, hoe je het wilt zien, en wat er gebeurt als het anders loopt.",
        "Laat je team ontdekken, experimenteren, leren.",
        "Durf dus te zeggen wat je ziet.",
        "Wees dus radicaal duidelijk.",
        "Creëer een cultuur waarin kwetsbaarheid niet als zwakte gezien wordt.",
        "Vraag je medewerkers naar hun ideeën.",
        "Toon oprechte interesse in wie jouw mensen zijn",
        "En luister naar wat er leeft.",
        "Plan er tijd voor in.",
        "Geef ruimte – en durf los te laten",
        "Spreek uit wat je raakt.",
        "Begin met je advies en laat zien dat het om mensen gaat.",
        "Begin met het resultaat waar de lezer op zit te wachten.",
        "Voorkom fouten in je formulier.",
        "Aanvaard de uitkomst.",
        "Plan voor jezelf voor en na elk onderzoek een beetje extra tijd in.",
        "Werk met korte zinnen.",
        "Update de copyright notities in de bestanden.",
        "Vraag iemand om mee te lezen.",
        "Laat iemand anders het doen.",
        "Geef iemand de kans om het zelf op te lossen.",
        "Vraag ze of ze nog iets anders nodig hebben.",
        "Wees u bewust van uw impact.",
        "Gebruik Peek voor insluiping: je kunt een element bekijken.",
        "Gebruik voorgedefinieerde type namen zoals int, float voor declaraties.",
        "Stap over je schaduw heen.",
    ],
)
def test_imperatives_are_recognised(sentence: str) -> None:
    """Verb-first advice, also after En/Dus and for noun-like stems, is an imperative."""
    assert nlp.is_imperative(nlp.tokenise(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Vertrouwen groeit niet vanzelf.",
        "Team vertrouwen ontstaat niet door ruimte te beloven.",
        "Zonder vertrouwen valt zelfs het beste beleid in duigen.",
        "In dit artikel duiken we dieper in de rol van vertrouwen.",
        "Niet als beschuldiging, maar als waarneming.",
        "Echt te laten.",
        "Twijfel laat geen team groeien.",
        "Zeggen dat je je team vertrouwt is makkelijk.",
        "Blijf je bouwen op twijfel.",
        "Wil je team vertrouwen opbouwen?",
        "Mensen voelen ruis.",
        "Veel leiders denken dat ze duidelijk zijn.",
        "Antwoord op een vraag is vaak kort.",
        "Doel van het onderzoek.",
        "Doel(en) van het onderzoek.",
        "Gebruik je letterlijk teksten van anderen, dan noemen we dat quoten.",
        "Haar werkzaamheden sluiten goed aan op haar eerdere werk.",
        "Nauw overleg tussen designer en developer is essentieel.",
        "Kort en bondig.",
        "Voorstel voor datum en locatie.",
        "Bevat de huidige state van de applicatie.",
        "Open omgeving.",
        "Opmaak van koppen",
        "Miro-bord klaar zetten",
        "En wie moet invullen, gaat twijfelen.",
        "Verplichte velden zijn gemarkeerd.",
        "Nuttige tips vind je hier.",
        "Heeft iemand een vraag, dan antwoord je.",
        "Vraagt iemand iets, dan antwoord je.",
        "Kan iemand dit doen?",
        "Les voor les, te forken naar hun repo.",
        "Stap voor stap.",
        "Groep docenten in het middelbaar onderwijs oefent met het uitstellen van advies.",
        "Band met opdrachtgevers.",
        "Top, hier kan ik wat mee!",
        "Stap 8 en 9 worden uitgevoerd voor alle projecten met een database.",
        "Stap 2.1a (optioneel): Je krijgt de mogelijkheid om instellingen te importeren.",
    ],
)
def test_statements_are_not_imperatives(sentence: str) -> None:
    """Statements, fragments, inversions and questions are no advice."""
    assert not nlp.is_imperative(nlp.tokenise(sentence))


def test_coordinated_imperatives_are_split() -> None:
    """Separate actions joined by commas become separate items."""
    sentence = (
        "Betrek ze bij besluiten, leg uit waarom keuzes gemaakt worden, "
        "en geef eerlijk aan waar je nog geen antwoorden hebt."
    )
    assert nlp.split_imperatives(nlp.tokenise(sentence)) == [
        "Betrek ze bij besluiten.",
        "Leg uit waarom keuzes gemaakt worden.",
        "Geef eerlijk aan waar je nog geen antwoorden hebt.",
    ]


def test_imagining_how_to_do_an_action_stays_with_it() -> None:
    """ "… en stel je voor dat …" says how to do the action before: one item, not two."""
    sentence = "Lees je eerste alinea en stel je voor dat je een recruiter bent."
    assert nlp.split_imperatives(nlp.tokenise(sentence)) == [sentence]


def test_the_object_after_an_adverb_is_found() -> None:
    """ "Stel bovendien een persbericht op en verstuur deze …": "deze" is the press release."""
    sentence = nlp.tokenise("Stel bovendien een persbericht op.")
    assert nlp.object_phrase(sentence, indefinite=True) == "een persbericht"


def test_objects_in_a_list_stay_one_item() -> None:
    """Commas between objects of one verb do not split the advice."""
    sentence = "Zeg wat je verwacht, hoe je het wilt zien, en wat er gebeurt als het anders loopt."
    assert nlp.split_imperatives(nlp.tokenise(sentence)) == [sentence]


def test_leading_conjunction_is_dropped() -> None:
    """ "En"/"Dus" at the start goes, "dus" inside stays."""
    assert nlp.split_imperatives(nlp.tokenise("En breng het altijd in.")) == [
        "Breng het altijd in."
    ]
    assert nlp.split_imperatives(nlp.tokenise("Durf dus te zeggen wat je ziet.")) == [
        "Durf dus te zeggen wat je ziet."
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wat speelt er écht bij je mensen?", True),
        ("En waar laat je het liggen?", True),
        ("Waarom?", False),
        ("En fouten?", False),
        ("Ze stellen niet de vraag: “Wat heeft mijn team nodig?”", False),
        ("Dat is geen vraag.", False),
        ("Dockerhub, de plek voor images: https://hub.docker.com/search?", False),
        ("Heb je www.example.org al bekeken?", True),
    ],
)
def test_questions(sentence: str, expected: bool) -> None:
    """Own questions of three words or more count; one-word and quoted ones do not."""
    assert nlp.is_question(nlp.tokenise(sentence)) is expected


def test_sentences_are_split_with_abbreviations_and_quotes() -> None:
    """The splitter keeps quoted speech and dashes inside the sentence."""
    text = "Dat werkt. Ze zeggen: “Gebruik je gezond verstand”, of niet? Ja – zeker."
    assert nlp.sentences(text) == [
        "Dat werkt.",
        "Ze zeggen: “Gebruik je gezond verstand”, of niet?",
        "Ja – zeker.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Schrijf een foutmelding, bv. “De voornaam is verplicht”. Klaar.",
            ["Schrijf een foutmelding, bv. “De voornaam is verplicht”.", "Klaar."],
        ),
        ("Vul bijv. Jansen in. Klaar.", ["Vul bijv. Jansen in.", "Klaar."]),
        (
            "Noem de delen, m.a.w. De kop en de tekst. Klaar.",
            ["Noem de delen, m.a.w. De kop en de tekst.", "Klaar."],
        ),
        (
            "Kies kleuren, vormen enz. De rest volgt.",
            ["Kies kleuren, vormen enz.", "De rest volgt."],
        ),
        (
            "Let je op: Kleur? Contrast? Welke tests zijn er gedaan?",
            ["Let je op: Kleur? Contrast?", "Welke tests zijn er gedaan?"],
        ),
        ("Is het klaar? Ja? Goed.", ["Is het klaar?", "Ja?", "Goed."]),
        (
            "Maak een features-map met je .feature-bestanden. Voer ze uit.",
            ["Maak een features-map met je .feature-bestanden.", "Voer ze uit."],
        ),
        (
            "Schrijf de samenvatting op pagina 2. Zorg voor een inhoudsopgave op pagina 3. Klaar.",
            [
                "Schrijf de samenvatting op pagina 2.",
                "Zorg voor een inhoudsopgave op pagina 3.",
                "Klaar.",
            ],
        ),
        ("Stappen: 1. Doe dit. 2. Doe dat.", ["Stappen:", "1. Doe dit.", "2. Doe dat."]),
        (
            "Dat zit 'm in de beleving. Bij een toetsenbord voelt het 'mushy' aan.",
            ["Dat zit 'm in de beleving.", "Bij een toetsenbord voelt het 'mushy' aan."],
        ),
    ],
)
def test_an_abbreviation_or_a_listed_option_does_not_end_the_sentence(
    text: str, expected: list[str]
) -> None:
    """pysbd cuts after "bv." before a capital or a quote; the example stays in its sentence
    ("enz." can end one and still does). The options a question lists after its colon
    ("Kleur? Contrast?") stay with it; a short question after one without a colon does not.
    A stop before a file extension (" .feature") ends nothing. A number before a stop ends
    its sentence ("op pagina 2."), unless it follows a sentence's end, where it numbers an
    entry. The apostrophe of a clitic ("zit 'm") opens no quote."""
    assert nlp.sentences(text) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is je gespreksleidraad klaar?", True),
        ("Gebruik je een fysieke ruimte?", True),
        ("Kijken er mensen mee tijdens de sessie?", True),
        ("En mogen die ook worden gedeeld?", True),
        ("Wat gaat er niet goed?", False),
        ("Hoe stel je die persoon gerust?", False),
        ("Welke zorgen leven er?", False),
        ("Een voorbeeld van een vraag is: wat vind je ervan?", False),
    ],
)
def test_yes_no_questions(question: str, expected: bool) -> None:
    """A question that opens with its verb asks yes or no; one with a question word does not."""
    assert nlp.is_yes_no(nlp.tokenise(question)) is expected


def test_imperative_after_a_statement() -> None:
    """An action after a statement in one sentence is found; a conditional sentence, a lead
    to what follows and a clause going on with the statement's subject are not."""
    assert nlp.imperative_tail(
        nlp.tokenise("Wat je ziet is interessant, maar hou de mogelijkheid open dat het anders is.")
    ) == ["Hou de mogelijkheid open dat het anders is."]
    assert nlp.imperative_tail(
        nlp.tokenise("Je hebt selfies gemaakt, en heb toestemming, laat ze zien.")
    ) == ["Laat ze zien."]
    assert nlp.imperative_tail(nlp.tokenise("Als het kan, doe het dan.")) == []
    assert (
        nlp.imperative_tail(nlp.tokenise("Dus voordat je begint, stel jezelf eerst de vraag:"))
        == []
    )
    assert nlp.imperative_tail(nlp.tokenise("En wie twijfelt, gaat vermijden.")) == []


def _texts() -> list[str]:
    # Every paragraph, list item and quote of every article the tests hold.
    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "content_src").glob("*.md"))
    paths += sorted(p for p in (root / "tests" / "fixtures").glob("*/*.md") if p.stem != "README")
    found = []
    for md in paths:
        outline = source.parse(md, source.read_text(md))
        for s in [outline.intro, *outline.sections]:
            for b in s.blocks:
                found += [b.text] if b.kind == "paragraph" else [t for t, _ in b.items]
    return found


def test_one_sentence_without_a_mark_inside_is_not_split_and_pysbd_agrees() -> None:
    """A text with no ". ! ? …" before its end is one sentence (pysbd is not asked); on every
    such text of the fixtures pysbd would have said the same."""
    assert nlp.sentences("  Plan er tijd voor in  ") == ["Plan er tijd voor in"]
    assert nlp.sentences(" ") == []
    fast = [t for t in _texts() if not re.search(r"[.!?…]", t.strip()[:-1])]
    assert len(fast) > 100
    for text in fast:
        split = [s.strip() for s in nlp._segmenter().segment(text) if s.strip()]
        assert nlp.sentences(text) == split, text


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("informeer de gebruiker dan vooraf", "Informeer de gebruiker vooraf"),
        ("Durf dus te zeggen wat je ziet.", "Durf te zeggen wat je ziet."),
        # "dan" after a comparative compares and stays.
        (
            "Probeer andere dan de uwe perspectieven te verzamelen.",
            "Probeer andere dan de uwe perspectieven te verzamelen.",
        ),
        ("Vraag niet meer dan nodig.", "Vraag niet meer dan nodig."),
    ],
)
def test_drop_ties_keeps_a_comparing_dan(clause: str, expected: str) -> None:
    """Ties to the sentence before are dropped; "dan" after a comparative is not a tie."""
    assert nlp.drop_ties(clause) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Daarom moet je eerst de inhoud bekijken.", "Je moet eerst de inhoud bekijken."),
        ("Dus moet u eerst de inhoud bekijken.", "U moet eerst de inhoud bekijken."),
        ("Daarom kunt u het beste eerst kijken.", "U kunt het beste eerst kijken."),
        # The reader's own action in the present tense is the imperative it equals ...
        ("Daarom test je of je site het doet.", "Test of je site het doet."),
        ("Daarom zorg je voor een agenda.", "Zorg voor een agenda."),
        # ... but a reflexive "je" stays, and a verb that would change keeps its tie.
        ("Dus hou je aan je planning.", "Hou je aan je planning."),
        ("Dus kun je het beste eerst kijken.", "Dus kun je het beste eerst kijken."),
        ("Dus, geef ruimte.", "Dus, geef ruimte."),
        # A subject of two stays behind its verb.
        (
            "Daarom moeten u en de rest van het project de fork volgen.",
            "Daarom moeten u en de rest van het project de fork volgen.",
        ),
    ],
)
def test_a_tie_before_an_inverted_verb_leaves_a_sentence_in_order(
    sentence: str, expected: str
) -> None:
    """Dropping "Daarom"/"Dus" before "moet je …" must not leave a question's word order
    ("Moet je eerst …"): the subject goes first again, or the action is the imperative."""
    assert nlp.strip_leading(sentence) == expected
    if not sentence.startswith("Dus,"):
        assert nlp.drop_ties(sentence) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ('Zeg: "Ik voelde me niet gehoord."', 'Zeg: "Ik voelde me niet gehoord."'),
        (
            "Vraag de groep: “Wat is de volgende stap?”",
            "Vraag de groep: “Wat is de volgende stap?”",
        ),
        ("Gebruik zinnen zoals “Ik merk op…”", "Gebruik zinnen zoals “Ik merk op…”."),
        ('Zeg "ja"', 'Zeg "ja".'),
        ("Lees het (zie hieronder)", "Lees het (zie hieronder)."),
    ],
)
def test_an_item_ends_once(item: str, expected: str) -> None:
    """An item ends in a stop, unless a quote at its end closes it with its own mark."""
    assert nlp.finish(item) == expected


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Neem verantwoordelijkheid voor uw fouten – als iemand zegt dat ze gekwetst zijn,"
            " luister dan goed.",
            (
                "Neem verantwoordelijkheid voor uw fouten.",
                "Als iemand zegt dat ze gekwetst zijn, luister dan goed.",
            ),
        ),
        (
            "Sta open voor leren van anderen; het is onrealistisch om alles te kennen.",
            ("Sta open voor leren van anderen.", "Het is onrealistisch om alles te kennen."),
        ),
        # The dash goes on with the same action; after the semicolon no clause, or code.
        ("Geef ruimte – en durf los te laten.", None),
        ("Laat meerdere formaten toe, bv. ‘000AA’ én ‘0000 AA’; dus met en zonder spatie.", None),
        ("Zet voor focus zeker geen outline: none; in je CSS zonder een vervangende stijl.", None),
    ],
)
def test_an_action_and_advice_after_a_dash_or_semicolon_are_two(
    text: str, parts: tuple[str, str] | None
) -> None:
    """A dash before a condition or an imperative, and a semicolon before a clause, separate
    two sentences' worth; anything else stays one."""
    assert nlp.action_then_advice(text) == parts


def test_a_verb_and_its_negation_alone_are_not_split_off() -> None:
    """ "Twijfel niet." is too thin to stand alone; "Vermijd algemeenheden." is not."""
    assert nlp.split_and("Twijfel niet en beoordeel hun ervaring niet.") == [
        "Twijfel niet en beoordeel hun ervaring niet."
    ]
    assert nlp.split_and("Vermijd algemeenheden en maak het persoonlijk.") == [
        "Vermijd algemeenheden.",
        "Maak het persoonlijk.",
    ]
