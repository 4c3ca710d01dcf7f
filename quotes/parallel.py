"""Ordered multi-process extraction: N worker processes, each loading the stanza models once.

Much of the per-article work is Python holding the GIL (stanza's batching and tree decoding, the rules), so
more cores need more processes. :func:`imap_ordered` is a bounded, ordered ``imap``: at most ``window``
chunks are in flight, so a 100k-article stream is never held in memory (``multiprocessing.Pool.imap`` would
read the whole input ahead), and results come back in input order whatever the number of workers or the
timing. Articles are tagged :data:`BATCH` at a time in every path (one process or many), so the batches, and
with them the rows, are identical for every ``--workers``.

Workers are started with ``spawn``: forking a process that already runs torch's thread pools can deadlock.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar, cast

from quotes.load import Problem
from quotes.records import Document, Sentence, Token

if TYPE_CHECKING:
    from quotes.cache import StagedParser
    from quotes.models import ModelSet
    from quotes.pipeline import SentenceParser

T = TypeVar("T")
R = TypeVar("R")

Item = Document | Problem
Pair = tuple[Item, list[dict[str, Any]]]
ParserFactory = Callable[[], "SentenceParser"]
RawToken = tuple[str, int, int]

#: articles whose kept sentences are tagged in one stanza call: the same in every path, so batches (and
#: with them the last bits of the floating-point scores) do not depend on the number of workers
BATCH = 8


class WorkerError(RuntimeError):
    """A worker process died or could not start (most often: the models failed to load there)."""


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily.

    >>> list(chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def imap_ordered(
    fn: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    workers: int,
    chunksize: int = 1,
    window: int | None = None,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
    start_method: str = "spawn",
) -> Iterator[R]:
    """``fn`` maps a chunk of items to one result per item; yield the results in input order.

    ``fn`` and ``initializer`` must be picklable (module-level functions). At most ``window`` chunks
    (default ``4 * workers``) are read ahead of the consumer, which bounds memory on an endless stream.
    """
    ctx = multiprocessing.get_context(start_method)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=initializer, initargs=initargs)
    ok = False
    try:
        yield from ordered(pool, fn, items, chunksize=chunksize, window=window or 4 * workers)
        ok = True
    finally:
        # on an error or an abandoned generator, do not wait for (or start) the work still queued
        pool.shutdown(wait=ok, cancel_futures=not ok)


def ordered(
    pool: Executor, fn: Callable[[list[T]], list[R]], items: Iterable[T], *, chunksize: int, window: int
) -> Iterator[R]:
    """:func:`imap_ordered` on an executor that is already running (it is left running)."""
    pending: deque[Future[list[R]]] = deque()
    try:
        for chunk in chunks(items, chunksize):
            pending.append(pool.submit(fn, chunk))
            if len(pending) >= window:
                yield from _result(pending.popleft())
        while pending:
            yield from _result(pending.popleft())
    finally:
        for fut in pending:
            fut.cancel()


def _result(fut: Future[list[R]]) -> list[R]:
    try:
        return fut.result()
    except BrokenProcessPool as exc:
        raise WorkerError(f"a worker process died or failed to start ({exc}); run with --workers 1 to see why") from exc


# ---------------------------------------------------------------------------------------------- extraction
_PARSER: SentenceParser | None = None
_SELECTIVE = True


def make_parser(models: str | ModelSet | ParserFactory = "auto", cache: str | os.PathLike[str] | None = None) -> Any:
    """A parser for ``models`` (a spec for :class:`quotes.parse.Parser`, or a factory), behind a parse
    cache in ``cache`` when given."""
    if callable(models):
        parser = models()
    else:
        from quotes.parse import Parser

        parser = Parser(models)
    if cache is not None:
        from quotes.cache import CachedParser, StagedParser

        # (a factory's parser is cached only if it is staged too: tokenize, then parse the chosen sentences)
        parser = CachedParser(cast(StagedParser, parser), cache)
    return parser


def _init_worker(
    models: str | ModelSet | ParserFactory, cache: str | None, selective: bool, threads: int | None
) -> None:
    """Runs once in each worker process: pin torch's threads, then load the models (once per process)."""
    global _PARSER, _SELECTIVE
    if threads:
        os.environ["OMP_NUM_THREADS"] = str(threads)  # read by torch when stanza imports it
    _PARSER = make_parser(models, cache)
    _SELECTIVE = selective
    if threads and "torch" in sys.modules:  # a fake parser in tests never imports torch
        sys.modules["torch"].set_num_threads(threads)


