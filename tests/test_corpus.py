"""The seed articles in corpus/, read as a new user would: every quotation is a row with the right speaker.

Expected speakers are the reading of a news editor; the package itself knows none of these names.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quotes.load import iter_documents
from quotes.pipeline import extract_document
from quotes.records import Document

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PUTIN, KIM, KULEBA = "Vladimir Putin", "Kim Jong Un", "Dmytro Kuleba"
STOLTENBERG, HERASHCHENKO, KCNA = "Jens Stoltenberg", "Anton Herashchenko", "Korean Central News Agency"

# (doc prefix, quote prefix, occurrence, expected speaker)
EXPECTED = [
    ("000", "Putin and Kim Jong Un couldn't stop", 0, HERASHCHENKO),
    ("004", "fiery friend", 0, None),
    ("004", "strongest ever treaty", 0, KIM),
    ("004", "fiery friendship", 0, KIM),
    ("004", "really is a breakthrough document", 0, PUTIN),
    ("004", "among other things", 0, PUTIN),
    ("004", "fully contributes to maintaining peace", 0, KIM),
    ("004", "strongest ever treaty", 1, KIM),
    ("004", "fiery friendship", 1, KIM),
    ("004", "really is a breakthrough document", 1, PUTIN),
    ("004", "invincibility and durability", 0, KCNA),
    ("004", "invincibility and durability", 1, KCNA),
    ("004", "new fundamental document", 0, PUTIN),
    ("004", "consistent and unchanging support", 0, PUTIN),
    ("004", "Our pilots flew", 0, PUTIN),
    ("004", "the fiery friendship of the two countries", 0, KIM),
    ("004", "full support and solidarity", 0, KIM),
    ("004", "hegemonic policy", 0, KIM),
    ("004", "important role and mission", 0, KIM),
    ("004", "that are not controlled by the West", 0, PUTIN),
    ("004", "illegal, unilateral restrictions", 0, PUTIN),
    ("004", "We highly appreciate", 0, PUTIN),
    ("004", "now actively developing", 0, PUTIN),
    ("004", "defending their interests", 0, PUTIN),
    ("004", "maintaining the common line", 0, PUTIN),
    ("004", "are getting stronger day by day", 0, KCNA),
    ("004", "give fresh vitality", 0, KCNA),
    ("004", "the lonely bromance", 0, KULEBA),
    ("004", "The best way to respond", 0, KULEBA),
    ("004", "dependent", 0, STOLTENBERG),
    ("004", "Their closest friends", 0, STOLTENBERG),
    ("004", "A Quiet Place", 0, None),
    ("004", "Lord of the Rings", 0, None),
    ("004", "Even Verstappen", 0, None),
]
KNOWN_FAILURES: dict[tuple[str, str, int], str] = {}


@pytest.fixture(scope="module")
def corpus_rows(bundled_parser: Any) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for doc in iter_documents([str(CORPUS)]):
        assert isinstance(doc, Document), doc
        out[doc.doc_id[:3]] = extract_document(doc, bundled_parser)
    return out


def _params() -> list[Any]:
    out = []
    for doc, quote, k, speaker in EXPECTED:
        key = (doc, quote, k)
        marks = [pytest.mark.xfail(reason=KNOWN_FAILURES[key], strict=True)] if key in KNOWN_FAILURES else []
        out.append(pytest.param(doc, quote, k, speaker, id=f"{doc}-{quote[:30]}-{k}", marks=marks))
    return out


@pytest.mark.models
@pytest.mark.parametrize(("doc", "quote", "k", "speaker"), _params())
def test_seed_quote_speaker(corpus_rows: dict[str, list[dict[str, Any]]], doc: str, quote: str, k: int,
                            speaker: str | None) -> None:
    rows = [r for r in corpus_rows[doc] if r["quote"].startswith(quote)]
    assert len(rows) > k, f"quote {quote!r} #{k} missing"
    assert rows[k]["speaker"] == speaker, rows[k]


@pytest.mark.models
def test_no_row_names_a_speaker_outside_the_articles_people(corpus_rows: dict[str, list[dict[str, Any]]]) -> None:
    allowed = {PUTIN, KIM, KULEBA, STOLTENBERG, HERASHCHENKO, KCNA, None}
    for rows in corpus_rows.values():
        for r in rows:
            if r["quote_type"] != "indirect":
                assert r["speaker"] in allowed, r


@pytest.mark.models
def test_rows_are_verbatim(corpus_rows: dict[str, list[dict[str, Any]]]) -> None:
    for key, rows in corpus_rows.items():
        text = next(CORPUS.glob(f"{key}_*.txt")).read_bytes().decode("utf-8")
        for r in rows:
            assert text[r["start"] : r["end"]] == r["quote"]
