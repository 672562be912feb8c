package dk.almenmonitor.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dk.almenmonitor.imports.BoundedProblems;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.shared.Quarter;

/** Where each column of a section's header row is; the layout of docs/domain.md §2, matched by header text. */
record SheetColumns(String goalHeader, int theme, int deadline, int content, List<Integer> statusColumns,
                    List<Quarter> quarters, int delayReason, int expected, int achievement, int owner) {

    static final String THEME = "Tema";
    static final String DEADLINE = "Tid";
    static final String CONTENT = "Indhold";
    static final String ACHIEVEMENT = "Målopfyldelse";
    static final String OWNER = "Tovholder";
    static final String STATUS = "Status - N. kvartal ÅÅÅÅ";
    /** A status column's name for a quarter: "Status - 1. kvartal 2017". */
    static final String STATUS_OF = "Status - ";
    static final String DELAY_REASON = "Grund til forsinkelse";
    static final String EXPECTED = "Forventet indfrielse";
    private static final Pattern QUARTER_OF_ANY_YEAR = Pattern.compile("[1-4]\\.\\s*kvartal\\s+\\d+");

    static boolean isHeader(RawSheet.Row row) {
        return row.cell(1).equalsIgnoreCase(THEME) && row.cell(2).equalsIgnoreCase(DEADLINE);
    }

    /** The quarter a title text names ("Status pr. 1. kvartal 2017"), or null when none or no real one. */
    static Quarter quarterIn(String text) {
        return Quarter.findDanish(text).orElse(null);
    }

    /** Reads the header row; adds a problem per missing column and returns empty when the row is unusable. */
    static Optional<SheetColumns> read(RawSheet.Row header, BoundedProblems<ImportProblem> problems, ImportTexts texts) {
        int theme = -1, deadline = -1, content = -1, delay = -1, expected = -1, achievement = -1, owner = -1;
        List<Integer> statusColumns = new ArrayList<>();
        List<Quarter> quarters = new ArrayList<>();
        for (int i = 1; i < header.cells().size(); i++) {
            String h = header.cell(i).toLowerCase(Locale.ROOT);
            if (h.equals("tema")) theme = i;
            else if (h.equals("tid")) deadline = i;
            else if (h.equals("indhold")) content = i;
            else if (h.contains("forsinkelse")) delay = i;
            else if (h.contains("indfrielse")) expected = i;
            else if (h.equals("målopfyldelse")) achievement = i;
            else if (h.equals("tovholder")) owner = i;
            else if (h.startsWith("status")) {
                Optional<Quarter> q = Quarter.findDanish(h);
                if (q.isEmpty() && QUARTER_OF_ANY_YEAR.matcher(h).find()) { // "Status - 1. kvartal 3000"
                    problems.add(texts.problem(header.number(), BoundedProblems.excerpt(header.cell(i)),
                            "sheet.status.yearOutside", String.valueOf(Quarter.MIN_YEAR), String.valueOf(Quarter.MAX_YEAR)));
                    return Optional.empty();
                }
                if (q.isEmpty()) {
                    problems.add(texts.problem(header.number(), BoundedProblems.excerpt(header.cell(i)), "sheet.status.name"));
                    return Optional.empty();
                }
                statusColumns.add(i);
                quarters.add(q.get());
            }
        }
        int before = problems.count();
        require(header, theme, THEME, problems, texts);
        require(header, deadline, DEADLINE, problems, texts);
        require(header, content, CONTENT, problems, texts);
        require(header, achievement, ACHIEVEMENT, problems, texts);
        require(header, statusColumns.isEmpty() ? -1 : 0, STATUS, problems, texts);
        for (int i = 1; i < quarters.size(); i++) {
            if (quarters.get(i).compareTo(quarters.get(i - 1)) <= 0) {
                problems.add(texts.problem(header.number(), BoundedProblems.excerpt(header.cell(statusColumns.get(i))),
                        "sheet.status.order"));
            }
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new SheetColumns(header.cell(0), theme, deadline, content, statusColumns, quarters,
                delay, expected, achievement, owner));
    }

    private static void require(RawSheet.Row header, int index, String name, BoundedProblems<ImportProblem> problems,
                                ImportTexts texts) {
        if (index < 0) {
            problems.add(texts.problem(header.number(), name, "sheet.header.missingColumn", name));
        }
    }
}
