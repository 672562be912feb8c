package dk.almenmonitor.followup;

/** A status as an owner submits it, before cleaning: blank fields are "not given". */
public record StatusInput(String statusText, String delayReason, String expectedFulfilment, String achievement) {

    static final int MAX_TEXT = 20_000;
    static final int MAX_SHORT = 2_000;

    StatusInput cleaned() {
        return new StatusInput(clean(statusText), clean(delayReason), clean(expectedFulfilment), clean(achievement));
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\r\n", "\n").strip();
        return t.isEmpty() ? null : t;
    }
}
