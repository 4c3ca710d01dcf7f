"""The training recipe's wall-clock budget, on a stand-in for stanza's training loop (no model, no data)."""

from __future__ import annotations

import time
import types
from pathlib import Path
from typing import Any

import pytest

from quotes.models.train import _with_deadline, main


def _loop_module() -> types.SimpleNamespace:
    """Like stanza's trainers: re-read ``max_steps`` and ``second_optim_start_step`` after every step."""

    def train(args: dict[str, Any]) -> tuple[int, int | None]:
        steps, switched_at = 0, None
        while steps < args["max_steps"]:
            steps += 1
            if switched_at is None and steps >= args["second_optim_start_step"]:
                switched_at = steps
            time.sleep(0.005)
        return steps, switched_at

    return types.SimpleNamespace(train=train)


@pytest.mark.parametrize(
    ("best_exists", "switches"),
    [pytest.param(True, True, id="switches-once-a-best-model-exists"),
     pytest.param(False, False, id="no-switch-before-any-best-model")],
)
def test_budget_ends_the_loop_and_moves_to_the_second_stage(tmp_path: Path, best_exists: bool, switches: bool) -> None:
    best = tmp_path / "depparse.pt"
    if best_exists:
        best.write_bytes(b"weights")
    mod = _loop_module()
    _with_deadline(mod, minutes=2.5 / 60, switch_at=0.2, best=best)
    t0 = time.monotonic()
    steps, switched_at = mod.train({"max_steps": 10**9, "second_optim_start_step": 10**9})
    assert 0 < steps < 10**9
    assert time.monotonic() - t0 < 10
    assert (switched_at is not None) is switches
    if switches:
        assert 0 < switched_at < steps  # the switch came before the end, not at it


def test_arguments_after_double_dash_reach_stanza(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    def fake_parser(out: Path, max_steps: int, second: int, start: Any, **kw: Any) -> None:
        seen.update(out=out, max_steps=max_steps, second=second, **kw)

    monkeypatch.setattr("quotes.models.train.train_parser", fake_parser)
    main(["parser", "--out", str(tmp_path), "--minutes", "3", "--", "--batch_size", "5000"])
    assert seen["stanza_args"] == ("--batch_size", "5000")
    assert seen["minutes"] == 3 and seen["switch_at"] == 0.65
    assert seen["max_steps"] >= 10**9 and seen["second"] >= 10**9  # the clock decides, not a step count
