package dk.almenmonitor.indicator;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** Who may import figures, through the API or the page: the secretariat and the data stewards. */
final class ObservationImportAccess {

    private static final Set<String> IMPORTERS = Set.of("ROLE_ADMIN", "ROLE_DATA_STEWARD");

    private ObservationImportAccess() {
    }

    static void requireImporter(Authentication user) {
        if (user == null || user.getAuthorities().stream().noneMatch(a -> IMPORTERS.contains(a.getAuthority()))) {
            throw new AccessDeniedException("Kun sekretariatet (ADMIN) og datastewards kan importere tal.");
        }
    }
}
