package dk.almenmonitor.newbuild;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.almenmonitor.chart.BarChart;
import dk.almenmonitor.indicator.IndicatorGoals;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The monitor page {@code /data/nybyggeri} and its CSV download, for every logged-in user. */
@Controller
class NewbuildPageController {

    /** A row of the commitments table: a year, its dwellings per type and in total (formatted). */
    record CommitmentRow(int year, String family, String youth, String elderly, String total) {
    }

    /** A row of the pipeline table. */
    record StageRow(String stage, String projects, String family, String youth, String elderly, String total) {
    }

    private final NewbuildFigures figures;
    private final IndicatorGoals goals;
    private final MessageSource messages;

    NewbuildPageController(NewbuildFigures figures, IndicatorGoals goals, MessageSource messages) {
        this.figures = figures;
        this.goals = goals;
        this.messages = messages;
    }

    @GetMapping("/data/nybyggeri")
    String page(@RequestParam(required = false) String year, Model model) {
        Integer wanted = NewbuildFigures.parseYear(year);
        model.addAttribute("commitmentsGoal", goals.of(NewbuildLoader.COMMITMENTS).orElse(null));
        model.addAttribute("smallCheapGoal", goals.of(NewbuildLoader.SMALL_CHEAP).orElse(null));
        Optional<NewbuildFigures.Figures> found = figures.ofIfAny(wanted);
        if (found.isEmpty()) {
            return "newbuild/page";
        }
        NewbuildFigures.Figures f = found.get();
        model.addAttribute("f", f);
        model.addAttribute("yearText", String.valueOf(f.year()));
        model.addAttribute("importedAt", when(f.importedAt()));
        model.addAttribute("commitmentRows", commitmentRows(f));
        model.addAttribute("stageRows", stageRows(f));
        model.addAttribute("committedChart", committedChart(f));
        model.addAttribute("pipelineChart", pipelineChart(f));
        NewbuildFigures.SmallCheap s = f.smallCheap();
        model.addAttribute("shareText", s.sharePct() == null ? null : DanishFormat.number(s.sharePct(), 1) + " %");
        model.addAttribute("thresholdText", s.thresholdDkk() == null ? null
                : DanishFormat.number(s.thresholdDkk(), 0));
        model.addAttribute("committedText", DanishFormat.integer(f.committedSince2015()));
        model.addAttribute("targetText", DanishFormat.integer(f.targetDwellings()));
        model.addAttribute("urbanFamilyText", DanishFormat.integer(s.dwellings()));
        model.addAttribute("smallText", DanishFormat.integer(s.smallCheap()));
        return "newbuild/page";
    }

    @GetMapping(value = "/data/nybyggeri.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) {
        NewbuildFigures.Figures f = figures.of(NewbuildFigures.parseYear(year));
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord("maaling", "aar", "boligtype", "stadie", "projekter", "vaerdi", "enhed", "import_id");
            for (NewbuildFigures.Commitment c : f.commitments()) {
                csv.printRecord("skema_a_tilsagn", c.year(), c.housingType().word(), "", c.projects(), c.dwellings(),
                        "boliger", f.importId());
            }
            csv.printRecord("skema_a_siden_2015", f.year(), "", "", "", f.committedSince2015(), "boliger", f.importId());
            for (NewbuildFigures.StageFigures s : f.pipeline()) {
                csv.printRecord("pipeline", f.year(), "", s.stage(), s.projects(), s.dwellings(), "boliger", f.importId());
            }
            NewbuildFigures.SmallCheap s = f.smallCheap();
            csv.printRecord("smaa_billige_boliger", f.year(), "familie", "", "", s.smallCheap(), "boliger", f.importId());
            csv.printRecord("familieboliger_byudvikling", f.year(), "familie", "", "", s.dwellings(), "boliger",
                    f.importId());
            csv.printRecord("smaa_billige_andel", f.year(), "familie", "", "", decimal(s.sharePct()), "%", f.importId());
            csv.printRecord("huslejegraense_2014_pl", NewbuildFigures.THRESHOLD_PRICE_YEAR, "", "", "",
                    decimal(s.thresholdDkk2014()), "kr./md.", "");
            csv.printRecord("huslejegraense_indekseret", f.year(), "", "", "", decimal(s.thresholdDkk()), "kr./md.", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("nybyggeri-" + f.year() + ".csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    private List<CommitmentRow> commitmentRows(NewbuildFigures.Figures f) {
        List<CommitmentRow> rows = new ArrayList<>();
        f.commitments().stream().map(NewbuildFigures.Commitment::year).distinct().forEach(year -> {
            int[] by = new int[HousingType.values().length];
            f.commitments().stream().filter(c -> c.year() == year)
                    .forEach(c -> by[c.housingType().ordinal()] += c.dwellings());
            rows.add(new CommitmentRow(year, DanishFormat.integer(by[0]), DanishFormat.integer(by[1]),
                    DanishFormat.integer(by[2]), DanishFormat.integer(by[0] + by[1] + by[2])));
        });
        return rows;
    }

    private List<StageRow> stageRows(NewbuildFigures.Figures f) {
        return f.pipeline().stream().map(s -> {
            Map<HousingType, Integer> by = s.byHousingType();
            return new StageRow(text("newbuild.stage." + s.stage()), DanishFormat.integer(s.projects()),
                    DanishFormat.integer(by.get(HousingType.FAMILY)), DanishFormat.integer(by.get(HousingType.YOUTH)),
                    DanishFormat.integer(by.get(HousingType.ELDERLY)), DanishFormat.integer(s.dwellings()));
        }).toList();
    }

    /** Skema A dwellings since 1 January 2015 at the end of each year from 2015, against 2.000. */
    private BarChart.Model committedChart(NewbuildFigures.Figures f) {
        List<String> years = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        int running = 0;
        for (int y = NewbuildRepository.COUNT_FROM_YEAR; y <= f.year(); y++) {
            final int year = y;
            running += f.commitments().stream().filter(c -> c.year() == year)
                    .mapToInt(NewbuildFigures.Commitment::dwellings).sum();
            years.add(String.valueOf(y));
            values.add(running);
        }
        return BarChart.of(text("newbuild.col.year"), years).series(text("newbuild.chart.committed.series"), values)
                .reference(f.targetDwellings(), text("newbuild.chart.target")).build();
    }

    /** Dwellings per stage at the end of the year, per housing type. */
    private BarChart.Model pipelineChart(NewbuildFigures.Figures f) {
        List<String> stages = f.pipeline().stream().map(s -> text("newbuild.stage." + s.stage())).toList();
        BarChart chart = BarChart.of(text("newbuild.col.stage"), stages);
        for (HousingType t : HousingType.values()) {
            chart.series(text("newbuild.type." + t.name()),
                    f.pipeline().stream().map(s -> s.byHousingType().get(t)).toList());
        }
        return chart.build();
    }

    private String text(String key) {
        return messages.getMessage(key, null, DanishFormat.DANISH);
    }

    /** "1. december 2026 kl. 12.15" in Danish time. */
    static String when(java.time.OffsetDateTime at) {
        java.time.LocalDateTime local = DanishFormat.inDenmark(at);
        return DanishFormat.date(local.toLocalDate()) + " kl. "
                + java.time.format.DateTimeFormatter.ofPattern("HH.mm").format(local);
    }
}
