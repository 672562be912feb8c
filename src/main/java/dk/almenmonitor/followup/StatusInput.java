package dk.almenmonitor.followup;

/** A status as an owner submits it, before cleaning: blank fields are "not given". */
public record StatusInput(String statusText, String delayReason, String expectedFulfilment, String achievement) {

    StatusInput cleaned() {
        return new StatusInput(clean(statusText), clean(delayReason), clean(expectedFulfilment), clean(achievement));
    }

    /** Refuses a field longer than its {@link TextLimit} (400 naming the field and the limit). */
    void checkLengths() {
        TextLimit.STATUS_TEXT.check(statusText);
        TextLimit.DELAY_REASON.check(delayReason);
        TextLimit.EXPECTED_FULFILMENT.check(expectedFulfilment);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\r\n", "\n").strip();
        return t.isEmpty() ? null : t;
    }
}
