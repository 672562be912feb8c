package dk.almenmonitor.energy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.chart.BarChart;
import dk.almenmonitor.chart.LineChart;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.imports.ImportReport;
import dk.almenmonitor.indicator.IndicatorGoals;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monitor pages {@code /data/energimaerker} and {@code /data/varme} with their CSV downloads, for every logged-in
 * user; the heat per department (with quartiles and the worst tenth) only for whom may see departments.
 */
@Controller
class EnergyPageController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** Where the page's figures came from: the import, its file and when. */
    record Source(String importId, String fileName, String importedAt) {

        static Source of(Optional<ImportReport> imported) {
            return imported.map(i -> new Source(i.importId().toString(), i.fileName(),
                    DanishFormat.date(DanishFormat.inDenmark(i.importedAt()).toLocalDate()))).orElse(null);
        }
    }

    record LabelYearRow(String year, String asOf, String labelled, String eOrWorse, String share) {
    }

    record ClassRow(String name, String labels, boolean eOrWorse) {
    }

    record OrganisationRow(String organisation, String departments, String eOrWorse) {
    }

    record HeatYearRow(String year, String degreeDays, String departments, String kwhPerM2, String normalised,
                       boolean selected) {
    }

    record DepartmentRow(String key, String name, String area, String kwhPerM2, String normalised, int quartile,
                         boolean worst) {
    }

    private final EnergyQueries queries;
    private final CurrentUsers users;
    private final IndicatorGoals goals;
    private final EnergyTexts texts;

    EnergyPageController(EnergyQueries queries, CurrentUsers users, IndicatorGoals goals, EnergyTexts texts) {
        this.queries = queries;
        this.users = users;
        this.goals = goals;
        this.texts = texts;
    }

    @GetMapping("/data/energimaerker")
    String labels(@RequestParam(required = false) String asOf, Model model) {
        LocalDate date = EnergyApiController.date(asOf);
        Optional<EnergyQueries.LabelsAnswer> answer = queries.labels(date);
        model.addAttribute("goals", goals.measuredBy(EnergyIndicators.LABEL_SHARE));
        model.addAttribute("answer", answer.orElse(null));
        if (answer.isEmpty()) {
            return "energy/labels";
        }
        EnergyQueries.LabelsAnswer a = answer.get();
        model.addAttribute("asOf", a.asOf());
        model.addAttribute("asOfText", DanishFormat.date(a.asOf()));
        model.addAttribute("extractText", DanishFormat.date(a.extractDate()));
        model.addAttribute("source", Source.of(queries.latestLabelLoad().flatMap(l ->
                queries.imported(l.importId()))));
        model.addAttribute("labelled", DanishFormat.integer(a.labelled()));
        model.addAttribute("eOrWorse", DanishFormat.integer(a.eOrWorse()));
        model.addAttribute("share", percent(a.eOrWorseSharePct()));
        model.addAttribute("baselineShare", percent(a.baselineSharePct()));
        model.addAttribute("targetShare", percent(a.targetSharePct()));

        List<ClassRow> classes = new ArrayList<>();
        a.byClass().forEach((c, n) -> classes.add(new ClassRow(c, DanishFormat.integer(n),
                LabelClass.valueOf(c).eOrWorse())));
        model.addAttribute("classes", classes);
        model.addAttribute("classChart", BarChart.of(texts.text("energy.labels.col.class"),
                new ArrayList<>(a.byClass().keySet())).series(texts.text("energy.labels.col.labels"),
                new ArrayList<>(a.byClass().values())).build());

        List<EnergyLabelRepository.Year> years = queries.labelYears();
        List<LabelYearRow> rows = new ArrayList<>();
        List<BigDecimal> shares = new ArrayList<>();
        for (EnergyLabelRepository.Year y : years) {
            BigDecimal share = EnergyLabelRepository.share(y.eOrWorse(), y.labelled());
            shares.add(share);
            rows.add(new LabelYearRow(String.valueOf(y.year()), DanishFormat.shortDate(y.asOf()),
                    DanishFormat.integer(y.labelled()), DanishFormat.integer(y.eOrWorse()), percent(share)));
        }
        model.addAttribute("years", rows);
        LineChart shareChart = LineChart.of(texts.text("energy.labels.col.year"),
                years.stream().map(y -> String.valueOf(y.year())).toList())
                .series(texts.text("energy.labels.chart.share"), shares).decimals(1);
        if (a.targetSharePct() != null) {
            shareChart.reference(a.targetSharePct(), texts.text("energy.labels.chart.target",
                    DanishFormat.number(a.targetSharePct(), 1)));
        }
        model.addAttribute("shareChart", shareChart.build());

        model.addAttribute("organisations", a.organisations().stream().map(o -> new OrganisationRow(
                o.name() == null ? String.valueOf(o.organisationNo()) : o.organisationNo() + " " + o.name(),
                DanishFormat.integer(o.departments()), DanishFormat.integer(o.departmentsEOrWorse()))).toList());
        return "energy/labels";
    }

    @GetMapping(value = "/data/energimaerker.csv", produces = "text/csv")
    ResponseEntity<byte[]> labelsCsv() {
        List<String> header = new ArrayList<>(List.of("aar", "opgjort_pr", "maerker"));
        LabelClass.ALL.forEach(c -> header.add(c.name()));
        header.addAll(List.of("e_g", "e_g_andel_pct"));
        List<List<String>> rows = new ArrayList<>();
        for (EnergyLabelRepository.Year y : queries.labelYears()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(y.year()), y.asOf().toString(),
                    String.valueOf(y.labelled())));
            LabelClass.ALL.forEach(c -> row.add(String.valueOf(y.byClass().get(c))));
            row.add(String.valueOf(y.eOrWorse()));
            row.add(decimal(EnergyLabelRepository.share(y.eOrWorse(), y.labelled())));
            rows.add(row);
        }
        return csv(header, rows, "energimaerker.csv");
    }

    @GetMapping("/data/varme")
    String heat(@RequestParam(required = false) String year, Model model) {
        model.addAttribute("goals", goals.measuredBy(EnergyIndicators.HEAT));
        Optional<Integer> latest = queries.latestHeatYear();
        if (latest.isEmpty()) {
            model.addAttribute("answer", null);
            return "energy/heat";
        }
        int y = year == null || year.isBlank() ? latest.get() : EnergyApiController.year(year, queries);
        EnergyQueries.HeatAnswer a = queries.heat(y, users.current().orElse(null))
                .orElseThrow(() -> RequestRefused.notFound("energy.refused.noHeatYear", String.valueOf(y)));
        model.addAttribute("answer", a);
        model.addAttribute("year", String.valueOf(a.year()));
        model.addAttribute("source", Source.of(queries.heatLoad(y).flatMap(l ->
                queries.imported(l))));
        model.addAttribute("degreeDays", a.degreeDays() == null ? null : DanishFormat.number(a.degreeDays(), 0));
        model.addAttribute("hotWater", DanishFormat.number(a.hotWaterShare(), 2));
        model.addAttribute("kwh", DanishFormat.number(a.sectorKwhPerM2(), 1));
        model.addAttribute("normalised", number(a.sectorKwhPerM2Normalised()));
        model.addAttribute("baseline", number(a.baselineKwhPerM2Normalised()));
        model.addAttribute("target", number(a.targetKwhPerM2Normalised()));

        List<HeatRepository.Sector> sectors = queries.heatYears();
        model.addAttribute("years", sectors.stream().map(s -> new HeatYearRow(String.valueOf(s.year()),
                s.degreeDays() == null ? "–" : DanishFormat.number(s.degreeDays(), 0),
                DanishFormat.integer(s.departments()), DanishFormat.number(s.kwhPerM2(), 1),
                s.kwhPerM2Normalised() == null ? "–" : DanishFormat.number(s.kwhPerM2Normalised(), 1),
                s.year() == a.year())).toList());
        LineChart chart = LineChart.of(texts.text("energy.heat.col.year"),
                sectors.stream().map(s -> String.valueOf(s.year())).toList())
                .series(texts.text("energy.heat.chart.normalised"),
                        sectors.stream().map(HeatRepository.Sector::kwhPerM2Normalised).toList())
                .series(texts.text("energy.heat.chart.actual"),
                        sectors.stream().map(HeatRepository.Sector::kwhPerM2).toList()).decimals(1);
        if (a.targetKwhPerM2Normalised() != null) {
            chart.reference(a.targetKwhPerM2Normalised(), texts.text("energy.heat.chart.target",
                    DanishFormat.number(a.targetKwhPerM2Normalised(), 1)));
        }
        model.addAttribute("chart", chart.build());

        if (a.quartiles() != null) {
            model.addAttribute("q1", number(a.quartiles().q1()));
            model.addAttribute("median", number(a.quartiles().median()));
            model.addAttribute("q3", number(a.quartiles().q3()));
            model.addAttribute("worstFrom", number(a.quartiles().worstTenPercentFrom()));
            model.addAttribute("worstCount", DanishFormat.integer(a.quartiles().worstTenPercentCount()));
        }
        model.addAttribute("departments", a.departments().stream().map(d -> new DepartmentRow(
                d.organisationNo() + "-" + d.departmentNo(), d.name(), DanishFormat.number(d.heatedAreaM2(), 0),
                DanishFormat.number(d.kwhPerM2(), 1), number(d.kwhPerM2Normalised()), d.quartile(),
                d.worstTenPercent())).toList());
        return "energy/heat";
    }

    @GetMapping(value = "/data/varme.csv", produces = "text/csv")
    ResponseEntity<byte[]> heatCsv() {
        List<List<String>> rows = new ArrayList<>();
        for (HeatRepository.Sector s : queries.heatYears()) {
            rows.add(List.of(String.valueOf(s.year()), decimal(s.degreeDays()), String.valueOf(s.departments()),
                    decimal(s.mwh()), decimal(s.heatedAreaM2()), decimal(s.kwhPerM2()), decimal(s.hotWaterShare()),
                    decimal(s.kwhPerM2Normalised())));
        }
        return csv(List.of("aar", "graddage", "afdelinger", "mwh", "opvarmet_areal_m2", "kwh_m2", "varmtvandsandel",
                "kwh_m2_normaliseret"), rows, "varme.csv");
    }

    private static String percent(BigDecimal value) {
        return value == null ? null : DanishFormat.number(value, 1) + " %";
    }

    private static String number(BigDecimal value) {
        return value == null ? null : DanishFormat.number(value, 1);
    }

    /** A decimal as Danish Excel reads it: comma, no thousands separator; empty when missing. */
    static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static ResponseEntity<byte[]> csv(List<String> header, List<List<String>> rows, String fileName) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
