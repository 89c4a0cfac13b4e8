"""The extraction rules as named data: which sentence of a principle becomes a checklist item
or a reflection question, and why.

A ``Rule`` has an id (what the tests, the review report and the README speak of), one line
that explains it to the editors, the function that decides, and examples of a principle's
text that it must and must not decide (``tests/test_rules.py`` runs every one). The
analysis (``analysis.py``) tries ``ITEM_RULES`` on each sentence that is no question and
``QUESTION_RULES`` on each question, in order: the first rule that decides wins. The
``STEPS`` are rules without a function of their own, applied at a fixed point of the
analysis (joining an item with the one before, a one-word action left out, …); the
``CHECKS`` hold an item back from the checklist for the editors to word (it does not read
on its own, is no advice, or is a fragment).

To add a rule: write its function (a ``Context`` in, a ``Verdict`` or None out), give it an
id, a line and examples, and put it in the tuple where it belongs (README, "Adding a rule").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from kompas.articles import lexicon as nl
from kompas.articles import nlp
from kompas.articles.nlp import Sentence, tokenise
from kompas.articles.source import Block

# How a found item came to be: extracted from a heading or sentence, from a list, or worded
# by the editors in a marker.
Origin = Literal["heading", "sentence", "list", "added"]
# A lead before a colon of this many words or fewer names what follows ("Tip:", "Niet doen:").
_SHORT_LEAD = 3
# A numbered label before a colon ("Stap 1", "Tip 3"): it counts, it asks for nothing.
_NUMBER_LABEL = re.compile(r"[*_\s]*[^\W\d_]+\s+\d{1,2}\b")
# The most words of a question about what was just said ("Hoe doe je dit?").
_LEANING_QUESTION_WORDS = 5
# A list of names: at least this many short entries without a stop, of at most so many words.
_NAMES_IN_LIST, _NAME_WORDS = 3, 4
# The lead of examples or steps that closes an action before a list ("…, zoals:", "…,
# bijvoorbeeld door:"): the list shows them, the item is the action. Without a comma only
# "zoals" ("Onderzoek technieken zoals:"); "Vraag je … bijvoorbeeld:" leads what to ask.
_EXAMPLES_LEAD = re.compile(
    r"(?:,\s*(?:" + "|".join(sorted(nl.FOR_EXAMPLE)) + r")|\s+zoals)\.?"
    r"(?:\s+(?:door|met|om|van|via))?:$"
)
# Separators of the actions listed after a colon ("a, b en c").
_LIST = re.compile(r",\s+|\s+(?:" + "|".join(sorted(nl.LIST_JOINERS)) + r")\s+")


@dataclass(frozen=True)
class Unit:
    """One sentence of a principle (of a paragraph, list item, quote or sub-heading)."""

    text: str
    block: Block
    kind: Literal["paragraph", "list", "quote", "heading"]
    sentence: Sentence
    numbered: bool = False  # an item of a numbered list (steps)
    boxed: bool = False  # the first sentence of a checklist entry ("- [ ] …", "☐ …")


@dataclass(frozen=True)
class Found:
    """An item or question found in the article, before it gets its id: its wording, the
    line and words it comes from, and the rule that found it."""

    text: str
    line: int
    quote: str
    origin: Origin
    rule: str = ""


@dataclass(frozen=True)
class Candidate:
    """A sentence of a principle that looks like advice or a question, and what became of it.

    ``taken`` says whether it is on the principle's checklist or reflection list, ``item``
    is its wording there, ``rule`` the id of the rule that took it or left it out
    (``rules.by_id()`` explains it), ``steps`` the ids of the steps that reworded it, and
    ``flag`` the id of the check that held the item back from the checklist (it does not
    read on its own, is no advice, or is a fragment: the editors word it themselves).
    ``principle`` is the principle's title, ``line`` the sentence's line in the article.
    """

    text: str
    line: int
    principle: str
    kind: Literal["item", "question"]
    taken: bool
    rule: str
    item: str = ""
    flag: str = ""
    steps: tuple[str, ...] = ()


@dataclass(frozen=True)
class Context:
    """What a rule sees: the principle's sentences, the one to decide (``n``), and the items
    found before it."""

    units: Sequence[Unit]
    n: int
    items: Sequence[Found]

    @property
    def unit(self) -> Unit:
        """The sentence to decide."""
        return self.units[self.n]

    @property
    def prev(self) -> Unit | None:
        """The sentence before it in the principle, if any."""
        return self.units[self.n - 1] if self.n else None

    @property
    def nxt(self) -> Unit | None:
        """The sentence after it in the principle, if any."""
        return self.units[self.n + 1] if self.n + 1 < len(self.units) else None


@dataclass(frozen=True)
class Verdict:
    """A rule's decision: taken (with the items it gives and, per item, the ids of the steps
    that reworded it) or left out."""

    taken: bool
    items: tuple[str, ...] = ()
    steps: tuple[tuple[str, ...], ...] = ()


LEFT_OUT = Verdict(taken=False)
TAKEN = Verdict(taken=True)


@dataclass(frozen=True)
class Rule:
    """A named rule. ``decide`` returns a Verdict for the sentences the rule is about, else
    None; a step or a check, applied by the analysis at a fixed point, has no ``decide``."""

    id: str
    explanation: str
    decide: Callable[[Context], Verdict | None] | None
    matches: tuple[str, ...]
    misses: tuple[str, ...] = ()


# Item rules ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lead:
    # A sentence split at its first ": " into the lead and what follows.
    head: Sentence
    tail: Sentence
    short: bool  # "Tip:", "**Wel doen:**", "Niet doen:"
    acts: bool  # the lead is itself an action ("Vergeet ook niet:")


@lru_cache(maxsize=4096)
def _lead(text: str) -> _Lead | None:
    # The lead of a sentence with a colon, or None. Labels in a row make one lead ("Stap 1:
    # Individueel: Rond … af"); a label with a number ("Stap 1:", "Tip 3:") is no action.
    head, colon, tail = text.partition(": ")
    if not colon or set(tokenise(head).words_lower[-1:]) & nl.FOR_EXAMPLE:
        return None  # "Geef context, bijvoorbeeld: …": an example follows, no lead
    label, more, rest = tail.partition(": ")
    while more and len(tokenise(label).words) == 1 and not nlp.is_imperative(tokenise(label)):
        head, tail = f"{head}: {label}", rest
        label, more, rest = tail.partition(": ")
    h = tokenise(head)
    acts = not _NUMBER_LABEL.match(head) and nlp.is_imperative(h)
    return _Lead(h, tokenise(tail), len(h.words) <= _SHORT_LEAD, acts)


def _unwanted_behaviour_in_list(ctx: Context) -> Verdict | None:
    # "Voorbeelden van onaanvaardbaar gedrag zijn:" before a list: each entry names what not
    # to do ("Publiceren van persoonlijke informatie …"), never advice; a sentence after it
    # in the entry may advise ("Ongepast fysiek contact. U moet iemands toestemming hebben …").
    lead = _list_lead(ctx)
    if lead is None or not _opens_entry(ctx):
        return None
    return LEFT_OUT if nlp.names_unwanted_behaviour(lead.sentence) else None


def _opens_entry(ctx: Context) -> bool:
    # Whether the sentence to decide is the first of its list entry.
    prev = ctx.prev
    return prev is None or prev.block is not ctx.unit.block


def _dont_in_list(ctx: Context) -> Verdict | None:
    # "Niet doen:", "Don'ts:" before a list: an entry that says what to do ("- Onderbreek de
    # ander") is what not to do; one with its own negation ("- Praat niet te lang") advises.
    lead = _list_lead(ctx)
    if lead is None or not _opens_entry(ctx):
        return None
    if nlp.is_negative(ctx.unit.sentence) or not nlp.lists_what_not_to_do(lead.sentence):
        return None
    return LEFT_OUT


def _behaviour_in_list(ctx: Context) -> Verdict | None:
    # "Voorbeelden van gedrag dat bijdraagt aan een positieve omgeving:" before a list of
    # infinitive phrases ("- Empathie tonen tegenover andere mensen"): conduct to follow,
    # each entry an item with a capital. Only where most entries are such actions.
    lead, unit = _list_lead(ctx), ctx.unit
    if lead is None or not nlp.names_behaviour(lead.sentence):
        return None
    if not nlp.behaviour_action(unit.sentence):
        return None
    run = _list_run(ctx)
    if 2 * sum(nlp.behaviour_action(u.sentence) for u in run) < len(run):
        return None
    return Verdict(True, (nlp.finish(unit.text[:1].upper() + unit.text[1:]),))


def _example_in_list(ctx: Context) -> Verdict | None:
    # "Mogelijke vervolgvragen:", "Voorbeeldprompts:" before a list: its entries are examples
    # of what to write or say ("geef 5 toetsvragen …" to the AI), no advice to the reader.
    lead = _list_lead(ctx)
    if lead is None:
        return None
    # "Bijvoorbeeld:" alone before the list: its entries are the examples.
    alone = len(lead.sentence.lower) == 1 and lead.sentence.lower[0] in nl.FOR_EXAMPLE
    examples = any(w.startswith(nl.EXAMPLE_STEMS) for w in lead.sentence.lower)
    return LEFT_OUT if examples or alone else None


def _clause_in_list(ctx: Context) -> Verdict | None:
    # "… leidinggevenden die:", "Belangrijk is dat de werkvorm:" before a list: each entry
    # ends the lead's clause ("- stress signaleren en … durven gaan", "- leidt tot …"),
    # describing someone or something, no advice; unless the lead itself acts ("Zoek
    # collega's die:", "Zorg ervoor dat:").
    lead = _list_lead(ctx)
    if lead is None or not nlp.awaits_verb(lead.sentence):
        return None
    return None if _lead_asks(lead.sentence) else LEFT_OUT


def _lead_asks(lead: Sentence) -> bool:
    # A lead whose clause the entries finish as advice: an action ("Zorg ervoor dat:") or
    # what the writer expects of the reader ("We verwachten dat je:").
    return nlp.is_imperative(lead) or nlp.expects_of_reader(lead)


def _lead_finished_in_list(ctx: Context) -> Verdict | None:
    # "Zorg ervoor dat:", "Schrijf een for-lus die:" before a list: an action whose clause the
    # entries finish; alone it is a fragment, each entry gives the whole item.
    unit, nxt = ctx.unit, ctx.nxt
    if nxt is None or nxt.kind != "list" or unit.kind == "list":
        return None
    if not unit.text.rstrip().endswith(":"):
        return None
    if nlp.awaits_object(unit.sentence):
        return LEFT_OUT  # "Zorg voor:" and "- een veilige sfeer"
    return LEFT_OUT if nlp.awaits_verb(unit.sentence) and _lead_asks(unit.sentence) else None


def _finishes_lead(ctx: Context) -> Verdict | None:
    # "- het team het doel kent." after "Zorg ervoor dat:": the lead and the entry are one
    # item ("Zorg ervoor dat het team het doel kent.").
    lead = _list_lead(ctx)
    if lead is None or ctx.unit.sentence.question or nlp.is_imperative(ctx.unit.sentence):
        return None
    # "Zorg voor:" and "- een veilige sfeer": an object, no clause of its own.
    objects = nlp.awaits_object(lead.sentence) and not nlp.has_finite_verb(ctx.unit.sentence)
    clauses = nlp.awaits_verb(lead.sentence) and _lead_asks(lead.sentence)
    if not (objects or clauses):
        return None
    head = nlp.drop_ties(lead.text.rstrip().rstrip(":").rstrip())  # "Kies daarom … dus voor:"
    entry = ctx.unit.text.rstrip().rstrip(";,")
    return Verdict(True, (nlp.finish(f"{head} {entry[:1].lower()}{entry[1:]}"),))


def _expected_in_list(ctx: Context) -> Verdict | None:
    # "Van een teamlid verwachten we het volgende:" and "- Je komt je afspraken na.": what
    # the writer expects of the reader, each entry an item as written.
    lead = _list_lead(ctx)
    if lead is None or not nlp.expects(lead.sentence):
        return None
    return _whole_sentence(ctx) if nlp.reader_is_to(ctx.unit.sentence) else None


def _list_lead(ctx: Context) -> Unit | None:
    # The sentence before the list that holds the sentence to decide, when it ends in a
    # colon ("Mogelijke vervolgvragen:", "… leidinggevenden die:"); None for any other.
    if ctx.unit.kind != "list":
        return None
    lead = next((u for u in reversed(ctx.units[: ctx.n]) if u.kind != "list"), None)
    return lead if lead is not None and lead.text.rstrip().endswith(":") else None


def _name_heading(ctx: Context) -> Verdict | None:
    # "### Sprint Backlog", "### Sprint Planning": a sub-heading in title case names a part,
    # as a principle's heading in title case does ("Kies Dataset(s)").
    unit = ctx.unit
    return LEFT_OUT if unit.kind == "heading" and nlp.title_case(unit.text) else None


def _name_in_list(ctx: Context) -> Verdict | None:
    # "- Product backlog / - Sprint backlog / - Scrumboard": short entries without a stop,
    # most of them no imperative, name things (often each with its description below it);
    # the one that looks like an imperative ("Sprint backlog") is a name among names.
    if ctx.unit.kind != "list" or not _is_name_like(ctx.unit.text):
        return None
    # Each read as a sentence: "Plan vooruit." acts, "Plan vooruit" may be a name; an
    # infinitive phrase acts too ("Successen vieren").
    names = [u.text for u in _list_run(ctx) if _is_name_like(u.text)]
    acting = sum(_acts(tokenise(f"{t.strip()}.")) for t in names)
    return LEFT_OUT if len(names) >= _NAMES_IN_LIST and 2 * acting < len(names) else None


def _acts(s: Sentence) -> bool:
    return nlp.is_imperative(s) or nlp.infinitive_phrase(s)


def _is_name_like(text: str) -> bool:
    # A short entry without closing punctuation.
    text = text.strip()
    return bool(text) and text[-1] not in ".!?:;" and len(nlp.words(text)) <= _NAME_WORDS


def _examples_to_think_of(ctx: Context) -> Verdict | None:
    # "Denk bijvoorbeeld aan …", "Denk daarbij aan …", or "Denk aan …" next to another
    # "Denk aan …" or "Aan …" in the same block: examples, not advice.
    if not nlp.thinks_of(ctx.unit.sentence) or len(nlp.split_imperatives(ctx.unit.sentence)) > 1:
        return None  # "Denk hierbij aan …, zorg ervoor dat …": an action after the examples
    if set(ctx.unit.sentence.lower[1:2]) & nl.FOR_EXAMPLE_HERE:
        return LEFT_OUT
    near = [u for u in (ctx.prev, ctx.nxt) if u is not None and u.block is ctx.unit.block]
    run = any(nlp.thinks_of(u.sentence) or u.sentence.lower[:1] == ("aan",) for u in near)
    return LEFT_OUT if run else None


def _remember_that(ctx: Context) -> Verdict | None:
    # "Vergeet niet dat de locaties … kunnen worden gedeeld.": a fact the reader is to keep in
    # mind, no action; "Vergeet niet dat je de deur op slot doet." asks one of the reader.
    # "Let op dat iedereen aan het woord komt" sees to it that something happens, and "Onthoud
    # dat de resultaten … te volgen moeten zijn" names a norm: both are advice.
    ws = ctx.unit.sentence.words_lower
    if not ws or ws[0] not in nl.REMEMBER_VERBS or nl.THAT not in ws[1:4]:
        return None
    after = ws[ws.index(nl.THAT, 1) + 1 :]
    if not after or after[0] in nl.READER or set(after) & nl.MUST:
        return None
    # "Merk je dat iemand afhaakt, bespreek dat dan …": a condition before its advice.
    tails = ctx.unit.text.split(", ")[1:]
    return None if any(nlp.is_imperative(tokenise(t)) for t in tails) else LEFT_OUT


def _we_ask_you(ctx: Context) -> Verdict | None:
    # "Indien …, verzoeken wij u de Raad … in kennis te stellen.": a request to the reader;
    # also the writer's advice and a request in the passive.
    ws = ctx.unit.sentence.words_lower
    found = _we_ask(ws) or _writer_advises(ws) or _advice_named(ws) or _asked(ws)
    return _whole_sentence(ctx) if found else None


def _we_ask(ws: tuple[str, ...]) -> bool:
    # "verzoeken wij u … te …", "vragen we je om … te …".
    asks = any(
        ws[n] in nl.WE_ASK and ws[n + 1] in nl.WE and ws[n + 2] in nl.READER
        for n in range(len(ws) - 2)
    )
    return asks and nl.TO in ws


def _writer_advises(ws: tuple[str, ...]) -> bool:
    # "Wij raden u aan om … te …", "Ik adviseer je …": the writer first.
    advises = len(ws) > 3 and ws[0] in nl.WE | nl.WRITER and ws[1] in nl.WRITERS_ADVISE
    return advises and ws[2] in nl.READER and nl.TO in ws


def _advice_named(ws: tuple[str, ...]) -> bool:
    # "Mijn advies is om klein te beginnen.": the advice named as such.
    named = len(ws) > 4 and ws[0] in nl.WHOSE_ADVICE and ws[1] in nl.ADVICE_NOUNS
    return named and ws[2] == nl.IS and ws[3] == nl.IN_ORDER_TO and nl.TO in ws[4:]


def _asked(ws: tuple[str, ...]) -> bool:
    # "U wordt verzocht om … te …", "Er wordt van u verwacht dat u …": the reader is asked
    # in the passive (not "Van alle deelnemers wordt verwacht …", a rule for a group).
    if nl.PASSIVE not in ws or not set(ws) & nl.REQUESTED:
        return False
    told = ws[0] in nl.READER and ws[1] == nl.PASSIVE and ws[2] in nl.REQUESTED and nl.TO in ws
    of_you = any(a == "van" and b in nl.READER for a, b in pairwise(ws))
    return told or (of_you and nl.THAT in ws)


def _figure_of_speech(ctx: Context) -> Verdict | None:
    text = ctx.unit.sentence.text.lower()
    return LEFT_OUT if text.startswith(nl.FIGURES_OF_SPEECH) else None


def _to_the_writers(ctx: Context) -> Verdict | None:
    # (The words after a leading "En"/"Maar": "Maar laat het ons weten!", without the ties
    # and softeners between them: "Laat het mij dan gerust weten!")
    said = " ".join(w for w in ctx.unit.sentence.lower if w not in nl.SOFTENERS)
    return LEFT_OUT if said.startswith(nl.TO_THE_WRITERS) else None


def _pointer(ctx: Context) -> Verdict | None:
    return LEFT_OUT if nlp.is_pointer(ctx.unit.sentence) else None


def _what_not_to_do(ctx: Context) -> Verdict | None:
    lead = _lead(ctx.unit.text)
    if lead and lead.short and nlp.is_negative(lead.head) and not lead.acts:
        return LEFT_OUT
    return None


def _action_after_short_lead(ctx: Context) -> Verdict | None:
    lead = _lead(ctx.unit.text)
    # After a term and its colon a verb with -t describes it ("**Total page views:** geeft aan
    # hoe vaak …"), so no misspelt imperative here; "Voorbeeld: Stel dat …" supposes.
    if lead and lead.short and nlp.imagines(lead.tail):
        return None
    if lead and lead.short and nlp.is_imperative(lead.tail, written_t=False):
        return _items(ctx, nlp.split_imperatives(lead.tail))
    return None


def _action_after_colon(ctx: Context) -> Verdict | None:
    # A longer lead that names the action ("Een leuke tip voor als je het onderzoek doet:
    # maak even een selfie.") must not itself be an action, a warning or a condition; a lead
    # that asks yes or no is the action's condition, kept with it.
    lead = _lead(ctx.unit.text)
    if lead is None or lead.short or not lead.head.words:
        return None
    if _asks(lead.head) and nlp.is_imperative(lead.tail):
        return _whole_sentence(ctx)  # "Wil je een creatief resultaat: geef dat aan."
    named = not (
        lead.acts or nlp.is_negative(lead.head) or nlp.is_condition(lead.head.words[0].text)
    )
    if named and nlp.is_imperative(lead.tail, written_t=False):
        return _items(ctx, nlp.split_imperatives(lead.tail))
    # "Bij een complex project: indien er meerdere systemen zijn, maak een afweging …": the
    # label, the condition and the advice, as one item.
    if named and _conditional_advice(lead.tail):
        return _whole_sentence(ctx)
    return None


def _asks(head: Sentence) -> bool:
    # A lead that asks yes or no: a verb and "je" ("Wil je een creatief resultaat").
    ws = head.lower[:2]
    return len(ws) == 2 and ws[1] in nl.READER and ws[0] not in nl.NOT_VERBS_BEFORE_YOU


def _conditional_advice(s: Sentence) -> bool:
    # "Als …, doe …": a condition and an imperative after it.
    first = s.words[:1]
    split = nlp.split_condition(s) if first and nlp.is_condition(first[0].text) else None
    return split is not None and nlp.is_imperative(tokenise(split[1]))


def _lead_of_statement(text: str) -> bool:
    # A short lead that is an action before a statement ("let op: … is ook belangrijk").
    lead = _lead(text)
    return bool(lead and lead.short and lead.acts and not nlp.is_imperative(lead.tail))


def _asks_others(ctx: Context) -> Verdict | None:
    # "Vraag je collega: 'Wat heb je nodig?'": the action with the question to ask.
    return _whole_sentence(ctx) if nlp.asks_others(ctx.unit.text) else None


def _statement_after_lead(ctx: Context) -> Verdict | None:
    # "Vergeet ook niet: mensen …", "Let op: …" only call attention to the statement; "Geef
    # waardering: kleine complimenten versterken …" is an action the statement explains.
    lead = _lead(ctx.unit.text)
    if not (lead and lead.short and lead.acts):
        return None
    head = tokenise(nlp.strip_leading(lead.head.text))  # "En vergeet niet:"
    attention = head.words_lower[0] in nl.ATTENTION_VERBS if head.words else True
    # A verb and a bare noun without a verb after them is a label ("Verwacht effect: meer
    # transparantie."); "Maak twee variabelen: x en y." is an action with its example.
    label = len(head.words) == 2 and not nlp.has_verb(lead.tail)
    if len(head.words) < 2 or attention or nlp.imagines(head) or label:
        return LEFT_OUT
    return _items(ctx, [nlp.finish(head.text)])


def _actions_listed_after_colon(ctx: Context) -> Verdict | None:
    lead = _lead(ctx.unit.text)
    if lead is None or lead.acts:
        return None
    parts = [p for p in _LIST.split(lead.tail.text.rstrip(".!")) if p]
    if len(parts) >= 2 and all(nlp.infinitive_phrase(tokenise(p)) for p in parts):
        return Verdict(True, tuple(nlp.finish(p[:1].upper() + p[1:]) for p in parts))
    return None


def _condition_kept(ctx: Context) -> Verdict | None:
    sentence = nlp.after_opening(ctx.unit.sentence)  # "Ten slotte, als …"
    first = sentence.words[:1]
    if not first or not nlp.is_condition(first[0].text):
        return None
    split = nlp.split_condition(sentence)
    if split is None:
        return None
    condition, cons = split
    # "Als …, verplaats … en voeg … toe", "Als …, luister dan goed, bied … aan": each action
    # an item of its own, with the condition.
    head = nlp.drop_ties(cons)
    listed = nlp.split_imperatives(tokenise(head))
    listed = listed if len(listed) > 1 else [head]
    actions = [nlp.drop_ties(a) for part in listed for a in nlp.split_and(part)]
    texts = [nlp.finish(f"{condition}, {a[:1].lower()}{a[1:]}") for a in actions]
    return _items(ctx, texts, split=False)


def _reader_does_after_condition(ctx: Context) -> Verdict | None:
    first = ctx.unit.sentence.words[:1]
    if not first or not nlp.is_condition(first[0].text):
        return None
    return _condition_and_actions(ctx)


def _polite_imperative(ctx: Context) -> Verdict | None:
    # "Neemt u de tijd voor een goed gesprek.": the polite imperative (a verb in -t before
    # "u") as a sentence of its own; with a comma it may be a condition ("Gebruikt u …, dan
    # …"), with a question mark it asks.
    text = ctx.unit.text.rstrip()
    whole = ", " not in text and text.endswith((".", "!"))
    return _whole_sentence(ctx) if whole and nlp.reader_does(ctx.unit.sentence) else None


def _condition_and_actions(ctx: Context) -> Verdict | None:
    # Each present-tense action after the condition, as an item with the condition.
    split = nlp.split_reader_does(ctx.unit.sentence, steps=ctx.unit.numbered)
    if split is None:
        return None
    condition, actions = split
    return _items(ctx, [f"{condition}, {a}" for a in actions], split=False)


def _inverted_condition(ctx: Context) -> Verdict | None:
    # "Werkt je pas toch niet, meld je dan …": the whole sentence, its condition kept; with
    # actions in the present tense ("…, dan vul je … in en kies je …") one item per action.
    if not nlp.inverted_condition(ctx.unit.sentence, steps=ctx.unit.numbered):
        return None
    return _condition_and_actions(ctx) or _items(
        ctx, [nlp.strip_leading(ctx.unit.text)], split=False
    )


def _reader_does_before_steps(ctx: Context) -> Verdict | None:
    # "Je vraagt de toegang vooraf zelf aan:" before numbered steps that are imperatives.
    unit, nxt = ctx.unit, ctx.nxt
    if (
        not unit.text.rstrip().endswith(":")
        or nxt is None
        or not nxt.numbered
        or not nlp.reader_does_first(unit.sentence)
        or not nlp.is_imperative(nxt.sentence)
    ):
        return None
    return Verdict(True, (nlp.finish(unit.text.rstrip().rstrip(":")),))


def _reflexive_imperative(ctx: Context) -> Verdict | None:
    s = ctx.unit.sentence
    if s.lower[1:2] != (nl.FORMAL_YOU,) or not nlp.is_imperative(s):
        return None
    return _items(ctx, nlp.split_imperatives(s))


def _imperative(ctx: Context) -> Verdict | None:
    actions = nlp.split_imperatives(ctx.unit.sentence)
    return _items(ctx, actions) if actions else None


def _imperative_after_moment(ctx: Context) -> Verdict | None:
    # "Bij het maken van een catalogus, probeer …": the moment belongs to the action.
    return _whole_sentence(ctx) if nlp.imperative_after_moment(ctx.unit.sentence) else None


def _imperative_after_statement(ctx: Context) -> Verdict | None:
    # "…, maar let op: non-verbale communicatie is …": a lead that acts before a statement.
    actions = [a for a in nlp.imperative_tail(ctx.unit.sentence) if not _lead_of_statement(a)]
    if not actions:
        return None
    # "U kunt … uiten, maar doe dit rustig": "dit" is the statement's action, so the item is
    # the whole sentence.
    pronoun = nlp.leaning_pronoun(tokenise(actions[0]))
    if pronoun is not None and pronoun not in nl.PLURAL_PRONOUNS:
        return _whole_sentence(ctx)
    # "Je brief past bij voorkeur op een A4, wees dus bondig.": a bare action that the
    # statement before it explains; the whole sentence reads on its own.
    if len(actions) == 1 and _fails(nlp.drop_ties(actions[0]), ctx, "bare"):
        return _whole_sentence(ctx)
    return _items(ctx, actions, near=nlp.tail_antecedent(ctx.unit.sentence))


def _fails(text: str, ctx: Context, check_id: str) -> bool:
    # Whether the item ``text`` would fail the check ``check_id``.
    failed = check(nlp.finish(text), ctx)
    return failed is not None and failed.id == check_id


def _compound_noun_first(ctx: Context) -> Verdict | None:
    return LEFT_OUT if nlp.opens_compound(ctx.unit.sentence) else None


def _imagine(ctx: Context) -> Verdict | None:
    return LEFT_OUT if nlp.imagines(ctx.unit.sentence) else None


def _inversion_after_concession(ctx: Context) -> Verdict | None:
    return LEFT_OUT if nlp.inverted_after_concession(ctx.unit.sentence) else None


def _consequence_of_previous(ctx: Context) -> Verdict | None:
    s = ctx.unit.sentence
    return LEFT_OUT if s.words_lower[:1] == (nl.THEN,) and nlp.reader_must(s) else None


def _reader_must(ctx: Context) -> Verdict | None:
    # "Je moet ervan uitgaan dat …, je moet dus nog wel uitleggen …": each "je moet" clause
    # after a comma is advice of its own.
    if not nlp.reader_must(ctx.unit.sentence):
        return None
    text = nlp.strip_leading(ctx.unit.text)
    parts = [p for p in _READER_MUST_AGAIN.split(text) if p]
    if len(parts) > 1 and all(nlp.reader_must(tokenise(p)) for p in parts):
        return _items(ctx, [nlp.finish(p[:1].upper() + p[1:]) for p in parts], split=False)
    return _whole_sentence(ctx)


# A comma before another "je moet …" clause.
_READER_MUST_AGAIN = re.compile(
    rf",\s+(?=(?:{'|'.join(sorted(nl.READER))})\s+(?:{'|'.join(sorted(nl.MUST))})\b)",
    re.IGNORECASE,
)


def _we_must(ctx: Context) -> Verdict | None:
    # Not in a quote: there "we" are whoever is quoted ("Soms moeten we kiezen …").
    if ctx.unit.kind == "quote" or not nlp.we_must(ctx.unit.sentence):
        return None
    return _whole_sentence(ctx)


def _whole_sentence(ctx: Context) -> Verdict:
    # Advice that is no imperative is the sentence itself (a leading "En"/"Dus"/"Maar" left
    # out).
    return _items(ctx, [nlp.strip_leading(ctx.unit.text)])


def _reader_sees_to(ctx: Context) -> Verdict | None:
    return _present_tense(ctx, nlp.reader_sees_to)


def _reader_does_therefore(ctx: Context) -> Verdict | None:
    return _present_tense(ctx, nlp.reader_does_therefore)


def _reader_does_at_a_time(ctx: Context) -> Verdict | None:
    # "In de discussie interpreteer je de data, relateer je deze … en interpreteer je …":
    # each instruction an item, with its moment; also after a short label ("**Discussie:**").
    text = nlp.strip_leading(ctx.unit.text)
    if not nlp.reader_does_at_a_time(ctx.unit.sentence):
        lead = _lead(ctx.unit.text)
        if not (lead and lead.short and not lead.acts):
            return None
        if not nlp.reader_does_at_a_time(lead.tail):
            return None
        text = nlp.strip_leading(lead.tail.text)
    return _items(ctx, nlp.moment_instructions(text), split=False)


def _reader_does_object_first(ctx: Context) -> Verdict | None:
    return _present_tense(ctx, nlp.reader_does_object_first)


def _reader_does_next(ctx: Context) -> Verdict | None:
    # "Eerst kijk je of … En je test of …": "En je <verb> …" goes on with the instruction in
    # the present tense that the sentence before gave.
    ws = ctx.unit.sentence.words_lower
    prev, items = ctx.prev, ctx.items
    if len(ws) < 4 or ws[:2] != ("en", nl.INFORMAL_YOU) or prev is None or not items:
        return None
    before = items[-1]
    went_on = before.quote == prev.text and before.rule in _PRESENT_TENSE_RULES
    return _whole_sentence(ctx) if went_on and nlp.is_instruction_verb(ws[2], ws[3]) else None


def _reader_does_before_next(ctx: Context) -> Verdict | None:
    # "Je begint het gesprek met een open vraag. Daarna vat je samen …": the first step of a
    # procedure in the present tense, before the next step in the same paragraph.
    nxt = ctx.nxt
    if nxt is None or nxt.block is not ctx.unit.block:
        return None
    if not nlp.reader_does_first(ctx.unit.sentence) or ctx.unit.sentence.question:
        return None
    steps = nxt.sentence.words_lower[:1] and nxt.sentence.words_lower[0] in nl.NEXT_STEP
    return _whole_sentence(ctx) if steps and nlp.reader_does_at_a_time(nxt.sentence) else None


# The rules that take an instruction in the present tense ("Tijdens … geef je …").
_PRESENT_TENSE_RULES = frozenset(
    {
        "reader-does-at-a-time",
        "reader-does-object-first",
        "reader-does-therefore",
        "reader-does-next",
        "reader-does-before-next",
    }
)


def _present_tense(ctx: Context, instruction: Callable[[Sentence], bool]) -> Verdict | None:
    # The sentence when it is an ``instruction`` in the present tense, or what follows a
    # short label that is no action ("**Discussie:** In de discussie interpreteer je …").
    if instruction(ctx.unit.sentence):
        return _whole_sentence(ctx)
    lead = _lead(ctx.unit.text)
    if lead and lead.short and not lead.acts and instruction(lead.tail):
        return _items(ctx, [nlp.strip_leading(lead.tail.text)], split=False)
    return None


def _action_in_list_after_colon(ctx: Context) -> Verdict | None:
    # "Je bouwt het op met kleine stappen:" and "- afspraken nakomen;": each entry of the
    # list (not only the first) is an action, written as an item with a capital.
    # Only in a list that opens with such an action: one that opens with a statement or a
    # labelled description ("Overbelasting: Managers raken …") describes.
    unit = ctx.unit
    if _list_lead(ctx) is None or not _infinitive_action(unit):
        return None
    if not _infinitive_action(_list_run(ctx)[0]):
        return None
    return Verdict(True, (nlp.finish(unit.text[:1].upper() + unit.text[1:]),))


def _infinitive_action(unit: Unit) -> bool:
    # "afspraken nakomen", not "momenten om … te zien" (a noun and its purpose).
    s = unit.sentence
    return nlp.infinitive_phrase(s) and not nlp.purpose_of_noun(s) and ": " not in unit.text


def _list_run(ctx: Context) -> list[Unit]:
    # The list sentences around the one to decide: the whole list.
    start, end = ctx.n, ctx.n + 1
    while start > 0 and ctx.units[start - 1].kind == "list":
        start -= 1
    while end < len(ctx.units) and ctx.units[end].kind == "list":
        end += 1
    return list(ctx.units[start:end])


def _checklist_entry(ctx: Context) -> Verdict | None:
    # "- [ ] Ik heb de agenda vooraf rondgestuurd.": the author's own checklist, an entry to
    # tick as written (no question, not in the negative: "[ ] Geen …" names what is absent).
    unit = ctx.unit
    if not unit.boxed or unit.sentence.question or nlp.is_negative(unit.sentence):
        return None
    return _whole_sentence(ctx) if len(unit.sentence.words) >= _CHECKLIST_WORDS else None


# The fewest words of a checklist entry taken as written ("Ruimte geregeld." is a label).
_CHECKLIST_WORDS = 3


def _advice_without_action(ctx: Context) -> Verdict | None:
    return LEFT_OUT if nlp.looks_like_advice(ctx.unit.sentence) else None


# The order matters where two rules could decide one sentence: a list of conduct is read
# before a list of examples, as its lead may name "Voorbeelden" of it; an example is never
# advice; a lead before a colon is read first (what not to do, then the action it names,
# then a lead that is itself a statement), because the words after the colon decide, not
# the sentence's first word; a condition comes before the plain imperative so that "Als …,
# doe …" keeps its condition; an imperative before one after a statement, before advice
# with a modal (whose "Dan …" form is left out first) or in the present tense ("Ook zorg
# je …"), before a list item after a colon; then an entry of the author's own checklist;
# last the statements that only look like advice, which are reported but never taken.
ITEM_RULES: tuple[Rule, ...] = (
    Rule(
        "unwanted-behaviour-list",
        "an entry of a list of unwanted conduct ('Voorbeelden van onaanvaardbaar gedrag zijn:'):"
        " what not to do",
        _unwanted_behaviour_in_list,
        (
            "Voorbeelden van onaanvaardbaar gedrag zijn:\n\n- Publiceren van persoonlijke"
            " informatie van anderen",
            "Gedrag dat we niet accepteren:\n\n- Anderen uitlachen",
        ),
        (
            "Voorbeelden van gedrag dat helpt:\n\n- Empathie tonen tegenover anderen",
            "Gedrag dat we verwachten:\n\n- Anderen helpen",
        ),
    ),
    Rule(
        "dont-list",
        "an entry of a list after a lead that says what not to do ('Niet doen:', \"Don'ts:\")",
        _dont_in_list,
        (
            "Niet doen:\n\n- Onderbreek de ander.",
            "Don'ts:\n\n- Geef ongevraagd advies",
            "Dit moet je niet doen:\n\n- Onderbreek de ander.",
        ),
        (
            "Vermijd deze valkuilen:\n\n- Praat niet te lang.",
            "Wel doen:\n\n- Luister goed naar de ander.",
            "Tips:\n\n- Onderbreek de ander niet.",
        ),
    ),
    Rule(
        "behaviour-list",
        "an action in a list of conduct to follow ('Voorbeelden van gedrag dat bijdraagt aan"
        " een positieve omgeving:')",
        _behaviour_in_list,
        (
            "Voorbeelden van gedrag dat helpt:\n\n- Empathie tonen tegenover anderen",
            "Gewenst gedrag:\n\n- Respectvol zijn ten aanzien van andere standpunten\n"
            "- Focussen op wat het beste is voor de groep",
        ),
        (
            "Voorbeelden van gedrag dat helpt:\n\n- Het accepteren van kritiek",
            "Voorbeelden van onaanvaardbaar gedrag zijn:\n\n- Anderen uitlachen",
            "Voorbeelden van gedrag:\n\n- Leerlingen die te laat komen",
        ),
    ),
    Rule(
        "example-list",
        "an entry of a list of examples ('Mogelijke vervolgvragen:'): text to write, not advice",
        _example_in_list,
        (
            "Mogelijke vervolgvragen:\n\n- geef een uitleg\n- geef 5 toetsvragen over het begrip",
            "Gebruik de gebiedende wijs. Bijvoorbeeld:\n- Ruim je kamer op\n- Sluit de deur",
        ),
        (
            "Doe het volgende:\n\n- Geef 5 toetsvragen over het begrip.",
            "Doe bijvoorbeeld dit:\n\n- Geef 5 toetsvragen over het begrip.",
            "Noteer hoe, bijvoorbeeld door:\n\n- Hulp te vragen aan peers.",
        ),
    ),
    Rule(
        "expected-in-list",
        "what the writer expects of the reader, in a list after a lead that says so ('Van een"
        " teamlid verwachten we het volgende:' and '- Je komt je afspraken na.')",
        _expected_in_list,
        (
            "Van een teamlid verwachten we het volgende:\n\n- Je komt je afspraken na.",
            "Wat we van je vragen:\n\n- Je bent op tijd bij overleg.",
        ),
        (
            "Van een teamlid verwachten we het volgende:\n\n- Je krijgt een mentor.",
            "Wat je van ons krijgt:\n\n- Je komt in een vast team.",
        ),
    ),
    Rule(
        "clause-in-list",
        "an entry of a list that ends the lead's clause ('leidinggevenden die:', 'Belangrijk is"
        " dat de werkvorm:'): a description",
        _clause_in_list,
        (
            "Plus leidinggevenden die:\n\n- stress signaleren en erover in gesprek gaan.",
            "Een operatie die:\n\n- Veel tijd kost.\n- Zelden nodig is.",
            "Belangrijk is dat de werkvorm:\n\n- aansluit bij het doel;\n- leidt tot acties.",
        ),
        (
            "Zoek collega's die:\n\n- graag meedenken.",
            "Zorg ervoor dat:\n\n- iedereen de agenda heeft.",
            "Doe het volgende:\n\n- Geef 5 toetsvragen over het begrip.",
        ),
    ),
    Rule(
        "lead-finished-in-list",
        "an action whose clause a list finishes ('Zorg ervoor dat:'): its entries give the items",
        _lead_finished_in_list,
        (
            "Zorg ervoor dat:\n\n- iedereen de agenda heeft.",
            "Schrijf een for-lus van 1 tot 10 die:\n\n- 5 overslaat.\n- stopt na 8.",
        ),
        (
            "Doe het volgende:\n\n- Geef 5 toetsvragen over het begrip.",
            "Plus leidinggevenden die:\n\n- stress signaleren.",
            "Zorg ervoor dat iedereen de agenda heeft.",
        ),
    ),
    Rule(
        "finishes-lead",
        "an entry of a list that finishes the action before it ('Zorg ervoor dat:' and '- iedereen"
        " de agenda heeft'): one item of both",
        _finishes_lead,
        (
            "Zorg ervoor dat:\n\n- iedereen de agenda heeft.",
            "Zoek collega's die:\n\n- graag meedenken.",
            "Schrijf code in `Main` waarin je:\n\n- Een `Persoon` maakt.",
            "Zorg voor:\n\n- een veilige sfeer;\n- duidelijke afspraken.",
            "We verwachten dat je:\n\n- op tijd bent bij overleg;\n- je afspraken nakomt.",
        ),
        (
            "Doe het volgende:\n\n- Geef 5 toetsvragen over het begrip.",
            "Plus leidinggevenden die:\n\n- stress signaleren.",
            "We zien dat je:\n\n- op tijd bent bij overleg.",
            "Zorg ervoor dat:\n\n- Maak een agenda.",
            "Denk aan:\n\n- een veilige sfeer;\n- duidelijke afspraken.",
        ),
    ),
    Rule(
        "name-heading",
        "a sub-heading in title case that names a part ('### Sprint Backlog'), no action",
        _name_heading,
        ("## Scrum\n\nPlan een overleg.\n\n### Sprint Backlog\n\nDe lijst van het team.",),
        ("## Scrum\n\nTekst.\n\n### Werk samen in Google Docs\n\nDan zie je alles.",),
    ),
    Rule(
        "name-in-list",
        "a short entry in a list of names ('Product backlog', 'Sprint backlog'), not an action",
        _name_in_list,
        (
            "- Product backlog\n- Sprint backlog\n- Scrumboard\n- Burn down chart",
            "- Product backlog\n\n  Het backlog bevat alles.\n\n- Sprint backlog\n\n"
            "  Het sprint backlog bevat de taken.\n\n- Scrumboard\n\n  Het bord toont ze.",
        ),
        (
            "- Plan een overleg\n- Nodig iedereen uit\n- Maak een agenda",
            "- Sprint backlog bijwerken.",
            "- Plan vooruit\n- Budget\n- Vraag om hulp",
        ),
    ),
    Rule(
        "remember-that",
        "'Vergeet niet dat …' before a fact: something to keep in mind, no action",
        _remember_that,
        (
            "Vergeet niet dat de locaties van evenementen kunnen worden gedeeld.",
            "Onthoud dat het universum ook andere elementen kan bevatten.",
            "Weet dat er veel komt kijken bij het begeleiden ervan.",
        ),
        (
            "Vergeet niet dat je de deur op slot doet.",
            "Vergeet niet de deur op slot te doen.",
            "Merk je dat iemand afhaakt, bespreek dat dan in een gesprek.",
        ),
    ),
    Rule(
        "we-ask-you",
        "a request or advice of the writers to the reader ('verzoeken wij u … te …')",
        _we_ask_you,
        (
            "Indien u getuige bent van onaanvaardbaar gedrag, verzoeken wij u de Raad daarvan"
            " zo spoedig mogelijk in kennis te stellen.",
            "Daarom vragen we je om je naam te vermelden.",
            "Wij raden u aan om de ouders tijdig te informeren.",
            "Ik adviseer je om elke week even stil te staan bij je doelen.",
            "U wordt verzocht om respectvol te blijven.",
            "Er wordt van u verwacht dat u zich aan deze regels houdt.",
            "Mijn advies is om klein te beginnen.",
        ),
        (
            "We vragen ons af of dit werkt.",
            "Zij vragen u niets.",
            "Ik vraag je niets.",
            "Van alle deelnemers wordt verwacht dat zij elkaar respecteren.",
            "Het advies is niet altijd te volgen.",
        ),
    ),
    Rule(
        "to-the-writers",
        "the writers ask to hear from the reader ('Laat het ons weten!', 'Bel ons'): a call, no"
        " advice",
        _to_the_writers,
        (
            "Laat het ons weten!",
            "Heb je een vraag? Laat het me weten.",
            "Interesse? Laat het mij dan weten!",
            "Vragen? Neem dan contact met ons op!",
            "Bel ons direct op 0800-1234.",
            "Ken jij nog meer valkuilen? Laat je reactie achter!",
        ),
        ("Laat het team weten wat je verwacht.", "Neem contact op met de vertrouwenspersoon."),
    ),
    Rule(
        "figure-of-speech",
        "a figure of speech in the imperative ('Begrijp me niet verkeerd'), no advice",
        _figure_of_speech,
        ("Begrijp me niet verkeerd; een keer is niet erg.", "Geloof me, het werkt."),
        ("Begrijp de vraag van je klant.",),
    ),
    Rule(
        "pointer",
        "points the reader elsewhere ('Zie ook H3.6.'): a reference, nothing to do",
        _pointer,
        (
            "Zie ook H3.6.",
            "Zie ook § 3.7.2.3.",
            "Zie hiervoor de bijlage over kosten.",
            "Zie {numref}`Figure {number} <fig:Toulmin>`.",
            "Zie hier de lijst van bronnen.",
            "Zie het gedeelte ‘Autorisatie’ in Hoofdstuk 3 voor de redenen hiervoor.",
            "Zie hoe dit niet werkt in de niet-gebiedende wijze:",
            "Ga verder naar: Stappen eerste MAUI project op macOS.",
            "Werk je op macOS? Ga dan verder naar: Stappen op macOS.",
            "Ga verder naar Stap 2.",
        ),
        (
            "Zie het als een kans om te leren.",
            "Zie erop toe dat iedereen meedoet.",
            "Ga verder naar de volgende stap als alle tests slagen.",
        ),
    ),
    Rule(
        "examples-to-think-of",
        "examples after 'Denk bijvoorbeeld aan …' or a run of 'Denk aan …': for instance,"
        " nothing to do",
        _examples_to_think_of,
        (
            "Denk bijvoorbeeld aan landelijke toetsen, zoals de rekentoets.",
            "Denk daarbij aan mensen met een visuele beperking.",
            "Denk aan compositie en vlakverdeling. Denk aan typografie. Aan kleurgebruik.",
            "Denk maar eens aan een ziek kind dat van school moet worden gehaald.",
            "Denk maar aan een situatie waarin je in een andere cultuur bent.",
        ),
        ("Denk aan je houding.", "Denk goed na over je doel.", "Denk na over de lezer."),
    ),
    Rule(
        "lead-what-not-to-do",
        "a lead such as 'Niet doen:' introduces what not to do",
        _what_not_to_do,
        ("**Niet doen:** Sla een kopniveau over.",),
        ("**Wel doen:** Gebruik koppen in de goede volgorde.",),
    ),
    Rule(
        "action-after-short-lead",
        "the action after a short lead ('Tip:', 'Wel doen:')",
        _action_after_short_lead,
        (
            "**Wel doen:** Gebruik koppen in de goede volgorde.",
            "Tip: maak even een selfie.",
            "### Stap 1: Individueel: Rond de branches af",
        ),
        (
            "**Niet doen:** Sla een kopniveau over.",
            "Vergeet ook niet: mensen vertrouwen je.",
            "- **Total page views:** geeft aan hoe vaak uw project is bekeken",
            "Voorbeeld: Stel dat een app toegang geeft op basis van twee voorwaarden.",
        ),
    ),
    Rule(
        "action-after-colon",
        "the action after a longer lead that ends in a colon",
        _action_after_colon,
        (
            "Een leuke tip voor als je het onderzoek doet: maak even een selfie.",
            "- wil je een creatief resultaat, of juist een feitelijk: geef dat aan.",
            "Bij een groot project: indien er meer systemen zijn, maak een afweging.",
        ),
        (
            "Tip: maak even een selfie.",
            "Als je twijfelt over de opzet: vraag het na.",
            "De events zijn onder andere: Sprint Planning, Daily Scrum en Sprint Review.",
        ),
    ),
    Rule(
        "ask-others",
        "an action that has the reader ask someone else the question after its colon ('Vraag je"
        ' collega: "Wat heb je nodig?"\'): one item, no reflection question',
        _asks_others,
        (
            "Vraag je collega: 'Wat heb je nodig?'",
            "Vraag regelmatig: hoe gaat het echt met je?",
            "Durf te vragen: “Wat heb je nodig?”",
            "Stel je team de vraag: wat hebben jullie nodig?",
        ),
        (
            "Vraag je af: wat heb ik nodig?",
            "Stel jezelf de vraag: doe ik wat ik zeg?",
            "Stel: wat doe je als het misgaat?",
            "Durf te twijfelen: is dit wel de goede weg?",
        ),
    ),
    Rule(
        "statement-after-lead",
        "a short lead that is itself an action introduces a statement: 'Vergeet ook niet:' is"
        " left out, 'Geef waardering:' is the item",
        _statement_after_lead,
        (
            "Vergeet ook niet: mensen vertrouwen sneller iemand die hen vertrouwt.",
            "Geef waardering: kleine complimenten versterken het vertrouwen.",
            "Verwacht effect: meer transparantie en minder frustratie.",
        ),
        ("Tip: maak even een selfie.",),
    ),
    Rule(
        "actions-listed-after-colon",
        "actions written as infinitives in a list after a colon",
        _actions_listed_after_colon,
        ("Dat betekent: signalen opvangen, sfeer aanvoelen, tijd nemen voor gesprekken.",),
        (
            "Dat betekent: iedereen doet mee.",
            "Dat wil zeggen: bezoekers hoeven niet te scrollen of te zoeken naar knoppen.",
        ),
    ),
    Rule(
        "condition-kept",
        "advice after a condition ('Als …, informeer …'), the condition kept",
        _condition_kept,
        (
            "Als een veld leeg is toon dan een foutmelding.",
            "Als een tijdslimiet strikt noodzakelijk is, informeer de gebruiker vooraf.",
            "Ten slotte, als uw project op GitHub staat, overweeg dan een organisatie.",
            "Wanneer het team vastloopt: neem afstand en kijk opnieuw.",
            # The d/t mistake, with "dan" after it.
            "Als de reactie positief is, houdt de voortgang dan in de gaten.",
        ),
        (
            "Als je geen vertrouwen hebt, kun je het niet geven.",
            "Als je een responsief ontwerp hebt, kost het je veel werk om dat te doen.",
            "Als de bezoeker verdwaald is, biedt een sitemap uitkomst.",
        ),
    ),
    Rule(
        "reader-does-after-condition",
        "advice to 'u' in the present tense after a condition ('Als …, plaatst u dit in …')",
        _reader_does_after_condition,
        (
            "Als u aan een grote wijziging werkt, plaatst u dit in een pull-aanvraag.",
            "Als u uw eigen e-mailadres niet wilt gebruiken, stelt u een speciaal adres in.",
        ),
        (
            "Als u dit formulier verstuurt, krijgt u een bevestiging.",
            "Als uw project groeit, kunt u een kernteam vormen.",
        ),
    ),
    Rule(
        "polite-imperative",
        "the polite imperative, a verb in -t before 'u' ('Neemt u de tijd voor …')",
        _polite_imperative,
        (
            "Neemt u de tijd voor een goed gesprek.",
            "Houdt u rekening met de werkdruk van uw collega's.",
            "- Stuurt u de notulen binnen een week rond.",
        ),
        (
            "Heeft u vragen? Neem contact op.",
            "Gebruikt u een laptop, dan werkt het ook.",
            "Krijgt u een bevestiging.",
            "Neemt u de tijd?",
        ),
    ),
    Rule(
        "inverted-condition",
        "advice after a condition that opens with its verb ('Werkt je pas niet, meld je dan …')",
        _inverted_condition,
        (
            "Werkt je pas toch niet, meld je dan bij de receptie.",
            "Vind je geen ruimte via een van de links, probeer dan de andere link.",
            "Gebruik je bijvoorbeeld rood of groen, onderstreep de links dan zeker!",
            "1. Gebruik je de app voor het eerst, dan vul je je naam in en kies je een pincode.",
            "- Ontbreekt informatie, maak dit inzichtelijk in een issue.",
            "- Zijn er onduidelijkheden of hiaten, zet dit in een issue.",
        ),
        (
            "Ontbreekt informatie, dan ontstaat verwarring.",
            "Staat er een fout in, dan is dat jammer.",
            "Geef je team de ruimte, dan groeit het vertrouwen.",
            "Wil je daar werken, dan kun je dat via de balie regelen.",
            "Heb je vragen?",
            "Neem je de tijd niet, dan houd je je mensen klein.",
        ),
    ),
    Rule(
        "compound-noun-first",
        "a verb stem that opens a compound noun ('Open source-…', 'Leer- en ontwikkelgebieden')",
        _compound_noun_first,
        (
            "Open source-projecten gedijen goed.",
            "- Open source-beheerder / Maintainer",
            "Open source-werk heeft je ooit vreugde gebracht.",
            "### Leer- en ontwikkelgebieden",
        ),
        ("Open het project.", "Maak back-ups van uw bestanden.", "Gebruik e-mail."),
    ),
    Rule(
        "imagine",
        "'Stel je voor dat …' asks the reader to imagine something, it is no action",
        _imagine,
        (
            "Stel je nu voor dat je wilt bijdragen aan een project.",
            "Stel u voor.",
            "Stel je de volgende pagina voor:",
            "Stel dat er toetsen worden ontwikkeld zonder herkansing.",
            "Stel, een huisartsenpraktijk wil overstappen op een digitale planner.",
        ),
        (
            "Stel je voor aan de groep.",
            "Stel jezelf de vraag wat je wilt.",
            "Stel je vraag voor de hele groep.",
        ),
    ),
    Rule(
        "inversion-after-concession",
        "after 'Hoewel …,' a verb like 'vergroot' is the third person of a statement",
        _inversion_after_concession,
        ("Hoewel je niet altijd iemand vindt, vergroot het geven van een signaal de kans.",),
        (
            "Hoewel u uw rollen zelf kunt definiëren, overweeg het gebruik van bredere definities.",
            "Hoewel het lastig is, zet dan de eerste stap.",
        ),
    ),
    Rule(
        "reflexive-imperative",
        "an imperative with the reflexive 'u' after it ('Concentreer u op …')",
        _reflexive_imperative,
        ("Concentreer u op de reis, niet op de bestemming.", "Houd u aan de afspraken."),
        ("Gebruikt u een formulier.", "Zet u het op de agenda."),
    ),
    Rule(
        "imperative",
        "a sentence or list item that opens with an imperative",
        _imperative,
        (
            "Durf dus te zeggen wat je ziet.",
            "- Schrap vragen waarvan je het antwoord al weet.",
            "- Update de copyright notities in de bestanden.",
            "Begin met uw documentatie:",
            '- Gebruik zinnen zoals “Ik merk op…" en “Ik vraag me af…"',
            "- Wijs op onderdelen als een student vastloopt.",
            "Vraag collega's wat zij ervan vinden.",
            "Neem 5 minuten voor elke vraag.",
            "Vraag opnieuw; zeg de AI dat hij het kan.",
            "1. Kopieer de artikelen naar de map",
            "Zet gerichte ontwikkelopdrachten uit voor de makers.",
            "Maak een .babelrc-bestand aan in de map.",
            "Verdiep je in de materie.",
            "Gebruik je eigen woorden.",
            "Overhaast geen beslissing om een oplossing te hebben.",
            "Stimuleer je ervaren collega's om mentor te worden.",
            "Houdt je aan de afspraken.",
            "Sluit je aan bij de community.",
            "Probeer je er aan te houden.",
            "Zet je naam op de lijst, dan weten we dat je komt.",
        ),
        (
            "Vertrouwen groeit niet vanzelf.",
            "Eind jaren negentig was het hip om structuurtjes te gebruiken.",
            "Blijf je bouwen op twijfel.",
            "Verplichte velden zijn gemarkeerd.",
            "Wijs is wie twijfelt.",
            "Goed voorbeeld doet goed volgen.",
            "Goed genoeg om mee te oefenen.",
            "- Bol.com heeft een wel heel rare selector.",
            "Diep werk is moeilijk denkwerk.",
            "Bedankt voor het lezen!",
            "### Tip voor sfeerverbeteraars",
            "Even terugspoelen voor een korte introductie!",
            "Mits de leden akkoord gaan.",
            "Aanpak en afspraken over hoe het beheer verloopt.",
            "### Stap 2: Team: Pull request template aanvullen",
            "Indien er een deployment is controleer je of die lukt.",
            "Naast de gids gebruiken we een bibliotheek met componenten.",
            "Klik je op het zonnetje, dan verandert het thema.",
            "Begin november was het koud.",
            "Schrijft wat.",
            "Wordt de tekst te lang, dan kort hij hem in.",
            "Heel saai.",
            "Heb je de link al bezocht, dan is de link paars.",
            "Denk je daar anders over, is dat een fout.",
            "Ontwerp je deze structuur goed, dan is hij ook nuttig.",
            "Vraag je jezelf af wat de beste keus is, dan is het antwoord eenvoudig.",
            "Tel je de gebruikerservaring erbij op, dan kan dit leiden tot meer omzet.",
            "Gebruik maken van een Content Delivery Network (CDN).",
            "Kenmerk van dit protocol is dat er een verzoek moet komen.",
            "Gebruik je meer dan dit, dan kunnen lezers punten overslaan.",
            "- Hyperventilatie\n- Snel geïrriteerd of geëmotioneerd raken",
            "Kort contact maken.",
            "Vraag vanuit de school: Ons doel is een betere cultuur in het team.",
            "Vraag vanuit de school: Wij willen één dagdeel uittrekken voor feedback.",
            "Plus wendbare, veelzijdige leidinggevenden.",
            "- **Mad, Sad, Glad:** Richt zich op emoties en betrokkenheid.",
        ),
    ),
    Rule(
        "imperative-after-moment",
        "an imperative after the moment it is for, before a comma ('Bij het maken van een"
        " catalogus, probeer …')",
        _imperative_after_moment,
        (
            "Bij het maken van een catalogus, probeer om enige structuur aan te brengen.",
            "Na het gesprek met je team, schrijf de afspraken op.",
        ),
        (
            "Na de les is het tijd voor koffie.",
            "Bij het maken van een catalogus, zoals hier, kun je kiezen.",
            "Tijdens de review, als het goed is, geeft het team een demo.",
        ),
    ),
    Rule(
        "imperative-after-statement",
        "an imperative after a statement in the same sentence ('…, maar hou …')",
        _imperative_after_statement,
        (
            "Wat je ziet is interessant, maar hou de mogelijkheid open dat het anders is.",
            "Er is niet één goede manier om het te doen - doe wat je het prettigst vindt!",
            "Een deel zal al bijdragen aan uw project, dus begin met opschrijven wat u kunt.",
            "U kunt nog steeds teleurstelling uiten, maar doe dit rustig.",
            "Heel saai, maak je leerdoel zo SMART mogelijk.",
            "Niet alle resultaten zullen relevant zijn, laat mislukte experimenten achterwege.",
            "De tekst die je schrijft is lang, maak hem dus korter.",
        ),
        (
            "Grote kans dat je, als je echt durft te dromen, stuit op je idealen.",
            "Je kunt zoeken op categorie, media type, kleur en oriëntatie.",
            "Het gedrag wat je automatisch doet, kost weinig mentale energie.",
            "En wie twijfelt, gaat vermijden.",
            "Dus voordat je begint, stel jezelf de vraag:",
            "Toulmin levert een goede structuur, zie {numref}`Figure {number} <fig:Toulmin>`.",
            "Nature geeft eisen wat betreft tekst, lengte, figuren, tabellen, opmaak etc.",
            "Er zullen blogs komen, denk aan het maken van sketchnotes.",
            "We willen leverancier worden: overdag, behoud en groei van kwaliteit.",
            "De makers weten niet hoe het werkt, laat staan hoe je het gebruikt.",
            "Ik bekijk de tutorials, lees de documentatie en probeer het daarna uit.",
            "Het is de prompt; maar omdat de context het grootst is, heet dit de context.",
            "De Scrum Master leidt de bijeenkomsten, zoals de Daily Scrum, Sprint Review en "
            "Sprint Retrospective.",
            "Als het kan, maak je een plan.",
            "Nuchter te zijn, hard te werken, maar vooral mezelf te zijn.",
            "Dit is verbale communicatie, maar let op: non-verbale communicatie is belangrijk.",
        ),
    ),
    Rule(
        "consequence-of-previous",
        "advice with 'moet' that opens with 'Dan …': it needs the sentence before",
        _consequence_of_previous,
        ("Dan moet je het zelf doen.",),
        ("Jij moet de drempel verlagen.",),
    ),
    Rule(
        "reader-must",
        "advice for the reader with a modal ('Jij moet …', 'dien je …'), the Flemish 'best'"
        " ('Je neemt best contact op') or 'doet er goed aan'",
        _reader_must,
        (
            "Jij moet de drempel verlagen.",
            "Bij iedere vraag dien je je af te vragen of deze nodig is.",
            "Periodiek zul je een goede blik door de codebase moeten doen.",
            "Je moet ervan uitgaan dat de lezer het niet weet, je moet dus uitleggen wat het is.",
            "U kunt bij het vertalen best een woordenlijst gebruiken.",
            "Als je twijfelt, kun je het beste een collega vragen.",
            "Als directeur geeft u best zelf het goede voorbeeld.",
            "Je neemt best contact op met de mentor.",
            "U doet er goed aan om uw leerkrachten tijdig te informeren.",
        ),
        (
            "Je hoeft het niet altijd netjes te zeggen.",
            "Dan moet je het zelf doen.",
            "Later zul je merken dat het went.",
            "Je kunt een woordenlijst gebruiken.",
            "Soms kunt u best van een persoon verwachten dat hij een taak op zich neemt.",
            "Je hebt best veel werk.",
            "Hij geeft u best een kans.",
            "Hij doet er goed aan om te zwijgen.",
        ),
    ),
    Rule(
        "we-must",
        "advice to the readers and the writer together ('Om … moeten we milder zijn')",
        _we_must,
        (
            "Om die angst te verminderen moeten we milder zijn voor elkaar.",
            "We moeten elkaar vaker om hulp vragen.",
        ),
        (
            "> Soms moeten we kiezen wat we juist vinden.",
            "Het team weet dat we moeten kiezen.",
            "Moeten we dat echt willen?",
        ),
    ),
    Rule(
        "reader-sees-to",
        "advice in the present tense after 'Ook', 'Daarna', …: 'Ook zorg je … dat …'",
        _reader_sees_to,
        (
            "Ook zorg je tijdens deze stap dat je als team over dezelfde concepten praat.",
            "Daarna zorg je voor een rustige ruimte.",
        ),
        (
            "Door de verschillende niveaus zorg je voor een goede volgorde.",
            "Zo zorg je dat iedereen meedoet.",
        ),
    ),
    Rule(
        "reader-does-therefore",
        "an instruction in the present tense after 'Daarom' ('Daarom test je of …')",
        _reader_does_therefore,
        (
            "Dus daarom test je of je site het doet met alleen een toetsenbord.",
            "Daarom gebruik je schaalbare lettergroottes in plaats van pixels.",
        ),
        (
            "Daarom vind je hier een overzicht.",
            "Daarom kun je het beter vragen.",
            "Daarom is het belangrijk.",
        ),
    ),
    Rule(
        "reader-does-before-next",
        "the first step of a procedure in the present tense, before its next step ('Je begint"
        " met een open vraag. Daarna vat je samen …')",
        _reader_does_before_next,
        ("Je begint het gesprek met een open vraag. Daarna vat je samen wat je hoort.",),
        (
            "Je merkt dat het team moe is. Daarna vat je samen wat je hoort.",
            "Je begint het gesprek met een open vraag. Het team reageert.",
            "Je begint met een vraag.\n\nDaarna vat je samen wat je hoort.",
        ),
    ),
    Rule(
        "reader-does-next",
        "'En je …' going on with an instruction in the present tense ('Eerst kijk je … En je"
        " test …')",
        _reader_does_next,
        ("Eerst kijk je of alles werkt. En je test of je site begrijpelijk blijft.",),
        (
            "Eerst kijk je of alles werkt. En je weet dat het goed is.",
            "Het werkt. En je test het later.",
        ),
    ),
    Rule(
        "reader-does-at-a-time",
        "an instruction in the present tense after its moment ('Tijdens de review geef je …')",
        _reader_does_at_a_time,
        (
            "Tijdens de Sprint Review geef je een demonstratie van de website.",
            "Na het bekijken van alle pull requests bepaal je samen welke branches blijven.",
            "In je plan van aanpak zet je beide op een rij.",
            "**Discussie:** In de discussie interpreteer je de data.",
            "Per onderdeel schrijf je op wat de lezer echt moet weten.",
            "Vervolgens voeg je die onderdelen weer samen tot een lopend geheel.",
            "Ook dan zet je weer een referentie neer.",
            "Bij het schrijven van een verslag richt je je tot een denkbeeldige lezer.",
        ),
        (
            "Na een tijdje merk je dat het went.",
            "Tijdens de training leer je hoe je feedback geeft.",
            "Met de demonstratie test je of het werk voldoet.",
            "Na het gesprek met je team is het tijd voor koffie.",
            "In dit artikel lees je hoe het werkt.",
            "In de praktijk merk je dat het went.",
            "In het bovenstaande voorbeeld pas je het kleurenschema aan.",
            "Bij Docker Compose maak je gebruik van een YAML-bestand.",
            "Ook al geef je een div een naam, dan negeert de browser die.",
            "Ook met ‘lees meer’ vertel je niet waar je naartoe gaat.",
            "Daarnaast snap je de talks beter.",
            "Dan gebruik je een ander formaat.",
        ),
    ),
    Rule(
        "reader-does-object-first",
        "an instruction in the present tense with its object first ('Alles wat … is, noteer"
        " je in het labjournaal.')",
        _reader_does_object_first,
        (
            "Alles wat belangrijk is voor het onderzoek, noteer je in het labjournaal.",
            "Daadwerkelijke metingen zet je in een csv-bestand.",
        ),
        (
            "Met de demonstratie test je of het werk voldoet.",
            "Zo zorg je dat iedereen meedoet.",
            "Dit doe je door vragen te stellen.",
            "Alles wat je ziet, hoor je niet.",
            "Goede metingen vertel je niet zomaar.",
            "Open vragen stel je om meer te horen.",
        ),
    ),
    Rule(
        "reader-does-before-steps",
        "an instruction in the present tense ('Je vraagt … aan:') before numbered steps",
        _reader_does_before_steps,
        ("Je vraagt de toegang vooraf zelf aan:\n\n1. Open de app.\n2. Kies het gebouw.",),
        (
            "Je vraagt de toegang vooraf zelf aan:\n\n- Open de app.\n- Kies het gebouw.",
            "Je krijgt daarna:\n\n1. Open de app.\n2. Kies het gebouw.",
            "Je leert in dit hoofdstuk:\n\n1. Het belang van feedback.\n2. Drie vormen.",
        ),
    ),
    Rule(
        "action-in-list-after-colon",
        "an action written as an infinitive, in a list after a sentence ending in a colon",
        _action_in_list_after_colon,
        (
            "Voor je begint:\n\n- tijd nemen voor gesprekken",
            "Je bouwt het op met kleine stappen:\n\n- afspraken nakomen;\n- eerlijk zijn over"
            " fouten.",
        ),
        (
            "Je hebt dan:\n\n- afspraken over kwaliteit, criteria waaraan items moeten voldoen",
            "Voor je begint.\n\n- tijd nemen voor gesprekken",
            "Op deze pagina ziet u:\n\n- **Page views:** geeft aan hoe vaak het is bekeken",
            "Denk hierbij aan:\n\n- momenten om elkaar aan het werk te zien.",
        ),
    ),
    Rule(
        "checklist-entry",
        "an entry of the author's own checklist ('- [ ] Ik heb de agenda rondgestuurd.')",
        _checklist_entry,
        (
            "Checklist:\n\n- [ ] Ik heb de agenda vooraf rondgestuurd.",
            "- [x] De ruimte is op tijd geregeld.",
        ),
        (
            "- Ik heb de agenda vooraf rondgestuurd.",
            "- [ ] Wie zit de vergadering voor?",
            "- [ ] Ruimte geregeld",
        ),
    ),
    Rule(
        "advice-without-action",
        "reads like advice but is no action for the reader (no imperative)",
        _advice_without_action,
        ("Je hoeft het niet altijd netjes te zeggen.",),
        ("Vertrouwen groeit niet vanzelf.",),
    ),
)


# Question rules --------------------------------------------------------------------------


def _not_dutch_advice(ctx: Context) -> Verdict | None:
    # A quote's English original ("Part of the reason why …", "Do you enjoy …?"): no advice
    # or question to a Dutch reader (an item check and a question rule).
    words = ctx.unit.sentence.words_lower
    english = sum(w in nl.ENGLISH for w in words)
    dutch = sum(w in nl.FUNCTION_WORDS for w in words)
    # Three English function words and more than Dutch ones, or two and no Dutch one
    # ("Rachel will cast that vote.").
    return LEFT_OUT if english > dutch and english >= (3 if dutch else 2) else None


def _question_heading(ctx: Context) -> Verdict | None:
    return LEFT_OUT if ctx.unit.kind == "heading" else None


def _rhetorical(ctx: Context) -> Verdict | None:
    return None if nlp.is_question(ctx.unit.sentence) else LEFT_OUT


def _teaser(ctx: Context) -> Verdict | None:
    # "Benieuwd naar ons aanbod?", "Op de hoogte?", not going on with a question before it
    # ("… met je team? Met hun ontwikkeling?"): a teaser for what follows, nothing to
    # reflect on.
    prev = ctx.prev
    if prev is not None and prev.sentence.question:
        return None
    return LEFT_OUT if nlp.is_teaser(ctx.unit.sentence) else None


def _about_the_sentence_before(ctx: Context) -> Verdict | None:
    # "Hoe doe je dit?", "Waarom is dat?": a short question whose object is what was just
    # said reads on no page of its own; the text after it answers it.
    ws = ctx.unit.sentence.lower
    short = len(ws) <= _LEANING_QUESTION_WORDS
    # After another question it asks on about that one ("Wat zijn de p-waarden? Hoe
    # acceptabel is dit?"): a question of the run.
    prev = ctx.prev
    if prev is not None and prev.block is ctx.unit.block and prev.sentence.question:
        return None
    return LEFT_OUT if short and ws[-1:] and ws[-1] in nl.DEMONSTRATIVES else None


def _thought_after_colon(ctx: Context) -> Verdict | None:
    # "Als het goed is kun je … zien dat …: Dit gaan we doen, …, helpt dit?"; a lead that
    # itself asks ("Wordt er gekeken naar: Responsive design? Accessibility?") lists the
    # options of its own question.
    # The reader's own questions are asked of the reader: "… moet je je afvragen: wat wil
    # ik eigenlijk zeggen?", "… je eigen gedachten: Wat heb je nu precies gedaan …?".
    head, colon, tail = ctx.unit.text.partition(": ")
    if not colon or len(nlp.words(head)) <= _SHORT_LEAD or head.endswith("?"):
        return None
    lead = tokenise(head).lower
    # "Vragen die aan de orde komen: …?", "… gaat over vragen als: Weet ik wat …?", "… als je de
    # volgende vraag met ja kunt beantwoorden: Moet ik dit nu doen?": the lead names a question.
    if set(lead) & nl.QUESTION_NOUNS:
        return None
    asked = nl.ASK_ONESELF & set(lead) or set(tokenise(tail).lower) & nl.READER
    if set(lead) & nl.READER and asked:
        return None
    return None if nlp.is_yes_no(tokenise(f"{head}?")) else LEFT_OUT


def _example_question(ctx: Context) -> Verdict | None:
    # "Voorbeeld: Wat is voor u het belangrijkst?", "Bv: klopt het dat …?": a question shown
    # as an example of a kind of question (to ask someone else), not one to the reader.
    # A lead that asks itself ("Wordt er bijvoorbeeld gekeken naar: …?") is the question.
    head, colon, _ = ctx.unit.text.partition(": ")
    lead = tokenise(head)
    if not colon or nlp.is_yes_no(tokenise(f"{head}?")) or set(lead.lower[:1]) & nl.QUESTION_WORDS:
        return None
    example = any(w in nl.FOR_EXAMPLE or w.startswith(nl.EXAMPLE_STEMS) for w in lead.words_lower)
    return LEFT_OUT if example else None


def _asked_for_the_text(ctx: Context) -> Verdict | None:
    # "… wat dan?", "Waarom dan toch nog een verslag schrijven?" (an infinitive and no finite
    # verb), "Een van de eerste vragen … is wie is mijn publiek?": the text answers them.
    s = ctx.unit.sentence
    ws = s.words_lower
    if tuple(ws[-2:]) in nl.WHAT_NOW:
        return LEFT_OUT
    # (Also after a condition: "Als … is, waarom dan aannemen dat …?")
    tail = tokenise(s.text.rsplit(", ", 1)[-1]) if ", " in s.text else s
    why = tail.words_lower[:1] == (nl.WHY,) and nlp.infinitive_before_finite(tail)
    named = ws[:1] and ws[0] in nl.ARTICLES and bool(set(ws[:6]) & nl.QUESTION_NOUNS)
    return LEFT_OUT if why or (named and ": " not in s.text) else None


def _rhetorical_tag(ctx: Context) -> Verdict | None:
    text = ctx.unit.sentence.text.lower()
    tag = text.rstrip(" ?!").endswith(nl.AGREEMENT_TAGS)
    ws = ctx.unit.sentence.lower  # without a leading "Maar"
    # "(Maar) hoe fijn zou het zijn …?": "hoe", an adjective, then "zou het zijn".
    exclaims = ws[:1] == (nl.HOW,) and tuple(ws[2:5]) == nl.WOULD_IT_BE
    told = tuple(ws[:3]) in nl.DID_YOU_KNOW  # "Wist je dat …?": a fact
    return LEFT_OUT if tag or exclaims or told or nl.AFTER_READING in text else None


def _asks_for_more(ctx: Context) -> Verdict | None:
    ws = ctx.unit.sentence.lower
    more = ws[:1] and ws[0] in nl.KNOW_OR_HAVE and ws[1:2] and ws[1] in nl.READER
    # ("Heb je nog meer tijd nodig …?": "nodig hebben", a need, asks the reader.)
    return LEFT_OUT if more and tuple(ws[2:4]) in nl.MORE and nl.NEED not in ws else None


def _why_not(ctx: Context) -> Verdict | None:
    ws = ctx.unit.sentence.words_lower
    argues = ws[:1] == (nl.WHY,) and ws[1:2] in (("zou",), ("zouden",)) and "niet" in ws
    return LEFT_OUT if argues else None


def _answered_next(ctx: Context) -> Verdict | None:
    nxt = ctx.nxt
    return LEFT_OUT if nxt is not None and nlp.answers(nxt.sentence) else None


def _yes_no_lead_in(ctx: Context) -> Verdict | None:
    # The last of a run of questions is no condition of its own: the run is checks ("Is deze
    # nog volledig? Missen er …? Sluit het aan …? Pas het template waar nodig aan.").
    prev = ctx.prev
    in_run = prev is not None and prev.block is ctx.unit.block and prev.sentence.question
    return LEFT_OUT if not in_run and _conditional_lead_in(ctx.unit, ctx.nxt) else None


def _answered_after_run(ctx: Context) -> Verdict | None:
    # "Vindt de kandidaat het goed …? En mogen die …? Vraag dan …": a run of questions in
    # one paragraph that the sentence after the run answers ("dan") is one lead-in; an
    # imperative without "dan" after a run acts on checks, it answers none of them.
    units, n, unit = ctx.units, ctx.n, ctx.unit
    k = n + 1
    while k < len(units) and units[k].block is unit.block and units[k].text.endswith("?"):
        k += 1
    if k > n + 1 and k < len(units) and units[k].block is unit.block:
        after = units[k]
        if nlp.answers(after.sentence):
            return LEFT_OUT
    return None


def _own_question(ctx: Context) -> Verdict | None:
    # "… gaat over vragen als: Weet ik wat voor mij belangrijk is?": the question without the
    # lead that names it.
    head, colon, tail = ctx.unit.text.partition(": ")
    if colon and set(tokenise(head).lower) & nl.QUESTION_NOUNS and tail.rstrip().endswith("?"):
        return Verdict(True, (tail[:1].upper() + tail[1:],))
    return TAKEN


def _conditional_lead_in(question: Unit, nxt: Unit | None) -> bool:
    # "Is je gespreksleidraad klaar? Oefen deze …": a yes/no question followed, in the same
    # paragraph, by an imperative is a condition ("als …, oefen …"), not a question to the
    # reader.
    return (
        nxt is not None
        and nxt.block is question.block
        and nlp.is_yes_no(question.sentence)
        and nlp.is_imperative(nxt.sentence)
        and not nlp.is_pointer(nxt.sentence)  # "Moet er iets worden aangeschaft? Zie ook …"
    )


# The order: what a question is (a heading, too short, a quoted thought) before what follows
# it (an answer, what to do, an answer after a run of questions); what no rule leaves out is
# the author's question to the reader.
QUESTION_RULES: tuple[Rule, ...] = (
    Rule(
        "question-heading",
        "a heading that asks a question: the text under it answers it",
        _question_heading,
        ("### Wat is goede feedback?\n\nHet antwoord staat hier.",),
        ("Wat speelt er echt bij je mensen?",),
    ),
    Rule(
        "rhetorical",
        "a question of fewer than three words: rhetorical",
        _rhetorical,
        ("Waarom? Omdat het werkt.", "En fouten?"),
        ("Wat speelt er echt bij je mensen?",),
    ),
    Rule(
        "rhetorical-tag",
        "a statement that asks for agreement ('…, nietwaar?'), exclaims ('Hoe fijn zou het"
        " zijn …?') or tells a fact ('Wist je dat …?'), no question to reflect on",
        _rhetorical_tag,
        (
            "Het is fijner als een website rekening houdt met jouw wensen, nietwaar?",
            "Maar hoe fijn zou het zijn om minder stress te hebben?",
            "Tekst. Heb je na het lezen van dit bericht behoefte om iets te doen?",
            "En wist je dat we ook teams trainen in het stellen van grenzen?",
        ),
        (
            "Hoe duidelijk zijn mijn boodschappen?",
            "Hoe zou jij het aanpakken?",
            "Wist je wat je team van je verwachtte?",
        ),
    ),
    Rule(
        "asks-for-more",
        "the writer asks the reader to add to the post ('Ken jij nog meer valkuilen?'): a call"
        " for comments, no question to reflect on",
        _asks_for_more,
        ("Ken jij nog meer valkuilen?", "Heb jij nog meer goede tips?", "Heb je nog andere tips?"),
        ("Ken jij de valkuilen van je team?", "Heb je nog meer tijd nodig dan gepland?"),
    ),
    Rule(
        "teaser",
        "a question that opens with 'Benieuwd naar', 'Op …' ('Benieuwd naar ons aanbod?'): a"
        " teaser",
        _teaser,
        ("Tekst over vergaderen. Benieuwd naar ons aanbod?",),
        (
            "Wat speelt er echt bij je mensen?",
            "Waar staat je team? Met hun ontwikkeling als developer?",
            "In welke context?",
            "Tekst. Zijn beide figuren nodig?",
            "Tekst. Verkoop je producten?",
            "Tekst. Sturen klanten e-mails?",
        ),
    ),
    Rule(
        "about-the-sentence-before",
        "a short question about what was just said ('Hoe doe je dit?'), which the text answers",
        _about_the_sentence_before,
        ("Ga uit van wat je lezers willen weten. Hoe doe je dit?",),
        (
            "Wat speelt er echt bij je mensen?",
            "Welke vragen horen daar niet bij?",
            "Wat zijn de p-waarden? Hoe acceptabel is dit?",
        ),
    ),
    Rule(
        "english-question",
        "the English original of a quoted question, not a question in the article's language",
        _not_dutch_advice,
        ("Do you enjoy coding, but not answering issues?",),
        ("Wat speelt er echt bij je mensen?",),
    ),
    Rule(
        "example-question",
        "a question shown as an example after 'Voorbeeld:' or 'bijvoorbeeld:', not to the reader",
        _example_question,
        (
            "Open vragen laten ruimte. Voorbeeld: Wat is voor u het belangrijkst?",
            "Een voorbeeld van een suggestieve vraag is: wat vind je goed aan die partij?",
        ),
        (
            "Wat speelt er echt bij je mensen?",
            "Stel jezelf de vraag: wat heeft mijn team nodig?",
            "Wordt er bijvoorbeeld gekeken naar: Responsive design? Accessibility?",
        ),
    ),
    Rule(
        "thought-after-colon",
        "a thought quoted after a colon, not a question to the reader",
        _thought_after_colon,
        (
            "Dan kun je zien dat er een aanpak in zit: dit gaan we doen, helpt dit?",
            "Dit brengt mij naar het onderwerp: hoe zet je een styleguide op in je team?",
            "Het deed me wel afvragen: hoe ontvouwt de werkelijkheid zich voor Sam?",
        ),
        (
            "Wat speelt er echt bij je mensen?",
            "Wordt er bijvoorbeeld gekeken naar: Responsive design? Accessibility?",
            "- Vragen die aan de orde komen: Hoe schrijf je de items uit?",
            "Leiderschap gaat in de praktijk over vragen als: Weet ik wat voor mij belangrijk is?",
            "Voor elk onderdeel moet je je afvragen: wat wil ik eigenlijk zeggen?",
            "Een reden is het ordenen van je gedachten: Wat heb je nu precies gedaan?",
        ),
    ),
    Rule(
        "asked-for-the-text",
        "a question the text itself goes on to answer ('… wat dan?', 'Waarom dan toch nog een"
        " verslag schrijven?') or names ('Een van de eerste vragen … is wie is mijn publiek?')",
        _asked_for_the_text,
        (
            "Schrijven is niet makkelijk. Maar soms loop je vast... wat dan?",
            "Waarom dan toch nog een verslag of artikel schrijven over dat experiment?",
            "Een van de eerste vragen die je stelt voordat je schrijft is wie is mijn publiek?",
            "Als het criterium oordeelsvermogen is, waarom dan aannemen dat het is afgenomen?",
        ),
        (
            "Wat speelt er echt bij je mensen?",
            "Waarom dit onderzoek (inleiding)?",
            "Waarom kies je specifiek voor deze grafiek(en)?",
            "De vraag is: wat wil je bereiken?",
        ),
    ),
    Rule(
        "why-not",
        "'Waarom zou u … niet …?' argues for something, it asks the reader nothing",
        _why_not,
        (
            "Waarom zou u daar niet altijd vertrouwen in hebben?",
            "Waarom zouden we dat niet gewoon doen?",
        ),
        ("Waarom zou u een fork starten?", "Waarom kies je niet voor deze grafiek?"),
    ),
    Rule(
        "answered-next",
        "a lead-in: the next sentence answers it ('Wil je …? Laat dan …')",
        _answered_next,
        (
            "Wil je team vertrouwen opbouwen? Laat dan taken los.",
            "Is dit een verslag? Nee.",
            "Wat voor licenties kun je gebruiken? Wij bevelen aan om een open licentie te kiezen.",
        ),
        ("Wil je team vertrouwen opbouwen? Het is lastig.",),
    ),
    Rule(
        "yes-no-lead-in",
        "a lead-in: a yes/no question that the next sentence says what to do about",
        _yes_no_lead_in,
        ("Is je gespreksleidraad klaar? Oefen deze met een collega.",),
        (
            "Moet er iets worden aangeschaft? Zie ook H3.2.",
            "Is je gespreksleidraad klaar?\n\nOefen deze met een collega.",
            "Is deze nog volledig? Sluit het aan bij je doel? Pas het aan waar nodig.",
        ),
    ),
    Rule(
        "answered-after-run",
        "a lead-in: the sentence after a run of questions answers them",
        _answered_after_run,
        (
            "Vindt de kandidaat het goed dat er foto's worden gemaakt? En mogen die worden "
            "gedeeld? Vraag dan om toestemming.",
        ),
        ("Durf jij echt te vertrouwen op je mensen? Dát is de plek waar vertrouwen groeit.",),
    ),
    Rule(
        "own-question",
        "a question the author asks the reader",
        _own_question,
        ("Wat speelt er echt bij je mensen?",),
        ("Waarom?", "Wil je team vertrouwen opbouwen? Laat dan taken los."),
    ),
)


# Steps and checks ------------------------------------------------------------------------

# Applied by the analysis at fixed points, in this order of a sentence's life.
STEPS: tuple[Rule, ...] = (
    Rule(
        "principle-heading",
        "the principle's heading is itself advice ('Wees open – ook als het schuurt')",
        None,
        ("## 1. Geef ruimte – en durf los te laten\n\nTekst over ruimte.",),
        (
            "## 1. Vertrouwen groeit\n\nTekst over vertrouwen.",
            "## 1. Zie ook\n\nTekst over ruimte.",
            "## 1. Chat: bijsturen van het resultaat\n\nTekst over de chat.",
            "## 1. Open Bestandsformaten\n\nTekst over formaten.",
            "## 1. Kies Dataset(s)\n\nTekst over data.",
        ),
    ),
    Rule(
        "joined-with-previous",
        "joined with the item before, which it refers to ('… als dat proces …')",
        None,
        ("Laat je team leren. En blijf staan als dat proces niet vlekkeloos gaat.",),
        (
            "Laat je team leren. Blijf staan als het moeilijk wordt.",
            "Ga na wat er al is. Zoek de afdeling op die verantwoordelijk is voor het beheer.",
            "Geef geen onnodige informatie. Richt je op de aspecten die van belang zijn voor het"
            " begrijpen waarom jij tot deze onderzoeksvraag bent gekomen.",
        ),
    ),
    Rule(
        "examples-lead-dropped",
        "the lead of a list of examples or steps closing the action ('…, zoals:') left out",
        None,
        ("Splits het probleem in stappen, zoals:\n\n1. Kies een framework\n2. Schrijf een test",),
        ("Splits het probleem in stappen:\n\n1. Kies een framework\n2. Schrijf een test",),
    ),
    Rule(
        "one-word-action",
        "a one-word action ('Luister.', 'Let op.') says too little on its own",
        None,
        (
            "En luister.",
            "Dit is een lijn. Let wel. Dit zijn geen harde cijfers.",
            "Let op.",
            "Let hier op!",
        ),
        ("Luister naar wat er leeft.", "Let op de toon."),
    ),
    Rule(
        "pronoun-replaced",
        "a pronoun replaced by the words it stands for (the sentence before, its first action)",
        None,
        (
            "Durf te zeggen wat je ziet. Breng het altijd in.",
            "Deel de resultaten met je team, zet het op het intranet.",
            "Is je plan klaar? Bespreek het met een collega.",
            "Maak een plan en bespreek het met een collega.",
            "Bewaar de vragen. Zet ze opzij en laat het daarna los.",
            "Benoem niet dat het een foto is. Benoem het alleen als het relevant is.",
            "Je hebt eerder selfies gemaakt, laat ze dus zien.",
            "1. Kopieer de artikelen naar de map\n2. Bestudeer deze met je team.",
        ),
        (
            "Breng het altijd in.",
            "Maak de lijst af. Deel deze met je team.",
            "Zorg dat de ruimte netjes is. Controleer het vooraf.",
            "Je hebt toestemming om te delen, laat ze dus zien.",
        ),
    ),
    Rule(
        "explained-by-next",
        "a bare item ('Wees concreet.') takes the statement after it as what it is about",
        None,
        ('- Wees concreet. Een review als "Ziet er goed uit" is niet voldoende.',),
        ("Wees concreet.", "Wees concreet. Geef voorbeelden."),
    ),
    Rule(
        "question-mark",
        "a question written without its mark ('welke bronnen gebruik je') gets one",
        None,
        ("Bedenk een werkvorm.\n\n- welke bronnen gebruik je daarbij\n- wat vraag je?",),
        (
            "Wat kan ik verbeteren?",
            "Hoe je dat doet, lees je hieronder.",
            "Wat je ziet is interessant.",
            "Hoe meer feedback je geeft, hoe beter het gaat.",
            "Hoe meer je weet, hoe gerichter je kunt doorvragen.",
            "| Techniek | Voorbeeld |\n| --- | --- |\n"
            "| Het hele verhaal | “Wat gebeurde er toen je hem aansprak?” |",
        ),
    ),
    Rule(
        "question-after-colon",
        "a question quoted after a colon in advice, which the reader is told to ask",
        None,
        ('Stel uzelf steeds de vraag: "Hoe brengt dit ons dichter bij een oplossing?"',),
        (
            'Stel uzelf de vraag: "Klopt dit?"',
            'Ze stellen niet de vraag: "Wat heeft mijn team nodig?"',
        ),
    ),
    Rule(
        "question-to-keep-in-mind",
        "the question quoted after 'De vraag die … moet houden, is:', which the reader is to ask",
        None,
        (
            'De vraag die iedereen in zijn achterhoofd moet houden, is: "Wat zorgt voor de beste'
            ' resultaten voor de code?" en niet "Wordt de status gedevalueerd?"',
            'De belangrijkste vraag is: "Wat heeft mijn team nodig?"',
        ),
        (
            "De vraag is niet moeilijk.",
            'Ze stellen de vraag: "Wat heeft mijn team nodig?"',
        ),
    ),
    Rule(
        "editors-marker",
        "worded by the editors in a <!-- checklist: … --> or <!-- reflectie: … --> marker",
        None,
        ("Een alinea over tijd.\n\n<!-- checklist: Plan er tijd voor in. -->",),
        ("Een alinea over tijd.",),
    ),
    Rule(
        "explicit-list",
        "an entry of the principle's own ### Checklist or ### Reflectie list, used verbatim",
        None,
        ("Tekst.\n\n### Checklist\n\n- Plan een vervolg.",),
        ("Tekst.\n\n- Plan een vervolg.",),
    ),
    Rule(
        "said-by-explicit-list",
        "the explicit ### Checklist or ### Reflectie list says the same",
        None,
        (
            "Bespreek het gesprek na met je collega.\n\n### Checklist\n\n"
            "- Bespreek het gesprek na met een collega.",
        ),
        ("Bespreek het gesprek na.\n\n### Checklist\n\n- Plan een vervolg.",),
    ),
)

# Checks of a taken item -----------------------------------------------------------------


def _fragment(ctx: Context) -> Verdict | None:
    # Cut from a sentence in the wrong place: no word first ("— \"Rust …\""), a bracket or
    # quote left open, a word or abbreviation that cannot end a phrase ("…, en.", "…, bv.").
    text = ctx.unit.text.strip().lstrip("*_")  # emphasis is markup, not a word
    words = ctx.unit.sentence.words_lower
    unbalanced = (
        text.count("(") != text.count(")")
        or text.count('"') % 2
        or text.count("`") % 2  # "Open data ` -catalogussen …": role markup cut in two
        or text.count("“") > text.count("”") + text.count('"')  # “…" closes with either
        or text.count("‘") > text.count("’")  # "’" is also the apostrophe of "alinea’s"
    )
    last = (text.split() or [""])[-1].lower()
    cut = last in nl.NEVER_FINAL  # "…, bv."
    # "… de onderzoeksvra(a)g(en).": a plural ending in brackets is no dangling "en".
    dangling = bool(words) and words[-1] in nl.DANGLING and last.strip(".!?;:,…") == words[-1]
    if not text[:1].isalpha() or unbalanced or cut or (dangling and not _ends_in_particle(ctx)):
        return LEFT_OUT
    return None


def _ends_in_particle(ctx: Context) -> bool:
    # "Bereid vergaderingen samen voor.": the particle of a separable verb ends its sentence
    # ("Zorg voor:" before a list stays a lead). (The preposition of a split "er … van",
    # "Maak er geen circus van.", stays a fragment: "er" stands for what was said before.)
    last = ctx.unit.sentence.words_lower[-1]
    finished = ctx.unit.text.rstrip().endswith((".", "!")) or ctx.unit.kind == "heading"
    return last in nl.FINAL_PARTICLES and finished and nlp.is_imperative(ctx.unit.sentence)


def _inverted_without_advice(ctx: Context) -> Verdict | None:
    # "Werkt je pas toch niet.": the condition of advice that a split left behind.
    return LEFT_OUT if nlp.opens_inverted(ctx.unit.sentence) else None


def _statement_of_infinitives(ctx: Context) -> Verdict | None:
    # "Open vragen stellen en je mond houden leidt tot …": what leads to something, no action.
    return LEFT_OUT if nlp.infinitive_subject(ctx.unit.sentence) else None


def _announces(ctx: Context) -> Verdict | None:
    # "Volg de volgende stappen:": the steps after it are the advice. "Controleer de tekst op
    # de volgende punten:" names its own object first and is advice.
    text = ctx.unit.text.rstrip()
    if nlp.asks_questions(ctx.unit.sentence):
        return LEFT_OUT  # "Stel jezelf na elke week deze vragen:": the questions follow
    if not text.endswith(":"):
        return None
    words = tokenise(text.rsplit(", ", 1)[-1]).words_lower[1:]
    filler = nl.FUNCTION_WORDS | nl.ADVERBS | nl.TIES
    at = next((n for n, w in enumerate(words) if w not in filler), None)
    # "Doe daarna dit:", "Dit moet je niet doen:": "dit" is what follows.
    if text.split(" ", 1)[0].lower() == nl.THIS or (at is None and words[-1:] == (nl.THIS,)):
        return LEFT_OUT
    if at is None:
        return None
    # "Vermijd deze valkuilen:", "Houd rekening met deze tips:": "deze …" are the entries;
    # "Controleer je tekst op deze punten:" names its own object first.
    if words[-2:-1] == (nl.THESE,) and not set(words[:-2]) & nl.DETERMINERS:
        return LEFT_OUT
    return LEFT_OUT if words[at] in nl.ANNOUNCERS else None


def _bare(ctx: Context) -> Verdict | None:
    # "Wees specifiek.": a copula and one word, without what it is about; a word alone
    # ("Gebruik" as a heading).
    # "Denk aan:", "Zorg voor:" before a list: a verb and its preposition say nothing yet.
    words = ctx.unit.sentence.lower
    pair = len(words) == 2
    lead = pair and ctx.unit.text.rstrip().endswith(":") and words[1] in nl.PREPOSITIONS
    # ("Wees eerlijk." names a trait: it reads on its own.)
    copula = pair and words[0] in nl.COPULAS and words[1] not in nl.TRAITS
    return LEFT_OUT if len(words) == 1 or copula or lead else None


def _leaning(ctx: Context) -> Verdict | None:
    # A pronoun that stands for something said before and was not resolved.
    pronoun = nlp.leaning_pronoun(ctx.unit.sentence)
    return None if pronoun is None else LEFT_OUT


# An item that fails one of these does not go on the checklist: the review report lists it
# for the editors, who word it with <!-- checklist: … -->. The order only decides which
# failure the report names: what is no advice at all first, then what does not read alone.
CHECKS: tuple[Rule, ...] = (
    Rule(
        "fragment",
        "a fragment left by a split, not a sentence of its own",
        _fragment,
        (
            'Dat is de regel.\n\n> Lees het.\n>\n> — "Rust Bestuur RFC"',
            "- Schrijf een melding, bv.",
            "Denk aan de kosten van.",
            "Dit zou kunnen op basis van: open data ` -catalogussen van andere landen.",
        ),
        (
            "Bepaal wie de kosten draagt (infrastructuur, support en activiteiten).",
            "Schrijf bijvoorbeeld ‘beste bewoner’ in plaats van ‘beste heer, mevrouw’.",
            "Geef antwoord op de onderzoeksvra(a)g(en).",
            "Bereid vergaderingen met de nieuwkomer samen voor.",
            "### Lees een verhaaltje voor\n\nKinderen luisteren graag.",
            "Ga bewust met de gegevens van je leerlingen om.",
        ),
    ),
    Rule(
        "not-dutch-advice",
        "the English original of a quote, not advice in the article's language",
        _not_dutch_advice,
        (
            "> Part of the reason why the team is not going to follow it.",
            "Rachel will cast that vote.",
            "Keep building a better web and a better world in 2020!",
        ),
        ("Laat je team leren.", "Lees het boek over the art of code.", "Lees plan a of b."),
    ),
    Rule(
        "statement-of-infinitives",
        "a statement whose subject is what one does ('Open vragen stellen leidt tot …')",
        _statement_of_infinitives,
        (
            "Dus open vragen stellen en je mond houden leidt tot hele mooie resultaten.",
            "Focus bewaren tijdens een meeting, zeker als die online is, is best lastig.",
            "Blind zijn betekent niet dat je niet weet waar een menu voor is.",
            "Eigen logo verwerken kan lastig zijn.",
        ),
        (
            "Open de app en kies het gebouw.",
            "Laat mensen weten wat ze kunnen verwachten.",
            "Blijf luisteren en geniet van het gesprek.",
            "Laat nu je werk controleren voor je verdergaat.",
            "Vermijd verplichte registratie aangezien dit het aantal reacties doet afnemen.",
            "Laat geen ongewenst gedrag zien: je loopt het risico dat het normaal lijkt.",
        ),
    ),
    Rule(
        "inverted-without-advice",
        "a condition in the form of a verb and 'je' ('Vindt je team dat niet.'), no advice",
        _inverted_without_advice,
        ("Vindt je team dat niet.", "Biedt je team genoeg ruimte."),
        ("Zet je naam op de lijst.", "Laat je team leren.", "Houd je aan de afspraken."),
    ),
    Rule(
        "announces-steps",
        "points at the steps that follow ('Volg de volgende stappen:'), which are the advice",
        _announces,
        (
            "Volg de volgende stappen:",
            "Als je een account hebt, volg daarna de volgende stappen:",
            "Doe daarna dit:",
            "Dit moet je niet doen:",
            "Vermijd deze valkuilen:",
            "Stel jezelf na elke week deze vragen:",
            "Stel jezelf de volgende vragen. Wat doe ik als iemand een fout maakt?",
        ),
        (
            "Stel open vragen.",
            "Begin met uw documentatie:",
            "Lees dit.",
            "Volg de stappen van de handleiding.",
            "Controleer de tekst dan op de volgende punten:",
            "Controleer je tekst op deze punten:",
        ),
    ),
    Rule(
        "bare",
        "says too little on its own: what is it about? ('Wees specifiek.')",
        _bare,
        (
            "Zeg wat je verwacht. Wees specifiek.",
            "## 1. Gebruik\n\nMensen vinden uw project.",
            "Denk aan:\n\n- wie er meedoet;\n- wat ze nodig hebben.",
        ),
        (
            "Wees radicaal duidelijk over wat je verwacht.",
            "Documenteer alles.",
            "Wees eerlijk.",
            "Wees collaboratief.",
        ),
    ),
    Rule(
        "leaning-pronoun",
        "leans on the sentence before: a pronoun stands for what it said",
        _leaning,
        ("Dat begint bij jou. Jij moet het voordoen.", "Kies een ruimte. Laat dat los."),
        (
            "Zorg dat de ruimte netjes is.",
            "Zorg dat alle aanpassingen op GitHub staan.",
            "Open het project.",
            "Maak het voor iemand gemakkelijk om uw project te gebruiken.",
            "Stel het technisch ontwerp op.",
            "Houd het leesbaar, kort en bondig.",
        ),
    ),
)


def decide(rules: Sequence[Rule], ctx: Context) -> tuple[Rule, Verdict] | None:
    """The first rule that decides the sentence, and its verdict; None when none does."""
    for rule in rules:
        verdict = rule.decide(ctx) if rule.decide else None
        if verdict is not None:
            return rule, verdict
    return None


# Checks that do not apply to what a rule found: a polite imperative ("Neemt u de tijd …")
# opens as an inversion would, but it is a whole sentence, no condition cut from its advice.
EXEMPT: dict[str, frozenset[str]] = {"polite-imperative": frozenset({"inverted-without-advice"})}


def check(text: str, ctx: Context, rule: str = "") -> Rule | None:
    """The first check the item ``text`` (found in ``ctx``'s sentence by ``rule``) fails, or
    None."""
    unit = Unit(text, ctx.unit.block, ctx.unit.kind, tokenise(text))
    exempt = EXEMPT.get(rule)
    checks = CHECKS if exempt is None else tuple(c for c in CHECKS if c.id not in exempt)
    found = decide(checks, Context((unit,), 0, ctx.items))
    return found[0] if found else None


# Every rule, step and check.
ALL: tuple[Rule, ...] = (*ITEM_RULES, *QUESTION_RULES, *STEPS, *CHECKS)


def by_id() -> dict[str, Rule]:
    """Every rule, step and check by its id (for the report and the tests)."""
    return {r.id: r for r in ALL}


# Wording an item -------------------------------------------------------------------------


def _items(
    ctx: Context, actions: list[str], *, split: bool = True, near: str | None = None
) -> Verdict:
    # Each action made to read on its own: ties dropped, a qualifier kept, pronouns resolved
    # (``near``: a plural noun of the same sentence that a plural pronoun stands for). An
    # action split at "en" whose second half still leans on the first ("Herken wanneer
    # iemand overbelast is en bespreek dit met respect") stays whole.
    actions = _one_word_joined(actions)
    verdict = _worded(ctx, actions, split=split, near=near)
    whole = {a for a in actions if _stays_whole(ctx, a, near)} if split else set()
    if not whole:
        return verdict
    return _worded(ctx, actions, split=split, near=near, whole=whole)


def _one_word_joined(actions: list[str]) -> list[str]:
    # "Wissel af, geef een pakkend voorbeeld.": an action of one word stays with the next
    # one (or, last, with the one before) instead of being left out as too bare.
    out: list[str] = []
    last_bare = False
    for action in actions:
        bare = nlp.one_word_action(nlp.drop_ties(action))
        if out and (bare or last_bare):
            out[-1] = f"{out[-1].rstrip('.!;, ')}, {action[:1].lower()}{action[1:]}"
            last_bare = False  # joined, it says enough
        else:
            out.append(action)
            last_bare = bare
    return out


def _stays_whole(ctx: Context, action: str, near: str | None) -> bool:
    # "Stel vragen, vat samen en vraag door": a half of one word ("vraag door") or a later
    # half that leans on the first keeps the action whole.
    parts = nlp.split_and(action)
    bare = len(parts) > 1 and any(nlp.one_word_action(nlp.drop_ties(p)) for p in parts)
    return bare or _leans_after_split(ctx, action, near)


def _leans_after_split(ctx: Context, action: str, near: str | None) -> bool:
    # Whether a later half of ``action``, split at "en", keeps a pronoun that nothing resolves.
    parts = nlp.split_and(action)
    if len(parts) < 2:
        return False
    first = nlp.object_phrase(
        tokenise(_resolve(nlp.finish(parts[0]), ctx, None, near)), indefinite=True
    )
    later = (_resolve(nlp.finish(nlp.drop_ties(p)), ctx, first, near) for p in parts[1:])
    return any(nlp.leaning_pronoun(tokenise(t)) is not None for t in later)


def _worded(
    ctx: Context,
    actions: list[str],
    *,
    split: bool,
    near: str | None,
    whole: set[str] | frozenset[str] = frozenset(),
) -> Verdict:
    # The items of ``actions`` (see ``_items``), the actions in ``whole`` not split at "en".
    parts = [p for a in actions for p in (nlp.split_and(a) if split and a not in whole else [a])]
    nxt, out = ctx.nxt, []
    for n, action in enumerate(parts):
        text = nlp.drop_ties(action) if split else action
        if (
            n == len(parts) - 1
            and nxt is not None
            and nxt.block is ctx.unit.block
            and nlp.is_focus_fragment(nxt.sentence)
        ):
            text = f"{text.rstrip('.!')}, {nxt.text[:1].lower()}{nxt.text[1:]}"
        out.append(nlp.finish(text))
    # "Splits het probleem in stappen, zoals:": the examples' lead goes, the action stays.
    cut = [_EXAMPLES_LEAD.sub(".", t) for t in out]
    dropped = [a != b for a, b in zip(out, cut, strict=True)]
    out = cut
    head = _resolve(out[0], ctx, None, near)
    # A pronoun in a later action may stand for the first action's object, resolved ("Deel
    # de onderzoeksresultaten …, zet het op LinkedIn", "Zet ze opzij … en laat het los"),
    # also a thing the first action makes ("Maak een document … en deel die met …").
    first = nlp.object_phrase(tokenise(head), indefinite=True) if len(out) > 1 else None
    resolved = [head, *(_resolve(text, ctx, first, near) for text in out[1:])]
    steps = tuple(
        (*(("examples-lead-dropped",) if d else ()), *(("pronoun-replaced",) if a != b else ()))
        for a, b, d in zip(out, resolved, dropped, strict=True)
    )
    return Verdict(True, tuple(resolved), steps)


def _resolve(text: str, ctx: Context, antecedent: str | None, near: str | None = None) -> str:
    # Replace a pronoun that stands for something said before with the article's own words:
    # a plural of the same sentence (``near``) or of the sentence before, a clause that the
    # item before closes with or that its verb, repeated here, takes, the object of the
    # sentence's first action (``antecedent``), what the yes/no question before asks about.
    # A pronoun left unresolved fails the check "leaning-pronoun".
    pron = nlp.leaning_pronoun(tokenise(text))
    if pron is None:
        return text
    plural = near or _many(antecedent) or _plural_before(ctx)
    if pron in nl.PLURAL_PRONOUNS and plural:
        return re.sub(rf"\b{pron}\b", plural, text, count=1)
    # The first action of the same sentence comes before the item before: "Stel een duidelijk
    # proces vast …, en schrijf het op …".
    if pron == nl.IT and antecedent is None and (clause := _clause_before(text, ctx.items)):
        bare = re.sub(rf"\s+{nl.IT}\b", "", text, count=1).rstrip(".!")
        return nlp.finish(f"{bare} {clause}")
    np = antecedent or _asked_about(ctx) or _object_before(ctx, pron)
    return re.sub(rf"\b{pron}\b", np, text, count=1) if np else _after_question(text, ctx)


def _many(antecedent: str | None) -> str | None:
    # A plural object of the sentence's first action: what a plural pronoun of the same
    # sentence stands for before a noun of the sentence before ("Nodig de ouders uit en
    # geef ze een rondleiding").
    return antecedent if antecedent and nlp.is_plural(antecedent.split()[-1].lower()) else None


def _after_question(text: str, ctx: Context) -> str:
    # "Maak je een fout? Geef het toe.": the yes/no question right before says what "het"
    # stands for; the item keeps it, as the author wrote both ("Twijfel je? Vraag het …").
    # Not a long question, nor one that leans itself ("Wil je ze toch gebruiken?").
    prev = ctx.prev
    if prev is None or prev.block is not ctx.unit.block or not nlp.is_yes_no(prev.sentence):
        return text
    ws = prev.sentence.words_lower
    if len(ws) > _QUESTION_BEFORE_WORDS or set(ws) & nl.REFERRING:
        return text
    return f"{prev.text.strip()} {text}"


# The most words of a yes/no question that an item keeps before it.
_QUESTION_BEFORE_WORDS = 8


def _plural_before(ctx: Context) -> str | None:
    # The last plural noun phrase of the sentence before, with or without a determiner.
    before = ctx.prev.sentence if ctx.prev else None
    if before is None:
        return None
    # "Bied hun … zodat ze niet hoeven beginnen … Vraag ze of …": after a pronoun of its own
    # for the same people, the sentence before names them no more; what "ze" stands for is
    # a noun before that pronoun ("… van bezoekers …, moet je ze laten weten …") or none.
    words = before.text.split(" ")
    cut = next((n for n, w in enumerate(words) if w.lower().strip(",.;:") in nl.THEM), None)
    if cut is not None:
        before = tokenise(" ".join(words[:cut]))
    return nlp.plural_phrase(before) or nlp.plural_phrase(before, bare=True)


def _object_before(ctx: Context, pronoun: str) -> str | None:
    # "Kopieer de artikelen naar … Bestudeer deze …": "deze" or "die" for the plural object
    # of the item found in the sentence right before (a singular one may be a "het" word).
    prev = ctx.prev
    if pronoun not in nl.DEMONSTRATIVES_OF_MANY or prev is None or not ctx.items:
        return None
    if ctx.items[-1].quote != prev.text:
        return None
    obj = nlp.object_phrase(tokenise(ctx.items[-1].text))
    return obj if obj and nlp.is_plural(obj.split()[-1]) else None


def _clause_before(text: str, items: Sequence[Found]) -> str | None:
    # The clause "het" stands for: one closing the item before ("Durf te zeggen wat je
    # ziet. Breng het altijd in."), or the "dat …" clause the item before takes with the
    # same verb ("Benoem niet dát het een afbeelding is. Benoem het alleen als …").
    if not items:
        return None
    if clause := nlp.object_clause(items[-1].text):
        return clause
    that = nlp.that_clause(items[-1].text)
    verb = text.split(" ", 1)[0].lower()
    return that[1] if that and that[0] == verb else None


def _asked_about(ctx: Context) -> str | None:
    # The noun phrase of a yes/no question right before, in the same paragraph.
    prev = ctx.prev
    if prev is None or prev.block is not ctx.unit.block:
        return None
    return nlp.question_subject(prev.sentence)
