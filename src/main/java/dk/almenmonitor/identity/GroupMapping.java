package dk.almenmonitor.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the groups an OIDC provider reports into a role and organisations, from {@code almen.oidc.group-mapping}
 * entries such as {@code KK-TMF-Almen=EDITOR:TMF} or {@code KK-Almen-Sekretariat=ADMIN}. A user in several mapped
 * groups gets the most privileged role and the organisations of all of them; a user in none gets no access.
 */
final class GroupMapping {

    /** Most privileged first (the same order as the page layout uses). */
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.DATA_STEWARD, Role.EDITOR, Role.READER);

    record Grant(Role role, Set<String> organisationCodes) {
    }

    private final Map<String, Grant> grants = new LinkedHashMap<>();

    GroupMapping(Map<String, String> mapping) {
        mapping.forEach((group, value) -> grants.put(group, parse(group, value)));
    }

    Optional<Grant> resolve(Collection<String> groups) {
        List<Grant> matched = new ArrayList<>();
        for (String group : groups) {
            Grant grant = grants.get(group);
            if (grant != null) {
                matched.add(grant);
            }
        }
        if (matched.isEmpty()) {
            return Optional.empty();
        }
        Role role = matched.stream().map(Grant::role).min(Comparator.comparingInt(PRECEDENCE::indexOf)).orElseThrow();
        Set<String> organisations = new TreeSet<>();
        matched.forEach(grant -> organisations.addAll(grant.organisationCodes()));
        return Optional.of(new Grant(role, organisations));
    }

    private static Grant parse(String group, String value) {
        String[] parts = value.strip().split(":", 2);
        Role role;
        try {
            role = Role.valueOf(parts[0].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("almen.oidc.group-mapping." + group + ": unknown role '" + parts[0]
                    + "' (use ADMIN, EDITOR, DATA_STEWARD or READER, optionally followed by :ORG,ORG)", e);
        }
        Set<String> organisations = new TreeSet<>();
        if (parts.length == 2) {
            for (String code : parts[1].split(",")) {
                if (!code.isBlank()) {
                    organisations.add(code.strip());
                }
            }
        }
        if (role == Role.EDITOR && organisations.stream().anyMatch(CurrentUser.MUNICIPALITY::equalsIgnoreCase)) {
            throw new IllegalArgumentException("almen.oidc.group-mapping." + group + ": an EDITOR cannot act for "
                    + CurrentUser.MUNICIPALITY + " (goals owned by the municipality as a whole are the secretariat's; "
                    + "map the group to ADMIN or to the administrations, e.g. EDITOR:TMF)");
        }
        return new Grant(role, organisations);
    }
}
