package dk.almenmonitor.rent;

import java.util.Locale;

/** The housing types of the rent register: family, youth and elderly dwellings. */
enum HousingType {
    FAMILY("familie"), YOUTH("ungdom"), ELDERLY("aeldre");

    private final String code;

    HousingType(String code) {
        this.code = code;
    }

    /** The file's code ({@code familie}, {@code ungdom}, {@code aeldre} or {@code ældre}, any case), or null. */
    static HousingType fromCode(String text) {
        if (text == null) {
            return null;
        }
        String code = text.strip().toLowerCase(Locale.ROOT).replace("æ", "ae");
        for (HousingType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        return null;
    }

    /** The code in the file and in the indicator's dimension ({@code boligtype=familie}). */
    String code() {
        return code;
    }

    String dimension() {
        return "boligtype=" + code;
    }
}
