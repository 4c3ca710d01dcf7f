"""The names an article's own text yields (``resolve.Entities``): what the canonical speaker is built from."""

from __future__ import annotations

import pytest

from quotes.resolve import Entities


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Lt. Gov. Jane Judge said so.", ["Jane Judge"], id="surname-that-is-a-role-word"),
        pytest.param("Ferry Union Secretary-Treasurer Tom Berg said so.", ["Tom Berg"], id="hyphenated-role"),
        pytest.param("Co-captain Tom Berg said so.", ["Tom Berg"], id="co-role"),
        pytest.param("Ruritania-based Tom Berg said so.", ["Tom Berg"], id="description-built-on-a-place"),
        pytest.param("Under Secretary of State for Harbour Affairs Jane Holt said so.", ["Jane Holt"],
                     id="long-title-then-given-name"),
        pytest.param("The Daily Ledger Jane Holt said so.", ["Jane Holt"], id="employer-then-given-name"),
        pytest.param("Bank of Ruritania said so.", ["Bank of Ruritania"], id="of-inside-an-organisation"),
        pytest.param("Mr. Berg of Harbour Radio said so.", ["Berg"], id="honorific-name-of-employer"),
        pytest.param("Harbour Radio Vice President for news Jane Holt said so.", ["Jane Holt"],
                     id="a-title-alone-is-no-name"),
        pytest.param("Half of Ferry Town voters agree.", ["Ferry Town"], id="share-of-is-no-name"),
        pytest.param("Shares of Halden Motors rose.", ["Halden Motors"], id="shares-of-a-firm"),
        pytest.param("Veterans for Peace and Citizens for Fair Fares said so.", ["Veterans for Peace",
                     "Citizens for Fair Fares"], id="group-for-a-cause"),
        pytest.param("Campaign for Roe says he will win.", [], id="campaign-for-a-candidate-is-no-name"),
        pytest.param("Provost Dean Carrow said so.", ["Dean Carrow"], id="given-name-title-word-after-a-title"),
        pytest.param("The club captain Dean Mossley said so.", ["Dean Mossley"],
                     id="given-name-title-word-after-a-lower-case-role"),
        pytest.param("Dean Carrow said so.", ["Carrow"], id="title-word-opening-a-name-stays-a-title"),
        pytest.param("Jane Holt spoke. Much of Holt’s speech was long.", ["Jane Holt"], id="much-of-an-owner"),
        pytest.param("The Harbour Pilots’ union said so.", ["Harbour Pilots"], id="plural-possessive"),
        pytest.param('They held "Jane Holt Ferry Day," on the pier.', ["Jane Holt"], id="quoted-day-keeps-the-person"),
        pytest.param('The "Berg Precision Ferry Method" works.', [], id="quoted-method-is-nobody"),
        pytest.param("CHAPTER ONE THE FERRY IS LATE When Jane Holt came home.", ["Jane Holt"],
                     id="heading-in-capitals"),
        pytest.param("A FERRY CAPTAIN AND HER CREW Jane Holt stood there.", ["Jane Holt"],
                     id="capitals-end-before-title-case"),
        pytest.param("J. J. Holt said so.", ["J. J. Holt"], id="initials-are-no-heading"),
        pytest.param("On the radio, Jane Holt Just Slammed Berg over fares.", ["Jane Holt", "Berg"],
                     id="past-verb-in-a-title-case-run"),
        pytest.param("I’m sure, Jane Holt said. I'll see.", ["Jane Holt"], id="contracted-i-is-no-name"),
        pytest.param("So said Speaker of the House Jane Holt.", ["Jane Holt"], id="title-ending-in-a-body"),
        pytest.param("Someone called it a mess. Correction: it was late.", [], id="indefinite-and-label"),
        pytest.param("Sens. Jane Holt said so.", ["Jane Holt"], id="plural-title-abbreviation"),
        pytest.param("Cllr Tom Berrow said so.", ["Tom Berrow"], id="councillor-abbreviated"),
        pytest.param("The florist June Ottaway said so.", ["June Ottaway"], id="month-as-given-name-after-a-noun"),
        pytest.param("In June Ottaway said so.", ["Ottaway"], id="month-after-in-is-a-date"),
        pytest.param("Israelis and Somalis said so.", [], id="plural-demonym-in-i-is-a-people"),
        pytest.param("St. Aldric's Hospital said so.", ["St. Aldric's Hospital"], id="a-saint-s-name-in-a-body-s"),
        pytest.param("Harbison's said it would appeal.", ["Harbison's"], id="a-firm-named-with-its-s"),
        pytest.param("Harbison's plan failed.", [], id="an-owner-alone-is-no-name"),
        pytest.param("The Ferry and Harbour Administration said so.", ["Ferry and Harbour Administration"],
                     id="and-inside-a-body-s-name"),
        pytest.param("Halden & Strand said so.", ["Halden & Strand"], id="ampersand-inside-a-firm-s-name"),
        pytest.param("The Justice Department and State Department said so.", ["Justice Department",
                     "State Department"], id="and-between-two-bodies"),
        pytest.param("Jane Roe and Acme Council said so.", ["Jane Roe", "Acme Council"], id="and-after-a-person"),
        pytest.param("Substitute Teo Mbeko scored late.", ["Teo Mbeko"], id="sports-role-then-given-name"),
        pytest.param("Corvis and Tarvis said so.", ["Corvis", "Tarvis"], id="surname-shaped-like-a-plural-demonym"),
        pytest.param("The fares rise.\n\nSTORY CONTINUES.\n\nJane Holt said so.", ["Jane Holt"],
                     id="label-in-capitals"),
    ],
)
def test_names_harvested(text: str, names: list[str]) -> None:
    assert sorted(e.name for e in Entities(text).ents) == sorted(names)


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        pytest.param("Tom King said so. King left.", {"Tom King", "King"}, id="role-word"),
        pytest.param("Ann Walch said so. Walch left.", {"Ann Walch", "Walch"}, id="demonym-shaped"),
        pytest.param("Tom King said so. The King left.", {"Tom King"}, id="after-the-it-is-a-title"),
    ],
)
def test_surname_that_is_also_a_common_word_joins_the_full_name(text: str, forms: set[str]) -> None:
    assert {f for e in Entities(text).ents for f in e.forms} == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        pytest.param("Karim al-Tahir spoke. al-Tahir left.", {"Karim al-Tahir", "al-Tahir"}, id="particle-surname"),
        pytest.param("Ana Ruiz-Vega spoke. Ms. Ruiz-Vega left.", {"Ana Ruiz-Vega", "Ruiz-Vega"},
                     id="double-barrelled-surname"),
        pytest.param("Dorran Corp. cut jobs. Dorran said so.", {"Dorran Corp.", "Dorran"}, id="firm-by-first-word"),
        pytest.param("Harwell Energy cut jobs. Harwell said so.", {"Harwell Energy", "Harwell"},
                     id="firm-of-a-kind-by-first-word"),
    ],
)
def test_one_word_joins_the_full_name(text: str, forms: set[str]) -> None:
    """A hyphenated surname, or a firm's first word, is the same entity as the full name."""
    ents = Entities(text).ents
    assert len(ents) == 1 and set(ents[0].forms) == forms


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        pytest.param("Count Varga bowed.", "male", id="count"),
        pytest.param("Countess Varga bowed.", "female", id="countess"),
        pytest.param("Madame Varga bowed.", "female", id="madame"),
        pytest.param("Herr Varga bowed.", "male", id="herr"),
        pytest.param("Varga bowed.", "unknown", id="no-title"),
    ],
)
def test_a_title_of_address_gives_the_gender(text: str, gender: str) -> None:
    (ent,) = Entities(text).ents
    assert ent.gender == gender


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Helen Park spoke.", "person", id="given-name-and-park"),
        pytest.param("Tom Hall spoke.", "person", id="given-name-and-hall"),
        pytest.param("Riverside Park opened.", "place", id="no-given-name"),
        pytest.param("Helen Street opened.", "place", id="a-place-word-that-is-no-surname"),
        pytest.param("Dorothy Banks spoke.", "person", id="given-name-and-a-plural-noun"),
        pytest.param("Ferry Workers spoke.", "other", id="a-group-with-no-given-name"),
        pytest.param("Georgia Democrats spoke.", "other", id="a-given-name-that-is-a-place"),
        pytest.param("The Harbour Trade Federation spoke.", "organization", id="a-federation-is-a-body"),
        pytest.param("The Russian Federation spoke.", "place", id="a-nation-s-federation-is-a-country"),
        pytest.param("St. Aldric's Basilica was full.", "place", id="a-saint-s-basilica-is-no-person"),
        pytest.param("The St. Aldric City Council spoke.", "organization", id="a-saint-s-town-council-is-a-body"),
    ],
)
def test_a_word_that_is_a_surname_too(text: str, kind: str) -> None:
    assert Entities(text).ents[0].kind == kind


