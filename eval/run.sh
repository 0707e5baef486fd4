#!/usr/bin/env bash
# Accuracy evaluations of Gazette on real corpora. Each subcommand is one function below.
#
#   eval/run.sh events [--split tune|heldout|all] [--errors] [--relaxed]
#       Events (issue 19): writes the articles of eval/sets/events/sentences.tsv, extracts their
#       events and scores (type, participants, place, date) against the hand labels.
#   eval/run.sh dates [--split tune|heldout|all]
#       Dates for undated articles: hides the dates of eval/sets/dates/articles.tsv, estimates a
#       range from each text and scores it against the true date.
#   eval/run.sh roles [reuters|current-events] [--judge]
#       role-timeline and role-conflict findings on Reuters-21578 with eval/sets/roles/reuters-1987.yaml
#       (default), or on Wikipedia's Current events 2025-26 with the bundled registry, scored against the
#       hand judgements in eval/sets/roles/<corpus>-judgements.tsv (--judge lists the findings not
#       judged yet, with their context).
#
# Corpora are read from ../shared/corpora (override with GAZETTE_CORPORA); see eval/corpora/*/README.md.
# Outputs go to eval/target/<subcommand>/. Nothing here runs during `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CORPORA=${GAZETTE_CORPORA:-$ROOT/../shared/corpora}
if [ ! -d "$CORPORA" ] && [ -z "${GAZETTE_CORPORA:-}" ]; then
    # a worktree: the corpora sit beside the main checkout
    CORPORA="$(dirname "$(git rev-parse --path-format=absolute --git-common-dir)")/../shared/corpora"
fi

# Compiles the modules and prints the run-time class path of the eval module with this checkout's
# module classes in place of the snapshots in ~/.m2 (which another checkout may have installed).
events_build() {
    local file="$ROOT/eval/target/events-classpath.txt" cp
    # the style and dependency checks belong to `mvn verify`, not to a measurement
    mvn -B -q -o -pl eval -am package -DskipTests -Dcheckstyle.skip -Dmdep.analyze.skip 1>&2 || return 1
    mvn -B -q -o -pl eval dependency:build-classpath -Dmdep.outputFile="$file" -Dmdep.includeScope=runtime 1>&2 || return 1
    cp="$(tr ':' '\n' < "$file" | grep -v '/dev/gazette/gazette-' | paste -sd: -)"
    for m in model analysis validate export cli; do cp="$ROOT/$m/target/classes:$cp"; done
    echo "$ROOT/eval/target/classes:$cp"
}

events() {
    local out="$ROOT/eval/target/events" cp
    mkdir -p "$out"
    cp=$(events_build) || exit 1
    python3 eval/sets/events/prepare.py "$CORPORA" "$out/labelled.jsonl"
    java -Xmx2g -cp "$cp" dev.gazette.eval.events.EventsHarness "$out/labelled.jsonl" "$out/predicted.tsv"
    python3 eval/sets/events/score.py "$CORPORA" "$out/predicted.tsv" "$@"
}

dates() {
    local out="$ROOT/eval/target/dates" cp
    mkdir -p "$out"
    cp=$(events_build) || exit 1
    python3 eval/sets/dates/prepare.py "$CORPORA" "$out/undated.jsonl"
    java -Xmx2g -cp "$cp" dev.gazette.eval.events.DatesHarness "$out/undated.jsonl" "$out/estimates.tsv" \
        eval/sets/roles/reuters-1987.yaml
    python3 eval/sets/dates/score.py "$out/estimates.tsv" "$@"
}

roles() {
    local corpus=reuters out cp
    case "${1:-}" in reuters|current-events) corpus=$1; shift ;; esac
    out="$ROOT/eval/target/roles/$corpus"
    mkdir -p "$out"
    cp=$(events_build) || exit 1
    if [ "$corpus" = reuters ]; then
        java -Xmx3g -cp "$cp" dev.gazette.eval.events.RolesHarness "$CORPORA/reuters-21578" "$out/findings.tsv" \
            --reuters eval/sets/roles/reuters-1987.yaml
    else
        java -Xmx3g -cp "$cp" dev.gazette.eval.events.RolesHarness \
            "$CORPORA/wikipedia-current-events/current-events.jsonl" "$out/findings.tsv"
    fi
    python3 eval/sets/roles/score.py "$out/findings.tsv" "eval/sets/roles/$corpus-judgements.tsv" "$@"
}

case "${1:-}" in
    events) shift; events "$@" ;;
    dates) shift; dates "$@" ;;
    roles) shift; roles "$@" ;;
    *) sed -n '2,18p' "$0" >&2; exit 2 ;;
esac
