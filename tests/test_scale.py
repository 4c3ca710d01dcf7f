"""The Dask path: input cut into tasks in order, each task read exactly like the local path, and the dataset
holding the same rows as a local run (a fake parser here; the bundled models on corpus/ under ``models``)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from test_parallel import FakeParser, documents, fake_parser

from quotes import aliases, load, pipeline, scale, table
from quotes.load import Problem

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]


def local_rows(items: list, parser: object) -> pl.DataFrame:
    out = []
    for _, rows in pipeline.extract(items, parser):  # type: ignore[arg-type]
        out.extend(rows)
    return table.frame(out)


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    lines = [json.dumps({"doc_id": d.doc_id, "text": d.text, "title": d.title}) for d in documents(9)]
    lines.insert(3, "")  # blank line
    lines.insert(5, "{not json")
    lines.insert(8, json.dumps({"text": 'No id here. "Fine," she said.'}))  # fallback id news:9
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_ranges_read_exactly_like_the_local_reader(jsonl: Path) -> None:
    tasks = scale.plan([jsonl], partition=4)
    assert [(t.first_line, t.lines) for t in tasks] == [(1, 4), (5, 4), (9, 4)]
    got = [item for t in tasks for item in scale._documents(t)]
    want = list(load.read_file(jsonl))
    assert [getattr(i, "doc_id", None) for i in got] == [getattr(i, "doc_id", None) for i in want]
    assert "news:9" in [getattr(i, "doc_id", None) for i in got]
    assert [i.text for i in got if not isinstance(i, Problem)] == [i.text for i in want if not isinstance(i, Problem)]
    assert [i.why for i in got if isinstance(i, Problem)] == [i.why for i in want if isinstance(i, Problem)]


def test_plan_keeps_input_order_across_kinds(tmp_path: Path, jsonl: Path) -> None:
    folder = tmp_path / "txt"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(f'"Hello {i}," Jane said.', encoding="utf-8")
    docs = documents(3)
    tasks = scale.plan([*docs, folder, tmp_path / "missing", jsonl], partition=2)
    kinds = [("docs" if t.docs else "files" if t.files else "jsonl") for t in tasks]
    assert kinds == [
        "docs",
        "docs",
        "files",
        "files",
        "files",
        "docs",
        "jsonl",
        "jsonl",
        "jsonl",
        "jsonl",
        "jsonl",
        "jsonl",
    ]
    assert [t.index for t in tasks] == list(range(len(tasks)))
    assert isinstance(tasks[5].docs[0], Problem)
    with pytest.raises(ValueError, match="stdin"):
        scale.plan(["-"])


def test_dask_local_cluster_gives_the_local_rows(tmp_path: Path, jsonl: Path) -> None:
    docs = documents(23)
    want = pl.concat([local_rows(docs, FakeParser()), local_rows(list(load.read_file(jsonl)), FakeParser())])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as lc:
        res = scale.extract_dask(  # by address, as `quotes extract --dask ADDRESS` does
            [*docs, jsonl],
            scheduler=lc.scheduler_address,
            out_dir=tmp_path / "ds.parquet",
            models=fake_parser,
            partition=5,
        )
    got = scale.read_dataset(res.out_dir)
    assert got.equals(want)
    assert (res.docs, res.rows) == (23 + 10, want.height)
    assert res.attributed == want.filter(pl.col("speaker").is_not_null()).height
    assert len(res.problems) == 1 and "not JSON" in res.problems[0]
    assert [p.name for p in scale.part_files(res.out_dir)][:2] == ["part-00000.parquet", "part-00001.parquet"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp folders left


def test_a_rerun_replaces_the_dataset_atomically(tmp_path: Path) -> None:
    out = tmp_path / "ds.parquet"
    scale.extract_dask(documents(12), scheduler="sync", out_dir=out, models=fake_parser, partition=3)
    assert len(scale.part_files(out)) == 4
    res = scale.extract_dask(
        documents(4), scheduler="sync", out_dir=out, models=fake_parser, partition=3, min_confidence=2.0
    )
    assert len(scale.part_files(out)) == 2  # old parts are gone
    assert scale.read_dataset(out).height == 0 == res.rows
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds.parquet"]


def test_the_alias_file_is_applied_on_the_workers(tmp_path: Path) -> None:
    """``extract --aliases F --dask …``: the rows of the dataset carry the user's names, as a local run's do."""
    names = {aliases.key("Jane Holt"): aliases.Alias("Janet M. Holt", "person")}
    docs = documents(8)
    want = table.frame(aliases.apply(local_rows(docs, FakeParser()).to_dicts(), names))
    assert "Janet M. Holt" in want["speaker"].to_list()
    out = tmp_path / "ds.parquet"
    scale.extract_dask(docs, scheduler="sync", out_dir=out, models=fake_parser, partition=3, names=names)
    assert scale.read_dataset(out).equals(want)


def test_a_failing_run_leaves_the_old_dataset(tmp_path: Path) -> None:
    out = tmp_path / "ds.parquet"
    scale.extract_dask(documents(3), scheduler="sync", out_dir=out, models=fake_parser)
    before = scale.read_dataset(out)

    def boom() -> FakeParser:
        raise RuntimeError("no models on this worker")

    with pytest.raises(RuntimeError, match="no models"):
        scale.extract_dask(documents(3), scheduler="sync", out_dir=out, models=boom)
    assert scale.read_dataset(out).equals(before)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds.parquet"]


@pytest.mark.models
def test_dask_and_local_paths_give_the_same_rows_on_the_seed_corpus(
    tmp_path: Path, bundled_parser: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``quotes extract --dask ADDRESS`` on a LocalCluster writes the rows of the local path."""
    from typer.testing import CliRunner

    from quotes.cli import app

    # the in-process worker finds the session's parser already loaded, as a long-lived worker would
    monkeypatch.setitem(scale._PARSERS, (repr("bundled"), None), bundled_parser)

    corpus = ROOT / "corpus"
    want = local_rows(list(load.iter_documents([str(corpus)])), bundled_parser)
    assert want.height > 0
    out = tmp_path / "ds.parquet"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as lc:
        res = CliRunner().invoke(
            app,
            ["extract", str(corpus), "--models", "bundled", "--dask", lc.scheduler_address, "--out", str(out),
             "--also", str(tmp_path / "q.csv")],
        )  # fmt: skip
    assert res.exit_code == 0, res.output
    assert scale.read_dataset(out).equals(want)
    assert table.read(tmp_path / "q.csv").equals(want)
    assert f"{want.height} quotes" in " ".join(res.output.split())


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--db", "x.db"], "--db cannot be combined with --dask"),
        (["--workers", "2"], "--workers does not apply"),
        (["--out", "x.csv"], "must end in .parquet"),
    ],
)
def test_cli_dask_usage_errors(tmp_path: Path, extra: list[str], message: str) -> None:
    from typer.testing import CliRunner

    from quotes.cli import app

    args = ["extract", str(ROOT / "corpus"), "--dask", "tcp://127.0.0.1:1", "--out", str(tmp_path / "q.parquet")]
    res = CliRunner().invoke(app, [*args, *[str(tmp_path / e) if e.startswith("x.") else e for e in extra]])
    assert res.exit_code == 2, res.output
    assert message in " ".join(res.output.split())
