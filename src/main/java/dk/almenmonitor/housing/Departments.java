package dk.almenmonitor.housing;

import java.util.List;
import java.util.Optional;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing spine's public face. The departments own their heat and operating-cost figures, which serve their
 * planning: the secretariat (ADMIN) and the data stewards see every department, a housing organisation's own EDITOR
 * accounts see its departments, everyone else sees the sector figures only.
 */
@Component
public class Departments {

    private final DepartmentRepository departments;

    Departments(DepartmentRepository departments) {
        this.departments = departments;
    }

    /**
     * Creates the organisations and departments that a staging table names and the spine lacks, in the caller's
     * transaction (an import's load); the columns hold organisation and department numbers. How many departments
     * were created.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int ensureFrom(String stagingTable, String organisationColumn, String departmentColumn) {
        return departments.ensureFrom(stagingTable, organisationColumn, departmentColumn);
    }

    /**
     * Creates the housing organisations among {@code organisationNumbers} that the spine lacks (numbers only), in the
     * caller's transaction, for a dataset whose rows name an organisation but no department (the new-build list). How
     * many were created.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int ensureOrganisations(java.util.Collection<Integer> organisationNumbers) {
        return departments.ensureOrganisations(organisationNumbers);
    }

    public DepartmentVisibility visibleTo(CurrentUser user) {
        if (user == null) {
            return DepartmentVisibility.NONE;
        }
        if (user.role() == Role.ADMIN || user.role() == Role.DATA_STEWARD) {
            return DepartmentVisibility.ALL;
        }
        if (user.role() == Role.EDITOR && !user.organisationCodes().isEmpty()) {
            return new DepartmentVisibility(false, departments.organisationsWithAccountCodes(user.organisationCodes()));
        }
        return DepartmentVisibility.NONE;
    }

    public Optional<Department> find(DepartmentKey key) {
        return departments.find(key);
    }

    /** Every department, in key order. */
    public List<Department> all() {
        return departments.all();
    }

    /** A department of the spine; numbers and names may be missing for a department created from another dataset. */
    public record Department(DepartmentKey key, String organisationName, String name, Integer postalCode,
                             Integer yearBuilt, Integer dwellings, java.math.BigDecimal heatedAreaM2) {
    }
}
