#!/usr/bin/env bash
# Runs gazette-beam.jar on Apache Spark in local mode, as spark-submit would run it: Spark's own
# jars first on the class path, then the job's jar. A check that the jar works under Spark without
# a cluster (the build's real-runner test uses Flink). Needs beam/target/gazette-beam.jar
# (mvn -pl beam -am package -DskipTests) and downloads Spark 3.5 with Maven on first use.
#
#   beam/run-on-spark-local.sh --input=seeds --output=/tmp/out-spark [other job options]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SPARK_VERSION="${SPARK_VERSION:-3.5.7}"
LIB="${SPARK_LIB:-${TMPDIR:-/tmp}/gazette-spark-$SPARK_VERSION}"
if [ ! -f "$LIB/classpath.txt" ]; then
  mkdir -p "$LIB"
  cat > "$LIB/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>spark-lib</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-core_2.12</artifactId><version>$SPARK_VERSION</version></dependency>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-streaming_2.12</artifactId><version>$SPARK_VERSION</version></dependency>
  </dependencies>
</project>
POM
  (cd "$LIB" && mvn -B -q dependency:build-classpath -Dmdep.outputFile=classpath.txt)
fi
# the module opens Spark 3.5 needs on Java 17 (its launcher adds the same)
OPENS=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  OPENS="$OPENS --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
exec java $OPENS ${JAVA_OPTS:-} -cp "$(cat "$LIB/classpath.txt"):$ROOT/beam/target/gazette-beam.jar" \
  dev.gazette.beam.GazetteBeam --runner=SparkRunner --sparkMaster="local[*]" "$@"
