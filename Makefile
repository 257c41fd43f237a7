# Set-up and everyday commands. `make demo` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo seeds test lint typecheck schema bench bench-actors bench-quotes train-cues train-contents browser clean

$(INSTALLED): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(INSTALLED)

demo: $(INSTALLED)  ## analyse the bundled examples into out/
	$(BIN)/rashomon analyze examples --out out

seeds: $(INSTALLED)  ## analyse the two seed articles (needs ../shared/seeds)
	$(BIN)/rashomon analyze ../shared/seeds --out out/seeds

browser:  ## install Debian's headless Chromium for the report test (skipped when not possible)
	@sh scripts/install-chromium.sh

test: $(INSTALLED) browser  ## run the test suite
	$(BIN)/python -m pytest

lint: $(INSTALLED)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(INSTALLED)
	$(BIN)/mypy src

schema: $(INSTALLED)  ## regenerate the shipped JSON Schema from the records (review the diff)
	$(BIN)/rashomon schema > src/rashomon/schemas/analysis.schema.json

bench: $(INSTALLED)  ## speed of the whole pipeline against a bare spaCy parse
	$(BIN)/python benchmarks/speed.py

bench-actors: $(INSTALLED)  ## actors as cross-document entity coreference on ECB+ dev (needs ../shared)
	$(BIN)/python benchmarks/actors.py

bench-quotes: $(INSTALLED)  ## quotes as attribution on PolNeAR dev beside textacy, and BASIL (needs ../shared)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[bench]'
	$(BIN)/python benchmarks/quotes.py

train-cues: $(INSTALLED)  ## retrain the cue classifier on PolNeAR train (needs ../shared)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[bench]'
	$(BIN)/python benchmarks/train_cues.py

train-contents: $(INSTALLED)  ## retrain the content classifier on PolNeAR train (needs ../shared)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[bench]'
	$(BIN)/python benchmarks/train_contents.py

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
