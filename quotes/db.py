"""The quote database: a SQLite file that grows article by article, and the queries users run on it.

Why SQLite: one file that ``quotes search`` and Datasette can open as it is, with transactions that make every
article's ingest all-or-nothing. Tables:

- ``documents``: one row per article (doc_id, content_hash, rows_hash, title, date, url, source, origin, n_quotes,
  ingested_at, text). The text is stored so ``show`` and ``export`` can give context and check offsets.
- ``quotes``: every column of the quote table (:data:`quotes.table.COLUMNS`) plus an integer ``id``.
- ``speakers``: canonical name, kind, counts, and the proper-name ``aliases`` and ``roles`` seen (JSON arrays).
- ``quotes_fts``: an FTS5 external-content index over ``quotes.quote``, kept in sync by triggers.

An article is keyed by ``doc_id``; ``content_hash`` (sha256 of its text) and ``rows_hash`` (sha256 of its rows)
decide whether re-ingesting it is a no-op (both equal) or replaces its rows (either differs: a changed article,
or the same article extracted by a better model). The schema version lives in ``PRAGMA user_version``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TextIO

from quotes import segment
from quotes.records import Document
from quotes.table import COLUMNS

#: "QUOT": marks a SQLite file as a quotes database (``PRAGMA application_id``)
APPLICATION_ID = 0x51554F54

_INT_COLUMNS = {"start", "end", "mention_start", "mention_end", "paragraph", "cue_start", "cue_end"}
_SQL_TYPE = {c: ("INTEGER" if c in _INT_COLUMNS else "REAL" if c == "confidence" else "TEXT") for c in COLUMNS}
_NOT_NULL = {"doc_id", "quote_id", "quote", "start", "end"}
_REFERENCES = {
    "doc_id": "documents(doc_id)",
    "speaker": "speakers(name)",
    "duplicate_of": "quotes(quote_id)",
}


def _column_sql(name: str) -> str:
    parts = [f'"{name}"', _SQL_TYPE[name]]
    if name in _NOT_NULL:
        parts.append("NOT NULL")
    if name == "quote_id":
        parts.append("UNIQUE")
    if name in _REFERENCES:
        parts.append(f"REFERENCES {_REFERENCES[name]} DEFERRABLE INITIALLY DEFERRED")
    return " ".join(parts)


_QUOTE_COLUMNS_SQL = ",\n    ".join(_column_sql(c) for c in COLUMNS)

# Version 1. content="quotes" (double quotes) is the spelling Datasette's FTS detection looks for.
_V1 = f"""
CREATE TABLE documents (
    doc_id TEXT PRIMARY KEY,
    content_hash TEXT,
    rows_hash TEXT NOT NULL,
    title TEXT,
    date TEXT,
    url TEXT,
    source TEXT,
    origin TEXT,
    n_quotes INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL,
    text TEXT
);
CREATE INDEX documents_date ON documents(date);
CREATE TABLE speakers (
    name TEXT PRIMARY KEY,
    kind TEXT,
    n_quotes INTEGER NOT NULL DEFAULT 0,
    n_documents INTEGER NOT NULL DEFAULT 0,
    aliases TEXT NOT NULL DEFAULT '[]',
    roles TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    {_QUOTE_COLUMNS_SQL}
);
CREATE INDEX quotes_doc ON quotes(doc_id, start);
CREATE INDEX quotes_speaker ON quotes(speaker, speaker_kind, speaker_mention, doc_id);
CREATE INDEX quotes_date ON quotes(date);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    quote, content="quotes", content_rowid="id", tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, quote) VALUES (new.id, new.quote);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
    INSERT INTO quotes_fts(rowid, quote) VALUES (new.id, new.quote);
