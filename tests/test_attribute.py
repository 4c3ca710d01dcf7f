"""Attribution + resolution, one row per construction: on saved parses (no model) and on the bundled models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from examples import EXAMPLES, Example

from quotes import attribute, conllu, resolve, segment, spans
from quotes.pipeline import rows
from quotes.records import Document, ParsedDoc

FIXTURES = Path(__file__).parent / "fixtures" / "examples.json"
KNOWN_FAILURES: dict[str, str] = {}


def _row_for(rows_: list[dict[str, Any]], quote: str) -> dict[str, Any]:
    matches = [r for r in rows_ if r["quote"] == quote]
    assert matches, f"quote {quote!r} not found in {[r['quote'] for r in rows_]}"
    return matches[0]


def check(ex: Example, rows_: list[dict[str, Any]]) -> None:
    r = _row_for(rows_, ex.quote)
    assert r["speaker"] == ex.speaker, r
    assert r["speaker_mention"] == ex.mention, r
    if ex.cue is not None:
        assert r["cue"] == ex.cue, r
    assert r["outlet"] == ex.outlet, r
    if ex.quote_type is not None:
        assert r["quote_type"] == ex.quote_type, r
    if r["speaker"] is None:
        assert r["confidence"] == 0.0
    else:
        assert 0.0 < r["confidence"] <= 1.0
        assert r["method"].count("+") == 1


def _saved() -> dict[str, dict[str, str]]:
    if not FIXTURES.exists():
        return {}
    return {d["id"]: d for d in json.loads(FIXTURES.read_text(encoding="utf-8"))}


def _params() -> list[Any]:
    out = []
    for ex in EXAMPLES:
        marks = [pytest.mark.xfail(reason=KNOWN_FAILURES[ex.id], strict=True)] if ex.id in KNOWN_FAILURES else []
        out.append(pytest.param(ex, id=ex.id, marks=marks))
    return out


@pytest.mark.parametrize("ex", _params())
def test_rules_on_saved_parse(ex: Example) -> None:
    saved = _saved().get(ex.id)
    if saved is None or saved["text"] != ex.text:
        pytest.fail("fixture missing or stale: run python tests/fixtures/make_fixtures.py")
    text, sents = conllu.read(saved["conllu"], ex.text)
    doc = Document(ex.id, text)
    parsed = ParsedDoc(doc, segment.blocks(text), spans.find_quotes(text), sents)
    check(ex, rows(parsed, resolve.resolve(parsed, attribute.attribute(parsed))))


@pytest.mark.models
@pytest.mark.parametrize("ex", _params())
def test_end_to_end_on_bundled_models(ex: Example, bundled_parser: Any) -> None:
    from quotes.pipeline import extract_document

    check(ex, extract_document(Document(ex.id, ex.text), bundled_parser))


def test_speaker_kind_is_one_of_the_three() -> None:
    """The table's ``speaker_kind`` is person, organization or unknown, whatever the entity was inside resolution
    (a place, a lone word, a name that is no one's)."""
    kinds = set()
    for saved in _saved().values():
        text, sents = conllu.read(saved["conllu"], saved["text"])
        parsed = ParsedDoc(Document("x", text), segment.blocks(text), spans.find_quotes(text), sents)
        kinds |= {r["speaker_kind"] for r in rows(parsed, resolve.resolve(parsed, attribute.attribute(parsed)))}
    assert kinds == {"person", "organization", "unknown"}


def test_every_row_is_verbatim() -> None:
    for saved in _saved().values():
        text, sents = conllu.read(saved["conllu"], saved["text"])
        parsed = ParsedDoc(Document("x", text), segment.blocks(text), spans.find_quotes(text), sents)
        for r in rows(parsed, resolve.resolve(parsed, attribute.attribute(parsed))):
            assert text[r["start"] : r["end"]] == r["quote"]
            if r["speaker_mention"] is not None:
                assert text[r["mention_start"] : r["mention_end"]] == r["speaker_mention"]


# A long sentence a small parser got wrong: the quote hangs off "compared", the speech verb "told" is a
# conjunct of "issued", so no tree path links quote and cue (hand-written tree, as the bundled parser gave it).
MISPARSED = """\
1\tKim\tKim\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
2\tBerg\tBerg\tPROPN\tNNP\t_\t1\tflat\t_\t_
3\tissued\tissue\tVERB\tVBD\t_\t0\troot\t_\t_
4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_
5\tstatement\tstatement\tNOUN\tNN\t_\t3\tobj\t_\t_
6\tafter\tafter\tSCONJ\tIN\t_\t9\tmark\t_\t_
7\tAnn\tAnn\tPROPN\tNNP\t_\t9\tnsubj\t_\t_
8\tLee\tLee\tPROPN\tNNP\t_\t7\tflat\t_\t_
9\ttold\ttell\tVERB\tVBD\t_\t3\tconj\t_\t_
10\ta\ta\tDET\tDT\t_\t11\tdet\t_\t_
11\trally\trally\tNOUN\tNN\t_\t9\tobj\t_\t_
12\tthat\tthat\tSCONJ\tIN\t_\t17\tmark\t_\t_
13\tthe\tthe\tDET\tDT\t_\t14\tdet\t_\t_
14\tplan\tplan\tNOUN\tNN\t_\t17\tnsubj\t_\t_
15\tis\tbe\tAUX\tVBZ\t_\t17\tcop\t_\t_
16\t"\t"\tPUNCT\t``\t_\t17\tpunct\t_\tSpaceAfter=No
17\tpeanuts\tpeanut\tNOUN\tNNS\t_\t19\tadvcl\t_\tSpaceAfter=No
18\t"\t"\tPUNCT\t''\t_\t17\tpunct\t_\t_
19\tcompared\tcompare\tVERB\tVBN\t_\t3\tparataxis\t_\t_
20\tto\tto\tADP\tIN\t_\t21\tcase\t_\t_
21\tothers\tother\tNOUN\tNNS\t_\t19\tobl\t_\tSpaceAfter=No
22\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
"""


def test_nearest_cue_when_the_tree_links_nothing() -> None:
    text, sents = conllu.read(MISPARSED)
    parsed = ParsedDoc(Document("x", text), segment.blocks(text), spans.find_quotes(text), sents)
    (a,) = attribute.attribute(parsed, indirect=False)
    assert text[a.quote.start : a.quote.end] == "peanuts"
    assert (a.sieve, a.mention.text if a.mention else None, a.cue) == ("dep:nearest-cue", "Ann Lee", "told")


def _conllu(rows_: str) -> str:
    """Hand-written CoNLL-U from compact rows ``id word lemma upos[/xpos] head deprel [SpaceAfter=No]``."""
    out = []
    for line in rows_.strip().splitlines():
        i, word, lemma, tags, head, rel, *misc = line.split()
        upos, _, xpos = tags.partition("/")
        out.append("\t".join((i, word, lemma, upos, xpos or "_", "_", head, rel, "_", misc[0] if misc else "_")))
    return "\n".join(out) + "\n"


def _indirect_rows(rows_: str) -> list[tuple[str | None, str]]:
    """(mention, reported words) of the indirect rows attributed on a hand-written parse."""
    text, sents = conllu.read(_conllu(rows_))
    parsed = ParsedDoc(Document("x", text), segment.blocks(text), spans.find_quotes(text), sents)
    return [(a.mention.text if a.mention else None, text[a.quote.start : a.quote.end])
            for a in attribute.attribute(parsed) if a.quote_type == "indirect"]


# The closing period and mark of the quote hung on the root "said", as the bundled parser does with long
# sentences: the words of the quote belong under "added", two arcs up.
PERIOD_ON_ROOT = _conllu("""
1 " " PUNCT 4 punct SpaceAfter=No
2 We we PRON 4 nsubj
3 are be AUX 4 cop
4 ready ready ADJ 7 ccomp SpaceAfter=No
5 , , PUNCT 4 punct SpaceAfter=No
6 " " PUNCT 4 punct
7 said say VERB 0 root
8 Tomas Tomas PROPN 7 nsubj
9 Berg Berg PROPN 8 flat SpaceAfter=No
10 , , PUNCT 12 punct
11 who who PRON 12 nsubj
12 added add VERB 8 acl:relcl
13 that that SCONJ 17 mark
14 the the DET 15 det
15 strike strike NOUN 17 nsubj
16 will will AUX 17 aux
17 feel feel VERB 12 ccomp
18 " " PUNCT 21 punct SpaceAfter=No
19 like like ADP 21 case
20 a a DET 21 det
21 race race NOUN 17 obl SpaceAfter=No
22 . . PUNCT 7 punct SpaceAfter=No
23 " " PUNCT 7 punct
""")


# A short reporting clause at the end of the sentence that the parser coordinated with the clause holding the
# quote (``conj`` with no ``and``) instead of setting it beside it (``parataxis``).
TRAILING_CONJ = _conllu("""
1 The the DET 2 det
2 council council NOUN 3 nsubj
3 broke break VERB 0 root
4 its its PRON 6 nmod:poss
5 " " PUNCT 6 punct SpaceAfter=No
6 promise promise NOUN 3 obj SpaceAfter=No
7 " " PUNCT 6 punct
8 on on ADP 10 case
9 the the DET 10 det
10 budget budget NOUN 3 obl SpaceAfter=No
11 , , PUNCT 15 punct
12 Jane Jane PROPN 15 nsubj
13 Holt Holt PROPN 12 flat
14 has have AUX 15 aux
15 said say VERB 3 conj SpaceAfter=No
16 . . PUNCT 3 punct
""")


# "who" after a modifier phrase: the word before it is "talks", the person is the phrase's head.
WHO_AFTER_MODIFIER = _conllu("""
1 " " PUNCT 3 punct SpaceAfter=No
2 We we PRON 3 nsubj
3 lost lose VERB 6 ccomp SpaceAfter=No
4 , , PUNCT 3 punct SpaceAfter=No
5 " " PUNCT 3 punct
6 said say VERB 0 root
7 one one NUM 8 nummod
8 Unionist Unionist PROPN 6 nsubj
9 familiar familiar ADJ 8 amod
10 with with ADP 12 case
11 the the DET 12 det
12 talks talk NOUN 9 obl SpaceAfter=No
13 , , PUNCT 15 punct
14 who who PRON 15 nsubj
15 added add VERB 12 acl:relcl
16 that that SCONJ 19 mark
17 the the DET 18 det
18 mayor mayor NOUN 19 nsubj
19 seemed seem VERB 15 ccomp
20 " " PUNCT 21 punct SpaceAfter=No
21 shaken shake VERB 19 xcomp SpaceAfter=No
22 . . PUNCT 21 punct SpaceAfter=No
23 " " PUNCT 21 punct
""")


# The name with its age in commas taken for an apposition of the place before it; "said" has no subject.
AGE_IN_COMMAS = _conllu("""
1 At at ADP 3 case
2 the the DET 3 det
3 harbour harbour NOUN 11 obl SpaceAfter=No
4 , , PUNCT 5 punct
5 Maria Maria PROPN 3 appos
6 Lind Lind PROPN 5 flat SpaceAfter=No
7 , , PUNCT 8 punct
8 70 70 NUM 5 nmod SpaceAfter=No
9 , , PUNCT 11 punct
10 then then ADV 11 advmod
11 said say VERB 0 root SpaceAfter=No
12 : : PUNCT 15 punct
13 " " PUNCT 15 punct SpaceAfter=No
14 We we PRON 15 nsubj
15 won win VERB 11 parataxis SpaceAfter=No
16 . . PUNCT 15 punct SpaceAfter=No
17 " " PUNCT 15 punct
""")


# A participle on a document ("a statement saying"): whoever issued the document speaks.
STATEMENT_SAYING = _conllu("""
1 The the DET 2 det
2 company company NOUN 3 nsubj
3 issued issue VERB/VBD 0 root
4 a a DET 5 det
5 statement statement NOUN 3 obj
6 saying say VERB/VBG 5 acl
7 the the DET 8 det
8 plan plan NOUN 13 nsubj
9 was be AUX 13 cop
10 " " PUNCT 13 punct SpaceAfter=No
11 a a DET 13 det
12 good good ADJ 13 amod
13 step step NOUN 6 ccomp SpaceAfter=No
14 . . PUNCT 13 punct SpaceAfter=No
15 " " PUNCT 13 punct
""")


# Two subjects on "said": the speaker before it, and the reported clause's subject right after it, which
# the parser took for an inverted speaker ("…, said Lind.").
TWO_SUBJECTS = _conllu("""
1 For for ADP 2 case
2 now now ADV 10 obl SpaceAfter=No
3 , , PUNCT 2 punct
4 Lind Lind PROPN 10 nsubj SpaceAfter=No
5 , , PUNCT 8 punct
6 at at ADP 8 case
7 the the DET 8 det
8 institute institute NOUN 4 nmod SpaceAfter=No
9 , , PUNCT 2 punct
10 said say VERB 0 root
11 the the DET 12 det
12 ports port NOUN 10 nsubj
13 have have AUX 14 aux
14 reached reach VERB 10 ccomp
15 a a DET 17 det
16 " " PUNCT 17 punct SpaceAfter=No
17 truce truce NOUN 14 obj SpaceAfter=No
18 " " PUNCT 17 punct SpaceAfter=No
19 . . PUNCT 10 punct
""")


# The parser hung the reported clause's subject on the participle: "the person" is no speaker of "adding".
SUBJECT_AFTER_PARTICIPLE = _conllu("""
1 Berg Berg PROPN 2 nsubj
2 called call VERB/VBD 0 root
3 it it PRON 2 obj
4 a a DET 5 det
5 mistake mistake NOUN 2 obj SpaceAfter=No
6 , , PUNCT 7 punct
7 adding add VERB/VBG 2 advcl
8 that that SCONJ 14 mark
9 the the DET 10 det
10 person person NOUN 7 nsubj
11 who who PRON 14 nsubj
12 " " PUNCT 14 punct SpaceAfter=No
13 must must AUX 14 aux
14 fix fix VERB 10 acl:relcl
15 it it PRON 14 obj
16 is be AUX 18 cop
17 the the DET 18 det
18 mayor mayor NOUN 14 ccomp SpaceAfter=No
19 . . PUNCT 18 punct SpaceAfter=No
20 " " PUNCT 18 punct
""")


# An open complement's subject is the object above it: Holt goes on TV and does the calling, not "I".
OBJECT_CONTROL = _conllu("""
1 I I PRON 2 nsubj
2 remember remember VERB/VBP 0 root
3 Holt Holt PROPN 2 obj
4 going go VERB/VBG 2 xcomp
5 on on ADP 6 case
6 TV TV PROPN 4 obl SpaceAfter=No
7 , , PUNCT 8 punct
8 calling call VERB/VBG 4 advcl
9 it it PRON 8 obj
10 " " PUNCT 12 punct SpaceAfter=No
11 a a DET 12 det
12 disgrace disgrace NOUN 8 xcomp SpaceAfter=No
13 . . PUNCT 12 punct SpaceAfter=No
14 " " PUNCT 12 punct
""")


# The subject hung under the reported clause, so "tells" has none: the appositive's name before its comma.
SUBJECT_UNDER_COMPLEMENT = _conllu("""
1 A a DET 3 det
2 top top ADJ 3 amod
3 adviser adviser NOUN 11 nsubj SpaceAfter=No
4 , , PUNCT 5 punct
5 Jane Jane PROPN 3 appos
6 Holt Holt PROPN 5 flat SpaceAfter=No
7 , , PUNCT 3 punct
8 tells tell VERB/VBZ 0 root
9 reporters reporter NOUN 8 iobj
10 the the DET 11 det
11 vote vote NOUN 8 ccomp
12 is be AUX 13 cop
13 " " PUNCT 14 punct SpaceAfter=No
14 lost lose VERB 11 acl SpaceAfter=No
15 . . PUNCT 14 punct SpaceAfter=No
16 " " PUNCT 14 punct
""")


# The name read as the object of a verb before it: the subjectless "suggested" takes the name before the
# appositive, not the appositive's noun.
NAME_HUNG_AS_OBJECT = _conllu("""
1 At at ADP 3 case
2 the the DET 3 det
3 club club NOUN 10 obl SpaceAfter=No
4 , , PUNCT 5 punct
5 Jane Jane PROPN 3 appos
6 Holt Holt PROPN 5 flat SpaceAfter=No
7 , , PUNCT 9 punct
8 its its PRON 9 nmod:poss
9 president president NOUN 5 appos SpaceAfter=No
10 , , PUNCT 11 punct
11 suggested suggest VERB/VBD 0 root
12 it it PRON 14 nsubj
13 was be AUX 14 cop
14 " " PUNCT 15 punct SpaceAfter=No
15 badly badly ADV 16 advmod
16 run run VERB 11 ccomp SpaceAfter=No
17 . . PUNCT 16 punct SpaceAfter=No
18 " " PUNCT 16 punct
""")


# The reported clause's subject read as the verb's (after it), the name before the party label left out:
# a thing after the verb never speaks, the name before it does.
THING_AFTER_THE_VERB = _conllu("""
1 Jane Jane PROPN 8 nmod
2 Holt Holt PROPN 1 flat
3 ( ( PUNCT 4 punct SpaceAfter=No
4 D D PROPN 1 appos SpaceAfter=No
5 - - PUNCT 6 punct SpaceAfter=No
6 Nordish Nordish PROPN 4 flat SpaceAfter=No
7 ) ) PUNCT 4 punct
8 said say VERB/VBD 0 root
9 the the DET 10 det
10 spate spate NOUN 8 nsubj
11 of of ADP 12 case
12 closures closure NOUN 10 nmod
13 demands demand NOUN 10 conj
14 " " PUNCT 16 punct SpaceAfter=No
15 more more ADV 16 advmod
16 listening listen VERB 13 acl SpaceAfter=No
17 . . PUNCT 16 punct SpaceAfter=No
18 " " PUNCT 16 punct
""")


# Two sentences read as one, the first hung on the second's verb as a clause before it: "She" speaks her own
# words; the firm that announced something later does not report them.
FRONTED_CLAUSE = _conllu("""
1 ( ( PUNCT 3 punct SpaceAfter=No
2 She she PRON 3 nsubj
3 claimed claim VERB/VBD 13 advcl
4 to to ADP 6 case
5 " " PUNCT 6 punct SpaceAfter=No
6 retire retire VERB 3 xcomp SpaceAfter=No
7 . . PUNCT 6 punct SpaceAfter=No
8 " " PUNCT 6 punct SpaceAfter=No
9 ) ) PUNCT 6 punct
10 Then then ADV 13 advmod
11 Harbourline Harbourline PROPN 13 nsubj
12 later late ADV 13 advmod
13 announced announce VERB/VBD 0 root
14 a a DET 15 det
15 merger merger NOUN 13 obj SpaceAfter=No
16 . . PUNCT 13 punct
""")


# A partial quote under a clause with no subject of its own (a gerund hung on a noun, "including ending …"),
# and no speech verb anywhere: the clause borrows the subject of the verb above it.
SUBJECTLESS_CLAUSE = _conllu("""
1 Jane Jane PROPN 3 nsubj
2 Holt Holt PROPN 1 flat
3 outlined outline VERB/VBD 0 root
4 her her PRON 5 nmod:poss
5 aims aim NOUN 3 obj SpaceAfter=No
6 , , PUNCT 8 punct
7 including include VERB/VBG 8 mark
8 ending end VERB/VBG 5 acl
9 the the DET 12 det
10 " " PUNCT 12 punct SpaceAfter=No
11 ferry ferry NOUN 12 compound
12 tax tax NOUN 8 obj SpaceAfter=No
13 " " PUNCT 12 punct
14 on on ADP 15 case
15 islanders islander NOUN 12 nmod SpaceAfter=No
16 . . PUNCT 3 punct
""")


# A name the parser set in apposition to the time that opens the sentence, with a "who" aside after it: the
# speech verb after the aside was left without a subject.
ASIDE_AFTER_A_TIME = _conllu("""
1 Earlier early ADV 20 advmod
2 this this DET 3 det
3 week week NOUN 20 obl:unmarked SpaceAfter=No
4 , , PUNCT 3 punct
5 Jane Jane PROPN 3 appos
6 Holt Holt PROPN 5 flat SpaceAfter=No
7 , , PUNCT 9 punct
8 who who PRON 9 nsubj
9 ran run VERB/VBD 5 acl:relcl
10 the the DET 11 det
11 port port NOUN 9 obj
12 when when ADV 16 advmod
13 the the DET 14 det
14 pier pier NOUN 16 nsubj:pass
15 was be AUX 16 aux:pass
16 closed close VERB/VBN 20 advcl
17 to to ADP 18 case
18 ferries ferry NOUN 16 obl SpaceAfter=No
19 , , PUNCT 3 punct
20 conceded concede VERB/VBD 0 root
21 the the DET 22 det
22 harbour harbour NOUN 26 nsubj
23 is be AUX 26 cop
24 " " PUNCT 26 punct SpaceAfter=No
25 a a DET 26 det
26 mess mess NOUN 20 ccomp SpaceAfter=No
27 . . PUNCT 26 punct SpaceAfter=No
28 " " PUNCT 26 punct
""")


# Two quotes joined by "and", the second hung on the main verb of the sentence: it is the first one's words.
JOINED_QUOTES = _conllu("""
1 " " PUNCT 2 punct SpaceAfter=No
2 No no INTJ 5 ccomp SpaceAfter=No
3 , , PUNCT 2 punct SpaceAfter=No
4 " " PUNCT 2 punct
5 said say VERB/VBD 0 root
6 Ann Ann PROPN 5 nsubj
7 Vance Vance PROPN 6 flat SpaceAfter=No
8 , , PUNCT 10 punct
9 who who PRON 10 nsubj
10 added add VERB/VBD 6 acl:relcl
11 that that SCONJ 14 mark
12 the the DET 13 det
13 board board NOUN 14 nsubj
14 seemed seem VERB/VBD 10 ccomp
15 " " PUNCT 16 punct SpaceAfter=No
16 shaken shake VERB/VBN 14 xcomp SpaceAfter=No
17 " " PUNCT 16 punct
18 and and CCONJ 20 cc
19 " " PUNCT 20 punct SpaceAfter=No
20 tired tire VERB/VBN 5 conj SpaceAfter=No
21 " " PUNCT 20 punct
22 by by ADP 24 case
23 the the DET 24 det
24 row row NOUN 20 obl SpaceAfter=No
25 . . PUNCT 5 punct
""")


# A quote that ends its sentence and the next sentence run together by the tokenizer: the "according to" of
# the second sentence is not the quote's; the same phrase right after a quote still is.
MERGED_ACCORDING = _conllu("""
1 Holt Holt PROPN 2 nsubj
2 asked ask VERB 0 root SpaceAfter=No
3 : : PUNCT 6 punct
4 " " PUNCT 6 punct SpaceAfter=No
5 Which which DET 6 det
6 ferry ferry NOUN 2 parataxis SpaceAfter=No
7 ? ? PUNCT 6 punct SpaceAfter=No
8 " " PUNCT 6 punct
9 The the DET 10 det
10 shop shop NOUN 11 nsubj
11 sells sell VERB 2 parataxis
12 lamps lamp NOUN 11 obj
13 and and CCONJ 14 cc
14 rugs rug NOUN 12 conj SpaceAfter=No
15 , , PUNCT 19 punct
16 according accord VERB 19 case
17 to to ADP 19 case
18 its its PRON 19 nmod:poss
19 website website NOUN 11 obl SpaceAfter=No
20 . . PUNCT 2 punct
""")
QUOTE_ACCORDING = _conllu("""
1 " " PUNCT 3 punct SpaceAfter=No
2 We we PRON 3 nsubj
3 won win VERB 0 root SpaceAfter=No
4 , , PUNCT 3 punct SpaceAfter=No
5 " " PUNCT 3 punct
6 according accord VERB 9 case
7 to to ADP 9 case
8 its its PRON 9 nmod:poss
9 website website NOUN 3 obl SpaceAfter=No
10 . . PUNCT 3 punct
""")


@pytest.mark.parametrize(("saved", "head"), [pytest.param(MERGED_ACCORDING, None, id="next-sentence-run-together"),
                                             pytest.param(QUOTE_ACCORDING, "website", id="right-after-the-quote")])
def test_according_to_stays_in_the_quotes_sentence(saved: str, head: str | None) -> None:
    text, sents = conllu.read(saved)
    q = spans.find_quotes(text)[0]
    found = attribute._according_to(sents[0], attribute.region(q))
    assert (found.text if found else None) == head


def _by_quote(saved: str) -> dict[str, Any]:
    """Attributions of a hand-written parse, by quote text."""
    text, sents = conllu.read(saved)
    parsed = ParsedDoc(Document("x", text), segment.blocks(text), spans.find_quotes(text), sents)
    return {text[a.quote.start : a.quote.end]: a for a in attribute.attribute(parsed, indirect=False)}


@pytest.mark.parametrize(
    ("saved", "quote", "sieve", "cue", "mention", "stands_for"),
    [
        pytest.param(PERIOD_ON_ROOT, "like a race.", "dep:ancestor", "added", "who", "Tomas Berg",
                     id="closing-punctuation-is-no-attach-point"),
        pytest.param(TRAILING_CONJ, "promise", "dep:parataxis", "said", "Jane Holt", None,
                     id="trailing-report-parsed-as-conjunct"),
        pytest.param(WHO_AFTER_MODIFIER, "shaken.", "dep:ancestor", "added", "who",
                     "one Unionist familiar with the talks",
                     id="who-after-a-modifier-stands-for-the-person"),
        pytest.param(AGE_IN_COMMAS, "We won.", "dep:ancestor", "said", "Maria Lind", None,
                     id="name-with-age-in-commas-before-subjectless-verb"),
        pytest.param(TWO_SUBJECTS, "truce", "dep:ancestor", "said", "Lind", None,
                     id="speaker-before-the-verb-not-the-reported-subject-after-it"),
        pytest.param(STATEMENT_SAYING, "a good step.", "dep:ancestor", "saying", "The company", None,
                     id="participle-on-a-document-speaks-for-its-issuer"),
        pytest.param(SUBJECT_AFTER_PARTICIPLE, "must fix it is the mayor.", "dep:ancestor", "adding", "Berg", None,
                     id="participle-subject-never-follows-it"),
        pytest.param(OBJECT_CONTROL, "a disgrace.", "dep:ancestor", "calling", "Holt", None,
                     id="object-above-an-open-complement-is-its-subject"),
        pytest.param(SUBJECT_UNDER_COMPLEMENT, "lost.", "dep:ancestor", "tells", "Jane Holt", None,
                     id="appositive-name-of-a-subjectless-verb"),
        pytest.param(NAME_HUNG_AS_OBJECT, "badly run.", "dep:ancestor", "suggested", "Jane Holt", None,
                     id="name-before-an-appositive-hung-elsewhere"),
        pytest.param(THING_AFTER_THE_VERB, "more listening.", "dep:ancestor", "said", "Jane Holt", None,
                     id="thing-after-the-verb-is-reported-not-speaking"),
        pytest.param(FRONTED_CLAUSE, "retire.", "dep:ancestor", "claimed", "She", None,
                     id="a-clause-before-the-verb-is-not-reported-by-it"),
        pytest.param(SUBJECTLESS_CLAUSE, "ferry tax", "dep:clause-subject", None, "Jane Holt", None,
                     id="subjectless-clause-borrows-the-subject-above"),
        pytest.param(ASIDE_AFTER_A_TIME, "a mess.", "dep:ancestor", "conceded", "Jane Holt", None,
                     id="name-set-on-the-time-before-a-who-aside"),
        pytest.param(JOINED_QUOTES, "tired", "cont:coordinated", "added", "who", "Ann Vance",
                     id="second-of-two-joined-quotes-hung-on-the-main-verb"),
    ],
)
def test_rules_on_hand_written_misparses(
    saved: str, quote: str, sieve: str, cue: str, mention: str, stands_for: str | None
) -> None:
    a = _by_quote(saved)[quote]
    assert (a.sieve, a.cue, a.mention.text if a.mention else None) == (sieve, cue, mention)
    antecedent = a.mention.antecedent if a.mention else None
    assert (antecedent.text if antecedent else None) == stands_for


# "X found that …" is reported content only when X is a document: a poll's finding is a row, a person's
# discovery is not (the same tree with another subject).
FINDING = """
1 {w1} {l1} {u1} 3 det
2 {w2} {l2} NOUN 3 compound
3 {w3} {l3} NOUN 4 nsubj
4 found find VERB/VBD 0 root
5 that that SCONJ 9 mark
6 most most ADJ 7 amod
7 islanders islander NOUN 9 nsubj
8 still still ADV 9 advmod
9 back back VERB/VBP 4 ccomp
10 the the DET 12 det
11 new new ADJ 12 amod
12 pier pier NOUN 9 obj SpaceAfter=No
13 . . PUNCT 4 punct
"""


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        pytest.param(("A", "a", "DET/DT", "harbour", "harbour", "poll", "poll"),
                     [("A harbour poll", "that most islanders still back the new pier")], id="a-poll-found-that"),
        pytest.param(("The", "the", "DET/DT", "harbour", "harbour", "pilot", "pilot"), [],
                     id="a-pilot-found-that-is-no-report"),
    ],
)
def test_a_finding_is_reported_only_for_a_document(words: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    w1, l1, u1, w2, l2, w3, l3 = words
    assert _indirect_rows(FINDING.format(w1=w1, l1=l1, u1=u1, w2=w2, l2=l2, w3=w3, l3=l3)) == expected


# "I have said that from day one": the parser read "that" as a complementizer and "one" as the head of a clause
# the verb reports; a noun with "that" and no verb under it is no reported clause (with a verb, the same words
# are one: "that the pier will close").
SAID_THAT_NOUN = """
1 Holt Holt PROPN/NNP 3 nsubj
2 has have AUX/VBZ 3 aux
3 said say VERB/VBN 0 root
4 that that SCONJ/IN {head} mark
5 from from ADP/IN 7 case
6 day day NOUN/NN 7 compound
7 one one NOUN/NN {h7} {rel}
8 {w8} {l8} {u8} 3 {r8} SpaceAfter=No
9 . . PUNCT/. 3 punct
"""


@pytest.mark.parametrize(
    ("fill", "expected"),
    [
        pytest.param({"head": 7, "h7": 3, "rel": "ccomp", "w8": "too", "l8": "too", "u8": "ADV/RB", "r8": "advmod"}, [],
                     id="that-and-a-noun-is-no-clause"),
        pytest.param({"head": 8, "h7": 8, "rel": "nsubj", "w8": "counts", "l8": "count", "u8": "VERB/VBZ",
                      "r8": "ccomp"}, [("Holt", "that from day one counts")], id="that-and-a-clause-is-reported"),
    ],
)
def test_a_noun_after_that_is_no_reported_clause(fill: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    assert _indirect_rows(SAID_THAT_NOUN.format(**fill)) == expected


# "Holt said, her voice breaking.": the parser made the absolute phrase after the comma a complement of "said";
# a phrase set off by a comma that opens on a possessive or a determiner and holds no verb is no report (words
# said without marks after the comma, opening otherwise, stay one).
SAID_COMMA_PHRASE = """
1 Holt Holt PROPN/NNP 2 nsubj
2 said say VERB/VBD 0 root
3 , , PUNCT/, 6 punct
4 {w4} {l4} {u4} 6 {r4}
5 voice voice NOUN/NN 6 compound
6 breaking breaking NOUN/NN 2 ccomp SpaceAfter=No
7 . . PUNCT/. 2 punct
"""


@pytest.mark.parametrize(
    ("fill", "expected"),
    [
        pytest.param({"w4": "her", "l4": "she", "u4": "PRON/PRP$", "r4": "nmod:poss"}, [],
                     id="a-possessive-phrase-after-the-comma-is-no-report"),
        pytest.param({"w4": "loud", "l4": "loud", "u4": "ADJ/JJ", "r4": "amod"}, [("Holt", "loud voice breaking")],
                     id="other-words-after-the-comma-stay-reported"),
    ],
)
def test_a_phrase_set_off_after_the_verb_is_no_report(fill: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    assert _indirect_rows(SAID_COMMA_PHRASE.format(**fill)) == expected


SAID_AMOUNT = """
1 Moss Moss PROPN/NNP 2 nsubj
2 said say VERB/VBD 0 root
3 more more {u3} 2 obj
4 than than ADP/IN 5 case
5 500 500 NUM/CD 3 nmod
6 people people NOUN/NNS 8 nsubj
7 had have AUX/VBD 8 aux
8 signed sign VERB/VBN 2 ccomp SpaceAfter=No
9 . . PUNCT/. 2 punct
"""


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        pytest.param("ADJ/JJR", "more than 500 people had signed", id="a-quantity-made-the-verbs-object-is-reported"),
        pytest.param("NOUN/NN", "people had signed", id="a-real-object-stays-out"),
    ],
)
def test_a_subjects_quantity_made_the_verbs_object(tag: str, expected: str) -> None:
    assert [quote for _mention, quote in _indirect_rows(SAID_AMOUNT.format(u3=tag))] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('Vance laughed. "He is wrong, Berg," he said.', "Vance", id="words-inside-the-quote-are-skipped"),
        pytest.param('Asked about it, Meanwhile. "No," he said.', None, id="function-words-are-no-name"),
    ],
)
def test_the_name_a_pronoun_stands_for(text: str, expected: str | None) -> None:
    parsed = ParsedDoc(Document("x", text), segment.blocks(text), spans.find_quotes(text), ())
    assert attribute._last_name_before(parsed, text.rindex("he said")) == expected
