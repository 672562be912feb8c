package dk.almenmonitor.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dk.almenmonitor.shared.DanishFormat;

/**
 * The dataset's own facts of an imported report as lines for the page: the label key
 * ({@link ImportReport#detailLabelKey}) and the value as text. Counts ({@code created}, {@code updated} or
 * {@code revised}, {@code unchanged}, then {@code removed} and {@code missing} where the dataset counts them) read
 * "3 / 1 / 35 / 0" in that order, the label naming them; other maps read "familie 4, ungdom 0" with the parts named by
 * {@code imports.detail.part.<name>} (sorted by name); lists are joined; decimals are written the Danish way; a value
 * with a message {@code imports.detail.value.<value>} (a method's code) is shown by it.
 */
record ReportLines(String labelKey, String text) {

    static List<ReportLines> of(ImportReport report, Function<String, String> messages) {
        List<ReportLines> lines = new ArrayList<>();
        if (!report.imported()) {
            return lines;
        }
        report.details().forEach((name, value) -> {
            if (value != null) {
                lines.add(new ReportLines(report.detailLabelKey(name), text(value, messages)));
            }
        });
        return lines;
    }

    private static String text(Object value, Function<String, String> messages) {
        if (value instanceof Map<?, ?> counts && counts.containsKey("created")) {
            Object changed = counts.containsKey("updated") ? counts.get("updated") : counts.get("revised");
            String text = counts.get("created") + " / " + changed + " / " + counts.get("unchanged");
            for (String more : List.of("removed", "missing")) {
                text += counts.containsKey(more) ? " / " + counts.get(more) : "";
            }
            return text;
        }
        if (value instanceof Map<?, ?> parts) {
            List<String> named = new ArrayList<>();
            new TreeMap<>(parts).forEach((part, v) -> {
                String label = messages.apply("imports.detail.part." + part);
                named.add((label == null ? String.valueOf(part) : label) + " " + text(v, messages));
            });
            return String.join(", ", named);
        }
        if (value instanceof Collection<?> list) {
            boolean nested = list.stream().anyMatch(Map.class::isInstance);
            return String.join(nested ? "; " : ", ", list.stream().map(v -> text(v, messages)).toList());
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal decimal = new BigDecimal(value.toString()).stripTrailingZeros();
            return DanishFormat.number(decimal, Math.max(0, decimal.scale()));
        }
        if (value instanceof Boolean yes) {
            String text = messages.apply("imports.detail.value." + yes);
            return text == null ? String.valueOf(yes) : text;
        }
        if (value instanceof String code && code.matches("[A-Z][A-Z0-9_]{0,40}")) {
            String text = messages.apply("imports.detail.value." + code);
            return text == null ? code : text;
        }
        return String.valueOf(value);
    }
}
