package dk.almenmonitor.area;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The criterion values per area and list year, and the classifications derived from them (schema {@code area}). */
@Repository
class CriteriaRepository {

    /** Stored values with where they came from. */
    record Stored(CriteriaValues values, UUID importId, @Nullable String fileName, OffsetDateTime importedAt,
                  boolean illustrative) {
    }

    private static final String COLUMNS = "area_code, list_year, residents, non_western, outside, convicted, "
            + "convicted_national, basic_education, income";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CriteriaRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The stored values of the list year, by area code. */
    Map<String, Stored> ofYear(int year) {
        Map<String, Stored> out = new LinkedHashMap<>();
        storedOfYear(year).forEach(v -> out.put(v.values().areaCode(), v));
        return out;
    }

    /** The stored values of the list year with their import. */
    List<Stored> storedOfYear(int year) {
        return jdbc.sql("select " + COLUMNS + ", import_id, file_name, imported_at, illustrative from area.criteria "
                        + "where list_year = ? order by area_code").param(year)
                .query(CriteriaRepository::stored).list();
    }

    /** The stored values of the area, by list year, with their import. */
    List<Stored> storedOfArea(String code) {
        return jdbc.sql("select " + COLUMNS + ", import_id, file_name, imported_at, illustrative from area.criteria "
                        + "where area_code = ? order by list_year").param(code)
                .query(CriteriaRepository::stored).list();
    }

    List<CriteriaValues> all() {
        return jdbc.sql("select " + COLUMNS + " from area.criteria").query(CriteriaRepository::values).list();
    }

    /** The list years that have criterion values, oldest first. */
    List<Integer> years() {
        return jdbc.sql("select distinct list_year from area.criteria order by list_year").query(Integer.class).list();
    }

    void save(CriteriaValues v, UUID importId, @Nullable String fileName, String user, OffsetDateTime at,
              boolean illustrative) {
        jdbc.sql("insert into area.criteria (" + COLUMNS + ", import_id, file_name, imported_at, imported_by, "
                        + "illustrative) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (area_code, list_year) do update set "
                        + "residents = excluded.residents, non_western = excluded.non_western, outside = excluded.outside, "
                        + "convicted = excluded.convicted, convicted_national = excluded.convicted_national, "
                        + "basic_education = excluded.basic_education, income = excluded.income, "
                        + "import_id = excluded.import_id, file_name = excluded.file_name, "
                        + "imported_at = excluded.imported_at, imported_by = excluded.imported_by, illustrative = excluded.illustrative")
                .params(v.areaCode(), v.year(), v.residents(), v.nonWestern(), v.outside(), v.convicted(),
                        v.convictedNational(), v.basicEducation(), v.income(), importId, fileName, at, user,
                        illustrative)
                .update();
    }

    /** Removes the list year's values of the areas not in {@code keep}; the number removed. */
    int removeOthers(int year, Collection<String> keep) {
        return jdbc.sql("delete from area.criteria where list_year = ? and not (area_code = any (?))")
                .params(year, keep.toArray(new String[0])).update();
    }

    /** Replaces every stored classification by these. */
    void replaceClassifications(List<Classification> classifications) {
        jdbc.sql("delete from area.classification").update();
        template.batchUpdate("insert into area.classification (area_code, list_year, rule_set, category) "
                        + "values (?, ?, ?, ?)", classifications, 1000, (ps, c) -> {
            ps.setString(1, c.areaCode());
            ps.setInt(2, c.year());
            ps.setString(3, c.ruleSet());
            ps.setString(4, c.category() == null ? null : c.category().name());
        });
        List<Object[]> criteria = new ArrayList<>();
        for (Classification c : classifications) {
            int position = 0;
            for (Classification.CriterionMet m : c.criteriaMet()) {
                criteria.add(new Object[] {c.areaCode(), c.year(), position++, m.measure().name(), m.value(),
                        m.threshold()});
            }
        }
        template.batchUpdate("insert into area.classification_criterion "
                        + "(area_code, list_year, position, measure, value, threshold) values (?, ?, ?, ?, ?, ?)",
                criteria, 1000, (ps, row) -> {
            ps.setString(1, (String) row[0]);
            ps.setInt(2, (Integer) row[1]);
            ps.setInt(3, (Integer) row[2]);
            ps.setString(4, (String) row[3]);
            if (row[4] == null) {
                ps.setNull(5, Types.NUMERIC);
            } else {
                ps.setBigDecimal(5, (BigDecimal) row[4]);
            }
            ps.setString(6, (String) row[5]);
        });
    }

