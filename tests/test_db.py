"""The quote database: schema and migration, idempotent atomic ingest, alias-aware search, show and export.

Rows are built by hand against small articles (no stanza models), with offsets computed from the text so every
quote really is the article's text at its offsets.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quotes import db, segment, table
from quotes.records import Document

ROOT = Path(__file__).resolve().parents[1]

A1 = Document(
    "a1",
    "Leaders sign treaty in Portmere\n\n"
    'Peter Vance said the deal was "a landmark agreement" for both nations.\n\n'
    '"We will not be intimidated by anyone," Mr Vance told reporters after the signing.\n\n'
    'Maria Lind called the pact "the firmest treaty yet" between the two countries.\n\n'
    '"The friendship will grow," Lind said.\n\n'
    'Vance\'s spokesman Dana Berg said the visit was "a success".\n\n'
    'Crowds chanted "long live the friendship" in the square.\n\n'
    'Lind repeated that it was "the firmest treaty yet".',
    title="Leaders sign treaty",
    date="2024-06-19",
    url="https://example.com/a1",
    source="Example News",
    origin="a1.txt",
)
A2 = Document(
    "a2",
    "Vance heads to Hanoi\n\n"
    '"Our crews sailed thousands of rescue voyages," Vance said.\n\n'
    'He added that the deal "provides for shared patrols under this treaty".\n\n'
    'Jane Holt said the trip showed how Vance was "reliant" on authoritarian leaders.\n\n'
    'Doğanay said Turkey was "ready to mediate" between the parties.\n\n'
    'The Nordish president later said the talks were "very frank".',
    title="Vance heads to Hanoi",
    date="2024-06-21",
    url="https://example.com/a2",
    source="Example News",
    origin="a2.txt",
)
A3 = Document("a3", 'Markets react\n\nThe Admiralty said the sanctions were "illegal".', origin="a3.txt")


def _closest(text: str, needle: str, near: int) -> int:
    found = [i for i in range(len(text)) if text.startswith(needle, i)]
    assert found, needle
    return min(found, key=lambda i: abs(i - near))


def make_row(
    doc: Document,
    quote: str,
    *,
    speaker: str | None = None,
    mention: str | None = None,
    cue: str | None = None,
    kind: str = "person",
    occurrence: int = 0,
    confidence: float = 0.9,
    quote_type: str = "direct",
    duplicate_of: str | None = None,
) -> dict[str, Any]:
    """A table row for the ``occurrence``-th ``quote`` in ``doc``; mention and cue are the nearest occurrences."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(quote, start + 1)
    end = start + len(quote)
    par = next(i for i, (s, e) in enumerate(segment.paragraphs(doc.text)) if s <= start < e)
    ms = _closest(doc.text, mention, start) if mention else None
    cs = _closest(doc.text, cue, start) if cue else None
    return {
        "doc_id": doc.doc_id,
        "quote_id": table.quote_id(doc.doc_id, start, end),
        "quote": quote,
        "start": start,
        "end": end,
        "quote_type": quote_type,
        "speaker": speaker,
        "speaker_kind": kind if speaker else None,
        "speaker_mention": mention,
        "mention_start": ms,
        "mention_end": ms + len(mention) if mention and ms is not None else None,
        "cue": cue,
        "outlet": None,
        "method": "test" if speaker else "none",
        "confidence": confidence if speaker else 0.0,
        "block_kind": "body",
        "paragraph": par,
        "duplicate_of": duplicate_of,
        "cue_start": cs,
        "cue_end": cs + len(cue) if cue and cs is not None else None,
        "title": doc.title,
        "date": doc.date,
        "url": doc.url,
        "source": doc.source,
    }


VP, KIM = "Peter Vance", "Maria Lind"


