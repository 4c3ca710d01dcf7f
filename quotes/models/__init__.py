"""Which stanza models to use, and where their files are.

``bundled``: the English models this project trains (``python -m quotes.models.train``) and ships in
``quotes/models/bundled``. ``official``: stanza's own English models in the stanza resources folder
(``quotes models download`` fetches them; needs internet once). ``auto``: official when present, else
bundled. Any other value is a folder holding files named like the bundled ones.

This module never touches the network except in :func:`download_official`.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

BUNDLED_DIR = Path(__file__).resolve().parent / "bundled"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
FILE_NAMES = {
    "tokenize": "tokenize.pt",
    "mwt": "mwt.pt",
    "pos": "pos.pt",
    "lemma": "lemma.pt",
    "depparse": "depparse.pt",
    "ner": "ner.pt",
}
REQUIRED = ("tokenize", "mwt", "pos", "lemma", "depparse")


@lru_cache(maxsize=64)
def _digest(path: str, size: int, mtime_ns: int) -> str:
    """First 16 hex digits of the file's BLAKE2b digest (about 0.1 s for a model set); size and mtime key the
    in-process memo, so an edited file is hashed again."""
    h = hashlib.blake2b(digest_size=8)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class ModelError(RuntimeError):
    """A model set is missing or cannot be loaded; the message says what to do."""


@dataclass(frozen=True)
class ModelSet:
    source: str  # "bundled" | "official" | "path"
    root: Path
    paths: dict[str, Path] = field(default_factory=dict)  # processor -> model file
    extra: dict[str, Path] = field(default_factory=dict)  # e.g. pretrain / charlm files of official models

    @property
    def model_id(self) -> str:
        """Identifies the exact files (for parse caches): source plus each file's size and content digest (a
        retrained model has the same size as the one it replaces, so size alone served its parses stale)."""
        parts = [self.source]
        for proc in sorted(self.paths):
            p = self.paths[proc]
            st = p.stat()
            parts.append(f"{proc}:{p.name}:{st.st_size}:{_digest(str(p), st.st_size, st.st_mtime_ns)}")
        return "|".join(parts)

    def as_json(self) -> dict[str, str | None]:
        return {proc: (str(self.paths[proc]) if proc in self.paths else None) for proc in PROCESSORS}


def stanza_resources_dir() -> Path:
    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def bundled(root: Path = BUNDLED_DIR, source: str = "bundled") -> ModelSet:
    paths = {proc: root / name for proc, name in FILE_NAMES.items() if (root / name).exists()}
    missing = [p for p in REQUIRED if p not in paths]
    if missing:
        raise ModelError(
            f"{source} models incomplete in {root}: missing {', '.join(missing)}. "
            "Rebuild them with `make models` (needs ../shared/treebanks) or use --models official."
        )
    return ModelSet(source, root, paths)


def official(resources: Path | None = None) -> ModelSet:
    """stanza's default English package as laid out by ``stanza.download('en')``."""
    resources = resources or stanza_resources_dir()
    meta = resources / "resources.json"
    en = resources / "en"
    if not meta.exists() or not en.is_dir():
        raise ModelError(f"official stanza models not found in {resources}: run `quotes models download` once "
                         "(needs internet), or use --models bundled.")
    paths: dict[str, Path] = {}
    for proc in PROCESSORS:
        d = en / proc
        files = sorted(d.glob("*.pt")) if d.is_dir() else []
        if files:
            paths[proc] = files[0]
    missing = [p for p in REQUIRED if p not in paths and p != "mwt"]
    if missing:
        raise ModelError(f"official English models in {en} lack {', '.join(missing)}: run `quotes models download`.")
    return ModelSet("official", resources, paths)


def resolve(spec: str = "auto") -> ModelSet:
    """Turn ``--models auto|bundled|official|PATH`` into a concrete :class:`ModelSet`."""
    if spec == "bundled":
        return bundled()
    if spec == "official":
        return official()
    if spec == "auto":
        try:
            return official()
        except ModelError:
            return bundled()
    path = Path(spec)
    if not path.is_dir():
        raise ModelError(f"--models {spec!r}: not auto, bundled, official, nor a folder of model files")
    return bundled(path, source="path")


def download_official(resources: Path | None = None) -> Path:
    """Fetch stanza's official English models (the only network access this project ever makes)."""
    import stanza

    resources = resources or stanza_resources_dir()
    try:
        stanza.download("en", model_dir=str(resources), processors="tokenize,mwt,pos,lemma,depparse,ner")
    except Exception as exc:  # requests errors, hub errors
        raise ModelError(f"could not download stanza's English models ({type(exc).__name__}: {exc}). "
                         "Are you offline? The bundled models work without a network: --models bundled.") from exc
    return resources


def info(spec: str = "auto") -> dict[str, object]:
    ms = resolve(spec)
    card = BUNDLED_DIR / "models.json"
    out: dict[str, object] = {"source": ms.source, "root": str(ms.root), "processors": ms.as_json()}
    if ms.source == "bundled" and card.exists():
        out["card"] = json.loads(card.read_text())
    return out
