package dev.gazette.validate.rules.names;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.model.Finding;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the engine, bundled reference data on, over an example folder and keeps alias-variant's findings per article. */
final class AliasVariantExamples {

    private AliasVariantExamples() {
    }

    /** alias-variant's findings of each article of {@code folder}, by article id. */
    static Map<String, List<Finding>> findings(String folder) throws Exception {
        Map<String, List<Finding>> findings = new HashMap<>();
        Engine engine = new Engine(EngineOptions.builder()
                .referenceData(new ReferenceData(List.of(), true, List.of())).maxFileBytes(1 << 24)
                .inFlightChars(1 << 24).build());
        InputScanner.Scan scan = new InputScanner().scan(List.of(folder));
        engine.run(scan.files(), scan.notes(), (ArticleResult r) -> findings.put(r.id(),
                r.findings().stream().filter(f -> f.ruleId().equals(AliasVariantRule.ID)).toList()));
        return findings;
    }
}
