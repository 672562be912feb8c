package dk.almenmonitor.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.decision.DecisionView;
import dk.almenmonitor.decision.Decisions;
import dk.almenmonitor.decision.Forum;
import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.followup.QualityReport;
import dk.almenmonitor.followup.RoundChanges;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.shared.AuditEvent;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.Quarter;
import dk.almenmonitor.shared.RequestRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meetings of the fora: create ({@link #create}, audited), list, find and the briefing ({@link #briefing}). */
@Service
@Transactional(readOnly = true)
public class Meetings {

    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final MeetingRepository repository;
    private final AgreementCatalog catalog;
    private final FollowUpQueries followUp;
    private final Decisions decisions;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    Meetings(MeetingRepository repository, AgreementCatalog catalog, FollowUpQueries followUp, Decisions decisions,
             ApplicationEventPublisher events, MessageSource messages) {
        this.repository = repository;
        this.catalog = catalog;
        this.followUp = followUp;
        this.decisions = decisions;
        this.events = events;
        this.messages = messages;
    }

    /** The agreement's meetings, newest first; unknown agreement: 404. */
    public List<MeetingView> forAgreement(String agreementId) {
        requireAgreement(agreementId);
        return repository.findByAgreement(agreementId).stream().map(this::view).toList();
    }

    /** The agreement's rounds, for a form's choice of period. */
    public List<RoundView> rounds(String agreementId) {
        return followUp.rounds(agreementId);
    }

    /** The meeting with this id of the agreement; anything else (unknown, another agreement's, not a number): 404. */
    public MeetingView meeting(String agreementId, String id) {
        return row(agreementId, id).map(this::view).orElseThrow(() -> notFound(id));
    }

    /**
     * Creates a meeting. Unknown agreement: 404; a missing or invalid field (forum, date, period — which must be a round
     * of the agreement): 400 naming it. Audited as {@code MEETING_CREATED}.
     */
    @Transactional
    public MeetingView create(String agreementId, MeetingInput input, String actor) {
        requireAgreement(agreementId);
        Forum forum = forum(input.forum());
        LocalDate date = date(input.date());
        String period = period(agreementId, input.period());
        long id = repository.insert(agreementId, forum, date, period, actor);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("forum", forum.name());
        details.put("date", date.toString());
        details.put("period", period);
        events.publishEvent(AuditEvent.of(actor, "MEETING_CREATED", agreementId + "/meeting/" + id, details));
        return view(repository.find(id).orElseThrow());
    }

    /** The meeting's briefing (docs/domain.md "Meetings"); 404 as {@link #meeting}. */
    public Briefing briefing(String agreementId, String id) {
        MeetingRepository.Row row = row(agreementId, id).orElseThrow(() -> notFound(id));
        Optional<MeetingRepository.Row> previous = repository.previous(row);
        List<Briefing.Change> changes = new ArrayList<>();
        for (RoundView round : roundsSince(row, previous.map(MeetingRepository.Row::period).orElse(null))) {
            RoundChanges rc = followUp.changes(agreementId, round.period());
            for (RoundChanges.Change c : rc.goals()) {
                if (c.edited() || c.achievementChanged() || c.newDelay()) {
                    changes.add(new Briefing.Change(round.period(), round.label(), c.goalId(), c.title(), c.edited(),
                            c.achievementBefore(), c.achievementAfter(), c.achievementChanged(), c.newDelay(),
                            c.delayReason()));
                }
            }
        }
        List<Briefing.Goal> overdue = new ArrayList<>();
        for (GoalStatusRow r : followUp.table(agreementId, row.period())) {
            if (r.overdue()) {
                overdue.add(new Briefing.Goal(r.goal().id(), r.goal().title(), r.goal().owners(),
                        r.status() == null ? null : r.status().delayReason()));
            }
        }
        List<Briefing.Missing> missing = missing(followUp.quality(agreementId, row.period()));
        LocalDate from = previous.map(p -> p.date().plusDays(1))
                .orElse(Quarter.parse(row.period()).orElseThrow().firstDay());
        Map<Long, GoalView> goals = new LinkedHashMap<>();
        catalog.goals(agreementId).forEach(g -> goals.put(g.id(), g));
        List<DecisionView> recorded = from.isAfter(row.date()) ? List.of() : decisions.between(from, row.date()).stream()
                .filter(d -> d.goalIds().stream().anyMatch(goals::containsKey)).toList();
        Set<Long> toDecide = new LinkedHashSet<>();
        changes.forEach(c -> toDecide.add(c.goalId()));
        overdue.forEach(o -> toDecide.add(o.goalId()));
        List<Briefing.Goal> decide = goals.values().stream().filter(g -> toDecide.contains(g.id()))
                .map(g -> new Briefing.Goal(g.id(), g.title(), g.owners(), null)).toList();
        return new Briefing(view(row), previous.map(this::view).orElse(null), changes, overdue, missing, from, recorded,
                decide);
    }

    /** The rounds after the previous meeting's round up to the meeting's; only the meeting's round when none before. */
    private List<RoundView> roundsSince(MeetingRepository.Row meeting, @Nullable String previousPeriod) {
        Quarter to = Quarter.parse(meeting.period()).orElseThrow();
        Quarter after = previousPeriod == null ? null : Quarter.parse(previousPeriod).orElse(null);
        return followUp.rounds(meeting.agreementId()).stream().filter(r -> {
            Quarter q = Quarter.parse(r.period()).orElse(null);
            if (q == null || q.compareTo(to) > 0) {
                return false;
            }
            return after == null ? q.equals(to) : q.compareTo(after) > 0;
        }).toList();
    }

    private static List<Briefing.Missing> missing(QualityReport q) {
        List<Briefing.Missing> missing = new ArrayList<>();
        add(missing, "missingStatuses", q.missingStatuses());
        add(missing, "overdueWithoutReason", q.overdueWithoutReason());
        add(missing, "staleUnchanged", q.staleUnchanged());
        add(missing, "expectedPassed", q.expectedPassed());
        add(missing, "disagreesWithData", q.disagreesWithData());
        return missing;
    }

    private static void add(List<Briefing.Missing> to, String kind, List<QualityReport.Item> items) {
        items.forEach(i -> to.add(new Briefing.Missing(kind, i.goalId(), i.title(), i.message())));
    }

    /** The field a refusal of {@link #create} is about ({@code forum}, {@code date}, {@code period}), or null. */
    static @Nullable String field(RequestRefused refused) {
        String[] parts = refused.messageCode().split("\\.");
        return parts.length == 4 && parts[0].equals("meeting") && parts[1].equals("refused") ? parts[2] : null;
    }

    static Forum forum(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw RequestRefused.badRequest("meeting.refused.forum.missing");
        }
        for (Forum f : Forum.values()) {
            if (f.name().equals(code.strip())) {
                return f;
            }
        }
        throw RequestRefused.badRequest("meeting.refused.forum.unknown", cut(code));
    }

    static LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw RequestRefused.badRequest("meeting.refused.date.missing");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw RequestRefused.badRequest("meeting.refused.date.invalid", cut(text));
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw RequestRefused.badRequest("meeting.refused.date.range");
        }
        return date;
    }

    private String period(String agreementId, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw RequestRefused.badRequest("meeting.refused.period.missing");
        }
        String period = text.strip();
        if (followUp.round(agreementId, period).isEmpty()) {
            throw RequestRefused.badRequest("meeting.refused.period.unknown", cut(text));
        }
        return period;
    }

    static String cut(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    private Optional<MeetingRepository.Row> row(String agreementId, String id) {
        requireAgreement(agreementId);
        long parsed;
        try {
            parsed = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return repository.find(parsed).filter(m -> m.agreementId().equals(agreementId));
    }

    private void requireAgreement(String agreementId) {
        if (!catalog.exists(agreementId)) {
            throw RequestRefused.notFound("meeting.refused.noAgreement", cut(agreementId));
        }
    }

    private static RequestRefused notFound(String id) {
        return RequestRefused.notFound("meeting.refused.noMeeting", cut(id));
    }

    private MeetingView view(MeetingRepository.Row r) {
        String name = messages.getMessage(r.forum().messageKey(), null, r.forum().name(), DanishFormat.DANISH);
        return new MeetingView(r.id(), r.agreementId(), r.forum(), name == null ? r.forum().name() : name, r.date(),
                r.period(), r.createdBy(), r.createdAt());
    }
}
