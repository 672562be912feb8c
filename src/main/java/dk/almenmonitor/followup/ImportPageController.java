package dk.almenmonitor.followup;

import java.io.IOException;

import dk.almenmonitor.agreement.AgreementCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The secretariat's upload page for the follow-up sheet; shows the import report, with every problem located. */
@Controller
class ImportPageController {

    private final AgreementSheetImporter importer;
    private final AgreementCatalog catalog;

    ImportPageController(AgreementSheetImporter importer, AgreementCatalog catalog) {
        this.importer = importer;
        this.catalog = catalog;
    }

    @GetMapping("/import")
    String form(Authentication user, Model model) {
        ImportApiController.requireAdmin(user);
        model.addAttribute("agreements", catalog.agreements());
        return "followup/import";
    }

    @PostMapping("/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String agreementId, Authentication user, Model model,
                  jakarta.servlet.http.HttpServletResponse response) throws IOException {
        ImportApiController.requireAdmin(user);
        model.addAttribute("agreements", catalog.agreements());
        if (file == null || file.isEmpty()) {
            model.addAttribute("missingFile", true);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "followup/import";
        }
        ImportReport report = importer.importSheet(file.getBytes(), file.getOriginalFilename(),
                agreementId == null || agreementId.isBlank() ? null : agreementId, user.getName());
        if (report.status() == ImportReport.ImportStatus.REJECTED) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("report", report);
        return "followup/import";
    }
}
