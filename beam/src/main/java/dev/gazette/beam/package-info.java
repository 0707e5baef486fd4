/**
 * Gazette's export as an Apache Beam pipeline: the same inputs, corpus knowledge, per-article
 * step and tables as {@code gazette export}, on the DirectRunner, Flink or Spark.
 */
package dev.gazette.beam;
