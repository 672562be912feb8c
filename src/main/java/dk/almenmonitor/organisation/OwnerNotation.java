package dk.almenmonitor.organisation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the sheet's owner notation: {@code KK} (the municipality), {@code KK (TMF/ØKF)} (administrations TMF and
 * ØKF of KK), {@code BL’s 1. kreds} — and names or codes of other organisations, separated by "/", "," or " og ".
 */
final class OwnerNotation {

    private static final Pattern MUNICIPALITY_WITH_UNITS = Pattern.compile("^(\\S+)\\s*\\(([^)]*)\\)$");

    private final Map<String, String> codeByKey;

    /** @param codeByKey normalised name, alias or code → organisation code */
    OwnerNotation(Map<String, String> codeByKey) {
        this.codeByKey = codeByKey;
    }

    OwnerParseResult parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return new OwnerParseResult(List.of(), List.of());
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        String trimmed = text.trim();
        Matcher m = MUNICIPALITY_WITH_UNITS.matcher(trimmed);
        List<String> parts = m.matches() ? split(m.group(2)) : split(trimmed);
        if (m.matches() && lookup(m.group(1)).isEmpty()) {
            unknown.add(m.group(1));
        }
        for (String part : parts) {
            lookup(part).ifPresentOrElse(codes::add, () -> unknown.add(part));
        }
        return new OwnerParseResult(List.copyOf(codes), List.copyOf(unknown));
    }

    private Optional<String> lookup(String name) {
        return Optional.ofNullable(codeByKey.get(key(name)));
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("/|,|\\s+og\\s+|;")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts;
    }

    /** Case, apostrophe style and spacing do not matter: "BL's 1. kreds" = "BL’s 1. Kreds". */
    static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replace('’', '\'').replace('‘', '\'').replace('´', '\'').replace('`', '\'');
        return n.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
