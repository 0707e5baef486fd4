/**
 * The dataset-format API: {@link dev.gazette.export.format.DatasetFormat} and its
 * {@link dev.gazette.export.format.FormatWriter}. Implementations live in a package of their
 * own per format ({@code csv}, {@code jsonl}, {@code xlsx}, ...) and are registered in
 * {@code dev.gazette.export.dataset.DatasetFormats}.
 */
package dev.gazette.export.format;
