package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.Lexicon;
import dev.gazette.validate.Rule;
import java.nio.file.Path;
import java.util.List;

/**
 * A text rule that reads the English lexicon (bundled, plus the user's word lists). The
 * lexicon is loaded on first use, once per rule, not per article.
 */
abstract class LexiconRule implements Rule {

    private final List<Path> wordLists;
    private volatile Lexicon lexicon;

    LexiconRule(List<Path> wordLists) {
        this.wordLists = List.copyOf(wordLists);
    }

    /** The lexicon; loading it twice in a race is harmless, as {@link Lexicon#withFiles} shares instances. */
    final Lexicon lexicon() {
        Lexicon l = lexicon;
        if (l == null) {
            l = Lexicon.withFiles(wordLists);
            lexicon = l;
        }
        return l;
    }
}
