package dk.almenmonitor.followup;

import java.util.List;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.shared.Quarter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/agreements/{agreementId}/rounds")
@Tag(name = "Opfølgning", description = "Quarterly rounds, statuses, summary and quality check")
class FollowUpApiController {

    private final AgreementCatalog catalog;
    private final FollowUpQueries queries;

    FollowUpApiController(AgreementCatalog catalog, FollowUpQueries queries) {
        this.catalog = catalog;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "The agreement's rounds, oldest first")
    List<RoundView> rounds(@PathVariable String agreementId) {
        requireAgreement(agreementId);
        return queries.rounds(agreementId);
    }

    @GetMapping("/{period}/statuses")
    @Operation(summary = "Every status of a round (period like 2017-Q1)")
    List<StatusView> statuses(@PathVariable String agreementId, @PathVariable String period) {
        requireRound(agreementId, period);
        return queries.statuses(agreementId, period);
    }

    @GetMapping("/{period}/summary")
    @Operation(summary = "Counts: concrete goals, fulfilled, intents, kind × achievement, overdue, unchanged")
    RoundSummary summary(@PathVariable String agreementId, @PathVariable String period) {
        requireRound(agreementId, period);
        return queries.summary(agreementId, period);
    }

    @GetMapping("/{period}/quality")
    @Operation(summary = "The quality check: missing statuses, overdue without delay reason, unchanged")
    QualityReport quality(@PathVariable String agreementId, @PathVariable String period) {
        requireRound(agreementId, period);
        return queries.quality(agreementId, period);
    }

    private void requireAgreement(String agreementId) {
        if (!catalog.exists(agreementId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aftalen '" + agreementId + "' findes ikke.");
        }
    }

    private void requireRound(String agreementId, String period) {
        requireAgreement(agreementId);
        if (Quarter.parse(period).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Perioden '" + period + "' skal skrives som ÅÅÅÅ-QN, fx 2017-Q1.");
        }
        if (queries.round(agreementId, period).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Aftalen '" + agreementId + "' har ingen opfølgningsrunde " + period + ".");
        }
    }
}
