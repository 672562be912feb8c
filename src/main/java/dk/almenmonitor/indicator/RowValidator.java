package dk.almenmonitor.indicator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.almenmonitor.imports.BoundedProblems;
import dk.almenmonitor.imports.DecimalText;
import dk.almenmonitor.imports.ImportHeader;
import dk.almenmonitor.imports.ImportProblem;

/** Checks one data row of an observations file and turns it into a {@link ObservationDataset.Row}. */
final class RowValidator {

    /** Figures are statistics: bounded so that a value from a file always fits the database and the charts. */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_DECIMALS = 6;

    private final Map<String, IndicatorView> indicators;
    private final ImportHeader header;
    private final String defaultNote;

    RowValidator(List<IndicatorView> indicators, ImportHeader header, String fileName) {
        this.indicators = indicators.stream().collect(Collectors.toMap(IndicatorView::code, Function.identity()));
        this.header = header;
        this.defaultNote = "Importeret fra " + (fileName == null ? "fil" : fileName);
    }

    Optional<ObservationDataset.Row> validate(ObservationCsv.Row raw, BoundedProblems<ImportProblem> errors,
                                               BoundedProblems<String> warnings) {
        int before = errors.count();
        String code = cell(raw, "indikator");
        IndicatorView indicator = indicators.get(code);
        if (indicator == null) {
            errors.add(error(raw, "indikator", code.isEmpty() ? "Indikatoren mangler."
                    : "Ukendt indikator „" + BoundedProblems.excerpt(code) + "“. Kendte: " + String.join(", ", indicators.keySet().stream().sorted().toList()) + "."));
        }
        String periodText = cell(raw, "periode");
        Optional<ObservationPeriod> period = ObservationPeriod.parse(periodText);
        if (period.isEmpty()) {
            errors.add(error(raw, "periode", "Perioden „" + BoundedProblems.excerpt(periodText) + "“ kan ikke læses; skriv et år, halvår, "
                    + "kvartal, en måned eller en dato, fx 2016, 2016-H1, 2017-Q1, 2017-01, 2017-01-19 eller 19.01.2017."));
        }
        String valueText = cell(raw, "vaerdi");
        DecimalText.Parsed value = DecimalText.parse(valueText);
        switch (value.kind()) {
            case INVALID -> errors.add(error(raw, "vaerdi", "Værdien „" + BoundedProblems.excerpt(valueText) + "“ er ikke et tal."));
            case AMBIGUOUS -> errors.add(error(raw, "vaerdi", "Værdien „" + valueText + "“ er tvetydig: punktum kan "
                    + "være decimaltegn eller tusindtalsseparator. Skriv fx " + valueText.replace(".", "") + " eller "
                    + valueText.replace('.', ',') + "."));
            case NUMBER -> {
                java.math.BigDecimal digits = value.value().stripTrailingZeros();
                if (digits.precision() - digits.scale() > MAX_INTEGER_DIGITS || digits.scale() > MAX_DECIMALS) {
                    errors.add(error(raw, "vaerdi", "Værdien „" + BoundedProblems.excerpt(valueText) + "“ har for mange "
                            + "cifre; højst " + MAX_INTEGER_DIGITS + " før og " + MAX_DECIMALS + " efter kommaet."));
                }
            }
            default -> { }
        }
        String dimension = null;
        if (indicator != null) {
            String dimText = cell(raw, "dimension");
            dimension = Dimensions.canonical(dimText, indicator.dimensions()).orElse(null);
            if (dimension == null) {
                errors.add(error(raw, "dimension", "Dimensionen „" + BoundedProblems.excerpt(dimText) + "“ passer ikke til indikatoren; "
                        + (indicator.dimensions().isEmpty() ? "den har ingen dimensioner."
                        : "skriv fx " + indicator.dimensions().get(0) + "=værdi.")));
            }
        }
        String note = cell(raw, "kilde");
        if (note.length() > ObservationDataset.MAX_NOTE) {
            errors.add(error(raw, "kilde", "Kilden er længere end " + ObservationDataset.MAX_NOTE + " tegn."));
        }
        if (errors.count() > before) {
            return Optional.empty();
        }
        if (value.kind() == DecimalText.Kind.MISSING) {
            warnings.add("Række " + raw.number() + ": ingen værdi („" + BoundedProblems.excerpt(valueText)
                    + "“) – rækken er sprunget over.");
            return Optional.empty();
        }
        return Optional.of(new ObservationDataset.Row(code, period.get(), dimension, value.value(),
                note.isEmpty() ? defaultNote : note));
    }

    private String cell(ObservationCsv.Row raw, String key) {
        return header.cell(raw.cells(), key);
    }

    private ImportProblem error(ObservationCsv.Row raw, String key, String message) {
        return new ImportProblem(raw.number(), header.name(key), message);
    }
}
