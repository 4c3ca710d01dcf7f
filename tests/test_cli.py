"""The command line: every command's help, errors as `Error: ...`, and a real run on the seed corpus."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from quotes.cli import app

runner = CliRunner()


def _commands() -> list[list[str]]:
    import typer.main

    group = typer.main.get_command(app)
    out: list[list[str]] = [[]]
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        out.append([name])
        for sub in getattr(cmd, "commands", {}):
            out.append([name, sub])
    return out


@pytest.mark.parametrize("cmd", _commands(), ids=lambda c: " ".join(c) or "quotes")
def test_help(cmd: list[str]) -> None:
    result = runner.invoke(app, [*cmd, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_models_info_json_lists_every_processor() -> None:
    result = runner.invoke(app, ["models", "info", "--models", "bundled", "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert set(info) == {"tokenize", "mwt", "pos", "lemma", "depparse", "ner"}
    for proc in ("tokenize", "mwt", "pos", "lemma", "depparse"):
        assert Path(info[proc]).is_file()


def test_unknown_models_folder_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["models", "info", "--models", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "Error:" in result.output


def test_bad_output_format_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "corpus", "--out", str(tmp_path / "x.xlsx")])
    assert result.exit_code == 2
    assert "Error: unknown output format" in result.output


@pytest.mark.models
def test_extract_skips_bad_files_and_writes_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text('"We will win," Jane Holt said.\n', encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00binary")
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(tmp_path), "--out", str(out), "--models", "bundled"])
    assert result.exit_code == 3, result.output
    assert "bad.txt" in result.output
    df = pl.read_csv(out)
    assert df["quote"].to_list() == ["We will win,"]
    assert df["speaker"].to_list() == ["Jane Holt"]
    assert not list(tmp_path.glob(".q.csv.*"))  # no temp file left behind
