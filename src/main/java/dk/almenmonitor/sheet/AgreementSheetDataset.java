package dk.almenmonitor.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementDraft;
import dk.almenmonitor.identity.Role;
import dk.almenmonitor.imports.BoundedProblems;
import dk.almenmonitor.imports.ImportDataset;
import dk.almenmonitor.imports.ImportField;
import dk.almenmonitor.imports.ImportFile;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.imports.LoadedImport;
import dk.almenmonitor.imports.ParsedImport;
import dk.almenmonitor.organisation.Organisations;
import dk.almenmonitor.organisation.OwnerParseResult;
import dk.almenmonitor.shared.Quarter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code agreement-sheet} dataset of the import pipeline: the municipality's follow-up sheet, for
 * the secretariat. Parsing reads and validates the whole sheet and the agreement it is for; loading stores it in the
 * pipeline's transaction, all or nothing, and a second import of the same sheet changes nothing.
 */
@Component
@Order(10)
class AgreementSheetDataset implements ImportDataset<AgreementSheetDataset.Sheet> {

    static final String DATASET = "agreement-sheet";
    static final String AGREEMENT_PARAMETER = "agreementId";
    private static final Pattern AGREEMENT_TITLE =
            Pattern.compile("(Hovedaftale\\s+mellem\\s+(.+?)\\s+og\\s+(.+?)\\s+(\\d{4})\\s*-\\s*(\\d{2}|\\d{4}))\\s*$");
    private static final Pattern AGREEMENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    /** A parsed sheet and the agreement it is for. */
    record Sheet(AgreementDraft agreement, ParsedSheet sheet) {
    }

    private final SheetFileReader reader;
    private final AgreementSheetParser parser;
    private final SheetWriter writer;
    private final Organisations organisations;
    private final AgreementCatalog catalog;
    private final ImportTexts texts;

    AgreementSheetDataset(SheetFileReader reader, AgreementSheetParser parser, SheetWriter writer,
                          Organisations organisations, AgreementCatalog catalog, ImportTexts texts) {
        this.texts = texts;
        this.reader = reader;
        this.parser = parser;
        this.writer = writer;
        this.organisations = organisations;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return DATASET;
    }

    @Override
    public String labelKey() {
        return "followup.import.title";
    }

    @Override
    public String formatHelpKey() {
        return "followup.import.lead";
    }

    @Override
    public boolean mayImport(Role role) {
        return role == Role.ADMIN;
    }

    @Override
    public String importedKey() {
        return "followup.import.ok";
    }

    @Override
    public List<ImportField> fields() {
        return List.of(new ImportField(AGREEMENT_PARAMETER, "followup.import.agreement", "followup.import.agreement.hint",
                "followup.import.agreement.derive", catalog.agreements().stream()
                .map(a -> new ImportField.Choice(a.id(), a.name())).toList()));
    }

    @Override
    public ParsedImport<Sheet> parse(ImportFile file) {
        String agreementId = file.parameter(AGREEMENT_PARAMETER);
        String format = null;
        String encoding = null;
        int rows = 0;
        try {
            RawSheet raw = reader.read(file.content());
            format = raw.format();
            encoding = raw.encoding();
            ParsedSheet sheet = parser.parse(raw);
            rows = sheet.goals().size();
            AgreementDraft agreement = agreementOf(sheet, agreementId);
            List<ImportProblem> refused = writer.refusals(agreement, sheet);
            if (!refused.isEmpty()) {
                throw new ImportRejectedException(refused);
            }
            return new ParsedImport<>(new Sheet(agreement, sheet), format, encoding, rows, warnings(sheet));
        } catch (ImportRejectedException e) {
            throw e.orElse(format, encoding, rows, rejectedDetails(safeAgreementId(agreementId)));
        }
    }

    @Override
    public LoadedImport load(ParsedImport<Sheet> parsed, String user) {
        Sheet sheet = parsed.data();
        try {
            SheetWriter.Result result = writer.write(sheet.agreement(), sheet.sheet(), user);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("agreementId", sheet.agreement().id());
            details.put("rounds", sheet.sheet().quarters().stream().map(Quarter::toString).toList());
            details.put("goals", result.goals());
            details.put("statuses", result.statuses());
            return new LoadedImport(details);
        } catch (ImportRejectedException e) {
            throw e.orElse(null, null, 0, rejectedDetails(sheet.agreement().id()));
        }
    }

    private static Map<String, Object> rejectedDetails(String agreementId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("agreementId", agreementId);
        details.put("rounds", List.of());
        details.put("goals", SheetWriter.Counts.NONE);
        details.put("statuses", SheetWriter.Counts.NONE);
        return details;
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
                    problems.add(texts.problem(1, "A", "sheet.title.unknownParty", BoundedProblems.excerpt(party)));
                }
            }
        }
        String id = requestedId;
        if (id == null || id.isBlank()) {
            if (!titled || !problems.isEmpty()) {
                problems.add(texts.problem(1, "A", "sheet.title.noAgreement"));
                throw new ImportRejectedException(problems);
            }
            id = String.join("-", parties.stream().map(AgreementSheetDataset::slug).toList()) + "-"
                    + m.group(4) + "-" + fullYear(m.group(4), m.group(5));
        } else if (!AGREEMENT_ID.matcher(id).matches()) {
            throw texts.rejected("sheet.agreementId");
        }
        if (!titled) {
            return new AgreementDraft(id, sheet.title() != null ? sheet.title() : id, List.of(), null, null);
        }
        int from = Integer.parseInt(m.group(4));
        int to = fullYear(m.group(4), m.group(5));
        return new AgreementDraft(id, m.group(1), parties, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    private List<String> warnings(ParsedSheet sheet) {
        List<String> warnings = new ArrayList<>();
        Quarter latest = sheet.quarters().get(sheet.quarters().size() - 1);
        if (sheet.reportQuarter() != null && !sheet.reportQuarter().equals(latest)) {
            warnings.add(texts.text("sheet.title.quarterMismatch", sheet.reportQuarter().danish(), latest.danish()));
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
}
