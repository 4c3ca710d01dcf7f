"""Small frozen records that flow between the stages.

Every stage after :mod:`quotes.parse` works on these, never on stanza objects, so rules can be tested on
saved CoNLL-U parses without loading a model. Offsets are Python ``str`` offsets into the original article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["headline", "body", "caption", "boilerplate"]
QuoteType = Literal["direct", "partial", "indirect"]
SpeakerKind = Literal["person", "organization", "unknown"]


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from disk; ``meta`` carries optional title/date/url/source."""

    doc_id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # file (and line) it came from, for messages


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph (a run of text between blank lines, or one line) with its role in the article."""

    index: int
    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Text between a pair of quotation marks; ``start``/``end`` exclude the marks themselves.

    ``open_at``/``close_at`` are the offsets of the marks, -1 where a mark is missing; ``mark`` is the opening
    mark as written (two characters for a doubled ASCII ``''``), ``close_width`` the closing mark's length.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    mark: str
    paragraph: int
    closed: bool = True  # False: no closing mark, the quote ran to the end of its paragraph
    opened: bool = True  # False: a lone closing mark; the quote starts at its paragraph's start
    continued: bool = False  # a multi-paragraph quote: this piece continues the previous paragraph's
    close_width: int = 1  # 2 for a doubled ASCII closer ('')

    @property
    def flags(self) -> str:
        """Comma-joined oddities of the marks, '' for a clean pair."""
        out = []
        if not self.opened:
            out.append("unopened")
        if not self.closed:
            out.append("unclosed")
        if self.continued:
            out.append("continued")
        return ",".join(out)


@dataclass(frozen=True, slots=True)
class Token:
    """One syntactic word with its character span and parse."""

    id: int  # 1-based within the sentence
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 0 = root
    deprel: str
    start: int
    end: int
    ner: str = "O"


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]
    parsed: bool = True  # False: tokens only (selective parsing skipped this sentence)

    def token(self, tid: int) -> Token:
        return self.tokens[tid - 1]

    def children(self, tid: int) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.head == tid)

    def subtree(self, tid: int) -> tuple[Token, ...]:
        """Tokens dominated by ``tid`` (itself included), in sentence order."""
        keep = {tid}
        changed = True
        while changed:
            changed = False
            for t in self.tokens:
                if t.id not in keep and t.head in keep:
                    keep.add(t.id)
                    changed = True
        return tuple(t for t in self.tokens if t.id in keep)


@dataclass(frozen=True, slots=True)
class ParsedDoc:
    """An article with its blocks, quote spans and the sentences that were parsed."""

    doc: Document
    blocks: tuple[Block, ...]
    quotes: tuple[QuoteSpan, ...]
    sentences: tuple[Sentence, ...]
    model_id: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of article text that names or refers to a speaker."""

    start: int
    end: int
    text: str
    sentence: int = -1
    head: int = 0  # token id of the head within the sentence, 0 if unknown
    head_start: int = -1  # character span of the head word (-1 when unknown)
    head_end: int = -1
    antecedent: Mention | None = None  # "Lee, who said ...": the mention is "who", Lee the phrase it stands for


@dataclass(frozen=True, slots=True)
class Attribution:
    """What the attribution sieves decided for one quote (before canonical resolution)."""

    quote: QuoteSpan
    quote_type: QuoteType
    mention: Mention | None
    cue: str | None = None
    cue_start: int = -1
    cue_end: int = -1
    outlet: str | None = None
    sieve: str = "none"
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class Entity:
    """A speaker candidate learned from the article: canonical name, kind, aliases and roles."""

    name: str
    kind: str
    aliases: frozenset[str] = field(default_factory=frozenset)
    roles: frozenset[str] = field(default_factory=frozenset)
    gender: str = "unknown"  # "male" | "female" | "unknown"


@dataclass(frozen=True, slots=True)
class Resolved:
    """An attribution with its canonical speaker (or ``None`` when the resolver abstains)."""

    attribution: Attribution
    speaker: str | None
    speaker_kind: str
    method: str
    confidence: float
