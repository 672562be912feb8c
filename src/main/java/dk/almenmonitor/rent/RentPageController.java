package dk.almenmonitor.rent;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.almenmonitor.indicator.IndicatorGoals;
import dk.almenmonitor.shared.DanishFormat;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The rent monitor page {@code /data/husleje} and its CSV, for any logged-in user. */
@Controller
class RentPageController {

    private final RentQueries queries;
    private final RentMonitor monitor;
    private final IndicatorGoals goals;

    RentPageController(RentQueries queries, RentMonitor monitor, IndicatorGoals goals) {
        this.queries = queries;
        this.monitor = monitor;
        this.goals = goals;
    }

    @GetMapping("/data/husleje")
    String page(@RequestParam(required = false) String cutoff, @RequestParam(required = false) String type,
                @RequestParam(required = false) String band, Model model) {
        model.addAttribute("goals", goals.measuredBy(LowRentPublisher.INDICATOR));
        List<java.time.LocalDate> cutoffs = queries.cutoffs();
        model.addAttribute("cutoffs", cutoffs);
        if (cutoffs.isEmpty() && (cutoff == null || cutoff.isBlank())) {
            return "rent/husleje";
        }
        RentQueries.Snapshot snapshot = queries.snapshot(cutoff);
        RentRepository.CutoffRecord c = snapshot.cutoff();
        List<RentMonitor.BandLabel> bands = monitor.bandLabels(c.bandLimits());
        RentMonitor.Filter filter = RentMonitor.filter(type, band, bands.size());
        model.addAttribute("cutoff", c);
        model.addAttribute("cutoffText", DanishFormat.date(c.cutoff()));
        java.time.LocalDateTime imported = DanishFormat.inDenmark(c.importedAt());
        model.addAttribute("importedDate", DanishFormat.date(imported.toLocalDate()));
        model.addAttribute("importedTime", imported.toLocalTime().withSecond(0).withNano(0).toString());
        model.addAttribute("filter", filter);
        model.addAttribute("types", List.of(HousingType.values()));
        model.addAttribute("typeLabels", java.util.Arrays.stream(HousingType.values())
                .collect(java.util.stream.Collectors.toMap(HousingType::name, monitor::typeLabel)));
        model.addAttribute("bands", bands);
        model.addAttribute("shownBands", bands.stream()
                .filter(b -> filter.band() == null || filter.band() == b.index()).toList());
        model.addAttribute("rows", monitor.table(snapshot.bands(), filter, bands.size()));
        model.addAttribute("chart", monitor.chart(snapshot.bands(), filter, bands));
        model.addAttribute("low", RentApiController.view(c));
        model.addAttribute("thresholdText", DanishFormat.integer(c.threshold()));
        return "rent/husleje";
    }

    /** The cut-off's rows within the filter: {@code ;}-separated UTF-8 with a BOM, as Danish Excel opens it. */
    @GetMapping("/data/husleje.csv")
    void csv(@RequestParam(required = false) String cutoff, @RequestParam(required = false) String type,
             @RequestParam(required = false) String band, HttpServletResponse response) throws IOException {
        RentQueries.Snapshot snapshot = queries.snapshot(cutoff);
        RentRepository.CutoffRecord c = snapshot.cutoff();
        List<RentMonitor.BandLabel> bands = monitor.bandLabels(c.bandLimits());
        RentMonitor.Filter filter = RentMonitor.filter(type, band, bands.size());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"husleje-" + c.cutoff() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        out.write("opgoerelsesdato;postnr;boligtype;husleje_fra_kr;husleje_til_kr;boliger;import_id\r\n");
        for (RentRepository.BandCount row : snapshot.bands()) {
            if (filter.shows(row)) {
                out.write(c.cutoff() + ";" + row.postalCode() + ";" + row.housingType().code() + ";"
                        + (row.bandFrom() == null ? "" : row.bandFrom()) + ";" + (row.bandTo() == null ? "" : row.bandTo())
                        + ";" + row.dwellings() + ";" + c.importId() + "\r\n");
            }
        }
        out.flush();
    }
}
