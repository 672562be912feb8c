package dk.almenmonitor.followup;

import java.util.Optional;

import dk.almenmonitor.shared.DanishFormat;
import org.springframework.context.MessageSourceResolvable;

/**
 * The longest text each free-text field of the follow-up may hold (issue 9). One place for the API, the pages and the
 * sheet import, so a text that is refused in one is refused in all. The seed sheet's longest status is about 1.700
 * characters, its longest delay reason and expected fulfilment about 300.
 */
enum TextLimit {

    STATUS_TEXT("statusText", 20_000),
    DELAY_REASON("delayReason", 2_000),
    EXPECTED_FULFILMENT("expectedFulfilment", 2_000),
    /** The reason given when a round changes state (required when an approved round is reopened). */
    STATE_REASON("reason", 1_000);

    private final String field;
    private final int max;

    /** The field's Danish label is {@code followup.limit.<field>}. */
    TextLimit(String field, int max) {
        this.field = field;
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

    /** The message (key and arguments) for a text that is too long, or empty when it fits. */
    Optional<MessageSourceResolvable> problem(String text) {
        return exceededBy(text) ? Optional.of(FollowUpTexts.message("followup.refused.tooLong", arguments(text)))
                : Optional.empty();
    }

    /** Refuses a text that is too long with a 400 that names the field and the limit. */
    void check(String text) {
        if (exceededBy(text)) {
            throw FollowUpException.tooLong(this, "followup.refused.tooLong.nothingSaved", arguments(text));
        }
    }

    private Object[] arguments(String text) {
        return new Object[] {FollowUpTexts.message("followup.limit." + field), DanishFormat.integer(max),
                DanishFormat.integer(text.length())};
    }
}
