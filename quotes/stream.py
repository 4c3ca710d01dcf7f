"""Incremental, atomic table writers: rows go to disk as they are extracted, never collected in memory.

An archive of 100k articles yields millions of rows; :func:`quotes.table.write_atomic` needs them all in one
DataFrame. :class:`TableWriter` instead buffers a bounded number of rows and appends them to a temp file
beside the target (parquet: one row group per flush through ``pyarrow.parquet.ParquetWriter``; csv/jsonl:
appended text), then renames the temp file over the target on :meth:`TableWriter.close`. A crash, a
Ctrl-C or a full disk leaves the previous file (or none), never half a table. The bytes match what
:func:`quotes.table.write_atomic` writes for the same rows (same schema, same polars writers).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

import polars as pl

from quotes import table

#: rows per parquet row group / per text flush: about 10-30 MB of Python dicts at most
ROW_GROUP = 20_000


def _arrow_schema() -> Any:
    return table.empty().to_arrow().schema


class _CommitOrAbort:
    """``with`` support: ``close()`` (commit by rename) on success, ``abort()`` (remove temp files) on error."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.close()  # type: ignore[attr-defined]
        else:
            self.abort()  # type: ignore[attr-defined]


class TableWriter(_CommitOrAbort):
    """Append rows to one ``.parquet`` / ``.csv`` / ``.jsonl`` table; atomic on :meth:`close`.

    Use as a context manager: a normal exit closes (renames into place), an exception aborts (removes the
    temp file and leaves the target untouched).
    """

    def __init__(self, path: str | os.PathLike[str], *, row_group: int = ROW_GROUP) -> None:
        self.path = Path(path)
        self.suffix = table.check_format(self.path)
        self.row_group = max(1, row_group)
        self.rows = 0  # rows written so far (flushed or buffered)
        self._buf: list[Mapping[str, Any]] = []
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        self.tmp = Path(tmp)
        self._pq: Any = None  # pyarrow.parquet.ParquetWriter, opened lazily
        self._fh: IO[bytes] | None = None
        self._header = True
        self._closed = False

    # -- writing
    def write(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Queue rows; they reach the temp file every ``row_group`` rows."""
        if self._closed:
            raise ValueError(f"writer for {self.path} is closed")
        for r in rows:
            self._buf.append(r)
            self.rows += 1
            if len(self._buf) >= self.row_group:
                self.flush()

    def flush(self) -> None:
        """Write the buffered rows as one parquet row group (or one csv/jsonl chunk)."""
        if not self._buf:
            return
        df = table.frame(self._buf)
        self._buf = []
        self._append(df)

    def _append(self, df: pl.DataFrame) -> None:
        if self.suffix == ".parquet":
            if self._pq is None:
                import pyarrow.parquet as pq

                self._pq = pq.ParquetWriter(str(self.tmp), _arrow_schema(), compression="zstd")
            self._pq.write_table(df.to_arrow(), row_group_size=max(df.height, 1))
            return
        if self._fh is None:
            self._fh = self.tmp.open("wb")
        if self.suffix == ".csv":
            df.write_csv(self._fh, include_header=self._header)
            self._header = False
        else:
            df.write_ndjson(self._fh)

    # -- finishing
    def close(self) -> Path:
        """Flush, make sure the bytes are on disk, and rename the temp file over the target."""
        if self._closed:
            return self.path
        try:
            self.flush()
            if self.rows == 0:
                # a valid empty table (parquet with the schema, csv with the header, empty jsonl)
                self._append(table.empty())
            if self._pq is not None:
                self._pq.close()
                self._pq = None
            if self._fh is not None:
                self._fh.flush()
                os.fsync(self._fh.fileno())
                self._fh.close()
                self._fh = None
            table.publish(self.tmp, self.path)
        except BaseException:
            self.abort()
            raise
        self._closed = True
        return self.path

    def abort(self) -> None:
        """Drop everything written so far; the target keeps its previous content (or stays absent)."""
        self._buf = []
        for closer in (self._pq, self._fh):
            if closer is not None:
                with contextlib.suppress(Exception):  # already broken (full disk): removing the temp file matters
                    closer.close()
        self._pq = self._fh = None
        self.tmp.unlink(missing_ok=True)
        self._closed = True



class Tables(_CommitOrAbort):
    """The same rows to several tables (``--out`` plus every ``--also``), with running counts for the summary.

    All targets are renamed into place only after every one of them was written completely.
    """

    def __init__(self, paths: Sequence[str | os.PathLike[str]], *, row_group: int = ROW_GROUP) -> None:
        self.writers: list[TableWriter] = []
        try:
            for p in paths:
                self.writers.append(TableWriter(p, row_group=row_group))
        except BaseException:
            self.abort()
            raise
        self.rows = 0
        self.attributed = 0

    @property
    def paths(self) -> list[Path]:
        return [w.path for w in self.writers]

    def write(self, rows: Sequence[Mapping[str, Any]]) -> None:
        for w in self.writers:
            w.write(rows)
        self.rows += len(rows)
        self.attributed += sum(1 for r in rows if r.get("speaker") is not None)

    def close(self) -> list[Path]:
        try:
            for w in self.writers:
                w.flush()
        except BaseException:
            self.abort()
            raise
        return [w.close() for w in self.writers]

    def abort(self) -> None:
        for w in self.writers:
            w.abort()

