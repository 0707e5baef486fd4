package dev.gazette.cli;

import dev.gazette.validate.OptionDescriptor;
import dev.gazette.validate.RuleCatalogue;
import dev.gazette.validate.RuleDescriptor;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gazette rules [ID]}: the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules (id, default severity, fix, summary), or describe one rule in full.")
final class RulesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "A rule id to describe.")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleCatalogue catalogue = RuleCatalogue.standard();
        if (id == null) {
            out.printf(Locale.ROOT, "%-26s %-8s %-10s %-10s %s%n", "ID", "SEVERITY", "CATEGORY", "FIX", "SUMMARY");
            for (RuleDescriptor d : catalogue.all()) {
                out.printf(Locale.ROOT, "%-26s %-8s %-10s %-10s %s%n", d.id(), d.severity().label(), d.category(),
                        d.fix().name().toLowerCase(Locale.ROOT), d.summary());
            }
            return ExitCodes.OK;
        }
        var found = catalogue.find(id);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("gazette rules: unknown rule id '" + id
                    + "'; run 'gazette rules' for the list");
            return ExitCodes.USAGE;
        }
        RuleDescriptor d = found.get();
        out.println(d.id() + " (" + d.severity().label() + ", " + d.category() + ", fix: "
                + d.fix().name().toLowerCase(Locale.ROOT) + ", since " + d.since() + ")");
        out.println();
        out.println(d.summary());
        out.println();
        out.println(d.description());
        if (!d.example().isEmpty()) {
            out.println();
            out.println("Example:");
            d.example().lines().forEach(l -> out.println("  " + l));
        }
        if (!d.options().isEmpty()) {
            out.println();
            out.println("Options:");
            for (OptionDescriptor o : d.options()) {
                out.println("  " + o.name() + " (" + o.type() + ", default " + o.defaultValue() + "): " + o.description());
            }
        }
        return ExitCodes.OK;
    }
}
