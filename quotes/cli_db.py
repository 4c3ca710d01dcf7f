"""CLI commands for the quote database (attached to the main app by quotes.cli): ingest, search, speakers,
show, export. Thin: every command parses options, calls :mod:`quotes.db`, and renders; errors are ``Error: ...``.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn, cast

import typer
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from quotes import db, table
from quotes.records import Document

DEFAULT_DB = Path("out/quotes.db")
EXIT_SKIPPED = 3  # as quotes.cli: finished, but some inputs were not stored

Fail = Callable[..., NoReturn]


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


DbOpt = Annotated[
    Path | None,
    typer.Option("--db", help=f"The quote database (SQLite). [default: {DEFAULT_DB}]", show_default=False),
]
SpeakerOpt = Annotated[
    str | None,
    typer.Option(
        "--speaker", "-s", help="Who said it: full name, surname or an alias seen (case, accents, titles ignored)."
    ),
]
TextOpt = Annotated[
    str | None,
    typer.Option("--text", "-t", help='Words in the quote (all must occur; "phrases", OR, NOT, prefix* work).'),
]
SinceOpt = Annotated[str | None, typer.Option("--since", help="Articles dated on or after YYYY-MM-DD.")]
DocOpt = Annotated[str | None, typer.Option("--doc", help="Only this article (doc_id).")]
MinConfOpt = Annotated[
    float | None, typer.Option("--min-confidence", min=0.0, max=1.0, help="Only quotes at least this confident.")
]


def _err() -> Console:
    return Console(stderr=True, highlight=False)


def _say(message: str) -> None:
    _err().print(message, markup=False, highlight=False, soft_wrap=True)


def _open(path: Path | None, fail: Fail, *, create: bool = False) -> sqlite3.Connection:
    """Open the database, or a quote table (.parquet/.csv/.jsonl) loaded in memory, turning errors into fail()."""
    path = path or DEFAULT_DB
    is_table = path.suffix.lower() in table.FORMATS
    if is_table and create:
        fail(f"--db wants a SQLite file (such as out/quotes.db), not a {path.suffix} table", 2)
    if is_table and not path.is_file():
        fail(f"no such table {path}")
    try:
        if is_table:
            return db.open_table(path)
        return db.connect(path, create=create)
    except (db.DatabaseError, OSError) as exc:
        fail(str(exc))
    except Exception as exc:  # polars' read errors: a corrupt or foreign table file
        fail(f"cannot read {path}: {type(exc).__name__}: {exc}")


def _report(results: Iterable[db.IngestResult], conn: sqlite3.Connection, where: Path) -> int:
    """Print one line per rejected article and a summary; return how many were rejected."""
    counts: Counter[str] = Counter()
    for res in results:
        counts[res.status] += 1
        if res.status == "rejected":
            _say(f"not stored {res.doc_id}: {res.why}")
    s = db.stats(conn)
    _say(
        f"{where}: {counts['added']} added, {counts['updated']} updated, {counts['unchanged']} unchanged, "
        f"{counts['rejected']} rejected; it holds {s['documents']} articles, {s['quotes']} quotes, "
        f"{s['speakers']} speakers"
    )
    return counts["rejected"]


def check_db(path: Path, fail: Fail) -> None:
    """Open (create or migrate) the database before a long extraction, so a bad --db fails in seconds."""
    _open(path, fail, create=True).close()


def ingest_extracted(path: Path, pairs: Iterable[tuple[Document, Sequence[dict[str, Any]]]], fail: Fail) -> int:
    """Store what ``quotes extract`` finds as it goes (one transaction per article, so an interrupted run keeps
    every article already done); return the number rejected."""
    conn = _open(path, fail, create=True)
    try:
        return _report(db.ingest(conn, pairs), conn, path)
    except db.DatabaseError as exc:
        fail(str(exc))
    finally:
        conn.close()


def _rows_out(rows: list[dict[str, Any]], fmt: Format, columns: Sequence[str]) -> None:
    """Machine formats on stdout: a JSON array, JSON lines, or CSV with a header."""
    if fmt is Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        w = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v) for k, v in r.items()})


def _table_files(paths: Iterable[Path], fail: Fail) -> list[Path]:
    """Tables named, with folders as their table files in sorted order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in table.FORMATS)
            if not found:
                fail(f"{p} holds no .parquet, .csv or .jsonl tables", 2)
            out += found
        elif p.is_file():
            out.append(p)
        else:
            fail(f"no such table {p}", 2)
    return out


