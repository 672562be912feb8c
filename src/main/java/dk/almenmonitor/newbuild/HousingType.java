package dk.almenmonitor.newbuild;

import java.util.Locale;
import java.util.Optional;

/** The housing types of the project list: the file's words, the API's names and the indicator dimension value. */
enum HousingType {
    FAMILY("familie"), YOUTH("ungdom"), ELDERLY("aeldre");

    private final String word;

    HousingType(String word) {
        this.word = word;
    }

    /** The file's and the dimension's word ({@code familie}, {@code ungdom}, {@code aeldre}). */
    String word() {
        return word;
    }

    /** {@code boligtype=familie} etc., as the indicator {@code skema-a-tilsagn} writes its dimension. */
    String dimension() {
        return "boligtype=" + word;
    }

    /** {@code familie}, {@code ungdom}, {@code aeldre} or {@code ældre}, any case; the API names too. */
    static Optional<HousingType> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("æ", "ae");
        for (HousingType type : values()) {
            if (type.word.equals(t) || type.name().toLowerCase(Locale.ROOT).equals(t)
                    || t.equals(type.word + "sbolig") || t.equals(type.word + "bolig")) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
