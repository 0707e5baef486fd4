#!/usr/bin/env bash
# Exports a corpus with gazette export and with the Beam pipeline, merges the pipeline's parts and
# compares the two folders file by file (so every table's rows, in order). Exit 0 when identical.
#
#   beam/compare-with-export.sh WORK_DIR [--runner=FlinkRunner ...] -- INPUT... [export options]
#
# Job options before "--" go to gazette-beam.jar only (runner, buckets, parallelism); the inputs
# and the corpus options after it go to both, written the CLI's way (--id-field attrs.newid) and
# translated for the job (--idField=attrs.newid). Reuters-21578, as in docs/beam.md:
#
#   beam/compare-with-export.sh /tmp/cmp-reuters --runner=FlinkRunner --parallelism=2 -- \
#       ../shared/corpora/reuters-21578 --id-field attrs.newid --text-field body
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CLI_JAR="${GAZETTE_JAR:-$ROOT/cli/target/gazette.jar}"            # copies of the jars may be given,
BEAM_JAR="${GAZETTE_BEAM_JAR:-$ROOT/beam/target/gazette-beam.jar}" # so that a build may run meanwhile
WORK="$1"; shift
JOB=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do JOB+=("$1"); shift; done
[ $# -gt 0 ] && shift
INPUTS=(); CLI=(); BEAM=()
while [ $# -gt 0 ]; do
  case "$1" in
    --id-field|--title-field|--text-field|--date-field|--input-format|--max-file-size|--recurring-min)
      CLI+=("$1" "$2")
      name=$(echo "${1#--}" | sed -E 's/-(.)/\U\1/g')
      BEAM+=("--$name=$2"); shift 2 ;;
    -*) echo "unsupported option for the comparison: $1" >&2; exit 2 ;;
    *) INPUTS+=("$1"); shift ;;
  esac
done
rm -rf "$WORK"; mkdir -p "$WORK"
timed() { # label command...: wall and CPU time and peak memory of the command (GNU time), then the load
  local label="$1"; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "$label: %e s wall, %U s user + %S s system CPU, %M KB max RSS" "$@" || true
  else
    time "$@" || true
  fi
  echo "$label: load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
}
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
timed "gazette export" java ${JAVA_OPTS:-} -jar "$CLI_JAR" export "${INPUTS[@]}" "${CLI[@]}" \
  --format csv,jsonl -o "$WORK/local" -q
joined=$(IFS=,; echo "${INPUTS[*]}")
timed "gazette-beam.jar ${JOB[*]}" java ${JAVA_OPTS:-} -jar "$BEAM_JAR" --input="$joined" \
  --output="$WORK/sharded" "${BEAM[@]}" "${JOB[@]}"
java -jar "$BEAM_JAR" merge "$WORK/sharded" "$WORK/merged" > /dev/null
for f in "$WORK"/local/*.jsonl; do # rows per table
  t=$(basename "$f" .jsonl)
  echo "$t: $(wc -l < "$f") rows (gazette export), $(wc -l < "$WORK/merged/$t.jsonl" 2>/dev/null || echo no) rows (Beam)"
done
if diff -rq "$WORK/local" "$WORK/merged"; then
  echo "identical: $(find "$WORK/local" -type f | wc -l) files, $(du -sh "$WORK/local" | cut -f1)"
else
  for f in "$WORK"/local/*.jsonl; do # the rows each side lacks, compared as sorted rows
    m="$WORK/merged/$(basename "$f")"
    [ -f "$m" ] || continue
    only_local=$(comm -23 <(LC_ALL=C sort "$f") <(LC_ALL=C sort "$m") | wc -l)
    only_beam=$(comm -13 <(LC_ALL=C sort "$f") <(LC_ALL=C sort "$m") | wc -l)
    [ "$only_local$only_beam" = "00" ] || echo "$(basename "$f"): $only_local rows only in gazette export, $only_beam only in Beam"
  done
  echo "the datasets differ (see above)" >&2
  exit 1
fi
