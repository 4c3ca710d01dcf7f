"""Throughput, memory and quality of three ways to run the extractor, measured in one run on PolNeAR texts.

``python -m bench.run [--limit N] [--stream N]``

(a) ``naive``    one stanza Pipeline (tokenize, mwt, pos, lemma, depparse) over each whole article, then the
                 project's attribution and resolution: what a straightforward implementation does.
(b) ``default``  what ``quotes extract`` does with one process: regex quote spans and speech cues first, then
                 only the sentences that can matter are tagged and parsed, several articles per stanza call.
(c) ``workers``  (b) over ``--workers`` processes (2 by default), each loading the models once.

Each configuration runs in its own subprocess, so its peak RSS (sampled for the whole process tree, workers
included) is its own. Model loading and one warm-up article are excluded from the timed part; articles/s and
tokens/s are over the same ``--limit`` articles (tokens: regex ``\\w+|[^\\w\\s]`` count of the input, the same
for every configuration). Speed is reported as ratios against (a) measured in the same run: absolute numbers
depend on the machine and on what else runs on it.

Quality is scored against the PolNeAR gold with :mod:`quotes.evaluate`: quote F1 is ``quoted_overlap_f1``;
*speaker F1* is end-to-end over quoted (direct + partial) speech: precision = rows (quoted type) whose mention
overlaps the gold source of the quote they match, over rows that claim a speaker (a claim on a non-quote is
wrong); recall = gold quotes with a source whose best-matching row has such a mention, over all of them.

``--stream N`` also writes a synthetic JSONL of N articles (the ``--limit`` PolNeAR texts over and over with
new ids, written line by line) and runs ``quotes extract`` on it with ``--cache``, so the repeats are served
from the parse cache: it measures that the streaming path's memory stays flat on a long input (RSS sampled
at every tenth of the run), not parsing speed.

The last line is machine-readable:
``speedup_vs_naive=X.XX workers_speedup=X.XX quality_delta=X.XX peak_rss_mb=N`` where quality_delta is
(b) minus (a) in points of speaker F1 (0-100) and peak_rss_mb the largest peak of the project's own runs
((b), (c) and the stream when run).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval-data" / "polnear" / "gold.jsonl"
#: about 5-6 minutes for the three configurations on 2 idle cores (8-9 while the tokenizer pass also parses)
DEFAULT_LIMIT = 100
TOKEN = regex.compile(r"\w+|[^\w\s]")
CONFIGS = {
    "naive": "(a) naive: stanza on whole articles",
    "default": "(b) default: selective, batched",
    "workers": "(c) default, {workers} workers",
}


# ---------------------------------------------------------------------------------------------- (a) naive parser
class NaiveParser:
    """(a): one stanza Pipeline over the raw text of each article, every sentence tagged and parsed.

    Same model files as the project's parser, so the only differences from (b) are what gets parsed and how.
    """

    def __init__(self, spec: str = "auto") -> None:
        import stanza

        from quotes import models, parse

        ms = models.resolve(spec)
        self.model_id = ms.model_id
        procs = [p for p in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner") if p in ms.paths]
        kw = parse._kwargs(ms)
        parse._quiet()
        self.nlp = stanza.Pipeline(processors=",".join(procs), use_gpu=False, logging_level="WARN", **kw)

    def parse(self, text: str, *, keep: Callable[[int, int], bool] | None = None) -> tuple[Any, ...]:
        """Every sentence, parsed (``keep`` is ignored: the naive pipeline parses everything)."""
        from quotes.records import Sentence, Token

        if not text.strip():
            return ()
        out = []
        for i, sent in enumerate(self.nlp(text).sentences):
            words = []
            for tok in sent.tokens:
                ner = getattr(tok, "ner", None) or "O"
                for w in tok.words:
                    words.append(
                        Token(
                            int(w.id), w.text, w.lemma or w.text, w.upos or "X", w.xpos or "_", w.feats or "_",
                            int(w.head or 0), w.deprel or "dep", tok.start_char, tok.end_char, ner,
                        )
                    )  # fmt: skip
            out.append(Sentence(i, sent.tokens[0].start_char, sent.tokens[-1].end_char, tuple(words)))
        return tuple(out)


class StageClock:
    """(b)'s parser behind a stopwatch: time in stanza's tokenizer and in tagging and parsing, and how many
    words each saw, so the report can say where (b)'s time goes and what the filter leaves to parse."""

    def __init__(self, parser: Any) -> None:
        self.parser = parser
        self.model_id = parser.model_id
        self.tokenize_s = self.tag_s = 0.0
        self.words_seen = self.words_tagged = 0

    def tokenize_many(self, texts: Sequence[str]) -> list[Any]:
        t0 = time.perf_counter()
        out = self.parser.tokenize_many(texts)
        self.tokenize_s += time.perf_counter() - t0
        self.words_seen += sum(len(s) for doc in out for s in doc)
        return out

    def tokenize(self, text: str) -> Any:
        return self.tokenize_many([text])[0]

    def tag(self, sentences: Sequence[Any]) -> Any:
        t0 = time.perf_counter()
        out = self.parser.tag(sentences)
        self.tag_s += time.perf_counter() - t0
        self.words_tagged += sum(len(s) for s in sentences)
        return out

    def reset(self) -> None:
        self.tokenize_s = self.tag_s = 0.0
        self.words_seen = self.words_tagged = 0


