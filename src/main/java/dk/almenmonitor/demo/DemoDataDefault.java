package dk.almenmonitor.demo;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * Whether demo data is loaded: the demo accounts (this module), the seed agreement (follow-up) and the seed indicators.
 * {@code almen.demo.enabled} (env {@code ALMEN_DEMO_ENABLED}) decides when it is set; when it is not, demo data is on
 * for the embedded default (no {@code spring.datasource.url}, the same rule that starts the embedded PostgreSQL) and
 * off on an external database. The resolved default is added as the environment's last property source, so each
 * module's loader only needs {@code @ConditionalOnBooleanProperty("almen.demo.enabled")} and no dependency on
 * this module. Registered in {@code META-INF/spring.factories}; {@link DemoDataNotice} logs the outcome and its reason.
 */
class DemoDataDefault implements EnvironmentPostProcessor {

    static final String PROPERTY = "almen.demo.enabled";
    static final String SOURCE_NAME = "almenDemoDataDefault";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty(PROPERTY))) {
            return;
        }
        String value = String.valueOf(embeddedDatabase(environment));
        // A blank ALMEN_DEMO_ENABLED counts as unset: the default then has to win over it.
        MapPropertySource defaults = new MapPropertySource(SOURCE_NAME, Map.of(PROPERTY, value));
        if (environment.containsProperty(PROPERTY)) {
            environment.getPropertySources().addFirst(defaults);
        } else {
            environment.getPropertySources().addLast(defaults);
        }
    }

    static boolean embeddedDatabase(Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    /** True when nobody set {@code almen.demo.enabled} and the value is this class's default. */
    static boolean defaulted(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
                continue; // Spring Boot's view of all the other sources, not a source of its own
            }
            if (source.containsProperty(PROPERTY) && StringUtils.hasText(String.valueOf(source.getProperty(PROPERTY)))) {
                return SOURCE_NAME.equals(source.getName());
            }
        }
        return false;
    }
}