def default_threads(workers: int) -> int:
    """torch threads per worker: the cores shared out, at least one."""
    return max(1, (os.cpu_count() or 1) // max(1, workers))


class Pool:
    """``workers`` processes, each with the models loaded once, reusable for several extractions.

    :func:`extract_parallel` is the one-shot form; the benchmark uses :meth:`warm` to time the steady state
    apart from the start-up (spawning and loading the models, a few seconds per worker).
    """

    def __init__(
        self,
        *,
        models: str | ModelSet | ParserFactory = "auto",
        workers: int = 2,
        selective: bool = True,
        cache: str | os.PathLike[str] | None = None,
        threads: int | None = None,
        start_method: str = "spawn",
    ) -> None:
        self.workers = workers
        threads = threads or default_threads(workers)
        initargs = (models, None if cache is None else str(cache), selective, threads)
        ctx = multiprocessing.get_context(start_method)
        self._pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=initargs
        )

    def warm(self) -> set[int]:
        """Block until every worker has started and loaded its models; return their process ids."""
        pids: set[int] = set()
        for _ in range(100 * self.workers):
            futs = [self._pool.submit(_ready) for _ in range(self.workers)]
            pids |= {_result(f)[0] for f in futs}
            if len(pids) >= self.workers:
                break
        return pids

    def extract(self, items: Iterable[Item], *, chunksize: int = BATCH, window: int | None = None) -> Iterator[Pair]:
        """(document, rows) pairs in input order, as :func:`quotes.pipeline.extract` gives them.

        Problems need no parsing but keep their place: they ride along in their chunk as no-ops. Documents
        stay in this process (only rows come back), so the caller gets its own objects, e.g. for a --db.
        """
        window = window or 4 * self.workers
        for item, (problem, rows) in _zip_chunks(
            items, lambda docs: ordered(self._pool, _extract_chunk_mixed, docs, chunksize=chunksize, window=window)
        ):
            yield (problem or item), rows

    def close(self, *, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=not wait)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        self.close(wait=exc_type is None)


def _ready(_: object = None) -> list[int]:
    time.sleep(0.05)  # long enough that one fast worker cannot take every ping
    return [os.getpid()]


def extract_parallel(
    items: Iterable[Item],
    *,
    models: str | ModelSet | ParserFactory = "auto",
    workers: int = 2,
    selective: bool = True,
    cache: str | os.PathLike[str] | None = None,
    chunksize: int = BATCH,
    threads: int | None = None,
) -> Iterator[Pair]:
    """Like :func:`quotes.pipeline.extract`, over ``workers`` processes: (document, rows) pairs in input order."""
    pool = Pool(models=models, workers=workers, selective=selective, cache=cache, threads=threads)
    ok = False
    try:
        yield from pool.extract(items, chunksize=chunksize)
        ok = True
    finally:
        pool.close(wait=ok)


def _zip_chunks(items: Iterable[Item], mapper: Callable[[Iterable[Item]], Iterator[R]]) -> Iterator[tuple[Item, R]]:
    """Pair each input item with its result while reading ``items`` only once and lazily."""
    held: deque[Item] = deque()

    def feed() -> Iterator[Item]:
        for item in items:
            held.append(item)
            yield item

    for result in mapper(feed()):
        yield held.popleft(), result


def _extract_chunk_mixed(items: Sequence[Item]) -> list[tuple[Problem | None, list[dict[str, Any]]]]:
    """Worker side: rows of each article of a chunk, tagged in one batch; an input Problem comes back as None
    (the parent still holds it), an article that fails as its new Problem."""
    assert _PARSER is not None, "worker not initialised"
    return [
        (None if isinstance(item, Problem) else problem, rows)
        for item, (problem, rows) in zip(
            items,
            (_split(r) for r in extract_batched(items, _PARSER, selective=_SELECTIVE, batch=len(items))),
            strict=True,
        )
    ]


def _split(pair: Pair) -> tuple[Problem | None, list[dict[str, Any]]]:
    item, rows = pair
    return (item if isinstance(item, Problem) else None), rows


