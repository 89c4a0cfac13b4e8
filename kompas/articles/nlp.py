"""Dutch sentence analysis: sentences (pysbd), imperatives and questions (simplemma lemmas).

A sentence is tokenised once (``tokenise``: a ``Sentence`` of ``Token``s with lower case and
lemma, its leading "En"/"Dus"/"Maar" kept apart); the predicates below read its tokens. The
words they look for are the closed word classes of ``lexicon``.

A sentence is advice when its main clause starts with a verb in the imperative, which in
Dutch is the bare stem of the verb ("Zeg", "Laat", "Geef", "Creëer"). We find it by
lemmatising the first word and checking that the word is a stem of that infinitive.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

import pysbd

from kompas.articles import lexicon as nl

_LANG = "nl"
_RE_CACHE = 4096
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# "Stap 1.2: …", "Stap 8 en 9 worden …", "Tip 3 …": a numbered step or tip, a noun and its
# number, not the imperative of "stappen" or "tippen".
_NUMBERED_LABEL = re.compile(r"\s*(?:stap|tip)\s+\d", re.IGNORECASE)
# A web address at the end of a sentence, its "?" included.
_ADDRESS_END = re.compile(r"(?:https?://|www\.)\S*\?\s*$")
_MIN_QUESTION_WORDS = 3
# How far into a question written without its mark its verb and subject may come ("welke
# bronnen gebruik je").
_ASKED_WITHIN = 4
_COMMA = re.compile(r",\s+")
# Between the actions of one sentence: a comma or a semicolon.
_ACTIONS = re.compile(r"[,;]\s+")
# Where a clause after a statement may begin: a comma or a dash ("… te doen - doe wat …").
_CLAUSE = re.compile(r",\s+|\s+[-–—]\s+")
_AND = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in sorted(nl.ACTION_JOINERS)) + r")\s+")
_MAAR = re.compile(r"^maar\s+", re.IGNORECASE)
# A mark that may end a sentence.
_SENTENCE_END = re.compile(r"[.!?…]")
# A first word ending in a hyphen shares the rest of a compound with a later word ("Leer- en
# ontwikkelgebieden", "Kort- of langdurig"): part of a noun or an adjective, never a verb.
_ELLIPTIC_COMPOUND = re.compile(r"[\s*_]*[^\W\d_]+-\s")
# How far into an item a "dat …"/"die …" phrase may point back to the item before it.
_DEMONSTRATIVE_WORDS = 8
# How many words an object put first may have ("Daadwerkelijke metingen zet je …").
_OBJECT_WORDS = 6
# The fewest words of an action that a question follows after its comma.
_ACTION_WORDS = 4
# How far into a sentence after "Tijdens …"/"Na …" its verb and "je" may come.
_MOMENT_WORDS = 14
# The most words of an option listed as a question after a question's colon ("Performance?").
_OPTION_WORDS = 2
# A label opening a text, with a number ("Stap 2: …", "Tip 3. …", "Week 1 – …", "Stap 5.2
# …") or one word before a colon ("Chat: bijsturen van …", "Tip: …"): the word names
# something, it asks for nothing ("Neem 5 minuten" has no mark after its number).
_OPENING_LABEL = re.compile(
    r"[*_\s]*[^\W\d_]+(?:\s+\d{1,2}(?:\.\d{1,2})+\.?|\s+\d{1,2}\s*[.:)\-–—]|:)\s"
)
# Where a first clause ends: a comma, colon or semicolon, a bracket, a dash between spaces.
# A first word with a dot inside is a name ("Bol.com heeft …", "Node.js is …", "index.html").
_DOTTED_NAME = re.compile(r"[*_\s]*[^\W\d_]+\.[^\W\d_]")
# A noun with its plural ending in brackets: "Doel(en) van het onderzoek."
_PLURAL_IN_BRACKETS = re.compile(r"[*_\s]*[^\W\d_]+\((?:en|s|'s)\)", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,:;]\s| \(| [–—] ")
_OBJECT_CLAUSE = re.compile(
    r"\b((?:" + "|".join(sorted(nl.OBJECT_CLAUSE_OPENERS)) + r")\s[^,;:]+?)[.!]?$"
)
# The verb of an item, a negation or none, and the "dat" clause it takes as its object.
_THAT_CLAUSE = re.compile(
    r"^(\w+)\s+(?:(?:" + "|".join(sorted(nl.NEGATIONS)) + r")\s+)?(d[aá]t\s[^,;:.!?]+)"
)
# Brackets and curly quotes: a comma inside them splits nothing ("‘beste heer, mevrouw’").
_OPEN, _CLOSE = "([{“‘", ")]}”’"
# A question in quotation marks after a colon, closing the sentence.
_QUOTED_QUESTION = re.compile(r":\s*[\"“„‘']([^\"“”„‘’]+\?)[\"”’']\.?$")
# "De (belangrijkste) vraag (die …) is: "…?"": a question named as the one to ask; not one the
# reader will be asked ("De vraag die je gesteld zult krijgen is: …").
_NAMED_QUESTION = re.compile(
    r"^De\s+(?:\w+\s+)?vraag\b(?![^:]*\bgesteld\b)[^:\"“„]*\bis:\s*[\"“„‘']([^\"“”„‘’]+\?)[\"”’']"
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a sentence, as written and in lower case."""

    text: str
    lower: str

    @property
    def lemma(self) -> str:
        """The dictionary form ("neem" → "nemen")."""
        return _lemma(self.lower)


@dataclass(frozen=True)
class Sentence:
    """A sentence (or clause) tokenised once: its words without a leading "En"/"Dus"/"Maar"
    (``particle``), their lower case, and whether it asks a question."""

    text: str
    particle: Token | None
    tokens: tuple[Token, ...]
    question: bool
    lower: tuple[str, ...] = field(init=False)  # the tokens' lower case
    words_lower: tuple[str, ...] = field(init=False)  # the same with the particle

    def __post_init__(self) -> None:
        lower = tuple(t.lower for t in self.tokens)
        object.__setattr__(self, "lower", lower)
        head = (self.particle.lower,) if self.particle else ()
        object.__setattr__(self, "words_lower", head + lower)

    @property
    def words(self) -> tuple[Token, ...]:
        """Every word, the particle included."""
        return (self.particle, *self.tokens) if self.particle else self.tokens


@lru_cache(maxsize=16384)
def tokenise(text: str) -> Sentence:
    """``text`` as a Sentence (kept for the next time the same text is asked for)."""
    tokens = tuple(Token(w, w.lower()) for w in _WORD.findall(text))
    # (A "?" that ends a web address, "Dockerhub: https://hub.docker.com/search?", asks nothing.)
    marked = text.rstrip().endswith("?") and not _ADDRESS_END.search(text)
    asked = marked or _asks_without_mark(text, tokens)
    question = asked and not asks_others(text)
    if tokens and tokens[0].lower in nl.PARTICLES:
        return Sentence(text, tokens[0], tokens[1:], question)
    return Sentence(text, None, tokens, question)


@cache
def _segmenter() -> pysbd.Segmenter:
    # pysbd compiles a regular expression for each abbreviation it meets in a text (its
    # Dutch list has hundreds), and Python keeps only 512 compiled patterns: every paragraph
    # compiled them again. A larger cache makes a full conversion about a quarter faster
    # (bench/RESULTS.md, scale).
    if getattr(re, "_MAXCACHE", 4096) < _RE_CACHE:
        setattr(re, "_MAXCACHE", _RE_CACHE)  # noqa: B010 (a private setting, no API for it)
    return pysbd.Segmenter(language=_LANG, clean=False)


def sentences(text: str) -> list[str]:
    """Split a paragraph of Dutch text into sentences, whitespace-trimmed."""
    return list(_sentences(text))


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    # pysbd takes about a millisecond a sentence; a paragraph is asked for several times
    # (summary, checklist, reflection), so the last few thousand answers are kept. A text
    # of one line with no sentence-ending mark before its last character (most list items
    # and headings, two thirds of all texts) is one sentence: pysbd is not asked.
    bare = text.strip()
    if "\n" in bare:  # lines of their own (a hard line break): each is split alone
        return tuple(s for line in bare.split("\n") for s in _sentences(line))
    if not _SENTENCE_END.search(bare, 0, len(bare) - 1):
        return (bare,) if bare else ()
    out: list[str] = []
    for s in (s.strip() for s in _segments(text)):
        number = _NUMBER_FIRST.match(s)
        if number and out and not out[-1].endswith(_ENDS):
            # "… op pagina 2. Zorg …": the splitter took the number for a list entry's.
            out[-1], s = f"{out[-1]} {number.group(1)}", number.group(2)
        if s and out and _goes_on(out[-1], s):
            # Joined as the text has them: with a space, or without ("je .feature-…").
            glued = re.search(re.escape(out[-1]) + re.escape(s), bare) is not None
            out[-1] = f"{out[-1]}{'' if glued else ' '}{s}"
        elif s:
            out.append(s)
    return tuple(out)


def _segments(text: str) -> list[str]:
    # pysbd's sentences of ``text``. A Dutch clitic after an apostrophe ("zit 'm", "'s
    # ochtends", "'t") is no opening quote: the splitter sees a typographic apostrophe
    # there, and each sentence is cut from the text as it is.
    marked = _CLITIC.sub("\u2019", text)
    if marked == text:
        return list(_segmenter().segment(text))
    out, at = [], 0
    for piece in _segmenter().segment(marked):
        start = marked.find(piece, at)
        if start < 0:  # the splitter changed the text: take its piece as it is
            return list(_segmenter().segment(text))
        out.append(text[start : start + len(piece)])
        at = start + len(piece)
    return out


# An apostrophe that opens a Dutch clitic: "'m", "'t", "'s", "'n", "'k" before a space.
_CLITIC = re.compile(r"(?<![\w'])'(?=(?:m|t|s|n|k|r)\b(?!'))")
_NUMBER_FIRST = re.compile(r"(\d+[.)])\s+(\S.*)", re.DOTALL)
_ENDS = (".", "!", "?", ":", ";", "…")


def _goes_on(before: str, piece: str) -> bool:
    # Whether the splitter's ``piece`` belongs to the sentence ``before``: after an
    # abbreviation that introduces an example ("…, bv. “De naam …”."), or as one of the
    # options a question lists after its colon ("… gekeken naar: Responsive design?
    # Accessibility? Performance?").
    if before.rsplit(None, 1)[-1].lower() in nl.NEVER_FINAL:
        return True
    # "… met je .feature-bestanden.": a stop after a space and before a lower-case letter
    # opens a file extension or a name, not a sentence.
    if before.endswith(" .") and piece[:1].islower():
        return True
    option = piece.endswith("?") and len(words(piece)) <= _OPTION_WORDS
    return option and before.endswith("?") and ": " in before


def warm_up() -> None:
    """Load the sentence splitter and the Dutch lemma dictionary (about half a second)."""
    sentences("Laat ruimte. Echt.")
    is_imperative(tokenise("Laat ruimte."))


def words(text: str) -> list[str]:
    """The words of ``text``, punctuation dropped."""
    return _WORD.findall(text)


def strip_leading(text: str) -> str:
    """Drop one leading "En"/"Dus"/"Maar" and capitalise what remains ("Dus moet u …" →
    "U moet …", see ``drop_ties``)."""
    if (upright := _upright(text.split(" "))) is not None:
        return upright
    head, _, rest = text.partition(" ")
    if head.lower() in nl.PARTICLES and rest:
        text = rest
    return text[:1].upper() + text[1:]


def finish(text: str) -> str:
    """An item as a sentence of its own: trimmed, ending in punctuation."""
    text = text.rstrip(" ,;—–-")
    # A quote that ends the sentence ends it with its own mark ('Zeg: "… gehoord."').
    inside = text.rstrip("".join(nl.QUOTES) + ")")[-1:]
    return text if text[-1:] in ".!?:…" or (inside and inside in ".!?") else f"{text}."


def lemma(word: str) -> str:
    """The dictionary form of a lower-case Dutch word ("neem" → "nemen")."""
    return _lemma(word)


def is_function_word(word: str) -> bool:
    """A closed-class word (article, pronoun, preposition, modal …): "een", "je", "met"."""
    return word.lower() in nl.FUNCTION_WORDS


def after_opening(s: Sentence) -> Sentence:
    """``s`` without an opening adverbial and its comma ("Ten slotte, als …" → "als …");
    ``s`` itself when it has none."""
    head, comma, rest = s.text.partition(", ")
    if comma and rest and head.strip().lower() in nl.OPENING_ADVERBIALS:
        return tokenise(rest[:1].upper() + rest[1:])
    return s


