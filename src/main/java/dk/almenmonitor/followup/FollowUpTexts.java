package dk.almenmonitor.followup;

import dk.almenmonitor.shared.DanishFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The Danish words of the follow-up: refusals, warnings and quality-check remarks are named by message key and
 * arguments in the code, and rendered here from {@code messages_da.properties} where they are shown or stored as text.
 */
@Component
class FollowUpTexts {

    private final MessageSource messages;

    FollowUpTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The message with its arguments (an argument that is itself a {@link MessageSourceResolvable} is resolved too). */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }

    String text(MessageSourceResolvable message) {
        return messages.getMessage(message, DanishFormat.DANISH);
    }

    /** The reason of a refusal. */
    String text(FollowUpException refused) {
        return text(refused.messageCode(), refused.arguments());
    }

    /** A key with arguments, resolved later. */
    static MessageSourceResolvable message(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }
}
