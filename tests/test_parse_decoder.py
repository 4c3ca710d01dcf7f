"""The linear cycle finder handed to stanza's tree decoder: same cycles as a brute-force search, and the
decoder still returns the best single-root tree (checked by enumerating every tree of small sentences)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import parse


def brute_cycles(heads: list[int]) -> set[frozenset[int]]:
    """Every node reached after len(heads) steps lies on a cycle; group them."""
    out = set()
    for s in range(len(heads)):
        v = s
        for _ in range(len(heads)):
            v = heads[v]
        cycle, u = {v}, heads[v]
        while u != v:
            cycle.add(u)
            u = heads[u]
        if len(cycle) > 1:
            out.add(frozenset(cycle))
    return out


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 30).flatmap(lambda n: st.lists(st.integers(0, n - 1), min_size=n, max_size=n)))
def test_functional_cycles_match_brute_force(heads: list[int]) -> None:
    found = parse.functional_cycles(heads)
    assert {frozenset(c) for c in found} == brute_cycles(heads)
    assert len(found) == len({frozenset(c) for c in found})


def log_softmax(x: np.ndarray) -> np.ndarray:
    """Rows of log-probabilities, as stanza's parser hands the decoder."""
    return x - np.log(np.exp(x).sum(axis=1, keepdims=True))


def best_tree(scores: np.ndarray) -> tuple[int, ...]:
    """Highest-scoring head assignment that is a tree with exactly one word attached to the root."""
    n = len(scores)
    best, best_score = None, -np.inf
    for heads in itertools.product(range(n), repeat=n - 1):
        full = [0, *heads]
        if any(h == i for i, h in enumerate(full) if i) or sum(h == 0 for h in heads) != 1:
            continue
        if brute_cycles(full):
            continue
        score = sum(scores[i, h] for i, h in enumerate(full) if i)
        if score > best_score:
            best, best_score = tuple(heads), score
    assert best is not None
    return best


@pytest.mark.parametrize("n", [3, 4, 5, 6])
def test_decoder_with_fast_cycles_finds_the_best_tree(n: int) -> None:
    pytest.importorskip("stanza")
    from stanza.models.common import chuliu_edmonds

    rng = np.random.default_rng(n)
    parse._fast_tree_decoder()
    assert chuliu_edmonds.tarjan is parse._tarjan
    for _ in range(25):
        scores = log_softmax(rng.normal(size=(n, n)))
        tree = chuliu_edmonds.chuliu_edmonds_one_root(scores)
        assert tuple(int(h) for h in tree[1:]) == best_tree(scores)


@pytest.mark.parametrize("n", [2, 3, 4, 5, 6])
def test_one_root_tree_finds_the_best_tree(n: int) -> None:
    pytest.importorskip("stanza")
    rng = np.random.default_rng(100 + n)
    shortcut = 0
    for k in range(40):
        scores = rng.normal(size=(n, n))
        if k % 2:  # a clear favourite head per word, so that the greedy shortcut is taken too
            scores[np.arange(1, n), rng.integers(0, n, n - 1)] += 3
        scores = log_softmax(scores)
        heads = [0, *np.where(np.eye(n, dtype=bool), -np.inf, scores)[1:].argmax(axis=1).tolist()]
        shortcut += heads.count(0) == 2 and not parse.functional_cycles(heads)
        tree = parse.one_root_tree(scores)
        assert tuple(int(h) for h in tree[1:]) == best_tree(scores)
    assert shortcut > 0
