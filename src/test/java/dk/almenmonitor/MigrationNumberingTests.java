package dk.almenmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The migration numbering scheme of docs/adr/0012-migration-numbering.md: a new migration can never be ordered below
 * an applied one, no two migrations share a version, and every file name says its version and owning module.
 */
class MigrationNumberingTests {

    /**
     * The migrations that may already be applied to a database somewhere. Append a migration here when it is released;
     * until then its number may change. A migration not in this list must be numbered above all of these.
     */
    static final List<String> RELEASED = List.of(
            "V1__organisation.sql",
            "V2__agreement.sql",
            "V3__followup.sql",
            "V4__identity_users.sql",
            "V5__followup_workflow.sql",
            "V10__report_texts.sql",
            "V20__indicator.sql",
            "V30__audit.sql",
            "V31__identity_spring_session.sql",
            "V32__identity_login_throttle.sql",
            "V33__identity_api_tokens.sql",
            "V45__identity_audit_denial_window.sql",
            "V46__identity_api_token_expiry.sql");

    private static final Pattern VERSIONED = Pattern.compile("V([1-9][0-9]*)__([a-z]+)(?:_[a-z0-9]+)*\\.sql");
    private static final Pattern CALLBACK = Pattern.compile("(?:before|after)[A-Z][A-Za-z]*(?:__[a-z0-9_]+)?\\.sql");

    @Test
    void fileNamesFollowTheSchemeAndNameAnExistingModule() throws IOException {
        Set<String> modules = modules();
        List<String> broken = new ArrayList<>();
        for (String name : migrationFiles()) {
            Matcher m = VERSIONED.matcher(name);
            if (m.matches()) {
                if (!modules.contains(m.group(2))) {
                    broken.add(name + ": '" + m.group(2) + "' is not a module " + modules);
                }
            } else if (!CALLBACK.matcher(name).matches()) {
                broken.add(name + ": not V<n>__<module>_<what>.sql nor a Flyway callback");
            }
        }
        assertThat(broken).as("see docs/adr/0012-migration-numbering.md").isEmpty();
    }

    @Test
    void noTwoMigrationsShareAVersion() throws IOException {
        Map<Integer, List<String>> byVersion = new HashMap<>();
        for (String name : migrationFiles()) {
            Matcher m = VERSIONED.matcher(name);
            if (m.matches()) {
                byVersion.computeIfAbsent(Integer.parseInt(m.group(1)), v -> new ArrayList<>()).add(name);
            }
        }
        assertThat(byVersion.values().stream().filter(names -> names.size() > 1).toList())
                .as("migrations with the same version").isEmpty();
    }

    @Test
    void releasedMigrationsStayAndNewOnesAreNumberedAboveThem() throws IOException {
        List<String> files = migrationFiles();
        assertThat(files).as("a released migration was renamed or removed").containsAll(RELEASED);
        int highestReleased = RELEASED.stream().mapToInt(MigrationNumberingTests::version).max().orElse(0);
        List<String> below = files.stream().filter(name -> VERSIONED.matcher(name).matches())
                .filter(name -> !RELEASED.contains(name) && version(name) <= highestReleased).toList();
        assertThat(below).as("new migrations must be numbered above V" + highestReleased
                + " (docs/adr/0012-migration-numbering.md)").isEmpty();
    }

    @Test
    void theSchemeItselfRejectsWhatItShould() {
        assertThat(VERSIONED.matcher("V47__reminder_schema.sql").matches()).isTrue();
        assertThat(VERSIONED.matcher("V2__agreement.sql").matches()).isTrue();
        for (String bad : List.of("V047__reminder.sql", "V1.1__reminder.sql", "V48_reminder.sql", "v48__reminder.sql",
                "V48__Reminder_Schema.sql", "V48__reminder-schema.sql", "R__reminder_views.sql", "V48__.sql")) {
            assertThat(VERSIONED.matcher(bad).matches()).as(bad).isFalse();
            assertThat(CALLBACK.matcher(bad).matches()).as(bad).isFalse();
        }
        assertThat(CALLBACK.matcher("afterMigrate__grant_application_role.sql").matches()).isTrue();
    }

    private static int version(String name) {
        Matcher m = VERSIONED.matcher(name);
        assertThat(m.matches()).as(name).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The file names in classpath:db/migration (spring.flyway.locations). */
    private static List<String> migrationFiles() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*");
        List<String> names = Arrays.stream(resources).map(Resource::getFilename).filter(n -> n != null).sorted().toList();
        assertThat(names).as("migrations found").isNotEmpty();
        return names;
    }

    /** The application's modules: the packages directly under dk.almenmonitor. */
    private static Set<String> modules() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/dk/almenmonitor"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
