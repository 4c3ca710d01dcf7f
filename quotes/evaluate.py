"""Score extracted quotes and speakers against independently annotated gold documents.

Without a scorer on real annotated news a rule change cannot be told from a regression, and ``confidence``
would be a guess. Everything here except :func:`predict` is a pure function of gold documents and prediction
rows (dicts with the columns of :mod:`quotes.table`), so the scorer is tested on hand-made predictions
without loading a model.

Gold format (one JSON object per line; ``../shared/eval-data/*/gold.jsonl``)
    ``{"doc_id", "text", "split"?, "quotes": [{"start", "end", "type"?, "spans"?, "speaker",
    "speaker_start", "speaker_end", "speaker_spans"?, "speaker_entity"?}], "entities"?: {id: {"name",
    "proper_names", "mentions": [{"start", "end"}]}}}``. Offsets are Python ``str`` offsets into ``text``;
    ``start``/``end`` envelope the content (quotation marks may be inside); ``spans`` lists the fragments of a
    discontinuous content; ``type`` is ``direct`` | ``partial`` | ``indirect`` (inferred from quotation marks
    when absent). A quote's *source spans* are ``speaker_spans``, else ``[speaker_start, speaker_end]``;
    when the quote names a ``speaker_entity`` found in ``entities``, they are all that entity's mentions, and
    its canonical names are the entity's ``name`` plus ``proper_names``.

Definitions (the unit tests in ``tests/test_evaluate.py`` pin each of them)
    * **Trim.** Before any comparison a span loses, repeatedly, surrounding whitespace and quotation marks,
      trailing punctuation (``.,;:!?…—–``) and a leading lower-case complementizer ``that`` (PolNeAR puts it
      in indirect content). The same trim applies to gold and predicted spans.
    * **Exact match.** A predicted span matches exactly when its trimmed span equals the trimmed envelope of
      a gold quote or the trimmed span of one of its fragments. A gold quote is recovered exactly when its
      envelope is matched, or when *every* fragment of a discontinuous gold is matched by some prediction.
    * **Overlap match.** A prediction overlaps a gold quote when at least half of its trimmed span lies
      inside the gold content (the union of the fragments, so the cue and source inside a discontinuous
      envelope do not count). A quoted piece inside a partial gold therefore matches it. Matching is not
      one-to-one: several fragments may match one gold quote, and one prediction may match nested golds.
    * **Precision** = matched predictions / predictions, counted against *all* gold relations of any type (a
      span that overlaps any gold content is not a false positive). **Recall** = matched gold / gold.
      Per-type rows group predictions by their predicted ``quote_type`` and gold by its gold ``type``;
      ``quoted`` = direct + partial (what a quotation-mark extractor should find; its recall is the headline
      recall), ``all`` adds indirect.
    * **Best gold of a prediction**: among the golds it overlaps, the exact match first, then the largest
      share of the prediction inside, then the largest share of the gold covered (so the tighter of two
      nested golds wins). **Best prediction of a gold**: among the predictions that overlap it, the one
      covering most of its content, then the earliest.
    * **Speaker mention accuracy** (gold side): of overlap-matched gold quotes that have source spans, the
      share whose best prediction has a mention (``mention_start``/``mention_end``) overlapping a source span
      by at least one character. An abstention (no mention) is wrong.
    * **Attributed precision** (prediction side): of predictions with a mention whose best gold has source
      spans, the share whose mention overlaps one of them.
    * **Canonical speaker** (only where the gold has ``entities``): the best prediction's ``speaker`` equals
      the gold entity's name or one of its proper names, compared case-folded with dots and extra spaces
      removed. Accuracy is gold side (abstention wrong); precision is over predictions that name a speaker.
    * **Row verdict** (per-method precision, reliability table, calibration): a row that claims a speaker
      (has ``speaker`` or a mention) is *right* when its best gold has source spans and its mention overlaps
      one; *wrong* when the mention misses or is absent, or when the row matches no gold quote at all (an
      attributed non-quote is an error); *unscored* when it claims nothing or its best gold has no source.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from quotes.load import Problem
    from quotes.pipeline import SentenceParser
    from quotes.records import Document

Span = tuple[int, int]
Verdict = Literal["right", "wrong", "unscored"]

TYPES = ("direct", "partial", "indirect")
GROUPS: dict[str, frozenset[str]] = {
    "direct": frozenset({"direct"}),
    "partial": frozenset({"partial"}),
    "indirect": frozenset({"indirect"}),
    "quoted": frozenset({"direct", "partial"}),
    "all": frozenset(),  # empty = every type, unknown ones included
}
QUOTE_MARKS = frozenset("\"'`“”‘’„‟‚‛«»‹›＂〝〞〟")
TRAILING = frozenset(".,;:!?…—–")
#: confidence buckets of the reliability table: [lower, upper) with the last one closed
BUCKETS: tuple[float, ...] = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
HIGH_CONFIDENCE = 0.9


class GoldError(ValueError):
    """A gold file or line that cannot be scored; the message names the line."""


# ---------------------------------------------------------------------------------------------- records
@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One annotated attribution: content fragments, type, and where its source is written."""

    id: str
    start: int
    end: int
    type: str
    fragments: tuple[Span, ...]
    speaker: str | None = None
    source_spans: tuple[Span, ...] = ()
    names: frozenset[str] = frozenset()  # normalised canonical names; empty when the gold has no entities

    @property
    def has_source(self) -> bool:
        return bool(self.source_spans)


