"""Every kind of bad input becomes one clear Problem naming the file (and line); good input still loads."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quotes.load import Problem, iter_documents, read_stdin
from quotes.records import Document

BAD_FILES = [
    ("binary", "a.txt", b"\x00\x01\x02PNG", "binary"),
    ("invalid-utf8", "b.txt", b"caf\xe9 ok", "not valid UTF-8"),
    ("empty", "c.txt", b"  \n", "empty article"),
    ("jsonl-not-json", "d.jsonl", b'{"text": "fine"}\nnot json\n', "d.jsonl:2: not JSON"),
    ("jsonl-no-text", "e.jsonl", b'{"doc_id": "x"}\n', "e.jsonl:1: no 'text'"),
]


@pytest.mark.parametrize(("name", "data", "message"), [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_bad_file_is_reported_and_others_still_load(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("He said “hello”.", encoding="utf-8")
    items = list(iter_documents([str(tmp_path)]))
    problems = [i for i in items if isinstance(i, Problem)]
    docs = [i for i in items if isinstance(i, Document)]
    assert any(message in str(p) for p in problems), problems
    assert "good" in [d.doc_id for d in docs]


def test_missing_path_and_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    items = list(iter_documents([str(tmp_path / "nope.txt"), str(big)], max_bytes=1000))
    assert [str(i) for i in items] == [f"{tmp_path / 'nope.txt'}: no such file or folder",
                                       f"{big}: too large (0.0 MB > 0.0 MB; raise --max-bytes)"]


def test_jsonl_carries_metadata(tmp_path: Path) -> None:
    line = {"doc_id": "n1", "text": "Body.", "title": "T", "date": "2024-06-20", "url": "http://x", "source": "S"}
    (tmp_path / "a.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    (doc,) = list(iter_documents([str(tmp_path / "a.jsonl")]))
    assert isinstance(doc, Document)
    assert (doc.doc_id, doc.title, doc.date, doc.url, doc.source) == ("n1", "T", "2024-06-20", "http://x", "S")


def test_text_is_kept_exactly(tmp_path: Path) -> None:
    raw = "\ufeffLine one\r\nLine “two”\r\n"
    (tmp_path / "crlf.txt").write_bytes(raw.encode("utf-8"))
    (doc,) = list(iter_documents([str(tmp_path)]))
    assert isinstance(doc, Document) and doc.text == raw


@pytest.mark.parametrize(
    ("data", "ids"),
    [(b'{"doc_id": "a", "text": "x"}\n{"doc_id": "b", "text": "y"}\n', ["a", "b"]), (b"plain text article", ["stdin"])],
    ids=["jsonl", "plain"],
)
def test_stdin(data: bytes, ids: list[str]) -> None:
    assert [d.doc_id for d in read_stdin(io.BytesIO(data)) if isinstance(d, Document)] == ids
