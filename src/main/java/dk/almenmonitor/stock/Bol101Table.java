package dk.almenmonitor.stock;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mapping of Danmarks Statistik's table BOL101 (dwellings by area, occupancy, use, tenure, owner, year built and
 * time; statbank CSV with text labels) to the share of almene boliger (docs/domain.md §11). The rows of the
 * municipality are summed per year ({@code TID}, status per 1 January): almene = the rows whose owner ({@code EJER}) is
 * "Almene boligselskaber", dwellings = the owner total ("I alt") when the file has it, else the sum over every owner.
 * The other breakdowns (occupancy, use, tenure, year built) count whole: when a breakdown has a total row ("I alt") in a
 * year, only the total rows of that year are taken (the detail rows are already in them), else its values are summed. A suppressed cell
 * ({@code ..}) adds nothing and is counted.
 */
final class Bol101Table {

    /** The breakdown columns that are summed over (or taken at their total). */
    static final List<String> BREAKDOWNS = List.of("BEBO", "ANVENDELSE", "UDLFORH", "OPFØRELSESÅR");

    enum Owner { ALMEN, TOTAL, OTHER }

    /** One year's figure: almene, dwellings and the suppressed cells left out. */
    record YearFigure(int year, long almene, long dwellings, int suppressed) {
    }

    private record Key(int year, int mask, Owner owner) {
    }

    private static final class Sum {
        long value;
        int cells;
        int suppressed;
    }

    private final String almenOwner;
    private final Map<Key, Sum> sums = new HashMap<>();
    private final Map<Integer, boolean[]> hasTotal = new HashMap<>();
    private final boolean[] present;
    private boolean almenSeen;

    /**
     * @param present     whether the file has each of {@link #BREAKDOWNS} (an absent one counts as its total)
     * @param almenOwner  the {@code EJER} label of the almene boligselskaber
     */
    Bol101Table(boolean[] present, String almenOwner) {
        this.present = present.clone();
        this.almenOwner = almenOwner.strip().toLowerCase(Locale.ROOT);
    }

    static boolean total(String label) {
        if (label == null) {
            return false;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        return l.equals("i alt") || l.startsWith("i alt ") || l.equals("total") || l.equals("alle");
    }

    Owner owner(String label) {
        if (label != null && label.strip().toLowerCase(Locale.ROOT).equals(almenOwner)) {
            return Owner.ALMEN;
        }
        return total(label) ? Owner.TOTAL : Owner.OTHER;
    }

    /** Adds one row of the municipality; {@code value} null when suppressed. */
    void add(int year, List<String> breakdowns, String owner, Long value) {
        int mask = 0;
        boolean[] totals = hasTotal.computeIfAbsent(year, y -> new boolean[BREAKDOWNS.size()]);
        for (int i = 0; i < BREAKDOWNS.size(); i++) {
            boolean isTotal = !present[i] || total(breakdowns.get(i));
            if (isTotal) {
                mask |= 1 << i;
                if (present[i]) {
                    totals[i] = true;
                }
            }
        }
        Owner kind = owner(owner);
        almenSeen |= kind == Owner.ALMEN;
        Sum sum = sums.computeIfAbsent(new Key(year, mask, kind), k -> new Sum());
        sum.cells++;
        if (value == null) {
            sum.suppressed++;
        } else {
            sum.value += value;
        }
    }

    /** Whether some row had the almene boligselskaber as owner. */
    boolean almenSeen() {
        return almenSeen;
    }

    /** The figures per year, oldest first. */
    List<YearFigure> figures() {
        Map<Integer, YearFigure> years = new TreeMap<>();
        for (int year : new java.util.TreeSet<>(hasTotal.keySet())) {
            int wanted = 0;
            for (int i = 0; i < BREAKDOWNS.size(); i++) {
                if (!present[i] || hasTotal.get(year)[i]) {
                    wanted |= 1 << i;
                }
            }
            Sum almen = sums.get(new Key(year, wanted, Owner.ALMEN));
            Sum total = sums.get(new Key(year, wanted, Owner.TOTAL));
            Sum other = sums.get(new Key(year, wanted, Owner.OTHER));
            long almene = almen == null ? 0 : almen.value;
            int suppressed = almen == null ? 0 : almen.suppressed;
            long dwellings;
            if (total != null && total.suppressed == 0) {
                dwellings = total.value;
            } else {
                dwellings = almene + (other == null ? 0 : other.value);
                suppressed += other == null ? 0 : other.suppressed;
            }
            years.put(year, new YearFigure(year, almene, dwellings, suppressed));
        }
        return List.copyOf(years.values());
    }
}