@dataclass(frozen=True, slots=True)
class GoldDoc:
    doc_id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    split: str | None = None
    has_entities: bool = False
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Pred:
    """The columns of one output row that the scorer reads."""

    doc_id: str
    start: int
    end: int
    type: str
    speaker: str | None = None
    mention: Span | None = None
    mention_text: str | None = None
    method: str | None = None
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class PredMatch:
    pred: Pred
    gold: int | None  # index into the document's gold quotes of the best overlapped gold
    exact: bool
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class DocResult:
    """How one document's predictions and gold quotes matched."""

    doc: GoldDoc
    preds: tuple[PredMatch, ...]
    best_pred: tuple[int | None, ...]  # per gold: index into ``preds`` of its best overlapping prediction
    gold_exact: tuple[bool, ...]  # per gold: recovered exactly


@dataclass(slots=True)
class Counts:
    """Matched/total predictions and matched/total gold; P, R, F1 are None when undefined."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp_pred / self.n_pred if self.n_pred else None

    @property
    def recall(self) -> float | None:
        return self.tp_gold / self.n_gold if self.n_gold else None

    @property
    def f1(self) -> float | None:
        if not self.n_pred and not self.n_gold:
            return None
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Ratio:
    right: int = 0
    n: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.n if self.n else None

    def add(self, ok: bool) -> None:
        self.n += 1
        self.right += int(ok)


@dataclass(slots=True)
class MethodStats:
    """How often a method fired and how often its rows were right (see *Row verdict*)."""

    rows: int = 0
    right: int = 0
    wrong: int = 0
    confidence_sum: float = 0.0
    confidence_n: int = 0

    @property
    def scored(self) -> int:
        return self.right + self.wrong

    @property
    def precision(self) -> float | None:
        return self.right / self.scored if self.scored else None

    @property
    def mean_confidence(self) -> float | None:
        return self.confidence_sum / self.confidence_n if self.confidence_n else None


@dataclass(slots=True)
class Bucket:
    lower: float
    upper: float
    rows: int = 0  # scored rows in the bucket
    right: int = 0
    confidence_sum: float = 0.0

    @property
    def precision(self) -> float | None:
        return self.right / self.rows if self.rows else None

    @property
    def mean_confidence(self) -> float | None:
        return self.confidence_sum / self.rows if self.rows else None


@dataclass(slots=True)
class Scores:
    """Every metric of one evaluation; ``headline()`` flattens the ones the CI gate pins."""

    docs: int = 0
    spans: dict[str, dict[str, Counts]] = field(default_factory=dict)  # "exact"|"overlap" -> group -> counts
    mention_accuracy: dict[str, Ratio] = field(default_factory=dict)  # gold group ->
    attributed_precision: dict[str, Ratio] = field(default_factory=dict)  # predicted group ->
    # gold group -> misses whose predicted mention lies inside the gold content: the gold names an outer
    # reporter as source of a quote that itself says who spoke ('X said "…", according to Y' -> Y)
    nested_misses: dict[str, int] = field(default_factory=dict)
    canonical_accuracy: dict[str, Ratio] | None = None  # gold group -> (only when gold has entities)
    canonical_precision: dict[str, Ratio] | None = None  # predicted group ->
    methods: dict[str, MethodStats] = field(default_factory=dict)
    sieves: dict[str, MethodStats] = field(default_factory=dict)  # methods by prefix before "+"
    steps: dict[str, MethodStats] = field(default_factory=dict)  # methods by resolution step after "+"
    reliability: list[Bucket] = field(default_factory=list)
    no_confidence: int = 0  # scored rows without a confidence value
    ignored_rows: int = 0  # prediction rows whose doc_id is not among the gold documents

    def headline(self) -> dict[str, float | None]:
        """The few numbers issue 3 and the CI gate track, by stable names."""
        high = [b for b in self.reliability if b.lower >= HIGH_CONFIDENCE]
        n_high = sum(b.rows for b in high)
        out: dict[str, float | None] = {
            "quoted_overlap_recall": self.spans["overlap"]["quoted"].recall,
            "quoted_overlap_precision": self.spans["overlap"]["quoted"].precision,
            "quoted_overlap_f1": self.spans["overlap"]["quoted"].f1,
            "quoted_exact_f1": self.spans["exact"]["quoted"].f1,
            "all_overlap_f1": self.spans["overlap"]["all"].f1,
            "speaker_mention_accuracy": self.mention_accuracy["quoted"].value,
            "attributed_precision": self.attributed_precision["quoted"].value,
            "high_confidence_precision": sum(b.right for b in high) / n_high if n_high else None,
        }
        if self.canonical_accuracy is not None and self.canonical_precision is not None:
            out["canonical_accuracy"] = self.canonical_accuracy["quoted"].value
            out["canonical_precision"] = self.canonical_precision["quoted"].value
        return out

    def as_json(self) -> dict[str, Any]:
        """Plain numbers (counts and rates) for ``--json`` and for tests."""

        def counts(c: Counts) -> dict[str, Any]:
            return {**asdict(c), "precision": c.precision, "recall": c.recall, "f1": c.f1}

        def ratios(d: dict[str, Ratio] | None) -> dict[str, Any] | None:
            return None if d is None else {g: {**asdict(r), "value": r.value} for g, r in d.items()}

        def methods(d: dict[str, MethodStats]) -> dict[str, Any]:
            return {
                m: {**asdict(s), "precision": s.precision, "mean_confidence": s.mean_confidence} for m, s in d.items()
            }

        return {
            "docs": self.docs,
            "headline": self.headline(),
            "spans": {k: {g: counts(c) for g, c in v.items()} for k, v in self.spans.items()},
            "mention_accuracy": ratios(self.mention_accuracy),
            "attributed_precision": ratios(self.attributed_precision),
            "nested_misses": self.nested_misses,
            "canonical_accuracy": ratios(self.canonical_accuracy),
            "canonical_precision": ratios(self.canonical_precision),
            "methods": methods(self.methods),
            "sieves": methods(self.sieves),
            "steps": methods(self.steps),
            "reliability": [
                {**asdict(b), "precision": b.precision, "mean_confidence": b.mean_confidence} for b in self.reliability
            ],
            "no_confidence": self.no_confidence,
            "ignored_rows": self.ignored_rows,
        }


# ---------------------------------------------------------------------------------------------- spans
def trim(text: str, start: int, end: int) -> Span:
    """The span without surrounding whitespace/quote marks, trailing punctuation or a leading ``that``.

    >>> t = '“We will win,” she said.'
    >>> s, e = trim(t, 0, 14); t[s:e]
    'We will win'
    >>> t = 'He said that taxes rise.'
    >>> s, e = trim(t, 8, 24); t[s:e]
    'taxes rise'
    """
    s, e = max(0, start), min(len(text), end)
    while True:
        before = (s, e)
        while s < e and (text[s].isspace() or text[s] in QUOTE_MARKS):
            s += 1
        while s < e and (text[e - 1].isspace() or text[e - 1] in QUOTE_MARKS or text[e - 1] in TRAILING):
            e -= 1
        if text.startswith("that", s) and s + 4 < e and text[s + 4].isspace():
            s += 4
        if (s, e) == before:
            return (s, e) if s < e else (start, start)


def merge(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Sorted, non-overlapping union of spans (empty ones dropped)."""
    out: list[list[int]] = []
    for s, e in sorted(sp for sp in spans if sp[1] > sp[0]):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


