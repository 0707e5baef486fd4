#!/usr/bin/env bash
# Fuzzes Gazette's readers with Jazzer (com.code-intelligence:jazzer-junit): each target runs for
# the 1,000,000 executions its @FuzzTest asks (maxExecutions), or until it finds a crash or a hang.
#
#   fuzz/run.sh              every target, one after the other (about an hour on 2 cores)
#   fuzz/run.sh TARGET...    some of them, e.g. fuzz/run.sh model:DocumentReaderFuzzTest#decode
#
# A crashing input is written by Jazzer into src/test/resources/<package>/<Class>Inputs/<method>/
# of its module: commit it with the fix, and `mvn verify` runs it (and every other saved input)
# as a regression test from then on. The corpus Jazzer grows stays in <module>/.cifuzz-corpus/
# (ignored by git). The summary of each run (executions, time, result) goes to $LOG.
# See docs/robustness.md for the figures of the last full run.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LOG="${LOG:-$ROOT/fuzz/last-run.txt}"
ALL=(
  model:DocumentReaderFuzzTest#decode
  model:ArticleParserFuzzTest#parse
  model:CorpusReadersFuzzTest#jsonLines
  model:CorpusReadersFuzzTest#json
  model:CorpusReadersFuzzTest#csv
  model:CorpusReadersFuzzTest#tsv
  model:CorpusReadersFuzzTest#gzip
  analysis:RegistryFuzzTest#parse
  export:BaselineFuzzTest#read
  cli:ConfigurationReaderFuzzTest#read
)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=("${ALL[@]}")
fi
: > "$LOG"
status=0
for t in "${targets[@]}"; do
  module="${t%%:*}"
  test="${t#*:}"
  out="$ROOT/$module/target/fuzz-$(echo "$test" | tr '#' '-').log"
  mkdir -p "$ROOT/$module/target"
  start=$(date +%s)
  (cd "$ROOT" && JAZZER_FUZZ=1 mvn -B -pl "$module" -am test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dcheckstyle.skip -DargLine="-Xmx1g -XX:+UseParallelGC") > "$out" 2>&1
  code=$?
  secs=$(( $(date +%s) - start ))
  # libFuzzer's last status line: "#1000000 DONE cov: ... exec/s: ..."
  done_line=$(grep -aE '^#[0-9]+[[:space:]]+DONE' "$out" | tail -1)
  runs=$(echo "$done_line" | sed -E 's/^#([0-9]+).*/\1/')
  result=$([ $code -eq 0 ] && echo "no crash, no hang" || echo "FAILED (see $out)")
  printf '%s\t%s executions\t%s s\t%s\t%s\n' "$t" "${runs:-?}" "$secs" "$result" "$done_line" | tee -a "$LOG"
  [ $code -eq 0 ] || status=1
done
exit $status
