package dk.almenmonitor.energy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The energy labels, their staging at import and the figures derived from them (schema {@code energy}). The
 * {@code load_id} columns hold the id of the import the row came from ({@code ImportFile.importId()}).
 */
@Repository
class EnergyLabelRepository {

    static final String STAGING = "pg_temp.label_staging";
    static final String STAGED_DEPARTMENTS = "pg_temp.label_departments";
    static final String[] STAGING_COLUMNS = {"file_row", "serial_id", "classification", "given_as", "valid_from",
            "valid_to", "status", "withdrawn", "postal_code", "bbr_building", "organisation_no", "department_no"};

    private static final String FIELDS = "classification, given_as, valid_from, valid_to, status, withdrawn, postal_code, "
            + "bbr_building, organisation_no, department_no";

    /** A serial identifier given twice in the file: at {@code row}, first at {@code firstRow}. */
    record Duplicate(String serialId, int row, int firstRow) {
    }

    record Counts(int created, int updated, int unchanged) {
    }

    /** A load of the dataset: when, by whom, in which format, and the extract's date (its latest ValidFrom). */
    record Load(UUID importId, OffsetDateTime loadedAt, String loadedBy, String format, int labels, LocalDate asOf) {
    }

    /** Labels valid at the end of a year (or the extract's date in its own year), per class. */
    record Year(int year, LocalDate asOf, Map<LabelClass, Integer> byClass) {

        int labelled() {
            return byClass.values().stream().mapToInt(Integer::intValue).sum();
        }

        int eOrWorse() {
            return byClass.entrySet().stream().filter(e -> e.getKey().eOrWorse()).mapToInt(Map.Entry::getValue).sum();
        }
    }

    /** An organisation's departments with a valid label, and those with at least one label E or worse. */
    record Organisation(int organisationNo, String name, int departments, int departmentsEOrWorse) {
    }

    private final JdbcClient jdbc;

    EnergyLabelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void createStaging() {
        jdbc.sql("""
                create temp table label_staging (
                    file_row integer not null, serial_id text not null, classification text not null,
                    given_as text not null, valid_from date not null, valid_to date not null, status text,
                    withdrawn boolean not null, postal_code integer, bbr_building text, organisation_no integer,
                    department_no integer
                ) on commit drop
                """).update();
    }

