package dk.almenmonitor.decision;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import dk.almenmonitor.shared.RequestRefused;
import org.jspecify.annotations.Nullable;

/**
 * The checks on a decision before it is stored (docs/domain.md "Decisions"). Every refusal is a 400 whose Danish text
 * names the field; its message code is {@code decision.refused.<field>.<what>}, so a form can mark the field.
 */
final class DecisionRules {

    static final int MAX_TEXT = 500;
    static final int MAX_REFERENCE = 300;
    static final int MAX_GOALS = 20;
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    /** Something that starts like a URI scheme ("https:", "javascript:") directly followed by more than a space. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]{0,30}):\\S");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private DecisionRules() {
    }

    /** A date written {@code yyyy-MM-dd}, not before 1990 and not after today (a decision has been made). */
    static LocalDate date(@Nullable String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw RequestRefused.badRequest("decision.refused.date.missing");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RequestRefused.badRequest("decision.refused.date.invalid", abbreviate(text));
        }
        if (date.isBefore(EARLIEST) || date.isAfter(today)) {
            throw RequestRefused.badRequest("decision.refused.date.range");
        }
        return date;
    }

    static Forum forum(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw RequestRefused.badRequest("decision.refused.forum.missing");
        }
        return Forum.of(code.strip()).orElseThrow(() ->
                RequestRefused.badRequest("decision.refused.forum.unknown", abbreviate(code)));
    }

    /** The decision in a sentence: required, on one line (line breaks become spaces), at most {@value #MAX_TEXT}. */
    static String text(@Nullable String text) {
        String clean = oneLine(text);
        if (clean.isEmpty()) {
            throw RequestRefused.badRequest("decision.refused.text.missing");
        }
        if (clean.length() > MAX_TEXT) {
            throw RequestRefused.badRequest("decision.refused.text.tooLong", MAX_TEXT);
        }
        return clean;
    }

    /**
     * The reference: optional, at most {@value #MAX_REFERENCE}; a case number is any text, a link (anything that
     * starts with a scheme) must be http or https with a host.
     */
    static @Nullable String reference(@Nullable String text) {
        String clean = oneLine(text);
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.length() > MAX_REFERENCE) {
            throw RequestRefused.badRequest("decision.refused.reference.tooLong", MAX_REFERENCE);
        }
        if (SCHEME.matcher(clean).find() && link(clean) == null) {
            throw RequestRefused.badRequest("decision.refused.reference.link");
        }
        return clean;
    }

    /** The reference as a link when it is an http/https URI with a host, else null (then it is shown as text). */
    static @Nullable String link(@Nullable String reference) {
        if (reference == null) {
            return null;
        }
        try {
            URI uri = new URI(reference);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String oneLine(@Nullable String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String text) {
        String clean = oneLine(text);
        return clean.length() <= 40 ? clean : clean.substring(0, 39) + "…";
    }
}
