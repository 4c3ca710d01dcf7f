"""The only module that imports stanza: text in, the project's own :class:`~quotes.records.Sentence` out.

Two stanza pipelines: a cheap one (tokenize, mwt) over the whole article, and the expensive one (pos, lemma,
depparse, ner) over pretokenized sentences, so callers can parse only the sentences that matter. Sentences
that are not parsed come back with ``parsed=False`` and empty tags.
"""

from __future__ import annotations

import bisect
import json
import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import regex

from quotes.models import ModelError, ModelSet, resolve
from quotes.records import Sentence, Token
from quotes.spans import blanked, marks, nickname_marks, without_nickname_marks

RawToken = tuple[str, int, int]  # text, start, end

_MARKS = "\"'”’»"  # closing quote marks
_FINAL = regex.compile(r"[.!?:;…)\]]$")  # punctuation that ends a sentence
_CLOSING = regex.compile(rf"[.!?:;…)\]{_MARKS}]$")  # either: what may end a line that ends a sentence

#: what :meth:`Parser.tokenize_many` puts between texts: a paragraph break for stanza's tokenizer
JOIN = "\n\n"

#: bump when the post-processing of stanza's sentences changes, so cached tokenizations are not reused
SEGMENTATION_VERSION = "12"


def _quiet() -> None:
    logging.getLogger("stanza").setLevel(logging.WARNING)


def _empty_resources_dir() -> str:
    """stanza wants a resources.json even when every model path is given; an empty one means 'no hub'."""
    d = Path(tempfile.gettempdir()) / "quotes-stanza-resources"
    d.mkdir(exist_ok=True)
    meta = d / "resources.json"
    if not meta.exists():
        meta.write_text("{}")
    return str(d)


#: tokens per parser batch for the bundled models (or a folder of them), whatever they were trained with
DEPPARSE_BATCH = 1000


def _kwargs(models: ModelSet) -> dict[str, Any]:
    if models.source == "official":
        return {"lang": "en", "dir": str(models.root), "download_method": None}
    kw: dict[str, Any] = {
        "lang": "en",
        "dir": _empty_resources_dir(),
        "download_method": None,
        "allow_unknown_language": True,
    }
    for proc, path in models.paths.items():
        kw[f"{proc}_model_path"] = str(path)
    kw["pos_pretrain_path"] = None
    kw["depparse_pretrain_path"] = None
    # stanza runs a model with the batch size it was trained with unless told otherwise: a parser trained
    # on 5,000-token batches then pads five times more per batch (measured: 1.8x the memory, 13 % slower)
    kw["depparse_batch_size"] = DEPPARSE_BATCH
    return kw


def functional_cycles(heads: Sequence[int]) -> list[list[int]]:
    """Cycles (of two or more nodes) of a graph where node ``i`` points to ``heads[i]``, in linear time.

    Stanza's tree decoder (Chu-Liu-Edmonds) looks for cycles in the greedy head choice after every
    contraction with a general Tarjan over numpy scalars, which was a fifth of all parsing time; a head
    array is a functional graph, where following pointers from each unvisited node finds every cycle.

    >>> functional_cycles([0, 3, 1, 2])
    [[1, 3, 2]]
    >>> functional_cycles([0, 4, 4, 4, 0])
    []
    >>> functional_cycles([0, 2, 1, 4, 3])
    [[1, 2], [3, 4]]
    """
    state = [0] * len(heads)  # 0: not seen, 1: on the current path, 2: done
    cycles = []
    for s in range(len(heads)):
        path = []
        v = s
        while state[v] == 0:
            state[v] = 1
            path.append(v)
            v = heads[v]
        if state[v] == 1 and len(path) - path.index(v) > 1:
            cycles.append(path[path.index(v) :])
        for u in path:
            state[u] = 2
    return cycles


def _tarjan(tree: Any) -> list[Any]:
    """Drop-in for ``stanza.models.common.chuliu_edmonds.tarjan``: one boolean mask per cycle."""
    import numpy as np

    out = []
    for cycle in functional_cycles(tree.tolist()):
        mask = np.zeros(len(tree), dtype=bool)
        mask[cycle] = True
        out.append(mask)
    return out


