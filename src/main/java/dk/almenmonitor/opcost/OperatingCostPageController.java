package dk.almenmonitor.opcost;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.imports.ImportPipeline;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operating-cost benchmark page {@code /data/driftsudgifter} and its CSV download. */
@Controller
class OperatingCostPageController {

    static final String PAGE = "/data/driftsudgifter";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OperatingCosts costs;
    private final CurrentUsers users;
    private final ServedGoal goal;
    private final MessageSource messages;
    private final ImportPipeline imports;

    OperatingCostPageController(OperatingCosts costs, CurrentUsers users, ServedGoal goal, MessageSource messages,
                                ImportPipeline imports) {
        this.imports = imports;
        this.costs = costs;
        this.users = users;
        this.goal = goal;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String kategori,
                Model model) {
        CostMeasure measure = measure(kategori);
        List<Integer> years = costs.years();
        model.addAttribute("years", years);
        model.addAttribute("measures", Arrays.asList(CostMeasure.values()));
        model.addAttribute("measure", measure);
        model.addAttribute("goalLink", goal.link().orElse(null));
        if (years.isEmpty() && (year == null || year.isBlank())) {
            model.addAttribute("page", null);
            return "opcost/benchmark";
        }
        int resolved = YearParameter.resolve(year, years);
        BenchmarkView benchmark = costs.benchmark(resolved, costs.scope(users.current()))
                .orElseThrow(() -> RequestRefused.notFound("opcost.refused.unknownYear", String.valueOf(resolved)));
        BenchmarkCharts.Text text = (key, args) -> messages.getMessage(key, args, DanishFormat.DANISH);
        model.addAttribute("page", BenchmarkPage.of(benchmark, measure));
        // The import record says where the figures came from, and whether they are the synthetic demo set.
        model.addAttribute("source", benchmark.importId() == null ? null : imports.find(benchmark.importId()).orElse(null));
        model.addAttribute("charts", BenchmarkCharts.quartiles(benchmark, measure, text));
        model.addAttribute("departmentChart", BenchmarkCharts.departments(benchmark, text));
        return "opcost/benchmark";
    }

    @GetMapping(PAGE + ".csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String year,
                               @RequestParam(required = false) String niveau) {
        boolean departments = "afdelinger".equals(niveau);
        if (niveau != null && !niveau.isBlank() && !departments && !"grupper".equals(niveau)) {
            throw RequestRefused.badRequest("opcost.refused.level");
        }
        OperatingCosts.Scope scope = costs.scope(users.current());
        if (departments && scope.level().equals("NONE")) {
            throw RequestRefused.forbidden("opcost.refused.departments");
        }
        int resolved = YearParameter.resolve(year, costs.years());
        BenchmarkView benchmark = costs.benchmark(resolved, scope)
                .orElseThrow(() -> RequestRefused.notFound("opcost.refused.unknownYear", String.valueOf(resolved)));
        byte[] body = departments ? OperatingCostCsv.departments(benchmark) : OperatingCostCsv.groups(benchmark);
        String name = "driftsudgifter-" + resolved + (departments ? "-afdelinger" : "") + ".csv";
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .cacheControl(CacheControl.noStore().cachePrivate()).body(body);
    }

    private static CostMeasure measure(String key) {
        if (key == null || key.isBlank()) {
            return CostMeasure.TOTAL;
        }
        for (CostMeasure measure : CostMeasure.values()) {
            if (measure.key().equals(key)) {
                return measure;
            }
        }
        throw RequestRefused.badRequest("opcost.refused.category");
    }
}
