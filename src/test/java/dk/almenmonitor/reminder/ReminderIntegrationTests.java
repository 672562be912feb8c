package dk.almenmonitor.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.RoundManagement;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.Role;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** Reminders go by real SMTP (GreenMail) to owners with missing statuses, once per day even from two instances. */
/* Writes to the database: its context (and database) is not reused by later test classes. */
@DirtiesContext
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "almen.reminders.days-before=5",
        "almen.reminders.enabled=false"})
class ReminderIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final CurrentUser ADMIN = new CurrentUser("admin", "Sekretariatet", Role.ADMIN, Set.of());

    private static final java.util.Map<String, String> CONTACTS = java.util.Map.of(
            "KK", "almenaftale@tmf.kk.dk.example", "TMF", "almenaftale@tmf.kk.dk.example",
            "ØKF", "boliger@okf.kk.dk.example", "SUF", "aeldreboliger@suf.kk.dk.example",
            "SOF", "udsaettelser@sof.kk.dk.example", "BL1", "kreds1@bl.dk.example");

    @Autowired
    Reminders reminders;
    @Autowired
    RoundManagement rounds;
    @Autowired
    FollowUpQueries queries;

    @Test
    void ownersWithMissingStatusesAreRemindedOnceAndTwoInstancesDoNotDoubleSend() throws Exception {
        LocalDate today = LocalDate.of(2023, 3, 10);
        rounds.open("kk-bl1-2015-2018", "2023-Q1", today.plusDays(3), ADMIN);
        rounds.open("kk-bl1-2015-2018", "2023-Q2", today.plusDays(30), ADMIN);
        // one mail per address of an organisation with missing statuses (KK and TMF share a mailbox)
        Set<String> expected = queries.quality("kk-bl1-2015-2018", "2023-Q1").missingByOrganisation().keySet()
                .stream().map(CONTACTS::get).filter(java.util.Objects::nonNull).collect(Collectors.toSet());

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> reminders.sendDue(today));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> reminders.sendDue(today));
        int sent = a.get() + b.get();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(sent).isEqualTo(expected.size()).isEqualTo(received.length);
        List<String> recipients = Arrays.stream(received).map(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(recipients).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(received[0].getSubject()).isEqualTo("Påmindelse: status pr. 1. kvartal 2023 til Hovedaftalen");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received[0])).contains("13. marts 2023");

        assertThat(reminders.sendDue(today)).isZero();
        assertThat(reminders.outbox()).hasSize(expected.size()).allMatch(m -> m.state().equals("SMTP"));
    }
}