def thinks_of(s: Sentence) -> bool:
    """Whether ``s`` opens with "Denk aan" or "Denk bijvoorbeeld/daarbij/hierbij aan"."""
    ws = s.lower
    if ws[:2] == nl.THINK_OF:
        return True
    if ws[2:3] == (nl.JUST,) and ws[1:2] == ("maar",):
        ws = ws[:2] + ws[3:]  # "Denk maar eens aan …"
    return (
        len(ws) > 2
        and ws[0] == nl.THINK_OF[0]
        and ws[1] in nl.FOR_EXAMPLE_HERE
        and ws[2] == nl.THINK_OF[1]
    )


def is_pointer(s: Sentence) -> bool:
    """Whether ``s`` points the reader elsewhere ("Zie ook H3.6.", "Zie ook § 3.7.2.3.",
    "Zie hiervoor de bijlage."): a reference, nothing to do or tick."""
    ws = s.words_lower
    if len(ws) >= 3 and ws[0] == nl.SEE and ws[1] in nl.ARTICLES and ws[2] in nl.PARTS:
        return True  # "Zie het gedeelte ‘Autorisatie’ in Hoofdstuk 3 …"
    if ws[:1] == (nl.SEE,) and s.text.rstrip().endswith(":"):
        return True  # "Zie hoe dit niet werkt in …:": the example follows
    if _goes_on_to(s):
        return True
    return len(ws) >= 2 and ws[0] == nl.SEE and ws[1] in nl.POINTING


def _goes_on_to(s: Sentence) -> bool:
    # "Ga (dan) verder naar: Stappen eerste project op macOS.", "Ga verder naar Stap 2.":
    # on to another page or part of the course.
    said = tuple(w for w in s.words_lower if w not in nl.SOFTENERS)
    return said[:3] == nl.GO_ON_TO and (": " in s.text or bool(set(said[3:4]) & nl.STEPS))


def is_condition(word: str) -> bool:
    """Whether ``word`` opens a condition ("Als", "Wanneer", …)."""
    return word.lower() in nl.CONDITIONS


# Questions -------------------------------------------------------------------------------


def is_question(s: Sentence) -> bool:
    """A real question of the author: ends in "?" outside quotes, three words or more."""
    return s.question and len(s.tokens) >= _MIN_QUESTION_WORDS


def is_yes_no(s: Sentence) -> bool:
    """A yes/no question: it opens (after "En"/"Maar") with its verb ("Is je … klaar?",
    "Heb je …?", "Gebruik je …?", "Kijken er mensen mee?"), not with a question word."""
    ws = s.lower
    if len(ws) < 2 or ws[0] in nl.QUESTION_WORDS | nl.ARTICLES or not s.question:
        return False
    return _is_verb_form(ws[0]) or ws[1] in nl.READER | nl.SUBJECTS | nl.THERE


def action_then_question(text: str) -> tuple[str, str] | None:
    """An action and, after its comma, the question it asks the reader to answer, as two
    parts: "Schrijf een plan van aanpak voor jouw demonstratie, wat wil je laten zien, …?"
    → the action and "wat wil je laten zien, …?"; None for any other text (a short lead
    such as "Vraag jezelf af, wat …?" has no action of its own). After a colon likewise:
    "Accepteer die feedback en …, probeer de punten te ontdekken: Waarom is …?"."""
    head, colon, tail = text.partition(": ")
    if not colon or "?" in head:
        head, _, tail = text.partition(", ")
    if not tail or not text.endswith("?") or len(words(head)) < _ACTION_WORDS:
        return None
    first = words(tail)[:1]
    if not first or first[0].lower() not in nl.QUESTION_WORDS:
        return None
    # "Stel jezelf de vraag: wat …?", "Vraag je af: …?" lead to the question, no action.
    lead = tokenise(head)
    if set(lead.lower) & (nl.ASK_ONESELF | nl.QUESTION_NOUNS):
        return None
    return (head, tail) if is_imperative(lead) else None


def action_then_advice(text: str) -> tuple[str, str] | None:
    """An action and, after a dash, advice of its own, as two parts: "Neem verantwoordelijkheid
    voor uw fouten – als iemand zegt dat …, luister dan goed" → the action and "Als iemand
    zegt …, luister dan goed"; after a semicolon anything ("Sta open voor …; het is …"), a
    clause as a sentence is. None for any other text ("Geef ruimte – en durf los te laten"
    goes on with the same action)."""
    head, dash, tail = text.partition(" – ")
    semicolon = not dash
    if semicolon:  # "Sta open voor …; het is onrealistisch …": a statement apart
        head, dash, tail = text.partition("; ")
    if not dash or not tail or len(words(head)) < _ACTION_WORDS:
        return None
    first = words(tail)[:1]
    if not first or not is_imperative(tokenise(head)):
        return None
    tail = tail[:1].upper() + tail[1:]
    after = tokenise(tail)
    acts = is_imperative(after)
    # (After a semicolon a clause of its own: "…; dus met en zonder spatie" elaborates, and
    # "…outline: none; in je CSS …" was code.)
    clause = acts or has_finite_verb(after)
    apart = semicolon and clause and first[0].lower() not in nl.PREPOSITIONS
    advice = apart or acts or is_condition(first[0])
    return (finish(head), tail) if advice else None


def answers(s: Sentence) -> bool:
    """Whether ``s`` answers the question before it: "Laat dan …", "Dan …", "Omdat …"."""
    ws = s.words_lower
    if len(ws) > 1 and ws[0] in nl.WE and ws[1] in nl.RECOMMEND:
        return True  # "Wij bevelen aan om …"
    return bool(ws) and (ws[0] in nl.ANSWER_OPENERS or (len(ws) > 1 and ws[1] == nl.THEN))


def quoted_question(text: str) -> str | None:
    """The question quoted after a colon that closes a sentence, which the reader is told to
    ask ("Stel uzelf de vraag: "Hoe brengt dit ons dichter bij een oplossing?"" → "Hoe brengt
    dit ons dichter bij een oplossing?"), or None."""
    match = _QUOTED_QUESTION.search(text)
    if match is None or len(words(match.group(1))) < _MIN_QUESTION_WORDS:
        return None
    return match.group(1)


def named_question(text: str) -> str | None:
    """The first question quoted after a sentence's subject "De vraag …" and its colon ('De
    vraag die iedereen in zijn achterhoofd moet houden, is: "Wat zorgt voor …?" en niet
    "…?"' → "Wat zorgt voor …?"), or None."""
    match = _NAMED_QUESTION.match(text)
    if match is None or len(words(match.group(1))) < _MIN_QUESTION_WORDS:
        return None
    return match.group(1)


# Imperatives -----------------------------------------------------------------------------


def is_imperative(s: Sentence, *, written_t: bool = True, joined: bool = False) -> bool:
    """Whether ``s`` starts (after an optional "En"/"Dus"/"Maar") with an imperative; with
    ``written_t`` also one misspelt with a -t ("Biedt waar mogelijk …"): a stem in -d, or,
    when ``s`` is ``joined`` by "en" to an imperative before it, any stem ("vertel … en
    linkt naar …")."""
    ws = s.lower
    if not ws or s.question or s.text.lstrip()[:1] in nl.QUOTES or _inverted(ws):
        return False
    if _no_verb_first(s):
        return False
    nxt = ws[1] if len(ws) > 1 else ""
    if (_is_imperative_verb(ws[0], nxt) and not _describes_subject(ws)) or _stem_opens_sentence(s):
        return True
    return written_t and _misspelt_imperative(ws[0], nxt, joined=joined)


def _adverb_before_infinitive(s: Sentence) -> bool:
    # "Snel geïrriteerd raken", "Kort contact maken.", "Helder formuleren.": an adjective or
    # adverb that is also a verb stem ("snellen", "korten") opens an infinitive phrase (a
    # symptom, a step written as a phrase), no imperative. A noun-like stem whose infinitive
    # follows a preposition or "te" stays one ("Begin met schrijven.", "Zorg voor eten.").
    ws = s.words_lower
    if len(ws) > 1 and ws[1] in nl.LIGHT_VERBS and ws[0] not in nl.BARE_INFINITIVE_VERBS:
        return True  # "Gebruik maken van een CDN.": a noun and its verb
    if len(ws) < 2 or _lemma(ws[0]) != ws[0] or not infinitive_phrase(s):
        return False
    rest = ws[1:-1]
    if any(w in nl.PREPOSITIONS | nl.CLAUSE_OPENERS or _is_finite(w) for w in rest):
        return False  # "Zorg dat je kunt werken.": a clause after the stem
    # "Vraag ze of ze … nodig hebben.": "of" and a subject open a clause ("whether").
    return not any(a == nl.WHETHER and b in nl.ANY_SUBJECT for a, b in pairwise(ws)) and (
        ws[-2] not in nl.DETERMINERS | {nl.TO} and _verb_infinitive(ws[-1])
    )


def _no_verb_first(s: Sentence) -> bool:
    # A first word that looks like a stem but is a name, the verb of an inversion, a noun
    # linked to itself or an adverb before an infinitive phrase.
    return (
        _opens_with_name(s)
        or _NUMBERED_LABEL.match(s.text) is not None
        or _verb_after_inversion(s)
        or _repeated(s.lower)
        or _adverb_before_infinitive(s)
    )


def _repeated(ws: tuple[str, ...]) -> bool:
    # "Les voor les", "Stap voor stap": a noun linked to itself is an adverbial, no verb.
    return len(ws) > 2 and ws[0] == ws[2] and ws[1] in nl.REPEAT_LINKS


def _misspelt_imperative(first: str, nxt: str, *, joined: bool) -> bool:
    # "Biedt waar mogelijk …", "Houdt …": an imperative of a stem in -d written with the -t of
    # the third person (the d/t mistake); "Schrijft wat.", "Klikt de gebruiker …", "Wordt de
    # tekst …" are third persons, unless ``joined`` to an imperative by "en".
    return (
        first.endswith("dt" if not joined else "t")
        and len(first) > 3
        and first != nl.BECOMES
        and _is_imperative_verb(first[:-1], nxt)
    )


def _verb_after_inversion(s: Sentence) -> bool:
    # "Denk je daar anders over, is dat …": a clause of verb and "je" whose next clause opens
    # with a finite verb is a condition (an imperative's consequence takes "dan": "Zet je naam
    # op de lijst, dan weten we …").
    if s.lower[1:2] != (nl.INFORMAL_YOU,):
        return False
    clauses = split_outside_brackets(s.text, _CLAUSE)[::2]
    following = tokenise(clauses[1]).lower if len(clauses) > 1 else ()
    if following[:1] == (nl.THEN,) and following[2:3] and following[2] not in nl.READER:
        following = following[1:]  # "Tel je … op, dan kan dit leiden tot …": a statement
        if following[0] in nl.PLURAL_AUXILIARIES:
            return True  # "…, dan kunnen lezers punten overslaan."
    return (
        bool(following)
        and _is_finite(following[0])
        and following[0] not in _stems(_lemma(following[0]))
    )


def _opens_with_name(s: Sentence) -> bool:
    # The first word is part of a name: a compound ("Open source-…", "Leer- en …") or a
    # label ("Stap 2: …", "Chat: …"), or never a verb ("Bedankt voor …", "Even …"); or an
    # adjective: "Kort en bondig.", "Open omgeving.".
    ws = s.lower
    if _adjectives(ws) or _separable_noun(ws[0]):
        return True
    if ws[0] in nl.NEVER_IMPERATIVES or _DOTTED_NAME.match(s.text):
        return True
    if _PLURAL_IN_BRACKETS.match(s.text):
        return True  # "Doel(en) van het onderzoek."
    if ws[0] in nl.MONTH_PARTS and ws[1:2] and (ws[1] in nl.MONTHS | nl.PERIODS):
        return True  # "Begin november was het …", "Eind jaren negentig, …"
    return opens_compound(s) or _OPENING_LABEL.match(s.text) is not None


def title_case(text: str) -> bool:
    """Whether every word of ``text`` starts with a capital, as in an English-style title or
    a name ("Open Bestandsformaten", "Kies Dataset(s)"), two words or more."""
    ws = [w for w in words(text) if len(w) > 1]  # not the "s" of "Dataset(s)"
    return len(ws) >= 2 and all(w[:1].isupper() for w in ws)


def _separable_noun(word: str) -> bool:
    # "Voorstel", "Afval": a separable particle before a verb stem is a noun.
    if word in nl.INSEPARABLE:
        return False
    particle = next((p for p in nl.SEPARABLE_PARTICLES if word.startswith(p)), "")
    rest = word[len(particle) :]
    return bool(particle) and len(rest) >= 3 and _is_imperative_verb(rest, "")


def _adjectives(ws: tuple[str, ...]) -> bool:
    # "Kort en bondig.": two words joined by "en" of which the second is no verb; "Open
    # omgeving.": an adjective stem before a bare noun, two words in all.
    if len(ws) == 3 and ws[1] in nl.LIST_JOINERS:
        return not _is_imperative_verb(ws[2], "")
    bare_noun = ws[1:2] and ws[1] not in nl.FUNCTION_WORDS | nl.READER
    return len(ws) == 2 and ws[0] in nl.ADJECTIVE_STEMS and bool(bare_noun)


