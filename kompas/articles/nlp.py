"""Dutch sentence analysis: sentences (pysbd), imperatives and questions (simplemma lemmas).

A sentence is advice when its main clause starts with a verb in the imperative, which in
Dutch is the bare stem of the verb ("Zeg", "Laat", "Geef", "Creëer"). We find it by
lemmatising the first word and checking that the word is a stem of that infinitive.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import pysbd

_LANG = "nl"
_RE_CACHE = 4096
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Words that may open an imperative sentence without changing it: "En luister.", "Dus zeg ...".
_LEADING = frozenset({"en", "dus", "maar"})
# A verb-first clause followed by one of these is a question or an inversion, not advice.
_SUBJECTS = frozenset({"jij", "u", "we", "wij", "zij", "hij", "ik", "men", "iemand"})
# Imperatives that no spelling rule derives from the infinitive.
_IRREGULAR = {"wees": "zijn", "hou": "houden"}
# Closed-class words (prepositions, adverbs, pronouns, modals) that the lemmatiser may map
# onto a rare verb ("in" -> "innen", "wel" -> "wellen"): never an imperative.
_FUNCTION_WORDS = frozenset(
    {
        "aan",
        "achter",
        "al",
        "alle",
        "als",
        "alleen",
        "altijd",
        "ben",
        "bij",
        "dan",
        "dat",
        "de",
        "deze",
        "die",
        "dit",
        "door",
        "een",
        "eens",
        "en",
        "er",
        "geen",
        "het",
        "hier",
        "hoe",
        "ik",
        "in",
        "is",
        "jij",
        "je",
        "jouw",
        "kan",
        "maar",
        "met",
        "mag",
        "meer",
        "mijn",
        "moet",
        "na",
        "naar",
        "niet",
        "niets",
        "nog",
        "nooit",
        "nu",
        "of",
        "om",
        "onder",
        "ook",
        "op",
        "over",
        "te",
        "tegen",
        "toch",
        "tot",
        "uit",
        "van",
        "veel",
        "voor",
        "waar",
        "wanneer",
        "want",
        "wat",
        "wel",
        "welke",
        "wie",
        "wij",
        "wil",
        "zal",
        "ze",
        "zij",
        "zijn",
        "zo",
        "zonder",
        "zou",
    }
)
_VOWELS = "aeiouë"
# Two letters for one vowel sound: after them the stem's vowel is not doubled ("benoem").
# Other vowel pairs are two syllables: "evalueren" → "evalueer", "situeren" → "situeer".
_DIGRAPHS = frozenset({"aa", "ee", "oo", "uu", "ie", "eu", "oe", "ou", "ei", "ij", "ui", "au"})
# Words that follow a verb but never a noun subject: "Plan er tijd voor in", "Vraag je team".
_OBJECT_CUES = frozenset(
    {
        "er",
        "je",
        "ze",
        "het",
        "een",
        "dat",
        "dit",
        "dus",
        "dan",
        "eens",
        "jezelf",
        "hem",
        "haar",
        "ons",
        "hun",
        "mij",
        "me",
    }
)
_MIN_QUESTION_WORDS = 3
_NOUN_CUES = frozenset({"van", "op", "in", "met", "uit"})


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
    # (summary, checklist, reflection), so the last few thousand answers are kept.
    return tuple(s.strip() for s in _segmenter().segment(text) if s.strip())


def warm_up() -> None:
    """Load the sentence splitter and the Dutch lemma dictionary (about half a second)."""
    sentences("Laat ruimte. Echt.")
    is_imperative("Laat ruimte.")


def words(text: str) -> list[str]:
    """The words of ``text``, punctuation dropped."""
    return _WORD.findall(text)


def strip_leading(text: str) -> str:
    """Drop one leading "En"/"Dus"/"Maar" and capitalise what remains."""
    head, _, rest = text.partition(" ")
    if head.lower() in _LEADING and rest:
        text = rest
    return text[:1].upper() + text[1:]


def is_question(sentence: str) -> bool:
    """A real question of the author: ends in "?" outside quotes, three words or more."""
    if not sentence.rstrip().endswith("?"):
        return False
    body = words(sentence)
    if body and body[0].lower() in _LEADING:
        body = body[1:]
    return len(body) >= _MIN_QUESTION_WORDS


def is_imperative(clause: str, *, written_t: bool = True) -> bool:
    """Whether ``clause`` starts (after an optional "En"/"Dus"/"Maar") with an imperative;
    with ``written_t`` also one misspelt with a -t ("Biedt waar mogelijk …")."""
    ws = [w.lower() for w in words(clause)]
    if ws and ws[0] in _LEADING:
        ws = ws[1:]
    if not ws or clause.rstrip().endswith("?") or clause.lstrip()[:1] in _QUOTES:
        return False
    nxt = ws[1] if len(ws) > 1 else ""
    if nxt in _SUBJECTS or ws[0] in _FUNCTION_WORDS or _is_finite(nxt):
        return False
    if nxt == "je" and len(ws) > 2 and _is_verb_form(ws[2]):
        return False  # "Blijf je bouwen": verb, subject, verb is an inversion
    if _is_imperative_verb(ws[0], nxt) or _stem_opens_sentence(clause, ws):
        return True
    # "Biedt waar mogelijk …": an imperative written with the -t of the third person.
    return (
        written_t
        and ws[0].endswith("t")
        and len(ws[0]) > 3
        and _is_imperative_verb(ws[0][:-1], nxt)
    )


_QUOTES = frozenset("“”„\"'‘’«»")


def split_imperatives(sentence: str) -> list[str]:
    """The separate actions in an imperative sentence, or ``[]`` when it is no advice.

    Clauses joined by commas become separate items when each starts with its own
    imperative ("Betrek ze ..., leg uit ..., en geef ..."); any other clause, and one that
    opens with "maar", stays with the one before it.
    """
    if not is_imperative(sentence):
        return []
    parts: list[str] = []
    for clause in split_outside_brackets(sentence.strip(), _COMMA)[::2]:
        # "Probeer zo snel mogelijk, maar pas nadat …": a "maar" clause limits the action.
        if parts and is_imperative(clause) and not clause.lower().startswith("maar "):
            parts.append(clause)
        elif parts:
            parts[-1] = f"{parts[-1]}, {clause}"
        else:
            parts.append(clause)
    return [_finish(strip_leading(p)) for p in parts]


def imperative_tail(sentence: str) -> list[str]:
    """The actions of an imperative clause that follows a statement in the same sentence
    ("Wat je ziet is interessant, maar hou de mogelijkheid open …", "Je hebt … gemaakt, …,
    laat ze dus zien."), or ``[]``. A conditional sentence is left to ``split_condition``."""
    ws = [w.lower() for w in words(sentence)]
    while ws and ws[0] in _LEADING | _TIES:
        ws = ws[1:]
    # A question, a conditional sentence (``split_condition``'s) and a lead-in to what
    # follows ("…, stel jezelf eerst de vraag:") give no item here.
    if not ws or ws[0] in _SUBORDINATORS or sentence.rstrip().endswith(("?", ":")):
        return []
    clauses = split_outside_brackets(sentence.strip(), _COMMA)[::2]
    for n in range(1, len(clauses)):
        # "…, maar hou …" limits the statement with an action; a clause opening with "en"
        # goes on with the statement's subject ("Je hebt …, en heb …").
        clause = re.sub(r"^maar\s+", "", clauses[n], flags=re.IGNORECASE)
        if clause.lower().startswith("en "):
            continue
        cw = [w.lower() for w in words(clause)]
        if len(cw) < 2 or cw[1] in _READER or not is_imperative(clause, written_t=False):
            continue
        # Only after a clause that is complete on its own: it has a finite verb.
        if not any(_is_finite(w.lower()) for w in words(", ".join(clauses[:n]))):
            return []
        return split_imperatives(", ".join([clause, *clauses[n + 1 :]]))
    return []


def _finish(text: str) -> str:
    # An item is a sentence of its own: it ends in punctuation.
    text = text.rstrip(" ,;—–-")
    return text if text[-1:] in ".!?:…" else f"{text}."


@cache
def _lemma(word: str) -> str:
    # Lemma of a lower-case Dutch word.
    import simplemma  # its import takes 50 ms; a build without changed articles needs none

    return str(simplemma.lemmatize(word.replace("’", "'"), lang=_LANG)).replace("'", "’")


def is_function_word(word: str) -> bool:
    """A closed-class word (article, pronoun, preposition, modal …): "een", "je", "met"."""
    return word.lower() in _FUNCTION_WORDS


def lemma(word: str) -> str:
    """The dictionary form of a lower-case Dutch word ("neem" → "nemen")."""
    return _lemma(word)


def _is_imperative_verb(word: str, nxt: str) -> bool:
    # Whether ``word`` can be an imperative (a verb stem), given the word after it.
    if word in _IRREGULAR:
        return True
    if "-" in word:
        return False  # a compound noun ("Miro-bord klaar zetten"), never a verb
    lemma = _lemma(word)
    if lemma != word:
        return _is_infinitive(lemma) and word in _stems(lemma)
    # Nouns that are also verb stems ("vraag", "plan"): a verb when a conjugated form
    # ("vraagt", "plande") lemmatises to an infinitive with this stem; never when a
    # preposition follows ("Opmaak van koppen", "Antwoord op een vraag").
    if nxt in _NOUN_CUES:
        return False
    forms = (word + "t", word + "de", word + "te") if nxt in _OBJECT_CUES else (word + "t",)
    for form in forms:
        inf = _lemma(form)
        if inf != form and _is_infinitive(inf) and word in _stems(inf):
            return True
    return False


def _stem_opens_sentence(clause: str, ws: list[str]) -> bool:
    # "Begin met je advies …", "Plan voor jezelf … extra tijd in.": a verb stem that is also
    # a noun ("begin", "plan") opens a sentence, and nothing else in its first clause is a
    # finite verb (as in "Antwoord op een vraag is …"): the stem is the imperative. A
    # heading or a list fragment without a closing stop ("Opmaak van koppen") is a name.
    word, nxt = ws[0], ws[1] if len(ws) > 1 else ""
    if (
        not clause.rstrip().endswith((".", "!"))
        or "-" in word
        or word in _FUNCTION_WORDS
        or _lemma(word) != word  # a form of another word ("gaat"): _is_imperative_verb's
        or nxt in ("van", "te")  # "Doel van het onderzoek.", "Echt te laten."
    ):
        return False
    # The present tense ("begint") shows the verb; a noun whose plural looks like an
    # infinitive ("plan", "plannen") shows it in the past tense ("plande").
    noun = any(_lemma(p) == word for p in (word + "en", word + word[-1:] + "en"))
    ends = ("t", "de", "te") if noun else ("t",)
    if not any(
        (inf := _lemma(word + end)) != word + end and _is_infinitive(inf) and word in _stems(inf)
        for end in ends
    ):
        return False
    for w in ws[1:]:
        if w in _CLAUSE_ENDS:
            break
        # Plural forms ("zinnen", "collega's") are nouns as often as verbs: not counted.
        if _is_finite(w) and w not in _OBJECT_CUES and not w.endswith("en"):
            return False
    return True


# Words that end a sentence's first clause (for _stem_opens_sentence).
_CLAUSE_ENDS = frozenset(
    {"en", "of", "maar", "want", "dat", "die", "om", "als", "zodat", "omdat", "wanneer"}
)


def _is_finite(word: str) -> bool:
    # A conjugated verb form: its lemma is a different infinitive.
    if not word or (len(word) > 4 and word[-1] == "e" and not word.endswith(("de", "te"))):
        return False  # "interne", "goede": an inflected adjective (a past tense ends -de/-te)
    lemma = _lemma(word)
    return lemma != word and _is_infinitive(lemma)


def _is_verb_form(word: str) -> bool:
    # An infinitive or a conjugated verb.
    return _is_finite(word) or (
        _lemma(word) == word and _is_infinitive(word) and word.endswith("en")
    )


def _is_infinitive(lemma: str) -> bool:
    # Dutch infinitives end in -en or -n (gaan, doen, zien).
    return lemma.endswith("n") and len(lemma) > 2


@cache
def _stems(infinitive: str) -> frozenset[str]:
    # Spellings the stem of a Dutch infinitive can have; the imperative is the stem.
    if infinitive.endswith(("aan", "oen", "ien")):
        short = infinitive[:-1] if infinitive.endswith(("oen", "ien")) else infinitive[:-2]
        return frozenset({short})
    base = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    if len(base) < 2:
        return frozenset({base})
    found = {base}
    if base[-1] == base[-2] and base[-1] not in _VOWELS:  # zegg -> zeg
        found.add(base[:-1])
    vowel, last = base[-2], base[-1]
    digraph = len(base) > 2 and base[-3:-1] in _DIGRAPHS
    if vowel in _VOWELS and last not in _VOWELS and not digraph:  # lat -> laat, creër -> creëer
        found.add(base[:-1] + ("e" if vowel == "ë" else vowel) + last)
    for stem in list(found):  # geev -> geef, lez -> les
        if stem.endswith("v"):
            found.add(stem[:-1] + "f")
        elif stem.endswith("z"):
            found.add(stem[:-1] + "s")
    return frozenset(found)


# Connectives that only tie a sentence to the one before it ("Durf dus …", "Laat dan …").
_TIES = frozenset({"dus", "dan", "echter", "daarom"})
# Subordinators that open a condition ("Als …, doe …") or a subordinate clause.
_CONDITIONS = frozenset(
    {"als", "wanneer", "zodra", "indien", "voordat", "nadat", "zolang", "mocht", "mochten"}
)
_SUBORDINATORS = _CONDITIONS | frozenset({"omdat", "zodat", "terwijl", "waar", "waarin"})
_PREPOSITIONS = frozenset(
    {"in", "op", "met", "bij", "van", "voor", "aan", "door", "over", "naar", "uit", "tot"}
)
# Pronouns that, right after the verb, stand for something said before ("Breng het in.").
_REFERRING = frozenset({"het", "ze", "hen", "dat", "dit", "die", "hem", "haar", "deze"})
_DEMONSTRATIVES = frozenset({"dat", "die", "dit", "deze"})
_READER = frozenset({"je", "jij", "u"})
_FOCUS = frozenset({"juist", "vooral", "zeker", "zelfs", "altijd", "ook"})


def drop_ties(clause: str) -> str:
    """``clause`` without the connectives that tie it to the sentence before.

    "Durf dus te zeggen …" → "Durf te zeggen …"; "informeer de gebruiker dan vooraf" →
    "informeer de gebruiker vooraf". Inside a subordinate clause ("… dat moed belangrijker
    is dan gelijk") nothing is dropped.
    """
    tokens = clause.split(" ")
    out: list[str] = []
    for n, token in enumerate(tokens):
        bare = token.lower().strip(",.;:")
        if bare in _CLAUSE_OPENERS and n > 0:
            out += tokens[n:]
            break
        prev = out[-1].lower().strip(",.;:") if out else ""
        if (
            bare in _TIES
            and token == token.rstrip(",.;:")
            and n + 1 < len(tokens)
            and not (bare == "dan" and _is_comparative(prev))
        ):
            continue
        out.append(token)
    text = " ".join(out)
    return text[:1].upper() + text[1:]


_CLAUSE_OPENERS = _SUBORDINATORS | frozenset({"dat", "wat", "hoe", "waarom", "die", "wie"})


def _is_comparative(word: str) -> bool:
    # "meer", "liever", "belangrijker": a "dan" after it compares ("meer dan nodig").
    if word in ("meer", "minder", "liever", "beter", "eerder", "anders"):
        return True
    return word.endswith("er") and _lemma(word) != word and word.startswith(_lemma(word)[:-1])


def is_condition(word: str) -> bool:
    """Whether ``word`` opens a condition ("Als", "Wanneer", …)."""
    return word.lower() in _CONDITIONS


def consequent_is_advice(clause: str) -> bool:
    """Whether the clause after a condition is advice: "informeer de gebruiker dan …",
    "vraag je dan af …"; not an inversion ("dan houd je …", "kun je het …", "geef je …")."""
    ws = [w.lower() for w in words(clause)]
    if not ws or ws[0] == "dan" or not is_imperative(clause, written_t=False):
        return False
    return not (len(ws) > 1 and ws[1] in _READER and ws[2:3] != ["dan"])


def split_condition(sentence: str) -> tuple[str, str] | None:
    """A conditional sentence as (condition, advice), or None when it gives no advice.

    "Als …, informeer de gebruiker dan …" splits at the comma; without a comma ("Als een
    veld leeg is toon dan …", "Mocht je … stellen doe dit dan …") at the imperative that
    follows the condition's verb and comes with "dan".
    """
    parts = sentence.split(", ")
    for n in range(1, len(parts)):
        rest = ", ".join(parts[n:])
        if consequent_is_advice(rest):
            return ", ".join(parts[:n]), rest
    tokens = parts[0].split(" ")
    low = [t.lower().strip(",.;:") for t in tokens]
    for n in range(2, len(tokens)):
        verb = low[n - 1]
        if "dan" in low[n + 1 : n + 4] and (
            _is_verb_form(verb) or (verb.endswith("en") and _lemma(verb) in _stems(verb))
        ):
            rest = " ".join(tokens[n:])
            if consequent_is_advice(rest):
                return " ".join(tokens[:n]), ", ".join([rest, *parts[1:]])
    return None


def is_negative(text: str) -> bool:
    """Whether a short lead ("Niet doen", "Nooit") says what not to do."""
    return any(w.lower() in ("niet", "nooit", "geen", "vermijd") for w in words(text))


def reader_must(sentence: str) -> bool:
    """Advice for the reader with a modal: "Jij moet het voordoen.", "Bij iedere vraag dien
    je …", "Als …, kun je het beste …"."""
    ws = [w.lower() for w in words(sentence)]
    if ws and ws[0] in _LEADING:
        ws = ws[1:]
    if sentence.rstrip().endswith("?") or len(ws) < 3:
        return False
    if ws[0] in _READER and ws[1] in _MUST:
        return True  # "Jij moet het voordoen."
    for n in range(len(ws) - 1):
        # A modal before "je" is the verb of a main clause: "Bij iedere vraag dien je …",
        # "Als …, kun je het beste …"; "je … moet" at the end is a subordinate clause.
        if ws[n + 1] in _READER and (
            ws[n] in _MUST or (ws[n] in ("kun", "kunt") and "beste" in ws[n + 2 : n + 5])
        ):
            return True
    return False


# "Jij moet …", "dien je …": what the reader has to do.
_MUST = frozenset({"moet", "moeten", "dient", "dien"})


def leaning_pronoun(item: str) -> str | None:
    """The pronoun right after the verb (or after "moet") that stands for something said
    before, as in "Breng het altijd in." or "Jij moet het voordoen."; else None."""
    ws = [w.lower() for w in words(item)]
    if not ws:
        return None
    at = 2 if len(ws) > 2 and ws[1] in ("moet", "moeten") else 1
    if len(ws) <= at or ws[at] not in _REFERRING:
        return None
    if ws[at] == "dat" and any(_is_finite(w) for w in ws[at + 1 :]):
        return None  # "Zorg dat de ruimte netjes is": a conjunction opening a clause
    return ws[at]


def demonstrative_after(item: str) -> str | None:
    """A "dat …"/"die …" noun phrase after a subordinator or preposition ("als dat proces"):
    it points at something said before. Returns the phrase, or None."""
    ws = words(item)
    low = [w.lower() for w in ws]
    for n in range(1, len(ws) - 1):
        if (
            low[n] in _DEMONSTRATIVES
            and low[n - 1] in _SUBORDINATORS | _PREPOSITIONS
            and low[n + 1] not in _SUBJECTS | _READER | _OBJECT_CUES | _FUNCTION_WORDS
            and not _is_finite(low[n + 1])
        ):
            return f"{ws[n]} {ws[n + 1]}"
    return None


def plural_phrase(sentence: str) -> str | None:
    """The last "je/jouw/de/hun … <plural noun>" phrase of ``sentence`` ("je mensen")."""
    ws = words(sentence)
    found = None
    for n in range(len(ws) - 1):
        det, noun = ws[n].lower(), ws[n + 1].lower()
        if det in ("je", "jouw", "de", "hun", "alle") and noun.endswith(("en", "s")):
            lemma = _lemma(noun)
            if lemma != noun and not _is_infinitive(lemma) and noun not in _FUNCTION_WORDS:
                found = f"{ws[n]} {ws[n + 1]}"
    return found


def object_clause(item: str) -> str | None:
    """A closing "wat …"/"hoe …"/"waarom …" clause of an item ("… wat je ziet")."""
    match = re.search(r"\b((?:wat|hoe|waarom|wie)\s[^,;:]+?)[.!]?$", item)
    return match.group(1) if match else None


def is_focus_fragment(sentence: str) -> bool:
    """A short verbless qualifier that belongs to the sentence before it:
    "Juist als het spannend is."."""
    ws = [w.lower() for w in words(sentence)]
    return bool(ws) and ws[0] in _FOCUS and len(ws) <= 8 and not sentence.endswith("?")


def infinitive_phrase(part: str) -> bool:
    """An action written as an infinitive phrase: "signalen opvangen", "tijd nemen voor …"."""
    ws = [w.lower() for w in words(part)]
    if len(ws) < 2 or ws[0] in _FUNCTION_WORDS or part.rstrip().endswith("?"):
        return False
    cut = next((i for i, w in enumerate(ws) if w in ("voor", "die", "dat", "om")), len(ws))
    last = ws[cut - 1] if cut > 1 else ws[-1]
    return last.endswith("en") and _is_infinitive(_lemma(last)) and not _is_finite_only(last)


def _is_finite_only(word: str) -> bool:
    # A plural past or present form that is not the infinitive ("werkten").
    return word.endswith(("ten", "den")) and _lemma(word) != word


def finish(text: str) -> str:
    """An item as a sentence of its own: trimmed, ending in punctuation."""
    return _finish(text)


def answers(sentence: str) -> bool:
    """Whether ``sentence`` answers the question before it: "Laat dan …", "Dan …", "Omdat …"."""
    ws = [w.lower() for w in words(sentence)]
    return bool(ws) and (ws[0] in ("dan", "omdat") or (len(ws) > 1 and ws[1] == "dan"))


# Question words: a question that opens with one asks for content, not yes or no.
_QUESTION_WORDS = frozenset(
    {
        "wat",
        "wie",
        "waar",
        "wanneer",
        "hoe",
        "waarom",
        "welke",
        "welk",
        "hoeveel",
        "hoelang",
        "waarmee",
        "waarover",
        "waarop",
        "waaraan",
        "waarin",
        "waardoor",
        "waarvoor",
        "vanwaar",
    }
)


def is_yes_no(question: str) -> bool:
    """A yes/no question: it opens (after "En"/"Maar") with its verb ("Is je … klaar?",
    "Heb je …?", "Gebruik je …?", "Kijken er mensen mee?"), not with a question word."""
    ws = [w.lower() for w in words(question)]
    if ws and ws[0] in _LEADING:
        ws = ws[1:]
    if len(ws) < 2 or ws[0] in _QUESTION_WORDS or not question.rstrip().endswith("?"):
        return False
    return _is_verb_form(ws[0]) or ws[1] in _READER | _SUBJECTS | {"er"}


def split_and(action: str) -> list[str]:
    """An action joined by "en" to another action becomes two: "Vraag alleen om … en
    informeer …" → two items, when each half is an action of two words or more."""
    pieces = split_outside_brackets(action.rstrip(".!"), _AND)
    if len(pieces) < 3:
        return [action]
    out = [pieces[0]]
    for joint, part in zip(pieces[1::2], pieces[2::2], strict=True):
        if len(words(part)) >= 2 and len(words(out[-1])) >= 2 and is_imperative(part):
            out.append(part)
        else:
            out[-1] = f"{out[-1]}{joint}{part}"
    if len(out) == 1:
        return [action]
    return [_finish(p[:1].upper() + p[1:]) for p in out]


_COMMA = re.compile(r",\s+")
# "en" and "&" join two actions: "Volg best practices … & behaal …".
_AND = re.compile(r"\s+(?:en|&)\s+")
_OPEN, _CLOSE = "([{", ")]}"


def split_outside_brackets(text: str, separator: re.Pattern[str]) -> list[str]:
    """``text`` split at ``separator`` where it is not inside brackets, as
    [part, separator, part, …]: "Bepaal wie de kosten draagt (infrastructuur, support en
    activiteiten)" is one part."""
    depth, cuts = 0, []
    depth_at = []
    for char in text:
        depth_at.append(depth)
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
    for match in separator.finditer(text):
        if depth_at[match.start()] == 0:
            cuts.append(match)
    out: list[str] = []
    start = 0
    for match in cuts:
        out += [text[start : match.start()], match.group(0)]
        start = match.end()
    return [*out, text[start:]]


# Modal verbs and verbs of advice that make a statement read like advice.
_ADVICE_WORDS = frozenset(
    {"moet", "moeten", "hoeft", "hoef", "zorg", "probeer", "belangrijk", "taak", "verstandig"}
)


def looks_like_advice(sentence: str) -> bool:
    """A statement that reads like advice although it is no action for the reader
    ("Het is jouw taak als leider om …", "Wie … moet …"): for the review report."""
    return any(w.lower() in _ADVICE_WORDS for w in words(sentence))
