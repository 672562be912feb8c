package dk.almenmonitor.followup;

import java.util.List;

/** The file cannot be read or fails validation; nothing has been stored. */
class RejectedFileException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    RejectedFileException(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "rejected" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    RejectedFileException(String message) {
        this(List.of(ImportProblem.file(message)));
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
