package dk.almenmonitor.report;

import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class Bilag1PageController {

    private final Bilag1Builder builder;
    private final FollowUpQueries followUp;

    Bilag1PageController(Bilag1Builder builder, FollowUpQueries followUp) {
        this.builder = builder;
        this.followUp = followUp;
    }

    /** The latest round's Bilag 1. */
    @GetMapping("/aftaler/{agreementId}/bilag1")
    String latest(@PathVariable String agreementId) {
        RoundView round = followUp.latestRound(agreementId).orElseThrow(() -> RequestRefused.notFound("report.refused.noRounds"));
        return "redirect:/reports/" + agreementId + "/" + round.period() + "/bilag1.html";
    }

    @GetMapping("/reports/{agreementId}/{period}/bilag1.html")
    String bilag1(@PathVariable String agreementId, @PathVariable String period, Model model) {
        Bilag1 bilag1 = builder.build(agreementId, period).orElseThrow(() -> RequestRefused.notFound(
                "report.refused.noBilag1", agreementId, period));
        model.addAttribute("bilag1", bilag1);
        model.addAttribute("navAgreementId", agreementId);
        return "report/bilag1";
    }
}
