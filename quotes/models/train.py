"""Train the bundled English stanza models from the UD treebanks in ``../shared/treebanks``.

The recipe lives here so anyone can rebuild the shipped files::

    python -m quotes.models.train prepare            # CoNLL-U + tokenizer labels under build/train
    python -m quotes.models.train lane-a             # tokenizer, mwt, lemmatizer, tagger (one core)
    python -m quotes.models.train lane-b             # parser (one core)
    python -m quotes.models.train install            # copy the best models into quotes/models/bundled

``make models`` runs the two lanes side by side with ``OMP_NUM_THREADS=1``. Each stanza trainer keeps its
best dev model on disk, so a lane can be stopped at a deadline and still leave a usable model, and a later
run can go on from it with a fresh optimizer::

    python -m quotes.models.train tagger --continue-from bundled --steps 3500
    python -m quotes.models.train parser --continue-from bundled --steps 2000 --second-optim-start 1

(``--second-optim-start 1`` goes straight to the parser's low-learning-rate second stage: restarting Adam at
the first stage's rate undoes the progress of the earlier run before it recovers.)

Stock stanza training is very slow on CPU because three torch ops have pathological backward passes
(``F.bilinear``, ``pack_sequence`` and ``pad_packed_sequence`` all turn into one autograd node per row or
time step). :func:`apply_cpu_patches` swaps in mathematically identical versions built on ``matmul`` and a
single ``index_select``. Training only; inference never imports this module.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TREEBANKS = ROOT.parent / "shared" / "treebanks"
BUILD = ROOT / "build" / "train"
BUNDLED = Path(__file__).resolve().parent / "bundled"
SHORTHAND = "en_combined"

#: training treebanks: EWT (CC BY-SA 4.0) + GUM (CC BY-NC-SA 4.0); dev = EWT dev
TRAIN_FILES = ("UD_English-EWT/en_ewt-ud-train.conllu", "GUM/en_gum-train.conllu")
DEV_FILE = "UD_English-EWT/en_ewt-ud-dev.conllu"

#: processor -> file name in quotes/models/bundled
MODEL_FILES = {
    "tokenize": "tokenize.pt",
    "mwt": "mwt.pt",
    "lemma": "lemma.pt",
    "pos": "pos.pt",
    "depparse": "depparse.pt",
}

TAGGER_ARGS = ["--no_pretrain", "--char_hidden_dim", "200", "--batch_size", "50", "--word_cutoff", "2"]
PARSER_ARGS = [
    "--no_pretrain",
    "--hidden_dim", "200",
    "--char_hidden_dim", "200",
    "--deep_biaff_hidden_dim", "200",
    "--num_layers", "2",
    "--batch_size", "1000",
    "--optim", "adam",
    "--lr", "0.002",
    "--word_cutoff", "2",
]


# --------------------------------------------------------------------------- CPU patches


def _matmul_bilinear(x1: Any, x2: Any, weight: Any, bias: Any = None) -> Any:
    """``F.bilinear`` as one matmul and a reduction: same values, a fast CPU backward."""
    import torch

    out_dim, in1, in2 = weight.shape
    proj = torch.matmul(x1, weight.transpose(0, 1).reshape(in1, out_dim * in2))
    proj = proj.view(*x1.shape[:-1], out_dim, in2)
    res = (proj * x2.unsqueeze(-2)).sum(-1)
    return res if bias is None else res + bias


def _make_pack_sequence(original: Any) -> Any:
    def pack_sequence(sequences: Any, enforce_sorted: bool = True) -> Any:
        """Pack by one ``index_select`` instead of pad-then-pack (whose backward is O(batch^2))."""
        import torch
        from torch.nn.utils.rnn import PackedSequence

        seqs = list(sequences)
        if not enforce_sorted or not any(s.requires_grad for s in seqs):
            return original(seqs, enforce_sorted=enforce_sorted)
        lengths = torch.tensor([s.size(0) for s in seqs], dtype=torch.int64)
        if bool((lengths[:-1] < lengths[1:]).any()):
            raise RuntimeError("`lengths` array must be sorted in decreasing order when `enforce_sorted` is True.")
        offsets = torch.cumsum(lengths, 0) - lengths
        steps = torch.arange(int(lengths[0]))
        alive = lengths.unsqueeze(0) > steps.unsqueeze(1)  # (T, N)
        index = (offsets.unsqueeze(0) + steps.unsqueeze(1))[alive]
        return PackedSequence(torch.cat(seqs, 0).index_select(0, index), alive.sum(1), None, None)

    return pack_sequence


def _make_pad_packed(original: Any) -> Any:
    def pad_packed_sequence(
        sequence: Any, batch_first: bool = False, padding_value: float = 0.0, total_length: int | None = None
    ) -> Any:
        """Unpack by one ``index_select`` into data plus a padding row (torch copies one slice per step)."""
        import torch

        data, batch_sizes = sequence.data, sequence.batch_sizes
        if not data.requires_grad:
            return original(sequence, batch_first, padding_value, total_length)
        steps, width = batch_sizes.size(0), int(batch_sizes[0])
        offsets = torch.cumsum(batch_sizes, 0) - batch_sizes
        cols = torch.arange(width)
        alive = cols.unsqueeze(0) < batch_sizes.unsqueeze(1)  # (T, B)
        pad_index = data.size(0)
        index = torch.where(alive, offsets.unsqueeze(1) + cols.unsqueeze(0), torch.full_like(cols, pad_index))
        if total_length is not None and total_length > steps:
            extra = torch.full((total_length - steps, width), pad_index, dtype=torch.int64)
            index = torch.cat([index, extra], 0)
        padded = torch.cat([data, data.new_full((1, *data.shape[1:]), padding_value)], 0)
        out = padded.index_select(0, index.reshape(-1)).view(*index.shape, *data.shape[1:])
        lengths = alive.sum(0).to(torch.int64)
        if sequence.unsorted_indices is not None:
            out = out.index_select(1, sequence.unsorted_indices)
            lengths = lengths[sequence.unsorted_indices.cpu()]
        return (out.transpose(0, 1) if batch_first else out), lengths

    return pad_packed_sequence


def apply_cpu_patches() -> None:
    """Install the fast equivalents into torch and every stanza module that imported the originals."""
    import torch.nn.functional as F
    import torch.nn.utils.rnn as rnn

    orig_pack, orig_pad = rnn.pack_sequence, rnn.pad_packed_sequence
    fast_pack, fast_pad = _make_pack_sequence(orig_pack), _make_pad_packed(orig_pad)
    F.bilinear = _matmul_bilinear  # type: ignore[assignment]
    rnn.pad_packed_sequence = fast_pad  # type: ignore[attr-defined]
    import stanza.models.common.char_model as char_model

    char_model.pack_sequence = fast_pack
    for name, mod in list(sys.modules.items()):
        if name.startswith("stanza") and getattr(mod, "pad_packed_sequence", None) is orig_pad:
            mod.pad_packed_sequence = fast_pad  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- data


def _concat(files: list[Path], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for f in files:
            text = f.read_text(encoding="utf-8").strip("\n")
            fh.write(text + "\n\n")


def prepare(treebanks: Path = TREEBANKS, build: Path = BUILD) -> None:
    """Write train/dev CoNLL-U, raw text and tokenizer labels under ``build``."""
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data

    if not treebanks.is_dir():
        sys.exit(f"Error: treebanks not found at {treebanks}")
    build.mkdir(parents=True, exist_ok=True)
    _concat([treebanks / f for f in TRAIN_FILES], build / "train.conllu")
    shutil.copy(treebanks / DEV_FILE, build / "dev.conllu")
    for split in ("train", "dev"):
        conllu = build / f"{split}.conllu"
        txt = build / f"{split}.txt"
        conllu_to_text.convert_text(str(conllu), str(txt))
        prepare_tokenizer_data.main(
            [str(txt), str(conllu), "-o", str(build / f"{split}.toklabels"), "-m", str(build / f"{split}.mwt.json")]
        )


# --------------------------------------------------------------------------- trainers


def _on_gpu() -> bool:
    import torch

    return bool(torch.cuda.is_available())


def _with_deadline(mod: Any, minutes: float, switch_at: float | None, best: Path | None = None) -> None:
    """Make ``mod.train`` stop after ``minutes`` of wall time, keeping its best dev model.

    stanza's training loops re-read ``args['max_steps']`` (and the parser ``args['second_optim_start_step']``)
    after every step, so a timer that lowers them ends the run, or moves the parser to its second stage at
    ``switch_at`` (a fraction of the budget), at the next step. The switch reloads the best dev model, so it
    waits until ``best`` exists. A budget in minutes rather than steps lets the same recipe fit a deadline on
    any hardware (a shared CPU, a borrowed GPU); it counts from the start of ``train``, data loading included.
    """
    import threading
    import time

    original = mod.train

    def train(args: dict[str, Any]) -> Any:
        start = time.monotonic()

        def watch() -> None:
            switched = switch_at is None or "second_optim_start_step" not in args
            while True:
                elapsed = (time.monotonic() - start) / 60
                saved = best is None or best.exists()
                if not switched and saved and elapsed >= minutes * float(switch_at or 0):
                    args["second_optim_start_step"] = 0
                    switched = True
                if elapsed >= minutes:
                    args["max_steps"] = 0
                    return
                time.sleep(1.0)

        threading.Thread(target=watch, daemon=True).start()
        return original(args)

    mod.train = train


def run_trainer(
    module: str,
    args: list[str],
    *,
    minutes: float | None = None,
    switch_at: float | None = None,
    best: Path | None = None,
) -> None:
    """Run one of stanza's trainer modules in this process (CPU patches applied when no GPU is used)."""
    cpu = not _on_gpu()
    if cpu:
        apply_cpu_patches()
    mod = importlib.import_module("stanza.models." + module)
    if cpu:
        apply_cpu_patches()  # modules imported just now keep their own references
    if minutes is not None:
        _with_deadline(mod, minutes, switch_at, best)
    mod.main(args)


