package dk.almenmonitor.agreement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import dk.almenmonitor.shared.RequestRefused;
import dk.almenmonitor.shared.WrittenPeriod;

/**
 * The checks of an agreement and a goal the secretariat enters (docs/domain.md "Goal maintenance"). A refusal is a
 * 400 whose Danish text names the field; its message code is {@code agreement.refused.<field>.<what>}, so a form can
 * mark the field ({@link #field}). Every text and list is bounded.
 */
final class GoalRules {

    static final int MAX_TITLE = 2_000;
    static final int MAX_CONTENT = 20_000;
    static final int MAX_DEADLINE = 200;
    static final int MAX_OWNERS = 20;
    static final int MAX_NAME = 300;
    static final int MAX_PARTIES = 20;
    static final int MAX_PARTY = 200;
    static final int MAX_THEMES = 30;
    static final int MAX_THEME_NUMBER = 99;
    static final int MAX_THEME_NAME = 200;
    static final int MAX_TAKE_OVER = 200;
    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{1,62}";
    private static final String PREFIX = "agreement.refused.";

    private GoalRules() {
    }

    /** The field a refusal of these rules is about ({@code title}, {@code themes} …), or null. */
    static String field(RequestRefused refused) {
        String code = refused.messageCode();
        if (!code.startsWith(PREFIX)) {
            return null;
        }
        String rest = code.substring(PREFIX.length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : null;
    }

    /**
     * A checked goal. {@code themes} are the agreement's theme numbers, {@code organisationExists} tells an owner code
     * from a typo, {@code relatedAllowed} whether an id is another goal of the same agreement.
     */
    static GoalFields goal(GoalInput in, Set<Integer> themes, Predicate<String> organisationExists,
                           Predicate<Long> relatedAllowed) {
        if (in == null) {
            throw refuse("kind.missing");
        }
        GoalKind kind = kind(in.kind());
        int theme = theme(in.theme(), themes);
        String title = trimmed(in.title());
        if (title == null) {
            throw refuse("title.missing");
        }
        max("title", title, MAX_TITLE);
        String content = trimmed(in.content());
        max("content", content, MAX_CONTENT);
        String deadline = trimmed(in.deadlineText());
        max("deadline", deadline, MAX_DEADLINE);
        List<String> owners = owners(in.owners(), organisationExists);
        Long related = related(in.relatedGoalId(), relatedAllowed);
        return new GoalFields(kind, theme, title, content, deadline == null ? WrittenPeriod.EMPTY : WrittenPeriod.of(deadline),
                owners, related);
    }

    /** A checked new agreement. */
    static CheckedAgreement agreement(AgreementInput in) {
        if (in == null || trimmed(in.id()) == null) {
            throw refuse("id.missing");
        }
        String id = in.id().trim();
        if (!id.matches(ID_PATTERN)) {
            throw refuse("id.invalid", cut(id));
        }
        String name = trimmed(in.name());
        if (name == null) {
            throw refuse("name.missing");
        }
        max("name", name, MAX_NAME);
        List<String> parties = new ArrayList<>();
        if (in.parties() != null) {
            if (in.parties().size() > MAX_PARTIES) {
                throw refuse("parties.tooMany", MAX_PARTIES);
            }
            for (String p : in.parties()) {
                String party = trimmed(p);
                if (party != null) {
                    max("parties", party, MAX_PARTY);
                    parties.add(party);
                }
            }
        }
        LocalDate from = date("validFrom", in.validFrom());
        LocalDate to = date("validTo", in.validTo());
        if (to.isBefore(from)) {
            throw refuse("validTo.beforeFrom");
        }
        if (in.themes() == null || in.themes().isEmpty()) {
            throw refuse("themes.missing");
        }
        if (in.themes().size() > MAX_THEMES) {
            throw refuse("themes.tooMany", MAX_THEMES);
        }
        List<ThemeView> themes = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (AgreementInput.Theme t : in.themes()) {
            String raw = t == null ? null : trimmed(t.number());
            if (raw == null || !raw.matches("\\d{1,2}") || Integer.parseInt(raw) < 1) {
                throw refuse("themes.number", raw == null ? "" : cut(raw));
            }
            int number = Integer.parseInt(raw);
            if (!seen.add(number)) {
                throw refuse("themes.duplicate", number);
            }
            String themeName = trimmed(t.name());
            if (themeName == null) {
                throw refuse("themes.name", number);
            }
            if (themeName.length() > MAX_THEME_NAME) {
                throw refuse("themes.nameTooLong", number, MAX_THEME_NAME);
            }
            themes.add(new ThemeView(number, themeName));
        }
        themes.sort(java.util.Comparator.comparingInt(ThemeView::number));
        return new CheckedAgreement(new AgreementDraft(id, name, List.copyOf(parties), from, to), List.copyOf(themes));
    }

    record CheckedAgreement(AgreementDraft draft, List<ThemeView> themes) {
    }

    static GoalKind kind(String raw) {
        String kind = trimmed(raw);
        if (kind == null) {
            throw refuse("kind.missing");
        }
        try {
            return GoalKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw refuse("kind.unknown", cut(kind));
        }
    }

    static int theme(String raw, Set<Integer> themes) {
        String theme = trimmed(raw);
        if (theme == null) {
            throw refuse("theme.missing");
        }
        if (!theme.matches("\\d{1,2}")) {
            throw refuse("theme.invalid", cut(theme));
        }
        int number = Integer.parseInt(theme);
        if (!themes.contains(number)) {
            throw refuse("theme.unknown", number);
        }
        return number;
    }

    private static List<String> owners(List<String> raw, Predicate<String> exists) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_OWNERS) {
            throw refuse("owners.tooMany", MAX_OWNERS);
        }
        List<String> owners = new ArrayList<>();
        for (String r : raw) {
            String code = trimmed(r);
            if (code == null || owners.contains(code)) {
                continue;
            }
            if (code.length() > 20 || !exists.test(code)) {
                throw refuse("owners.unknown", cut(code));
            }
            owners.add(code);
        }
        return List.copyOf(owners);
    }

    private static Long related(String raw, Predicate<Long> allowed) {
        String id = trimmed(raw);
        if (id == null) {
            return null;
        }
        if (!id.matches("\\d{1,18}")) {
            throw refuse("relatedGoalId.invalid", cut(id));
        }
        long value = Long.parseLong(id);
        if (!allowed.test(value)) {
            throw refuse("relatedGoalId.unknown", String.valueOf(value));
        }
        return value;
    }

    private static LocalDate date(String field, String raw) {
        String text = trimmed(raw);
        if (text == null) {
            throw refuse(field + ".missing");
        }
        try {
            LocalDate date = LocalDate.parse(text.length() > 10 ? text.substring(0, 11) : text);
            if (date.getYear() < 1990 || date.getYear() > 2100) {
                throw refuse(field + ".invalid", cut(text));
            }
            return date;
        } catch (DateTimeParseException e) {
            throw refuse(field + ".invalid", cut(text));
        }
    }

    private static void max(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw refuse(field + ".tooLong", max);
        }
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static RequestRefused refuse(String what, Object... args) {
        return RequestRefused.badRequest(PREFIX + what, args);
    }
}
