"""Decide, for each quote span, who said it (a mention in the text), with which cue and through which outlet.

Ordered, named sieves; the first that fits wins and its name goes into the row's ``method``:

1. ``skip:boilerplate``   quotes in link lists and page furniture are never attributed; ``skip:stage-direction``
                          ``(APPLAUSE.)``, ``"VIDEO: …``; ``skip:nickname`` a nickname in marks inside a name
                          (``Mary "Molly" Ward``); ``skip:title`` a title-case name of a show, book or film
                          (``told WNRT's "Morning Report"``); ``adj:transcript-label`` ``"HOLT: ...``;
                          ``adj:digest-headline`` a news digest's item, ``HOW THE FLEET WAS SAVED "..." [Herald.]``:
                          the headline is the mention (no speaker), the bracket the outlet; ``adj:qa-answer`` an
                          interview's ``A: "..."`` after ``Q: ...``: the label is the mention, the interviewee
                          (the one person named before the first question) the speaker
2. ``adj:after`` / ``adj:before``  a name or pronoun next to a speech verb at the marks (``"...," Name said``,
                          ``Name, the coach, answered``; ``X said: "..."``, also a block quote after a
                          paragraph ending in a colon): unambiguous, so trusted over a shaky parse; not when
                          the quote ends its sentence and the verb begins a new one (``"..." He added, "..."``);
   ``adj:signature``      a quote signed with a dash: ``"..." ― Jane Roe``, also on a line of its own after the
                          quote's paragraph (``- Jane Roe.``, ``- Jane Roe, Ferry Town.``)
   ``adj:unclosed-tail``  a quote its writer never closed runs to its paragraph's end over its own attribution:
                          ``"There was no warning, said Jane Roe, who …`` (the inverted or plain cue after a comma)
   ``adj:issuer``         the lead-in names a document and who put it out (``Roe released a statement
                          saying, "..."``): the one who issued it
3. ``dep:ancestor``       a speech verb governs the quote (``X said (that) ... '...'``, ``X told AFP "..."``,
                          ``which he described as '...'``, ``X praised Y for '...'``, ``X was quoted as saying``)
4. ``dep:parataxis``      the quote is the main clause and the speech verb hangs off it (``"...," X said``)
   ``dep:reported-by``    either of the above, relayed by an outlet: ``X said ..., the news agency reported``
   ``adj:after-phrase``   ``"...," a phrase with no verb in it, then a speech verb``, the parser having tied
                          neither to the quote (a long quote before a long name)
   ``dep:as-clause``      ``As X put it, the plan is "..."`` / ``..."a fair deal," as a city memo put it``
5. ``adj:name-colon``     ``Name: "..."`` after a line start, a dash, ``from`` or another quote, or a transcript
                          line opening with a role (``Former deputy mayor Jane Roe:"..."``);
   ``dep:colon``          a clause ending in a colon introduces the quote, whatever its verb
                          (``X responded: "..."``), or in a dash before a whole quoted sentence that ends
                          its own (``X defended the toll -- "Every boat pays its share."``);
   ``adj:lead-colon``     a name and a short phrase with no verb before the colon (``Roe on the toll: "..."``,
                          ``Roe, in a statement: "..."``, ``Roe's letter to the board: "..."``);
                          ``dep:according-to``: ``..., according to X``;
                          ``dep:nearest-cue``: no tree link, but a speech verb with a subject earlier in
                          the same sentence (a long sentence the parser got wrong); ``adj:closing-report``:
                          ``..., the lawsuit alleges.`` read by word form; ``adj:headline-colon``;
                          ``adj:sentence-subject``: the sentence opens ``Name(, aside,) verb`` and the
                          parser lost that subject; ``adj:headline-verb``: a title-case headline
                          (``Roe Calls Plan 'A Shambles'``, ``... 'Too Late,' Roe Says``); ``adj:speech-tag``:
                          ``"…," glowed Roe`` / ``"…?" he returned``, a subject and a past-tense verb with no
                          object right after a quote closed on a comma, ``?`` or ``!``; ``dep:possessor``:
                          a quote held by a noun for words has its possessor as speaker (``Roe's attack on
                          "..."``, ``Roe's slogan is "..."``); ``dep:clause-subject``: a partial quote with no
                          speech verb borrows its clause's subject (not a capitalised name or title)
6. ``cont:multi-para``    the second paragraph of a multi-paragraph quote
7. ``cont:same-sentence`` ``"...," X said, adding that ... "..."``: a subjectless speech participle after X's cue;
                          or the second half of a split quote (``"…," continued the brief, "is …"``);
   ``cont:coordinated``   ``X called it "..." and "..."``: a quote joined to the one before by *and* that found no
                          speaker of its own, or only a speech verb further from both, is the first one's;
   ``cont:previous``      a quote-only sentence continues the last speaker of this or the previous paragraph;
   ``cont:cue-sentence``  or, failing that, the subject of a speech verb in the sentence just before it (or of a
                          person's reaction with no words of its own: ``Berg disagreed. "…"``);
   ``cont:subject-before`` or the person (a name, *he*, *she*) the sentence just before it, in its paragraph, is
                          about: ``Berg was defiant. "…"``, ``Vance had a message for the council. "…"``
8. ``none``               scare quotes, titles, nicknames: kept as rows, no speaker;
   ``skip:not-a-speaker`` a sieve found a subject that cannot speak (``his name was announced as "..."``)

Indirect speech without marks (``The agency said the talks ...``) becomes ``quote_type = indirect`` through
``dep:indirect``, and through ``dep:according-to`` when an *according to* phrase opens or closes a sentence
with no speech verb (``According to the agency, the talks ...``). All rules read only :mod:`quotes.records`;
no stanza here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache, lru_cache, partial
from importlib import resources
from typing import Any, NamedTuple

import regex

from quotes.records import Attribution, Block, Mention, ParsedDoc, QuoteSpan, QuoteType, Sentence, Token
from quotes.spans import MARK_RE, blanked, nickname_marks, without_nickname_marks

_TELL_BEFORE = regex.compile(r"(?i)\btel(?:l|ls|ling|d)$")
_ASKED_BEFORE = regex.compile(r"(?i)\bask(?:s|ed)?$")
_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"\w+")
_NON_WORD = regex.compile(r"\W+")
SUBJECTS = ("nsubj", "nsubj:pass", "nsubj:outer", "csubj")
NOT_IN_MENTION = ("appos", "acl", "acl:relcl", "parataxis", "punct", "advcl", "ccomp", "xcomp", "dep",
                  "discourse", "vocative", "advmod", "obl", "orphan", "list", "reparandum", "dislocated")
INHERIT_SUBJECT = ("xcomp", "advcl", "conj", "acl", "advcl:relcl")


@cache
def lexicon() -> dict[str, Any]:
    """The word lists in ``quotes/data/lexicon.json`` (data, not code): JSON lists and objects by key."""
    return json.loads(resources.files("quotes").joinpath("data/lexicon.json").read_text(encoding="utf-8"))


@cache
def cue_lemmas() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon()["cue_verbs"])


@cache
def indirect_lemmas() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon()["indirect_verbs"])


IRREGULAR = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "think": ["thought"],
             "quote": ["quoted"], "accord": ["according"], "hold": ["held"], "speak": ["spoke", "spoken"],
             "sing": ["sang", "sung"], "begin": ["began", "begun"], "find": ["found"], "show": ["shown"],
             "quiz": ["quizzed", "quizzing", "quizzes"]}


def _forms(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if regex.match(r".*(?:[^aeiou]|qu)[aeiou][bdgklmnprt]$", lemma):  # quip -> quipped, label -> labelled
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms | set(IRREGULAR.get(lemma, []))


@cache
def lexicon_words(key: str) -> frozenset[str]:
    """One word list of the lexicon, lower-cased."""
    return frozenset(str(w).lower() for w in lexicon()[key])


@cache
def cue_forms() -> frozenset[str]:
    """Surface forms (lowercase) of every cue verb: a dictionary lemmatizer leaves unseen inflections as
    they are, and the pre-parse filter has no lemmas at all."""
    forms: set[str] = set()
    for lemma in cue_lemmas() | indirect_lemmas() | {"accord"}:
        forms |= _forms(lemma)
    return frozenset(forms)


@cache
def finding_lemmas() -> frozenset[str]:
    """Verbs a document reports a finding with (``a poll found that …``): indirect rows only, never quote cues."""
    return frozenset(str(w) for w in lexicon()["finding_verbs"])


@cache
def question_forms() -> frozenset[str]:
    """Surface forms (lowercase) of the verbs of asking (``asked``, ``questioned``, ``quizzed``)."""
    return frozenset(f for lemma in lexicon_words("question_verbs") for f in _forms(lemma))


@cache
def _finding_forms() -> frozenset[str]:
    return frozenset(f for lemma in finding_lemmas() for f in _forms(lemma))


def has_finding(text: str) -> bool:
    """Whether ``text`` holds a form of a finding verb (``found``, ``shows``) and a document that could be its
    subject: only then is such a sentence parsed (the rule needs both; "police found the boat" is not parsed).

    >>> has_finding("A poll found that fares rose"), has_finding("Police found the boat"), has_finding("a calm day")
    (True, False, False)
    """
    words = [w.lower() for w in _WORD.findall(text)]
    forms, sources = _finding_forms(), source_nouns()
    return any(w in forms for w in words) and any(w in sources or w.rstrip("s") in sources for w in words)


@cache
def source_nouns() -> frozenset[str]:
    """Nouns for documents and other things that speak for someone (``a statement``, ``a poll``)."""
    return frozenset(str(w).lower() for w in lexicon()["source_nouns"])


def has_cue(text: str) -> bool:
    """Whether ``text`` holds a speech-verb form: the cheap pre-parse filter (a set lookup per word, much
    faster to build and run than one alternation of every form).

    >>> has_cue("the minister told AFP"), has_cue("a quiet day"), has_cue("Tweeted")
    (True, False, True)
    """
    forms = cue_forms()
    return any(w.lower() in forms for w in _WORD.findall(text))


# --------------------------------------------------------------------------- which sentences to parse


def region(q: QuoteSpan) -> tuple[int, int]:
    """The quote with its marks."""
    s = q.open_at if q.opened and q.open_at >= 0 else q.start
    e = q.close_at + q.close_width if q.closed and q.close_at >= 0 else q.end
    return s, e


def sentence_filter(text: str, quotes: Iterable[QuoteSpan], blocks: Iterable[Block]) -> Callable[[int, int], bool]:
    """Which sentences the attribution rules need parsed: those touching a quote, holding a speech verb,
    or ending in a colon; never page furniture, nor a sentence that lies wholly inside one quotation (its
    words are the quote, not its frame: the same rows on 100 PolNeAR train articles, a quarter fewer words
    parsed)."""
    regions = sorted(region(q) for q in quotes)
    skip = [(b.start, b.end) for b in blocks if b.kind == "boilerplate"]
    skip += [r for r in regions if r[1] - r[0] > 2]  # marks included: "A." He said -> "A." is skipped

    def keep(start: int, end: int) -> bool:
        if any(s <= start and end <= e for s, e in skip):
            return False
        if any(s < end + 2 and start - 2 < e for s, e in regions):
            return True
        chunk = text[start:end]
        return has_cue(chunk) or chunk.rstrip().endswith(":") or has_finding(chunk)

    return keep


# --------------------------------------------------------------------------- tree helpers


def _inside(t: Token, span: tuple[int, int]) -> bool:
    return span[0] <= t.start and t.end <= span[1]


def _stolen_subject(sent: Sentence, verb: Token) -> Token | None:
    """``Asked whether justice was done, Bell's wife, Sarah, said: "…"``: a verb with no subject of its own, after
    a subject the parser gave to an earlier verb that has one already (two subjects of one clause): that second
    one is this verb's."""
    subjects = {*SUBJECTS, "nsubj:pass"}
    for t in sorted(sent.tokens[: verb.id - 1], key=lambda x: -x.id):
        if t.deprel not in subjects or t.head <= 0 or t.head > t.id or t.upos not in ("NOUN", "PROPN", "PRON"):
            continue
        span = sent.subtree(t.id)
        right_before = all(x.upos == "PUNCT" for x in sent.tokens[span[-1].id : verb.id - 1])
        if (right_before and verb.deprel in ("root", "conj", "parataxis")
                and sum(c.deprel in subjects for c in sent.children(t.head)) >= 2
                and any(x.text == "," for x in sent.tokens[t.head : t.id])):
            return t  # (the phrase ends right before the verb, a clause's main verb)
        return None  # (only the subject nearest the verb)
    return None


def _free_relative_subject(sent: Sentence, verb: Token) -> Token | None:
    """``blaming what its chief executive, Maria Roe, called "…"``: a naming verb with no subject of its own
    right after ``what`` and a noun phrase (the parser, thrown by the apposition, hangs the verb elsewhere):
    the phrase is the verb's subject; its first name, else its first noun, speaks."""
    if verb.lemma.lower() not in lexicon_words("naming_verbs"):
        return None
    words: list[Token] = []
    for t in reversed(sent.tokens[: verb.id - 1]):
        if t.text.lower() == "what" and t.upos == "PRON":
            break
        if (t.upos in ("VERB", "AUX", "SCONJ") and t.text.lower() not in speaker_heads()) or MARK_RE.fullmatch(
                t.text) or len(words) >= 20:
            return None  # (a person noun the tagger took for a verb is still a noun: "what aide Jo Roe called")
        words.append(t)
    else:
        return None
    words.reverse()
    return (next((t for t in words if t.upos == "PROPN"), None)
            or next((t for t in words if t.upos in ("NOUN", "PRON")), None))


def _subject(sent: Sentence, verb: Token, depth: int = 0) -> Token | None:
    """The speaker token of a cue verb: its subject, or the subject of the clause it hangs from."""
    # nsubj:pass is the speaker of "was quoted as saying"; on an active verb (no aux:pass) it is a parser slip
    passive = any(c.deprel == "aux:pass" for c in sent.children(verb.id))
    if passive and verb.lemma not in ("quote", "cite") and depth == 0:
        agent = _passive_agent(sent, verb)
        if agent is not None:
            return agent  # "Roe was asked by Berg whether ...": the one who asks speaks
        if verb.lemma.lower() in ("ask", "tell"):
            return None  # 'Roe was asked, "…?"': the one asked is not the one asking
    # (a past form with no subject hung as a clause after a comma is a participle too: "The town, called "…" by its
    # residents,", tagged as a past tense)
    participle = verb.xpos == "VBN" or (verb.xpos == "VBD" and verb.deprel in ("advcl", "acl") and not any(
        c.deprel in SUBJECTS for c in sent.children(verb.id)) and verb.id > 1 and sent.token(verb.id - 1).text == ",")
    if not passive and depth == 0 and participle and not any(c.deprel == "aux" for c in sent.children(verb.id)):
        agent = _passive_agent(sent, verb)
        if agent is not None and agent.text.lower() not in TEMPORAL and not any(
                c.deprel == "conj" for c in sent.children(agent.id)):
            # "a plan, described as "…" by Roe,": a participle's by phrase speaks, not the plan (not when the
            # parser coordinated the rest of the sentence with that phrase: the quote may hang there)
            return agent
    # inherited from a passive verb, its subject is the speaker's: "Roe was booed after telling them …"
    passive_ok = verb.lemma in ("quote", "cite") or not passive or depth > 0
    fronted = _fronted_speaker(sent, verb)
    if fronted is not None:
        return fronted
    if _inverted_tail(sent, verb):
        # "…, said Jane Roe": the subject after the verb, even when the parser gave it a second one before
        return next(c for c in sent.children(verb.id) if c.deprel in SUBJECTS and c.id > verb.id)
    if verb.xpos == "VBG" and any(c.deprel in SUBJECTS and c.id < verb.id for c in sent.children(verb.id)):
        with_first = _with_subject(sent, verb)
        if with_first is not None:
            return with_first  # "The two argued, with Roe telling Berg to "…"": the parser gave "telling" a subject
    for c in sent.children(verb.id):
        if c.deprel in SUBJECTS or (c.deprel == "nsubj:pass" and passive_ok):
            if c.deprel == "nsubj:pass" and not passive_ok:
                continue
            if _day_word(c) and not sent.children(c.id):
                continue  # "a statement Friday saying …": a bare day the parser made the subject
            if c.id > verb.id and _participle(verb):
                continue  # "…, adding that the person who …": a participle's subject never follows it
            if c.text.lower() == "whom" and any(k.deprel in SUBJECTS and k.id != c.id for k in sent.children(verb.id)):
                continue  # "Doherty, whom Vance calls "…"": an object's relative the parser made a second subject
            if "PronType=Rel" in c.feats or c.lemma in ("who", "which", "that"):
                # "X, who said ...": the relative clause's head noun is the speaker
                ante = _who_antecedent(sent, c)
                if ante is not None:
                    return ante
                issuer = _document_issuer(sent, verb) if depth == 0 else None
                if issuer is not None:
                    return _subject(sent, issuer, depth + 1)  # "Roe ran an ad that urges …": Roe
                if verb.deprel.startswith("acl") and verb.head > 0:
                    return sent.token(verb.head)
                continue
            return _closer_subject(sent, verb, c)
    with_subject = _with_subject(sent, verb) or _second_absolute(sent, verb)
    if with_subject is not None:
        return with_subject
    namer = _free_relative_subject(sent, verb) if depth == 0 else None
    if namer is not None:
        return namer
    aside = _aside_subject(sent, verb) if depth == 0 else None
    if aside is not None:
        return aside
    reporter = _reporter_of_clause(sent, verb) if depth == 0 else None
    if reporter is not None:
        found = _subject(sent, reporter, depth + 1)
        if found is not None:
            return found
    main = _main_clause_verb(sent, verb) if depth == 0 else None
    if main is not None:
        found = _subject(sent, main, depth + 1)
        if found is not None:
            return found
    issuer = _document_issuer(sent, verb) if depth == 0 else None
    if issuer is not None:
        return _subject(sent, issuer, depth + 1)
    if (verb.deprel == "acl" and verb.xpos in ("VBD", "VBN") and verb.head == verb.id - 1
            and verb.lemma.lower() in SHOUT_VERBS and _person_like(sent.token(verb.head))):
        return sent.token(verb.head)  # "a man yelled "…"" read as a noun with a participle: the man speaks
    marcher = _participle_owner(sent, verb)
    if marcher is not None:
        return marcher  # "Students parading through the town chanted "…"": the town chants nothing
    if verb.deprel == "acl" and verb.xpos == "VBG" and verb.head > 0 and not _title_case(sent):
        named = sent.token(verb.head)
        named = _shown_speaking(sent, named, verb) or named  # the participle hung on "footage of Roe": Roe
        # a crowd chanting or yelling speaks whatever its noun ("sailors chanting "…"")
        # (a quotation right after the verb: "a hall of screaming fans" chants nothing)
        nxt = [t for t in sent.tokens[verb.id : verb.id + 2] if t.text not in (",", ":")]
        crowd = (named.upos == "NOUN" and verb.lemma.lower() in SHOUT_VERBS and named.id < verb.id
                 and not _speaking_document(named) and bool(nxt) and MARK_CHARS.issuperset(nxt[0].text))
        addressed = ("to",) if crowd else ("to", "with")  # "with sailors chanting "…"": the sailors chant
        # (a person noun too when the participle tells the quote: "recalled his principal telling him, "…"")
        if (crowd or (named.upos in ("PROPN", "PRON") and _person_like(named))
                or (named.upos == "NOUN" and named.deprel == "obj" and _person_like(named)
                    and verb.lemma.lower() in ("tell", "say", "ask", "warn"))) and not any(
                c.deprel == "case" and c.lemma.lower() in addressed for c in sent.children(named.id)):
            return named  # "footage of Roe saying "…"": the one shown speaking (not "a text to Roe saying")
    if verb.xpos == "VBG" and verb.deprel in ("advcl", "xcomp") and verb.head > 0:
        owner = _gerund_owner(sent, verb)
        if owner is not None:
            return owner  # "What did you make of Roe quietly saying "…"": Roe, not you
    if depth == 0 and _stranded_advcl(sent, verb):
        # "Asked whether the firm would sue, its chief, Mark Roe, replied: "…"": the parser hung the main verb
        # as a clause of "Asked" and the phrase before it on the question
        stranded = _left_noun(sent, verb)
        if stranded is not None:
            return stranded
    quoted_person = _quoted_person(sent, verb) if depth == 0 else None
    if quoted_person is not None:
        return quoted_person
    if depth < 3 and verb.deprel in INHERIT_SUBJECT and verb.head > 0:
        head = sent.token(verb.head)
        # an open complement takes the object above as its subject: "I remember Jane Roe going on TV, …",
        # "the win led her to declare that …"
        # (not a to-infinitive the parser hung as advcl: "expects Roe to announce" stays the expecter's,
        # unless the verb above makes its object act: "the loss led aides like Roe to counter that …")
        controls = verb.deprel == "xcomp" or (head.lemma.lower() in CAUSE_VERBS and _to_clause(sent, verb))
        objects = sent.children(head.id) if controls else ()
        # (a pronoun only for a speech verb: "urging them to rethink the town through "…"" is the urger's
        # wording; "let's say" is nobody's)
        pronoun_ok = _is_cue(verb, sent) and head.lemma.lower() != "let"
        controller = next((c for c in objects if c.deprel == "obj" and c.id < verb.id
                           and (c.upos in ("PROPN", "NOUN") or (c.upos == "PRON" and pronoun_ok))
                           and _person_like(c)), None)
        if controller is not None:
            return controller
        inherited = _subject(sent, head, depth + 1)
        return _stolen_subject(sent, verb) if inherited is None and depth == 0 else inherited
    if depth < 3 and verb.deprel.startswith("acl") and verb.head > 0 and verb.lemma in ("quote", "cite"):
        return sent.token(verb.head)  # "X, quoted as saying ..."
    if depth == 0 and verb.deprel in ("parataxis", "root", "conj", "ccomp") and (
            verb.upos == "VERB" or _particle_cue(sent, verb)):
        return _left_noun(sent, verb) or _stolen_subject(sent, verb)
    return None


def _quoted_as(sent: Sentence, verb: Token) -> tuple[Token, Token] | None:
    """``quoted (Roe) as saying``: the verb *quote* or *cite* a speech gerund hangs from, and the gerund's *as*."""
    if verb.xpos != "VBG" or verb.head == 0:
        return None
    quoted = sent.token(verb.head)
    mark = next((c for c in sent.children(verb.id) if c.deprel == "mark" and c.lemma.lower() == "as"), None)
    return (quoted, mark) if mark is not None and quoted.lemma.lower() in ("quote", "cite") else None


def _quoted_person(sent: Sentence, verb: Token) -> Token | None:
    """``The Ledger quoted Mayor Roe as saying "…"``: the one quoted speaks, the quoting medium is the outlet
    (the passive ``Roe was quoted as saying`` has Roe as its subject already)."""
    found = _quoted_as(sent, verb) if verb.deprel in ("advcl", "xcomp") else None
    if found is None or any(c.deprel == "aux:pass" for c in sent.children(found[0].id)):
        return None
    quoted = found[0]
    quotee = next((c for c in sent.children(quoted.id) if c.deprel == "obj" and c.id < verb.id and _person_like(c)),
                  None)
    if quotee is not None and quotee.upos == "PROPN" and any(
            c.deprel == "det" and c.lemma.lower() in ("a", "an", "another") for c in sent.children(quotee.id)):
        return None  # "quoted another Acme official as saying", the noun read as an adjective: no name to give
    return quotee


def _stranded_advcl(sent: Sentence, verb: Token) -> bool:
    """A past-tense speech verb hung as an adverbial clause with no subject, marker or auxiliary of its own,
    right after a comma: a main verb the parser misplaced (a real adverbial clause opens with ``when`` or is a
    participle up front)."""
    return (verb.deprel == "advcl" and verb.xpos in ("VBD", "VBN") and verb.id > 2 and _is_cue(verb, sent)
            and sent.token(verb.id - 1).text == ","
            and not any(c.deprel in ("mark", "aux", "aux:pass", *SUBJECTS, "nsubj:pass")
                        for c in sent.children(verb.id)))


def _participle_owner(sent: Sentence, verb: Token) -> Token | None:
    """A past-tense speech verb the parser hung as a relative clause on the object of a participle phrase
    (``Students parading through the town chanted "…"``): the noun the participle describes speaks."""
    if not (verb.deprel == "acl" and verb.head > 0 and _is_cue(verb, sent)):
        return None
    if verb.xpos != "VBD" and not (verb.xpos == "VBN" and any(c.deprel in ("obj", "xcomp", "ccomp")
                                                             for c in sent.children(verb.id))):
        return None  # (a passive participle takes no object: "slogans chanted by the crowd" is no speech act)
    noun = sent.token(verb.head)
    part = sent.token(noun.head) if noun.head > 0 and noun.deprel in ("obl", "obj") else None
    if part is None or part.deprel != "acl" or part.xpos != "VBG" or not 0 < part.head < part.id:
        return None
    owner = sent.token(part.head)
    return owner if owner.upos in ("NOUN", "PROPN") and can_speak(owner) else None


def _to_clause(sent: Sentence, verb: Token) -> bool:
    """``verb`` heads an adverbial to-infinitive (``led her to declare``, ``went on the radio to attack``)."""
    return verb.deprel == "advcl" and any(c.deprel == "mark" and c.lemma.lower() == "to"
                                          for c in sent.children(verb.id))


#: verbs that make their object do what a to-infinitive after it says ("led her to declare", "leading aides
#: to counter"): the object is the infinitive's subject, even when the parser hung it as an adverbial clause
CAUSE_VERBS = frozenset({"lead", "prompt", "force", "push", "spur", "cause", "drive", "move", "inspire", "compel",
                         "provoke", "pressure", "persuade", "convince", "get"})


#: verbs whose object is whom one speaks to, never an inverted speaker
ADDRESSEE_VERBS = frozenset({"tell", "urge", "ask", "warn", "assure", "remind", "inform", "advise", "promise",
                             "call", "thank", "quote", "cite", "email", "text", "answer", "teach", "show"})


def _inverted_object(sent: Sentence, verb: Token, span: tuple[int, int]) -> Token | None:
    """``"…," replied the old man`` / ``"…" added her campaign manager Jane Roe`` with the subject read as the
    object: a finite verb right after a quotation's closing mark, with no subject, and a person right after it
    (not whom one tells: ``"…," told reporters``)."""
    if verb.id < 3 or verb.xpos not in ("VBD", "VBZ", "VBP") or verb.lemma.lower() in ADDRESSEE_VERBS:
        return None
    before = [sent.token(i) for i in (verb.id - 2, verb.id - 1)]
    if not (MARK_RE.search(before[1].text) or (before[1].text == "," and MARK_RE.search(before[0].text))):
        return None
    after = next((c for c in sent.children(verb.id) if c.deprel in ("obj", "iobj") and c.id > verb.id), None)
    if after is None or not _person_like(after) or after.upos == "PRON":
        return None
    first = min([after.id] + [c.id for c in sent.children(after.id) if c.id < after.id])
    if first != verb.id + 1 or any(_inside(t, span) for t in sent.subtree(after.id)):
        return None  # '"…," wrote the authors of the "Plan"': a title inside the phrase is not their words
    return _apposed_name(sent, after, rels=("appos", "flat"))  # "added her campaign manager Jane Roe"


#: quotation marks as the tokenizer leaves them, one token each
MARK_CHARS = frozenset("\"'“”‘’«»")
#: verbs of raised voice: a person noun right before one is its subject however the parser read it, as
#: nobody is "yelled" the way someone is "called" a name
SHOUT_VERBS = frozenset({"yell", "shout", "scream", "holler", "bellow", "chant", "cry", "exclaim", "shriek"})


def _main_clause_verb(sent: Sentence, verb: Token) -> Token | None:
    """``She praised the plan that Roe drafted, calling it "…"``: a participle after a comma that the parser
    hung inside a relative or complement clause before it belongs to the main clause; its verb, if any."""
    if not (_participle(verb) and verb.deprel == "advcl" and verb.id > 1 and verb.head > 0
            and sent.token(verb.id - 1).text == ","):
        return None
    head = sent.token(verb.head)
    finite_acl = head.deprel == "acl" and any(c.deprel in SUBJECTS for c in sent.children(head.id))
    if not (head.deprel in ("acl:relcl", "ccomp") or finite_acl) or head.head <= 0 or head.id > verb.id:
        return None
    # from the clause (through the noun a relative clause modifies) up to the verb above it
    return next((node for _, node in _up(sent, head, 4) if node.upos in ("VERB", "AUX")), None)


def _document_issuer(sent: Sentence, verb: Token) -> Token | None:
    """``Roe issued a statement saying …``, ``Roe ran an ad that urges …``: a participle or a relative clause
    on a document speaks for whoever issued the document, the subject of the verb that takes it as object.

    >>> from quotes.records import Sentence, Token
    >>> words = "Roe issued a statement saying no".split()
    >>> heads, rels = [2, 0, 4, 2, 4, 5], ["nsubj", "root", "det", "obj", "acl", "obj"]
    >>> toks = [Token(i + 1, w, w.lower(), "VERB" if w.endswith(("ed", "ing")) else "NOUN", "VBG" if w.endswith("ing")
    ...         else "_", "_", h, r, 0, 0) for i, (w, h, r) in enumerate(zip(words, heads, rels, strict=True))]
    >>> sent = Sentence(0, 0, 30, tuple(toks))
    >>> _document_issuer(sent, toks[4]).text
    'issued'
    """
    if not (verb.head > 0 and ((verb.deprel == "acl" and verb.xpos == "VBG") or verb.deprel == "acl:relcl")):
        return None
    doc = sent.token(verb.head)
    if doc.text.lower() in TEMPORAL and doc.deprel == "obl" and doc.head > 0 and verb.deprel == "acl:relcl":
        # "issued a note from her lawyer Monday evening that says …": the clause hung on the time
        # belongs to the document before it
        doc = next((c for c in sent.children(doc.head) if c.deprel == "obj" and c.id < doc.id), doc)
    if (doc.upos != "NOUN" or doc.lemma.lower() not in speaking_documents() or doc.deprel not in ("obj", "obl")
            or doc.head <= 0):
        return None
    issuer = sent.token(doc.head)
    return issuer if issuer.upos == "VERB" else None


def _left_noun(sent: Sentence, verb: Token) -> Token | None:
    """A speech verb the parser left without a subject (``..., agency counsel Jane Roe said the probe
    is "ongoing."``, the verb hung off the sentence as ``parataxis``): the name or pronoun right before it."""
    i = verb.id - 1
    while i >= 1 and sent.token(i).upos in VERB_LEFT_SKIP:
        i -= 1
    i = _skip_parenthetical(sent, i)  # "Jane Roe (D-Wis.) said"
    if i >= 4 and sent.token(i).text == "," and sent.token(i - 1).upos == "NUM" and sent.token(i - 2).text == ",":
        i -= 3  # "Jane Roe, 70, said": an age in commas
    if i < 1:
        return None
    t = sent.token(i)
    if t.text == "," and i >= 2:
        j = _before_participle(sent, i)
        return (_before_appositive(sent, i) or (_before_appositive(sent, j) if j else None)
                or _relative_owner(sent, sent.token(i - 1)) or _name_before_aside(sent, i))
    if t.upos == "NUM":
        # "About four in 10 said …": a poll's share, the number that opens the phrase (hung as obl by the parser)
        while t.deprel in ("nmod", "nummod", "compound") and 0 < t.head < t.id and sent.token(t.head).upos == "NUM":
            t = sent.token(t.head)
        return t if t.id < verb.id - 1 and _opens_phrase(sent, t) else None
    if t.upos not in ("PROPN", "PRON", "NOUN") or "Case=Acc" in t.feats or "Poss=Yes" in t.feats:
        return None
    owner = _relative_owner(sent, t)
    if owner is not None:
        return owner  # 'Tom Berg, who chairs the Harbour Board said': the board is inside his relative clause
    if t.upos == "PRON" and t.lemma.lower() in EXPLETIVES:
        return None
    modified = _noun_before_phrase(sent, t)
    if modified is not None:
        return modified  # 'sources close to the board said': the sources speak, not the board
    return _name_head(sent, t, 0, verb.id)


#: words between a speaking noun and the phrase that places it ("sources close to the board", "people familiar
#: with the talks", "officials at the agency")
PLACING_ADJECTIVES = frozenset({"close", "familiar", "near", "loyal", "allied", "connected", "linked", "opposed"})
_PLACING_PREPOSITIONS = frozenset({"to", "with", "at", "in", "from", "for", "of", "inside", "within", "near"})


def _noun_before_phrase(sent: Sentence, t: Token) -> Token | None:
    """The plural noun a phrase ending in ``t`` modifies (``sources close to the board``, ``officials at the
    agency``), read off the words when the parser left the speech verb without a subject."""
    i = t.id - 1
    while i >= 1 and sent.token(i).upos in ("DET", "ADJ", "PROPN", "NOUN", "NUM"):
        i -= 1
    if i < 2 or sent.token(i).text.lower() not in _PLACING_PREPOSITIONS:
        return None
    j = i - 1
    if sent.token(j).text.lower() in PLACING_ADJECTIVES:
        j -= 1
    head = sent.token(j) if j >= 1 else None
    if head is None or head.upos != "NOUN" or not head.xpos.endswith("S") or not _person_like(head):
        return None
    return head


def _relative_owner(sent: Sentence, t: Token) -> Token | None:
    """The person a *who* clause holding ``t`` is about (``Jane Roe, who chairs the board,``), when ``t``
    ends that clause right before a verb left without a subject."""
    for node in (t, *(n for _, n in _up(sent, t, 4))):
        if node.deprel == "acl:relcl":
            rel = next((c for c in sent.children(node.id) if c.text.lower() == "who" and c.deprel in SUBJECTS), None)
            return _who_antecedent(sent, rel) if rel is not None else None
    return None


APPOSITIVE_CHAIN = ("appos", "conj", "nmod", "flat", "flat:name", "compound")


def _before_participle(sent: Sentence, comma: int) -> int:
    """``Tom Berg, holding his ticket book, said``: the comma before a participial phrase that
    ends at ``comma`` (0 when there is none), so that the name before it can be read."""
    i = comma - 1
    while i > 1 and sent.token(i).text != ",":
        i -= 1
    first = sent.token(i + 1) if i > 1 else None
    return i if first is not None and first.upos == "VERB" and first.xpos in ("VBG", "VBN") else 0


def _name_before_aside(sent: Sentence, comma: int) -> Token | None:
    """``In an interview with the Ledger, Tom Berg, the union's lead negotiator, said …`` with the name hung on
    the paper: a name in commas, right before an aside with no verb that closes at ``comma``."""
    prev = max((x.id for x in sent.tokens if x.text == "," and x.id < comma - 1), default=0)
    if prev < 2 or any(x.upos in ("VERB", "AUX") for x in sent.tokens[prev : comma - 1]):
        return None
    name = sent.token(prev - 1)
    while name.deprel in ("flat", "flat:name") and 0 < name.head < name.id:
        name = sent.token(name.head)
    if name.upos != "PROPN" or not _person_like(name) or prev - 1 - name.id > 3:
        return None
    return name if _opens_phrase(sent, name) else None


