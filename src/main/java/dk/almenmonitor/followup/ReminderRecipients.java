package dk.almenmonitor.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dk.almenmonitor.organisation.OrganisationView;
import dk.almenmonitor.organisation.Organisations;
import dk.almenmonitor.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets the reminders: one e-mail address per owner organisation, kept by the secretariat. An organisation
 * without an address gets no reminder (its missing statuses still show in the quality check).
 */
@Service
class ReminderRecipients {

    static final int MAX_LENGTH = TextLimit.RECIPIENT_ADDRESS.max();
    /** One plain address; no spaces, commas or angle brackets, so it cannot smuggle a second recipient or a header. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>,;:\"()\\[\\]\\\\]+@[^\\s@<>,;:\"()\\[\\]\\\\]+\\.[^\\s@<>,;:\"()\\[\\]\\\\.]+");

    record Recipient(String organisationCode, String organisationName, String email) {
    }

    private final ReminderRepository repository;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    ReminderRecipients(ReminderRepository repository, Organisations organisations, ApplicationEventPublisher events) {
        this.repository = repository;
        this.organisations = organisations;
        this.events = events;
    }

    /** Every organisation, in the registry's order, with its address or null. */
    List<Recipient> all() {
        Map<String, String> contacts = repository.contacts();
        return organisations.all().stream()
                .map(o -> new Recipient(o.code(), o.name(), contacts.get(o.code())))
                .toList();
    }

    /** Sets (or, with a blank address, removes) an organisation's address; refuses anything that is not one address. */
    @Transactional
    void save(String organisationCode, String email, String actor) {
        OrganisationView organisation = organisations.byCode(organisationCode)
                .orElseThrow(() -> FollowUpException.notFound("Organisationen '" + organisationCode + "' findes ikke."));
        String address = email == null ? "" : email.strip();
        TextLimit.RECIPIENT_ADDRESS.problem(address).ifPresent(tooLong -> {
            throw FollowUpException.tooLong(TextLimit.RECIPIENT_ADDRESS, tooLong + " Adressen for "
                    + organisation.code() + " er ikke ændret.");
        });
        if (!address.isEmpty() && !ADDRESS.matcher(address).matches()) {
            throw FollowUpException.invalid("'" + abbreviated(address) + "' er ikke én gyldig e-mailadresse (fx "
                    + "navn@kk.dk). Adressen for " + organisation.code() + " er ikke ændret.");
        }
        Optional<String> before = Optional.ofNullable(repository.contacts().get(organisation.code()));
        if (before.orElse("").equals(address)) {
            return;
        }
        if (address.isEmpty()) {
            repository.deleteContact(organisation.code());
        } else {
            repository.saveContact(organisation.code(), address);
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("before", before.orElse(""));
        details.put("after", address);
        events.publishEvent(AuditEvent.of(actor, "REMINDER_RECIPIENT_CHANGED", "organisation/" + organisation.code(),
                details));
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
