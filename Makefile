# Two environments: the bot (Rasa, Python 3.10) and the actions (knowledge
# base, action server, web, Python 3.11). Every target installs what it needs.
SHELL := /bin/bash
PY310 := $(shell scripts/find-python.sh 3.10)
PY311 := $(shell scripts/find-python.sh 3.11)
BOT := .venv-bot/.installed
ACT := .venv-actions/.installed
DB  := var/knowledge.sqlite3
NPM := node_modules/.installed
VENDOR := web/static/vendor/socket.io.min.js

.PHONY: run test shell bench train install db clean browser system-packages

run: install db
	scripts/run.sh

# Everything a fresh Debian machine lacks is installed first (scripts/system-packages.sh: apt-get as
# root, else the exact command to type); no suite is skipped unless asked (SKIP_BROWSER_TESTS=1,
# SKIP_SCALE_TESTS=1), and the end of the run lists the suites that ran.
test: system-packages install db
	scripts/train.sh >/dev/null
	.venv-actions/bin/python -m pytest -q

system-packages:
	@scripts/system-packages.sh

shell: install db
	@model=$$(scripts/train.sh); \
	export ACTION_SERVER_TOKEN=$$(.venv-actions/bin/python -c 'import secrets; print(secrets.token_urlsafe(32))'); \
	PYTHONPATH=$(CURDIR) .venv-actions/bin/python -m actions --port 5055 >/dev/null 2>&1 & pid=$$!; \
	trap "kill $$pid" EXIT; \
	PYTHONPATH=$(CURDIR) .venv-bot/bin/rasa shell --model $$model --endpoints bot/endpoints.yml

# Every bench script, the time-critical ones first (training time, ready time, load); not
# bench/pipelines.py (the NLU pipeline trials, run by hand: a few minutes per config) nor its
# helper bench/rasa_cli.py, nor bench/model_pack.py (run by hand after a training, in the bot
# environment: how far the packed model answers from the trained one) nor bench/crf_cost.py (bot
# environment: what the entity CRF costs per training step).
BENCH_FIRST := bench/training.py bench/ready.py bench/load.py
BENCH := $(BENCH_FIRST) $(filter-out $(BENCH_FIRST) bench/__init__.py bench/pipelines.py bench/rasa_cli.py bench/model_pack.py bench/crf_cost.py,$(sort $(wildcard bench/*.py)))
bench: install db
	@for f in $(BENCH); do echo; echo "### $$f"; ANNUAIRE_API_URL="$${ANNUAIRE_API_URL-}" .venv-actions/bin/python $$f || exit 1; done
	@echo; echo "### bench/pipelines.py --table (trials recorded on this machine)"; .venv-actions/bin/python bench/pipelines.py --table

# The knowledge-base tests again, unchanged, on a throwaway PostgreSQL cluster (Debian's postgresql
# package; harness/with_postgres.py). Not part of `make test`.
KB_TESTS := tests/test_normalize.py tests/test_resolver.py tests/test_build.py tests/test_schemes.py \
	tests/test_contacts.py tests/test_cli.py tests/test_directory.py tests/test_import_annuaire.py \
	tests/test_import_data_inclusion.py tests/test_annuaire_live.py
.PHONY: test-postgres
test-postgres: $(ACT)
	.venv-actions/bin/python -m harness.with_postgres .venv-actions/bin/python -m pytest -q $(KB_TESTS)

train: $(BOT)
	scripts/train.sh
	.venv-bot/bin/python scripts/train_lecteur_urgences.py
	.venv-bot/bin/python scripts/train_lecteur_besoins.py

install: $(BOT) $(ACT) $(VENDOR)

db: $(DB)

$(BOT): requirements/bot.txt
	@test -n "$(PY310)" || { echo "Python 3.10 est nécessaire pour Rasa."; exit 1; }
	test -x .venv-bot/bin/python || $(PY310) -m venv .venv-bot
	.venv-bot/bin/pip install -q --upgrade pip
	.venv-bot/bin/pip install -q -r requirements/bot.txt
	.venv-bot/bin/pip check
	touch $@

$(ACT): requirements/actions.txt pyproject.toml
	@test -n "$(PY311)" || { echo "Python 3.11 est nécessaire."; exit 1; }
	test -x .venv-actions/bin/python || $(PY311) -m venv .venv-actions
	.venv-actions/bin/pip install -q --upgrade pip
	.venv-actions/bin/pip install -q -r requirements/actions.txt
	.venv-actions/bin/pip install -q --no-deps -e .
	.venv-actions/bin/pip check
	touch $@

# Client libraries of the chat page from the npm registry (socket.io-client; axe-core for the
# browser tests), copied next to the page: nothing is loaded from a CDN.
$(NPM): package.json package-lock.json
	@scripts/system-packages.sh npm
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(VENDOR): $(NPM)
	mkdir -p web/static/vendor
	cp node_modules/socket.io-client/dist/socket.io.min.js $@
	cp node_modules/socket.io-client/LICENSE web/static/vendor/socket.io-client.LICENSE

# Debian's Chromium for the browser tests (tests/browser), installed only when missing.
browser:
	@scripts/system-packages.sh chromium

# Rebuilt when its schema or seed data change (the build recreates every table; re-import the
# published directories after it).
KB_INPUTS := knowledge/data/territoire.json.gz $(wildcard knowledge/territory/*.py knowledge/directory/*.py \
	knowledge/directory/*.yaml knowledge/schemes/*.py knowledge/schemes/catalogue/*)
$(DB): $(ACT) $(KB_INPUTS)
	.venv-actions/bin/knowledge build

clean:
	rm -rf .venv-bot .venv-actions var models
