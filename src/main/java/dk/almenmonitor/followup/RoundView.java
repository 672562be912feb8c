package dk.almenmonitor.followup;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

public record RoundView(@JsonIgnore long id, String agreementId, String period, LocalDate dueDate, RoundState state,
                        int statuses) {
}
