"""Find quoted text by pairing quotation marks by direction, never by count (no parser needed).

Each mark is first classified from its neighbours as an opener, a closer, either, or an apostrophe; then
a stack per paragraph pairs openers with closers of the same family. Only outermost quotes become spans
(a nested quote is part of the quote around it). Odd input never raises: an unclosed quote ends at its
paragraph's end, a lone closing mark is flagged, and the rest of the text is still searched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import regex

from quotes.records import QuoteSpan
from quotes.segment import paragraphs

Role = Literal["open", "close", "either", "apostrophe", "stray"]

#: mark -> (family, fixed role or None when the role depends on context)
MARKS: dict[str, tuple[str, Role | None]] = {
    "“": ("double", "open"),
    "„": ("double", "open"),
    "‟": ("double", "open"),
    "〝": ("double", "open"),
    "”": ("double", "close"),
    "〞": ("double", "close"),
    "〟": ("double", "close"),
    '"': ("double", None),
    "＂": ("double", None),
    "«": ("guillemet", "open"),
    "»": ("guillemet", "close"),
    "‹": ("single", "open"),
    "›": ("single", "close"),
    "‘": ("single", None),
    "‚": ("single", "open"),
    "’": ("single", None),
    "'": ("single", None),
}
MARK_RE = regex.compile("[" + regex.escape("".join(MARKS)) + "]")

#: an apostrophe that starts a word: 's 't 're 'll 've 'd 'm 'em 'cause 'til 'tis, and years like '90s
LEADING_APOSTROPHE = regex.compile(r"(?:s|t|re|ll|ve|d|m|em|cause|til|tis|twas|n)(?!\p{L})|\d\d(?:s\b|(?!\d))", regex.I)
OPEN_BEFORE = set("([{<—–-/")


@dataclass(frozen=True, slots=True)
class Mark:
    at: int
    char: str
    family: str
    role: Role

    @property
    def width(self) -> int:
        return len(self.char)


_DIGIT = regex.compile(r"\d")
_WORD_CHAR = regex.compile(r"\w")
_WORDS = regex.compile(r"\w+")


#: sentence punctuation (and a single closer after it), then the spaces right before a doubled mark
_PUNCT_THEN_SPACE = regex.compile(r"[.,;!?…]['’]?[ ]{1,2}\Z")


def classify_mark(text: str, i: int, width: int = 1) -> Role:
    """Role of the mark at ``text[i]`` (``text[i:i + 2]`` for a doubled ASCII mark) from its neighbours.

    >>> classify_mark("don't", 3)
    'apostrophe'
    >>> classify_mark("the '90s", 4)
    'apostrophe'
    >>> classify_mark("North Korea 's founding", 12)
    'apostrophe'
    >>> classify_mark("said 'yes'", 5), classify_mark("said 'yes'", 9)
    ('open', 'close')
    >>> classify_mark("nations' ties", 7)
    'close'
    >>> classify_mark('we won,"Ann said', 7)
    'either'
    >>> classify_mark("said ~~yes.~~".replace("~", "'"), 5, 2), classify_mark("said ~~yes.~~".replace("~", "'"), 11, 2)
    ('open', 'close')
    >>> classify_mark("~~We won, ~~ Roe said".replace("~", "'"), 10, 2), classify_mark('6 " of rain', 2)
    ('close', 'stray')
    >>> classify_mark("~~A 'Low Tide,'  ~~ Roe said".replace("~", "'"), 17, 2)
    'close'
    """
    ch = text[i]
    family, fixed = MARKS[ch] if width == 1 else ("double", None)
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if width == 1 and family == "single" and ch in "'’‘":
        if before.isalnum() and after.isalpha():
            return "apostrophe"  # don't, O'Brien, Korea's
        if not before.isalnum() and LEADING_APOSTROPHE.match(text, i + 1) and ch != "‘":
            return "apostrophe"  # 's after a space, '90s
        if ch == "‘" and LEADING_APOSTROPHE.match(text, i + 1) and _DIGIT.match(after):
            return "apostrophe"  # ‘90s typed with the wrong curl
    space_before = before.isspace() or before in OPEN_BEFORE or i == 0 or MARKS.get(before, ("", None))[1] == "open"
    space_after = after.isspace() or i + width >= len(text)
    if fixed is not None:
        if family == "double" and fixed == "open" and space_after and (before.isalnum() or before in ".,;:!?…"):
            return "close"  # the wrong curl: 'unusual,“ said Roe' (an opener never stands before a space)
        if family == "double" and fixed == "close" and space_before and after.isalnum() and before != "”":
            return "open"  # 'said ”We won'
        return fixed
    if ch == "‘":
        return "open" if not space_after else "close"
    if ch == "’":
        return "close" if not space_before or space_after else "open"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    if not space_before and not space_after:
        if before in ".,;:!?…" and after.isalnum():
            return "either"  # 'audiences,"Ann Lee said': closes an open quote, else opens one
        if after.isalnum() and not before.isalnum():
            return "open"  # ("quote or —"quote
        return "close" if before.isalnum() or before in ".,;:!?…" else "either"
    if width == 2 and before == " " and _PUNCT_THEN_SPACE.search(text, max(0, i - 4), i):
        return "close"  # a stray space before a doubled closer: "we won, '' Roe said" (also after a single
        # closer: "against 'Low Tide,'  '' Roe said")
    return "stray"  # spaces on both sides: pairs with nothing


#: an HTML/XML start tag with attributes (``<tweet id="67" author="@x">``): its marks delimit attribute
#: values, not speech
MARKUP_TAG = regex.compile(
    r"""<[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s<>"']+))+\s*/?>"""
)