# ---------------------------------------------------------------------------------------------- memory
def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mb(root: int) -> float:
    """RSS of ``root`` and all its descendants (worker processes included), in MB; Linux /proc only."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kb(pid)
        todo.extend(children.get(pid, []))
    return total / 1024


class Sampler:
    """Samples the RSS of a process tree in a thread; keeps the peak and a time series."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid = pid
        self.every = every
        self.peak = 0.0
        self.series: list[tuple[float, float]] = []
        self._stop = threading.Event()
        self._t0 = time.monotonic()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            mb = tree_rss_mb(self.pid)
            self.peak = max(self.peak, mb)
            self.series.append((time.monotonic() - self._t0, mb))
            self._stop.wait(self.every)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


# ---------------------------------------------------------------------------------------------- child side
def _docs(limit: int, path: Path = GOLD) -> tuple[list[Any], list[Any]]:
    """The first ``limit`` of an even spread over the gold file (all outlets and splits), and their gold."""
    from quotes import evaluate

    gold = evaluate.read_gold(path)
    step = max(1, len(gold) // limit) if limit else 1
    gold = gold[::step][:limit]
    return gold, [evaluate.document(g) for g in gold]


def child(config: str, limit: int, spec: str, workers: int, workdir: Path, gold: Path = GOLD, threads: int = 0) -> None:
    """Run one configuration and write its rows and timings to ``workdir``."""
    from quotes import parallel, pipeline

    if threads and config != "workers":
        import torch

        torch.set_num_threads(threads)
    _, docs = _docs(limit, gold)
    rows_path = workdir / f"{config}.rows.jsonl"
    t0 = time.perf_counter()
    pool = None
    parser: Any = None
    if config == "naive":
        parser = NaiveParser(spec)
        pipeline.extract_document(docs[0], parser, selective=False)  # warm-up, not timed
    elif config == "default":
        from quotes.parse import Parser

        parser = StageClock(Parser(spec))
        list(parallel.extract_batched(docs[:1], parser))
        parser.reset()
    else:
        pool = parallel.Pool(models=spec, workers=workers)
        pool.warm()
        list(pool.extract(docs[: 2 * workers], chunksize=1))
    load_s = time.perf_counter() - t0
    if config == "naive":
        results: Iterator[Any] = pipeline.extract(docs, parser, selective=False)
    elif config == "default":
        results = parallel.extract_batched(docs, parser)
    else:
        assert pool is not None
        results = pool.extract(docs)
    n_rows = n_problems = 0
    t0 = time.perf_counter()
    with rows_path.open("w", encoding="utf-8") as fh:
        for item, rows in results:
            n_problems += int(not hasattr(item, "text"))
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            n_rows += len(rows)
    seconds = time.perf_counter() - t0
    if pool is not None:
        pool.close()
    stats = {"config": config, "docs": len(docs), "seconds": seconds, "load_seconds": load_s, "rows": n_rows,
             "problems": n_problems}  # fmt: skip
    if isinstance(parser, StageClock) and pool is None:
        stats |= {"tokenize_s": parser.tokenize_s, "tag_s": parser.tag_s, "words_seen": parser.words_seen,
                  "words_tagged": parser.words_tagged}  # fmt: skip
    (workdir / f"{config}.json").write_text(json.dumps(stats), encoding="utf-8")


# ---------------------------------------------------------------------------------------------- parent side
@dataclass
class Result:
    config: str
    label: str
    docs: int = 0
    tokens: int = 0
    seconds: float = 0.0
    load_seconds: float = 0.0
    peak_mb: float = 0.0
    rows: int = 0
    problems: int = 0
    quote_f1: float | None = None
    speaker_p: float | None = None
    speaker_r: float | None = None
    speaker_f1: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0


def speaker_scores(gold: Sequence[Any], rows: Sequence[dict[str, Any]]) -> tuple[float, float, float]:
    """End-to-end speaker precision, recall and F1 over quoted speech (definition in the module docstring)."""
    from quotes import evaluate

    quoted = evaluate.GROUPS["quoted"]
    results, _ = evaluate.match_all(gold, rows)
    right_p = claims = right_g = n_gold = 0
    for r in results:
        for m in r.preds:
            if m.pred.type in quoted and m.verdict != "unscored":
                claims += 1
                right_p += int(m.verdict == "right")
        for gi, g in enumerate(r.doc.quotes):
            if g.type not in quoted or not g.has_source:
                continue
            n_gold += 1
            bp = r.best_pred[gi]
            right_g += int(bp is not None and evaluate.touches(r.preds[bp].pred.mention, g.source_spans))
    p = right_p / claims if claims else 0.0
    rec = right_g / n_gold if n_gold else 0.0
    return p, rec, (2 * p * rec / (p + rec) if p + rec else 0.0)


def run_child(config: str, args: argparse.Namespace, workdir: Path) -> tuple[dict[str, Any], float]:
    cmd = [sys.executable, "-m", "bench.run", "--child", config, "--limit", str(args.limit), "--models", args.models,
           "--workers", str(args.workers), "--workdir", str(workdir), "--gold", str(args.gold),
           "--threads", str(args.threads)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(":")}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
    sampler = Sampler(proc.pid)
    rc = proc.wait()
    peak = sampler.stop()
    if rc != 0:
        raise SystemExit(f"bench: configuration {config!r} failed with exit code {rc}")
    return json.loads((workdir / f"{config}.json").read_text(encoding="utf-8")), peak


def measure(config: str, args: argparse.Namespace, workdir: Path, gold: Sequence[Any], tokens: int) -> Result:
    from quotes import evaluate

    print(f"bench: running {config} on {len(gold)} articles ...", file=sys.stderr, flush=True)
    stats, peak = run_child(config, args, workdir)
    with (workdir / f"{config}.rows.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    sp, sr, sf = speaker_scores(gold, rows)
    res = Result(
        config, CONFIGS[config].format(workers=args.workers), stats["docs"], tokens, stats["seconds"],
        stats["load_seconds"], peak, stats["rows"], stats["problems"],
        evaluate.score(gold, rows).headline()["quoted_overlap_f1"], sp, sr, sf,
    )  # fmt: skip
    res.extra["rows_data"] = rows
    res.extra["stages"] = {k: stats[k] for k in ("tokenize_s", "tag_s", "words_seen", "words_tagged") if k in stats}
    return res


def synthetic_stream(path: Path, n: int, docs: Sequence[Any]) -> int:
    """Write ``n`` articles (``docs`` in turn, with new ids) as JSONL, one line at a time; return bytes."""
    size = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            d = docs[i % len(docs)]
            line = json.dumps({"doc_id": f"synth-{i:06d}", "text": d.text, "source": d.source}) + "\n"
            fh.write(line)
            size += len(line)
    return size


def run_stream(args: argparse.Namespace, workdir: Path, docs: Sequence[Any]) -> dict[str, Any]:
    """``quotes extract`` on a synthetic stream of ``--stream`` articles: peak RSS and its trend over the run."""
    src = workdir / "stream.jsonl"
    size = synthetic_stream(src, args.stream, docs)
    out = workdir / "stream.parquet"
    cmd = [sys.executable, "-m", "quotes.cli", "extract", str(src), "--out", str(out), "--models", args.models,
           "--cache", str(workdir / "cache"), "--workers", str(args.stream_workers)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(":")}
    print(f"bench: streaming {args.stream} synthetic articles ({size / 1e6:.0f} MB) ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    sampler = Sampler(proc.pid, every=0.5)
    rc = proc.wait()
    peak = sampler.stop()
    seconds = time.perf_counter() - t0
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(out).metadata if out.exists() else None
    series = sampler.series
    tenths = [max((mb for t, mb in series if t <= series[-1][0] * k / 10), default=0.0) for k in range(1, 11)]
    return {"articles": args.stream, "input_mb": size / 1e6, "seconds": seconds, "peak_mb": peak, "rc": rc,
            "rows": meta.num_rows if meta else 0, "row_groups": meta.num_row_groups if meta else 0,
            "rss_by_tenth": tenths}  # fmt: skip


def parallel_threads(workers: int) -> int:
    from quotes.parallel import default_threads

    return default_threads(workers)


def fmt(x: float | None, spec: str = ".1f") -> str:
    return "n/a" if x is None else format(x, spec)


def stage_lines(a: Result, b: Result) -> list[str]:
    """Where (b)'s time goes, and the most (b) could gain over (a) with the same models and the same kept words:
    a free tokenizer leaves tagging, parsing and the rules, so ``(a) time / that`` bounds the speed-up."""
    st = b.extra.get("stages") or {}
    if not st or not b.seconds or not st.get("words_seen"):
        return []
    rest = max(b.seconds - st["tokenize_s"] - st["tag_s"], 0.0)
    share = st["words_tagged"] / st["words_seen"]
    bound = a.seconds / (st["tag_s"] + rest) if st["tag_s"] + rest else 0.0
    return [
        f"(b) time: tokenizer {st['tokenize_s']:.1f} s ({100 * st['tokenize_s'] / b.seconds:.0f} %), tagging and "
        f"parsing {st['tag_s']:.1f} s ({100 * st['tag_s'] / b.seconds:.0f} %), rules and the rest {rest:.1f} s; "
        f"words tagged and parsed: {st['words_tagged']} of {st['words_seen']} ({100 * share:.0f} %)",
        f"ceiling of (b) vs (a) with a free tokenizer and the same kept words: {bound:.2f}x",
    ]


def report(results: dict[str, Result], stream: dict[str, Any] | None, args: argparse.Namespace) -> str:
    a, b, c = results["naive"], results["default"], results["workers"]
    lines = [
        f"PolNeAR texts: {a.docs} articles, {a.tokens} tokens; models: {args.models}; {os.cpu_count()} CPUs; "
        f"torch threads: (a), (b) {args.threads or 'default'}, (c) {parallel_threads(args.workers)} per worker; "
        "load + warm-up not timed",
        "",
        f"{'configuration':<36} {'art/s':>7} {'tok/s':>8} {'vs (a)':>7} {'load s':>7} {'peak MB':>8} "
        f"{'rows':>6} {'quote F1':>8} {'spk P':>6} {'spk R':>6} {'spk F1':>6}",
    ]
    for r in (a, b, c):
        lines.append(
            f"{r.label:<36} {r.docs_per_s:>7.2f} {r.tokens_per_s:>8.0f} {r.docs_per_s / a.docs_per_s:>6.2f}x "
            f"{r.load_seconds:>7.1f} {r.peak_mb:>8.0f} {r.rows:>6} {fmt(100 * (r.quote_f1 or 0)):>8} "
            f"{fmt(100 * (r.speaker_p or 0)):>6} {fmt(100 * (r.speaker_r or 0)):>6} {fmt(100 * (r.speaker_f1 or 0)):>6}"
        )
    same_bc = c.extra["rows_data"] == b.extra["rows_data"]
    same_ab = a.extra["rows_data"] == b.extra["rows_data"]
    lines.append("")
    lines.append(f"rows of (c) identical to (b): {same_bc}; rows of (b) identical to (a): {same_ab}")
    lines.extend(stage_lines(a, b))
    speedup = b.docs_per_s / a.docs_per_s if a.docs_per_s else 0.0
    workers_speedup = c.docs_per_s / b.docs_per_s if b.docs_per_s else 0.0
    delta = 100 * ((b.speaker_f1 or 0.0) - (a.speaker_f1 or 0.0))
    peak = max(b.peak_mb, c.peak_mb)
    if stream is not None:
        peak = max(peak, stream["peak_mb"])
        lines.append(
            f"stream: {stream['articles']} synthetic articles ({stream['input_mb']:.0f} MB JSONL) through `quotes "
            f"extract --cache --workers {args.stream_workers}` in {stream['seconds']:.0f} s, exit {stream['rc']}: "
            f"{stream['rows']} rows in {stream['row_groups']} row groups; peak RSS {stream['peak_mb']:.0f} MB; "
            f"peak by tenth of the run (MB): {' '.join(f'{x:.0f}' for x in stream['rss_by_tenth'])}"
        )
    lines.append("")
    lines.append(
        f"speedup_vs_naive={speedup:.2f} workers_speedup={workers_speedup:.2f} quality_delta={delta:.2f} "
        f"peak_rss_mb={peak:.0f}"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help="PolNeAR articles per configuration")
    p.add_argument("--stream", type=int, default=0, help="also stream this many synthetic articles (e.g. 100000)")
    p.add_argument("--stream-workers", type=int, default=1, help="--workers for the stream run")
    p.add_argument("--workers", type=int, default=2, help="worker processes of configuration (c)")
    p.add_argument("--models", default="auto", help="--models spec (auto, bundled, official, or a folder)")
    p.add_argument("--gold", type=Path, default=GOLD, help="PolNeAR gold.jsonl (texts and annotations)")
    p.add_argument("--threads", type=int, default=0, help="torch threads of (a) and (b) (default: torch's, all cores)")
    p.add_argument("--child", choices=list(CONFIGS), help=argparse.SUPPRESS)
    p.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(args.child, args.limit, args.models, args.workers, args.workdir, args.gold, args.threads)
        return
    if not args.gold.is_file():
        raise SystemExit(f"bench: {args.gold} is absent (the PolNeAR texts live in ../shared)")
    gold, docs = _docs(args.limit, args.gold)
    tokens = sum(len(TOKEN.findall(d.text)) for d in docs)
    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
        workdir = Path(tmp)
        results = {c: measure(c, args, workdir, gold, tokens) for c in CONFIGS}
        stream = run_stream(args, workdir, docs) if args.stream else None
    print(report(results, stream, args), flush=True)


if __name__ == "__main__":
    main()
