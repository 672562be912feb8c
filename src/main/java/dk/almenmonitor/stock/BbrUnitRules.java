package dk.almenmonitor.stock;

import java.util.Set;

/**
 * Which BBR units count for the share of almene boliger (docs/domain.md §11): a unit is a
 * dwelling when its use ({@code enh020EnhedensAnvendelse}) is one of the dwelling codes and its status is 6 (Opført) or
 * 7 (Gældende); 185 (annex) and every other use, and statuses such as 10 (Slettet) and 11 (Fejlregistreret), do not
 * count. A dwelling is almen when its public support ({@code enh046OffentligStøtte}) is 10, 25, 40 or 42; when the
 * support is not given, when the owner ({@code byg066Ejerforhold}) is 20 (alment boligselskab).
 */
final class BbrUnitRules {

    static final Set<Integer> DWELLING_USES = Set.of(110, 120, 121, 122, 131, 132, 140, 150, 160, 190);
    static final Set<Integer> EXISTING_STATUSES = Set.of(6, 7);
    static final Set<Integer> ALMEN_SUPPORT = Set.of(10, 25, 40, 42);
    static final int ALMEN_OWNER = 20;

    /** What a unit is for the share. */
    enum Kind { NOT_COUNTED, DWELLING, ALMEN }

    private BbrUnitRules() {
    }

    static boolean dwelling(int use, int status) {
        return DWELLING_USES.contains(use) && EXISTING_STATUSES.contains(status);
    }

    /** Almen by support; by the owner only when the support is missing (null). */
    static boolean almen(Integer support, Integer owner) {
        if (support != null) {
            return ALMEN_SUPPORT.contains(support);
        }
        return owner != null && owner == ALMEN_OWNER;
    }

    static Kind kind(int use, int status, Integer support, Integer owner) {
        if (!dwelling(use, status)) {
            return Kind.NOT_COUNTED;
        }
        return almen(support, owner) ? Kind.ALMEN : Kind.DWELLING;
    }

    /** The share in per cent with one decimal (half up); null when there are no dwellings. */
    static java.math.BigDecimal sharePct(long almene, long dwellings) {
        if (dwellings <= 0) {
            return null;
        }
        return java.math.BigDecimal.valueOf(almene).multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(dwellings), 1, java.math.RoundingMode.HALF_UP);
    }

    /** A municipality code as four digits ({@code 101} and {@code 0101} are København); null when not 1–9999. */
    static String municipality(long code) {
        return code >= 1 && code <= 9999 ? "%04d".formatted(code) : null;
    }
}
