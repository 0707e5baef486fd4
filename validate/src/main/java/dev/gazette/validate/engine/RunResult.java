package dev.gazette.validate.engine;

import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.pipeline.CorpusProducts;

/**
 * What a run produced besides the per-article results it handed to the sink: its counts, what
 * the corpus passes learnt, and the corpus's data products (the entities), ready for the
 * corpus-level tables.
 *
 * @param summary   counts of inputs, articles, findings and changes
 * @param knowledge the corpus knowledge every article was checked with
 * @param products  the corpus products; {@link CorpusProducts#NONE} when the run was not asked for them
 */
public record RunResult(RunSummary summary, CorpusKnowledge knowledge, CorpusProducts products) {
}
