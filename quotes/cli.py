"""The ``quotes`` command: a thin layer over the library. Errors print ``Error: ...`` and exit non-zero.

Exit codes: 0 success, 1 error, 2 bad usage, 3 finished but some inputs were skipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from quotes import load, models, table
from quotes.records import Document

app = typer.Typer(
    help="Extract quotations and their speakers from English news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
models_app = typer.Typer(help="Show or fetch the stanza models used for parsing.", no_args_is_help=True)
app.add_typer(models_app, name="models")

err = Console(stderr=True)
EXIT_SKIPPED = 3

ModelsOpt = Annotated[
    str,
    typer.Option("--models", help="auto (official if downloaded, else bundled), bundled, official, or a folder."),
]


def fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"Error: {message}", markup=False, highlight=False)
    raise typer.Exit(code)


def load_parser(spec: str):  # noqa: ANN201 - returns quotes.parse.Parser; import is lazy (stanza is slow)
    from quotes.parse import Parser

    try:
        return Parser(spec)
    except models.ModelError as exc:
        fail(str(exc))


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or folders of .txt / .jsonl articles, or - for stdin.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output table: .parquet, .csv or .jsonl.")] = Path(
        "out/quotes.parquet"
    ),
    also: Annotated[
        list[Path] | None, typer.Option("--also", help="Write the same table to another file too (repeatable).")
    ] = None,
    model_spec: ModelsOpt = "auto",
    min_confidence: Annotated[float, typer.Option(help="Drop rows whose confidence is below this.")] = 0.0,
    max_bytes: Annotated[int, typer.Option(help="Skip articles larger than this many bytes.")] = load.MAX_BYTES,
    selective: Annotated[
        bool, typer.Option(help="Parse only sentences near quotes and speech verbs (faster, same quality).")
    ] = True,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Also store articles, quotes and speakers in this SQLite database (see `search`)."),
    ] = None,
) -> None:
    """Find every quotation in the articles and write one row per quotation."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from quotes.pipeline import extract as run

    for target in [out, *(also or [])]:
        try:
            table.check_format(target)
        except ValueError as exc:
            fail(str(exc), 2)
    if db is not None:
        from quotes import cli_db

        cli_db.check_db(db, fail)  # a bad --db fails now, not after the extraction
    parser = load_parser(model_spec)
    items = list(load.expand(paths))
    n_files = sum(1 for i in items if not isinstance(i, load.Problem))

    def documents():  # noqa: ANN202
        for item in items:
            if isinstance(item, load.Problem):
                yield item
            elif item == "-":
                yield from load.read_stdin(max_bytes=max_bytes)
            else:
                yield from load.read_file(item, max_bytes=max_bytes)
            progress.advance(task)

    all_rows: list[dict] = []
    extracted: list[tuple[Document, list[dict]]] = []  # for --db
    problems: list[load.Problem] = []
    n_docs = 0
    with Progress(
        TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[docs]} articles"),
        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("extract", total=n_files or None, docs=0)
        for item, rows in run(documents(), parser, selective=selective):
            if isinstance(item, load.Problem):
                problems.append(item)
                err.print(f"skipped {item}", markup=False, highlight=False)
                continue
            n_docs += 1
            progress.update(task, docs=n_docs)
            kept = [r for r in rows if (r["confidence"] or 0.0) >= min_confidence]
            all_rows.extend(kept)
            if db is not None:
                extracted.append((item, kept))
    df = table.frame(all_rows)
    for target in [out, *(also or [])]:
        table.write_atomic(df, target)
    attributed = df.filter(df["speaker"].is_not_null()).height
    share = f"{attributed / df.height:.0%}" if df.height else "n/a"
    err.print(
        f"{n_docs} articles, {df.height} quotes, {attributed} attributed ({share}); "
        f"{len(problems)} skipped; wrote {', '.join(str(t) for t in [out, *(also or [])])}",
        markup=False, highlight=False,
    )
    if db is not None:
        from quotes import cli_db

        if cli_db.ingest_extracted(db, extracted, fail):
            raise typer.Exit(EXIT_SKIPPED)
    if problems:
        raise typer.Exit(EXIT_SKIPPED)


@models_app.command("info")
def models_info(
    model_spec: ModelsOpt = "auto",
    as_json: Annotated[bool, typer.Option("--json", help="Print {processor: model file path} as JSON.")] = False,
) -> None:
    """Say which models are in use and where their files are."""
    try:
        ms = models.resolve(model_spec)
    except models.ModelError as exc:
        fail(str(exc))
    if as_json:
        sys.stdout.write(json.dumps(ms.as_json(), indent=2) + "\n")
        return
    from rich.table import Table

    t = Table(title=f"models: {ms.source} ({ms.root})")
    t.add_column("processor")
    t.add_column("file")
    t.add_column("MB", justify="right")
    for proc, path in ms.as_json().items():
        size = f"{Path(path).stat().st_size / 1e6:.1f}" if path else ""
        t.add_row(proc, path or "(none)", size)
    Console().print(t)


@models_app.command("download")
def models_download(
    to: Annotated[Path | None, typer.Option(help="stanza resources folder (default: STANZA_RESOURCES_DIR or "
                                            "~/stanza_resources).")] = None,
) -> None:
    """Fetch stanza's official English models (needs internet once; then --models official works offline)."""
    try:
        where = models.download_official(to)
    except models.ModelError as exc:
        fail(str(exc))
    err.print(f"official English models in {where}", markup=False)


def _register_optional() -> None:
    """Commands that live in their own modules (evaluation, database) attach themselves here."""
    from quotes import cli_db, cli_eval

    cli_eval.register(app, fail)
    cli_db.register(app, fail)


_register_optional()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