def one_root_tree(scores: Any) -> Any:
    """Best single-root tree for log-probabilities ``scores[dependent, head]`` (row and column 0: the root),
    as stanza's ``chuliu_edmonds_one_root`` returns it: ``tree[i]`` is the head of word ``i``, ``tree[0] == 0``.

    When every word's best head already makes a tree with one root, that tree is the answer (it beats
    every other head choice, trees included), so the general decoder only runs on the rest; stanza's
    decoder shifts the root column so that no word picks the root first and always contracts cycles.

    >>> import numpy as np
    >>> one_root_tree(-np.array([[0, 9, 9], [1, 0, 6], [8, 2, 0]], dtype=float)).tolist()  # log-probabilities
    [0, 0, 1]
    >>> one_root_tree(-np.array([[0, 9, 9], [1, 0, 6], [2, 3, 0]], dtype=float)).tolist()  # two roots: CLE
    [0, 0, 1]
    """
    import numpy as np
    from stanza.models.common import chuliu_edmonds

    s = np.array(scores, dtype=np.float64)
    n = len(s)
    s[np.arange(n), np.arange(n)] = -np.inf
    heads = [0, *s[1:].argmax(axis=1).tolist()]
    if heads.count(0) == 2 and not functional_cycles(heads):
        return np.array(heads)
    return chuliu_edmonds.chuliu_edmonds_one_root(scores)


def _fast_tree_decoder() -> None:
    """Hand stanza's graph parser :func:`one_root_tree` and the linear cycle finder: the same trees
    (``tests/test_parse_decoder.py`` checks them against every tree of small sentences), a third of the
    parser's time saved."""
    from stanza.models.common import chuliu_edmonds
    from stanza.models.depparse import model

    chuliu_edmonds.tarjan = _tarjan
    model.chuliu_edmonds_one_root = one_root_tree


def _only(kw: dict[str, Any], procs: str) -> dict[str, Any]:
    """``kw`` without the model and pretrain paths of processors not in ``procs``."""
    keep = set(procs.split(","))
    return {k: v for k, v in kw.items() if not k.endswith("_path") or k.split("_", 1)[0] in keep}


