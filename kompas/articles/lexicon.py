"""The Dutch words the extractor knows: every closed word class in one place.

Data only, no logic (the way spaCy keeps ``lang/nl/stop_words.py``): a Dutch editor can read
and extend a list without reading the parser. Every set is lower case and grouped by
grammar; the line above it says what it is for and which part of the code reads it. No set
holds words of one article: a word belongs here when it belongs to the language.
"""

from __future__ import annotations

# Particles and connectives ---------------------------------------------------------------

# Open a sentence without changing it ("En luister.", "Dus zeg …", "Maar blijf …"): a
# Sentence keeps them apart from its tokens.
PARTICLES = frozenset({"en", "dus", "maar"})
# Open a sentence before a comma, ordering it among others ("Ten slotte, als …, overweeg …"):
# what follows the comma decides.
OPENING_ADVERBIALS = frozenset(
    {
        "ten slotte",
        "tenslotte",
        "tot slot",
        "daarnaast",
        "verder",
        "bovendien",
        "vervolgens",
        "daarna",
        "allereerst",
        "ten eerste",
        "ten tweede",
        "ten derde",
        "tot besluit",
        "kortom",
    }
)
# Point at what follows ("Volg de volgende stappen:", "… als volgt:"): a sentence with one that
# ends in a colon announces the steps, which are the advice.
ANNOUNCERS = frozenset({"volgende", "onderstaande", "hieronder", "hierna", "volgt"})
# The object that, alone before a colon, is what follows ("Doe daarna dit:").
THIS = "dit"
# The determiner that, before the last noun of a lead, points at the entries after it
# ("Vermijd deze valkuilen:").
THESE = "deze"
# Tie a sentence to the one before it ("Durf dus …", "Laat dan …"): left out of an item.
TIES = frozenset({"dus", "dan", "echter", "daarom"})
# Open a short qualifier that belongs to the sentence before ("Juist als het spannend is.").
FOCUS = frozenset({"juist", "vooral", "zeker", "zelfs", "altijd", "ook"})
# Join two actions in one sentence ("Vraag … en informeer …", "Volg … & behaal …").
ACTION_JOINERS = frozenset({"en", "&"})
# "en" after a subject makes it a subject of two ("Daarom moeten u en de rest …").
AND = "en"
# "of" before a subject opens a clause "whether" ("Vraag ze of ze … nodig hebben").
WHETHER = "of"
# Join the actions of a list after a colon ("signalen opvangen, sfeer aanvoelen en …").
LIST_JOINERS = frozenset({"en", "of"})

# Subordinators and conjunctions ----------------------------------------------------------

# Open a condition ("Als …, doe …"): the advice after it keeps the condition.
CONDITIONS = frozenset(
    {"als", "wanneer", "zodra", "indien", "voordat", "nadat", "zolang", "mocht", "mochten"}
)
# Open a subordinate clause other than a condition ("omdat …", "zodat …").
SUBORDINATORS = CONDITIONS | frozenset({"omdat", "zodat", "terwijl", "waar", "waarin", "aangezien"})
# Open a clause of cause or result ("Omdat …, heet dit …"): the main clause after it opens with
# its finite verb, an inversion, never an imperative.
CAUSES = frozenset({"omdat", "doordat", "zodat"})
# Open a concession ("Hoewel …, …"): after it the main clause opens with its finite verb, so a
# verb whose stem is also its third person ("vergroot", "zet") is an inversion, not advice.
CONCESSIONS = frozenset({"hoewel", "alhoewel", "ofschoon"})
# Open a clause inside a sentence, after which no tie word is dropped ("… dat moed …").
CLAUSE_OPENERS = SUBORDINATORS | frozenset({"dat", "wat", "hoe", "waarom", "die", "wie"})
# Open a relative clause after a noun ("leidinggevenden die: …", "Het gedrag wat je doet,
# …"); "wat" for "dat" is colloquial but common.
RELATIVES = frozenset({"die", "dat", "wat", "welke", "waarin", "waarbij", "waarmee", "waarop"})
# Open a closing object clause that "het" may stand for ("… wat je ziet").
OBJECT_CLAUSE_OPENERS = frozenset({"wat", "hoe", "waarom", "wie"})
# End the first clause of a sentence (for a verb stem that is also a noun: "Begin met …").
CLAUSE_ENDS = (
    frozenset({"en", "of", "maar", "want", "dat", "die", "om", "als", "zodat", "omdat", "wanneer"})
    | {"waar", "waarin", "waarop", "waarmee", "waarbij", "terwijl", "voordat", "nadat"}
    | {"aangezien", "doordat", "zodra"}
    | OBJECT_CLAUSE_OPENERS
)
# Open the sentence that answers a question before it ("Dan …", "Omdat …").
ANSWER_OPENERS = frozenset({"dan", "omdat", "nee", "ja"})
# The writers' recommendation after a question answers it ("Wat voor licenties kun je
# gebruiken? Wij bevelen aan om …").
RECOMMEND = frozenset({"bevelen", "raden", "adviseren"})
# A question that closes with one of these asks what now ("Maar soms loop je vast... wat
# dan?"): the text after it answers it.
WHAT_NOW = frozenset({("wat", "dan"), ("wat", "nu"), ("en", "nu"), ("hoe", "dan")})
# Words of a question named in a statement ("Een van de eerste vragen die je stelt … is wie
# is mijn publiek?"): the question is the statement's subject, not asked of the reader.
QUESTION_NOUNS = frozenset({"vraag", "vragen"})
# The reader asking themselves, before the question after a colon.
ASK_ONESELF = frozenset({"afvragen", "afvraagt", "jezelf", "uzelf"})
# Verbs of a lead that has the reader ask someone else the question after its colon ("Vraag
# je collega: 'Wat heb je nodig?'"); "stel" only with "vraag" ("Stel je team de vraag: …"),
# as "Stel: …?" supposes.
ASK_OTHERS = frozenset({"vraag", "check", "peil", "durf"})
PUT = "stel"
DARE = "durf"  # only "Durf te vragen: …?"
ASK_VERB = "vragen"
# "Vraag je af: …?": the reader asks themselves.
OFF = "af"
# The word that, second in a sentence, answers the question before ("Laat dan …").
THEN = "dan"
# An inverted condition's advice has its "dan" among its first words ("…, probeer dan …",
# "…, onderstreep de links dan zeker!").
THEN_WITHIN = 5
WHY = "waarom"

