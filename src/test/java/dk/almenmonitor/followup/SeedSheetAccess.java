package dk.almenmonitor.followup;

import java.io.IOException;
import java.util.List;

/** Lets tests in other packages read the seed sheet the same independent way. */
public final class SeedSheetAccess {

    private SeedSheetAccess() {
    }

    /** Goal texts as the sheet orders them (which is the Bilag 1 order the municipality uses). */
    public static List<String> titlesInSheetOrder() throws IOException {
        return SeedSheet.goalRows().stream().map(SeedSheet.Row::title).toList();
    }

    /** Per goal in sheet order: whether the sheet's Q1 2017 cell is "Uændret" or repeats the Q4 text. */
    public static List<Boolean> unchangedInSheetOrder() throws IOException {
        return SeedSheet.goalRows().stream()
                .map(r -> r.q1().equals("Uændret") || r.q1().trim().equals(r.q4().trim())).toList();
    }
}
