package dk.almenmonitor.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The new-agreement form: parties one per line, themes one per line as "1. Name". */
public record AgreementForm(String id, String name, String parties, String validFrom, String validTo, String themes) {

    private static final Pattern THEME = Pattern.compile("^(\\d{1,2})[.):]?\\s+(.+)$");
    private static final int MAX_LINES = 100;

    static AgreementForm empty() {
        return new AgreementForm(null, null, null, null, null, null);
    }

    AgreementInput toInput() {
        List<AgreementInput.Theme> parsed = new ArrayList<>();
        for (String line : lines(themes)) {
            Matcher m = THEME.matcher(line);
            if (!m.matches()) {
                throw GoalRules.refuse("themes.line", line.length() > 40 ? line.substring(0, 40) + "…" : line);
            }
            parsed.add(new AgreementInput.Theme(m.group(1), m.group(2)));
        }
        return new AgreementInput(id, name, lines(parties), validFrom, validTo, parsed);
    }

    AgreementForm bounded() {
        return new AgreementForm(GoalForm.cut(id, 70), GoalForm.cut(name, GoalRules.MAX_NAME), GoalForm.cut(parties, 5_000),
                GoalForm.cut(validFrom, 10), GoalForm.cut(validTo, 10), GoalForm.cut(themes, 8_000));
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        // More lines than any rule allows are cut here; the rules then refuse the count, naming the field.
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).limit(MAX_LINES).toList();
    }
}
