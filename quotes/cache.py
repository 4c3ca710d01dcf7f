"""An on-disk parse cache, so re-running with changed rules (or on an overlapping corpus) does not re-parse.

:class:`CachedParser` wraps any parser with the two stages of :class:`quotes.parse.Parser` (``tokenize`` and
``tag``) and implements the same ``parse(text, keep=)`` / ``model_id`` protocol. Two SQLite tables:

``sentences``  key sha256 of a sentence's tokens (the exact text the tagger sees) and the model id; value the
               tagged words, each pointing at its raw token by index, so a sentence met again in another
               article, at other offsets or with other spacing, is rebuilt with that article's offsets.
``documents``  key sha256 of the article text and the model id; value its tokenization (sentences of raw
               tokens), so a re-run skips the tokenizer too.

The output is what the wrapped parser gives: the same sentences are tagged (only those ``keep`` accepts,
whatever else the cache holds), and tagging one sentence does not depend on the others. Several processes
may share one cache folder (WAL mode, ``INSERT OR IGNORE``); keep it on a local disk, not a network share.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from quotes.records import Sentence, Token

RawToken = tuple[str, int, int]
FILE_NAME = "parses.sqlite3"


class StagedParser(Protocol):
    """What the cache needs of the parser behind it (:class:`quotes.parse.Parser` has it)."""

    model_id: str

    def tokenize(self, text: str) -> list[list[RawToken]]: ...

    def tag(self, sentences: Sequence[Sequence[RawToken]]) -> list[tuple[Token, ...]]: ...


def sentence_key(tokens: Sequence[RawToken]) -> str:
    """sha256 of the token texts (joined by U+001F): two sentences with the same tokens are tagged alike."""
    return hashlib.sha256("\x1f".join(t[0] for t in tokens).encode("utf-8")).hexdigest()


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _pack(obj: Any) -> bytes:
    return zlib.compress(json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def _unpack(blob: bytes) -> Any:
    return json.loads(zlib.decompress(blob))


def _encode_words(raw: Sequence[RawToken], words: tuple[Token, ...]) -> list[list[Any]]:
    """Each word as [raw token index, id, text, lemma, upos, xpos, feats, head, deprel, ner]."""
    index = {(start, end): i for i, (_, start, end) in enumerate(raw)}
    return [
        [index[(w.start, w.end)], w.id, w.text, w.lemma, w.upos, w.xpos, w.feats, w.head, w.deprel, w.ner]
        for w in words
    ]


def _decode_words(raw: Sequence[RawToken], data: list[list[Any]]) -> tuple[Token, ...]:
    out = []
    for i, wid, text, lemma, upos, xpos, feats, head, deprel, ner in data:
        _, start, end = raw[i]
        out.append(Token(wid, text, lemma, upos, xpos, feats, head, deprel, start, end, ner))
    return tuple(out)


def unparsed(index: int, raw: Sequence[RawToken]) -> Sentence:
    """A sentence selective parsing skipped: tokens only, as :meth:`quotes.parse.Parser.parse` returns it."""
    toks = tuple(Token(k + 1, t, t, "", "_", "_", -1, "", a, b) for k, (t, a, b) in enumerate(raw))
    return Sentence(index, raw[0][1], raw[-1][2], toks, parsed=False)


def _setup(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS sentences (model TEXT NOT NULL, key TEXT NOT NULL, words BLOB NOT NULL, "
        "PRIMARY KEY (model, key)) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE IF NOT EXISTS documents (model TEXT NOT NULL, key TEXT NOT NULL, tokens BLOB NOT NULL, "
        "PRIMARY KEY (model, key)) WITHOUT ROWID"
    )


def _retry_locked(step: Callable[[], None], *, seconds: float = 60.0) -> None:
    """Run ``step`` again while SQLite says the database is locked: switching a new file to WAL needs an
    exclusive lock, and SQLite answers a second process doing the same at once with "locked" straight away
    instead of waiting (seen when several workers open one new cache together)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class CachedParser:
    """A parser with a SQLite parse cache in ``directory`` (created when missing)."""

    def __init__(self, parser: StagedParser, directory: str | os.PathLike[str]) -> None:
        self.parser = parser
        self.model_id = parser.model_id
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / FILE_NAME
        self.hits = 0  # sentences served from the cache
        self.misses = 0  # sentences tagged by the wrapped parser
        self._conn = self._connect()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        _retry_locked(lambda: _setup(conn))
        return conn

    # pickling (a cache handed to a worker process) reopens the database there
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        del state["_conn"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._conn = self._connect()

    def close(self) -> None:
        self._conn.close()

    def _lookup(self, table: str, column: str, keys: Sequence[str]) -> dict[str, Any]:
        """Stored values of ``keys`` for this model (a table and column of the schema, never user input)."""
        found: dict[str, Any] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):  # SQLite caps the number of bound parameters
            part = unique[start : start + 500]
            marks = ",".join("?" * len(part))
            for key, blob in self._conn.execute(
                f"SELECT key, {column} FROM {table} WHERE model = ? AND key IN ({marks})", (self.model_id, *part)
            ):
                found[key] = _unpack(blob)
        return found

    def tokenize(self, text: str) -> list[list[RawToken]]:
        return self.tokenize_many([text])[0]

    def tokenize_many(self, texts: Sequence[str]) -> list[list[list[RawToken]]]:
        """Tokenizations of ``texts``: cached ones read back, the rest made in one call and stored."""
        version = getattr(self.parser, "segmentation_version", "")
        keys = [text_key(t) + version for t in texts]
        found = self._lookup("documents", "tokens", keys)
        out: list[list[list[RawToken]] | None] = [
            [[(t, a, b) for t, a, b in s] for s in found[k]] if k in found else None for k in keys
        ]
        todo = [i for i, o in enumerate(out) if o is None]
        if todo:
            many = getattr(self.parser, "tokenize_many", None)
            made = many([texts[i] for i in todo]) if many else [self.parser.tokenize(texts[i]) for i in todo]
            for i, raw in zip(todo, made, strict=True):
                out[i] = raw
                self._conn.execute(
                    "INSERT OR IGNORE INTO documents VALUES (?, ?, ?)", (self.model_id, keys[i], _pack(raw))
                )
        return [o if o is not None else [] for o in out]

    def tag(self, sentences: Sequence[Sequence[RawToken]]) -> list[tuple[Token, ...]]:
        """Tags of ``sentences``: cached ones read back, the rest tagged in one batch and stored."""
        keys = [sentence_key(s) for s in sentences]
        found = self._lookup("sentences", "words", keys)
        todo = [i for i, k in enumerate(keys) if k not in found]
        self.hits += len(keys) - len(todo)
        self.misses += len(todo)
        out: list[tuple[Token, ...] | None] = [None] * len(sentences)
        if todo:
            tagged = self.parser.tag([sentences[i] for i in todo])
            new = []
            for i, words in zip(todo, tagged, strict=True):
                out[i] = words
                new.append((self.model_id, keys[i], _pack(_encode_words(sentences[i], words))))
            self._conn.executemany("INSERT OR IGNORE INTO sentences VALUES (?, ?, ?)", new)
        for i, k in enumerate(keys):
            if out[i] is None:
                out[i] = _decode_words(sentences[i], found[k])
        return [o for o in out if o is not None]

    def parse(self, text: str, *, keep: Callable[[int, int], bool] | None = None) -> tuple[Sentence, ...]:
        """Same contract as :meth:`quotes.parse.Parser.parse`."""
        raw = self.tokenize(text)
        chosen = [i for i, s in enumerate(raw) if s and (keep is None or keep(s[0][1], s[-1][2]))]
        tagged = dict(zip(chosen, self.tag([raw[i] for i in chosen]), strict=True))
        return tuple(
            Sentence(i, s[0][1], s[-1][2], tagged[i]) if i in tagged else unparsed(i, s) for i, s in enumerate(raw) if s
        )