def _before_appositive(sent: Sentence, comma: int) -> Token | None:
    """``Jane Roe, the club's president, suggested …`` with the name hung elsewhere: from the word before the
    comma up the appositive's chain to the outermost person-like noun that opens a phrase."""
    t, best = sent.token(comma - 1), None
    for _ in range(8):
        if (t.upos in ("PROPN", "NOUN") and _person_like(t) and _opens_phrase(sent, t)
                and not any(c.deprel == "case" for c in sent.children(t.id))):  # "for the Senate" is no subject
            best = _apposed_name(sent, t, rels=("appos",), before=comma)  # "a top strategist, Jane Roe, tells"
        if t.deprel not in APPOSITIVE_CHAIN or not 0 < t.head < t.id:
            break
        t = sent.token(t.head)
    return best


def _apposed_name(sent: Sentence, noun: Token, *, rels: tuple[str, ...], before: int | None = None) -> Token:
    """A common noun's name in apposition (``her campaign manager, Jane Roe``), else the noun itself."""
    if noun.upos != "NOUN":
        return noun
    return next((c for c in sent.children(noun.id) if c.deprel in rels and c.upos == "PROPN"
                 and (before is None or c.id < before)), noun)


def _opens_phrase(sent: Sentence, t: Token) -> bool:
    """Whether the words before ``t``'s own phrase (its leftward dependents) end at punctuation or the start."""
    own = {x.id for x in sent.subtree(t.id)}
    left = t.id
    while left > 1 and (left - 1) in own and sent.token(left - 1).upos != "PUNCT":
        left -= 1
    return left == 1 or sent.token(left - 1).upos == "PUNCT"


VERB_LEFT_SKIP = ("AUX", "ADV", "PART")
NAME_PARTS = ("flat", "flat:name", "compound", "fixed")


def _name_head(sent: Sentence, t: Token, lo: int, hi: int) -> Token:
    """From a word of a name up to the name's head (``Holt`` → ``Jane`` in ``Jane Holt``), staying
    strictly between token ids ``lo`` and ``hi``."""
    while t.deprel in NAME_PARTS and lo < t.head < hi:
        t = sent.token(t.head)
    return t


#: a day's word the parser may hang on a reported clause right after ``said``
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "yesterday", "tonight"})
TEMPORAL = _DAY_WORDS | frozenset({"morning", "afternoon", "evening", "night", "week", "weekend",
                      "month", "year", "hour", "hours", "day", "days", "minute", "minutes", "later", "earlier",
                      "time", "moment"})


def _day_word(t: Token) -> bool:
    """A noun for a day or a time (``Friday``, ``week``), which the parser sometimes makes a subject or hangs on a
    name."""
    return t.text.lower() in TEMPORAL and t.upos in ("PROPN", "NOUN")


def _skip_parenthetical(sent: Sentence, i: int) -> int:
    """Index of the first token left of ``i`` that is not inside a closing parenthetical ``(D-MA)``."""
    if i >= 1 and sent.token(i).text == ")":
        while i >= 1 and sent.token(i).text != "(":
            i -= 1
        i -= 1
    return i


def _with_subject(sent: Sentence, verb: Token) -> Token | None:
    """``…, with Sen. Jane Roe calling it "a mess"``: a participle's subject is the ``with`` phrase right
    before it, whatever the parser hung that phrase on."""
    if verb.id < 2 or not verb.text.endswith("ing"):
        return None
    i = verb.id - 1
    while i > 1 and sent.token(i).upos == "ADV":
        i -= 1  # "with Roe recently calling it ..."
    t = sent.token(i)
    if t.upos not in ("PROPN", "NOUN", "PRON"):
        return None
    head = _name_head(sent, t, 0, verb.id)
    for _ in range(3):  # "with the Federation of Teachers calling": up from "Teachers" to "Federation"
        if any(c.lemma.lower() == "with" and c.deprel == "case" for c in sent.children(head.id)):
            return _shown_speaking(sent, head, verb) or head  # "with footage of Roe saying": Roe
        if head.deprel not in (*NAME_PARTS, "nmod") or not 0 < head.head < head.id:
            return None
        head = sent.token(head.head)
    return None


def _second_absolute(sent: Sentence, verb: Token) -> Token | None:
    """``with Roe accusing Berg of "…" and Berg calling her "…"``: the second of two coordinated *with*
    clauses has its own subject right before its participle, which the parser took for a second object."""
    if verb.deprel != "conj" or verb.xpos != "VBG" or verb.id < 3 or verb.head <= 0:
        return None
    t = sent.token(verb.id - 1)
    while t.deprel in ("flat", "flat:name") and 0 < t.head < t.id:
        t = sent.token(t.head)  # "and Tom Berg calling": the name's first word
    if t.upos != "PROPN" or t.id < 2 or sent.token(t.id - 1).lemma.lower() != "and":
        return None
    first = sent.token(verb.head)
    return t if _with_subject(sent, first) is not None else None


def _aside_subject(sent: Sentence, verb: Token) -> Token | None:
    """``Roe, who wants the county and its partners to pay, posted that …``: the parser ended the *who* clause
    late, made its last verb the sentence's and left the speech verb after the comma without a subject; the
    subject that the aside describes is the speech verb's."""
    if verb.id < 5 or sent.token(verb.id - 1).text != ",":
        return None
    if verb.xpos not in ("VBD", "VBZ", "VBP") and not (
            verb.xpos == "VBN" and any(c.deprel == "ccomp" for c in sent.children(verb.id))):
        return None  # (a past form the tagger took for a participle still reports a clause: "tweeted that …")
    for t in sent.tokens[: verb.id - 4]:
        subject = t.deprel in SUBJECTS or (t.deprel == "root" and t.upos == "PROPN") or (
            t.deprel == "appos" and t.upos == "PROPN" and t.head > 0 and _day_word(sent.token(t.head)))
        # (a name the parser set in apposition to the time before it: "Earlier this week, Roe, who …, admitted")
        if t.upos not in ("PROPN", "NOUN") or not subject:
            continue
        end = max((c.id for c in sent.children(t.id) if c.deprel in ("flat", "flat:name") and c.id > t.id),
                  default=t.id)
        if (end + 2 < verb.id and sent.token(end + 1).text == ","
                and sent.token(end + 2).text.lower() in ("who", "whose", "which")
                and (t.deprel == "root" or all(node.id != t.id for _, node in _up(sent, verb, len(sent.tokens))))):
            # (a name the parser made the root holds the aside and the verb after it: the verb is still its own;
            # also "Roe, whose father sold fish there, called …": the parser made the father a subject)
            return t
    return None


def _reporter_of_clause(sent: Sentence, verb: Token) -> Token | None:
    """``Roe said the board was out of touch, calling them "…"``, ``Roe was certain that the fleet must stay
    together, warning Berg …``: a speech participle after a comma that the parser hung on the reported clause reports
    in the voice of the one who said or felt that clause: the verb or adjective above it."""
    if not _participle(verb) or verb.id < 2 or sent.token(verb.id - 1).text != "," or verb.head < 1:
        return None
    clause = sent.token(verb.head)
    if clause.deprel != "ccomp" or clause.head < 1 or clause.id > verb.id:
        return None
    above = sent.token(clause.head)
    return above if _is_cue(above, sent) or above.upos == "ADJ" else None


def _gerund_owner(sent: Sentence, verb: Token) -> Token | None:
    """The name right before a speech gerund that the parser hung on the verb above (``think of Roe privately
    saying``, ``heard Roe saying``): a person's name, the object of that verb or in its *of* phrase, ending
    right before the gerund (adverbs between), is the gerund's subject."""
    before = verb.id - 1
    while before >= 1 and sent.token(before).upos == "ADV":
        before -= 1
    if before < 1:
        return None
    for c in sent.children(verb.head):
        if c.upos != "PROPN" or not _person_like(c) or max(x.id for x in sent.subtree(c.id)) != before:
            continue
        cases = [k.lemma.lower() for k in sent.children(c.id) if k.deprel == "case"]
        if (c.deprel == "obj" and not cases) or (c.deprel == "obl" and cases == ["of"]):
            return c
    return None


def _shown_speaking(sent: Sentence, source: Token, verb: Token) -> Token | None:
    """``footage of Roe saying "…"``, ``a clip of Roe calling …``: the person a document or recording shows, named in
    its *of* phrase right before the participle, when the parser hung the participle on the document."""
    if source.lemma.lower() not in source_nouns():
        return None
    return next((c for c in sent.children(source.id) if c.deprel == "nmod" and c.upos == "PROPN" and _person_like(c)
                 and max(x.id for x in sent.subtree(c.id)) == verb.id - 1
                 and any(k.deprel == "case" and k.lemma.lower() == "of" for k in sent.children(c.id))), None)


def _passive_agent(sent: Sentence, verb: Token) -> Token | None:
    """The ``by`` phrase of a passive speech verb (``was asked by the moderator``, ``was told by aides``), also
    one the parser hung on the words right before it (``branded as a "money sink" by critics``)."""
    for c in sent.children(verb.id):
        if c.deprel == "obl:agent" or (
            c.deprel == "obl" and any(g.deprel == "case" and g.lemma.lower() == "by" for g in sent.children(c.id))
        ):
            return c if c.upos in ("PROPN", "PRON", "NOUN") else None
    for c in sent.children(verb.id):
        if c.id > verb.id and (c.deprel in ("obj", "xcomp") or (c.deprel == "obl" and any(
                k.deprel == "case" and k.lemma.lower() == "as" for k in sent.children(c.id)))):
            # (or deeper in the quoted phrase, after its closing mark: 'called the "Gateway to the Isles" by …')
            late = next((g for g in sent.subtree(c.id) if g.deprel == "nmod" and g.id > c.id and any(
                k.deprel == "case" and k.lemma.lower() == "by" for k in sent.children(g.id)) and (
                g.head == c.id or any(MARK_RE.fullmatch(x.text) and sent.token(x.id - 1).end == x.start
                                      for x in sent.tokens[c.id : g.id - 1]))), None)  # (a closing mark)
            if late is not None and late.upos in ("PROPN", "NOUN") and late.text.lower() not in TEMPORAL:
                return late
    return None


def _who_antecedent(sent: Sentence, rel: Token) -> Token | None:
    """``…, Jane Roe, who said …``: ``who`` stands for the name or noun right before it (its comma
    skipped), wherever the parser hung the relative clause (a small parser often sends it to the verb or
    to an earlier noun); ``which`` and ``that`` keep the parser's reading."""
    if rel.text.lower() not in ("who", "whom"):
        return None
    i = rel.id - 1
    if i >= 1 and sent.token(i).text == ",":
        i -= 1
    if i >= 3 and sent.token(i).upos == "NUM" and sent.token(i - 1).text == ",":
        i -= 2  # "Maria Lopez, 45, who fled …": the age in commas
    if i < 1:
        return None
    t = sent.token(i)
    if t.upos not in ("PROPN", "NOUN"):
        return None
    while t.deprel in ("flat", "flat:name") and t.head > 0 and sent.token(t.head).id < t.id:
        t = sent.token(t.head)  # "Jane Holt": the name's head is its first word
    t = _placed_person(sent, t)
    if _person_like(t):
        return t
    node = t  # "an official familiar with the talks, who ...": the person the modifier hangs on, not "talks"
    for _ in range(3):
        if node.deprel not in ("nmod", "obl", "amod", "acl") or node.head <= 0:
            break
        node = sent.token(node.head)
        if node.upos in ("PROPN", "NOUN") and node.id < rel.id and _person_like(node):
            return node
    return t


#: prepositions that put a person somewhere (``an analyst at Acme``, ``sailors on Ferry Island``)
PLACING = frozenset({"at", "on", "in", "from"})


def _placed_person(sent: Sentence, t: Token) -> Token:
    """``who`` after a name that only says where a person is (``sailors on Ferry Island, who``, ``an analyst at
    Acme, who``) stands for that person; a person described in apposition to a name (``Tom Berg, an analyst
    at Acme, who``) is that name."""
    if t.upos == "PROPN" and t.deprel in ("nmod", "obl") and t.head > 0 and any(
            c.deprel == "case" and c.lemma.lower() in PLACING for c in sent.children(t.id)):
        head = sent.token(t.head)
        if head.upos == "NOUN" and head.id < t.id and (head.lemma.lower() in person_heads()
                                                        or PERSON_SUFFIX.search(head.lemma.lower())):
            t = head
    if t.upos == "NOUN" and t.deprel == "appos" and t.head > 0:
        named = sent.token(t.head)
        if named.upos == "PROPN" and named.id < t.id:
            return named
    return t


def _closer_subject(sent: Sentence, verb: Token, subj: Token) -> Token:
    """Correct a subject the parser took from a fronted phrase: in ``Hours later, Roe said ...``,
    ``Lind, Berg wrote ...`` or ``Tuesday at the rally Jane Roe (D-NY) said`` a small parser may pick the
    first noun. When a comma separates that word from a noun or pronoun standing right before the verb
    (auxiliaries, adverbs and a parenthetical aside), or the first word is a time expression, and the nearer
    noun is not part of the subject's own phrase, the nearer one is the subject."""
    if subj.start > verb.start:
        if can_speak(subj) or _inverted_tail(sent, verb):
            return subj
        return _left_noun(sent, verb) or subj  # "Jane Roe (D-Wis.) said the spate …": the thing is reported
    i = verb.id - 1
    while i >= 1 and sent.token(i).upos in VERB_LEFT_SKIP:
        i -= 1
    i = _skip_parenthetical(sent, i)
    temporal = subj.text.lower() in TEMPORAL
    if temporal and i >= 1 and sent.token(i).text == ",":
        i = _skip_parenthetical(sent, i - 1)  # "Tuesday at the rally, Gov. Jane Roe (R-OH), said"
    if temporal and (i == subj.id or i in {t.id for t in sent.subtree(subj.id)}):
        near = sent.token(i) if i >= 1 else subj
        if near.id != subj.id and near.upos == "PROPN" and near.text.lower() not in TEMPORAL:
            return _name_head(sent, near, subj.id, verb.id)  # "Tuesday at a rally, Gov. Jane Roe said"
        return _name_before(sent, subj) or subj  # "Roe at the time said": the parser took "time"
    if i < 1 or i == subj.id:
        return subj
    near = sent.token(i)
    if near.upos not in ("PROPN", "PRON", "NOUN") or near.start <= subj.start or (_day_word(near) and not temporal):
        return subj  # ("A union of dockers this week sent …": a day before the verb is no subject)
    inner = sent.subtree(subj.id)
    on_verb = near.head > 0 and (sent.token(near.head).upos in ("VERB", "AUX") or near in inner)
    if not temporal and on_verb and any(
            c.deprel == "case" and c.text.lower() != "as" for c in sent.children(near.id)):
        # "Roe, who argued with the board, on Friday described …", "Roe, the director for the Party said": a
        # verb's phrase with a preposition, or one in the subject's own, is no subject
        # ("as Roe's manager suggested" is: the parser often reads that "as" as a preposition)
        return subj
    if near.upos == "PRON" and "Case=Acc" in near.feats:
        return subj
    # coordinated subjects ("Ann, Bo and Cy said") stay whole; an appositive never ends right before the verb
    # (it closes with a comma), so a word of one there means the parser misread the phrase
    appos = {t.id for c in inner if c.deprel == "appos" for t in sent.subtree(c.id)}
    own = {t.id for t in inner} - appos
    # a name never runs across a comma: "Mayor Jane Holt, Roe said, had ...", read as one name, is two people
    lo, hi = sorted((near.id, near.head))
    crosses = near.deprel in NAME_PARTS and any(sent.token(k).text == "," for k in range(lo + 1, hi))
    if near.id in own and not temporal and not crosses:
        return subj
    between = [t for t in sent.tokens if subj.end <= t.start and t.end <= near.start]
    named = _name_head(sent, near, subj.id, verb.id)
    if named.upos == "PROPN" and named.head == verb.id and named.deprel == subj.deprel and (
            (subj.upos == "NOUN" and named.id == subj.id + 1)
            or (max(t.id for t in inner) == subj.id and min(t.id for t in sent.subtree(named.id)) == subj.id + 1)):
        # "front-runner Jane Roe said", "Acme Lines chief executive Jane Roe said", split by the parser into two
        # subjects, the second's phrase right after the first: the name
        return named
    if not temporal and not any(t.text in (",", ":", ";") for t in between):
        return subj
    return named  # the nearer word's phrase: up through the parts of one name ("candidate Jane Roe"), no further


def _name_before(sent: Sentence, subj: Token) -> Token | None:
    """The name or personal pronoun right before the phrase of a time-word subject (``Roe at the time``)."""
    first = min(t.id for t in sent.subtree(subj.id))
    i = first - 1
    if i < 1:
        return None
    t = sent.token(i)
    if t.upos == "PROPN" or (t.upos == "PRON" and t.text.lower() in PERSONAL_PRONOUNS):
        return _name_head(sent, t, 0, first)
    return None


PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
#: cue verbs that mostly sit inside someone else's reported clause ("said her campaign would continue ...");
#: a thought is not quoted words ("Roe said most voters believe "…"": Roe's)
WEAK_CUES = frozenset({"continue", "believe", "think", "hope", "fear", "feel", "worry", "wonder"})


#: auxiliaries that make a speech verb a wish, a duty or a guess rather than something said
UNREALIZED_AUX = frozenset({"should", "would", "could", "must", "might", "may", "can", "ought", "will", "shall"})


def _unrealized(sent: Sentence, verb: Token) -> bool:
    """``Roe said the party should reiterate "…"`` / ``you can't yell "…"``: a speech act under a modal or a
    negation did not happen; the words are the reporter's."""
    return _negated(sent, verb) or any(
        c.deprel == "aux" and c.lemma.lower() in UNREALIZED_AUX for c in sent.children(verb.id)
    )


def _negated(sent: Sentence, verb: Token) -> bool:
    """``He didn't suggest …``, ``never said``: a speech act that did not happen."""
    return any(c.deprel == "advmod" and c.lemma.lower() in ("not", "never", "n't") for c in sent.children(verb.id))


def _relative_clause_owner(sent: Sentence, verb: Token, subj: Token) -> Token | None:
    """``Berg railed against what he calls the "…"`` / ``Roe attacked the rules, which she called "…"``: a
    pronoun speaking in a relative clause is the named subject of the clause the relative hangs from (the
    mention a reader points at); ``None`` when that subject is no name or person noun before the pronoun."""
    if subj.text.lower() not in ("he", "she", "they", "it") or verb.deprel != "acl:relcl" or verb.head <= 0:
        return None
    for _, node in _up(sent, verb, 4):
        if node.upos in ("VERB", "AUX"):
            named = next((c for c in sent.children(node.id) if c.deprel == "nsubj"), None)
            if named is None and (node.deprel in ("xcomp", "conj") or _to_clause(sent, node)):
                continue  # "Roe went on the radio to attack what she called …": the clause above has it
            if node.deprel == "ccomp":
                return None  # "Roe said Berg would win, which she called "…"": inside reported words, the
                # pronoun is the mention (the clause above is Roe's report, not Berg's act)
            if named is not None and named.id < subj.id and named.upos in ("PROPN", "NOUN") and (
                    _person_like(named) or (subj.text.lower() in ("it", "they") and can_speak(named))):
                if subj.text.lower() in ("he", "she") and named.lemma.lower() in _org_nouns():
                    return None  # "The board must defeat Berg, whom he called "…"": a board is no "he"
                if _honorific_gender(sent, named) not in ("unknown", _PRONOUN_GENDER.get(subj.text.lower(), "")):
                    return None  # "Ms. Holt sailed into what he called "…"": he is someone else
                return named
            return None
    return None


_PRONOUN_GENDER = {"he": "male", "she": "female"}


def _honorific_gender(sent: Sentence, name: Token) -> str:
    """The gender an honorific before a name gives (``Mrs. Holt``: female), else unknown."""
    honorifics: dict[str, str] = lexicon()["honorifics"]
    i = name.id - 1
    while i >= 1 and sent.token(i).text == ".":
        i -= 1  # "Ms . Holt": a tokenizer may split the period off
    if i >= 1 and sent.token(i).text.lower() in honorifics:
        return str(honorifics[sent.token(i).text.lower()])
    return "unknown"


@cache
def _org_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon()["org_nouns"])


def _outer_reporter(
    sent: Sentence, verb: Token, subj: Token, regions: list[tuple[int, int]]
) -> tuple[Token, Token] | None:
    """``Roe says he'd tell him "no more games"``: when the verb governing a quote has a personal
    pronoun for subject, a thing (``Roe said the plan should reiterate "…"``), or is a weak cue like
    *continue*, and sits inside the clause of another speech verb, the outermost reporter is the source a
    reader would name."""
    if describes_relative(sent, verb):
        return None  # "Roe said he backed the bill, which he called "…"": the relative clause is his own act
    lemma = subj.lemma.lower()  # (a plural the lemmatizer left as it was: "campaigners")
    thing = subj.upos == "NOUN" and lemma not in speaker_heads() and lemma.removesuffix("s") not in speaker_heads()
    if (subj.text.lower() not in PERSONAL_PRONOUNS and verb.lemma.lower() not in WEAK_CUES and not thing
            and not _unrealized(sent, verb)):
        return None
    best: tuple[Token, Token] | None = None
    # "Roe says …, but she cautions that …" / "…, although he tweeted that …": a pronoun's verb joined to
    # another speech verb by coordination or a contrast is a speech act of its own, not reported by it
    own = subj.text.lower() in PERSONAL_PRONOUNS and not _unrealized(sent, verb)
    side, below = own, verb
    # a subject the verb inherits ("and she responded by calling him "…"") belongs to the clause above it: the
    # walk starts there, where the coordination test applies
    owner = sent.token(subj.head) if 0 < subj.head != verb.id else None
    if (owner is not None and own and _coordinated(sent, owner)
            and any(node.id == owner.id for _, node in _up(sent, verb))):
        below = owner
    for _, node in _up(sent, below):
        side = side and _coordinated(sent, below)
        fronted = below.deprel == "advcl" and below.end <= node.start
        below = node
        if side:
            continue
        if any(a <= node.start < b for a, b in regions) or not _is_cue(node, sent) or _unrealized(sent, node):
            continue
        if fronted:
            continue  # '(She claimed to "retire.") Then the firm announced …': a clause before it is no report
        outer = _subject(sent, node)
        if outer is None or outer.id == subj.id or outer.lemma.lower() in EXPLETIVES:
            continue
        if any(a <= outer.start < b for a, b in regions):
            continue
        best = (node, outer)
    return best


def describes_relative(sent: Sentence, verb: Token) -> bool:
    """``verb`` heads a relative clause about its antecedent (``the ledger, which he described as "…"``,
    ``Berg, whom she branded "…"``): a speech act of its own, not words inside an outer report."""
    if verb.deprel != "acl:relcl":
        return False
    kids = sent.children(verb.id)
    if any(c.deprel in ("obj", "obl", "xcomp") and c.text.lower() in ("which", "whom", "who") for c in kids):
        return True
    # (the parser may hang the relative word elsewhere: "the passengers, whom he described as "…"")
    subj = next((c for c in kids if c.deprel == "nsubj"), None)
    return subj is not None and subj.id > 1 and sent.token(subj.id - 1).text.lower() in ("which", "whom")


#: subordinators of a clause that stands beside the main one rather than reporting inside it
CONTRAST_MARKS = frozenset({"although", "though", "while", "whereas", "but"})


def _coordinated(sent: Sentence, t: Token) -> bool:
    """``t`` is joined to its head as a clause beside it (``conj``, or ``advcl`` led by *although*), not as
    the content of what the head says."""
    if t.deprel == "conj":
        # ("Roe says … and that she hopes …": a second complement of the same report, not a clause beside it)
        return not any(c.deprel == "mark" and c.lemma.lower() == "that" for c in sent.children(t.id))
    return t.deprel == "advcl" and any(
        c.deprel == "mark" and c.lemma.lower() in CONTRAST_MARKS for c in sent.children(t.id))


def mention_span(sent: Sentence, head: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``head`` without appositives and clauses."""
    keep = {head.id}
    frontier = [head.id]
    while frontier:
        nid = frontier.pop()
        for c in sent.children(nid):
            placing = (c.deprel == "obl" and sent.token(nid).lemma.lower() in PLACING_ADJECTIVES
                       and (nid != head.id or head.upos == "ADJ"))  # ("One official familiar with …": an ADJ head)
            # a name in apposition with no comma before it is the noun's own name ("sports daily Marca")
            named = c.deprel == "appos" and c.upos == "PROPN" and nid == head.id and c.id > nid and _bare_name(
                sent, nid, c)
            if c.deprel in NOT_IN_MENTION and not _word_hyphen(sent, c) and not placing and not named:
                continue  # (but "officials familiar with the talks" keeps what places them)
            if nid == head.id and c.deprel in ("case", "mark", "cc"):
                continue
            if (_day_word(c) and not _hyphenated(sent, c)
                    and not any(o.id > c.id for o in sent.children(nid) if o.deprel not in NOT_IN_MENTION)):
                continue  # "Jane Holt on Monday chided": a day the parser hung on the name ends it
            keep.add(c.id)
            frontier.append(c.id)
    toks = [t for t in sent.tokens if t.id in keep]
    # keep a contiguous run around the head
    ids = sorted(keep)
    lo = hi = ids.index(head.id)
    while lo > 0 and ids[lo - 1] == ids[lo] - 1:
        lo -= 1
    while hi + 1 < len(ids) and ids[hi + 1] == ids[hi] + 1:
        hi += 1
    toks = [sent.token(i) for i in ids[lo : hi + 1]]
    while toks and (toks[0].upos in ("PUNCT", "SCONJ", "CCONJ") or toks[0].deprel in ("mark", "cc")):
        toks.pop(0)  # "After Jane Roe left, ...": a misattached conjunction opens no name
    while toks and (toks[-1].upos == "PUNCT" or (toks[-1].deprel == "case" and toks[-1].text in _POSSESSIVE_MARKS)):
        toks.pop()  # (and "Jane Holt's answer": the owner's name ends before its "'s")
    if not toks:
        return head.start, head.end
    after = sent.token(toks[-1].id + 1) if toks[-1].id < len(sent.tokens) else None
    placed = _placing_after(sent, head, after) if after is not None and head.upos == "NOUN" else None
    if placed is not None:
        return toks[0].start, placed  # "A person close to the founder, Nadia Frost, said": the parser lost "close"
    if after is not None and after.text.lower() == "general" and toks[-1].text[:1].islower() and (
            toks[-1].lemma.lower() in lexicon_words("role_words")):
        return toks[0].start, after.end  # "Its director general, Jane Roe,": a title with "general" after its noun
    return toks[0].start, toks[-1].end


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _bare_name(sent: Sentence, head: int, appos: Token) -> bool:
    """An apposition right after its noun with no comma, article or second name (``sports daily Marca``,
    ``campaign chairman Paul Manafort``): the noun's own name, part of the mention (not ``hopefuls Jane Roe and
    Tom Berg``, nor ``spokesman the Rev. Tom Berg``)."""
    words = sent.subtree(appos.id)
    first = min(t.id for t in words)
    return (first > head and not any(t.upos == "PUNCT" for t in sent.tokens[head : first - 1])
            and not any(t.upos in ("DET", "CCONJ", "PUNCT") for t in words))


def _placing_after(sent: Sentence, head: Token, adj: Token) -> int | None:
    """Where a placing adjective right after a person noun ends with its phrase (``close to the company's
    founder``), when the parser hung the adjective elsewhere: the end of the phrase's own noun, not its
    apposition."""
    if adj.upos != "ADJ" or adj.lemma.lower() not in PLACING_ADJECTIVES or adj.head == head.id:
        return None
    if head.lemma.lower() not in person_heads():
        return None
    obl = next((c for c in sent.children(adj.id) if c.deprel.startswith("obl") and any(
        k.deprel == "case" and k.lemma.lower() in ("to", "with") for k in sent.children(c.id))), None)
    return mention_span(sent, obl)[1] if obl is not None else None


def _hyphenated(sent: Sentence, t: Token) -> bool:
    """``t`` is a piece of a hyphenated word (``62-year-old``): a word hyphen stands beside it."""
    return any(0 < i <= len(sent.tokens) and _word_hyphen(sent, sent.token(i)) for i in (t.id - 1, t.id + 1))


def _word_hyphen(sent: Sentence, t: Token) -> bool:
    """A hyphen inside a word (``state-run``, ``medieval-history``), which the tokenizer split off: part of
    the phrase, not punctuation between phrases."""
    if t.text not in ("-", "–") or t.id <= 1 or t.id >= len(sent.tokens):
        return False
    return sent.token(t.id - 1).end == t.start and sent.token(t.id + 1).start == t.end


#: abbreviated titles and honorifics, matched with their period before the plain capitalised-word reading
#: (which would stop a name at "Gov" in "former Gov. Jane Roe")
TITLE_ABBREVIATION = (r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Rev|St|Jr|Sr|Pres|Supt|Amb|Det|Atty"
                      r"|Sens|Reps)\.(?![\p{L}\p{N}])")
#: an initialism written with its periods (``the H.P.A.``, ``U.S.``), one word of a name or a speaker phrase
INITIALISM = r"(?:\p{Lu}\.){2,5}"
_RUN_WORD = rf"(?:{TITLE_ABBREVIATION}|\p{{Lu}}(?:\.(?=[ ]+\p{{Lu}})|[\p{{L}}'’-]*))"  # an initial: "Jane B. Roe"
#: capitalised words in a row, a title's period included (``Former Gov. Jane Roe``: the parser may head the
#: phrase on the title, and the tokenizer split its period off)
CAPITALISED_RUN = regex.compile(rf"(?<![\p{{L}}'’]){_RUN_WORD}(?:[ ]+{_RUN_WORD})*")


LEADING_FUNCTION = regex.compile(r"(?:according[ ]+to|to|by|from|of|with|in)[ ]+", regex.I)


_ENDS_IN_INITIALISM = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){INITIALISM}\Z")


_A_WORD = regex.compile(r"[\p{L}'’]+")


def _mention(text: str, sent: Sentence, head: Token) -> Mention:
    """The subject's noun phrase, widened to the whole capitalised name around its head (a small parser
    sometimes heads "Acme Secretary General Jane Doe" on its first word)."""
    s, e = mention_span(sent, head)
    noun = _noun_after_modifier(sent, head)
    if noun is not None:  # "A senior Norland official said": the noun, tagged an adjective, is the head
        return Mention(s, noun.end, text[s : noun.end], sent.index, noun.id, noun.start, noun.end)
    if head.upos == "PROPN" or (head.text[:1].isupper() and head.upos != "PRON"):  # not "I" -> "I'm"
        for m in CAPITALISED_RUN.finditer(text, max(0, head.start - 80), min(len(text), head.end + 80)):
            if m.start() <= head.start < m.end() and m.end() - m.start() < 80:
                # (a title-case headline's run stops at its verb: "Berg Says The Vote Was Rigged" is Berg's)
                # (its present tense: "Stevie Wonder" is a name)
                verb = next((w for w in _A_WORD.finditer(text, head.end, m.end()) if w.group().endswith("s")
                             and w.group().lower() in cue_forms() and w.end() < m.end()), None)
                s = min(s, m.start())
                e = max(e, m.end()) if verb is None else len(text[: verb.start()].rstrip())
                break
    while e > s and text[e - 1] in ".,;:" and not _ENDS_IN_INITIALISM.search(text, s, e):
        e -= 1  # ("the H.P.A." keeps the period its last letter needs)
    lead = LEADING_FUNCTION.match(text, s, e) or LEADING_CONJUNCTION.match(text, s, e)
    if lead and lead.end() <= head.start:
        s = lead.end()  # "And Mayor Jane Roe": the capitalised run took the sentence's conjunction
    return Mention(s, e, text[s:e], sent.index, head.id, head.start, head.end)


def _noun_after_modifier(sent: Sentence, head: Token) -> Token | None:
    """The person noun right after a name the parser made the head of an article's phrase (``A senior Norland
    official``, with *official* tagged an adjective): the name only modifies it, and the phrase is a
    description of someone unnamed, not the name."""
    if head.upos != "PROPN" or head.id >= len(sent.tokens):
        return None
    noun = sent.token(head.id + 1)
    if (noun.upos not in ("ADJ", "VERB", "ADV") or not noun.text.islower() or noun.start != head.end + 1
            or head.head == noun.id):
        return None  # ("The Harbour Accord states": the name is the verb's subject)
    if noun.text not in person_heads() and noun.lemma.lower() not in person_heads():
        return None
    det = next((c for c in sent.children(head.id) if c.deprel == "det" and c.id < head.id), None)
    return noun if det is not None else None


def _outlet(text: str, sent: Sentence, verb: Token, speaker: Token | None) -> str | None:
    """``told AFP``, ``told reporters``, ``said to reporters``, ``was quoted by AFP as saying``: the addressee or
    medium."""
    for c in sent.children(verb.id):
        if speaker is not None and c.id == speaker.id:
            continue
        if verb.lemma == "tell" and c.deprel in ("obj", "iobj") and c.upos in ("PROPN", "NOUN"):
            s, e = mention_span(sent, c)
            return text[s:e]
        if (c.deprel.startswith("obl") and verb.lemma in ("say", "write", "speak", "add")
                and c.upos in ("PROPN", "NOUN")
                and any(k.lemma == "to" and k.deprel == "case" for k in sent.children(c.id))):
            s, e = mention_span(sent, c)
            return text[s:e]
    quoted = verb if verb.lemma == "quote" else sent.token(verb.head) if verb.head > 0 else None
    if quoted is not None and quoted.lemma == "quote":  # "was quoted by the Ledger as saying": the Ledger
        # (and the subject of "The Ledger quoted Roe as saying", when Roe speaks)
        quoter = ("obl:agent", "nsubj") if speaker is not None and speaker.head == quoted.id else ("obl:agent",)
        agent = next((c for c in sent.children(quoted.id) if c.deprel in quoter and c.upos in ("PROPN", "NOUN")
                      and (speaker is None or c.id != speaker.id)), None)
        if agent is not None:
            s, e = mention_span(sent, agent)
            return text[s:e].removeprefix("by ")
    return None


def _cue_text(sent: Sentence, verb: Token) -> tuple[str, int, int]:
    """The cue's words: the verb and its particle (``shot back``, ``cut in``, however the parser hung it), and
    ``quoted as`` before a participle (``was quoted as saying``)."""
    parts = [verb]
    parts += [c for c in sent.children(verb.id) if c.deprel == "compound:prt"]
    if _particle_cue(sent, verb) and sent.token(verb.id + 1) not in parts:
        parts.append(sent.token(verb.id + 1))
    found = _quoted_as(sent, verb)
    if found is not None and found[0].lemma.lower() == "quote" and found[0].id == found[1].id - 1:
        parts += list(found)  # "was quoted as saying": the whole phrase is the cue
    parts.sort(key=lambda t: t.start)
    return " ".join(t.text for t in parts), parts[0].start, parts[-1].end


# --------------------------------------------------------------------------- sieves


def _sentences_for(parsed: ParsedDoc, span: tuple[int, int]) -> list[Sentence]:
    return [s for s in parsed.sentences if s.start < span[1] and span[0] < s.end and s.parsed]


def _is_cue(t: Token, sent: Sentence | None = None) -> bool:
    """A speech verb; a word the tagger took for a noun counts when it has a subject of its own."""
    if t.lemma.lower() == "read" and sent is not None and t.upos == "VERB":
        # "a statement from her office read": words read out by a document; "Roe read the report" is no cue
        return any(c.deprel == "nsubj" and c.lemma.lower() in speaking_documents() for c in sent.children(t.id))
    if sent is not None and _particle_cue(sent, t):
        return True  # "Berg shot back that …" (a phrase of speech, even when the tagger read "shot" as a noun)
    if t.lemma.lower() not in cue_lemmas() and t.text.lower() not in cue_forms():
        return False  # the surface form counts too: a dictionary lemmatizer leaves unseen verbs as they are
    if sent is not None and t.text.lower() == "think" and t.id < len(sent.tokens) and (
            sent.token(t.id + 1).text.lower() in ("tank", "tanks")):
        return False  # "president of the Acme think tank": a noun the tagger often reads as a verb
    if sent is not None and t.lemma.lower() == "quote" and t.id < len(sent.tokens) and (
            sent.token(t.id + 1).text in (",", ":") and any(c.text == "I" for c in sent.children(t.id))):
        return False  # 'Roe said, and I quote, "…"': the writer's aside, the quote is Roe's
    if t.upos == "VERB" or t.xpos.startswith("VB"):
        return True
    return sent is not None and t.upos in ("NOUN", "PROPN", "ADJ") and any(
        c.deprel.startswith("nsubj") for c in sent.children(t.id))


def _particle_cue(sent: Sentence, t: Token) -> bool:
    """``t`` and the particle right after it make a phrase of speech (``shot back``, ``hit back``)."""
    if t.text.lower() not in _phrase_forms() or t.id >= len(sent.tokens):
        return False  # (most words open no phrase: no look at the tree for them)
    nxt = sent.token(t.id + 1)
    # (the particle as the parser may hang it: "back" an adverb, "in" a bare oblique)
    return nxt.head == t.id and nxt.text.lower() in _phrase_forms()[t.text.lower()] and (
        nxt.deprel in ("advmod", "compound:prt") or (nxt.deprel == "obl" and not sent.children(nxt.id)))


@cache
def _phrase_forms() -> dict[str, frozenset[str]]:
    """Two-word speech phrases of a verb and its particle (lexicon ``speech_phrases``: ``shot back``), by verb."""
    forms: dict[str, set[str]] = {}
    for phrase in lexicon()["speech_phrases"]:
        words = str(phrase).lower().split()
        if len(words) == 2:
            forms.setdefault(words[0], set()).add(words[1])
    return {verb: frozenset(particles) for verb, particles in forms.items()}


def _attach_points(sent: Sentence, span: tuple[int, int]) -> list[Token]:
    """The words inside the quote whose heads lie outside it: where the quote hangs in the tree. Punctuation
    counts only when nothing else does: a parser often hangs a quote's closing period on the root
    (``..., who added that it is "like a race."``), which is not where the words belong."""
    points = [t for t in sent.tokens if _inside(t, span) and (t.head == 0 or not _inside(sent.token(t.head), span))]
    return [t for t in points if t.deprel != "punct"] or points


def _up(sent: Sentence, t: Token, limit: int = 12) -> Iterator[tuple[int, Token]]:
    """The heads above ``t``, nearest first, with their distance in arcs (at most ``limit``)."""
    node, hops = t, 0
    while node.head > 0 and hops < limit:
        node = sent.token(node.head)
        hops += 1
        yield hops, node


def _ancestor_cue(sent: Sentence, span: tuple[int, int], regions: Sequence[tuple[int, int]] = ()) -> Token | None:
    """Nearest speech verb above the quote in the tree; a verb inside another quotation is quoted words, not
    the reporter's (``Holt said the council "welcomes" a review of "budget gaps"``: Holt's)."""
    best: tuple[int, Token] | None = None
    lead_in = _colon_lead_in(sent, span)
    for t in _attach_points(sent, span):
        below = t
        for hops, node in _up(sent, t):
            if _inside(node, span) or any(a <= node.start < b for a, b in regions):
                below = node
                continue
            if lead_in and not _inside(below, span) and _conj_with_subject(sent, below):
                break  # 'Roe said …, but she paid Berg a compliment: "…"': the clause before the colon speaks
            said = _that_clause_reporter(sent, below)
            if said is not None and not _inside(said, span):
                if best is None or hops < best[0]:
                    best = (hops, said)
                break
            if _is_cue(node, sent):
                if best is None or hops < best[0]:
                    best = (hops, node)
                break
            below = node
    if best is not None:
        told = _object_telling(sent, best[1], span)
        if told is not None:
            return told
    return best[1] if best else None


def _reduced_relative_subject(sent: Sentence, verb: Token) -> Token | None:
    """``in a move campaigners called "…"``: the parser glued the relative clause's subject to the noun before it
    (``move campaigners``) and hung the speech verb on it as a participle; that noun, right before the verb and
    a person or a group, is the verb's subject (not when an agent follows: ``the rivals called "…" by Roe``)."""
    if verb.deprel != "acl" or verb.head <= 0 or verb.head != verb.id - 1 or verb.xpos not in ("VBD", "VBN"):
        return None
    noun = sent.token(verb.head)
    glued = any(c.deprel == "compound" and c.id == noun.id - 1 and c.upos == "NOUN" for c in sent.children(noun.id))
    person = _person_like(noun) or noun.lemma.lower().removesuffix("s") in person_heads()  # (not "a case study")
    if not glued or not person or any(c.deprel == "obl:agent" for c in sent.children(verb.id)):
        return None
    return noun


