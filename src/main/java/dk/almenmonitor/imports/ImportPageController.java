package dk.almenmonitor.imports;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.almenmonitor.shared.DanishFormat;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one import page: {@code /import} lists every dataset the user may import, each with its format help, a form
 * and the latest imports; {@code /import/{page}} (e.g. {@code /import/observationer}) shows one dataset alone. After
 * an upload the page shows the report, every problem with its row and column (422 when the file was rejected).
 */
@Controller
class ImportPageController {

    static final int LATEST = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ImportPipeline pipeline;
    private final ImportAccess access;
    private final UploadLimits limits;
    private final MessageSource messages;

    ImportPageController(ImportPipeline pipeline, ImportAccess access, UploadLimits limits, MessageSource messages) {
        this.pipeline = pipeline;
        this.access = access;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/import")
    String all(Authentication user, Model model) {
        return view(access.requireImporter(user), model);
    }

    @GetMapping("/import/{page}")
    String one(@PathVariable String page, Authentication user, Model model) {
        return view(List.of(access.requirePage(page, user)), model);
    }

    /** A post to {@code /import} goes to the dataset named by {@code dataset}, else the first the user may import. */
    @PostMapping("/import")
    String uploadToAll(@RequestParam(name = "file", required = false) MultipartFile file,
                       @RequestParam(required = false) String dataset, @RequestParam Map<String, String> parameters,
                       Authentication user, Model model, HttpServletResponse response) throws IOException {
        List<ImportDataset<?>> importable = access.requireImporter(user);
        ImportDataset<?> target = dataset == null || dataset.isBlank() ? importable.get(0)
                : access.requireDataset(dataset, user);
        return upload(target, importable, file, parameters, user, model, response);
    }

    @PostMapping("/import/{page}")
    String uploadToOne(@PathVariable String page, @RequestParam(name = "file", required = false) MultipartFile file,
                       @RequestParam Map<String, String> parameters, Authentication user, Model model,
                       HttpServletResponse response) throws IOException {
        ImportDataset<?> target = access.requirePage(page, user);
        return upload(target, List.of(target), file, parameters, user, model, response);
    }

    private String upload(ImportDataset<?> target, List<ImportDataset<?>> shown, MultipartFile file,
                          Map<String, String> parameters, Authentication user, Model model,
                          HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("missingFile", true);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return view(shown, model);
        }
        ImportReport report;
        try (var upload = file.getInputStream()) {
            report = pipeline.importFile(target, upload, file.getOriginalFilename(),
                    ImportApiController.datasetParameters(parameters), user.getName());
        }
        if (!report.imported()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("report", report);
        model.addAttribute("reportDataset", target);
        model.addAttribute("reportLines", ReportLines.of(report,
                key -> messages.getMessage(key, null, null, DanishFormat.DANISH)));
        return view(shown, model);
    }

    private String view(List<ImportDataset<?>> shown, Model model) {
        model.addAttribute("datasets", shown);
        model.addAttribute("maxSizes", shown.stream().collect(Collectors.toMap(ImportDataset::name,
                d -> megabytes(limits.limitFor(d)))));
        Map<String, String> labels = shown.stream().collect(Collectors.toMap(ImportDataset::name, ImportDataset::labelKey));
        List<ImportReport> latest = shown.size() == 1 ? pipeline.latest(shown.get(0).name(), LATEST)
                : pipeline.latest(null, 5 * LATEST).stream().filter(r -> labels.containsKey(r.dataset())).limit(LATEST)
                .toList();
        model.addAttribute("latest", latest.stream().map(r -> new LatestImport(labels.get(r.dataset()),
                r.fileName(), r.status().name(), r.rows(), r.importedBy(),
                DanishFormat.inDenmark(r.importedAt()).format(WHEN))).toList());
        return "imports/import";
    }

    /** "10 MB", "512 MB", "1,5 MB": the upload limit as the page states it (MB of 1024 × 1024 bytes). */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return DanishFormat.number(mb, bytes % (1024 * 1024) == 0 ? 0 : 1) + " MB";
    }

    /** A line of the latest imports: the time in Danish time. */
    record LatestImport(String labelKey, String fileName, String status, int rows, String importedBy, String when) {
    }
}
