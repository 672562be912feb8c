package dk.almenmonitor.demo;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * Says on start-up, before any loader runs, whether demo data is loaded and why (see {@link DemoDataDefault}), so
 * that demo accounts never appear on a database unannounced and their absence is never a mystery either.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataNotice implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataNotice.class);

    private final ConfigurableEnvironment environment;

    DemoDataNotice(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean embedded = DemoDataDefault.embeddedDatabase(environment);
        String database = embedded ? "the embedded database" : "an external database (spring.datasource.url is set)";
        boolean enabled = environment.getProperty(DemoDataDefault.PROPERTY, Boolean.class, false);
        boolean defaulted = DemoDataDefault.defaulted(environment);
        if (!enabled) {
            log.info(defaulted
                    ? "Demo data off: {}; set ALMEN_DEMO_ENABLED=true to load the demo accounts and the seed data"
                    : "Demo data off: almen.demo.enabled=false on {}", database);
            return;
        }
        String what = String.join(" and ", loaded());
        if (defaulted) {
            log.info("Demo data on: {} and almen.demo.enabled is not set; loading {} where missing", database, what);
        } else if (embedded) {
            log.info("Demo data on: almen.demo.enabled=true on {}; loading {} where missing", database, what);
        } else {
            log.warn("Demo data on: almen.demo.enabled=true on {}; loading {} where missing", database, what);
        }
    }

    private List<String> loaded() {
        List<String> parts = new ArrayList<>();
        parts.add(environment.getProperty("almen.demo.accounts.enabled", Boolean.class, true)
                ? "the demo accounts " + DemoAccounts.ACCOUNTS.stream().map(DemoAccounts.Demo::username).toList()
                : "no demo accounts (almen.demo.accounts.enabled=false)");
        parts.add(environment.getProperty("almen.seed.enabled", Boolean.class, true)
                ? "the seed agreement with its indicators"
                : "no seed data (almen.seed.enabled=false)");
        return parts;
    }
}
