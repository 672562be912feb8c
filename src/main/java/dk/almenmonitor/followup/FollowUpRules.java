package dk.almenmonitor.followup;

import java.text.Normalizer;

import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.shared.Quarter;

/** The rules of docs/domain.md §3 that decide "Uændret" and overdue. */
final class FollowUpRules {

    static final String UNCHANGED_WORD = "Uændret";

    private FollowUpRules() {
    }

    /** Whitespace-normalised text; null and blank are the same as empty. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        // The same as replacing U+00A0 by a space, then every run of \s ([ \t\n\x0B\f\r]) by one space, then
        // trim(): written out, because it runs for every status on every page that shows a round.
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean inSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0') {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString().trim();
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
