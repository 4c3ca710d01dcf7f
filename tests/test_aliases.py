"""A user's alias file: reading it (CSV or JSON, clear errors) and putting its names into table rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest
from typer.testing import CliRunner

from quotes import aliases
from quotes.cli import app


def _row(speaker: str | None, mention: str | None, kind: str = "person", method: str = "adj:after+name"
         ) -> dict[str, Any]:
    return {"speaker": speaker, "speaker_mention": mention, "speaker_kind": kind if speaker else "unknown",
            "method": method, "quote": "We will win,"}


NAMES = {aliases.key("J. Holt"): aliases.Alias("Jane Holt"),
         aliases.key("Holt"): aliases.Alias("Jane Holt", "person"),
         aliases.key("the harbour agency"): aliases.Alias("Harbour Agency of Westport", "organization"),
         aliases.key("Jane Holt"): aliases.Alias("Jane Holt")}


@pytest.mark.parametrize(
    ("row", "speaker", "kind", "method"),
    [
        (_row("J. Holt", "J. Holt"), "Jane Holt", "person", "adj:after+name+alias-file"),
        (_row("Holt", "Holt", kind="unknown"), "Jane Holt", "person", "adj:after+name+alias-file"),
        (_row(None, "The Harbour Agency", method="adj:after+unresolved"), "Harbour Agency of Westport",
         "organization", "adj:after+unresolved+alias-file"),
        (_row("Jane Holt", "She", method="adj:after+pronoun"), "Jane Holt", "person", "adj:after+pronoun"),
        (_row(None, "she", method="adj:after+unresolved"), None, "unknown", "adj:after+unresolved"),
        (_row("Tom Berg", "Berg"), "Tom Berg", "person", "adj:after+name"),
        (_row(None, None, method="none"), None, "unknown", "none"),
    ],
    ids=["initial-to-full-name", "lone-surname-gets-kind", "unresolved-mention", "already-canonical-unchanged",
         "pronoun-never-matched", "not-in-file", "no-mention"],
)
def test_apply(row: dict[str, Any], speaker: str | None, kind: str, method: str) -> None:
    before = dict(row)
    out = aliases.apply([row], NAMES)[0]
    assert (out["speaker"], out["speaker_kind"], out["method"]) == (speaker, kind, method)
    assert row == before  # the input row is not changed
    assert out["quote"] == row["quote"]


@pytest.mark.parametrize(
    ("name", "content", "alias", "canonical"),
    [
        ("a.csv", "alias,canonical\nJ. Holt,Jane Holt\n", "j holt", "Jane Holt"),
        ("b.csv", "canonical,kind,alias\nHarbour Agency,organization,The Agency\n", "agency", "Harbour Agency"),
        ("c.json", '{"J. Holt": "Jane Holt"}', "j holt", "Jane Holt"),
    ],
    ids=["csv", "csv-columns-any-order-with-kind", "json"],
)
def test_load(tmp_path: Path, name: str, content: str, alias: str, canonical: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert aliases.load(path)[alias].canonical == canonical


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.csv", "name,full\nJ. Holt,Jane Holt\n", "alias,canonical"),
        ("b.csv", "alias,canonical\nJ. Holt,\n", "line 2"),
        ("c.csv", "alias,canonical,kind\nJ. Holt,Jane Holt,robot\n", "kind must be"),
        ("d.json", "[1, 2]", "JSON object"),
        ("e.json", "{nope", "not JSON"),
        ("f.csv", "alias,canonical\nHolt,Jane Holt\nholt,Tom Holt\n", "two canonical names"),
    ],
    ids=["wrong-header", "empty-canonical", "bad-kind", "json-not-an-object", "json-broken", "alias-twice"],
)
def test_bad_files_are_named_errors(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(aliases.AliasError, match=message) as info:
        aliases.load(path)
    assert name in str(info.value)


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", "corpus", "--out", str(tmp_path / "q.csv"),
                                      "--aliases", str(tmp_path / "nope.csv")])
    assert result.exit_code == 2, result.output
    assert "Error: cannot read alias file" in result.output


@pytest.mark.models
def test_extract_with_an_alias_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('Jane Holt runs the ferry. "We will win," Holt said.\n', encoding="utf-8")
    names = tmp_path / "names.csv"
    names.write_text("alias,canonical\nJane Holt,Jane M. Holt\n", encoding="utf-8")
    out = tmp_path / "q.csv"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--out", str(out), "--models", "bundled",
                                      "--aliases", str(names)])
    assert result.exit_code == 0, result.output
    df = pl.read_csv(out)
    assert df["speaker"].to_list() == ["Jane M. Holt"]
    assert df["method"].to_list() == ["adj:after+alias+alias-file"]