def inside(span: Span, content: Sequence[Span]) -> int:
    """Characters of ``span`` inside the (merged) ``content`` spans."""
    s, e = span
    return sum(max(0, min(e, ce) - max(s, cs)) for cs, ce in content)


def touches(span: Span | None, targets: Sequence[Span]) -> bool:
    """True when ``span`` shares at least one character with one of ``targets``."""
    if span is None:
        return False
    return any(min(span[1], e) > max(span[0], s) for s, e in targets)


def nested(mention: Span | None, gold: GoldQuote) -> bool:
    """The predicted mention lies inside the gold content: the gold's source reports a quote that names its
    own speaker (``"…," Roe said, according to the paper``, gold source "the paper").

    >>> g = GoldQuote("T1", 0, 40, "partial", ((0, 10), (25, 40)), "paper", ((52, 57),))
    >>> nested((12, 15), g), nested((52, 57), g), nested(None, g)
    (True, False, False)
    """
    return mention is not None and gold.start <= mention[0] and mention[1] <= gold.end


def norm_name(name: str | None) -> str:
    """Name as compared for the canonical-speaker check: case-folded, no dots, single spaces.

    >>> norm_name("  Mr.  Darcy ")
    'mr darcy'
    """
    return " ".join((name or "").replace(".", " ").casefold().split())


def infer_type(text: str, fragments: Sequence[Span]) -> str:
    """``direct`` when every fragment is wrapped in quotation marks, ``partial`` when some mark is inside."""
    pieces = [text[s:e].strip() for s, e in fragments]
    if pieces and all(len(p) > 1 and p[0] in QUOTE_MARKS and p[-1] in QUOTE_MARKS for p in pieces):
        return "direct"
    return "partial" if any(ch in QUOTE_MARKS and ch != "'" for p in pieces for ch in p) else "indirect"


# ---------------------------------------------------------------------------------------------- gold
def _span(obj: Any, where: str, n: int) -> Span:
    if not (isinstance(obj, Sequence) and len(obj) == 2 and all(isinstance(x, int) for x in obj)):
        raise GoldError(f"{where}: expected [start, end], got {obj!r}")
    s, e = int(obj[0]), int(obj[1])
    if not 0 <= s <= e <= n:
        raise GoldError(f"{where}: span [{s}, {e}] outside the text (length {n})")
    return s, e


