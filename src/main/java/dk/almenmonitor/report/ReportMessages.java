package dk.almenmonitor.report;

import dk.almenmonitor.shared.DanishFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Danish texts for the documents written in Java (XLSX, DOCX), from messages_da.properties like the templates. */
@Component
class ReportMessages {

    private final MessageSource messages;

    ReportMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The message without soft hyphens (they help HTML line breaking but would change a spreadsheet's headers). */
    String get(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH).replace("\u00AD", "");
    }
}