def rows_a1() -> list[dict[str, Any]]:
    first = make_row(A1, "the firmest treaty yet", speaker=KIM, mention="Maria Lind", cue="called")
    return [
        make_row(A1, "a landmark agreement", speaker=VP, mention="Peter Vance", cue="said"),
        make_row(A1, "We will not be intimidated by anyone,", speaker=VP, mention="Mr Vance", cue="told"),
        first,
        make_row(A1, "The friendship will grow,", speaker=KIM, mention="Lind", cue="said"),
        make_row(A1, "a success", speaker="Dana Berg", mention="Vance's spokesman Dana Berg", cue="said"),
        make_row(A1, "long live the friendship"),
        make_row(
            A1, "the firmest treaty yet", speaker=KIM, mention="Lind", cue="repeated", occurrence=1,
            duplicate_of=first["quote_id"],
        ),
    ]  # fmt: skip


def rows_a2() -> list[dict[str, Any]]:
    return [
        make_row(A2, "Our crews sailed thousands of rescue voyages,", speaker=VP, mention="Vance", cue="said"),
        make_row(
            A2, "provides for shared patrols under this treaty", speaker=VP, mention="He", cue="added",
            quote_type="partial", confidence=0.7,
        ),
        make_row(A2, "reliant", speaker="Jane Holt", mention="Jane Holt", cue="said"),
        make_row(A2, "ready to mediate", speaker="Zeynep Aylin Doğanay", mention="Doğanay", cue="said"),
        make_row(A2, "very frank", speaker=VP, mention="The Nordish president", cue="said", confidence=0.5),
    ]  # fmt: skip


def rows_a3() -> list[dict[str, Any]]:
    return [make_row(A3, "illegal", speaker="Admiralty", kind="organization", mention="The Admiralty", cue="said")]


def corpus() -> list[tuple[Document, list[dict[str, Any]]]]:
    return [(A1, rows_a1()), (A2, rows_a2()), (A3, rows_a3())]


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    """The three articles in an in-memory database (files, fsync and crashes have their own tests)."""
    c = db.connect(":memory:")
    list(db.ingest(c, corpus()))
    yield c
    c.close()


def count(c: sqlite3.Connection, sql: str, *args: Any) -> int:
    return int(c.execute(sql, args).fetchone()[0])


# ---------------------------------------------------------------------------------------------------- schema


def test_fresh_database_has_the_schema_datasette_understands(tmp_path: Path) -> None:
    c = db.connect(tmp_path / "new" / "q.db")
    assert db.version(c) == db.SCHEMA_VERSION
    assert c.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
    cols = [r["name"] for r in c.execute("PRAGMA table_info(quotes)")]
    assert cols == ["id", *table.COLUMNS]  # every column of the table
    doc_cols = {r["name"] for r in c.execute("PRAGMA table_info(documents)")}
    assert {"doc_id", "content_hash", "title", "date", "url", "source", "ingested_at", "text"} <= doc_cols
    # Datasette's own FTS detection query (datasette/utils/__init__.py detect_fts_sql)
    fts = c.execute(
        "select name from sqlite_master where rootpage = 0 and sql like '%VIRTUAL TABLE%USING FTS%content=\"quotes\"%'"
    ).fetchall()
    assert [r[0] for r in fts] == ["quotes_fts"]
    fks = {(r["table"], r["from"]) for r in c.execute("PRAGMA foreign_key_list(quotes)")}
    assert fks == {("documents", "doc_id"), ("speakers", "speaker"), ("quotes", "duplicate_of")}


