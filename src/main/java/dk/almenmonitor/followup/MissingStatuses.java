package dk.almenmonitor.followup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reminders need from the follow-up, and nothing more: the open rounds due within a window and, per owner
 * organisation, the goals still missing a status in each (the quality check's "mangler status").
 */
@Service
@Transactional(readOnly = true)
public class MissingStatuses {

    private final RoundRepository rounds;
    private final FollowUpQueries queries;

    MissingStatuses(RoundRepository rounds, FollowUpQueries queries) {
        this.rounds = rounds;
        this.queries = queries;
    }

    /** Open rounds whose due date falls within [from, to], each with its missing statuses by owner organisation. */
    public List<RoundAwaitingStatus> inOpenRoundsDueBetween(LocalDate from, LocalDate to) {
        return rounds.findOpenDueBetween(from, to).stream().map(this::awaiting).toList();
    }

    private RoundAwaitingStatus awaiting(RoundView round) {
        Map<String, List<RoundAwaitingStatus.MissingGoal>> byOrganisation = new LinkedHashMap<>();
        queries.quality(round.agreementId(), round.period()).missingByOrganisation().forEach((organisation, items) ->
                byOrganisation.put(organisation, items.stream()
                        .map(i -> new RoundAwaitingStatus.MissingGoal(i.goalId(), i.title())).toList()));
        return new RoundAwaitingStatus(round.id(), round.agreementId(), round.period(), round.dueDate(),
                byOrganisation);
    }
}