def marks(text: str, start: int = 0, end: int | None = None) -> list[Mark]:
    """Quotation marks between ``start`` and ``end`` (apostrophes and marks inside markup tags left out).

    >>> [m.at for m in marks('<a href="x">He said "hi"</a>')]
    [20, 23]
    """
    end = len(text) if end is None else end
    tags = [(t.start(), t.end()) for t in MARKUP_TAG.finditer(text, start, end)] if "<" in text[start:end] else []
    out: list[Mark] = []
    taken = -1  # the last offset a doubled mark used
    for m in MARK_RE.finditer(text, start, end):
        i = m.start()
        if i <= taken or (tags and any(a < i < b for a, b in tags)):
            continue
        run = doubled_run(text, i)
        if not run:
            out.extend(_single(text, i))
            continue
        # three marks: a doubled opener then a single one, or a single closer then a doubled one
        closer = run == 3 and i > 0 and not (text[i - 1].isspace() or text[i - 1] in OPEN_BEFORE)
        if closer:
            out.extend(_single(text, i))
        at = i + 1 if closer else i
        out.append(Mark(at, text[at : at + 2], "double", classify_mark(text, at, 2)))
        if run == 3 and not closer:
            out.extend(_single(text, i + 2))
        taken = i + run - 1
    return out


def _single(text: str, i: int) -> list[Mark]:
    role = classify_mark(text, i)
    return [] if role == "apostrophe" else [Mark(i, text[i], MARKS[text[i]][0], role)]


def doubled_run(text: str, i: int) -> int:
    """How many ASCII single marks start at ``text[i]`` when they hold a doubled one: some newspaper and
    wire copy writes its double quotes as two apostrophes (``''Yes,'' she said``); 3 when a single mark
    stands beside it (``'''Jaws,''' he said``); 0 otherwise.

    >>> [doubled_run(t.replace("~", "'"), 0) for t in ("~~Yes", "~~~Yes", "~ ~Yes", "~Yes", "~~~~")]
    [2, 3, 0, 0, 0]
    """
    if text[i] != "'" or text[i + 1 : i + 2] != "'" or (i > 0 and text[i - 1] == "'"):
        return 0
    run = 2
    while text[i + run : i + run + 1] == "'":
        run += 1
    return run if run <= 3 else 0


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _span(
    text: str, s: int, e: int, open_at: int, close_at: int, mark: str, para: int, **kw: Any
) -> QuoteSpan | None:
    s, e = _trim(text, s, e)
    if e <= s or not _WORD_CHAR.search(text[s:e]):
        return None
    return QuoteSpan(s, e, open_at, close_at, mark, para, **kw)


def _opens_with_mark(text: str, p_start: int, family: str) -> bool:
    ms = marks(text, p_start, min(len(text), p_start + 1))
    return bool(ms) and ms[0].family == family and ms[0].role in ("open", "either")


