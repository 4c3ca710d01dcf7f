"""The parse cache: same sentences as the parser behind it, no re-tagging on a re-run, keyed by tokens + model."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from test_parallel import FakeParser, documents
from typer.testing import CliRunner

from quotes import cli, pipeline, table
from quotes.cache import FILE_NAME, CachedParser, sentence_key

TEXT = 'Jane Holt arrived late. "We will win," Jane Holt said. The weather was fine. Berg told reporters: "No."'


def keep_quotes(start: int, end: int) -> bool:
    return '"' in TEXT[start:end]


@pytest.mark.parametrize("keep", [None, keep_quotes])
def test_cached_parse_equals_the_parser_behind_it(tmp_path: Path, keep: object) -> None:
    want = FakeParser().parse(TEXT, keep=keep)  # type: ignore[arg-type]
    cached = CachedParser(FakeParser(), tmp_path)
    assert cached.parse(TEXT, keep=keep) == want  # type: ignore[arg-type]
    assert cached.parse(TEXT, keep=keep) == want  # type: ignore[arg-type]  # now from the cache
    assert cached.model_id == FakeParser.model_id


def test_a_rerun_tags_nothing(tmp_path: Path) -> None:
    first = CachedParser(FakeParser(), tmp_path)
    first.parse(TEXT)
    assert first.parser.tagged == 4 and first.misses == 4
    first.close()
    again = CachedParser(FakeParser(), tmp_path)  # a new process, the same folder
    again.parse(TEXT)
    assert again.parser.tagged == 0 and again.hits == 4


def test_unkept_sentences_stay_unparsed_even_when_cached(tmp_path: Path) -> None:
    cached = CachedParser(FakeParser(), tmp_path)
    cached.parse(TEXT)  # every sentence now in the cache
    got = cached.parse(TEXT, keep=keep_quotes)
    assert [s.parsed for s in got] == [False, True, False, True]
    assert got == FakeParser().parse(TEXT, keep=keep_quotes)


def test_a_sentence_is_reused_at_other_offsets_and_spacing(tmp_path: Path) -> None:
    cached = CachedParser(FakeParser(), tmp_path)
    cached.parse("Intro here.  Jane Holt said it was fine.")
    other = "Something else entirely, and longer. Jane   Holt  said it was fine."
    got = cached.parse(other)
    assert cached.hits == 1
    assert got == FakeParser().parse(other)
    second = got[1]
    assert [other[t.start : t.end] for t in second.tokens] == [t.text for t in second.tokens]


def test_the_key_is_the_tokens_and_the_model(tmp_path: Path) -> None:
    assert sentence_key([("a", 0, 1), ("b", 2, 3)]) == sentence_key([("a", 5, 6), ("b", 9, 10)])
    assert sentence_key([("ab", 0, 2)]) != sentence_key([("a", 0, 1), ("b", 1, 2)])
    CachedParser(FakeParser(), tmp_path).parse(TEXT)
    newer = FakeParser()
    newer.model_id = "fake-2"
    cached = CachedParser(newer, tmp_path)
    cached.parse(TEXT)
    assert cached.hits == 0 and newer.tagged == 4  # other models: nothing reused


def test_rows_are_the_same_with_and_without_the_cache(tmp_path: Path) -> None:
    docs = documents(15)
    want = [r for _, r in pipeline.extract(docs, FakeParser())]
    cached = CachedParser(FakeParser(), tmp_path)
    assert [r for _, r in pipeline.extract(docs, cached)] == want
    assert [r for _, r in pipeline.extract(docs, cached)] == want
    assert cached.hits > 0


def test_a_cached_parser_survives_pickling(tmp_path: Path) -> None:
    cached = CachedParser(FakeParser(), tmp_path)
    cached.parse(TEXT)
    clone = pickle.loads(pickle.dumps(cached))
    assert clone.parse(TEXT) == cached.parse(TEXT)
    assert clone.parser.tagged == 4  # the clone read the cache, did not re-tag


def test_extract_cli_with_cache_and_streamed_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for d in documents(6):
        (corpus / f"{d.doc_id}.txt").write_text(d.text, encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"\xff\xfe bad")
    fakes: list[FakeParser] = []

    def load(spec: str) -> FakeParser:
        fakes.append(FakeParser())
        return fakes[-1]

    monkeypatch.setattr(cli, "load_parser", load)
    runner = CliRunner()
    args = [
        "extract",
        str(corpus),
        "--out",
        str(tmp_path / "q.parquet"),
        "--also",
        str(tmp_path / "q.csv"),
        "--cache",
        str(tmp_path / "cache"),
    ]
    first = runner.invoke(cli.app, args)
    assert first.exit_code == 3, first.output  # one file skipped
    again = runner.invoke(cli.app, args)
    assert again.exit_code == 3
    assert fakes[0].tagged > 0 and fakes[1].tagged == 0
    assert (tmp_path / "cache" / FILE_NAME).is_file()
    df = table.read(tmp_path / "q.parquet")
    assert df.equals(table.read(tmp_path / "q.csv"))
    assert df["doc_id"].unique(maintain_order=True).to_list() == [f"d{i:04d}" for i in range(6)]
    assert f"6 articles, {df.height} quotes" in " ".join(again.output.split())


def test_a_retrained_model_of_the_same_size_gets_a_new_id(tmp_path: Path) -> None:
    """Parse caches are keyed by the model id: a file retrained to the same size must not reuse old parses."""
    from quotes.models import ModelSet

    a, b = tmp_path / "a" / "pos.pt", tmp_path / "b" / "pos.pt"
    for path, content in ((a, b"weights-1"), (b, b"weights-2")):
        path.parent.mkdir()
        path.write_bytes(content)
    ids = [ModelSet("path", p.parent, {"pos": p}).model_id for p in (a, b)]
    assert ids[0] != ids[1]
    assert ids[0] == ModelSet("path", a.parent, {"pos": a}).model_id


def test_opening_retries_while_sqlite_says_locked() -> None:
    """Workers opening one new cache together: SQLite may answer the WAL switch with "locked" at once."""
    import sqlite3

    from quotes.cache import _retry_locked

    calls = []

    def step() -> None:
        calls.append(1)
        if len(calls) < 3:
            raise sqlite3.OperationalError("database is locked")

    _retry_locked(step)
    assert len(calls) == 3

    def broken() -> None:
        raise sqlite3.OperationalError("no such table: x")

    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        _retry_locked(broken)
