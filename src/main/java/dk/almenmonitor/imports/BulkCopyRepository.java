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
 * ({@link BinaryCopyRows}), which PostgreSQL takes in faster. The rows become visible (and lasting) only when the transaction commits; a
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
     * Starts a COPY in PostgreSQL's binary format, for rows formatted with {@link BinaryCopyRows} and {@link Copy#send
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
                started.write(BinaryCopyRows.HEADER, BinaryCopyRows.HEADER.length);
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
        private final CopyTextRows buffer;
        private final boolean binary;

        private Copy(CopyIn copy, int columns, boolean binary) {
            this.copy = copy;
            this.buffer = new CopyTextRows(columns);
            this.binary = binary;
        }

        /** Adds one row; {@code values} in the order of the columns: null, text, numbers, dates, booleans. */
        public void row(Object... values) {
            if (binary) {
                throw new IllegalStateException("A binary COPY takes rows from BinaryCopyRows, sent ready-made");
            }
            buffer.row(values);
            if (buffer.size() >= CHUNK) {
                flush();
            }
        }

        /**
         * Sends rows formatted elsewhere, after those added here: for a binary COPY, {@link BinaryCopyRows#take()}'s bytes
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
                write(BinaryCopyRows.TRAILER, BinaryCopyRows.TRAILER.length);
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

}
