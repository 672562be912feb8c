package dk.almenmonitor.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The dataset's own facts of an imported report as lines for the page: label key
 * {@code imports.detail.<dataset>.<field>} (in the contributing module's messages) and the value as text. Counts
 * ({@code created}, {@code updated} or {@code revised}, {@code unchanged}) read "3 / 1 / 35", lists are joined.
 */
record ReportLines(String labelKey, String text) {

    static List<ReportLines> of(ImportReport report) {
        List<ReportLines> lines = new ArrayList<>();
        if (!report.imported()) {
            return lines;
        }
        report.details().forEach((name, value) -> {
            if (value != null) {
                lines.add(new ReportLines("imports.detail." + report.dataset() + "." + name, text(value)));
            }
        });
        return lines;
    }

    private static String text(Object value) {
        if (value instanceof Map<?, ?> counts && counts.containsKey("created")) {
            Object changed = counts.containsKey("updated") ? counts.get("updated") : counts.get("revised");
            return counts.get("created") + " / " + changed + " / " + counts.get("unchanged");
        }
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
