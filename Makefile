# Two commands on a fresh machine: `make run` and `make test`.
# Everything else here is what they are made of.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Two workers: the machines this runs on have two cores. Tests, not files, are
# handed out one by one (--dist load): with whole files (loadfile) one worker
# was left alone with the long files at the end, and the first leg took 27-35
# minutes on two cores instead of 16.
PYTEST_ARGS ?= -n 2 --dist load
HOST ?= 127.0.0.1
# Stamps named after what they stand for (the checksum of the files that decide
# the work), so a second `make run` skips what has nothing to do, and a checkout
# that leaves those files as they were (a new clone's dates, a pull) does too.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | cksum | cut -d' ' -f1)
NODE_STAMP := node_modules/.installed-$(shell cat package.json package-lock.json | cksum | cut -d' ' -f1)
# The database is migrated and seeded for these migrations, demo modules and
# installed packages (their migrations come with requirements.lock). With
# DATABASE_URL set, the database lives elsewhere: migrate and seed every time.
READY_SOURCES := requirements.lock $(sort $(wildcard */migrations/*.py */demo.py */demo_*.py */demo/*.py */demo/*/*.py))
READY := var/.ready-$(shell cat $(READY_SOURCES) | cksum | cut -d' ' -f1)
MANAGE := $(BIN)/python manage.py

.PHONY: run test test-prod serve-prod lint format setup js db demo forget-ready messages lock services bench clean help

help:
	@echo "make run     set up (venv, pinned install, SQLite, demo data) and serve on $(HOST):$(PORT)"
	@echo "make test    set up the same way, then lint, the whole suite (SQLite) and the second leg"
	@echo "make test-prod  the second leg alone: the parts that matter on PostgreSQL + Redis"
	@echo "make serve-prod  the production topology on loopback: $(WORKERS) daphne workers behind nginx, PostgreSQL, Redis"
	@echo "make lint    ruff check and ruff format --check"
	@echo "make format  ruff format and ruff check --fix"
	@echo "make messages  update the .po files (fr, nl, en; the participant texts for ar, ti, prs, ps, so, uk) and compile them"
	@echo "make bench   run the benchmarks in bench/"

$(STAMP):
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip check
	@rm -f $(VENV)/.installed-*
	@touch $@

setup: $(STAMP)

# axe-core for the browser tests' accessibility checks (pinned in package-lock.json).
$(NODE_STAMP):
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

js: $(NODE_STAMP)

# compile_translations.py compiles only the catalogs newer than their .mo.
db: setup
	@mkdir -p var
	$(MANAGE) migrate --no-input --verbosity 0
	$(BIN)/python site/compile_translations.py

ifeq ($(DATABASE_URL),)
# The SQLite file gone (var/db.sqlite3, the default), the stamp goes with it.
$(READY): $(if $(wildcard var/db.sqlite3),,forget-ready) | setup js var/.compiled-translations
	@mkdir -p var
	$(MANAGE) migrate --no-input --verbosity 0
	$(MANAGE) seed_demo
	@rm -f var/.ready-*
	@touch $@

demo: $(READY) var/.compiled-translations
else
demo: db js
	$(MANAGE) seed_demo
endif

forget-ready:
	@rm -f var/.ready-*

# The catalogs compiled once after any of them changed (before the seeding,
# which stores a few translated texts); by date, as compile_translations.py.
var/.compiled-translations: $(wildcard locale/*/LC_MESSAGES/*.po) | setup
	@mkdir -p var
	$(BIN)/python site/compile_translations.py
	@touch $@

run: demo
	PYTHONPATH=site $(BIN)/daphne -b $(HOST) -p $(PORT) config.asgi:application

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Debian packages that some tests need: PostgreSQL and Redis servers (the tests
# start them on loopback themselves) and Chromium for the browser tests.
services:
	@bash tests/install-services.sh

# Two legs: the whole suite on the embedded default (SQLite, in-memory channel
# layer), then the parts that depend on the engines again on PostgreSQL + Redis
# started on loopback for the session (tests/prod_leg.py lists them).
test: setup services js lint
	$(BIN)/python site/compile_translations.py
	$(BIN)/python -m pytest $(PYTEST_ARGS) --ignore=tests/prod
	$(BIN)/python -m tests.prod_leg $(PYTEST_ARGS)

test-prod: setup services js
	$(BIN)/python site/compile_translations.py
	$(BIN)/python -m tests.prod_leg $(PYTEST_ARGS)

# Production on one machine (loopback): see scripts/serve-prod and deploy/nginx.conf.
WORKERS ?= 2
serve-prod: setup services js
	$(BIN)/python site/compile_translations.py
	WORKERS=$(WORKERS) PORT=$(PORT) scripts/serve-prod

# Benchmarks: each prints lines `BENCH <name> <metric>=<value> ...`. The live
# ones start PostgreSQL, Redis and nginx, and the production run collects the
# static files, the fonts among them (from node_modules).
bench: setup services js
	$(BIN)/python site/compile_translations.py
	$(BIN)/python -m bench

# The staff languages' catalogs come from the code (makemessages), the participant
# languages' from the French one; config/languages.py lists both.
messages: setup
	$(MANAGE) makemessages \
		$(foreach code,$(shell $(BIN)/python site/config/languages.py staff),--locale $(code)) \
		--no-obsolete \
		--ignore '.venv/*' --ignore 'var/*' --ignore 'staticfiles/*' --ignore 'tests/*' \
		--ignore 'bench/*' --ignore 'node_modules/*'
	$(BIN)/python site/participant_messages.py
	$(BIN)/python site/compile_translations.py

lock: setup
	head -n 2 requirements.lock > requirements.lock.new
	$(BIN)/python -m pip freeze --exclude-editable >> requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) var staticfiles node_modules .pytest_cache .ruff_cache
