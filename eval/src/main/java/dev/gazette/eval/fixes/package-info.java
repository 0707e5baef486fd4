/**
 * The evaluation of findings and fixes on real corpora (issue 15): exports a corpus through the
 * command line in-process, draws seeded samples per rule of findings and of applied changes,
 * shows each sampled item in its context for a person to judge, and scores the rules against
 * the recorded judgements: precision of findings, false alarms per 10,000 words, wrong applied
 * changes per 1,000 and structural damage, separately for a tune part and a held-out part.
 */
package dev.gazette.eval.fixes;
