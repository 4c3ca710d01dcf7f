"""Read articles from files, folders, JSONL and stdin; turn every bad input into a :class:`Problem`.

Offsets in the output table are into the text exactly as decoded here: UTF-8, no newline translation.
One bad file (or JSONL line) never stops the others; the caller reports each problem and goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from quotes.records import Document

MAX_BYTES = 10_000_000
SUFFIXES = (".txt", ".jsonl")
META = ("title", "date", "url", "source")


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that was skipped, and why (``where`` is the file, with ``:line`` for JSONL)."""

    where: str
    why: str

    def __str__(self) -> str:
        return f"{self.where}: {self.why}"


def _decode(data: bytes, where: str, max_bytes: int) -> str | Problem:
    if len(data) > max_bytes:
        return Problem(where, f"too large ({len(data) / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB; raise --max-bytes)")
    if b"\x00" in data[:8192]:
        return Problem(where, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Problem(where, f"not valid UTF-8 (byte {exc.start}: {exc.reason})")
    if not text.strip():
        return Problem(where, "empty article")
    return text


def _doc_from_json(line: str, where: str, fallback_id: str) -> Document | Problem:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Problem(where, f"not JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return Problem(where, "not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        return Problem(where, "no 'text' string")
    if not text.strip():
        return Problem(where, "empty article")
    doc_id = obj.get("doc_id", obj.get("id", fallback_id))
    meta = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in META}
    return Document(str(doc_id), text, origin=where, **meta)


def read_jsonl(stream: Iterable[bytes], name: str, *, max_bytes: int = MAX_BYTES) -> Iterator[Document | Problem]:
    """One article per line; each bad line is a Problem naming ``name:line``."""
    stem = Path(name).stem
    for n, raw in enumerate(stream, 1):
        where = f"{name}:{n}"
        if not raw.strip():
            continue
        if len(raw) > max_bytes:
            yield Problem(where, f"line too large ({len(raw) / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB)")
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Problem(where, f"not valid UTF-8 (byte {exc.start}: {exc.reason})")
            continue
        yield _doc_from_json(line, where, f"{stem}:{n}")


def read_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Document | Problem]:
    where = str(path)
    try:
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as fh:
                yield from read_jsonl(fh, where, max_bytes=max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield Problem(where, f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB; raise --max-bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Problem(where, f"cannot read ({exc.strerror or exc})")
        return
    text = _decode(data, where, max_bytes)
    yield text if isinstance(text, Problem) else Document(path.stem, text, origin=where)


def read_stdin(stream: BinaryIO | None = None, *, max_bytes: int = MAX_BYTES) -> Iterator[Document | Problem]:
    """stdin holds JSONL when every non-blank line is a JSON object, else one plain-text article."""
    data = (stream or sys.stdin.buffer).read()
    lines = [ln for ln in data.splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith(b"{") for ln in lines):
        yield from read_jsonl(data.splitlines(), "<stdin>", max_bytes=max_bytes)
        return
    text = _decode(data, "<stdin>", max_bytes)
    yield text if isinstance(text, Problem) else Document("stdin", text, origin="<stdin>")


def expand(paths: Iterable[str]) -> Iterator[Path | str | Problem]:
    """Files in the order given; folders as their .txt/.jsonl files in sorted order; '-' stays '-'."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not files:
                yield Problem(str(path), "folder holds no .txt or .jsonl files")
            yield from files
        elif path.is_file():
            yield path
        elif path.exists():
            yield Problem(str(path), "not a regular file")
        else:
            yield Problem(str(path), "no such file or folder")


def iter_documents(paths: Iterable[str], *, max_bytes: int = MAX_BYTES) -> Iterator[Document | Problem]:
    """Every article under ``paths``, and a Problem for everything that could not be read."""
    for item in expand(paths):
        if isinstance(item, Problem):
            yield item
        elif item == "-":
            yield from read_stdin(max_bytes=max_bytes)
        else:
            assert isinstance(item, Path)
            yield from read_file(item, max_bytes=max_bytes)
