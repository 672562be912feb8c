package dk.almenmonitor.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.Refusal;
import dk.almenmonitor.shared.AuditEvent;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision log's public face: record a decision against goals ({@link #record}), a goal's decisions
 * ({@link #forGoal}, for its page's timeline and the API), the decisions of a period ({@link #between}, for the
 * redegørelse) and who may record ({@link #canRecord}).
 */
@Service
@Transactional(readOnly = true)
public class Decisions {

    /** The longest decision text and reference, for a form's {@code maxlength}. */
    public static final Map<String, Integer> LIMITS = Map.of("text", DecisionRules.MAX_TEXT,
            "reference", DecisionRules.MAX_REFERENCE);

    private final DecisionRepository repository;
    private final AgreementCatalog catalog;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    Decisions(DecisionRepository repository, AgreementCatalog catalog, ApplicationEventPublisher events,
              MessageSource messages) {
        this.repository = repository;
        this.catalog = catalog;
        this.events = events;
        this.messages = messages;
    }

    /** The fora in the order a form offers them. */
    public List<Forum> forums() {
        return List.of(Forum.values());
    }

    /**
     * Whether the user may record a decision on the goal: ADMIN always; an EDITOR when it acts for one of the goal's
     * owning organisations (never through "KK", the same rule as for editing the goal's status).
     */
    public boolean canRecord(@Nullable CurrentUser user, GoalView goal) {
        return user != null && (user.isAdmin() || user.isEditor() && user.actsForOwnerAmong(goal.owners()));
    }

    /** The goal's decisions, oldest first; unknown goals have none. */
    public List<DecisionView> forGoal(long goalId) {
        return repository.findByGoal(goalId).stream().map(this::view).toList();
    }

    /** Every decision dated from {@code from} to {@code to} (both included), oldest first. */
    public List<DecisionView> between(LocalDate from, LocalDate to) {
        return repository.findBetween(from, to).stream().map(this::view).toList();
    }

    /** The decisions dated from {@code from} to {@code to}, per goal id (each goal's oldest first). */
    public Map<Long, List<DecisionView>> byGoalBetween(LocalDate from, LocalDate to) {
        Map<Long, List<DecisionView>> byGoal = new LinkedHashMap<>();
        for (DecisionView d : between(from, to)) {
            d.goalIds().forEach(goal -> byGoal.computeIfAbsent(goal, g -> new ArrayList<>()).add(d));
        }
        return byGoal;
    }

    /**
     * Records a decision against the goal (and the input's further goals). Unknown goal: 404; invalid input: 400 naming
     * the field; a user who may not record on every one of the goals: 403. Audited as {@code DECISION_RECORDED}.
     */
    @Transactional
    public DecisionView record(long goalId, DecisionInput input, @Nullable CurrentUser user) {
        GoalView goal = catalog.goal(goalId).orElseThrow(() -> RequestRefused.notFound("decision.refused.noGoal", String.valueOf(goalId)));
        if (!canRecord(user, goal)) {
            throw new Refusal("decision.refused.notOwner");
        }
        LocalDate date = DecisionRules.date(input.date(), LocalDate.now(DanishFormat.DANISH_TIME));
        Forum forum = DecisionRules.forum(input.forum());
        String text = DecisionRules.text(input.text());
        String reference = DecisionRules.reference(input.reference());
        List<GoalView> goals = goals(goal, input.goalIds());
        for (GoalView g : goals) {
            if (!canRecord(user, g)) {
                throw new Refusal("decision.refused.notOwner");
            }
        }
        String actor = user == null ? "anonymous" : user.username();
        List<Long> ids = goals.stream().map(GoalView::id).sorted().toList();
        long id = repository.insert(date, forum, text, reference, ids, null, actor);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("goals", ids.toString());
        details.put("date", date.toString());
        details.put("forum", forum.name());
        details.put("text", text);
        details.put("reference", reference == null ? "" : reference);
        events.publishEvent(AuditEvent.of(actor, "DECISION_RECORDED",
                goal.agreementId() + "/goal/" + goal.id() + "/decision/" + id, details));
        return view(repository.find(id).orElseThrow());
    }

    /** The field a refusal of {@link #record} is about ({@code date}, {@code forum} …), or null for none. */
    public static @Nullable String field(RequestRefused refused) {
        String[] parts = refused.messageCode().split("\\.");
        return parts.length == 4 && parts[0].equals("decision") && parts[1].equals("refused") ? parts[2] : null;
    }

    /** Stores a seed decision once (by its key); false when it was there already. Not audited: seed data. */
    @Transactional
    boolean recordSeed(String seedKey, LocalDate date, Forum forum, String text, @Nullable String reference,
                       List<Long> goalIds) {
        if (repository.seedExists(seedKey)) {
            return false;
        }
        repository.insert(date, forum, DecisionRules.text(text), DecisionRules.reference(reference), goalIds, seedKey,
                "system");
        return true;
    }

    private List<GoalView> goals(GoalView first, @Nullable List<Long> more) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(first.id());
        if (more != null) {
            if (more.size() > DecisionRules.MAX_GOALS) {
                throw RequestRefused.badRequest("decision.refused.goalIds.tooMany", DecisionRules.MAX_GOALS);
            }
            more.stream().filter(id -> id != null).forEach(ids::add);
        }
        List<GoalView> goals = new ArrayList<>();
        for (long id : ids) {
            goals.add(id == first.id() ? first : catalog.goal(id).orElseThrow(() ->
                    RequestRefused.badRequest("decision.refused.goalIds.unknown", String.valueOf(id))));
        }
        return goals;
    }

    private DecisionView view(DecisionRepository.Row r) {
        String forumName = messages.getMessage(r.forum().messageKey(), null, r.forum().name(), DanishFormat.DANISH);
        return new DecisionView(r.id(), r.date(), r.forum(), forumName == null ? r.forum().name() : forumName, r.text(),
                r.reference(), DecisionRules.link(r.reference()), r.goalIds(), r.recordedBy(), r.recordedAt());
    }
}
