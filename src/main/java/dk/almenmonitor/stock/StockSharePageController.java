package dk.almenmonitor.stock;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import dk.almenmonitor.chart.LineChart;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.indicator.IndicatorGoals;
import dk.almenmonitor.shared.DanishFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The monitor page {@code /data/almene-boliger}: the share of almene boliger over time (a line per method, the 20 %
 * goal as a reference line), the figures as a table with their source and import, a CSV download and the link to the
 * goal it serves (the goal with the target on the indicator). Every logged-in user may read it.
 */
@Controller
class StockSharePageController {

    static final String PATH = "/data/almene-boliger";

    /** A table row, formatted. */
    record Row(String cutoff, String method, String almene, String dwellings, String share, String source,
               String fileName, String importId, String importedAt) {
    }

    /** The goal the page serves. */
    record GoalLink(String href, String title) {
    }

    private final StockShares shares;
    private final ImportTexts texts;
    private final IndicatorGoals goals;
    private final java.math.BigDecimal goalPct;

    StockSharePageController(StockShares shares, ImportTexts texts, IndicatorGoals goals,
                             @Value("${almen.stock.goal-pct:20}") java.math.BigDecimal goalPct) {
        this.shares = shares;
        this.texts = texts;
        this.goals = goals;
        this.goalPct = goalPct;
    }

    @GetMapping(PATH)
    String page(Model model) {
        List<ShareView> all = shares.all(null);
        List<LocalDate> dates = new ArrayList<>(new TreeSet<>(all.stream().map(ShareView::cutoff).toList()));
        LineChart chart = LineChart.of(texts.text("stock.page.col.cutoff"),
                dates.stream().map(DanishFormat::shortDate).toList()).decimals(1)
                .reference(goalPct, texts.text("stock.page.goalLine", DanishFormat.number(goalPct, 0)));
        for (ShareMethod method : ShareMethod.values()) {
            List<ShareView> of = all.stream().filter(s -> s.methodCode() == method).toList();
            if (!of.isEmpty()) {
                chart.series(texts.text(method.messageKey()), dates.stream().map(d -> of.stream()
                        .filter(s -> s.cutoff().equals(d)).map(ShareView::sharePct).findFirst().orElse(null)).toList());
            }
        }
        model.addAttribute("chart", chart.build());
        model.addAttribute("rows", all.stream().map(this::row).toList());
        model.addAttribute("latest", shares.latest(null).map(this::row).orElse(null));
        model.addAttribute("municipality", shares.municipalityCode());
        model.addAttribute("goal", goal().orElse(null));
        return "stock/share";
    }

    @GetMapping(PATH + ".csv")
    ResponseEntity<byte[]> csv() {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord("opgoerelsesdato", "kommunekode", "metode", "almene_boliger", "boliger", "andel_pct",
                    "diskretionerede_celler", "kilde", "fil", "import_id", "importeret");
            for (ShareView s : shares.all(null)) {
                csv.printRecord(s.cutoff(), s.municipalityCode(), texts.text(s.methodCode().messageKey()), s.almene(),
                        s.dwellings(), DanishFormat.number(s.sharePct(), 1), s.suppressedCells(), cell(s.source()),
                        cell(s.fileName()), s.importId(), s.importedAt() == null ? "" : DanishFormat.inDenmark(
                                s.importedAt()).withNano(0).toString().replace('T', ' '));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("almene-boliger-andel.csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Row row(ShareView s) {
        return new Row(DanishFormat.date(s.cutoff()), texts.text(s.methodCode().messageKey()),
                DanishFormat.integer(s.almene()), DanishFormat.integer(s.dwellings()),
                DanishFormat.number(s.sharePct(), 1) + " %", s.source(), s.fileName(), s.importId().toString(),
                s.importedAt() == null ? "" : DanishFormat.date(DanishFormat.inDenmark(s.importedAt()).toLocalDate())
                        + " " + DanishFormat.inDenmark(s.importedAt()).toLocalTime().withNano(0).withSecond(0));
    }

    /** The goal the share serves (the goal with the target on the indicator {@value ShareRecorder#INDICATOR}). */
    Optional<GoalLink> goal() {
        return goals.of(ShareRecorder.INDICATOR).map(g -> new GoalLink(g.goalPath(), g.title()));
    }

    /**
     * A text a spreadsheet would take for a formula ({@code = + - @}, a tab or a carriage return first) gets a
     * leading apostrophe.
     */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