END;
PRAGMA application_id = {APPLICATION_ID};
"""

#: MIGRATIONS[v] upgrades a database from version v to v + 1 (version 0 is an empty file).
MIGRATIONS: tuple[str, ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)


class DatabaseError(Exception):
    """The database cannot be opened or used; the message says what to do."""


class QueryError(ValueError):
    """A search option is malformed (bad date, unparseable full-text query)."""


# ---------------------------------------------------------------------------------------------------- opening


def connect(path: str | os.PathLike[str], *, create: bool = True) -> sqlite3.Connection:
    """Open (and create or migrate) a quotes database; raise :class:`DatabaseError` with advice when it is not one.

    The connection is in autocommit mode: every write below opens its own explicit transaction.
    """
    where = str(path)
    if where != ":memory:":
        p = Path(path)
        if not p.exists() and not create:
            raise DatabaseError(
                f"no database at {where}: create one with `quotes extract ARTICLES --db {where}` "
                f"or `quotes ingest TABLE --db {where}`"
            )
        if p.is_dir():
            raise DatabaseError(f"{where} is a folder, not a database file")
        if create:
            p.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(where, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open {where}: {exc}") from exc
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        _upgrade(conn, where)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise DatabaseError(f"{where} is not a SQLite database; give --db a new file name") from exc
        raise DatabaseError(f"cannot use {where}: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _upgrade(conn: sqlite3.Connection, where: str) -> None:
    """Bring the schema to the newest version, one transaction per step; refuse files that are not ours."""
    current = version(conn)
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    target = len(MIGRATIONS)
    if current == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables or app_id not in (0, APPLICATION_ID):
            raise DatabaseError(f"{where} is a SQLite database but not a quotes database; give --db a new file name")
    elif app_id != APPLICATION_ID:
        raise DatabaseError(f"{where} is a SQLite database but not a quotes database; give --db a new file name")
    if current > target:
        raise DatabaseError(
            f"{where} has schema version {current}, newer than this quotes understands ({target}): "
            "upgrade quotes (pip install -U quotes), or write to another --db file"
        )
    for step in range(current, target):
        try:
            # executescript commits a pending transaction first, so BEGIN/COMMIT live inside the script
            conn.executescript(f"BEGIN IMMEDIATE;\n{MIGRATIONS[step]}\nPRAGMA user_version = {step + 1};\nCOMMIT;")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if step == 0:
                raise DatabaseError(
                    f"could not create the quotes schema in {where} ({exc}); this needs SQLite 3.27+ with FTS5 "
                    f"(this Python has SQLite {sqlite3.sqlite_version})"
                ) from exc
            raise DatabaseError(
                f"could not migrate {where} from schema version {step} to {step + 1} ({exc}); the file is "
                f"unchanged: keep it as a backup and rebuild with `quotes extract ARTICLES --db NEW.db`"
            ) from exc


def stats(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the three tables (what ``ingest`` reports after its work)."""
    tables = ("documents", "quotes", "speakers")
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}


def check(conn: sqlite3.Connection) -> None:
    """Raise sqlite3.Error when the FTS index or a foreign key is out of step with the tables (for tests/repair)."""
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    bad = conn.execute("PRAGMA foreign_key_check").fetchall()
    if bad:
        raise sqlite3.IntegrityError(f"foreign key violations: {[tuple(r) for r in bad[:5]]}")


# ---------------------------------------------------------------------------------------------------- names