def _object_telling(sent: Sentence, verb: Token, span: tuple[int, int]) -> Token | None:
    """``Roe recalled his first principal telling him, "…"``: a speech participle on the verb's object, right
    before the quote, is the quote's cue (the one recalled speaks, not the one recalling)."""
    for t in sent.tokens:
        if not (t.xpos == "VBG" and t.deprel == "acl" and verb.end <= t.start and t.end <= span[0]
                and _is_cue(t, sent) and t.head > 0):
            continue
        noun = sent.token(t.head)
        if noun.deprel == "obj" and noun.head == verb.id and noun.upos == "NOUN" and _person_like(noun) and not any(
                t.end <= w.start < span[0] and w.upos in ("VERB", "AUX") for w in sent.tokens):
            return t
    return None


def _that_clause_reporter(sent: Sentence, clause: Token) -> Token | None:
    """``After Roe said that pupils "…," Berg said: …``: a *that* clause reports what the speech verb right
    before *that* said, even when the parser hung it on a verb after it (a reported clause never comes before
    its own verb with a *that*)."""
    if clause.deprel != "ccomp" or clause.head <= clause.id:
        return None
    first = min(t.id for t in sent.subtree(clause.id))
    if first < 2:
        return None
    verb = sent.token(first - 1)
    return verb if verb.upos == "VERB" and verb.id != clause.head and _is_cue(verb, sent) else None


def _coordinated_clause_at(sent: Sentence, at: int) -> Token | None:
    """The clause coordinated with a subject of its own (``…, but she paid him a compliment``) that holds the
    word at character ``at``, if any."""
    word = next((t for t in sent.tokens if t.start <= at < t.end), None)
    if word is None:
        return None
    for node in (word, *(n for _, n in _up(sent, word))):
        if node.upos in ("VERB", "AUX") and _conj_with_subject(sent, node) and any(
                c.deprel == "cc" for c in sent.children(node.id)):
            return node
    return None


def _colon_lead_in(sent: Sentence, span: tuple[int, int]) -> bool:
    """The word right before the quote's opening mark is a colon: the clause before it introduces the quote."""
    before = [t for t in sent.tokens if t.end <= span[0]]
    return bool(before) and before[-1].text == ":"


def _conj_with_subject(sent: Sentence, verb: Token) -> bool:
    """``verb`` heads a coordinated clause with a subject of its own before it (``…, but she paid him a
    compliment``): a clause that speaks for itself, not more of the one it is joined to."""
    return verb.deprel == "conj" and any(c.deprel in SUBJECTS and c.id < verb.id for c in sent.children(verb.id))


def _ancestors(sent: Sentence, span: tuple[int, int]) -> set[int]:
    """Ids of the words outside the quote on the paths from it up to the root."""
    out: set[int] = set()
    for t in _attach_points(sent, span):
        for _, node in _up(sent, t, len(sent.tokens)):
            if node.id in out:
                break  # the rest of this path is in already
            if not _inside(node, span):
                out.add(node.id)
    return out


#: subordinators of a clause that tells when or why, not what was said
_SCENE_SETTERS = frozenset({"when", "after", "before", "while", "because", "since", "until", "once", "whenever"})


def _parataxis_cue(sent: Sentence, span: tuple[int, int]) -> Token | None:
    """A speech verb outside the quote attached to a word inside it (quote-first sentences), or set beside
    the clause that holds the quote (``Voters had "made a choice" this year, she said``)."""
    # (not a clause that only sets the scene: '"…," when Roe asked him about the fees')
    # (nor a relative clause on a quoted word: '"… for documents" that would answer …, Roe wrote')
    cands = [t for t in sent.tokens if not _inside(t, span) and _is_cue(t, sent) and t.head > 0
             and _inside(sent.token(t.head), span) and not _relative_on_quoted_word(sent, t)
             and not (t.deprel == "advcl" and any(
                 c.deprel in ("mark", "advmod") and c.lemma.lower() in _SCENE_SETTERS for c in sent.children(t.id)))
             and not _contrasting_clause(sent, t, span)]
    if not cands:
        above = _ancestors(sent, span)
        cands = [t for t in sent.tokens if t.head in above and _is_cue(t, sent)
                 and (t.deprel == "parataxis"
                      or (t.deprel == "conj" and (_inverted_tail(sent, t)
                                                  or (t.start >= span[1] and _closing_report(sent, t)))))]
    if not cands:
        # the parser sometimes makes the speech verb the root and the quote a distant dependent
        cands = [t for t in sent.tokens if not _inside(t, span) and _is_cue(t, sent) and t.head == 0
                 and not (_colon_lead_in(sent, span) and any(
                     c.id in above and _conj_with_subject(sent, c) for c in sent.children(t.id)))]
    return min(cands, key=lambda t: min(abs(t.start - span[1]), abs(span[0] - t.end))) if cands else None


def _contrasting_clause(sent: Sentence, verb: Token, span: tuple[int, int]) -> bool:
    """``… would "unleash a boom," but economists questioned its math``: a clause after the quote, joined by
    *but* or *yet* with a subject of its own, answers the quote; its subject did not say it."""
    return verb.deprel == "conj" and verb.start >= span[1] and any(
        c.deprel == "cc" and c.lemma.lower() in ("but", "yet") for c in sent.children(verb.id)) and any(
        c.deprel in SUBJECTS for c in sent.children(verb.id))


def _relative_on_quoted_word(sent: Sentence, verb: Token) -> bool:
    """``"… for documents" that would answer …``: a relative clause whose subject is the relative pronoun (or
    missing) describes the quoted word; no one speaks in it (``"…," which Roe thinks …`` has a speaker).

    >>> from quotes.records import Sentence, Token
    >>> def relative(subject: str) -> bool:
    ...     words = ['"', "documents", '"', subject, "would", "answer"]
    ...     heads, rels = [2, 0, 2, 6, 6, 2], ["punct", "root", "punct", "nsubj", "aux", "acl:relcl"]
    ...     toks = tuple(Token(i + 1, w, w.lower(), "X", "_", "_", h, r, 2 * i, 2 * i + 1)
    ...                  for i, (w, h, r) in enumerate(zip(words, heads, rels, strict=True)))
    ...     return _relative_on_quoted_word(Sentence(0, 0, 12, toks), toks[5])
    >>> relative("that"), relative("Roe")
    (True, False)
    """
    if verb.deprel != "acl:relcl":
        return False
    subject = next((c for c in sent.children(verb.id) if c.deprel in SUBJECTS), None)
    return subject is None or subject.lemma.lower() in RELATIVE_PRONOUNS


def _closing_report(sent: Sentence, verb: Token) -> bool:
    """``The council broke its "promise," Roe has said.``: a short reporting clause after a comma that ends the
    sentence, which a parser often coordinates with the clause before it (``conj`` without ``and``) or sets
    beside it (``parataxis``).

    >>> from quotes.records import Sentence, Token
    >>> words = 'They broke a " promise " , Roe has said .'.split()
    >>> heads = [2, 0, 5, 5, 2, 5, 10, 10, 10, 2, 2]
    >>> rels = ["nsubj", "root", "det", "punct", "obj", "punct", "punct", "nsubj", "aux", "conj", "punct"]
    >>> toks, at = [], 0
    >>> for i, (w, h, r) in enumerate(zip(words, heads, rels)):
    ...     toks.append(Token(i + 1, w, w, "X", "_", "_", h, r, at, at + len(w))); at += len(w) + 1
    >>> sent = Sentence(0, 0, at - 1, tuple(toks))
    >>> _closing_report(sent, toks[9])
    True

    A long subject counts as short when it is one person's title and name:

    >>> words = 'They broke a " promise " , Harbour Board senior trial counsel Jane Roe wrote in a filing .'.split()
    >>> heads = [2, 0, 5, 5, 2, 5, 15, 9, 12, 12, 12, 15, 12, 13, 2, 18, 18, 15, 2]
    >>> rels = ["nsubj", "root", "det", "punct", "obj", "punct", "punct", "compound", "compound", "amod",
    ...         "compound", "nsubj", "appos", "flat", "conj", "case", "det", "obl", "punct"]
    >>> ups = ["PRON", "VERB", "DET", "PUNCT", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "ADJ", "NOUN", "NOUN",
    ...        "PROPN", "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    >>> toks, at = [], 0
    >>> for i, (w, h, r, u) in enumerate(zip(words, heads, rels, ups)):
    ...     toks.append(Token(i + 1, w, w, u, "_", "_", h, r, at, at + len(w))); at += len(w) + 1
    >>> _closing_report(Sentence(0, 0, at - 1, tuple(toks)), toks[14])
    True
    """
    if any(c.deprel == "cc" for c in sent.children(verb.id)):
        return False
    ids = [t.id for t in sent.subtree(verb.id) if t.deprel != "punct"]
    first, last = min(ids), max(ids)
    # (a long subject is still short when it is one person's title and name: ", Harbour Board senior trial
    # counsel Jane Roe wrote in a filing.")
    subject = next((c for c in sent.children(verb.id) if c.deprel == "nsubj" and c.id < verb.id), None)
    named = [] if subject is None else [t for t in sent.subtree(subject.id) if t.upos != "PUNCT"]
    titled = len(named) <= 10 and any(t.upos == "PROPN" for t in named) and all(
        t.upos in ("PROPN", "NOUN", "ADJ", "DET") for t in named)
    if (last - first - (len(named) - 2 if titled else 0) > 8 or first < 2
            or sent.token(first - 1).text != ","):
        return False
    return all(t.upos == "PUNCT" or t.text in ".!?\"”’'" for t in sent.tokens[last:])


def _fronted_speaker(sent: Sentence, verb: Token) -> Token | None:
    """``Jane Roe, a pollster, said Berg "was wrong"``: the parser took the reported clause's subject right
    after the verb for an inverted speaker (as in ``…, said Berg.``); when a clause of the verb follows that
    word, the speaker is the one before the verb, as another subject of it or on the reported clause."""
    after = [c for c in sent.children(verb.id) if c.deprel in SUBJECTS and verb.id < c.id <= verb.id + 2]
    if not after or not any(c.deprel == "ccomp" and c.id > after[0].id for c in sent.children(verb.id)):
        return None
    if any(MARK_RE.search(t.text) for t in sent.tokens[max(0, verb.id - 3) : verb.id - 1]):
        return None  # '"…," said Roe. "…': a real inversion after a quotation
    before = [c for c in sent.children(verb.id) if c.deprel in SUBJECTS and c.id < verb.id]
    if _thing_before_person_after(before, after[:1]):
        return None  # "The odd thing about it, says Jane Roe, is that …": no thing speaks
    if before:
        return before[-1]
    clause = {t.id for c in sent.children(verb.id) if c.deprel == "ccomp" for t in sent.subtree(c.id)}
    return next((t for t in sent.tokens[: verb.id - 1] if t.deprel in ("nsubj", "nsubj:pass") and t.head in clause
                 and t.upos in ("PROPN", "NOUN", "PRON")), None)


def _inverted_tail(sent: Sentence, verb: Token) -> bool:
    """``…, said Jane Roe, a pollster.``: a speech verb after a comma with its subject after it, which the
    parser may join to the sentence as a conjunct (not a second clause: ``… and Roe said``)."""
    before = sent.token(verb.id - 1) if verb.id > 1 else None
    if before is None or before.text != "," or _participle(verb):
        return False  # "…, adding that the person who …" is no inversion
    subjects = [c for c in sent.children(verb.id) if c.deprel in SUBJECTS]
    after = [c for c in subjects if c.id > verb.id]
    if any(c.id < verb.id and before.id in {t.id for t in sent.subtree(c.id)} for c in subjects):
        # "Jane Roe, a pollster, said Berg …": the comma closes the subject's appositive; but "The odd
        # thing about it, says Jane Roe, is …": a subject before that cannot speak, a person after
        return _thing_before_person_after([c for c in subjects if c.id < verb.id], after)
    return bool(after)


def _thing_before_person_after(before: list[Token], after: list[Token]) -> bool:
    """Subjects on both sides of a verb, those before it all things that cannot speak and a person (not a
    pronoun) after it: ``The paradox of it, says Jane Roe, is …`` has Roe for speaker."""
    return bool(before) and all(not can_speak(c) for c in before) and any(
        _person_like(c) and c.upos != "PRON" for c in after)


def _participle(verb: Token) -> bool:
    """An ``-ing`` form hung on another clause (``…, adding that …``): it takes its subject from that clause,
    never from a noun after it."""
    return verb.xpos == "VBG" and verb.deprel != "root"


EXPLETIVES = frozenset({"it", "this", "that", "there", "which", "what", "one"})


def _colon_speaker(
    text: str, sents: list[Sentence], span: tuple[int, int], regions: list[tuple[int, int]] = ()  # type: ignore[assignment]
) -> tuple[Token, Token, Sentence, int] | None:
    """``X responded: "..."`` / ``The headline reads: "..."``: a clause ending in a colon right before the
    quote introduces it, whatever its verb; the speaker is that verb's subject. A colon inside another
    quote (``"... Here they are: "...``) belongs to that quote's speaker, so this sieve stays out. Also returns
    where the colon (or dash) is."""
    lo = max(0, span[0] - 200)  # (the colon sits right before the quote: no need to copy the article up to it)
    before = text[lo : span[0]].rstrip()
    # (a spaced dash or a double hyphen, not a hyphen inside a word)
    if before.endswith(("--", "—", "–")) and before[:-1].rstrip("-—– ") != before[:-1]:
        # "Roe defended the toll -- "Every boat pays its share."": a dash before a whole sentence in quotes that ends
        # its own sentence works as a colon
        words = text[span[0] : span[1]].strip(" \"'“”‘’").split()
        after = text[span[1] : span[1] + 3].lstrip(" \"'”’")
        if not words or not words[0][:1].isupper() or len(words) < 4 or after[:1] not in ("", "\n", "-", "—", "–"):
            return None  # (or a sentence set off by a second dash: 'Roe waved the question away -- "…" -- and left')
        colon_at = lo + len(before) - 1
    elif before.endswith(":"):
        colon_at = lo + len(before) - 1
    else:
        return None
    if any(a <= colon_at < b for a, b in regions):
        return None
    for sent in sents:
        if not (sent.start <= colon_at < sent.end):
            continue
        verbs = [t for t in sent.tokens if t.end <= colon_at and (t.upos in ("VERB", "AUX") or _is_cue(t, sent))
                 and not any(a <= t.start < b for a, b in regions)]  # a verb in a quoted title is no lead-in
        own = _coordinated_clause_at(sent, colon_at)
        if own is not None:
            # 'Roe said Berg was "lost," but she paid him a compliment: "…"': the clause the colon ends speaks
            inside = {t.id for t in sent.subtree(own.id)}
            verbs = [t for t in verbs if t.id in inside]
        # a speech verb anywhere before the colon wins ("As X reported, Y was refusing ...: '...'"), then the nearest
        for v in sorted(verbs, key=lambda t: (not _is_cue(t, sent), -t.start)):
            subj = _subject(sent, v)
            if subj is None and v.deprel == "cop" and v.head > 0:
                # "Roe was blunt: "…"": the copula's clause has the subject, when it is someone who can speak
                # (or a named owner's noun for words: "Roe's answer was blunt:")
                subj = next((c for c in sent.children(v.head) if c.deprel == "nsubj" and (
                    _person_like(c) or _named_owner(sent, c))), None)
            if subj is None and v.deprel == "acl" and _participle(v) and _is_cue(v, sent):
                # "her office mailed a flyer to residents saying: "…"": the participle's noun is the clause's
                # object; whoever sent it speaks (not a speech verb further back)
                clause = next((n for _, n in _up(sent, v, 4) if n.upos == "VERB"), None)
                subj = _subject(sent, clause) if clause is not None else None
                if subj is None:
                    return None
            if (subj is not None and subj.end <= colon_at and subj.lemma.lower() not in EXPLETIVES
                    and not any(_inside(subj, r) for r in regions)):
                return v, subj, sent, colon_at
    return None


def _reported_by(sent: Sentence, verb: Token, span: tuple[int, int]) -> tuple[Token, Token] | None:
    """``X said ..., the news agency reported``: the words reach us through the outlet, which is the
    source a reader can check, so it is named as the speaker."""
    org_words = {str(w) for w in lexicon()["org_heads"]}
    for t in sent.tokens:
        if t.id == verb.id or _inside(t, span) or t.lemma != "report" or t.upos != "VERB":
            continue
        if t.deprel not in ("parataxis", "conj", "ccomp") and t.head != verb.id:
            continue
        subj = next((c for c in sent.children(t.id) if c.deprel == "nsubj"), None)
        if subj is not None and subj.lemma.lower() in org_words:
            return t, subj
    return None


def _nearest_cue_left(
    sent: Sentence, span: tuple[int, int], regions: list[tuple[int, int]]
) -> tuple[Token, Token] | None:
    """When the tree links the quote to no speech verb (a long sentence the parser got wrong), the nearest
    speech verb before it in the same sentence, with a subject outside every quote: ``Ann told a town hall
    in Salem on Monday that the plan is "peanuts"``. Weaker than the tree sieves, so tried after them."""
    for t in sorted(sent.tokens, key=lambda x: -x.start):
        if t.end > span[0] or not (t.upos == "VERB" or t.xpos.startswith("VB")) or not _is_cue(t, sent):
            continue
        if any(a <= t.start < b for a, b in regions) or _closed_clause(sent, t, span):
            continue
        subj = _subject(sent, t)
        if subj is not None and any(a <= subj.start < b for a, b in regions) and _participle(t):
            # "Roe hardly settled it, and, when pressed, insisting, "Of course the board paid"": the parser hung
            # the participle under the quote's own verb, whose subject is quoted; the sentence's subject speaks
            root = next((w for w in sent.tokens if w.deprel == "root"), None)
            subj = _subject(sent, root) if root is not None and not _inside(root, span) else None
        if subj is None or any(a <= subj.start < b for a, b in regions):
            continue
        if subj.lemma.lower() in EXPLETIVES and not (subj.lemma.lower() == "it" and subj.deprel == "nsubj"):
            continue  # (an active speech verb's "it" is an organization: "it turned on Roe, saying …")
        return t, subj
    return None


CONTRASTIVE = frozenset({"while", "whereas", "although", "though"})


def _closed_clause(sent: Sentence, t: Token, span: tuple[int, int]) -> bool:
    """``t`` is in a contrastive clause (``While Roe calls it …, Berg …``) that ends before the quote: its
    speech is not the quote's (unlike ``As Roe told reporters, "…"``)."""
    clause = _marked_clause(sent, t, CONTRASTIVE)
    return clause is not None and max(w.end for w in sent.subtree(clause.id)) <= span[0]


def _marked_clause(sent: Sentence, t: Token, marks: frozenset[str] | None = None) -> Token | None:
    """The nearest adverbial clause holding ``t`` (``t`` itself included) that opens with a subordinator
    (``while``, ``after``, ``when``; one of ``marks`` when given)."""
    for node in (t, *(n for _, n in _up(sent, t))):
        if node.deprel == "advcl" and any(c.deprel == "mark" and (marks is None or c.lemma.lower() in marks)
                                          for c in sent.children(node.id)):
            return node
    return None


#: nouns that make ``in Roe's …`` a phrase giving whose words or views the sentence reports
_WHOSE_WORDS = frozenset({"words", "view", "opinion", "estimation", "telling", "mind"})


def _in_the_words_of(sent: Sentence, span: tuple[int, int]) -> tuple[Token, Token, Token] | None:
    """``in the words of a senior aide, "the torchbearer"`` and ``in Roe's words, "…"``: the phrase names whose
    words the quote are, as *according to* does; returns the phrase's first and last words and the speaker's head
    word."""
    toks = sent.tokens
    for i in range(len(toks) - 3):
        a, b, c, d = toks[i : i + 4]
        if (a.text.lower(), b.text.lower(), c.text.lower(), d.text.lower()) != ("in", "the", "words", "of"):
            continue
        head = next((x for x in sent.children(c.id) if x.deprel.startswith("nmod") and x.id > d.id
                     and x.upos in ("PROPN", "NOUN", "PRON") and not _inside(x, span)), None)
        if head is not None and not _inside(a, span) and can_speak(head):
            return a, d, head
    for w in toks:  # "in Roe's words", "in her own words", "in Roe's view", "in her telling"
        if w.text.lower() not in _WHOSE_WORDS or _inside(w, span):
            continue
        kids = sent.children(w.id)
        opener = next((x for x in kids if x.deprel == "case" and x.text.lower() == "in"), None)
        owner = next((x for x in kids if x.deprel == "nmod:poss" and x.upos in ("PROPN", "NOUN", "PRON")), None)
        if opener is None or owner is None or not can_speak(owner):
            continue
        if w.text.lower() != "words" and any(
                t.upos == "VERB" and not _inside(t, span) and _is_cue(t, sent)
                and any(c.deprel in SUBJECTS for c in sent.children(t.id)) for t in sent.tokens):
            continue  # ('In her view, the tax is what Roe called "…"': a view frames, a speech verb quotes)
        return opener, w, owner
    return None


def _according_to(sent: Sentence, span: tuple[int, int]) -> Token | None:
    """``"…," according to X`` / ``According to X, "…"`` in the quote's sentence; not in a sentence of its own
    after a quote that ended one (``"Is it off?" The store sells hats, according to its website.``: the
    tokenizer ran the two together)."""
    inner = [t for t in sent.tokens if _inside(t, span) and t.text not in MARK_CHARS]
    opener = next((t for t in sent.tokens if t.start >= span[1] and t.text not in MARK_CHARS), None)
    closed = bool(inner) and inner[-1].text in (".", "?", "!") and opener is not None and opener.text[:1].isupper()
    first_after = next((t.id for t in sent.tokens if t.start >= span[1]), len(sent.tokens) + 1)
    for t in sent.tokens:
        if closed and t.id - first_after >= 6:
            break  # a new sentence (with its own words) between the quote and "according to"
        if t.text.lower() == "according" and not _inside(t, span) and t.head > 0:
            nxt = sent.tokens[t.id] if t.id < len(sent.tokens) else None
            if nxt is not None and nxt.text.lower() == "to":
                head = sent.token(t.head)
                if head.upos in ("PROPN", "NOUN", "PRON") and not _inside(head, span):
                    return head
    return None


@cache
def _medium_verbs() -> frozenset[str]:
    """Speech verbs whose "on X" / "in an interview with X" names where the words appeared (``medium_verbs``;
    not "called on X")."""
    return frozenset(str(w) for w in lexicon()["medium_verbs"])


def _medium_after(text: str, verb: Token, cue: str, cue_end: int) -> str | None:
    """``said on Harbour Radio``, ``wrote on Twitter``: the medium right after a tree-linked speech verb."""
    return _outlet_after(text, cue, cue_end) if verb.lemma.lower() in _medium_verbs() else None


def _relayed_by(text: str, sent: Sentence, span: tuple[int, int], speaker: Token) -> str | None:
    """``Holt said she was "happy," according to the Ledger``: the medium the words came through, for the
    row's ``outlet`` (the speaker stays the one who spoke)."""
    head = _according_to(sent, span)
    if head is None or head.id == speaker.id or head.upos == "PRON":
        return None
    s, e = mention_span(sent, head)
    return text[s:e]


def _according_cue(text: str, sent: Sentence, head: Token) -> tuple[str, int, int]:
    """The words *according to* before ``head`` (found by :func:`_according_to`), with their offsets."""
    acc = next(t for t in sent.tokens if t.text.lower() == "according" and t.head == head.id)
    to = sent.tokens[acc.id]
    return text[acc.start : to.end], acc.start, to.end


#: between a speaker and the speech verb (and so never part of the speaker's phrase): "the mayor will say",
#: "Holt then recalled"
AUX_OR_ADVERB = r"(?:will|would|then|also|later|again|still|now)"
#: speech verbs common enough to end a speaker's phrase wherever they stand
_COMMON_CUES = (r"(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|noted|notes|replied|replies|responds|"
                r"responded|answered|answers|explained|explains|insisted|insists|declared|declares|argued|argues)")
#: lower-case words that never sit inside a role before a name ("Wednesday night that under President …")
_NOT_ROLE_WORDS = (r"(?:that|which|who|whom|while|when|where|under|after|before|because|if|and|or|but|as|than|"
                   r"then|from|with|without|during|since|until|to|by|at|in|on)")
#: an indefinite or counted group before a speaker's noun: "a protester", "one official familiar with the
#: talks", "some protesters", "200 marchers"
INDEFINITES = ("a", "an", "another", "one", "some", "several", "many", "most", "both", "two", "three", "four",
               "five", "few")
QUANTIFIER = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in INDEFINITES) + r"|\d[\d,]*)"
#: one word of a speaker's name in the adjacency patterns: a title, an initial or short abbreviation with its
#: period when more of the name follows ("Jane B. Roe", "Jr."), or a capitalised word
_NAME_PIECE = (rf"(?:{TITLE_ABBREVIATION}|[A-Z](?:(?:\.[A-Z]){{1,3}}\.(?=[ ]+[A-Z])"  # "G.K. Roe"
               rf"|\w{{0,2}}\.(?=[ ]+[A-Z])|[\w'’-]*|\w{{0,2}}\.))")
#: a word that may go on a speaker's noun phrase: no preposition, conjunction, auxiliary or cue
_PHRASE_WORD = (r"(?!(?:by|to|for|with|at|in|on|from|and|or|but|that|who|which|as|not|did|does|do|didn't"
                rf"|{AUX_OR_ADVERB}|{_COMMON_CUES})\b)")
NAME_OR_PRONOUN = (r"(?<![\w'’])(?:"
                   # "Acme campaign manager Jane Roe": capitalised words, a few lowercase role words, a full name
                   # (tried first: "Acme press secretary Jane Roe told" is not "Acme" + "press")
                   # ("the Herald's chief harbour correspondent Jane Roe": an article may open it)
                   rf"(?:[Tt]he[ ]+)?(?:[A-Z][\w'’-]*[ ]+)+"
                   rf"(?:(?!(?:{_COMMON_CUES}|{_NOT_ROLE_WORDS})\b)[a-z][\w-]*[ ]+){{1,3}}"
                   r"[A-Z](?:[\w'’-]*|\.)(?:[ ]+[A-Z][\w'’-]*)+"
                   r"|(?:(?:retired|former|longtime|veteran|fellow|acting|outgoing|incoming)[ ]+)?"
                   rf"{_NAME_PIECE}(?:[ ]+{_NAME_PIECE}|[ ]+(?:of|de|del|da|di|du|der|den|bin|ibn|al|van|von))*"
                   # "former tech executive Jane Roe", "retired Air Force general Jane Roe": role words from the
                   # start, then a full name (after the plain name above, which the regex tries
                   # first: "former Gov. Jane Roe")
                   rf"|(?:retired|former|longtime|veteran|acting|outgoing|incoming)[ ]+"
                   rf"(?:(?!(?:{_COMMON_CUES}|{_NOT_ROLE_WORDS}|the|a|an)\b)[A-Za-z][\w-]*[ ]+){{1,4}}?"
                   r"[A-Z](?:[\w'’-]*|\.)(?:[ ]+[A-Z][\w'’-]*)+"
                   # "Holt's cousin", "Acme Corp.'s chief": an owner's name, then a lower-case noun phrase (not
                   # inside a phrase after a preposition: "a source close to Roe's campaign said")
                   r"|(?<!\b(?i:for|of|with|at|in|on|from|to|by|about|against|into|over|under|behind)[ ]+)"
                   rf"(?:[A-Z][\w.-]*[ ]+){{0,3}}[A-Z][\w.-]*['’]s"
                   rf"(?:[ ]+{_PHRASE_WORD}(?-i:\p{{Ll}})[\p{{L}}\p{{N}}'’-]*){{1,3}}"
                   # "the ship owner told the paper when asked": the phrase stops before a speech verb
                   # (not a phrase after a preposition: "A letter from Roe to the board, seen by …, warned:")
                   rf"|(?<!\b(?i:for|of|from|to)[ ]+)"
                   rf"(?:[Tt]he|{QUANTIFIER})"
                   rf"(?:[ ]+{_PHRASE_WORD}(?:{INITIALISM}|[\p{{L}}\p{{N}}'’-]+)){{1,5}}"  # ("a former U.S. official")
                   # "a voice-over in the ad", "a sign at the rally": one place phrase after the noun
                   r"(?:[ ]+(?:in|on|at)[ ]+(?:the|a|an|this|that|his|her|their|its)(?:[ ]+[\p{L}\p{N}'’-]+){1,2}"
                   r"(?=[ ]+(?-i:\p{Ll})))?"
                   # '"…," read one.' / 'said another.': one of a group just named (a sign, a protester)
                   r"|(?:[Oo]ne|[Aa]nother)(?=[ ]*[.,;!?])"
                   r"|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)")


DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
#: words a speaker's phrase never ends on: the phrase stopped inside a noun phrase ("a series of")
#: cue forms that are never part of a name, even capitalised in running text
_NEVER_A_NAME_CUES = frozenset({"tweeted", "tweets", "retweeted"})
DANGLING_WORDS = frozenset({"of", "the", "a", "an", "and", "or", "for", "from", "into", "about",
                            "his", "their", "its", "our", "my", "your"})  # ("a collection of his writing")
#: the next sentence names whose words these were: ``"…." That quote from Mayor Jane Roe appeared …``
#: (or a dash and a pseudo-cleft: ``"…" — that was the message from Mayor Jane Roe``; not ``The response from Roe
#: was swift``, which may answer the quote)
QUOTE_FROM = regex.compile(
    rf"^['’]?\s*(?:(?:That|This|The)[ ]+(?P<v>(?:quote|remark|comment|line|statement|tweet|post|words)[ ]+(?:from|by))"
    rf"|(?:[.!?]?['’\"”]?[ ]*[—–][ ]*[Tt]hat|That)(?:['’]s|[ ]+(?:was|is))[ ]+the[ ]+"
    rf"(?P<v>(?:message|verdict|word|warning|view|response|reaction|reply|answer|advice|promise|pledge)[ ]+from))"
    rf"[ ]+(?P<n>(?:\p{{Ll}}[\p{{L}}-]*[ ]+){{0,3}}?{_NAME_PIECE}(?:[ ]+{_NAME_PIECE})*)"
)
_QUOTE_FROM_EXAMPLES = """
>>> [QUOTE_FROM.match(t).group("v", "n") for t in (' That quote from Jane Roe appeared', ' — that was the message from '
...  'Mayor Jane Roe on Monday', ' That was the verdict from harbour master Tom Berg.')]
[('quote from', 'Jane Roe'), ('message from', 'Mayor Jane Roe'), ('verdict from', 'harbour master Tom Berg')]
>>> QUOTE_FROM.match(' The response from Roe was swift.') is None
True
"""
#: a pseudo-cleft after the quote: ``"A disgrace" is how Roe described it``, ``"A disgrace." That is how Roe put it``
HOW_AFTER = regex.compile(
    rf"^['’]?\s*(?:(?:That|This)(?:['’]s|[ ]+(?:is|was))|[ ]*(?:is|was))[ ]+how[ ]+"
    rf"(?P<n>(?:\p{{Ll}}[\p{{L}}-]*[ ]+){{0,3}}?{_NAME_PIECE}(?:[ ]+{_NAME_PIECE})*|he|she|they|it)"
    rf"[ ]+(?P<v>described|put[ ]it|called|characteri[sz]ed|summed[ ]it[ ]up|summed[ ]up|explained|framed)\b"
)
_HOW_AFTER_EXAMPLES = """
>>> [HOW_AFTER.match(t).group("n", "v") for t in (' is how Roe described it', ' That’s how Jane Roe put it.')]
[('Roe', 'described'), ('Jane Roe', 'put it')]
>>> HOW_AFTER.match(' is how it works') is None
True
"""