# Pronouns and determiners ----------------------------------------------------------------

# Subjects: a verb-first clause followed by one is a question or an inversion, not advice.
SUBJECTS = frozenset({"jij", "u", "we", "wij", "zij", "hij", "ik", "men", "iemand"})
# "iemand" after a verb stem is its object ("Vraag iemand om …"), after a form in -t or a
# modal its subject ("Heeft iemand …", "Kan iemand …").
SOMEONE = "iemand"
# Who a question asks, right after its verb ("Wat kan ik …", "welke bronnen gebruik je …"):
# with a question word first, a question even without its mark.
ASKED = frozenset({"je", "jij", "jullie", "u", "ik", "we", "wij"})
# "Zie ook …", "Zie hiervoor …", "Zie bijlage 2": a pointer to another part or page, no advice.
SEE = "zie"
POINTING = frozenset(
    {"ook", "hiervoor", "daarvoor", "verder", "hieronder", "hierboven", "bijlage", "hoofdstuk"}
    | {"paragraaf", "pagina", "figuur", "tabel", "afbeelding", "hier", "bijvoorbeeld"}
    # A cross-reference of Jupyter Book / Sphinx kept as text: "Zie {numref}`Figure 2`."
    | {"numref", "ref", "doc", "eq", "figure", "table", "fig"}
)
# The writer in the first person singular, whose verb has the form of an imperative ("Ik
# bekijk …, lees …").
WRITER = frozenset({"ik"})
# The writer and the readers together: "We moeten milder zijn voor elkaar."
WE = frozenset({"we", "wij"})
# The reader ("je", "jij", "u"): "Jij moet …", "dien je …".
READER = frozenset({"je", "jij", "u"})
# Verbs of a lead that only calls attention to the statement after its colon ("Vergeet
# niet: …", "Let op: …", "Onthoud: …", "Zie: …"): no action of their own.
ATTENTION_VERBS = frozenset(
    {"vergeet", "onthoud", "let", "bedenk", "denk", "weet", "realiseer", "besef", "zie", "kijk"}
)
# The prefixes of a past participle ("geïnteresseerd", "benieuwd", "verrast").
PARTICIPLE_PREFIXES = ("ge", "be", "ver", "ont", "her")
# The reflexive pronoun of the third person: after a verb it shows a description ("Richt zich
# op emoties"), never an imperative (that takes "je": "Richt je op …").
ONESELF = "zich"
# The reader addressed formally: "Concentreer u op …" (a reflexive imperative), "…, plaatst u
# dit in …" (advice in the present tense after a condition).
FORMAL_YOU = "u"
# Verbs in the present tense with "u" that say what the reader can, must or will get, not what
# to do ("Als …, kunt u …", "…, krijgt u een melding").
NOT_INSTRUCTIONS = frozenset(
    """
    kunt moet wilt zult zou mag hoeft bent hebt heeft wordt krijgt ziet vindt ontvangt weet
    komt gaat blijft merkt voelt staat loopt lijkt leest hoort
    """.split()
)
# The same verbs as the stem that comes before "je" in an inversion ("…, dan kun je …", "dan
# krijg je …"): the reader can, must or will get something, no instruction.
NOT_INSTRUCTIONS_BEFORE_JE = frozenset(
    """
    kun kan moet wil zal zult zou mag hoef ben heb word krijg zie vind ontvang weet
    kom ga blijf merk voel sta loop lijk lees hoor leer ontdek ervaar snap begrijp ken
    """.split()
)
# Labels in capitals that open a note ("**NOTE** Zoals je …", "LET OP: …"): read past.
CAPITAL_LABELS = ("NOTE", "TIP", "LET OP", "OPMERKING", "WAARSCHUWING", "BELANGRIJK", "NB")
# The informal reader after an inverted verb: "dan vul je … in", "Vind je …,".
INFORMAL_YOU = "je"
# The dummy subject "er" ("Kijken er mensen mee?"): a yes/no question.
THERE = frozenset({"er"})
# Forms of "zijn" that open an inversion with "er" ("Zijn er hiaten, …", "Is er tijd, …").
TO_BE = frozenset({"zijn", "is", "was", "waren"})
# The infinitive "zijn" after an adjective ("bereid zijn om …"), or the possessive.
TO_BE_INF = "zijn"
# Words after "zijn" that show it is the verb, not the possessive before a noun.
NOT_A_NOUN_AFTER = frozenset({"om", "niet", "te", "tot", "voor", "met", "bij", "in", "op", "en"})
# Pronouns for a plural said before ("Betrek ze bij …" after "je mensen").
PLURAL_PRONOUNS = frozenset({"ze", "hen"})
# Pronouns for people said before ("ze", "zij", "hun", "hen"): a sentence that has one
# speaks of people named earlier still.
THEM = frozenset({"ze", "zij", "hun", "hen"})
# Every pronoun that can be the subject of a clause of its own ("of ze …", "… je kunt …").
ANY_SUBJECT = READER | SUBJECTS | THEM
# "het" for a clause said before ("Breng het altijd in." after "… wat je ziet").
IT = "het"
# Pronouns that, right after the verb, stand for something said before ("Breng het in.").
REFERRING = frozenset({"het", "ze", "hen", "dat", "dit", "die", "hem", "haar", "deze"})
# "er" and its pronominal adverbs: right after a verb they point at the object of the
# action before ("Ga naar een website en probeer er doorheen te navigeren").
ER_WORDS = frozenset(
    """
    er erin erop ervan erover eraan ermee erbij erdoor erdoorheen erheen eruit ervoor
    erachter erom ertegen erna
    """.split()
)
# After "ervoor", "eraan": the "er" points ahead at a clause ("zorg ervoor dat …", "denk
# eraan om …"), not back at the action before.
ER_AHEAD = CLAUSE_OPENERS | frozenset({"om"})
# Pronominal adverbs open with these and point at something said before ("Hiermee …",
# "Daarom …").
POINTING_PREFIXES = ("hier", "daar")
# "Ga verder naar: Stappen eerste project op macOS.": on to another page, a pointer.
GO_ON_TO = ("ga", "verder", "naar")
# "Ga verder naar Stap 2.", "… naar het volgende hoofdstuk": a part of the course.
STEPS = frozenset({"stap", "hoofdstuk", "paragraaf", "sectie", "bijlage", "onderdeel", "pagina"})
# Parts of a text a pointer names after its article ("Zie het gedeelte …", "Zie de bijlage").
PARTS = frozenset(
    {"gedeelte", "hoofdstuk", "paragraaf", "sectie", "bijlage", "onderdeel", "pagina", "tabel"}
    | {"figuur", "handleiding", "documentatie", "website", "lijst", "link", "links", "bronnen"}
)
# Demonstratives that point at a noun said before ("als dat proces …").
DEMONSTRATIVES = frozenset({"dat", "die", "dit", "deze"})
# Demonstratives that can stand for a plural said before ("Bestudeer deze …" after "Kopieer de
# artikelen …").
DEMONSTRATIVES_OF_MANY = frozenset({"die", "deze"})
# Determiners before a plural noun that a later "ze" may stand for ("je mensen").
PLURAL_DETERMINERS = frozenset({"je", "jouw", "de", "hun", "alle"})
# Quantifiers before a plural noun: a later "ze" stands for the people or things they pick
# out, not for "some" of them again ("Sommige docenten … Betrek hen …": "Betrek docenten").
QUANTIFIERS = frozenset(
    {"sommige", "enkele", "veel", "vele", "meeste", "meerdere", "bepaalde", "diverse"}
)
# Articles and possessives that open a noun phrase a later pronoun may stand for
# ("Deel de onderzoeksresultaten …, zet het op LinkedIn", "Is je gespreksleidraad klaar?").
DETERMINERS = frozenset(
    {"de", "het", "een", "je", "jouw", "uw", "hun", "zijn", "haar", "ons", "onze", "mijn"}
    | {"deze", "dit"}
)
# The articles: after a verb stem they open its object ("Update de notities"); an inflected
# adjective is never followed by one ("Verplichte velden").
ARTICLES = frozenset({"de", "het", "een"})
# The indefinite article: "een …" introduces something new, it is not what a pronoun refers to.
INDEFINITE = frozenset({"een"})
# Open the clause an anticipatory "het" announces ("Maak het … gemakkelijk om …").
IT_CLAUSES = frozenset({"om", "dat"})
# Question words: a question that opens with one asks for content, not yes or no.
QUESTION_WORDS = frozenset(
    """
    wat wie waar wanneer hoe waarom welke welk hoeveel hoelang waarmee waarover waarop
    waaraan waarin waardoor waarvoor vanwaar
    """.split()
)
# "Hoe" before a comparative compares ("Hoe meer je weet, hoe gerichter je vraagt."): no question.
HOW = "hoe"
# Words before "je"/"u" that are no verb: "Als je …", "Wat je …", "Een tip voor je …".
NOT_VERBS_BEFORE_YOU = (
    CONDITIONS
    | QUESTION_WORDS
    | frozenset(
        {"de", "het", "een", "dat", "die", "voor", "met", "van", "aan", "op", "in", "bij", "naar"}
    )
)
# End the clause whose subject may be infinitives ("Open vragen stellen … leidt tot …"): what
# follows one of these ("Controleer of koppen … worden gebruikt") is another clause.
INFINITIVE_CLAUSE_ENDS = (CLAUSE_ENDS | CLAUSE_OPENERS | QUESTION_WORDS) - frozenset({"en"})

