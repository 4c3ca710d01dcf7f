"""``quotes eval``: score the extractor on annotated gold documents (attached to the main app by quotes.cli).

The metrics and their exact definitions live in :mod:`quotes.evaluate`; this module only reads options,
runs the extractor (or reads a saved predictions table), prints the tables and writes the reports.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

EXIT_SKIPPED = 3


def _print_tables(tabs: list[Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for t in tabs:
        rt = Table(title=t.title, title_justify="left", caption=t.note or None, caption_justify="left")
        for i, h in enumerate(t.headers):
            rt.add_column(h, justify="left" if i == 0 else "right", overflow="fold")
        for row in t.rows:
            rt.add_row(*row)
        console.print(rt)


def register(app: typer.Typer, fail: Callable[..., Any]) -> None:
    """Attach this module's commands to ``app``."""

    @app.command("eval")
    def eval_(
        gold: Annotated[Path, typer.Argument(help="Gold JSONL: one document per line with 'text' and 'quotes'.")],
        split: Annotated[
            str | None, typer.Option(help="Only documents whose 'split' is this (train, dev, test).")
        ] = None,
        limit: Annotated[int | None, typer.Option(min=1, help="Only the first N documents (after --split).")] = None,
        skip: Annotated[
            int, typer.Option(min=0, help="Pass over the first N documents (after --split, before --limit).")
        ] = 0,
        report: Annotated[Path | None, typer.Option(help="Also write every table as markdown here.")] = None,
        errors: Annotated[
            Path | None, typer.Option(help="Write misses, extras and wrong speakers with their sentence here (.md).")
        ] = None,
        predictions: Annotated[
            Path | None, typer.Option(help="Score this saved table (.parquet/.csv/.jsonl) instead of running.")
        ] = None,
        save_predictions: Annotated[
            Path | None, typer.Option(help="Write the extractor's rows here, to rescore later with --predictions.")
        ] = None,
        json_out: Annotated[Path | None, typer.Option("--json", help="Write every number as JSON here.")] = None,
        model_spec: Annotated[
            str,
            typer.Option(
                "--models", help="auto (official if downloaded, else bundled), bundled, official, or a folder."
            ),
        ] = "auto",
        selective: Annotated[bool, typer.Option(help="Parse only sentences near quotes and speech verbs.")] = True,
        threads: Annotated[
            int, typer.Option(min=0, help="torch CPU threads; 1 is fastest on a busy machine, 0 = torch's default.")
        ] = 1,
        cache: Annotated[
            Path | None,
            typer.Option(help="Keep parses in this folder, so re-scoring after a rule change skips stanza."),
        ] = None,
    ) -> None:
        """Run the extractor over gold documents and score quotes, speakers, methods and confidence."""
        from quotes import evaluate, table

        for target in (predictions, save_predictions):
            if target is not None:
                try:
                    table.check_format(target)
                except ValueError as exc:
                    fail(str(exc), 2)
        try:
            docs = evaluate.read_gold(gold, split=split, limit=limit, skip=skip)
        except evaluate.GoldError as exc:
            fail(str(exc))
        if not docs:
            have = ", ".join(f"{k} ({v})" for k, v in sorted(evaluate.splits(gold).items()))
            fail(f"no documents{f' with split {split!r}' if split else ''} in {gold}; splits there: {have}")

        from rich.console import Console

        err = Console(stderr=True)
        t0 = time.monotonic()
        problems: list[Any] = []
        model_id = "saved predictions"
        if predictions is not None:
            try:
                rows = list(table.iter_rows(table.read(predictions)))
            except Exception as exc:  # polars raises several kinds for unreadable files
                fail(f"cannot read {predictions}: {exc}")
            model_id = f"saved predictions ({predictions.name})"
        else:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            from quotes import models
            from quotes.parse import Parser
            from quotes.pipeline import SentenceParser

            evaluate.set_threads(threads)
            try:
                stanza_parser = Parser(model_spec)
            except models.ModelError as exc:
                fail(str(exc))
            model_id = stanza_parser.model_id
            parser: SentenceParser = stanza_parser
            if cache is not None:
                from quotes.cache import CachedParser

                parser = CachedParser(stanza_parser, cache)
            with Progress(
                TextColumn("[bold]eval"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err,
                transient=True,
                disable=not err.is_terminal,
            ) as progress:
                task = progress.add_task("eval", total=len(docs))
                rows, problems = evaluate.predict(
                    docs, parser, selective=selective, on_doc=lambda: progress.advance(task)
                )
            if save_predictions is not None:
                table.write_atomic(table.frame(rows), save_predictions)
        for p in problems:
            err.print(f"skipped {p}", markup=False, highlight=False)
        results, ignored = evaluate.match_all(docs, rows)
        scores = evaluate.aggregate(results, ignored_rows=ignored)
        elapsed = time.monotonic() - t0
        tabs = evaluate.tables(scores)
        _print_tables(tabs)
        where = (f"{gold.name}" + (f", split {split}" if split else "") + (f", after {skip}" if skip else "")
                 + (f", first {limit}" if limit else ""))
        summary = (
            f"{len(docs)} documents ({where}), {len(rows) - ignored} predicted rows, {model_id}, "
            f"{elapsed:.0f} s" + (f"; {ignored} rows of other documents ignored" if ignored else "")
        )
        err.print(summary, markup=False, highlight=False)
        if report is not None:
            evaluate.write_text_atomic(evaluate.markdown(tabs, title=f"Evaluation: {where}", preamble=summary), report)
        if errors is not None:
            evaluate.write_text_atomic(evaluate.errors_markdown(results, title=f"Errors: {where}"), errors)
        if json_out is not None:
            payload = {"gold": gold.name, "split": split, "skip": skip, "limit": limit, "model_id": model_id,
                       **scores.as_json()}
            evaluate.write_text_atomic(json.dumps(payload, indent=2) + "\n", json_out)
        if problems:
            raise typer.Exit(EXIT_SKIPPED)