def _common(kind: str, out: Path) -> list[str]:
    return ["--lang", "en", "--shorthand", SHORTHAND, "--save_dir", str(out), "--save_name", MODEL_FILES[kind]]


def train_tokenizer(out: Path, steps: int = 6000) -> None:
    b = BUILD
    run_trainer(
        "tokenizer",
        [
            *_common("tokenize", out),
            "--txt_file", str(b / "train.txt"), "--label_file", str(b / "train.toklabels"),
            "--dev_txt_file", str(b / "dev.txt"), "--dev_label_file", str(b / "dev.toklabels"),
            "--dev_conll_gold", str(b / "dev.conllu"), "--conll_file", str(b / "dev.tok.pred.conllu"),
            "--mwt_json_file", str(b / "dev.mwt.json"), "--steps", str(steps), "--mode", "train",
        ],
    )


def train_mwt(out: Path, epochs: int = 30) -> None:
    b = BUILD
    run_trainer(
        "mwt_expander",
        [
            *_common("mwt", out),
            "--train_file", str(b / "train.conllu"), "--eval_file", str(b / "dev.conllu"),
            "--output_file", str(b / "dev.mwt.pred.conllu"), "--gold_file", str(b / "dev.conllu"),
            "--num_epoch", str(epochs),
        ],
    )


