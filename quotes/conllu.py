"""Read and write CoNLL-U with character offsets, so rules can be tested on saved or gold parses.

A saved parse is the article text plus CoNLL-U whose MISC column carries ``TokenRange=start:end``; gold
treebank files without offsets are laid out as text by their ``SpaceAfter=No`` marks.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from quotes.records import Sentence, Token

RANGE = regex.compile(r"TokenRange=(\d+):(\d+)")


def _blocks(conllu: str) -> list[list[str]]:
    out: list[list[str]] = []
    cur: list[str] = []
    for line in conllu.splitlines():
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        out.append(cur)
    return out


def read(conllu: str, text: str | None = None) -> tuple[str, tuple[Sentence, ...]]:
    """Sentences from CoNLL-U. With ``TokenRange`` in MISC the offsets are taken as written (``text`` must be
    the article); without, the text is rebuilt from the word forms and ``SpaceAfter=No``, one sentence per
    line, a blank line before ``# newpar``."""
    rebuild = text is None
    parts: list[str] = []
    pos = 0
    sents: list[Sentence] = []
    for lines in _blocks(conllu):
        rows = [ln.split("\t") for ln in lines if not ln.startswith("#")]
        if rebuild and sents and any(ln.startswith(("# newpar", "# newdoc")) for ln in lines):
            parts.append("\n")
            pos += 1
        spans: dict[int, tuple[int, int]] = {}
        toks: list[Token] = []
        mwt_end = 0
        for r in rows:
            if len(r) < 10 or "." in r[0]:
                continue
            if "-" in r[0]:
                a, b = (int(x) for x in r[0].split("-"))
                start, end = _place(r, parts, pos, rebuild)
                pos = end if not rebuild else pos
                if rebuild:
                    pos = _advance(parts, r, pos)
                for k in range(a, b + 1):
                    spans[k] = (start, end)
                mwt_end = b
                continue
            wid = int(r[0])
            if wid <= mwt_end:
                start, end = spans[wid]
            else:
                start, end = _place(r, parts, pos, rebuild)
                if rebuild:
                    pos = _advance(parts, r, pos)
            toks.append(Token(wid, r[1], r[2], r[3], r[4], r[5], int(r[6]) if r[6] != "_" else 0, r[7],
                              start, end, _ner(r[9])))
        if rebuild:
            if parts and parts[-1] == " ":
                parts.pop()
                pos -= 1
            parts.append("\n")
            pos += 1
        if toks:
            sents.append(Sentence(len(sents), toks[0].start, toks[-1].end, tuple(toks)))
    return ("".join(parts) if rebuild else text or ""), tuple(sents)


def _place(r: list[str], parts: list[str], pos: int, rebuild: bool) -> tuple[int, int]:
    if not rebuild:
        m = RANGE.search(r[9])
        if not m:
            raise ValueError(f"no TokenRange in MISC of word {r[0]} {r[1]!r}")
        return int(m.group(1)), int(m.group(2))
    return pos, pos + len(r[1])


def _advance(parts: list[str], r: list[str], pos: int) -> int:
    parts.append(r[1])
    pos += len(r[1])
    if "SpaceAfter=No" not in r[9]:
        parts.append(" ")
        pos += 1
    return pos


def _ner(misc: str) -> str:
    m = regex.search(r"NER=([^|]+)", misc)
    return m.group(1) if m else "O"


def write(sentences: Iterable[Sentence]) -> str:
    """CoNLL-U with ``TokenRange`` (and ``NER``) in MISC: read back by :func:`read` with the article text."""
    out = []
    for s in sentences:
        out.append(f"# sent_id = {s.index}")
        for t in s.tokens:
            misc = f"TokenRange={t.start}:{t.end}" + (f"|NER={t.ner}" if t.ner != "O" else "")
            out.append("\t".join([str(t.id), t.text, t.lemma, t.upos or "_", t.xpos, t.feats,
                                  str(max(t.head, 0)), t.deprel or "_", "_", misc]))
        out.append("")
    return "\n".join(out) + "\n"
