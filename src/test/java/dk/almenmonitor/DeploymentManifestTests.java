package dk.almenmonitor;

import static dk.almenmonitor.DeploymentManifest.list;
import static dk.almenmonitor.DeploymentManifest.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 5: the example Kubernetes deployment in docs/deploy/ parses and agrees with the image (pom.xml,
 * profile "image") and the production profile: ports, probe paths, user, profile, secrets. That the probe paths and
 * the scrape path answer on those ports is ProductionProfileIntegrationTests.
 */
class DeploymentManifestTests {

    private final DeploymentManifest manifest;
    private final DeploymentManifest.Image image;
    private final Properties production;

    DeploymentManifestTests() throws Exception {
        manifest = new DeploymentManifest();
        image = DeploymentManifest.Image.fromPom();
        production = DeploymentManifest.productionProfile();
    }

    @Test
    void theManifestHoldsADeploymentOfSeveralReplicasWithItsServices() {
        assertThat(manifest.documents).allSatisfy(d -> assertThat(d).containsKeys("apiVersion", "kind", "metadata"));
        assertThat((Integer) map(manifest.deployment(), "spec").get("replicas")).isGreaterThanOrEqualTo(2);
        assertThat(manifest.ofKind("Service")).hasSize(2);
        assertThat(manifest.ofKind("PodDisruptionBudget")).hasSize(1);
    }

    @Test
    void portsAreTheImagesAndTheProductionProfiles() {
        Map<String, Integer> ports = manifest.containerPorts();
        assertThat(ports.values()).containsExactlyInAnyOrderElementsOf(image.ports());
        assertThat(ports.get("http")).isEqualTo(Integer.parseInt(production.getProperty("server.port")));
        assertThat(ports.get("management")).isEqualTo(Integer.parseInt(production.getProperty("management.server.port")));
        Map<String, Object> annotations = map(map(map(map(manifest.deployment(), "spec"), "template"), "metadata"),
                "annotations");
        assertThat(annotations.get("prometheus.io/port")).isEqualTo(String.valueOf(ports.get("management")));
        assertThat(annotations.get("prometheus.io/path")).isEqualTo("/actuator/prometheus");
        assertThat(production.getProperty("management.endpoints.web.exposure.include")).contains("prometheus", "health");
    }

    @Test
    void probesUseTheHealthGroupsOnTheApplicationPort() {
        // /livez and /readyz are the liveness and readiness groups on the main port (add-additional-paths).
        assertThat(production.getProperty("management.endpoint.health.probes.add-additional-paths")).isEqualTo("true");
        int http = manifest.containerPorts().get("http");
        assertThat(manifest.probe("livenessProbe")).isEqualTo(new DeploymentManifest.Probe("/livez", http));
        assertThat(manifest.probe("readinessProbe")).isEqualTo(new DeploymentManifest.Probe("/readyz", http));
        assertThat(manifest.probe("startupProbe")).isEqualTo(new DeploymentManifest.Probe("/readyz", http));
    }

    @Test
    void itRunsAsTheImagesNonRootUser() {
        assertThat(image.user()).isEqualTo("1000:1000");
        Map<String, Object> pod = map(manifest.podSpec(), "securityContext");
        assertThat(pod).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", 1000).containsEntry("runAsGroup", 1000);
        Map<String, Object> container = map(manifest.container(), "securityContext");
        assertThat(container).containsEntry("allowPrivilegeEscalation", false).containsEntry("readOnlyRootFilesystem", true);
        // A read-only root: the temporary directory (uploads are spooled there) is a volume.
        assertThat(list(manifest.container(), "volumeMounts")).anySatisfy(m -> assertThat(m).containsEntry("mountPath", "/tmp"));
    }

    @Test
    void productionProfileExternalDatabaseAndOidcFromSecrets() {
        assertThat(image.environment()).containsEntry("SPRING_PROFILES_ACTIVE", "production");
        assertThat(manifest.env()).containsEntry("SPRING_PROFILES_ACTIVE", "production")
                .containsEntry("ALMEN_OIDC_ENABLED", "true")
                .hasEntrySatisfying("SPRING_DATASOURCE_URL", url -> assertThat(url).startsWith("jdbc:postgresql://"));
        assertThat(manifest.secretEnv()).contains("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                "SPRING_FLYWAY_USER", "SPRING_FLYWAY_PASSWORD", "ALMEN_OIDC_ISSUER_URI", "ALMEN_OIDC_CLIENT_ID",
                "ALMEN_OIDC_CLIENT_SECRET");
        assertThat(manifest.env()).doesNotContainKeys("SPRING_DATASOURCE_PASSWORD", "ALMEN_OIDC_CLIENT_SECRET");
    }

    @Test
    void resourcesAreSet() {
        Map<String, Object> resources = map(manifest.container(), "resources");
        assertThat(map(resources, "requests")).containsKeys("cpu", "memory");
        assertThat(map(resources, "limits")).containsKey("memory");
    }
}
