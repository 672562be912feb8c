package dk.almenmonitor.followup;

import java.util.Optional;

import dk.almenmonitor.shared.DanishFormat;

/**
 * The longest text each free-text field of the follow-up may hold (issue 9). One place for the API, the pages and the
 * sheet import, so a text that is refused in one is refused in all. The seed sheet's longest status is about 1.700
 * characters, its longest delay reason and expected fulfilment about 300.
 */
enum TextLimit {

    STATUS_TEXT("statusText", "Status", 20_000),
    DELAY_REASON("delayReason", "Grund til forsinkelse", 2_000),
    EXPECTED_FULFILMENT("expectedFulfilment", "Forventet indfrielse", 2_000),
    /** The reason given when a round changes state (required when an approved round is reopened). */
    STATE_REASON("reason", "Begrundelse", 1_000);

    private final String field;
    private final String label;
    private final int max;

    TextLimit(String field, String label, int max) {
        this.field = field;
        this.label = label;
        this.max = max;
    }

    /** The field's name in the API and the form. */
    String field() {
        return field;
    }

    int max() {
        return max;
    }

    boolean exceededBy(String text) {
        return text != null && text.length() > max;
    }

    /** The Danish message for a text that is too long, or empty when it fits. */
    Optional<String> problem(String text) {
        return exceededBy(text) ? Optional.of(label + " må højst være " + DanishFormat.integer(max) + " tegn; teksten er "
                + DanishFormat.integer(text.length()) + " tegn.") : Optional.empty();
    }

    /** Refuses a text that is too long with a 400 that names the field and the limit. */
    void check(String text) {
        problem(text).ifPresent(message -> {
            throw FollowUpException.tooLong(this, message + " Intet er gemt.");
        });
    }
}