def find_quotes(text: str) -> tuple[QuoteSpan, ...]:
    """Outermost quoted spans of ``text``, in order; never raises.

    >>> [q.start for q in find_quotes('He said "yes" and \\'no\\'.')]
    [9, 19]
    >>> find_quotes("It's the nations' 1990s, don't.")
    ()
    """
    out: list[QuoteSpan] = []
    paras = paragraphs(text)
    carry_family: str | None = None  # a quote left open at the end of the previous paragraph
    for pi, (p_start, p_end) in enumerate(paras):
        stack: list[Mark] = []
        continued = carry_family is not None and _opens_with_mark(text, p_start, carry_family)
        carry_family = None
        para_marks = marks(text, p_start, p_end)
        # spaced-out straight quotes (`" Good night , "`) pair by order when the paragraph has an even number
        straight = [m for m in para_marks if m.char == '"']
        # ... and so do they in tokenized text, where every straight mark stands between spaces: an odd one
        # out opens a quote that runs on into the next paragraph (`" Yes , " he said , " I will .`)
        by_order = len(straight) % 2 == 0 or (len(straight) >= 3 and all(m.role == "stray" for m in straight))
        for k, mk in enumerate(para_marks):
            if mk.role == "stray":
                if not (by_order and mk.char == '"'):
                    continue
                mk = Mark(mk.at, mk.char, mk.family, "either")
            fams = [x.family for x in stack]
            if "single" in fams and _possessive_inside(text, mk, para_marks[k + 1 :]):
                continue  # "‘It’s the islanders’ ferry,’ she said": a plural possessive, the quote goes on
            if mk.role == "close" or (mk.role == "either" and mk.family in fams):
                if mk.family not in fams:
                    if not stack and (mk.family != "single" or _lone_close_is_quote(text, mk.at, p_end)):
                        q = _span(text, p_start, mk.at, -1, mk.at, mk.char, pi, opened=False, close_width=mk.width)
                        if q and not (out and out[-1].end > q.start):
                            out.append(q)
                    continue
                idx = max(k for k, f in enumerate(fams) if f == mk.family)
                opener = stack[idx]
                del stack[idx:]
                if not stack:
                    first = continued and not any(x.paragraph == pi for x in out)
                    q = _span(text, opener.at + opener.width, mk.at, opener.at, mk.at, opener.char, pi, continued=first,
                              close_width=mk.width)
                    if q:
                        out.append(q)
            else:  # open, or either with no open quote of its family
                if mk.family in [x.family for x in stack]:
                    idx = max(k for k, x in enumerate(stack) if x.family == mk.family)
                    if mk.family == "single" or idx > 0:
                        del stack[idx:]  # a stray single opener was an apostrophe after all
                    elif text[stack[0].at + stack[0].width : mk.at].strip() and _nests(para_marks[k + 1 :], mk.family):
                        pass  # the same marks quote inside a quote: both close later in the paragraph
                    else:
                        opener = stack[0]  # the previous quote was never closed: it ends here
                        q = _span(text, opener.at + opener.width, mk.at, opener.at, -1, opener.char, pi, closed=False,
                                  continued=continued and not any(x.paragraph == pi for x in out))
                        if q:
                            out.append(q)
                        stack = []
                stack.append(mk)
        if stack:
            opener = stack[0]
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            q = _span(text, opener.at + opener.width, p_end, opener.at, -1, opener.char, pi, closed=False,
                      continued=continued and not any(x.paragraph == pi for x in out))
            if q and (opener.family != "single" or _unclosed_single_is_quote(text, opener.at, p_end)):
                out.append(q)
                if nxt is not None and _opens_with_mark(text, nxt, opener.family):
                    carry_family = opener.family
    return tuple(out)


#: a plural possessive's shape: ``islanders’ ferry`` (an s, the mark, a space, a lower-case word)
_PLURAL_POSSESSIVE = regex.compile(r"(?<=\p{L}[sS])['’][ ]\p{Ll}")


def _possessive_inside(text: str, mk: Mark, later: list[Mark]) -> bool:
    """A single closer shaped like a plural possessive, inside an open single-marked quote, is an apostrophe
    when the next single mark of the paragraph closes too (so the quote still ends, later).

    >>> t = "‘It’s the islanders’ ferry,’ she said."
    >>> ms = marks(t)
    >>> _possessive_inside(t, ms[1], ms[2:]), _possessive_inside(t, ms[2], [])
    (True, False)
    >>> t = "‘Thank the volunteers’ he said, ‘they did it all.’"
    >>> _possessive_inside(t, marks(t)[1], marks(t)[2:])
    False
    """
    if mk.family != "single" or mk.role not in ("close", "either") or not _PLURAL_POSSESSIVE.match(text, mk.at):
        return False
    nxt = next((m for m in later if m.family == "single" and m.role != "stray"), None)
    return nxt is not None and nxt.role in ("close", "either")


