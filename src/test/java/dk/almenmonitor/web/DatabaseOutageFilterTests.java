package dk.almenmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are answered "prøv igen om lidt" (503): the database cannot be reached, not a wrong request. */
class DatabaseOutageFilterTests {

    private static final SQLTransientConnectionException POOL_TIMEOUT = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 5000ms",
            "08001", new SQLException("Connection refused", "08001", new ConnectException("Connection refused")));

    @Test
    void noConnectionFromThePoolIsAnOutageWhateverWrapsIt() {
        assertThat(DatabaseOutageFilter.unavailable(new CannotGetJdbcConnectionException("no connection", POOL_TIMEOUT)))
                .isTrue();
        assertThat(DatabaseOutageFilter.unavailable(new CannotCreateTransactionException("no transaction", POOL_TIMEOUT)))
                .isTrue();
        assertThat(DatabaseOutageFilter.unavailable(new ServletException("Request processing failed",
                new CannotCreateTransactionException("no transaction", POOL_TIMEOUT)))).isTrue();
        // the pool's timeout without a SQL state (the pool was merely busy for too long)
        assertThat(DatabaseOutageFilter.unavailable(new SQLTransientConnectionException("timed out"))).isTrue();
    }

    @Test
    void aConnectionThatBrokeOrAServerShuttingDownIsAnOutage() {
        assertThat(DatabaseOutageFilter.unavailable(new DataAccessResourceFailureException("I/O error",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseOutageFilter.unavailable(new DataAccessResourceFailureException("terminating",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutageFilter.unavailable(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        // Spring reports the failed rollback of a broken connection and keeps the statement's failure aside
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("I/O error",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(DatabaseOutageFilter.unavailable(rollback)).isTrue();
    }

    @Test
    void wrongRequestsAndProgrammingErrorsAreNot() {
        assertThat(DatabaseOutageFilter.unavailable(new DuplicateKeyException("duplicate",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseOutageFilter.unavailable(new DataIntegrityViolationException("check",
                new SQLException("violates check constraint", "23514")))).isFalse();
        assertThat(DatabaseOutageFilter.unavailable(new BadSqlGrammarException("query", "select",
                new SQLException("syntax error", "42601")))).isFalse();
        assertThat(DatabaseOutageFilter.unavailable(new TransactionSystemException("commit failed"))).isFalse();
        assertThat(DatabaseOutageFilter.unavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutageFilter.unavailable(new SQLException("no state"))).isFalse();
        // another server that cannot be reached (the mail server, the OIDC provider) is not the database
        assertThat(DatabaseOutageFilter.unavailable(new IllegalStateException("mail",
                new ConnectException("Connection refused")))).isFalse();
    }
}
