#!/usr/bin/env bash
# Regenerates the screenshots of docs/report.md: the browser test opens the report of the sample
# articles (seeds/) in headless Chromium at 1280x800 and at phone width (390x844) and saves
# docs/images/report-*.png. Needs Debian's chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl export -am test -Dtest='HtmlReportBrowserTest#screenshotsForTheDocs' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dgazette.report.docs="$PWD/docs/images"
ls -l docs/images/report-*.png
