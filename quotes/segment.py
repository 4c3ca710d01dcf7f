"""Split an article into blocks (paragraphs) and say what each one is: headline, body, caption, boilerplate.

Block kinds matter because quotes in link lists ("OTHER NEWS", "Read more") and photo credits must never be
attributed to the article's speakers, while a caption's quote may be.
"""

from __future__ import annotations

import regex

from quotes.records import Block, BlockKind

#: a line holding only a marker that starts a link list or other page furniture
BOILERPLATE_MARKER = regex.compile(
    r"""^\W*(?:read\ more|other\ news|more\ news|related(?:\ (?:content|articles?|stories|news|coverage))?
    |advertisement|recommended(?:\ for\ you)?|most\ (?:read|popular)|trending(?:\ now)?|see\ also
    |you\ may\ (?:also\ )?like|more\ from\ .{1,30}|sign\ up.*|subscribe.*|follow\ us.*|share\ this.*
    |latest\ (?:news|stories)|top\ stories|also\ read)\W*$""",
    regex.I | regex.X,
)
#: a link to another story set on a line of its own after a marker and a colon (``RELATED: "Worst storm in
#: decades," say forecasters``): the other story's headline, no part of this one
LINK_LINE = regex.compile(
    r"^\W*(?:related|read\ more|also\ read|see\ also|more\ on\ this|watch|listen|recommended)\s*:[^\n]{3,200}$",
    regex.I | regex.X,
)
LINK_WORDS = 30
#: short furniture lines: timestamps, "N minutes ago", copyright and bylines
FURNITURE = regex.compile(
    r"^\s*(?:\d+\s+(?:seconds?|minutes?|hours?|days?)\s+ago|updated?:?.{0,40}|published:?.{0,40}|©.{0,80})\s*$",
    regex.I,
)
CAPTION = regex.compile(
    r"^\s*(?:images?\s+source|photo(?:graph)?s?|image|picture[ds]?|credit|source|caption|above|below|inset|top"
    r"|(?:from\s+)?left|right)\s*:|\((?:photo|image|getty|afp|reuters|ap)\b(?![^()\n]*\)\s*(?:[—–-]|--))"
    r"|©|\bgetty\s+images\b|\bpool\s+photo",
    regex.I,
)
#: a marker line is short: '"Follow us," Roe said, and the crowd went after her …' is a story's sentence
MARKER_WORDS = 12
#: the most words of a line listed under a marker in the same block (a headline, not a story's paragraph)
LIST_LINE_WORDS = 20
#: a section heading set as a short quotation in single marks, a line of its own mid-article
#: (``'A long winter ahead.'``): the words of someone in the story, used as a heading
SUBHEAD = regex.compile(r"^\s*['‘](?:[^'‘’\"“”\n]|(?<=\p{L})['’](?=\p{L})){1,80}['’]\s*$")
#: the same in capitals, in any marks (``"THE LONG ROAD HOME"``): no one writes speech that way
CAPS_SUBHEAD = regex.compile(r"^\s*['‘\"“][^\p{Ll}\n]{3,80}['’\"”]\s*$")
SUBHEAD_WORDS = 8
SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)]*\s*$|[\"”’»]\s*$")
#: a digest item's closing source tag after its last sentence (``… in March." [Ledger.]``)
SOURCE_TAG = regex.compile(r"[.!?…][\"'”’»)]*\s*\[[^\[\]\n]{1,40}\]\s*$")
WORD = regex.compile(r"\w+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of paragraphs: runs of text between blank lines, or single lines when a text
    has no blank lines (one paragraph per line is the other common news layout).

    >>> paragraphs("a\\nb\\n\\nc")
    [(0, 3), (5, 6)]
    >>> paragraphs("a\\nb")
    [(0, 1), (2, 3)]
    """
    sep = r"\n[ \t\r\f\v]*\n\s*" if regex.search(r"\n[ \t\r\f\v]*\n", text) else r"\n\s*"
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in regex.finditer(sep, text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _words(s: str) -> int:
    return len(WORD.findall(s))


#: a sentence's end after the words, not a mark that closes a quoted headline: ``… she said.``
PROSE_END = regex.compile(r"\p{Ll}[.!?…]\s*$")


def _prose(t: str) -> bool:
    """A short paragraph of running prose (``"It must go," she said.``): it closes on a sentence's end after a
    lower-case word and most of its words are lower case, unlike a link list's headlines.

    >>> _prose('"It must go," she said.'), _prose("Holt Says Toll Is 'Robbery'"), _prose("Ferry fares rise")
    (True, False, False)
    """
    words = WORD.findall(t)
    return len(words) >= 4 and bool(PROSE_END.search(t)) and sum(w[:1].islower() for w in words) * 2 > len(words)


#: the fewest words of a story's opening sentence (a title with a period is shorter)
LEAD_WORDS = 21


def _lead_sentence(t: str) -> bool:
    """An article with no headline line opens on its lead: one line of running prose, long for a title, that
    ends a sentence (``A federal judge on Friday blocked a new state rule on voter identification, calling it "a
    solution."``), not a headline and its deck on two lines.

    >>> _lead_sentence('A federal judge on Friday blocked a new state rule on voter identification, calling it '
    ...                '"a solution in search of a problem."')
    True
    >>> _lead_sentence("Judge blocks state's new voting rule."), _lead_sentence("Roe wins; \\nLee vows to fight on.")
    (False, False)
    """
    # (running prose as :func:`_prose` reads it, the sentence's end maybe inside a closing quote: ``… "a problem."``)
    return "\n" not in t.strip() and _words(t) >= LEAD_WORDS and _prose(t.rstrip().rstrip("\"”’'"))


def classify(texts: list[str]) -> list[BlockKind]:
    """Kinds for a list of block texts, in order (pure: looks only at the texts)."""
    n = len(texts)
    kinds: list[BlockKind] = ["body"] * n
    counts: dict[str, int] = {}
    for t in texts:
        key = t.strip().lower()
        counts[key] = counts.get(key, 0) + 1
    repeated = [counts[t.strip().lower()] > 1 and not SENTENCE_END.search(t) for t in texts]
    # single marks set off a heading only where the story quotes people in double marks (US style); in
    # British-style copy and fiction a single-marked line is speech
    double_marked = sum(t.count("“") + t.count('"') + t.count("''") for t in texts) >= 2  # '' in wire copy

    # leading short blocks without sentence punctuation: headline, kicker, dateline
    i = 0
    while i < n and _words(texts[i]) <= 30 and not SENTENCE_END.search(texts[i]) and i < 6:
        kinds[i] = "headline"
        i += 1
    if i == 0 and n > 1 and _words(texts[0]) <= 30 and not _lead_sentence(texts[0]):
        kinds[0] = "headline"  # a title that ends with a period is still the first line

    in_list = False
    for j, t in enumerate(texts):
        lines = t.strip().split("\n")
        # a marker line, alone or heading its list of short lines in the same block ("READ MORE:\n'…': Why …\n…")
        marker = (BOILERPLATE_MARKER.match(lines[0]) is not None and _words(lines[0]) <= MARKER_WORDS
                  and all(_words(line) <= LIST_LINE_WORDS for line in lines[1:]))
        if marker or FURNITURE.match(t):
            kinds[j] = "boilerplate"
            in_list = True
            continue
        if LINK_LINE.match(t) and _words(t) <= LINK_WORDS:
            kinds[j] = "boilerplate"
            continue
        if in_list:
            if (_words(t) >= 25 and (SENTENCE_END.search(t) or SOURCE_TAG.search(t))) or _prose(t):
                in_list = False  # running prose: the list is over (a news digest's items end in a source tag)
            else:
                kinds[j] = "boilerplate"
                continue
        if kinds[j] == "headline":
            if CAPTION.search(t):
                kinds[j] = "caption"
            continue
        capitals = CAPS_SUBHEAD.match(t) and _words(t) >= 3 and "!" not in t  # "NO MORE TOLLS!" is a chant
        if _words(t) <= SUBHEAD_WORDS and ((double_marked and SUBHEAD.match(t)) or capitals):
            kinds[j] = "headline"
        elif (CAPTION.search(t) and _words(t) <= 40) or repeated[j]:
            kinds[j] = "caption"
        elif not SENTENCE_END.search(t) and _words(t) >= 4 and (
            (j > 0 and repeated[j - 1]) or (j + 1 < n and repeated[j + 1])
        ):
            kinds[j] = "caption"  # photo caption sitting next to a repeated alt-text line
    return kinds


def blocks(text: str) -> tuple[Block, ...]:
    """The article's blocks with their kinds."""
    spans = paragraphs(text)
    kinds = classify([text[s:e] for s, e in spans])
    return tuple(Block(i, s, e, k) for i, ((s, e), k) in enumerate(zip(spans, kinds, strict=True)))