def gold_doc(obj: Mapping[str, Any], where: str = "gold") -> GoldDoc:
    """A gold document from one JSON object of the gold format (see the module docstring)."""
    text = obj.get("text")
    if not isinstance(text, str):
        raise GoldError(f"{where}: no 'text' string")
    doc_id = str(obj.get("doc_id", obj.get("id", where)))
    raw_entities = obj.get("entities")
    entities: Mapping[str, Any] = raw_entities if isinstance(raw_entities, Mapping) else {}
    quotes = []
    for i, q in enumerate(obj.get("quotes") or []):
        qw = f"{where}: quote {q.get('id', i)}"
        start, end = _span([q.get("start"), q.get("end")], qw, len(text))
        fragments = merge(_span(sp, qw, len(text)) for sp in (q.get("spans") or [(start, end)]))
        qtype = q.get("type") if q.get("type") in TYPES else infer_type(text, fragments)
        if q.get("speaker_spans"):
            sources = [_span(sp, qw, len(text)) for sp in q["speaker_spans"]]
        elif q.get("speaker_start") is not None and q.get("speaker_end") is not None:
            sources = [_span([q["speaker_start"], q["speaker_end"]], qw, len(text))]
        else:
            sources = []
        names: frozenset[str] = frozenset()
        entity = entities.get(q.get("speaker_entity") or "")
        if isinstance(entity, Mapping):
            sources = [_span([m["start"], m["end"]], qw, len(text)) for m in entity.get("mentions") or []] or sources
            names = frozenset(n for n in map(norm_name, [entity.get("name"), *(entity.get("proper_names") or [])]) if n)
        quotes.append(
            GoldQuote(
                id=str(q.get("id", i)),
                start=start,
                end=end,
                type=qtype,
                fragments=fragments,
                speaker=q.get("speaker"),
                source_spans=merge(sources),
                names=names,
            )
        )
    return GoldDoc(
        doc_id=doc_id,
        text=text,
        quotes=tuple(quotes),
        split=obj.get("split"),
        has_entities=bool(entities),
        source=obj.get("publisher") or obj.get("source"),
    )


def read_gold(
    path: str | os.PathLike[str], *, split: str | None = None, limit: int | None = None, skip: int = 0
) -> list[GoldDoc]:
    """Gold documents of ``split`` (all when None) in file order: ``skip`` of them passed over, then the first
    ``limit`` (``skip=500`` on train: the documents after the 500 that rules were written on)."""
    path = Path(path)
    docs: list[GoldDoc] = []
    passed = 0
    try:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{path.name}:{n}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldError(f"{where}: not JSON ({exc.msg})") from exc
                if not isinstance(obj, dict):
                    raise GoldError(f"{where}: not a JSON object")
                if split is not None and obj.get("split") != split:
                    continue
                if passed < skip:
                    passed += 1
                    continue
                docs.append(gold_doc(obj, where))
                if limit is not None and len(docs) >= limit:
                    break
    except OSError as exc:
        raise GoldError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return docs


def splits(path: str | os.PathLike[str]) -> Counter[str]:
    """Documents per ``split`` value in a gold file (for a helpful message when a split is empty)."""
    out: Counter[str] = Counter()
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out[str(json.loads(line).get("split"))] += 1
    return out


# ---------------------------------------------------------------------------------------------- predictions
def _int(v: Any) -> int | None:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    return int(v)


def pred(row: Mapping[str, Any]) -> Pred:
    """A prediction from an output row; only ``doc_id``, ``start`` and ``end`` are required."""
    ms, me = _int(row.get("mention_start")), _int(row.get("mention_end"))
    conf = row.get("confidence")
    return Pred(
        doc_id=str(row["doc_id"]),
        start=int(row["start"]),
        end=int(row["end"]),
        type=str(row.get("quote_type") or "direct"),
        speaker=row.get("speaker") or None,
        mention=(ms, me) if ms is not None and me is not None and me > ms else None,
        mention_text=row.get("speaker_mention"),
        method=row.get("method"),
        confidence=None if conf is None or (isinstance(conf, float) and math.isnan(conf)) else float(conf),
    )


# ---------------------------------------------------------------------------------------------- matching
def _gold_trims(doc: GoldDoc) -> list[tuple[Span, set[Span]]]:
    """Per gold: its trimmed envelope and the trimmed spans that count as an exact match."""
    out = []
    for g in doc.quotes:
        env = trim(doc.text, g.start, g.end)
        ok = {env}
        if len(g.fragments) > 1:
            ok |= {trim(doc.text, s, e) for s, e in g.fragments}
        out.append((env, ok))
    return out


