package dk.almenmonitor.indicator;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Dimension values of an observation, written {@code boligtype=familie} (several joined by {@code ,}); the empty text
 * is the total. When an indicator has one dimension the bare value ({@code familie}) is enough. The canonical form
 * has the names sorted and values in lower case.
 */
final class Dimensions {

    static final String TOTAL = "";

    private Dimensions() {
    }

    /** The canonical text, or empty when a name is not one of the indicator's dimensions or a value is missing. */
    static Optional<String> canonical(String text, java.util.List<String> allowed) {
        if (text == null || text.isBlank()) {
            return Optional.of(TOTAL);
        }
        Map<String, String> values = new TreeMap<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            String name = eq < 0 ? (allowed.size() == 1 ? allowed.get(0) : null) : p.substring(0, eq).trim();
            String value = (eq < 0 ? p : p.substring(eq + 1)).trim().toLowerCase(Locale.ROOT);
            if (name == null || !allowed.contains(name.toLowerCase(Locale.ROOT)) || value.isEmpty()
                    || !value.matches("[\\p{L}\\p{N} ._/-]{1,60}")
                    || values.put(name.toLowerCase(Locale.ROOT), value) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",")));
    }

    static Map<String, String> asMap(String canonical) {
        Map<String, String> map = new TreeMap<>();
        if (canonical != null && !canonical.isEmpty()) {
            for (String part : canonical.split(",")) {
                int eq = part.indexOf('=');
                map.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return map;
    }

    /** "familie", "familie, 2300" – the values only, for tables and legends; the total is "". */
    static String label(String canonical) {
        return String.join(", ", asMap(canonical).values());
    }
}
