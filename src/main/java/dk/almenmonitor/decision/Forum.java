package dk.almenmonitor.decision;

import java.util.Arrays;
import java.util.Optional;

/** The fora whose decisions are recorded; the codes are part of the API, the Danish names are message keys. */
public enum Forum {
    SAMARBEJDSFORUM, PARTNERSKABSFORUM, TMU, OEU, BR, BL1, OTHER;

    /** The key of the Danish name, e.g. {@code decision.forum.TMU} = "Teknik- og Miljøudvalget". */
    public String messageKey() {
        return "decision.forum." + name();
    }

    /** The forum with exactly this code; empty for anything else (case matters, as for every API code). */
    static Optional<Forum> of(String code) {
        return Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
    }
}