def match_document(doc: GoldDoc, preds: Sequence[Pred]) -> DocResult:
    """Match one document's predictions to its gold quotes (definitions in the module docstring)."""
    text = doc.text
    golds = doc.quotes
    trims = _gold_trims(doc)
    frag_trims = [{trim(text, s, e) for s, e in g.fragments} for g in golds]
    best_pred: list[tuple[tuple[int, int], int] | None] = [None] * len(golds)
    fragment_hit: list[set[Span]] = [set() for _ in golds]
    envelope_hit = [False] * len(golds)
    matches: list[PredMatch] = []
    for pi, p in enumerate(sorted(preds, key=lambda p: (p.start, p.end))):
        span = trim(text, p.start, p.end)
        length = span[1] - span[0]
        if length <= 0:  # nothing but marks and punctuation: fall back to the raw span
            span, length = (p.start, p.end), p.end - p.start
        best: tuple[tuple[bool, float, float], int] | None = None
        exact_any = False
        for gi, g in enumerate(golds):
            env, ok = trims[gi]
            is_exact = span in ok
            if is_exact:
                exact_any = True
                if span == env:
                    envelope_hit[gi] = True
                if span in frag_trims[gi]:
                    fragment_hit[gi].add(span)
            inter = inside(span, g.fragments)
            if length <= 0 or 2 * inter < length:
                continue
            gold_len = sum(e - s for s, e in g.fragments) or 1
            key = (is_exact, inter / length, inter / gold_len)
            if best is None or key > best[0]:
                best = (key, gi)
            cover = (inter, -p.start)
            held = best_pred[gi]
            if held is None or cover > held[0]:
                best_pred[gi] = (cover, pi)
        gold_index = best[1] if best else None
        matches.append(PredMatch(p, gold_index, exact_any, verdict(p, golds[best[1]] if best else None)))
    gold_exact = tuple(
        envelope_hit[gi] or (len(frag_trims[gi]) > 1 and fragment_hit[gi] >= frag_trims[gi]) for gi in range(len(golds))
    )
    return DocResult(doc, tuple(matches), tuple(b[1] if b else None for b in best_pred), gold_exact)


def verdict(p: Pred, gold: GoldQuote | None) -> Verdict:
    """Is a row's attribution right? (*Row verdict* in the module docstring.)"""
    if p.speaker is None and p.mention is None:
        return "unscored"
    if gold is None:
        return "wrong"
    if not gold.has_source:
        return "unscored"
    return "right" if touches(p.mention, gold.source_spans) else "wrong"


def _in(group: str, qtype: str) -> bool:
    members = GROUPS[group]
    return not members or qtype in members


def sieve_of(method: str | None) -> str:
    """The sieve part of a method string (before ``+``); ``(none)`` when the row has no method."""
    return (method or "(none)").split("+", 1)[0]


def step_of(method: str | None) -> str:
    """The resolution step of a method string (after ``+``); ``(none)`` when there is none."""
    parts = (method or "").split("+", 1)
    return parts[1] if len(parts) == 2 and parts[1] else "(none)"


def aggregate(results: Iterable[DocResult], *, ignored_rows: int = 0) -> Scores:
    """Sum per-document matches into :class:`Scores`."""
    sc = Scores(ignored_rows=ignored_rows)
    sc.spans = {k: {g: Counts() for g in GROUPS} for k in ("exact", "overlap")}
    sc.mention_accuracy = {g: Ratio() for g in GROUPS}
    sc.attributed_precision = {g: Ratio() for g in GROUPS}
    sc.nested_misses = {g: 0 for g in GROUPS}
    canon_acc = {g: Ratio() for g in GROUPS}
    canon_prec = {g: Ratio() for g in GROUPS}
    any_entities = False
    methods: dict[str, MethodStats] = defaultdict(MethodStats)
    sieves: dict[str, MethodStats] = defaultdict(MethodStats)
    steps: dict[str, MethodStats] = defaultdict(MethodStats)
    sc.reliability = [Bucket(lo, hi) for lo, hi in itertools.pairwise(BUCKETS)]
    for r in results:
        sc.docs += 1
        golds = r.doc.quotes
        any_entities |= r.doc.has_entities
        for m in r.preds:
            p = m.pred
            for g in GROUPS:
                if not _in(g, p.type):
                    continue
                for kind, hit in (("exact", m.exact), ("overlap", m.gold is not None)):
                    c = sc.spans[kind][g]
                    c.n_pred += 1
                    c.tp_pred += int(hit)
                gold = golds[m.gold] if m.gold is not None else None
                if p.mention is not None and gold is not None and gold.has_source:
                    sc.attributed_precision[g].add(touches(p.mention, gold.source_spans))
                if p.speaker is not None and gold is not None and gold.names:
                    canon_prec[g].add(norm_name(p.speaker) in gold.names)
            for stats in (methods[p.method or "(none)"], sieves[sieve_of(p.method)], steps[step_of(p.method)]):
                stats.rows += 1
                stats.right += int(m.verdict == "right")
                stats.wrong += int(m.verdict == "wrong")
                if p.confidence is not None:
                    stats.confidence_sum += p.confidence
                    stats.confidence_n += 1
            if m.verdict != "unscored":
                if p.confidence is None:
                    sc.no_confidence += 1
                else:
                    b = bucket(sc.reliability, p.confidence)
                    b.rows += 1
                    b.right += int(m.verdict == "right")
                    b.confidence_sum += p.confidence
        for gi, gq in enumerate(golds):
            bi = r.best_pred[gi]
            bp = r.preds[bi].pred if bi is not None else None
            for g in GROUPS:
                if not _in(g, gq.type):
                    continue
                for kind, hit in (("exact", r.gold_exact[gi]), ("overlap", bp is not None)):
                    c = sc.spans[kind][g]
                    c.n_gold += 1
                    c.tp_gold += int(hit)
                if bp is None:
                    continue
                if gq.has_source:
                    right = touches(bp.mention, gq.source_spans)
                    sc.mention_accuracy[g].add(right)
                    sc.nested_misses[g] += int(not right and nested(bp.mention, gq))
                if gq.names:
                    canon_acc[g].add(norm_name(bp.speaker) in gq.names)
    if any_entities:
        sc.canonical_accuracy, sc.canonical_precision = canon_acc, canon_prec
    sc.methods = dict(sorted(methods.items(), key=lambda kv: (-kv[1].rows, kv[0])))
    sc.sieves = dict(sorted(sieves.items(), key=lambda kv: (-kv[1].rows, kv[0])))
    sc.steps = dict(sorted(steps.items(), key=lambda kv: (-kv[1].rows, kv[0])))
    return sc


