package dev.gazette.validate.engine;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.validate.RuleSettings;
import dev.gazette.validate.fix.Decisions;
import java.util.Objects;

/**
 * How the engine runs: what it reads with, which rules at which settings, which fixes it
 * applies, whether results carry the analysis's data products, and how much it holds in memory
 * on how many threads. Immutable; made with {@link #builder()} or {@link #toBuilder()}.
 */
public final class EngineOptions {

    /** Default bound on document text in flight in a pass (characters, or bytes of article files). */
    public static final long DEFAULT_IN_FLIGHT = 8L * 1024 * 1024;
    /** {@link Builder#reuseBudgetChars}: a share of the maximum heap. */
    public static final long AUTO = -1;
    /**
     * Heap per character of a kept article's raw text: a parsed article holds its raw text, its
     * paragraphs' text and their spans (about 5 bytes per character of Latin text) and, once
     * analysed, its units' tokens and words (about 3 more), and the reuse may take an eighth of
     * the heap.
     */
    public static final int HEAP_BYTES_PER_REUSED_CHAR = 64;

    private final ParserConfig parser;
    private final RuleSettings settings;
    private final ReferenceData referenceData;
    private final long maxFileBytes;
    private final boolean applySuggestedFixes;
    private final boolean products;
    private final long inFlightChars;
    private final int threads;
    private final long reuseBudgetChars;
    private final ArticleLimits limits;
    private final Decisions decisions;

    private EngineOptions(Builder b) {
        this.parser = Objects.requireNonNull(b.parser, "parser");
        this.settings = Objects.requireNonNull(b.settings, "settings");
        this.referenceData = Objects.requireNonNull(b.referenceData, "referenceData");
        if (b.threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all processors) or more, got " + b.threads);
        }
        this.maxFileBytes = b.maxFileBytes;
        this.applySuggestedFixes = b.applySuggestedFixes;
        this.decisions = Objects.requireNonNull(b.decisions, "decisions");
        this.products = b.products;
        this.inFlightChars = b.inFlightChars <= 0 ? DEFAULT_IN_FLIGHT : b.inFlightChars;
        this.threads = b.threads;
        this.reuseBudgetChars = b.reuseBudgetChars < 0
                ? Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_REUSED_CHAR : b.reuseBudgetChars;
        this.limits = Objects.requireNonNull(b.limits, "limits");
    }

    /** Defaults: bundled reference data, every rule, safe fixes only, no data products, all processors. */
    public static EngineOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.parser = parser;
        b.settings = settings;
        b.referenceData = referenceData;
        b.maxFileBytes = maxFileBytes;
        b.applySuggestedFixes = applySuggestedFixes;
        b.decisions = decisions;
        b.products = products;
        b.inFlightChars = inFlightChars;
        b.threads = threads;
        b.reuseBudgetChars = reuseBudgetChars;
        b.limits = limits;
        return b;
    }

    /** How articles are parsed. */
    public ParserConfig parser() {
        return parser;
    }

    /** Which rules run, at which severity and options. */
    public RuleSettings settings() {
        return settings;
    }

    /** The registries and word lists the analysis and the rules read. */
    public ReferenceData referenceData() {
        return referenceData;
    }

    /** Article files larger than this are rejected with a finding. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Whether suggested fixes are applied too, not only safe ones. */
    public boolean applySuggestedFixes() {
        return applySuggestedFixes;
    }

    /** A team's decisions about fixes ({@code --decisions}): accepted fixes are applied, rejected ones never. */
    public Decisions decisions() {
        return decisions;
    }

    /** Whether every result carries the article's data products (mentions, quotations) for the exporters. */
    public boolean products() {
        return products;
    }

    /** Bound on the document text in flight between the reader, the workers and the sink, in characters. */
    public long inFlightChars() {
        return inFlightChars;
    }

    /** Worker threads; 0 means one per available processor. */
    public int threads() {
        return threads;
    }

    /**
     * Bound on the raw text of the articles parsed in the statistics pass that are kept, with
     * their memo, for the check pass instead of being parsed again; 0 turns reuse off. Reuse
     * changes only the speed, never the results.
     */
    public long reuseBudgetChars() {
        return reuseBudgetChars;
    }

    /** How much work one article may cause (findings per rule, paragraph and article length). */
    public ArticleLimits limits() {
        return limits;
    }

    /** The number of worker threads this run uses. */
    public int workerThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** Builds {@link EngineOptions}; every setting starts at its default. */
    public static final class Builder {
        private ParserConfig parser = ParserConfig.defaults();
        private RuleSettings settings = RuleSettings.defaults();
        private ReferenceData referenceData = ReferenceData.defaults();
        private long maxFileBytes = DocumentReader.DEFAULT_MAX_BYTES;
        private boolean applySuggestedFixes;
        private Decisions decisions = Decisions.none();
        private boolean products;
        private long inFlightChars = DEFAULT_IN_FLIGHT;
        private int threads;
        private long reuseBudgetChars = AUTO;
        private ArticleLimits limits = ArticleLimits.DEFAULTS;

        private Builder() {
        }

        public Builder parser(ParserConfig value) {
            this.parser = value;
            return this;
        }

        public Builder settings(RuleSettings value) {
            this.settings = value;
            return this;
        }

        public Builder referenceData(ReferenceData value) {
            this.referenceData = value;
            return this;
        }

        public Builder maxFileBytes(long value) {
            this.maxFileBytes = value;
            return this;
        }

        public Builder applySuggestedFixes(boolean value) {
            this.applySuggestedFixes = value;
            return this;
        }

        /** The decisions file's accept and reject decisions, applied by the normaliser. */
        public Builder decisions(Decisions value) {
            this.decisions = value;
            return this;
        }

        /** Whether results carry the data products (what {@code export} needs; {@code check} does not). */
        public Builder products(boolean value) {
            this.products = value;
            return this;
        }

        /** Characters of document text in flight; 0 or less for the default. */
        public Builder inFlightChars(long value) {
            this.inFlightChars = value;
            return this;
        }

        /** Worker threads; 0 for one per processor. */
        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        /** Characters of parsed articles kept from pass 2 for pass 3; {@link #AUTO} for a share of the heap, 0 for none. */
        public Builder reuseBudgetChars(long value) {
            this.reuseBudgetChars = value;
            return this;
        }

        /** How much work one article may cause; {@link ArticleLimits#DEFAULTS} unless set. */
        public Builder limits(ArticleLimits value) {
            this.limits = value;
            return this;
        }

        public EngineOptions build() {
            return new EngineOptions(this);
        }
    }
}
