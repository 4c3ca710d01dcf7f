# Two commands for users: `make run` (extract quotes from corpus/) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install models bench lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# the CPU build of torch first, so stanza does not pull a multi-GB CUDA build
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	mkdir -p out
	$(VENV)/bin/quotes extract corpus/ --out out/quotes.parquet --also out/quotes.csv --db out/quotes.db

test: $(STAMP)
	$(PY) -m pytest -q

# ruff's rules on everything, mypy's type check on the package (layout is by hand: compact, 120 columns)
lint: $(STAMP)
	$(VENV)/bin/ruff check quotes tests bench tools
	$(VENV)/bin/mypy quotes

# Rebuild the bundled stanza models from ../shared/treebanks (about 2 hours on 2 cores).
models: $(STAMP)
	$(PY) -m quotes.models.train prepare
	OMP_NUM_THREADS=1 $(PY) -m quotes.models.train lane-a > build/lane-a.log 2>&1 & \
	OMP_NUM_THREADS=1 $(PY) -m quotes.models.train lane-b > build/lane-b.log 2>&1; wait
	$(PY) -m quotes.models.train install

bench: $(STAMP)
	$(PY) -m bench.run

clean:
	rm -rf $(VENV) build out/*.parquet out/*.csv out/*.db