def opens_compound(s: Sentence) -> bool:
    """Whether the first word, a verb stem, opens a compound written with a space and a
    hyphen ("Open source-projecten gedijen …", "Open source-beheerder") or shares the rest
    of a compound with a later word ("Leer- en ontwikkelgebieden"): a noun, no advice."""
    if _ELLIPTIC_COMPOUND.match(s.text):
        return True
    ws = s.lower
    if tuple(w.split("-")[0] for w in ws[:2]) in nl.NOUN_PHRASES:
        return True
    if len(ws) < 2 or ws[1].count("-") != 1 or not s.tokens[1].text[:1].islower():
        return False
    head, _, tail = ws[1].partition("-")
    first, second = nl.COMPOUND_PARTS
    return len(head) >= first and len(tail) >= second and _is_imperative_verb(ws[0], "")


def imagines(s: Sentence) -> bool:
    """Whether ``s`` asks the reader to imagine ("Stel je nu voor dat …", "Stel u voor.",
    "Stel je de volgende pagina voor:", "Stel dat …"), which is no action; "Stel je voor aan
    de groep" is one."""
    ws = s.lower
    verb, particle = nl.IMAGINE
    if len(ws) > 2 and ws[0] == verb and ws[1] == nl.THAT:
        return True  # "Stel dat … worden ontwikkeld": suppose that
    if ws[:1] == (verb,) and re.match(r"\s*\w+\s*,", s.text):
        return True  # "Stel, een bedrijf wil …": suppose
    if len(ws) < 3 or ws[0] != verb or ws[1] not in nl.READER:
        return False
    at = next((n for n in range(2, min(len(ws), 8)) if ws[n] == particle), None)
    if at is None:
        return False
    before_colon = re.search(rf"\b{particle}\s*:", s.text, re.IGNORECASE) is not None
    return at + 1 == len(ws) or ws[at + 1] in nl.CLAUSE_OPENERS or before_colon


def inverted_after_concession(s: Sentence) -> bool:
    """Whether the main clause after a concession opens with a finite verb whose stem is also
    its third person ("Hoewel …, vergroot het geven van een signaal de kans …"): a statement,
    not advice ("Hoewel …, overweeg …" is advice)."""
    if s.words_lower[:1] == () or s.words_lower[0] not in nl.CONCESSIONS:
        return False
    for clause in split_outside_brackets(s.text.strip(), _COMMA)[2::2]:
        cw = tokenise(clause).lower
        if cw and _is_finite(cw[0]):
            return cw[0].endswith("t") and cw[1:2] != (nl.THEN,)
    return False


def reflexive_stem(word: str) -> bool:
    """Whether ``word`` is the bare stem of a verb, not its third person: before "u" it is an
    imperative with its reflexive pronoun ("Concentreer u op …"), while "Gebruikt u …",
    "Zet u …" are inversions."""
    lem = _lemma(word)
    return not word.endswith("t") and lem != word and _is_infinitive(lem) and word in _stems(lem)


def reader_does(s: Sentence, *, steps: bool = False) -> bool:
    """Advice in the present tense to the reader after a condition: "plaatst u dit in …",
    "stelt u een speciaal e-mailadres in"; not a modal or a result ("kunt u …", "krijgt u
    …"). In numbered ``steps`` also "dan vul je … in": elsewhere "…, dan houd je je mensen
    klein" says what follows, not what to do."""
    ws = s.words_lower
    if steps and len(ws) > 3 and ws[0] == nl.THEN and ws[2] == nl.INFORMAL_YOU:
        return is_instruction_verb(ws[1])
    return (
        len(ws) > 2
        and ws[1] == nl.FORMAL_YOU
        and ws[0].endswith("t")
        and ws[0] not in nl.NOT_INSTRUCTIONS
        and _is_finite(ws[0])
    )


def is_instruction_verb(word: str, nxt: str = nl.INFORMAL_YOU) -> bool:
    """Whether ``word``, a verb stem next to "je" (or before ``nxt``), tells the reader what to
    do ("vul", "kies", "test", "plan je"), not what they know or feel ("weet", "merkt")."""
    return word not in nl.NOT_INSTRUCTIONS_BEFORE_JE and _is_imperative_verb(word, nxt)


def split_reader_does(s: Sentence, *, steps: bool = False) -> tuple[str, list[str]] | None:
    """A condition and the present-tense actions to the reader after it ("Als …, plaatst u dit
    in … en markeert u het als …" → the condition and both actions; "Gebruik je de app voor het
    eerst, dan vul je … in en kies je een pincode" → "dan vul je … in", "dan kies je …"), or
    None."""
    parts = s.text.rstrip(".!").split(", ")
    for n in range(1, len(parts)):
        rest = ", ".join(parts[n:])
        if reader_does(tokenise(rest), steps=steps):
            then = rest[: len(nl.THEN) + 1] if tokenise(rest).lower[:1] == (nl.THEN,) else ""
            pieces = split_outside_brackets(rest, _AND)
            actions = [pieces[0]]
            for joint, part in zip(pieces[1::2], pieces[2::2], strict=True):
                if reader_does(tokenise(then + part), steps=steps):
                    actions.append(then + part)
                else:
                    actions[-1] = f"{actions[-1]}{joint}{part}"
            return ", ".join(parts[:n]), actions
    return None


def inverted_condition(s: Sentence, *, steps: bool = False) -> bool:
    """Whether ``s`` opens with a condition written as an inversion, its verb first and the
    reader after it, followed by advice with "dan" ("Vind je geen ruimte …, probeer dan …",
    "Werkt je pas toch niet, meld je dan …", "Gebruik je de app …, dan vul je … in"). An
    imperative with "je" as a possessive ("Geef je team de ruimte, dan groeit …") is followed
    by no advice."""
    ws = s.lower
    _, comma, rest = s.text.partition(", ")
    if s.question or len(ws) < 3 or not comma:
        return False
    after = tokenise(rest)
    if ws[1] != nl.INFORMAL_YOU and ws[1] not in nl.SUBJECTS:
        return _third_person_condition(ws, after)
    if ws[0] in nl.FUNCTION_WORDS or not (_is_finite(ws[0]) or _is_imperative_verb(ws[0], "")):
        return False
    if nl.THEN not in after.lower[: nl.THEN_WITHIN]:  # "…, onderstreep de links dan zeker!"
        return False
    return reader_does(after, steps=steps) or consequent_is_advice(after)


def _third_person_condition(ws: tuple[str, ...], after: Sentence) -> bool:
    # "Ontbreekt informatie, maak dit …", "Zijn er hiaten, zet dit in een issue.": a verb in
    # the third person, or any verb before "er", opens the condition; advice follows its
    # comma ("Ontbreekt informatie, dan ontstaat …" is a statement).
    there = ws[1] in nl.THERE and (_is_verb_form(ws[0]) or ws[0] in nl.TO_BE)
    third = ws[0].endswith("t") and _is_finite(ws[0]) and ws[0] not in _stems(_lemma(ws[0]))
    if not (there or third) or ws[0] in nl.CONDITIONS:
        return False
    return is_imperative(after, written_t=False) or (
        nl.THEN in after.lower[:1] and consequent_is_advice(after)
    )


def opens_inverted(s: Sentence) -> bool:
    """Whether ``s`` opens with a verb in the third person and the reader after it ("Werkt je
    pas toch niet.", "Gebruikt u …"): a condition or question cut from its advice, not an
    imperative ("Zet je naam …", "Laat je team …" open with a stem that ends in -t)."""
    ws = s.lower
    if len(ws) < 2 or ws[1] not in nl.READER or not ws[0].endswith("t") or ", " in s.text:
        return False  # with a comma the advice may follow ("Mocht je …, doe dit dan …")
    return ws[0] not in nl.CONDITIONS and _is_finite(ws[0]) and ws[0] not in _stems(_lemma(ws[0]))


def infinitive_subject(s: Sentence) -> bool:
    """Whether the first clause of ``s`` has infinitives as its subject and a verb in the
    third person after them ("Open vragen stellen en je mond houden leidt tot …"): a
    statement, though its first word looks like an imperative."""
    first, *rest = _CLAUSE_MARK.split(s.text)
    clause = tokenise(first).lower
    # "Laat nu je werk controleren voor je verdergaat.": laat's infinitive; "U moet het laten
    # lijken alsof …": the subject is the pronoun.
    if not clause or clause[0] in nl.CONDITIONS | nl.LET | nl.READER | nl.SUBJECTS | nl.WE:
        return False
    # "Blind zijn betekent niet …": an adjective and "zijn" are the subject too.
    seen = clause[1:2] == (nl.BE,)
    before = ""
    for w in clause[1 + seen :]:
        if w in nl.INFINITIVE_CLAUSE_ENDS:
            return False
        # "kan", "is" right after the infinitive ("… verwerken kan lastig zijn"), not after
        # a plural noun that looks like one ("… in het midden en het begin zal …").
        if seen and (_third_person(w) or (w in nl.SINGULAR_VERBS and _verb_infinitive(before))):
            return True
        seen = seen or _bare_infinitive(w)
        before = w
    # "Focus bewaren tijdens een meeting, zeker als …, is best lastig.": the verb comes after
    # a clause put in between.
    last = tokenise(rest[-1]).lower[:1] if seen and rest else ()
    return bool(last) and _third_person(last[0])


def _bare_infinitive(word: str) -> bool:
    # An infinitive that is no function word ("stellen", "bewaren"; not "zijn").
    infinitive = word.endswith("en") and _lemma(word) == word and _is_infinitive(word)
    return infinitive and word not in nl.FUNCTION_WORDS


def _verb_infinitive(word: str) -> bool:
    # A bare infinitive of a verb that conjugates ("raken": "raakt"), not a plural noun or a
    # pronoun that only ends like one ("instructiemomenten", "iedereen").
    return _bare_infinitive(word) and any(_lemma(f"{st}t") == word for st in _stems(word))


def _third_person(word: str) -> bool:
    # A verb in the third person singular ("leidt", "is"), not a stem that ends in -t.
    if word == nl.IS:
        return True
    return word.endswith("t") and _is_finite(word) and word not in _stems(_lemma(word))


def reader_does_first(s: Sentence) -> bool:
    """An instruction in the present tense that opens with the reader: "Je vraagt de toegang
    vooraf zelf aan:"; not a modal or a result ("Je kunt …", "U krijgt …")."""
    ws = s.words_lower
    return (
        len(ws) > 2
        and ws[0] in nl.READER
        and ws[1].endswith("t")
        and ws[1] not in nl.NOT_INSTRUCTIONS
        and _is_finite(ws[1])
    )


def _inverted(ws: tuple[str, ...]) -> bool:
    # A first word that is a function word, or one followed by a subject or a finite verb
    # ("Blijf je bouwen": verb, subject, verb is an inversion): no imperative.
    nxt = ws[1] if len(ws) > 1 else ""
    if nxt == nl.FORMAL_YOU and (reflexive_stem(ws[0]) or ws[0] == nl.BE_IMPERATIVE):
        return False  # "Concentreer u op …", "Wees u bewust …": an imperative's reflexive
    if nxt == nl.SOMEONE and ws[0] not in nl.FUNCTION_WORDS:
        return _someone_subject(ws[0])
    if nxt in nl.SUBJECTS or nxt == nl.ONESELF or ws[0] in nl.FUNCTION_WORDS:
        return True  # "Richt zich op …": the third person
    if _is_finite(nxt):
        return not _participle_before_noun(ws)
    return nxt == nl.INFORMAL_YOU and _subject_you(ws)


def _someone_subject(verb: str) -> bool:
    # "Vraag iemand om …", "Laat iemand …" are imperatives (the stem); "Heeft iemand …",
    # "Vraagt iemand …", "Kan iemand …" invert (a -t added to the stem, or a modal).
    if verb in nl.AUXILIARIES:
        return True
    lem = _lemma(verb)
    return verb.endswith("t") and lem != verb and verb not in _stems(lem)


def _participle_before_noun(ws: tuple[str, ...]) -> bool:
    # "Laat mislukte experimenten achterwege": a form in -te/-de after the verb and before
    # a noun is an inflected participle, not a past tense.
    return (
        len(ws) > 2
        and ws[1].endswith(("te", "de"))
        and ws[2] not in nl.FUNCTION_WORDS | nl.SUBJECTS | nl.READER
        and not _is_finite(ws[2])
    )


