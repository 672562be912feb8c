package dk.almenmonitor.agreement;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Aftaler", description = "Agreements, themes and goals")
class AgreementApiController {

    private final AgreementCatalog catalog;

    AgreementApiController(AgreementCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "All agreements")
    List<AgreementView> agreements() {
        return catalog.agreements();
    }

    @GetMapping("/{agreementId}")
    @Operation(summary = "One agreement with its goals in display order")
    AgreementWithGoals agreement(@PathVariable String agreementId) {
        AgreementView a = catalog.agreement(agreementId).orElseThrow(() -> RequestRefused.notFound(
                "agreement.refused.unknown", agreementId));
        return new AgreementWithGoals(a.id(), a.name(), a.parties(), a.validFrom(), a.validTo(), a.themes(),
                catalog.goals(agreementId));
    }

    record AgreementWithGoals(String id, String name, List<String> parties, LocalDate validFrom, LocalDate validTo,
                              List<ThemeView> themes, List<GoalView> goals) {
    }
}
