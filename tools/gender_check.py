"""Count he/she rows resolved to a person whose given name says the other gender.

    python tools/gender_check.py out/pred-train500.parquet out/pred-dev.parquet

A consistency count, not an accuracy: it reads only our own table and the given-name data, so it shows how
often the resolver still names, for a she, a person most people of that given name are men (and the other
way round), e.g. after a change to pronoun resolution.
"""

from __future__ import annotations

import sys

import polars as pl

from quotes.resolve import given_name_gender


def count(path: str) -> tuple[int, int]:
    """(he/she rows whose speaker has a gendered given name, those of them that contradict the pronoun)."""
    rows = pl.read_parquet(path).select("speaker_mention", "speaker").iter_rows()
    checked = contradicting = 0
    for mention, speaker in rows:
        pronoun = (mention or "").strip().lower()
        gender = given_name_gender(speaker) if speaker and pronoun in ("he", "she") else "unknown"
        if gender == "unknown":
            continue
        checked += 1
        contradicting += (pronoun == "he") != (gender == "male")
    return checked, contradicting


def main(paths: list[str]) -> None:
    for path in paths:
        checked, contradicting = count(path)
        print(f"{path}: {checked} he/she rows with a gendered given name, {contradicting} contradicting")


if __name__ == "__main__":
    main(sys.argv[1:])