def _subject_you(ws: tuple[str, ...]) -> bool:
    # Whether the "je" after the first word is its subject (an inversion), not "your" or
    # the reflexive pronoun of an imperative.
    if ws[0] in nl.AUXILIARIES:
        return True  # "Heb je de link al bezocht, …"
    if len(ws) < 3:
        return False
    # "Klik je op …": "je" before a preposition is the subject, unless the verb takes it as
    # its reflexive pronoun ("Verdiep je in …"); before a noun it is "your" ("Geef je team …").
    # "Houdt je aan …" is the imperative with the d/t mistake. An article or adverb after
    # "je" shows it is no "your" ("Ontwerp je deze structuur goed, …", "Denk je daar …").
    stem = ws[0][:-1] if ws[0].endswith("dt") else ws[0]
    # ("Let je niet goed op, …": a negation after "je" too, unless the verb is reflexive.)
    subject = nl.PREPOSITIONS | nl.ARTICLES | nl.DEMONSTRATIVES | nl.ADVERBS_AFTER_SUBJECT
    subject |= nl.NEGATIONS
    adverb = ws[2] in subject or (ws[2].endswith(nl.ADVERB_ENDINGS) and len(ws) > 3)
    after = adverb and stem not in nl.REFLEXIVE_VERBS
    # "je eigen …", "je ervaren beleidsmakers": an adjective before a noun, "je" is "your".
    adjective = ws[2] not in nl.FUNCTION_WORDS and not _is_finite(ws[2])
    adjective = adjective and _adjective_and_noun(ws[2:])
    verb = _is_verb_form(ws[2]) and ws[2] != nl.OWN and not adjective
    return after or ws[2] in nl.SELVES or verb


def split_imperatives(s: Sentence) -> list[str]:
    """The separate actions in an imperative sentence, or ``[]`` when it is no advice.

    Clauses joined by commas or semicolons become separate items when each starts with its
    own imperative ("Betrek ze ..., leg uit ..., en geef ...", "Vraag opnieuw; herformuleer
    de prompt."); any other clause, and one that opens with "maar", stays with the one
    before it.
    """
    if not is_imperative(s):
        return []
    pieces = split_outside_brackets(s.text.strip(), _ACTIONS)
    parts: list[str] = []
    clauses, moved = _conditions_forward(pieces[::2])
    for sep, clause in zip(["", *pieces[1::2]], clauses, strict=True):
        if not clause:
            continue  # a condition moved into the next clause
        # "Probeer zo snel mogelijk, maar pas nadat …": a "maar" clause limits the action;
        # after a colon ("…, bijvoorbeeld: in plaats van …, geef eerst …") all is its example.
        own = is_imperative(tokenise(clause)) and not clause.lower().startswith("maar ")
        if parts and (own or clause in moved) and ": " not in parts[-1]:
            parts.append(clause)
        elif parts:
            parts[-1] = f"{parts[-1]}{sep}{clause}"
        else:
            parts.append(clause)
    return [finish(strip_leading(p)) for p in parts]


def _conditions_forward(clauses: list[str]) -> tuple[list[str], set[str]]:
    # "Accepteer die feedback en, mocht dat niet gegeven zijn, probeer …": a condition put
    # between "en" and the next action belongs to that action ("Accepteer die feedback" and
    # "mocht dat …, probeer …"). The clauses again, each condition moved into the next one
    # (its place left empty), and the clauses that took one.
    out, moved = list(clauses), set()
    for n in range(1, len(out) - 1):
        first = tokenise(out[n]).words_lower[:1]
        condition = first and first[0] in nl.CONDITIONS and out[n - 1].endswith(" en")
        if condition and is_imperative(tokenise(out[n + 1])):
            out[n - 1] = out[n - 1].removesuffix(" en")
            out[n + 1] = f"{out[n]}, {out[n + 1]}"
            out[n] = ""
            moved.add(out[n + 1])
    return out, moved


def imperative_after_moment(s: Sentence) -> bool:
    """Whether ``s`` is a moment ("Bij het maken van een catalogus", "Na de les") and, after
    its comma, an imperative: one piece of advice, the moment belonging to the action."""
    head, comma, tail = s.text.partition(", ")
    first = tokenise(head).lower
    if not comma or s.question or len(first) < 3 or not _opens_with_moment(first):
        return False
    return not has_finite_verb(tokenise(head)) and is_imperative(tokenise(tail), written_t=False)


def imperative_tail(s: Sentence) -> list[str]:
    """The actions of an imperative clause that follows a statement in the same sentence
    ("Wat je ziet is interessant, maar hou de mogelijkheid open …", "Je hebt … gemaakt, …,
    laat ze dus zien."), or ``[]``. A conditional sentence is left to ``split_condition``."""
    found = _tail(s)
    return found[1] if found else []


def tail_antecedent(s: Sentence) -> str | None:
    """The last plural noun of the statement before an imperative tail, which a plural
    pronoun of the tail stands for ("Je hebt eerder selfies gemaakt, …, laat ze dus zien."
    → "selfies"), or None."""
    found = _tail(s)
    return plural_phrase(tokenise(found[0]), bare=True) if found else None


def _complete(ws: tuple[str, ...]) -> bool:
    # A clause with a finite verb (a plural auxiliary among them), or a short exclamation.
    finite = any(_is_finite(w) or w in nl.PLURAL_AUXILIARIES for w in ws)
    return finite or _exclamation(ws)


def _exclamation(ws: tuple[str, ...]) -> bool:
    # A few words without a verb or a preposition ("Heel saai", "Prima"): after it, "je" is
    # "your" ("Heel saai, maak je leerdoel …"), not the subject of an inversion.
    short = 0 < len(ws) <= 3 and not (nl.PREPOSITIONS | {"te"}) & set(ws)
    return short and not any(_is_verb_form(w) for w in ws)


def _tail(s: Sentence) -> tuple[str, list[str]] | None:
    # The statement and the actions of the imperative clause after it, or None.
    ws = list(s.words_lower)
    while ws and ws[0] in nl.PARTICLES | nl.TIES:
        ws = ws[1:]
    # A question, a conditional sentence (``split_condition``'s) and a lead-in to what
    # follows ("…, stel jezelf eerst de vraag:") give no item here; nor does the writer's own
    # list of what they do ("Ik bekijk de tutorials, lees de documentatie en …": "lees" is
    # the first person, the same form as an imperative).
    if not ws or ws[0] in nl.SUBORDINATORS | nl.WRITER or s.text.rstrip().endswith(("?", ":")):
        return None
    clauses = split_outside_brackets(s.text.strip(), _CLAUSE)[::2]
    for n in range(1, len(clauses)):
        # "…, maar hou …" limits the statement with an action.
        clause = tokenise(_MAAR.sub("", clauses[n]))
        if _goes_on_before(clause, clauses[:n]) or not _acts_on_its_own(clause, clauses[n - 1]):
            continue
        # Only after a clause that is complete on its own: it has a finite verb, or it is an
        # exclamation of a few words without a preposition ("Heel saai, maak …"; not "Na de
        # les, …", whose time belongs to the action).
        statement = ", ".join(clauses[:n])
        if not _complete(tokenise(statement).words_lower) or _unfinished(clauses[:n]):
            return None
        return statement, split_imperatives(tokenise(", ".join([clause.text, *clauses[n + 1 :]])))
    return None


def _goes_on_before(clause: Sentence, before: list[str]) -> bool:
    # Whether ``clause`` goes on with what comes before it: a name (a capital inside the
    # sentence: "…, zoals de Sprint Planning, Sprint Review en …"), the statement's subject
    # ("Je hebt …, en heb …") or the next entry of a list.
    named = clause.text[:1].isupper()
    listed = len(before) >= 2 and _list_entry(before[-1])
    return named or clause.text.lower().startswith("en ") or listed


def _list_entry(clause: str) -> bool:
    # A clause of a few words without a verb between two commas: an entry of a list ("… op
    # categorie, media type, kleur en oriëntatie"), so what follows is the next entry.
    ws = tokenise(clause).words_lower
    if not 0 < len(ws) <= nl.LIST_ENTRY_WORDS or any(_is_verb_form(w) for w in ws):
        return False
    # An adverb in between ("…, bijvoorbeeld, laat …") is no entry.
    asides = nl.FUNCTION_WORDS | nl.ADVERBS | nl.FOR_EXAMPLE | nl.TIES | nl.FOCUS
    return any(w not in asides for w in ws)


def _unfinished(clauses: list[str]) -> bool:
    # The clauses before a verb still wait for it: a subordinate clause broken off after its
    # subject ("Grote kans dat je, als je … durft te dromen, stuit op …"), or a subject with
    # a relative clause ("Het gedrag wat je automatisch doet, kost weinig …"): the verb after
    # the comma is theirs, no imperative.
    for clause in clauses:
        ws = tokenise(clause).words_lower
        if len(ws) >= 2 and ws[-2] in nl.CLAUSE_OPENERS and ws[-1] in nl.SUBJECTS | nl.READER:
            return True
    ws = tokenise(clauses[0]).words_lower
    if len(clauses) != 1 or len(ws) < 4 or ws[0] not in nl.ARTICLES | nl.DEMONSTRATIVES:
        return False
    rel = next((i for i, w in enumerate(ws[2:], 2) if w in nl.RELATIVES), None)
    if rel is None or any(_is_finite(w) for w in ws[1:rel]):
        return False
    # One finite verb after the relative pronoun is the relative clause's own; a second one
    # ("De tekst die je schrijft is lang, …") is the main clause's.
    return sum(_is_finite(w) or w in nl.TO_BE for w in ws[rel + 1 :]) < 2


def _acts_on_its_own(clause: Sentence, before: str) -> bool:
    # A clause of two words or more that is an imperative not addressed as "je …", not
    # "laat staan …" ("let alone") and not the main clause after a fronted clause of cause
    # (``before``: "…; maar omdat het … is, heet dit …" opens with its finite verb; after
    # "Als …," or "Hoewel …," an imperative is advice).
    cw = clause.words_lower
    reader = cw[1:2] and cw[1] in nl.READER and not _exclamation(tokenise(before).words_lower)
    if len(cw) < 2 or reader or cw[:2] in (nl.LET_ALONE, nl.THINK_OF) or is_pointer(clause):
        return False  # "…, zie figuur 2.": a reference
    if cw[1] in nl.LIST_JOINERS:
        return False  # "…, behoud en groei van kwaliteit": two nouns
    if cw[-1] in nl.ET_CETERA:
        return False  # "…, tabellen, opmaak etc.": the last entry of a list
    opener = tokenise(before.rsplit("; ", 1)[-1]).lower[:1]
    if opener and opener[0] in nl.CAUSES:
        return False
    return is_imperative(clause, written_t=False)


def split_and(action: str) -> list[str]:
    """An action joined by "en" to another action becomes two: "Vraag alleen om … en
    informeer …" → two items, when each half is an action of two words or more."""
    pieces = split_outside_brackets(action.rstrip(".!"), _AND)
    if len(pieces) < 3:
        return [action]
    out = [pieces[0]]
    for joint, part in zip(pieces[1::2], pieces[2::2], strict=True):
        # After a colon ("…, bijvoorbeeld: …") the rest is the example, not an action.
        # ("Twijfel niet en beoordeel …": a verb and its negation alone are too thin to split.)
        said = [w for w in words(out[-1])[1:] if w.lower() not in nl.NEGATIONS]
        if _own_action(part) and said and ": " not in out[-1]:
            out.append(part)
        else:
            out[-1] = f"{out[-1]}{joint}{part}"
    if len(out) == 1:
        return [action]
    return [finish(p[:1].upper() + p[1:]) for p in out]


def _own_action(part: str) -> bool:
    # An imperative of two words or more that says what it is about: "… en wees specifiek"
    # stays with the action it qualifies, and so does "… en probeer er doorheen te …",
    # whose "er" is the object of the action before. The part is read as the sentence it
    # becomes, stop included ("… en plan bewust tijd in": a stem that is also a noun).
    s = tokenise(finish(part))
    ws = s.lower
    bare = len(ws) == 2 and ws[0] in nl.COPULAS
    # "… en bereid zijn om …": an adjective before "zijn", no imperative ("Geef zijn team …"
    # has a noun after the possessive).
    after = ws[2] if len(ws) > 2 else ""
    bare = bare or (ws[1:2] == (nl.TO_BE_INF,) and (not after or after in nl.NOT_A_NOUN_AFTER))
    leans = len(ws) > 2 and ws[1] in nl.ER_WORDS and ws[2] not in nl.ER_AHEAD
    # "Lees je eerste alinea en stel je voor dat …": imagining is how to do the action
    # before, no action of its own.
    own = not bare and not leans and not imagines(s)
    return len(s.words) >= 2 and own and is_imperative(s, joined=True)


def one_word_action(text: str) -> bool:
    """Whether the action ``text`` is its verb alone, or with a particle that adds nothing
    ("Luister.", "Let op.", "Vraag door."): it says too little to tick on its own."""
    ws = [w.lower() for w in words(text)]
    bare = nl.BARE_PARTICLES | (nl.GO_ON if ws[:1] == [nl.GO] else frozenset())
    return not [w for w in ws[1:] if w not in bare]


