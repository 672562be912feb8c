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
 * rows into a staging table. Rows are written in COPY's text format, buffered and sent in chunks of 256 KB, so
 * nothing but the buffer is held. The rows become visible (and lasting) only when the transaction commits; a
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
                    + ") FROM STDIN (FORMAT text)");
            return new Copy(copy, columns.length);
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
        private static final int CHUNK = 256 * 1024;

        private final CopyIn copy;
        private final int columns;
        private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
        private long rows;

        private Copy(CopyIn copy, int columns) {
            this.copy = copy;
            this.columns = columns;
        }

        /** Adds one row; {@code values} in the order of the columns: null, text, numbers, dates, booleans. */
        public void row(Object... values) {
            if (values.length != columns) {
                throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
            }
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                append(values[i]);
            }
            buffer.append('\n');
            rows++;
            if (buffer.length() >= CHUNK) {
                flush();
            }
        }

        private void append(Object value) {
            if (value == null) {
                buffer.append("\\N");
            } else if (value instanceof BigDecimal decimal) {
                buffer.append(decimal.toPlainString());
            } else if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate) {
                buffer.append(value);
            } else {
                String text = value.toString();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    switch (c) {
                        case '\\' -> buffer.append("\\\\");
                        case '\t' -> buffer.append("\\t");
                        case '\n' -> buffer.append("\\n");
                        case '\r' -> buffer.append("\\r");
                        default -> buffer.append(c);
                    }
                }
            }
        }

        private void flush() {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY failed", e);
            }
        }

        /** Sends the rest and ends the COPY; the number of rows PostgreSQL took. */
        public long finish() {
            flush();
            try {
                return copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("COPY failed", e);
            }
        }

        /** The rows added so far. */
        public long rows() {
            return rows;
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
}
