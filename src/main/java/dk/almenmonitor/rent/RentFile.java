package dk.almenmonitor.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.almenmonitor.imports.BulkCopyRepository;
import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.shared.DanishFormat;

/**
 * Reads the rows of a rents file (docs/domain.md §10) one at a time, checks each cell and sends the good rows to the COPY
 * into the staging table; the problems stay in the table's error list with their row and column. Every row must name
 * the file's one cut-off date (that of its first dated row).
 */
final class RentFile {

    static final List<String> COLUMNS = List.of("organisationsnr", "afdelingsnr", "lejemaalsnr", "boligtype", "postnr",
            "areal_m2", "vaerelser", "aarsleje_kr", "opgoerelsesdato");
    static final List<String> REQUIRED = List.of("organisationsnr", "afdelingsnr", "lejemaalsnr", "boligtype", "postnr",
            "aarsleje_kr", "opgoerelsesdato");
    static final CsvTable.Columns TABLE_COLUMNS = CsvTable.Columns.of(COLUMNS, REQUIRED)
            .alias("lejemålsnr", "lejemaalsnr").alias("værelser", "vaerelser").alias("årsleje_kr", "aarsleje_kr")
            .alias("opgørelsesdato", "opgoerelsesdato");
    static final int MAX_TENANCY_ID = 64;
    static final BigDecimal MAX_AREA = new BigDecimal("10000");
    static final BigDecimal MAX_YEARLY_RENT = new BigDecimal("10000000");
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final ImportTexts texts;
    private LocalDate cutoff;

    RentFile(ImportTexts texts) {
        this.texts = texts;
    }

    /** The file's cut-off date, once a row has given it. */
    LocalDate cutoff() {
        return cutoff;
    }

    /** Checks the current row and copies it when every cell is good. */
    void copy(CsvTable.Row row, BulkCopyRepository.Copy copy) {
        Integer organisation = whole(row, "organisationsnr", 1, 99_999);
        Integer department = whole(row, "afdelingsnr", 0, 99_999);
        String tenancy = row.requiredText("lejemaalsnr");
        if (tenancy != null && tenancy.length() > MAX_TENANCY_ID) {
            row.error("lejemaalsnr", "rent.import.tooLong", MAX_TENANCY_ID);
            tenancy = null;
        }
        String typeText = row.requiredText("boligtype");
        HousingType type = HousingType.fromCode(typeText);
        if (typeText != null && type == null) {
            row.error("boligtype", "imports.cell.unknownCode", typeText.length() > 80 ? typeText.substring(0, 80)
                    : typeText, texts.text("rent.import.typeCodes"));
        }
        Integer postalCode = whole(row, "postnr", 1000, 9999);
        BigDecimal area = row.decimal("areal_m2", false);
        if (area != null && (area.signum() <= 0 || area.compareTo(MAX_AREA) >= 0)) {
            row.error("areal_m2", "imports.cell.outOfRange", area.toPlainString(), texts.text("rent.import.areaRange"));
            area = null;
        }
        Integer rooms = row.text("vaerelser") == null ? null : whole(row, "vaerelser", 0, 100);
        BigDecimal rent = row.decimal("aarsleje_kr", true);
        if (rent != null && (rent.signum() < 0 || rent.compareTo(MAX_YEARLY_RENT) >= 0)) {
            row.error("aarsleje_kr", "imports.cell.outOfRange", rent.toPlainString(), texts.text("rent.import.rentRange"));
            rent = null;
        }
        LocalDate date = row.date("opgoerelsesdato", true);
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            row.error("opgoerelsesdato", "imports.cell.outOfRange", date.toString(), "1990–2100");
            date = null;
        } else if (date != null && cutoff == null) {
            cutoff = date;
        } else if (date != null && !date.equals(cutoff)) {
            row.error("opgoerelsesdato", "rent.import.otherCutoff", DanishFormat.date(date), DanishFormat.date(cutoff));
            date = null;
        }
        if (organisation != null && department != null && tenancy != null && type != null && postalCode != null
                && rent != null && date != null && (area != null || row.text("areal_m2") == null)
                && (rooms != null || row.text("vaerelser") == null)) {
            copy.row(row.number(), date, organisation, department, tenancy, type.name(), postalCode, area, rooms, rent);
        }
    }

    private static Integer whole(CsvTable.Row row, String key, int min, int max) {
        Long value = row.integer(key, true);
        if (value == null) {
            return null;
        }
        if (value < min || value > max) {
            row.error(key, "imports.cell.outOfRange", String.valueOf(value), DanishFormat.integer(min) + "–" + DanishFormat.integer(max));
            return null;
        }
        return value.intValue();
    }
}
