"""Decide, for each quote span, who said it (a mention in the text), with which cue and through which outlet.

Ordered, named sieves; the first that fits wins and its name goes into the row's ``method``:

1. ``skip:boilerplate``   quotes in link lists and page furniture are never attributed
2. ``dep:ancestor``       a speech verb governs the quote (``X said (that) ... '...'``, ``X told AFP "..."``,
                          ``which he described as '...'``, ``X praised Y for '...'``, ``X was quoted as saying``)
3. ``dep:parataxis``      the quote is the main clause and the speech verb hangs off it (``"...," X said``)
   ``dep:reported-by``    either of the above, relayed by an outlet: ``X said ..., the news agency reported``
4. ``dep:colon``          a clause ending in a colon introduces the quote, whatever its verb
                          (``X responded: "..."``); ``dep:according-to``: ``..., according to X``
5. ``adj:after`` / ``adj:before``  a speech verb right after the closing mark (``"...," Name said``, tried
                          first: it is unambiguous) or, when no tree links quote and cue, before a colon
                          and the opening mark, with a capitalised name or pronoun next to it
6. ``cont:multi-para``    the second paragraph of a multi-paragraph quote
7. ``cont:previous``      a quote-only sentence continues the last speaker of this or the previous paragraph
8. ``none``               scare quotes, titles, nicknames: kept as rows, no speaker

Indirect speech without marks (``The agency said the talks ...``) becomes ``quote_type = indirect`` through
``dep:indirect``. All rules read only :mod:`quotes.records`; no stanza here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources

import regex

from quotes.records import Attribution, Block, Mention, ParsedDoc, QuoteSpan, QuoteType, Sentence, Token

SUBJECTS = ("nsubj", "nsubj:pass", "nsubj:outer", "csubj")
NOT_IN_MENTION = ("appos", "acl", "acl:relcl", "parataxis", "punct", "advcl", "ccomp", "xcomp", "dep",
                  "discourse", "vocative", "advmod", "obl", "orphan", "list", "reparandum", "dislocated")
INHERIT_SUBJECT = ("xcomp", "advcl", "conj", "acl", "advcl:relcl")


@cache
def lexicon() -> dict[str, object]:
    """The word lists in ``quotes/data/lexicon.json`` (data, not code)."""
    return json.loads(resources.files("quotes").joinpath("data/lexicon.json").read_text(encoding="utf-8"))


@cache
def cue_lemmas() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon()["cue_verbs"])  # type: ignore[union-attr]


@cache
def indirect_lemmas() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon()["indirect_verbs"])  # type: ignore[union-attr]


IRREGULAR = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "think": ["thought"],
             "quote": ["quoted"], "accord": ["according"], "hold": ["held"], "speak": ["spoke", "spoken"]}


def _forms(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if regex.match(r".*[^aeiou][aeiou][ptgmn]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms | set(IRREGULAR.get(lemma, []))


@cache
def cue_regex() -> regex.Pattern[str]:
    """Surface forms of every cue verb, for the cheap pre-parse filter.

    >>> bool(cue_regex().search("the minister told AFP")), bool(cue_regex().search("a quiet day"))
    (True, False)
    """
    forms = set()
    for lemma in cue_lemmas() | indirect_lemmas() | {"accord"}:
        forms |= _forms(lemma)
    return regex.compile(r"\b(?:" + "|".join(sorted(map(regex.escape, forms), key=len, reverse=True)) + r")\b", regex.I)


# --------------------------------------------------------------------------- which sentences to parse


def region(q: QuoteSpan) -> tuple[int, int]:
    """The quote with its marks."""
    s = q.open_at if q.opened and q.open_at >= 0 else q.start
    e = q.close_at + 1 if q.closed and q.close_at >= 0 else q.end
    return s, e


def sentence_filter(text: str, quotes: Iterable[QuoteSpan], blocks: Iterable[Block]) -> Callable[[int, int], bool]:
    """Which sentences the attribution rules need parsed: those touching a quote, holding a speech verb,
    or ending in a colon; never page furniture."""
    regions = sorted(region(q) for q in quotes)
    skip = [(b.start, b.end) for b in blocks if b.kind == "boilerplate"]
    pattern = cue_regex()

    def keep(start: int, end: int) -> bool:
        if any(s <= start and end <= e for s, e in skip):
            return False
        if any(s < end + 2 and start - 2 < e for s, e in regions):
            return True
        chunk = text[start:end]
        return bool(pattern.search(chunk)) or chunk.rstrip().endswith(":")

    return keep


# --------------------------------------------------------------------------- tree helpers


def _inside(t: Token, span: tuple[int, int]) -> bool:
    return span[0] <= t.start and t.end <= span[1]


def _subject(sent: Sentence, verb: Token, depth: int = 0) -> Token | None:
    """The speaker token of a cue verb: its subject, or the subject of the clause it hangs from."""
    # nsubj:pass is the speaker of "was quoted as saying"; on an active verb (no aux:pass) it is a parser slip
    passive_ok = verb.lemma in ("quote", "cite") or not any(c.deprel == "aux:pass" for c in sent.children(verb.id))
    for c in sent.children(verb.id):
        if c.deprel in SUBJECTS or (c.deprel == "nsubj:pass" and passive_ok):
            if c.deprel == "nsubj:pass" and not passive_ok:
                continue
            if "PronType=Rel" in c.feats or c.lemma in ("who", "which", "that"):
                # "X, who said ...": the relative clause's head noun is the speaker
                if verb.deprel.startswith("acl") and verb.head > 0:
                    return sent.token(verb.head)
                continue
            return c
    if depth < 3 and verb.deprel in INHERIT_SUBJECT and verb.head > 0:
        return _subject(sent, sent.token(verb.head), depth + 1)
    if depth < 3 and verb.deprel.startswith("acl") and verb.head > 0 and verb.lemma in ("quote", "cite"):
        return sent.token(verb.head)  # "X, quoted as saying ..."
    return None


def mention_span(sent: Sentence, head: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``head`` without appositives and clauses."""
    keep = {head.id}
    frontier = [head.id]
    while frontier:
        nid = frontier.pop()
        for c in sent.children(nid):
            if c.deprel in NOT_IN_MENTION or (nid == head.id and c.deprel in ("case", "mark", "cc")):
                continue
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
    while toks and toks[0].upos == "PUNCT":
        toks.pop(0)
    while toks and toks[-1].upos == "PUNCT":
        toks.pop()
    if not toks:
        return head.start, head.end
    return toks[0].start, toks[-1].end