class Parser:
    """Holds the stanza pipelines for one model set; load once, reuse for every article."""

    def __init__(
        self, models: ModelSet | str = "auto", *, ner: bool = True, use_gpu: bool = False, threads: int | None = 1
    ) -> None:
        """``threads``: torch CPU threads. One is the default: stanza runs many small batches, where extra
        threads cost more than they give (parallelism comes from ``--workers`` processes instead)."""
        import stanza
        import torch

        if threads:
            torch.set_num_threads(threads)

        _quiet()
        _fast_tree_decoder()
        self.models = resolve(models) if isinstance(models, str) else models
        self.model_id = self.models.model_id
        self.segmentation_version = SEGMENTATION_VERSION
        kw = _kwargs(self.models)
        has_mwt = "mwt" in self.models.paths or self.models.source == "official"
        self.has_ner = ner and "ner" in self.models.paths
        tok_procs = "tokenize,mwt" if has_mwt else "tokenize"
        tag_procs = "tokenize,pos,lemma,depparse" + (",ner" if self.has_ner else "")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            # stanza adds a processor for every *_model_path it is given: hand each pipeline only its own
            self._tok = stanza.Pipeline(
                processors=tok_procs, use_gpu=use_gpu, logging_level="ERROR", **_only(kw, tok_procs)
            )
            self._tag = stanza.Pipeline(
                processors=tag_procs, tokenize_pretokenized=True, use_gpu=use_gpu, logging_level="ERROR",
                **_only(kw, tag_procs),
            )
        except Exception as exc:  # stanza raises many kinds here: missing files, bad pickles, hub lookups
            raise ModelError(f"could not load {self.models.source} models from {self.models.root}: {exc}") from exc

    # -- stage 1: words and sentences for the whole text
    def tokenize(self, text: str) -> list[list[RawToken]]:
        """Sentences of words; the words of a multi-word token ("couldn't") share its character span."""
        return self.tokenize_many([text])[0]

    def tokenize_many(self, texts: Sequence[str]) -> list[list[list[RawToken]]]:
        """:meth:`tokenize` of each text, in one tokenizer call: the texts are joined by blank lines, which
        stanza's tokenizer reads as paragraph breaks it never tokenizes across, so every text gets the
        words and sentences it gets alone, while the character model runs on full batches of paragraphs
        (a fifth less tokenizer time on chunks of 8 news articles)."""
        out: list[list[list[RawToken]]] = [[] for _ in texts]
        live = [i for i, t in enumerate(texts) if t.strip()]
        if not live:
            return out
        starts, pos = [], 0
        for i in live:
            starts.append(pos)
            pos += len(texts[i]) + len(JOIN)
        doc = self._tok(JOIN.join(for_tokenizer(texts[i]) for i in live))
        pieces: list[list[list[RawToken]]] = [[] for _ in live]
        for s in doc.sentences:
            current = -1
            for t in s.tokens:
                k = bisect.bisect_right(starts, t.start_char) - 1
                if k != current:  # a sentence never runs across texts; this only guards the offsets
                    pieces[k].append([])
                    current = k
                words = _unsplit([x.text for x in t.words], t.text)
                base = starts[k]
                pieces[k][-1].extend(_word_spans(t.text, t.start_char - base, t.end_char - base, words))
        for k, i in enumerate(live):
            text = texts[i]
            merged = merge_broken_sentences(text, pieces[k])
            out[i] = split_datelines(text, split_after_closed_quotes(text, split_at_line_breaks(text, merged)))
        return out

    # -- stage 2: tags and trees for the chosen sentences
    def tag(self, sentences: Sequence[Sequence[RawToken]]) -> list[tuple[Token, ...]]:
        if not sentences:
            return []
        doc = self._tag([[t[0] for t in s] for s in sentences])
        out = []
        for raw, sent in zip(sentences, doc.sentences, strict=True):
            words: list[Token] = []
            for (_, start, end), tok in zip(raw, sent.tokens, strict=True):
                ner = getattr(tok, "ner", None) or "O"
                w = tok.words[0]
                words.append(
                    Token(
                        id=int(w.id), text=w.text, lemma=w.lemma or w.text, upos=w.upos or "X",
                        xpos=w.xpos or "_", feats=w.feats or "_", head=int(w.head or 0),
                        deprel=w.deprel or "dep", start=start, end=end, ner=ner,
                    )
                )
            out.append(tuple(words))
        return out

    def parse(self, text: str, *, keep: Callable[[int, int], bool] | None = None) -> tuple[Sentence, ...]:
        """Sentences of ``text``; only those whose (start, end) satisfy ``keep`` are tagged and parsed."""
        raw = self.tokenize(text)
        chosen = [i for i, s in enumerate(raw) if s and (keep is None or keep(s[0][1], s[-1][2]))]
        tagged = dict(zip(chosen, self.tag([raw[i] for i in chosen]), strict=True))
        out = []
        for i, s in enumerate(raw):
            if not s:
                continue
            if i in tagged:
                out.append(Sentence(i, s[0][1], s[-1][2], tagged[i]))
            else:
                toks = tuple(
                    Token(k + 1, t, t, "", "_", "_", -1, "", a, b) for k, (t, a, b) in enumerate(s)
                )
                out.append(Sentence(i, s[0][1], s[-1][2], toks, parsed=False))
        return tuple(out)


def for_tokenizer(text: str) -> str:
    """``text`` with each doubled ASCII quotation mark (``''Yes,'' she said``) written as one straight double
    mark padded by a space on its outer side, so every offset stays put: the tokenizer, trained on text
    without them, glued the opening pair to the next word (``''Yes``), which then read as punctuation.

    The marks around a nickname inside a name (``Mary "Molly" Ward``) become spaces: read as a quotation, they
    cut the name in two and left the words around it without a speaker.

    >>> for_tokenizer("He said ~~Yes.~~ Then".replace("~", "'"))
    'He said  "Yes."  Then'
    >>> for_tokenizer('"Go," Mary "Molly" Ward said.')
    '"Go," Mary  Molly  Ward said.'
    """
    if "''" not in text:
        return without_nickname_marks(text)
    chars = list(text)
    for m in marks(text):
        if m.width == 2:
            chars[m.at : m.at + 2] = [" ", '"'] if m.role == "open" else ['"', " "]
    return blanked("".join(chars), nickname_marks(text))


