#!/usr/bin/env bash
# Throughput and peak memory of the Beam pipeline against gazette export on one corpus: the
# local engine (gazette.jar export), the pipeline on the DirectRunner and on Flink in this JVM (a
# local mini-cluster), each in its own JVM with the same heap, one after the other. Each run's
# wall time, CPU time (user + system) and peak resident memory come from /usr/bin/time -v; the
# pipeline's parts are merged (timed apart) and compared with the local export, file by file.
#
#   beam/measure.sh CORPUS WORK_DIR [HEAP] [RUNS]
#
# CORPUS: a file or folder (e.g. a generated corpus: java -cp bench/target/benchmarks.jar
# dev.gazette.bench.corpus.GenerateCorpus --size 100MB --out gen-100MB.jsonl); WORK_DIR is
# emptied; HEAP defaults to 3g; RUNS (default "local direct flink") picks the runs; BEAM_ARGS
# (environment) adds pipeline options to both Beam runs (e.g. --buckets=8); GAZETTE_JAR and
# GAZETTE_BEAM_JAR (environment) run copies of the jars instead of the build's. Results go to
# stdout and WORK_DIR/results.txt as RESULT|run|input bytes|wall s|cpu s|max RSS MB|exit lines,
# with the date, the commit and the load average before and after each run. Build first:
# mvn -B -q -o verify (or package -DskipTests), which writes cli/target/gazette.jar and
# beam/target/gazette-beam.jar.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="$1"
WORK="$2"
HEAP="${3:-3g}"
RUNS="${4:-local direct flink}"
BEAM_ARGS="${BEAM_ARGS:-}" # more pipeline options for both Beam runs, e.g. --buckets=8
# the jars (GAZETTE_JAR, GAZETTE_BEAM_JAR: copies, so that a build may run meanwhile)
CLI="${GAZETTE_JAR:-$ROOT/cli/target/gazette.jar}"
BEAM="${GAZETTE_BEAM_JAR:-$ROOT/beam/target/gazette-beam.jar}"
rm -rf "$WORK"
mkdir -p "$WORK"
BYTES=$(du -sb "$CORPUS" | cut -f1)
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')  commit: $(git -C "$ROOT" rev-parse --short HEAD)  corpus: $CORPUS ($BYTES bytes)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1)"
} | tee -a "$WORK/results.txt"

seconds() { # h:mm:ss or m:ss.ss -> seconds
  awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }' <<< "$1"
}

run() { # label command...
  local label="$1"
  shift
  local before after
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -v -o "$WORK/$label.time" "$@" > "$WORK/$label.log" 2>&1
  local code=$?
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  local wall user sys rss
  wall=$(seconds "$(grep 'Elapsed (wall clock)' "$WORK/$label.time" | awk '{print $NF}')")
  user=$(grep 'User time' "$WORK/$label.time" | awk '{print $NF}')
  sys=$(grep 'System time' "$WORK/$label.time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$WORK/$label.time" | awk '{print $NF}')
  printf 'RESULT|%s|%s|%.1f|%.1f|%d|%s  (load before %s, after %s)\n' "$label" "$BYTES" "$wall" \
    "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$code" "$before" "$after" | tee -a "$WORK/results.txt"
}

compare() { # label: merges WORK/label-sharded into WORK/label-merged and compares it with WORK/local
  run "$1-merge" java -Xmx"$HEAP" -jar "$BEAM" merge "$WORK/$1-sharded" "$WORK/$1-merged"
  if [ -d "$WORK/local" ] && diff -r -q "$WORK/local" "$WORK/$1-merged" > "$WORK/$1.diff" 2>&1; then
    echo "SAME|$1: the merged dataset is the local export's, file for file" | tee -a "$WORK/results.txt"
  else
    echo "DIFFERENT|$1: see $WORK/$1.diff" | tee -a "$WORK/results.txt"
  fi
}

for r in $RUNS; do
  case "$r" in
    local)
      run local java -Xmx"$HEAP" -jar "$CLI" export "$CORPUS" --format csv,jsonl -o "$WORK/local" -q ;;
    direct)
      run direct java -Xmx"$HEAP" -jar "$BEAM" --input="$CORPUS" --output="$WORK/direct-sharded" $BEAM_ARGS
      compare direct ;;
    flink)
      run flink java -Xmx"$HEAP" -jar "$BEAM" --runner=FlinkRunner --parallelism=2 --input="$CORPUS" \
        --output="$WORK/flink-sharded" $BEAM_ARGS
      compare flink ;;
    *) echo "unknown run $r (local, direct, flink)" >&2; exit 2 ;;
  esac
done
