package dk.almenmonitor.followup;

/** A non-blocking remark on a status, shown in the form and in the quality check. */
public record StatusWarning(Code code, String message) {

    public enum Code { OVERDUE_WITHOUT_REASON, EXPECTED_FULFILMENT_PASSED, STALE_UNCHANGED }
}
