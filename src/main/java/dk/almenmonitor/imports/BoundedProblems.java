package dk.almenmonitor.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The errors or the warnings of one import, bounded: the first {@link #LIMIT} are kept, the rest only counted, and
 * the list ends with one entry "… og N flere fejl." (or "advarsler"). Every importer collects through this class, so a
 * file with a million bad rows or columns still gives a report of a hundred lines.
 */
public final class BoundedProblems<T> {

    /** How many problems of one kind a report keeps. */
    public static final int LIMIT = 100;
    /** How much of a value from the file a message quotes. */
    public static final int EXCERPT = 80;

    private final int limit;
    private final String summaryKey;
    private final Function<String, T> summary;
    private final List<T> kept = new ArrayList<>();
    private int count;

    private BoundedProblems(int limit, String summaryKey, Function<String, T> summary) {
        this.limit = limit;
        this.summaryKey = summaryKey;
        this.summary = summary;
    }

    /** Errors; {@code summary} makes the last entry from its Danish text when some were left out. */
    public static <T> BoundedProblems<T> errors(Function<String, T> summary) {
        return new BoundedProblems<>(LIMIT, "imports.bounded.errors", summary);
    }

    public static <T> BoundedProblems<T> warnings(Function<String, T> summary) {
        return new BoundedProblems<>(LIMIT, "imports.bounded.warnings", summary);
    }

    static <T> BoundedProblems<T> errors(int limit, Function<String, T> summary) {
        return new BoundedProblems<>(limit, "imports.bounded.errors", summary);
    }

    public void add(T problem) {
        count++;
        if (kept.size() < limit) {
            kept.add(problem);
        }
    }

    /** Every problem added, kept or not; compare before and after a check to see whether it found anything. */
    public int count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The kept problems, and when some were left out a last entry saying how many. */
    public List<T> list() {
        List<T> list = new ArrayList<>(kept);
        if (count > kept.size()) {
            list.add(summary.apply(ImportWords.text(summaryKey, count - kept.size())));
        }
        return List.copyOf(list);
    }

    /** A value from the file as a message quotes it: at most {@link #EXCERPT} characters, control characters dropped. */
    public static String excerpt(String value) {
        if (value == null) {
            return "";
        }
        String head = value.length() > 4 * EXCERPT ? value.substring(0, 4 * EXCERPT) : value;
        String clean = head.replaceAll("\\p{Cntrl}", "");
        boolean cut = clean.length() > EXCERPT || head.length() < value.length();
        return cut ? clean.substring(0, Math.min(EXCERPT, clean.length())) + "…" : clean;
    }
}
