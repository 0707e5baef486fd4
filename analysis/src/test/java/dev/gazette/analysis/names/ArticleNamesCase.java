package dev.gazette.analysis.names;

import dev.gazette.analysis.names.NameAnalyser.Found;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** A test of the names that one invented article gives, each case analysing its article in a temporary folder. */
abstract class ArticleNamesCase {

    @TempDir
    Path tmp;

    List<Found> analyse(String text) throws Exception {
        return NameAnalyserTest.analyse(tmp, text);
    }

    static Found find(List<Found> found, String surface) {
        return NameAnalyserTest.find(found, surface, 0);
    }
}
