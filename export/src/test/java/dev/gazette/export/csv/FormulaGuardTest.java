package dev.gazette.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+44 20 7946 0000", "-- dashes", "-x",
        "@SUM(A1)", "\tindented", "\rreturn", "-", "+", "=", "'=1+1", "''@x"})
    void prefixesCellsThatWouldRunAsFormulas(String value) {
        assertThat(FormulaGuard.guard(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "+3.5", "-1e5", "-.5", "12", "plain text", "", "'quoted", "a=b", " =x", "''",
        "'-5", "Renée", "سوق"})
    void leavesNumbersAndOrdinaryTextAlone(String value) {
        assertThat(FormulaGuard.guard(value)).isEqualTo(value);
    }

    @Test
    void unguardGivesBackEveryOriginalValue() {
        for (String v : List.of("=1", "'=1", "''=1", "'", "''", "'a", "-5", "'-5", "-x", "'-x", "", "@", "'@",
                "\t", "'\t", "x'=")) {
            assertThat(FormulaGuard.unguard(FormulaGuard.guard(v))).as("round trip of [%s]", v).isEqualTo(v);
        }
    }
}
