/**
 * How Gazette writes files: UTF-8 with U+FFFD for what UTF-8 cannot encode ({@link
 * dev.gazette.export.files.Utf8}), and single files written whole or not at all ({@link
 * dev.gazette.export.files.AtomicFile}); output folders are {@code dev.gazette.export.dataset.OutputFolder}.
 */
package dev.gazette.export.files;
