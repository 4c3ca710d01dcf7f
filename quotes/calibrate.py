"""Calibrated ``confidence``: the measured precision of each attribution method, shipped as package data.

A rule's own score is a guess; how often a method's rows are right on independently annotated news is a
measurement. :func:`fit` measures it per method (and per sieve, the part before ``+``) on PolNeAR *train*
(never dev or test, which the README reports), and the resolver turns it into a row's confidence with
:func:`confidence`. A row is right or wrong as in :func:`quotes.evaluate.verdict`: it claims a speaker and
its mention overlaps the gold source of the gold quote it matches; a row that matches no gold quote counts
as wrong only if it has a speaker (or mention); rows that claim nothing, or whose gold has no source, are
not counted.

Regenerate ``quotes/data/calibration.json`` (written atomically) with::

    python -m quotes.calibrate ../shared/eval-data/polnear/gold.jsonl --split train
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quotes.evaluate import GoldDoc

PATH = Path(__file__).resolve().parent / "data" / "calibration.json"
VERSION = 1
#: pseudo-count of the prior: a method seen n times moves n / (n + STRENGTH) of the way to its observed precision
STRENGTH = 10.0
HELD_OUT = ("dev", "test")
COMMAND = "python -m quotes.calibrate ../shared/eval-data/polnear/gold.jsonl --split train"


class CalibrationError(ValueError):
    """The calibration file exists but cannot be used."""


def load(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The calibration table (``{}`` when the file is absent: every confidence is then its prior)."""
    path = Path(path) if path is not None else PATH
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, json.JSONDecodeError) as exc:
        raise CalibrationError(f"cannot read {path}: {exc}; regenerate it with `{COMMAND}`") from exc
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise CalibrationError(f"{path} is not a version-{VERSION} calibration table; regenerate it with `{COMMAND}`")
    return data


@functools.cache
def _table() -> dict[str, Any]:
    return load()


def reload() -> None:
    """Forget the cached table (after the file was rewritten)."""
    _table.cache_clear()


def confidence(method: str, prior: float, *, table: Mapping[str, Any] | None = None) -> float:
    """Smoothed precision of ``method``: ``(right + k·prior) / (n + k)``, rounded to 3 places.

    The full method string is looked up first, then its sieve (the part before ``+``); an unknown method
    keeps ``prior``. ``k`` is the table's ``strength``.

    >>> t = {"methods": {"a+b": {"n": 90, "right": 90}}, "sieves": {"a": {"n": 10, "right": 0}}, "strength": 10}
    >>> confidence("a+b", 0.5, table=t), confidence("a+c", 0.5, table=t), confidence("z", 0.5, table=t)
    (0.95, 0.25, 0.5)
    """
    t = _table() if table is None else table
    entry = (t.get("methods") or {}).get(method) or (t.get("sieves") or {}).get(method.split("+", 1)[0])
    if not entry or not entry.get("n"):
        return prior
    k = float(t.get("strength", STRENGTH))
    value = (entry["right"] + k * prior) / (entry["n"] + k)
    return round(min(1.0, max(0.0, value)), 3)


def fit(
    pred_rows: Iterable[Mapping[str, Any]],
    gold_docs: Sequence[GoldDoc],
    *,
    strength: float = STRENGTH,
    meta: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The calibration table: rows right (``right``) of rows counted (``n``) per method and per sieve."""
    from quotes.evaluate import match_all, sieve_of

    results, _ = match_all(gold_docs, pred_rows)
    methods: dict[str, dict[str, int]] = {}
    sieves: dict[str, dict[str, int]] = {}
    for r in results:
        for m in r.preds:
            if m.verdict == "unscored":
                continue
            for key, store in ((m.pred.method or "(none)", methods), (sieve_of(m.pred.method), sieves)):
                entry = store.setdefault(key, {"n": 0, "right": 0})
                entry["n"] += 1
                entry["right"] += int(m.verdict == "right")

    def rounded(d: dict[str, dict[str, int]]) -> dict[str, dict[str, Any]]:
        return {k: {**v, "precision": round(v["right"] / v["n"], 4)} for k, v in sorted(d.items())}

    return {
        "version": VERSION,
        "about": "precision of speaker attribution per method, measured against gold annotations; "
        "confidence = (right + strength * prior) / (n + strength)",
        "regenerate": COMMAND,
        "strength": strength,
        **dict(meta or {}),
        "docs": len(gold_docs),
        "rows": sum(v["n"] for v in methods.values()),
        "methods": rounded(methods),
        "sieves": rounded(sieves),
    }


def write(table: Mapping[str, Any], path: str | os.PathLike[str] | None = None) -> Path:
    """Write the table as JSON atomically (temp file beside it, then rename)."""
    path = Path(path) if path is not None else PATH
    from quotes.table import open_atomic

    with open_atomic(path) as fh:
        json.dump(table, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    if path == PATH:
        reload()
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m quotes.calibrate GOLD --split train [--limit N]``: run the extractor and write the table."""
    ap = argparse.ArgumentParser(prog="python -m quotes.calibrate", description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path, help="gold JSONL (the PolNeAR one for the shipped table)")
    ap.add_argument("--split", default="train", help="split to fit on (default train; 'all' = every document)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents of the split")
    ap.add_argument("--models", default="bundled", help="model set for the parser (default bundled)")
    ap.add_argument("--predictions", type=Path, default=None, help="score this table instead of running")
    ap.add_argument("--threads", type=int, default=1, help="torch CPU threads (0 = torch's default)")
    ap.add_argument("--strength", type=float, default=STRENGTH, help="pseudo-count of the prior")
    ap.add_argument("--out", type=Path, default=PATH, help="where to write (default: the package data file)")
    args = ap.parse_args(argv)
    if args.split in HELD_OUT:
        print(f"Error: refusing to calibrate on {args.split}: it is held out for the reported scores", file=sys.stderr)
        return 2

    from quotes import evaluate, table
    from quotes.models import ModelError

    split = None if args.split == "all" else args.split
    try:
        gold = evaluate.read_gold(args.gold, split=split, limit=args.limit)
    except evaluate.GoldError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    if not gold:
        print(f"Error: no documents with split {args.split!r} in {args.gold}", file=sys.stderr)
        return 1
    t0 = time.monotonic()
    model_id = None
    if args.predictions is not None:
        rows: list[dict[str, Any]] = list(table.iter_rows(table.read(args.predictions)))
    else:
        from quotes.parse import Parser

        evaluate.set_threads(args.threads)
        try:
            parser = Parser(args.models)
        except ModelError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 1
        model_id = parser.model_id
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if done % 20 == 0 or done == len(gold):
                print(f"{done}/{len(gold)} documents, {time.monotonic() - t0:.0f} s", file=sys.stderr)

        rows, problems = evaluate.predict(gold, parser, on_doc=tick)
        for p in problems:
            print(f"skipped {p}", file=sys.stderr)
    meta = {"gold": args.gold.name, "split": args.split, "limit": args.limit, "model_id": model_id}
    fitted = fit(rows, gold, strength=args.strength, meta=meta)
    out = write(fitted, args.out)
    print(
        f"{fitted['docs']} documents, {fitted['rows']} scored rows, {len(fitted['methods'])} methods; wrote {out} "
        f"in {time.monotonic() - t0:.0f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