def bucket(buckets: Sequence[Bucket], confidence: float) -> Bucket:
    """The bucket holding ``confidence`` (values outside [0, 1] go to the nearest end)."""
    for b in buckets:
        if confidence < b.upper:
            return b
    return buckets[-1]


def group_rows(rows: Iterable[Mapping[str, Any]], doc_ids: Iterable[str]) -> tuple[dict[str, list[Pred]], int]:
    """Predictions per document for the given documents, and how many rows named another document."""
    by_doc: dict[str, list[Pred]] = {d: [] for d in doc_ids}
    ignored = 0
    for row in rows:
        p = pred(row)
        if p.doc_id in by_doc:
            by_doc[p.doc_id].append(p)
        else:
            ignored += 1
    return by_doc, ignored


def match_all(gold: Sequence[GoldDoc], rows: Iterable[Mapping[str, Any]]) -> tuple[list[DocResult], int]:
    """Per-document matches of prediction rows against gold documents (rows of other documents ignored)."""
    by_doc, ignored = group_rows(rows, (d.doc_id for d in gold))
    return [match_document(d, by_doc[d.doc_id]) for d in gold], ignored


def score(gold: Sequence[GoldDoc], rows: Iterable[Mapping[str, Any]]) -> Scores:
    """Every metric of prediction ``rows`` (output-table dicts) against ``gold`` documents."""
    results, ignored = match_all(gold, rows)
    return aggregate(results, ignored_rows=ignored)


# ---------------------------------------------------------------------------------------------- running
def document(g: GoldDoc) -> Document:
    """The :class:`~quotes.records.Document` the extractor sees for a gold document (text unchanged)."""
    from quotes.records import Document

    return Document(g.doc_id, g.text, source=g.source, origin=g.doc_id)


def set_threads(n: int) -> int:
    """Limit torch's CPU threads to ``n`` (0 leaves them) and return the previous limit.

    Stanza runs many small batches; on a machine where other jobs hold the cores, one thread was about five
    times faster than torch's default of one per core (measured on PolNeAR dev).
    """
    import torch

    before = torch.get_num_threads()
    if n > 0:
        torch.set_num_threads(n)
    return before


def predict(
    gold: Sequence[GoldDoc],
    parser: SentenceParser,
    *,
    selective: bool = True,
    on_doc: Callable[[], None] | None = None,
) -> tuple[list[dict[str, Any]], list[Problem]]:
    """Run the extractor over the gold texts: output rows, and the documents it failed on.

    ``on_doc`` is called after each document (for a progress bar).
    """
    from quotes.load import Problem
    from quotes.pipeline import extract

    rows: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for item, doc_rows in extract((document(g) for g in gold), parser, selective=selective):
        if isinstance(item, Problem):
            problems.append(item)
        rows.extend(doc_rows)
        if on_doc is not None:
            on_doc()
    return rows, problems


