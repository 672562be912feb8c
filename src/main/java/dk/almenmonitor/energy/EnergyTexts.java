package dk.almenmonitor.energy;

import dk.almenmonitor.shared.DanishFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The module's Danish texts ({@code i18n/energy/messages_da.properties}). */
@Component
class EnergyTexts {

    private final MessageSource messages;

    EnergyTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }
}