#: the English words the multi-word splitter may cut with no apostrophe in them (UD: can|not, gon|na)
_SPLIT_WITHOUT_APOSTROPHE = frozenset({"cannot", "gonna", "wanna", "gotta"})


def _unsplit(words: list[str], token: str) -> list[str]:
    """The token whole when the multi-word splitter cut a word that is no contraction: English splits only at
    an apostrophe (``could|n't``) or in a few fused forms (``can|not``). The small model also cuts a sentence-
    opening ``Its`` into *it 's* (16 of 29 in PolNeAR train and dev), which turns ``Its leader, Ann Lee, said``
    into a copula clause with no speaker, and names: ``Don|na``, ``Wa|Po``, ``DuPo|nt``.

    >>> _unsplit(["It", "s"], "Its"), _unsplit(["It", "'s"], "It's"), _unsplit(["can", "not"], "cannot")
    (['Its'], ['It', "'s"], ['can', 'not'])
    >>> _unsplit(["Don", "na"], "Donna"), _unsplit(["gon", "na"], "gonna")
    (['Donna'], ['gon', 'na'])
    """
    if len(words) > 1 and "'" not in token and "’" not in token and token.lower() not in _SPLIT_WITHOUT_APOSTROPHE:
        return [token]
    return words


def _word_spans(token: str, start: int, end: int, words: list[str]) -> list[RawToken]:
    """Character spans of a token's words: exact when the words spell the token ("could"+"n't"), else the
    whole token's span for each.

    >>> _word_spans("couldn't", 10, 18, ["could", "n't"])
    [('could', 10, 15), ("n't", 15, 18)]
    >>> _word_spans("du", 0, 2, ["de", "le"])
    [('de', 0, 2), ('le', 0, 2)]
    """
    if len(words) > 1 and "".join(words) == token:
        out, pos = [], start
        for w in words:
            out.append((w, pos, pos + len(w)))
            pos += len(w)
        return out
    return [(w, start, end) for w in words]


def merge_broken_sentences(text: str, sents: list[list[RawToken]]) -> list[list[RawToken]]:
    """Join a sentence to the next when the tokenizer split mid-line with no closing punctuation
    (a small model splits "Lee Min | Ho looked ..." on unknown names).

    >>> merge_broken_sentences("Ann Lee went. Bo", [[("Ann", 0, 3)], [("Lee", 4, 7), ("went", 8, 12), (".", 12, 13)],
    ...                                            [("Bo", 14, 16)]])
    [[('Ann', 0, 3), ('Lee', 4, 7), ('went', 8, 12), ('.', 12, 13)], [('Bo', 14, 16)]]
    """
    out: list[list[RawToken]] = []
    for s in sents:
        if out and out[-1] and s:
            prev_end, nxt_start = out[-1][-1][2], s[0][1]
            gap = text[prev_end:nxt_start]
            if "\n" not in gap and (not _ends_sentence(out[-1]) or _ends_in_title(out[-1])):
                out[-1] = out[-1] + s
                continue
        out.append(list(s))
    return out


#: abbreviated titles that stand before a name, never at the end of a sentence ("St." may: "on Main St.")
TITLES_BEFORE_NAMES = frozenset({"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt",
                                 "sgt", "rev", "adm", "amb", "pres", "supt", "insp", "cmdr", "maj"})


def _ends_in_title(tokens: list[RawToken]) -> bool:
    """``… State Rep. | Jane Roe said``: the small tokenizer ends a sentence at a title's period.

    >>> _ends_in_title([("the", 0, 3), ("Rep.", 4, 8)]), _ends_in_title([("Rep", 4, 7), (".", 7, 8)])
    (True, True)
    >>> _ends_in_title([("on", 0, 2), ("Main", 3, 7), ("St.", 8, 11)])
    False
    """
    last = tokens[-1][0]
    if last == "." and len(tokens) > 1:
        last = tokens[-2][0]
    return last.rstrip(".").lower() in TITLES_BEFORE_NAMES


