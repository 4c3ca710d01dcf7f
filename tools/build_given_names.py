"""Build quotes/data/given_names.tsv, the given-name gender table the resolver uses for he/she agreement.

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg
    python tools/build_given_names.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl

Source: the name data of nomquamgender 0.1.4 (Ian Van Buskirk, MIT licence), which gives, for each given
name, how many name-gender sources list it, how many people carry it and the share of them who are women.
Kept: plain lower-case Latin names of two letters or more, listed by at least three sources, carried by at
least 500 people, and at least 90 % one way (the package's own default threshold). Everything else (``kim``,
``lee``, ``jordan``) is left out: the resolver then falls back on honorifics and pronouns, as before.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "quotes" / "data" / "given_names.tsv"
MIN_SOURCES, MIN_PEOPLE, SHARE = 3, 500, 0.9


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as zf:
        data = json.loads(zf.read("nomquamgender/name_data.json"))
        licence = zf.read(next(n for n in zf.namelist() if n.endswith("LICENSE"))).decode("utf-8")
    rows = []
    for name, (sources, people, p_female, *_rest) in data.items():
        if not (name.isascii() and name.isalpha() and name.islower() and len(name) >= 2):
            continue
        if sources < MIN_SOURCES or people < MIN_PEOPLE:
            continue
        if p_female >= SHARE:
            rows.append(f"{name}\tf")
        elif p_female <= 1 - SHARE:
            rows.append(f"{name}\tm")
    head = [
        "# Given names and the gender most people carrying them have (f/m), for he/she agreement only.",
        "# Built by tools/build_given_names.py from the name data of nomquamgender 0.1.4:",
        *("# " + line if line else "#" for line in licence.strip().splitlines()),
    ]
    OUT.write_text("\n".join(head + sorted(rows)) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} names to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
