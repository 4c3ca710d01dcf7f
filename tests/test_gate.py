"""CI gate: the extractor with the bundled models on a fixed PolNeAR dev sample must stay above pinned floors.

A rule change that costs quote F1 or speaker accuracy fails here instead of slipping into a release. The
sample and the floors live in ``tests/floors.json`` (no corpus text is stored in the repo: PolNeAR has no
licence, so the texts are read from ``../shared`` at run time, and the test skips when it is absent).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from quotes import evaluate

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOORS_FILE = ROOT / "tests" / "floors.json"


def floors() -> dict[str, Any]:
    return json.loads(FLOORS_FILE.read_text(encoding="utf-8"))


def sample(cfg: dict[str, Any]) -> list[evaluate.GoldDoc]:
    """Every ``every``-th document of the split, in file order (all seven outlets of PolNeAR dev)."""
    docs = evaluate.read_gold(SHARED / cfg["gold"], split=cfg["split"])[:: cfg["every"]]
    return docs[: cfg["docs"]]


def fingerprint(docs: list[evaluate.GoldDoc]) -> str:
    return hashlib.sha1("\n".join(d.doc_id for d in docs).encode()).hexdigest()[:16]


def test_floors_file_is_well_formed() -> None:
    cfg = floors()
    assert {"gold", "split", "every", "docs", "sample_sha1", "floors"} <= set(cfg)
    assert cfg["split"] == "dev", "the gate scores dev; train is for calibration, test is reported only"
    headline = set(evaluate.score([], []).headline())
    assert set(cfg["floors"]) <= headline, f"unknown metric names; known: {sorted(headline)}"
    assert all(0.0 <= v <= 1.0 for v in cfg["floors"].values())


@pytest.mark.models
@pytest.mark.shared
def test_gate() -> None:
    cfg = floors()
    gold_path = SHARED / cfg["gold"]
    if not gold_path.is_file():
        pytest.skip(f"{gold_path} absent: the CI gate needs ../shared/eval-data beside the repository")
    from quotes import models

    try:
        model_set = models.bundled()
    except models.ModelError as exc:
        pytest.skip(f"bundled models absent: {exc}")
    from quotes.parse import Parser

    docs = sample(cfg)
    assert fingerprint(docs) == cfg["sample_sha1"], (
        f"the PolNeAR dev sample changed ({fingerprint(docs)} != {cfg['sample_sha1']}): "
        "the gold file differs from the one the floors were pinned on; re-measure and re-pin tests/floors.json"
    )
    threads = evaluate.set_threads(1)  # much faster while other jobs hold the cores
    try:
        rows, problems = evaluate.predict(docs, Parser(model_set))
    finally:
        evaluate.set_threads(threads)
    assert not problems, f"the extractor failed on: {[str(p) for p in problems]}"
    got = evaluate.score(docs, rows).headline()
    report = ", ".join(f"{k} {got[k]:.3f} (floor {v:.3f})" for k, v in cfg["floors"].items() if got[k] is not None)
    below = [k for k, v in cfg["floors"].items() if got[k] is None or got[k] < v]
    assert not below, f"below the floor: {below}; {report}"
