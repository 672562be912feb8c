package dk.almenmonitor.organisation;

/** An organisation as other modules see it. */
public record OrganisationView(String code, String name, String kind, String parentCode) {
}
