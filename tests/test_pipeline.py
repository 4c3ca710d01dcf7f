"""The pipeline never crashes and every row stays verbatim, whatever the article (Hypothesis)."""

from __future__ import annotations

import pytest
from fake_parser import FakeParser
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotes.pipeline import extract_document
from quotes.records import Document
from quotes.table import COLUMNS, frame

PIECES = ['"', "“", "”", "‘", "’", "'", "«", "»", " said ", " told ", "He", "She", "the minister", "Jane Holt",
          "Holt", ", ", ". ", "\n\n", "\n", "don't", "nations'", "'90s", "according to ", "a", "b", " "]
articles = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
PARSER = FakeParser()


def check(text: str) -> None:
    rows = extract_document(Document("h", text), PARSER)
    for r in rows:
        assert text[r["start"] : r["end"]] == r["quote"]
        if r["mention_start"] is not None:
            assert text[r["mention_start"] : r["mention_end"]] == r["speaker_mention"]
        assert 0.0 <= r["confidence"] <= 1.0
    assert list(frame(rows).columns) == list(COLUMNS)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
@example("Jane Holt,    , ")  # blanks between a name's two commas: an empty appositive (found by the slow run)
def test_pipeline_never_crashes(text: str) -> None:
    check(text)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_pipeline_never_crashes_many(text: str) -> None:
    check(text)


def test_fake_parser_example_attributes() -> None:
    rows = extract_document(Document("x", 'Jane Holt arrived. "We will win," Holt said.'), PARSER)
    assert [r["quote"] for r in rows] == ["We will win,"]
