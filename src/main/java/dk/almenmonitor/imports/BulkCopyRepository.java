package dk.almenmonitor.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * PostgreSQL {@code COPY … FROM STDIN} on the connection of the current transaction: how a large dataset loads its
 * rows into a staging table (or straight into its own). Rows are written in COPY's text format, buffered and sent in
 * chunks of 256 KB, so nothing but the buffer is held; or, for a national file, in COPY's binary format
 * ({@link BinaryRows}), which PostgreSQL takes in faster. The rows become visible (and lasting) only when the transaction commits; a
 * rejected file rolls back with them, and a process that dies mid-COPY leaves nothing, because PostgreSQL aborts the
 * transaction of a lost connection.
 */
@Repository
public class BulkCopyRepository {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}(\\.[a-z_][a-z0-9_]{0,62})?");

    private final DataSource dataSource;

    BulkCopyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Starts a COPY into {@code table} (e.g. a temporary staging table) with these columns, in the transaction. */
    public Copy into(String table, String... columns) {
        return start(table, columns, false);
    }

    /**
     * Starts a COPY in PostgreSQL's binary format, for rows formatted with {@link BinaryRows} and {@link Copy#send
     * sent} ready-made: PostgreSQL then parses no numbers or dates, so it takes in a national file markedly faster.
     */
    public Copy intoBinary(String table, String... columns) {
        return start(table, columns, true);
    }

    private Copy start(String table, String[] columns, boolean binary) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("COPY runs in the import's transaction");
        }
        check(table);
        for (String column : columns) {
            check(column);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            CopyIn copy = pg.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                    + ") FROM STDIN (FORMAT " + (binary ? "binary" : "text") + ")");
            Copy started = new Copy(copy, columns.length, binary);
            if (binary) {
                started.write(BinaryRows.HEADER, BinaryRows.HEADER.length);
            }
            return started;
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " could not start", e);
        }
    }

    private static void check(String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("Not an identifier: " + identifier);
        }
    }

    /** One COPY in progress: add rows, then {@link #finish()} (or let the transaction roll back on a failure). */
    public static final class Copy {
        /** How much COPY text is buffered before it is sent. */
        public static final int CHUNK = 256 * 1024;

        private final CopyIn copy;
        private final Rows buffer;
        private final boolean binary;

        private Copy(CopyIn copy, int columns, boolean binary) {
            this.copy = copy;
            this.buffer = new Rows(columns);
            this.binary = binary;
        }

        /** Adds one row; {@code values} in the order of the columns: null, text, numbers, dates, booleans. */
        public void row(Object... values) {
            if (binary) {
                throw new IllegalStateException("A binary COPY takes rows from BinaryRows, sent ready-made");
            }
            buffer.row(values);
            if (buffer.size() >= CHUNK) {
                flush();
            }
        }

        /**
         * Sends rows formatted elsewhere, after those added here: for a binary COPY, {@link BinaryRows#take()}'s bytes
         * (filled on a reading thread, say).
         */
        public void send(byte[] rows) {
            flush();
            write(rows, rows.length);
        }

        private void flush() {
            if (buffer.size() > 0) {
                write(buffer.bytes(), buffer.size());
                buffer.clear();
            }
        }

        private void write(byte[] bytes, int length) {
            try {
                copy.writeToCopy(bytes, 0, length);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY failed", e);
            }
        }

        /** Sends the rest and ends the COPY; the number of rows PostgreSQL took. */
        public long finish() {
            flush();
            if (binary) {
                write(BinaryRows.TRAILER, BinaryRows.TRAILER.length);
            }
            try {
                return copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("COPY failed", e);
            }
        }

        /** The rows added here so far (not those {@linkplain #send sent} ready-made). */
        public long rows() {
            return buffer.rows();
        }

        /** Abandons the COPY (the transaction then rolls back); safe to call after a failure. */
        public void cancel() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("COPY could not be cancelled", e));
            }
        }
    }

    /** Rows in COPY's text format (UTF-8), built value by value without a string per cell, for {@link Copy#row}. */
    private static final class Rows {
        private final int columns;
        private byte[] bytes = new byte[Copy.CHUNK + 4096];
        private int size;
        private int values;
        private long rows;
        private LocalDate lastDate;
        private byte[] lastDateBytes;

        public Rows(int columns) {
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
        public Rows value(Object value) {
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

        public Rows nul() {
            separate();
            ensure(2);
            bytes[size++] = '\\';
            bytes[size++] = 'N';
            return this;
        }

        /** Text, escaped as COPY reads it (backslash, tab, line ends). */
        public Rows text(String text) {
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

        public Rows integer(long value) {
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

        public Rows decimal(BigDecimal value) {
            if (value == null) {
                return nul();
            }
            separate();
            ascii(value.toPlainString());
            return this;
        }

        public Rows date(LocalDate date) {
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

        private byte[] bytes() {
            return bytes;
        }

        private void clear() {
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
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /**
     * Rows in PostgreSQL's binary COPY format, value by value, for {@link #intoBinary}: each value must have its
     * column's type ({@link #int4} for {@code integer}, {@link #numeric}, {@link #date}, {@link #text}). Not
     * thread-safe; one thread fills it, {@link #take()} hands its bytes on.
     */
    public static final class BinaryRows {
        /** The signature, then no flags and no header extension. */
        static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
                0, 0, 0, 0, 0, 0, 0, 0};
        static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};
        private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

        private final int columns;
        private byte[] bytes = new byte[Copy.CHUNK + 4096];
        private int size;
        private int values;
        private long rows;
        private final short[] groups = new short[64];

        public BinaryRows(int columns) {
            this.columns = columns;
        }

        public BinaryRows nul() {
            field(4);
            int32(-1);
            return this;
        }

        public BinaryRows int4(int value) {
            field(8);
            int32(4);
            int32(value);
            return this;
        }

        public BinaryRows int4(Integer value) {
            return value == null ? nul() : int4(value.intValue());
        }

        public BinaryRows date(LocalDate date) {
            if (date == null) {
                return nul();
            }
            field(8);
            int32(4);
            int32(Math.toIntExact(date.toEpochDay() - POSTGRES_EPOCH_DAY));
            return this;
        }

        /** Text, as UTF-8. */
        public BinaryRows text(String text) {
            if (text == null) {
                return nul();
            }
            boolean ascii = true;
            for (int i = 0; i < text.length() && ascii; i++) {
                ascii = text.charAt(i) < 0x80;
            }
            if (ascii) {
                field(4 + text.length());
                int32(text.length());
                for (int i = 0; i < text.length(); i++) {
                    bytes[size++] = (byte) text.charAt(i);
                }
            } else {
                byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
                field(4 + encoded.length);
                int32(encoded.length);
                System.arraycopy(encoded, 0, bytes, size, encoded.length);
                size += encoded.length;
            }
            return this;
        }

        /**
         * A number as PostgreSQL's {@code numeric} sends it: base-10.000 digits around the decimal point, the weight
         * of the first, the sign and the display scale (PostgreSQL rounds it to the column's scale, as for text).
         */
        public BinaryRows numeric(BigDecimal value) {
            if (value == null) {
                return nul();
            }
            BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
            int scale = v.scale();
            if (v.precision() + 3 <= 18 && scale <= 12) {
                return smallNumeric(Math.abs(v.unscaledValue().longValue()), scale, v.signum() < 0);
            }
            String digits = v.unscaledValue().abs().toString();
            int whole = digits.length() - scale; // digits before the point; not positive when there are none
            int ndigits = 0;
            // The whole part in groups of four from the point leftwards, the fraction from the point rightwards.
            int wholeGroups = whole > 0 ? (whole + 3) / 4 : 0;
            int fractionGroups = (scale + 3) / 4;
            if (wholeGroups + fractionGroups > groups.length) {
                throw new IllegalArgumentException("A number of more than 256 digits: " + v.precision());
            }
            for (int g = 0; g < wholeGroups; g++) {
                int to = whole - 4 * (wholeGroups - 1 - g);
                groups[ndigits++] = (short) group(digits, to - 4, to);
            }
            for (int g = 0; g < fractionGroups; g++) {
                int from = whole + 4 * g;
                groups[ndigits++] = (short) group(digits, from, from + 4);
            }
            int weight = wholeGroups - 1;
            int first = 0;
            while (first < ndigits && groups[first] == 0) {
                first++;
                weight--;
            }
            int last = ndigits;
            while (last > first && groups[last - 1] == 0) {
                last--;
            }
            int n = last - first;
            if (n == 0) {
                weight = 0;
            }
            field(4 + 8 + 2 * n);
            int32(8 + 2 * n);
            int16(n);
            int16(weight);
            int16(v.signum() < 0 ? 0x4000 : 0);
            int16(scale);
            for (int i = first; i < last; i++) {
                int16(groups[i]);
            }
            return this;
        }

        /** {@link #numeric} of a number that fits a long with room for three more digits, without a string. */
        private BinaryRows smallNumeric(long unscaled, int scale, boolean negative) {
            int pad = (4 - scale % 4) % 4; // the fraction in whole groups of four digits
            long rest = unscaled;
            for (int i = 0; i < pad; i++) {
                rest *= 10;
            }
            int fractionGroups = (scale + pad) / 4;
            int n = 0; // groups[0..n) from the last (least significant) group
            while (rest > 0 || n < fractionGroups) {
                groups[n++] = (short) (rest % 10_000);
                rest /= 10_000;
            }
            int weight = n - fractionGroups - 1;
            int first = 0; // trailing zero groups (the least significant) are left out
            while (first < n && groups[first] == 0) {
                first++;
            }
            int last = n; // so are leading ones
            while (last > first && groups[last - 1] == 0) {
                last--;
                weight--;
            }
            int count = last - first;
            if (count == 0) {
                weight = 0;
            }
            field(4 + 8 + 2 * count);
            int32(8 + 2 * count);
            int16(count);
            int16(weight);
            int16(negative ? 0x4000 : 0);
            int16(scale);
            for (int i = last - 1; i >= first; i--) {
                int16(groups[i]);
            }
            return this;
        }

        /** The number of the digits {@code from} to {@code to} of {@code digits}, those outside it zeros. */
        private static int group(String digits, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                value = value * 10 + (i >= 0 && i < digits.length() ? digits.charAt(i) - '0' : 0);
            }
            return value;
        }

        /** Ends the row, which must have a value for every column. */
        public void end() {
            if (values != columns) {
                throw new IllegalArgumentException(values + " values for " + columns + " columns");
            }
            values = 0;
            rows++;
        }

        /** The bytes of the whole rows so far. */
        public int size() {
            return size;
        }

        public long rows() {
            return rows;
        }

        /** The whole rows so far, which this then no longer holds. */
        public byte[] take() {
            if (values != 0) {
                throw new IllegalStateException("A row is not ended");
            }
            byte[] taken = java.util.Arrays.copyOf(bytes, size);
            size = 0;
            return taken;
        }

        /** Room for a value of {@code length} bytes, after the row's field count when it is its first. */
        private void field(int length) {
            if (size + length + 2 > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length + 2));
            }
            if (values == 0) {
                int16(columns);
            }
            values++;
        }

        private void int16(int value) {
            bytes[size++] = (byte) (value >>> 8);
            bytes[size++] = (byte) value;
        }

        private void int32(int value) {
            bytes[size++] = (byte) (value >>> 24);
            bytes[size++] = (byte) (value >>> 16);
            bytes[size++] = (byte) (value >>> 8);
            bytes[size++] = (byte) value;
        }
    }
}
