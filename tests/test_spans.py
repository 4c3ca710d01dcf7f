"""Quote-span finder: example table plus Hypothesis properties."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.spans import MARKS, find_quotes, stray_marks

CASES = [
    ("curly-double", "He said “we will win” today.", ["we will win"]),
    ("straight-double", 'He said "we will win" today.', ["we will win"]),
    ("single-after-verb", "Kim said it 'fully contributes to peace'.", ["fully contributes to peace"]),
    ("quote-first", "'Our pilots flew,' the man said.", ["Our pilots flew,"]),
    ("plural-possessive", "the two nations' friendship and 'unity'", ["unity"]),
    ("possessive-then-quote", "the West's 'hegemonic policy.'", ["hegemonic policy."]),
    ("contraction", "It wasn't clear and don't ask.", []),
    ("decade", "Back in the '90s it was 'different'.", ["different"]),
    ("irish-name", "O'Brien said 'no'.", ["no"]),
    ("spaced-possessive", "North Korea 's founding", []),
    ("nested", "He said: “They called it ‘a farce’ at once.”", ["They called it ‘a farce’ at once."]),
    ("guillemets", "Il a dit «non» hier.", ["non"]),
    ("curly-apostrophe", "Russia’s war and Kim’s ‘fiery friend’", ["fiery friend"]),
    ("unclosed-ends-at-paragraph", '"We will never give up, he said.\n\nNext.', ["We will never give up, he said."]),
    ("lone-closing-flagged", "The treaty will allow mutual help.'\n\nMore.", ["The treaty will allow mutual help."]),
    ("two-quotes", '"One," he said. "Two."', ["One,", "Two."]),
    ("empty-quote", 'He said "" and left.', []),
    ("spaced-straight-quotes", '" Good night , " said the man .', ["Good night ,"]),
    ("doubled-ascii", "He gloated: ''I told you.'' Then ''we won,'' she said.", ["I told you.", "we won,"]),
    ("doubled-ascii-with-nested", "'''Jaws,''' he said. ''It is 'great'.''", ["'Jaws,'", "It is 'great'."]),
    ("no-space-after-closer", '"We won,"Ann said. "Next."', ["We won,", "Next."]),
    ("opening-curl-used-to-close", "“It is odd,“ said Roe. “Very.”", ["It is odd,", "Very."]),
    ("closing-curl-used-to-open", "Roe said ”we won” today.", ["we won"]),
    ("space-before-doubled-closer", "''We won, '' said Roe. ''Next.''", ["We won,", "Next."]),
    ("spaces-after-a-nested-closer-then-doubled-closer", "''A backlash against 'Low Tide,'  '' Roe noted. ''Next.''",
     ["A backlash against 'Low Tide,'", "Next."]),
    ("space-before-straight-closer", '"We won, " Roe said.', ["We won,"]),
    ("tokenized-quote-runs-on", '" Yes , " he said , " I will .\n\n" Soon . "', ["Yes ,", "I will .", "Soon ."]),
    ("same-curly-marks-nested", "“Her line that it “pays for itself” is wrong,” Roe wrote.",
     ["Her line that it “pays for itself” is wrong,"]),
    ("same-straight-marks-nested", 'Roe said, "If a man says, "Sell me a boat," you sell him one." Then she left.',
     ['If a man says, "Sell me a boat," you sell him one.']),
    ("unclosed-before-a-new-quote", '"Yes, he said. "No," she said.', ["Yes, he said.", "No,"]),
    ("doubled-opening-marks-are-no-nesting", '"“We won,” Roe said later."', ["We won,"]),
    ("plural-possessive-inside-single-marks", "‘It’s the islanders’ ferry,’ said Roe. ‘Not the board’s.’",
     ["It’s the islanders’ ferry,", "Not the board’s."]),
    ("possessive-shape-closing-before-a-new-quote", "‘Thank the volunteers’ he said, ‘they did it all.’",
     ["Thank the volunteers", "they did it all."]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_examples(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


def test_multi_paragraph_quote_continues() -> None:
    text = '"First part of the speech.\n\n"Second part," she said.'
    qs = find_quotes(text)
    assert [text[q.start : q.end] for q in qs] == ["First part of the speech.", "Second part,"]
    assert [q.flags for q in qs] == ["unclosed", "continued"]


def test_lone_closing_mark_is_flagged() -> None:
    text = "He spoke.\n\nend of it.”\n\nThen “a real one” came."
    qs = find_quotes(text)
    assert qs[0].flags == "unopened"
    assert text[qs[-1].start : qs[-1].end] == "a real one"


def test_stray_marks_reported() -> None:
    text = 'a " b'
    assert stray_marks(text) == [2] or find_quotes(text) == ()


MARK_CHARS = "".join(MARKS)
article = st.lists(st.sampled_from([*MARK_CHARS, *"ab c\n.,'’s", "\n\n", "don't", " O'Brien", "'90s"]),
                   max_size=120).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article)
def test_properties(text: str) -> None:
    qs = find_quotes(text)
    last_end = -1
    for q in qs:
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= last_end, "spans overlap"
        last_end = q.end
        assert text[q.start : q.end].strip() == text[q.start : q.end]


@settings(deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters=MARK_CHARS), max_size=300))
def test_no_marks_no_spans(text: str) -> None:
    assert find_quotes(text) == ()


@settings(deadline=None)
@given(st.text(max_size=500))
def test_never_crashes_on_any_text(text: str) -> None:
    for q in find_quotes(text):
        assert text[q.start : q.end]


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article)
def test_properties_many(text: str) -> None:
    test_properties.hypothesis.inner_test(text)  # type: ignore[attr-defined]
