package dk.almenmonitor.energy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dk.almenmonitor.imports.BoundedProblems;
import dk.almenmonitor.imports.DateText;
import dk.almenmonitor.imports.DecimalText;

/**
 * One energy label as a file gives it, validated field by field the same way for the CSV and the EMO JSON
 * ({@link Cells} is the row as either format has it). Bounds: identifiers of at most 64 printable characters, dates
 * 1990–2100 with ValidTo not before ValidFrom, a four-digit postal code, organisation numbers 1–99999 and department numbers 0–99999
 * given together or not at all.
 */
record LabelRow(int row, String serialId, LabelClass classification, String givenAs, LocalDate validFrom,
                LocalDate validTo, String status, boolean withdrawn, Integer postalCode, String bbrBuilding,
                Integer organisationNo, Integer departmentNo) {

    static final String SERIAL = "energimaerke_id";
    static final String CLASS = "klassifikation";
    static final String FROM = "gyldig_fra";
    static final String TO = "gyldig_til";
    static final String STATUS = "status";
    static final String POSTAL = "postnr";
    static final String BUILDING = "bbr_bygning";
    static final String ORGANISATION = "organisationsnr";
    static final String DEPARTMENT = "afdelingsnr";

    /** Statuses of a label that no longer counts (lower case): cancelled or withdrawn by the register. */
    static final Set<String> WITHDRAWN = Set.of("annulleret", "annulled", "cancelled", "canceled", "tilbagekaldt",
            "revoked", "slettet", "deleted", "ugyldig", "invalid");

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{N}._:/ -]{1,64}");
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final Pattern ISO_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T[0-9:.]+(Z|[+-][0-9:]+)?");

    /** A row's cells by column key, and where a problem with a cell is recorded. */
    interface Cells {
        int number();

        String text(String key);

        void error(String key, String messageKey, Object... args);
    }

    /** The validated label, or null when the row has an error (recorded through {@code cells}). */
    static LabelRow read(Cells cells) {
        boolean ok = true;
        String serial = cells.text(SERIAL);
        if (serial == null) {
            cells.error(SERIAL, "imports.cell.missing");
            ok = false;
        } else if (!IDENTIFIER.matcher(serial).matches()) {
            cells.error(SERIAL, "energy.import.badIdentifier", BoundedProblems.excerpt(serial));
            ok = false;
        }
        String given = cells.text(CLASS);
        LabelClass classification = null;
        if (given == null) {
            cells.error(CLASS, "imports.cell.missing");
            ok = false;
        } else {
            classification = LabelClass.parse(given).orElse(null);
            if (classification == null) {
                cells.error(CLASS, "imports.cell.unknownCode", BoundedProblems.excerpt(given), LabelClass.allowed());
                ok = false;
            }
        }
        LocalDate from = date(cells, FROM);
        LocalDate to = date(cells, TO);
        ok &= from != null && to != null;
        if (from != null && to != null && to.isBefore(from)) {
            cells.error(TO, "energy.import.endsBeforeStart", cells.text(TO), cells.text(FROM));
            ok = false;
        }
        String status = cells.text(STATUS);
        if (status != null && status.length() > 40) {
            cells.error(STATUS, "energy.import.tooLong", BoundedProblems.excerpt(status), 40);
            ok = false;
        }
        Long postal = integer(cells, POSTAL, 1000, 9999);
        String building = cells.text(BUILDING);
        if (building != null && building.length() > 200) {
            cells.error(BUILDING, "energy.import.tooLong", BoundedProblems.excerpt(building), 200);
            ok = false;
        }
        Long organisation = integer(cells, ORGANISATION, 1, 99_999);
        Long department = integer(cells, DEPARTMENT, 0, 99_999);
        ok &= (cells.text(POSTAL) == null || postal != null) && (cells.text(ORGANISATION) == null || organisation != null)
                && (cells.text(DEPARTMENT) == null || department != null);
        if ((organisation == null) != (department == null) && ok) {
            String missing = organisation == null ? ORGANISATION : DEPARTMENT;
            cells.error(missing, "energy.import.departmentHalf");
            ok = false;
        }
        if (!ok) {
            return null;
        }
        boolean withdrawn = status != null && WITHDRAWN.contains(status.toLowerCase(Locale.ROOT));
        return new LabelRow(cells.number(), serial, classification, given.strip(), from, to, status, withdrawn,
                postal == null ? null : postal.intValue(), building,
                organisation == null ? null : organisation.intValue(), department == null ? null : department.intValue());
    }

    private static LocalDate date(Cells cells, String key) {
        String text = cells.text(key);
        if (text == null) {
            cells.error(key, "imports.cell.missing");
            return null;
        }
        var isoTime = ISO_DATE_TIME.matcher(text);
        LocalDate date = DateText.parse(isoTime.matches() ? isoTime.group(1) : text);
        if (date == null) {
            cells.error(key, "imports.cell.notDate", BoundedProblems.excerpt(text));
            return null;
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            cells.error(key, "imports.cell.outOfRange", BoundedProblems.excerpt(text), "1990–2100");
            return null;
        }
        return date;
    }

    /** An optional whole number within bounds; null when missing or wrong (the error then recorded). */
    static Long integer(Cells cells, String key, long min, long max) {
        String text = cells.text(key);
        if (text == null) {
            return null;
        }
        DecimalText.Parsed parsed = DecimalText.parse(text);
        if (parsed.kind() != DecimalText.Kind.NUMBER) {
            cells.error(key, parsed.kind() == DecimalText.Kind.MISSING ? "imports.cell.missing"
                    : "imports.cell.notInteger", BoundedProblems.excerpt(text));
            return null;
        }
        BigDecimal value = parsed.value();
        long whole;
        try {
            whole = value.longValueExact();
        } catch (ArithmeticException e) {
            cells.error(key, "imports.cell.notInteger", BoundedProblems.excerpt(text));
            return null;
        }
        if (whole < min || whole > max) {
            cells.error(key, "imports.cell.outOfRange", BoundedProblems.excerpt(text), min + "–" + max);
            return null;
        }
        return whole;
    }
}
