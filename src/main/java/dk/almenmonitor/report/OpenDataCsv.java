package dk.almenmonitor.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.stereotype.Component;

/**
 * The open-data export as CSV the way Danish Excel opens it: {@code ;}-separated, UTF-8 with BOM, CRLF line ends,
 * one row per goal and round (goals without any status get one row with empty status fields). Text that a spreadsheet
 * would take for a formula is prefixed with {@code '}.
 */
@Component
class OpenDataCsv {

    static final List<String> HEADER = List.of("aftale_id", "maalsaetning_id", "type", "tema", "raekkefoelge",
            "maalsaetning", "indhold", "tid", "tid_fra", "tid_til", "tovholder", "tovholder_koder", "konkret",
            "relateret_maalsaetning_id", "kvartal", "status", "uaendret", "grund_til_forsinkelse",
            "forventet_indfrielse", "forventet_fra", "forventet_til", "maalopfyldelse", "overskredet", "opdateret");

    private final ReportMessages text;

    OpenDataCsv(ReportMessages text) {
        this.text = text;
    }

    byte[] write(OpenDataExport.Export export) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord(HEADER);
            for (OpenDataExport.Goal goal : export.goals()) {
                List<OpenDataExport.Status> statuses = goal.statuses().isEmpty()
                        ? java.util.Collections.singletonList(null) : goal.statuses();
                for (OpenDataExport.Status s : statuses) {
                    csv.printRecord(row(export, goal, s));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<String> row(OpenDataExport.Export export, OpenDataExport.Goal g, OpenDataExport.Status s) {
        List<String> row = new ArrayList<>(List.of(export.agreementId(), String.valueOf(g.id()), g.kind(),
                String.valueOf(g.theme()), String.valueOf(g.order()), CellText.csv(g.title()), CellText.csv(g.content()),
                CellText.csv(g.deadline().text()), date(g.deadline().from()), date(g.deadline().to()),
                CellText.csv(g.ownersText()), String.join(",", g.owners()), g.concrete() ? "ja" : "nej",
                g.relatedGoalId() == null ? "" : String.valueOf(g.relatedGoalId())));
        if (s == null) {
            row.addAll(java.util.Collections.nCopies(HEADER.size() - row.size(), ""));
            return row;
        }
        row.addAll(List.of(s.period(), CellText.csv(s.statusText()), s.unchanged() ? "ja" : "nej",
                CellText.csv(s.delayReason()), CellText.csv(s.expectedFulfilment().text()),
                date(s.expectedFulfilment().from()), date(s.expectedFulfilment().to()),
                s.achievement() == null ? "" : text.get("followup.achievement." + s.achievement()),
                s.overdue() ? "ja" : "nej", s.updatedAt() == null ? "" : s.updatedAt().toInstant().toString()));
        return row;
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
