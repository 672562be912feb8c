package dk.almenmonitor.eviction;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.chart.BarChart;
import dk.almenmonitor.indicator.IndicatorGoals;
import dk.almenmonitor.indicator.ObservationLookup;
import dk.almenmonitor.shared.DanishFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The monitor page {@code /data/udsaettelser} and its CSV download, for every logged-in user. */
@Controller
class EvictionPageController {

    /**
     * A row of the table: the period in Danish, the count, how it was found, the indicator's value when it differs
     * (another source kept), the file and import.
     */
    record Row(String period, String evictions, String method, String indicatorValue, String fileName, String importId,
               String importedAt) {
    }

    private final EvictionFigures figures;
    private final IndicatorGoals goals;
    private final ObservationLookup observations;
    private final MessageSource messages;

    EvictionPageController(EvictionFigures figures, IndicatorGoals goals, ObservationLookup observations,
                           MessageSource messages) {
        this.figures = figures;
        this.goals = goals;
        this.observations = observations;
        this.messages = messages;
    }

    @GetMapping("/data/udsaettelser")
    String page(Model model) {
        List<EvictionRepository.Figure> all = figures.all();
        model.addAttribute("goal", goals.of(EvictionLoader.INDICATOR).orElse(null));
        model.addAttribute("municipality", figures.municipality());
        model.addAttribute("target", DanishFormat.integer(EvictionSettings.TARGET));
        model.addAttribute("targetYear", String.valueOf(EvictionSettings.TARGET_YEAR));
        model.addAttribute("hasData", !all.isEmpty());
        if (all.isEmpty()) {
            return "eviction/page";
        }
        List<EvictionRepository.Figure> years = all.stream().filter(f -> f.half() == null).toList();
        model.addAttribute("chart", BarChart.of(text("eviction.col.year"),
                        years.stream().map(f -> String.valueOf(f.year())).toList())
                .series(text("eviction.chart.series"), years.stream().map(EvictionRepository.Figure::evictions).toList())
                .reference(EvictionSettings.TARGET, text("eviction.chart.target")).build());
        List<Row> rows = new ArrayList<>();
        for (EvictionRepository.Figure f : all) {
            Optional<ObservationLookup.Current> indicator = observations.find(EvictionLoader.INDICATOR, f.period(), null);
            String differs = indicator
                    .filter(o -> o.value().compareTo(java.math.BigDecimal.valueOf(f.evictions())) != 0)
                    .map(o -> DanishFormat.number(o.value(), 0)).orElse(null);
            rows.add(new Row(period(f), DanishFormat.integer(f.evictions()), text("eviction.method." + f.method()),
                    differs, f.fileName(), f.importId().toString(), when(f.importedAt())));
        }
        model.addAttribute("rows", rows);
        EvictionRepository.Figure latest = years.isEmpty() ? null : years.get(years.size() - 1);
        model.addAttribute("latestYear", latest == null ? null : String.valueOf(latest.year()));
        model.addAttribute("latestValue", latest == null ? null : DanishFormat.integer(latest.evictions()));
        return "eviction/page";
    }

    @GetMapping(value = "/data/udsaettelser.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv() {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord("periode", "kommunekode", "udsaettelser", "metode", "maal_2017", "fil", "import_id");
            for (EvictionRepository.Figure f : figures.all()) {
                csv.printRecord(f.period(), figures.municipality(), f.evictions(),
                        f.method().equals("HALVES") ? "sum_af_halvaar" : "som_opgjort", EvictionSettings.TARGET,
                        f.fileName(), f.importId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("udsaettelser.csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String period(EvictionRepository.Figure f) {
        return f.half() == null ? String.valueOf(f.year())
                : messages.getMessage("eviction.half", new Object[] {String.valueOf(f.half()), String.valueOf(f.year())},
                        DanishFormat.DANISH);
    }

    private String text(String key) {
        return messages.getMessage(key, null, DanishFormat.DANISH);
    }

    private static String when(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        LocalDateTime local = DanishFormat.inDenmark(at);
        return DanishFormat.date(local.toLocalDate()) + " kl. " + DateTimeFormatter.ofPattern("HH.mm").format(local);
    }
}
