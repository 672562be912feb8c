package dk.almenmonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Issue 10, step 8: demo data defaults to on for the embedded database only; an explicit setting always wins. */
class DemoDataDefaultTests {

    private final DemoDataDefault postProcessor = new DemoDataDefault();

    @Test
    void embeddedDefaultHasDemoDataOn() {
        MockEnvironment environment = processed(new MockEnvironment());
        assertThat(environment.getProperty("almen.demo.enabled")).isEqualTo("true");
        assertThat(DemoDataDefault.defaulted(environment)).isTrue();
    }

    @Test
    void externalDatabaseHasDemoDataOff() {
        MockEnvironment environment = processed(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/almen"));
        assertThat(environment.getProperty("almen.demo.enabled")).isEqualTo("false");
        assertThat(DemoDataDefault.defaulted(environment)).isTrue();
    }

    @Test
    void externalDatabaseThatAsksForDemoDataGetsIt() {
        MockEnvironment environment = processed(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/almen")
                .withProperty("almen.demo.enabled", "true"));
        assertThat(environment.getProperty("almen.demo.enabled")).isEqualTo("true");
        assertThat(DemoDataDefault.defaulted(environment)).isFalse();
    }

    @Test
    void embeddedDatabaseCanTurnDemoDataOff() {
        MockEnvironment environment = processed(new MockEnvironment().withProperty("almen.demo.enabled", "false"));
        assertThat(environment.getProperty("almen.demo.enabled")).isEqualTo("false");
        assertThat(DemoDataDefault.defaulted(environment)).isFalse();
    }

    @Test
    void blankSettingCountsAsUnset() {
        MockEnvironment environment = processed(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/almen")
                .withProperty("almen.demo.enabled", ""));
        assertThat(environment.getProperty("almen.demo.enabled")).isEqualTo("false");
        assertThat(DemoDataDefault.defaulted(environment)).isTrue();
    }

    private MockEnvironment processed(MockEnvironment environment) {
        postProcessor.postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
