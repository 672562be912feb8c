package dk.almenmonitor.publication;

import java.util.Map;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.Refusal;
import dk.almenmonitor.shared.AuditEvent;
import dk.almenmonitor.shared.RequestRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether an agreement is published ({@link #isPublished}) and the secretariat's switch ({@link #set}). */
@Service
@Transactional(readOnly = true)
public class Publications {

    /** The longest agreement id looked up; anything longer is simply not published. */
    static final int MAX_AGREEMENT_ID = 100;

    private final PublicationRepository repository;
    private final AgreementCatalog catalog;
    private final ApplicationEventPublisher events;

    Publications(PublicationRepository repository, AgreementCatalog catalog, ApplicationEventPublisher events) {
        this.repository = repository;
        this.catalog = catalog;
        this.events = events;
    }

    /** Whether the agreement exists (published or not). */
    public boolean exists(String agreementId) {
        return agreementId.length() <= MAX_AGREEMENT_ID && catalog.exists(agreementId);
    }

    /** True only for an existing agreement the secretariat has published. */
    public boolean isPublished(@Nullable String agreementId) {
        return agreementId != null && agreementId.length() <= MAX_AGREEMENT_ID && catalog.exists(agreementId)
                && repository.isPublished(agreementId);
    }

    /**
     * Publishes or withdraws the agreement (ADMIN only; unknown agreement 404). Audited as {@code PUBLICATION_CHANGED}
     * with the state before and after, also when nothing changed (the secretariat's action is what is recorded).
     */
    @Transactional
    public boolean set(String agreementId, boolean published, @Nullable CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new Refusal("publication.refused.role");
        }
        if (agreementId.length() > MAX_AGREEMENT_ID || !catalog.exists(agreementId)) {
            throw RequestRefused.notFound("publication.refused.noAgreement");
        }
        boolean before = repository.isPublished(agreementId);
        repository.set(agreementId, published, user.username());
        events.publishEvent(AuditEvent.of(user.username(), "PUBLICATION_CHANGED", agreementId + "/publication",
                Map.of("before", String.valueOf(before), "after", String.valueOf(published))));
        return published;
    }
}
