"""The ``quotes`` command: a thin layer over the library. Errors print ``Error: ...`` and exit non-zero.

Exit codes: 0 success, 1 error, 2 bad usage, 3 finished but some inputs were skipped.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from quotes import aliases, load, models, stream, table
from quotes.parallel import WorkerError
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


def load_parser(spec: str):  # returns quotes.parse.Parser; the import is lazy (stanza is slow)
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
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes, each loading the models once; same output for any N.")
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask", metavar="ADDRESS",
            help="Run on a Dask cluster (scheduler address, e.g. tcp://host:8786); --out is then written as a "
            "folder of part-*.parquet files. Needs the optional `scale` extra (dask, distributed).",
        ),
    ] = None,
    cache: Annotated[
        Path | None,
        typer.Option("--cache", help="Keep parses in this folder, so a re-run (e.g. with changed rules) skips stanza."),
    ] = None,
    alias_file: Annotated[
        Path | None,
        typer.Option("--aliases", help="Your own names: a CSV (alias,canonical[,kind]) or JSON {alias: canonical} "
                     "applied to speakers, and to unresolved mentions; changed rows get +alias-file in method."),
    ] = None,
) -> None:
    """Find every quotation in the articles and write one row per quotation."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from quotes.parallel import extract_batched, extract_parallel

    for target in [out, *(also or [])]:
        try:
            table.check_format(target)
        except ValueError as exc:
            fail(str(exc), 2)
    names: dict[str, aliases.Alias] = {}
    if alias_file is not None:
        try:
            names = aliases.load(alias_file)
        except aliases.AliasError as exc:
            fail(str(exc), 2)
    if dask is not None:
        _extract_dask(paths, out, also or [], dask=dask, model_spec=model_spec, selective=selective, cache=cache,
                      min_confidence=min_confidence, max_bytes=max_bytes, db=db, workers=workers, names=names)
        return
    if db is not None:
        from quotes import cli_db

        cli_db.check_db(db, fail)  # a bad --db fails now, not after the extraction
    if workers > 1:
        try:
            models.resolve(model_spec)  # a missing model fails here; the workers load the models themselves
        except models.ModelError as exc:
            fail(str(exc))
        parser = None
    else:
        parser = load_parser(model_spec)
        if cache is not None:
            from quotes.cache import CachedParser

            parser = CachedParser(parser, cache)
    items = list(load.expand(paths))
    n_files = sum(1 for i in items if not isinstance(i, load.Problem))

    def documents() -> Iterator[Document | load.Problem]:
        for item in items:
            if isinstance(item, load.Problem):
                yield item
            elif item == "-":
                yield from load.read_stdin(max_bytes=max_bytes)
            else:
                yield from load.read_file(Path(item), max_bytes=max_bytes)
            progress.advance(task)

    # Streaming: rows go to the tables (temp files, renamed at the end) and the --db as each article is done;
    # neither the corpus nor the rows are ever held in memory.
    problems: list[load.Problem] = []
    n_docs = 0
    rejected = 0
    with Progress(
        TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[docs]} articles"),
        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal,
    ) as progress, stream.Tables([out, *(also or [])]) as tables:
        task = progress.add_task("extract", total=n_files or None, docs=0)
        if parser is None:
            results = extract_parallel(
                documents(), models=model_spec, workers=workers, selective=selective, cache=cache
            )
        else:  # one process, still tagging a few articles per stanza call
            results = extract_batched(documents(), parser, selective=selective)

        def extracted() -> Iterator[tuple[Document, list[dict]]]:
            nonlocal n_docs
            for item, rows in results:
                if isinstance(item, load.Problem):
                    problems.append(item)
                    err.print(f"skipped {item}", markup=False, highlight=False)
                    continue
                n_docs += 1
                progress.update(task, docs=n_docs)
                if names:
                    rows = aliases.apply(rows, names)
                kept = [r for r in rows if (r["confidence"] or 0.0) >= min_confidence]
                tables.write(kept)
                yield item, kept

        try:
            if db is None:
                for _ in extracted():
                    pass
            else:
                from quotes import cli_db

                rejected = cli_db.ingest_extracted(db, extracted(), fail)  # type: ignore[arg-type]
        except WorkerError as exc:
            fail(str(exc))
    share = f"{tables.attributed / tables.rows:.0%}" if tables.rows else "n/a"
    err.print(
        f"{n_docs} articles, {tables.rows} quotes, {tables.attributed} attributed ({share}); "
        f"{len(problems)} skipped; wrote {', '.join(str(t) for t in [out, *(also or [])])}",
        markup=False, highlight=False,
    )
    if rejected or problems:
        raise typer.Exit(EXIT_SKIPPED)


def _extract_dask(
    paths: list[str], out: Path, also: list[Path], *, dask: str, model_spec: str, selective: bool,
    cache: Path | None, min_confidence: float, max_bytes: int, db: Path | None, workers: int,
    names: dict[str, aliases.Alias],
) -> None:
    """``extract --dask``: the same per-article function on a Dask cluster, written as part files."""
    if db is not None:
        fail("--db cannot be combined with --dask (the articles stay on the workers); run `quotes ingest` on "
             "the dataset's part files afterwards", 2)
    if workers > 1:
        fail("--workers does not apply with --dask: the cluster's workers do the work", 2)
    if out.suffix.lower() != ".parquet":
        fail("--dask writes a partitioned parquet dataset: --out must end in .parquet (it becomes a folder)", 2)
    try:
        models.resolve(model_spec)
        from quotes import scale
    except models.ModelError as exc:
        fail(str(exc))
    except ImportError:
        fail("--dask needs dask and distributed: install the optional `scale` extra (pip install dask distributed)")
    try:
        res = scale.extract_dask(
            paths,
            scheduler=dask,
            out_dir=out,
            models=model_spec,
            selective=selective,
            cache=cache,
            min_confidence=min_confidence,
            max_bytes=max_bytes,
            names=names,
        )
    except (OSError, ValueError) as exc:
        fail(str(exc))
    for p in res.problems:
        err.print(f"skipped {p}", markup=False, highlight=False)
    if also:
        import polars as pl

        with stream.Tables(also) as tables:
            for part in scale.part_files(out):
                tables.write(pl.read_parquet(part).to_dicts())
    share = f"{res.attributed / res.rows:.0%}" if res.rows else "n/a"
    err.print(
        f"{res.docs} articles, {res.rows} quotes, {res.attributed} attributed ({share}); {len(res.problems)} "
        f"skipped; wrote {', '.join(str(t) for t in [out, *also])} ({res.parts} parts)",
        markup=False,
        highlight=False,
    )
    if res.problems:
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
