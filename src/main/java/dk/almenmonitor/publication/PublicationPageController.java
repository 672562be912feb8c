package dk.almenmonitor.publication;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's page for publishing an agreement (ADMIN): the state, the public address and the switch. */
@Controller
class PublicationPageController {

    private final Publications publications;
    private final PublicOverview overview;
    private final AgreementCatalog catalog;
    private final CurrentUsers users;

    PublicationPageController(Publications publications, PublicOverview overview, AgreementCatalog catalog,
                              CurrentUsers users) {
        this.publications = publications;
        this.overview = overview;
        this.catalog = catalog;
        this.users = users;
    }

    @GetMapping("/aftaler/{agreementId}/offentliggoerelse")
    @PreAuthorize("@access.admin('publication.refused.role')")
    String page(@PathVariable String agreementId, Model model) {
        AgreementView agreement = agreement(agreementId);
        model.addAttribute("agreement", agreement);
        model.addAttribute("published", publications.isPublished(agreement.id()));
        model.addAttribute("publicPath", PublicViewController.path(agreement.id()));
        model.addAttribute("approvedRounds", overview.approvedRounds(agreement.id()).size());
        model.addAttribute("navAgreementId", agreement.id());
        return "publication/admin";
    }

    @PostMapping("/aftaler/{agreementId}/offentliggoerelse")
    @PreAuthorize("@access.admin('publication.refused.role')")
    String set(@PathVariable String agreementId, @RequestParam(required = false) String published,
               RedirectAttributes redirect) {
        AgreementView agreement = agreement(agreementId);
        if (!"true".equals(published) && !"false".equals(published)) {
            throw RequestRefused.badRequest("publication.refused.published");
        }
        boolean on = publications.set(agreement.id(), Boolean.parseBoolean(published), users.current().orElse(null));
        redirect.addFlashAttribute("flash", on ? "publication.admin.published" : "publication.admin.withdrawn");
        return "redirect:/aftaler/" + agreement.id() + "/offentliggoerelse";
    }

    private AgreementView agreement(String agreementId) {
        return (agreementId.length() > Publications.MAX_AGREEMENT_ID ? java.util.Optional.<AgreementView>empty()
                : catalog.agreement(agreementId)).orElseThrow(() -> RequestRefused.notFound("publication.refused.noAgreement"));
    }
}
