package dk.almenmonitor.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.followup.FollowUpQueries;
import org.springframework.stereotype.Component;

/**
 * The version of an approved round's documents, derived from the database on every request, the same on every instance
 * (docs/adr/0020): the follow-up data the documents read ({@link FollowUpQueries#approvedVersion}: the agreement's
 * rounds with their states and state changes, the statuses of the round and the two before it) and the agreement's
 * content ({@link AgreementCatalog#contentVersion}: name, themes, goals, owners). The organisations behind the owner
 * notation are reference data read once per instance (no write path), the templates and texts are the deployment's.
 * Empty when the round is missing or not approved: such a round is rendered fresh for every request.
 */
@Component
class DocumentVersions {

    private final FollowUpQueries followUp;
    private final AgreementCatalog catalog;

    DocumentVersions(FollowUpQueries followUp, AgreementCatalog catalog) {
        this.followUp = followUp;
        this.catalog = catalog;
    }

    /**
     * Bilag 1's version; read before the document is built, so a change meanwhile can only make the stored rendering
     * older than its version, never newer. Two single statements without a transaction (fewest round trips: this is
     * on the path of every request for the documents).
     */
    Optional<String> bilag1(String agreementId, String period) {
        return followUp.approvedVersion(agreementId, period)
                .flatMap(round -> catalog.contentVersion(agreementId).map(agreement -> digest(round + "/" + agreement)));
    }

    /** A short hex digest (SHA-256, 128 bits) of the text: for versions and ETags. */
    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
