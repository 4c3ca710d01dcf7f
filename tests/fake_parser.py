"""A tiny deterministic stand-in for the stanza parser, for property tests of the pipeline.

Words by regex, sentences at . ! ? and newlines, a made-up tree (each word depends on the next speech verb
or on the previous word). Not linguistics: it only has to produce valid, varied records quickly.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from quotes.records import Sentence, Token

WORD = regex.compile(r"\w+(?:['’]\w+)?|[^\w\s]")
SENT = regex.compile(r"[^.!?\n]+[.!?]*|[.!?]+")
VERBS = {"said", "says", "told", "added", "wrote", "commented", "described"}


class FakeParser:
    model_id = "fake"

    def parse(self, text: str, *, keep: Callable[[int, int], bool] | None = None) -> tuple[Sentence, ...]:
        out = []
        for m in SENT.finditer(text):
            words = [(w.group(), m.start() + w.start(), m.start() + w.end()) for w in WORD.finditer(m.group())]
            if not words:
                continue
            start, end = words[0][1], words[-1][2]
            parsed = keep is None or keep(start, end)
            verb = next((i + 1 for i, w in enumerate(words) if w[0].lower() in VERBS), 0)
            toks = []
            for i, (w, s, e) in enumerate(words, 1):
                if not parsed:
                    toks.append(Token(i, w, w, "", "_", "_", -1, "", s, e))
                    continue
                upos = ("VERB" if i == verb else "PROPN" if w[:1].isupper()
                        else "PUNCT" if not w[0].isalnum() else "NOUN")
                head = 0 if i == (verb or 1) else (verb if verb and i == verb - 1 else max(1, i - 1) if i > 1 else verb)
                rel = "root" if head == 0 else "nsubj" if verb and i == verb - 1 else "dep"
                toks.append(Token(i, w, w.lower().removesuffix("ed"), upos, "_", "_", head, rel, s, e))
            out.append(Sentence(len(out), start, end, tuple(toks), parsed=parsed))
        return tuple(out)