    /** The classifications of the list year, by area code. */
    List<Classification> classificationsOfYear(int year) {
        return classifications("c.list_year = ?", year);
    }

    /** The classifications of the area, by list year. */
    List<Classification> classificationsOfArea(String code) {
        return classifications("c.area_code = ?", code);
    }

    private List<Classification> classifications(String where, Object param) {
        Map<String, List<Classification.CriterionMet>> met = new LinkedHashMap<>();
        List<Object[]> heads = new ArrayList<>();
        jdbc.sql("select c.area_code, c.list_year, c.rule_set, c.category, k.measure, k.value, k.threshold "
                        + "from area.classification c left join area.classification_criterion k "
                        + "on k.area_code = c.area_code and k.list_year = c.list_year where " + where
                        + " order by c.area_code, c.list_year, k.position").param(param)
                .query((ResultSet rs) -> {
                    String key = rs.getString("area_code") + "|" + rs.getInt("list_year");
                    if (!met.containsKey(key)) {
                        met.put(key, new ArrayList<>());
                        heads.add(new Object[] {rs.getString("area_code"), rs.getInt("list_year"),
                                rs.getString("rule_set"), rs.getString("category")});
                    }
                    if (rs.getString("measure") != null) {
                        met.get(key).add(new Classification.CriterionMet(Measure.valueOf(rs.getString("measure")),
                                rs.getBigDecimal("value"), rs.getString("threshold")));
                    }
                });
        List<Classification> out = new ArrayList<>(heads.size());
        for (Object[] h : heads) {
            String category = (String) h[3];
            out.add(new Classification((String) h[0], (Integer) h[1], (String) h[2],
                    category == null ? null : Category.valueOf(category), met.get(h[0] + "|" + h[1])));
        }
        return out;
    }

    /**
     * Per list year, the areas of the municipality on a list, forebyggelsesområder not counted (they are not on the
     * list of vulnerable areas); a year with values but none listed counts 0.
     */
    Map<Integer, Integer> listedCounts(int municipality) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        jdbc.sql("""
                select c.list_year, count(*) filter (where c.category is not null and c.category <> 'FOREBYGGELSE') as n
                  from area.classification c join area.area a on a.code = c.area_code
                 where a.municipality = ?
                 group by c.list_year order by c.list_year
                """).param(municipality).query((ResultSet rs) -> {
                    out.put(rs.getInt("list_year"), rs.getInt("n"));
                });
        return out;
    }

    /** Per list year, how many of the municipality's areas carry each category (categories without areas absent). */
    Map<Integer, Map<Category, Integer>> listedCountsByCategory(int municipality) {
        Map<Integer, Map<Category, Integer>> out = new LinkedHashMap<>();
        jdbc.sql("""
                select c.list_year, c.category, count(*) as n
                  from area.classification c join area.area a on a.code = c.area_code
                 where a.municipality = ? and c.category is not null
                 group by c.list_year, c.category order by c.list_year, c.category
                """).param(municipality).query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getInt("list_year"), y -> new EnumMap<>(Category.class))
                            .put(Category.valueOf(rs.getString("category")), rs.getInt("n"));
                });
        return out;
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(values(rs, row), rs.getObject("import_id", UUID.class), rs.getString("file_name"),
                rs.getObject("imported_at", OffsetDateTime.class), rs.getBoolean("illustrative"));
    }

    private static CriteriaValues values(ResultSet rs, int row) throws SQLException {
        return new CriteriaValues(rs.getString("area_code"), rs.getInt("list_year"),
                (Integer) rs.getObject("residents"), rs.getBigDecimal("non_western"), rs.getBigDecimal("outside"),
                rs.getBigDecimal("convicted"), rs.getBigDecimal("convicted_national"),
                rs.getBigDecimal("basic_education"), rs.getBigDecimal("income"));
    }
}
