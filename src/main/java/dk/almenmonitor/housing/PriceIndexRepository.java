package dk.almenmonitor.housing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PriceIndexRepository {

    private final JdbcClient jdbc;

    PriceIndexRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Integer, BigDecimal> byYear() {
        Map<Integer, BigDecimal> years = new LinkedHashMap<>();
        jdbc.sql("select year, index from housing.price_index order by year")
                .query(rs -> {
                    years.put(rs.getInt(1), rs.getBigDecimal(2));
                });
        return years;
    }

    /** Upserts the years of a file: [created, updated, unchanged]. */
    int[] save(Map<Integer, BigDecimal> years) {
        Map<Integer, BigDecimal> current = byYear();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<Integer, BigDecimal> year : years.entrySet()) {
            BigDecimal before = current.get(year.getKey());
            if (before == null) {
                created++;
            } else if (before.compareTo(year.getValue()) == 0) {
                unchanged++;
                continue;
            } else {
                updated++;
            }
            jdbc.sql("""
                    insert into housing.price_index (year, index) values (?, ?)
                    on conflict (year) do update set index = excluded.index""")
                    .params(year.getKey(), year.getValue()).update();
        }
        return new int[] {created, updated, unchanged};
    }

    List<Integer> years() {
        return jdbc.sql("select year from housing.price_index order by year").query(Integer.class).list();
    }
}