@pytest.mark.parametrize(
    ("text", "display"),
    [
        pytest.param("Pope Ignatius spoke.", "Pope Ignatius", id="pope"),
        pytest.param("King Olav spoke.", "King Olav", id="king"),
        pytest.param("Russian Orthodox Patriarch Tobiah spoke.", "Patriarch Tobiah", id="patriarch"),
        pytest.param("Archbishop Jane Holt spoke.", "Jane Holt", id="full-name-drops-the-title"),
        pytest.param("President Holt spoke.", "Holt", id="office-is-no-part-of-the-name"),
    ],
)
def test_a_one_word_name_keeps_a_sovereign_s_title(text: str, display: str) -> None:
    """The canonical name a reader knows: "Pope Ignatius", not "Ignatius"; but "Holt" for President Holt."""
    assert [e.display for e in Entities(text).ents] == [display]


def test_mister_never_joins_a_womans_full_name() -> None:
    ents = Entities("Jane Holt and her husband arrived. Mr. Holt spoke first.")
    assert sorted(e.name for e in ents.ents) == ["Holt", "Jane Holt"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("Mrs. Holt spoke. Mr. Holt spoke.", ["Mr. Holt", "Mrs. Holt"], id="surname-keeps-honorific"),
        pytest.param("Ms. Jane Holt spoke.", ["Jane Holt"], id="full-name-drops-honorific"),
        pytest.param("Sir Tom Berg spoke. Then Sir Tom left.", ["Sir Tom Berg"], id="title-of-rank-stays"),
        pytest.param("Mrs. Bridge spoke.", ["Mrs. Bridge"], id="surname-that-names-a-place"),
        pytest.param("Twelve-year-old Jane Holt spoke.", ["Jane Holt"], id="age-description-opens-no-name"),
        pytest.param("Poor Tom Berg spoke.", ["Tom Berg"], id="adjective-opens-no-name"),
        pytest.param("Upon Berg's return, Tom Berg spoke.", ["Tom Berg"], id="preposition-opens-no-name"),
        pytest.param("II Mrs. Holt spoke.", ["Mrs. Holt"], id="chapter-number-opens-no-name"),
        pytest.param("Tom Berg IV spoke.", ["Tom Berg IV"], id="numeral-after-a-name-stays"),
        pytest.param("K.C. Holt spoke.", ["K.C. Holt"], id="initials"),
        pytest.param("General Karim al-Tahir spoke.", ["Karim al-Tahir"], id="particle-joined-by-hyphen"),
        pytest.param("U.S. Senator Jane Holt spoke.", ["Jane Holt"], id="country-initials-open-no-name"),
        pytest.param("All Ferry Town Pilots spoke. Pilots spoke.", ["Ferry Town Pilots"], id="plural-alone-is-no-name"),
        pytest.param("Biologist Tom Berg spoke.", ["Tom Berg"], id="profession-before-given-name"),
        pytest.param("Parent Jane Holt spoke.", ["Jane Holt"], id="person-noun-before-given-name"),
        pytest.param("Voter Tom Berg spoke.", ["Tom Berg"], id="voter-before-given-name"),
        pytest.param("Mayor Tom Berg spoke. The mayor left.", ["Tom Berg"], id="role-word-before-given-name"),
        pytest.param("Spencer Tom Berg spoke.", ["Spencer Tom Berg"], id="given-name-first-is-kept"),
        pytest.param("The CEO spoke.", [], id="role-in-capitals"),
        pytest.param("Harbours Mr. Berg spoke.", ["Mr. Berg"], id="honorific-inside-a-run"),
        pytest.param("Estimates vary. Other estimates differ.", [], id="word-also-written-in-lower-case"),
        pytest.param("Wherever Jane Holt went, crowds came.", ["Jane Holt"], id="subordinator-opens-no-name"),
    ],
)
def test_names_as_shown(text: str, shown: list[str]) -> None:
    assert sorted(e.display for e in Entities(text).ents) == sorted(shown)
