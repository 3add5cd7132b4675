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

run: demo
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