CAPITALISED_RUN = regex.compile(r"(?<![\p{L}'’])\p{Lu}(?:[\p{L}'’-]*|\.)(?:[ ]+\p{Lu}(?:[\p{L}'’-]*|\.))*")


LEADING_FUNCTION = regex.compile(r"(?:according[ ]+to|to|by|from|of|with)[ ]+", regex.I)


def _mention(text: str, sent: Sentence, head: Token) -> Mention:
    """The subject's noun phrase, widened to the whole capitalised name around its head (a small parser
    sometimes heads "Acme Secretary General Jane Doe" on its first word)."""
    s, e = mention_span(sent, head)
    if head.upos == "PROPN" or head.text[:1].isupper():
        for m in CAPITALISED_RUN.finditer(text, max(0, head.start - 80), min(len(text), head.end + 80)):
            if m.start() <= head.start < m.end() and m.end() - m.start() < 80:
                s, e = min(s, m.start()), max(e, m.end())
                break
    while e > s and text[e - 1] in ".,;:":
        e -= 1
    lead = LEADING_FUNCTION.match(text, s, e)
    if lead:
        s = lead.end()
    return Mention(s, e, text[s:e], sent.index, head.id, head.start, head.end)


def _outlet(text: str, sent: Sentence, verb: Token, speaker: Token | None) -> str | None:
    """``told AFP``, ``told reporters``, ``said to reporters``: the addressee or medium."""
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
    return None


def _cue_text(sent: Sentence, verb: Token) -> tuple[str, int, int]:
    parts = [verb]
    parts += [c for c in sent.children(verb.id) if c.deprel == "compound:prt"]
    parts.sort(key=lambda t: t.start)
    return " ".join(t.text for t in parts), parts[0].start, parts[-1].end


