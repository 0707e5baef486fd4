#!/usr/bin/env bash
# Regenerates the screenshots of docs/report.md: exports the sample articles (seeds/) with the
# html format and photographs report.html in headless Chromium at 1280x800 and at phone width.
# Needs the built jar (mvn -B package -DskipTests) and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/gazette.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -B package -DskipTests" >&2; exit 2; }
browser=${GAZETTE_CHROMIUM:-/usr/bin/chromium}
[ -x "$browser" ] || { echo "no $browser: apt-get install -y chromium" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" export seeds --format html --out "$work/seeds" --quiet || [ $? -eq 1 ]
page="file://$work/seeds/report.html"
shot() { # name width height fragment
  "$browser" --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/profile" --force-device-scale-factor=1 \
    --window-size="$2,$3" --virtual-time-budget=5000 --screenshot="docs/images/$1.png" "$page#$4" 2>/dev/null
}
shot report-overview 1280 800 overview
shot report-article 1280 800 article/004_bf5aab83c46f3e44/f59
shot report-findings 1280 800 findings
shot report-entities 1280 800 entities
shot report-suggestions 1280 800 suggestions
shot report-phone 390 844 article/004_bf5aab83c46f3e44
ls -l docs/images/report-*.png
