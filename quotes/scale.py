"""Scale-out on Dask: the same per-article function over a Dask bag, written as a partitioned parquet dataset.

``quotes extract --dask tcp://scheduler:8786 corpus/ --out out/quotes.parquet`` (or :func:`extract_dask`)
cuts the input into tasks of a few hundred articles: ``.txt`` files by groups of files, ``.jsonl`` files by
line ranges (found by one cheap scan of the bytes), in-memory documents by slices. Each task runs on a Dask
worker, which reads its own articles (the files must be reachable from the workers at the same paths), runs
:func:`quotes.pipeline.extract` with a parser loaded once per worker process, and writes one part file
``part-NNNNN.parquet``. The driver only receives counts and problems, never rows. Part files are numbered in
input order, and rows inside a part are in article order, so reading the dataset back in file-name order gives
exactly the rows of the local path. The dataset is written to a temp folder and renamed at the end.

Dask and distributed are optional (``pip install 'quotes[scale]'``); nothing here is a job system of its own.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotes import load
from quotes.load import Problem
from quotes.records import Document

if TYPE_CHECKING:
    from quotes.aliases import Alias
    from quotes.models import ModelSet
    from quotes.parallel import ParserFactory

#: articles per Dask task (and per part file); a multiple of quotes.parallel.BATCH, so that tasks batch the
#: articles for stanza as the local path does
PARTITION = 200


@dataclass(frozen=True, slots=True)
class Task:
    """One part file's worth of input: documents, whole files, or a line range of one JSONL file."""

    index: int
    docs: tuple[Document | Problem, ...] = ()
    files: tuple[str, ...] = ()
    jsonl: str | None = None
    offset: int = 0  # byte offset of the first line of the range
    first_line: int = 1  # its 1-based line number (for doc ids and messages, as in quotes.load)
    lines: int = 0
    max_bytes: int = load.MAX_BYTES


@dataclass(frozen=True, slots=True)
class PartResult:
    index: int
    docs: int
    rows: int
    attributed: int
    problems: tuple[str, ...] = ()


@dataclass(slots=True)
class DaskResult:
    """What a Dask run did; rows are in ``out_dir``'s part files, read them with :func:`read_dataset`."""

    out_dir: Path
    docs: int = 0
    rows: int = 0
    attributed: int = 0
    parts: int = 0
    problems: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- planning
def _jsonl_ranges(path: Path, size: int) -> Iterator[tuple[int, int, int]]:
    """(byte offset, first line number, line count) of consecutive ranges of ``size`` lines."""
    offset, line, count, start_offset, start_line = 0, 1, 0, 0, 1
    with path.open("rb") as fh:
        for raw in fh:
            if count == 0:
                start_offset, start_line = offset, line
            offset += len(raw)
            line += 1
            count += 1
            if count == size:
                yield start_offset, start_line, count
                count = 0
    if count:
        yield start_offset, start_line, count


def plan(
    inputs: Iterable[str | os.PathLike[str] | Document | Problem],
    *,
    partition: int = PARTITION,
    max_bytes: int = load.MAX_BYTES,
) -> list[Task]:
    """Cut files, folders and documents into tasks in input order (documents travel inside the graph)."""
    tasks: list[Task] = []
    docs: list[Document | Problem] = []
    files: list[str] = []

    def flush() -> None:
        if docs:
            tasks.append(Task(len(tasks), docs=tuple(docs), max_bytes=max_bytes))
            docs.clear()
        if files:
            tasks.append(Task(len(tasks), files=tuple(files), max_bytes=max_bytes))
            files.clear()

    for item in inputs:
        if isinstance(item, Document | Problem):
            if files:
                flush()
            docs.append(item)
            if len(docs) >= partition:
                flush()
            continue
        for entry in load.expand([str(item)]):
            if isinstance(entry, Problem):
                flush()
                tasks.append(Task(len(tasks), docs=(entry,), max_bytes=max_bytes))
            elif entry == "-":
                raise ValueError("Dask workers cannot read stdin: give files or folders they can reach")
            elif isinstance(entry, Path) and entry.suffix.lower() == ".jsonl":
                flush()
                for offset, first, n in _jsonl_ranges(entry, partition):
                    tasks.append(
                        Task(
                            len(tasks),
                            jsonl=str(entry.resolve()),
                            offset=offset,
                            first_line=first,
                            lines=n,
                            max_bytes=max_bytes,
                        )
                    )
            else:
                if docs:
                    flush()
                files.append(str(Path(entry).resolve()))
                if len(files) >= partition:
                    flush()
    flush()
    return tasks


def _documents(task: Task) -> Iterator[Document | Problem]:
    """The articles of a task, read exactly as :mod:`quotes.load` reads them on the local path."""
    yield from task.docs
    for f in task.files:
        yield from load.read_file(Path(f), max_bytes=task.max_bytes)
    if task.jsonl is not None:
        path = Path(task.jsonl)
        with path.open("rb") as fh:
            fh.seek(task.offset)
            lines = (fh.readline() for _ in range(task.lines))
            # blank lines in front keep read_jsonl's line numbers (used in doc ids and messages) global
            yield from load.read_jsonl(
                chain(repeat(b"\n", task.first_line - 1), lines), task.jsonl, max_bytes=task.max_bytes
            )


