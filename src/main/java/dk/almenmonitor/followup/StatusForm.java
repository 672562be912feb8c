package dk.almenmonitor.followup;

/** The status form's fields as posted by the browser; {@code version} is the version the user started from. */
public record StatusForm(Integer version, String statusText, String delayReason, String expectedFulfilment,
                         String achievement) {

    static StatusForm of(StatusView s) {
        return new StatusForm(s.version(), s.statusText(), s.delayReason(),
                s.expectedFulfilment() == null ? null : s.expectedFulfilment().text(),
                s.achievement() == null ? null : s.achievement().name());
    }

    StatusInput toInput() {
        return new StatusInput(statusText, delayReason, expectedFulfilment, achievement);
    }
}
