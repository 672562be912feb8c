package dk.almenmonitor.report;

/**
 * Text going into spreadsheet cells and CSV fields. Spreadsheets treat a field that starts with {@code = + - @}, a tab
 * or a carriage return as a formula (CSV/formula injection, OWASP); such text gets a leading {@code '} in CSV, and in
 * XLSX it is written as a string cell with Excel's quote prefix (never as a formula).
 */
final class CellText {

    private CellText() {
    }

    static boolean risky(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** The text as a CSV field: risky text prefixed with {@code '}, null as empty. */
    static String csv(String text) {
        if (text == null) {
            return "";
        }
        return risky(text) ? "'" + text : text;
    }

    /** Removes characters XML 1.0 cannot hold (they would make a DOCX unreadable); keeps tab, CR and LF. */
    static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