#: words that open a title-case headline clause, never a name: "'No Regrets' If The Vote ..."
NOT_A_NAME_START = frozenset({"if", "to", "when", "as", "and", "but", "so", "why", "how", "what", "is", "are",
                              "was", "for", "with", "in", "on", "at", "of", "from", "about", "after", "before",
                              "over", "amid", "against", "despite",
                              # a possessive opens a noun phrase ('"…." Her post drew 500 replies'), never a speaker
                              "her", "his", "their", "its", "our", "my", "your"})
#: the same, with the articles: a capitalised run on a headline or a signature line that opens with them
NOT_A_NAME_OR_ARTICLE = NOT_A_NAME_START | {"the", "a", "an"}


#: words that open a sentence as adverbs, never as a name
SENTENCE_ADVERBS = frozenset({"meanwhile", "however", "still", "later", "earlier", "instead", "also", "yet", "then",
                              "now", "today", "yesterday", "thus", "moreover", "indeed", "finally", "first", "again",
                              "separately", "elsewhere", "similarly", "likewise", "nevertheless", "nonetheless"})


LEADING_CONJUNCTION = regex.compile(
    r"(?:As|And|But|So|When|While|Then|Yet|Or|If|Because|Since|After|Before|Later|Now|Still|Although|Though"
    r"|Whereas|Once|Until|Unless)[ ]+(?=\p{Lu})"
)


@cache
def _speech_only_alternation() -> str:
    """Every form of the speech-only verbs and the two-word ones (``shot back``) as one regex alternation,
    longest first."""
    forms = {f for lem in lexicon()["speech_only_verbs"] for f in _forms(str(lem))}
    forms |= {str(p).replace(" ", r"\s+") for p in lexicon()["speech_phrases"]}
    return "|".join(sorted(forms, key=len, reverse=True))


#: verbs that stand before their speaker after a comma, with no object to mistake for one ("…, explained Roe,
#: "…""; not "told Reuters", "asked the crowd")
INVERTED_AFTER_COMMA = (r"(?:explained|explains|added|adds|noted|notes|continued|continues|wrote|writes|argued|argues|"
                        r"insisted|insists|recalled|recalls|remarked|observed|quipped|joked|conceded|concedes|"
                        r"acknowledged|admitted|declared|replied|responded|countered|asserted|cautioned)")


class _Adjacency(NamedTuple):
    after: regex.Pattern[str]  # '"...," Name said' / '"...," said Name' right after the closing mark
    before: regex.Pattern[str]  # 'Name said: "..."' right before the opening mark
    said_before: regex.Pattern[str]  # the inverted lead-in of features and wire copy: 'Said Jane Roe, who ...,'


@cache
def _adjacency() -> _Adjacency:
    """The three adjacency patterns, built once from the speech-only verbs of the lexicon."""
    forms = _speech_only_alternation()
    return _Adjacency(
        regex.compile(
            # a leading mark: the second half of a doubled ASCII closer (''...'' in some wire copy)
            rf"^['’]?\s*[,—–-]?\s*(?:(?P<v1>(?i:{forms}))\s+(?P<n1>{NAME_OR_PRONOUN})"
            rf"|(?P<n2>{NAME_OR_PRONOUN})(?:[ ]\([^()\n]{{1,40}}\))?"
            # ", a pollster," / ", the pollster who founded the site" / ", who chairs the fund" (a relative
            # clause closes it unmarked)
            # (a short quoted name inside it: ', wearing "Vote Holt" badges,')
            # (its closing comma may sit inside the marks of a title that ends it: ', author of "Low Tide," said')
            rf"(?:,(?:[^\"“”\n]|“[^\"“”\n]{{1,30}}”|\"[^\"“”\n]{{1,30}}\"){{3,160}}?(?:,|(?<=,[\"”]))"
            rf"|,[ ](?:(?:the|a|an)[ ][^,\"“”\n]{{2,80}}?[ ])?who[ ][^,\"“”\n]{{3,80}}?"
            rf"|[ ]?[—–][^\"“”\n—–]{{3,120}}?[—–])?"  # "Roe — who has led the town since 2019 — said"
            rf"(?:\s+{AUX_OR_ADVERB})?"
            rf"\s+(?P<v2>(?i:{forms})))\b"
        ),
        regex.compile(
            # an appositive that opens in lower case ("Jane Roe, a former mayor, put it:"), never a second name
            # (not a clause of its own: "the matter, and when asked later, insisted" is no appositive)
            rf"(?P<n>{NAME_OR_PRONOUN})(?:[ ]\([^()\n]{{1,40}}\))?"  # ("Jane Roe (D-NY) told them:")
            rf"(?:,[ ]+(?=\p{{Ll}})(?!{_CLAUSE_OPENERS}\b)[^\"“”\n,]{{2,100}},)?"
            rf"\s+(?:(?:{AUX_OR_ADVERB}|\w+ly|has|had|have|was|is|once|first|even|simply)\s+){{0,2}}?"
            rf"(?P<v>{forms})(?:\s+\w+){{0,3}}?\s*[:,]\s*['‘]?$"
        ),
        regex.compile(  # ``Said Jane Roe, who grew up here, "..."``, ``Added Roe:``
            # (any speech verb after a comma: 'Because of the schedule, explained Roe, "…"')
            rf"(?<![\w'’])(?P<v>(?i:said|says)|(?-i:(?=\p{{Lu}})(?i:{forms}))|(?<=,[ ]){INVERTED_AFTER_COMMA})"
            rf"\s+(?P<n>{NAME_OR_PRONOUN})"
            # the appositive stays in its sentence: '…said Roe, a mayor. Berg objected:' is Berg's lead-in
            rf"(?:,(?:(?![.!?]\s+\p{{Lu}})[^\"“”\n]){{3,120}})?\s*[:,]\s*['‘]?$"
        ),
    )


#: a modal or a form of *be*/*have* right after the words an inverted cue seems to name: they open the
#: clause the cue reports (``said the board would meet``), so they name no speaker
_REPORTED_CLAUSE_AFTER = regex.compile(
    r"[ ]+(?:would|will|could|can|should|shall|may|might|must|is|are|was|were|has|have|had)\b(?![ ]*[,.;:])")
#: a quote inside a participle aside on the sentence's subject: ``Roe, citing "`` / ``Roe, quoting the rule as "``
_PARTICIPLE_ASIDE = regex.compile(
    r"(?:^|[.!?][\"”’']?[ ]+|\n)[\p{Lu}][^.!?\n,]{0,60},[ ]+(?:citing|quoting|calling|describing|invoking|recalling"
    r"|repeating|echoing|paraphrasing|borrowing|using[ ]+the[ ]+(?:words?|phrase|term|slogan))"
    r"(?:[ ]+[^ ,.!?\n\"“”]+){0,4}?[ ]*[\"“‘']?\Z")
_INVERTED_EXAMPLES = """
>>> bool(_REPORTED_CLAUSE_AFTER.match(" would meet again", 0)), bool(_REPORTED_CLAUSE_AFTER.match(", who was", 0))
(True, False)
>>> asides = ('Mr. Roe, citing "', 'So. Roe, quoting the rule as "', '"', 'However good, using the tax "')
>>> [bool(_PARTICIPLE_ASIDE.search(t)) for t in asides]
[True, True, False, False]
"""


#: words that open a clause, never an appositive after a speaker's name
_CLAUSE_OPENERS = (r"(?:and|but|or|nor|so|yet|when|while|if|because|as|after|before|since|although|though|until"
                   r"|unless|once|then)")


_DETERMINER_BEFORE = regex.compile(r"(?<![\w'’])(?:a|an|the|his|her|their|its|our)[ ]+$", regex.I)


#: words a speaker's phrase never ends with: the lead-in ran into a preposition or a subordinator
_PHRASE_CUT = frozenset({"upon", "without", "while", "after", "before", "by", "with", "for", "from", "of", "in",
                         "on", "at", "to", "into", "about", "against", "during", "when", "as", "than", "through"})


#: a preposition right before the words a lead-in takes for its speaker: they are its object
_PREPOSITION_BEFORE = regex.compile(
    r"(?<![\w'’])(?:on|to|in|at|into|onto|via|through)[ ]+(?:\p{Lu}[\p{L}.'’&-]*[ ]+)*\Z")


#: words that tie a phrase to a time ("three weeks after the flood"): no speaker's name holds them in lower case
_WHEN_WORDS = frozenset({"after", "before", "ago", "since", "during"})


def _when_phrase(name: str) -> bool:
    """A phrase that says when, not who (``three weeks after the flood``, ``hours later``).

    >>> _when_phrase("three weeks after the flood"), _when_phrase("the mayor of Ruritania"), _when_phrase("Ann Lee")
    (True, False, False)
    >>> _when_phrase("hours later"), _when_phrase("Moment magazine")
    (True, False)
    """
    words = name.split()  # (as written: "Moment magazine" is a speaker, "hours later" is not)
    return any(w in _WHEN_WORDS for w in words[1:]) or any(w in TEMPORAL for w in words[:2])


def _plausible_before(m: regex.Match[str]) -> bool:
    """``a woman asked ... and Ann said,``: an indefinite phrase is nobody in particular, and ``it`` only
    speaks when its verb follows at once (``It said:``, not ``tried to laugh it off by interjecting,``)."""
    name = m.group("n")
    first, last = name.split()[0].lower(), name.split()[-1].lower()
    if last in _PHRASE_CUT or last in TEMPORAL or last.endswith(("'s", "’s")):
        return False  # 'met with jeers upon saying', 'a statement Tuesday saying', 'the mayor's': no phrase ends so
    if _when_phrase(name):
        return False  # 'she said three weeks after the flood, "…"': when it was said, not who said it
    indefinite = first in INDEFINITES or first[:1].isdigit()
    if indefinite and m.string[m.end("v") :].strip(" ,:\u00a0"):
        return False  # ... unless its verb opens the quote itself: 'a neighbour said: "…"'
    # a bare verb form after a determiner is a noun: "made the following comment:", "a Bergian post on a forum:"
    in_noun_phrase = indefinite or first == "the" or _DETERMINER_BEFORE.search(m.string, 0, m.start("n"))
    if in_noun_phrase and m.group("v") in lexicon()["speech_only_verbs"]:
        return False
    if " " in m.group("v") and any(not w.endswith("ly") for w in m.string[m.end("v") :].strip(" ,:\u00a0").split()):
        return False  # a two-word cue opens the quote ('Roe went on:', 'fired back sharply:'), unlike 'goes on recess,'
    if m.group("v").lower() == "saying" and regex.match(r"[ ]+(?:goes|went)\b", m.string[m.end("v") :]):
        return False  # 'As the old saying goes, "…"': a proverb, the noun "saying", no one's words
    if m.group("v").lower() in ("asked", "told") and _PASSIVE_BE.search(m.string, m.end("n"), m.start("v")):
        return False  # 'Roe was asked, "…?"': the one asked is not the one asking
    if _PREPOSITION_BEFORE.search(m.string, 0, m.start("n")) and not m.string[m.end("n") : m.start("v")].strip():
        return False  # 'replied on Holt TV writing,' / 'a source speaking to the Ledger said,': an object, no speaker
    return not (name.lower() == "it" and m.string[m.end("n") : m.start("v")].strip())


_PASSIVE_BE = regex.compile(r"\b(?:was|were|is|are|been|being|be|get|got|gets)\b", regex.I)


#: a quote signed with a dash and a name, as in reader comments, epigraphs and pull quotes:
#: ``"We were never asked." ― Jane Roe`` (the name then ends the line or opens an appositive)
SIGNATURE = regex.compile(
    r"^['’”\"]?[^\S\n]*(?P<d>[―—–]|--?)[^\S\n]*"
    r"(?P<n>\p{Lu}[\p{L}'’.-]*(?:[ ]+(?:\p{Lu}[\p{L}'’.-]*|de|del|da|van|von|bin|al)){0,5})"
    r"[^\S\n]*(?:[,(.]|$|(?=[“\"]))"  # the next signed quote may follow on the same line
)


#: a lower-case word right before the opening mark: the quote runs inside a sentence (a signed quote opens
#: its line or follows another signature)
_RUNNING_BEFORE = regex.compile(r"(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*,?[ \u00a0]*['’‘“\"«]?$")


#: a signature on a line of its own after the quote's paragraph: ``"…"`` / ``- Jane Roe.``, also with a short
#: gloss after a comma (``- Jane Roe, Ferry Town.``, ``-Jane Roe, posting after the vote.``)
SIGNATURE_LINE = regex.compile(
    r"['’”\"]?[^\S\n]*\n[^\S\n]*\n?[^\S\n]*(?P<d>[―—–]|--?)[^\S\n]*"
    r"(?P<n>\p{Lu}[\p{L}'’.-]*(?:[ ]+(?:\p{Lu}[\p{L}'’.-]*|de|del|da|van|von|bin|al)){0,5})[^\S\n]*"
    r"(?:,[^\n\"“”]{1,80})?(?:\n|\Z)"
)


#: one capitalised word and a bare speech verb that ends the sentence, after a quote that ends in a comma
_SURNAME_AFTER_COMMA = regex.compile(
    r"^['’”\"]?[ ]+\p{Lu}\p{Ll}+[ ]+(?:said|says|added|adds|wrote|writes|recalled|recalls)[.,]")


#: an article, a noun and a name or pronoun: the noun's relative clause (``a charge Roe denied``, ``a claim she
#: made``), not a speaker (``a message on the site reads`` is one)
_WORDS_THEN_SPEAKER = regex.compile(r"\p{L}+[ ]+\p{L}+[ ]+(?:\p{Lu}|(?:he|she|they|we|I|it)\b)")


@cache
def _bare_inverted() -> frozenset[str]:
    """Base forms of the speech verbs that are not also past forms (``read``): none opens an inverted cue."""
    past = {f for forms in IRREGULAR.values() for f in forms}
    return frozenset(str(w).lower() for w in lexicon()["speech_only_verbs"] if " " not in str(w)) - past - {"read"}


#: an answer that "came" from its speaker, right after the quote (``"No," came the reply from Roe.``,
#: ``"Vote!" came cries from the gallery``, ``"No," was the answer from Roe when asked``)
CAME_FROM = regex.compile(
    r"[ \u00a0]*[,!?]?[ \u00a0]*(?:came[ ]+(?:the[ ]+|a[ ]+)?|was[ ]+the[ ]+)(?:[\p{Ll}-]+[ ]+)?"
    r"(?P<v>reply|replies|answer|response|retort|shouts?|cries|cry|chants?|calls?|words?)[ ]+from[ ]+"
    r"(?P<n>(?:the[ ]+)?(?:(?!of[ ])[\p{L}.'’-]+[ ]+){0,4}?"
    r"[\p{L}.'’-]+?)(?=[.,;]|[ ]+(?:as|who|and|when)[ ]|$)")  # (not "from the back of the hall": a place)
_CAME_FROM_EXAMPLES = """
>>> CAME_FROM.match(' came the terse reply from Jane Roe.').group("v", "n")
('reply', 'Jane Roe')
>>> CAME_FROM.match(', came cries from the gallery, as the chair hesitated').group("n")
'the gallery'
>>> CAME_FROM.match(' was the answer from council member Jo Holt when asked').group("v", "n")
('answer', 'council member Jo Holt')
>>> [CAME_FROM.match(t) for t in (' came from the harbour', ' came shouts from the back of the hall,',
...                               ' was a reply from Roe', ' was the answer')]
[None, None, None, None]
"""


#: cue forms that are also plural nouns for words (``a series of posts``)
_NOUN_LIKE_CUES = frozenset({"posts", "tweets", "emails", "texts", "notes", "comments", "remarks", "reports", "claims",
                             "answers", "replies", "quotes"})


@cache
def _person_heads_alternation() -> str:
    """The nouns for a person as one regex alternation, longest first (so ``spokeswoman`` wins over ``woman``)."""
    return "|".join(regex.escape(w) for w in sorted(person_heads(), key=len, reverse=True))


@cache
def _role_led_after() -> regex.Pattern[str]:
    """``"…," said lead author Dr. Jane Roe``: an inverted speech verb, lower-case words ending in a noun for a
    person, and a full name, right after the quote (a fallback after the tree sieves; the role is part of the
    mention, as when the parser reads the phrase). Its verbs are a narrower set than ``INVERTED_AFTER_COMMA``:
    the wider set was tried and changes rows."""
    roles = _person_heads_alternation()
    return regex.compile(
        rf"['’]?[ ]*[,—–-]?[ ]*(?P<v>said|says|added|adds|explained|noted|wrote|insisted|recalled|remarked)[ ]+"
        rf"(?P<n>(?:(?!(?:{_COMMON_CUES}|{_NOT_ROLE_WORDS}|the|a|an)\b)\p{{Ll}}[\w-]*[ ]+){{0,2}}(?:{roles})[ ]+"
        rf"{_NAME_PIECE}(?:[ ]+{_NAME_PIECE})+)")


def _adjacent(text: str, q: QuoteSpan, span: tuple[int, int]) -> tuple[str, Mention, tuple[str, int, int]] | None:
    """Pattern fallback when no parse links quote and cue: ``"...," said X`` / ``X said: "..."``."""
    after = text[span[1] : span[1] + 220].split("\n")[0]
    shift = 0  # where in `after` the match `m` below starts
    how = HOW_AFTER.match(after)
    if how:  # ('"…." That's how Roe put it': before the name-and-verb pattern reads "That's how Roe" as a name)
        return "adj:after", *_found(text, span[1], how, "n", "v")
    came = CAME_FROM.match(after)
    if came:  # '"…," came the reply from Roe'
        return "adj:after", *_found(text, span[1], came, "n", "v")
    bare = HEADLINE_SAYS.match(after)
    if bare and bare.group("n").split()[-1].lower() in speaker_heads() and _headline_shaped(text, q.start):
        return "adj:after", *_found(text, span[1], bare, "n", "v")  # "'…,' says union leader as strike drags on"
    m = _adjacency().after.match(after)
    if m and _introduces_next(text, q, span[1] + m.end()):
        m = None
    if m and m.group("v2") and m.group("v2")[:1].isupper() and m.group("v2").lower() not in _NEVER_A_NAME_CUES and not (
            _headline_line(text, q.start) and not after[m.end("v2") :].strip(" .!?")):
        m = None  # '"stopped" the Free State militia': in running text a capitalised word is the name's (but no
        # name is "Tweeted": '"…" Dorrance Tweeted on Sunday')
    if m and _attributed_before(text, q, span[0]) and not after.lstrip(" \u00a0'’,")[:1].islower():
        m = None  # ('"…?" asked Roe': a lower-case word after the marks goes on with the quote's sentence)
    if m and m.group("v1") and m.group("v1").lower().endswith("ing"):
        m = None  # '"...," saying the city ...': a participle opens a clause, it names no speaker
    if m and m.group("v1") and m.group("v1").lower() in _bare_inverted():
        # '"…," state Sen. Jo Holt wrote': a bare verb form is no inverted cue ("said Holt", "writes Holt"); it
        # modifies the name, which a verb may follow
        shift = m.end("v1")
        m = _adjacency().after.match(after[shift:])
        m = m if m is not None and m.group("n2") else None
    if m and m.group("v1") and (_REPORTED_CLAUSE_AFTER.match(after, m.end("n1"))
                                or _PARTICIPLE_ASIDE.search(text, max(0, span[0] - 120), span[0])):
        m = None  # 'Roe, citing "…," said the board would meet': the verb reports a clause; Roe is its subject
    # after '"…,"' one capitalised word and a cue are a name, even a function word's ('"…," From said.')
    surname = bool(m and m.group("n2") and _SURNAME_AFTER_COMMA.match(after)
                   and text[q.start : q.end].rstrip().endswith(","))
    if m and m.group("n2") and m.group("n2").split()[0].lower() in NOT_A_NAME_START | DEMONSTRATIVES and not surname:
        m = None  # '"…." That quote from Roe appeared …': a demonstrative opens a noun phrase, not a name
    if m and m.group("n2") and m.group("n2").split()[-1].lower() in DANGLING_WORDS and not surname:
        m = None  # '"meltdown," a series of posts that …': a phrase ending in "of" is no speaker, "posts" no verb
    if m and m.group("n2") and m.group("n2").split()[0].lower() in INDEFINITES and (
        m.group("v2").lower() in lexicon()["speech_only_verbs"]
    ):
        m = None  # '"…" a Jane Roe tweet attacking …': an article and a bare verb form make a noun phrase
    if m and m.group("n2") and m.group("n2").split()[0].lower() in INDEFINITES and " of " in m.group("n2") and (
            m.group("v2").lower() in _NOUN_LIKE_CUES):
        m = None  # '"…," a string of angry posts.': a plural noun for words ends the phrase, no verb
    if m and m.group("n2") and m.group("n2").split()[0].lower() in INDEFINITES and _WORDS_THEN_SPEAKER.match(
            m.group("n2")) and m.group("n2").split()[1].lower() in speech_nouns():
        m = None  # '"…," a charge Roe denied': a noun for the words, then a relative clause about them
    if m:
        n, v = ("n1", "v1") if m.group("v1") else ("n2", "v2")
        if m.group(n).lower() in PERSONAL_PRONOUNS:
            lead = _lead_in(text, span)
            if lead is not None and lead[1].text.split()[-1].lower() not in PERSONAL_PRONOUNS:
                return lead  # 'Roe told them: "…," she said': the name that opens the quote, not the pronoun
        mention, cue = _found(text, span[1] + shift, m, n, v)
        role = POSSESSOR_ROLE.match(text, mention.end) if n == "n1" and POSSESSIVE_TAIL.search(mention.text) else None
        if role is not None:  # '"…," said Roe's deputy, Tom Berg.': the deputy, named in apposition, not Roe
            mention = Mention(mention.start, role.end("role"), text[mention.start : role.end("role")])
        return "adj:after", mention, cue
    words_from = QUOTE_FROM.match(after)
    if words_from:
        return "adj:after", *_found(text, span[1], words_from, "n", "v")
    sig, off = SIGNATURE.match(after), span[1]  # offsets in `after`
    if sig is None:
        sig, off = SIGNATURE_LINE.match(text, span[1], span[1] + 120), 0  # offsets in `text`
    if sig and _RUNNING_BEFORE.search(text, max(0, span[0] - 40), span[0]):
        sig = None  # 'said his group would "…."--Jane Roe.': a byline after a sentence's quote, no signature
    if sig and sig.group("n").split()[0].lower() not in NOT_A_NAME_OR_ARTICLE | {"or"}:
        ns, ne = off + sig.start("n"), off + sig.end("n")
        if text[ne - 1] == "." and len(text[ns:ne].split()[-1]) > 2:
            ne -= 1  # "― Jane Roe." ends a sentence; "― Jane B." keeps its initial
        ds, de = off + sig.start("d"), off + sig.end("d")
        return "adj:signature", Mention(ns, ne, text[ns:ne]), (text[ds:de], ds, de)
    return _lead_in(text, span)


def _lead_in_end(text: str, open_at: int) -> tuple[int, int]:
    """Where a lead-in before the quote opening at ``open_at`` ends, and where its line starts: right before
    the mark, or for a block quote at the end of the paragraph before, when that ends in a colon ('as the
    report notes:').

    >>> _lead_in_end('Roe wrote:\\n\\n"We won."', 12), _lead_in_end('Roe wrote: "We won."', 11)
    ((10, 0), (11, 0))
    """
    line_start = text.rfind("\n", 0, open_at) + 1
    if not text[line_start:open_at].strip() and text[:line_start].rstrip().endswith(":"):
        end = len(text[:line_start].rstrip())
        return end, text.rfind("\n", 0, end) + 1
    return open_at, line_start


def _lead_in(text: str, span: tuple[int, int]) -> tuple[str, Mention, tuple[str, int, int]] | None:
    """``Name said: "..."``: the speaker and cue right before the opening mark (or the paragraph before)."""
    end, line_start = _lead_in_end(text, span[0])
    aside = _I_QUOTE.search(text, max(line_start, end - 30), end)
    end = aside.start() if aside is not None else end  # 'Roe said, and I quote, "…"': the writer's aside
    m = None
    for reach in (100, 220):  # a long appositive ('As Jane Roe, a lawyer and fellow at …, put it,') needs more
        wide = text[max(line_start, end - reach) : end]
        found = [x for x in _adjacency().before.finditer(wide, overlapped=True) if _plausible_before(x)]
        m = max(found, key=lambda x: (x.end("n"), -x.start("n"))) if found else None  # nearest the verb, longest
        if m is not None:
            before = wide
            break
    if m is None:
        before = text[max(line_start, end - 100) : end]
        m = _adjacency().said_before.search(before) or WORDS_OF.search(before) or _ISSUED_DOCUMENT.search(before)
        if m is not None and m.re is WORDS_OF and m.group("v").split()[0].rstrip("'’s") in (
                "From", "Below", "Read", "Here") and m.group("n")[:1].islower() and (
                m.group("n").split()[-1].lower() not in speaking_documents()):
            m = None  # ("From the start: "…"", "Here is the thing: "…"" name no document)
    if m and (m.group("n").split()[0].lower().rstrip(".,") in TEMPORAL or _when_phrase(m.group("n"))):
        m = None  # 'an official said Wednesday, "…"', 'she said weeks after the flood, "…"': a time, no speaker
    if m is None:
        return None
    mention, cue = _found(text, end - len(before), m, "n", "v")
    lead = LEADING_CONJUNCTION.match(text, mention.start, mention.end)
    if lead:
        mention = Mention(lead.end(), mention.end, text[lead.end() : mention.end])
    named = _NAME_BEFORE_APPOSITION.search(text, max(0, mention.start - 80), mention.start)
    if named is not None and mention.text.split()[0] in ("a", "an") and text[mention.end : mention.end + 1] == ",":
        # 'Councillor Jane Holt (I), a friend of the fishermen, …, saying, "…"': the name the description is about
        # (closed by a comma: 'Holt, one of her aides said, "…"' is the aide's)
        mention = Mention(named.start("n"), named.end("n"), named.group("n"))
    role = ROLE_FROM.search(text, max(0, mention.start - 60), mention.start)
    if role is not None and role.group("role").lower() in _role_lemmas():
        # "the senator from Ruritania said:": the place is where the speaker serves; the speaker is the role
        mention = Mention(role.start(), mention.end, text[role.start() : mention.end])
    if m.re is _ISSUED_DOCUMENT:
        return "adj:issuer", mention, cue
    words = mention.text.lower().split()
    if words[0] in _DOCUMENT_DETERMINERS and words[-1] in speaking_documents():
        issuer = _ISSUED_BY.search(text, max(0, mention.start - 100), mention.start)
        if issuer is None and m.re is WORDS_OF:
            # 'The board released a statement on Monday. Here is the full statement: "…"': the sentence before
            # named who put it out
            v_at = end - len(before) + m.start("v")
            issuer = _ISSUED_BEFORE.search(text, max(0, v_at - 200), v_at)
            issuer = issuer if issuer is not None and issuer.group("doc") == words[-1] else None
            if issuer is not None:  # (the cue is the verb that put the document out)
                cue = (issuer.group("v"), issuer.start("v"), issuer.end("v"))
        if issuer is not None:  # 'Roe released a statement saying, "…"': Roe speaks through the statement
            return "adj:issuer", Mention(issuer.start("n"), issuer.end("n"), issuer.group("n")), cue
    return "adj:before", mention, cue


#: a capitalised name (and a party tag) closed by a comma right before a description in apposition
#: (``Councillor Jane Holt (I), `` + ``a friend of the fishermen``)
_NAME_BEFORE_APPOSITION = regex.compile(
    rf"(?<![\w'’])(?P<n>(?:{_NAME_PIECE}[ ]+){{0,4}}{_NAME_PIECE})(?:[ ]*\([^()]{{1,20}}\))?,[ ]+\Z")


#: the writer's own aside between a cue and the quote (``Roe said, and I quote, "…"``)
_I_QUOTE = regex.compile(r",?[ ]+(?:and[ ]+)?I[ ]+quote[ ]*[,:]?[ ]*\Z")
_DOCUMENT_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this"})
#: a speaker (or pronoun) and a verb by which she put out a document
_ISSUER = (rf"(?P<n>{NAME_OR_PRONOUN})[ ]+(?:\p{{Ll}}+ly[ ]+)?"
           r"(?P<v>released|issued|put[ ]out|posted|sent|published|shared|distributed|e-?mailed)")
#: ``Roe issued a statement, "…"``: a document noun with no verb of saying, its issuer the speaker
_ISSUED_DOCUMENT = regex.compile(
    _ISSUER + r"[ \u00a0]+(?:a|an|the|his|her|their|its)[ \u00a0]+(?:[\p{L}-]+[ ]+){0,2}?(?:statement|message"
    r"|letter|note|e-?mail|memo|tweet|post)[ ]*,[ ]*['‘]?$"
)
#: the issuer right before the document (``Roe released`` + ``a statement saying, "…"``)
_ISSUED_BY = regex.compile(_ISSUER + r"[ ]+\Z")
#: the issuer and the document in the sentence right before a lead-in (``The board released a statement on
#: Monday. `` + ``Here is the full statement:``)
_ISSUED_BEFORE = regex.compile(_ISSUER + r"[ ]+(?:a|an|the|his|her|their|its)[ ]+(?:[\p{L}-]+[ ]+){0,2}?"
                               r"(?P<doc>\p{Ll}+)\b[^.!?\n]{0,60}[.!?][ ]+\Z")


#: a role and "from"/"of" right before a name (``the senator from Ruritania``, ``The mayor of Ferry Town``)
ROLE_FROM = regex.compile(r"(?<![\p{L}'’-])(?:[Tt]he|[Aa]n?)[ ]+(?:(?!(?:[Tt]he|[Aa]n?)[ ])[\p{L}'’-]+[ ]+){0,3}?"
                          r"(?P<role>[\p{L}-]+)[ ]+(?:from|of)[ ]+\Z")


@cache
def _role_lemmas() -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon()["role_words"])


#: lower-case role words after a possessive, then a name in apposition: ``Roe's deputy, Tom Berg``
POSSESSOR_ROLE = regex.compile(
    rf"(?P<role>(?:[ ]+[a-z][\w-]*){{1,3}}),[ ]+{_NAME_PIECE}(?:[ ]+{_NAME_PIECE})+(?=[,.]|$)")
#: a possessive's tail after a word: ``Roe's``, ``Roe’s``, ``teachers'``, a tokenizer's ``Roe 's``
POSSESSIVE_TAIL = regex.compile(r"(?<=\p{L})[ ]?['’]s?$")


def _unclosed_tail(text: str, q: QuoteSpan, span: tuple[int, int]) -> tuple[Mention, tuple[str, int, int]] | None:
    """``"There was no warning, said Jane Roe, whose group …`` with no closing mark: the quote, closed at its
    paragraph's end, ran over its own attribution; a cue and a name (or pronoun) after its last comma that
    close a sentence or open an apposition name the speaker."""
    if q.closed or span[1] - span[0] < 20:
        return None
    for comma in reversed(list(_TAIL_COMMA.finditer(text, span[0] + 8, span[1]))):
        piece = text[comma.start() : min(span[1], comma.start() + 160)]
        m = _adjacency().after.match(piece)
        if m is None:
            continue
        n, v = ("n1", "v1") if m.group("v1") else ("n2", "v2")
        named = m.group(n)[:1].isupper() or m.group(n).lower() in PERSONAL_PRONOUNS
        if named and not m.group(v).lower().endswith("ing") and piece[m.end() : m.end() + 1] in (",", ".", ""):
            return _found(text, comma.start(), m, n, v)
    return None


_TAIL_COMMA = regex.compile(r",[ ]")


def _found(text: str, off: int, m: regex.Match[str], n: str, v: str) -> tuple[Mention, tuple[str, int, int]]:
    """The mention (group ``n``) and the cue with its offsets (group ``v``) of a pattern that matched a slice of
    ``text`` starting at ``off``."""
    ns, ne = off + m.start(n), off + m.end(n)
    vs, ve = off + m.start(v), off + m.end(v)
    while (cut := _DANGLING_END.search(text, ns, ne)) is not None and cut.start() > ns:
        ne = cut.start()  # '"…," said Jane Roe of the Harbour Board': the name, not the "of" after it
    return Mention(ns, ne, text[ns:ne]), (text[vs:ve], vs, ve)


_DANGLING_END = regex.compile(rf"[ ]+(?:{'|'.join(sorted(DANGLING_WORDS))})\Z")


#: a lead-in that hands the floor to a name without a verb: ``in Roe's words, "…"``, ``Here's Roe at the launch: "…"``
WORDS_OF = regex.compile(
    rf"(?:(?<![\w'’])[Ii]n[ ]+(?P<n>(?:the[ ]+)?{_NAME_PIECE}(?:[ ]+{_NAME_PIECE}){{0,4}}?)['’]s?[ ]+(?:own[ ]+)?"
    rf"(?P<v>words),"
    rf"|(?:^|(?<=[.!?][\"”’]?[ ]+))(?P<v>Here['’]s|Here[ ]+is)[ ]+(?P<n>{_NAME_PIECE}(?:[ ]+{_NAME_PIECE}){{0,4}}?)"
    rf"(?:[ ]+(?:in|on|at|from)[ ]+[^:\n]{{1,40}})?:"
    # "From the report: "…"": the document speaks (_lead_in checks its noun against the speaking documents)
    rf"|(?:^|(?<=[.!?][\"”’]?[ ]+))(?P<v>From)[ ]+"
    rf"(?P<n>(?:the|a|an|his|her|their|its|this)(?:[ ]+[\p{{L}}-]+){{1,3}}):"
    # "Here is the full statement: "…"" (the same check)
    rf"|(?:^|(?<=[.!?][\"”’]?[ ]+))(?P<v>Here['’]s|Here[ ]+is|Below[ ]+is|Read)[ ]+"
    rf"(?P<n>(?:the|his|her|their|its|this)(?:[ ]+[\p{{L}}-]+){{1,3}}?)(?:[ ]+(?:in[ ]+full|below))?:)"
    r"[ \u00a0]*['‘\"“]?$"
)
_WORDS_OF_EXAMPLES = """
>>> [WORDS_OF.search(t).group("n") for t in ("because, in Acme’s words, “", "so. Here’s Roe at the launch:\u00a0“",
...                                          "as planned. From the audit report: “", "Here is the full statement: “")]
['Acme', 'Roe', 'the audit report', 'the full statement']
"""


