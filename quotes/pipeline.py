"""load → segment → quote spans → parse → attribute → resolve → table, for one article at a time.

Library first: :func:`extract_document` is a pure-ish function of an article and a loaded parser (the CLI,
the evaluator, the benchmark and the Dask path all call it), and :func:`extract` streams a corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from quotes import attribute, resolve, segment, spans
from quotes.load import Problem
from quotes.records import Document, ParsedDoc, Resolved, Sentence
from quotes.table import quote_id

if TYPE_CHECKING:
    from collections.abc import Callable


class SentenceParser(Protocol):
    """What the pipeline needs from a parser (stanza's, a cache in front of it, or a fake in tests)."""

    model_id: str

    def parse(self, text: str, *, keep: Callable[[int, int], bool] | None = None) -> tuple[Sentence, ...]: ...


def analyse(doc: Document, parser: SentenceParser, *, selective: bool = True) -> ParsedDoc:
    """Blocks, quote spans and parsed sentences of one article."""
    blocks = segment.blocks(doc.text)
    quotes = spans.find_quotes(doc.text)
    keep = attribute.sentence_filter(doc.text, quotes, blocks) if selective else None
    sentences = parser.parse(doc.text, keep=keep)
    return ParsedDoc(doc, blocks, quotes, sentences, parser.model_id)


def rows(parsed: ParsedDoc, resolved: Iterable[Resolved]) -> list[dict[str, Any]]:
    """Table rows for one article, in text order, with ``duplicate_of`` filled in."""
    doc = parsed.doc
    out: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    block_of = {b.index: b for b in parsed.blocks}
    for r in sorted(resolved, key=lambda r: (r.attribution.quote.start, r.attribution.quote.end)):
        a = r.attribution
        q = a.quote
        text = doc.text[q.start : q.end]
        qid = quote_id(doc.doc_id, q.start, q.end)
        key = " ".join(text.split()).strip(" .,;:!?'\"“”‘’").lower()
        dup = seen.get(key)
        if dup is None:
            seen[key] = qid
        block = block_of.get(q.paragraph)
        m = a.mention
        out.append(
            {
                "doc_id": doc.doc_id,
                "quote_id": qid,
                "quote": text,
                "start": q.start,
                "end": q.end,
                "quote_type": a.quote_type,
                "speaker": r.speaker,
                "speaker_kind": r.speaker_kind,
                "speaker_mention": m.text if m else None,
                "mention_start": m.start if m else None,
                "mention_end": m.end if m else None,
                "cue": a.cue,
                "outlet": a.outlet,
                "method": r.method,
                "confidence": round(r.confidence, 3),
                "block_kind": block.kind if block else "body",
                "paragraph": q.paragraph,
                "duplicate_of": dup,
                "cue_start": a.cue_start if a.cue else None,
                "cue_end": a.cue_end if a.cue else None,
                "title": doc.title,
                "date": doc.date,
                "url": doc.url,
                "source": doc.source,
            }
        )
    return out


def extract_document(doc: Document, parser: SentenceParser, *, selective: bool = True) -> list[dict[str, Any]]:
    """All quotation rows of one article."""
    parsed = analyse(doc, parser, selective=selective)
    attributions = attribute.attribute(parsed)
    return rows(parsed, resolve.resolve(parsed, attributions))


def extract(
    items: Iterable[Document | Problem], parser: SentenceParser, *, selective: bool = True
) -> Iterator[tuple[Document | Problem, list[dict[str, Any]]]]:
    """Stream (document, rows) pairs; a Problem passes through with no rows; a crash on one article
    becomes a Problem for it instead of stopping the corpus."""
    for item in items:
        if isinstance(item, Problem):
            yield item, []
            continue
        try:
            yield item, extract_document(item, parser, selective=selective)
        except Exception as exc:  # one article must never stop the rest
            yield Problem(item.origin or item.doc_id, f"failed: {type(exc).__name__}: {exc}"), []
