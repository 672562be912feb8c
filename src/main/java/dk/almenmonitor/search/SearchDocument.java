package dk.almenmonitor.search;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One searchable text as stored in the index.
 *
 * @param heading the goal's title, shown above the hit (not searched)
 * @param title   searched with the higher weight: a goal's own title; empty for statuses, reasons and decisions
 * @param body    searched and highlighted: the goal's content, the status text, the delay reason, the decision
 */
record SearchDocument(HitKind kind, String agreementId, long goalId, @Nullable String period, @Nullable Long decisionId,
                      @Nullable LocalDate decidedOn, int sortOrder, String heading, String title, String body) {

    /** The highlight markers (see {@link Highlight}) and other control characters never reach the index. */
    SearchDocument {
        heading = clean(heading);
        title = clean(title);
        body = clean(body);
    }

    static String clean(@Nullable String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    }
}