# --------------------------------------------------------------------------- sieves


def _sentences_for(parsed: ParsedDoc, span: tuple[int, int]) -> list[Sentence]:
    return [s for s in parsed.sentences if s.start < span[1] and span[0] < s.end and s.parsed]


def _is_cue(t: Token, sent: Sentence | None = None) -> bool:
    """A speech verb; a word the tagger took for a noun counts when it has a subject of its own."""
    if t.lemma.lower() not in cue_lemmas() and not cue_regex().fullmatch(t.text):
        return False  # the surface form counts too: a dictionary lemmatizer leaves unseen verbs as they are
    if t.upos == "VERB" or t.xpos.startswith("VB"):
        return True
    return sent is not None and t.upos in ("NOUN", "PROPN", "ADJ") and any(
        c.deprel.startswith("nsubj") for c in sent.children(t.id))


def _attach_points(sent: Sentence, span: tuple[int, int]) -> list[Token]:
    return [t for t in sent.tokens if _inside(t, span) and (t.head == 0 or not _inside(sent.token(t.head), span))]


def _ancestor_cue(sent: Sentence, span: tuple[int, int]) -> Token | None:
    """Nearest speech verb above the quote in the tree."""
    best: tuple[int, Token] | None = None
    for t in _attach_points(sent, span):
        node, hops = t, 0
        while node.head > 0 and hops < 12:
            node = sent.token(node.head)
            hops += 1
            if _inside(node, span):
                continue
            if _is_cue(node, sent):
                if best is None or hops < best[0]:
                    best = (hops, node)
                break
    return best[1] if best else None


def _parataxis_cue(sent: Sentence, span: tuple[int, int]) -> Token | None:
    """A speech verb outside the quote attached to a word inside it (quote-first sentences)."""
    cands = [t for t in sent.tokens if not _inside(t, span) and _is_cue(t, sent) and t.head > 0
             and _inside(sent.token(t.head), span)]
    if not cands:
        # the parser sometimes makes the speech verb the root and the quote a distant dependent
        cands = [t for t in sent.tokens if not _inside(t, span) and _is_cue(t, sent) and t.head == 0]
    return min(cands, key=lambda t: min(abs(t.start - span[1]), abs(span[0] - t.end))) if cands else None


EXPLETIVES = frozenset({"it", "this", "that", "there", "which", "what", "one"})


def _colon_speaker(text: str, sents: list[Sentence], span: tuple[int, int]) -> tuple[Token, Token, Sentence] | None:
    """``X responded: "..."`` / ``The headline reads: "..."``: a clause ending in a colon right before the
    quote introduces it, whatever its verb; the speaker is that verb's subject."""
    if not text[: span[0]].rstrip().endswith(":"):
        return None
    colon_at = text[: span[0]].rstrip().rfind(":")
    for sent in sents:
        if not (sent.start <= colon_at < sent.end):
            continue
        verbs = [t for t in sent.tokens if t.end <= colon_at and (t.upos in ("VERB", "AUX") or _is_cue(t, sent))]
        # a speech verb anywhere before the colon wins ("As X reported, Y was refusing ...: '...'"), then the nearest
        for v in sorted(verbs, key=lambda t: (not _is_cue(t, sent), -t.start)):
            subj = _subject(sent, v)
            if subj is not None and subj.end <= colon_at and subj.lemma.lower() not in EXPLETIVES:
                return v, subj, sent
    return None


def _reported_by(sent: Sentence, verb: Token, span: tuple[int, int]) -> tuple[Token, Token] | None:
    """``X said ..., the news agency reported``: the words reach us through the outlet, which is the
    source a reader can check, so it is named as the speaker."""
    org_words = {str(w) for w in lexicon()["org_heads"]}  # type: ignore[union-attr]
    for t in sent.tokens:
        if t.id == verb.id or _inside(t, span) or t.lemma != "report" or t.upos != "VERB":
            continue
        if t.deprel not in ("parataxis", "conj", "ccomp") and t.head != verb.id:
            continue
        subj = next((c for c in sent.children(t.id) if c.deprel == "nsubj"), None)
        if subj is not None and subj.lemma.lower() in org_words:
            return t, subj
    return None