def drop_ties(clause: str) -> str:
    """``clause`` without the connectives that tie it to the sentence before.

    "Durf dus te zeggen …" → "Durf te zeggen …"; "informeer de gebruiker dan vooraf" →
    "informeer de gebruiker vooraf". Inside a subordinate clause ("… dat moed belangrijker
    is dan gelijk") nothing is dropped.
    """
    tokens = clause.split(" ")
    if (upright := _upright(tokens)) is not None:
        return upright
    out: list[str] = []
    for n, token in enumerate(tokens):
        bare = token.lower().strip(",.;:")
        if bare in nl.CLAUSE_OPENERS and n > 0:
            out += tokens[n:]
            break
        prev = out[-1].lower() if out else ""
        # "…, dan weten we …": a "dan" that opens a clause after a comma ties nothing back.
        kept = bare == nl.THEN and (_is_comparative(prev.strip(",.;:")) or prev.endswith(","))
        if bare in nl.TIES and token == token.rstrip(",.;:") and n + 1 < len(tokens) and not kept:
            continue
        out.append(token)
    text = " ".join(out)
    return text[:1].upper() + text[1:]


def _upright(tokens: list[str]) -> str | None:
    # "Daarom moet je eerst …": after a tie that opens the sentence, the verb comes before
    # its subject. Without the tie the subject goes first again ("Je moet eerst …", "U kunt
    # …"), or, for the reader's own action, the verb is the imperative it equals ("Daarom
    # test je …" → "Test …"). None when the clause does not open that way.
    if len(tokens) < 4 or tokens[0].lower() not in nl.TIES or tokens[0] != tokens[0].rstrip(","):
        return None
    verb, subject = tokens[1].lower(), tokens[2].lower()
    # (After a fronted tie the second word is the finite verb: "zorg" in "Daarom zorg je".)
    if subject not in nl.SUBJECTS | nl.READER or not verb.isalpha():
        return None
    if tokens[3].lower() == nl.AND:
        return " ".join(tokens)  # "Daarom moeten u en de rest …": a subject of two
    if subject in ("je", "jij"):
        return _upright_you(tokens)
    return f"{tokens[2][:1].upper()}{tokens[2][1:]} {verb} {' '.join(tokens[3:])}"


def _upright_you(tokens: list[str]) -> str:
    # ``_upright`` for "je"/"jij" after the verb. "Dus hou je aan je planning": "je" after a
    # reflexive verb is its object, so it stays; when the verb would change ("Dus kun je …"
    # → "Je kunt …") the tie stays.
    verb, rest = tokens[1].lower(), " ".join(tokens[3:])
    # "Daarom neem je best …", "Daarom doe je er goed aan …": no imperative equals them.
    if tokens[3].lower() == nl.HAD_BEST or _DOES_WELL.search(" ".join(tokens)):
        return " ".join(tokens)
    if verb in nl.REFLEXIVE_VERBS:
        return f"{verb[:1].upper()}{verb[1:]} {' '.join(tokens[2:])}"
    if verb not in nl.AUXILIARIES:
        return f"{verb[:1].upper()}{verb[1:]} {rest}"  # "Daarom test je …" → "Test …"
    if not (verb.endswith("t") or verb in nl.SAME_AFTER_JE):
        return " ".join(tokens)
    return f"{tokens[2][:1].upper()}{tokens[2][1:]} {verb} {rest}"


def _is_comparative(word: str) -> bool:
    # "meer", "liever", "belangrijker": a "dan" after it compares ("meer dan nodig").
    if word in nl.COMPARATIVES:
        return True
    return word.endswith("er") and _lemma(word) != word and word.startswith(_lemma(word)[:-1])


# Conditions, modals, warnings ------------------------------------------------------------


def split_condition(s: Sentence) -> tuple[str, str] | None:
    """A conditional sentence as (condition, advice), or None when it gives no advice.

    "Als …, informeer de gebruiker dan …" splits at the comma; without a comma ("Als een
    veld leeg is toon dan …", "Mocht je … stellen doe dit dan …") at the imperative that
    follows the condition's verb and comes with "dan".
    """
    # "Wanneer het team vastloopt: neem afstand …": a colon ends the condition as a comma does.
    head, colon, tail = s.text.partition(": ")
    if colon and ", " not in head and consequent_is_advice(tokenise(tail)):
        return head, tail
    parts = s.text.split(", ")
    for n in range(1, len(parts)):
        rest = ", ".join(parts[n:])
        if consequent_is_advice(tokenise(rest)):
            return ", ".join(parts[:n]), rest
    tokens = parts[0].split(" ")
    low = [t.lower().strip(",.;:") for t in tokens]
    for n in range(2, len(tokens)):
        verb = low[n - 1]
        if nl.THEN in low[n + 1 : n + 4] and (
            _is_verb_form(verb) or (verb.endswith("en") and _lemma(verb) in _stems(verb))
        ):
            rest = " ".join(tokens[n:])
            if consequent_is_advice(tokenise(rest)):
                return " ".join(tokens[:n]), ", ".join([rest, *parts[1:]])
    return None


def consequent_is_advice(clause: Sentence) -> bool:
    """Whether the clause after a condition is advice: "informeer de gebruiker dan …",
    "vraag je dan af …"; not an inversion ("dan houd je …", "kun je het …", "geef je …")."""
    ws = clause.words_lower
    if not ws or ws[0] == nl.THEN:
        return False
    # "…, houdt de voortgang dan in de gaten": a stem in -d written with a -t (the d/t
    # mistake) is still advice when "dan" follows; "…, biedt een sitemap uitkomst" is none.
    misspelt = ws[0].endswith("dt") and nl.THEN in ws[2:8]
    if not is_imperative(clause, written_t=misspelt):
        return False
    # "…, kost het je veel werk": "het" is the subject of an inversion, "je" its object.
    if ws[1:2] == (nl.IT,) and ws[2:3] and ws[2] in nl.READER:
        return False
    return not (len(ws) > 1 and ws[1] in nl.READER and ws[2:3] != (nl.THEN,))


def is_negative(s: Sentence) -> bool:
    """Whether a short lead ("Niet doen", "Nooit") says what not to do."""
    return any(w in nl.NEGATIONS for w in s.words_lower)


def lists_what_not_to_do(s: Sentence) -> bool:
    """Whether a lead before a list says its entries are what not to do ("Niet doen:",
    "Dit moet je niet doen:", "Vermijd deze valkuilen:", "Don'ts:")."""
    ws = set(s.words_lower) | {w.lower() for w in s.text.replace(":", " ").split()}
    return bool(ws & nl.DONTS) or (bool(ws & nl.NEGATIONS) and bool(ws & nl.NOT_TO_DO))


def reader_must(s: Sentence) -> bool:
    """Advice for the reader with a modal: "Jij moet het voordoen.", "Bij iedere vraag dien
    je …", "Als …, kun je het beste …"."""
    ws = s.lower
    if s.question or len(ws) < 3:
        return False
    if ws[0] in nl.READER and ws[1] in nl.MUST:
        return True  # "Jij moet het voordoen."
    if ws[0] in nl.READER and ws[1] in nl.CAN_AFTER_READER and nl.BEST & set(ws[2:6]):
        return True  # "U kunt bij het vertalen best … gebruiken." (Flemish "had best")
    if _had_best(ws) or _DOES_WELL.search(s.text):
        return True  # "Je neemt best contact op …", "U doet er goed aan om …"
    # A modal before "je" is the verb of a main clause: "Bij iedere vraag dien je …",
    # "Als …, kun je het beste …"; "je … moet" at the end is a subordinate clause.
    return any(ws[n + 1] in nl.READER and _modal(ws, n) for n in range(len(ws) - 1))


def _had_best(ws: tuple[str, ...]) -> bool:
    # The Flemish "best" after the reader and a verb in the present tense: "Je neemt best
    # contact op", "Als directeur geeft u best zelf het goede voorbeeld" ("had best"). Not
    # "Je hebt best veel werk" ("quite"), nor a verb of what the reader is or gets.
    for n in range(len(ws) - 3):
        if (
            ws[n + 2] != nl.HAD_BEST
            or ws[n + 3] in nl.DEGREE
            or ws[n + 3].endswith(nl.ADJECTIVE_ENDINGS)
        ):
            continue
        verb, reader = (ws[n + 1], ws[n]) if ws[n] in nl.READER else (ws[n], ws[n + 1])
        if reader not in nl.READER or verb in nl.NOT_INSTRUCTIONS | nl.NOT_INSTRUCTIONS_BEFORE_JE:
            continue
        if verb == ws[n] and _subject_before(ws[:n]):
            continue  # "Hij geeft u best een kans": "u" is the object
        if verb not in nl.CAN_AFTER_READER and _is_finite(verb):
            return True
    return False


# "U doet er goed aan om …", "Daarom doe je er verstandig aan …": the reader would do well.
_DOES_WELL = re.compile(
    r"\b(?:(?:je|jij|u)\s+doet|doe[t]?\s+(?:je|jij|u))\s+er\s+(?:\w+\s+)?"
    r"(?:goed|verstandig|wijs)\s+aan\b",
    re.IGNORECASE,
)


def _subject_before(before: tuple[str, ...]) -> bool:
    # Whether the words before an inverted verb hold its subject: a pronoun ("Hij geeft u
    # …") or a short noun phrase that opens the sentence ("De school geeft u …").
    if set(before) & (nl.SUBJECTS | nl.THEM | nl.WE):
        return True
    return bool(before) and before[0] in nl.DETERMINERS and len(before) <= _SUBJECT_WORDS


# The most words of a noun phrase that opens a sentence as the subject of its verb.
_SUBJECT_WORDS = 3


def we_must(s: Sentence) -> bool:
    """Advice to the readers and the writer together: "We moeten milder zijn …", "Om die
    angst te verminderen moeten we …"; not in a subordinate clause ("… dat we moeten …")."""
    ws = s.lower
    if s.question or len(ws) < 3:
        return False
    if ws[0] in nl.WE and ws[1] in nl.MOET:
        return True
    return any(ws[n] in nl.MOET and ws[n + 1] in nl.WE for n in range(1, len(ws) - 1))


def _modal(ws: tuple[str, ...], n: int) -> bool:
    # Whether the verb at ``n``, before "je", says what the reader must do: "dien", "moet",
    # "kun … het beste", "zul … moeten" ("Periodiek zul je … moeten doen.").
    rest = ws[n + 2 :]
    if ws[n] in nl.MUST:
        return True
    if ws[n] in nl.CAN:  # ("Soms kunt u best … verwachten": "best" is "well" here)
        return nl.BEST_INVERTED in rest[:3]
    return ws[n] in nl.WILL and bool(nl.MOET & set(rest))


def reader_sees_to(s: Sentence) -> bool:
    """An instruction in the present tense after an adverb that goes on with a list of
    them: "Ook zorg je tijdens deze stap dat …", "Daarna zorgt u voor …"; not a means or a
    result ("Door de niveaus zorg je …", "Zo zorg je …")."""
    return _adverb_verb_reader(s, nl.SEQUENCE, lambda verb: verb in nl.SEE_TO)


def reader_does_object_first(s: Sentence) -> bool:
    """An instruction in the present tense with its object first: "Alles wat belangrijk is,
    noteer je in het labjournaal.", "Daadwerkelijke metingen zet je in een csv-bestand.";
    not after a preposition, an adverb or a pronoun, which say how or why ("Met de demo test
    je …", "Zo zorg je …", "Dit doe je door …"), nor with "je" as "your" ("Een goede README
    laat je project opvallen")."""
    ws = s.lower
    if s.question or len(ws) < 4 or ws[0] in nl.NOT_AN_OBJECT or ws[0].endswith(nl.ADVERB_ENDINGS):
        return False
    if _is_imperative_verb(ws[0], ws[1]) or _is_finite(ws[0]):
        return False
    _head, comma, tail = s.text.partition(", ")
    if comma:  # "Alles wat …, noteer je …": the verb and "je" right after the comma
        return ws[0] in nl.ALL and _instruction_to_you(tokenise(tail).lower, 0)
    # "Daadwerkelijke metingen zet je …": a noun phrase without a verb, then the verb.
    at = next((n for n in range(2, _OBJECT_WORDS) if ws[n : n + 1] == (nl.INFORMAL_YOU,)), None)
    if at is None or any(_is_finite(w) or w in nl.FUNCTION_WORDS for w in ws[1 : at - 1]):
        return False
    return _instruction_to_you(ws, at - 1)


def _instruction_to_you(ws: tuple[str, ...], n: int) -> bool:
    # Whether ``ws[n]`` is an instruction's verb before "je" as its subject: not negated
    # ("vertel je niet"), and no noun after "je" (there it is "your": "laat je project …").
    if len(ws) < n + 3 or ws[n + 1] != nl.INFORMAL_YOU or ws[n] in nl.FUNCTION_WORDS:
        return False
    after = ws[n + 2]
    subject = after in nl.AFTER_SUBJECT_YOU or after.endswith(nl.ADVERB_ENDINGS)
    return subject and is_instruction_verb(ws[n])


