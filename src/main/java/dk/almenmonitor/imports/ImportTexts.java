package dk.almenmonitor.imports;

import dk.almenmonitor.shared.DanishFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Danish words of an import report. A report is stored as text (its JSON shape has {@code message}), so a
 * dataset names a problem by message key and arguments and this resolves it once, when the problem is found.
 */
@Component
public class ImportTexts {

    private final MessageSource messages;

    ImportTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The message with its arguments, in Danish. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }

    /** A problem at a row and column of the file (either may be null when the whole file or row is meant). */
    public ImportProblem problem(Integer row, String column, String key, Object... args) {
        return new ImportProblem(row, column, text(key, args));
    }

    /** A problem with the whole file. */
    public ImportProblem file(String key, Object... args) {
        return problem(null, null, key, args);
    }

    /** A refusal of the whole file. */
    public ImportRejectedException rejected(String key, Object... args) {
        return new ImportRejectedException(text(key, args));
    }
}
