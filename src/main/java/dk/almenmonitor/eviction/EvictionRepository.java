package dk.almenmonitor.eviction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evictions per period and municipality, and the derived figures (schema {@code eviction}). */
@Repository
class EvictionRepository {

    /** A figure of a municipality: a year ({@code half} null) or a half-year, and the import behind it. */
    record Figure(String period, int year, Integer half, int evictions, String method, UUID importId,
                  String fileName, OffsetDateTime importedAt) {
    }

    private final JdbcClient jdbc;

    EvictionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored count of the period and municipality, or empty. */
    Optional<Integer> count(String period, int municipality) {
        return jdbc.sql("select evictions from eviction.count where period = ? and municipality = ?")
                .params(period, municipality).query(Integer.class).optional();
    }

    /** Inserts or replaces the count; the import is recorded with it. */
    void save(EvictionDataset.Row row, UUID importId, String fileName, String user, OffsetDateTime at) {
        jdbc.sql("""
                insert into eviction.count (period, municipality, evictions, import_id, file_name, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (period, municipality) do update set evictions = excluded.evictions,
                    import_id = excluded.import_id, file_name = excluded.file_name,
                    imported_by = excluded.imported_by, imported_at = excluded.imported_at
                """).params(row.period(), row.municipality(), row.evictions(), importId, fileName, user, at).update();
    }

    /** Recomputes the figures of every municipality from the counts. */
    void derive() {
        jdbc.sql("delete from eviction.figure").update();
        jdbc.sql("""
                insert into eviction.figure (municipality, period, year, half, evictions, method, import_id)
                select municipality, period, substr(period, 1, 4)::integer,
                       case when period like '%-H%' then substr(period, 7, 1)::integer end, evictions, 'FILE', import_id
                from eviction.count
                """).update();
        jdbc.sql("""
                insert into eviction.figure (municipality, period, year, half, evictions, method, import_id)
                select h.municipality, substr(h.period, 1, 4), substr(h.period, 1, 4)::integer, null,
                       sum(h.evictions), 'HALVES', (array_agg(h.import_id order by h.imported_at desc))[1]
                from eviction.count h
                where h.period like '%-H%'
                  and not exists (select 1 from eviction.count y
                                  where y.municipality = h.municipality and y.period = substr(h.period, 1, 4))
                group by h.municipality, substr(h.period, 1, 4)
                having count(*) = 2
                """).update();
    }

    /** The years whose given count differs from the sum of their two halves: period, year count, sum. */
    List<int[]> inconsistentYears(int municipality) {
        return jdbc.sql("""
                select y.year, y.evictions, sum(h.evictions)::integer
                from eviction.figure y join eviction.figure h
                  on h.municipality = y.municipality and h.year = y.year and h.half is not null
                where y.municipality = ? and y.half is null and y.method = 'FILE'
                group by y.year, y.evictions
                having count(*) = 2 and sum(h.evictions) <> y.evictions
                order by y.year
                """).param(municipality).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}).list();
    }

    /** The municipality's figures, by year and half (the year before its halves). */
    List<Figure> figures(int municipality) {
        return jdbc.sql("""
                select f.period, f.year, f.half, f.evictions, f.method, f.import_id, c.file_name, c.imported_at
                from eviction.figure f
                left join lateral (select file_name, imported_at from eviction.count
                                   where import_id = f.import_id order by imported_at desc limit 1) c on true
                where f.municipality = ?
                order by f.year, coalesce(f.half, 0)
                """).param(municipality).query(EvictionRepository::figure).list();
    }

    private static Figure figure(ResultSet rs, int n) throws SQLException {
        Integer half = rs.getObject(3) == null ? null : rs.getInt(3);
        return new Figure(rs.getString(1), rs.getInt(2), half, rs.getInt(4), rs.getString(5),
                rs.getObject(6, UUID.class), rs.getString(7), rs.getObject(8, OffsetDateTime.class));
    }
}