# Prepositions ----------------------------------------------------------------------------

# Prepositions before a demonstrative that points back ("bij dat gesprek").
PREPOSITIONS = frozenset(
    {"in", "op", "met", "bij", "van", "voor", "aan", "door", "over", "naar", "uit", "tot"}
)
# Prepositions that follow an infinitive phrase's verb ("Empathie tonen tegenover anderen",
# "Respectvol zijn ten aanzien van …"); "van" after a verb-first phrase makes it a noun
# ("Publiceren van …").
AFTER_VERB = PREPOSITIONS - {"van"} | {"tegenover", "jegens", "ten"}
# Verbs whose imperative takes "je" as its reflexive pronoun before a preposition ("Verdiep je
# in …", "Meld je aan"); any other verb followed by "je" and a preposition is an inversion
# ("Klik je op het zonnetje, …": you click).
REFLEXIVE_VERBS = frozenset(
    """
    stel meld verdiep bereid vraag realiseer concentreer richt houd hou verplaats beperk focus
    bedenk verzet herinner schaam interesseer ontspan gedraag bekwaam specialiseer abonneer
    oriënteer informeer verdiep zet leg neem vergewis bezin ontferm beroep baseer
    onderscheid lees sluit schrijf geef leef voel maak bemoei wend vergis haast verheug trek
    kleed buig bekommer vermaak ontwikkel presenteer profileer verdedig pas laat schik voeg
    probeer staar hoed
    """.split()
)
# Adverbs that, after a verb and "je", show "je" is the subject ("Denk je daar anders over,
# …", "Ga je zelf rollen toewijzen, …"), as an article does ("Ontwerp je deze structuur goed,
# …"): "je" as "your" stands before a noun.
ADVERBS_AFTER_SUBJECT = frozenset(
    {"daar", "hier", "zelf", "nu", "ook", "al", "er", "eens", "echt", "vaak", "graag"}
    | {"altijd", "nooit", "straks", "later", "eerst", "vervolgens", "daarna", "dus", "wel"}
    # "Gebruik je bijvoorbeeld rood, …", "Gebruik je meer slides, …"
    | {"bijvoorbeeld", "daarnaast", "bovendien", "namelijk", "meer", "minder", "veel"}
)
# Endings of an adjective used as an adverb: uninflected after "je" ("Gebruik je letterlijk
# teksten …"), it shows "je" is the subject; "your" would take "letterlijke".
ADVERB_ENDINGS = ("lijk", "ig", "baar", "isch", "loos", "zaam")
BE = "zijn"
# Verb stems that are also adjectives: before a bare noun and nothing else ("Open
# omgeving.") they describe it.
ADJECTIVE_STEMS = frozenset({"open", "leeg", "los", "vrij", "dicht", "kort", "droog", "warm"})
# Plural forms of auxiliaries, finite verbs that look like infinitives ("Niet alle
# resultaten zullen relevant zijn, …"): a clause with one is complete.
# At most this many words, without a verb, between two commas make an entry of a list.
LIST_ENTRY_WORDS = 3
# Light verbs that make a phrase with the noun before them ("Gebruik maken van …",
# "Rekening houden met …", "Contact opnemen"): after the noun such an infinitive shows an
# infinitive phrase, no imperative ("Gebruik" is the noun, not "use").
LIGHT_VERBS = frozenset(
    {"maken", "houden", "nemen", "opnemen", "geven", "hebben", "krijgen", "leggen", "voeren"}
)
# Verbs whose imperative takes a bare infinitive right after it ("Laat maken …", "Ga zitten",
# "Blijf oefenen", "Leer luisteren").
BARE_INFINITIVE_VERBS = frozenset(
    {"laat", "ga", "blijf", "kom", "help", "leer", "durf", "hoor", "zie", "voel", "doe"}
)
# A verb in the third person singular that does not end in -t: after infinitives as the
# subject ("Eigen logo verwerken kan lastig zijn.") it makes a statement.
SINGULAR_VERBS = frozenset({"kan", "zal", "mag", "wil", "is", "was"})
PLURAL_AUXILIARIES = frozenset({"zullen", "moeten", "kunnen", "willen", "mogen", "hebben"})
# Reflexive pronouns: after "je" they show "je" is the subject ("Vraag je jezelf af …, dan …").
SELVES = frozenset({"jezelf", "zichzelf", "uzelf"})
# "je eigen …" is "your own …" ("Gebruik je eigen woorden."), though "eigen" looks like an
# infinitive.
OWN = "eigen"
# Auxiliary and modal verbs: before "je" they open a question or an inversion ("Heb je de link
# al bezocht, …", "Wil je …", "Dus kun je …"), never an imperative with "je" as "your" ("Geef
# je team …").
AUXILIARIES = frozenset(
    {"heb", "ben", "wil", "kan", "kun", "zal", "zul", "moet", "mag", "hoef", "kunt", "zult"}
    | {"wilt", "zou", "hoeft", "dien", "dient", "hebt", "bent", "word", "wordt", "kon", "mocht"}
    | {"moest"}
)

