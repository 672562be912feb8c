package dk.almenmonitor.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in COPY's text format (UTF-8), built value by value without a string per cell, for
 * {@link BulkCopyRepository.Copy#row}.
 */
final class CopyTextRows {
    private final int columns;
    private byte[] bytes = new byte[BulkCopyRepository.Copy.CHUNK + 4096];
    private int size;
    private int values;
    private long rows;
    private LocalDate lastDate;
    private byte[] lastDateBytes;

    public CopyTextRows(int columns) {
        this.columns = columns;
    }

    /** One whole row; {@code values} in the order of the columns: null, text, numbers, dates, booleans. */
    public void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        for (Object value : values) {
            value(value);
        }
        end();
    }

    /** The next value of the row: null, text, a number, a date or a boolean. */
    public CopyTextRows value(Object value) {
        if (value == null) {
            return nul();
        } else if (value instanceof BigDecimal decimal) {
            return decimal(decimal);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return integer(((Number) value).longValue());
        } else if (value instanceof LocalDate date) {
            return date(date);
        } else if (value instanceof Number || value instanceof Boolean) {
            separate();
            ascii(value.toString());
            return this;
        }
        return text(value.toString());
    }

    public CopyTextRows nul() {
        separate();
        ensure(2);
        bytes[size++] = '\\';
        bytes[size++] = 'N';
        return this;
    }

    /** Text, escaped as COPY reads it (backslash, tab, line ends). */
    public CopyTextRows text(String text) {
        if (text == null) {
            return nul();
        }
        separate();
        ensure(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escape('\\');
                case '\t' -> escape('t');
                case '\n' -> escape('n');
                case '\r' -> escape('r');
                default -> {
                    if (c < 0x80) {
                        bytes[size++] = (byte) c;
                    } else {
                        utf8(text, i);
                        return this;
                    }
                }
            }
        }
        return this;
    }

    /** The rest of {@code text} from {@code from}, which is not ASCII. */
    private void utf8(String text, int from) {
        StringBuilder rest = new StringBuilder(text.length() - from + 8);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rest.append("\\\\");
                case '\t' -> rest.append("\\t");
                case '\n' -> rest.append("\\n");
                case '\r' -> rest.append("\\r");
                default -> rest.append(c);
            }
        }
        byte[] encoded = rest.toString().getBytes(StandardCharsets.UTF_8);
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
    }

    private void escape(char c) {
        bytes[size++] = '\\';
        bytes[size++] = (byte) c;
    }

    public CopyTextRows integer(long value) {
        separate();
        ensure(20);
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                ascii(Long.toString(value));
                return this;
            }
            bytes[size++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    public CopyTextRows decimal(BigDecimal value) {
        if (value == null) {
            return nul();
        }
        separate();
        ascii(value.toPlainString());
        return this;
    }

    public CopyTextRows date(LocalDate date) {
        if (date == null) {
            return nul();
        }
        separate();
        if (!date.equals(lastDate)) { // a file's rows often share their dates
            lastDate = date;
            lastDateBytes = date.toString().getBytes(StandardCharsets.US_ASCII);
        }
        ensure(lastDateBytes.length);
        System.arraycopy(lastDateBytes, 0, bytes, size, lastDateBytes.length);
        size += lastDateBytes.length;
        return this;
    }

    /** Ends the row, which must have a value for every column. */
    public void end() {
        if (values != columns) {
            throw new IllegalArgumentException(values + " values for " + columns + " columns");
        }
        ensure(1);
        bytes[size++] = '\n';
        values = 0;
        rows++;
    }

    /** The bytes of the whole rows so far. */
    public int size() {
        return size;
    }

    /** The whole rows so far. */
    public long rows() {
        return rows;
    }

    byte[] bytes() {
        return bytes;
    }

    void clear() {
        size = 0;
    }

    private void separate() {
        if (values > 0) {
            ensure(1);
            bytes[size++] = '\t';
        }
        values++;
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
