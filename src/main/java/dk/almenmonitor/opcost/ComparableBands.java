package dk.almenmonitor.opcost;

import java.util.List;

/**
 * Which departments are comparable (our rule, docs/domain.md §15): the same size band by dwellings and the same
 * year-built band, both as the department spine ({@code housing.department}) has them when the year is imported. A
 * department the spine knows no dwellings (or none above 0) or no year built for falls in the band {@code unknown}.
 * Bands are half-open: a band's {@code from} is inclusive, the next band's {@code from} its exclusive end.
 */
final class ComparableBands {

    static final String UNKNOWN = "unknown";
    /** The group code of the whole sector (all departments of the year). */
    static final String ALL = "all";

    /** A band: its code (API, database) and where it starts (null for the first). */
    record Band(String code, Integer from) {
    }

    static final List<Band> SIZE = List.of(new Band("under-50", null), new Band("50-199", 50),
            new Band("200-499", 200), new Band("500-plus", 500));

    static final List<Band> BUILT = List.of(new Band("before-1945", null), new Band("1945-1969", 1945),
            new Band("1970-1989", 1970), new Band("1990-2009", 1990), new Band("2010-plus", 2010));

    private ComparableBands() {
    }

    static String sizeBand(Integer dwellings) {
        return dwellings == null || dwellings <= 0 ? UNKNOWN : band(SIZE, dwellings);
    }

    static String builtBand(Integer yearBuilt) {
        return yearBuilt == null ? UNKNOWN : band(BUILT, yearBuilt);
    }

    private static String band(List<Band> bands, int value) {
        String code = bands.get(0).code();
        for (Band band : bands) {
            if (band.from() == null || value >= band.from()) {
                code = band.code();
            }
        }
        return code;
    }

    /** The position of a band code in its list, unknown last, for sorting groups. */
    static int order(List<Band> bands, String code) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).code().equals(code)) {
                return i;
            }
        }
        return ALL.equals(code) ? -1 : bands.size();
    }

    /** The message key of a band's Danish name. */
    static String sizeLabelKey(String code) {
        return "opcost.size." + code;
    }

    static String builtLabelKey(String code) {
        return "opcost.built." + code;
    }
}