def _confidence(x: float | None) -> str:
    return "" if x is None else f"{x:.2f}"


def register(app: typer.Typer, fail_: Callable[..., Any]) -> None:
    """Attach this module's commands to ``app``."""
    fail = cast(Fail, fail_)  # quotes.cli.fail prints "Error: ..." and exits

    @app.command()
    def ingest(
        tables: Annotated[
            list[Path],
            typer.Argument(
                metavar="TABLE...",
                help="Quote tables (.parquet, .csv, .jsonl), or folders of them (e.g. a partitioned dataset).",
            ),
        ],
        db_path: DbOpt = None,
        corpus: Annotated[
            list[str] | None,
            typer.Option(
                "--corpus",
                help="The articles the tables were extracted from (files or folders, repeatable): their text is "
                "stored so `show` and `export` give context and offsets are checked.",
            ),
        ] = None,
    ) -> None:
        """Load quote tables into the database; articles already there unchanged are skipped."""
        import polars as pl

        from quotes import load

        frames = []
        for path in _table_files(tables, fail):
            try:
                df = table.read(path)
            except ValueError as exc:
                fail(str(exc), 2)
            except Exception as exc:  # polars: a corrupt or foreign file
                fail(f"cannot read {path}: {type(exc).__name__}: {exc}")
            missing = set(table.COLUMNS) - set(df.columns)
            if missing:
                fail(f"{path} is not a quote table (no {', '.join(sorted(missing))} column)")
            frames.append(df.select(table.COLUMNS).cast(pl.Schema(table.SCHEMA)))
        df = pl.concat(frames) if frames else table.empty()
        documents: dict[str, Document] | None = None
        if corpus:
            wanted = set(df["doc_id"].to_list())
            documents = {}
            for item in load.iter_documents(corpus):
                if isinstance(item, load.Problem):
                    _say(f"skipped {item}")
                elif item.doc_id in wanted:
                    documents[item.doc_id] = item
            if len(documents) < len(wanted):
                _say(f"{len(wanted) - len(documents)} articles of the table are not in --corpus: stored without text")
        pairs = db.table_articles(df.iter_rows(named=True), documents)
        where = db_path or DEFAULT_DB
        conn = _open(where, fail, create=True)
        try:
            rejected = _report(db.ingest_articles(conn, pairs), conn, where)
        finally:
            conn.close()
        if rejected:
            raise typer.Exit(EXIT_SKIPPED)

    @app.command()
    def search(
        speaker: SpeakerOpt = None,
        text: TextOpt = None,
        since: SinceOpt = None,
        doc: DocOpt = None,
        min_confidence: MinConfOpt = None,
        fmt: Annotated[Format, typer.Option("--format", "-f", help="table (for people), json, jsonl or csv.")] = (
            Format.table
        ),
        limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many quotes.")] = None,
        db_path: DbOpt = None,
        table_path: Annotated[
            Path | None,
            typer.Option("--table", help="Search a quote table (.parquet/.csv/.jsonl) instead of a database."),
        ] = None,
    ) -> None:
        """Find quotes: what did SPEAKER say about TEXT, since when, in which article."""
        if db_path is not None and table_path is not None:
            fail("give --db or --table, not both", 2)
        conn = _open(table_path or db_path, fail)
        try:
            rows = db.search(
                conn, speaker=speaker, text=text, since=since, doc_id=doc, min_confidence=min_confidence, limit=limit
            )
            if fmt is not Format.table:
                _rows_out(rows, fmt, table.COLUMNS)
                return
            if not rows:
                _say("no quotes match")
                return
            contexts = db.snippets(conn, rows)
        except db.QueryError as exc:
            fail(str(exc), 2)
        finally:
            conn.close()
        t = Table(title=f"{len(rows)} quote{'s' if len(rows) != 1 else ''}", show_lines=True)
        t.add_column("speaker", ratio=1)
        t.add_column("quote in context", ratio=4)
        t.add_column("article", ratio=1)
        t.add_column("conf", justify="right", no_wrap=True)
        t.add_column("quote_id", no_wrap=True, style="dim")
        for r, ctx in zip(rows, contexts, strict=True):
            who = Text(r["speaker"] or "—", style="bold" if r["speaker"] else "dim")
            if r["speaker_mention"] and r["speaker_mention"] != r["speaker"]:
                who.append(f"\n({r['speaker_mention']})", style="dim")
            if ctx is None:
                quote = Text(r["quote"], style="bold yellow")
            else:
                quote = Text.assemble((ctx[0], "dim"), (ctx[1], "bold yellow"), (ctx[2], "dim"))
            article = Text(r["doc_id"])
            if r["date"]:
                article.append(f"\n{r['date']}", style="dim")
            t.add_row(who, quote, article, _confidence(r["confidence"]), r["quote_id"])
        Console().print(t)

    @app.command()
    def speakers(
        speaker: SpeakerOpt = None,
        min_quotes: Annotated[int, typer.Option("--min-quotes", min=0, help="Only speakers quoted this often.")] = 0,
        fmt: Annotated[Format, typer.Option("--format", "-f", help="table, json, jsonl or csv.")] = Format.table,
        limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many speakers.")] = None,
        db_path: DbOpt = None,
    ) -> None:
        """List speakers, most quoted first, with their kind, counts, aliases and roles seen."""
        conn = _open(db_path, fail)
        try:
            rows = db.speakers(conn, name=speaker, min_quotes=min_quotes, limit=limit)
        finally:
            conn.close()
        if fmt is not Format.table:
            _rows_out(rows, fmt, ("name", "kind", "n_quotes", "n_documents", "aliases", "roles"))
            return
        if not rows:
            _say("no speakers")
            return
        t = Table(title=f"{len(rows)} speaker{'s' if len(rows) != 1 else ''}")
        t.add_column("speaker", style="bold")
        t.add_column("kind")
        t.add_column("quotes", justify="right")
        t.add_column("articles", justify="right")
        t.add_column("aliases")
        t.add_column("roles", style="dim")
        for r in rows:
            t.add_row(
                Text(r["name"]),
                Text(r["kind"] or ""),
                str(r["n_quotes"]),
                str(r["n_documents"]),
                Text(", ".join(r["aliases"])),
                Text(", ".join(r["roles"])),
            )
        Console().print(t)

    @app.command()
    def show(
        quote_id: Annotated[
            str, typer.Argument(metavar="QUOTE_ID", help="A quote_id (or its first characters, when unique).")
        ],
        as_json: Annotated[
            bool, typer.Option("--json", help="Print the quote, its context and marks as JSON.")
        ] = False,
        db_path: DbOpt = None,
    ) -> None:
        """Show a quote in its article paragraph, with the quote, cue and speaker mention highlighted."""
        conn = _open(db_path, fail)
        try:
            view = db.show(conn, quote_id)
        except db.QueryError as exc:
            fail(str(exc))
        finally:
            conn.close()
        if as_json:
            out = {
                "quote": view.row,
                "article": view.document,
                "context": view.context,
                "context_start": view.context_start,
                "paragraph": view.paragraph,
                "marks": [{"what": w, "start": a, "end": b} for w, a, b in view.marks],
            }
            sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
            return
        _render_quote(view)

    @app.command()
    def export(
        fact_check: Annotated[
            Path,
            typer.Option(
                "--fact-check",
                help="Write one JSON line per quote (schema: quotes/schemas/claims.schema.json) here; - for stdout.",
            ),
        ],
        speaker: SpeakerOpt = None,
        text: TextOpt = None,
        since: SinceOpt = None,
        doc: DocOpt = None,
        min_confidence: MinConfOpt = None,
        attributed_only: Annotated[
            bool, typer.Option("--attributed-only", help="Leave out quotes with no speaker.")
        ] = False,
        db_path: DbOpt = None,
    ) -> None:
        """Export quotes for fact-checking: exact words, offsets, paragraph, article, and a ClaimReview block."""
        conn = _open(db_path, fail)
        try:
            claims = db.fact_check_claims(
                conn,
                speaker=speaker,
                text=text,
                since=since,
                doc_id=doc,
                min_confidence=min_confidence,
                attributed_only=attributed_only,
            )
            unverified = 0

            def counted() -> Iterator[dict[str, Any]]:
                nonlocal unverified
                for c in claims:
                    unverified += not c["offsets_verified"]
                    yield c

            if str(fact_check) == "-":
                n = db.write_jsonl(counted(), sys.stdout)
            else:
                n = db.write_jsonl_atomic(counted(), fact_check)
        except db.QueryError as exc:
            fail(str(exc), 2)
        except (db.DatabaseError, OSError) as exc:
            fail(str(exc))
        finally:
            conn.close()
        _say(f"{n} quote{'' if n == 1 else 's'} written to {'stdout' if str(fact_check) == '-' else fact_check}")
        if unverified:
            _say(
                f"{unverified} of them from articles whose text is not stored: no context, offsets unchecked "
                "(ingest the tables with --corpus ARTICLES to add it)"
            )


