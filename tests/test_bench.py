"""The benchmark's own arithmetic: where (b)'s time goes and the ceiling it implies (no models, no timing)."""

from __future__ import annotations

import pytest

from bench.run import Result, StageClock, stage_lines


class _Parser:
    model_id = "fake"

    def tokenize_many(self, texts: list[str]) -> list[list[list[tuple[str, int, int]]]]:
        return [[[(w, 0, 0) for w in t.split()]] for t in texts]

    def tag(self, sentences: list[list[tuple[str, int, int]]]) -> list[tuple[()]]:
        return [() for _ in sentences]


def test_stage_clock_counts_words_seen_and_tagged() -> None:
    clock = StageClock(_Parser())
    (sent,) = clock.tokenize("one two three")
    clock.tokenize_many(["four five"])
    clock.tag([sent[:2]])
    assert (clock.words_seen, clock.words_tagged) == (5, 2)
    clock.reset()
    assert (clock.words_seen, clock.words_tagged, clock.tag_s) == (0, 0, 0.0)


@pytest.mark.parametrize(
    ("naive_s", "tokenize_s", "tag_s", "seconds", "ceiling"),
    [
        pytest.param(40.0, 5.0, 15.0, 25.0, "2.00x", id="tokenizer-free-leaves-tagging-and-rules"),
        pytest.param(30.0, 0.0, 10.0, 10.0, "3.00x", id="all-time-in-tagging"),
    ],
)
def test_stage_lines_report_the_ceiling(naive_s: float, tokenize_s: float, tag_s: float, seconds: float,
                                        ceiling: str) -> None:
    a = Result("naive", "(a)", docs=10, seconds=naive_s)
    b = Result("default", "(b)", docs=10, seconds=seconds)
    b.extra["stages"] = {"tokenize_s": tokenize_s, "tag_s": tag_s, "words_seen": 100, "words_tagged": 56}
    lines = stage_lines(a, b)
    assert "56 of 100 (56 %)" in lines[0]
    assert lines[1].endswith(ceiling)


def test_stage_lines_silent_without_stages() -> None:
    assert stage_lines(Result("naive", "(a)", seconds=1.0), Result("default", "(b)", seconds=1.0)) == []