def _nests(later: list[Mark], family: str) -> bool:
    """An opener met while a quote of its family is open nests inside it (sloppy copy quoting a quote in
    the same double marks) when the marks after it close both quotes before the paragraph ends; else
    the open quote was never closed.

    >>> t = 'He said "we heard "no way" from them," she said.'
    >>> _nests(marks(t)[2:], "double"), _nests(marks('"Yes. "No," she said.')[2:], "double")
    (True, False)
    """
    depth = 2
    for m in later:
        if m.family != family or m.role == "stray":
            continue
        depth += 1 if m.role == "open" else -1
        if depth == 0:
            return True
    return False


def _lone_close_is_quote(text: str, at: int, p_end: int) -> bool:
    """A lone ’ or ' is a quote's end (not a plural possessive) when punctuation precedes it or it ends
    the paragraph."""
    before = text[at - 1] if at > 0 else ""
    return before in ".,!?…" or text[at + 1 : p_end].strip() == ""


def _unclosed_single_is_quote(text: str, at: int, p_end: int) -> bool:
    """An unclosed single mark is a quote only if what follows looks like speech: several words."""
    return len(_WORDS.findall(text[at + 1 : p_end])) >= 3 and at + 1 < len(text) and not text[at + 1].isspace()


NICKNAME = regex.compile(
    r"""(?<=(?<![\p{L}.'’])(?!(?:The|A|An|This|That|His|Her|Their|Our|My|Its)[ ])\p{Lu}[\p{L}.'’-]*[ ])
    (?P<open>["“]|'')\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,2}(?P<close>["”]|'')
    (?=[ ]\p{Lu}[\p{Ll}'’-]+(?:[,.;:)'’]|[ ](?!\p{Lu})|$))""",
    regex.X,
)
_NICKNAME_EXAMPLES = """A nickname in quotation marks inside a name (``Mary "Molly" Ward``, ``C.L. "Butch"
Otter``): capitalised words, a capitalised word on each side, and lower case or punctuation after the surname (a
title-case headline such as ``Sings "Blue Skies" To Fans`` goes on in capitals).

>>> [m.group(0) for m in NICKNAME.finditer('said Mary "Molly" Ward, and C.L. “Butch” Otter (R) said')]
['"Molly"', '“Butch”']
>>> [NICKNAME.search(t) is None for t in ('Roe Sings "Blue Skies" To Fans', 'the "Big" Apple is', 'The "Big" Apple')]
[True, True, True]
"""


@lru_cache(maxsize=8)
def _nicknames(text: str) -> tuple[tuple[tuple[int, int], tuple[int, int], tuple[int, int]], ...]:
    """(whole, opening mark, closing mark) spans of every :data:`NICKNAME` in ``text``: found once per text for the
    tokenizer, the attribution patterns and name harvesting."""
    return tuple((m.span(), m.span("open"), m.span("close")) for m in NICKNAME.finditer(text))


def nickname_marks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each quotation mark around a nickname inside a name (:data:`NICKNAME`): the marks a
    tokenizer and parser read as a quotation, breaking the name in two.

    >>> nickname_marks('Mary "Molly" Ward said')
    ((5, 6), (11, 12))
    """
    return tuple(mark for _whole, opening, closing in _nicknames(text) for mark in (opening, closing))


def nickname_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each nickname with its marks (:data:`NICKNAME`): left out of the name it sits in.

    >>> nickname_spans('Mary "Molly" Ward said')
    ((5, 12),)
    """
    return tuple(whole for whole, _opening, _closing in _nicknames(text))


@lru_cache(maxsize=8)
def without_nickname_marks(text: str) -> str:
    """``text`` with the marks around nicknames inside names written as spaces (offsets kept), made once per
    text: what the tokenizer and the adjacency patterns read.

    >>> without_nickname_marks('"Go," Mary "Molly" Ward said.')
    '"Go," Mary  Molly  Ward said.'
    """
    return blanked(text, nickname_marks(text))


def blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each span written as spaces, every offset kept.

    >>> blanked('Mary "Molly" Ward', [(5, 6), (11, 12)])
    'Mary  Molly  Ward'
    """
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = [" "] * (b - a)
    return "".join(chars)


def stray_marks(text: str) -> list[int]:
    """Offsets of marks that pair with nothing (for diagnostics)."""
    used = set()
    for q in find_quotes(text):
        used.update({q.open_at, q.close_at})
    return [m.at for m in marks(text) if m.at not in used]


#: the regexes' examples, run as doctests (a bare string after an assignment is no docstring)
__test__ = {"NICKNAME": _NICKNAME_EXAMPLES}
