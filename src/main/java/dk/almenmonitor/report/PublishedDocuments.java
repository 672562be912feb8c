package dk.almenmonitor.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.RoundState;
import dk.almenmonitor.followup.RoundView;
import org.springframework.stereotype.Component;

/**
 * The documents of approved rounds only, for the public view (publication module): Bilag 1 of an approved round (for
 * its HTML page and as PDF) and the open-data export restricted to approved rounds. Whether an agreement is published
 * at all is the caller's concern; what is never shown (open rounds) is enforced here, where the data is put together.
 *
 * <p>Bilag 1's page and PDF come from the same {@link DocumentCache} as the logged-in documents, under the same
 * {@link DocumentVersions version} (docs/adr/0020), in slots of their own: the public Bilag 1 leaves out the previous
 * quarter's texts when that round is not approved, so it is not always the logged-in document. The caller checks
 * publication on every request, before anything here, so a withdrawn agreement is never served from the cache.
 */
@Component
public class PublishedDocuments {

    private final Bilag1Builder builder;
    private final FollowUpQueries followUp;
    private final PdfRenderer pdf;
    private final OpenDataExport export;
    private final OpenDataCsv csv;
    private final DocumentVersions versions;
    private final DocumentCache cache;

    PublishedDocuments(Bilag1Builder builder, FollowUpQueries followUp, PdfRenderer pdf, OpenDataExport export,
                       OpenDataCsv csv, DocumentVersions versions, DocumentCache cache) {
        this.versions = versions;
        this.cache = cache;
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

    /**
     * The version of the round's public Bilag 1 (for the ETag), read from the database on every call; empty when the
     * round is missing or not approved. Read it before {@link #approvedBilag1Page} / {@link #approvedBilag1Pdf}.
     */
    public Optional<String> approvedVersion(String agreementId, String period) {
        return versions.bilag1(agreementId, period);
    }

    /**
     * The public Bilag 1 page, rendered by {@code render} from {@link #approvedBilag1} at most once per version and
     * kept. Empty when the round is no longer approved (reopened after the version was read).
     */
    public Optional<byte[]> approvedBilag1Page(String agreementId, String period, String version,
                                               Function<Bilag1, byte[]> render) {
        return cached(DocumentCache.Kind.PUBLIC_BILAG1_HTML, agreementId, period, version, render);
    }

    /** Bilag 1 as PDF (the committee print), like {@link #approvedBilag1Page}. */
    public Optional<byte[]> approvedBilag1Pdf(String agreementId, String period, String version) {
        return cached(DocumentCache.Kind.PUBLIC_BILAG1_PDF, agreementId, period, version,
                b -> pdf.render("report/bilag1-print", Map.of("bilag1", b)));
    }

    /** The PDF's file name, like {@code bilag1-kk-bl1-2015-2018-2017-Q1.pdf}. */
    public static String bilag1PdfName(String agreementId, String period) {
        return ReportDownloads.fileName("pdf", "bilag1", agreementId, period);
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

    private Optional<byte[]> cached(DocumentCache.Kind kind, String agreementId, String period, String version,
                                    Function<Bilag1, byte[]> render) {
        try {
            return Optional.of(cache.bytes(kind, agreementId, period, version,
                    () -> render.apply(approvedBilag1(agreementId, period).orElseThrow(NoLongerApproved::new))));
        } catch (NoLongerApproved e) {
            return Optional.empty();
        }
    }

    /** The round was reopened between reading the version and building the document: nothing is kept. */
    private static final class NoLongerApproved extends RuntimeException {
        NoLongerApproved() {
            super(null, null, false, false);
        }
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
