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

.PHONY: suite-processes suite-rest profile soak changelog-draft test-aiohttp suite quick matrix-3.12 matrix-3.13 install system-packages generate docs matrix dist api-diff check-generated golden validate-spec spec-report lint format typecheck test demo mock bench clean

install: $(VENV)/.installed .venv-arq/.installed node_modules/.installed system-packages

# The tests start their own redis-server and tinyproxy (a forward proxy), and hash CA directories with
# openssl: Debian packages; install whichever is missing.
system-packages:
	@missing=""; for p in redis-server tinyproxy openssl; do command -v $$p >/dev/null || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing (Debian packages)"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing >/dev/null; \
		if command -v systemctl >/dev/null; then $$SUDO systemctl disable --now tinyproxy >/dev/null 2>&1 || true; fi; \
	fi

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[redis,otel,examples,aiohttp,truststore,testing]' --group dev
	touch $@

# arq (a worker framework of the job recipes' tests) pins redis<6: it gets a virtualenv of its own.
.venv-arq/.installed: pyproject.toml
	test -x .venv-arq/bin/python || $(PYTHON) -m venv .venv-arq
	.venv-arq/bin/python -m pip install --quiet -e '.[redis]' 'arq==0.28.0' 'redis>=5,<6'
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
	$(BIN)/sphinx-build -n -W --keep-going -q -b html docs docs/_build/html

# The whole suite on Python 3.12 and 3.13 (3.11 is .venv's); fails if an interpreter is missing.
matrix: matrix-3.12 matrix-3.13
matrix-3.12 matrix-3.13: $(VENV)/.installed node_modules/.installed
	$(BIN)/nox --no-color -s tests-$(@:matrix-%=%)

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

# The 3.11 suite, in two halves that `make test` runs side by side: the modules that mostly wait on the servers,
# processes and tools they start (Redis topologies, worker frameworks, cold processes, the soak, regeneration, the
# docs build), and the rest.
PROCESS_SUITES := tests/test_redis_topologies.py tests/test_redis.py tests/test_workers.py tests/test_shared_state.py \
	tests/test_soak.py tests/test_regeneration.py tests/test_docs.py tests/test_api_diff.py tests/templates

suite: suite-processes suite-rest

suite-processes: $(VENV)/.installed node_modules/.installed
	$(BIN)/python -m pytest $(PROCESS_SUITES)

suite-rest: $(VENV)/.installed node_modules/.installed
	$(BIN)/python -m pytest $(addprefix --ignore=,$(PROCESS_SUITES))

# Every check. The four suites (3.11, aiohttp, 3.12, 3.13) run side by side, each one's output printed
# whole when it ends; then the release check.
test: install
	$(MAKE) --no-print-directory -j2 --output-sync=target validate-spec check-generated lint typecheck docs
	$(MAKE) --no-print-directory -j5 --output-sync=target suite-processes suite-rest test-aiohttp matrix-3.12 matrix-3.13
	$(MAKE) --no-print-directory dist

# The inner loop: lint, types and the 3.11 suite.
quick: install
	$(MAKE) --no-print-directory -j2 --output-sync=target lint typecheck
	$(BIN)/python -m pytest -q

# On the in-memory fake: only the Python environment is needed (DEMO_ARGS=--prism needs `make install`).
demo: $(VENV)/.installed
	$(BIN)/python scripts/demo.py $(DEMO_ARGS)

# The Prism mock of the vendored document on a free port, for developing your own code against.
mock: install
	$(BIN)/python scripts/mock.py

bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Where a call's CPU time goes per layer, at 1 to 1,000 calls in flight, against raw aiohttp, and what each part
# of a call adds at 100 in flight; both written into the performance guide (PROFILE_ARGS="--seconds 30").
profile: install
	$(BIN)/python -m bench.layers --write $(PROFILE_ARGS)
	$(BIN)/python -m bench.floor --write

# One client through 200,000 mixed calls on each backend, watched for leaks (SOAK_ARGS="--calls 50000").
soak: $(VENV)/.installed
	$(BIN)/python bench/soak.py $(SOAK_ARGS)

clean:
	rm -rf $(VENV) node_modules $(CHECK_DIR) .template-check .mypy_cache .ruff_cache
