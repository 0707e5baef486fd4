#!/usr/bin/env bash
# Gazette accuracy evaluations on real corpora: one command each, see docs/evaluation.md.
#
#   eval/run.sh fixes [options]   findings and fixes (issue 15): exports each corpus of
#                                 eval/corpora/fixes.tsv, samples, writes review sheets under
#                                 eval/target/fixes/, prints the tables from eval/judgements/fixes/
#   eval/run.sh fixes --merge FILE   adds the verdicts of a filled-in pending file to the judgements
#   eval/run.sh names [--set eval/names/<set>] [--split tune|heldout|all] [--reuse] [--sample N]
#                                 names (issue 14): exports each names set's corpus and scores
#                                 pairwise precision and recall, families, hard negatives and the
#                                 name rewrites judged (docs/names-evaluation.md)
#   eval/run.sh names-weights     re-estimates match-weights.tsv on the tune parts of the pairs
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

names() {
  local sets=() rest=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --set) sets+=("$2"); shift 2 ;;
      *) rest+=("$1"); shift ;;
    esac
  done
  if [ ${#sets[@]} -eq 0 ]; then
    for d in "$ROOT"/eval/names/*/; do [ -f "$d/set.properties" ] && sets+=("${d%/}"); done
  fi
  build
  for s in "${sets[@]}"; do
    java -Xmx2g -cp "$(cat "$CP_FILE")" dev.gazette.eval.names.NamesEvaluation --set "$s" --corpora "$CORPORA" \
      --out "$ROOT/eval/target/names/$(basename "$s")" ${rest[@]+"${rest[@]}"}
    echo
  done
}

names_weights() {
  build
  (cd "$ROOT" && java -Xmx3g -cp "$(cat "$CP_FILE")" dev.gazette.eval.names.NameWeights --corpora "$CORPORA" "$@")
}

case "${1:-}" in
  fixes) shift; fixes "$@" ;;
  names) shift; names "$@" ;;
  names-weights) shift; names_weights "$@" ;;
  *) sed -n '2,16p' "$0" >&2; exit 2 ;;
esac
