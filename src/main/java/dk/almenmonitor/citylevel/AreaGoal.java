package dk.almenmonitor.citylevel;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A goal the secretariat has set for an urban area on a criterion; {@code targetValue} only for TARGET_VALUE. */
record AreaGoal(String areaCode, String indicator, GoalKind kind, BigDecimal targetValue, int dueYear, String note,
                String setBy, OffsetDateTime setAt) {
}