#: titles and words that open a role ("Foreign Minister X"); stripped from the front of person names
HONORIFICS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady madam madame mme mlle monsieur herr frau señor senor
    president vice prime minister premier chancellor secretary general gen col colonel maj major capt captain lt
    sgt adm admiral sen senator rep representative gov governor mayor judge justice rev reverend fr father st
    saint king queen prince princess duke duchess emperor sheikh sheik imam rabbi pope cardinal bishop
    archbishop ayatollah chairman chairwoman chair ceo director commissioner ambassador deputy foreign defence
    defense interior finance health state supreme leader chief spokesman spokeswoman spokesperson former
    acting the""".split()  # noqa: SIM905 - a word list reads better as text
)
PRONOUNS = frozenset(
    """i me my we us our you your he him his she her hers it its they them their theirs who whom this that these
    those one someone somebody""".split()  # noqa: SIM905
)
_NON_WORD = re.compile(r"[\W_]+")


def fold(s: str) -> str:
    """Casefolded, diacritics removed, punctuation as spaces, a leading "the" and a possessive "'s" dropped.

    >>> fold("  The Senate's ")
    'senate'
    >>> fold("Zeynep Aylin Doğanay")
    'zeynep aylin doganay'
    >>> fold("Lee Min-ho")
    'lee min ho'
    """
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    tokens = _NON_WORD.sub(" ", s).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[-1] == "s":
        tokens = tokens[:-1]
    return " ".join(tokens)


def person_key(s: str) -> str:
    """:func:`fold` with leading titles stripped, so "Mr X", "President X" and "X" compare equal.

    >>> person_key("Foreign Minister Tomas Berg")
    'tomas berg'
    >>> person_key("President")
    'president'
    """
    tokens = fold(s).split()
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    return " ".join(tokens)


def classify_mention(mention: str, speaker: str) -> Literal["alias", "role", "pronoun"]:
    """Whether a mention of ``speaker`` is a proper-name alias (shares a name word), a role, or a pronoun.

    >>> classify_mention("Mr Smith", "John Smith"), classify_mention("the minister", "John Smith")
    ('alias', 'role')
    >>> classify_mention("He", "John Smith")
    'pronoun'
    """
    words = set(fold(mention).split())
    if not words or words <= PRONOUNS:
        return "pronoun"
    name_words = set(fold(speaker).split()) - HONORIFICS
    return "alias" if (words - HONORIFICS) & name_words else "role"


def _speaker_keys(name: str, kind: str | None, aliases: Iterable[str]) -> set[str]:
    keys = {fold(name)} | {fold(a) for a in aliases}
    if kind != "organization":
        full = person_key(name).split()
        keys |= {person_key(name)} | {person_key(a) for a in aliases}
        if full:
            keys.add(full[-1])  # surname
            keys.add(f"{full[0]} {full[-1]}")  # first and last name without middle names
    keys.discard("")
    return keys


def match_speakers(conn: sqlite3.Connection, query: str) -> list[str]:
    """Canonical speaker names that ``query`` names: the full name, the surname, or a proper-name alias seen,
    ignoring case, diacritics and leading titles ("mr x", "X", "President X" all find X)."""
    wanted = {fold(query), person_key(query)} - {""}
    out = []
    for r in conn.execute("SELECT name, kind, aliases FROM speakers ORDER BY name"):
        if wanted & _speaker_keys(r["name"], r["kind"], json.loads(r["aliases"] or "[]")):
            out.append(r["name"])
    return out


def _refresh_speakers(conn: sqlite3.Connection, names: Iterable[str]) -> None:
    """Recompute the speakers rows of ``names`` from their quotes (an index-only scan each); drop unquoted ones."""
    for name in sorted(set(names)):
        groups = conn.execute(
            "SELECT speaker_kind, speaker_mention, count(*) AS n FROM quotes WHERE speaker = ? GROUP BY 1, 2",
            (name,),
        ).fetchall()
        if not groups:
            conn.execute("DELETE FROM speakers WHERE name = ?", (name,))
            continue
        n_docs = conn.execute("SELECT count(DISTINCT doc_id) FROM quotes WHERE speaker = ?", (name,)).fetchone()[0]
        kinds: Counter[str] = Counter()
        mentions: dict[str, Counter[str]] = {"alias": Counter(), "role": Counter(), "pronoun": Counter()}
        for g in groups:
            if g["speaker_kind"]:
                kinds[g["speaker_kind"]] += g["n"]
            if g["speaker_mention"]:
                m = " ".join(g["speaker_mention"].split())
                mentions[classify_mention(m, name)][m] += g["n"]
        kind = min(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0] if kinds else None

        def ranked(c: Counter[str]) -> str:
            """One surface form per folded key (its most frequent), keys by total frequency."""
            totals: Counter[str] = Counter()
            best: dict[str, tuple[int, str]] = {}
            for surface, n in c.items():
                k = fold(surface)
                totals[k] += n
                best[k] = max(best.get(k, (0, "")), (n, surface))
            return json.dumps([best[k][1] for k, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))])

        conn.execute(
            "INSERT INTO speakers (name, kind, n_quotes, n_documents, aliases, roles) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, n_quotes = excluded.n_quotes, "
            "n_documents = excluded.n_documents, aliases = excluded.aliases, roles = excluded.roles",
            (name, kind, sum(g["n"] for g in groups), n_docs, ranked(mentions["alias"]), ranked(mentions["role"])),
        )


# ---------------------------------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class Article:
    """What ingest needs of an article; ``text`` is None when only a table was given (no offsets to check)."""

    doc_id: str
    text: str | None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""

    @classmethod
    def of(cls, doc: Document) -> Article:
        return cls(doc.doc_id, doc.text, doc.title, doc.date, doc.url, doc.source, doc.origin)


Status = Literal["added", "updated", "unchanged", "rejected"]


@dataclass(frozen=True, slots=True)
class IngestResult:
    doc_id: str
    status: Status
    n_quotes: int = 0
    why: str = ""


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _clean_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    out = [{c: r.get(c) for c in COLUMNS} for r in rows]
    out.sort(key=lambda r: (r["start"] if r["start"] is not None else -1, r["end"] or -1, r["quote_id"] or ""))
    return out


def _rows_hash(rows: list[dict[str, Any]]) -> str:
    payload = json.dumps([[r[c] for c in COLUMNS] for r in rows], ensure_ascii=False, separators=(",", ":"))
    return sha256(payload)


def _problem(doc_id: str, text: str | None, rows: list[dict[str, Any]]) -> str | None:
    """Why these rows cannot be stored for this article (None when they can): the checks that keep the promise
    "every quote equals the article text at its offsets"."""
    ids = [r["quote_id"] for r in rows]
    for i, r in enumerate(rows, 1):
        where = f"row {i} (quote_id {r['quote_id']})"
        if r["doc_id"] != doc_id:
            return f"{where} belongs to doc_id {r['doc_id']!r}, not {doc_id!r}"
        if not r["quote_id"] or r["quote"] is None or r["start"] is None or r["end"] is None:
            return f"{where} lacks quote_id, quote, start or end"
        if not 0 <= r["start"] <= r["end"]:
            return f"{where} has bad offsets {r['start']}:{r['end']}"
        if r["duplicate_of"] is not None and r["duplicate_of"] not in ids:
            return f"{where} is a duplicate_of {r['duplicate_of']}, which is not a quote of this article"
        if text is None:
            continue
        if r["end"] > len(text) or text[r["start"] : r["end"]] != r["quote"]:
            return (
                f"{where}: the quote is not the article's text at {r['start']}:{r['end']} "
                "(was the table made from another version of this article?)"
            )
        for a, b in (("mention_start", "mention_end"), ("cue_start", "cue_end")):
            if r[a] is not None and not (r[b] is not None and 0 <= r[a] <= r[b] <= len(text)):
                return f"{where} has {a}/{b} {r[a]}:{r[b]} outside the article"
    if len(set(ids)) != len(ids):
        dup = next(q for q, n in Counter(ids).items() if n > 1)
        return f"quote_id {dup} appears twice"
    return None


_INSERT_QUOTE = "INSERT INTO quotes ({}) VALUES ({})".format(
    ", ".join(f'"{c}"' for c in COLUMNS), ", ".join("?" for _ in COLUMNS)
)


def _ingest_one(conn: sqlite3.Connection, art: Article, raw_rows: Iterable[Mapping[str, Any]]) -> IngestResult:
    rows = _clean_rows(raw_rows)
    why = _problem(art.doc_id, art.text, rows)
    if why:
        return IngestResult(art.doc_id, "rejected", len(rows), why)
    rows_hash = _rows_hash(rows)
    conn.execute("BEGIN IMMEDIATE")
    try:
        old = conn.execute(
            "SELECT content_hash, rows_hash, text FROM documents WHERE doc_id = ?", (art.doc_id,)
        ).fetchone()
        text = art.text
        if text is None and old is not None and old["text"] is not None and not _problem(art.doc_id, old["text"], rows):
            text = old["text"]  # a table without articles: keep the stored text when the rows still fit it
        content_hash = sha256(text) if text is not None else None
        if old is not None and old["rows_hash"] == rows_hash and old["content_hash"] == content_hash:
            conn.execute("COMMIT")
            return IngestResult(art.doc_id, "unchanged", len(rows))
        affected = {r[0] for r in conn.execute("SELECT DISTINCT speaker FROM quotes WHERE doc_id = ?", (art.doc_id,))}
        conn.execute("DELETE FROM quotes WHERE doc_id = ?", (art.doc_id,))
        meta = [art.title, art.date, art.url, art.source]
        for i, c in enumerate(("title", "date", "url", "source")):
            if meta[i] is None:
                meta[i] = next((r[c] for r in rows if r[c] is not None), None)
        conn.execute(
            "INSERT INTO documents (doc_id, content_hash, rows_hash, title, date, url, source, origin, n_quotes, "
            "ingested_at, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(doc_id) DO UPDATE SET "
            "content_hash = excluded.content_hash, rows_hash = excluded.rows_hash, title = excluded.title, "
            "date = excluded.date, url = excluded.url, source = excluded.source, "
            "origin = coalesce(nullif(excluded.origin, ''), documents.origin), "
            "n_quotes = excluded.n_quotes, ingested_at = excluded.ingested_at, text = excluded.text",
            (
                art.doc_id,
                content_hash,
                rows_hash,
                *meta,
                art.origin,
                len(rows),
                datetime.now(UTC).isoformat(timespec="seconds"),
                text,
            ),
        )
        conn.executemany(_INSERT_QUOTE, ([r[c] for c in COLUMNS] for r in rows))
        affected |= {r["speaker"] for r in rows}
        _refresh_speakers(conn, (s for s in affected if s is not None))
        conn.execute("COMMIT")  # deferred foreign keys are checked here
    except sqlite3.IntegrityError as exc:
        conn.execute("ROLLBACK")
        return IngestResult(art.doc_id, "rejected", len(rows), f"database constraint failed: {exc}")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return IngestResult(art.doc_id, "updated" if old is not None else "added", len(rows))


def ingest_articles(
    conn: sqlite3.Connection, items: Iterable[tuple[Article, Sequence[Mapping[str, Any]]]]
) -> Iterator[IngestResult]:
    """Store each (article, rows) pair in its own transaction, yielding what happened to it.

    A crash or an exception between two articles leaves every earlier one committed and the current one
    absent (or as it was before): never half an article. A doc_id met twice in one call is rejected the
    second time, so one run cannot silently overwrite its own input.
    """
    seen: dict[str, str] = {}
    for art, rows in items:
        if art.doc_id in seen:
            yield IngestResult(
                art.doc_id,
                "rejected",
                len(rows),
                f"doc_id {art.doc_id!r} already ingested in this run (from {seen[art.doc_id] or 'earlier input'})",
            )
            continue
        seen[art.doc_id] = art.origin
        yield _ingest_one(conn, art, rows)


def ingest(
    conn: sqlite3.Connection, items: Iterable[tuple[Document, Sequence[Mapping[str, Any]]]]
) -> Iterator[IngestResult]:
    """Store extracted (document, rows) pairs, e.g. from :func:`quotes.pipeline.extract`; see
    :func:`ingest_articles`."""
    return ingest_articles(conn, ((Article.of(d), rows) for d, rows in items))


def table_articles(
    rows: Iterable[Mapping[str, Any]], documents: Mapping[str, Document] | None = None
) -> list[tuple[Article, list[dict[str, Any]]]]:
    """Group table rows by doc_id into (article, rows) pairs; the article's text comes from ``documents`` when
    given (so offsets are checked and context is stored), else it stays unknown."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        grouped.setdefault(str(r["doc_id"]), []).append(dict(r))
    out = []
    for doc_id, rs in grouped.items():
        doc = (documents or {}).get(doc_id)
        first = rs[0]
        art = (
            Article.of(doc)
            if doc is not None
            else Article(doc_id, None, first.get("title"), first.get("date"), first.get("url"), first.get("source"))
        )
        out.append((art, rs))
    return out