def test_newer_schema_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    db.connect(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(db.DatabaseError, match=r"newer than this quotes understands.*upgrade quotes"):
        db.connect(path)


def test_older_schema_migrates_and_keeps_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "q.db"
    c = db.connect(path)
    list(db.ingest(c, corpus()))
    c.close()
    step = "CREATE INDEX quotes_method ON quotes(method);"
    monkeypatch.setattr(db, "MIGRATIONS", (*db.MIGRATIONS, step))
    c = db.connect(path)
    assert db.version(c) == len(db.MIGRATIONS)
    assert count(c, "SELECT count(*) FROM sqlite_master WHERE name = 'quotes_method'") == 1
    assert db.stats(c) == {"documents": 3, "quotes": 13, "speakers": 6}


def test_failed_migration_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "q.db"
    db.connect(path).close()
    step = "CREATE TABLE extra (x);\nCREATE INDEX broken ON no_such_table(x);"
    monkeypatch.setattr(db, "MIGRATIONS", (*db.MIGRATIONS, step))
    with pytest.raises(db.DatabaseError, match=r"could not migrate .* the file is unchanged"):
        db.connect(path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0
    raw.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"not a database at all, just text" * 100, "not a SQLite database", id="text-file"),
        pytest.param(None, "not a quotes database", id="other-sqlite-db"),
    ],
)
def test_foreign_files_are_refused(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "x.db"
    if content is None:
        raw = sqlite3.connect(path)
        raw.execute("CREATE TABLE t (x)")
        raw.close()
    else:
        path.write_bytes(content)
    with pytest.raises(db.DatabaseError, match=message):
        db.connect(path)


def test_missing_database_is_not_created_for_reading(tmp_path: Path) -> None:
    with pytest.raises(db.DatabaseError, match=r"no database at .*quotes extract"):
        db.connect(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


# ---------------------------------------------------------------------------------------------------- ingest


def test_ingest_counts_and_reingest_is_a_no_op(tmp_path: Path) -> None:
    c = db.connect(tmp_path / "q.db")
    first = list(db.ingest(c, corpus()))
    assert [r.status for r in first] == ["added"] * 3
    before = db.stats(c)
    stamps = c.execute("SELECT doc_id, ingested_at FROM documents ORDER BY doc_id").fetchall()
    again = list(db.ingest(c, corpus()))
    assert [r.status for r in again] == ["unchanged"] * 3
    assert db.stats(c) == before == {"documents": 3, "quotes": 13, "speakers": 6}
    assert c.execute("SELECT doc_id, ingested_at FROM documents ORDER BY doc_id").fetchall() == stamps
    db.check(c)


def test_changed_article_replaces_its_rows(conn: sqlite3.Connection) -> None:
    text = A2.text.replace("very frank", "quite productive")
    a2 = Document("a2", text, A2.title, A2.date, A2.url, A2.source)
    rows = [make_row(a2, "quite productive", speaker=VP, mention="The Nordish president", cue="said")]
    [res] = db.ingest(conn, [(a2, rows)])
    assert res.status == "updated"
    assert count(conn, "SELECT count(*) FROM quotes WHERE doc_id = 'a2'") == 1
    assert conn.execute("SELECT content_hash FROM documents WHERE doc_id = 'a2'").fetchone()[0] == db.sha256(text)
    assert db.search(conn, text="frank") == []  # the FTS index followed the delete
    assert [r["quote"] for r in db.search(conn, text="productive")] == ["quite productive"]
    # Holt and Doğanay were only quoted in the old version of a2
    assert {s["name"] for s in db.speakers(conn)} == {VP, KIM, "Dana Berg", "Admiralty"}
    db.check(conn)


def test_same_article_new_extraction_replaces_rows(conn: sqlite3.Connection) -> None:
    rows = rows_a3()
    rows[0]["confidence"] = 0.42  # e.g. a retrained model
    [res] = db.ingest(conn, [(A3, rows)])
    assert res.status == "updated"
    assert conn.execute("SELECT confidence FROM quotes WHERE doc_id = 'a3'").fetchone()[0] == 0.42


def test_exception_mid_ingest_keeps_committed_articles(tmp_path: Path) -> None:
    c = db.connect(tmp_path / "q.db")

    def items() -> Iterator[tuple[Document, list[dict[str, Any]]]]:
        yield A1, rows_a1()
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        list(db.ingest(c, items()))
    assert [r[0] for r in c.execute("SELECT doc_id FROM documents")] == ["a1"]
    assert count(c, "SELECT count(*) FROM quotes") == len(rows_a1())
    db.check(c)


def test_failure_inside_a_document_rolls_it_back(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    """The update of a2 fails after its old rows were deleted and new ones inserted: a2 stays as it was."""
    before = db.search(conn, doc_id="a2")
    before_speakers = db.speakers(conn)

    def boom(*_: Any) -> None:
        raise RuntimeError("killed")

    monkeypatch.setattr(db, "_refresh_speakers", boom)
    text = A2.text + "\n\nMore text."
    with pytest.raises(RuntimeError, match="killed"):
        list(db.ingest(conn, [(Document("a2", text), rows_a2())]))
    assert db.search(conn, doc_id="a2") == before
    assert db.speakers(conn) == before_speakers
    assert conn.execute("SELECT text FROM documents WHERE doc_id = 'a2'").fetchone()[0] == A2.text
    assert not conn.in_transaction
    db.check(conn)


def test_killed_process_loses_nothing_committed(tmp_path: Path) -> None:
    """A real crash: the process dies (os._exit, like kill -9) in the middle of the second article's transaction."""
    path = tmp_path / "q.db"
    data = tmp_path / "items.json"
    data.write_text(json.dumps([[d.doc_id, d.text, rows] for d, rows in corpus()]))
    script = textwrap.dedent(
        f"""
        import json, os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from quotes import db
        from quotes.records import Document
        items = [(Document(i, t), rows) for i, t, rows in json.load(open({str(data)!r}))]
        real, calls = db._refresh_speakers, []
        def dying(conn, names):
            calls.append(1)
            real(conn, names)
            if len(calls) == 2:
                os._exit(9)  # rows of a2 are written, the transaction is not committed
        db._refresh_speakers = dying
        for res in db.ingest(db.connect({str(path)!r}), items):
            print(res.doc_id, res.status, flush=True)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    assert proc.stdout.split() == ["a1", "added"]
    c = db.connect(path)
    assert [r[0] for r in c.execute("SELECT doc_id FROM documents")] == ["a1"]
    assert count(c, "SELECT count(*) FROM quotes") == len(rows_a1())
    assert count(c, "SELECT count(*) FROM quotes WHERE doc_id = 'a2'") == 0
    db.check(c)
    # and the next run picks up where it stopped
    assert [r.status for r in db.ingest(c, corpus())] == ["unchanged", "added", "added"]


def _bad(field: str, value: Any, index: int = 0) -> list[dict[str, Any]]:
    rows = rows_a1()
    rows[index][field] = value
    return rows


@pytest.mark.parametrize(
    ("rows", "why"),
    [
        pytest.param(_bad("quote", "a landmark agreements"), "not the article's text", id="quote-not-at-offsets"),
        pytest.param(_bad("start", 5), "not the article's text", id="shifted-offsets"),
        pytest.param(_bad("end", 10_000), "not the article's text", id="end-past-text"),
        pytest.param(_bad("start", -1), "bad offsets", id="negative-start"),
        pytest.param(_bad("mention_end", 10_000), "outside the article", id="mention-outside"),
        pytest.param(_bad("doc_id", "zz"), "belongs to doc_id 'zz'", id="wrong-doc"),
        pytest.param(_bad("quote_id", rows_a1()[1]["quote_id"]), "appears twice", id="duplicate-quote-id"),
        pytest.param(_bad("duplicate_of", "0000"), "not a quote of this article", id="dangling-duplicate-of"),
        pytest.param(_bad("quote_id", None), "lacks quote_id", id="no-quote-id"),
    ],
)
def test_inconsistent_rows_are_rejected_whole(tmp_path: Path, rows: list[dict[str, Any]], why: str) -> None:
    c = db.connect(tmp_path / "q.db")
    results = list(db.ingest(c, [(A1, rows), (A3, rows_a3())]))
    assert results[0].status == "rejected" and why in results[0].why
    assert results[1].status == "added"
    assert count(c, "SELECT count(*) FROM quotes WHERE doc_id = 'a1'") == 0
    assert count(c, "SELECT count(*) FROM documents WHERE doc_id = 'a1'") == 0


def test_quote_id_taken_by_another_article_is_rejected(conn: sqlite3.Connection) -> None:
    rows = rows_a3()
    rows[0]["quote_id"] = rows_a1()[0]["quote_id"]
    [res] = db.ingest(conn, [(Document("a3", A3.text + " "), rows)])
    assert res.status == "rejected" and "constraint" in res.why
    assert db.search(conn, doc_id="a3")[0]["quote_id"] == rows_a3()[0]["quote_id"]  # a3 as before
    db.check(conn)


def test_same_doc_id_twice_in_one_run_keeps_the_first(tmp_path: Path) -> None:
    c = db.connect(tmp_path / "q.db")
    other = Document("a3", "Something else entirely.", origin="b.txt")
    results = list(db.ingest(c, [(A3, rows_a3()), (other, [])]))
    assert [r.status for r in results] == ["added", "rejected"]
    assert "a3.txt" in results[1].why
    assert c.execute("SELECT text FROM documents").fetchone()[0] == A3.text


def test_article_without_quotes_is_stored(tmp_path: Path) -> None:
    c = db.connect(tmp_path / "q.db")
    [res] = db.ingest(c, [(Document("empty", "No quotes here."), [])])
    assert (res.status, res.n_quotes) == ("added", 0)
    assert db.stats(c) == {"documents": 1, "quotes": 0, "speakers": 0}


def test_table_without_text_then_with_text(tmp_path: Path) -> None:
    """``ingest TABLE`` without the articles stores rows only; the articles later add their text; a text-less
    re-ingest of rows that still fit keeps the stored text."""
    c = db.connect(tmp_path / "q.db")
    rows = [r for _, rs in corpus() for r in rs]
    assert {r.status for r in db.ingest_articles(c, db.table_articles(rows))} == {"added"}
    assert count(c, "SELECT count(*) FROM documents WHERE text IS NULL") == 3
    assert c.execute("SELECT title FROM documents WHERE doc_id = 'a1'").fetchone()[0] == A1.title
    docs = {d.doc_id: d for d, _ in corpus()}
    assert {r.status for r in db.ingest_articles(c, db.table_articles(rows, docs))} == {"updated"}
    assert count(c, "SELECT count(*) FROM documents WHERE text IS NULL") == 0
    assert {r.status for r in db.ingest_articles(c, db.table_articles(rows))} == {"unchanged"}
    assert count(c, "SELECT count(*) FROM documents WHERE text IS NULL") == 0


def test_open_table_searches_like_the_database(conn: sqlite3.Connection, tmp_path: Path) -> None:
    path = table.write_atomic(table.frame(r for _, rs in corpus() for r in rs), tmp_path / "q.parquet")
    mem = db.open_table(path)
    queries: list[dict[str, Any]] = [{"speaker": "vance"}, {"text": "treaty"}, {"since": "2024-06-20"}]
    for query in queries:
        assert db.search(mem, **query) == db.search(conn, **query)


# ---------------------------------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "folded", "person"),
    [
        pytest.param("Peter Vance", "peter vance", "peter vance", id="plain"),
        pytest.param("Mr Vance", "mr vance", "vance", id="honorific"),
        pytest.param("Mr. Vance's", "mr vance", "vance", id="dotted-possessive"),
        pytest.param("PRESIDENT Doğanay", "president doganay", "doganay", id="caps-diacritics"),
        pytest.param("Anne-Marie Lind", "anne marie lind", "anne marie lind", id="hyphen"),
        pytest.param("The Admiralty", "admiralty", "admiralty", id="article"),
        pytest.param("Prime Minister", "prime minister", "minister", id="only-titles"),
    ],
)
def test_name_keys(text: str, folded: str, person: str) -> None:
    assert (db.fold(text), db.person_key(text)) == (folded, person)


@pytest.mark.parametrize(
    ("mention", "speaker", "kind"),
    [
        pytest.param("Mr Vance", VP, "alias", id="title-surname"),
        pytest.param("Vance", VP, "alias", id="surname"),
        pytest.param("Nordish President Peter Vance", VP, "alias", id="role-and-name"),
        pytest.param("The Nordish president", VP, "role", id="role"),
        pytest.param("he", VP, "pronoun", id="pronoun"),
        pytest.param("Vance's spokesman Dana Berg", "Dana Berg", "alias", id="possessive-of-other"),
        pytest.param("Vance's spokesman", "Dana Berg", "role", id="role-naming-other"),
    ],
)
def test_classify_mention(mention: str, speaker: str, kind: str) -> None:
    assert db.classify_mention(mention, speaker) == kind


@pytest.mark.parametrize(
    ("query", "names"),
    [
        pytest.param("vance", [VP], id="surname-lower"),
        pytest.param("VANCE", [VP], id="surname-upper"),
        pytest.param("Peter Vance", [VP], id="full-name"),
        pytest.param("peter   vance", [VP], id="extra-space"),
        pytest.param("Mr Vance", [VP], id="mr"),
        pytest.param("President Vance", [VP], id="title"),
        pytest.param("lind", [KIM], id="alias-seen"),
        pytest.param("Maria-Lind", [KIM], id="hyphenated"),
        pytest.param("doganay", ["Zeynep Aylin Doğanay"], id="no-diacritics"),
        pytest.param("Doğanay", ["Zeynep Aylin Doğanay"], id="diacritics"),
        pytest.param("holt", ["Jane Holt"], id="other-surname"),
        pytest.param("the admiralty", ["Admiralty"], id="organization"),
        pytest.param("Nordish president", [], id="role-is-not-a-name"),
        pytest.param("he", [], id="pronoun"),
        pytest.param("berg's", ["Dana Berg"], id="possessive"),
        pytest.param("nobody", [], id="unknown"),
    ],
)
def test_match_speakers(conn: sqlite3.Connection, query: str, names: list[str]) -> None:
    assert db.match_speakers(conn, query) == names


def test_surname_rule_is_for_people_only(tmp_path: Path) -> None:
    c = db.connect(tmp_path / "q.db")
    doc = Document("o", 'The New York Times said it was "wrong".')
    list(db.ingest(c, [(doc, [make_row(doc, "wrong", speaker="New York Times", kind="organization")])]))
    assert db.match_speakers(c, "times") == []
    assert db.match_speakers(c, "the new york times") == ["New York Times"]


# ---------------------------------------------------------------------------------------------------- search


def _quotes(rows: list[dict[str, Any]]) -> list[str]:
    return [r["quote"] for r in rows]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param(
            {"speaker": "vance"},
            [
                "a landmark agreement",
                "We will not be intimidated by anyone,",
                "Our crews sailed thousands of rescue voyages,",
                "provides for shared patrols under this treaty",
                "very frank",
            ],
            id="speaker",
        ),
        pytest.param(
            {"text": "treaty"},
            [
                "the firmest treaty yet",
                "the firmest treaty yet",
                "provides for shared patrols under this treaty",
            ],
            id="text",
        ),
        pytest.param(
            {"speaker": "Mr Vance", "text": "treaty"},
            ["provides for shared patrols under this treaty"],
            id="what-did-x-say-about-y",
        ),
        pytest.param({"text": "shared-patrols"}, ["provides for shared patrols under this treaty"], id="hyphen"),
        pytest.param({"text": "friend*"}, ["The friendship will grow,", "long live the friendship"], id="prefix"),
        pytest.param({"text": '"firmest treaty"'}, ["the firmest treaty yet"] * 2, id="phrase"),
        pytest.param({"text": "mediate OR frank"}, ["ready to mediate", "very frank"], id="or"),
        pytest.param({"text": "doganay"}, [], id="no-hit"),
        pytest.param({"since": "2024-06-20"}, _quotes(rows_a2()), id="since-excludes-undated"),
        pytest.param({"since": "2024"}, _quotes(rows_a1() + rows_a2()), id="since-year"),
        pytest.param({"doc_id": "a3"}, ["illegal"], id="doc"),
        pytest.param(
            {"speaker": "vance", "min_confidence": 0.8},
            ["a landmark agreement", "We will not be intimidated by anyone,", _quotes(rows_a2())[0]],
            id="min-confidence",
        ),
        pytest.param({"speaker": "vance", "limit": 1}, ["a landmark agreement"], id="limit"),
        pytest.param({"speaker": "nobody", "text": "treaty"}, [], id="unknown-speaker"),
    ],
)
def test_search(conn: sqlite3.Connection, query: dict[str, Any], expected: list[str]) -> None:
    assert _quotes(db.search(conn, **query)) == expected


def test_search_rows_are_table_rows(conn: sqlite3.Connection) -> None:
    rows = db.search(conn, speaker="vance")
    assert all(list(r) == list(table.COLUMNS) for r in rows)
    assert {r["speaker"] for r in rows} == {VP}
    assert table.frame(rows).height == 5


@pytest.mark.parametrize(
    "query",
    [
        pytest.param({"since": "June 2024"}, id="since-not-iso"),
        pytest.param({"since": "2024-6-1"}, id="since-short"),
        pytest.param({"text": "   "}, id="empty-text"),
    ],
)
def test_bad_queries_say_why(conn: sqlite3.Connection, query: dict[str, Any]) -> None:
    with pytest.raises(db.QueryError):
        db.search(conn, **query)


def test_speakers(conn: sqlite3.Connection) -> None:
    by_name = {s["name"]: s for s in db.speakers(conn)}
    vp = by_name[VP]
    assert (vp["kind"], vp["n_quotes"], vp["n_documents"]) == ("person", 5, 2)
    assert set(vp["aliases"]) == {"Peter Vance", "Mr Vance", "Vance"}
    assert vp["roles"] == ["The Nordish president"]  # "He" is neither
    assert by_name[KIM]["aliases"] == ["Lind", "Maria Lind"]  # most frequent first
    assert by_name["Admiralty"]["kind"] == "organization"
    assert next(iter(by_name)) == VP  # most quoted first
    assert [s["name"] for s in db.speakers(conn, name="vance")] == [VP]
    assert [s["name"] for s in db.speakers(conn, min_quotes=3)] == [VP, KIM]
    assert len(db.speakers(conn, limit=2)) == 2


# ---------------------------------------------------------------------------------------------------- show


def test_show_highlights_quote_cue_and_mention(conn: sqlite3.Connection) -> None:
    row = rows_a1()[1]
    view = db.show(conn, row["quote_id"][:6])  # a unique prefix is enough
    assert view.row == row
    assert view.context == '"We will not be intimidated by anyone," Mr Vance told reporters after the signing.'
    marks = {w: view.context[a:b] for w, a, b in view.marks}
    assert marks == {"quote": row["quote"], "cue": "told", "mention": "Mr Vance"}
    assert view.paragraph == row["paragraph"]
    assert view.document["title"] == A1.title and "text" not in view.document


def test_show_widens_to_a_nearby_mention_only(tmp_path: Path) -> None:
    doc = Document("w", 'Jane Holt spoke.\n\nx\n\ny\n\nz\n\n"Far away," he said.')
    near = make_row(doc, "Far away,", speaker="Jane Holt", mention="Jane Holt", cue="said")
    c = db.connect(tmp_path / "q.db")
    list(db.ingest(c, [(doc, [near])]))
    view = db.show(c, near["quote_id"])
    assert view.context == '"Far away," he said.'  # the mention is 4 paragraphs up: reported, not shown
    assert [w for w, _, _ in view.marks] == ["quote", "cue"]
    wide = db.show(c, near["quote_id"], reach=5)
    assert wide.context is not None and wide.context.startswith("Jane Holt spoke.")
    assert {w: wide.context[a:b] for w, a, b in wide.marks}["mention"] == "Jane Holt"


@pytest.mark.parametrize(
    ("quote_id", "message"),
    [pytest.param("ffffffffffffffff", "no quote with id", id="unknown"), pytest.param("", "no quote", id="empty")],
)
def test_show_unknown_quote(conn: sqlite3.Connection, quote_id: str, message: str) -> None:
    with pytest.raises(db.QueryError, match=message):
        db.show(conn, quote_id)


# ---------------------------------------------------------------------------------------------------- export


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(db.SCHEMA_PATH.read_text())
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def test_export_validates_and_quotes_are_the_article_text(
    conn: sqlite3.Connection, tmp_path: Path, validator: jsonschema.protocols.Validator
) -> None:
    out = tmp_path / "out" / "claims.jsonl"
    n = db.write_jsonl_atomic(db.fact_check_claims(conn), out)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(lines) == 13
    texts = {d.doc_id: d.text for d, _ in corpus()}
    for line in lines:
        validator.validate(line)
        text = texts[line["doc_id"]]
        assert text[line["start"] : line["end"]] == line["quote"] == line["claim_review"]["claimReviewed"]
        ctx = line["context"]
        assert ctx["text"][line["start"] - ctx["start"] : line["end"] - ctx["start"]] == line["quote"]
        assert text[ctx["start"] : ctx["end"]] == ctx["text"]
        assert line["offsets_verified"] is True
        assert line["article"]["content_sha256"] == db.sha256(text)
        if line["speaker"] is not None:
            assert line["claim_review"]["itemReviewed"]["author"]["name"] == line["speaker"]
    vance = next(x for x in lines if x["quote"] == "a landmark agreement")
    item = vance["claim_review"]["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": VP}
    assert item["datePublished"] == "2024-06-19"
    assert item["appearance"]["url"] == "https://example.com/a1"
    assert vance["cue"] == "said" and A1.text[vance["cue_start"] : vance["cue_end"]] == "said"
    unattributed = next(x for x in lines if x["speaker"] is None)
    assert "author" not in unattributed["claim_review"]["itemReviewed"]
    admiralty = next(x for x in lines if x["doc_id"] == "a3")
    assert "url" not in admiralty["claim_review"]["itemReviewed"]["appearance"]  # unknown, so left out
    assert admiralty["claim_review"]["itemReviewed"]["author"]["@type"] == "Organization"


def test_export_filters_and_textless_articles(tmp_path: Path, validator: jsonschema.protocols.Validator) -> None:
    c = db.connect(tmp_path / "q.db")
    list(db.ingest_articles(c, db.table_articles(rows_a2())))
    lines = list(db.fact_check_claims(c, speaker="vance", min_confidence=0.6))
    assert [x["quote"] for x in lines] == _quotes(rows_a2())[:2]
    for line in lines:
        validator.validate(line)
        assert line["context"] is None and line["offsets_verified"] is False
    assert len(list(db.fact_check_claims(c, attributed_only=True))) == 5


def test_export_refuses_a_quote_that_no_longer_matches(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE documents SET text = upper(text) WHERE doc_id = 'a3'")
    with pytest.raises(db.DatabaseError, match="does not match its article"):
        list(db.fact_check_claims(conn, doc_id="a3"))


def test_write_jsonl_atomic_keeps_old_file_on_error(tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    out.write_text("old\n")

    def records() -> Iterator[dict[str, Any]]:
        yield {"a": 1}
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        db.write_jsonl_atomic(records(), out)
    assert out.read_text() == "old\n"
    assert list(tmp_path.iterdir()) == [out]