# ---------------------------------------------------------------------------------------------- workers
_PARSERS: dict[Any, Any] = {}
_LOCK = threading.Lock()


def _parser(models: Any, cache: str | None) -> Any:
    """One parser per worker process and (models, cache), loaded on first use."""
    from quotes.parallel import make_parser

    key = (repr(models), cache)
    with _LOCK:
        if key not in _PARSERS:
            _PARSERS[key] = make_parser(models, cache)
        return _PARSERS[key]


def run_task(
    task: Task, *, tmp_dir: str, models: Any, selective: bool, cache: str | None, min_confidence: float = 0.0,
    names: Mapping[str, Alias] | None = None,
) -> PartResult:
    """Extract one task's articles and write its part file (the per-article work is the local path's, the
    user's alias file applied as there)."""
    from quotes.aliases import apply
    from quotes.parallel import extract_batched
    from quotes.stream import TableWriter

    parser = _parser(models, cache)
    aliases = dict(names or {})  # (once, not per article)
    n_docs = n_rows = n_attr = 0
    problems: list[str] = []
    target = Path(tmp_dir) / f"part-{task.index:05d}.parquet"
    with _LOCK, TableWriter(target) as out:  # stanza pipelines are not thread-safe: one task at a time
        for item, rows in extract_batched(_documents(task), parser, selective=selective):
            if isinstance(item, Problem):
                problems.append(str(item))
                continue
            n_docs += 1
            if aliases:
                rows = apply(rows, aliases)
            rows = [r for r in rows if (r["confidence"] or 0.0) >= min_confidence]
            out.write(rows)
            n_rows += len(rows)
            n_attr += sum(1 for r in rows if r.get("speaker") is not None)
    return PartResult(task.index, n_docs, n_rows, n_attr, tuple(problems))


# ---------------------------------------------------------------------------------------------- driver
def _publish(tmp: Path, out_dir: Path) -> None:
    """Rename the finished dataset into place, replacing an earlier one only now."""
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        os.replace(out_dir, old)
    os.replace(tmp, out_dir)
    if old is not None:
        shutil.rmtree(old) if old.is_dir() else old.unlink()


def extract_dask(
    paths_or_docs: Iterable[str | os.PathLike[str] | Document | Problem],
    *,
    scheduler: Any,
    out_dir: str | os.PathLike[str],
    models: str | ModelSet | ParserFactory = "auto",
    selective: bool = True,
    cache: str | os.PathLike[str] | None = None,
    partition: int = PARTITION,
    max_bytes: int = load.MAX_BYTES,
    min_confidence: float = 0.0,
    names: Mapping[str, Alias] | None = None,
) -> DaskResult:
    """Run the extractor over a Dask bag on ``scheduler`` (an address like ``tcp://host:8786``, a
    ``distributed.Client``, or a dask scheduler name such as ``"sync"``) and write ``out_dir/part-*.parquet``.

    ``models`` is what each worker loads (a spec string is best: small to send; a factory works too);
    ``names`` is a loaded alias file (:func:`quotes.aliases.load`), sent to the workers with the tasks.
    """
    import dask.bag as db

    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tasks = plan(paths_or_docs, partition=partition, max_bytes=max_bytes)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".tmp", dir=out_dir.parent))
    try:
        bag = db.from_sequence(tasks, npartitions=max(1, len(tasks))).map(
            run_task,
            tmp_dir=str(tmp),
            models=models,
            selective=selective,
            cache=None if cache is None else str(cache),
            min_confidence=min_confidence,
            names=dict(names or {}),
        )
        parts: Sequence[PartResult] = _compute(bag, scheduler)
        result = DaskResult(out_dir, parts=len(parts))
        for p in sorted(parts, key=lambda p: p.index):
            result.docs += p.docs
            result.rows += p.rows
            result.attributed += p.attributed
            result.problems.extend(p.problems)
        _publish(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return result


#: dask's own schedulers, by name; any other string is a distributed scheduler's address
LOCAL_SCHEDULERS = frozenset({"sync", "synchronous", "single-threaded", "threads", "threading", "processes"})


def _compute(bag: Any, scheduler: Any) -> list[PartResult]:
    if isinstance(scheduler, str) and scheduler not in LOCAL_SCHEDULERS:
        from distributed import Client

        with Client(scheduler) as client:
            return list(bag.compute(scheduler=client))
    return list(bag.compute(scheduler=scheduler))


def part_files(out_dir: str | os.PathLike[str]) -> list[Path]:
    """The dataset's part files in input order."""
    return sorted(Path(out_dir).glob("part-*.parquet"))


def read_dataset(out_dir: str | os.PathLike[str]) -> Any:
    """All rows of a dataset written by :func:`extract_dask`, in input order, as one polars DataFrame."""
    import polars as pl

    from quotes import table

    files = part_files(out_dir)
    if not files:
        return table.empty()
    return pl.concat([pl.read_parquet(f) for f in files], how="vertical")
