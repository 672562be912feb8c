package dk.almenmonitor.followup;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

public record RoundView(@JsonIgnore long id, String agreementId, String period, LocalDate dueDate, RoundState state,
                        int statuses) {

    /** "1. kvartal 2017". */
    public String label() {
        return dk.almenmonitor.shared.Quarter.danishLabel(period);
    }
}