def _according_to(sent: Sentence, span: tuple[int, int]) -> Token | None:
    for t in sent.tokens:
        if t.text.lower() == "according" and not _inside(t, span) and t.head > 0:
            nxt = sent.tokens[t.id] if t.id < len(sent.tokens) else None
            if nxt is not None and nxt.text.lower() == "to":
                head = sent.token(t.head)
                if head.upos in ("PROPN", "NOUN", "PRON") and not _inside(head, span):
                    return head
    return None


NAME_OR_PRONOUN = (r"(?<![\w'’])(?:(?:[A-Z](?:[\w'’-]*|\w{0,2}\.))(?:[ ]+(?:[A-Z](?:[\w'’-]*|\w{0,2}\.)|of|de|bin|al"
                   r"|van|von))*|(?:[Tt]he|[Aa]n?)(?:[ ]+[\p{L}'’-]+){1,5}|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)")


@cache
def _after_re() -> regex.Pattern[str]:
    forms = "|".join(sorted({f for lem in lexicon()["speech_only_verbs"] for f in _forms(str(lem))},  # type: ignore[union-attr]
                            key=len, reverse=True))
    return regex.compile(
        rf"^\s*[,—–-]?\s*(?:(?P<v1>{forms})\s+(?P<n1>{NAME_OR_PRONOUN})|(?P<n2>{NAME_OR_PRONOUN})\s+(?P<v2>{forms}))\b"
    )


@cache
def _before_re() -> regex.Pattern[str]:
    forms = "|".join(sorted({f for lem in lexicon()["speech_only_verbs"] for f in _forms(str(lem))},  # type: ignore[union-attr]
                            key=len, reverse=True))
    return regex.compile(rf"(?P<n>{NAME_OR_PRONOUN})\s+(?:\w+\s+){{0,2}}?(?P<v>{forms})(?:\s+\w+){{0,3}}?\s*[:,]\s*$")


def _adjacent(text: str, q: QuoteSpan, span: tuple[int, int]) -> tuple[str, Mention, tuple[str, int, int]] | None:
    """Pattern fallback when no parse links quote and cue: ``"...," said X`` / ``X said: "..."``."""
    after = text[span[1] : span[1] + 80].split("\n")[0]
    m = _after_re().match(after)
    if m:
        n, v = ("n1", "v1") if m.group("v1") else ("n2", "v2")
        ns, ne = span[1] + m.start(n), span[1] + m.end(n)
        vs, ve = span[1] + m.start(v), span[1] + m.end(v)
        return "adj:after", Mention(ns, ne, text[ns:ne]), (text[vs:ve], vs, ve)
    line_start = text.rfind("\n", 0, span[0]) + 1
    before = text[max(line_start, span[0] - 100) : span[0]]
    found = list(_before_re().finditer(before, overlapped=True))
    m = max(found, key=lambda x: (x.end("n"), -x.start("n"))) if found else None  # nearest the verb, longest
    if m and m.group("n").split()[0].lower() not in ("a", "an"):
        off = span[0] - len(before)
        ns, ne = off + m.start("n"), off + m.end("n")
        vs, ve = off + m.start("v"), off + m.end("v")
        return "adj:before", Mention(ns, ne, text[ns:ne]), (text[vs:ve], vs, ve)
    return None


OUTLET_AFTER = regex.compile(r"[ ]+(\p{Lu}[\p{L}.&-]*(?:[ ]+\p{Lu}[\p{L}.&-]*)*|reporters|journalists|the press)")


def _outlet_after(text: str, cue: str, cue_end: int) -> str | None:
    """``told AFP`` / ``told reporters`` when the pattern sieve found the cue.

    >>> _outlet_after("'Yes,' Berg told AFP.", "told", 16)
    'AFP'
    """
    if cue.lower() not in ("told", "tells", "tell"):
        return None
    m = OUTLET_AFTER.match(text, cue_end)
    return m.group(1).rstrip(".") if m else None