def _render_quote(view: db.QuoteView) -> None:
    """The article header, the highlighted paragraph and a field list (Text objects: article text is never
    parsed as rich markup)."""
    out = Console()
    r, d = view.row, view.document
    head = Text(d["title"] or d["doc_id"], style="bold")
    for part in (d["date"], d["url"]):
        if part:
            head.append(f"  {part}", style="dim")
    out.print(head)
    out.print(Text(f"{d['doc_id']} · paragraph {view.paragraph} · quote {r['quote_id']}", style="dim"))
    styles = {"quote": "bold yellow", "cue": "bold magenta", "mention": "bold cyan underline"}
    if view.context is None:
        body = Text(r["quote"], style=styles["quote"])
        note = " (article text not stored: ingest with --corpus for context)"
    else:
        body = Text(view.context)
        for what, a, b in view.marks:
            body.stylize(styles[what], a, b)
        note = ""
    legend = Text.assemble(("quote", styles["quote"]), "  ", ("cue", styles["cue"]), "  ")
    legend.append_text(Text("speaker mention", style=styles["mention"]))
    out.print(Panel(body, subtitle=legend, subtitle_align="right"))
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="dim")
    fields.add_column()
    speaker = r["speaker"] or "(unattributed)"
    if r["speaker_kind"]:
        speaker += f" ({r['speaker_kind']})"
    mention = r["speaker_mention"] or ""
    if r["mention_start"] is not None:
        mention += f"  [{r['mention_start']}:{r['mention_end']}]"
    cue = r["cue"] or ""
    if r["cue_start"] is not None:
        cue += f"  [{r['cue_start']}:{r['cue_end']}]"
    for label, value in (
        ("speaker", speaker),
        ("mention", mention),
        ("cue", cue),
        ("type", r["quote_type"] or ""),
        ("method", r["method"] or ""),
        ("confidence", _confidence(r["confidence"])),
        ("offsets", f"{r['start']}:{r['end']}" + note),
        ("duplicate of", r["duplicate_of"] or ""),
    ):
        if value:
            fields.add_row(label, Text(value))
    out.print(fields)
