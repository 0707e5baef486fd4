package dev.gazette.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A publication date inside a plausible range. The bounds are fixed, not taken from the
 * clock, so the same input always gives the same findings.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {
    String message() default "must be a plausible publication date between {min} and {max}";

    /** Earliest plausible date, ISO-8601. */
    String min() default "1850-01-01";

    /** Latest plausible date, ISO-8601. */
    String max() default "2100-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
