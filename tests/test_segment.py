"""Block kinds: headline, body, caption, boilerplate."""

from __future__ import annotations

import pytest

from quotes.segment import blocks, paragraphs

ARTICLE = """Mayor opens new bridge

Images source: © Example Photo

The mayor opened the bridge on Monday. "It is a great day," she said to the crowd that had gathered.

city opens bridge
The mayor cuts the ribbon at the opening ceremony
city opens bridge

Officials said the bridge cost less than planned and was finished two months early, which surprised many people.

Read more

OTHER NEWS

8 minutes ago

Film "Some Title" tops the box office
"""


def test_kinds() -> None:
    text = ARTICLE
    kinds = {text[b.start : b.end][:20]: b.kind for b in blocks(text)}
    assert kinds["Mayor opens new brid"] == "headline"
    assert kinds["Images source: © Exa"] == "caption"
    assert kinds["The mayor opened the"] == "body"
    assert kinds["Officials said the b"] == "body"
    assert kinds["OTHER NEWS"] == "boilerplate"
    assert kinds['Film "Some Title" to'] == "boilerplate"


@pytest.mark.parametrize(
    ("para", "kind"),
    [
        ("Follow us on Twitter and Facebook", "boilerplate"),
        ("Subscribe to our newsletter", "boilerplate"),
        ('"Follow us," Jane Roe said, and the children walked behind her all the way to the old library.', "body"),
        ('"Sign up now or miss out," the organiser told the crowd that had gathered outside the hall.', "body"),
        ('RELATED: "Worst storm in decades," say forecasters', "boilerplate"),
        ("Read more: Harbour tolls to rise in May", "boilerplate"),
        ('Related to the toll, Jane Roe said: "We will pay."', "body"),
        ("READ MORE:\n'Burned out': Why nurses are quitting\nHospital chain posts record profits", "boilerplate"),
        ("Subscribe to our podcast here.\nThe trouble, the author writes, began in the early 1970s with a clash "
         "between the campuses and the union halls that went on for years and shaped the party.", "body"),
    ],
    ids=["follow-us-line", "subscribe-line", "follow-us-in-a-quote", "sign-up-in-a-quote", "related-link-line",
         "read-more-link-line", "related-to-in-a-sentence", "marker-heading-its-list-in-one-block",
         "marker-line-then-a-paragraph-of-prose"],
)
def test_marker_lines_are_short(para: str, kind: str) -> None:
    text = "A long first paragraph of the story that ends the way sentences end.\n\n" + para
    assert blocks(text)[-1].kind == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a\n\nb", [(0, 1), (3, 4)]), ("a\nb", [(0, 1), (2, 3)]), ("  \n\n", []), ("x\n \n\n y", [(0, 1), (6, 7)])],
    ids=["blank-lines", "single-lines", "only-space", "spaces-around"],
)
def test_paragraphs(text: str, expected: list[tuple[int, int]]) -> None:
    assert paragraphs(text) == expected


@pytest.mark.parametrize(
    ("para", "kind"),
    [
        ("'A long winter ahead.'", "headline"),
        ("‘Nobody saw it coming.’", "headline"),
        ('"We are going to win this fight, whatever it takes," she said.', "body"),
        ("'We are going to win this fight whatever it takes and whoever tries to stop us.'", "body"),
        ("'Steel Isn't the Enemy.'", "headline"),
        ("“THE LONG ROAD HOME”", "headline"),
        ('"NO MORE TOLLS!"', "body"),
    ],
    ids=["single-marked-subhead", "curly-single-marked-subhead", "a-quote-paragraph", "a-long-single-marked-quote",
         "an-apostrophe-inside", "capitals-in-double-marks", "a-chant"],
)
def test_quoted_subheads(para: str, kind: str) -> None:
    text = '"We never saw it coming," Jane Holt said on the steps of the plant.\n\n' + para + (
        "\n\nAnother paragraph of the story that ends the way sentences end.")
    assert blocks(text)[1].kind == kind


