"""A user's alias file: names the user wants written one way (``J. Holt`` and ``Jane M. Holt`` as
``Jane Holt``), or descriptions the user knows the holder of in their corpus (``the agency`` as ``Harbour
Agency``). Nothing about anyone is built in: the file is the user's, applied to the table after resolution.

The file is a CSV with a header ``alias,canonical`` and an optional ``kind`` column (``person`` /
``organization``), or a JSON object ``{"alias": "canonical", ...}``. Aliases match as the quote database's
speaker search does (:func:`quotes.db.fold`: case, accents, punctuation and a leading "the" ignored). A row's
``speaker`` is matched first; a row with no speaker is matched by its ``speaker_mention`` (never a pronoun). A
changed row says so in ``method``: ``+alias-file``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from quotes.attribute import lexicon
from quotes.db import fold

#: what a row's method gets when the alias file decided its speaker
STEP = "alias-file"



class AliasError(ValueError):
    """An alias file that cannot be read: its path and what is wrong with it."""


@dataclass(frozen=True)
class Alias:
    canonical: str
    kind: str | None = None


def key(name: str) -> str:
    """How names are compared: the quote database's folding (case, accents, punctuation, a leading "the").

    >>> key("The  Harbour Agency"), key("J. Holt"), key("the ledger")
    ('harbour agency', 'j holt', 'ledger')
    """
    return fold(name)


def load(path: Path) -> dict[str, Alias]:
    """Read an alias file (CSV or JSON, by suffix); :class:`AliasError` names the file and the problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AliasError(f"cannot read alias file {path}: {exc}") from exc
    pairs: list[tuple[str, str, str | None]] = []
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise AliasError(f"{path}: not JSON ({exc})") from exc
        if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            raise AliasError(f'{path}: expected a JSON object of "alias": "canonical name" strings')
        pairs = [(k, v, None) for k, v in data.items()]
    else:
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or not {"alias", "canonical"} <= set(reader.fieldnames):
            raise AliasError(f"{path}: expected a CSV header with the columns alias,canonical (and optionally kind)")
        for line, row in enumerate(reader, start=2):
            alias, canonical = (row.get("alias") or "").strip(), (row.get("canonical") or "").strip()
            kind = (row.get("kind") or "").strip() or None
            if not alias or not canonical:
                raise AliasError(f"{path}, line {line}: alias and canonical must both be filled in")
            if kind not in (None, "person", "organization"):
                raise AliasError(f"{path}, line {line}: kind must be person or organization, not {kind!r}")
            pairs.append((alias, canonical, kind))
    out: dict[str, Alias] = {}
    for alias, canonical, kind in pairs:
        k = key(alias)
        if k in out and out[k].canonical != canonical:
            raise AliasError(f"{path}: {alias!r} is given two canonical names ({out[k].canonical!r}, {canonical!r})")
        out[k] = Alias(canonical, kind)
    return out


@cache
def _pronouns() -> frozenset[str]:
    lex = lexicon()
    return frozenset(str(w) for k in ("person_pronouns", "plural_pronouns", "org_pronouns", "first_person")
                     for w in lex[k])


def apply(rows: Iterable[dict[str, Any]], aliases: dict[str, Alias]) -> list[dict[str, Any]]:
    """The rows with the alias file's names put in (new dicts; the input rows are not changed)."""
    pronouns = _pronouns()
    out = []
    for row in rows:
        speaker, mention = row.get("speaker"), row.get("speaker_mention")
        hit = None
        if speaker:
            hit = aliases.get(key(speaker))
        elif mention and mention.strip().lower() not in pronouns:
            hit = aliases.get(key(mention))
        if hit is None or (hit.canonical == speaker and hit.kind in (None, row.get("speaker_kind"))):
            out.append(row)
            continue
        kind = hit.kind or (row.get("speaker_kind") if speaker else None) or "unknown"
        out.append({**row, "speaker": hit.canonical, "speaker_kind": kind, "method": f"{row.get('method')}+{STEP}"})
    return out