def reader_does_therefore(s: Sentence) -> bool:
    """An instruction in the present tense after "Daarom": "(Dus) daarom test je of je site
    …", "Daarom gebruik je schaalbare lettergroottes …"; not what the reader finds, can or
    has ("Daarom vind je hier …", "Daarom kun je …")."""
    return _adverb_verb_reader(s, nl.THEREFORE, is_instruction_verb)


def _adverb_verb_reader(s: Sentence, adverbs: frozenset[str], verb: Callable[[str], bool]) -> bool:
    # An adverb of ``adverbs``, a verb that ``verb`` accepts and the reader, in that order,
    # opening a statement of four words or more.
    ws = s.lower
    return (
        not s.question and len(ws) > 3 and ws[0] in adverbs and verb(ws[1]) and ws[2] in nl.READER
    )


def reader_does_at_a_time(s: Sentence) -> bool:
    """An instruction in the present tense after the moment it is for: "Tijdens de Sprint
    Review geef je een demonstratie …", "Na het bekijken … bepaal je samen …"; not what the
    reader will find or learn ("Na een tijdje merk je …", "Tijdens de training leer je …")."""
    ws = s.lower
    if s.question or len(ws) < 4 or not _opens_with_moment(ws):
        return False
    for n in range(2, min(len(ws), _MOMENT_WORDS)):
        if ws[n] == nl.INFORMAL_YOU and ws[n - 1] not in nl.FUNCTION_WORDS | nl.PREPOSITIONS:
            # "In het voorbeeld hierboven pas je … aan": it describes the example.
            example = set(ws[1 : n - 1]) & nl.PARTS_OF_THE_TEXT
            negated = ws[n + 1 : n + 2] and ws[n + 1] in nl.NEGATIONS  # "vertel je niet"
            return is_instruction_verb(ws[n - 1]) and not negated and not example
    return False


# A tie right after "je" in such an instruction ("geef je dus …", "zet je dan …").
_TIE_AFTER_YOU = re.compile(r"\b(je) (?:dus|dan) ")
# Where a present-tense instruction goes on with another: ", " or " en " before "<verb> je".
_NEXT_INSTRUCTION = re.compile(r"(?:,\s+(?:en\s+)?|\s+en\s+)(?=(\w+)\s+je\b)")


def moment_instructions(text: str) -> list[str]:
    """The instructions of a present-tense sentence after its moment, each with the moment:
    "In de discussie interpreteer je de data, relateer je deze … en interpreteer je …" →
    "In de discussie interpreteer je de data.", "In de discussie relateer je deze …", …;
    ``[text]`` when it gives one."""
    words = text.split(" ")
    low = [w.lower().strip(",.;:") for w in words]
    at = next(
        (
            n
            for n in range(1, len(low) - 1)
            if low[n + 1] == nl.INFORMAL_YOU
            and low[n] not in nl.FUNCTION_WORDS | nl.PREPOSITIONS
            and is_instruction_verb(low[n])
        ),
        None,
    )
    if at is None:
        return [text]
    head, rest = " ".join(words[:at]), " ".join(words[at:])
    cuts = [m for m in _NEXT_INSTRUCTION.finditer(rest) if is_instruction_verb(m.group(1).lower())]
    bounds = [0, *(m.start() for m in cuts), len(rest)]
    ends = [0, *(m.end() for m in cuts)]
    parts = [rest[ends[k] : bounds[k + 1]] for k in range(len(cuts) + 1)]
    # ("… geef je dus precies aan …": the tie to the sentence before goes.)
    parts = [_TIE_AFTER_YOU.sub(r"\1 ", p, count=1) for p in parts]
    return [finish(f"{head} {p[:1].lower()}{p[1:]}".rstrip(" .")) for p in parts]


def _opens_with_moment(ws: tuple[str, ...]) -> bool:
    # "Tijdens …", "Per onderdeel", "Vervolgens", "Ook dan", "Bij het schrijven …".
    if ws[0] in nl.MOMENTS | nl.NEXT_STEPS or ws[:2] == nl.ALSO_THEN:
        return True
    return ws[:2] == nl.AT_DOING and _is_infinitive(ws[2])


def has_finite_verb(s: Sentence) -> bool:
    """Whether ``s`` is a clause with a conjugated verb ("… is een voorwaarde."), not a
    fragment ("Door ruimte te laten voor eigen keuzes.")."""
    return any(_is_finite(w) for w in s.words_lower)


def has_verb(s: Sentence) -> bool:
    """Whether ``s`` has a verb, conjugated or in the plural ("… versterken het vertrouwen",
    "Zijn beide figuren nodig?")."""
    verbs = nl.TO_BE | nl.AUXILIARIES | nl.PLURAL_AUXILIARIES
    return any(_is_verb_form(w) or w in verbs for w in s.words_lower)


def is_teaser(s: Sentence) -> bool:
    """Whether the question ``s`` opens with a past participle used as an adjective before a
    preposition ("Benieuwd naar ons aanbod?", "Geïnteresseerd in …?") or with a preposition
    and no verb ("Op de hoogte?"), and asks nothing with a question word: a teaser, no
    question to the reader. A verb first ("Verandert het team?", "Sturen klanten e-mails?")
    asks."""
    ws = s.words_lower
    if len(ws) < 2 or set(ws) & nl.QUESTION_WORDS:
        return False
    if _participle(ws[0]) and ws[1] in nl.PREPOSITIONS:
        return True
    return ws[0] in nl.PREPOSITIONS and not has_verb(s)


def _participle(word: str) -> bool:
    # "benieuwd", "geïnteresseerd", "verrast": a past participle (a prefix, then -d or -t).
    return len(word) > 6 and word.startswith(nl.PARTICIPLE_PREFIXES) and word.endswith(("d", "t"))


def has_infinitive(s: Sentence) -> bool:
    """Whether ``s`` has an infinitive that is no function word ("schrijven")."""
    return any(_bare_infinitive(w) for w in s.words_lower)


def purpose_of_noun(s: Sentence) -> bool:
    """Whether ``s`` is a noun and what it is for ("momenten om elkaar aan het werk te zien"):
    its infinitive closes "om … te", so it names a thing, no action."""
    ws = s.words_lower
    return len(ws) > 3 and nl.FOR_TO in ws[1:] and ws[-2:-1] == (nl.TO,)


def infinitive_before_finite(s: Sentence) -> bool:
    """Whether ``s`` has an infinitive before any finite verb ("Waarom dan toch nog een verslag
    schrijven?", "waarom dan aannemen dat het is afgenomen?"; not "Waarom kies je …?")."""
    for n, w in enumerate(s.words_lower):
        # A separable verb's infinitive has its particle apart in the lemma ("aan_nemen").
        lem = _lemma(w)
        infinitive = _bare_infinitive(w) or ("_" in lem and lem.replace("_", "") == w)
        # (Right after the question word a plural is the finite verb: "Waarom worden …?")
        if n == 1 and infinitive:
            return False
        if infinitive:
            return True
        if _is_finite(w):
            return False
    return False


def looks_like_advice(s: Sentence) -> bool:
    """A statement that reads like advice although it is no action for the reader
    ("Het is jouw taak als leider om …", "Wie … moet …"): for the review report."""
    return any(w in nl.ADVICE_WORDS for w in s.words_lower)


def infinitive_phrase(s: Sentence) -> bool:
    """An action written as an infinitive phrase: "signalen opvangen", "tijd nemen voor …"."""
    ws = s.words_lower
    if len(ws) < 2 or ws[0] in nl.FUNCTION_WORDS or s.question:
        return False
    cut = next((i for i, w in enumerate(ws) if w in nl.PHRASE_ENDS), len(ws))
    last = ws[cut - 1] if cut > 1 else ws[-1]
    if cut > 2 and ws[cut - 2] == nl.TO:
        return False  # "bezoekers hoeven niet te scrollen": a verb before governs it
    if _clause_before(ws, cut):
        return False
    return last.endswith("en") and _is_infinitive(_lemma(last)) and not _is_finite_only(last)


def behaviour_action(s: Sentence) -> bool:
    """An action in a list of conduct, as an infinitive phrase: "Verschillende meningen
    respecteren", the verb before its preposition ("Empathie tonen tegenover andere
    mensen"), first ("Focussen op wat het beste is …") or a trait with "zijn" ("Respectvol
    zijn ten aanzien van …"). Not a noun made of a verb ("Het accepteren van …",
    "Publiceren van …")."""
    ws = s.words_lower
    if len(ws) < 2 or ws[0] in nl.FUNCTION_WORDS or s.question:
        return False
    if infinitive_phrase(s) or (ws[1] == nl.BE and _trait(ws[0])):
        return True
    if _infinitive_of_verb(ws[0]) and ws[1] in nl.AFTER_VERB:
        return True
    cut = next((n for n, w in enumerate(ws) if n > 1 and w in nl.AFTER_VERB), None)
    return cut is not None and _infinitive_of_verb(ws[cut - 1]) and not _clause_before(ws, cut)


def _trait(word: str) -> bool:
    # An adjective that names a trait ("respectvol", "empathisch").
    return word in nl.TRAITS or word.endswith(nl.ADJECTIVE_ENDINGS)


def _infinitive_of_verb(word: str) -> bool:
    # An infinitive whose stem plus -t is a form of it ("tonen": "toont"), even where the
    # lemma reads it as a plural noun ("tonen" as "toon"); not "mensen", "ervaringen".
    return word.endswith("en") and any(_lemma(f"{st}t") == word for st in _stems(word))


def names_behaviour(s: Sentence) -> bool:
    """Whether ``s`` names conduct to follow ("Voorbeelden van gedrag dat bijdraagt aan een
    positieve omgeving:"), not unwanted conduct ("Voorbeelden van onaanvaardbaar gedrag")."""
    ws = set(s.words_lower)
    return bool(ws & nl.BEHAVIOUR) and not ws & (nl.UNWANTED | nl.NEGATIONS)


def names_unwanted_behaviour(s: Sentence) -> bool:
    """Whether ``s`` names conduct that is not wanted ("Voorbeelden van onaanvaardbaar
    gedrag zijn:", "Gedrag dat we niet accepteren:")."""
    ws = set(s.words_lower)
    return bool(ws & nl.BEHAVIOUR) and bool(ws & (nl.UNWANTED | nl.NEGATIONS))


def _clause_before(ws: tuple[str, ...], cut: int) -> bool:
    # Whether the words before the phrase's infinitive at ``cut`` make a clause: a finite
    # verb ("Total page views: geeft aan hoe vaak … is bekeken"), a modal ("Hierdoor kun je
    # … maken"), a relative clause that ends in its own verb ("afspraken over …, criteria
    # waaraan de items moeten voldoen", "mensen die slecht of niet kunnen horen").
    before = ws[: cut - 1]
    if any(w.endswith("t") and _is_finite(w) for w in before) or set(before) & nl.AUXILIARIES:
        return True
    return any(w in nl.QUESTION_WORDS for w in ws[1 : cut - 1]) or ws[1] in nl.RELATIVES


def leads_questions(s: Sentence) -> bool:
    """Whether ``s`` announces the questions after it: it ends in a colon right after naming
    them ("Stel jezelf na elke week deze vragen:", "Reflectievragen:"), or in a stop after
    pointing at them ("Stel jezelf de volgende vragen."; not "Stel open vragen.")."""
    ws = s.words_lower
    if not ws or not ws[-1].endswith((nl.QUESTION, nl.QUESTIONS)):
        return False
    end = s.text.rstrip()[-1:]
    return end == ":" or (end == "." and bool(set(ws[-3:-1]) & nl.POINTING_AT_WHAT_FOLLOWS))


def asks_questions(s: Sentence) -> bool:
    """Whether the lead ``s`` only tells the reader to ask or answer the questions after it
    ("Stel jezelf na elke week deze vragen:", "Ga daarbij uit van de volgende vragen:"), no
    action of its own ("Maak een lijstje … door antwoorden te geven op de volgende vragen:")."""
    return leads_questions(s) and s.words_lower[0] in nl.ASKING_VERBS


def awaits_object(s: Sentence) -> bool:
    """Whether the imperative ``s`` ends in the preposition of its object ("Zorg voor:",
    "Investeer in:", "Houd rekening met:"), so that each entry of the list after it is an
    object ("- een veilige sfeer"); not "Denk aan:", whose entries are examples."""
    ws = s.words_lower
    if len(ws) < 2 or ws[-1] not in nl.PREPOSITIONS or thinks_of(s):
        return False
    return is_imperative(s) and not any(_is_finite(w) for w in ws[1:])


def awaits_verb(s: Sentence) -> bool:
    """Whether ``s`` ends inside a clause whose verb has not come yet: after a relative
    pronoun or a subordinator with no finite verb after it ("… leidinggevenden die:",
    "Belangrijk is dat de werkvorm:"), so what follows completes it."""
    ws = s.words_lower
    opener = max((n for n, w in enumerate(ws) if w in nl.CLAUSE_OPENERS | nl.RELATIVES), default=-1)
    if opener < 0:
        return False
    # "Wat niet te doen:": an infinitive with "te" completes it as a finite verb would, and
    # so does a plural ("… onderdelen die samen zorgen voor …:").
    return not any(_is_verb_form(w) or w == nl.TO for w in ws[opener + 1 :])