    /** Serial identifiers the file gives more than once, in file order (at most {@code limit}). */
    List<Duplicate> duplicates(int limit) {
        return jdbc.sql("""
                select serial_id, file_row, first_row from (
                    select serial_id, file_row, min(file_row) over (partition by serial_id) as first_row
                    from pg_temp.label_staging) s
                where file_row > first_row order by file_row limit ?
                """).param(limit).query((rs, n) -> new Duplicate(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }

    /** The departments the staged labels name, as a temporary table for the housing spine. */
    void stageDepartments() {
        jdbc.sql("""
                create temp table label_departments on commit drop as
                select distinct organisation_no, department_no from pg_temp.label_staging
                where organisation_no is not null and department_no is not null
                """).update();
    }

    Counts counts() {
        return jdbc.sql("""
                select count(*) filter (where l.serial_id is null),
                       count(*) filter (where l.serial_id is not null and (%1$s) is distinct from (%2$s)),
                       count(*) filter (where l.serial_id is not null and (%1$s) is not distinct from (%2$s))
                from pg_temp.label_staging s left join energy.label l on l.serial_id = s.serial_id
                """.formatted(prefixed("l"), prefixed("s")))
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    /** Inserts the new labels and replaces the changed ones; unchanged labels keep their load. */
    void upsert(UUID importId) {
        jdbc.sql("""
                insert into energy.label as stored (serial_id, %1$s, load_id)
                select serial_id, %1$s, ? from pg_temp.label_staging
                on conflict (serial_id) do update set (%1$s, load_id) = (%2$s, excluded.load_id)
                where (%3$s) is distinct from (%4$s)
                """.formatted(FIELDS, columns("excluded"), prefixed("stored"), prefixed("excluded")))
                .param(importId).update();
    }

    void recordLoad(UUID importId, String user, String format, int labels) {
        jdbc.sql("""
                insert into energy.label_load (load_id, loaded_by, format, labels, as_of)
                values (?, ?, ?, ?, (select max(valid_from) from energy.label where not withdrawn))
                """).params(importId, user, format, labels).update();
    }

    /** Recomputes the labels valid at each year's end, from the first label's year to the extract's date. */
    void deriveYears() {
        jdbc.sql("delete from energy.label_year").update();
        jdbc.sql("""
                insert into energy.label_year (year, as_of, classification, labels)
                with bounds as (
                    select min(valid_from) as first, max(valid_from) as last from energy.label where not withdrawn),
                years as (
                    select y as year, least(make_date(y, 12, 31), b.last) as as_of
                    from bounds b, generate_series(extract(year from b.first)::int, extract(year from b.last)::int) y)
                select y.year, y.as_of, l.classification, count(*)
                from years y join energy.label l
                  on not l.withdrawn and l.valid_from <= y.as_of and l.valid_to >= y.as_of
                group by y.year, y.as_of, l.classification
                """).update();
    }

    List<Year> years() {
        Map<Integer, Year> years = new LinkedHashMap<>();
        jdbc.sql("select year, as_of, classification, labels from energy.label_year order by year, classification")
                .query(rs -> {
                    int year = rs.getInt(1);
                    Year y = years.computeIfAbsent(year, k -> {
                        try {
                            return new Year(k, rs.getObject(2, LocalDate.class), emptyClasses());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    y.byClass().put(LabelClass.valueOf(rs.getString(3)), rs.getInt(4));
                });
        return new ArrayList<>(years.values());
    }

    /** The labels valid on the date (ValidFrom ≤ date ≤ ValidTo, not withdrawn), per class. */
    Map<LabelClass, Integer> validOn(LocalDate date) {
        Map<LabelClass, Integer> byClass = emptyClasses();
        jdbc.sql("""
                select classification, count(*) from energy.label
                where not withdrawn and valid_from <= ? and valid_to >= ? group by classification
                """).params(date, date).query(rs -> {
                    byClass.put(LabelClass.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return byClass;
    }

    /** The organisations with the most departments with a valid label E or worse on the date. */
    List<Organisation> organisationsEOrWorse(LocalDate date, int limit) {
        return jdbc.sql("""
                select l.organisation_no, max(o.name),
                       count(distinct l.department_no),
                       count(distinct l.department_no) filter (where l.classification in ('E', 'F', 'G'))
                from energy.label l left join housing.organisation o on o.organisation_no = l.organisation_no
                where not l.withdrawn and l.valid_from <= ? and l.valid_to >= ? and l.organisation_no is not null
                group by l.organisation_no
                having count(*) filter (where l.classification in ('E', 'F', 'G')) > 0
                order by 4 desc, 3 desc, 1 limit ?
                """).params(date, date, limit)
                .query((rs, n) -> new Organisation(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }

    Optional<Load> latestLoad() {
        return jdbc.sql("""
                select load_id, loaded_at, loaded_by, format, labels, as_of from energy.label_load
                order by loaded_at desc, load_id limit 1
                """).query((rs, n) -> new Load(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getObject(6, LocalDate.class))).optional();
    }

    static Map<LabelClass, Integer> emptyClasses() {
        Map<LabelClass, Integer> byClass = new LinkedHashMap<>();
        LabelClass.ALL.forEach(c -> byClass.put(c, 0));
        return byClass;
    }

    static BigDecimal share(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
    }

    private static String prefixed(String alias) {
        return "row(" + columns(alias) + ")";
    }

    private static String columns(String alias) {
        List<String> columns = new ArrayList<>();
        for (String field : FIELDS.split(", ")) {
            columns.add(alias + "." + field);
        }
        return String.join(", ", columns);
    }
}