def _line_at(text: str, at: int) -> tuple[int, str]:
    """Where the line holding offset ``at`` starts, and the line."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return start, text[start : end if end >= 0 else len(text)]


def _headline_line(text: str, at: int) -> bool:
    """The line holding offset ``at`` is set in title case (``Road Plan Is 'Too Late,' Roe Says``)."""
    return _title_case_line(_line_at(text, at)[1])


#: a headline's inverted cue and a bare noun, no article (``'…,' says union leader as strike enters week two``)
HEADLINE_SAYS = regex.compile(r"[ ]*,?[ ]*(?P<v>says|say|said|warns|claims)[ ]+"
                              r"(?P<n>(?:[\p{Ll}-]+[ ]+){0,2}?[\p{Ll}-]+)"
                              r"(?=[ ]+(?:as|after|amid|while|when|over|in|on|at|ahead|despite|before)\b|[ ]*$)")
_HEADLINE_SAYS_EXAMPLES = """
>>> HEADLINE_SAYS.match(" says union leader as strike enters second week").group("v", "n")
('says', 'union leader')
>>> [bool(HEADLINE_SAYS.match(t)) for t in (" says mayor", " says it will rain today", " says Roe")]
[True, False, False]
"""


def _headline_shaped(text: str, at: int) -> bool:
    """The line holding offset ``at`` reads as a headline: the article's first line, or a short one with no
    sentence end."""
    start, line = _line_at(text, at)
    line = line.rstrip()
    return start == 0 or (len(line.split()) <= 20 and not line.endswith((".", "!", "?", '."', ".”", ".'", ".’")))


SUBORDINATE_LEAD = regex.compile(r"(?:After|When|While|Although|Though|Because|If|Since|Before|Once|Until|Whereas)[ ]")
_SENTENCE_START = regex.compile(r"(?:^|\n|[.!?][\"”’']?[ ]+)(?=[^.!?\n]*$)")


def _attributed_before(text: str, q: QuoteSpan, opening: int) -> bool:
    """A quote woven into a sentence that names its speaker before it and ends that sentence (``Lee called Roe
    a "liar." Berg said ...``): the next sentence's subject is a new speaker, not this quote's.

    >>> from quotes.records import QuoteSpan
    >>> t = 'Lee called Roe a "liar." Berg said more.'
    >>> _attributed_before(t, QuoteSpan(18, 23, 17, 24, '"', 0), 17)
    True
    >>> t = '"We won." Berg said.'
    >>> _attributed_before(t, QuoteSpan(1, 8, 0, 9, '"', 0), 0)
    False
    >>> t = 'After Lee said it was "too late," Berg said no.'
    >>> _attributed_before(t, QuoteSpan(23, 32, 22, 33, '"', 0), 22)
    True
    """
    lead = _SENTENCE_START.search(text, max(0, opening - 300), opening)
    if lead is None or not has_cue(text[lead.end() : opening]):
        return False
    if text[q.start : q.end].rstrip().endswith((".", "!", "?")):
        return True
    # 'After Roe said the plan "would fail," Berg said: …': a subordinate clause with its own speaker before the
    # quote; the cue after it is the main clause's
    return bool(SUBORDINATE_LEAD.match(text, lead.end(), opening)) and text[q.start : q.end].rstrip().endswith(",")


#: the end of a sentence right before an opening quote mark (``Berg disagreed. "…"``)
_REACTION_ENDS = regex.compile(r"[.!][ ]+[\"“‘«]")
NEXT_OPENING = regex.compile(r"[ ]*(?:that[ ]+)?[,:]?[ ]*[\"“‘«']")
# a reported clause right after the cue: "He said the ...", "He says referees are ..." (5+ words, no
# punctuation); a preposition, an aside ("asks as a waiter walks in") or a capitalised word ("said on Friday",
# "Tweeted Monday") is not one
CLAUSE_GOES_ON = regex.compile(
    r"[ ]+(?:(?:that|the|a|an|his|her|their|its|he|she|they|it|we|there|this|these|those)[ ]+[\p{L}\p{N}'’-]+[ ]+\S"
    r"|(?!(?:on|in|at|to|with|during|after|before|from|for|by|of|about|over|later|earlier|again|recently|late"
    r"|as|while|when)\b)(?!\p{Ll}+ly[ ]+(?:into|to|at|in|on|with|for|from|over|as|before|after)\b)"
    r"\p{Ll}[\p{L}'’-]*(?:[ ]+[\p{L}\p{N}'’-]+){3})"
)


_ALSO = regex.compile(r"\balso\b", regex.I)


def _introduces_next(text: str, q: QuoteSpan, after_cue: int) -> bool:
    """A quote that ends its sentence is followed by a new sentence, whose speech verb introduces the next
    quote (``... prison." He added, "I will ...``) or a reported clause of its own (``... soft." He says
    referees ...``), not this quote. A split quote (``"Yes," he said, "and ..."``) ends in a comma, and
    ``"... done." he said on Friday.`` ends right after the cue: both still count.

    >>> from quotes.records import QuoteSpan
    >>> t = '"We won." He added, "It was hard."'
    >>> _introduces_next(t, QuoteSpan(1, 8, 0, 8, '"', 0), 18)
    True
    >>> t = '"We won." She writes that "it was hard."'
    >>> _introduces_next(t, QuoteSpan(1, 8, 0, 8, '"', 0), 20)
    True
    >>> t = '"We won." He said the team had trained for years.'
    >>> _introduces_next(t, QuoteSpan(1, 8, 0, 8, '"', 0), 17)
    True
    >>> t = '"We won." he said on Friday.'
    >>> _introduces_next(t, QuoteSpan(1, 8, 0, 8, '"', 0), 17)
    False
    >>> t = '"We won!" Ann, a coach, tweeted on Friday with a photo of the team.'
    >>> _introduces_next(t, QuoteSpan(1, 8, 0, 8, '"', 0), 31)
    False
    >>> t = '"We won," he said, "and it was hard."'
    >>> _introduces_next(t, QuoteSpan(1, 8, 0, 8, '"', 0), 17)
    False
    >>> t = '"Who is it?" Ann, a nurse, said softly into the phone.'
    >>> _introduces_next(t, QuoteSpan(1, 11, 0, 12, '"', 0), 31)
    False
    >>> t = '"Who pays?" Ann asked the mayor during a rally last week.'
    >>> _introduces_next(t, QuoteSpan(1, 10, 0, 11, '"', 0), 21)
    False
    >>> t = '"We won." She also said, in passing, that the team is tired.'
    >>> _introduces_next(t, QuoteSpan(1, 8, 0, 8, '"', 0), 23)
    True
    >>> t = '"We won." Ann disagreed. "We drew."'
    >>> _introduces_next(t, QuoteSpan(1, 8, 0, 8, '"', 0), 23)
    True
    """
    inner = text[q.start : q.end].rstrip()
    if not inner.endswith((".", "!", "?")):
        return False
    if NEXT_OPENING.match(text, after_cue) is not None:
        return True
    verb = text[q.end : after_cue].split()[-1:]
    if verb and verb[0].lower() in _reaction_forms() and _REACTION_ENDS.match(text, after_cue):
        return True  # '"…." Berg disagreed. "…"': a reaction that ends its sentence introduces the next quote
    if _ALSO.search(text, q.end, after_cue):
        return True  # '"… a leader." He also said he …': "also" opens a further statement
    if _TELL_BEFORE.search(text[max(0, after_cue - 8) : after_cue]):
        return False  # "told reporters at the ...": the words after the cue are its addressee
    if inner.endswith("?") and _ASKED_BEFORE.search(text[max(0, after_cue - 8) : after_cue]):
        return False  # '"Who pays?" Roe asked the crowd during a rally.': a question's asker and her listener
    return CLAUSE_GOES_ON.match(text, after_cue) is not None


#: a channel's number inside or after a broadcaster's name: ``Channel 4 News``, ``KTLA 5``, ``Fox 5`` (not a
#: decimal, a time, a share or a year: ``CNN 10.5``, ``Fox 5%``; nor a heading's number: ``PART 2``)
CHANNEL_NUMBER = (r"(?<=(?<![\p{L}'’.])(?:(?!(?:PART|BOOK|ACT|VOL|NO|PAGE|STEP|DAY|WEEK|ITEM|ROUND|GAME)\b)\p{Lu}{2,5}"
                  r"|Channel|Radio|Fox))[ \t]+\p{N}{1,2}(?![\p{N}:.,]?\p{N}|[ \t]*%)")
#: a run of capitalised words that a full stop ends ("… on Harbour Radio. The …" stops at "Radio"), not followed by
#: a common noun that would make it a modifier ("on the Harbour Radio website")
_CAPS_WORDS = (r"(?>\p{Lu}[\p{L}&-]*(?:\.\p{L}+)*\.?"
               r"(?:(?:(?<!\.)|(?<=\b\p{Lu}\p{Ll}{0,2}\.))[ ]+\p{Lu}[\p{L}&-]*(?:\.\p{L}+)*\.?"  # Mr. Roe; Roe. He
               rf"|{CHANNEL_NUMBER})*)")
_CAPS_RUN = (_CAPS_WORDS + r"(?![ ]+(?!(?:on|in|at|to|that|and|but|with|after|before|during|about|when|while|as"
             r"|for|last|this|earlier|later|then|from|by|of|the|a|an|said|says)\b)\p{Ll})")
MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                     "january", "february", "march", "april", "june", "july", "august", "september", "october",
                     "november", "december"})
_NOT_A_MEDIUM = TEMPORAL | MONTHS  # "said on Monday", "tweeted on June 5"
OUTLET_AFTER = regex.compile(
    # a medium's noun and its name: "told the broadcaster NOS", "told the Ruritanian news agency RNA"
    rf"[ ]+((?:a|the)[ ]+(?:[\p{{L}}-]+[ ]+){{0,2}}?(?:broadcaster|newspaper|network|channel|station|agency"
    rf"|magazine|website|daily|weekly|tabloid)(?:[ ]+{_CAPS_WORDS})?"
    rf"|(?:the[ ]+)?{_CAPS_WORDS}(?:['’]s[ ]+{_CAPS_WORDS})?|reporters|journalists|the press"
    r"|(?:a|the)[ ]+(?:[\p{Ll}-]+[ ]+)?(?:news[ ]+|press[ ]+)?(?:conference|briefing)"  # ("a packed news conference")
    # a listener named by a common noun: "told police", "told the jury", "told a rally"
    r"|(?:the[ ]+)?(?:police|investigators|detectives|officers|lawmakers|legislators|senators|supporters|voters"
    r"|analysts|investors|shareholders|donors|delegates|residents|students|employees|staff|jurors|viewers|listeners"
    r"|followers|fans|workers|troops|parents|members|parliament)"
    r"|(?:a|the)[ ]+(?:crowd|audience|court|jury|judge|committee|panel|council|rally|hearing)"
    # a broadcaster named by what it is: "told state television", "told a local radio station"
    r"|(?:(?:a|the)[ ]+)?(?:state|national|local|public|regional)[ ]+(?:television|TV|radio|media|broadcaster)"
    r"(?:[ ]+station)?)(?![\w-])"
)
#: the medium after any cue: ``said on Harbour Radio``, ``said in an interview with the Daily Ledger``
MEDIUM_AFTER = regex.compile(rf"[ ]+(?:on|to|in[ ]+an?[ ]+(?:(?:phone|telephone)[ ]+)?"
                             rf"(?:interview|email|e-mail|statement|letter|message)[ ]+(?:with|to))"
                             rf"[ ]+((?:the[ ]+)?{_CAPS_RUN})")


ACCORDING_TO_OUTLET = regex.compile(
    r"[^\S\n]*(?:[,—–-][^\S\n]*)?[Aa]ccording[^\S\n]+to[^\S\n]+(?P<o>[^.,;:!?\"“”\n()]{2,80}?)"
    r"[^\S\n]*(?:[.;!?][\"”’']?(?:\s|$)|$)"
)


#: the rest of a reporting clause before "according to": "said Monday in Ferry Town", "said at a briefing"
_CUE_TAIL = regex.compile(r"(?:[^\S\n]+(?!according\b)[\p{L}\p{N}'’-]+){0,6}?(?=,?[^\S\n]*according\b)|")


def according_to_outlet(text: str, at: int) -> str | None:
    """``"…," Roe said, according to a pool report.``: the sentence closes naming the medium the words came
    through; the speaker stays Roe, the medium becomes the row's outlet.

    >>> according_to_outlet('"Yes," Roe said, according to the Daily Post. Then', 15)
    'the Daily Post'
    >>> according_to_outlet('"Yes," Roe said Monday in Salem, according to a pool report.', 15)
    'a pool report'
    >>> according_to_outlet('"Yes," Roe said, according to the Daily Post, in a rare interview.', 15) is None
    True
    """
    m = ACCORDING_TO_OUTLET.match(text, at)
    if m is None:
        m = ACCORDING_TO_OUTLET.match(text, at + len(_CUE_TAIL.match(text, at).group(0)))
    return None if m is None or len(m.group("o").split()) > 10 else m.group("o").strip()


def _outlet_after(text: str, cue: str, cue_end: int) -> str | None:
    """``told AFP`` / ``told reporters`` when the pattern sieve found the cue.

    >>> _outlet_after("'Yes,' Berg told AFP.", "told", 16)
    'AFP'
    >>> [_outlet_after(t, "said" if "said" in t else "told", t.index("Berg") + 9) for t in (
    ...     "'Yes,' Berg told the Daily Ledger's Jane Roe.", "'Yes,' Berg told a news conference.",
    ...     "'Yes,' Berg said on Harbour Radio.", "'Yes,' Berg said in an interview with the Ledger.",
    ...     "'Yes,' Berg said on Monday.", "'Yes,' Berg told police.", "'Yes,' Berg told the jury.",
    ...     "'Yes,' Berg told jurors.")]  # doctest: +NORMALIZE_WHITESPACE
    ["the Daily Ledger's Jane Roe", 'a news conference', 'Harbour Radio', 'the Ledger', None, 'police', 'the jury',
     'jurors']
    >>> [_outlet_after(t, "said" if "said" in t else "told", t.index("Berg") + 9) for t in (
    ...     "'Yes,' Berg told analysts on a call.", "'Yes,' Berg said in an email to The Harbour Press.",
    ...     "'Yes,' Berg told state television.", "'Yes,' Berg told a local radio station.",
    ...     "'Yes,' Berg told a packed news conference.")]
    ['analysts', 'The Harbour Press', 'state television', 'a local radio station', 'a packed news conference']
    >>> [_outlet_after(t, "told", t.index("Berg") + 9) for t in (
    ...     "'Yes,' Berg told Acme chief executive Jane Roe on Monday.", "'Yes,' Berg told AFP on Monday.")]
    ['Acme chief executive Jane Roe', 'AFP']
    >>> _outlet_after("'Yes,' Berg said on Harbour Radio Thursday.", "said", 16)
    'Harbour Radio'
    >>> [_outlet_after(t, "told", t.index("Berg") + 9) for t in (
    ...     "'Yes,' Berg told the broadcaster NRB.", "'Yes,' Berg told the Ruritanian news agency RNA on Monday.")]
    ['the broadcaster NRB', 'the Ruritanian news agency RNA']
    """
    if cue.lower() not in ("told", "tells", "tell"):
        m = MEDIUM_AFTER.match(text, cue_end)
        if m is None or m.group(1).split()[0].lower().rstrip(".") in _NOT_A_MEDIUM:
            return None  # "said on Monday", "tweeted on June 5": a date, no medium
        words = m.group(1).rstrip(".").split(" ")
        while len(words) > 1 and words[-1].istitle() and words[-1].lower().rstrip(".,") in _NOT_A_MEDIUM:
            words.pop()  # "wrote on Twitter Thursday": the day is no part of the medium
        return " ".join(words)
    m = OUTLET_AFTER.match(text, cue_end)
    if m is None:
        return None
    tail = _role_name_tail().match(text, m.end(1)) if m.group(1)[:1].isupper() else None
    # "told Acme chief executive Jane Roe": the person the firm's name only describes is the listener
    return text[m.start(1) : tail.end() if tail else m.end(1)].rstrip(".")


@cache
def _role_name_tail() -> regex.Pattern[str]:
    """Lower-case words ending in a noun for a person, then a full name (what follows a firm's name in ``told
    Acme chief executive Jane Roe``)."""
    return regex.compile(rf"[ ]+(?:\p{{Ll}}[\w-]*[ ]+){{0,2}}?(?:{_person_heads_alternation()})[ ]+{_NAME_PIECE}"
                         rf"(?:[ ]+{_NAME_PIECE})+")


#: an interview named where the sentence that holds the cue opens: ``In an interview with Harbour Radio,
#: Holt said: "…"``
FRONTED_MEDIUM = regex.compile(
    rf"(?:^|(?<=[.!?][\"”’']?[ ]+)|(?<=\n))(?:(?:In|During)[ ]+an?[ ]+(?:\p{{Ll}}+[ ]+)?(?:interview|conversation)[ ]+"
    rf"with[ ]+(?P<m>(?:the[ ]+)?{_CAPS_RUN})(?:[ ]+on[ ]+\p{{Lu}}\p{{Ll}}+)?"
    rf"|In[ ]+an?[ ]+(?:\p{{Ll}}+[ ]+)?(?:post|tweet|message|video|op-ed|column)[ ]+(?:on|to|in|for)[ ]+"
    rf"(?P<m>(?:the[ ]+)?{_CAPS_RUN})),[ ]+[^.!?\n]*\Z")
_FRONTED_MEDIUM_EXAMPLES = """
>>> FRONTED_MEDIUM.search("It rained. In an interview with Harbour Radio, Holt ").group("m")
'Harbour Radio'
>>> FRONTED_MEDIUM.search("It rained. In a post on Facebook, Sam Cole ").group("m")
'Facebook'
"""


def _fronted_medium(text: str, a: Attribution) -> Attribution:
    """The outlet of a cue whose sentence opens with the interview it was given in (none found after it)."""
    if a.outlet is not None or a.cue_start < 0 or a.mention is None:
        return a
    at = min(a.mention.start, a.cue_start)
    m = FRONTED_MEDIUM.search(text, max(0, at - 150), at)
    return a if m is None else replace(a, outlet=m.group("m"))


#: a sentence that opens on a quote closed by a comma, then its speaker and verb and a comma: what follows is the
#: rest of the same utterance (``"We will win," the mayor said on Monday, ``)
_SPLIT_QUOTE_LEAD = regex.compile(r"[\"“‘'][^\"“”‘’\n]+,[\"”’'][ ]+(?P<mid>[^\"“”\n]{2,120}?),[ ]*[\"“‘']?")


def quote_type(text: str, q: QuoteSpan, sentences: list[Sentence]) -> QuoteType:
    """``direct`` when the quote is a whole utterance (starts a sentence or follows a colon or comma with a
    capital letter), else ``partial`` (a fragment woven into the reporter's sentence)."""
    inner = text[q.start : q.end]
    first = _LETTER.search(inner)
    s0, _ = region(q)
    sent_start = min((s.start for s in sentences), default=text.rfind("\n", 0, s0) + 1)
    split = _SPLIT_QUOTE_LEAD.fullmatch(text, min(sent_start, s0), s0) if first and first.group().islower() else None
    if split is not None and any(w.strip(",").lower() in cue_forms() for w in split.group("mid").split()) and (
            split.group("mid").split()[0].lower() not in ("and", "but", "or")):
        return "direct"  # '"We will win," she said, "and soon."': the second half of a split quote
    if not first or not first.group().isupper():
        return "partial"
    lead = text[min(sent_start, s0) : s0].strip().strip("'\"“”‘’`").rstrip()  # '' before ''Yes'' is no lead
    if not lead or lead.endswith((":", ",", "—", "–", "-", ".")) or len(_WORD.findall(inner)) >= 6:
        return "direct"
    return "partial"


_DASH = regex.compile(r"[―—–]|--")
#: a dash right after a quote's closing mark, opening the writer's gloss on it (``"…" - a nod to the storm``)
_GLOSS_DASH = regex.compile(r"[ ]*(?:[―—–]|--?)[ ]+(?=\p{Ll})")


def _names_quoted_subject(text: str, sent: Sentence, t: Token, span: tuple[int, int]) -> bool:
    """``t`` is (part of) a name right before the quote that the parser made the subject of a verb inside it
    (``Berg "got it badly wrong."``): the quoted words go on about that person, in the voice before them."""
    name = sent.token(t.head) if t.deprel in ("flat", "flat:name") and t.head > 0 else t
    if name.upos != "PROPN":
        return False
    if name.deprel in SUBJECTS and name.head > 0:
        about = _inside(sent.token(name.head), span)
    else:  # (or the parser made the name the root and hung the quoted words on it)
        about = name.deprel == "root" and any(_inside(c, span) for c in sent.children(name.id))
    last = max([c.end for c in sent.children(name.id) if c.deprel in ("flat", "flat:name")], default=name.end)
    return about and not text[last : span[0]].strip(" \u00a0\"'“‘")


def _quote_only(
    text: str, q: QuoteSpan, sentences: list[Sentence], quotes: tuple[QuoteSpan, ...], *, tail: bool = False,
    loose: bool = False,
) -> bool:
    """True when the quote's sentence holds nothing but quoted words (and punctuation). With ``tail``, a few
    words of the reporter's after the quote are allowed too (``"…," which votes in June.``, ``"…" al-Tahir.``)
    when none of them is a speech verb or a subject: they add no speaker of their own. With ``loose`` (the
    quote goes on from a speaker's quote of its paragraph), as many as the quote's own when they open with a
    preposition or particle (``"…. Now we carry that argument out of this hall" to every village.``)."""
    spans = [region(x) for x in quotes]
    if not sentences:
        para_text = text[region(q)[0] :]
        return bool(para_text)
    inside = outside = 0
    quote_end = region(q)[1]
    ratio = 3
    gloss = _GLOSS_DASH.match(text, quote_end) if tail else None
    gloss_from = gloss.end() if gloss is not None else len(text) + 1
    for s in sentences:
        words = [t for t in s.tokens if t.upos != "PUNCT"]
        for t in s.tokens:
            if t.upos in ("PUNCT", "CCONJ") or _NON_WORD.fullmatch(t.text):
                continue  # '... he said. But "..."': a leading conjunction is not the reporter's own words
            if t is words[0] and t.end <= region(q)[0] and (
                    t.upos == "ADV" or t.text.lower() in ("adding", "continuing")):
                continue  # '..." said Roe. Now, "…"' / 'Adding, "…"': nor is an opening adverb or "adding"
            # a tokenizer that glues a doubled ASCII opener to the first word (''I) leaves the marks outside
            lead = len(t.text) - len(t.text.lstrip("'\"“”‘’`"))
            trail = len(t.text) - len(t.text.rstrip("'\"“”‘’`"))
            ts, te = t.start + lead, t.end - trail
            if any(a <= ts and te <= b for a, b in spans):
                inside += 1
                continue
            if ts >= gloss_from and not (_is_cue(t, s) or t.upos == "PROPN"):
                continue  # '"…" - a reference to the storm of 2019.': the writer's gloss, no speaker
            if te <= region(q)[0] and _names_quoted_subject(text, s, t, region(q)):
                outside += 1
                continue  # 'Berg "got it badly wrong."': the name the quoted words are about, not a speaker
            if not tail or ts < quote_end or _is_cue(t, s) or _DASH.search(text, quote_end, ts) or (
                t.deprel in SUBJECTS and t.text.lower() not in RELATIVE_PRONOUNS
            ):
                return False
            if loose and not outside and t.upos in ("ADP", "PART", "SCONJ"):
                ratio = 1  # the quoted sentence runs on in the reporter's words, no frame of its own
            outside += 1
    if tail:  # the quote's other sentences count too: '"… Nobody likes the fee. It is fair" for small boats.'
        inside = max(inside, len(_WORD.findall(text, q.start, q.end)))
    return ratio * outside <= inside


@cache
def speaker_heads() -> frozenset[str]:
    """Common nouns a speaker mention may be headed by (people, organisations, roles, documents)."""
    lex = lexicon()
    keys = ("person_nouns", "org_nouns", "role_words", "org_heads", "speaker_nouns", "source_nouns")
    return frozenset(str(w).lower() for k in keys for w in lex[k])


PERSON_SUFFIX = regex.compile(r"(?:er|or|ist|ian|man|woman|men|women|ant|ent|ee|eer|ess|crat)s?$")


def can_speak(head: Token) -> bool:
    """Whether a mention's head word can be a speaker: a name or pronoun, a capitalised word, or a common
    noun for a person, a group or a document; a subject like ``the rationale`` or ``his name`` cannot.

    >>> from quotes.records import Token
    >>> def noun(word: str) -> Token:
    ...     return Token(1, word, word.lower(), "NOUN", "NN", "_", 0, "root", 0, len(word))
    >>> [can_speak(noun(w)) for w in ("rationale", "spokeswoman", "pollster", "poll", "Vance", "Friday", "13")]
    [False, True, True, True, True, False, False]
    >>> can_speak(noun("neurosurgeon"))  # a compound ending in a person noun
    True
    """
    if head.text.lower() in TEMPORAL:
        return False  # "... endorsed Lee Friday, saying ...": a misparsed date is no subject
    if not any(ch.isalpha() for ch in head.text):
        return False  # a stray quote mark or a number the parser made a subject
    if head.upos != "NOUN" or head.text[:1].isupper():
        return True
    lemma = head.lemma.lower()
    heads = speaker_heads()
    return (lemma in heads or lemma.rstrip("s") in heads or bool(PERSON_SUFFIX.search(lemma))
            or lemma.endswith(_compound_tails()))


@cache
def _compound_tails() -> tuple[str, ...]:
    """Person nouns long enough to end a compound that names a person too (``neurosurgeon``)."""
    return tuple(sorted(w for w in speaker_heads() if len(w) >= 6 and w.isalpha()))


def attribute_quote(parsed: ParsedDoc, q: QuoteSpan) -> Attribution:
    """Run sieves 1-5 on one quote (the continuation sieves need the neighbours; see :func:`attribute`);
    a mention whose head cannot speak is dropped (``skip:not-a-speaker``): no speaker beats a wrong one."""
    a = _attribute_quote(parsed, q)
    if a.outlet is None and a.cue is not None and a.sieve != "dep:according-to":
        outlet = according_to_outlet(parsed.doc.text, max(a.cue_end, q.end))
        a = a if outlet is None else replace(a, outlet=outlet)
    m = a.mention
    if m is None or m.sentence < 0 or m.head <= 0:
        return a
    sent = next((s for s in parsed.sentences if s.index == m.sentence and s.parsed), None)
    if sent is None:
        return a
    text, head = parsed.doc.text, sent.token(m.head)
    if a.sieve == "dep:ancestor" and a.quote_type == "partial" and _narrators_pronoun(head):
        # "what we now call 'smart roads'", "once you call them '…'": the writer's and reader's
        # generic we/you frame a term; they quote no one
        return Attribution(q, a.quote_type, None, sieve="skip:not-a-speaker")
    poll = _poll_of_share(sent, head, region(q))
    if poll is not None:
        # "In a Ledger poll, 55 percent of voters said …": the poll reports what a share of people answered
        return _remention(a, text, sent, *mention_span(sent, poll), poll)
    owner = _words_owner(sent, head)
    if owner is not None:
        # "Holt's response was swift:": the words are named, their owner speaks
        return _remention(a, text, sent, *mention_span(sent, owner), owner)
    named = _role_before_name(sent, head)
    if named is not None and named.text.lower() in TEMPORAL:
        named = None  # "the report Friday said": no name
    if can_speak(head):
        relative = _via_relative(text, sent, a)
        if relative is not a or named is None:
            return relative
    if named is not None:
        # "harbour pilot Tom Berg" with the role word heading the phrase: the name in apposition speaks (and
        # is the mention's head, whether or not the role word could speak alone)
        return _remention(a, text, sent, min(m.start, named.start), max(m.end, mention_span(sent, named)[1]), named)
    dated = _dated_document(sent, head)
    if dated is not None:
        # "A union flyer printed Friday calls …" read with the day as subject: the document speaks
        return _remention(a, text, sent, *mention_span(sent, dated), dated)
    inner = _speaker_inside(sent, head)
    if inner is not None:
        # "the board predicts" read as one noun: the phrase ends at the speaker; "a source familiar with …"
        # and "a handful of senators" keep their words
        return _remention(a, text, sent, m.start, inner.end if head.text.lower() in cue_forms() else m.end, inner)
    before = _name_before_colon(sent, q) if a.sieve == "dep:colon" else None
    if before is not None:
        # "The result is no shock to strategist Ann Vega: "…"": the person named right before the colon speaks
        named, colon = before
        return replace(_remention(a, text, sent, *mention_span(sent, named), named), cue=":", cue_start=colon.start,
                       cue_end=colon.end, outlet=None)
    return Attribution(q, a.quote_type, None, sieve="skip:not-a-speaker")


def _name_before_colon(sent: Sentence, q: QuoteSpan) -> tuple[Token, Token] | None:
    """The head of a person's name that ends right before the colon introducing the quote, and the colon."""
    colon = next((t for t in reversed(sent.tokens) if t.end <= q.start and t.text == ":"), None)
    if colon is None or colon.id < 2 or any(t.start >= colon.end and t.end <= q.start and not MARK_RE.fullmatch(t.text)
                                            for t in sent.tokens):
        return None
    word = sent.token(colon.id - 1)
    while word.deprel in ("flat", "flat:name") and word.head > 0:
        word = sent.token(word.head)
    if any(c.deprel == "case" and c.lemma.lower() in ("on", "in", "at", "via", "over", "through")
           for c in sent.children(word.id)):
        return None  # ("celebrated the attack on Twitter:": a medium, not a person)
    return (word, colon) if word.upos == "PROPN" and _person_like(word) and word.end <= colon.start else None


def _narrators_pronoun(head: Token) -> bool:
    """Whether a mention is the writer's or reader's generic *we* or *you* (in narration, not a quote).

    >>> from quotes.records import Token
    >>> [_narrators_pronoun(Token(1, w, w.lower(), "PRON", "PRP", "_", 0, "nsubj", 0, len(w)))
    ...  for w in ("we", "You", "they", "I")]
    [True, True, False, False]
    """
    return head.upos == "PRON" and head.text.lower() in {"we", "you"}


def _remention(a: Attribution, text: str, sent: Sentence, start: int, end: int, head: Token) -> Attribution:
    """``a`` with its mention moved to ``text[start:end]``, headed by ``head`` (the word that speaks)."""
    return replace(a, mention=Mention(start, end, text[start:end], sent.index, head.id, head.start, head.end))


def _dated_document(sent: Sentence, head: Token) -> Token | None:
    """The subject of ``printed`` in ``A union flyer printed Friday calls …`` when the parser made the day the
    subject of the speech verb: the day follows a past form whose own subject can speak."""
    if head.text.lower() not in TEMPORAL or head.id < 2:
        return None
    verb = sent.token(head.id - 1)
    if verb.upos != "VERB" or verb.xpos not in ("VBN", "VBD"):
        return None
    subj = next((c for c in sent.children(verb.id) if c.deprel in ("nsubj", "nsubj:pass") and c.id < verb.id), None)
    return subj if subj is not None and subj.upos == "NOUN" and can_speak(subj) else None


def _speaker_inside(sent: Sentence, head: Token) -> Token | None:
    """The word that speaks inside a phrase whose head cannot: a noun the tagger made a modifier of the
    head (``a source familiar with the talks``, ``the board predicts`` with the verb read as a noun), or
    the people a quantity word counts (``a chorus of senators``, ``a handful of residents``)."""
    if head.upos != "NOUN":
        return None
    misread = head.text.lower() in cue_forms() or any(  # a verb, or an adjective taking "with" or "to"
        c.deprel == "nmod" and any(g.deprel == "case" and g.lemma.lower() in ("with", "to")
                                   for g in sent.children(c.id))
        for c in sent.children(head.id))
    for c in sent.children(head.id):
        if (misread and c.deprel == "compound" and c.id == head.id - 1
                and (c.upos == "PROPN" or c.lemma.lower() in speaker_heads())):
            return c
        if (c.deprel == "nmod" and head.lemma.lower() in quantity_heads() and c.upos in ("NOUN", "PROPN")
                and can_speak(c) and any(g.deprel == "case" and g.lemma.lower() == "of"
                                         for g in sent.children(c.id))):
            return c
    return None


@cache
def quantity_heads() -> frozenset[str]:
    """Nouns that count or gather the speakers after *of* (``a chorus of``, ``a handful of``)."""
    return frozenset(str(w) for w in lexicon()["quantity_heads"])


def _poll_of_share(sent: Sentence, head: Token, span: tuple[int, int]) -> Token | None:
    """The poll behind a mention that is a share of people (``55 percent of voters``, ``most``, ``a majority``)
    in the same sentence: ``In a Ledger poll, …``, ``…, according to a Ledger survey``, ``The poll finds that
    …``; the share answered the poll, which is what reports it."""
    shares = lexicon_words("share_heads")
    if head.lemma.lower() not in shares and head.text.lower() not in shares:
        return None
    for t in sent.tokens:
        if t.upos != "NOUN" or t.lemma.lower() not in lexicon_words("poll_nouns") or _inside(t, span):
            continue
        marks = {c.lemma.lower() for c in sent.children(t.id) if c.deprel == "case"}
        if marks & {"in", "to", "accord"}:
            return t  # 'In a poll, …' / 'according to a poll'
        if t.deprel in SUBJECTS and t.head > 0 and any(a.id == t.head for _, a in _up(sent, head)):
            return t  # 'The poll finds that 41 percent say …'
    return None


def _words_owner(sent: Sentence, head: Token) -> Token | None:
    """The possessor of a noun for words heading a mention (``Holt's response``, ``her answer``), when it
    is a name or a personal pronoun."""
    poss = _words_possessor(sent, head)
    return poss if poss is not None and poss.upos in ("PROPN", "PRON") and _person_like(poss) else None


def _named_owner(sent: Sentence, noun: Token) -> bool:
    """``noun`` is a noun for words with a name for owner (``Roe's answer``)."""
    poss = _words_possessor(sent, noun)
    return poss is not None and poss.upos == "PROPN"


def _words_possessor(sent: Sentence, noun: Token) -> Token | None:
    """The ``nmod:poss`` of a noun for words (``speech_nouns``): ``Roe`` of ``Roe's remark``."""
    if noun.upos != "NOUN" or noun.lemma.lower() not in speech_nouns():
        return None
    return next((c for c in sent.children(noun.id) if c.deprel == "nmod:poss"), None)


def _role_before_name(sent: Sentence, head: Token) -> Token | None:
    """The name right after a common noun heading a phrase (``pilot`` in ``harbour pilot Tom Berg``), when
    the parser hung the name on the noun as an appositive or compound; or the name an age heads
    (``76-year-old Tom Berg`` with the number as the phrase's head)."""
    if head.upos == "NUM":
        return next((c for c in sent.children(head.id) if c.deprel == "appos" and c.upos == "PROPN"
                     and c.id <= head.id + 6 and sent.token(c.id - 1).lemma.lower() == "old"), None)
    if head.upos != "NOUN" or head.id >= len(sent.tokens):
        return None
    nxt = sent.token(head.id + 1)
    if nxt.upos == "PROPN" and nxt.head == head.id and nxt.deprel in ("appos", "flat", "compound", "nmod"):
        return nxt
    if (nxt.upos == "PROPN" and (head.deprel in SUBJECTS or head.deprel == "obj") and nxt.deprel == head.deprel
            and nxt.head == head.head and head.text[:1].islower()):
        # 'said fisherman Joe Tally' parsed as two subjects of "said", 'wrote analyst Dana Pike' as two objects of
        # "wrote": the name is the one
        return nxt
    return None


RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def _via_relative(text: str, sent: Sentence, a: Attribution) -> Attribution:
    """``Jane Roe, who said "…"``: the cue's subject is the relative pronoun, so that is the mention (the words
    the text uses for the speaker), and the phrase it stands for goes along as its antecedent for resolution."""
    m = a.mention
    if m is None or m.head <= 0 or m.antecedent is not None or (a.cue is None and a.sieve != "dep:clause-subject"):
        return a
    # a partial quote with no cue is the words of its clause: 'Holt, who once called Berg "a fool," …' is who's
    at = region(a.quote)[0] if a.cue is None else a.cue_start
    rel = _relative_subject(sent, m, at)
    if rel is None and a.cue is not None:
        # "said Jane Roe, who believes the board "…"": the quote sits in the relative clause about the speaker
        rel = _relative_subject(sent, m, region(a.quote)[0])
    if rel is None or _after_relative_clause(sent, rel, a.cue_start):
        return a
    closed = max(t.end for t in sent.subtree(rel.head)) if rel.head > 0 else len(text)
    head = sent.token(m.head)
    own = sent.token(head.head) if head.head > 0 and head.deprel in SUBJECTS else None
    if closed <= region(a.quote)[0] and own is not None and closed <= own.start < region(a.quote)[0]:
        # 'Holt, who declined to comment, proposes this wording: "…"': the relative clause closed before the
        # quote and the name is the subject of a verb after it, so the clause's verb is no cue of the quote;
        # the name speaks, with the first speech verb after the clause
        main = next((t for t in sent.tokens if closed <= t.start and t.end <= region(a.quote)[0]
                     and t.upos == "VERB" and _is_cue(t, sent)), None)
        if main is not None:
            cue, cs, ce = _cue_text(sent, main)
            return replace(a, cue=cue, cue_start=cs, cue_end=ce, outlet=_outlet(text, sent, main, None))
        return replace(a, cue=None, cue_start=-1, cue_end=-1, outlet=None)
    return replace(a, mention=Mention(rel.start, rel.end, text[rel.start : rel.end], sent.index, rel.id,
                                      rel.start, rel.end, m))


def _after_relative_clause(sent: Sentence, rel: Token, cue_start: int) -> bool:
    """``Roe, who has a big lead, mocked Berg for "…"``: a finite speech verb right after the comma that closes a
    relative clause is the main verb of the name before it, wherever the parser hung it (often inside the
    clause): the name speaks, not *who*."""
    cue = next((t for t in sent.tokens if t.start <= cue_start < t.end), None)
    while (cue is not None and cue.deprel == "conj" and cue.head > rel.id and sent.token(cue.head).upos == "VERB"
           and not any(c.deprel in SUBJECTS for c in sent.children(cue.id))):
        cue = sent.token(cue.head)  # '…, accused Berg of "…" and said …': the first verb of the pair
    if cue is None or cue.id <= rel.id + 2 or cue.xpos not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    before = sent.token(cue.id - 1)
    between = sent.tokens[rel.id : cue.id - 2]
    # (one comma only: in 'the staff, who, on a call, criticized Roe' the clause is still open)
    return before.text == "," and not any(t.text == "," for t in between) and not any(
        c.deprel in SUBJECTS and c.id != rel.id for c in sent.children(cue.id))


def _relative_subject(sent: Sentence, m: Mention, cue_start: int) -> Token | None:
    """The relative pronoun that stands for mention ``m`` as the subject of the clause holding the cue: in a
    relative clause on the mention's head, or (``who`` hung elsewhere by the parser) of the cue itself."""
    cue = next((t for t in sent.tokens if t.start <= cue_start < t.end), None)
    for c in sent.children(cue.id) if cue is not None else ():
        if c.deprel in SUBJECTS and getattr(_who_antecedent(sent, c), "id", None) == m.head:
            return c
    for verb in sent.children(m.head):
        if verb.deprel != "acl:relcl" or not any(t.start <= cue_start < t.end for t in sent.subtree(verb.id)):
            continue
        rel = next((c for c in sent.children(verb.id) if c.deprel in SUBJECTS and c.start > m.start
                    and c.text.lower() in RELATIVE_PRONOUNS), None)
        if rel is not None:
            return rel
    return None


def _attribute_quote(parsed: ParsedDoc, q: QuoteSpan) -> Attribution:
    text = parsed.doc.text
    span = region(q)
    sents = _sentences_for(parsed, span)
    qtype = quote_type(text, q, sents)
    block = _block_of(parsed, q)
    if block is not None and block.kind == "boilerplate":
        return Attribution(q, qtype, None, sieve="skip:boilerplate")
    if STAGE_DIRECTION.fullmatch(text, q.start, q.end):
        return Attribution(q, qtype, None, sieve="skip:stage-direction")
    if _names_a_work(text, q) or _bylined(text, q):
        return Attribution(q, qtype, None, sieve="skip:title")
    label = TRANSCRIPT_LABEL.match(text, q.start, q.end)
    if label is not None and label.group(1).lower() in _MEDIA_LABELS:
        return Attribution(q, qtype, None, sieve="skip:stage-direction")  # '"VIDEO: …': a clip plays, no one named
    if label is not None:
        # a transcript turn names its speaker inside the marks: 'Partial transcript: "HOLT: Where were you?'
        mention = Mention(label.start(1), label.end(1), label.group(1))
        return Attribution(q, qtype, mention, ":", label.end(1), label.end(1) + 1, None, "adj:transcript-label")
    if (q.open_at, q.open_at + len(q.mark)) in nickname_marks(text):
        return Attribution(q, qtype, None, sieve="skip:nickname")
    answer = qa_answer(text, q.open_at)
    if answer is not None:
        # 'Q: What comes first?\n\nA: "Reading."': an interview's answer, the interviewee's (see resolve)
        return Attribution(q, qtype, Mention(answer, answer + 1, text[answer]), ":", answer + 1, answer + 2, None,
                           "adj:qa-answer")
    digest = _digest_item(text, q, parsed)
    if digest is not None:
        return Attribution(q, qtype, digest[0], None, -1, -1, digest[1], "adj:digest-headline")
    # a nickname's marks inside a name ('"…," Mary "Molly" Ward said') are read as spaces by the patterns
    adj = _adjacent(without_nickname_marks(text), q, span)
    if adj is not None:
        # '"...," Name said' / 'Name said, "..."' next to the marks is unambiguous; trust it over a shaky parse
        sieve, mention, (cue, cs, ce) = adj
        mention = replace(mention, text=text[mention.start : mention.end])
        return Attribution(q, qtype, mention, cue, cs, ce, _outlet_after(text, cue, ce), sieve)
    tail = _unclosed_tail(text, q, span)
    if tail is not None:
        mention, (cue, cs, ce) = tail
        return Attribution(q, qtype, mention, cue, cs, ce, None, "adj:unclosed-tail")
    named = _name_colon(text, q)  # (tried here after a dash, and again after the tree sieves)
    if named is not None and _DASH_BEFORE.search(text, max(0, named.start - 3), named.start):
        # digest style 'Pollsters agree - Jane Holt: "…"': the dash hands the floor to the name, whatever the
        # parser made of the words before it
        return Attribution(q, qtype, named, ":", named.end, named.end + 1, None, "adj:name-colon")
    # (a quote nested in a longer one may be said by someone the outer quote names: 'Roe wrote, "… after what
    # she called a 'meltdown,' …"': the outer quote's words can speak for the inner one)
    # (also one its writer never closed, cut short where this quote opens inside it)
    regions = [r for x in parsed.quotes if not ((r := region(x))[0] < span[0] and span[1] < r[1]) and not (
        not x.closed and r[1] <= span[0] and x.paragraph == q.paragraph and span[0] - r[1] <= 2)]
    sents = [s for s in sents if not _title_case(s)]  # from here on the parse is read: not of headline lists
    for sieve, finder in (("dep:ancestor", partial(_ancestor_cue, regions=regions)), ("dep:parataxis", _parataxis_cue)):
        for sent in sents:
            verb = finder(sent, span)
            if verb is None:
                continue
            subj = _subject(sent, verb)
            glued = None if subj is not None else _reduced_relative_subject(sent, verb)
            subj = subj or glued
            if subj is None and (0 <= verb.start - span[1] <= 3 or 0 <= span[0] - verb.end <= 60):
                # '"…," said the old man' right after this quote, or '"…," said he, "…"' right before it
                subj = _inverted_object(sent, verb, span)
            if subj is None or any(_inside(subj, r) for r in regions):
                continue  # a word inside any quote is never the speaker ("'Judge,' he said")
            if subj.end <= span[0] and span[1] <= verb.start:
                continue  # 'Roe, holding a "Vote Lee" banner, said': a quote between a speaker and her verb
            outer = _outer_reporter(sent, verb, subj, regions)
            if outer is not None:
                verb, subj = outer
            else:
                subj = _relative_clause_owner(sent, verb, subj) or subj
            reporter = _reported_by(sent, verb, span)
            if reporter is not None:
                rverb, rsubj = reporter
                cue, cs, ce = _cue_text(sent, rverb)
                return Attribution(q, qtype, _mention(text, sent, rsubj), cue, cs, ce, None, "dep:reported-by")
            # (the tree is climbed only when the words right before the quote are "of a" or "that")
            owned = _possessor(sent, span, regions, sentence_like=False) if sieve == "dep:ancestor" and (
                _OF_ITS_WORDS_BEFORE.search(text, max(0, span[0] - 12), span[0])) else None
            if (owned is not None and owned.upos == "PROPN" and owned is not subj and owned.head > 0
                    and _OF_ITS_WORDS.fullmatch(text, sent.token(owned.head).end, span[0])):
                # 'Brandt called Holt's claim of a "private right" "wrong"': a quote inside a named
                # person's words under the verb is that person's, not the one who talks about them
                return Attribution(q, qtype, _mention(text, sent, owned), sieve="dep:possessor")
            cue, cs, ce = _cue_text(sent, verb)
            # (a subject glued to the noun before it is the noun alone: "campaigners", not "a move campaigners")
            mention = _mention(text, sent, subj) if subj is not glued else Mention(
                subj.start, subj.end, subj.text, sent.index, subj.id, subj.start, subj.end)
            return Attribution(q, qtype, mention, cue, cs, ce,
                               _outlet(text, sent, verb, subj) or _medium_after(text, verb, cue, ce)
                               or _relayed_by(text, sent, span, subj), sieve)
    for sent in sents:
        after = _phrase_then_cue(text, sent, span, regions)
        if after is not None:
            mention, verb = after
            cue, cs, ce = _cue_text(sent, verb)
            return Attribution(q, qtype, mention, cue, cs, ce, None, "adj:after-phrase")
    led = _role_led_after().match(text, span[1], span[1] + 160)
    if led is not None:
        # '"…," said lead author Dr. Jane Roe': the parser tied no verb to the quote; the name after the role speaks
        mention, (cue, cs, ce) = _found(text, 0, led, "n", "v")
        return Attribution(q, qtype, mention, cue, cs, ce, None, "adj:after")
    for sent in sents:
        found = _as_clause(sent, span, regions)
        if found is not None:
            verb, subj = found
            cue, cs, ce = _cue_text(sent, verb)
            return Attribution(q, qtype, _mention(text, sent, subj), cue, cs, ce, None, "dep:as-clause")
    if named is not None:
        return Attribution(q, qtype, named, ":", named.end, named.end + 1, None, "adj:name-colon")
    colon = _colon_speaker(text, [s for s in parsed.sentences if s.parsed], span, regions)
    if colon is not None:
        verb, subj, sent, colon_at = colon
        cue, cs, ce = _cue_text(sent, verb)
        if verb.deprel == "cop":  # "Roe's reply was short: "…"": the colon introduces the words, not "was"
            cue, cs, ce = text[colon_at], colon_at, colon_at + 1
        return Attribution(q, qtype, _mention(text, sent, subj), cue, cs, ce, _outlet(text, sent, verb, subj),
                           "dep:colon")
    lead = _lead_colon(text, q, parsed.sentences)
    if lead is not None:
        return Attribution(q, qtype, lead, ":", region(q)[0] - 1, region(q)[0], None, "adj:lead-colon")
    for sent in sents:
        head = _according_to(sent, span)
        if head is not None:
            return Attribution(q, qtype, _mention(text, sent, head), *_according_cue(text, sent, head), None,
                               "dep:according-to")
        words = _in_the_words_of(sent, span)
        if words is not None:
            first, of, head = words
            whose = _mention(text, sent, head)
            poss = POSSESSIVE_TAIL.search(whose.text) if head.deprel == "nmod:poss" else None
            if poss is not None:  # "In Roe's words": Roe
                whose = replace(whose, end=whose.start + poss.start(), text=whose.text[: poss.start()])
            return Attribution(q, qtype, whose, text[first.start : of.end], first.start, of.end, None,
                               "dep:according-to")
    for sent in sents:
        near = _nearest_cue_left(sent, span, regions)
        if near is not None:
            verb, subj = near
            cue, cs, ce = _cue_text(sent, verb)
            return Attribution(q, qtype, _mention(text, sent, subj), cue, cs, ce, _outlet(text, sent, verb, subj),
                               "dep:nearest-cue")
    for sent in sents:
        closing = _closing_words(text, sent, span, regions)
        if closing is not None:
            mention, verb = closing
            return Attribution(q, qtype, mention, verb.text, verb.start, verb.end, None, "adj:closing-report")
    for sent in sents:
        opener = _sentence_subject_cue(text, sent, span, regions)
        if opener is not None:
            mention, (cue, cs, ce) = opener
            return Attribution(q, qtype, mention, cue, cs, ce, None, "adj:sentence-subject")
    headed = _headline_colon(text, q, parsed)
    if headed is not None:
        return Attribution(q, qtype, headed, ":", headed.end, headed.end + 1, None, "adj:headline-colon")
    headline = _headline_verb(text, q)
    if headline is not None:
        mention, (cue, cs, ce) = headline
        return Attribution(q, qtype, mention, cue, cs, ce, None, "adj:headline-verb")
    for sent in sents:
        tag = _speech_tag(text, sent, q)
        if tag is not None:
            subj, verb = tag
            return Attribution(q, qtype, _mention(text, sent, subj), verb.text, verb.start, verb.end, None,
                               "adj:speech-tag")
    label = _after_as(text, span[0])
    if not label:  # "Lee denounced Roe's remarks as '…'": Lee's words about Roe's remarks
        bare = text[span[0] : span[1]].strip(" \"'“”‘’«»")
        sentence_like = bare[:1].isupper() and len(bare.split()) >= 3
        for sent in sents:
            owner = _possessor(sent, span, regions, sentence_like=sentence_like)
            if owner is not None:
                return Attribution(q, qtype, _mention(text, sent, owner), sieve="dep:possessor")
    # a title-cased phrase is the name of a show or a group (nobody said it: it keeps no speaker), unless
    # someone is calling a person so ("... as 'Big Ed'") or it is a slogan ("ran on the slogan 'Pier First'")
    slogan = bool(_SLOGAN_BEFORE.search(text, max(0, span[0] - 30), span[0]))
    if qtype == "partial" and (label or slogan or not title_cased(text, q.start, q.end)):
        for sent in sents:
            subj = _clause_subject(sent, span, regions)
            if subj is not None:
                return Attribution(q, qtype, _mention(text, sent, subj), sieve="dep:clause-subject")
    return Attribution(q, qtype, None, sieve="none")


#: word classes a speaker's phrase between a quote and its verb is made of ("marine surveyors Jane Roe and
#: Tom Berg of the Acme Registry for Shipping"): no verb, no pronoun, no clause
_PHRASE_TAGS = frozenset({"PROPN", "NOUN", "DET", "ADP", "CCONJ", "ADJ", "NUM", "PART", "PUNCT", "SCONJ"})


def _phrase_then_cue(
    text: str, sent: Sentence, span: tuple[int, int], regions: list[tuple[int, int]]
) -> tuple[Mention, Token] | None:
    """``"…," marine surveyors Jane Roe and Tom Berg of the Acme Registry for Shipping wrote``: a quote closed
    on a comma, then a phrase with no verb in it and a speech verb, when the parser (a long quote before a
    long name) tied neither to the other. The phrase is the mention, headed by its first word that can
    speak."""
    if not MARK_RE.sub("", text[span[0] : span[1]]).rstrip().endswith(","):
        return None
    after = [t for t in sent.tokens if t.start >= span[1]]
    for k, t in enumerate(after[:25]):
        if t.upos in ("VERB", "AUX") or t.xpos.startswith("VB"):
            words = [w for w in after[:k] if w.upos != "PUNCT" or w.text not in ",;"]
            if not words or not _is_cue(t, sent) or t.upos != "VERB" or any(
                    any(_inside(w, r) for r in regions) for w in after[:k]):
                return None
            head = next((w for w in words if w.upos in ("PROPN", "NOUN") and can_speak(w)), None)
            if head is None or words[-1].upos not in ("PROPN", "NOUN") or words[0].upos in ("ADP", "SCONJ", "CCONJ"):
                return None  # ('"…," as the host put it': an as-clause, read by its own sieve)
            s, e = words[0].start, words[-1].end
            return Mention(s, e, text[s:e], sent.index, head.id, head.start, head.end), t
        if t.upos not in _PHRASE_TAGS or (t.upos == "PUNCT" and t.text not in ",()-"):
            return None
    return None


#: word classes of a short speaker's phrase closing a sentence (``, the lawsuit alleges.``, ``, he said.``)
_CLOSING_PHRASE_TAGS = frozenset({"DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM", "PART"})


def _closing_words(
    text: str, sent: Sentence, span: tuple[int, int], regions: list[tuple[int, int]]
) -> tuple[Mention, Token] | None:
    """``Fares rose "far faster than wages" over the decade, the complaint alleges.``: the sentence closes on a
    comma, a short phrase that can speak and a speech verb (a time or a short place phrase may follow), and no
    tree sieve linked it to the quote (a tagger reading ``alleges`` as a noun; a long sentence the parser
    lost). Read by word form, since the tags of such a tail are the unreliable part."""
    toks = [t for t in sent.tokens if t.start >= span[1]]
    while toks and (toks[-1].upos == "PUNCT" or MARK_RE.fullmatch(toks[-1].text)):
        toks = toks[:-1]
    comma = max((k for k, t in enumerate(toks) if t.text == ","), default=-1)
    tail = toks[comma + 1 :]
    if comma < 0 or not 2 <= len(tail) <= 9 or any(any(_inside(t, r) for r in regions) for t in tail):
        return None
    verb_at = next((k for k, t in enumerate(tail) if k > 0 and t.text.lower() in cue_forms()), None)
    if verb_at is None or verb_at > 5:
        return None
    phrase, rest = tail[:verb_at], tail[verb_at + 1 :]
    if any(t.upos not in _CLOSING_PHRASE_TAGS for t in phrase) or any(t.text.lower() in cue_forms() for t in phrase):
        return None
    if len(rest) > 3 or any(t.upos in ("VERB", "AUX", "SCONJ", "PUNCT") for t in rest):
        return None  # ', he said on Tuesday' / ', the paper reported Friday', not ', he said he would …'
    head = phrase[-1]
    if head.upos == "PRON" and "PronType=Prs" not in head.feats and len(phrase) == 1:
        return None
    if not can_speak(head) or head.text.lower() in TEMPORAL:
        return None
    s, e = phrase[0].start, phrase[-1].end
    return Mention(s, e, text[s:e], sent.index, head.id, head.start, head.end), tail[verb_at]


_AS_BEFORE = regex.compile(r"(?<!\w)as\s+$", regex.I)


#: a noun for words someone keeps saying right before the quote (``ran on the slogan "Build the Pier"``): a
#: title-case phrase after it is still someone's words, not the name of a show
_SLOGAN_BEFORE = regex.compile(r"\b(?:slogan|motto|mantra|catchphrase|battle[ ]cry|rallying[ ]cry|chants?[ ]of)"
                               r"[ ]*[,:]?[ ]*\Z")


def _speech_tag(text: str, sent: Sentence, q: QuoteSpan) -> tuple[Token, Token] | None:
    """``"…," glowed Wren.`` / ``"…?" he returned.``: a quote that closes on a comma, a question or an
    exclamation mark inside its marks and is followed at once by a subject and a past-tense verb (either order)
    with no object is tagged with its speaker, whatever the verb (``smiled``, ``returned``, ``glowed``); the
    verb is the cue. Not a quote closed by a period (``"…." He smiled.`` is an action beside the words)."""
    if not q.closed or q.close_at < 0 or text[q.end - 1 : q.end] not in (",", "?", "!"):
        return None
    after = [t for t in sent.tokens if t.start >= q.close_at + q.close_width][:4]
    if len(after) < 2 or after[0].start - (q.close_at + q.close_width) > 1:
        return None
    first, second = after[:2]
    # (a role in lower case may stand before the name: "beamed coach Tim Garvey")
    named = next((k for k, t in enumerate(after[1:], 1) if t.upos != "NOUN" or not t.text.islower()), len(after))
    if first.xpos == "VBD" and first.upos == "VERB" and named < len(after) and after[named].upos == "PROPN" and all(
            _person_like(t) for t in after[1:named]):
        verb, subj = first, after[named]  # "glowed Wren."
        own = {t.id for t in after[1 : named + 1]}
        last = max([subj.id] + [c.id for c in sent.children(subj.id) if c.deprel == "flat"])
    elif second.xpos == "VBD" and second.upos == "VERB" and (
            (first.upos == "PRON" and first.text.lower() in PERSONAL_PRONOUNS) or first.upos == "PROPN"):
        subj, verb = first, second  # "he returned."
        last = verb.id
        own = {subj.id}
    else:
        return None
    if any(c.deprel in ("obj", "iobj", "ccomp", "xcomp") and c.id > verb.id and c.id not in own
           for c in sent.children(verb.id)):
        return None  # '"…," he returned the book': a deed with its object, not a tag (a subject after its verb
        # may be read as the object: "glowed Wren")
    end = sent.token(last + 1) if last + 1 <= len(sent.tokens) else None
    if end is not None and end.upos not in ("PUNCT", "ADV", "ADP", "SCONJ", "CCONJ"):
        return None
    return subj, verb


def _after_as(text: str, at: int) -> bool:
    """The quote opens right after the word *as* (``refers to him as "Big Ed"``, ``denounced it as "…"``).

    >>> _after_as('known as "X"', 9), _after_as('it was "X"', 7)
    (True, False)
    """
    return bool(_AS_BEFORE.search(text, max(0, at - 12), at))


def _as_clause(sent: Sentence, span: tuple[int, int], regions: list[tuple[int, int]]) -> tuple[Token, Token] | None:
    """``As Roe put it, the plan is "…"`` / ``…a "fair deal," as a city memo put it``: an *as*-clause with a
    speech verb (or *put it*) lends its subject to the quote beside it in the same sentence. The parser
    hangs *as* on the verb, or on the subject when it reads ``as a memo`` as a phrase."""
    for v in sent.tokens:
        if v.upos != "VERB" or any(_inside(v, r) for r in regions):
            continue
        kids = sent.children(v.id)
        if v.lemma == "put":
            if not any(c.deprel == "obj" and c.text.lower() == "it" for c in kids):
                continue
        elif not _is_cue(v, sent) and v.lemma.lower() != "sing":  # ("As the choir sang, "…"": the lyric)
            continue
        subj = next((c for c in kids if c.deprel == "nsubj"), None)
        if subj is None and v.xpos == "VBN" and any(c.deprel == "mark" and c.lemma.lower() == "as" for c in kids):
            subj = _passive_agent(sent, v)  # '"…" – as described by Roe –': the by phrase
        if not any(c.deprel == "mark" and c.lemma.lower() == "as" for c in kids):
            subj = next((c for c in kids if c.deprel in ("nsubj", "obl") and c.id < v.id
                         and any(g.deprel == "case" and g.lemma.lower() == "as" for g in sent.children(c.id))), None)
        if subj is None or any(_inside(subj, r) for r in regions) or subj.lemma.lower() in EXPLETIVES:
            continue
        if any(_inside(t, span) for t in sent.subtree(v.id)) and not (subj.upos == "PROPN" and any(
                c.deprel == "parataxis" and any(_inside(t, span) for t in sent.subtree(c.id)) for c in kids)):
            continue  # the quote is the clause's own: other sieves read it (unless hung beside it as parataxis)
        return v, subj
    return None


#: between a noun for words and the quote it holds: ``assertion of a "…"``, ``promise that "…"``
_OF_ITS_WORDS = regex.compile(r"[ ]+(?:of|that)[ ]+(?:(?:a|an|the)[ ]+)?[\"“‘']?")
_OF_ITS_WORDS_BEFORE = regex.compile(_OF_ITS_WORDS.pattern + r"\Z")


def _possessor(
    sent: Sentence, span: tuple[int, int], regions: list[tuple[int, int]], *, sentence_like: bool
) -> Token | None:
    """``Roe's broadside against "…"``, ``their chants of "…"``, ``Roe's slogan is "We …"``: a quote that
    belongs to a noun for words (``speech_nouns``) belongs to that noun's possessor. The climb stops at the
    first verb, so ``Roe's remarks were called "…" by critics`` gives nothing; a quote is a possessor's
    predicate only when it is ``sentence_like`` (capitalised, three words or more)."""

    def owner(noun: Token | None) -> Token | None:
        poss = None if noun is None else _words_possessor(sent, noun)
        if poss is None or any(_inside(poss, r) for r in regions) or poss.upos not in ("PROPN", "PRON", "NOUN"):
            return None
        return poss

    content = _content_clause_owner(sent, span, owner)
    if content is not None:
        return content
    for t in _attach_points(sent, span):
        if sentence_like and any(c.deprel == "cop" for c in sent.children(t.id)):
            found = owner(next((c for c in sent.children(t.id)
                                if c.deprel in ("nsubj", "nsubj:outer") and not _inside(c, span)), None))
            if found is not None:
                return found
        for _, node in _up(sent, t, 4):
            if _inside(node, span):
                continue
            if node.upos in ("VERB", "AUX"):
                if sentence_like and node.lemma == "be":
                    subj = next((c for c in sent.children(node.id) if c.deprel == "nsubj"), None)
                    return owner(subj)
                break
            found = owner(node)
            if found is not None:
                return _possessor_named(sent, node, found)
    return None


def _content_clause_owner(
    sent: Sentence, span: tuple[int, int], owner: Callable[[Token | None], Token | None]
) -> Token | None:
    """``after her remark that "…"``: a quote in the *that* clause right after a possessed noun for words
    is the possessor's, even when the parser hung the clause on the main verb (it often does); so is one in the
    clause such a noun is (``Lee's argument is that …``)."""
    above = _ancestors(sent, span)
    for noun in sent.tokens[:-1]:
        that = sent.token(noun.id + 1)
        if that.lemma.lower() != "that" or that.end > span[0] or that.head <= 0:
            continue
        after = sent.token(that.id + 1) if that.id < len(sent.tokens) else None
        before_quote = after is not None and (after.text == "," or MARK_CHARS.issuperset(after.text))
        if that.deprel != "mark" and not before_quote:
            continue  # ("her comment that, "…"": a "that" the parser took for a pronoun, right before the quote)
        clause = sent.token(that.head)
        if (_inside(clause, span) or clause.id in above) and clause.id != noun.head:
            found = owner(noun)
            if found is not None:
                return _possessor_named(sent, noun, found)
    for clause in [*_attach_points(sent, span), *(sent.token(i) for i in sorted(above))]:
        # "Lee's argument is that the board "sold out"": a possessed noun for words, then "is that" and the clause
        kids = sent.children(clause.id)
        mark = next((c for c in kids if c.deprel == "mark" and c.lemma.lower() == "that"), None)
        cop = next((c for c in kids if c.deprel == "cop"), None)
        if mark is None or cop is None or not cop.id < mark.id:
            continue
        said = next((c for c in kids if c.deprel in ("nsubj", "nsubj:outer") and c.id < cop.id), None)
        found = owner(said)
        if said is not None and found is not None:
            return _possessor_named(sent, said, found)
    return None


def _possessor_named(sent: Sentence, noun: Token, poss: Token) -> Token:
    """``Roe pushed her promise of "…"``: a possessive pronoun whose clause has a named subject gives way to
    that name (the mention a reader would point at)."""
    if poss.upos != "PRON":
        return poss
    verb = next((n for _, n in _up(sent, noun, 4) if n.upos in ("VERB", "AUX")), None)
    subj = None if verb is None else next((c for c in sent.children(verb.id) if c.deprel in SUBJECTS), None)
    return subj if subj is not None and subj.upos == "PROPN" else poss


@cache
def speech_nouns() -> frozenset[str]:
    """Nouns for words said or written (``remark``, ``slogan``, ``chant``): their possessor is a speaker."""
    return frozenset(str(w).lower() for w in lexicon()["speech_nouns"])


def _clause_subject(sent: Sentence, span: tuple[int, int], regions: list[tuple[int, int]]) -> Token | None:
    """A partial quote with no speech verb (``she saved her praise for the "quiet heroes"``) borrows the
    words of the clause it sits in, so that clause's subject is the one who used them: the subject of the nearest
    verb above the quote (relative clauses skipped: ``she backed a fund that pays for "…"``), when it is a
    name, a personal pronoun or a noun for a person or a group; a quoted predicate adjective is its subject's
    (``Roe is "confident" the pier will open``)."""
    if _epithet(sent, span):
        return None
    owner = _owned_claim(sent, span)
    if owner is not None:
        return owner
    for t in _attach_points(sent, span):
        kids = sent.children(t.id)
        if t.upos == "ADJ" and t.deprel == "root" and any(c.deprel == "cop" and not _inside(c, span) for c in kids):
            # 'Roe is "confident" the plan will pass': the quoted word is her own state of mind, her words
            subj = next((c for c in kids if c.deprel == "nsubj" and not _inside(c, span)), None)
            if subj is not None and _person_like(subj) and not any(_inside(subj, r) for r in regions):
                return subj
        for _, node in _up(sent, t, 8):
            if (not _inside(node, span) and node.lemma.lower() in lexicon_words("naming_verbs")
                    and any(c.deprel == "aux:pass" for c in sent.children(node.id))
                    and _passive_agent(sent, node) is None):
                return None  # 'Roe sent what has been called a "relief squad"': named by no one said
            if _inside(node, span) or node.upos not in ("VERB", "AUX") or node.deprel == "acl:relcl":
                continue
            subj = _subject(sent, node)
            doer = sent.token(node.head) if subj is None and node.deprel == "acl" and node.head > 0 else None
            if doer is not None and doer.upos == "NOUN" and _person_like(doer) and not any(
                    _inside(doer, r) for r in regions) and not any(
                    c.deprel == "compound" and _speaking_document(c) for c in sent.children(doer.id)):
                return doer  # "a harbour board defending the idea that "…"" (not "an ad campaign praising …")
            if subj is None and node.deprel == "acl" and _is_cue(node, sent) and doer is not None and (
                    doer.xpos == "NNS" and doer.id == node.id - 1):
                return None  # "a move islanders called "…"": the words of those the clause is about, not the
                # main clause's subject (the parser took "islanders called" for "islanders who were called")
            if subj is None and (node.deprel in ("advcl", "acl") or (node.deprel == "xcomp" and not any(
                    c.deprel == "obj" and c.id < node.id for c in sent.children(node.head)))):
                continue  # "Roe listed her aims, including making firms pay their "fair share"": a clause
                # without a subject of its own borrows the one above
            if subj is None or any(_inside(subj, r) for r in regions):
                return None
            if _person_like(subj) or _speaking_document(subj):
                return subj
            if node.deprel != "ccomp":
                return None
            # "Roe worried that the net was becoming "a hammock"": a thing's clause reported by a person
    return None


def _owned_claim(sent: Sentence, span: tuple[int, int]) -> Token | None:
    """``He was pressed about his remark on Friday that "…"``: a *that* clause right after an owned noun
    for words (a day or place between) is what the owner said, wherever the parser hung it; the owner speaks."""
    first = next((t for t in sent.tokens if t.start >= span[0] - 2), None)
    if first is None:
        return None
    mark = next((t for t in reversed(sent.tokens[: first.id - 1]) if t.start < span[0]), None)
    while mark is not None and MARK_RE.fullmatch(mark.text) and mark.id > 1:
        mark = sent.token(mark.id - 1)
    if mark is None or mark.text.lower() != "that" or mark.deprel not in ("mark", "obj", "nsubj"):
        return None
    for t in reversed(sent.tokens[max(0, mark.id - 6) : mark.id - 1]):
        if t.upos in ("VERB", "AUX") or t.text in (",", ";", ":"):
            return None
        if t.upos != "NOUN" or t.lemma.lower() not in words_or_documents():
            continue
        poss = next((c for c in sent.children(t.id) if c.deprel == "nmod:poss"), None)
        return poss if poss is not None and poss.upos in ("PROPN", "PRON") and _person_like(poss) else None
    return None


def _speaking_document(t: Token) -> bool:
    """A document that carries words (``the statement talked about "…"``, ``the ad targets a "…"``)."""
    return t.upos == "NOUN" and t.lemma.lower() in speaking_documents()


@cache
def speaking_documents() -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon()["speaking_documents"])


