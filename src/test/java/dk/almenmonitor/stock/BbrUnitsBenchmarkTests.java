package dk.almenmonitor.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import dk.almenmonitor.imports.ImportPipeline;
import dk.almenmonitor.imports.ImportReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * P1 for BBR units (BENCHMARKS.md): a national extract of 3,3 million units, generated here (fixed seed 42, the CSV
 * layout of docs/domain.md §10 with {@code id_lokalId}), imported end to end through the pipeline (spooling the
 * upload, parse, validate every unit, COPY into staging, duplicate check, derive, store, publish) against a bare pgjdbc
 * {@code CopyManager} COPY of the same file into an unindexed table, in the same run; target ≤ 2,5×. Each is run twice
 * and the faster run counts (the second import finds the figure unchanged but does all the same work). Heap peak of
 * the import is reported. Run with {@code ./mvnw -Pbench verify -Dtest=BbrUnitsBenchmarkTests -DargLine=-Xmx512m};
 * figures go to the log and to {@code target/bench/bbr-units.txt}.
 */
@Tag("bench")
@SpringBootTest(properties = "almen.test.context=stock-bench")
class BbrUnitsBenchmarkTests {

    private static final Logger log = LoggerFactory.getLogger(BbrUnitsBenchmarkTests.class);
    private static final int UNITS = 3_300_000;
    private static final int[] USES = {110, 120, 121, 122, 131, 132, 140, 140, 140, 140, 150, 160, 190, 185, 510, 540};
    private static final int[] SUPPORT = {0, 0, 0, 0, 0, 0, 10, 10, 25, 40, 42, 15, 20, 30, 80};
    private static final int[] OWNERS = {10, 10, 10, 20, 30, 40, 41, 50, 90, 99};
    private static final int[] STATUSES = {7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 10, 11, 3};

    @Autowired
    ImportPipeline pipeline;
    @Autowired
    BbrUnitsDataset dataset;
    @Autowired
    DataSource dataSource;

    @Test
    void aNationalExtractAgainstABareCopy() throws Exception {
        Path file = Files.createTempFile("bbr-units-bench", ".csv");
        try {
            generate(file);
            long bytes = Files.size(file);
            double copyMs = Double.MAX_VALUE;
            double importMs = Double.MAX_VALUE;
            long heapPeak = 0;
            ImportReport last = null;
            for (int run = 0; run < 2; run++) {
                copyMs = Math.min(copyMs, bareCopyMs(file));
                resetPeaks();
                long start = System.nanoTime();
                try (InputStream in = Files.newInputStream(file)) {
                    last = pipeline.importFile(dataset, in, "bbr-national.csv", Map.of("opgoerelsesdato", "2024-01-01"),
                            "bench");
                }
                importMs = Math.min(importMs, (System.nanoTime() - start) / 1e6);
                heapPeak = Math.max(heapPeak, heapPeak());
                assertThat(last.imported()).as(String.valueOf(last.errors())).isTrue();
            }
            String report = String.format(Locale.ROOT, """
                    BBR units, %,d rows (%.0f MB CSV), faster of 2 runs each, -Xmx %d MB:
                      import end to end (spool, parse, validate, COPY to staging, duplicates, derive, publish) %8.0f ms
                      bare CopyManager COPY of the same file into an unindexed table                         %8.0f ms
                      ratio import / bare COPY: %.2fx   target <= 2.5x
                      heap peak during the import (sum of the heap pools' peaks): %d MB
                      derived: %s
                    """, UNITS, bytes / 1e6, Runtime.getRuntime().maxMemory() / (1024 * 1024), importMs, copyMs,
                    importMs / copyMs, heapPeak / (1024 * 1024), last.detail("figures"));
            log.info("\n{}", report);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/bbr-units.txt"), report, StandardCharsets.UTF_8);
            assertThat(importMs / copyMs).as("import / bare COPY").isLessThanOrEqualTo(2.5);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private double bareCopyMs(Path file) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("create temp table if not exists bench_units (kommunekode text, postnr text, enh020 text, "
                        + "enh046 text, byg066 text, enh026 text, status text, id_lokalid text)");
                st.execute("truncate bench_units");
            }
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY bench_units FROM STDIN (FORMAT csv, HEADER true, DELIMITER ';')", in);
            }
            c.commit();
            return (System.nanoTime() - start) / 1e6;
        }
    }

    /** The national extract: about 1 in 10 units in København, the rest in 97 other municipalities. */
    private static void generate(Path file) throws Exception {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kommunekode;postnr;enh020EnhedensAnvendelse;enh046OffentligStøtte;byg066Ejerforhold;"
                    + "enh026EnhedensSamledeAreal;status;id_lokalId\n");
            StringBuilder row = new StringBuilder(128);
            for (int i = 0; i < UNITS; i++) {
                row.setLength(0);
                int municipality = random.nextInt(10) == 0 ? 101 : 147 + random.nextInt(97) * 6;
                int use = USES[random.nextInt(USES.length)];
                int support = SUPPORT[random.nextInt(SUPPORT.length)];
                boolean noSupport = random.nextInt(20) == 0;
                int owner = support == 10 || support == 25 || support == 40 || support == 42 || (noSupport
                        && random.nextBoolean()) ? 20 : OWNERS[random.nextInt(OWNERS.length)];
                row.append(String.format(Locale.ROOT, "%04d", municipality)).append(';')
                        .append(1000 + random.nextInt(9000)).append(';').append(use).append(';')
                        .append(noSupport ? "" : String.valueOf(support)).append(';').append(owner).append(';')
                        .append(25 + random.nextInt(150)).append(';').append(STATUSES[random.nextInt(STATUSES.length)])
                        .append(';').append(new UUID(random.nextLong(), random.nextLong())).append('\n');
                out.append(row);
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : List.copyOf(ManagementFactory.getMemoryPoolMXBeans())) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
