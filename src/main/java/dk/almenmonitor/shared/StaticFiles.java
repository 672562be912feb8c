package dk.almenmonitor.shared;

import java.util.List;

/**
 * Where the application's static files are served: public without login (identity's security configuration) and
 * served without a session lookup (web's outage filter), so both read the same list.
 */
public final class StaticFiles {

    /** Path prefixes of the static files, each ending in {@code /} except the single favicon. */
    public static final List<String> PREFIXES = List.of("/css/", "/js/", "/img/", "/fonts/", "/webjars/", "/favicon.ico");

    private StaticFiles() {
    }

    /** True when the (decoded, normalised) servlet path is a static file's. */
    public static boolean isStatic(String servletPath) {
        return PREFIXES.stream().anyMatch(servletPath::startsWith);
    }

    /** The same places as path patterns ({@code /css/**}, …, {@code /favicon.ico}). */
    public static List<String> patterns() {
        return PREFIXES.stream().map(p -> p.endsWith("/") ? p + "**" : p).toList();
    }
}