@cache
def words_or_documents() -> frozenset[str]:
    """Nouns for words said or for documents that carry them: what an owner speaks through (``Roe's letter``)."""
    return speech_nouns() | speaking_documents()


def _title_case(sent: Sentence) -> bool:
    """A headline set in title case (``Roe: 'No Regrets' If The Vote Goes Against Her``): the tagger and parser,
    trained on running text, give it no reliable clause structure.

    >>> from quotes.records import Sentence, Token
    >>> def sent(text: str) -> Sentence:
    ...     return Sentence(0, 0, len(text), tuple(Token(i + 1, w, w, "X", "_", "_", 0, "dep", 0, 0)
    ...                                            for i, w in enumerate(text.split())))
    >>> _title_case(sent("Roe Says Berg Will Win The Vote")), _title_case(sent("Roe said Berg would win."))
    (True, False)
    """
    if any(t.upos == "VERB" and t.text[:1].islower() and len(t.text) > 3 for t in sent.tokens):
        return False  # "On Twitter, Former Gov. Jane Roe called Berg ...": a name-heavy sentence, lower-case verb
    return _mostly_capitalised([t.text for t in sent.tokens if t.text[:1].isalpha()])


def _mostly_capitalised(words: list[str]) -> bool:
    """Four words or more, 70 % of them capitalised: how a title-case headline looks."""
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _epithet(sent: Sentence, span: tuple[int, int]) -> bool:
    """A quoted label stuck to a name (``her "dear pal" Bo Berg``, ``Lee ("Little Lee")``) is a nickname,
    not words the clause's subject used."""
    for t in _attach_points(sent, span):
        if t.head > 0 and t.deprel in NAME_LINKS and sent.token(t.head).upos == "PROPN":
            return True
        if any(c.deprel in NAME_LINKS and c.upos == "PROPN" and not _inside(c, span)
               and c.text.lower() not in TEMPORAL for c in sent.children(t.id)):
            return True  # (a day the parser hung on the phrase is no name: 'a "decent man" Tuesday')
    return False


