package dk.almenmonitor.reminder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dk.almenmonitor.organisation.OrganisationView;
import dk.almenmonitor.organisation.Organisations;
import dk.almenmonitor.shared.AuditEvent;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets the reminders: one e-mail address per owner organisation, kept by the secretariat. An organisation
 * without an address gets no reminder (its missing statuses still show in the quality check).
 */
@Service
class ReminderRecipients {

    /** One e-mail address: RFC 5321 allows 254 characters. */
    static final int MAX_LENGTH = 254;
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
                .orElseThrow(() -> RequestRefused.notFound("reminder.recipients.unknownOrganisation", organisationCode));
        String address = email == null ? "" : email.strip();
        if (address.length() > MAX_LENGTH) {
            throw new InvalidAddressException("reminder.recipients.tooLong", DanishFormat.integer(MAX_LENGTH),
                    DanishFormat.integer(address.length()), organisation.code());
        }
        if (!address.isEmpty() && !ADDRESS.matcher(address).matches()) {
            throw new InvalidAddressException("reminder.recipients.invalid", abbreviated(address), organisation.code());
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