# ---------------------------------------------------------------------------------------------- batching
class BatchingParser:
    """Tags the kept sentences of a whole chunk of articles in one batched stanza call.

    One call per article leaves stanza with small batches and its per-call overhead; a chunk of articles
    gives it full batches. :meth:`prefetch` decides the sentences the way :func:`quotes.pipeline.analyse`
    does and tags them all at once; :meth:`parse` then serves each article from that, and tags on the spot
    anything its ``keep`` wants that was not prefetched, so the result is always :meth:`Parser.parse`'s.
    """

    def __init__(self, parser: StagedParser) -> None:
        self.parser = parser
        self.model_id = parser.model_id
        self._ready: dict[str, tuple[list[list[RawToken]], dict[int, tuple[Token, ...]]]] = {}

    def tokenize(self, text: str) -> list[list[RawToken]]:
        return self.parser.tokenize(text)

    def tag(self, sentences: Sequence[Sequence[RawToken]]) -> list[tuple[Token, ...]]:
        return self.parser.tag(sentences)

    def prefetch(self, docs: Sequence[Document], *, selective: bool = True) -> None:
        from quotes import attribute, segment, spans

        self._ready.clear()
        plans = []
        many = getattr(self.parser, "tokenize_many", None)
        tokens: list[list[list[RawToken]] | None] = [None] * len(docs)
        try:
            if many is not None:
                tokens = list(many([d.text for d in docs]))
        except Exception:  # one article breaks the joint call: tokenize each on its own below
            tokens = [None] * len(docs)
        for d, done in zip(docs, tokens, strict=True):
            try:
                keep = (
                    attribute.sentence_filter(d.text, spans.find_quotes(d.text), segment.blocks(d.text))
                    if selective
                    else None
                )
                raw = done if done is not None else self.parser.tokenize(d.text)
            except Exception:  # this article fails again, alone, in parse(), and becomes a Problem there
                continue
            chosen = [i for i, s in enumerate(raw) if s and (keep is None or keep(s[0][1], s[-1][2]))]
            plans.append((d.text, raw, chosen))
        try:
            tagged = iter(self.parser.tag([raw[i] for _, raw, chosen in plans for i in chosen]))
        except Exception:  # one bad sentence: let each article be parsed (and fail) on its own
            return
        for text, raw, chosen in plans:
            self._ready[text] = (raw, {i: next(tagged) for i in chosen})

    def parse(self, text: str, *, keep: Callable[[int, int], bool] | None = None) -> tuple[Sentence, ...]:
        """Same contract as :meth:`quotes.parse.Parser.parse`."""
        from quotes.cache import unparsed

        ready = self._ready.pop(text, None)
        raw, done = ready if ready is not None else (self.parser.tokenize(text), {})
        chosen = [i for i, s in enumerate(raw) if s and (keep is None or keep(s[0][1], s[-1][2]))]
        missing = [i for i in chosen if i not in done]
        if missing:
            done = {**done, **dict(zip(missing, self.parser.tag([raw[i] for i in missing]), strict=True))}
        wanted = set(chosen)
        return tuple(
            Sentence(i, s[0][1], s[-1][2], done[i]) if i in wanted else unparsed(i, s) for i, s in enumerate(raw) if s
        )


def batching(parser: Any) -> Any:
    """``parser`` behind a :class:`BatchingParser` when it has the two stages (stanza's and the cache do)."""
    if isinstance(parser, BatchingParser) or not (hasattr(parser, "tokenize") and hasattr(parser, "tag")):
        return parser
    return BatchingParser(parser)


def extract_batched(
    items: Iterable[Item], parser: SentenceParser, *, selective: bool = True, batch: int = BATCH
) -> Iterator[Pair]:
    """:func:`quotes.pipeline.extract` in one process, tagging ``batch`` articles per stanza call.

    The same (document, rows) pairs in the same order; what ``quotes extract`` runs with one worker.
    """
    from quotes.pipeline import extract

    bp = batching(parser)
    for chunk in chunks(items, batch):
        if isinstance(bp, BatchingParser):
            bp.prefetch([i for i in chunk if isinstance(i, Document)], selective=selective)
        yield from extract(chunk, bp, selective=selective)
