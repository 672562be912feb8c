package dk.almenmonitor.demo;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dk.almenmonitor.identity.LocalAccounts;
import dk.almenmonitor.identity.Role;

/**
 * Creates the demo accounts on start-up when they are missing; only when demo data is on ({@code almen.demo.enabled},
 * see {@link DemoDataDefault}: the embedded default, or an external database that asks for it) and
 * {@code almen.demo.accounts.enabled} is not false.
 */
@Component
@ConditionalOnBooleanProperty(DemoDataDefault.PROPERTY)
@ConditionalOnBooleanProperty(name = "almen.demo.accounts.enabled", matchIfMissing = true)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Demo(String username, String displayName, Role role, Set<String> organisationCodes) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Sekretariatet", Role.ADMIN, Set.of()),
            new Demo("tmf", "Teknik- og Miljøforvaltningen", Role.EDITOR, Set.of("TMF")),
            new Demo("sof", "Socialforvaltningen", Role.EDITOR, Set.of("SOF")),
            new Demo("oekf", "Økonomiforvaltningen", Role.EDITOR, Set.of("ØKF")),
            new Demo("bl1", "BL – 1. kreds", Role.EDITOR, Set.of("BL1")),
            new Demo("data", "Dataansvarlig", Role.DATA_STEWARD, Set.of()),
            new Demo("laeser", "Læser", Role.READER, Set.of()));

    private final LocalAccounts accounts;
    private final DemoPassword demoPassword;

    DemoAccounts(LocalAccounts accounts, DemoPassword demoPassword) {
        this.accounts = accounts;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Demo> missing = ACCOUNTS.stream().filter(demo -> !accounts.exists(demo.username())).toList();
        if (missing.isEmpty()) {
            return;
        }
        DemoPassword.Resolved password = demoPassword.resolve();
        if (password.generated() && missing.size() < ACCOUNTS.size()) {
            log.warn("A new demo password was generated, but some demo accounts already existed and keep their "
                    + "earlier password; set ALMEN_DEMO_PASSWORD or reset the database to align them");
        }
        int created = 0;
        for (Demo demo : missing) {
            // Each account gets its own salt; hashing happens only for accounts that are actually missing.
            if (accounts.createIfMissing(demo.username(), demo.displayName(), password.password(), demo.role(),
                    demo.organisationCodes())) {
                created++;
            }
        }
        log.info("Created {} demo account(s): {}", created, missing.stream().map(Demo::username).toList());
    }
}
