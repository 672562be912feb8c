package dk.almenmonitor.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.almenmonitor.followup.RoundManagement;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.Role;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reminders are mailed after the transaction that recorded them has committed; a mail the server refuses stays pending
 * and goes out with the next run, and no mail is sent twice, even when two runs retry at once (issue 10, step 6).
 */
@DirtiesContext
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "almen.reminders.days-before=5",
        "almen.reminders.enabled=false"})
@AutoConfigureMockMvc
class ReminderRetryIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final CurrentUser ADMIN = new CurrentUser("admin", "Sekretariatet", Role.ADMIN, Set.of());

    @MockitoSpyBean
    JavaMailSender mailSender;
    @Autowired
    Reminders reminders;
    @Autowired
    RoundManagement rounds;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Value("${almen.demo.password}")
    String password;

    @Test
    void aMailThatFailsIsSentByTheNextRunAndNeverTwice() throws Exception {
        LocalDate today = LocalDate.of(2023, 3, 10);
        rounds.open("kk-bl1-2015-2018", "2023-Q1", today.plusDays(3), ADMIN);
        // The first send fails (the mail server is down); while it is attempted, another connection already sees the
        // reminders recorded and committed, the mail claimed for sending.
        AtomicReference<List<String>> statesDuringFirstSend = new AtomicReference<>();
        AtomicReference<Long> remindedDuringFirstSend = new AtomicReference<>();
        doAnswer(invocation -> {
            statesDuringFirstSend.set(CompletableFuture.supplyAsync(() -> jdbc.sql(
                    "select state from reminder.outbox order by id").query(String.class).list()).get());
            remindedDuringFirstSend.set(CompletableFuture.supplyAsync(() -> jdbc.sql(
                    "select count(*) from reminder.reminder_sent").query(Long.class).single()).get());
            throw new MailSendException("421 Service not available");
        }).doCallRealMethod().when(mailSender).send(any(SimpleMailMessage.class));

        int recorded = reminders.sendDue(today);

        assertThat(recorded).isGreaterThan(1);
        assertThat(statesDuringFirstSend.get()).hasSize(recorded).first().isEqualTo("SENDING");
        assertThat(statesDuringFirstSend.get().subList(1, recorded)).containsOnly("PENDING");
        assertThat(remindedDuringFirstSend.get()).isPositive();
        assertThat(smtp.getReceivedMessages()).hasSize(recorded - 1);
        List<OutboxMail> outbox = reminders.outbox();
        assertThat(outbox).filteredOn(m -> m.state().equals("PENDING")).singleElement()
                .satisfies(m -> assertThat(m.attempts()).isEqualTo(1));
        String failed = outbox.stream().filter(m -> m.state().equals("PENDING")).findFirst().orElseThrow().recipient();
        assertThat(recipients()).hasSize(recorded - 1).doesNotContain(failed);
        assertThat(outboxPage()).contains("venter på at blive sendt")
                .contains("Afsendelsen er mislykkedes 1 gang(e); den prøves igen ved næste kørsel.");

        // The next run (two at once, as from two instances) records nothing new and sends the pending mail once.
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> reminders.sendDue(today));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> reminders.sendDue(today));
        assertThat(a.get() + b.get()).isZero();
        assertThat(recipients()).hasSize(recorded).doesNotHaveDuplicates().contains(failed);
        assertThat(reminders.outbox()).hasSize(recorded).allMatch(m -> m.state().equals("SMTP"));

        // And a later run the same day sends nothing again.
        assertThat(reminders.sendDue(today)).isZero();
        assertThat(recipients()).hasSize(recorded);
        verify(mailSender, times(recorded + 1)).send(any(SimpleMailMessage.class));
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private List<String> recipients() {
        return Arrays.stream(smtp.getReceivedMessages()).map(ReminderRetryIntegrationTests::to).toList();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String outboxPage() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password(password))
                .andReturn().getRequest().getSession(false);
        var response = mvc.perform(get("/udbakke").session(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