def train_lemmatizer(out: Path) -> None:
    b = BUILD
    args = _common("lemma", out)
    args.remove("--lang")
    args.remove("en")
    run_trainer(
        "lemmatizer",
        [
            *args,
            "--train_file", str(b / "train.conllu"), "--eval_file", str(b / "dev.conllu"),
            "--output_file", str(b / "dev.lemma.pred.conllu"), "--dict_only", "--mode", "train",
        ],
    )


def _continue_tagger(model_file: Path) -> None:
    """Make stanza's tagger start from ``model_file`` (weights and vocab) with a fresh optimizer.

    stanza's tagger has no ``--continue_from`` (its parser has); its ``Trainer`` already loads a file when
    given ``model_file``, so the training loop's fresh ``Trainer(...)`` is redirected to that file. The
    vocabulary rebuilt from the training data must equal the file's, or word ids would silently shift.
    """
    import stanza.models.tagger as tagger

    original = tagger.Trainer

    def trainer(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("model_file") is not None:
            return original(*args, **kwargs)
        vocab = kwargs.pop("vocab")
        loaded = original(*args, model_file=str(model_file), **kwargs)
        if loaded.vocab.state_dict() != vocab.state_dict():
            raise SystemExit(f"Error: {model_file} was trained with another vocabulary; train from scratch")
        return loaded

    tagger.Trainer = trainer  # type: ignore[assignment]


def train_tagger(
    out: Path,
    max_steps: int = 6000,
    continue_from: Path | None = None,
    *,
    minutes: float | None = None,
    stanza_args: tuple[str, ...] = (),
) -> None:
    b = BUILD
    if continue_from is not None:
        import stanza.models.tagger  # noqa: F401  (imported before the patch so it sticks)

        _continue_tagger(continue_from)
    run_trainer(
        "tagger",
        _common("pos", out)
        + TAGGER_ARGS
        + [
            "--train_file", str(b / "train.conllu"), "--eval_file", str(b / "dev.conllu"),
            "--output_file", str(b / "dev.pos.pred.conllu"), "--max_steps", str(max_steps),
            *stanza_args,
        ],
        minutes=minutes,
    )


def train_parser(
    out: Path,
    max_steps: int = 5300,
    second_optim_start: int = 3200,
    continue_from: Path | None = None,
    *,
    minutes: float | None = None,
    switch_at: float | None = None,
    stanza_args: tuple[str, ...] = (),
) -> None:
    b = BUILD
    extra = ["--continue_from", str(continue_from)] if continue_from is not None else []
    target = out / MODEL_FILES["depparse"]
    if continue_from is not None and continue_from.resolve() != target.resolve():
        # the switch to the second optimizer reloads the best model saved so far: make that the start weights
        shutil.copy(continue_from, target)
    run_trainer(
        "parser",
        _common("depparse", out)
        + PARSER_ARGS
        + [
            "--train_file", str(b / "train.conllu"), "--eval_file", str(b / "dev.conllu"),
            "--output_file", str(b / "dev.depparse.pred.conllu"), "--max_steps", str(max_steps),
            "--second_optim_start_step", str(second_optim_start),
            "--checkpoint_save_name", str(out / "depparse.checkpoint.pt"),
            *extra,
            *stanza_args,
        ],
        minutes=minutes,
        switch_at=switch_at,
        best=target,
    )


def install(out: Path, dest: Path = BUNDLED) -> None:
    """Copy the best dev models (no optimizer state) into the package."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in MODEL_FILES.values():
        src = out / name
        if src.exists():
            shutil.copy(src, dest / name)
            print(f"installed {dest / name} ({src.stat().st_size / 1e6:.1f} MB)")
        else:
            print(f"missing {src}", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m quotes.models.train", description=__doc__.split("\n")[0])
    p.add_argument("step", choices=["prepare", "tokenizer", "mwt", "lemma", "tagger", "parser", "lane-a", "lane-b",
                                    "install"])
    p.add_argument("--out", type=Path, default=ROOT / "build" / "models")
    p.add_argument("--steps", type=int, default=None, help="max steps (tokenizer/tagger/parser)")
    p.add_argument(
        "--second-optim-start", type=int, default=3200, help="parser: step of the switch to the 2nd optimizer"
    )
    p.add_argument(
        "--continue-from",
        default=None,
        help="tagger/parser: start from these weights ('bundled' = the shipped model) with a fresh optimizer",
    )
    p.add_argument(
        "--minutes", type=float, default=None,
        help="tagger/parser: stop after this much wall time (best dev model kept); steps then default to no limit",
    )
    p.add_argument(
        "--switch-at", type=float, default=0.65,
        help="parser with --minutes: share of the budget after which the second optimizer takes over",
    )
    p.epilog = "Arguments after -- go to stanza's trainer unchanged (the last of a repeated flag wins)."
    argv = sys.argv[1:] if argv is None else argv
    cut = argv.index("--") if "--" in argv else len(argv)
    a = p.parse_args(argv[:cut])
    extra = tuple(argv[cut + 1 :])
    unlimited = 10**9 if a.minutes is not None else None
    start: Path | None = None
    if a.continue_from is not None:
        kind = "pos" if a.step == "tagger" else "depparse"
        start = BUNDLED / MODEL_FILES[kind] if a.continue_from == "bundled" else Path(a.continue_from)
        if a.step not in ("tagger", "parser"):
            p.error("--continue-from works with the tagger and parser steps")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    a.out.mkdir(parents=True, exist_ok=True)
    if a.step == "prepare":
        prepare()
    elif a.step == "tokenizer":
        train_tokenizer(a.out, a.steps or 6000)
    elif a.step == "mwt":
        train_mwt(a.out)
    elif a.step == "lemma":
        train_lemmatizer(a.out)
    elif a.step == "tagger":
        train_tagger(a.out, a.steps or unlimited or 6000, start, minutes=a.minutes, stanza_args=extra)
    elif a.step == "parser":
        second = unlimited or a.second_optim_start
        switch = a.switch_at if a.minutes is not None else None
        train_parser(
            a.out, a.steps or unlimited or 5300, second, start, minutes=a.minutes, switch_at=switch, stanza_args=extra
        )
    elif a.step == "lane-a":
        train_tokenizer(a.out)
        train_mwt(a.out)
        train_lemmatizer(a.out)
        train_tagger(a.out, a.steps or 6000)
    elif a.step == "lane-b":
        train_parser(a.out, a.steps or 5300)
    elif a.step == "install":
        install(a.out)


if __name__ == "__main__":
    main()
