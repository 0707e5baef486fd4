package dev.gazette.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {

    private static final LocalDate WEDNESDAY_15_JAN_2025 = LocalDate.of(2025, 1, 15);

    @Test
    void resolvesRelativeDatesAgainstADay() {
        assertThat(RelativeDates.resolve("last December", WEDNESDAY_15_JAN_2025)).isEqualTo("December 2024");
        assertThat(RelativeDates.resolve("next March", WEDNESDAY_15_JAN_2025)).isEqualTo("March 2025");
        assertThat(RelativeDates.resolve("yesterday", WEDNESDAY_15_JAN_2025)).isEqualTo("2025-01-14");
        assertThat(RelativeDates.resolve("two weeks ago", WEDNESDAY_15_JAN_2025)).isEqualTo("the week of 2024-12-30");
        assertThat(RelativeDates.resolve("last year", WEDNESDAY_15_JAN_2025)).isEqualTo("2024");
        assertThat(RelativeDates.resolve("earlier this month", WEDNESDAY_15_JAN_2025)).isEqualTo("January 2025");
        assertThat(RelativeDates.resolve("on Tuesday", WEDNESDAY_15_JAN_2025)).isEqualTo("2025-01-14");
        assertThat(RelativeDates.resolve("next Tuesday", WEDNESDAY_15_JAN_2025)).isEqualTo("2025-01-21");
        assertThat(RelativeDates.resolve("September 24 last year", WEDNESDAY_15_JAN_2025)).isEqualTo("2024-09-24");
        assertThat(RelativeDates.resolve("last spring", WEDNESDAY_15_JAN_2025)).isNull();
    }

    @Test
    void resolvesOverARangeOnlyWhenEveryDayGivesTheSameAnswer() {
        LocalDate from = LocalDate.of(2025, 1, 6);
        LocalDate to = LocalDate.of(2025, 1, 31);
        assertThat(RelativeDates.resolve("last December", from, to)).isEqualTo("December 2024");
        assertThat(RelativeDates.resolve("last year", from, to)).isEqualTo("2024");
        assertThat(RelativeDates.resolve("on Tuesday", from, to)).isNull();
        assertThat(RelativeDates.resolve("last December", from, null)).isNull();
    }
}
