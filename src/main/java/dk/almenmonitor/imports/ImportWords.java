package dk.almenmonitor.imports;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import dk.almenmonitor.shared.DanishFormat;

/**
 * The Danish texts of the import module's own readers (CsvInput, ImportHeader, BoundedProblems, the upload limits),
 * read straight from {@code i18n/imports/messages_da.properties}: these are static helpers that datasets and unit
 * tests use without a Spring context. Formatted as Spring's message source does (MessageFormat only with arguments),
 * so the same file serves {@link ImportTexts}.
 */
final class ImportWords {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n/imports/messages", DanishFormat.DANISH);

    private ImportWords() {
    }

    static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, DanishFormat.DANISH).format(args);
    }
}
