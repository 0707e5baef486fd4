package dev.gazette.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link PlausibleDate}: {@code null} is valid (absence is a separate rule). */
public final class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    private LocalDate min;
    private LocalDate max;

    @Override
    public void initialize(PlausibleDate annotation) {
        min = LocalDate.parse(annotation.min());
        max = LocalDate.parse(annotation.max());
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || (!value.isBefore(min) && !value.isAfter(max));
    }
}
