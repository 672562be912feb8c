package dk.almenmonitor.shared;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Something worth keeping in the audit log, published by any module as an application event: who did what to
 * which subject, when (UTC), with small details (before/after values, reasons). The audit module stores every one.
 *
 * @param actor   the username, or "system" / "anonymous"
 * @param action  a stable code such as {@code LOGIN_SUCCEEDED}, {@code STATUS_SAVED}, {@code ROUND_STATE_CHANGED}
 * @param subject what was acted on, e.g. {@code kk-bl1-2015-2018/2017-Q2/goal/12}
 */
public record AuditEvent(String actor, String action, String subject, Map<String, String> details, Instant at) {

    /** Bounds on every event, whoever publishes it: a request cannot make the append-only log grow without limit. */
    public static final int MAX_ACTOR = 100;
    public static final int MAX_SUBJECT = 300;
    /** Room for a whole status text (20.000 characters) as a before/after value. */
    public static final int MAX_DETAIL_VALUE = 25_000;
    public static final int MAX_DETAILS = 50;

    /** Bounds every part; defensively, a null {@code details} or {@code at} becomes none and now. */
    public AuditEvent {
        actor = bounded(actor, MAX_ACTOR);
        action = bounded(action, MAX_ACTOR);
        subject = bounded(subject, MAX_SUBJECT);
        details = boundedDetails(details);
        at = at == null ? Instant.now() : at;
    }

    private static Map<String, String> boundedDetails(@Nullable Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return Map.of();
        }
        Map<String, String> bounded = new LinkedHashMap<>();
        details.entrySet().stream().filter(e -> e.getKey() != null).limit(MAX_DETAILS).forEach(e ->
                bounded.put(bounded(e.getKey(), MAX_ACTOR), bounded(e.getValue(), MAX_DETAIL_VALUE)));
        return Collections.unmodifiableMap(bounded);
    }

    /** The text cut to {@code max} characters (marked with "…"), control characters other than line breaks removed. */
    static @Nullable String bounded(@Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }

    /** An event at this instant; {@code details} may be null for none. */
    public static AuditEvent of(String actor, String action, String subject, @Nullable Map<String, String> details) {
        return new AuditEvent(actor, action, subject, details == null ? Map.of() : details, Instant.now());
    }
}