# After a word that is both noun and verb stem, these show the noun ("Opmaak van koppen",
# "Antwoord op een vraag").
NOUN_CUES = frozenset({"van", "vanuit", "op", "in", "met", "uit"})
# After a stem opening a sentence, these show a name or a fragment ("Doel van het …",
# "Echt te laten.").
NAME_CUES = frozenset({"van", "te"})
# End the infinitive part of an action phrase ("tijd nemen voor gesprekken").
PHRASE_ENDS = frozenset({"voor", "die", "dat", "om"})

# Words that follow a verb ----------------------------------------------------------------

# Follow a verb but never a noun subject ("Plan er tijd voor in", "Vraag je team").
OBJECT_CUES = frozenset(
    """
    er je ze het een de dat dit dus dan eens jezelf hem haar ons hun mij me
    geen uw jouw deze alle elke iedere
    """.split()
)

# Verbs -----------------------------------------------------------------------------------

# Imperatives that no spelling rule derives from the infinitive, or whose infinitive the
# lemmatiser reads as another word ("wijzen" as the adjective "wijze").
IRREGULAR_IMPERATIVES = {"wees": "zijn", "hou": "houden", "wijs": "wijzen"}
# Adverbs and adjectives that open a sentence and share their spelling with a verb stem
# ("goeden", "ergeren"): "Goed genoeg om …", "Erg handig." are no imperatives; nor are nouns
# made of a separable verb's particle and stem ("aanpak": the imperative is "pak … aan").
NEVER_IMPERATIVES = frozenset(
    {"goed", "erg", "best", "echt", "zeker", "vooral", "zelfs"}
    | {"aanpak", "opzet", "uitleg", "inzet", "aanleg", "opbouw", "afloop", "uitvoer"}
    | {"bedankt", "dank", "even", "tip", "tips"}
    # "Heel saai.", "Weer een punt …", "Klaar om …", "Rijk aan …", "Verschil tussen …": an
    # adverb, adjective or noun far more often than the rare verb ("helen", "weren").
    | {"heel", "weer", "klaar", "rijk", "verschil"}
    # "Band met opdrachtgevers": a noun (the imperative of "binden" is "bind"); "Top, hier kan
    # ik wat mee!": an interjection.
    | {"band", "top"}
    # "Haar werk sluit aan …", "Nauw overleg is essentieel.": a possessive and an adjective;
    # "Bevat de huidige state …" describes (no one is told to contain).
    | {"haar", "nauw", "bevat"}
    # "Plus wendbare leidinggevenden die: …": "plus" adds, it never tells ("plussen"); "Vlak
    # voor een release …" is "just before"; "Belang binnen Scrum" a noun.
    | {"plus", "vlak", "belang"}
)
# Particles of separable verbs: "Voorstel voor …", "Afval", "Uitleg" put the particle before
# the stem, which an imperative never does ("Stel … voor"): a noun. ("in", "na", "over",
# "door", "onder" also open inseparable verbs: "Informeer", "Navigeer", "Overleg".)
SEPARABLE_PARTICLES = tuple("op af uit mee terug toe weg samen neer aan voor".split())
# A sentence may end in these as the particle of its verb: the particles above and "om"
# ("Keer de volgorde om.", "Ga bewust met je data om."), which also opens inseparable verbs
# ("Omschrijf …") and so is no noun's mark.
FINAL_PARTICLES = frozenset({*SEPARABLE_PARTICLES, "om"})
# Verbs with such a particle that do not separate: their stem is the imperative.
INSEPARABLE = frozenset({"voorkom", "voorspel", "voorzie", "aanvaard", "aanbid"})
# Words for a part of a month ("Begin november was …", "Eind mei"): a time, no imperative.
MONTH_PARTS = frozenset({"begin", "eind", "half", "medio"})
# Periods after such a word ("Eind jaren negentig"; not "Begin deze week met …", advice).
PERIODS = frozenset({"jaren"})
MONTHS = frozenset(
    """
    januari februari maart april mei juni juli augustus september oktober november december
    """.split()
)
# How an infinitive ends: -en, or -n after a long vowel ("gaan", "doen", "zien", "zijn").
INFINITIVE_ENDINGS = ("en", "aan", "ijn")
# What the reader has to do ("Jij moet …", "dien je …").
MUST = frozenset({"moet", "moeten", "dient", "dien"})
# Finite verbs whose form stays the same when "je" moves before them ("mag je" → "je mag").
SAME_AFTER_JE = frozenset({"mag", "kan", "zal", "wil", "zou", "kon", "mocht", "moest", "wou"})
# "moet" between a verb and its pronoun ("Jij moet het voordoen.").
MOET = frozenset({"moet", "moeten"})
# "kun je het beste …": advice for the reader.
CAN = frozenset({"kun", "kunt"})
# "zul je … moeten": what the reader will have to do, advice.
WILL = frozenset({"zul", "zult", "zal"})
# "kun je het beste …", and the Flemish "U kunt … best … gebruiken" ("you had best").
BEST = frozenset({"beste", "best"})
# After an inverted "kun je" only "beste" says so: "Soms kunt u best … verwachten" is "may
# well".
BEST_INVERTED = "beste"
# "kan" before its subject is also "kan je" of a possibility; after it ("Je kan best …")
# it goes with "best" as "kunt" does.
CAN_AFTER_READER = frozenset({"kun", "kunt", "kan"})
# After the reader and a verb in the present tense, the Flemish "best" ("Je neemt best
# contact op": you had best), unless a word of degree follows ("best veel": quite a lot).
HAD_BEST = "best"
DEGREE = frozenset(
    {"veel", "wel", "vaak", "goed", "snel", "lang", "groot", "klein", "leuk", "druk", "lastig"}
    | {"moeilijk", "spannend", "zwaar", "eng", "raar", "mooi", "prima", "aardig", "wat"}
)
# Words that make a statement read like advice although it is no action for the reader.
ADVICE_WORDS = frozenset(
    {"moet", "moeten", "hoeft", "hoef", "zorg", "probeer", "belangrijk", "taak", "verstandig"}
)
# The infinitive's "te" ("om deze te delen"): the word after it is a verb, not a noun.
TO = "te"
# "om … te": a purpose clause ("momenten om elkaar aan het werk te zien").
FOR_TO = "om"
# "Stel je voor (dat …)", "Stel u voor": the reader is asked to imagine, not to act (unlike
# "Stel je voor aan de groep").
IMAGINE = ("stel", "voor")
# A lead before a colon that names questions ("Vragen die aan de orde komen: Hoe …?"): the
# questions after it are the author's.
QUESTIONS = "vragen"
# The third person of "zijn" ("Focus bewaren … is best lastig.").
IS = "is"
# "Wordt de tekst …": the third person of "worden", never a misspelt imperative.
BECOMES = "wordt"
# "Stel dat …": suppose that.
THAT = "dat"
# Prepositions of time: a present tense with "je" after the moment they name instructs the
# reader ("Tijdens de review geef je een demonstratie …", "Na het gesprek stuur je …").
MOMENTS = frozenset({"tijdens", "na", "gedurende", "vóór", "in", "per"})
# Adverbs of sequence before a present-tense instruction ("Vervolgens voeg je …", "Ook dan
# zet je …"; not "Ook al geef je …", a concession).
NEXT_STEPS = frozenset({"vervolgens", "daarna", "daarnaast", "eerst"})
ALSO_THEN = ("ook", "dan")
# "Bij het schrijven … richt je je …": the moment is an action, an infinitive after "het"
# ("Bij Docker Compose maak je gebruik van …" describes a tool).
AT_DOING = ("bij", "het")
# Parts of the text itself: after "In het voorbeeld …" a present tense describes what it shows.
PARTS_OF_THE_TEXT = frozenset(
    {"voorbeeld", "bovenstaande", "onderstaande", "code", "artikel", "hoofdstuk", "blog"}
    | {"video", "tekst", "demo", "afbeelding", "figuur", "tabel", "screenshot", "stuk"}
)
# "zorg je"/"zorgt u" in the present tense: the reader sees to something ("Ook zorg je …").
SEE_TO = frozenset({"zorg", "zorgt"})
# A lead-in with a word that starts so names examples of text ("Mogelijke vervolgvragen:",
# "Voorbeeldprompts:", "Voorbeelden:"): the list after it is what to write or say.
EXAMPLE_STEMS = ("voorbeeld", "vervolgvra", "prompt")
# "laat staan" in a sentence means "let alone": it adds to a statement, it asks for nothing.
LET_ALONE = ("laat", "staan")
# "…, denk aan het maken van sketchnotes …" after a statement: "for example", no advice.
THINK_OF = ("denk", "aan")
# "Denk bijvoorbeeld aan …", "Denk daarbij aan …", "Denk maar (eens) aan …": what follows
# are examples.
FOR_EXAMPLE_HERE = frozenset({"bijvoorbeeld", "daarbij", "hierbij", "onder", "meer", "maar"})
# May stand between "Denk maar" and "aan" ("Denk maar eens aan …").
JUST = "eens"
# "laat" before "het" and an infinitive makes the infinitive a verb ("Laat het gebeuren").
LET = frozenset({"laat", "laten"})
# Copulas: "Wees specifiek." says too little without what to be specific about.
COPULAS = frozenset({"wees", "blijf", "word"})
# Link a noun to itself in an adverbial ("les voor les", "stap voor stap", "dag na dag").
REPEAT_LINKS = frozenset({"voor", "na", "om", "aan", "bij", "op", "tot"})
# Verbs before "dat" and a fact the reader is to keep in mind ("Vergeet niet dat …", "Merk op
# dat …", "Realiseer je dat …").
REMEMBER_VERBS = frozenset({"vergeet", "onthoud", "bedenk", "realiseer", "besef", "merk", "weet"})
# Tags that turn a statement into a request for agreement ("…, nietwaar?", "…, toch?").
AGREEMENT_TAGS = (", nietwaar", ", toch", ", hè", ", of niet", ", niet dan")
# "Hoe fijn zou het zijn …?" (HOW, above, then these): an exclamation in the form of a question.
WOULD_IT_BE = ("zou", "het", "zijn")
# "Heb je na het lezen van dit bericht …?": a question about the post itself, a teaser.
AFTER_READING = "na het lezen van dit"
# "Wist je dat we ook teams trainen …?", "Maar wist u dat …?": a fact told as a question.
DID_YOU_KNOW = frozenset(("wist", reader, "dat") for reader in READER)
# "Laat het me weten", "Laat het ons weten!": the writers ask to hear from the reader, a call
# to them, not advice to act on.
# Ties and softeners inside such a call ("Laat het mij dan gerust weten!").
SOFTENERS = frozenset({"dan", "gerust", "even", "vooral", "zeker", "dus", "ook"})
TO_THE_WRITERS = (
    *("laat het me weten", "laat het mij weten", "laat het ons weten", "laat ons weten"),
    # Calls to get in touch with the writers: "Neem contact met ons op!", "Bel ons …".
    *("neem contact met ons op", "neem contact met mij op", "neem contact op met ons"),
    *("bel ons", "bel mij", "mail ons", "mail mij", "e-mail ons", "volg ons", "stuur ons"),
    # Calls to comment on the post: "Laat je reactie achter!".
    *("laat je reactie achter", "laat een reactie achter", "laat hieronder een reactie achter"),
    *("laat hieronder je reactie achter", "reageer hieronder"),
)
# "Ken jij nog meer valkuilen?", "Heb je nog andere tips?": the writer asks the reader to add to
# the post (in the comments): these verbs first, the reader, then MORE.
KNOW_OR_HAVE = frozenset({"ken", "kent", "heb", "hebt", "weet"})
MORE = frozenset({("nog", "meer"), ("nog", "andere")})
NEED = "nodig"
# "verzoeken wij u …", "vragen we je …": the writers ask the reader to do something.
WE_ASK = frozenset({"verzoeken", "vragen"})
# "We verwachten dat je:" before a list: the writer expects of the reader what each entry
# says ("- op tijd bent"); with "vragen" and "verwachten" the writer asks it.
WE_EXPECT = WE_ASK | {"verwachten", "verwacht"}
# After such a lead, "Je komt je afspraken na." is expected of the reader; these verbs say
# what the reader can, may or will get instead ("Je krijgt een mentor.").
NOT_EXPECTED = frozenset({"kunt", "kan", "mag", "hoeft", "zult", "zal", "zou", "krijgt", "wordt"})
# "U wordt verzocht om … te …", "Er wordt van u verwacht dat u …": the request in the passive,
# to the reader.
REQUESTED = frozenset({"verzocht", "gevraagd", "aangeraden", "geadviseerd", "verwacht"})
PASSIVE = "wordt"
# "Mijn advies is om … te …", "Onze tip is om …", "Het advies is om …": the writer's advice,
# named as such.
ADVICE_NOUNS = frozenset({"advies", "tip", "raad", "aanrader", "aanbeveling"})
IN_ORDER_TO = "om"
WHOSE_ADVICE = frozenset({"mijn", "ons", "onze", "het", "de"})
# A lead that names questions ("deze vragen:", "Reflectievragen:"): its list asks them.
QUESTION = "vraag"  # (and QUESTIONS, above)
# Before such a noun they point at what follows ("de volgende vragen", "deze vragen").
POINTING_AT_WHAT_FOLLOWS = frozenset({"volgende", "deze", "onderstaande", "hiernavolgende"})
# Verbs of a lead that only has the reader ask or answer the questions after it.
ASKING_VERBS = frozenset({"stel", "beantwoord", "ga", "gebruik", "bespreek", "overweeg"})
# "Wij raden u aan om …", "Ik adviseer je …", "We vragen je om …": the writer (one or more)
# first, then a verb that asks or advises, then the reader.
WRITERS_ADVISE = frozenset(
    {"raden", "raad", "adviseren", "adviseer", "vragen", "vraag", "verzoeken", "verzoek"}
)
# Figures of speech in the imperative: the writer talks, the reader is asked to do nothing.
FIGURES_OF_SPEECH = ("begrijp me niet verkeerd", "geloof me", "neem nou", "zeg nou zelf")
# The imperative of "zijn": before "u" it takes its reflexive pronoun ("Wees u bewust van …").
BE_IMPERATIVE = "wees"
# Traits of a person: after a copula they say all there is to say ("Wees eerlijk.", "Blijf
# geduldig.", "Wees kwetsbaar."), unlike "Wees specifiek." (about what?).
TRAITS = frozenset(
    """
    eerlijk oprecht open geduldig pragmatisch nieuwsgierig origineel voorspelbaar zichtbaar
    aanwezig betrouwbaar consequent respectvol vriendelijk behulpzaam beschikbaar bereikbaar
    transparant authentiek kwetsbaar positief creatief flexibel bescheiden realistisch
    assertief proactief empathisch integer rechtvaardig dankbaar oplettend responsief
    klantgericht rustig kalm standvastig betrokken benaderbaar geweldig collaboratief
    constructief coöperatief communicatief inclusief attent tactvol zorgvuldig loyaal
    hulpvaardig beleefd hoffelijk professioneel begripvol gastvrij ruimdenkend
    """.split()
)
# Say what not to do in a short lead ("Niet doen:", "Nooit:", "Vermijd:").
NEGATIONS = frozenset({"niet", "nooit", "geen", "vermijd"})
# With a negation, a lead before a list says its entries are what not to do ("Dit moet je
# niet doen:", "Wat niet werkt:"); "Don'ts:" says it alone.
NOT_TO_DO = frozenset({"doen", "werkt", "vermijd", "vermijden"})
DONTS = frozenset({"don'ts", "donts", "dont's", "don’ts"})

