#!/usr/bin/env bash
# Checks that an events list (MSEL) survives a round trip through LibreOffice Calc: export it,
# let Calc open and save it as CSV (headless, as a planner's spreadsheet would), import the saved
# file and export again; the two exports must be identical. Needs soffice (Debian:
# apt-get install libreoffice-calc-nogui) and a built precinct (mvn -B -q package -DskipTests).
#
#   docs/scripts/msel-roundtrip.sh [SCENARIO]      (default: late-influence-operation)
set -euo pipefail
cd "$(dirname "$0")/../.."
scenario="${1:-late-influence-operation}"
command -v soffice >/dev/null || { echo "msel-roundtrip: soffice not found; install libreoffice-calc-nogui" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cli/precinct play "$scenario" --export-msel "$work/msel.csv"
filter="44,34,76,1"
soffice "-env:UserInstallation=file://$work/profile" --headless --infilter="CSV:$filter" \
  --convert-to "csv:Text - txt - csv (StarCalc):$filter" --outdir "$work/saved" "$work/msel.csv" >/dev/null
cli/precinct play "$scenario" --msel "$work/saved/msel.csv" --export-msel "$work/again.csv"

if diff -u "$work/msel.csv" "$work/again.csv"; then
  echo "msel-roundtrip: the list saved by LibreOffice imports back unchanged ($scenario)"
else
  echo "msel-roundtrip: the list changed on the way through LibreOffice (diff above)" >&2
  exit 1
fi
