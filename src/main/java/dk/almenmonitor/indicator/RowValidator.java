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
import dk.almenmonitor.imports.ImportTexts;

/** Checks one data row of an observations file and turns it into a {@link ObservationDataset.Row}. */
final class RowValidator {

    /** Figures are statistics: bounded so that a value from a file always fits the database and the charts. */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_DECIMALS = 6;

    private final Map<String, IndicatorView> indicators;
    private final ImportHeader header;
    private final String defaultNote;
    private final ImportTexts texts;

    RowValidator(ImportTexts texts, List<IndicatorView> indicators, ImportHeader header, String fileName) {
        this.texts = texts;
        this.indicators = indicators.stream().collect(Collectors.toMap(IndicatorView::code, Function.identity()));
        this.header = header;
        this.defaultNote = fileName == null ? texts.text("indicator.import.note.noFileName")
                : texts.text("indicator.import.note", fileName);
    }

    Optional<ObservationDataset.Row> validate(ObservationCsv.Row raw, BoundedProblems<ImportProblem> errors,
                                               BoundedProblems<String> warnings) {
        int before = errors.count();
        String code = cell(raw, "indikator");
        IndicatorView indicator = indicators.get(code);
        if (indicator == null) {
            errors.add(code.isEmpty() ? error(raw, "indikator", "indicator.import.row.noIndicator")
                    : error(raw, "indikator", "indicator.import.row.unknownIndicator", BoundedProblems.excerpt(code),
                    String.join(", ", indicators.keySet().stream().sorted().toList())));
        }
        String periodText = cell(raw, "periode");
        Optional<ObservationPeriod> period = ObservationPeriod.parse(periodText);
        if (period.isEmpty()) {
            errors.add(error(raw, "periode", "indicator.import.row.period", BoundedProblems.excerpt(periodText)));
        }
        String valueText = cell(raw, "vaerdi");
        DecimalText.Parsed value = DecimalText.parse(valueText);
        switch (value.kind()) {
            case INVALID -> errors.add(error(raw, "vaerdi", "indicator.import.row.notANumber",
                    BoundedProblems.excerpt(valueText)));
            case AMBIGUOUS -> errors.add(error(raw, "vaerdi", "indicator.import.row.ambiguous", valueText,
                    valueText.replace(".", ""), valueText.replace('.', ',')));
            case NUMBER -> {
                java.math.BigDecimal digits = value.value().stripTrailingZeros();
                if (digits.precision() - digits.scale() > MAX_INTEGER_DIGITS || digits.scale() > MAX_DECIMALS) {
                    errors.add(error(raw, "vaerdi", "indicator.import.row.tooManyDigits", BoundedProblems.excerpt(valueText),
                            String.valueOf(MAX_INTEGER_DIGITS), String.valueOf(MAX_DECIMALS)));
                }
            }
            default -> { }
        }
        String dimension = null;
        if (indicator != null) {
            String dimText = cell(raw, "dimension");
            dimension = Dimensions.canonical(dimText, indicator.dimensions()).orElse(null);
            if (dimension == null) {
                errors.add(indicator.dimensions().isEmpty()
                        ? error(raw, "dimension", "indicator.import.row.noDimensions", BoundedProblems.excerpt(dimText))
                        : error(raw, "dimension", "indicator.import.row.dimension", BoundedProblems.excerpt(dimText),
                        indicator.dimensions().get(0)));
            }
        }
        String note = cell(raw, "kilde");
        if (note.length() > ObservationDataset.MAX_NOTE) {
            errors.add(error(raw, "kilde", "indicator.import.row.noteTooLong", String.valueOf(ObservationDataset.MAX_NOTE)));
        }
        if (errors.count() > before) {
            return Optional.empty();
        }
        if (value.kind() == DecimalText.Kind.MISSING) {
            warnings.add(texts.text("indicator.import.row.noValue", String.valueOf(raw.number()),
                    BoundedProblems.excerpt(valueText)));
            return Optional.empty();
        }
        return Optional.of(new ObservationDataset.Row(code, period.get(), dimension, value.value(),
                note.isEmpty() ? defaultNote : note));
    }

    private String cell(ObservationCsv.Row raw, String key) {
        return header.cell(raw.cells(), key);
    }

    private ImportProblem error(ObservationCsv.Row raw, String column, String messageKey, Object... args) {
        return texts.problem(raw.number(), header.name(column), messageKey, args);
    }
}
