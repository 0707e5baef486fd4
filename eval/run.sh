#!/usr/bin/env bash
# Gazette accuracy evaluations on real corpora: one command each, see docs/evaluation.md and docs/events.md.
#
#   eval/run.sh fixes [options]   findings and fixes (issue 15): exports each corpus of
#                                 eval/corpora/fixes.tsv, samples, writes review sheets under
#                                 eval/target/fixes/, prints the tables from eval/judgements/fixes/
#   eval/run.sh fixes --merge FILE   adds the verdicts of a filled-in pending file to the judgements
#   eval/run.sh events [--split tune|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|all] [--errors] [--relaxed]
#                                 events (issue 19): extracts the events of the articles of
#                                 eval/sets/events/sentences.tsv and scores (type, participants, place,
#                                 date) against the hand labels
#   eval/run.sh dates [--split tune|heldout|all]
#                                 dates for undated articles: hides the dates of eval/sets/dates/articles.tsv,
#                                 estimates a range from each text, scores it against the true date
#   eval/run.sh roles [reuters|current-events] [--judge]
#                                 role-timeline and role-conflict findings on Reuters-21578 with
#                                 eval/sets/roles/reuters-1987.yaml (default), or on Wikipedia's Current
#                                 events 2025-26 with the bundled registry, scored against the hand
#                                 judgements in eval/sets/roles/<corpus>-judgements.tsv (--judge lists the
#                                 findings not judged yet, with their context)
#   eval/run.sh names [--set eval/names/<set>] [--split tune|heldout|all] [--reuse] [--sample N]
#                                 names (issue 14): exports each names set's corpus and scores
#                                 pairwise precision and recall, families, hard negatives and the
#                                 name rewrites judged (docs/names-evaluation.md)
#   eval/run.sh names-weights     re-estimates match-weights.tsv on the tune parts of the pairs
#
# Environment: CORPORA (or GAZETTE_CORPORA; default <repo>/../shared/corpora) holds the corpora; see
# eval/corpora/*/README.md. Nothing here runs during `mvn verify`; the build checks the recorded
# judgements instead.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
CORPORA="${CORPORA:-${GAZETTE_CORPORA:-$ROOT/../shared/corpora}}"
if [ ! -d "$CORPORA" ]; then
  # a worktree: the corpora sit beside the main checkout
  CORPORA="$(dirname "$(git rev-parse --path-format=absolute --git-common-dir)")/../shared/corpora"
fi
CP_FILE="$ROOT/eval/target/classpath.txt"

# Compiles the modules and writes the runtime class path, with this checkout's own module classes
# (not the copies in ~/.m2, which another checkout may have installed since).
build() {
  # package and build-classpath in one reactor, so that the sibling modules resolve to this build's output even on a
  # machine whose ~/.m2 holds no Gazette artifact (every module writes the file; eval, built last, wins)
  (cd "$ROOT" && mvn -B -q -o -pl eval -am package dependency:build-classpath -DskipTests \
       -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null) \
    || { echo "eval/run.sh: building the eval module failed; run 'mvn -B -o -pl eval -am package -DskipTests' to see why" >&2; exit 1; }
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

# Compiles the modules (without the style and dependency checks, which belong to `mvn verify`, not to a
# measurement) and prints the run-time class path of the eval module with this checkout's module classes.
events_build() {
  local file="$ROOT/eval/target/events-classpath.txt" cp
  mvn -B -q -o -pl eval -am package dependency:build-classpath -DskipTests -Dcheckstyle.skip -Dmdep.analyze.skip \
    -Dmdep.outputFile="$file" -Dmdep.includeScope=runtime 1>&2 \
    || { echo "eval/run.sh: building the eval module failed; run 'mvn -B -o -pl eval -am package -DskipTests' to see why" >&2; return 1; }
  cp="$(tr ':' '\n' < "$file" | grep -v '/dev/gazette/gazette-' | paste -sd: -)"
  for m in model analysis validate export cli; do cp="$ROOT/$m/target/classes:$cp"; done
  echo "$ROOT/eval/target/classes:$cp"
}

events() {
  local out="$ROOT/eval/target/events" cp
  mkdir -p "$out"
  cp=$(events_build) || exit 1
  # one export per corpus, as a user runs Gazette: the canonical names written for the participants then do not depend
  # on which other corpora are in $CORPORA (before 2026-12-08 one export of every corpus's articles: docs/events.md)
  rm -f "$out"/labelled-*.jsonl "$out/predicted.tsv"
  python3 eval/sets/events/prepare.py "$CORPORA" "$out/labelled.jsonl" --by-corpus
  local f
  for f in "$out"/labelled-*.jsonl; do
    java -Xmx2g -cp "$cp" dev.gazette.eval.events.EventsHarness "$f" "$out/predicted-corpus.tsv" || exit 1
    if [ -f "$out/predicted.tsv" ]; then tail -n +2 "$out/predicted-corpus.tsv" >> "$out/predicted.tsv"
    else cp "$out/predicted-corpus.tsv" "$out/predicted.tsv"; fi
  done
  rm -f "$out/predicted-corpus.tsv"
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
  events) shift; events "$@" ;;
  dates) shift; dates "$@" ;;
  roles) shift; roles "$@" ;;
  names) shift; names "$@" ;;
  names-weights) shift; names_weights "$@" ;;
  *) sed -n '2,29p' "$0" >&2; exit 2 ;;
esac
