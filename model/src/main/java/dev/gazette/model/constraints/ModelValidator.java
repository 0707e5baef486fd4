package dev.gazette.model.constraints;

import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks an article against the Bean Validation constraints of the record model with
 * Hibernate Validator and turns every violation into a {@code model-constraint} finding,
 * never an exception. Thread-safe; build one and share it.
 */
public final class ModelValidator {

    /** The rule id of the findings this validator produces. */
    public static final String RULE_ID = "model-constraint";

    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate.validator");

    private final Validator validator;

    public ModelValidator() {
        // Hibernate Validator announces its version at INFO on first use; users do not need it on stderr.
        HIBERNATE_LOG.setLevel(Level.WARNING);
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** Returns one finding per distinct violated constraint, in a stable order. */
    public List<Finding> validate(Article article) {
        // A record component's constraint applies to its field and accessor alike: keep one per path.
        TreeMap<String, ConstraintViolation<Article>> distinct = new TreeMap<>();
        for (ConstraintViolation<Article> v : validator.validate(article)) {
            distinct.putIfAbsent(v.getPropertyPath() + "\u0000" + v.getMessage(), v);
        }
        List<Finding> findings = new ArrayList<>(distinct.size());
        for (ConstraintViolation<Article> v : distinct.values()) {
            String path = v.getPropertyPath().toString();
            findings.add(Finding.fileLevel(RULE_ID, Severity.ERROR, article.id(), article.source(),
                    "Article field '" + path + "' " + v.getMessage()
                            + " (value: " + abbreviate(v.getInvalidValue()) + ")",
                    suggestionFor(path)));
        }
        return findings;
    }

    private static String suggestionFor(String path) {
        if (path.startsWith("id")) {
            return "Rename the file so its name (without extension) uses only letters, digits, '.', '_' and '-'.";
        }
        if (path.startsWith("paragraphs")) {
            return "Check that the file holds the article body, not only a title or boilerplate.";
        }
        if (path.startsWith("published")) {
            return "Check the date line; the parsed year is outside the plausible range.";
        }
        return "Check the article text at this field.";
    }

    private static String abbreviate(Object value) {
        if (value == null) {
            return "none";
        }
        String s = value instanceof java.util.Collection<?> c ? c.size() + " item(s)" : String.valueOf(value);
        return s.length() > 60 ? s.substring(0, 57) + "..." : "'" + s + "'";
    }
}
