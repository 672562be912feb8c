package dk.almenmonitor.imports;

/**
 * One thing wrong with an uploaded file: where (row as in the file, 1-based; column as the file names it — either may
 * be null when the whole file is meant) and what, in Danish.
 */
public record ImportProblem(Integer row, String column, String message) {

    /** A problem with the whole file. */
    public static ImportProblem file(String message) {
        return new ImportProblem(null, null, message);
    }
}
