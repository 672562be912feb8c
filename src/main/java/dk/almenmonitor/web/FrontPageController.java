package dk.almenmonitor.web;

import java.util.List;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.followup.Achievement;
import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.RoundSummary;
import dk.almenmonitor.followup.RoundView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The front page of an agreement: its key figures for the latest round, all computed from the statuses. */
@Controller
class FrontPageController {

    private final AgreementCatalog catalog;
    private final FollowUpQueries followUp;

    FrontPageController(AgreementCatalog catalog, FollowUpQueries followUp) {
        this.catalog = catalog;
        this.followUp = followUp;
    }

    @GetMapping("/")
    String home(Model model) {
        List<AgreementView> agreements = catalog.agreements();
        if (agreements.size() == 1) {
            return "redirect:/aftaler/" + agreements.get(0).id();
        }
        model.addAttribute("agreements", agreements);
        return "web/agreements";
    }

    @GetMapping("/aftaler/{agreementId}")
    String agreement(@PathVariable String agreementId, Model model) {
        AgreementView agreement = catalog.agreement(agreementId).orElseThrow(() ->
                new ErrorResponseException(HttpStatus.NOT_FOUND,
                        ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "web.refused.noAgreement", null));
        model.addAttribute("agreement", agreement);
        model.addAttribute("navAgreementId", agreementId);
        model.addAttribute("rounds", followUp.rounds(agreementId));
        Optional<RoundView> latest = followUp.latestRound(agreementId);
        model.addAttribute("round", latest.orElse(null));
        if (latest.isPresent()) {
            String period = latest.get().period();
            List<GoalStatusRow> rows = followUp.table(agreementId, period);
            model.addAttribute("summary", RoundSummary.of(agreementId, period, rows));
            model.addAttribute("overdueRows", rows.stream().filter(GoalStatusRow::overdue).toList());
            model.addAttribute("quality", followUp.quality(latest.get(), rows));
            model.addAttribute("kinds", GoalKind.values());
            model.addAttribute("achievements", Achievement.values());
            model.addAttribute("quarterLabel", dk.almenmonitor.shared.Quarter.parse(period).orElseThrow().danish());
        }
        return "web/agreement";
    }
}
