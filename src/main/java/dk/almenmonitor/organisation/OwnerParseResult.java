package dk.almenmonitor.organisation;

import java.util.List;

/** Organisation codes read from an owner text, and the parts that matched no organisation. */
public record OwnerParseResult(List<String> codes, List<String> unknown) {

    public boolean valid() {
        return unknown.isEmpty();
    }
}
