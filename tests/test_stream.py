"""Incremental table writers: same tables as the in-memory writer, row groups on disk, atomic, bounded buffer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq
import pytest

from quotes import stream, table


def rows(n: int, doc: str = "a") -> list[dict[str, Any]]:
    return [
        {
            "doc_id": doc,
            "quote_id": table.quote_id(doc, i, i + 5),
            "quote": f"quote “{i}”, with, commas\nand a newline",
            "start": i,
            "end": i + 5,
            "quote_type": "direct",
            "speaker": None if i % 3 else f"Jane Holt {i}",
            "confidence": round(i / (n or 1), 3),
            "paragraph": i // 4,
            "title": "Ünïcode title",
        }
        for i in range(n)
    ]


@pytest.mark.parametrize("suffix", table.FORMATS)
def test_incremental_table_is_byte_for_byte_the_in_memory_table(tmp_path: Path, suffix: str) -> None:
    data = rows(57)
    whole = table.write_atomic(table.frame(data), tmp_path / f"whole{suffix}")
    with stream.TableWriter(tmp_path / f"inc{suffix}", row_group=10) as w:
        for i in range(0, len(data), 7):  # written in pieces that straddle the row groups
            w.write(data[i : i + 7])
    inc = tmp_path / f"inc{suffix}"
    assert table.read(inc).equals(table.read(whole))
    if suffix != ".parquet":  # parquet differs in row-group layout only
        assert inc.read_bytes() == whole.read_bytes()


def test_parquet_is_written_in_row_groups(tmp_path: Path) -> None:
    out = tmp_path / "q.parquet"
    w = stream.TableWriter(out, row_group=10)
    for r in rows(35):
        w.write([r])
        assert len(w._buf) < 10  # never more than one row group in memory
    w.close()
    meta = pq.ParquetFile(out).metadata
    assert meta.num_rows == 35
    assert meta.num_row_groups == 4
    assert pl.read_parquet(out).schema == table.empty().schema


@pytest.mark.parametrize("suffix", table.FORMATS)
def test_empty_output_is_a_valid_empty_table(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"e{suffix}"
    with stream.TableWriter(out):
        pass
    df = table.read(out)
    assert df.height == 0
    assert df.schema == table.empty().schema


def test_a_failure_leaves_the_previous_file_and_no_temp_files(tmp_path: Path) -> None:
    out = tmp_path / "q.parquet"
    table.write_atomic(table.frame(rows(3, "old")), out)
    with pytest.raises(RuntimeError), stream.TableWriter(out, row_group=5) as w:
        w.write(rows(12))  # two row groups already on disk in the temp file
        raise RuntimeError("disk full")
    assert table.read(out)["doc_id"].to_list() == ["old"] * 3
    assert [p.name for p in tmp_path.iterdir()] == ["q.parquet"]


def test_nothing_appears_before_close(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "q.csv"
    w = stream.TableWriter(out, row_group=2)
    w.write(rows(5))
    assert not out.exists()
    w.close()
    assert table.read(out).height == 5
    with pytest.raises(ValueError, match="closed"):
        w.write(rows(1))


def test_tables_fan_out_and_count(tmp_path: Path) -> None:
    paths = [tmp_path / "a.parquet", tmp_path / "b.csv", tmp_path / "c.jsonl"]
    with stream.Tables(paths, row_group=4) as t:
        t.write(rows(6, "x"))
        t.write([])
        t.write(rows(3, "y"))
    assert (t.rows, t.attributed) == (9, 3)
    frames = [table.read(p) for p in paths]
    assert all(f.equals(frames[0]) for f in frames)
    assert frames[0]["doc_id"].to_list() == ["x"] * 6 + ["y"] * 3


def test_tables_abort_removes_every_temp_file(tmp_path: Path) -> None:
    paths = [tmp_path / "a.parquet", tmp_path / "b.jsonl"]
    with pytest.raises(KeyboardInterrupt), stream.Tables(paths, row_group=2) as t:
        t.write(rows(5))
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_bad_suffix_is_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown output format"):
        stream.Tables([tmp_path / "a.parquet", tmp_path / "b.xlsx"])
    assert list(tmp_path.iterdir()) == []


def _default_mode() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@pytest.mark.parametrize("writer", ["table.write_atomic", "stream.TableWriter", "evaluate.write_text_atomic"])
def test_written_files_get_the_usual_mode_not_the_temp_files(tmp_path: Path, writer: str) -> None:
    """mkstemp makes 0600 files; the published file must be readable like any file a plain open() makes."""
    from quotes import evaluate

    out = tmp_path / "quotes.csv"
    if writer == "table.write_atomic":
        table.write_atomic(table.frame([]), out)
    elif writer == "stream.TableWriter":
        w = stream.TableWriter(out)
        w.close()
    else:
        evaluate.write_text_atomic("x\n", out)
    assert out.stat().st_mode & 0o777 == _default_mode()
