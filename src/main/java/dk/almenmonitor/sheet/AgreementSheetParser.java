package dk.almenmonitor.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.followup.Achievement;
import dk.almenmonitor.followup.FollowUpImports;
import dk.almenmonitor.imports.BoundedProblems;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.organisation.Organisations;
import dk.almenmonitor.organisation.OwnerParseResult;
import dk.almenmonitor.shared.Quarter;
import org.springframework.stereotype.Component;

/**
 * Validates the Bilag 1 sheet (docs/domain.md §2): title rows, then per section a header row and goal rows. Collects
 * every problem with its row and column instead of stopping at the first, so the user can fix the file in one go
 * (the first {@value BoundedProblems#LIMIT} of them, and how many more).
 */
@Component
class AgreementSheetParser {

    private final Organisations organisations;
    private final ImportTexts texts;

    AgreementSheetParser(Organisations organisations, ImportTexts texts) {
        this.organisations = organisations;
        this.texts = texts;
    }

    ParsedSheet parse(RawSheet sheet) {
        BoundedProblems<ImportProblem> problems = BoundedProblems.errors(ImportProblem::file);
        String title = null;
        Quarter reportQuarter = null;
        SheetColumns columns = null;
        GoalKind section = null;
        boolean sawHeader = false;
        List<ParsedSheet.GoalRow> goals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawSheet.Row row : sheet.rows()) {
            if (row.blank()) {
                continue;
            }
            if (SheetColumns.isHeader(row)) {
                sawHeader = true;
                section = sectionOf(row, problems);
                Optional<SheetColumns> read = SheetColumns.read(row, problems, texts);
                if (read.isPresent() && columns != null && !read.get().quarters().equals(columns.quarters())) {
                    problems.add(texts.problem(row.number(), SheetColumns.STATUS, "sheet.sections.differentQuarters"));
                }
                columns = read.orElse(null);
                continue;
            }
            if (!sawHeader) {
                if (row.cell(0).contains("Hovedaftale") && title == null) {
                    title = row.cell(0);
                } else if (row.cell(0).toLowerCase(Locale.ROOT).startsWith("status pr")) {
                    reportQuarter = SheetColumns.quarterIn(row.cell(0));
                } else if (row.cells().stream().filter(c -> c != null && !c.isBlank()).count() > 2) {
                    problems.add(texts.problem(row.number(), null, "sheet.row.beforeHeader"));
                }
                continue;
            }
            if (columns == null || section == null) {
                continue; // the header row of this section was already reported as broken
            }
            Optional<ParsedSheet.GoalRow> goal = goalRow(row, section, columns, problems);
            if (goal.isPresent()) {
                if (!seen.add(goal.get().kind() + "\u0000" + goal.get().title())) {
                    problems.add(texts.problem(row.number(), BoundedProblems.excerpt(columns.goalHeader()),
                            "sheet.goal.duplicate"));
                }
                goals.add(goal.get());
            }
        }
        if (!sawHeader) {
            problems.add(texts.file(looksCommaSeparated(sheet) ? "sheet.noHeader.commaSeparated" : "sheet.noHeader"));
        } else if (goals.isEmpty() && problems.isEmpty()) {
            problems.add(texts.file("sheet.noGoals"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems.list());
        }
        return new ParsedSheet(title, reportQuarter, columns.quarters(), goals);
    }

    private GoalKind sectionOf(RawSheet.Row header, BoundedProblems<ImportProblem> problems) {
        String h = header.cell(0).toLowerCase(Locale.ROOT);
        if (h.contains("analyse")) return GoalKind.ANALYSIS;
        if (h.contains("målbar")) return GoalKind.MEASURABLE;
        if (h.contains("hensigtserklæring")) return GoalKind.INTENT;
        problems.add(texts.problem(header.number(), "A", "sheet.unknownSection", BoundedProblems.excerpt(header.cell(0))));
        return null;
    }

    private Optional<ParsedSheet.GoalRow> goalRow(RawSheet.Row row, GoalKind kind, SheetColumns c,
                                                  BoundedProblems<ImportProblem> problems) {
        int before = problems.count();
        String title = row.cell(0);
        if (title.isEmpty()) {
            problems.add(texts.problem(row.number(), BoundedProblems.excerpt(c.goalHeader()), "sheet.goal.emptyTitle"));
        }
        Integer theme = theme(row, c, problems);
        Achievement achievement = null;
        String achievementText = row.cell(c.achievement());
        if (!achievementText.isEmpty()) {
            achievement = Achievement.fromDanish(achievementText).orElse(null);
            if (achievement == null) {
                problems.add(texts.problem(row.number(), SheetColumns.ACHIEVEMENT, "sheet.unknownAchievement",
                        BoundedProblems.excerpt(achievementText)));
            }
        }
        OwnerParseResult owners = organisations.parseOwners(row.cell(c.owner()));
        if (!owners.valid()) {
            problems.add(texts.problem(row.number(), SheetColumns.OWNER, "sheet.unknownOwner",
                    BoundedProblems.excerpt(String.join(", ", owners.unknown()))));
        }
        List<String> texts = statusTexts(row, c, problems);
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new ParsedSheet.GoalRow(row.number(), kind, theme, title, emptyToNull(row.cell(c.content())),
                emptyToNull(row.cell(c.deadline())), texts, emptyToNull(row.cell(c.delayReason())),
                emptyToNull(row.cell(c.expected())), achievement, owners.codes()));
    }

    private Integer theme(RawSheet.Row row, SheetColumns c, BoundedProblems<ImportProblem> problems) {
        String text = row.cell(c.theme()).replaceAll("\\.0+$", "");
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) == 0) {
            problems.add(texts.problem(row.number(), SheetColumns.THEME, "sheet.theme",
                    BoundedProblems.excerpt(row.cell(c.theme()))));
            return null;
        }
        return Integer.parseInt(text);
    }

    /** Status texts per quarter with "Uændret" replaced by the previous column's text. */
    private List<String> statusTexts(RawSheet.Row row, SheetColumns c, BoundedProblems<ImportProblem> problems) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < c.statusColumns().size(); i++) {
            String text = row.cell(c.statusColumns().get(i));
            if (FollowUpImports.isUnchangedWord(text)) {
                if (i == 0 || found.get(i - 1) == null) {
                    problems.add(texts.problem(row.number(), SheetColumns.STATUS_OF + c.quarters().get(i).danish(),
                            "sheet.unchangedWithoutPrevious"));
                    found.add(null);
                    continue;
                }
                text = found.get(i - 1);
            }
            found.add(emptyToNull(text));
        }
        return found;
    }

    private static boolean looksCommaSeparated(RawSheet sheet) {
        return sheet.format().equals("CSV") && sheet.rows().stream().limit(10)
                .anyMatch(r -> r.cells().size() == 1 && r.cell(0).chars().filter(ch -> ch == ',').count() >= 5);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
