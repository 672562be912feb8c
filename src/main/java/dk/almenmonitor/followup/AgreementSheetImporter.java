package dk.almenmonitor.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.almenmonitor.agreement.AgreementDraft;
import dk.almenmonitor.organisation.OwnerParseResult;
import dk.almenmonitor.organisation.Organisations;
import dk.almenmonitor.shared.BoundedProblems;
import dk.almenmonitor.shared.Quarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Imports the municipality's follow-up sheet (PRODUCT.md C4): all or nothing, with a report either way. */
@Service
public class AgreementSheetImporter {

    static final String DATASET = "agreement-sheet";
    private static final Logger log = LoggerFactory.getLogger(AgreementSheetImporter.class);
    private static final Pattern AGREEMENT_TITLE =
            Pattern.compile("(Hovedaftale\\s+mellem\\s+(.+?)\\s+og\\s+(.+?)\\s+(\\d{4})\\s*-\\s*(\\d{2}|\\d{4}))\\s*$");
    private static final Pattern AGREEMENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final SheetFileReader reader;
    private final AgreementSheetParser parser;
    private final SheetWriter writer;
    private final Organisations organisations;
    private final ImportReportRepository reports;
    private final TransactionTemplate transactions;

    AgreementSheetImporter(SheetFileReader reader, AgreementSheetParser parser, SheetWriter writer,
                           Organisations organisations, ImportReportRepository reports,
                           TransactionTemplate transactions) {
        this.reader = reader;
        this.parser = parser;
        this.writer = writer;
        this.organisations = organisations;
        this.reports = reports;
        this.transactions = transactions;
    }

    /**
     * Imports the file; a rejected file leaves the data untouched. The report is stored either way: an imported
     * sheet's report in the same transaction as its data, so a failing save leaves no half import behind.
     */
    public ImportReport importSheet(byte[] content, String fileName, String agreementId, String user) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String safeName = safeFileName(fileName);
        String format = null;
        String encoding = null;
        int rows = 0;
        try {
            RawSheet raw = reader.read(content);
            format = raw.format();
            encoding = raw.encoding();
            ParsedSheet sheet = parser.parse(raw);
            rows = sheet.goals().size();
            AgreementDraft agreement = agreementOf(sheet, agreementId);
            List<String> warnings = warnings(sheet);
            String readFormat = format;
            String readEncoding = encoding;
            int readRows = rows;
            ImportReport report = transactions.execute(tx -> {
                SheetWriter.Result result = writer.write(agreement, sheet, user);
                ImportReport imported = new ImportReport(id, DATASET, ImportReport.ImportStatus.IMPORTED, safeName,
                        readFormat, readEncoding, readRows, agreement.id(),
                        sheet.quarters().stream().map(Quarter::toString).toList(), result.goals(), result.statuses(),
                        List.of(), warnings, user, now);
                reports.save(imported);
                return imported;
            });
            log.info("Imported agreement sheet {} into {}: goals {}, statuses {}", id, agreement.id(),
                    report.goals(), report.statuses());
            return report;
        } catch (RejectedFileException e) {
            ImportReport report = new ImportReport(id, DATASET, ImportReport.ImportStatus.REJECTED, safeName, format,
                    encoding, rows, safeAgreementId(agreementId), List.of(), ImportReport.Counts.NONE,
                    ImportReport.Counts.NONE, e.problems(), List.of(), user, now);
            log.info("Rejected agreement sheet {}: {} problem(s)", id, e.problems().size());
            reports.save(report);
            return report;
        }
    }

    /** A requested agreement id goes into a rejected report only when it is one (it is not checked otherwise). */
    private static String safeAgreementId(String agreementId) {
        return agreementId != null && AGREEMENT_ID.matcher(agreementId).matches() ? agreementId : null;
    }

    private AgreementDraft agreementOf(ParsedSheet sheet, String requestedId) {
        Matcher m = sheet.title() == null ? null : AGREEMENT_TITLE.matcher(sheet.title());
        boolean titled = m != null && m.find();
        List<String> parties = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        if (titled) {
            for (String party : List.of(m.group(2), m.group(3))) {
                OwnerParseResult parsed = organisations.parseOwners(party);
                if (parsed.valid() && parsed.codes().size() == 1) {
                    parties.addAll(parsed.codes());
                } else {
                    problems.add(new ImportProblem(1, "A", "Parten \"" + BoundedProblems.excerpt(party)
                            + "\" i titlen er ikke en kendt organisation."));
                }
            }
        }
        String id = requestedId;
        if (id == null || id.isBlank()) {
            if (!titled || !problems.isEmpty()) {
                problems.add(new ImportProblem(1, "A", "Aftalen kan ikke udledes af titelrækken (\"… Hovedaftale mellem "
                        + "<part> og <part> ÅÅÅÅ-ÅÅÅÅ\"); angiv agreementId."));
                throw new RejectedFileException(problems);
            }
            id = String.join("-", parties.stream().map(AgreementSheetImporter::slug).toList()) + "-"
                    + m.group(4) + "-" + fullYear(m.group(4), m.group(5));
        } else if (!AGREEMENT_ID.matcher(id).matches()) {
            throw new RejectedFileException("agreementId skal bestå af små bogstaver a-z, cifre og bindestreger.");
        }
        if (!titled) {
            return new AgreementDraft(id, sheet.title() != null ? sheet.title() : id, List.of(), null, null);
        }
        int from = Integer.parseInt(m.group(4));
        int to = fullYear(m.group(4), m.group(5));
        return new AgreementDraft(id, m.group(1), parties, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    private static List<String> warnings(ParsedSheet sheet) {
        List<String> warnings = new ArrayList<>();
        Quarter latest = sheet.quarters().get(sheet.quarters().size() - 1);
        if (sheet.reportQuarter() != null && !sheet.reportQuarter().equals(latest)) {
            warnings.add("Titlen siger status pr. " + sheet.reportQuarter().danish() + ", men den seneste statuskolonne er "
                    + latest.danish() + ".");
        }
        return warnings;
    }

    private static int fullYear(String from, String to) {
        return to.length() == 2 ? Integer.parseInt(from.substring(0, 2) + to) : Integer.parseInt(to);
    }

    private static String slug(String code) {
        return code.toLowerCase(Locale.ROOT).replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
                .replaceAll("[^a-z0-9]", "");
    }

    /** File names end up in reports and pages; keep printable characters only and cap the length. */
    static String safeFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replaceAll("[\\p{Cntrl}]", "").replaceAll(".*[/\\\\]", "");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
