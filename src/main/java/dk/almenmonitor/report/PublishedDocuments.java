package dk.almenmonitor.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.RoundState;
import dk.almenmonitor.followup.RoundView;
import org.springframework.stereotype.Component;

/**
 * The documents of approved rounds only, for the public view (publication module): Bilag 1 of an approved round (for
 * its HTML page and as PDF) and the open-data export restricted to approved rounds. Whether an agreement is published
 * at all is the caller's concern; what is never shown (open rounds) is enforced here, where the data is put together.
 */
@Component
public class PublishedDocuments {

    private final Bilag1Builder builder;
    private final FollowUpQueries followUp;
    private final PdfRenderer pdf;
    private final OpenDataExport export;
    private final OpenDataCsv csv;

    PublishedDocuments(Bilag1Builder builder, FollowUpQueries followUp, PdfRenderer pdf, OpenDataExport export,
                       OpenDataCsv csv) {
        this.builder = builder;
        this.followUp = followUp;
        this.pdf = pdf;
        this.export = export;
        this.csv = csv;
    }

    /**
     * Bilag 1 of the round when it is APPROVED, else empty. When the round before it is not approved (it was reopened),
     * the "previous quarter" column is left empty rather than showing that round's unapproved texts.
     */
    public Optional<Bilag1> approvedBilag1(String agreementId, String period) {
        Optional<RoundView> round = followUp.round(agreementId, period);
        if (round.isEmpty() || round.get().state() != RoundState.APPROVED) {
            return Optional.empty();
        }
        return builder.build(agreementId, round.get().period()).map(b -> previousApproved(agreementId, b) ? b : withoutPrevious(b));
    }

    /** Bilag 1 as PDF (the committee print), for a Bilag 1 from {@link #approvedBilag1}. */
    public byte[] bilag1Pdf(Bilag1 bilag1) {
        return pdf.render("report/bilag1-print", Map.of("bilag1", bilag1));
    }

    /** The PDF's file name, like {@code bilag1-kk-bl1-2015-2018-2017-Q1.pdf}. */
    public String bilag1PdfName(Bilag1 bilag1) {
        return ReportDownloads.fileName("pdf", "bilag1", bilag1.agreementId(), bilag1.round().period());
    }

    /** The open-data export (the JSON of {@code /api/v1/agreements/{id}/export.json}) with approved rounds only. */
    public Optional<Object> approvedOpenDataJson(String agreementId) {
        return export.export(agreementId, PublishedDocuments::approved).map(e -> e);
    }

    /** The same as CSV (';', UTF-8 with BOM, CRLF). */
    public Optional<byte[]> approvedOpenDataCsv(String agreementId) {
        return export.export(agreementId, PublishedDocuments::approved).map(csv::write);
    }

    /** The CSV's file name, like {@code aabne-data-kk-bl1-2015-2018.csv}. */
    public static String openDataCsvName(String agreementId) {
        return ReportDownloads.fileName("csv", "aabne-data", agreementId);
    }

    private static boolean approved(RoundView round) {
        return round.state() == RoundState.APPROVED;
    }

    private boolean previousApproved(String agreementId, Bilag1 bilag1) {
        RoundView previous = null;
        for (RoundView r : followUp.rounds(agreementId)) {
            if (r.period().equals(bilag1.round().period())) {
                break;
            }
            previous = r;
        }
        return previous == null || approved(previous);
    }

    private static Bilag1 withoutPrevious(Bilag1 b) {
        List<Bilag1.Section> sections = b.sections().stream().map(s -> new Bilag1.Section(s.kind(), s.rows().stream()
                .map(r -> new Bilag1.Row(new GoalStatusRow(r.row().goal(), r.row().status(), null), r.owners()))
                .toList())).toList();
        return new Bilag1(b.agreementId(), b.agreementName(), b.round(), b.currentLabel(), null, sections);
    }
}
