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

# Compiles the modules and writes the runtime class path, with this checkout's own module classes
# (not the copies in ~/.m2, which another checkout may have installed since).
build() {
  (cd "$ROOT" && mvn -B -q -o -pl eval -am package -DskipTests \
    && mvn -B -q -o -pl eval -am dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime \
       >/dev/null)
  local cp
  cp="$(tr ':' '\n' < "$CP_FILE" | grep -v '/dev/gazette/gazette-' | paste -sd: -)"
  for m in model analysis validate export cli; do cp="$ROOT/$m/target/classes:$cp"; done
  echo "$ROOT/eval/target/classes:$cp" > "$CP_FILE"
}

fixes() {
  build
  java -Xmx2g -cp "$(cat "$CP_FILE")" dev.gazette.eval.fixes.FixesEvaluation \
    --root "$ROOT" --corpora-dir "$CORPORA" "$@"
}

case "${1:-}" in
  fixes) shift; fixes "$@" ;;
  *) sed -n '2,11p' "$0" >&2; exit 2 ;;
esac
