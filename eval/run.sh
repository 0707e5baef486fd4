#!/usr/bin/env bash
# Gazette accuracy evaluations on real corpora: one command each, see docs/evaluation.md.
#
#   eval/run.sh fixes [options]   findings and fixes (issue 15): exports each corpus of
#                                 eval/corpora/fixes.tsv, samples, writes review sheets under
#                                 eval/target/fixes/, prints the tables from eval/judgements/fixes/
#   eval/run.sh fixes --merge FILE   adds the verdicts of a filled-in pending file to the judgements
#
# Environment: CORPORA (default <repo>/../shared/corpora) holds the corpora. Nothing here runs
# during `mvn verify`; the build checks the recorded judgements instead.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPORA="${CORPORA:-$ROOT/../shared/corpora}"
CP_FILE="$ROOT/eval/target/classpath.txt"

build() {
  (cd "$ROOT" && mvn -B -q -o -pl eval -am install -DskipTests \
    && mvn -B -q -o -pl eval dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime)
}

fixes() {
  build
  java -Xmx2g -cp "$ROOT/eval/target/classes:$(cat "$CP_FILE")" dev.gazette.eval.fixes.FixesEvaluation \
    --root "$ROOT" --corpora-dir "$CORPORA" "$@"
}

case "${1:-}" in
  fixes) shift; fixes "$@" ;;
  *) sed -n '2,11p' "$0" >&2; exit 2 ;;
esac
