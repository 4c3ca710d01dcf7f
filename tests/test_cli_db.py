"""The database commands end to end through the CLI (typer's CliRunner), on hand-made tables: ingest, search,
speakers, show, export, and ``extract --db`` with a stand-in pipeline (no stanza models)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner, Result

from quotes import cli, db, load, segment, table
from quotes.records import Document

VP, KIM = "Peter Vance", "Maria Lind"
A1 = Document(
    "a1",
    "Leaders sign treaty\n\n"
    'Peter Vance said the deal was "a landmark agreement" for both nations.\n\n'
    '"We will not be intimidated [by anyone]," Mr Vance told reporters.\n\n'
    'Maria Lind called the pact "the firmest treaty yet" between the two countries.\n\n'
    'Crowds chanted "long live the friendship" in the square.',
    title="Leaders sign treaty",
    date="2024-06-19",
    url="https://example.com/a1",
)
A2 = Document("a2", 'Hanoi\n\n"This treaty is a shield," Vance said on Erdoğan day.', date="2024-06-21")


def _closest(text: str, needle: str | None, near: int) -> int | None:
    found = [i for i in range(len(text)) if needle and text.startswith(needle, i)]
    return min(found, key=lambda i: abs(i - near)) if found else None


def make_row(
    doc: Document, quote: str, speaker: str | None = None, mention: str | None = None, **kw: Any
) -> dict[str, Any]:
    """A table row for ``quote`` in ``doc``, with the mention and cue nearest to it."""
    start = doc.text.index(quote)
    end = start + len(quote)
    cue = kw.get("cue")
    ms, cs = _closest(doc.text, mention, start), _closest(doc.text, cue, start)
    par = next(i for i, (s, e) in enumerate(segment.paragraphs(doc.text)) if s <= start < e)
    return {
        "doc_id": doc.doc_id,
        "quote_id": table.quote_id(doc.doc_id, start, end),
        "quote": quote,
        "start": start,
        "end": end,
        "quote_type": "direct",
        "speaker": speaker,
        "speaker_kind": "person" if speaker else None,
        "speaker_mention": mention,
        "mention_start": ms,
        "mention_end": ms + len(mention) if mention and ms is not None else None,
        "cue": cue,
        "cue_start": cs,
        "cue_end": cs + len(cue) if cue and cs is not None else None,
        "method": "test",
        "confidence": kw.get("confidence", 0.9),
        "block_kind": "body",
        "paragraph": par,
        "date": doc.date,
        "title": doc.title,
        "url": doc.url,
    }


def rows() -> dict[str, list[dict[str, Any]]]:
    return {
        "a1": [
            make_row(A1, "a landmark agreement", VP, "Peter Vance", cue="said"),
            make_row(A1, "We will not be intimidated [by anyone],", VP, "Mr Vance", cue="told"),
            make_row(A1, "the firmest treaty yet", KIM, "Maria Lind", confidence=0.6),
            make_row(A1, "long live the friendship"),
        ],
        "a2": [make_row(A2, "This treaty is a shield,", VP, "Vance", cue="said", confidence=0.8)],
    }


runner = CliRunner()


def invoke(*args: str | Path) -> Result:
    return runner.invoke(cli.app, [str(a) for a in args])


def flat(s: str) -> str:
    """Output with rich's line wrapping undone."""
    return " ".join(s.split())


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A quote table, the articles it came from, and a database loaded from both; built once, read-only to tests
    (they write under their own tmp_path)."""
    tmp_path = tmp_path_factory.mktemp("shared")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for d in (A1, A2):
        (corpus / f"{d.doc_id}.txt").write_text(d.text, encoding="utf-8")
    parquet = table.write_atomic(table.frame(r for rs in rows().values() for r in rs), tmp_path / "q.parquet")
    dbp = tmp_path / "q.db"
    res = invoke("ingest", parquet, "--db", dbp, "--corpus", corpus)
    assert res.exit_code == 0, res.output
    return {"corpus": corpus, "parquet": parquet, "db": dbp}


def place(args: list[str], files: dict[str, Path], tmp_path: Path) -> list[str]:
    """File names in parametrized args as paths: q.parquet and q.db are the shared ones, others under tmp_path."""
    shared = {"q.parquet": files["parquet"], "q.db": files["db"]}
    return [str(shared.get(a, tmp_path / a)) if a.endswith((".parquet", ".db")) else a for a in args]


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        pytest.param("ingest", "--corpus", id="ingest"),
        pytest.param("search", "--speaker", id="search"),
        pytest.param("speakers", "--min-quotes", id="speakers"),
        pytest.param("show", "QUOTE_ID", id="show"),
        pytest.param("export", "--fact-check", id="export"),
        pytest.param("extract", "--db", id="extract"),
    ],
)
def test_help(command: str, expected: str) -> None:
    res = invoke(command, "--help")
    assert res.exit_code == 0
    assert expected in res.output


# ---------------------------------------------------------------------------------------------------- ingest


def test_ingest_twice_is_a_no_op(files: dict[str, Path]) -> None:
    conn = db.connect(files["db"], create=False)
    before = db.stats(conn)
    res = invoke("ingest", files["parquet"], "--db", files["db"], "--corpus", files["corpus"])
    assert res.exit_code == 0
    assert "0 added, 0 updated, 2 unchanged, 0 rejected" in flat(res.stderr)
    assert db.stats(conn) == before == {"documents": 2, "quotes": 5, "speakers": 2}
    assert conn.execute("SELECT count(*) FROM documents WHERE text IS NULL").fetchone()[0] == 0


def test_ingest_without_corpus_stores_rows_only(tmp_path: Path, files: dict[str, Path]) -> None:
    res = invoke("ingest", files["parquet"], "--db", tmp_path / "rows.db")
    assert res.exit_code == 0
    assert "2 added" in res.stderr
    show = invoke("show", rows()["a1"][0]["quote_id"], "--db", tmp_path / "rows.db")
    assert show.exit_code == 0
    assert "article text not stored" in flat(show.stdout)
    export = invoke("export", "--fact-check", tmp_path / "c.jsonl", "--db", tmp_path / "rows.db")
    assert export.exit_code == 0
    assert "5 of them from articles whose text is not stored" in flat(export.stderr)


def test_ingest_a_partitioned_dataset_folder(files: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "ds.parquet"
    folder.mkdir()
    for i, rs in enumerate(rows().values()):
        table.write_atomic(table.frame(rs), folder / f"part-{i}.parquet")
    res = invoke("ingest", folder, "--db", tmp_path / "ds.db", "--corpus", files["corpus"])
    assert res.exit_code == 0, res.output
    assert "2 added" in res.stderr
    assert db.stats(db.connect(tmp_path / "ds.db")) == {"documents": 2, "quotes": 5, "speakers": 2}


def test_ingest_rejects_rows_that_do_not_fit_the_article(tmp_path: Path, files: dict[str, Path]) -> None:
    bad = rows()
    bad["a1"][0]["start"] += 1
    parquet = table.write_atomic(table.frame(r for rs in bad.values() for r in rs), tmp_path / "bad.parquet")
    res = invoke("ingest", parquet, "--db", tmp_path / "bad.db", "--corpus", files["corpus"])
    assert res.exit_code == cli.EXIT_SKIPPED
    assert "not stored a1: row 1" in flat(res.stderr)
    assert "1 added, 0 updated, 0 unchanged, 1 rejected" in flat(res.stderr)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(["nope.parquet"], 2, "no such table", id="no-table"),
        pytest.param(["q.parquet", "--db", "x.parquet"], 2, "--db wants a SQLite file", id="db-is-a-table"),
        pytest.param(["q.parquet", "--db", "notes.db"], 1, "not a SQLite database", id="db-not-sqlite"),
        pytest.param(["other.parquet"], 1, "is not a quote table", id="not-a-quote-table"),
    ],
)
def test_ingest_errors(files: dict[str, Path], tmp_path: Path, args: list[str], code: int, message: str) -> None:
    (tmp_path / "notes.db").write_text("hello" * 200)
    table.write_atomic(table.frame([]).select("doc_id").rename({"doc_id": "x"}), tmp_path / "other.parquet")
    res = invoke("ingest", *place(args, files, tmp_path))
    assert res.exit_code == code
    assert res.stderr.startswith("Error: ")
    assert message in flat(res.stderr)


# ---------------------------------------------------------------------------------------------------- search


def search_json(*args: str | Path) -> list[dict[str, Any]]:
    res = invoke("search", *args, "--format", "json")
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_search_speaker_table_lists_only_that_speaker(files: dict[str, Path]) -> None:
    res = invoke("search", "--speaker", "vance", "--db", files["db"])
    assert res.exit_code == 0, res.output
    out = flat(res.stdout)
    assert "3 quotes" in out
    for word in ("landmark", "intimidated", "[by", "shield", VP):
        assert word in out  # "[by anyone]" is article text, not rich markup
    assert "firmest" not in out and KIM not in out


@pytest.mark.parametrize("query", ["vance", "Peter Vance", "Mr Vance", "VANCE"])
def test_search_speaker_aliases_find_the_same_rows(files: dict[str, Path], query: str) -> None:
    found = search_json("--speaker", query, "--db", files["db"])
    assert [r["quote_id"] for r in found] == [r["quote_id"] for r in rows()["a1"][:2] + rows()["a2"]]


def test_search_text_finds_treaty_quotes_with_speakers(files: dict[str, Path]) -> None:
    found = search_json("--text", "treaty", "--db", files["db"])
    assert [(r["quote"], r["speaker"]) for r in found] == [
        ("the firmest treaty yet", KIM),
        ("This treaty is a shield,", VP),
    ]


@pytest.mark.parametrize(
    ("args", "quotes"),
    [
        pytest.param(["--since", "2024-06-20"], ["This treaty is a shield,"], id="since"),
        pytest.param(["--doc", "a2"], ["This treaty is a shield,"], id="doc"),
        pytest.param(["--min-confidence", "0.85", "--text", "treaty"], [], id="min-confidence"),
        pytest.param(
            ["--speaker", "maria-lind", "--text", "treaty"], ["the firmest treaty yet"], id="speaker-and-text"
        ),
        pytest.param(["--limit", "1"], ["a landmark agreement"], id="limit"),
    ],
)
def test_search_filters(files: dict[str, Path], args: list[str], quotes: list[str]) -> None:
    assert [r["quote"] for r in search_json(*args, "--db", files["db"])] == quotes


def test_search_csv_and_jsonl(files: dict[str, Path]) -> None:
    res = invoke("search", "--speaker", "vance", "--format", "csv", "--db", files["db"])
    assert res.exit_code == 0
    reader = csv.DictReader(io.StringIO(res.stdout))
    assert tuple(reader.fieldnames or ()) == table.COLUMNS
    assert [r["speaker"] for r in reader] == [VP] * 3
    res = invoke("search", "--text", "treaty", "--format", "jsonl", "--db", files["db"])
    assert [json.loads(line)["speaker"] for line in res.stdout.splitlines()] == [KIM, VP]


def test_search_a_parquet_table(files: dict[str, Path]) -> None:
    assert search_json("--speaker", "vance", "--table", files["parquet"]) == search_json(
        "--speaker", "vance", "--db", files["db"]
    )
    assert search_json("--text", "treaty", "--db", files["parquet"]) == search_json(
        "--text", "treaty", "--db", files["db"]
    )
    res = invoke("search", "--text", "shield", "--table", files["parquet"])
    assert res.exit_code == 0 and "shield" in res.stdout


def test_search_nothing_found(files: dict[str, Path]) -> None:
    res = invoke("search", "--speaker", "nobody", "--db", files["db"])
    assert res.exit_code == 0
    assert "no quotes match" in res.stderr
    assert search_json("--speaker", "nobody", "--db", files["db"]) == []


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(["--db", "missing.db"], 1, "no database at", id="missing-db"),
        pytest.param(["--since", "yesterday"], 2, "is not a date", id="bad-since"),
        pytest.param(["--table", "q.parquet", "--db", "q.db"], 2, "not both", id="db-and-table"),
        pytest.param(["--table", "missing.parquet"], 1, "no such table", id="missing-table"),
        pytest.param(["--min-confidence", "2"], 2, "", id="confidence-range"),
    ],
)
def test_search_errors(files: dict[str, Path], tmp_path: Path, args: list[str], code: int, message: str) -> None:
    args = place(args, files, tmp_path)
    if "--db" not in args and "--table" not in args:
        args += ["--db", str(files["db"])]
    res = invoke("search", *args)
    assert res.exit_code == code, res.output
    assert message in flat(res.stderr)
    if message:
        assert res.stderr.startswith("Error: ")


# ---------------------------------------------------------------------------------------------------- speakers, show


def test_speakers(files: dict[str, Path]) -> None:
    res = invoke("speakers", "--db", files["db"])
    assert res.exit_code == 0
    assert VP in res.stdout and "Mr Vance" in res.stdout
    res = invoke("speakers", "--db", files["db"], "--format", "json")
    data = json.loads(res.stdout)
    assert [(s["name"], s["n_quotes"], s["n_documents"]) for s in data] == [(VP, 3, 2), (KIM, 1, 1)]
    assert set(data[0]["aliases"]) == {"Peter Vance", "Mr Vance", "Vance"}
    res = invoke("speakers", "--db", files["db"], "--speaker", "Maria Lind", "--format", "csv")
    [lind] = csv.DictReader(io.StringIO(res.stdout))
    assert lind["aliases"] == '["Maria Lind"]'


def test_show(files: dict[str, Path]) -> None:
    row = rows()["a1"][1]
    res = invoke("show", row["quote_id"], "--db", files["db"])
    assert res.exit_code == 0, res.output
    out = flat(res.stdout)
    assert "Leaders sign treaty" in out and "2024-06-19" in out
    assert '"We will not be intimidated [by anyone]," Mr Vance told reporters.' in out
    assert "Peter Vance (person)" in out and "0.90" in out and "test" in out


def test_show_json_marks_point_at_the_words(files: dict[str, Path]) -> None:
    row = rows()["a1"][1]
    res = invoke("show", row["quote_id"][:8], "--json", "--db", files["db"])
    data = json.loads(res.stdout)
    marks = {m["what"]: data["context"][m["start"] : m["end"]] for m in data["marks"]}
    assert marks == {"quote": row["quote"], "cue": "told", "mention": "Mr Vance"}


def test_show_unknown_quote(files: dict[str, Path]) -> None:
    res = invoke("show", "0000000000000000", "--db", files["db"])
    assert res.exit_code == 1
    assert res.stderr.startswith("Error: no quote with id")


# ---------------------------------------------------------------------------------------------------- export


def test_export_fact_check(files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out" / "claims.jsonl"
    res = invoke("export", "--fact-check", out, "--db", files["db"])
    assert res.exit_code == 0, res.output
    assert "5 quotes written" in res.stderr
    schema = json.loads(db.SCHEMA_PATH.read_text())
    texts = {"a1": A1.text, "a2": A2.text}
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        jsonschema.validate(line, schema)
        assert texts[line["doc_id"]][line["start"] : line["end"]] == line["quote"]
    assert lines[0]["claim_review"]["itemReviewed"]["appearance"]["url"] == "https://example.com/a1"
    res = invoke("export", "--fact-check", "-", "--speaker", "vance", "--attributed-only", "--db", files["db"])
    assert [json.loads(x)["speaker"] for x in res.stdout.splitlines()] == [VP] * 3


def test_export_needs_a_target(files: dict[str, Path]) -> None:
    res = invoke("export", "--db", files["db"])
    assert res.exit_code == 2
    assert "--fact-check" in res.output


# ---------------------------------------------------------------------------------------------------- extract --db


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """quotes.pipeline.extract stand-in that returns the hand-made rows; no parser is loaded."""
    seen: list[str] = []
    canned = rows()

    def extract(items: Any, parser: Any, *, selective: bool = True) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
        for item in items:
            if isinstance(item, load.Problem):
                yield item, []
            else:
                seen.append(item.doc_id)
                yield item, [dict(r, title=None, url=None, date=None) for r in canned.get(item.doc_id, [])]

    module = types.ModuleType("quotes.pipeline")
    module.extract = extract  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "quotes.pipeline", module)
    monkeypatch.setattr(cli, "load_parser", lambda spec: object())
    yield seen


def test_extract_db(files: dict[str, Path], tmp_path: Path, fake_pipeline: list[str]) -> None:
    tmp = tmp_path
    dbp = tmp / "x" / "extract.db"
    args: list[str | Path] = [
        "extract",
        files["corpus"],
        "--out",
        tmp / "x.parquet",
        "--db",
        dbp,
        "--min-confidence",
        "0.7",
    ]
    res = invoke(*args)
    assert res.exit_code == 0, res.output
    assert fake_pipeline == ["a1", "a2"]
    conn = db.connect(dbp, create=False)
    assert db.stats(conn) == {"documents": 2, "quotes": 4, "speakers": 1}  # Lind's 0.6 quote was dropped
    assert table.read(tmp / "x.parquet").height == 4
    assert conn.execute("SELECT text FROM documents WHERE doc_id = 'a2'").fetchone()[0] == A2.text
    again = invoke(*args)
    assert "0 added, 0 updated, 2 unchanged" in flat(again.stderr)
    assert db.stats(conn)["quotes"] == 4


def test_extract_db_fails_before_parsing(
    files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dbp = tmp_path / "newer.db"
    db.connect(dbp).close()
    raw = sqlite3.connect(dbp)
    raw.execute("PRAGMA user_version = 99")
    raw.close()

    def no_parser(spec: str) -> None:
        raise AssertionError("the parser must not load when --db is unusable")

    monkeypatch.setattr(cli, "load_parser", no_parser)
    res = invoke("extract", files["corpus"], "--out", tmp_path / "y.parquet", "--db", dbp)
    assert res.exit_code == 1
    assert "newer than this quotes understands" in flat(res.stderr)


# ---------------------------------------------------------------------------------------------------- seed corpus

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
#: the seed articles' speakers, as the acceptance rows below name them (the real corpus files, not invented)
SEED_VP, SEED_KIM = "Vladimir Putin", "Kim Jong Un"


def seed_rows() -> list[dict[str, Any]]:
    """Rows the pipeline should give for some of the seed articles' quotes (speakers as a news editor reads them),
    with two traps: a quote about Putin said by someone else, and another speaker's quote next to his name."""
    docs = {d.doc_id[:3]: d for d in load.iter_documents([str(CORPUS)]) if isinstance(d, Document)}
    d0, d4 = docs["000"], docs["004"]
    return [
        make_row(
            d0, "Putin and Kim Jong Un couldn't stop waving to each other as Putin was leaving for Vietnam,",
            "Anton Herashchenko", "the former Ukrainian Deputy Minister of Internal Affairs", cue="commented",
        ),
        make_row(d4, "strongest ever treaty", SEED_KIM, "Kim", cue="declared"),
        make_row(d4, "really is a breakthrough document", SEED_VP, "Putin", cue="said"),
        make_row(
            d4, "among other things, for mutual assistance in case of aggression against one of the parties to this "
            "treaty", SEED_VP, "Putin", cue="adding",
        ),
        make_row(d4, "Our pilots flew tens of thousands of combat missions during the liberation war of 1950-53,",
                 SEED_VP, "Putin", cue="said"),
        make_row(d4, "the lonely bromance", "Dmytro Kuleba", "Ukraine's Foreign Minister Dmytro Kuleba", cue="urged"),
    ]  # fmt: skip


