# Two commands on a fresh machine with Python 3.11 and make: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest migrate demo openapi clean

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

pytest: $(STAMP)
	$(BIN)/python -m pytest

test: lint typecheck pytest

openapi: $(STAMP)
	$(BIN)/python -m app.cli openapi > openapi/openapi.json

clean:
	rm -rf $(VENV) data/*.db