NAME_LINKS = ("appos", "compound", "flat", "amod")


def _person_like(t: Token) -> bool:
    """A name, a personal pronoun, or a noun for a person or a group (not a document: ``the bill``); an
    acronym the tagger took for a common noun is a name.

    >>> from quotes.records import Token
    >>> def noun(word: str) -> Token:
    ...     return Token(1, word, word.lower(), "NOUN", "NN", "_", 0, "root", 0, len(word))
    >>> [_person_like(noun(w)) for w in ("SAIL", "sail", "spokeswoman", "bill", "I")]
    [True, False, True, False, False]
    """
    if t.upos == "PROPN" or (t.upos == "NOUN" and _ACRONYM.fullmatch(t.text)):  # "ACME filed", tagged a noun
        return t.text.lower() not in TEMPORAL
    if t.upos == "PRON":
        return "PronType=Prs" in t.feats and t.lemma.lower() not in EXPLETIVES
    return t.upos == "NOUN" and t.lemma.lower() in person_heads()


#: an acronym the tagger took for a common noun: ``ACME``, ``NAACP`` (not ``I`` or ``A``)
_ACRONYM = regex.compile(r"\p{Lu}{3,6}")


def _is_source(t: Token) -> bool:
    """A noun for a document or a count that speaks for someone (``poll``, ``polls``, ``figures``)."""
    lemma = t.lemma.lower()
    return lemma in source_nouns() or lemma.rstrip("s") in source_nouns()


@cache
def person_heads() -> frozenset[str]:
    """:func:`speaker_heads` less the documents (``source_nouns``): nouns for people and groups."""
    return speaker_heads() - source_nouns()


#: an interview's answer label right before the quote's mark, and a question label opening a line before it
_ANSWER_LABEL = regex.compile(r"(?:^|(?<=\n))[ \t]*(A)[:.][ \t]*\Z")
QUESTION_LABEL = regex.compile(r"(?:^|(?<=\n))[ \t]*Q[:.][ \t]+\S")


def qa_answer(text: str, mark: int) -> int | None:
    """Where the ``A`` label stands when the quote whose mark is at ``mark`` answers an interview's question
    (``Q: …`` on a line before it, ``A: "…"`` opening its own line), else None.

    >>> t = 'We asked her.\\nQ: Why?\\nA: "Because."'
    >>> qa_answer(t, t.index('"'))
    22
    >>> qa_answer('A: "Because."', 3) is None  # (no question before it)
    True
    """
    label = _ANSWER_LABEL.search(text, max(0, mark - 12), mark)
    if label is None or QUESTION_LABEL.search(text, 0, label.start()) is None:
        return None
    return label.start(1)


TRANSCRIPT_LABEL = regex.compile(r"(\p{Lu}[\p{Lu}.'’-]+(?:[ ]\p{Lu}[\p{Lu}.'’-]+){0,2}):[ ]+(?=[\p{Lu}\p{N}(\"“‘'])")
_TRANSCRIPT_LABEL_EXAMPLES = """``HOLT: Where were you?`` — an upper-case speaker label opening a transcript
turn (a headline's ``UN: a pact`` goes on in lower case).

>>> TRANSCRIPT_LABEL.match("JANE ROE: We won.").group(1)
'JANE ROE'
>>> [TRANSCRIPT_LABEL.match(t) is None for t in ("Roe: We won.", "UN: a pact is near")]
[True, True]
"""
DIGEST_HEADLINE = regex.compile(
    r"(\p{Lu}[\p{Lu}\p{N}'’‘$%&-]*(?:[ ,:;]+['’‘$]?[\p{Lu}\p{N}][\p{Lu}\p{N}'’‘$%&-]*){2,}[?!]?)[ \u00a0]+$"
)
_DIGEST_HEADLINE_EXAMPLES = """``HOW THE FLEET WAS SAVED "The board voted …" [Herald.]``: a news digest item opens with
the upper-case headline of the story it quotes (three words or more, nothing in lower case), the quotation runs
straight on, and the outlet follows in brackets.

>>> DIGEST_HEADLINE.search("HOW THE FLEET WAS SAVED ").group(1)
'HOW THE FLEET WAS SAVED'
>>> [DIGEST_HEADLINE.search(t) is None for t in ("UN: a pact ", "THE FLEET ", "Jane Roe said ", "NEW YORK -- ")]
[True, True, True, True]
"""
_DIGEST_OUTLET = regex.compile(r"[ \u00a0]*\[(\p{Lu}[^\]\n]{1,40}?)[.]?\]")


def _digest_item(text: str, q: QuoteSpan, parsed: ParsedDoc) -> tuple[Mention, str | None] | None:
    """A digest item (:data:`DIGEST_HEADLINE`) that is nothing but headline, quotation and outlet: the quotation
    is the headlined story's, so the headline is the mention (no one's name: the row keeps no speaker) and the
    bracketed outlet, when there is one, the outlet."""
    block = _block_of(parsed, q)
    if block is None or q.open_at < 0:
        return None
    m = DIGEST_HEADLINE.fullmatch(text, block.start, q.open_at)
    if m is None:
        return None
    outlet = _DIGEST_OUTLET.match(text, region(q)[1])
    rest = text[region(q)[1] if outlet is None else outlet.end() : block.end]
    if rest.strip(" \u00a0.,"):
        return None  # 'WHY IT MATTERS "…," said Roe.': the quotation names its own speaker
    return Mention(m.start(1), m.end(1), m.group(1)), None if outlet is None else outlet.group(1)


#: transcript labels that name a clip or a sound, not a speaker (``VIDEO: …``)
_MEDIA_LABELS = frozenset({"video", "audio", "clip", "sound", "soundbite", "music", "applause", "laughter", "crowd",
                           "crosstalk", "graphic", "caption", "text", "voiceover", "inaudible", "unidentified"})
STAGE_DIRECTION = regex.compile(r"[(\[]\p{Lu}[\p{Lu} ,.'’-]*[)\]][.]?")
"""``(APPLAUSE.)``, ``[LAUGHTER]``: stage directions in a transcript are nobody's words."""

_TITLE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
#: what names a work, a show or an outlet right before a title: ``WNRT's "Morning Report"``, ``his book,
#: "Rivers Rising"``, ``an ad titled "Open Doors"``
_WORKS = (r"show|program|programme|broadcast|episode|series|season|book|memoir|novel|film|movie|documentary|song|"
          r"anthem|album|column|op-ed|editorial|essay|headline|podcast|segment|play|poem|ad|video|sitcom|drama|"
          r"comedy|thriller|musical|franchise|revival|remake|reboot|sequel|adaptation|television|tv|network|channel|"
          r"radio|magazine|newspaper|collection|anthology|biography|autobiography")
TITLE_BEFORE = regex.compile(
    rf"(?:\p{{Lu}}[\p{{L}}.&-]*['’]s|(?i:(?:{_WORKS})(?:['’]s|(?:[ ]\w+)?[ ]of)?"
    # "a 2019 book by Ann Roe, "…"": the work's author after it
    r"|(?i:book|memoir|novel|film|movie|documentary|song|album|essay|poem|play|collection|biography)"
    r"[ ]by[ ](?:\p{Lu}[\p{L}.'’-]*[ ]){0,3}\p{Lu}[\p{L}.'’-]*,"
    r"|titled|entitled|called|named|known[ ]as|on|with"
    r"|(?:author|co-author|writer|director|creator|producer|star|host|editor)[ ]of))"  # "the author of "Ferry Tales""
    r"[\s,]*$"
)
#: what names a work right after a title: ``"Low Tide," a thriller about ...``
TITLE_AFTER = regex.compile(rf"^[\s,]*(?:a|an|the)[ ]+(?:[\p{{L}}-]+[ ]+){{0,3}}?(?i:{_WORKS})\b")

#: a byline right after a quote makes it the title of an article or a book: ``"Why we lost," by Jane Roe:``
BYLINE_AFTER = regex.compile(r"[ ]*(?P<comma>,?)[ ]*by[ ]+(?:the[ ]+)?(?:\p{Lu}[\p{L}.'’-]*[ ]+){0,3}"
                             r"\p{Lu}[\p{L}.'’-]*(?:['’]s)?[ ]*(?:[:(,]|$)", regex.M)


def _bylined(text: str, q: QuoteSpan) -> bool:
    """``"Why we lost," by Jane Roe:``: a quote closed on a comma (inside or after the marks) and followed by
    ``by`` and a name is the title of an article or a book (not ``called "X" by Roe``, a passive's agent).

    >>> from quotes.records import QuoteSpan
    >>> t = '"Why we lost," by Acme’s Jane Roe: it was long.'
    >>> _bylined(t, QuoteSpan(1, 13, 0, 14, '"', 0)), _bylined('"odd" by Roe, a critic', QuoteSpan(1, 4, 0, 5, '"', 0))
    (True, False)
    """
    m = BYLINE_AFTER.match(text, region(q)[1])
    return m is not None and bool(m.group("comma") or text[q.start : q.end].rstrip().endswith(","))


@cache
def _title_small_words() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon()["title_small_words"])


