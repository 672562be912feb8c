package dk.almenmonitor.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.identity.Access;
import dk.almenmonitor.shared.Quarter;
import dk.almenmonitor.shared.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The redegørelse page for an agreement and year: the secretariat (ADMIN) writes the free-text sections there (a plain
 * CSRF-protected form; every save is kept), everyone else reads them with their history; links to the documents.
 */
@Controller
class RedegoerelsePageController {

    private final AgreementCatalog catalog;
    private final FollowUpQueries followUp;
    private final ReportTexts texts;
    private final Access access;

    RedegoerelsePageController(AgreementCatalog catalog, FollowUpQueries followUp, ReportTexts texts, Access access) {
        this.access = access;
        this.catalog = catalog;
        this.followUp = followUp;
        this.texts = texts;
    }

    @GetMapping("/aftaler/{agreementId}/redegoerelse/{year}")
    String page(@PathVariable String agreementId, @PathVariable int year,
                @RequestParam(name = "gemt", required = false) String saved, Authentication user, Model model) {
        prepare(agreementId, year, user, model);
        model.addAttribute("savedSection", Arrays.stream(TextSection.values()).map(Enum::name)
                .filter(n -> n.equals(saved)).findFirst().orElse(null));
        return "report/redegoerelse";
    }

    @PostMapping("/aftaler/{agreementId}/redegoerelse/{year}")
    @PreAuthorize("@access.admin()")
    String save(@PathVariable String agreementId, @PathVariable int year, @RequestParam String section,
                @RequestParam(required = false) String text, Authentication user, Model model,
                HttpServletResponse response) {
        agreement(agreementId, year);
        TextSection target = Arrays.stream(TextSection.values()).filter(s -> s.name().equals(section)).findFirst()
                .orElseThrow(() -> RequestRefused.badRequest("report.refused.unknownSection"));
        if (ReportTexts.tooLong(text)) {
            prepare(agreementId, year, user, model);
            model.addAttribute("tooLong", target.name());
            model.addAttribute("draft", Map.of(target.name(), ReportTexts.clean(text).substring(0, ReportTexts.MAX_LENGTH)));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "report/redegoerelse";
        }
        texts.save(agreementId, year, target, text, user.getName());
        return "redirect:/aftaler/" + agreementId + "/redegoerelse/" + year + "?gemt=" + target.name() + "#tekst-" + target.name();
    }

    private void prepare(String agreementId, int year, Authentication user, Model model) {
        AgreementView agreement = agreement(agreementId, year);
        List<RoundView> rounds = followUp.rounds(agreementId).stream()
                .filter(r -> r.period().startsWith(year + "-")).toList();
        model.addAttribute("agreement", agreement);
        model.addAttribute("year", year);
        model.addAttribute("rounds", rounds);
        model.addAttribute("sections", TextSection.values());
        model.addAttribute("texts", texts.current(agreementId, year));
        model.addAttribute("history", texts.history(agreementId, year));
        model.addAttribute("canEdit", access.admin());
        model.addAttribute("maxLength", ReportTexts.MAX_LENGTH);
        model.addAttribute("navAgreementId", agreementId);
    }

    private AgreementView agreement(String agreementId, int year) {
        Optional<AgreementView> agreement = catalog.agreement(agreementId);
        if (agreement.isEmpty() || year < Quarter.MIN_YEAR || year > Quarter.MAX_YEAR) {
            throw RequestRefused.notFound("report.refused.noAgreement");
        }
        return agreement.get();
    }
}
