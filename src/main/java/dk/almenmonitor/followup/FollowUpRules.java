package dk.almenmonitor.followup;

import java.text.Normalizer;
import java.util.regex.Pattern;

import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.shared.Quarter;

/** The rules of docs/domain.md §3 that decide "Uændret" and overdue. */
final class FollowUpRules {

    static final String UNCHANGED_WORD = "Uændret";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private FollowUpRules() {
    }

    /** Whitespace-normalised text; null and blank are the same as empty. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ')).replaceAll(" ")
                .trim();
    }

    static boolean isUnchangedWord(String text) {
        return isUnchangedWordNormalised(normalise(text));
    }

    private static boolean isUnchangedWordNormalised(String normalised) {
        String word = normalised.endsWith(".") || normalised.endsWith("!")
                ? normalised.substring(0, normalised.length() - 1) : normalised;
        return word.equalsIgnoreCase(UNCHANGED_WORD);
    }

    /** Unchanged: the owner wrote "Uændret", or the text equals last round's after whitespace normalisation. */
    static boolean isUnchanged(String text, String previousText) {
        if (previousText == null) {
            return false;
        }
        String normalised = normalise(text);
        return isUnchangedWordNormalised(normalised)
                || (!normalised.isEmpty() && normalised.equals(normalise(previousText)));
    }

    /** Overdue: the deadline interval ended before the round's quarter began, and the goal is not fulfilled. */
    static boolean isOverdue(GoalView goal, Quarter round, Achievement achievement) {
        return goal.deadline() != null && goal.deadline().endsBefore(round.firstDay())
                && achievement != Achievement.FULFILLED;
    }

    static boolean hasText(String text) {
        return !normalise(text).isEmpty();
    }
}
