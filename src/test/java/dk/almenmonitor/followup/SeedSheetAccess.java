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

    /** Index (in sheet order) of each section's first goal: analyses, measurable goals, intents. */
    public static List<Integer> sectionStarts() throws IOException {
        List<SeedSheet.Row> rows = SeedSheet.goalRows();
        List<Integer> starts = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i == 0 || !rows.get(i).section().equals(rows.get(i - 1).section())) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** The sheet's concrete goals (analyses and measurable goals). */
    public static int concreteGoals() throws IOException {
        return (int) SeedSheet.goalRows().stream().filter(SeedSheet.Row::concrete).count();
    }

    /** Titles of the concrete goals whose Målopfyldelse is "Opfyldt", in sheet order. */
    public static List<String> fulfilledConcreteTitles() throws IOException {
        return SeedSheet.goalRows().stream().filter(r -> r.concrete() && r.achievement().trim().equalsIgnoreCase("Opfyldt"))
                .map(SeedSheet.Row::title).toList();
    }

    public static int intents() throws IOException {
        return (int) SeedSheet.goalRows().stream().filter(r -> !r.concrete()).count();
    }

    /** Titles of the measurable goals, in sheet order. */
    public static List<String> measurableTitles() throws IOException {
        return SeedSheet.goalRows().stream().filter(r -> r.section().equals("MEASURABLE")).map(SeedSheet.Row::title).toList();
    }

    /** The seed CSV with the Q1 2017 statuses of several goals replaced (indexes in sheet order). */
    public static byte[] csvWithQ1Statuses(List<Integer> indexes, List<String> statusTexts) throws IOException {
        java.util.Map<Integer, String> byRecord = new java.util.HashMap<>();
        List<SeedSheet.Row> rows = SeedSheet.goalRows();
        for (int i = 0; i < indexes.size(); i++) {
            byRecord.put(rows.get(indexes.get(i)).number(), statusTexts.get(i));
        }
        return SeedSheet.withCells(byRecord, 5);
    }

    /** Per goal in sheet order, the sheet's ten cells as written (goal, Tema, Tid, Indhold, Q4, Q1, delay, expected, Målopfyldelse, Tovholder). */
    public static List<List<String>> cellsInSheetOrder() throws IOException {
        return SeedSheet.goalRows().stream().map(r -> List.of(r.title(), r.theme(), r.deadline(), r.content(), r.q4(),
                r.q1(), r.delayReason(), r.expected(), r.achievement(), r.owner())).toList();
    }
}