def expects_of_reader(s: Sentence) -> bool:
    """Whether the lead ``s`` has the writer expect or ask of the reader what the list after
    it says: "We verwachten dat je:", "Wij vragen van u dat u:", "Er wordt van je verwacht
    dat je:"."""
    ws = s.words_lower
    return len(ws) >= 3 and ws[-2] == nl.THAT and ws[-1] in nl.READER and expects(s)


def expects(s: Sentence) -> bool:
    """Whether the lead ``s`` says that what follows is expected or asked of the reader:
    "Van een teamlid verwachten we het volgende:", "Wat we van je vragen:"."""
    ws = set(s.words_lower)
    return bool(ws & nl.WE and ws & nl.WE_EXPECT) or (nl.PASSIVE in ws and bool(ws & nl.REQUESTED))


def reader_is_to(s: Sentence) -> bool:
    """Whether ``s`` says in the present tense what the reader does, as expected of them:
    "Je komt je afspraken na.", "Je bent op tijd."; not "Je krijgt een mentor."."""
    ws = s.words_lower
    if len(ws) < 3 or s.question or ws[0] not in nl.READER:
        return False
    return _is_finite(ws[1]) and ws[1] not in nl.NOT_EXPECTED


def is_focus_fragment(s: Sentence) -> bool:
    """A short verbless qualifier that belongs to the sentence before it:
    "Juist als het spannend is."; not a clause of its own ("Ook formules horen niet in …")."""
    ws = s.words_lower
    if not ws or ws[0] not in nl.FOCUS or len(ws) > 8 or s.text.endswith("?"):
        return False
    opens = ws[1:2] and ws[1] in nl.SUBORDINATORS | nl.PREPOSITIONS | nl.ADVERBS
    return bool(opens) or not any(_is_verb_form(w) for w in ws[1:])


# What an item refers to ------------------------------------------------------------------


def leaning_pronoun(item: Sentence) -> str | None:
    """The pronoun right after the verb (or after "moet") that stands for something said
    before, as in "Breng het altijd in.", "Jij moet het voordoen." or "Doe dat."; else None.
    A pronoun that is a determiner ("Open het project", "Gebruik deze onderwerpen"), announces
    a clause ("Maak het gemakkelijk om …", "Zorg dat de ruimte netjes is") or is part of an
    adverb ("het liefst") stands for nothing said before. An item that keeps its condition
    ("Als het onduidelijk is, …") names what it is about."""
    ws = item.words_lower
    if not ws or ws[0] in nl.CONDITIONS:
        return None
    at = 2 if len(ws) > 2 and ws[1] in nl.MOET else 1
    if len(ws) <= at or ws[at] not in nl.REFERRING:
        return None
    verbal = at == 2 or ws[0] in nl.LET  # "moet het voordoen", "Laat het gebeuren"
    return ws[at] if _stands_alone(ws[at], ws[at + 1 :], verbal=verbal) else None


def _stands_alone(pronoun: str, rest: tuple[str, ...], *, verbal: bool) -> bool:
    # Whether ``pronoun``, followed by ``rest``, is an object of its own (not a determiner,
    # not a conjunction, not the "het" of an adverb or of a clause that follows). With
    # ``verbal`` an infinitive after "het" is a verb, else a noun ("het valideren").
    nxt = rest[0] if rest else ""
    if _announces(pronoun, rest):
        return False
    if not nxt or nxt in nl.FUNCTION_WORDS | nl.ADVERBS | nl.PREPOSITIONS:
        return True
    if nxt.endswith(nl.ADJECTIVE_ENDINGS):
        # "Maak het menselijk", "Hou het minimalistisch en esthetisch": an adjective closing
        # the advice makes "het" the general "it", as in "Hou het simpel"; before more words
        # ("Maak het duidelijk aan …") "het" stands for something, unless they are its noun
        # ("Stel het technisch ontwerp op": "het" is the article).
        if _closes(rest):
            return pronoun != nl.IT
        return not _adjective_and_noun(rest)
    if _lemma(nxt) == nxt and _is_infinitive(nxt) and nxt.endswith("en"):
        return verbal or pronoun != nl.IT  # "Laat ze zien", not "Voorkom het valideren"
    return False  # a noun: "het doel", "deze sjablonen"


def _closes(rest: tuple[str, ...]) -> bool:
    # Whether ``rest`` is one adjective, or a few joined by "en" ("minimalistisch en
    # esthetisch", "leesbaar, kort en bondig").
    if len(rest) == 1:
        return True
    head, joiner = rest[:-2], rest[-2]
    adjectives = not nl.CLOSED_CLASSES & {*head, rest[-1]}
    return joiner in nl.LIST_JOINERS and len(rest) <= 5 and adjectives


def _adjective_and_noun(rest: tuple[str, ...]) -> bool:
    # Whether ``rest`` opens with an adjective and its noun ("technisch ontwerp"): the word
    # after the adjective is no function word, adverb, preposition, verb or adjective.
    if len(rest) < 2:
        return False
    noun = rest[1]
    verbal = _is_verb_form(noun) or noun == nl.TO
    return noun not in nl.CLOSED_CLASSES and not verbal and not noun.endswith(nl.ADJECTIVE_ENDINGS)


def _announces(pronoun: str, rest: tuple[str, ...]) -> bool:
    # "dat" opening a clause ("Zorg dat de ruimte netjes is"), "het" announcing one ("Maak
    # het … gemakkelijk om …") or part of an adverb ("het liefst").
    if pronoun == "dat":  # a verb ends the clause: "… op GitHub staan", "… klaar zijn"
        return any(_is_verb_form(w) or (_is_infinitive(w) and len(w) > 3) for w in rest)
    if pronoun != nl.IT:
        return False
    return (rest[:1] != () and rest[0] in nl.SUPERLATIVES) or bool(nl.IT_CLAUSES & set(rest[1:]))


def demonstrative_after(item: Sentence) -> str | None:
    """A "dat …"/"die …" noun phrase after a subordinator or preposition ("als dat proces"):
    it points at something said before. Returns the phrase, or None. Only near the start:
    deep inside a clause ("… waarom jij tot deze onderzoeksvraag bent gekomen") it names
    what that clause is about."""
    ws, low = item.words, item.words_lower
    not_a_noun = nl.SUBJECTS | nl.READER | nl.OBJECT_CUES | nl.FUNCTION_WORDS
    for n in range(1, min(len(ws) - 1, _DEMONSTRATIVE_WORDS)):
        if (
            low[n] in nl.DEMONSTRATIVES
            and low[n - 1] in nl.SUBORDINATORS | nl.PREPOSITIONS
            and low[n + 1] not in not_a_noun
            and not _is_finite(low[n + 1])
            and not low[n + 1].endswith(nl.ADJECTIVE_ENDINGS)  # "op die verantwoordelijk is"
        ):
            return f"{ws[n].text} {ws[n + 1].text}"
    return None


def is_plural(word: str) -> bool:
    """Whether ``word`` is a plural noun ("artikelen", "selfies"): it ends in -en or -s and
    has a lemma of its own that is no verb."""
    low = word.lower()
    lem = _lemma(low)
    return low.endswith(("en", "s")) and lem != low and not _is_infinitive(lem)


def plural_phrase(s: Sentence, *, bare: bool = False) -> str | None:
    """The last "je/jouw/de/hun … <plural noun>" phrase of ``s`` ("je mensen"); with
    ``bare`` also a plural noun without a determiner ("selfies")."""
    ws = s.words
    found = None
    for n, noun in enumerate(ws):
        low = noun.lower
        if low in nl.FUNCTION_WORDS or not is_plural(low):
            continue
        before = ws[n - 1].lower if n else ""
        if phrase := _determined(ws, n):
            found = phrase
        elif bare and before != nl.TO and (n + 1 < len(ws) or not low.endswith("en")):
            found = _with_adjectives(s, n)  # not "te delen", nor a verb closing a clause
    return found


def _determined(ws: tuple[Token, ...], n: int) -> str | None:
    # The plural noun at word ``n`` after its determiner, with an inflected adjective between
    # them or none: "je mensen", "de huidige processtappen".
    # The determiner in lower case: capitalised, it only opened the sentence ("De leerlingen").
    if n and ws[n - 1].lower in nl.PLURAL_DETERMINERS:
        return f"{ws[n - 1].lower} {ws[n].text}"
    if n > 1 and ws[n - 1].lower.endswith("e") and ws[n - 2].lower in nl.PLURAL_DETERMINERS:
        return f"{ws[n - 2].lower} {ws[n - 1].text} {ws[n].text}"
    return None


def _with_adjectives(s: Sentence, n: int) -> str:
    # The plural noun at word ``n`` with the inflected adjectives before it, as written
    # ("gemakkelijke (niet-kritieke) bugs").
    ws, first = s.words, n
    while first and ws[first - 1].lower.endswith("e") and not _is_verb_form(ws[first - 1].lower):
        if ws[first - 1].lower in nl.FUNCTION_WORDS | nl.QUANTIFIERS:
            break
        first -= 1
    if first == n:
        return ws[n].text
    match = re.search(rf"\b{re.escape(ws[first].text)}\b.*?\b{re.escape(ws[n].text)}\b", s.text)
    if not match:
        return ws[n].text
    phrase = match.group(0)
    # An adjective capitalised only as the sentence's first word ("Andere scholen …"); a
    # nationality keeps its capital ("Vlaamse scholen").
    if first == 0 and not phrase.split(" ", 1)[0].endswith(("se", "sche")):
        return phrase[:1].lower() + phrase[1:]
    return phrase


def object_phrase(s: Sentence, start: int = 1, *, indefinite: bool = False) -> str | None:
    """The definite noun phrase at word ``start``: an article or possessive, an inflected
    adjective or none, a noun ("Deel de onderzoeksresultaten met …" → "de
    onderzoeksresultaten", "Is je gespreksleidraad klaar?" → "je gespreksleidraad"), or None.
    An indefinite "een …" stands for no particular thing said before, unless ``indefinite``:
    the object of an action that a later action of the same sentence goes on with ("Maak
    een document … en deel die …")."""
    ws, low = s.words, s.words_lower
    determiners = nl.DETERMINERS if indefinite else nl.DETERMINERS - nl.INDEFINITE
    start = _past_adverbs(low, start)
    if len(ws) <= start + 1 or low[start] not in determiners:
        return None
    end = _phrase_end(low, start, indefinite=indefinite)
    words = low[start + 1 : end + 1]
    if any(w in nl.FUNCTION_WORDS | nl.PREPOSITIONS for w in words):
        return None
    # "Neem een usability vuistregel van … en keer deze om": a noun after the object of the
    # first action means it was cut short ("Is je gespreksleidraad klaar?" ends in its
    # predicate).
    after = low[end + 1] if len(low) > end + 1 else ""
    if indefinite and after and not _phrase_ends_before(after):
        return None
    phrase = " ".join(w.text for w in ws[start : end + 1])
    return phrase if phrase in s.text else None


def _phrase_end(low: tuple[str, ...], start: int, *, indefinite: bool) -> int:
    # The last word of the noun phrase whose determiner is at ``start``: the noun, or the
    # noun after an adjective or a noun of quantity.
    first = low[start + 1]
    inflected = first.endswith("e") and _lemma(first) != first  # "de eerste …", not "de ruimte"
    # "een duidelijk proces": after "een" an adjective is not inflected before a "het" noun.
    plain = indefinite and low[start] in nl.INDEFINITE and first.endswith(nl.ADJECTIVE_ENDINGS)
    # "een aantal voorbeelden": a noun of quantity goes with the noun after it.
    longer = inflected or plain or first in nl.QUANTITIES
    return start + 2 if longer and len(low) > start + 2 else start + 1


def _phrase_ends_before(word: str) -> bool:
    # Whether a noun phrase can end before ``word``: a function word, a preposition, an
    # adverb, a particle or a verb ("Deel de resultaten op …", "Maak een plan en deel het").
    return word in nl.CLOSED_CLASSES or word in nl.FINAL_PARTICLES or _is_verb_form(word)


def _past_adverbs(low: tuple[str, ...], start: int) -> int:
    # Where the object starts when it follows the verb: past its adverbs ("Stel bovendien een
    # persbericht op").
    if start != 1:
        return start
    return start + next((n for n, w in enumerate(low[1:]) if w not in nl.ADVERBS | nl.SEQUENCE), 0)


def question_subject(s: Sentence) -> str | None:
    """The noun phrase a yes/no question asks about ("Is je gespreksleidraad klaar?" → "je
    gespreksleidraad"), or None."""
    return object_phrase(s) if is_yes_no(s) else None


