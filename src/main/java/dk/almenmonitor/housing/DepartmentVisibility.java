package dk.almenmonitor.housing;

import java.util.Set;

/**
 * Which departments' own figures (heat, operating costs) a user may see: all of them, or those of these housing
 * organisations (by number), or none. The sector figures are for everyone.
 */
public record DepartmentVisibility(boolean all, Set<Integer> organisations) {

    public static final DepartmentVisibility NONE = new DepartmentVisibility(false, Set.of());
    public static final DepartmentVisibility ALL = new DepartmentVisibility(true, Set.of());

    public DepartmentVisibility {
        organisations = Set.copyOf(organisations);
    }

    public boolean sees(int organisationNo) {
        return all || organisations.contains(organisationNo);
    }

    /** Whether the user sees any department at all. */
    public boolean any() {
        return all || !organisations.isEmpty();
    }
}
