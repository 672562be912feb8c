package dk.almenmonitor.indicator;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Importér tal": the data stewards and the secretariat upload observations for the indicators as Danish Excel saves
 * a CSV, and get the same report as the API ({@code POST /api/v1/imports/observations}), errors by row and column.
 */
@Controller
class ObservationImportPageController {

    static final String PAGE = "/import/observationer";

    private final ObservationImporter importer;
    private final IndicatorQueries indicators;

    ObservationImportPageController(ObservationImporter importer, IndicatorQueries indicators) {
        this.importer = importer;
        this.indicators = indicators;
    }

    @GetMapping(PAGE)
    String form(Authentication user, Model model) {
        ObservationImportAccess.requireImporter(user);
        return view(model);
    }

    @PostMapping(PAGE)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Authentication user, Model model,
                  HttpServletResponse response) throws IOException {
        ObservationImportAccess.requireImporter(user);
        if (file == null || file.isEmpty()) {
            model.addAttribute("missingFile", true);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return view(model);
        }
        ObservationImportReport report = importer.importFile(file.getBytes(), file.getOriginalFilename(), user.getName(),
                ObservationImporter.Existing.REVISE);
        if (report.status() == ObservationImportReport.ImportStatus.REJECTED) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("report", report);
        return view(model);
    }

    private String view(Model model) {
        model.addAttribute("indicators", indicators.indicators());
        return "indicator/import";
    }
}
