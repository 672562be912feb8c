package dk.almenmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.almenmonitor.identity.Access;
import dk.almenmonitor.identity.CurrentUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(PeriodApiController.class)
@Import(CurrentUsers.class)
@WithMockUser
class PeriodApiControllerTests {

    /** The web advices use identity's current user and access policy (ADR 0013); the slice does not load identity. */
    @MockitoBean
    Access access;

    @Autowired
    MockMvcTester mvc;

    @Test
    void answersTheParsedPeriod() {
        assertThat(mvc.get().uri("/api/v1/periods/parse").param("text", "1. halvdel 2015"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .bodyJson().isStrictlyEqualTo("""
                        {"text": "1. halvdel 2015", "found": true, "from": "2015-01-01", "to": "2015-06-30",
                         "precision": "HALF_YEAR", "matched": "1. halvdel 2015"}""");
    }

    @Test
    void answersTheNarrowestAndAnOpenStartAsNull() {
        assertThat(mvc.get().uri("/api/v1/periods/parse")
                .param("text", "Afhængig af grundudbuddet i 2017 forventes målsætningen indfriet i 2. halvdel af 2017"))
                .bodyJson().extractingPath("$.matched").isEqualTo("2. halvdel af 2017");
        assertThat(mvc.get().uri("/api/v1/periods/parse").param("text", "Inden 2018"))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"text": "Inden 2018", "found": true, "from": null, "to": "2017-12-31",
                         "precision": "FUZZY", "matched": "Inden 2018"}""");
    }

    @Test
    void answersNotFoundWithNullsForTextWithoutAPeriod() {
        assertThat(mvc.get().uri("/api/v1/periods/parse").param("text", "løbende"))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"text": "løbende", "found": false, "from": null, "to": null,
                         "precision": null, "matched": null}""");
        assertThat(mvc.get().uri("/api/v1/periods/parse").param("text", ""))
                .hasStatusOk()
                .bodyJson().extractingPath("$.found").isEqualTo(false);
    }

    @Test
    void rejectsAMissingTextAsProblemDetail() {
        assertThat(mvc.get().uri("/api/v1/periods/parse"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.status").isEqualTo(400);
                    assertThat(json).extractingPath("$.detail").asString().contains("text");
                });
    }
}