# ---------------------------------------------------------------------------------------------- reports
@dataclass(frozen=True, slots=True)
class Table:
    """A report table, rendered to markdown here and to the terminal by the CLI."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""


def pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def _ratio_cell(r: Ratio) -> str:
    return f"{pct(r.value)} ({r.right}/{r.n})"


def tables(sc: Scores) -> list[Table]:
    """All metrics as tables, in the order they are printed."""
    h = sc.headline()
    out = [
        Table(
            "Headline",
            ("metric", "value"),
            (
                ("quote recall, direct+partial, overlap", pct(h["quoted_overlap_recall"])),
                ("quote precision, direct+partial rows, overlap", pct(h["quoted_overlap_precision"])),
                ("quote F1, direct+partial, overlap", pct(h["quoted_overlap_f1"])),
                ("quote F1, direct+partial, exact", pct(h["quoted_exact_f1"])),
                (
                    "speaker mention accuracy (matched direct+partial gold with a source)",
                    _ratio_cell(sc.mention_accuracy["quoted"]),
                ),
                ("precision of attributed rows (direct+partial rows)", _ratio_cell(sc.attributed_precision["quoted"])),
                (f"rows with confidence ≥ {HIGH_CONFIDENCE} that are right", pct(h["high_confidence_precision"])),
            ),
            f"{sc.docs} documents. Percentages; counts in brackets.",
        )
    ]
    span_rows = []
    for g in GROUPS:
        e, o = sc.spans["exact"][g], sc.spans["overlap"][g]
        span_rows.append(
            (
                g,
                str(o.n_gold),
                str(o.n_pred),
                pct(e.precision),
                pct(e.recall),
                pct(e.f1),
                pct(o.precision),
                pct(o.recall),
                pct(o.f1),
            )
        )
    out.append(
        Table(
            "Quote spans",
            ("type", "gold", "predicted", "exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1"),
            tuple(span_rows),
            "Predictions grouped by predicted type, gold by gold type; precision counts a prediction matching "
            "gold of any type. quoted = direct + partial.",
        )
    )
    speaker_rows = [(g, _ratio_cell(sc.mention_accuracy[g]), _ratio_cell(sc.attributed_precision[g]),
                     str(sc.nested_misses.get(g, 0))) for g in GROUPS]
    out.append(
        Table(
            "Speaker mention",
            ("type", "accuracy (gold side)", "precision (attributed rows)", "misses inside gold content"),
            tuple(speaker_rows),
            "Right = the predicted mention overlaps the gold source span; an abstention is wrong for accuracy. "
            "Misses inside gold content: wrong mentions that lie inside the gold content span, where the gold "
            "source is an outer reporter of a quote that names its own speaker ('\"…,\" Roe said, according to "
            "the paper': gold source the paper); counted wrong, shown to size that convention.",
        )
    )
    if sc.canonical_accuracy is not None and sc.canonical_precision is not None:
        out.append(
            Table(
                "Canonical speaker",
                ("type", "accuracy (gold side)", "precision (rows naming a speaker)"),
                tuple(
                    (g, _ratio_cell(sc.canonical_accuracy[g]), _ratio_cell(sc.canonical_precision[g])) for g in GROUPS
                ),
                "Right = the predicted speaker is the gold entity's name or one of its proper names.",
            )
        )
    total = sum(s.rows for s in sc.methods.values()) or 1
    for title, stats in (
        ("Methods", sc.methods),
        ("Sieves (method before +)", sc.sieves),
        ("Resolution steps (method after +)", sc.steps),
    ):
        out.append(
            Table(
                title,
                ("method", "rows", "share", "scored", "right", "precision", "mean confidence"),
                tuple(
                    (
                        m,
                        str(s.rows),
                        pct(s.rows / total),
                        str(s.scored),
                        str(s.right),
                        pct(s.precision),
                        "–" if s.mean_confidence is None else f"{s.mean_confidence:.2f}",
                    )
                    for m, s in stats.items()
                ),
                "Scored rows claim a speaker and match a gold quote with a source, or match no gold quote (wrong).",
            )
        )
    rel_rows = []
    for b in sc.reliability:
        hi = "]" if b.upper >= 1.0 else ")"
        mean = "–" if b.mean_confidence is None else f"{b.mean_confidence:.2f}"
        rel_rows.append((f"[{b.lower:.1f}, {b.upper:.1f}{hi}", str(b.rows), str(b.right), mean, pct(b.precision)))
    n = sum(b.rows for b in sc.reliability)
    ece = sum(b.rows * abs((b.mean_confidence or 0) - (b.precision or 0)) for b in sc.reliability) / n if n else None
    out.append(
        Table(
            "Reliability (confidence → observed precision)",
            ("confidence", "rows", "right", "mean confidence", "observed precision"),
            tuple(rel_rows),
            f"Scored rows only. Expected calibration error: {pct(ece)} points."
            + (f" {sc.no_confidence} scored rows had no confidence." if sc.no_confidence else ""),
        )
    )
    return out


def _md_cell(s: str) -> str:
    return s.replace("|", "\\|")


def markdown(tabs: Sequence[Table], *, title: str = "Evaluation", preamble: str = "") -> str:
    """Tables as one markdown document."""
    lines = [f"# {title}", ""]
    if preamble:
        lines += [preamble, ""]
    for t in tabs:
        lines += [
            f"## {t.title}",
            "",
            "| " + " | ".join(t.headers) + " |",
            "|" + "|".join("---" if i == 0 else "---:" for i in range(len(t.headers))) + "|",
        ]
        lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in t.rows]
        if t.note:
            lines += ["", t.note]
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- error browser
_BOUNDARY = re.compile(r"[.!?…][\"'”’»)\]]*\s+|\n")
_MD_SPECIAL = re.compile(r"([\\`*_#<>\[\]])")


def sentence_around(text: str, start: int, end: int, *, width: int = 300) -> Span:
    """The sentence(s) holding ``[start, end)``: from the boundary before to the one after, ``width`` at most."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    s = lo
    for before in _BOUNDARY.finditer(text, lo, start):
        s = before.end()
    after = _BOUNDARY.search(text, max(start, end - 1), hi)
    e = after.end() if after else hi
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def excerpt(text: str, marks: Sequence[tuple[int, int, str, str]], *, width: int = 300) -> str:
    """The sentence around the marked spans on one line, each span wrapped in its (open, close) marks."""
    a, b = sentence_around(text, min(m[0] for m in marks), max(m[1] for m in marks), width=width)
    inserts: list[tuple[int, int, str]] = []
    for ms, me, opening, closing in marks:
        inserts += [(max(a, min(b, ms)), 1, opening), (max(a, min(b, me)), 0, closing)]
    pieces, last = [], a
    for at, _, tag in sorted(inserts):
        pieces += [_MD_SPECIAL.sub(r"\\\1", text[last:at]), f"**{tag}**"]
        last = at
    pieces.append(_MD_SPECIAL.sub(r"\\\1", text[last:b]))
    body = " ".join("".join(pieces).split())
    return ("…" if a > 0 else "") + body + ("…" if b < len(text) else "")


