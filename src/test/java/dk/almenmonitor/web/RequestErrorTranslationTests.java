package dk.almenmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.web.ErrorResponseException;

/** The translation of Spring's own request failures into statuses and Danish details. */
class RequestErrorTranslationTests {

    private final RequestErrorTranslation translation = new RequestErrorTranslation(messages(), 100_000);
    private final HttpInputMessage body = new MockHttpInputMessage(new byte[0]);

    @Test
    void aUniqueKeyTakenByAConcurrentRequestIsAConflict() {
        ErrorResponseException answer = translation.translate(new DuplicateKeyException("duplicate key value"));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody().getDetail()).startsWith("Det findes allerede").doesNotContain("duplicate key");
    }

    @Test
    void aBodyThatGrewOverTheLimitWhileReadIs413WithTheLimit() {
        HttpMessageNotReadableException ex = new HttpMessageNotReadableException("I/O error",
                new RequestBodyLimitFilter.BodyTooLargeException(1024 * 1024), body);

        ErrorResponseException answer = translation.translate(ex);

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getBody().getDetail()).contains("1 MB");
    }

    @Test
    void otherUnreadableBodiesAre400WithoutTheParsersText() {
        ErrorResponseException answer = translation.translate(
                new HttpMessageNotReadableException("JSON parse error: Unexpected character ('a')", body));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().getDetail()).contains("gyldig JSON").doesNotContain("Unexpected");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsNestedPathAndCutsALongValue() {
        tools.jackson.databind.exc.InvalidFormatException mismatch = tools.jackson.databind.exc.InvalidFormatException.from(
                null, "Cannot deserialize", "\ud83d\ude00".repeat(19) + "x\ud83d\ude00" + "y".repeat(1000), Integer.class);
        mismatch.prependPath(new Object(), "dueYear");
        mismatch.prependPath(new Object(), 2);
        mismatch.prependPath(new Object(), "goals");

        ErrorResponseException answer = translation.translate(new HttpMessageNotReadableException("JSON parse error",
                mismatch, body));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().getDetail()).startsWith("Feltet „goals[2].dueYear“ i forespørgslens indhold skal være et heltal")
                .contains("\ud83d\ude00x…“").doesNotContain("yy").doesNotContain("Cannot");
        assertThat(answer.getBody().getProperties()).containsEntry("field", "goals[2].dueYear");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
