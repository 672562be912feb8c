package dk.almenmonitor.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import dk.almenmonitor.shared.AuditEvent;

/**
 * Stores every {@link AuditEvent}. Runs just before the publisher's transaction commits, on the same connection, so a
 * write and its audit row commit together or not at all: a rolled-back write leaves no audit row, and a failing audit
 * insert rolls the write back. Events published outside a transaction (logins, denied requests) are stored at once
 * ({@code fallbackExecution}). Why not asynchronous: an audit log that can silently miss writes is no audit log.
 */
@Component
class AuditEventListener {

    private final AuditRepository repository;

    AuditEventListener(AuditRepository repository) {
        this.repository = repository;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AuditEvent event) {
        repository.append(event);
    }
}
