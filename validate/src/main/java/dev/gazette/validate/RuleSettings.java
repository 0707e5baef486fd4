package dev.gazette.validate;

import dev.gazette.model.Severity;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules run, at which severity, with which option values. Built from defaults in the
 * catalogue plus a configuration; every id and option is checked against the catalogue, so
 * a typo is an error that names it. Immutable.
 */
public final class RuleSettings {

    private final RuleCatalogue catalogue;
    private final Set<String> disabled;
    private final Map<String, Severity> severities;
    private final Map<String, Map<String, Object>> options;

    private RuleSettings(RuleCatalogue catalogue, Set<String> disabled, Map<String, Severity> severities,
                         Map<String, Map<String, Object>> options) {
        this.catalogue = catalogue;
        this.disabled = Collections.unmodifiableSet(disabled);
        this.severities = Collections.unmodifiableMap(severities);
        this.options = Collections.unmodifiableMap(options);
    }

    /** Every rule enabled at its default severity with default options. */
    public static RuleSettings defaults() {
        return new RuleSettings(RuleCatalogue.standard(), Set.of(), Map.of(), Map.of());
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** True unless the rule was switched off. */
    public boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    /** The severity findings of {@code ruleId} get. */
    public Severity severity(String ruleId) {
        Severity s = severities.get(ruleId);
        return s != null ? s : catalogue.find(ruleId).map(RuleDescriptor::severity).orElse(Severity.WARNING);
    }

    /** The value of an option: configured, else the catalogue default, converted to its type. */
    public Object option(String ruleId, String name) {
        Map<String, Object> set = options.get(ruleId);
        if (set != null && set.containsKey(name)) {
            return set.get(name);
        }
        OptionDescriptor d = catalogue.get(ruleId).option(name).orElseThrow(() ->
                new IllegalArgumentException("rule '" + ruleId + "' has no option '" + name + "'"));
        return d.parse(d.defaultValue());
    }

    /**
     * The value of a rule's typed option: configured, else the catalogue default.
     *
     * @throws IllegalStateException when the catalogue declares no such option, or with another type
     */
    public <T> T get(RuleOption<T> option) {
        OptionDescriptor d = catalogue.get(option.ruleId()).option(option.name()).orElseThrow(() ->
                new IllegalStateException("rule '" + option.ruleId() + "' reads option '" + option.name()
                        + "', which the catalogue does not declare"));
        if (d.type() != option.type()) {
            throw new IllegalStateException("rule '" + option.ruleId() + "' reads option '" + option.name() + "' as "
                    + option.type().label() + ", but the catalogue declares it " + d.type().label());
        }
        return option.cast(option(option.ruleId(), option.name()));
    }

    /** A copy with {@code ruleId} switched on or off. */
    public RuleSettings withEnabled(String ruleId, boolean on) {
        catalogue.get(ruleId);
        Set<String> d = new HashSet<>(disabled);
        if (on) {
            d.remove(ruleId);
        } else {
            d.add(ruleId);
        }
        return new RuleSettings(catalogue, d, severities, options);
    }

    /** A copy where {@code ruleId} reports at {@code severity}. */
    public RuleSettings withSeverity(String ruleId, Severity severity) {
        catalogue.get(ruleId);
        Map<String, Severity> s = new HashMap<>(severities);
        s.put(ruleId, severity);
        return new RuleSettings(catalogue, disabled, s, options);
    }

    /**
     * A copy in which the fixes of {@code ruleId} are applied by default ({@code apply} true) or only
     * suggested ({@code apply} false), whatever the catalogue declares: a team that has reviewed a
     * rule's fixes on its own corpus can apply them without {@code --unsafe}.
     *
     * @throws IllegalArgumentException naming the rule when it is unknown or carries no fix
     */
    public RuleSettings withFixApplied(String ruleId, boolean apply) {
        RuleCatalogue c = catalogue.withFix(ruleId,
                apply ? RuleDescriptor.FixKind.SAFE : RuleDescriptor.FixKind.SUGGESTED);
        return new RuleSettings(c, disabled, severities, options);
    }

    /**
     * A copy with an option set.
     *
     * @throws IllegalArgumentException naming the rule or option when either is unknown, or the value does not fit
     */
    public RuleSettings withOption(String ruleId, String name, Object value) {
        RuleDescriptor rule = catalogue.get(ruleId);
        Optional<OptionDescriptor> d = rule.option(name);
        if (d.isEmpty()) {
            throw new IllegalArgumentException("rule '" + ruleId + "' has no option '" + name + "'"
                    + (rule.options().isEmpty() ? " (it takes none)"
                    : "; its options are " + rule.options().stream().map(OptionDescriptor::name).toList()));
        }
        Map<String, Map<String, Object>> o = new HashMap<>(options);
        Map<String, Object> forRule = new HashMap<>(o.getOrDefault(ruleId, Map.of()));
        forRule.put(name, d.get().parse(value));
        o.put(ruleId, Collections.unmodifiableMap(forRule));
        return new RuleSettings(catalogue, disabled, severities, o);
    }
}
