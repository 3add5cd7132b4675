# Two commands on a fresh machine with Python 3.11 and make: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest migrate demo openapi clients clients-check clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

migrate: $(STAMP)
	$(BIN)/alembic upgrade head

demo: migrate
	$(BIN)/python -m app.cli seed

# Demo accounts only: a deployment sets its own through the environment.
DEMO_ADMIN_EMAIL ?= admin@demo.serangkota.example
DEMO_ADMIN_PASSWORD ?= DemoAdmin2026serang

run: demo
	@echo "Demo admin: $(DEMO_ADMIN_EMAIL) / $(DEMO_ADMIN_PASSWORD)"
	BOOTSTRAP_ADMIN_EMAIL=$(DEMO_ADMIN_EMAIL) BOOTSTRAP_ADMIN_PASSWORD=$(DEMO_ADMIN_PASSWORD) \
	$(BIN)/uvicorn app.main:create_app --factory --host 127.0.0.1 --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy app tests migrations bench

CHROMIUM_PATH ?= /usr/bin/chromium

pytest: $(STAMP)
	@test -x $(CHROMIUM_PATH) || echo "Chromium not found at $(CHROMIUM_PATH): the browser tests (tests/browser) are skipped; apt-get install chromium to run them."
	CHROMIUM_PATH=$(CHROMIUM_PATH) $(BIN)/python -m pytest -rs

test: lint typecheck clients-check pytest

# Node packages of the TypeScript client, at the versions of its package-lock.json.
TS_CLIENT := openapi/clients/typescript
TS_STAMP := $(TS_CLIENT)/node_modules/.installed
$(TS_STAMP): $(TS_CLIENT)/package-lock.json
	cd $(TS_CLIENT) && npm ci --no-audit --no-fund
	touch $(TS_STAMP)

# Fails, naming the client, when a committed client is stale against openapi/openapi.json.
clients-check: $(STAMP) $(TS_STAMP)
	$(BIN)/python scripts/generate_clients.py --check

clients: $(STAMP) $(TS_STAMP)
	$(BIN)/python scripts/generate_clients.py

openapi: $(STAMP)
	$(BIN)/python -m app.cli openapi > openapi/openapi.json
	$(MAKE) clients

clean:
	rm -rf $(VENV) data/*.db $(TS_CLIENT)/node_modules
