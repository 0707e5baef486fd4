/**
 * Accuracy evaluation of Gazette on real text: exports a corpus through the command line, samples
 * findings and changes with a fixed seed, and scores them against hand judgements and labelled sets
 * kept in the repository (ids, offsets and verdicts; never corpus text whose licence forbids it).
 */
package dev.gazette.eval;
