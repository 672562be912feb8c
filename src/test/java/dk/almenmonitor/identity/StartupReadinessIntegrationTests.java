package dk.almenmonitor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9, "also found": readiness says not-ready until the start-up work is done. Spring Boot 4 publishes
 * {@code ReadinessState.ACCEPTING_TRAFFIC} only after every {@code ApplicationRunner} (demo accounts, seed agreement)
 * and every {@code ApplicationReadyEvent} listener (seed indicators) has returned; until then readiness is
 * {@code REFUSING_TRAFFIC}, which the readiness probe answers as 503 OUT_OF_SERVICE. This test pins that order, so
 * moving the seed to a background thread (or the readiness flip earlier) fails here.
 */
@IdentityWebTest
@Import(StartupReadinessIntegrationTests.Probe.class)
class StartupReadinessIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {

        final List<ReadinessState> duringStartUp = new ArrayList<>();
        final List<Long> seedRowsWhenReady = new ArrayList<>();

        /** Runs between the application's runners, while the start-up work is still going on. */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        ApplicationRunner readinessDuringStartUp(ApplicationAvailability availability) {
            return args -> duringStartUp.add(availability.getReadinessState());
        }

        @EventListener
        void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && seedRowsWhenReady.isEmpty()) {
                JdbcClient jdbc = JdbcClient.create(((ApplicationContext) event.getSource())
                        .getBean(javax.sql.DataSource.class));
                seedRowsWhenReady.add(jdbc.sql("select count(*) from identity.users where username = 'admin'")
                        .query(Long.class).single());
                seedRowsWhenReady.add(jdbc.sql("select count(*) from agreement.agreement")
                        .query(Long.class).single());
                seedRowsWhenReady.add(jdbc.sql("select count(*) from indicator.target_version").query(Long.class).single());
            }
        }
    }

    @Test
    void readinessFlipsOnlyAfterTheDemoAccountsAndTheSeedExist() throws Exception {
        Probe probe = context.getBean(Probe.class);
        assertThat(probe.duringStartUp).containsExactly(ReadinessState.REFUSING_TRAFFIC);
        assertThat(probe.seedRowsWhenReady).hasSize(3).allSatisfy(count -> assertThat(count).isPositive());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void refusingTrafficIsA503ForTheProbe() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }
}
