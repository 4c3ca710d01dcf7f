"""Ordered multi-process extraction: same output for any number of workers, bounded read-ahead, clean failures.

Uses :class:`FakeParser` (regex tokens, a flat tree), which implements the parser protocol without stanza, so
these tests need no model; the other throughput tests import it from here. One test compares the real
bundled models across worker counts (``models`` mark).
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import regex

from quotes import parallel, pipeline
from quotes.load import Problem
from quotes.records import Document, Sentence, Token

ROOT = Path(__file__).resolve().parents[1]
TOKEN = regex.compile(r"\w+(?:[’']\w+)*|[^\w\s]")
SENTENCE_END = regex.compile(r"(?<=[.!?][\"”’']?)\s+")


class FakeParser:
    """The parser protocol without stanza: regex tokens, sentences at end punctuation, every word hanging
    from the first. Deterministic, and counts what it tags (for the cache tests)."""

    model_id = "fake-1"

    def __init__(self) -> None:
        self.tagged = 0

    def tokenize(self, text: str) -> list[list[tuple[str, int, int]]]:
        out = []
        start = 0
        for m in [*SENTENCE_END.finditer(text), None]:
            end = m.start() if m else len(text)
            toks = [(t.group(), t.start(), t.end()) for t in TOKEN.finditer(text, start, end)]
            if toks:
                out.append(toks)
            start = m.end() if m else end
        return out

    def tag(self, sentences: Sequence[Sequence[tuple[str, int, int]]]) -> list[tuple[Token, ...]]:
        self.tagged += len(sentences)
        out = []
        for s in sentences:
            if any(t[0] == "CRASH" for t in s):
                raise RuntimeError("fake parser crash")
            out.append(
                tuple(
                    Token(
                        i + 1,
                        t,
                        t.lower(),
                        "PROPN" if t[:1].isupper() else "X",
                        "_",
                        "_",
                        0 if i == 0 else 1,
                        "root" if i == 0 else "dep",
                        a,
                        b,
                    )
                    for i, (t, a, b) in enumerate(s)
                )
            )
        return out

    def parse(self, text: str, *, keep: Callable[[int, int], bool] | None = None) -> tuple[Sentence, ...]:
        from quotes.cache import unparsed

        raw = self.tokenize(text)
        chosen = [i for i, s in enumerate(raw) if keep is None or keep(s[0][1], s[-1][2])]
        tagged = dict(zip(chosen, self.tag([raw[i] for i in chosen]), strict=True))
        return tuple(
            Sentence(i, s[0][1], s[-1][2], tagged[i]) if i in tagged else unparsed(i, s) for i, s in enumerate(raw)
        )


def fake_parser() -> FakeParser:
    """Module-level factory: picklable, so spawned worker processes can build their own fake parser."""
    return FakeParser()


def broken_parser() -> FakeParser:
    raise RuntimeError("models failed to load")


SNIPPETS = [
    '"We will rebuild the bridge by spring," Jane Holt said. The council met on Monday.',
    'Mayor Tomas Berg said: "The budget is balanced." He left early.',
    "No quotes here. Just a plain sentence about the weather.",
    'The deal was "a historic step for the region," according to Maria Lind.',
    '"Nothing has been decided," Berg told reporters. "We will see."',
]


def documents(n: int, seed: int = 1) -> list[Document]:
    rnd = random.Random(seed)
    return [
        Document(f"d{i:04d}", "\n\n".join(rnd.choice(SNIPPETS) for _ in range(rnd.randint(1, 4))), title=f"t{i}")
        for i in range(n)
    ]


def serial(items: list[Document | Problem]) -> list[tuple[Document | Problem, list[dict]]]:
    return list(pipeline.extract(items, FakeParser()))


def _slow_square(chunk: list[int]) -> list[tuple[int, int]]:
    time.sleep(random.random() * 0.01)  # chunks finish out of order
    return [(x * x, os.getpid()) for x in chunk]


def test_imap_ordered_keeps_input_order_across_processes() -> None:
    got = list(parallel.imap_ordered(_slow_square, range(200), workers=2, chunksize=3))
    assert [sq for sq, _ in got] == [x * x for x in range(200)]
    pids = {pid for _, pid in got}
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= 2


def test_imap_ordered_reads_ahead_a_bounded_window() -> None:
    consumed = 0

    def source() -> Iterator[int]:
        nonlocal consumed
        for i in range(10_000):
            consumed += 1
            yield i

    it = parallel.imap_ordered(_slow_square, source(), workers=2, chunksize=5, window=4)
    assert next(it)[0] == 0
    assert consumed <= (4 + 1) * 5  # never the whole stream
    it.close()  # abandoning the generator shuts the pool down without running the rest


def test_extract_parallel_equals_serial_extract() -> None:
    items: list[Document | Problem] = [*documents(25)]
    items.insert(7, Problem("bad.txt", "not valid UTF-8"))
    items.append(Document("crash", 'She said: "CRASH now."'))
    want = serial(items)
    got = list(parallel.extract_parallel(items, models=fake_parser, workers=2, chunksize=2))
    assert [type(i) for i, _ in got] == [type(i) for i, _ in want]
    assert [r for _, r in got] == [r for _, r in want]
    assert got[7][0] is items[7]  # problems pass through in place
    assert isinstance(got[-1][0], Problem) and "fake parser crash" in got[-1][0].why
    # documents come back as the caller's own objects (a --db ingest needs them)
    assert all(g[0] is i for g, i in zip(got[:7], items[:7], strict=True))
    assert sum(len(r) for _, r in got) > 0


def test_workers_share_one_parse_cache(tmp_path: Path) -> None:
    from quotes.cache import CachedParser

    items = [*documents(12)]
    got = list(parallel.extract_parallel(items, models=fake_parser, workers=2, cache=tmp_path / "c"))
    want = serial(items)
    assert [r for _, r in got] == [r for _, r in want]
    cached = CachedParser(FakeParser(), tmp_path / "c")  # what the workers stored serves a later run
    assert [r for _, r in pipeline.extract(items, cached)] == [r for _, r in want]
    assert cached.parser.tagged == 0 and cached.hits > 0


def test_batched_extraction_equals_one_article_at_a_time() -> None:
    items: list[Document | Problem] = [*documents(19)]
    items.insert(3, Problem("x.txt", "empty article"))
    items.insert(9, Document("crash", 'She said: "CRASH now." Fine.'))  # one bad article in a batch
    want = serial(items)
    fake = FakeParser()
    got = list(parallel.extract_batched(items, fake, batch=5))
    assert [r for _, r in got] == [r for _, r in want]
    assert got[3][0] is items[3]
    assert isinstance(got[9][0], Problem) and "crash" in got[9][0].why
    assert all(g is i for (g, _), i in zip(got, items, strict=True) if not isinstance(g, Problem))


def test_batching_parser_tags_what_keep_asks_even_if_not_prefetched() -> None:
    text = 'Alpha said hello. "Beta," Gamma said. Delta was there.'
    bp = parallel.BatchingParser(FakeParser())
    bp.prefetch([Document("a", text)])
    tagged = bp.parser.tagged
    assert bp.parse(text, keep=None) == FakeParser().parse(text)  # keep=None wants every sentence
    assert bp.parser.tagged > tagged  # the ones the prefetch had skipped were tagged now
    assert bp.parse(text, keep=lambda s, e: False) == FakeParser().parse(text, keep=lambda s, e: False)


def test_a_pool_is_warmed_and_reused() -> None:
    docs = documents(10)
    with parallel.Pool(models=fake_parser, workers=2) as pool:
        assert len(pool.warm()) == 2
        first = [r for _, r in pool.extract(docs, chunksize=3)]
        again = [r for _, r in pool.extract(docs[:4], chunksize=3)]
    assert first == [r for _, r in serial(docs)]
    assert again == first[:4]


def test_a_worker_that_cannot_load_models_is_a_clear_error() -> None:
    with pytest.raises(parallel.WorkerError, match="worker process"):
        list(parallel.extract_parallel(documents(5), models=broken_parser, workers=2))


def test_default_threads_share_the_cores() -> None:
    assert parallel.default_threads(1) == max(1, os.cpu_count() or 1)
    assert parallel.default_threads(10_000) == 1


@pytest.mark.models
def test_cli_output_is_the_same_for_any_number_of_workers(
    tmp_path: Path, bundled_parser: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from quotes import cli
    from quotes.cli import app

    monkeypatch.setattr(cli, "load_parser", lambda spec: bundled_parser)  # --workers 1: the session's parser

    runner = CliRunner()
    frames = []
    for workers in (1, 2):
        out = tmp_path / f"w{workers}.parquet"
        res = runner.invoke(
            app, ["extract", str(ROOT / "corpus"), "--models", "bundled", "--out", str(out), "--workers", str(workers)]
        )
        assert res.exit_code == 0, res.output
        frames.append(pl.read_parquet(out))
    assert frames[0].height > 0
    assert frames[0].equals(frames[1])


class JoiningFakeParser(FakeParser):
    """:class:`FakeParser` with the joint tokenizer call, counting how often it is made."""

    def __init__(self) -> None:
        super().__init__()
        self.joint_calls = 0

    def tokenize_many(self, texts: Sequence[str]) -> list[list[list[tuple[str, int, int]]]]:
        self.joint_calls += 1
        return [self.tokenize(t) for t in texts]


def test_prefetch_tokenizes_a_chunk_in_one_call_and_the_cache_keeps_each_text(tmp_path: Path) -> None:
    from quotes.cache import CachedParser

    docs = documents(6)
    inner = JoiningFakeParser()
    cached = CachedParser(inner, tmp_path / "c")
    bp = parallel.BatchingParser(cached)
    bp.prefetch(docs)
    assert inner.joint_calls == 1
    assert [bp.parse(d.text) for d in docs] == [FakeParser().parse(d.text) for d in docs]
    assert cached.tokenize_many([d.text for d in docs]) == [FakeParser().tokenize(d.text) for d in docs]
    assert inner.joint_calls == 1  # the second time every text came from the cache


@pytest.mark.models
def test_joint_tokenization_equals_one_text_at_a_time(bundled_parser: Any) -> None:
    texts = [
        'WASHINGTON (AP) — Jane Roe said "no."\n\nShe couldn\'t stay.',
        "",
        "   \n\n  ",
        "\n\n  Leading blank lines. Then Mr. Berg spoke.\nA new line starts here.",
        "He said ''Yes,'' and left. The U.S. Rep. Tom Vance agreed.",
        "One more text without a final stop",
    ]
    assert bundled_parser.tokenize_many(texts) == [bundled_parser.tokenize_many([t])[0] for t in texts]
    assert bundled_parser.tokenize_many(texts)[0] == bundled_parser.tokenize(texts[0])
