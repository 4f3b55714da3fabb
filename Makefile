# Peer Reflect. The two commands a fresh machine needs:
#   make run    install, train if the data changed, start the action server, open a chat in the terminal
#   make test   install, validate, train, and run every test
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
MODEL := models/peer-reflect.tar.gz
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export SANIC_HOST := 127.0.0.1
export PYTHONDONTWRITEBYTECODE := 1


.PHONY: run test install browser env train validate test-stories test-nlu test-pytest actions bench-load clean

run: install env train
	scripts/run_shell.sh

test: install browser env validate train test-stories test-nlu test-pytest

install: $(VENV)/.installed

$(VENV)/.installed: requirements/base.txt requirements/dev.txt requirements/model.txt pyproject.toml scripts/install.sh
	scripts/install.sh
	touch $@

# Debian's Chromium for the browser tests; without it they skip, except under CI where they must run.
browser:
	@scripts/install_browser.sh || [ -z "$$CI" ]

env:
	@$(BIN)/python scripts/ensure_env.py

validate:
	$(BIN)/python scripts/validate.py

# Rasa fingerprints config, domain and data: an unchanged project reuses the existing model.
train:
	$(BIN)/rasa train --data data --domain domain.yml --config config.yml --out models \
		--fixed-model-name peer-reflect

test-stories:
	$(BIN)/rasa test core --model $(MODEL) --stories tests/stories --fail-on-prediction-errors \
		--out results/stories

test-nlu:
	$(BIN)/python tests/nlu/check_overlap.py
	$(BIN)/python scripts/nlu_eval.py --model $(MODEL) --data tests/nlu/held_out.yml --out results/nlu

test-pytest:
	$(BIN)/python -m pytest -q

actions:
	$(BIN)/rasa run actions --actions actions --port 5055

# 20 simulated workers through whole reflections, one then two Rasa servers (PostgreSQL + Redis needed).
bench-load: install env train
	$(BIN)/python benchmarks/load/run.py --workers 20 --servers 1 2 --think 5 10

clean:
	rm -rf results .pytest_cache
