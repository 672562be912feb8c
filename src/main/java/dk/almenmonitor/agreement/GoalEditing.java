package dk.almenmonitor.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dk.almenmonitor.organisation.Organisations;
import dk.almenmonitor.shared.AuditEvent;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's maintenance of agreements and goals (docs/domain.md "Goal maintenance"): create an agreement, add,
 * edit (optimistic locking on the goal's version), reorder within a theme, retire, and take goals over from an
 * earlier agreement. Every write adds its fields' before/after to the goal's history and publishes an audit event in
 * the same transaction. Callers check the role (ADMIN); this checks the data.
 */
@Service
@Transactional
public class GoalEditing {

    private final AgreementRepository agreements;
    private final GoalRepository goals;
    private final GoalChangeRepository changes;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    GoalEditing(AgreementRepository agreements, GoalRepository goals, GoalChangeRepository changes,
                Organisations organisations, ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.goals = goals;
        this.changes = changes;
        this.organisations = organisations;
        this.events = events;
    }

    public AgreementView createAgreement(AgreementInput input, String by) {
        GoalRules.CheckedAgreement checked = GoalRules.agreement(input);
        AgreementDraft draft = checked.draft();
        if (agreements.insertIfMissing(draft) != UpsertOutcome.CREATED) {
            throw RequestRefused.conflict("agreement.refused.id.taken", draft.id());
        }
        for (ThemeView theme : checked.themes()) {
            agreements.insertThemeIfMissing(draft.id(), theme.number(), theme.name());
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("name", draft.name());
        details.put("parties", String.join(", ", draft.parties()));
        details.put("validity", draft.validFrom() + " – " + draft.validTo());
        details.put("themes", checked.themes().stream().map(t -> t.number() + ". " + t.name())
                .collect(Collectors.joining("; ")));
        events.publishEvent(AuditEvent.of(by, "AGREEMENT_CREATED", "agreement/" + draft.id(), details));
        return agreements.findById(draft.id()).orElseThrow();
    }

    /** Adds a goal at the end of its theme. */
    public GoalView addGoal(String agreementId, GoalInput input, String by) {
        AgreementView agreement = agreement(agreementId);
        GoalFields fields = check(agreement, input, null);
        refuseDuplicateTitle(agreementId, fields, null);
        int order = goals.makeRoomAtEndOfTheme(agreementId, fields.theme(), null);
        long id = goals.insert(agreementId, fields, order, null);
        goals.replaceOwners(id, fields.owners());
        changes.add(id, 1, GoalChangeAction.CREATED, null, null, null, by);
        fields.shown().forEach((field, value) -> {
            if (value != null && !value.isEmpty()) {
                changes.add(id, 1, GoalChangeAction.CREATED, field, null, value, by);
            }
        });
        events.publishEvent(AuditEvent.of(by, "GOAL_CREATED", subject(agreementId, id), withoutEmpty(fields.shown())));
        return goals.findById(id).orElseThrow();
    }

    /**
     * Saves an edited goal if it is still at {@code expectedVersion}: no version is a 428, an older one a
     * {@link StaleGoalException} (412) with both versions; a retired goal is not edited (409).
     */
    public GoalView edit(long goalId, Integer expectedVersion, GoalInput input, String by) {
        GoalView before = goal(goalId);
        goals.lockVersion(goalId);
        before = goal(goalId);
        if (expectedVersion == null) {
            throw RequestRefused.preconditionRequired("agreement.refused.versionRequired");
        }
        if (before.retired()) {
            throw RequestRefused.conflict("agreement.refused.retired");
        }
        if (before.version() != expectedVersion) {
            throw new StaleGoalException(before, input);
        }
        GoalFields after = check(agreement(before.agreementId()), input, goalId);
        refuseDuplicateTitle(before.agreementId(), after, goalId);
        if (!goals.updateIfVersion(goalId, expectedVersion, after)) {
            throw new StaleGoalException(goal(goalId), input);
        }
        if (after.theme() != before.theme()) {
            goals.setOrder(goalId, goals.makeRoomAtEndOfTheme(before.agreementId(), after.theme(), goalId));
        }
        if (!before.owners().equals(after.owners())) {
            goals.replaceOwners(goalId, after.owners());
        }
        int version = expectedVersion + 1;
        Map<String, String> details = new LinkedHashMap<>();
        details.put("version", expectedVersion + " -> " + version);
        Map<String, String> was = GoalFields.of(before).shown();
        after.shown().forEach((field, value) -> {
            String old = was.get(field);
            if (!Objects.equals(blankToNull(old), blankToNull(value))) {
                changes.add(goalId, version, GoalChangeAction.EDITED, field, old, value, by);
                details.put(field + ".before", old == null ? "" : old);
                details.put(field + ".after", value == null ? "" : value);
            }
        });
        events.publishEvent(AuditEvent.of(by, "GOAL_EDITED", subject(before.agreementId(), goalId), details));
        return goal(goalId);
    }

    /**
     * Retires a goal: it keeps its history and its statuses in earlier rounds, but new rounds give it no status.
     * {@code expectedVersion} may be null (no check) or the version read (412 when stale).
     */
    public GoalView retire(long goalId, Integer expectedVersion, String by) {
        goals.lockVersion(goalId);
        GoalView goal = goal(goalId);
        if (goal.retired()) {
            throw RequestRefused.conflict("agreement.refused.retired");
        }
        if (expectedVersion != null && expectedVersion != goal.version()) {
            throw new StaleGoalException(goal, null);
        }
        goals.retireIfVersion(goalId, goal.version(), by);
        int version = goal.version() + 1;
        changes.add(goalId, version, GoalChangeAction.RETIRED, "retired", "false", "true", by);
        events.publishEvent(AuditEvent.of(by, "GOAL_RETIRED", subject(goal.agreementId(), goalId),
                Map.of("version", goal.version() + " -> " + version, "title", goal.title())));
        return goal(goalId);
    }

    /**
     * Moves a goal one place up or down among the goals of its theme (it swaps places with its neighbour). The order
     * is not part of the goal's version: a reorder leaves open edit forms valid.
     */
    public List<GoalView> move(long goalId, boolean up, String by) {
        GoalView goal = goal(goalId);
        if (goal.retired()) {
            throw RequestRefused.conflict("agreement.refused.retired");
        }
        List<GoalView> theme = goals.findByAgreement(goal.agreementId()).stream()
                .filter(g -> g.theme() == goal.theme()).toList();
        int index = -1;
        for (int i = 0; i < theme.size(); i++) {
            if (theme.get(i).id() == goalId) {
                index = i;
            }
        }
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= theme.size()) {
            return goals.findByAgreement(goal.agreementId());
        }
        GoalView neighbour = theme.get(other);
        goals.lockVersion(goalId);
        goals.lockVersion(neighbour.id());
        int mine = goal.order();
        int theirs = neighbour.order() == mine ? mine + (up ? -1 : 1) : neighbour.order();
        goals.setOrder(goalId, theirs);
        goals.setOrder(neighbour.id(), mine);
        changes.add(goalId, goal.version(), GoalChangeAction.REORDERED, "order", String.valueOf(mine),
                String.valueOf(theirs), by);
        events.publishEvent(AuditEvent.of(by, "GOAL_REORDERED", subject(goal.agreementId(), goalId),
                Map.of("order.before", String.valueOf(mine), "order.after", String.valueOf(theirs),
                        "swappedWith", String.valueOf(neighbour.id()))));
        return goals.findByAgreement(goal.agreementId());
    }

    /**
     * Copies chosen goals of an earlier agreement into this one, each linked to the goal it continues
     * ({@code takenOverFromId}); kind, text, deadline, content and owners come along, the related goal does not (it
     * belongs to the earlier agreement). {@code themes} maps a goal id to the theme it gets here; without one it
     * keeps its theme number, which must exist here.
     */
    public List<GoalView> takeOver(String agreementId, List<Long> goalIds, Map<Long, Integer> themes, String by) {
        AgreementView agreement = agreement(agreementId);
        if (goalIds == null || goalIds.isEmpty()) {
            throw GoalRules.refuse("goalIds.missing");
        }
        if (goalIds.size() > GoalRules.MAX_TAKE_OVER) {
            throw GoalRules.refuse("goalIds.tooMany", GoalRules.MAX_TAKE_OVER);
        }
        Set<Integer> numbers = agreement.themes().stream().map(ThemeView::number).collect(Collectors.toSet());
        Set<Long> already = goals.findByAgreement(agreementId).stream().map(GoalView::takenOverFromId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<GoalView> created = new ArrayList<>();
        for (Long sourceId : goalIds.stream().distinct().toList()) {
            GoalView source = sourceId == null ? null : goals.findById(sourceId).orElse(null);
            if (source == null || source.agreementId().equals(agreementId)) {
                throw GoalRules.refuse("goalIds.unknown", String.valueOf(sourceId));
            }
            if (already.contains(sourceId)) {
                throw RequestRefused.conflict("agreement.refused.goalIds.already", sourceId);
            }
            int theme = themes.getOrDefault(sourceId, source.theme());
            if (!numbers.contains(theme)) {
                throw GoalRules.refuse("theme.unknown", theme);
            }
            GoalFields fields = new GoalFields(source.kind(), theme, source.title(), source.content(),
                    source.deadline(), source.owners().stream().filter(c -> organisations.byCode(c).isPresent()).toList(),
                    null);
            refuseDuplicateTitle(agreementId, fields, null);
            int order = goals.makeRoomAtEndOfTheme(agreementId, theme, null);
            long id = goals.insert(agreementId, fields, order, sourceId);
            goals.replaceOwners(id, fields.owners());
            changes.add(id, 1, GoalChangeAction.TAKEN_OVER, "takenOverFromId", null, String.valueOf(sourceId), by);
            events.publishEvent(AuditEvent.of(by, "GOAL_TAKEN_OVER", subject(agreementId, id),
                    Map.of("from", subject(source.agreementId(), sourceId), "title", source.title())));
            created.add(goals.findById(id).orElseThrow());
        }
        return created;
    }

    private GoalFields check(AgreementView agreement, GoalInput input, Long self) {
        Set<Integer> themes = agreement.themes().stream().map(ThemeView::number).collect(Collectors.toSet());
        return GoalRules.goal(input, themes, code -> organisations.byCode(code).isPresent(),
                related -> !related.equals(self) && goals.findById(related)
                        .filter(g -> g.agreementId().equals(agreement.id())).isPresent());
    }

    private void refuseDuplicateTitle(String agreementId, GoalFields fields, Long self) {
        goals.findByKindAndTitle(agreementId, fields.kind(), fields.title())
                .filter(g -> !Objects.equals(g.id(), self))
                .ifPresent(g -> {
                    throw RequestRefused.conflict("agreement.refused.title.duplicate", g.id());
                });
    }

    private AgreementView agreement(String agreementId) {
        return agreements.findById(agreementId).orElseThrow(() ->
                RequestRefused.notFound("agreement.refused.unknown", agreementId));
    }

    private GoalView goal(long goalId) {
        return goals.findById(goalId).orElseThrow(() -> RequestRefused.notFound("agreement.refused.noGoal", goalId));
    }

    private static String subject(String agreementId, long goalId) {
        return agreementId + "/goal/" + goalId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Map<String, String> withoutEmpty(Map<String, String> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                out.put(k, v);
            }
        });
        return out;
    }
}
