package dk.almenmonitor.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The redegørelse's free-text sections per agreement and year; every save is kept (who, when, text). */
@Service
class ReportTexts {

    static final int MAX_LENGTH = 20_000;

    private final ReportTextRepository repository;
    private final ApplicationEventPublisher events;

    ReportTexts(ReportTextRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** The current text of every section ("" where nothing has been written). */
    @Transactional(readOnly = true)
    Map<TextSection, String> current(String agreementId, int year) {
        Map<TextSection, String> texts = new EnumMap<>(TextSection.class);
        for (TextSection section : TextSection.values()) {
            texts.put(section, "");
        }
        repository.current(agreementId, year).forEach(v -> texts.put(v.section(), v.body()));
        return texts;
    }

    @Transactional(readOnly = true)
    List<TextVersion> history(String agreementId, int year) {
        return repository.history(agreementId, year);
    }

    /**
     * The text as it is stored: line endings "\n" (a browser sends "\r\n" but counts one character against the
     * field's maxlength), characters XML cannot hold removed, stripped. {@link #MAX_LENGTH} applies to this.
     */
    static String clean(String body) {
        return body == null ? "" : CellText.xmlSafe(body.replace("\r\n", "\n").replace('\r', '\n')).strip();
    }

    static boolean tooLong(String body) {
        return clean(body).length() > MAX_LENGTH;
    }

    /** Stores a new version; the caller has checked the user's right to write and the length ({@link #tooLong}). */
    @Transactional
    void save(String agreementId, int year, TextSection section, String body, String user) {
        String text = clean(body);
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text too long");
        }
        repository.insert(agreementId, year, section, text, user);
        events.publishEvent(AuditEvent.of(user, "REPORT_TEXT_SAVED", agreementId + "/" + year + "/" + section.name(),
                Map.of("length", String.valueOf(text.length()))));
    }
}
