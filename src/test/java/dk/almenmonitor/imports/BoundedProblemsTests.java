package dk.almenmonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BoundedProblemsTests {

    @Test
    void keepsTheFirstHundredAndSaysHowManyMore() {
        BoundedProblems<String> errors = BoundedProblems.errors(text -> text);
        for (int i = 1; i <= 1_234; i++) {
            errors.add("fejl " + i);
        }
        List<String> list = errors.list();
        assertThat(errors.count()).isEqualTo(1_234);
        assertThat(list).hasSize(BoundedProblems.LIMIT + 1);
        assertThat(list.get(0)).isEqualTo("fejl 1");
        assertThat(list.get(99)).isEqualTo("fejl 100");
        assertThat(list.get(100)).isEqualTo("… og 1.134 flere fejl.");
    }

    @Test
    void warningsSayAdvarslerAndAShortListIsUnchanged() {
        BoundedProblems<String> warnings = BoundedProblems.warnings(text -> text);
        assertThat(warnings.isEmpty()).isTrue();
        assertThat(warnings.list()).isEmpty();
        for (int i = 0; i < 100; i++) {
            warnings.add("w");
        }
        assertThat(warnings.list()).hasSize(100).containsOnly("w");
        warnings.add("w");
        assertThat(warnings.list()).last().isEqualTo("… og 1 flere advarsler.");
    }

    @Test
    void theSummaryEntryIsMadeByTheCaller() {
        record Problem(Integer row, String message) {
        }
        BoundedProblems<Problem> errors = BoundedProblems.errors(2, text -> new Problem(null, text));
        errors.add(new Problem(1, "a"));
        errors.add(new Problem(2, "b"));
        errors.add(new Problem(3, "c"));
        assertThat(errors.list()).containsExactly(new Problem(1, "a"), new Problem(2, "b"),
                new Problem(null, "… og 1 flere fejl."));
    }

    @Test
    void excerptsAreShortAndPrintable() {
        assertThat(BoundedProblems.excerpt("Næsten")).isEqualTo("Næsten");
        assertThat(BoundedProblems.excerpt(null)).isEmpty();
        assertThat(BoundedProblems.excerpt("a\u0000b\nc")).isEqualTo("abc");
        assertThat(BoundedProblems.excerpt("x".repeat(1_000_000))).isEqualTo("x".repeat(80) + "…");
        assertThat(BoundedProblems.excerpt("x".repeat(81))).isEqualTo("x".repeat(80) + "…");
        assertThat(BoundedProblems.excerpt("x".repeat(80))).isEqualTo("x".repeat(80));
    }
}