def test_seed_corpus_acceptance(tmp_path: Path) -> None:
    """The issue's acceptance, on the seed articles with hand-made rows: Putin's quotes and nobody else's, the
    treaty quotes with their speakers, idempotent ingest, and an export that matches the article text."""
    rows_ = seed_rows()
    parquet = table.write_atomic(table.frame(rows_), tmp_path / "quotes.parquet")
    dbp = tmp_path / "quotes.db"
    for expected in ("2 added", "2 unchanged"):
        res = invoke("ingest", parquet, "--db", dbp, "--corpus", CORPUS)
        assert res.exit_code == 0, res.output
        assert expected in res.stderr
        assert db.stats(db.connect(dbp)) == {"documents": 2, "quotes": 6, "speakers": 4}
    putin = search_json("--speaker", "putin", "--db", dbp)
    assert [r["quote"] for r in putin] == [r["quote"] for r in rows_ if r["speaker"] == SEED_VP]
    treaty = search_json("--text", "treaty", "--db", dbp)
    assert [(r["quote"][:21], r["speaker"]) for r in treaty] == [
        ("strongest ever treaty", SEED_KIM),
        ("among other things, f", SEED_VP),
    ]
    out = tmp_path / "claims.jsonl"
    assert invoke("export", "--fact-check", out, "--db", dbp).exit_code == 0
    texts = {d.doc_id: d.text for d in load.iter_documents([str(CORPUS)]) if isinstance(d, Document)}
    schema = json.loads(db.SCHEMA_PATH.read_text())
    for line in map(json.loads, out.read_text(encoding="utf-8").splitlines()):
        jsonschema.validate(line, schema)
        assert texts[line["doc_id"]][line["start"] : line["end"]] == line["quote"]
