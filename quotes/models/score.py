"""Score a model set on held-out UD treebanks: the numbers in docs/models.md come from here.

    python -m quotes.models.score [--models bundled] [--treebank ewt|gum|all] [--json out/models-score.json]

Two settings per treebank:
- *gold tokenization*: the gold words go in pretokenized; tags, lemmas and trees are predicted
  (UPOS accuracy, UAS, LAS over words);
- *end to end*: raw text in, everything predicted, scored with the CoNLL 2018 shared-task evaluator
  that stanza uses (``stanza.models.common.utils.ud_scores``) (Tokens F1, Sentences F1, UPOS F1, UAS F1, LAS F1).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

TREEBANKS = Path(__file__).resolve().parents[2].parent / "shared" / "treebanks"
TESTS = {"ewt": "UD_English-EWT/en_ewt-ud-test.conllu", "gum": "GUM/en_gum-test.conllu"}


def _sentences(path: Path) -> list[list[list[str]]]:
    out: list[list[list[str]]] = []
    cur: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                cur.append(cols)
    if cur:
        out.append(cur)
    return out


def gold_tokenization(models: str, path: Path) -> dict[str, float]:
    import stanza

    from quotes.models import resolve
    from quotes.parse import _kwargs

    ms = resolve(models)
    kw = _kwargs(ms)
    kw.pop("mwt_model_path", None)
    nlp = stanza.Pipeline(processors="tokenize,pos,lemma,depparse", tokenize_pretokenized=True,
                          logging_level="WARN", **kw)
    gold = _sentences(path)
    t0 = time.perf_counter()
    doc = nlp([[c[1] for c in s] for s in gold])
    elapsed = time.perf_counter() - t0
    n = upos = uas = las = lemma = 0
    for gs, ps in zip(gold, doc.sentences, strict=True):
        for g, w in zip(gs, ps.words, strict=True):
            n += 1
            upos += g[3] == w.upos
            lemma += g[2] == w.lemma
            if str(w.head) == g[6]:
                uas += 1
                las += g[7].split(":")[0] == (w.deprel or "").split(":")[0]
    return {"words": n, "UPOS": upos / n, "Lemma": lemma / n, "UAS": uas / n, "LAS": las / n,
            "words_per_s": n / elapsed}


def end_to_end(models: str, path: Path) -> dict[str, float]:
    import stanza
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    from quotes.models import resolve
    from quotes.parse import _kwargs

    ms = resolve(models)
    nlp = stanza.Pipeline(processors="tokenize,mwt,pos,lemma,depparse", logging_level="WARN", **_kwargs(ms))
    text_parts: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc") and text_parts:
            text_parts.append("\n")
        if line.startswith("# text = "):
            text_parts.append(line[len("# text = ") :])
    text = "\n".join(text_parts)
    doc = nlp(text)
    for sent in doc.sentences:  # stanza writes over-long tokens (URLs) as <UNK>; put the real text back
        for tok in sent.tokens:
            if tok.text == "<UNK>" and tok.start_char is not None:
                real = text[tok.start_char : tok.end_char]
                tok.text = real
                if len(tok.words) == 1:
                    tok.words[0].text = real
    with tempfile.TemporaryDirectory() as d:
        pred = Path(d) / "pred.conllu"
        CoNLL.write_doc2conll(doc, str(pred))
        res = ud_scores(str(path), str(pred))
    return {k: res[k].f1 for k in ("Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS")}


def load_time(models: str) -> float:
    from quotes.parse import Parser

    t0 = time.perf_counter()
    Parser(models)
    return time.perf_counter() - t0


def sizes(models: str) -> dict[str, float]:
    from quotes.models import resolve

    ms = resolve(models)
    return {proc: round(p.stat().st_size / 1e6, 2) for proc, p in ms.paths.items()}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m quotes.models.score", description=__doc__.split("\n")[0])
    ap.add_argument("--models", default="bundled")
    ap.add_argument("--treebank", choices=["ewt", "gum", "all"], default="all")
    ap.add_argument("--json", type=Path, default=None)
    a = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    names = list(TESTS) if a.treebank == "all" else [a.treebank]
    size_mb = sizes(a.models)
    report: dict[str, object] = {"models": a.models, "sizes_mb": size_mb, "load_s": round(load_time(a.models), 2)}
    for name in names:
        path = TREEBANKS / TESTS[name]
        report[f"{name}_test_gold_tok"] = {k: round(v, 4) for k, v in gold_tokenization(a.models, path).items()}
        print(json.dumps({f"{name}_test_gold_tok": report[f"{name}_test_gold_tok"]}), flush=True)
        report[f"{name}_test_end_to_end"] = {k: round(v, 4) for k, v in end_to_end(a.models, path).items()}
        print(json.dumps({name: {k: v for k, v in report.items() if k.startswith(name)}}, indent=1), flush=True)
    report["total_mb"] = round(sum(size_mb.values()), 2)
    print(json.dumps(report, indent=1))
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
