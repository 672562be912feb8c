package dk.almenmonitor;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means that the database cannot be reached right now (stopped, restarting, failing over, or every
 * connection of the pool busy for longer than its timeout) rather than that a request was wrong: such a request is
 * answered 503 ("try again shortly"), not as an error in the system (docs/operations.md "Database outage"). Decided on
 * the JDBC causes alone, whatever wraps them (Spring's {@code CannotGetJdbcConnectionException},
 * {@code CannotCreateTransactionException}, {@code DataAccessResourceFailureException}, a servlet exception …):
 * <ul>
 *   <li>{@link SQLTransientConnectionException} – the pool gave up waiting for a connection;</li>
 *   <li>{@link SQLNonTransientConnectionException} and SQL state class {@code 08} – no connection, or it broke;</li>
 *   <li>SQL states {@code 57P01}–{@code 57P03} – the server is shutting down or not yet accepting connections.</li>
 * </ul>
 * A refused TCP connection counts only as the driver reports it (state {@code 08001}): other network failures (the
 * mail server, the OIDC provider) are not the database's.
 *
 * <p>Beside the database configuration ({@code EmbeddedPostgresConfiguration}) rather than in a module: it names JDBC
 * types, which inside the modules only repositories do, and both {@code identity} (logins) and {@code web} (the 503
 * answer) ask it.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
