# Two environments: the bot (Rasa, Python 3.10) and the actions (knowledge
# base, action server, web, Python 3.11). Every target installs what it needs.
SHELL := /bin/bash
PY310 := $(shell scripts/find-python.sh 3.10)
PY311 := $(shell scripts/find-python.sh 3.11)
BOT := .venv-bot/.installed
ACT := .venv-actions/.installed
DB  := var/knowledge.sqlite3

.PHONY: run test shell bench train install db clean

run: install db
	scripts/run.sh

test: install db
	scripts/train.sh >/dev/null
	.venv-actions/bin/python -m pytest -q

shell: install db
	@model=$$(scripts/train.sh); \
	.venv-actions/bin/python -m rasa_sdk --actions actions --port 5055 >/dev/null 2>&1 & pid=$$!; \
	trap "kill $$pid" EXIT; \
	.venv-bot/bin/rasa shell --model $$model --endpoints bot/endpoints.yml

bench: install db
	@for f in bench/*.py; do echo; echo "### $$f"; .venv-actions/bin/python $$f || exit 1; done

train: $(BOT)
	scripts/train.sh

install: $(BOT) $(ACT)

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

$(DB): $(ACT) knowledge/data/territoire.json.gz
	.venv-actions/bin/knowledge build

clean:
	rm -rf .venv-bot .venv-actions var models
