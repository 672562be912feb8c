package dk.almenmonitor.indicator;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.shared.Precision;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * The indicators and targets of the seed agreement (Hovedaftale 2015-2018). They are seed data, kept beside the
 * seed observations as {@code ;}-separated files: {@value #INDICATORS_FILE} and {@value #TARGETS_FILE} (lines starting
 * with {@code #} are comments; an empty cell is no value); the observations are in {@value #OBSERVATIONS}.
 */
final class SeedIndicators {

    static final String AGREEMENT_ID = "kk-bl1-2015-2018";
    static final String OBSERVATIONS = "seed/indicator-observations.csv";
    static final String INDICATORS_FILE = "seed/indicators.csv";
    static final String TARGETS_FILE = "seed/indicator-targets.csv";

    /** A target for the goal of the given kind whose text starts with {@code titleStart}; null kind = link only. */
    record SeedTarget(GoalKind goalKind, String titleStart, String indicator, TargetKind kind, TargetMode mode,
                      String value, String tolerance, Precision precision, String period, LocalDate countFrom,
                      String baselinePeriod) {
    }

    static final List<IndicatorView> INDICATORS = read(INDICATORS_FILE, r -> new IndicatorView(r.get("code"),
            r.get("name"), r.get("unit"), Integer.parseInt(r.get("decimals")), Direction.valueOf(r.get("direction")),
            r.get("source"), r.get("frequency"), r.get("dimensions").isEmpty() ? List.of()
            : Arrays.stream(r.get("dimensions").split(",")).map(String::strip).toList(),
            Boolean.parseBoolean(r.get("cumulative"))));

    static final List<SeedTarget> TARGETS = read(TARGETS_FILE, r -> new SeedTarget(
            value(r, "goalKind", GoalKind::valueOf), r.get("titleStart"), r.get("indicator"),
            value(r, "kind", TargetKind::valueOf), value(r, "mode", TargetMode::valueOf), value(r, "value", s -> s),
            value(r, "tolerance", s -> s), value(r, "precision", Precision::valueOf), value(r, "period", s -> s),
            value(r, "countFrom", LocalDate::parse), value(r, "baselinePeriod", s -> s)));

    private SeedIndicators() {
    }

    static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static <T> T value(CSVRecord record, String column, Function<String, T> parse) {
        String text = record.get(column);
        return text.isEmpty() ? null : parse.apply(text);
    }

    private static <T> List<T> read(String file, Function<CSVRecord, T> row) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').setHeader()
                .setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader in = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            return parser.stream().map(row).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Seed file " + file + " could not be read", e);
        }
    }
}
