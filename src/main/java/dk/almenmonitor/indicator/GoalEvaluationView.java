package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The evaluation of a goal's target as of a date (the JSON of {@code GET /api/v1/goals/{goalId}/evaluation}).
 *
 * @param latest               the observation the status rests on, null for NO_DATA
 * @param projection           the linear projection to the due period, null when the series does not allow one
 * @param baseline             the baseline value ({@code CHANGE_FROM_BASELINE}), else null
 * @param explanation          a Danish sentence: "Opfyldt inden for tolerancen: 19,9 % ≥ 20 % − 0,5 pp tolerance …"
 * @param suggestedAchievement FULFILLED, IN_PROGRESS or NOT_FULFILLED (the follow-up module's achievement names), null
 *                             for NO_DATA; people decide, this only suggests
 */
public record GoalEvaluationView(long goalId, String indicator, EvaluationStatus status, LocalDate asOf, Latest latest,
                                 TargetView target, Projection projection, BigDecimal baseline, String explanation,
                                 String suggestedAchievement) {

    /**
     * @param period   the canonical period key ({@code 2016}, {@code 2016-12-31} …), {@code label} in Danish
     * @param value    the observed value
     * @param measured the value compared with the target: the value, the cumulative count ({@code COUNT_BY}) or the
     *                 change in percent from the baseline ({@code CHANGE_FROM_BASELINE})
     */
    public record Latest(String period, String label, LocalDate from, LocalDate to, BigDecimal value,
                         BigDecimal measured) {
    }

    /** The projected value at {@code date}, from a least-squares line through {@code points} points. */
    public record Projection(LocalDate date, BigDecimal value, BigDecimal measured, int points) {
    }

    /**
     * Whether an owner-set achievement (FULFILLED, IN_PROGRESS, CONSIDERED, NOT_FULFILLED) disagrees with this
     * evaluation: MET and MET_WITHIN_TOLERANCE agree only with FULFILLED, ON_TRACK with IN_PROGRESS, OFF_TRACK with
     * IN_PROGRESS or NOT_FULFILLED, NOT_MET with NOT_FULFILLED. NO_DATA and a missing achievement never disagree.
     */
    public boolean disagreesWith(String achievement) {
        return achievement != null && status != EvaluationStatus.NO_DATA
                && !status.consistentAchievements().contains(achievement);
    }
}
