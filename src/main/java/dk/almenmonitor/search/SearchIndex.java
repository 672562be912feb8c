package dk.almenmonitor.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import dk.almenmonitor.shared.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with its sources (docs/adr/0017). Before a search it reads the sources through their facades
 * and compares their fingerprint with the index's; only when they differ is the index rebuilt (in one transaction,
 * under a row lock, so searches meanwhile see the old index and concurrent rebuilds take turns). The read is skipped
 * when nothing can have changed: after any write another module audits (every write through a facade publishes an
 * {@link AuditEvent}; heard once it is committed) the next search reads again; otherwise the read is repeated at most
 * every {@code almen.search.recheck} (default 5 s), which bounds the staleness for writes that are not audited (the
 * sheet import, seed data) and for writes made by another instance.
 */
@Component
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    /** Security events change nothing search finds. */
    private static final List<String> IGNORED = List.of("LOGIN_", "LOGOUT", "ACCESS_", "AUTHORIZATION_", "ACCOUNT_",
            "SESSION_", "API_TOKEN_");

    private final SearchSources sources;
    private final SearchRepository repository;
    private final TransactionTemplate transaction;
    private final long recheckNanos;
    private final AtomicBoolean changed = new AtomicBoolean(true);
    private volatile long checkedAt;

    SearchIndex(SearchSources sources, SearchRepository repository, TransactionTemplate transaction,
                @Value("${almen.search.recheck:5s}") Duration recheck) {
        this.sources = sources;
        this.repository = repository;
        this.transaction = transaction;
        this.recheckNanos = recheck.toNanos();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AuditEvent event) {
        if (IGNORED.stream().noneMatch(event.action()::startsWith)) {
            changed.set(true);
        }
    }

    /** Brings the index up to date if its sources may have changed; true when it was rebuilt. */
    boolean refresh() {
        if (!changed.get() && System.nanoTime() - checkedAt < recheckNanos) {
            return false;
        }
        changed.set(false); // before reading: a write committed during the read sets it again
        List<SearchDocument> documents = sources.documents();
        String fingerprint = fingerprint(documents);
        boolean rebuilt = false;
        if (!fingerprint.equals(repository.fingerprint())) {
            rebuilt = Boolean.TRUE.equals(transaction.execute(tx -> {
                if (fingerprint.equals(repository.lockedFingerprint())) {
                    return false;
                }
                repository.replace(documents, fingerprint);
                return true;
            }));
            if (rebuilt) {
                log.info("Search index rebuilt: {} documents", documents.size());
            }
        }
        checkedAt = System.nanoTime();
        return rebuilt;
    }

    static String fingerprint(List<SearchDocument> documents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SearchDocument d : documents) {
                String row = String.join("\u0000", d.kind().name(), d.agreementId(), Long.toString(d.goalId()),
                        Objects.toString(d.period(), ""), Objects.toString(d.decisionId(), ""),
                        Objects.toString(d.decidedOn(), ""), Integer.toString(d.sortOrder()), d.heading(), d.title(),
                        d.body());
                digest.update(row.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
