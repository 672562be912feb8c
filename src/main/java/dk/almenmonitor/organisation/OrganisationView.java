package dk.almenmonitor.organisation;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as other modules see it.
 *
 * @param parentCode the organisation this one belongs to (an administration's municipality); null for none
 */
public record OrganisationView(String code, String name, String kind, @Nullable String parentCode) {
}
