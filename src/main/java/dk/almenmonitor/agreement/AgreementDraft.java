package dk.almenmonitor.agreement;

import java.time.LocalDate;
import java.util.List;

public record AgreementDraft(String id, String name, List<String> parties, LocalDate validFrom, LocalDate validTo) {
}
