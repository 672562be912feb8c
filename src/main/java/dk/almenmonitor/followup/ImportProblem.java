package dk.almenmonitor.followup;

/** One thing wrong with an uploaded file: where (row, column — either may be null) and what, in Danish. */
public record ImportProblem(Integer row, String column, String message) {

    static ImportProblem file(String message) {
        return new ImportProblem(null, null, message);
    }
}
