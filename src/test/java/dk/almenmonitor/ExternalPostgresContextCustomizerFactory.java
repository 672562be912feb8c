package dk.almenmonitor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The second test run against a real external PostgreSQL (issue 14; the {@code external-postgresql} execution in
 * {@code pom.xml}, docs/operations.md "Evidence"): with the system property {@code almen.test.external-pg=true}, every
 * Spring test context gets a fresh database of its own on the {@link ExternalPostgres} server, configured as production
 * configures an external database ({@code spring.datasource.*} as the application role, {@code spring.flyway.user} as
 * the owner), so {@code EmbeddedPostgresConfiguration} steps aside. The existing tests run unchanged. For the tests that
 * read as the owner, an owner connection is offered as the {@link FlywayDataSource} bean (not a default candidate), as
 * the embedded configuration offers one.
 *
 * <p>Without the property (the normal run) this does nothing. Registered in {@code META-INF/spring.factories}.
 */
public class ExternalPostgresContextCustomizerFactory implements ContextCustomizerFactory {

    static final String ENABLED = "almen.test.external-pg";

    static boolean enabled() {
        return Boolean.getBoolean(ENABLED);
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return enabled() ? new OwnDatabase() : null;
    }

    /** Equal to every other: the context cache keys stay as without it, one database per cached context. */
    private static final class OwnDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            ExternalPostgres server = ExternalPostgres.requireOrSkip();
            String database = server.createDatabase("x");
            Map<String, Object> properties = new HashMap<>(server.applicationProperties(database));
            // Many cached contexts share the server: small pools, as the embedded test configuration has them.
            properties.put("spring.datasource.hikari.maximum-pool-size", "6");
            properties.put("spring.datasource.hikari.minimum-idle", "1");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("external-postgresql", properties));
            if (context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
                RootBeanDefinition owner = new RootBeanDefinition(SimpleDriverDataSource.class,
                        () -> new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl(database),
                                ExternalPostgres.OWNER, ExternalPostgres.OWNER_PASSWORD));
                owner.setTargetType(DataSource.class);
                owner.setDefaultCandidate(false);
                owner.addQualifier(new AutowireCandidateQualifier(FlywayDataSource.class));
                beans.registerBeanDefinition("externalOwnerDataSource", owner);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OwnDatabase;
        }

        @Override
        public int hashCode() {
            return OwnDatabase.class.hashCode();
        }
    }
}
