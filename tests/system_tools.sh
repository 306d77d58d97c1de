#!/usr/bin/env bash
# The system tools the tests use, installed where possible (as root with apt-get, e.g. in CI):
#   Debian's Chromium (browser tests), nginx with the brotli module (hosting tests),
#   Java (the Nu HTML checker), npm (to install that checker) and poppler-utils (pdftotext reads printed pages).
# Prints the Chromium to use (an empty line = Playwright's own download, for machines without apt).
set -euo pipefail
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  need=""
  [ -x /usr/bin/chromium ] || need="$need chromium"
  command -v nginx >/dev/null 2>&1 || need="$need nginx"
  [ -e /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ] || need="$need libnginx-mod-http-brotli-filter"
  command -v java >/dev/null 2>&1 || need="$need default-jre-headless"
  command -v npm >/dev/null 2>&1 || need="$need nodejs npm"
  command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
  if [ -n "$need" ]; then
    echo "Installing:$need" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >&2
  fi
fi
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
echo "No system Chromium: downloading Playwright's own browser..." >&2
.venv/bin/playwright install chromium >&2
echo ""
