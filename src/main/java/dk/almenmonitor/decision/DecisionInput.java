package dk.almenmonitor.decision;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A decision as a client or the goal page's form sends it, unchecked: {@code date} as {@code 2016-10-31}, {@code forum}
 * as a {@link Forum} code, {@code text} the decision in a sentence, {@code reference} a case number or an http/https
 * link (optional), {@code goalIds} further goals the decision is also about (optional).
 */
public record DecisionInput(@Nullable String date, @Nullable String forum, @Nullable String text,
                            @Nullable String reference, @Nullable List<Long> goalIds) {
}