def test_single_marks_are_speech_where_the_story_uses_no_double_marks() -> None:
    text = ("'We never saw it coming,' Jane Holt said on the steps of the plant.\n\n'A long winter ahead.'\n\n"
            "Another paragraph of the story that ends the way sentences end.")
    assert blocks(text)[1].kind == "body"


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ('Harbour toll rises "The board raised the ferry toll for the third time this year, and owners say the '
         'higher fee will push small boats out of the port before the summer season begins." [Ledger.]', "body"),
        ("Harbour toll rises for the third time [Ledger]", "boilerplate"),
    ],
    ids=["digest-item-of-prose-ends-the-list", "headline-link-stays-in-the-list"],
)
def test_a_digest_item_of_prose_ends_a_link_list(item: str, kind: str) -> None:
    """A morning-digest story under a ``Top stories`` marker is prose closed by a source tag, not a link."""
    text = "A long first paragraph of the story that ends the way sentences end.\n\nTop stories\n\n" + item
    assert blocks(text)[-1].kind == kind


@pytest.mark.parametrize(
    ("para", "kind"),
    [
        ('"It must go," she said.', "body"),
        ("The vote is set for Friday.", "body"),
        ("Holt Says Toll Is 'Robbery'", "boilerplate"),
        ('Board votes on "fair fares" plan', "boilerplate"),
        ("Ferry fares rise again", "boilerplate"),
    ],
    ids=["short-quote-paragraph", "short-sentence", "title-case-link", "sentence-case-link", "three-word-link"],
)
def test_a_short_paragraph_of_prose_ends_a_marker(para: str, kind: str) -> None:
    """A sign-up line is furniture, but the story goes on after it: a short paragraph of running prose
    (a sentence's end after a lower-case word, mostly lower-case words) is body again."""
    text = ("A long first paragraph of the story that ends the way sentences end.\n\nSign up for our newsletter\n\n"
            + para)
    assert blocks(text)[-1].kind == kind


@pytest.mark.parametrize(
    ("para", "kind"),
    [
        ('Pictured: Nurses hold signs reading "Safe Staffing Saves Lives" outside the hospital on Monday.', "caption"),
        ("Right: The mayor cuts the ribbon at the opening of the bridge.", "caption"),
        ("Right now, the mayor said, the bridge is safe for every kind of traffic that uses it.", "body"),
        ("DETROIT (AP) \u2014 Halden Motors said it will cut about 4,000 jobs worldwide.", "body"),
        ("Dec 29 (AP) - The senator said on Tuesday that the violence was genocide.", "body"),
        ("The mayor cuts the ribbon at the opening of the bridge. (AP Photo/Jane Roe)", "caption"),
    ],
    ids=["pictured-label", "right-label", "right-now-in-a-sentence", "wire-dateline-with-dash", "dated-dateline",
         "agency-photo-credit"],
)
def test_caption_labels(para: str, kind: str) -> None:
    text = "A long first paragraph of the story that ends the way sentences end.\n\n" + para
    assert blocks(text)[-1].kind == kind


@pytest.mark.parametrize(
    ("first", "kind"),
    [
        ('A federal judge on Friday blocked a new state rule on voter identification, calling it "a solution in '
         'search of a problem."', "body"),
        ("Harbour council's claim that nine in ten ferries run on time is its own office's calculation.", "headline"),
        ("Council votes to close landfill; \nNeighbours say the smell has made their lives a misery for ten years "
         "and more.", "headline"),
    ],
    ids=["lead-sentence-of-an-article-with-no-headline", "sentence-case-headline-with-a-period",
         "headline-and-deck-on-two-lines"],
)
def test_first_block(first: str, kind: str) -> None:
    text = first + "\n\nThe second paragraph of the story goes on the way sentences go on, with a full stop."
    assert blocks(text)[0].kind == kind
