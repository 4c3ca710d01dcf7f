"""The scorer on hand-made gold and predictions: exact numbers for every definition in quotes.evaluate.

No model and no ../shared: these run in well under a second.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from quotes import calibrate, evaluate
from quotes.evaluate import GoldDoc, GoldError, Scores

TEXT = (
    "“We will win,” Ann Smith said. She added that taxes would rise. “It is over,” he said. "
    "Critics said the plan was a “disaster” for all."
)


def at(text: str, piece: str, within: str | None = None) -> list[int]:
    """[start, end] of ``piece``; with ``within``, of the ``piece`` inside the first ``within``."""
    i = text.index(piece, text.index(within) if within else 0)
    return [i, i + len(piece)]


HE = ("he", "he said")  # the pronoun, not the "he" inside "She"


def gold_obj() -> dict[str, Any]:
    """Four relations: two direct, one indirect (with 'that'), one partial."""

    def q(qid: str, content: str, source: str | tuple[str, str], qtype: str) -> dict[str, Any]:
        s, e = at(TEXT, content)
        ss, se = at(TEXT, *source) if isinstance(source, tuple) else at(TEXT, source)
        return {
            "id": qid,
            "start": s,
            "end": e,
            "speaker": TEXT[ss:se],
            "speaker_start": ss,
            "speaker_end": se,
            "type": qtype,
        }

    return {
        "doc_id": "d1",
        "split": "dev",
        "text": TEXT,
        "quotes": [
            q("G1", "“We will win,”", "Ann Smith", "direct"),
            q("G2", "that taxes would rise", "She", "indirect"),
            q("G3", "“It is over,”", HE, "direct"),
            q("G4", "the plan was a “disaster” for all", "Critics", "partial"),
        ],
    }


GOLD = [evaluate.gold_doc(gold_obj())]


def row(
    span: tuple[int, int] | list[int],
    qtype: str,
    mention: str | tuple[str, str] | None = None,
    *,
    speaker: str | None = "",
    method: str = "adjacent+name",
    confidence: float = 0.8,
    doc_id: str = "d1",
    text: str = TEXT,
) -> dict[str, Any]:
    """An output row; ``mention`` (text, or (text, context)) is located in the text; ``speaker`` defaults to it."""
    where = at(text, *mention) if isinstance(mention, tuple) else at(text, mention) if mention else None
    ms, me = where if where else (None, None)
    mention = text[ms:me] if where else None
    return {
        "doc_id": doc_id,
        "start": span[0],
        "end": span[1],
        "quote": text[span[0] : span[1]],
        "quote_type": qtype,
        "speaker": mention if speaker == "" else speaker,
        "speaker_mention": mention,
        "mention_start": ms,
        "mention_end": me,
        "method": method,
        "confidence": confidence,
    }


def inner(piece: str, shift: int = 0) -> tuple[int, int]:
    s, e = at(TEXT, piece)
    return s + shift, e + shift


PERFECT = [
    row(inner("We will win,"), "direct", "Ann Smith"),
    row(inner("taxes would rise"), "indirect", "She"),
    row(inner("It is over,"), "direct", HE, speaker=None),  # a mention without a canonical name
    row(inner("disaster"), "partial", "Critics"),
]
SHIFTED = [
    row(inner("We will win,", 4), "direct", "Ann Smith"),  # 9 of 12 trimmed characters inside: overlap only
    row(inner("taxes would rise", 2), "indirect", "She"),
    row(inner("It is over,", 12), "direct", HE),  # entirely outside: a miss and an extra
    row(inner("disaster", 2), "partial", "Critics"),
]
WRONG_SPEAKER = [
    row(inner("We will win,"), "direct", "She"),
    row(inner("taxes would rise"), "indirect", "Ann Smith"),
    row(inner("It is over,"), "direct", None, speaker=None),  # abstains
    row(inner("disaster"), "partial", "Critics"),
]

T = 2 / 3
# (exact|overlap, group) -> (precision, recall, f1); (mention|attributed, group) -> (right, n)
CASES: dict[str, tuple[list[dict[str, Any]], dict[tuple[str, str], tuple[Any, ...]]]] = {
    "perfect": (
        PERFECT,
        {
            ("overlap", "quoted"): (1.0, 1.0, 1.0),
            ("overlap", "all"): (1.0, 1.0, 1.0),
            ("exact", "direct"): (1.0, 1.0, 1.0),
            ("exact", "partial"): (0.0, 0.0, 0.0),  # the quoted piece is not the whole partial content
            ("exact", "indirect"): (1.0, 1.0, 1.0),  # a leading 'that' is trimmed
            ("exact", "quoted"): (T, T, T),
            ("mention", "quoted"): (3, 3),
            ("mention", "all"): (4, 4),
            ("attributed", "quoted"): (3, 3),
        },
    ),
    "empty": (
        [],
        {
            ("overlap", "quoted"): (None, 0.0, 0.0),
            ("overlap", "all"): (None, 0.0, 0.0),
            ("exact", "quoted"): (None, 0.0, 0.0),
            ("mention", "quoted"): (0, 0),
            ("attributed", "quoted"): (0, 0),
        },
    ),
    "shifted": (
        SHIFTED,
        {
            ("overlap", "direct"): (0.5, 0.5, 0.5),
            ("overlap", "partial"): (1.0, 1.0, 1.0),
            ("overlap", "indirect"): (1.0, 1.0, 1.0),
            ("overlap", "quoted"): (T, T, T),
            ("overlap", "all"): (0.75, 0.75, 0.75),
            ("exact", "quoted"): (0.0, 0.0, 0.0),
            ("exact", "all"): (0.0, 0.0, 0.0),
            ("mention", "quoted"): (2, 2),
            ("attributed", "quoted"): (2, 2),  # the extra row matches no gold: not in this precision
        },
    ),
    "wrong-speaker": (
        WRONG_SPEAKER,
        {
            ("overlap", "quoted"): (1.0, 1.0, 1.0),
            ("mention", "quoted"): (1, 3),  # the abstention counts as wrong
            ("mention", "indirect"): (0, 1),
            ("mention", "all"): (1, 4),
            ("attributed", "quoted"): (1, 2),  # the abstention is not an attributed row
            ("attributed", "all"): (1, 3),
        },
    ),
}


def flat(sc: Scores, key: tuple[str, str]) -> tuple[Any, ...]:
    kind, group = key
    if kind in ("exact", "overlap"):
        c = sc.spans[kind][group]
        return (c.precision, c.recall, c.f1)
    r = (sc.mention_accuracy if kind == "mention" else sc.attributed_precision)[group]
    return (r.right, r.n)


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_scores(case: str) -> None:
    preds, expected = CASES[case]
    sc = evaluate.score(GOLD, preds)
    for key, want in expected.items():
        got = flat(sc, key)
        assert got == pytest.approx(want, abs=1e-9), (case, key, got)


def test_counts_are_counts() -> None:
    sc = evaluate.score(GOLD, SHIFTED)
    c = sc.spans["overlap"]["quoted"]
    assert (c.tp_pred, c.n_pred, c.tp_gold, c.n_gold) == (2, 3, 2, 3)
    assert sc.docs == 1 and sc.ignored_rows == 0


def test_rows_of_other_documents_are_ignored() -> None:
    sc = evaluate.score(GOLD, [*PERFECT, row((0, 5), "direct", doc_id="elsewhere")])
    assert sc.ignored_rows == 1
    assert sc.spans["overlap"]["all"].n_pred == 4


# ---------------------------------------------------------------------------------------------- trim
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“We will win,”", "We will win"),
        ("  'Yes!'  ", "Yes"),
        ("that taxes rise.", "taxes rise"),
        ("That is it.", "That is it"),  # only a lower-case complementizer goes
        ('" Good night , "', "Good night"),
        ("“…”", ""),
    ],
    ids=["curly-comma", "single-bang", "that", "That-stays", "litbank-spaced", "marks-only"],
)
def test_trim(text: str, want: str) -> None:
    s, e = evaluate.trim(text, 0, len(text))
    assert text[s:e] == want


# ---------------------------------------------------------------------------------------------- discontinuous
DISC = "“A plan,” she said. “It works.”"


def disc_gold() -> list[GoldDoc]:
    f1, f2 = at(DISC, "“A plan,”"), at(DISC, "“It works.”")
    q = {"start": 0, "end": len(DISC), "spans": [f1, f2], "speaker": "she", "speaker_spans": [at(DISC, "she")]}
    return [evaluate.gold_doc({"doc_id": "d2", "text": DISC, "quotes": [q]})]


def drow(piece: str, mention: str | None = "she") -> dict[str, Any]:
    return row(at(DISC, piece), "direct", mention, doc_id="d2", text=DISC)


@pytest.mark.parametrize(
    ("pieces", "exact_pr", "overlap_pr"),
    [
        (["A plan,", "It works."], (1.0, 1.0), (1.0, 1.0)),
        (["A plan,"], (1.0, 0.0), (1.0, 1.0)),  # one fragment: exact precision, but not exact recall
        (["she said"], (0.0, 0.0), (0.0, 0.0)),  # the source inside the envelope is not content
    ],
    ids=["both-fragments", "one-fragment", "envelope-source"],
)
def test_discontinuous(pieces: list[str], exact_pr: tuple[float, float], overlap_pr: tuple[float, float]) -> None:
    sc = evaluate.score(disc_gold(), [drow(p) for p in pieces])
    e, o = sc.spans["exact"]["all"], sc.spans["overlap"]["all"]
    assert (e.precision, e.recall) == exact_pr
    assert (o.precision, o.recall) == overlap_pr


def test_inferred_type() -> None:
    assert disc_gold()[0].quotes[0].type == "direct"
    partial = evaluate.gold_doc({"text": "He called it “bad” today.", "quotes": [{"start": 3, "end": 18}]})
    assert partial.quotes[0].type == "partial"
    plain = evaluate.gold_doc({"text": "He said it rains.", "quotes": [{"start": 8, "end": 16}]})
    assert plain.quotes[0].type == "indirect"


# ---------------------------------------------------------------------------------------------- canonical
LIT = '" Good night , " said Mr. Grey . " Sleep well , " he replied .'


def lit_gold(speaker_span: list[int]) -> list[GoldDoc]:
    mentions = [{"start": s, "end": e} for s, e in (at(LIT, "Mr. Grey"), at(LIT, "he", "he replied"))]
    ent = {"name": "Mr. Grey", "proper_names": ["Grey", "John Grey"], "mentions": mentions}

    def q(piece: str) -> dict[str, Any]:
        s, e = at(LIT, piece)
        return {"start": s, "end": e, "speaker_entity": "Grey-0", "speaker_start": speaker_span[0],
                "speaker_end": speaker_span[1], "type": "direct"}  # fmt: skip

    doc = {
        "doc_id": "lit",
        "text": LIT,
        "quotes": [q('" Good night , "'), q('" Sleep well , "')],
        "entities": {"Grey-0": ent},
    }
    return [evaluate.gold_doc(doc)]


def test_canonical_speaker() -> None:
    # the heuristic speaker_start/end point at "said" (wrong on purpose): the entity's mentions are used instead
    gold = lit_gold(at(LIT, "said"))
    preds = [
        row(at(LIT, "Good night ,"), "direct", "Mr. Grey", speaker="Mr Grey", doc_id="lit", text=LIT),
        row(at(LIT, "Sleep well ,"), "direct", "he replied"[:2], speaker="Tom", doc_id="lit", text=LIT),
    ]
    sc = evaluate.score(gold, preds)
    assert sc.canonical_accuracy is not None and sc.canonical_precision is not None
    assert (sc.canonical_accuracy["quoted"].right, sc.canonical_accuracy["quoted"].n) == (1, 2)
    assert (sc.canonical_precision["quoted"].right, sc.canonical_precision["quoted"].n) == (1, 2)
    assert (sc.mention_accuracy["quoted"].right, sc.mention_accuracy["quoted"].n) == (2, 2)
    assert sc.spans["exact"]["quoted"].f1 == 1.0
    assert "canonical_accuracy" in sc.headline()


def test_no_canonical_without_entities() -> None:
    sc = evaluate.score(GOLD, PERFECT)
    assert sc.canonical_accuracy is None and "canonical_accuracy" not in sc.headline()


# ---------------------------------------------------------------------------------------------- verdicts
CALIBRATION_ROWS = [
    row(inner("We will win,"), "direct", "Ann Smith", method="adjacent+name", confidence=0.95),
    row(inner("taxes would rise"), "indirect", "She", method="indirect+pronoun", confidence=0.55),
    row(inner("It is over,"), "direct", HE, method="adjacent+pronoun", confidence=0.92),
    row(inner("disaster"), "partial", "Critics", method="adjacent+name", confidence=0.75),
    row(at(TEXT, "Ann Smith said"), "direct", None, speaker="Someone", method="colon+name", confidence=0.97),
    row(at(TEXT, "Critics said"), "direct", None, speaker=None, method="none", confidence=0.0),  # claims nothing
]


def test_methods_and_reliability() -> None:
    sc = evaluate.score(GOLD, CALIBRATION_ROWS)
    got = {m: (s.rows, s.right, s.wrong) for m, s in sc.methods.items()}
    assert got == {
        "adjacent+name": (2, 2, 0),
        "adjacent+pronoun": (1, 1, 0),
        "colon+name": (1, 0, 1),  # an attributed row that matches no gold quote is wrong
        "indirect+pronoun": (1, 1, 0),
        "none": (1, 0, 0),  # an abstention is not scored
    }
    assert {m: (s.rows, s.precision) for m, s in sc.sieves.items()} == {
        "adjacent": (3, 1.0),
        "colon": (1, 0.0),
        "indirect": (1, 1.0),
        "none": (1, None),
    }
    assert {m: (s.rows, s.right) for m, s in sc.steps.items()} == {"name": (3, 2), "pronoun": (2, 2), "(none)": (1, 0)}
    rel = {(b.lower, b.upper): (b.rows, b.right) for b in sc.reliability if b.rows}
    assert rel == {(0.5, 0.6): (1, 1), (0.7, 0.8): (1, 1), (0.9, 1.0): (3, 2)}
    assert sc.headline()["high_confidence_precision"] == pytest.approx(2 / 3)


def test_tables_and_markdown() -> None:
    sc = evaluate.score(GOLD, CALIBRATION_ROWS)
    tabs = evaluate.tables(sc)
    assert [t.title for t in tabs][:3] == ["Headline", "Quote spans", "Speaker mention"]
    md = evaluate.markdown(tabs)
    assert "## Reliability (confidence → observed precision)" in md
    assert "| [0.9, 1.0] | 3 | 2 | 0.95 | 66.7 |" in md
    assert json.dumps(sc.as_json())  # every number is JSON-serialisable


def test_error_browser() -> None:
    results, _ = evaluate.match_all(GOLD, SHIFTED)
    md = evaluate.errors_markdown(results)
    assert "1 missed direct/partial gold quotes, 1 extra predictions, 0 matched" in md
    assert "**⟦**“It is over,”**⟧**" in md
    results, _ = evaluate.match_all(GOLD, WRONG_SPEAKER)
    md = evaluate.errors_markdown(results)
    assert md.count("**wrong speaker**") == 2 and md.count("**no speaker**") == 1
    assert "{{**She**}}" in md.replace("**{{**", "{{**").replace("**}}**", "**}}")


# ---------------------------------------------------------------------------------------------- gold files
def test_read_gold(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    objs = [gold_obj(), {**gold_obj(), "doc_id": "d9", "split": "train"}, {**gold_obj(), "doc_id": "d3"}]
    path.write_text("\n".join(json.dumps(o) for o in objs) + "\n\n", encoding="utf-8")
    assert [d.doc_id for d in evaluate.read_gold(path)] == ["d1", "d9", "d3"]
    assert [d.doc_id for d in evaluate.read_gold(path, split="dev")] == ["d1", "d3"]
    assert [d.doc_id for d in evaluate.read_gold(path, split="dev", limit=1)] == ["d1"]
    assert [d.doc_id for d in evaluate.read_gold(path, split="dev", skip=1)] == ["d3"]
    assert [d.doc_id for d in evaluate.read_gold(path, skip=1, limit=1)] == ["d9"]
    assert evaluate.splits(path) == {"dev": 2, "train": 1}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "gold.jsonl:1: not JSON"),
        ('{"quotes": []}', "no 'text' string"),
        ('{"text": "abc", "quotes": [{"start": 1, "end": 9}]}', "span [1, 9] outside the text"),
    ],
    ids=["not-json", "no-text", "bad-offsets"],
)
def test_bad_gold(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=re.escape(message)):
        evaluate.read_gold(path)


# ---------------------------------------------------------------------------------------------- calibration
def test_fit_and_confidence() -> None:
    table = calibrate.fit(CALIBRATION_ROWS, GOLD, strength=10)
    assert table["methods"]["adjacent+name"] == {"n": 2, "right": 2, "precision": 1.0}
    assert table["sieves"]["colon"] == {"n": 1, "right": 0, "precision": 0.0}
    assert "none" not in table["methods"]  # rows that claim nothing are not counted
    assert table["rows"] == 5 and table["docs"] == 1
    assert calibrate.confidence("adjacent+name", 0.5, table=table) == round((2 + 5) / 12, 3)
    assert calibrate.confidence("adjacent+other", 0.5, table=table) == round((3 + 5) / 13, 3)  # falls back to sieve
    assert calibrate.confidence("unknown+x", 0.7, table=table) == 0.7
    assert calibrate.confidence("x", 0.7, table={}) == 0.7


def test_calibration_file(tmp_path: Path) -> None:
    path = tmp_path / "data" / "calibration.json"
    assert calibrate.load(path) == {}
    table = calibrate.fit(CALIBRATION_ROWS, GOLD)
    calibrate.write(table, path)
    assert calibrate.load(path) == table
    assert not list(path.parent.glob("*.tmp"))
    path.write_text('{"version": 0}', encoding="utf-8")
    with pytest.raises(calibrate.CalibrationError, match="regenerate"):
        calibrate.load(path)


@pytest.mark.parametrize("split", ["dev", "test"])
def test_calibrate_refuses_held_out_splits(split: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert calibrate.main(["gold.jsonl", "--split", split]) == 2
    assert "held out" in capsys.readouterr().err


def test_calibrate_from_predictions(tmp_path: Path) -> None:
    from quotes import table

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({**gold_obj(), "split": "train"}) + "\n", encoding="utf-8")
    preds = table.write_atomic(table.frame(CALIBRATION_ROWS), tmp_path / "pred.parquet")
    out = tmp_path / "cal.json"
    assert calibrate.main([str(gold), "--predictions", str(preds), "--out", str(out)]) == 0
    assert calibrate.load(out)["methods"]["colon+name"]["n"] == 1


# ---------------------------------------------------------------------------------------------- CLI
def test_cli_eval_with_saved_predictions(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from quotes import table
    from quotes.cli import app

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(gold_obj()) + "\n", encoding="utf-8")
    preds = table.write_atomic(table.frame(SHIFTED), tmp_path / "pred.jsonl")
    out = tmp_path / "out"
    args = ["eval", str(gold), "--split", "dev", "--predictions", str(preds), "--report", str(out / "eval.md"),
            "--errors", str(out / "errors.md"), "--json", str(out / "eval.json")]  # fmt: skip
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    assert "Reliability" in res.output and "Quote spans" in res.output
    data = json.loads((out / "eval.json").read_text())
    assert data["headline"]["quoted_overlap_f1"] == pytest.approx(T)
    assert "**extra**" in (out / "errors.md").read_text()
    assert "## Speaker mention" in (out / "eval.md").read_text()
    res = CliRunner().invoke(app, ["eval", str(gold), "--split", "test", "--predictions", str(preds)])
    assert res.exit_code == 1 and "splits there: dev (1)" in " ".join(res.output.split())


def test_nested_misses_are_counted_but_stay_wrong() -> None:
    # the gold source is the outer reporter ("the paper"); the row names the speaker inside the gold content
    text = '"We will rebuild," Roe said, according to the paper. "Soon."'
    content = at(text, '"We will rebuild," Roe said')
    gold = [evaluate.gold_doc({"doc_id": "n", "text": text, "quotes": [
        {"start": content[0], "end": content[1], "type": "direct", "speaker_start": at(text, "the paper")[0],
         "speaker_end": at(text, "the paper")[1]}]})]
    rows = [row(at(text, "We will rebuild,"), "direct", "Roe", doc_id="n", text=text)]
    sc = evaluate.score(gold, rows)
    assert (sc.mention_accuracy["quoted"].right, sc.mention_accuracy["quoted"].n) == (0, 1)
    assert sc.nested_misses["quoted"] == 1
    outside = [row(at(text, "We will rebuild,"), "direct", "Soon", doc_id="n", text=text)]
    assert evaluate.score(gold, outside).nested_misses["quoted"] == 0
