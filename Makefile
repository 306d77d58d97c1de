# One command each:  make serve  (preview with live reload)  ·  make test  (every test)
# Everything installs itself into .venv from pyproject.toml, pinned by constraints.txt.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# The address the site is built for (sitemap, canonical, hreflang and og:url links) comes from SITE_URL in the
# environment, e.g. SITE_URL=https://zorg.example.org/info/ make build; a build without it stops (not check/serve/offline).
# A clinic's own overlay config (deploy/CLINICS.md), e.g. make build CONFIG=deploy/example-clinic/mkdocs.yml
CONFIG ?= mkdocs.yml

.PHONY: help install install-test serve build check page messages lint offline test audit linkcheck tools lock clean

help:
	@echo "make serve    preview the site at http://127.0.0.1:8000 (reloads when you save)"
	@echo "make check    check every page with the build's rules (stops on any mistake; nothing is published)"
	@echo "make page     a new page in both languages and the nav: make page NAME=x TITLE_NL=\"..\" TITLE_EN=\"..\" SECTION=Hulp"
	@echo "make build    build the site for a server into site/: SITE_URL=https://... make build"
	@echo "make test     run every test (installs test tools and Chromium when needed)"
	@echo "make offline  build a copy that works opened from disk (site-offline/)"
	@echo "make audit    list pages whose review is overdue or due within 30 days"
	@echo "make linkcheck check every external link (needs internet; not part of make test)"
	@echo "make csp      build, then regenerate deploy/csp.conf (the nginx Content-Security-Policy)"
	@echo "make bench    measure build time, bytes, requests, Lighthouse scores and the first tap (report in PERFORMANCE.md)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site-installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt .
	touch $@

$(VENV)/.test-installed: $(VENV)/.site-installed
	$(BIN)/pip install --quiet -c constraints.txt ".[test]"
	touch $@

# The npm test tools (the Nu HTML Checker), pinned by package-lock.json; its postinstall (a Java download) is skipped.
node_modules/.npm-installed: package.json package-lock.json | tools
	@if command -v npm >/dev/null 2>&1; then npm ci --ignore-scripts --no-audit --no-fund && touch $@; \
	else echo "npm is missing: the HTML checker test will be skipped (CI installs npm and runs it)."; fi

install: $(VENV)/.site-installed
install-test: $(VENV)/.test-installed

# The preview is not strict: a mistake shows in a box at the top of the page in the browser (hooks/add_preview_box.py)
# instead of stopping the preview. make build, make check and the tests stay strict.
serve: install
	$(BIN)/mkdocs serve --no-strict --livereload --dev-addr 127.0.0.1:8000 -f $(CONFIG)

build: install
	$(BIN)/mkdocs build --strict --clean -f $(CONFIG) -d $(CURDIR)/site

# For editors: the same strict build with every check, into site-check/ (never published, so a local address is fine).
# Then the two content checks that need no browser: readability per page, and (when ../shared is there) that no
# page repeats sentences of the source documents. Well under a minute; make test runs everything.
check: install
	SITE_URL=$${SITE_URL:-http://127.0.0.1:8000/} $(BIN)/mkdocs build --strict --clean -f $(CONFIG) -d $(CURDIR)/site-check
	@$(BIN)/python scripts/readability.py --quiet docs/nl/*.md docs/en/*.md
	@if [ -f ../shared/tools/originality.py ]; then $(BIN)/python ../shared/tools/originality.py docs >/dev/null \
	  || { $(BIN)/python ../shared/tools/originality.py docs | tail -20; exit 1; }; \
	  else echo "(../shared is not next to this folder: the originality check is skipped)"; fi
	@echo "All checks passed: no mistakes found."

# A new page in both languages, in the nav: make page NAME=kosten TITLE_NL="Kosten" TITLE_EN="Costs" SECTION=Hulp
page: install
	$(BIN)/python scripts/new_page.py --name "$(NAME)" --title-nl "$(TITLE_NL)" --title-en "$(TITLE_EN)" --section "$(or $(SECTION),Over)"

# The reference of every build message (editors/messages.md), made from the hooks; a test fails when it is out of date.
messages: install
	$(BIN)/python scripts/messages_reference.py

# The strict Content-Security-Policy for nginx allows Material's inline scripts by hash: regenerate it
# after every Material upgrade or template change (tests/test_hosting.py fails until you do).
.PHONY: csp
csp: install
	SITE_URL=$${SITE_URL:-http://127.0.0.1:8000/} $(BIN)/mkdocs build --strict --clean -f $(CONFIG) -d $(CURDIR)/site
	$(BIN)/python deploy/csp.py site

# System tools for the tests (Chromium, nginx + brotli, Java, npm): installed as root with apt where
# possible; otherwise Playwright's own Chromium, and the nginx/HTML-checker tests skip (never in CI).
tools: install-test
	@bash tests/system_tools.sh > $(VENV)/chromium-path
	@echo "Chromium: $$(cat $(VENV)/chromium-path)"

# Lint and format check first (seconds), then every test.
lint: install-test
	$(BIN)/ruff check overrides/hooks scripts tests deploy
	$(BIN)/ruff format --check overrides/hooks scripts tests deploy

test: install-test tools node_modules/.npm-installed lint
	CHROMIUM_PATH="$$(cat $(VENV)/chromium-path)" $(BIN)/python -m pytest

# A copy that works opened from disk (file://), for an intranet share or a USB stick: open site-offline/index.html.
offline: install
	OFFLINE=1 SITE_URL= $(BIN)/mkdocs build --strict --clean -f $(CONFIG) -d $(CURDIR)/site-offline
	@echo "Offline copy in site-offline/: open site-offline/index.html in a browser."

audit: install
	$(BIN)/python scripts/audit.py docs

# Builds the site and checks every link to another site, both languages. Needs internet: never part of
# make test or CI. Extra options, e.g. for a scheduled job: make linkcheck LINKCHECK_ARGS="--report FILE"
linkcheck: install-test
	$(BIN)/python scripts/linkcheck/run.py $(LINKCHECK_ARGS)

# After a deliberate upgrade in pyproject.toml: rebuild the lock file from a fresh environment.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet ".[test]"
	{ echo "# Every package, pinned exactly: the lock file. make installs with \`pip install -c constraints.txt\`."; \
	  echo "# Regenerate after a deliberate upgrade: make lock"; \
	  .lock-venv/bin/pip freeze --exclude hardnekkige-depressie; } > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf site site-offline site-clinic test-output build *.egg-info

# Numbers, not a test: build time, bytes and requests per page (brotli and gzip), search index size,
# Lighthouse mobile scores (installs lighthouse into .bench/ on first use), the ratio to default Material, and the
# first interaction on a slow phone against default Material. Only that last part, in a few minutes:
# make bench BENCH_ARGS=--interaction-only
.PHONY: bench
bench: install-test
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)
