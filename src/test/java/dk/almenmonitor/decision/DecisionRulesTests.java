package dk.almenmonitor.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import dk.almenmonitor.shared.RequestRefused;
import org.junit.jupiter.api.Test;

class DecisionRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2017, 3, 1);

    @Test
    void referencesAreCaseNumbersOrHttpLinks() {
        assertThat(DecisionRules.reference("  2016-0123456 ")).isEqualTo("2016-0123456");
        assertThat(DecisionRules.link("2016-0123456")).isNull();
        assertThat(DecisionRules.reference("Sag: 17/123")).as("a colon followed by a space is no scheme").isEqualTo("Sag: 17/123");
        assertThat(DecisionRules.link("HTTPS://www.kk.dk/sag")).isEqualTo("HTTPS://www.kk.dk/sag");
        assertThat(DecisionRules.reference("")).isNull();
        for (String bad : new String[] {"javascript:alert(1)", "data:text/html,x", "ftp://kk.dk/x", "https:/nohost", "http://"}) {
            assertThatThrownBy(() -> DecisionRules.reference(bad)).as(bad).isInstanceOf(RequestRefused.class)
                    .hasMessage("decision.refused.reference.link");
        }
    }

    @Test
    void dateFormAndTextAreCheckedAndNamed() {
        assertThat(DecisionRules.date("2016-10-31", TODAY)).isEqualTo(LocalDate.of(2016, 10, 31));
        assertThat(DecisionRules.date(TODAY.toString(), TODAY)).isEqualTo(TODAY);
        assertThatThrownBy(() -> DecisionRules.date("2017-03-02", TODAY)).hasMessage("decision.refused.date.range");
        assertThatThrownBy(() -> DecisionRules.date("1989-12-31", TODAY)).hasMessage("decision.refused.date.range");
        assertThatThrownBy(() -> DecisionRules.date("31/10-16", TODAY)).hasMessage("decision.refused.date.invalid");
        assertThat(DecisionRules.forum("BL1")).isEqualTo(Forum.BL1);
        assertThatThrownBy(() -> DecisionRules.forum("tmu")).hasMessage("decision.refused.forum.unknown");
        assertThat(DecisionRules.text(" TMU\n vedtog\u0007 det. ")).isEqualTo("TMU vedtog det.");
        assertThatThrownBy(() -> DecisionRules.text("x".repeat(501))).hasMessage("decision.refused.text.tooLong");
        assertThat(Decisions.field((RequestRefused) catchRefusal(() -> DecisionRules.text(null)))).isEqualTo("text");
    }

    private static Throwable catchRefusal(Runnable r) {
        try {
            r.run();
        } catch (RequestRefused e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
