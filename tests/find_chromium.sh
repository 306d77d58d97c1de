#!/usr/bin/env bash
# Prints the path of a Chromium for the browser tests (empty line = Playwright's own browser).
# Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, install Debian's package (as root with apt-get),
# and last Playwright's own download.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium package..." >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  echo /usr/bin/chromium; exit 0
fi
echo "No system Chromium: downloading Playwright's own browser..." >&2
.venv/bin/playwright install chromium >&2
echo ""