def open_table(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """A quote table (.parquet/.csv/.jsonl) loaded into an in-memory database, so search works the same on it."""
    from quotes import table

    df = table.read(path)
    conn = connect(":memory:")
    for res in ingest_articles(conn, table_articles(df.iter_rows(named=True))):
        if res.status == "rejected":
            conn.close()
            raise DatabaseError(f"{path}: doc_id {res.doc_id}: {res.why}")
    return conn


# ---------------------------------------------------------------------------------------------------- search

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _where(
    conn: sqlite3.Connection,
    *,
    speaker: str | None,
    text: str | None,
    since: str | None,
    doc_id: str | None,
    min_confidence: float | None,
    attributed_only: bool = False,
) -> tuple[str, list[Any]] | None:
    """SQL conditions and parameters for the filters; None when the speaker filter names nobody."""
    cond: list[str] = []
    args: list[Any] = []
    if speaker is not None:
        names = match_speakers(conn, speaker)
        if not names:
            return None
        cond.append(f"q.speaker IN ({', '.join('?' for _ in names)})")
        args += names
    if text is not None:
        if not text.strip():
            raise QueryError("--text is empty")
        cond.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        args.append(_fts_query(conn, text))
    if since is not None:
        if not _DATE.match(since):
            raise QueryError(f"--since {since!r} is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY)")
        cond.append("d.date GLOB '[0-9][0-9][0-9][0-9]*' AND d.date >= ?")
        args.append(since)
    if doc_id is not None:
        cond.append("q.doc_id = ?")
        args.append(doc_id)
    if min_confidence is not None:
        cond.append("q.confidence >= ?")
        args.append(min_confidence)
    if attributed_only:
        cond.append("q.speaker IS NOT NULL")
    return " AND ".join(cond) or "1", args


def _fts_fallback(text: str) -> str:
    """Every word as a quoted FTS5 phrase: what a plain query that is not valid FTS5 syntax meant.

    >>> _fts_fallback("mutual-defence U.S.")
    '"mutual-defence" "U.S."'
    """
    return " ".join('"' + w.replace('"', '""') + '"' for w in text.split())


def _fts_query(conn: sqlite3.Connection, text: str) -> str:
    """``text`` when it is valid FTS5 syntax, else every word as a phrase ("mutual-defence", "U.S.")."""
    for candidate in (text, _fts_fallback(text)):
        try:
            conn.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT 1", (candidate,)).fetchone()
            return candidate
        except sqlite3.OperationalError as exc:
            error = exc
    raise QueryError(f"--text {text!r} is not a valid full-text query ({error})")


def _select(
    conn: sqlite3.Connection, columns: str, filters: dict[str, Any], *, limit: int | None = None
) -> list[sqlite3.Row]:
    where = _where(conn, **filters)
    if where is None:
        return []
    cond, args = where
    sql = (
        f"SELECT {columns} FROM quotes q JOIN documents d ON d.doc_id = q.doc_id WHERE {cond} "
        'ORDER BY q.doc_id, q.start, q."end"'
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return conn.execute(sql, args).fetchall()


def search(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    text: str | None = None,
    since: str | None = None,
    doc_id: str | None = None,
    min_confidence: float | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Quote rows (the table's columns, in article order) matching every filter given.

    ``speaker`` is alias-aware (:func:`match_speakers`); ``text`` is an FTS5 query over the quote (plain words
    must all occur; "phrases", OR, NOT and prefix* work); ``since`` compares the article's ISO date.
    """
    filters = {"speaker": speaker, "text": text, "since": since, "doc_id": doc_id, "min_confidence": min_confidence}
    cols = ", ".join(f'q."{c}"' for c in COLUMNS)
    return [dict(r) for r in _select(conn, cols, filters, limit=limit)]


def speakers(
    conn: sqlite3.Connection, *, name: str | None = None, min_quotes: int = 0, limit: int | None = None
) -> list[dict[str, Any]]:
    """Speakers by quote count (most quoted first), with aliases and roles as lists; ``name`` is alias-aware."""
    rows = conn.execute(
        "SELECT name, kind, n_quotes, n_documents, aliases, roles FROM speakers WHERE n_quotes >= ? "
        "ORDER BY n_quotes DESC, name",
        (min_quotes,),
    ).fetchall()
    keep = set(match_speakers(conn, name)) if name is not None else None
    out = []
    for r in rows:
        if keep is not None and r["name"] not in keep:
            continue
        d = dict(r)
        d["aliases"] = json.loads(d["aliases"])
        d["roles"] = json.loads(d["roles"])
        out.append(d)
    return out[:limit] if limit is not None else out


# ---------------------------------------------------------------------------------------------------- context


def _span_paragraphs(paras: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """Indexes of the first and last paragraph that overlap [start, end) (or hold it, for an empty span)."""
    hit = [i for i, (s, e) in enumerate(paras) if (s < end and start < e) or s <= start < e]
    return (hit[0], hit[-1]) if hit else None


def paragraph_context(
    text: str, start: int, end: int, paras: list[tuple[int, int]] | None = None
) -> tuple[int, int, int]:
    """(first paragraph index, context start, context end): the paragraph(s) holding text[start:end].

    >>> paragraph_context("One.\\n\\nHe said 'yes' there.\\n\\nEnd.", 15, 18)
    (1, 6, 26)
    """
    paras = segment.paragraphs(text) if paras is None else paras
    hit = _span_paragraphs(paras, start, end)
    if hit is None:
        return -1, start, end
    return hit[0], paras[hit[0]][0], paras[hit[1]][1]


class _Texts:
    """Article texts and their paragraphs, fetched once per doc_id (rows come in doc order: one at a time)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.doc_id: str | None = None
        self.text: str | None = None
        self.paras: list[tuple[int, int]] = []

    def get(self, doc_id: str) -> str | None:
        if doc_id != self.doc_id:
            r = self.conn.execute("SELECT text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
            self.doc_id, self.text = doc_id, (r["text"] if r else None)
            self.paras = segment.paragraphs(self.text) if self.text is not None else []
        return self.text


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def snippets(
    conn: sqlite3.Connection, rows: Sequence[Mapping[str, Any]], *, width: int = 80
) -> list[tuple[str, str, str] | None]:
    """(before, quote, after) for each row: up to ``width`` characters of its paragraph on each side, with "…"
    where the paragraph goes on; None when the article text is not stored."""
    texts = _Texts(conn)
    out: list[tuple[str, str, str] | None] = []
    for r in rows:
        text = texts.get(r["doc_id"])
        if text is None:
            out.append(None)
            continue
        _, ps, pe = paragraph_context(text, r["start"], r["end"], texts.paras)
        a, b = max(ps, r["start"] - width), min(pe, r["end"] + width)
        before = ("…" if a > ps else "") + _flat(text[a : r["start"]])
        after = _flat(text[r["end"] : b]) + ("…" if b < pe else "")
        out.append((before, _flat(text[r["start"] : r["end"]]), after))
    return out


Mark = Literal["quote", "cue", "mention"]


@dataclass(frozen=True, slots=True)
class QuoteView:
    """One quote with the paragraph(s) around it and what to highlight there (offsets relative to ``context``)."""

    row: dict[str, Any]
    document: dict[str, Any]
    context: str | None
    context_start: int
    paragraph: int
    marks: tuple[tuple[Mark, int, int], ...]


def find_quote(conn: sqlite3.Connection, quote_id: str) -> dict[str, Any]:
    """The row of ``quote_id`` or of the one quote whose id starts with it; :class:`QueryError` otherwise."""
    cols = ", ".join(f'"{c}"' for c in COLUMNS)
    rows = conn.execute(f"SELECT {cols} FROM quotes WHERE quote_id = ?", (quote_id,)).fetchall()
    if not rows and len(quote_id) >= 4:
        rows = conn.execute(
            f"SELECT {cols} FROM quotes WHERE substr(quote_id, 1, ?) = ? LIMIT 5", (len(quote_id), quote_id)
        ).fetchall()
    if not rows:
        raise QueryError(f"no quote with id {quote_id!r} (ids are in the quote_id column of `quotes search`)")
    if len(rows) > 1:
        raise QueryError(f"{quote_id!r} is the start of several quote ids: {', '.join(r['quote_id'] for r in rows)}")
    return dict(rows[0])


def show(conn: sqlite3.Connection, quote_id: str, *, reach: int = 2) -> QuoteView:
    """A quote in its article: the paragraph holding it, widened to the cue and speaker mention when they sit
    within ``reach`` paragraphs (a mention further away is reported but not shown in context)."""
    row = find_quote(conn, quote_id)
    doc = conn.execute(
        "SELECT doc_id, title, date, url, source, origin, content_hash, text FROM documents WHERE doc_id = ?",
        (row["doc_id"],),
    ).fetchone()
    meta = dict(doc)
    text = meta.pop("text")
    if text is None:
        return QuoteView(row, meta, None, 0, row["paragraph"] if row["paragraph"] is not None else -1, ())
    paras = segment.paragraphs(text)
    hit = _span_paragraphs(paras, row["start"], row["end"]) or (0, len(paras) - 1)
    lo, hi = hit
    spans: list[tuple[Mark, int, int]] = [("quote", row["start"], row["end"])]
    others: tuple[tuple[Mark, str, str], ...] = (
        ("cue", "cue_start", "cue_end"),
        ("mention", "mention_start", "mention_end"),
    )
    for what, a, b in others:
        if row[a] is None or row[b] is None:
            continue
        where = _span_paragraphs(paras, row[a], row[b])
        if where is None or where[0] < hit[0] - reach or where[1] > hit[1] + reach:
            continue
        lo, hi = min(lo, where[0]), max(hi, where[1])
        spans.append((what, row[a], row[b]))
    cs, ce = (paras[lo][0], paras[hi][1]) if paras else (0, len(text))
    cs, ce = min(cs, row["start"]), max(ce, row["end"])
    marks = tuple((w, a - cs, b - cs) for w, a, b in spans)
    return QuoteView(row, meta, text[cs:ce], cs, lo, marks)


# ---------------------------------------------------------------------------------------------------- export

SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "claims.schema.json"


def fact_check_claims(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    text: str | None = None,
    since: str | None = None,
    doc_id: str | None = None,
    min_confidence: float | None = None,
    attributed_only: bool = False,
) -> Iterator[dict[str, Any]]:
    """One claim record per quote (schema: ``quotes/schemas/claims.schema.json``): the exact words, their
    offsets and paragraph, the article, and a schema.org ClaimReview skeleton a fact-checker completes.

    Raises :class:`DatabaseError` if a stored quote no longer equals the article text at its offsets.
    """
    filters = {
        "speaker": speaker,
        "text": text,
        "since": since,
        "doc_id": doc_id,
        "min_confidence": min_confidence,
        "attributed_only": attributed_only,
    }
    cols = (
        ", ".join(f'q."{c}"' for c in COLUMNS)
        + ", d.title AS d_title, d.date AS d_date, d.url AS d_url, "
        + ("d.source AS d_source, d.content_hash AS d_hash")
    )
    texts = _Texts(conn)
    for r in _select(conn, cols, filters):
        article_text = texts.get(r["doc_id"])
        context = None
        verified = False
        if article_text is not None:
            if article_text[r["start"] : r["end"]] != r["quote"]:
                raise DatabaseError(f"quote {r['quote_id']} does not match its article at {r['start']}:{r['end']}")
            verified = True
            par, cs, ce = paragraph_context(article_text, r["start"], r["end"], texts.paras)
            context = {"paragraph": par, "start": cs, "end": ce, "text": article_text[cs:ce]}
        yield _claim(dict(r), context, verified)


def _claim(r: dict[str, Any], context: dict[str, Any] | None, verified: bool) -> dict[str, Any]:
    title, date, url = r["d_title"], r["d_date"], r["d_url"]
    author: dict[str, Any] | None = None
    if r["speaker"] is not None:
        author = {"name": r["speaker"]}
        kind = {"person": "Person", "organization": "Organization"}.get(r["speaker_kind"] or "")
        if kind:
            author = {"@type": kind, **author}
    appearance: dict[str, Any] = {"@type": "NewsArticle"}
    for key, value in (("url", url), ("headline", title), ("datePublished", date)):
        if value is not None:
            appearance[key] = value
    item: dict[str, Any] = {"@type": "Claim"}
    if author is not None:
        item["author"] = author
    if date is not None:
        item["datePublished"] = date
    item["appearance"] = appearance
    return {
        "quote_id": r["quote_id"],
        "doc_id": r["doc_id"],
        "speaker": r["speaker"],
        "speaker_kind": r["speaker_kind"],
        "speaker_mention": r["speaker_mention"],
        "mention_start": r["mention_start"],
        "mention_end": r["mention_end"],
        "quote": r["quote"],
        "start": r["start"],
        "end": r["end"],
        "quote_type": r["quote_type"],
        "cue": r["cue"],
        "cue_start": r["cue_start"],
        "cue_end": r["cue_end"],
        "method": r["method"],
        "confidence": r["confidence"],
        "block_kind": r["block_kind"],
        "duplicate_of": r["duplicate_of"],
        "offsets_verified": verified,
        "context": context,
        "article": {
            "title": title,
            "date": date,
            "url": url,
            "source": r["d_source"],
            "content_sha256": r["d_hash"],
        },
        "claim_review": {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": r["quote"],
            "itemReviewed": item,
        },
    }


def write_jsonl(records: Iterable[Mapping[str, Any]], fh: TextIO) -> int:
    """Write records as JSON lines (UTF-8 as is, not \\u-escaped); return the count."""
    n = 0
    for n, rec in enumerate(records, 1):  # noqa: B007 - n is the count after the loop
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return n


def write_jsonl_atomic(records: Iterable[Mapping[str, Any]], path: str | os.PathLike[str]) -> int:
    """Write records as JSON lines to a temp file beside ``path``, then rename over it: a crash leaves the old
    file (or none), never half an export. Returns the count."""
    from quotes.table import open_atomic

    with open_atomic(path, newline="\n") as fh:
        return write_jsonl(records, fh)
