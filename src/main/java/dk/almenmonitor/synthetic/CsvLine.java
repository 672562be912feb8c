package dk.almenmonitor.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes one {@code ;}-separated line at a time to a (buffered) writer: text quoted only when it holds a {@code ;},
 * a quote or a line break, whole numbers plain, decimals with a decimal comma and no thousands separator (so
 * {@code 1234,5} is never read as a thousands point), dates ISO, lines ended by {@code \n}.
 */
final class CsvLine {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(160);
    private long rows;
    private int fields;

    CsvLine(Writer out) {
        this.out = out;
    }

    void header(List<String> columns) throws IOException {
        for (String column : columns) {
            text(column);
        }
        line.append('\n');
        out.append(line);
        line.setLength(0);
        fields = 0;
    }

    CsvLine text(String value) {
        separate();
        if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
        return this;
    }

    CsvLine number(long value) {
        separate();
        line.append(value);
        return this;
    }

    /** One decimal with a decimal comma: {@code 1234.56} → {@code 1234,6}. Not for negative numbers. */
    CsvLine decimal(double value) {
        separate();
        long tenths = Math.round(value * 10);
        line.append(tenths / 10).append(',').append(tenths % 10);
        return this;
    }

    /** ISO date, or an empty cell for null. */
    CsvLine date(LocalDate value) {
        separate();
        if (value != null) {
            line.append(value);
        }
        return this;
    }

    CsvLine empty() {
        separate();
        return this;
    }

    void end() throws IOException {
        line.append('\n');
        out.append(line);
        line.setLength(0);
        fields = 0;
        rows++;
    }

    /** Data rows written (the header not counted). */
    long rows() {
        return rows;
    }

    private void separate() {
        if (fields++ > 0) {
            line.append(';');
        }
    }
}
