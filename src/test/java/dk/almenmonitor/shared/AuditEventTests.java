package dk.almenmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every audit event is bounded where it is made, whichever module publishes it (issue 9, finding 6). */
class AuditEventTests {

    @Test
    void actorSubjectAndDetailsAreCutToTheirBoundsAndLoseControlCharacters() {
        Map<String, String> details = new HashMap<>();
        for (int i = 0; i < 80; i++) {
            details.put("k" + i, "v");
        }
        details.put("reason", "x".repeat(30_000));

        AuditEvent event = AuditEvent.of("a\u0000".repeat(300), "FOLLOWUP_REFUSED",
                "POST /api/v1/x" + "A".repeat(3000), details);

        assertThat(event.actor()).hasSize(AuditEvent.MAX_ACTOR).doesNotContain("\u0000").endsWith("…");
        assertThat(event.subject()).hasSize(AuditEvent.MAX_SUBJECT).startsWith("POST /api/v1/xAAA");
        assertThat(event.details()).hasSize(AuditEvent.MAX_DETAILS);
        assertThat(event.details().values()).allSatisfy(v -> assertThat(v.length()).isLessThanOrEqualTo(25_000));
    }

    @Test
    void ordinaryEventsAreKeptAsTheyAre() {
        AuditEvent event = AuditEvent.of("tmf", "STATUS_SAVED", "kk-bl1-2015-2018/2017-Q2/goal/12",
                Map.of("before", "Linje 1\nLinje 2", "after", "Ny\ttekst"));

        assertThat(event.actor()).isEqualTo("tmf");
        assertThat(event.subject()).isEqualTo("kk-bl1-2015-2018/2017-Q2/goal/12");
        assertThat(event.details()).containsEntry("before", "Linje 1\nLinje 2").containsEntry("after", "Ny\ttekst");
    }
}
