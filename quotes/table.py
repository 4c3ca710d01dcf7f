"""The tidy quote table: one row per quotation, a fixed schema, atomic writers.

The first 18 columns are the contract with users (README "The table"); the rest are extra context carried
from the input (title, date, url, source) and the cue's offsets.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import polars as pl

SCHEMA: dict[str, Any] = {
    "doc_id": pl.String,
    "quote_id": pl.String,
    "quote": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
    "quote_type": pl.String,
    "speaker": pl.String,
    "speaker_kind": pl.String,
    "speaker_mention": pl.String,
    "mention_start": pl.Int64,
    "mention_end": pl.Int64,
    "cue": pl.String,
    "outlet": pl.String,
    "method": pl.String,
    "confidence": pl.Float64,
    "block_kind": pl.String,
    "paragraph": pl.Int64,
    "duplicate_of": pl.String,
    # extras
    "cue_start": pl.Int64,
    "cue_end": pl.Int64,
    "title": pl.String,
    "date": pl.String,
    "url": pl.String,
    "source": pl.String,
}
COLUMNS: tuple[str, ...] = tuple(SCHEMA)
FORMATS = (".parquet", ".csv", ".jsonl")


def quote_id(doc_id: str, start: int, end: int) -> str:
    """Stable id: the same article span gets the same id on every run and every machine.

    >>> quote_id("a", 1, 5) == quote_id("a", 1, 5)
    True
    >>> len(quote_id("a", 1, 5))
    16
    """
    return hashlib.sha1(f"{doc_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


def empty() -> pl.DataFrame:
    return pl.DataFrame(schema=SCHEMA)


def frame(rows: Iterable[Mapping[str, Any]]) -> pl.DataFrame:
    """Rows (dicts with any subset of the columns) as a DataFrame with exactly :data:`SCHEMA`."""
    rows = list(rows)
    if not rows:
        return empty()
    return pl.DataFrame([{c: r.get(c) for c in COLUMNS} for r in rows], schema=SCHEMA, orient="row")


def check_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"unknown output format {suffix!r} for {path}: use one of {', '.join(FORMATS)}")
    return suffix


def _write(df: pl.DataFrame, path: Path, suffix: str) -> None:
    if suffix == ".parquet":
        df.write_parquet(path)
    elif suffix == ".csv":
        df.write_csv(path)
    else:
        df.write_ndjson(path)


def publish(tmp: str | os.PathLike[str], path: str | os.PathLike[str]) -> None:
    """Rename a finished temp file over ``path`` with the mode a plain ``open()`` would have given it
    (``mkstemp`` makes files only their owner can read)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)
    os.replace(tmp, path)


@contextmanager
def open_atomic(path: str | os.PathLike[str], *, newline: str | None = None) -> Iterator[TextIO]:
    """A text file that appears at ``path`` only when the ``with`` block finishes: written to a temp file
    beside it, then published over it; on an error the temp file goes and ``path`` is left as it was."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
        publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(df: pl.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write ``df`` by suffix (.parquet/.csv/.jsonl) to a temp file beside ``path``, then rename over it.

    A crash or a full disk leaves the old file (or none), never a half-written one.
    """
    path = Path(path)
    suffix = check_format(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        _write(df, Path(tmp), suffix)
        publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read(path: str | os.PathLike[str]) -> pl.DataFrame:
    """Read a table written by :func:`write_atomic` back with the same schema."""
    path = Path(path)
    suffix = check_format(path)
    if suffix == ".parquet":
        df = pl.read_parquet(path)
    elif suffix == ".csv":
        df = pl.read_csv(path, schema_overrides={c: t for c, t in SCHEMA.items()})
    else:
        df = pl.read_ndjson(path, schema=SCHEMA)
    return df


def iter_rows(df: pl.DataFrame) -> Iterator[dict[str, Any]]:
    yield from df.iter_rows(named=True)
