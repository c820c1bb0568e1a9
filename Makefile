# Everything runs from the project's own virtualenv (.venv) and node_modules; `make test` and
# `make demo` install both first when they are missing or out of date.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SPEC := openapi/herohealth-public-api.yaml
PACKAGE := herohealth_async
CHECK_DIR := .generated-check
GENERATE = PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/openapi-python-client generate \
	--path $(SPEC) --config generator-config.yaml --custom-template-path templates \
	--meta none --overwrite --fail-on-warning

.PHONY: changelog-draft test-aiohttp install redis-server generate docs matrix dist api-diff check-generated golden validate-spec spec-report lint format typecheck test demo mock bench clean

install: $(VENV)/.installed node_modules/.installed redis-server

# The tests start their own redis-server (Debian package redis-server); install it when it is missing.
redis-server:
	@command -v redis-server >/dev/null || { \
		echo "installing redis-server (Debian package)"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq redis-server >/dev/null; }

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[redis,otel,examples,aiohttp]' --group dev
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# templates/extra/ holds modules copied as they are into the generated package (not generated); the
# package also carries the document (openapi.json), and the README's generated sections are rewritten.
generate: $(VENV)/.installed
	$(GENERATE) --output-path $(PACKAGE)
	$(BIN)/python scripts/generate.py finish $(SPEC) $(PACKAGE) --readme

# Regenerate into a scratch folder inside the project (so ruff reads the same settings) and fail on
# any difference from the committed package.
check-generated: $(VENV)/.installed
	rm -rf $(CHECK_DIR) && mkdir -p $(CHECK_DIR)
	$(GENERATE) --output-path $(CHECK_DIR)/$(PACKAGE)
	$(BIN)/python scripts/generate.py finish $(SPEC) $(CHECK_DIR)/$(PACKAGE)
	diff -r -x __pycache__ $(PACKAGE) $(CHECK_DIR)/$(PACKAGE) \
		|| (echo "herohealth_async/ differs from what $(SPEC) generates: run 'make generate'"; exit 1)
	rm -rf $(CHECK_DIR)

# Refresh tests/templates/golden/ after an intended template change (then review its diff).
golden: $(VENV)/.installed
	rm -rf .template-check tests/templates/golden && mkdir -p .template-check tests/templates/golden
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/openapi-python-client generate --path tests/templates/fixture.openapi.yaml \
		--config generator-config.yaml --custom-template-path templates --meta none --overwrite --fail-on-warning \
		--output-path .template-check/$(PACKAGE)
	mv .template-check/$(PACKAGE) tests/templates/golden/ && rm -rf .template-check

validate-spec: $(VENV)/.installed
	$(BIN)/openapi-spec-validator $(SPEC)

spec-report: $(VENV)/.installed
	$(BIN)/python scripts/spec_report.py

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: $(VENV)/.installed
	$(BIN)/mypy custom/herohealth_facade $(PACKAGE) tests/typing_check.py examples bench

# The API reference, offline, warnings as errors.
docs: $(VENV)/.installed
	$(BIN)/sphinx-build -W --keep-going -q -b html docs docs/_build/html

# The whole suite on Python 3.12 and 3.13 (3.11 is .venv's); fails if an interpreter is missing.
matrix: $(VENV)/.installed node_modules/.installed
	$(BIN)/nox --no-color -s tests-3.12 tests-3.13

# sdist and wheel, twine check --strict, and a smoke test of the wheel in a fresh virtualenv.
dist: $(VENV)/.installed
	$(BIN)/python scripts/release_check.py

# What regenerating from another document changes for callers (exit 1 if anything breaks): make api-diff SPEC=vendor.yaml
api-diff: $(VENV)/.installed
	$(BIN)/python scripts/api_diff.py $(SPEC)

# The same report, with a CHANGELOG entry and the version bump drafted from it (never fails on breakage).
changelog-draft: $(VENV)/.installed
	$(BIN)/python scripts/api_diff.py $(SPEC) --changelog || test $$? = 1

# The contract, fault and lifecycle suites again on the aiohttp backend (asyncio only).
AIOHTTP_SUITES := tests/test_contract.py tests/test_faults.py tests/test_lifecycle.py tests/test_backends.py \
	tests/test_shared_state.py tests/test_client.py tests/test_redis.py
test-aiohttp: $(VENV)/.installed node_modules/.installed
	HEROHEALTH_HTTP_BACKEND=aiohttp $(BIN)/python -m pytest -q $(AIOHTTP_SUITES)

test: install validate-spec check-generated lint typecheck docs
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory test-aiohttp
	$(MAKE) --no-print-directory matrix
	$(MAKE) --no-print-directory dist

demo: install
	$(BIN)/python scripts/demo.py $(DEMO_ARGS)

# The Prism mock of the vendored document on a free port, for developing your own code against.
mock: install
	$(BIN)/python scripts/mock.py

bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) node_modules $(CHECK_DIR) .template-check .mypy_cache .ruff_cache
