package dk.almenmonitor.opcost;

import java.util.List;

import dk.almenmonitor.shared.RequestRefused;

/** The {@code year} of a request: a year from 1900 to 2100, or absent for the latest year imported. */
final class YearParameter {

    private YearParameter() {
    }

    /** The year asked for or the latest; 400 for a malformed one, 404 when there is none or it was not imported. */
    static int resolve(String text, List<Integer> years) {
        if (text == null || text.isBlank()) {
            if (years.isEmpty()) {
                throw RequestRefused.notFound("opcost.refused.noData");
            }
            return years.get(years.size() - 1);
        }
        String trimmed = text.strip();
        int year;
        if (trimmed.length() != 4 || !trimmed.chars().allMatch(Character::isDigit)) {
            throw RequestRefused.badRequest("opcost.refused.year", excerpt(trimmed));
        }
        year = Integer.parseInt(trimmed);
        if (year < 1900 || year > 2100) {
            throw RequestRefused.badRequest("opcost.refused.year", trimmed);
        }
        if (!years.contains(year)) {
            throw RequestRefused.notFound("opcost.refused.unknownYear", trimmed);
        }
        return year;
    }

    private static String excerpt(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
