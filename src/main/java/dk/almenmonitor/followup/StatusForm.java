package dk.almenmonitor.followup;

/** The status form's fields as posted by the browser; {@code version} is the version the user started from. */
public record StatusForm(Integer version, String statusText, String delayReason, String expectedFulfilment,
                         String achievement) {

    static StatusForm of(StatusView s) {
        return new StatusForm(s.version(), s.statusText(), s.delayReason(),
                s.expectedFulfilment() == null ? null : s.expectedFulfilment().text(),
                s.achievement() == null ? null : s.achievement().name());
    }

    /** The form with every text cut to its limit, to show again after a refusal (never echo a huge text back). */
    StatusForm truncated() {
        return new StatusForm(version, cut(statusText, TextLimit.STATUS_TEXT), cut(delayReason, TextLimit.DELAY_REASON),
                cut(expectedFulfilment, TextLimit.EXPECTED_FULFILMENT), achievement);
    }

    private static String cut(String text, TextLimit limit) {
        return limit.exceededBy(text) ? text.substring(0, limit.max()) : text;
    }

    StatusInput toInput() {
        return new StatusInput(statusText, delayReason, expectedFulfilment, achievement);
    }
}
