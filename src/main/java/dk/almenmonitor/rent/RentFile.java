package dk.almenmonitor.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.imports.BinaryCopyRows;
import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.shared.DanishFormat;

/**
 * Reads the rows of a rents file (docs/domain.md §10) one at a time, checks each cell and writes the good rows in
 * COPY's binary format for {@code rent.dwelling} (while the file has no error: a file with one is refused anyway);
 * the problems stay in the table's error list with their row and column. Every row must name the file's one cut-off date (that of its
 * first dated row). It also keeps what the load needs after the last row without another pass: the derived figures
 * ({@link RentBandCounts}), the departments the file names, and its keys as 63-bit hashes, so that a key given twice
 * is found without a second pass unless two hashes meet ({@link #duplicates} then confirms them exactly).
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
    private final BinaryCopyRows out =
            new BinaryCopyRows(RentRepository.DWELLING_COLUMNS.length);
    private long[] keys;
    private int keyCount;
    private final LongSet candidates = new LongSet();
    private final LongSet departments = new LongSet();
    private final RentBandCounts counts;
    private LocalDate cutoff;

    /** {@code expectedRows}: about how many rows the file has (its size tells), so the key hashes need not grow. */
    RentFile(ImportTexts texts, int expectedRows, RentBandCounts counts) {
        this.texts = texts;
        this.keys = new long[Math.max(16, expectedRows)];
        this.counts = counts;
    }

    /** The derived figures of the good rows. */
    RentBandCounts counts() {
        return counts;
    }

    /** The file's cut-off date, once a row has given it. */
    LocalDate cutoff() {
        return cutoff;
    }

    /** The good rows since the last {@code take()}, in COPY's binary format. */
    BinaryCopyRows out() {
        return out;
    }

    /**
     * After the last row: the key hashes seen more than once become the candidates {@link #duplicates} confirms. The
     * hashes are kept in an array and sorted once here, which is several times faster than a hash set's random
     * accesses for every row.
     */
    void finish() {
        java.util.Arrays.sort(keys, 0, keyCount);
        for (int i = 1; i < keyCount; i++) {
            if (keys[i] == keys[i - 1]) {
                candidates.add(keys[i]);
            }
        }
        keys = null;
    }

    /** Whether two rows may have the same key: some key hash was seen twice ({@link #finish} tells). */
    boolean mayHaveDuplicates() {
        return candidates.size() > 0;
    }

    /** The departments the good rows name, as organisation number × 100.000 + department number. */
    LongSet departments() {
        return departments;
    }

    /**
     * Checks the current row; when every cell is good its key and department are kept and, when {@code write}, it is
     * written to {@link #out()}.
     */
    void read(CsvTable.Row row, boolean write) {
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
            if (keyCount == keys.length) {
                keys = java.util.Arrays.copyOf(keys, keys.length + keys.length / 2);
            }
            keys[keyCount++] = hash(organisation, department, tenancy);
            departments.add(organisation * 100_000L + department);
            counts.add(postalCode, type, rent);
            if (write) {
                out.date(date).int4(organisation).int4(department).text(tenancy).text(type.name())
                        .int4(postalCode).numeric(area).int4(rooms).numeric(rent).end();
            }
        }
    }

    /**
     * Keys given more than once, by the repeating row (with the row where the key was first), at most {@code limit}:
     * a second pass over a file that passed every cell check, looking only at the keys whose hash was seen twice.
     */
    List<RentRepository.Duplicate> duplicates(CsvTable table, int limit) {
        List<RentRepository.Duplicate> found = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        while (found.size() < limit && table.next()) {
            CsvTable.Row row = table.row();
            Long organisation = row.integer("organisationsnr", true);
            Long department = row.integer("afdelingsnr", true);
            String tenancy = row.text("lejemaalsnr");
            if (organisation == null || department == null || tenancy == null
                    || !candidates.contains(hash(organisation.intValue(), department.intValue(), tenancy))) {
                continue;
            }
            Integer at = first.putIfAbsent(organisation + "/" + department + "/" + tenancy, row.number());
            if (at != null) {
                found.add(new RentRepository.Duplicate(organisation.intValue(), department.intValue(), tenancy,
                        row.number(), at));
            }
        }
        return found;
    }

    /** A 63-bit hash of a key, never 0. */
    static long hash(int organisation, int department, String tenancy) {
        long h = 0x9E3779B97F4A7C15L ^ (organisation * 100_000L + department);
        h = Long.rotateLeft(h * 0x100000001B3L, 23) ^ tenancy.length();
        for (int i = 0; i < tenancy.length(); i++) {
            h = (h ^ tenancy.charAt(i)) * 0x100000001B3L;
            h = Long.rotateLeft(h, 23);
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        h &= Long.MAX_VALUE;
        return h == 0 ? 1 : h;
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