def _ends_sentence(tokens: list[RawToken]) -> bool:
    """Closing punctuation, or a closing quote mark right after it (``…won.”``); a quote mark alone does
    not end a sentence (``his 'dear pal' | Bo Berg``).

    A closing bracket ends one only after closing punctuation (``(See below.)``), not after a label
    (``Sen. Roe (D-Maine) | Wednesday, saying ...``).

    >>> [_ends_sentence([(w, 0, 0) for w in s.split()]) for s in ("we won .", "we won . ”", "a 'pal '", "pal'")]
    [True, True, False, False]
    >>> [_ends_sentence([(w, 0, 0) for w in s.split()]) for s in ("Roe ( D-Maine )", "( See below . )")]
    [False, True]
    """
    last = tokens[-1][0]
    if last in (")", "]") and len(tokens) > 1:
        return _ends_sentence(tokens[:-1])
    if _FINAL.search(last):
        return True
    bare = last.rstrip(_MARKS)
    if len(bare) < len(last):
        before = bare or (tokens[-2][0] if len(tokens) > 1 else "")
        return bool(_FINAL.search(before))
    return False


def split_at_line_breaks(text: str, sents: list[list[RawToken]]) -> list[list[RawToken]]:
    """Start a new sentence after a line break that follows closing punctuation or a blank line, or ends a
    line that stands alone (a headline, a list number, a line too long to be hard-wrapped) before a capital:
    the tokenizer reads a single newline as a space, which glued ``... Jane Roe.”`` to the next paragraph's
    ``Later that day ...`` (a hard-wrapped line that ends mid-sentence stays joined).

    >>> t = "“No,” he said.\\nSpeaking later, she left"
    >>> toks = [("“", 0, 1), ("No", 1, 3), (",", 3, 4), ("”", 4, 5), ("he", 6, 8), ("said", 9, 13), (".", 13, 14),
    ...         ("Speaking", 15, 23), ("later", 24, 29), (",", 29, 30), ("she", 31, 34), ("left", 35, 39)]
    >>> [[w for w, _, _ in s] for s in split_at_line_breaks(t, [toks])]
    [['“', 'No', ',', '”', 'he', 'said', '.'], ['Speaking', 'later', ',', 'she', 'left']]
    >>> len(split_at_line_breaks("a wrapped\\nline", [[("a", 0, 1), ("wrapped", 2, 9), ("line", 10, 14)]]))
    1
    """

    def breaks(cur: list[RawToken], tok: RawToken) -> bool:
        gap = text[cur[-1][2] : tok[1]]
        if "\n" not in gap:
            return False
        if _CLOSING.search(cur[-1][0]) or gap.count("\n") > 1:
            return True
        line = text[text.rfind("\n", 0, cur[-1][1]) + 1 : cur[-1][2]]
        return tok[0][:1].isupper() and _line_of_its_own(line)

    return _split_where(sents, breaks)


_LINE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")


def _line_of_its_own(line: str) -> bool:
    """A line that ends without punctuation yet stands alone: a title-case headline, a list number, or a
    line longer than 90 characters (hard-wrapped text keeps to about 80), so a sentence ended at the break.

    >>> _line_of_its_own("Holt Says The Ferry Will Run Again"), _line_of_its_own("7")
    (True, True)
    >>> _line_of_its_own("the ferry will run again when the board has")  # a hard-wrapped line
    False
    """
    words = _LINE_WORD.findall(line)
    if not words:
        return False
    if len(words) == 1 and words[0].isdigit():
        return True
    long_words = [w for w in words if len(w) > 3]
    title = len(words) >= 2 and bool(long_words) and all(w[:1].isupper() or w[:1].isdigit() for w in long_words)
    return title or len(line.strip()) > 90


def _split_where(
    sents: list[list[RawToken]], breaks: Callable[[list[RawToken], RawToken], bool]
) -> list[list[RawToken]]:
    """Each sentence cut before every token for which ``breaks(words so far, token)`` holds."""
    out: list[list[RawToken]] = []
    for s in sents:
        cur: list[RawToken] = []
        for tok in s:
            if cur and breaks(cur, tok):
                out.append(cur)
                cur = []
            cur.append(tok)
        if cur:
            out.append(cur)
    return out


_CLOSERS = frozenset({"”", "’", '"', "'", "''", "»"})


