#!/usr/bin/env bash
# Opens a run's report.html in headless Chromium (Debian package `chromium`) and checks that it
# loads without console errors and that every chart image loaded; optionally saves a screenshot.
# Usage: report-in-chromium.sh RUN_FOLDER/report.html [SCREENSHOT.png]
# Prints "report ok: N/N charts loaded, no console errors" and exits 0, or says what failed
# and exits 1. Chromium runs as root here, hence --no-sandbox; the background-networking flags
# keep it from calling out on a machine without network.
set -euo pipefail

report="${1:?usage: report-in-chromium.sh RUN_FOLDER/report.html [SCREENSHOT.png]}"
screenshot="${2:-}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "report-in-chromium: chromium is not installed (apt-get install -y chromium)" >&2
  exit 1
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile")
url="file://$(realpath "$report")"

dom="$("$browser" "${flags[@]}" --enable-logging=stderr --v=0 --virtual-time-budget=10000 \
  --dump-dom "$url" 2>"$profile/chromium.log")"
loaded="$(grep -o 'data-charts-loaded="[0-9]*/[0-9]*"' <<<"$dom" | grep -o '[0-9]*/[0-9]*' || true)"
errors="$(grep -E 'CONSOLE|Failed to load|ERR_FILE_NOT_FOUND' "$profile/chromium.log" || true)"

status=0
if [ -z "$loaded" ]; then
  echo "report-in-chromium: the page did not finish loading (no data-charts-loaded marker)" >&2
  status=1
elif [ "${loaded%/*}" != "${loaded#*/}" ] || [ "${loaded#*/}" = "0" ]; then
  echo "report-in-chromium: only $loaded chart images loaded" >&2
  status=1
fi
if [ -n "$errors" ]; then
  echo "report-in-chromium: the browser logged errors:" >&2
  echo "$errors" >&2
  status=1
fi

if [ -n "$screenshot" ]; then
  "$browser" "${flags[@]}" --hide-scrollbars --window-size=1280,2600 \
    --screenshot="$(realpath -m "$screenshot")" "$url" >/dev/null 2>&1
fi
if [ "$status" -eq 0 ]; then
  echo "report ok: $loaded charts loaded, no console errors"
fi
exit "$status"