def title_cased(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` has at most ten words, the first capitalised and every other one capitalised, a
    number or a small word (``title_small_words``): how the name of a show, a book or a group looks.

    >>> [title_cased(t, 0, len(t)) for t in ("The Night Desk,", "Friends of the Lake", "a total disgrace", "I")]
    [True, True, False, False]
    """
    words = _TITLE_WORD.findall(text, start, end)
    if not words or len(words) > 10 or words == ["I"]:  # a lone "I" is a pronoun
        return False
    small = _title_small_words()
    return words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() or w in small for w in words)


def is_title(text: str, q: QuoteSpan) -> bool:
    """A quote in title case that a possessive, a word for a work or a show (``told WNRT's "Morning
    Report"``, ``his book, "Rivers Rising,"``) introduces, or that stands alone as its paragraph (a section
    heading), names something; nobody said it.

    >>> from quotes.records import QuoteSpan
    >>> t = 'Lee told WNRT’s "Morning Report" that it was over.'
    >>> is_title(t, QuoteSpan(17, 31, 16, 31, '"', 0)), is_title(t, QuoteSpan(33, 44, 32, 44, '"', 0))
    (True, False)
    >>> t = 'Acme bought "Low Tide," a thriller, after season two of "River Town."'
    >>> is_title(t, QuoteSpan(13, 22, 12, 22, '"', 0)), is_title(t, QuoteSpan(57, 68, 56, 68, '"', 0))
    (True, True)
    """
    if not title_cased(text, q.start, q.end):
        return False
    start, end = region(q)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not text[line_start:start].strip() and not text[end : len(text) if line_end < 0 else line_end].strip(" .,"):
        return True
    if TITLE_AFTER.match(text[end : end + 60]):
        return True
    return bool(TITLE_BEFORE.search(text, max(line_start, start - 40), start))


NAME_COLON = regex.compile(
    r"""(?:^|(?<=\n)|(?<=[ ][-–—][ ]?)|(?<=[–—])|(?<=\b(?:[Ss]tated|[Ww]rote)[ ])|(?<=[”"][ ])
       |(?<=(?<!\b(?:was|is|are|were|be|been|being|comes|came)[ ])\b[Ff]rom[ ])  # 'More from Lee:', not 'is from Oslo:'
       |(?<=[”"],?[ ]by[ ](?:the[ ])?(?:\p{Lu}[\p{L}.&-]*[ ]){0,3}\p{Lu}[\p{L}.&-]*['’]s[ ]))  # a title's byline
    (\p{Lu}[\p{L}'’.-]*(?:[ ](?:\p{Lu}[\p{L}'’.-]*|and|&)){0,5})    # Ann Lee / Ann Lee and Bo Berg
    (?:[ ]\([^()\n]{1,25}\))?                                         # (D-N.Y.)
    :[ ]*\Z""",
    regex.X,
)


_DASH_BEFORE = regex.compile(r"[ ][-–—][ ]?\Z")


#: a transcript line that opens with a role before the name: ``Former state senator Ann Lee:"…"``
ROLE_NAME_COLON = regex.compile(
    r"""(?:^|(?<=\n))
    ((?:\p{Lu}[\p{L}'’.-]*[ ])?((?:\p{Ll}[\p{L}'’.-]*[ ]){1,5})               # Former state senator
     \p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){1,4})                        # Ann B. Lee
    (?:[ ]\([^()\n]{1,25}\))?:[ ]*\Z""",
    regex.X,
)


#: words that open a line or sentence without being a name
_NO_LEAD_NAME = NOT_A_NAME_OR_ARTICLE | SENTENCE_ADVERBS | TEMPORAL
LEAD_COLON = regex.compile(
    r"""(?:(?:^|(?<=\n))(?:[-–—•*][ ]?)?|(?<=[.!?]["”’]?[ ]))                              # a line, a bullet
    (?P<n>(?P<role>(?:\p{Lu}[\p{L}'’.-]*[ ])?(?:\p{Ll}[\p{L}'’-]*[ ]){1,3})?      # Harbour pilot
          \p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){0,4})                        # Jane B. Holt
    (?:[ ]\([^()\n]{1,25}\))?                                                    # (D-Ore.)
    (?:['’]s[ ](?P<w>\p{Ll}+)(?:[ ](?:to|for|on|about|in|at)[ ][^,:;\n"“”]{1,40}?)?  # 's letter to the board
       (?P<cop>[ ](?:was|is)[ ](?:(?:more|less|very|equally|just|as)[ ])?\p{Ll}+)?       # was short
     |,[ ][^,:;\n"“”]{2,60}?(?:,[ ](?:in|on|at|to|of|from)[ ][^,:;\n"“”]{1,40})?  # , 54, of Salem
     |[ ](?:on|in|to|at|about)[ ][^,:;\n"“”]{1,40})?                               # on the strike
    :[ ]*\Z""",
    regex.X,
)


def _lead_colon(text: str, q: QuoteSpan, sents: Sequence[Sentence]) -> Mention | None:
    """``Jane Holt on the strike: "…"``, ``Holt, in a statement: "…"``, ``Holt's letter to the board: "…"``,
    ``Holt's reply was short: "…"``:
    a name, a short phrase with no verb, and a colon opening a whole quoted sentence, the way roundups and
    follow-ups hand the floor to someone. The name must be tagged a proper noun (``Update on the strike:`` is
    nobody), a role before it a word for a person, and a possessed noun a word for words or a document."""
    if not text[q.start : q.start + 1].isupper():
        return None
    open_at, line_start = _lead_in_end(text, region(q)[0])
    m = LEAD_COLON.search(text, max(line_start, open_at - 160), open_at)
    if m is None or m.group("n").split()[0].lower() in _NO_LEAD_NAME:
        return None
    if m.group("role") and not any(w in person_heads() for w in m.group("role").lower().split()):
        return None
    if m.group("w") and m.group("w") not in words_or_documents():
        return None
    ns, ne = m.end("role") if m.group("role") else m.start("n"), m.end("n")  # the name itself, for the tagger's check
    sent = next((s for s in sents if s.parsed and s.start <= ns < s.end), None)
    if sent is None:
        return None
    inside = [t for t in sent.tokens if ns <= t.start and t.end <= ne]
    between = [t for t in sent.tokens if ne <= t.start and t.end <= m.end()]
    cop = m.span("cop") if m.group("cop") else (-1, -1)  # "Holt's reply was short:" (the copula is no verb of hers)
    if not inside or inside[-1].upos != "PROPN" or any(
            t.upos in ("VERB", "AUX") and not cop[0] <= t.start < cop[1] for t in between):
        return None
    start = m.start("n")
    return Mention(start, ne, text[start:ne])


def _name_colon(text: str, q: QuoteSpan) -> Mention | None:
    """Digest style ``POLLS RIGHT AFTER ALL - Ann Lee and Bo Berg: "..."``, ``More from Lee: "..."``: a
    bare name (one to six capitalised words) right before the colon that opens the quote, after a line
    start, a dash, ``from`` or another quote (``Lee: "…" Roe: "…"``).

    >>> t = 'A HEADLINE - Ann B. Lee: "We won."'
    >>> _name_colon(t, QuoteSpan(26, 33, 25, 33, '"', 0)).text
    'Ann B. Lee'
    >>> _name_colon('Read the updates below: "We won."', QuoteSpan(25, 32, 24, 32, '"', 0)) is None
    True
    >>> _name_colon('Former state senator Ann Lee: "We won."', QuoteSpan(31, 38, 30, 38, '"', 0)).text
    'Former state senator Ann Lee'
    >>> _name_colon('He said the judge was from Eastmark: "We won."', QuoteSpan(38, 45, 37, 45, '"', 0)) is None
    True
    >>> _name_colon('Email: "Jo" <jo@example.org>', QuoteSpan(8, 10, 7, 11, '"', 0)) is None
    True
    """
    open_at = region(q)[0]
    line_start = text.rfind("\n", 0, open_at) + 1
    m = NAME_COLON.search(text, max(line_start, open_at - 160), open_at)
    if m is not None and _header_label(m.group(1)):
        return None  # 'Email: "Jo" <jo@…>': a header's label, no one's name
    if m is None or m.group(1).split()[0].lower() in ("the", "a", "an", "and"):
        m = ROLE_NAME_COLON.match(text, line_start, open_at) if open_at - line_start <= 120 else None
        if m is None or not any(w in person_heads() for w in m.group(2).split()):
            return None
    return Mention(m.start(1), m.end(1), m.group(1))


SENTENCE_SUBJECT_CUE = regex.compile(
    r"""(?P<n>(?:(?:The|A|An|One)[ ])?\p{Lu}[\p{L}\d.'’-]*(?:[ ](?:(?:of|for|and|the)[ ])?\p{Lu}[\p{L}\d.'’-]*){0,5}
         (?:[ ](?!(?:so|also|then|now|still|just|only|even|too|later|was|were|is|are|been|being|has|have|had
                    |will|would|did|does|got|gets)\b)(?P<tail>\p{Ll}[\p{L}-]+))?)             # One Acme ad
    (?:,[^,;:"“”‘’()\n]{1,150},)?                                     # , who leads the field,
    [ ](?:(?:\p{Ll}+ly|then|also|later|now|still|just)[ ])?(?P<v>\p{Ll}+)\b""",
    regex.X,
)
_NOT_A_NAME_END = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "another", "one",
                             "this", "that", "these", "those", "some", "every", "each", "no"})


def _sentence_subject_cue(
    text: str, sent: Sentence, span: tuple[int, int], regions: list[tuple[int, int]]
) -> tuple[Mention, tuple[str, int, int]] | None:
    """``Ann Lee, who leads the field, mocked Bo for "..."``: the parser lost the speech verb's subject (or
    the verb itself), but the sentence opens with a name, an optional aside in commas, then a speech verb
    before the quote, with no other quote in between.

    >>> from quotes.records import Sentence, Token
    >>> t = 'Ann Lee, who leads the field, mocked Bo for "a bad night."'
    >>> s = Sentence(0, 0, len(t), (Token(1, "Ann", "Ann", "", "_", "_", -1, "", 0, 3),))
    >>> m, cue = _sentence_subject_cue(t, s, (44, len(t) - 1), [(44, len(t) - 1)])
    >>> m.text, cue[0]
    ('Ann Lee', 'mocked')
    >>> t = 'Acme notes that the plans are "identical."'
    >>> m, cue = _sentence_subject_cue(t, Sentence(0, 0, len(t), ()), (31, len(t) - 1), [(31, len(t) - 1)])
    >>> m.text, cue[0]
    ('Acme', 'notes')
    """
    m = SENTENCE_SUBJECT_CUE.match(text, sent.start, span[0])
    if m is None:
        return None
    (ns, ne), verb = m.span("n"), "v"
    if m.group("v").lower() not in cue_forms() and m.group("tail"):
        # "Acme notes that …": the lower-case word read as the end of the name ("One Acme ad") is the verb
        (ns, ne), verb = (ns, m.start("tail") - 1), "tail"
        last = text[ns:ne].split()[-1].lower()
        if last in _NOT_A_NAME_END or last.endswith(("'s", "’s")) or not m.group(verb).endswith(("s", "ed")):
            return None  # "The email says", "His remarks …", "Roe's notes …": a noun phrase, not a name and a verb
    if m.group(verb).lower() not in cue_forms() or text[ns:ne].lower() in EXPLETIVES:
        return None
    lead = LEADING_CONJUNCTION.match(text, ns, ne)
    if lead:
        ns = lead.end()  # "And Roe called Berg …": the conjunction is no part of the name
    if text[ns:ne].split()[0].lower() in SENTENCE_ADVERBS | NOT_A_NAME_START:
        return None  # "Meanwhile, it attacked …": the opening word is no name
    vs, ve = m.span(verb)
    if any(ve <= a < span[0] for a, _ in regions) or text[ve : span[0]].count(".") > 1:
        return None
    return Mention(ns, ne, text[ns:ne]), (m.group(verb), vs, ve)


#: up to four capitalised words: a speaker's name on a headline
_CAPITALISED_NAME = r"\p{Lu}[\p{L}'’.-]*(?:[ ]+\p{Lu}[\p{L}'’.-]*){0,3}"
HEADLINE_COLON = regex.compile(rf"({_CAPITALISED_NAME}):[ ]")


_LINE_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
#: ``…, Jane Roe Says.`` / ``…, Says Jane Roe`` closing a headline
_HEADLINE_SAYS = regex.compile(
    rf",[ ]+(?:(?P<n>{_CAPITALISED_NAME})[ ]+(?P<v>Says|Said)|(?P<v2>Says|Said)[ ]+(?P<n2>{_CAPITALISED_NAME}))"
    r"[ ]*[.!]?[ ]*$"
)


@lru_cache(maxsize=4)
def title_case_lines(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of lines set in title case (four words or more, 70 % of them capitalised, the others short
    function words): headlines and headline lists, where capitals mark neither names nor sentence starts.

    >>> title_case_lines("Lee Calls Roe Plan 'A Shambles'\\nLee said the plan was a shambles.")
    ((0, 31),)
    >>> title_case_lines("As Mayor Jane Holt wrote:")
    ()
    """
    out = []
    start = 0
    for line in text.split("\n"):
        if _title_case_line(line):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return tuple(out)


def _title_case_line(line: str) -> bool:
    words = _LINE_WORD.findall(line)
    small = _title_small_words()
    return _mostly_capitalised(words) and all(w[0].isupper() or w in small for w in words)


def _names_a_work(text: str, q: QuoteSpan) -> bool:
    """:func:`is_title`, except in a title-case headline (where every quote looks like one) and for single
    ASCII quote marks (which mostly carry headline and nested speech)."""
    if not is_title(text, q) or q.open_at < 0:
        return False
    if q.mark == "'":
        return False  # a single ASCII mark: headline and nested speech; a doubled one ('') is a double quote
    return not any(a <= q.start < b for a, b in title_case_lines(text))


HEADLINE_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "now", "still", "also",
                          "again", "just", "keeps", "be", "been"})


@cache
def headline_verb_forms() -> frozenset[str]:
    """Present and past forms of the verbs a headline puts after its speaker (``Roe Slams Berg's 'Plan'``)."""
    lemmas = cue_lemmas() | {str(w) for w in lexicon()["headline_verbs"]}
    return frozenset(f for lem in lemmas for f in _forms(lem))


def _headline_verb(text: str, q: QuoteSpan) -> tuple[Mention, tuple[str, int, int]] | None:
    """A title-case headline names its speaker before a speech verb (``Jane Roe Calls Plan 'A Shambles'``)
    or ends with one (``Plan Is 'A Shambles,' Jane Roe Says``); its words are all capitalised, so the parse
    and the sentence patterns cannot read it."""
    line = next(((a, b) for a, b in title_case_lines(text) if a <= q.start < b), None)
    if line is None:
        return None
    tail = _HEADLINE_SAYS.search(text, q.end, line[1])
    if tail is not None:
        n, v = ("n", "v") if tail.group("n") else ("n2", "v2")
        if tail.group(n).split()[0].lower() not in NOT_A_NAME_OR_ARTICLE:
            return (Mention(tail.start(n), tail.end(n), tail.group(n)), (tail.group(v), tail.start(v), tail.end(v)))
    words = list(_TITLE_WORD.finditer(text, line[0], region(q)[0]))
    forms = headline_verb_forms()
    for i, w in enumerate(words[1:5], start=1):
        if w.group().lower() not in forms:
            continue
        first = words[0]
        if first.group().lower() in NOT_A_NAME_OR_ARTICLE or "'" in first.group()[-2:]:
            return None
        if any(x.group()[:1].islower() or x.group().endswith((",", ":")) for x in words[:i]):
            return None
        k = i
        while k > 1 and words[k - 1].group().lower() in HEADLINE_AUX:
            k -= 1  # "Roe Is Now Calling ...": the auxiliaries are not part of the name
        if w.group().lower().endswith("ing") and k == i:
            return None  # a bare participle opens a phrase ("Roe Calling Plan ..."), not a statement
        end = words[k - 1].end()
        return Mention(first.start(), end, text[first.start() : end]), (w.group(), w.start(), w.end())
    return None


def _header_label(label: str) -> bool:
    """``Subject``, ``Email``, ``From``: the label of an e-mail, forum or page header (``header_labels``), which
    names no speaker before its colon."""
    return label.lower() in lexicon_words("header_labels")


_SENTENCE_BREAK = regex.compile(r"[.!?][\"”’']?\s+[\"“‘']?\p{Lu}")


def _headline_colon(text: str, q: QuoteSpan, parsed: ParsedDoc) -> Mention | None:
    """Headline style ``Name: Rival's 'Hateful Rhetoric' Hurts Party``: the name before the colon speaks."""
    block = _block_of(parsed, q)
    if block is None or block.kind == "caption":
        return None  # ("Pictured: nurses hold signs reading "…"": a caption's label names no speaker)
    m = HEADLINE_COLON.match(text, block.start, q.start)
    if m is None or m.group(1).split()[0].lower() in ("the", "a", "an"):
        return None  # "The Latest: ..." is a rubric, not a speaker
    if _header_label(m.group(1)):
        return None  # 'Subject: What is "…"?': a header's label
    if any(m.end() <= region(x)[0] < region(q)[0] for x in parsed.quotes):
        return None  # 'Roe: "…" Berg: "…"': the opening name introduced an earlier quote
    if block.kind != "headline" and _SENTENCE_BREAK.search(text, m.end(), q.start + 1):
        return None  # 'KABUL: For 25 years …. "…"': a dateline's place, sentences before the quote
    first = _WORD.match(m.group(1))
    if first is not None and " " in m.group(1) and has_cue(first.group()):
        start = m.start(1) + len(m.group(1).split()[0]) + 1  # "Stated Lee: ..." (inverted verb)
        return Mention(start, m.end(1), text[start : m.end(1)])
    return Mention(m.start(1), m.end(1), m.group(1))


def _indirect(parsed: ParsedDoc) -> list[Attribution]:
    """Reported speech without marks: a speech verb with a subject and a clausal complement (one row per speech
    act of a sentence; beside a quotation only a report whose clause holds none, ``Roe called the plan "reckless"
    and said the pier was safe``), or in a sentence with no such verb and no quotation an *according to* phrase
    at either end of it."""
    text = parsed.doc.text
    # a report holding a quotation is the quote sieves' business (a quotation that only names a show is none)
    regions = [region(q) for q in parsed.quotes if not _names_a_work(text, q)]
    kinds = {b.index: b.kind for b in parsed.blocks}
    para_of = _paragraph_index(parsed)
    out = []
    for sent in parsed.sentences:
        if not sent.parsed:
            continue
        quoted = [(a, b) for a, b in regions if a < sent.end and sent.start < b]
        held = _held_by_quoting_report(sent, quoted) if quoted else set()
        p = para_of(sent.start)
        if kinds.get(p) in ("boilerplate", "caption"):
            continue
        # one row per speech act; a later one inside an earlier one's content is reported by it ("Roe said Lee
        # told her that …" is Roe's row), one beside it is its own ("While Roe said …, Lee said …": two rows)
        taken: list[tuple[int, int]] = []
        for v in sent.tokens:
            lemma = v.lemma.lower()
            finding = lemma in finding_lemmas()  # "a poll found that …": only a document's finding
            if v.upos != "VERB" or (lemma not in indirect_lemmas() and not finding) or v.id in held or any(
                    a <= v.start < b for a, b in taken + quoted):
                continue
            comps = [c for c in sent.children(v.id) if c.deprel == "ccomp" and not _relative_read_as_ccomp(sent, c, v)]
            # (of two, the one after the verb: "Its director general, Peter Hahn, said the industry …" with
            # "general" misread as a clause)
            comp = next((c for c in comps if c.id > v.id), comps[0]) if comps else None
            under = sent.subtree(comp.id) if comp is not None else ()
            if comp is not None and comp.upos in ("NOUN", "PROPN", "NUM", "PRON") and (any(
                    c.deprel == "mark" for c in sent.children(comp.id)) or _after_comma(sent, v, under)) and len(
                    under) <= 6 and not any(t.upos in ("VERB", "AUX") for t in under):
                # "I have said that from day one": "that" and a noun with no verb are no clause, nor is a phrase
                # set off by a comma ("…," she said, her voice breaking)
                comp = None
            told = _told_that(sent, v)
            content: tuple[Token, ...] | None = None
            if comp is not None and told is not None and (lo := sent.subtree(told.id)[0].id) < (
                    hi := sent.subtree(comp.id)[-1].id) and lo < sent.subtree(comp.id)[0].id:
                # "told the court that Orrin's account matched the evidence, including a can found in his car": the
                # parser hung the that clause on "court" and made the rest the complement; both are what was told
                content = tuple(t for t in sent.tokens if lo <= t.id <= hi)
            elif comp is None:
                comp = told
            if content is None and comp is not None:
                content = _reported_content(sent, comp)
            elif content is None and v.head > 0 and ((v.deprel == "parataxis" and v.lemma == "say") or (
                    v.deprel in ("parataxis", "conj") and _closing_report(sent, v))):
                # "…, Roe said." and a short report closing the sentence after a comma, which the parser
                # sets beside the clause or coordinates with it ("The ferry will stop, the Ledger reported.")
                root = sent.token(v.head)
                drop = {t.id for t in sent.subtree(v.id)}
                content = tuple(t for t in sent.subtree(root.id) if t.id not in drop)
            if not content:
                continue
            subj = _subject(sent, v)
            if subj is None or subj in content or not can_speak(subj) or (finding and not _is_source(subj)):
                continue
            if _in_dateline(text, subj.start):
                continue  # "Dec 29 (Wire) - The senator said …": the parser took the dateline's month for a subject
            toks = [t for t in content if t.upos != "PUNCT" or t.text not in ".,;"]
            while toks and toks[-1].upos == "PUNCT":
                toks.pop()
            if len(toks) < 3:
                continue
            s, e = toks[0].start, toks[-1].end
            if s < v.start < e and toks[0].text.lower() in ("that", "which", "who"):
                # "aid that both parties said was needed": a relative clause's verb reports the words after it
                toks = [t for t in toks if t.start >= v.end]
                if len(toks) < 3:
                    continue
                s = toks[0].start
            if any(a < e and s < b for a, b in taken):
                continue
            if any(a < e and s < b for a, b in quoted):
                taken.append((s, e))  # a report holding a quotation is the quote sieves' row, and so are the
                continue  # speech verbs inside it ("Roe said she had "always" known that …")
            taken.append((s, e))
            q = QuoteSpan(s, e, -1, -1, "", p, closed=False, opened=False)
            cue, cs, ce = _cue_text(sent, v)
            out.append(_via_relative(text, sent, Attribution(q, "indirect", _mention(text, sent, subj), cue, cs, ce,
                                                             _outlet(text, sent, v, subj), "dep:indirect")))
        if not taken and not quoted:
            according = _according_indirect(text, sent, p)
            if according is not None:
                out.append(according)
    return out


#: a wire story's dateline opening a paragraph: a place or date, the agency in brackets, a dash
_DATELINE = regex.compile(r"[^\n]{0,40}?\(\p{Lu}[\p{L}.]*\)[ ]*(?:--|[—–-])[ ]")


def _in_dateline(text: str, pos: int) -> bool:
    """``pos`` lies in the dateline that opens its paragraph.

    >>> t = "Intro.\\n\\nDec 29 (Wire) - The senator said it was over."
    >>> _in_dateline(t, t.index("Dec")), _in_dateline(t, t.index("senator"))
    (True, False)
    """
    m = _DATELINE.match(text, text.rfind("\n", 0, pos) + 1)
    return m is not None and pos < m.end()


def _relative_read_as_ccomp(sent: Sentence, comp: Token, verb: Token) -> bool:
    """``Dolan, who is in the last year of his contract, said he …``: a clause before the verb whose subject is
    a relative *who*/*which* is the subject's relative clause, which the parser made the verb's complement."""
    return comp.id < verb.id and any(
        k.deprel.startswith("nsubj") and k.lemma.lower() in ("who", "which") and k.xpos in ("WP", "WDT")
        for k in sent.children(comp.id))


def _held_by_quoting_report(sent: Sentence, quoted: Sequence[tuple[int, int]]) -> set[int]:
    """Ids of the words under a speech verb whose clause holds a quotation (``Roe asked whether the board trusts a
    plan its own pilots call "…"``, ``Roe said she had "always" known that …``), the verb included: all of it is
    the quoted row's, so no speech verb there gets an indirect row."""
    held: set[int] = set()
    for node in sent.tokens:
        if node.id in held or node.lemma.lower() not in indirect_lemmas():
            continue
        clause = sent.subtree(node.id)
        if any(a <= t.start < b for t in clause for a, b in quoted):
            held.update(t.id for t in clause)
    return held


@cache
def _medium_nouns() -> frozenset[str]:
    """What a report was made in (``medium_nouns``): ``said in a statement that …``."""
    return frozenset(str(w) for w in lexicon()["medium_nouns"])


def _after_comma(sent: Sentence, verb: Token, under: Sequence[Token]) -> bool:
    """A comma stands between the verb and the words under its complement, which open on a determiner or a
    possessive (``she said, her voice breaking``): a phrase set off from the verb, not what it reports (words
    said without marks, ``I said, YES, THE RED ONE``, stay)."""
    first = next((t for t in under if t.upos != "PUNCT"), None)
    if first is None or first.id < verb.id or not (first.upos == "DET" or first.xpos == "PRP$"):
        return False
    return any(t.text == "," for t in sent.tokens[verb.id : first.id - 1])


def _told_that(sent: Sentence, verb: Token) -> Token | None:
    """``Roe told reporters that she had met the board``, read by the parser as a relative clause on
    *reporters*: a *that* clause with a subject and an object of its own is what was told, not a relative."""
    addressee = verb.lemma.lower() in ADDRESSEE_VERBS
    for noun in sent.children(verb.id):
        # (and the medium of any speech verb: "said in a statement that …")
        medium = (noun.deprel == "obl" and noun.lemma.lower() in _medium_nouns()
                  and verb.lemma.lower() in indirect_lemmas())
        if not ((addressee and noun.deprel in ("iobj", "obj") and noun.upos in ("NOUN", "PROPN", "PRON")) or medium):
            continue
        for c in sent.children(noun.id):
            if c.deprel not in ("acl:relcl", "acl") or c.upos not in ("VERB", "AUX"):
                continue
            kids = sent.children(c.id)
            first = min(t.id for t in sent.subtree(c.id))
            that = sent.token(first)
            before = max((t.id for t in sent.subtree(noun.id) if t.id < first), default=-1)
            if that.text.lower() != "that" or first != before + 1:
                continue  # the clause must open right after the addressee's phrase
            own = [k for k in kids if k.id != first]  # the clause's words other than its "that"
            if not any(k.deprel.startswith("nsubj") for k in own):
                continue
            if that.deprel == "mark" or c.upos == "AUX" or any(k.deprel in ("obj", "ccomp", "xcomp", "obl")
                                                                for k in own):
                return c  # (a "that" the parser marks as a conjunction opens a content clause, not a relative)
    return None


def _reported_content(sent: Sentence, comp: Token) -> tuple[Token, ...]:
    """The words a clausal complement reports, without a participle clause the narrator adds after a comma
    (``Roe told the paper the pier would stay shut, ending the row with the pilots``: the ending is the
    reporter's)."""
    drop: set[int] = set()
    for c in sent.children(comp.id):
        if c.deprel not in ("advcl", "parataxis") or c.xpos != "VBG":
            continue
        clause = sent.subtree(c.id)
        first = next((t.id for t in clause if t.upos != "PUNCT"), 0)  # (the comma may hang on the clause)
        if first > comp.id and sent.token(first - 1).text == ",":
            drop |= {t.id for t in clause}
    words = tuple(t for t in sent.subtree(comp.id) if t.id not in drop)
    if len(words) > 3 and words[0].text.lower() in _DAY_WORDS and words[0].head == comp.id and words[0].deprel in (
            "obj", "obl", "obl:tmod", "nmod:tmod", "nsubj") and words[1].deprel.startswith("nsubj"):
        words = words[1:]  # "said Thursday it will cut jobs": the day is when it was said (misread as the clause's)
    if comp.head > 0 and words:
        # "said more than 500 people had signed": the parser made the subject's quantity the verb's object
        amount = next((c for c in sent.children(comp.head) if c.deprel == "obj" and c.xpos in ("JJR", "RBR", "CD")
                       and max(t.id for t in sent.subtree(c.id)) == words[0].id - 1), None)
        if amount is not None:
            words = sent.subtree(amount.id) + words
    return words


def _according_indirect(text: str, sent: Sentence, para: int) -> Attribution | None:
    """``According to the harbour board, the pier will close in May.``: with no speech verb, an *according
    to* phrase attributes the rest of the sentence (``dep:according-to``), or with words on both sides of it,
    the side that holds the verb it modifies."""
    head = _according_to(sent, (-1, -1))
    # whatever the phrase names is the source ("according to first counts from the poll", "a harbour tally"),
    # but a bare noun is a manner ("according to plan")
    if head is None or not (can_speak(head) or any(
            c.deprel in ("det", "nmod:poss", "amod", "compound", "nummod") for c in sent.children(head.id))):
        return None
    phrase_tokens = sent.subtree(head.id)
    phrase = {t.id for t in phrase_tokens}
    inner = [t.id for t in phrase_tokens if t.upos != "PUNCT"]  # (a comma may hang on the phrase)
    lo, hi = min(inner), max(inner)
    rest = [t for t in sent.tokens if t.id not in phrase]
    words = [t for t in rest if t.upos != "PUNCT"]
    if any(lo < t.id < hi for t in words):
        return None  # the phrase is not one piece
    if any(t.id < lo for t in words) and any(t.id > hi for t in words):
        # 'In May, according to the board, the pier will close': the side that holds the verb the phrase
        # modifies is the content (one span of the text)
        verb = sent.token(head.head) if head.head > 0 else None
        if verb is None or lo <= verb.id <= hi:
            return None
        rest = [t for t in rest if (t.id < lo) == (verb.id < lo)]
    elif not any(t.id < lo for t in words) and head.head > 0 and hi < len(sent.tokens) and (
            sent.token(hi + 1).upos != "PUNCT"):
        # 'According to two people familiar with the talks, …, the deal fell apart': the parser hung the phrase's
        # own words on the verb (no comma closes the phrase); what it attributes starts after the last comma before
        # the verb's subject
        subj = _subject(sent, sent.token(head.head))
        first = min(t.id for t in sent.subtree(subj.id)) if subj is not None and subj.id > hi else 0
        comma = max((t.id for t in sent.tokens if hi < t.id < first and t.text == ","), default=0)
        if comma:
            rest = [t for t in rest if t.id > comma]
    while rest and rest[0].upos == "PUNCT":
        rest.pop(0)
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if len(rest) < 3 or not any(t.upos in ("VERB", "AUX") for t in rest):
        return None
    q = QuoteSpan(rest[0].start, rest[-1].end, -1, -1, "", para, closed=False, opened=False)
    return Attribution(q, "indirect", _mention(text, sent, head), *_according_cue(text, sent, head), None,
                       "dep:according-to")


def _paragraph_index(parsed: ParsedDoc) -> Callable[[int], int]:
    starts = [(b.start, b.end, b.index) for b in parsed.blocks]

    def find(pos: int) -> int:
        for s, e, i in starts:
            if s <= pos < e:
                return i
        return -1

    return find


def attribute(parsed: ParsedDoc, *, indirect: bool = True) -> tuple[Attribution, ...]:
    """Attributions for every quote span (in text order), then the indirect ones found in the parse."""
    text = parsed.doc.text
    out: list[Attribution] = []
    last: Attribution | None = None
    reported = _indirect(parsed) if indirect else []
    for q in parsed.quotes:
        a = _fronted_medium(text, attribute_quote(parsed, q))
        before = [r for r in reported if r.quote.end <= region(q)[0]]
        if before and (last is None or before[-1].quote.start > region(last.quote)[1]):
            last = before[-1]  # "X said that ... . "Quote."": reported speech introduces the quote
        if a.mention is None and a.sieve == "none" and not _subheading(parsed, q):
            sents = _sentences_for(parsed, region(q))
            only = _quote_only(text, q, sents, parsed.quotes) or _copula_frame(text, q, sents)
            if last is not None and last.mention is not None:
                if q.continued and q.paragraph - last.quote.paragraph == 1:
                    a = _inherit(a, last, "cont:multi-para")
                elif (q.paragraph - last.quote.paragraph <= 1 and _no_speaker_between(parsed, last, q)
                      and (only or _quote_only(text, q, sents, parsed.quotes, tail=True,
                                               loose=q.paragraph == last.quote.paragraph))):
                    a = _inherit(a, last, "cont:previous")
                    nearer = _named_again(parsed, last, q)
                    a = a if nearer is None else replace(a, mention=nearer)
            if a.mention is None and last is not None and last.mention is not None and (
                    _adds_to(parsed, last, q) or _split_half(text, last, q)):
                a = _inherit(a, last, "cont:same-sentence")
            if a.mention is None and only:
                act = _speech_act_before(parsed, q) or _turn_taker_before(parsed, q)
                if act is not None:
                    a = _inherit(a, act, "cont:cue-sentence")
                else:
                    intro = _person_before(parsed, q)
                    if intro is not None:
                        a = _inherit(a, intro, "cont:subject-before")
        out.append(a)
        if a.mention is not None:
            last = a
    out = [_shares_later_cue(parsed, a, out[i + 1]) if i + 1 < len(out) else a for i, a in enumerate(out)]
    for i in range(1, len(out)):
        if _joined_quotes(parsed, out[i - 1], out[i]):
            out[i] = _inherit(out[i], out[i - 1], "cont:coordinated")
    starts = {b.index: b.start for b in parsed.blocks}
    for i in range(len(out) - 2, -1, -1):  # back to front: a chain of pieces takes the speaker of its last one
        a, nxt = out[i], out[i + 1]
        if (((a.mention is None and a.sieve == "none") or (a.sieve == "cont:previous" and a.mention is not None
                                                            and a.mention.start < starts.get(a.quote.paragraph, -1)))
                and not a.quote.closed
                and nxt.mention is not None
                and nxt.quote.continued and nxt.quote.paragraph - a.quote.paragraph == 1
                and nxt.mention.start >= region(nxt.quote)[1]):  # (not a transcript's label opening the next)
            # '"We waited ten years. ¶ "Now it is time," she said.': the speaker named at the end of the quote
            # (also over a speaker of an earlier paragraph that a quote-only first piece would go on from)
            out[i] = _inherit(a, nxt, "cont:multi-para")
    out.extend(reported)
    return tuple(out)


#: what may stand between two quotes joined as one phrase: marks, a comma and "and" (not "or": '"Los Lobos," or
#: "The Wolves"' glosses a name)
_JOINED = regex.compile(r"[\"'“”‘’]?\s*,?\s*and\s*[\"'“”‘’]?")


def _joined_quotes(parsed: ParsedDoc, a: Attribution, b: Attribution) -> bool:
    """``Roe said the board was "shaken" and "tired"``: a quote joined to the one before by *and* is the
    same speaker's, when it found no speaker of its own or only the subject of a speech verb further
    from both (the parser often hangs the second conjunct on the main clause).

    >>> bool(_JOINED.fullmatch('" and "')), bool(_JOINED.fullmatch('," said Roe. "'))
    (True, False)
    """
    if a.mention is None or not a.sieve.startswith("dep:") or a.quote.paragraph != b.quote.paragraph:
        return False
    text = parsed.doc.text
    if not _JOINED.fullmatch(text, a.quote.end, b.quote.start):
        return False
    if b.mention is None:
        return b.sieve == "none"
    return (b.sieve == "dep:ancestor" and a.sieve == "dep:ancestor" and b.cue_end <= a.cue_start
            and b.mention != a.mention)


def _shares_later_cue(parsed: ParsedDoc, a: Attribution, nxt: Attribution) -> Attribution:
    """``Libraries are "a lifeline" and "good for children," Roe said``: a partial quote left without a speaker
    shares the cue of the next quote in its sentence when that cue comes after both (``Roe said`` reports the
    whole sentence)."""
    if a.mention is not None or a.sieve != "none" or a.quote_type != "partial" or nxt.mention is None:
        return a
    if not nxt.sieve.startswith(("adj:after", "dep:parataxis")) or nxt.cue_start < region(nxt.quote)[1]:
        return a
    sent = next((s for s in parsed.sentences if s.start <= a.quote.start < s.end), None)
    if sent is None or not (sent.start <= nxt.quote.start and nxt.cue_end <= sent.end):
        return a
    return _inherit(a, nxt, "cont:same-sentence")


COPULA_FRAME = regex.compile(r"(?:It|That|This)(?:['’]s|[ ]+(?:is|was))[ ]+$")
#: a fronted adverbial clause before a quote that ends the sentence: the reporter sets the condition, the quoted
#: words say the rest (``Unless more rivals quit, "the nomination is hers to lose."``)
FRONTED_CLAUSE = regex.compile(
    r"(?:(?:But|And|So|Yet),?[ ]+)?(?:[Uu]nless|[Ii]f|[Ww]hen|[Ww]hile|[Aa]lthough|[Tt]hough|[Bb]ecause|[Oo]nce"
    r"|[Uu]ntil|[Ee]ven[ ]+if|[Ee]ven[ ]+so|[Ww]ithout|[Ww]ith)\b[^\"“”‘’.;:!?\n]{3,120},[ ]*$")
_FRONTED_CLAUSE_EXAMPLES = """
>>> [bool(FRONTED_CLAUSE.match(t)) for t in ("Unless more rivals quit the race, ", "If elected, ",
...                                          "Roe said that, ", "But when the vote came, ")]
[True, True, False, True]
"""


def _copula_frame(text: str, q: QuoteSpan, sentences: list[Sentence]) -> bool:
    """``"It's a stunt," she says. It's "the oldest trick in the book."``: a quote framed by nothing but ``It's`` (or
    by a fronted adverbial clause: ``Unless more rivals quit, "the nomination is hers …"``) goes on in the voice
    around it, as a quote-only sentence does.

    >>> from quotes.records import QuoteSpan, Sentence
    >>> t = 'It’s "the oldest trick going."'
    >>> _copula_frame(t, QuoteSpan(6, 29, 5, 30, '"', 0), [Sentence(0, 0, len(t), ())])
    True
    """
    if len(sentences) != 1:
        return False
    sent = sentences[0]
    start, end = region(q)
    return bool(COPULA_FRAME.fullmatch(text, sent.start, start) or FRONTED_CLAUSE.fullmatch(text, sent.start, start)
                ) and not text[end : sent.end].strip(" .!?\"”’'")


def _block_of(parsed: ParsedDoc, q: QuoteSpan) -> Block | None:
    """The block (paragraph) that holds quote ``q``."""
    return next((b for b in parsed.blocks if b.index == q.paragraph), None)


def _subheading(parsed: ParsedDoc, q: QuoteSpan) -> bool:
    """A quote that is a heading block after the article's opening lines (``'A long winter ahead.'``
    between two sections) continues nobody's turn: it labels the section that follows."""
    block = _block_of(parsed, q)
    return block is not None and block.kind == "headline" and block.index > 0 and any(
        b.kind == "body" and b.index < block.index for b in parsed.blocks)


def _split_half(text: str, last: Attribution, q: QuoteSpan) -> bool:
    """``"More worrying," continued the brief, "is the navy."``: a quote right after another one closed on a
    comma, with only that quote's speaker and cue between them and a comma before it, is the rest of the same
    utterance.

    >>> from quotes.records import Mention, QuoteSpan
    >>> t = '"More worrying," continued the brief, "is the navy."'
    >>> first, second = QuoteSpan(1, 15, 0, 16, '"', 0), QuoteSpan(39, 51, 38, 52, '"', 0)
    >>> last = Attribution(first, "direct", Mention(27, 36, "the brief"), "continued", 17, 26)
    >>> _split_half(t, last, second), _split_half(t.replace("brief,", "brief."), last, second)
    (True, False)
    """
    lo, hi = region(last.quote)[1], region(q)[0]
    if last.quote.paragraph != q.paragraph or not 0 < hi - lo <= 120 or last.mention is None:
        return False
    if not (lo <= last.cue_start and last.cue_end <= hi and lo <= last.mention.start and last.mention.end <= hi):
        return False
    gap = text[lo:hi]
    return (text[last.quote.start : last.quote.end].rstrip().endswith(",") or gap.lstrip().startswith(",")) and (
        gap.rstrip().endswith(",")) and not _SENTENCE_END.search(gap)


#: a sentence's end (not a title's or an initial's period: "Gov. ", "B. ")
_SENTENCE_END = regex.compile(r"(?<!\b\p{Lu}\p{Ll}{0,3})[.!?]\s")


def _adds_to(parsed: ParsedDoc, last: Attribution, q: QuoteSpan) -> bool:
    """``"…," Roe said, adding that the deals were handed out "like candy."``: a speech participle with no
    subject of its own, after the last attribution's cue and in its sentence, goes on in that speaker's voice
    (the parser often loses the subject when the name sits between two quotes)."""
    lo, hi = last.cue_end, region(q)[0]
    if not last.cue or lo > hi:
        return False
    sent = next((s for s in parsed.sentences if s.start <= last.cue_start < s.end), None)
    if sent is None or not sent.parsed or hi >= sent.end:
        return False
    for t in sent.tokens:
        if lo <= t.start < hi and t.text.lower().endswith("ing") and _is_cue(t, sent):
            return t.deprel in ("advcl", "conj", "xcomp") and not any(
                c.deprel in SUBJECTS for c in sent.children(t.id)
            )
    return False


#: words that make a subject nobody in particular
NOBODY = frozenset({"neither", "no", "none", "nobody", "nothing", "noone"})


def _speech_act_before(parsed: ParsedDoc, q: QuoteSpan) -> Attribution | None:
    """``Lind praised the plan. "It will save lives."``: a quote-only sentence right after a sentence (of the
    same or the previous paragraph, holding no quote) whose main verb is a speech verb with a subject."""
    text = parsed.doc.text
    sent = _sentence_before(parsed, q, breaks=2)
    if sent is None:
        return None
    # the main verb, a verb coordinated with it, or a participle clause on it ("..., saying ..."); or a speech
    # participle on a document the main verb put out ("the council issued a statement apologizing …"); failing
    # those, the verb that put the document out ("Roe issued a statement regarding the pier")
    put_out = [(t, True) for t in sent.tokens if _put_out_words(sent, t)]
    for t, fallback in [*((t, False) for t in sent.tokens), *put_out]:
        verb = sent.token(sent.token(t.head).head) if _issued_words(sent, t) else t
        reaction = t.deprel == "root" and t.upos == "VERB" and (t.lemma.lower() in _reaction_verbs() or (
            t.text.lower() in ("shake", "shakes", "shook") and any(c.deprel == "obj" and c.lemma.lower() == "head"
                                               for c in sent.children(t.id))))  # "Lee shook her head. "…""
        if verb is t and not fallback and not reaction and (
                t.deprel not in ("root", "conj", "advcl", "xcomp") or not _is_cue(t, sent)):
            continue
        if verb.deprel != "root" and sent.token(verb.head).deprel != "root":
            continue
        if _negated(sent, verb):
            continue
        subj = _subject(sent, verb) or _asked(sent, verb)
        if subj is None or subj.lemma.lower() in EXPLETIVES or subj.upos not in ("PROPN", "NOUN", "PRON"):
            continue
        if reaction and not _person_like(subj):
            continue  # ("Talks paused. "…"": no one reacted)
        if any(c.lemma.lower() in NOBODY for c in sent.subtree(subj.id) if c.id <= subj.id):
            continue  # "Neither Roe nor Lee criticised the toll.": nobody spoke
        cue, cs, ce = _cue_text(sent, t)
        return Attribution(q, "direct", _mention(text, sent, subj), cue, cs, ce, _outlet(text, sent, verb, subj),
                           "cont:cue-sentence")
    return None


def _turn_taker_before(parsed: ParsedDoc, q: QuoteSpan) -> Attribution | None:
    """``"…," Ann said, and her brother cut in. "…"``: the sentence before ends on a second speech verb, joined to
    the one that reported its quote, with a subject of its own; the next quote-only sentence is that speaker's."""
    text = parsed.doc.text
    sent = _sentence_before(parsed, q, breaks=0, quotes_ok=True)
    if sent is None:
        return None
    quoted = [region(x) for x in parsed.quotes if region(x)[0] < sent.end and sent.start < region(x)[1]]
    if not quoted:
        return None  # (the cue-sentence sieve's case)
    last_quote_end = max(b for _a, b in quoted)
    for t in reversed(sent.tokens):
        if t.start < last_quote_end or t.deprel != "conj" or not _is_cue(t, sent) or _negated(sent, t):
            continue
        head = sent.token(t.head)
        if not _is_cue(head, sent) or head.start < last_quote_end:
            continue
        subj = next((c for c in sent.children(t.id) if c.deprel == "nsubj"), None)
        head_subj = _subject(sent, head)
        if subj is None or head_subj is None or subj.id == head_subj.id or subj.upos not in ("PROPN", "NOUN"):
            continue
        cue, cs, ce = _cue_text(sent, t)
        return Attribution(q, "direct", _mention(text, sent, subj), cue, cs, ce, None, "cont:cue-sentence")
    return None


def _sentence_before(parsed: ParsedDoc, q: QuoteSpan, *, breaks: int, quotes_ok: bool = False) -> Sentence | None:
    """The parsed sentence right before the quote, with nothing but white space and at most ``breaks`` line
    breaks between them, when it holds no quote of its own (a show's few words aside), or with ``quotes_ok``
    whatever it holds."""
    text, start = parsed.doc.text, region(q)[0]
    prev = [s for s in parsed.sentences if s.end <= start]
    if not prev:
        return None
    sent = prev[-1]
    gap = text[sent.end : start]
    if gap.count("\n") > breaks or gap.strip() or not sent.parsed:
        return None
    if not quotes_ok and any(a < sent.end and sent.start < b and not _named_in_passing(text, x, sent.start)
           for x, (a, b) in ((x, region(x)) for x in parsed.quotes)):
        return None
    return sent


def _named_in_passing(text: str, q: QuoteSpan, sentence_start: int) -> bool:
    """A few quoted words inside a sentence, no sentence of their own: a show's name or a slogan
    (``On "Harbour Live," Holt …``), not a line of dialogue (``"We'll see," Holt said.``)."""
    words = text[q.start : q.end].rstrip(" ,")
    return region(q)[0] > sentence_start and len(words.split()) <= 5 and not words.endswith((".", "?", "!"))


def _person_before(parsed: ParsedDoc, q: QuoteSpan) -> Attribution | None:
    """``Berg was defiant. "I will not resign."``, ``Vance had a message for the council. "…"``: a quote-only
    sentence right after a sentence of its own paragraph (holding no quote) whose main subject is a named person
    or a personal pronoun: the person the writer just turned to speaks."""
    text = parsed.doc.text
    sent = _sentence_before(parsed, q, breaks=0)
    if sent is None:
        return None
    subj = _main_subject(sent)
    if subj is None or not ((subj.upos == "PROPN" and _person_like(subj))
                            or subj.text.lower() in ("he", "she") or _definite_person(sent, subj)):
        return None
    root = next((t for t in sent.tokens if t.deprel == "root"), None)
    if root is None or (_negated(sent, root) and not _negated_state(sent, root)):
        return None
    return Attribution(q, "direct", _mention(text, sent, subj), None, -1, -1, None, "cont:subject-before")


def _definite_person(sent: Sentence, subj: Token) -> bool:
    """``The magistrate then looked at me.``: one person by a singular role noun with *the* or an owner."""
    return subj.upos == "NOUN" and subj.xpos == "NN" and subj.lemma.lower() in lexicon_words("person_nouns") | (
        lexicon_words("role_words")) and any(
        (c.deprel == "det" and c.lemma.lower() == "the") or c.deprel == "nmod:poss" for c in sent.children(subj.id))


def _negated_state(sent: Sentence, root: Token) -> bool:
    """``Lind was not convinced.``, ``Berg is not worried.``: a state of mind denied is still a stance, and the
    one who holds it speaks next; ``Roe was not available for comment`` is no such state."""
    if root.upos not in ("ADJ", "VERB") or root.lemma.lower() in lexicon_words("unavailable_states"):
        return False
    kids = sent.children(root.id)
    return any(c.deprel in ("cop", "aux:pass") and c.lemma.lower() == "be" for c in kids) and (
        root.upos == "ADJ" or root.xpos == "VBN")


@cache
def _reaction_forms() -> frozenset[str]:
    """The forms of the reactions that take a side (lexicon ``stance_verbs``: ``disagreed``, ``objects``,
    ``demurred``); a pause or a smile between two quotes belongs to one speaker.

    >>> {"demur", "demurred", "demurs", "disagreed", "objects"} <= _reaction_forms()
    True
    """
    return frozenset(f for lemma in lexicon_words("stance_verbs") for f in _forms(lemma))


@cache
def _reaction_verbs() -> frozenset[str]:
    """Reactions with no words of their own (``reaction_verbs``): ``Berg disagreed. "…"``."""
    return frozenset(str(w) for w in lexicon()["reaction_verbs"])


def _asked(sent: Sentence, verb: Token) -> Token | None:
    """``Roe was asked about the toll. "…"``: the one asked answers in the quote-only sentence after it, when
    nobody asks in the same sentence (``by Berg``) and the one asked can speak; so does the subject after an
    opening ``Asked …,`` (``Asked if she would run again, Roe laughed. "…"``)."""
    if verb.lemma.lower() != "ask":
        return None
    kids = sent.children(verb.id)
    if verb.xpos in ("VBN", "VBD") and verb.id == 1 and not any(c.deprel in SUBJECTS for c in kids):
        main = sent.token(verb.head) if verb.head > 0 else next(
            (c for c in kids if c.upos == "VERB" and (c.deprel in ("parataxis", "conj") or (
                # (the parser may hang the main clause on "Asked" as its complement, after the comma)
                c.deprel == "ccomp" and not any(m.deprel == "mark" for m in sent.children(c.id))
                and any(p.text == "," and p.id < c.id for p in sent.tokens)))), None)
        subj = None if main is None else next((c for c in sent.children(main.id) if c.deprel == "nsubj"), None)
        return subj if subj is not None and _person_like(subj) else None
    if not any(c.deprel == "aux:pass" for c in kids):
        return None
    if any(c.deprel == "obl:agent" for c in kids):
        return None
    subj = next((c for c in kids if c.deprel == "nsubj:pass"), None)
    return subj if subj is not None and _person_like(subj) else None


def _issued_words(sent: Sentence, t: Token) -> bool:
    """``t`` is a speech participle on a document the main verb's subject put out (``the council issued a
    statement apologizing to Roe``, ``Roe released a letter saying …``)."""
    if not (t.deprel == "acl" and _participle(t) and _is_cue(t, sent)):
        return False
    noun = sent.token(t.head)
    return noun.deprel == "obj" and noun.head > 0 and sent.token(noun.head).deprel == "root" and _carries_words(noun)


#: verbs that put out words in a document or a speech ("issued a statement", "gave a speech")
PUT_OUT_VERBS = frozenset({"issue", "release", "publish", "give", "deliver", "send", "post"})


def _put_out_words(sent: Sentence, t: Token) -> bool:
    """``t`` is the main verb of putting out words (``Roe issued a statement regarding the pier``): the quote
    that follows is those words.

    >>> from quotes.records import Sentence, Token
    >>> toks = [Token(1, "Roe", "Roe", "PROPN", "NNP", "_", 2, "nsubj", 0, 3),
    ...         Token(2, "issued", "issue", "VERB", "VBD", "_", 0, "root", 4, 10),
    ...         Token(3, "a", "a", "DET", "DT", "_", 4, "det", 11, 12),
    ...         Token(4, "statement", "statement", "NOUN", "NN", "_", 2, "obj", 13, 22)]
    >>> _put_out_words(Sentence(0, 0, 22, tuple(toks)), toks[1])
    True
    """
    if t.deprel != "root" or t.upos != "VERB" or t.lemma.lower() not in PUT_OUT_VERBS:
        return False
    return any(c.deprel == "obj" and _carries_words(c) for c in sent.children(t.id))


def _carries_words(noun: Token) -> bool:
    """A document or a noun for words (``a statement``, ``a speech``, ``remarks``): what one puts words out in."""
    return _speaking_document(noun) or noun.lemma.lower() in speech_nouns()


def _inherit(a: Attribution, last: Attribution, sieve: str) -> Attribution:
    """``a`` goes on in ``last``'s voice; a relative pronoun gives way to the phrase it stands for
    (``…," said Roe, who noted that berth fees had "collapsed." "…"``: the next quote is Roe's, not the clause's;
    a quote joined to it in the clause stays the clause's)."""
    mention = last.mention
    if mention is not None and mention.antecedent is not None and sieve != "cont:coordinated":
        mention = mention.antecedent
    return Attribution(a.quote, a.quote_type, mention, last.cue, last.cue_start, last.cue_end, last.outlet, sieve)


def _no_speaker_between(parsed: ParsedDoc, last: Attribution, q: QuoteSpan) -> bool:
    """No other speech verb with another subject sits between the last attributed quote and this one
    (``"...," X told the paper when asked if ... "..."``: X again is no new speaker)."""
    lo, hi = region(last.quote)[1], region(q)[0]
    m = last.mention
    # the name a he/she mention most likely stands for, looked up once for every sentence between
    named = _last_name_before(parsed, m.start) if m is not None and m.text.lower() in PERSONAL_PRONOUNS else None
    for sent in parsed.sentences:
        if sent.end <= lo or sent.start >= hi or not sent.parsed:
            continue
        if lo <= sent.start and sent.end <= hi and m is not None and _other_actor(sent, m, stands_for=named):
            return False  # '"…," Roe replied. Berg looked surprised. "…?"': Berg has the floor now
        for t in sent.tokens:
            if not (lo <= t.start < hi and _is_cue(t, sent) and t.start != last.cue_start):
                continue
            if t.deprel == "acl:relcl" or any(n.deprel == "acl:relcl" for _, n in _up(sent, t)):
                continue  # "told voters who had asked about it", "a phrase Lee coined for the mayor": an aside
            if m is not None and _on_mention(sent, t, m):
                continue  # "said Roe, a native who started out reporting …": words about the speaker
            if _negated(sent, t):
                continue  # '"…," Roe said. She did not suggest a date. "…"': nothing was said there
            subj = _subject(sent, t)
            if subj is None or (m is not None and m.start <= subj.start < m.end):
                continue
            if (m is not None and subj.deprel == "appos" and subj.head > 0
                    and m.start <= sent.token(subj.head).start < m.end):
                continue  # '"…," said Roe, a member of the board, told the Herald. "…"': her apposition, still Roe
            if subj.text.lower() in ("he", "she") and sent.start <= last.cue_start < sent.end:
                continue  # "…," Roe said, as she called for calm. "…": the attribution's own aside
            if _subordinate_to_cue(sent, t, last.cue_start):
                continue  # '"…," Roe told the paper, after Berg asked about the leases. "…"': a time clause
            return False
    return True


def _subordinate_to_cue(sent: Sentence, t: Token, cue_start: int) -> bool:
    """``t`` sits in an adverbial clause with a subordinator (``after``, ``when``, ``as``) under the cue verb
    at ``cue_start``: it tells when or why the words were said, it does not report new ones."""
    cue = next((w for w in sent.tokens if w.start == cue_start), None)
    if cue is None:
        return False
    clause = _marked_clause(sent, t)
    return clause is not None and any(a.id == cue.id for _, a in _up(sent, clause))


def _named_again(parsed: ParsedDoc, last: Attribution, q: QuoteSpan) -> Mention | None:
    """``"…," said Jane Holt. Holt wants a new pier. "…"``: the speaker named again as the subject of
    the sentence right before a continued quote is the mention the quote goes on from."""
    lo, hi = region(last.quote)[1], region(q)[0]
    m = last.mention
    between = [s for s in parsed.sentences if lo <= s.start and s.end <= hi]
    if m is None or not between or not between[-1].parsed or m.text.lower() in PERSONAL_PRONOUNS:
        return None
    sent = between[-1]
    subj = _main_subject(sent)
    if subj is None or subj.upos != "PROPN" or _other_actor(sent, m):
        return None
    return _mention(parsed.doc.text, sent, subj)


def _main_subject(sent: Sentence) -> Token | None:
    """The subject of the sentence's root, as the parser hung it."""
    root = next((t for t in sent.tokens if t.deprel == "root"), None)
    if root is None:
        return None
    subj = next((c for c in sent.children(root.id) if c.deprel in SUBJECTS), None)
    if subj is None and root.xpos in ("VBN", "VBG", "VBD") and root.id <= 2:
        # 'Asked about it, Holt shook her head.': the parser made the opening participle the root and hung the
        # main clause, after the comma, under it
        main = next((c for c in sent.children(root.id) if c.deprel in ("ccomp", "conj", "parataxis", "advcl")
                     and c.upos in ("VERB", "AUX") and any(t.text == "," and t.id < c.id for t in sent.tokens)), None)
        subj = None if main is None else next((c for c in sent.children(main.id) if c.deprel in SUBJECTS), None)
    return subj


#: capitalised words before a pronoun that are no name it could stand for
_NOT_AN_ANTECEDENT = NOT_A_NAME_OR_ARTICLE | SENTENCE_ADVERBS | PERSONAL_PRONOUNS | {
    "it", "asked", "when", "this", "that", "there", "then"}
_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}'’])\p{Lu}\p{Ll}+(?![\p{L}'’])")


def _last_name_before(parsed: ParsedDoc, at: int) -> str | None:
    """The last capitalised word outside the quotations in the 300 characters before ``at`` that is no
    function word or pronoun: the name a pronoun at ``at`` most likely stands for."""
    lo = max(0, at - 300)
    window = blanked(parsed.doc.text[:at], [region(x) for x in parsed.quotes if region(x)[1] > lo])[lo:]
    names = [w for w in _CAPITALISED_WORD.findall(window) if w.lower() not in _NOT_AN_ANTECEDENT]
    return names[-1] if names else None


def _other_actor(sent: Sentence, m: Mention, *, stands_for: str | None = None) -> bool:
    """A sentence between two quotes whose main clause has a name other than the last speaker's for subject:
    the narrative moved to someone else, so a quote after it does not go on in the last voice. The same name
    is one whose words all appear in the last mention, or the other way round (``Holt`` and ``Mayor Jane
    Holt``; ``Tom Berg`` and ``Ann Berg`` are two people). A he/she mention is compared through
    ``stands_for``, the name it most likely stands for; without one it tells nothing."""
    subj = _main_subject(sent)
    if subj is None or subj.upos != "PROPN" or subj.text.lower() in TEMPORAL:
        return False
    named = m.text
    if m.text.lower() in PERSONAL_PRONOUNS:
        # "he" may well be the person named; unless the last name before the pronoun is another one
        # ('Vance laughed. "…," he said. …, Berg did not hesitate. "…"': Berg took the floor)
        if stands_for is None:
            return False
        named = stands_for
    words = set(regex.findall(r"\p{L}+", named.lower()))
    capitals = {w.lower() for w in regex.findall(r"\p{Lu}\p{L}*", named)}
    name = {w.text.lower() for w in (subj, *sent.children(subj.id)) if w.id == subj.id or w.deprel == "flat"}
    return not (name <= words or (capitals and capitals <= name))


def _on_mention(sent: Sentence, t: Token, m: Mention) -> bool:
    """``t`` hangs under the phrase of mention ``m`` (an appositive or relative clause describing the speaker:
    ``said Roe, a member of the board, who wrote to the mayor criticizing …``)."""
    inside = {w.id for w in sent.tokens if m.start <= w.start < m.end}
    heads = [w for w in sent.tokens if w.id in inside and w.head not in inside]
    return len(heads) == 1 and t.id != heads[0].id and any(w.id == t.id for w in sent.subtree(heads[0].id))


#: the regexes' examples, run as doctests (a bare string after an assignment is no docstring)
_LEAD_IN_EXAMPLES = """
>>> [bool(_PREPOSITION_BEFORE.search(t)) for t in ("answered on ", "spoke to Harbour ", "Roe ", "told him, ")]
[True, True, False, False]
>>> _ISSUED_BY.search("At the time, she released ").group("n"), bool(_ISSUED_BY.search("she read "))
('she', False)
>>> _ISSUED_DOCUMENT.search("Later, Jane Roe issued a statement, ").group("n")
'Jane Roe'
>>> [bool(_SURNAME_AFTER_COMMA.match(t)) for t in (' From said.', ' That quote said.', ' the board said.')]
[True, False, False]
>>> SIGNATURE_LINE.match('"\\n\\n-Jane Roe, writing after the vote.').group("n")
'Jane Roe'
>>> [bool(_I_QUOTE.search(t)) for t in ("Roe said, and I quote, ", "Roe said, I quote: ", "Roe said: ")]
[True, True, False]
>>> [bool(_GLOSS_DASH.match(t)) for t in (' - a nod to the storm', ' -- and then', ' - Jane Roe', ', she said')]
[True, True, False, False]
"""


__test__ = {"CAME_FROM": _CAME_FROM_EXAMPLES, "HEADLINE_SAYS": _HEADLINE_SAYS_EXAMPLES,
            "FRONTED_CLAUSE": _FRONTED_CLAUSE_EXAMPLES,
            "HOW_AFTER": _HOW_AFTER_EXAMPLES, "LEAD_IN": _LEAD_IN_EXAMPLES,
            "WORDS_OF": _WORDS_OF_EXAMPLES, "INVERTED": _INVERTED_EXAMPLES, "FRONTED_MEDIUM": _FRONTED_MEDIUM_EXAMPLES,
            "TRANSCRIPT_LABEL": _TRANSCRIPT_LABEL_EXAMPLES, "DIGEST_HEADLINE": _DIGEST_HEADLINE_EXAMPLES,
            "QUOTE_FROM": _QUOTE_FROM_EXAMPLES}