def nearest(spans: Sequence[Span], at: int, *, within: int = 400) -> list[Span]:
    """The span of ``spans`` nearest to offset ``at`` (as a 0- or 1-element list), if within ``within``."""
    if not spans:
        return []
    best = min(spans, key=lambda sp: min(abs(sp[0] - at), abs(sp[1] - at)))
    return [best] if min(abs(best[0] - at), abs(best[1] - at)) <= within else []


def outside(g: GoldQuote) -> tuple[Span, ...]:
    """The gold's source spans outside its own content (LitBank lists an "I" inside the quote too)."""
    return tuple(sp for sp in g.source_spans if not inside(sp, g.fragments)) or g.source_spans


def errors_markdown(results: Sequence[DocResult], *, title: str = "Errors") -> str:
    """Misses, extras and wrong speakers, per document, each with the sentence around it.

    A miss is a direct/partial gold quote no prediction overlaps; an extra is a prediction that overlaps no
    gold quote; a wrong speaker is a matched prediction whose mention misses the gold source (or is absent).
    """
    n_miss = n_extra = n_wrong = 0
    sections: list[str] = []
    for r in results:
        text, golds = r.doc.text, r.doc.quotes
        items: list[tuple[int, str]] = []
        for gi, g in enumerate(golds):
            if g.type in GROUPS["quoted"] and r.best_pred[gi] is None:
                n_miss += 1
                marks = [(s, e, "⟦", "⟧") for s, e in g.fragments]
                marks += [(s, e, "⟨", "⟩") for s, e in nearest(outside(g), g.start)]
                items.append(
                    (g.start, f"- **miss** ({g.type}; gold source: {g.speaker or '–'})\n  > " + excerpt(text, marks))
                )
        for m in r.preds:
            p = m.pred
            pmarks = [(p.start, p.end, "[[", "]]")]
            if p.mention is not None:
                pmarks.append((p.mention[0], p.mention[1], "{{", "}}"))
            conf = "–" if p.confidence is None else f"{p.confidence:.2f}"
            about = f"method {p.method or '–'}, confidence {conf}, speaker {p.speaker or '–'}"
            if m.gold is None:
                n_extra += 1
                items.append((p.start, f"- **extra** ({p.type}; {about})\n  > " + excerpt(text, pmarks)))
                continue
            g = golds[m.gold]
            if g.has_source and not touches(p.mention, g.source_spans):
                n_wrong += 1
                kind = "wrong speaker" if p.mention is not None else "no speaker"
                gmarks = [(s, e, "⟨", "⟩") for s, e in nearest(outside(g), p.start)]
                items.append(
                    (
                        p.start,
                        f"- **{kind}** ({p.type}; gold source: {g.speaker or '–'}; "
                        f"predicted mention: {p.mention_text or '–'}; {about})\n  > " + excerpt(text, pmarks + gmarks),
                    )
                )
        if items:
            sections += [f"## {r.doc.doc_id}", "", *(i[1] for i in sorted(items, key=lambda x: x[0])), ""]
    head = [
        f"# {title}",
        "",
        f"{n_miss} missed direct/partial gold quotes, {n_extra} extra predictions, "
        f"{n_wrong} matched predictions with a wrong or missing speaker.",
        "",
        "Marks: ⟦gold content⟧, ⟨gold source⟩, [[predicted quote]], {{predicted mention}}. "
        "Indirect gold quotes are not listed as misses. This file quotes the gold texts: keep it out of git "
        "(PolNeAR has no licence).",
        "",
    ]
    return "\n".join(head + sections)


def write_text_atomic(text: str, path: str | os.PathLike[str]) -> Path:
    """Write ``text`` to a temp file beside ``path``, then rename over it (never a half-written report)."""
    from quotes.table import open_atomic

    with open_atomic(path) as fh:
        fh.write(text)
    return Path(path)