def split_after_closed_quotes(text: str, sents: list[list[RawToken]]) -> list[list[RawToken]]:
    """Start a new sentence after a quotation that closes on a full stop when a capitalised word follows
    (``"… a long road." Of the mayor, Roe said …``): the tokenizer kept the next sentence, with its own
    speaker and cue, glued to the quote. ``?`` and ``!`` are left alone: ``"Why?" Roe asked`` goes on.

    >>> t = "“It is a long road.” Of the rest, Roe said"
    >>> toks = [("“", 0, 1), ("It", 1, 3), ("is", 4, 6), ("a", 7, 8), ("long", 9, 13), ("road", 14, 18),
    ...         (".", 18, 19), ("”", 19, 20), ("Of", 21, 23), ("the", 24, 27), ("rest", 28, 32), (",", 32, 33),
    ...         ("Roe", 34, 37), ("said", 38, 42)]
    >>> [len(s) for s in split_after_closed_quotes(t, [toks])]
    [8, 6]
    >>> why = [("“", 0, 1), ("Why", 1, 4), ("?", 4, 5), ("”", 5, 6), ("Roe", 7, 10), ("asked", 11, 16)]
    >>> [len(s) for s in split_after_closed_quotes("“Why?” Roe asked", [why])]
    [6]
    """

    def breaks(cur: list[RawToken], tok: RawToken) -> bool:
        if len(cur) < 2 or not tok[0][:1].isupper():
            return False
        mark, stop = cur[-1], cur[-2]
        return mark[0] in _CLOSERS and stop[0].endswith(".") and stop[2] == mark[1] and mark[2] < tok[1]

    return _split_where(sents, breaks)


DATELINE = regex.compile(
    r"""(?:^|(?<=\n))[ \t]*
    (?:
      \p{Lu}[\p{Lu}.'’-]+(?:[ ]\p{Lu}[\p{Lu}.'’-]+){0,3}           # WASHINGTON / NEW YORK / ST. LOUIS
      (?:,[ ]\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*)?)?                # , Nev. / , D.C.
      (?:,?[ ]\p{Lu}\p{Ll}{2,8}\.?[ ]\d{1,2})?                       # , Dec. 8
      [ ]*(?:\([\p{L}&. -]{2,30}\))?                                  # (AP)
    |                                                                  # or Title-case, agency required:
      \p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2}                           # Washington / Los Angeles
      (?:,[ ]\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*)?)?
      [ ]*\(\p{Lu}[\p{L}&. -]{1,29}\)                                 # (AFP)
    )
    [ ]*[—–-]{1,2}[ ]""",
    regex.X,
)


def split_datelines(text: str, sents: list[list[RawToken]]) -> list[list[RawToken]]:
    """Make a wire dateline (``WASHINGTON, Dec. 8 (UPI) —``) a sentence of its own: parsed with the sentence
    after it, the place name becomes the subject of the first verb.

    >>> t = "RENO, Nev. (AP) — Ann said no."
    >>> toks = [("RENO", 0, 4), (",", 4, 5), ("Nev.", 6, 10), ("(", 11, 12), ("AP", 12, 14), (")", 14, 15),
    ...         ("—", 16, 17), ("Ann", 18, 21), ("said", 22, 26), ("no", 27, 29), (".", 29, 30)]
    >>> [[w for w, _, _ in s] for s in split_datelines(t, [toks])]
    [['RENO', ',', 'Nev.', '(', 'AP', ')', '—'], ['Ann', 'said', 'no', '.']]
    >>> len(split_datelines("The NATO - Russia talks", [[("The", 0, 3), ("NATO", 4, 8), ("-", 9, 10)]]))
    1
    >>> bool(DATELINE.match("Washington (AFP) – Ann said")), bool(DATELINE.match("Ann Lee - a poet"))
    (True, False)
    """
    out: list[list[RawToken]] = []
    for s in sents:
        m = DATELINE.match(text, s[0][1]) if s else None
        if m is None or (m.start() != s[0][1] and text[m.start() : s[0][1]].strip()):
            out.append(s)
            continue
        head = [t for t in s if t[2] <= m.end()]
        tail = [t for t in s if t[1] >= m.end()]
        if head and tail and len(head) + len(tail) == len(s):
            out.extend([head, tail])
        else:
            out.append(s)
    return out


def describe(models: ModelSet) -> str:
    return json.dumps(models.as_json(), indent=2)
