package dk.almenmonitor.shared;

/** Reads Danish period expressions (DOMAIN.md §1). Never throws; text without a period gives {@code found=false}. */
public final class DanishPeriodParser {

    private DanishPeriodParser() {
    }

    public static ParsedPeriod parse(String text) {
        // Placeholder until the parser lands (issue 2, item 3): every text reads as "no period".
        return ParsedPeriod.notFound(text);
    }
}