def object_clause(item: str) -> str | None:
    """A closing "wat …"/"hoe …"/"waarom …" clause of an item ("… wat je ziet")."""
    match = _OBJECT_CLAUSE.search(item)
    return match.group(1) if match else None


def that_clause(item: str) -> tuple[str, str] | None:
    """The verb of an item and the "dat …" clause right after it (a negation between them),
    up to a comma: "Benoem niet dát het een afbeelding is, bijvoorbeeld …" → ("benoem",
    "dát het een afbeelding is"); None when "dat" does not follow the verb ("Kies een boek
    dat …")."""
    match = _THAT_CLAUSE.match(item)
    return (match.group(1).lower(), match.group(2)) if match else None


def split_outside_brackets(text: str, separator: re.Pattern[str]) -> list[str]:
    """``text`` split at ``separator`` where it is not inside brackets or curly quotes, as
    [part, separator, part, …]: "Bepaal wie de kosten draagt (infrastructuur, support en
    activiteiten)" is one part."""
    depth, depth_at = 0, []
    for char in text:
        depth_at.append(depth)
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
    out: list[str] = []
    start = 0
    for match in separator.finditer(text):
        if depth_at[match.start()] == 0:
            out += [text[start : match.start()], match.group(0)]
            start = match.end()
    return [*out, text[start:]]


# Verb morphology -------------------------------------------------------------------------


def asks_others(text: str) -> bool:
    """Whether ``text`` has the reader ask someone else the question after its colon: "Vraag
    je collega: 'Wat heb je nodig?'", "Durf te vragen: …?", "Stel je team de vraag: …?"; an
    action with the question to ask, no reflection question. Not "Vraag je af: …?", "Stel
    jezelf de vraag: …?" (the reader asks themselves)."""
    head, colon, tail = text.partition(": ")
    if not colon or not tail.rstrip().rstrip(nl.QUOTE_MARKS).endswith("?"):
        return False
    ws = [w.lower() for w in _WORD.findall(head)]
    if not ws or "?" in head or set(ws) & (nl.ASK_ONESELF | {nl.OFF}):
        return False
    if ws[0] == nl.PUT:  # "Stel je team de vraag:", not "Stel: …?"
        return bool(set(ws) & nl.QUESTION_NOUNS) and len(ws) > 1
    return ws[0] in nl.ASK_OTHERS and (ws[0] != nl.DARE or nl.ASK_VERB in ws)


def _asks_without_mark(text: str, tokens: tuple[Token, ...]) -> bool:
    # A question word, its verb and then the one it asks ("welke bronnen gebruik je daarbij",
    # "Wat kan ik verbeteren."): a question written without its mark, in a list or after a
    # stop. A subject before the verb ("Hoe je dat doet, …", "Wat je ziet") makes a clause.
    # A question mark inside it (a quoted question, "“Wat gebeurde er?”") or "Hoe meer …, hoe
    # …" (a comparison, "Hoe meer je weet, hoe gerichter je vraagt.") asks nothing.
    ws = [t.lower for t in tokens]
    if (
        len(ws) < _MIN_QUESTION_WORDS
        or ws[0] not in nl.QUESTION_WORDS
        or text.rstrip()[-1:] in "!:"
        or "?" in text
        or (ws[0] == nl.HOW and _is_comparative(ws[1]))
    ):
        return False
    for k in range(1, min(len(ws) - 1, _ASKED_WITHIN)):
        if ws[k] in nl.ASKED:
            return False
        if ws[k + 1] in nl.ASKED and (_is_verb_form(ws[k]) or _conjugates(ws[k], ("t",))):
            return True
    return False


@cache
def _lemma(word: str) -> str:
    # Lemma of a lower-case Dutch word.
    import simplemma  # its import takes 50 ms; a build without changed articles needs none

    return str(simplemma.lemmatize(word.replace("’", "'"), lang=_LANG)).replace("'", "’")


def _is_imperative_verb(word: str, nxt: str) -> bool:
    # Whether ``word`` can be an imperative (a verb stem), given the word after it.
    if word in nl.IRREGULAR_IMPERATIVES:
        return True
    if word in nl.NEVER_IMPERATIVES:
        return False
    if "-" in word:
        return False  # a compound noun ("Miro-bord klaar zetten"), never a verb
    lem = _lemma(word)
    if lem != word:
        # A loan verb keeps its stem's spelling ("updaten": "update"); the lemmatiser also
        # takes some inflected adjectives for one ("verplichte"), which no article follows.
        loan = lem == word + "n" and nxt in nl.ARTICLES
        return _is_infinitive(lem) and (word in _stems(lem) or loan)
    # Nouns that are also verb stems ("vraag", "plan"): a verb when a conjugated form
    # ("vraagt", "plande") lemmatises to an infinitive with this stem; never when a
    # preposition follows ("Opmaak van koppen", "Antwoord op een vraag").
    if nxt in nl.NOUN_CUES:
        return False
    return _conjugates(word, ("t", "de", "te") if nxt in nl.OBJECT_CUES else ("t",))


def _conjugates(stem: str, endings: tuple[str, ...]) -> bool:
    # Whether ``stem`` with one of the endings is a form of an infinitive with that stem
    # ("vraag" + "t" → "vragen").
    for end in endings:
        inf = _lemma(stem + end)
        if inf != stem + end and _is_infinitive(inf) and stem in _stems(inf):
            return True
    return False


def _stem_opens_sentence(s: Sentence) -> bool:
    # "Begin met je advies …", "Plan voor jezelf … extra tijd in.": a verb stem that is also
    # a noun ("begin", "plan") opens a sentence, and nothing else in its first clause is a
    # finite verb (as in "Antwoord op een vraag is …"): the stem is the imperative. A
    # heading or a list fragment without a closing stop ("Opmaak van koppen") is a name.
    ws = s.lower
    word, nxt = ws[0], ws[1] if len(ws) > 1 else ""
    if s.text.partition(": ")[2][:1].isupper():
        return False  # "Vraag vanuit de school: Wij willen …": a label before a sentence
    if (
        not s.text.rstrip().endswith((".", "!", ":"))
        or "-" in word
        or word in nl.FUNCTION_WORDS
        or _lemma(word) != word  # a form of another word ("gaat"): _is_imperative_verb's
        or nxt in nl.NAME_CUES  # "Doel van het onderzoek.", "Echt te laten."
    ):
        return False
    # The present tense ("begint") shows the verb; a noun whose plural looks like an
    # infinitive ("plan", "plannen") shows it in the past tense ("plande").
    noun = any(_lemma(p) == word for p in (word + "en", word + word[-1:] + "en"))
    return _conjugates(word, ("t", "de", "te") if noun else ("t",)) and not _other_verb(ws[1:])


# How far into a sentence the verb of a subject that opens it is looked for.
_SUBJECT_WORDS = 9
# Words after which a verb belongs to a clause or a subject of its own.
_OWN_CLAUSE = (
    nl.CLAUSE_OPENERS
    | nl.RELATIVES
    | nl.QUESTION_WORDS
    | nl.LIST_JOINERS
    | nl.FOR_EXAMPLE
    | nl.ANY_SUBJECT
    | nl.WE
)


def _describes_subject(ws: tuple[str, ...]) -> bool:
    # A word that is its own lemma is a verb stem only by its conjugation ("vraag", "goed"):
    # before a noun and a finite verb it describes the subject ("Goed voorbeeld doet goed
    # volgen.", "Open communicatie helpt."); a verb in the third person, not a stem ("Vraag
    # opnieuw; zeg …" is two imperatives).
    if len(ws) > 2 and ws[2] == nl.IS and ws[1] not in nl.FUNCTION_WORDS:
        return True  # "Diep werk is moeilijk denkwerk …"
    if ws[1:2] and ws[1] in nl.NOUN_CUES and _copula_first(ws[2:]):
        return True  # "Kenmerk van dit protocol is dat …"
    if len(ws) < 3 or _lemma(ws[0]) != ws[0] or ws[1] in nl.FUNCTION_WORDS or _is_finite(ws[1]):
        return False
    # Further on only after a noun ("Groep docenten … oefent"); after an adjective the noun
    # is the imperative's object ("Gebruik voorgedefinieerde type namen …").
    end = 3 if ws[1].endswith("e") else _SUBJECT_WORDS
    return _third_person_in_clause(ws[2:end])


def _third_person_in_clause(ws: tuple[str, ...]) -> bool:
    # A verb in the third person ("helpt", "oefent") before anything that opens a clause of
    # its own: the finite verb of the subject before it ("Groep docenten in het onderwijs
    # oefent …"); "Vraag collega's wat werkt" has it in a clause of "wat".
    # (A pronoun is a subject of its own: "Gebruik Peek voor …: je kunt …".)
    for w in ws:
        if w in _OWN_CLAUSE:
            return False
        if w.endswith("t") and w not in _stems(_lemma(w)) and _is_finite(w):
            return True
    return False


def _copula_first(ws: tuple[str, ...]) -> bool:
    # Whether "is" comes in ``ws`` before any word that opens a clause: the copula of a
    # subject before it ("van dit protocol is dat …"), not one of a clause ("op de site of
    # het is gelukt").
    for w in ws:
        if w == nl.IS:
            return True
        if w in nl.CLAUSE_OPENERS | nl.CLAUSE_ENDS or _is_finite(w):
            return False
    return False


def _other_verb(ws: tuple[str, ...]) -> bool:
    # A finite verb in the rest of the first clause ("Antwoord op een vraag is …"). Plural
    # forms ("zinnen", "collega's") are nouns as often as verbs: not counted.
    for w in ws:
        if w in nl.CLAUSE_ENDS:
            return False
        if _is_finite(w) and w not in nl.OBJECT_CUES and not w.endswith("en"):
            return True
    return False


def _is_finite(word: str) -> bool:
    # A conjugated verb form: its lemma is a different infinitive.
    if not word or (len(word) > 4 and word[-1] == "e" and not word.endswith(("de", "te"))):
        return False  # "interne", "goede": an inflected adjective (a past tense ends -de/-te)
    if _participle_adjective(word):
        return False  # "Zet gerichte opdrachten uit": "gerichte" is no past tense
    lem = _lemma(word)
    return lem != word and _is_infinitive(lem)


def _participle_adjective(word: str) -> bool:
    # An inflected past participle ("gerichte", "gewenste", "gedocumenteerde"): "ge" before
    # a past tense of the same verb ("richtte"/"richte" of "richten"); "gebruikte" and
    # "gebeurde" are past tenses themselves ("bruikte" is no verb form).
    if not (word.startswith("ge") and word.endswith(("de", "te")) and len(word) > 6):
        return False
    lem, rest = _lemma(word), _lemma(word[2:])
    return rest == lem and rest != word[2:] and _is_infinitive(rest)


def _is_verb_form(word: str) -> bool:
    # An infinitive or a conjugated verb.
    return _is_finite(word) or (
        _lemma(word) == word and _is_infinitive(word) and word.endswith("en")
    )


def _is_infinitive(lem: str) -> bool:
    # Dutch infinitives end in -en, or -n after a long vowel (gaan, doen, zien, zijn); a
    # noun's lemma that merely ends in -n ("zin" of "zinnen", "plan") is none.
    return len(lem) > 2 and lem.endswith(nl.INFINITIVE_ENDINGS)


def _is_finite_only(word: str) -> bool:
    # A plural past or present form that is not the infinitive ("werkten").
    return word.endswith(("ten", "den")) and _lemma(word) != word


@cache
def _stems(infinitive: str) -> frozenset[str]:
    # Spellings the stem of a Dutch infinitive can have; the imperative is the stem.
    if infinitive.endswith(("aan", "oen", "ien")):
        short = infinitive[:-1] if infinitive.endswith(("oen", "ien")) else infinitive[:-2]
        return frozenset({short})
    base = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    if len(base) < 2:
        return frozenset({base})
    return frozenset(_spellings(base))


def _spellings(base: str) -> set[str]:
    # The stem's spellings: one consonant for two ("zegg" → "zeg"), a doubled vowel in an
    # open syllable ("lat" → "laat", "creër" → "creëer", "kopiër" → "kopieer"), f and s at the
    # end ("geev" → "geef").
    found = {base}
    if base[-1] == base[-2] and base[-1] not in nl.VOWELS:  # zegg -> zeg
        found.add(base[:-1])
    vowel, last = base[-2], base[-1]
    digraph = len(base) > 2 and base[-3:-1] in nl.DIGRAPHS
    if vowel in nl.VOWELS and last not in nl.VOWELS and not digraph:  # lat -> laat
        found.add(base[:-1] + ("e" if vowel == "ë" else vowel) + last)
        if vowel == "ë" and base[-3:-2] == "i":  # kopiër -> kopieer: "ie" needs no diaeresis
            found.add(base[:-2] + "ee" + last)
    for stem in list(found):  # geev -> geef, lez -> les
        if stem.endswith("v"):
            found.add(stem[:-1] + "f")
        elif stem.endswith("z"):
            found.add(stem[:-1] + "s")
    return found