def quote_type(text: str, q: QuoteSpan, sentences: list[Sentence]) -> QuoteType:
    """``direct`` when the quote is a whole utterance (starts a sentence or follows a colon or comma with a
    capital letter), else ``partial`` (a fragment woven into the reporter's sentence)."""
    inner = text[q.start : q.end]
    first = regex.search(r"\p{L}", inner)
    if not first or not first.group().isupper():
        return "partial"
    s0, _ = region(q)
    sent_start = min((s.start for s in sentences), default=text.rfind("\n", 0, s0) + 1)
    lead = text[min(sent_start, s0) : s0].rstrip()
    if not lead or lead.endswith((":", ",", "—", "–", "-", ".")) or len(regex.findall(r"\w+", inner)) >= 6:
        return "direct"
    return "partial"


def _quote_only(text: str, q: QuoteSpan, sentences: list[Sentence], quotes: tuple[QuoteSpan, ...]) -> bool:
    """True when the quote's sentence holds nothing but quoted words (and punctuation)."""
    spans = [region(x) for x in quotes]
    if not sentences:
        para_text = text[region(q)[0] :]
        return bool(para_text)
    for s in sentences:
        for t in s.tokens:
            if t.upos == "PUNCT" or regex.fullmatch(r"\W+", t.text):
                continue
            if not any(a <= t.start and t.end <= b for a, b in spans):
                return False
    return True


def attribute_quote(parsed: ParsedDoc, q: QuoteSpan) -> Attribution:
    """Run sieves 1-5 on one quote (the continuation sieves need the neighbours; see :func:`attribute`)."""
    text = parsed.doc.text
    span = region(q)
    sents = _sentences_for(parsed, span)
    qtype = quote_type(text, q, sents)
    block = next((b for b in parsed.blocks if b.index == q.paragraph), None)
    if block is not None and block.kind == "boilerplate":
        return Attribution(q, qtype, None, sieve="skip:boilerplate")
    adj = _adjacent(text, q, span)
    if adj is not None:
        # '"...," Name said' / 'Name said, "..."' next to the marks is unambiguous; trust it over a shaky parse
        sieve, mention, (cue, cs, ce) = adj
        return Attribution(q, qtype, mention, cue, cs, ce, _outlet_after(text, cue, ce), sieve)
    regions = [region(x) for x in parsed.quotes]
    for sieve, finder in (("dep:ancestor", _ancestor_cue), ("dep:parataxis", _parataxis_cue)):
        for sent in sents:
            verb = finder(sent, span)
            if verb is None:
                continue
            subj = _subject(sent, verb)
            if subj is None or any(_inside(subj, r) for r in regions):
                continue  # a word inside any quote is never the speaker ("'Judge,' he said")
            reporter = _reported_by(sent, verb, span)
            if reporter is not None:
                rverb, rsubj = reporter
                cue, cs, ce = _cue_text(sent, rverb)
                return Attribution(q, qtype, _mention(text, sent, rsubj), cue, cs, ce, None, "dep:reported-by")
            cue, cs, ce = _cue_text(sent, verb)
            return Attribution(q, qtype, _mention(text, sent, subj), cue, cs, ce,
                               _outlet(text, sent, verb, subj), sieve)
    colon = _colon_speaker(text, [s for s in parsed.sentences if s.parsed], span)
    if colon is not None:
        verb, subj, sent = colon
        cue, cs, ce = _cue_text(sent, verb)
        return Attribution(q, qtype, _mention(text, sent, subj), cue, cs, ce, _outlet(text, sent, verb, subj),
                           "dep:colon")
    for sent in sents:
        head = _according_to(sent, span)
        if head is not None:
            acc = next(t for t in sent.tokens if t.text.lower() == "according" and t.head == head.id)
            to = sent.tokens[acc.id]
            return Attribution(q, qtype, _mention(text, sent, head), text[acc.start : to.end], acc.start, to.end,
                               None, "dep:according-to")
    head = _headline_colon(text, q, parsed)
    if head is not None:
        return Attribution(q, qtype, head, ":", head.end, head.end + 1, None, "adj:headline-colon")
    return Attribution(q, qtype, None, sieve="none")


