#!/usr/bin/env bash
# Gazette benchmarks: one command builds bench/target/benchmarks.jar and runs them.
#
#   bench/run.sh all              everything below, in order (long: about an hour on 2 cores)
#   bench/run.sh jmh [JMH args]   JMH micro-benchmarks (default: all; e.g. "ParseBenchmark -f 1")
#   bench/run.sh reuters          export vs I/O floor on ../shared/corpora/reuters-21578 (C2 and C1-only)
#   bench/run.sh names            the names clusterer on 1,000,000 distinct surface forms (JMH)
#   bench/run.sh scale            generated 100 MB and 1 GB corpora, -Xmx1g, time ratio
#   bench/run.sh hostile          the hostile-input matrix at 5x (about 330 MB), -Xmx512m (docs/robustness.md)
#
# Environment: WORK (default /tmp/gazette-bench) holds generated corpora and outputs;
# REUTERS (default <repo>/../shared/corpora/reuters-21578); HEAP (default 1g).
# Nothing here runs during `mvn verify`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${WORK:-/tmp/gazette-bench}"
REUTERS="${REUTERS:-$ROOT/../shared/corpora/reuters-21578}"
HEAP="${HEAP:-1g}"
JAR="$ROOT/bench/target/benchmarks.jar"
mkdir -p "$WORK"

build() {
  (cd "$ROOT" && mvn -B -q -Pbench -pl bench -am package -DskipTests)
}

e2e() {
  java -cp "$JAR" dev.gazette.bench.e2e.EndToEnd --heap "$HEAP" --work "$WORK" "$@" | tee -a "$WORK/results.txt"
}

generate() { # size file
  if [ ! -s "$2" ]; then
    java -cp "$JAR" dev.gazette.bench.corpus.GenerateCorpus --size "$1" --out "$2"
  fi
}

jmh() {
  java -jar "$JAR" "$@"
}

reuters() {
  if [ ! -d "$REUTERS" ]; then
    echo "Reuters-21578 not found at $REUTERS (set REUTERS=...)" >&2
    return 1
  fi
  e2e --engine --label reuters-21578 -- "$REUTERS" --id-field attrs.newid --text-field body
  # The same with the C1 compiler only: on a corpus this small, C2's compile time costs more than it saves.
  e2e --jvm-arg -XX:TieredStopAtLevel=1 --label reuters-21578-c1 -- "$REUTERS" --id-field attrs.newid --text-field body
}

scale() {
  generate 100MB "$WORK/gen-100MB.jsonl"
  generate 1GB "$WORK/gen-1GB.jsonl"
  e2e --label gen-100MB -- "$WORK/gen-100MB.jsonl"
  e2e --label gen-1GB -- "$WORK/gen-1GB.jsonl"
  awk -F'|' '/^RESULT-LINE\|gen-100MB\|/ {a=$6} /^RESULT-LINE\|gen-1GB\|/ {b=$6}
       END { if (a && b) printf "1 GB / 100 MB export time = %.2fx (target: at most 11x)\n", b / a }' "$WORK/results.txt" \
    | tee -a "$WORK/results.txt"
}

hostile() {
  if [ ! -d "$WORK/hostile-x5" ]; then
    java -cp "$JAR" dev.gazette.bench.hostile.GenerateHostile --scale 5 --out "$WORK/hostile-x5" > /dev/null
  fi
  HEAP=512m e2e --no-floor --label hostile-x5 -- "$WORK/hostile-x5/good" "$WORK/hostile-x5/hostile" \
    --max-record-size 1000000
}

cmd="${1:-all}"
shift || true
build
case "$cmd" in
  jmh) jmh "$@" ;;
  reuters) reuters ;;
  names) jmh ClusteringBenchmark ;;
  scale) scale ;;
  hostile) hostile ;;
  all) jmh; reuters; scale; hostile ;;
  *) echo "usage: bench/run.sh [all|jmh [JMH args]|reuters|names|scale|hostile]" >&2; exit 2 ;;
esac
