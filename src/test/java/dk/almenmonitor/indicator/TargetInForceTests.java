package dk.almenmonitor.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dk.almenmonitor.shared.Precision;
import org.junit.jupiter.api.Test;

/** Which version of a goal's target is in force on a date (docs/domain.md §4, "Versioned targets"). */
class TargetInForceTests {

    private static final TargetRepository.Version FIRST = version(1, 20, OffsetDateTime.of(2015, 1, 1, 0, 0, 0, 0,
            ZoneOffset.ofHours(1)));
    // Set on 30 June 2017 at 23:30 UTC: 1 July in Denmark.
    private static final TargetRepository.Version CHANGED = version(2, 25, OffsetDateTime.of(2017, 6, 30, 23, 30, 0, 0,
            ZoneOffset.UTC));
    private static final TargetRepository.Version SAME_MOMENT = version(3, 30, CHANGED.validFrom());

    @Test
    void theLatestVersionThatTookEffectByTheEndOfTheDayInDenmarkIsInForce() {
        List<TargetRepository.Version> versions = List.of(FIRST, CHANGED);
        assertThat(value(versions, LocalDate.of(2017, 6, 30))).isEqualTo(20);
        assertThat(value(versions, LocalDate.of(2017, 7, 1))).isEqualTo(25);
        assertThat(value(versions, LocalDate.of(2030, 1, 1))).isEqualTo(25);
    }

    @Test
    void beforeTheFirstVersionTheFirstIsInForce() {
        assertThat(value(List.of(CHANGED), LocalDate.of(2016, 1, 1))).isEqualTo(25);
        assertThat(value(List.of(FIRST, CHANGED), LocalDate.of(2010, 1, 1))).isEqualTo(20);
    }

    @Test
    void ofTwoVersionsSetAtTheSameMomentTheOneStoredLastIsInForce() {
        assertThat(value(List.of(FIRST, CHANGED, SAME_MOMENT), LocalDate.of(2017, 7, 1))).isEqualTo(30);
    }

    @Test
    void withoutVersionsNothingIsInForce() {
        assertThat(TargetRepository.inForce(List.of(), LocalDate.of(2017, 1, 1))).isEmpty();
    }

    private static int value(List<TargetRepository.Version> versions, LocalDate asOf) {
        return TargetRepository.inForce(versions, asOf).orElseThrow().target().value().intValue();
    }

    private static TargetRepository.Version version(long id, int value, OffsetDateTime validFrom) {
        return new TargetRepository.Version(id, new TargetView(1, "x", "", TargetKind.AT_LEAST, TargetMode.MAINTAIN,
                BigDecimal.valueOf(value), BigDecimal.ZERO, Precision.YEAR, "2015-2018", LocalDate.of(2015, 1, 1),
                LocalDate.of(2018, 12, 31), null, null, null), validFrom, "admin", validFrom);
    }
}