HEADLINE_COLON = regex.compile(r"(\p{Lu}[\p{L}'’.-]*(?:[ ]+\p{Lu}[\p{L}'’.-]*){0,3}):[ ]")


def _headline_colon(text: str, q: QuoteSpan, parsed: ParsedDoc) -> Mention | None:
    """Headline style ``Name: Rival's 'Hateful Rhetoric' Hurts Party``: the name before the colon speaks."""
    block = next((b for b in parsed.blocks if b.index == q.paragraph), None)
    if block is None:
        return None
    m = HEADLINE_COLON.match(text, block.start, q.start)
    if m is None:
        return None
    return Mention(m.start(1), m.end(1), m.group(1))


def _indirect(parsed: ParsedDoc) -> list[Attribution]:
    """Reported speech without marks: a speech verb with a subject and a clausal complement."""
    text = parsed.doc.text
    regions = [region(q) for q in parsed.quotes]
    kinds = {b.index: b.kind for b in parsed.blocks}
    para_of = _paragraph_index(parsed)
    out = []
    for sent in parsed.sentences:
        if not sent.parsed or any(a < sent.end and sent.start < b for a, b in regions):
            continue
        p = para_of(sent.start)
        if kinds.get(p) in ("boilerplate", "caption"):
            continue
        for v in sent.tokens:
            if v.upos != "VERB" or v.lemma.lower() not in indirect_lemmas():
                continue
            comp = next((c for c in sent.children(v.id) if c.deprel == "ccomp"), None)
            content: tuple[Token, ...] | None = None
            if comp is not None:
                content = sent.subtree(comp.id)
            elif v.deprel == "parataxis" and v.head > 0 and v.lemma == "say":
                root = sent.token(v.head)
                drop = {t.id for t in sent.subtree(v.id)}
                content = tuple(t for t in sent.subtree(root.id) if t.id not in drop)
            if not content:
                continue
            subj = _subject(sent, v)
            if subj is None or subj in content:
                continue
            toks = [t for t in content if t.upos != "PUNCT" or t.text not in ".,;"]
            while toks and toks[-1].upos == "PUNCT":
                toks.pop()
            if len(toks) < 3:
                continue
            s, e = toks[0].start, toks[-1].end
            q = QuoteSpan(s, e, -1, -1, "", p, closed=False, opened=False)
            cue, cs, ce = _cue_text(sent, v)
            out.append(Attribution(q, "indirect", _mention(text, sent, subj), cue, cs, ce,
                                   _outlet(text, sent, v, subj), "dep:indirect"))
            break
    return out


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
        a = attribute_quote(parsed, q)
        before = [r for r in reported if r.quote.end <= region(q)[0]]
        if before and (last is None or before[-1].quote.start > region(last.quote)[1]):
            last = before[-1]  # "X said that ... . "Quote."": reported speech introduces the quote
        if a.mention is None and a.sieve == "none" and last is not None and last.mention is not None:
            if q.continued and q.paragraph - last.quote.paragraph == 1:
                a = _inherit(a, last, "cont:multi-para")
            elif q.paragraph - last.quote.paragraph <= 1 and _quote_only(
                text, q, _sentences_for(parsed, region(q)), parsed.quotes
            ) and _no_speaker_between(parsed, last, q):
                a = _inherit(a, last, "cont:previous")
        out.append(a)
        if a.mention is not None:
            last = a
    out.extend(reported)
    return tuple(out)


def _inherit(a: Attribution, last: Attribution, sieve: str) -> Attribution:
    return Attribution(a.quote, a.quote_type, last.mention, last.cue, last.cue_start, last.cue_end, last.outlet,
                       sieve)


def _no_speaker_between(parsed: ParsedDoc, last: Attribution, q: QuoteSpan) -> bool:
    """No other speech verb with a subject sits between the last attributed quote and this one."""
    lo, hi = region(last.quote)[1], region(q)[0]
    for sent in parsed.sentences:
        if sent.end <= lo or sent.start >= hi or not sent.parsed:
            continue
        for t in sent.tokens:
            if lo <= t.start < hi and _is_cue(t, sent) and t.start != last.cue_start and _subject(sent, t) is not None:
                return False
    return True