# Adverbs ---------------------------------------------------------------------------------

# Go on with a list of instructions: a present tense after one instructs the reader ("Ook
# zorg je …", "Daarna zorg je …"), unlike a means or result ("Door …", "Zo zorg je …").
SEQUENCE = frozenset(
    {"ook", "daarna", "vervolgens", "verder", "daarnaast", "tevens", "eerst", "bovendien"}
)
# Open the next step of a procedure in the present tense ("Daarna vat je samen …"): the
# sentence before it, "Je begint met …", is its first step.
NEXT_STEP = frozenset({"daarna", "vervolgens", "dan", "daarop", "tenslotte"})
# "Daarom test je …": what the reader does because of what was just said, advice.
THEREFORE = frozenset({"daarom"})

# Adverbs and separable particles that follow an object pronoun, never a noun: after "het" or
# "die" they show that the pronoun stands alone ("Laat het daarna los", "Zet het op …").
ADVERBS = frozenset(
    """
    daarna eerst nu straks samen zelf snel goed even meteen direct vaak liever graag daar weer
    terug los vast mee af uit opzij weg neer toe zoveel steeds regelmatig opnieuw
    """.split()
)
# Superlatives that make "het" part of an adverb ("Benoem het liefst een penvoerder").
SUPERLATIVES = frozenset({"liefst", "best", "meest", "minst"})
# Endings of adjectives ("menselijk", "rustig", "zichtbaar"): a pronoun before one stands alone.
ADJECTIVE_ENDINGS = ("lijk", "ig", "isch", "baar", "loos", "zaam", "rijk", "vol")
# Comparatives without the -er of most ("meer dan nodig"): a "dan" after them compares.
COMPARATIVES = frozenset(
    {"meer", "minder", "liever", "beter", "eerder", "anders", "ander", "andere"}
)

