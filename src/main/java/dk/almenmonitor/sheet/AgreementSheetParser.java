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
import dk.almenmonitor.organisation.Organisations;
import dk.almenmonitor.organisation.OwnerParseResult;
import dk.almenmonitor.shared.Quarter;
import org.springframework.stereotype.Component;

/**
 * Validates the Bilag 1 sheet (DOMAIN.md §2): title rows, then per section a header row and goal rows. Collects
 * every problem with its row and column instead of stopping at the first, so the user can fix the file in one go
 * (the first {@value BoundedProblems#LIMIT} of them, and how many more).
 */
@Component
class AgreementSheetParser {

    private final Organisations organisations;

    AgreementSheetParser(Organisations organisations) {
        this.organisations = organisations;
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
                Optional<SheetColumns> read = SheetColumns.read(row, problems);
                if (read.isPresent() && columns != null && !read.get().quarters().equals(columns.quarters())) {
                    problems.add(new ImportProblem(row.number(), SheetColumns.STATUS,
                            "Sektionerne har forskellige statuskolonner; alle sektioner skal have de samme kvartaler."));
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
                    problems.add(new ImportProblem(row.number(), null, "Rækken står før den første overskriftsrække "
                            + "(\"Målsætninger – …;Tema;Tid;Indhold;Status - N. kvartal ÅÅÅÅ;…\"). Mangler overskriften?"));
                }
                continue;
            }
            if (columns == null || section == null) {
                continue; // the header row of this section was already reported as broken
            }
            Optional<ParsedSheet.GoalRow> goal = goalRow(row, section, columns, problems);
            if (goal.isPresent()) {
                if (!seen.add(goal.get().kind() + "\u0000" + goal.get().title())) {
                    problems.add(new ImportProblem(row.number(), BoundedProblems.excerpt(columns.goalHeader()),
                            "Samme målsætning står to gange i sektionen."));
                }
                goals.add(goal.get());
            }
        }
        if (!sawHeader) {
            problems.add(ImportProblem.file("Arket har ingen overskriftsrække med kolonnerne Tema, Tid, Indhold, "
                    + "Status - N. kvartal ÅÅÅÅ og Målopfyldelse" + (looksCommaSeparated(sheet)
                    ? ". Filen ser ud til at være kommasepareret; CSV skal være semikolonsepareret (;)." : ".")));
        } else if (goals.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.file("Arket indeholder ingen målsætninger."));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems.list());
        }
        return new ParsedSheet(title, reportQuarter, columns.quarters(), goals);
    }

    private static GoalKind sectionOf(RawSheet.Row header, BoundedProblems<ImportProblem> problems) {
        String h = header.cell(0).toLowerCase(Locale.ROOT);
        if (h.contains("analyse")) return GoalKind.ANALYSIS;
        if (h.contains("målbar")) return GoalKind.MEASURABLE;
        if (h.contains("hensigtserklæring")) return GoalKind.INTENT;
        problems.add(new ImportProblem(header.number(), "A", "Ukendt sektion \"" + BoundedProblems.excerpt(header.cell(0))
                + "\"; forventet Analyser, Direkte målbare målsætninger eller hensigtserklæringer."));
        return null;
    }

    private Optional<ParsedSheet.GoalRow> goalRow(RawSheet.Row row, GoalKind kind, SheetColumns c,
                                                  BoundedProblems<ImportProblem> problems) {
        int before = problems.count();
        String title = row.cell(0);
        if (title.isEmpty()) {
            problems.add(new ImportProblem(row.number(), BoundedProblems.excerpt(c.goalHeader()), "Målsætningens tekst er tom."));
        }
        Integer theme = theme(row, c, problems);
        Achievement achievement = null;
        String achievementText = row.cell(c.achievement());
        if (!achievementText.isEmpty()) {
            achievement = Achievement.fromDanish(achievementText).orElse(null);
            if (achievement == null) {
                problems.add(new ImportProblem(row.number(), SheetColumns.ACHIEVEMENT, "Ukendt målopfyldelse \""
                        + BoundedProblems.excerpt(achievementText) + "\"; brug Opfyldt, I proces, Indtænkes eller Ikke opfyldt."));
            }
        }
        OwnerParseResult owners = organisations.parseOwners(row.cell(c.owner()));
        if (!owners.valid()) {
            problems.add(new ImportProblem(row.number(), SheetColumns.OWNER,
                    "Ukendt tovholder: " + BoundedProblems.excerpt(String.join(", ", owners.unknown())) + "."));
        }
        List<String> texts = statusTexts(row, c, problems);
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new ParsedSheet.GoalRow(row.number(), kind, theme, title, emptyToNull(row.cell(c.content())),
                emptyToNull(row.cell(c.deadline())), texts, emptyToNull(row.cell(c.delayReason())),
                emptyToNull(row.cell(c.expected())), achievement, owners.codes()));
    }

    private static Integer theme(RawSheet.Row row, SheetColumns c, BoundedProblems<ImportProblem> problems) {
        String text = row.cell(c.theme()).replaceAll("\\.0+$", "");
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) == 0) {
            problems.add(new ImportProblem(row.number(), SheetColumns.THEME,
                    "Tema skal være et helt tal (fx 1, 2 eller 3), ikke \"" + BoundedProblems.excerpt(row.cell(c.theme())) + "\"."));
            return null;
        }
        return Integer.parseInt(text);
    }

    /** Status texts per quarter with "Uændret" replaced by the previous column's text. */
    private static List<String> statusTexts(RawSheet.Row row, SheetColumns c, BoundedProblems<ImportProblem> problems) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < c.statusColumns().size(); i++) {
            String text = row.cell(c.statusColumns().get(i));
            if (FollowUpImports.isUnchangedWord(text)) {
                if (i == 0 || texts.get(i - 1) == null) {
                    problems.add(new ImportProblem(row.number(), "Status - " + c.quarters().get(i).danish(),
                            "\"Uændret\" kræver en status i kolonnen før."));
                    texts.add(null);
                    continue;
                }
                text = texts.get(i - 1);
            }
            texts.add(emptyToNull(text));
        }
        return texts;
    }

    private static boolean looksCommaSeparated(RawSheet sheet) {
        return sheet.format().equals("CSV") && sheet.rows().stream().limit(10)
                .anyMatch(r -> r.cells().size() == 1 && r.cell(0).chars().filter(ch -> ch == ',').count() >= 5);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
