package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.Lexicon;
import java.util.Set;

/** Reads the word lists bundled beside the text rules (documented in each file's header). */
final class WordFiles {

    private WordFiles() {
    }

    static Set<String> read(String resource) {
        return Lexicon.bundledWordSet(WordFiles.class, resource);
    }
}