# Closed-class words ----------------------------------------------------------------------

# Prepositions, adverbs, pronouns, articles and modals that the lemmatiser may map onto a
# rare verb ("in" -> "innen", "wel" -> "wellen", "indien" -> "indienen", whose imperative is
# "dien … in"): never an imperative, never a content word when two items are compared.
FUNCTION_WORDS = frozenset(
    """
    aan achter al alle als alleen altijd ben bij dan dat de deze die dit door een eens
    en er geen het hier hoe ik in is jij je jouw kan maar met mag meer mijn moet na naar
    niet niets nog nooit nu of om onder ook op over te tegen toch tot uit van veel voor
    waar wanneer want wat wel welke wie wij wil zal ze zij zijn zo zonder zou
    indien naast tussen binnen buiten sinds vanaf volgens via ondanks behalve dankzij mits
    """.split()
)
# Closed word classes together: a word in none of them may be a noun or an adjective
# ("Stel het technisch ontwerp op", "een usability vuistregel").
CLOSED_CLASSES = FUNCTION_WORDS | ADVERBS | PREPOSITIONS | LIST_JOINERS
# Words the evaluation leaves out when it compares an item with the gold annotation
# (kompas/evaluation/fidelity.py): function words and linking particles; negations stay.
STOP_WORDS = frozenset(
    """
    de het een en of van in op te om aan met voor door bij tot uit naar over als dat die
    dit deze dan dus ook wel echter daarom toch nog maar want je jij jouw u uw ze zij
    hij we wij er is zijn was wordt worden kan kunnen hier daar bv bijvoorbeeld zo
    """.split()
)

