#!/usr/bin/env bash
# Accuracy evaluations of Gazette on real corpora (see docs/names-evaluation.md).
#
#   eval/run.sh names [--set eval/names/fakes-syria] [--split tune|heldout|all] [--reuse] [--sample N]
#       Exports each names set's corpus through the CLI and scores the names (pairwise precision and
#       recall, families merged, false merges among hard negatives, name rewrites judged).
#       Without --set, every set under eval/names/ is scored. Corpora are read from ../shared/corpora
#       (override with GAZETTE_CORPORA); rebuild them with eval/corpora/<name>/build.py.
#
#   eval/run.sh names-weights [--set DIR]...
#       Re-estimates the weights of the names decision on the tune parts of the names sets and
#       rewrites analysis/src/main/resources/dev/gazette/analysis/names/match-weights.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CORPORA=${GAZETTE_CORPORA:-$ROOT/../shared/corpora}

build() {
    # one reactor run, so the classpath points at this checkout's modules, never at ~/.m2 snapshots
    mvn -B -q -o -pl eval -am package dependency:build-classpath -DskipTests \
        -Dmdep.outputFile="$ROOT/eval/target/classpath.txt"
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
        for d in eval/names/*/; do [ -f "$d/set.properties" ] && sets+=("${d%/}"); done
    fi
    build
    local cp="$ROOT/eval/target/classes:$(cat "$ROOT/eval/target/classpath.txt")"
    for s in "${sets[@]}"; do
        java -Xmx2g -cp "$cp" dev.gazette.eval.names.NamesEvaluation --set "$s" --corpora "$CORPORA" \
            --out "$ROOT/eval/target/names/$(basename "$s")" ${rest[@]+"${rest[@]}"}
        echo
    done
}

names_weights() {
    build
    local cp="$ROOT/eval/target/classes:$(cat "$ROOT/eval/target/classpath.txt")"
    java -Xmx3g -cp "$cp" dev.gazette.eval.names.NameWeights --corpora "$CORPORA" "$@"
}

case "${1:-}" in
    names) shift; names "$@" ;;
    names-weights) shift; names_weights "$@" ;;
    *) echo "usage: eval/run.sh names [--set DIR] [--split tune|heldout|all] [--reuse] [--sample N] | names-weights [--set DIR]..." >&2; exit 2 ;;
esac
