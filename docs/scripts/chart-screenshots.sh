#!/usr/bin/env bash
# Regenerates the chart screenshots in docs/images/charts from real runs of the bundled default
# scenario (us-2024-general, its seed): a run at its 200 replications, then compare, attribute,
# sweep and sensitivity; the by-election chart from a run of global-2024 (its 100 replications). Each chart is written as PDF and rasterised at 1280x720 with pdftoppm
# (Debian package poppler-utils), so the images show the embedded fonts exactly.
# Usage, from the repository root after `mvn -B -q package -DskipTests`:
#   docs/scripts/chart-screenshots.sh [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-$(mktemp -d)}"
images=docs/images/charts
p=cli/precinct
command -v pdftoppm >/dev/null || { echo "needs pdftoppm (apt-get install poppler-utils)" >&2; exit 1; }

$p run -q --format pdf --out "$work/run" --force
$p compare -q -r 50 --format pdf --out "$work/compare" --force \
  --mix fast:+faster-suspension --mix strict:+stricter-misinfo-threshold \
  --mix lean:-final-week-surge-staffing,-api-use-case-audits
$p attribute -q -r 10 --format pdf --out "$work/attribute" --force
$p sweep -q -r 20 --format pdf --out "$work/sweep" --force \
  --param queues.trust-safety.staff-scale=0.5,1,1.5,2 --param classifiers.misinfo.recall=0.4:0.8:0.1
$p sensitivity -q -r 20 --format pdf --out "$work/sensitivity" --force
$p run global-2024 -q --format pdf --out "$work/global" --force

shot() { # shot FOLDER/charts/NAME.pdf IMAGE_NAME
  pdftoppm -singlefile -png -scale-to-x 1280 -scale-to-y 720 "$1" "$images/$2"
}
for pdf in "$work"/run/charts/*.pdf; do
  shot "$pdf" "$(basename "$pdf" .pdf)"
done
shot "$work/global/charts/time-to-enforce-by-election.pdf" time-to-enforce-by-election
shot "$work/global/charts/harm-over-time-us.pdf" harm-over-time-us
shot "$work/compare/charts/mix-ranking.pdf" mix-ranking
shot "$work/compare/charts/harm-cost-frontier.pdf" frontier
shot "$work/attribute/charts/intervention-ranking.pdf" intervention-ranking
shot "$work/sweep/charts/sweep-heat-map.pdf" heat-map
shot "$work/sensitivity/charts/tornado.pdf" tornado
shot "$work/sensitivity/charts/variance-shares.pdf" variance-shares
echo "screenshots written to $images from $work"