# Fixed names that open with a verb stem but are nouns ("Open source beheerdersactiviteit",
# "Open source-werk heeft …", Scrum's "Sprint Planning, Daily Scrum, …"): never an
# imperative.
NOUN_PHRASES = frozenset(
    {("open", "source")}
    | {("sprint", w) for w in ("planning", "review", "retrospective", "backlog", "goal", "doel")}
)
# English function words: an item made of them is a quote's English original, no Dutch advice.
ENGLISH = frozenset(
    """
    the of to and you your for with that this are be not from by an it its was were will would
    can't don't isn't doesn't didn't do does did have has had ever but been where everyone else
    our any who what how why they their there into about just my his them these those which
    than some should could must it's i'm you're we're a or if on so all
    """.split()
)
# Compounds written with a space and a hyphen ("open source-projecten", "ad hoc-besluit"): the
# part before the hyphen has at least this many letters, the part after it at least the second
# ("e-mail", "back-ups" and "up-to-date" are one word of their own).
COMPOUND_PARTS = (3, 5)
# Headings that point to other pages ("## Zie ook", "## Lees meer"): though some open with a
# verb stem, they give no advice of their own and make no principle.
POINTER_HEADINGS = frozenset(
    {"zie ook", "lees ook", "lees meer", "meer lezen", "verder lezen", "bekijk ook", "meer weten"}
)
# A table's first column with one of these headers holds advice ("| Doen | Niet doen |"); any
# other first column names the case the other columns answer.
DO_HEADERS = frozenset({"doen", "wel doen", "wel", "do"})
# Name conduct: a list after a lead that names it ("Voorbeelden van gedrag dat bijdraagt aan
# een positieve omgeving:") lists what to do, unless the lead names unwanted conduct.
BEHAVIOUR = frozenset({"gedrag", "gedragingen", "houding", "omgangsvormen"})
# Say that conduct is unwanted ("Voorbeelden van onaanvaardbaar gedrag zijn:").
UNWANTED = frozenset(
    """
    onaanvaardbaar onaanvaardbare onacceptabel onacceptabele ongewenst ongewenste ongepast
    ongepaste ontoelaatbaar ontoelaatbare grensoverschrijdend grensoverschrijdende verboden
    schadelijk schadelijke
    """.split()
)
# Nouns of quantity: with the noun after them they are one phrase ("een aantal voorbeelden").
QUANTITIES = frozenset({"aantal", "paar", "reeks", "handvol", "stel", "serie", "lijst"})
# Words an item cannot end with: it was cut off in the middle of a phrase ("…, en.", "… van.").
DANGLING = frozenset({"en", "of", "maar", "van", "de", "het", "een", "te", "om", "met", "voor"})

