package dk.almenmonitor.agreement;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A new agreement as a client or the form sends it, unchecked; dates as ISO text so a bad one names its field. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreementInput(String id, String name, List<String> parties, String validFrom, String validTo,
                             List<Theme> themes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Theme(String number, String name) {
    }
}
