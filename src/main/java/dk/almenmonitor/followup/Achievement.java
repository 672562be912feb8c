package dk.almenmonitor.followup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Målopfyldelse as the municipality's sheet writes it. A missing value is shown as "ikke registreret". */
public enum Achievement {
    FULFILLED("Opfyldt"), IN_PROGRESS("I proces"), CONSIDERED("Indtænkes"), NOT_FULFILLED("Ikke opfyldt");

    private final String danish;

    Achievement(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    /** Reads "Opfyldt", "i proces", "Indtænkes", "Ikke opfyldt" (case and surrounding spaces ignored). */
    public static Optional<Achievement> fromDanish(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().replaceAll("\\s+", " ").replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.danish.toLowerCase(Locale.ROOT).equals(t)).findFirst();
    }
}