# Spelling and punctuation ----------------------------------------------------------------

# Vowel letters (the stem of "creëren" is "creëer").
VOWELS = frozenset("aeiouë")
# Two letters for one vowel sound: after them the stem's vowel is not doubled ("benoem").
# Other vowel pairs are two syllables: "evalueren" → "evalueer", "situeren" → "situeer".
DIGRAPHS = frozenset({"aa", "ee", "oo", "uu", "ie", "eu", "oe", "ou", "ei", "ij", "ui", "au"})
# Particles and adverbs that add nothing to a verb on its own ("Let op.", "Let wel.", "Kijk
# uit.", "Doe mee."): such an item is a one-word action. Not "door": "Vraag door.", "Zet
# door." are actions of their own.
BARE_PARTICLES = frozenset(
    {"op", "wel", "uit", "na", "mee", "af", "maar", "eens", "even", "toch", "nou", "dan"}
    | {"hier", "daar", "er", "goed", "zo", "wat"}
)
# "Ga (zo) door.": after "ga", "door" adds nothing either.
GO = "ga"
GO_ON = frozenset({"door"})
# Abbreviations that introduce what follows and so never end a sentence: the sentence splitter
# cuts after them when a capital or a quote follows ("bv. “De voornaam is verplicht”"), and
# the sentences are joined again (articles.nlp.sentences). "enz.", "etc." can end one: not here.
NEVER_FINAL = frozenset(
    {"bv.", "bijv.", "b.v.", "vb.", "o.a.", "m.a.w.", "d.w.z.", "i.p.v.", "t.o.v.", "m.b.t."}
    | {"zgn.", "z.g.", "t.a.v.", "m.b.v.", "a.d.h.v.", "vgl.", "nl.", "resp.", "ca.", "incl."}
)
# Words that close an enumeration ("tekst, lengte, figuren, opmaak etc."): a clause that
# ends in one is the list's last entry, not an action.
ET_CETERA = frozenset({"etc", "enz", "enzovoort", "enzovoorts", "e.d", "ed"})
# Words before a colon that an example follows ("Geef context, bijvoorbeeld: …"): the colon
# ends no lead, and what follows it is the example, not more actions.
FOR_EXAMPLE = frozenset({"bijvoorbeeld", "bv", "bijv", "zoals"})
# Quotation marks: a sentence that opens with one quotes someone, it gives no advice.
QUOTES = frozenset("“”„\"'‘’«»")
# The same as one string, to strip from a quoted question's end.
QUOTE_MARKS = "".join(sorted(QUOTES))
# First words that are no object put before an instruction's verb ("Met de demo test je …",
# "Zo zorg je …", "Dit doe je door …" say how, not what).
NOT_AN_OBJECT = (
    PREPOSITIONS
    | ADVERBS
    | SUBORDINATORS
    | DEMONSTRATIVES
    | SUBJECTS
    | READER
    | QUESTION_WORDS
    | MOMENTS
    | NEXT_STEPS
    | THEREFORE
    | {"zo", "dan", "toen", "hier", "ook", "daarmee", "hiermee", "daardoor", "hierdoor", "soms"}
    | {"meestal", "altijd", "nooit", "misschien", "waarschijnlijk", "natuurlijk", "wel", "niet"}
    | {"om", "anders", "deels", "persoonlijk", "er", "het"}
)
# "Alles wat belangrijk is, noteer je …": an object put first before its comma.
ALL = frozenset({"alles", "al"})
# Words after "je" that show it is the subject, not "your" ("zet je in …", "zet je de …").
AFTER_SUBJECT_YOU = (
    PREPOSITIONS | ARTICLES | DEMONSTRATIVES | BARE_PARTICLES | ADVERBS | ADVERBS_AFTER_SUBJECT
)
