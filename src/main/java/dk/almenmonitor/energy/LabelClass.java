package dk.almenmonitor.energy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The energy label classes from best to worst (docs/domain.md §12). A file may give two classes, "C/D": the label counts as
 * the worse of them (our rule, docs/domain.md §12). "E or worse" is E, F and G.
 */
enum LabelClass {
    A2020, A2015, A2010, B, C, D, E, F, G;

    static final List<LabelClass> ALL = List.of(values());

    boolean eOrWorse() {
        return compareTo(E) >= 0;
    }

    /** The class a cell names: one class or several separated by "/" (the worst is taken); empty when unknown. */
    static Optional<LabelClass> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        LabelClass worst = null;
        for (String part : text.split("/", -1)) {
            Optional<LabelClass> one = single(part);
            if (one.isEmpty()) {
                return Optional.empty();
            }
            if (worst == null || one.get().compareTo(worst) > 0) {
                worst = one.get();
            }
        }
        return Optional.ofNullable(worst);
    }

    private static Optional<LabelClass> single(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        // "A" alone is not a class since 2010's split into A2010/A2015/A2020; "A1"/"A2" of older labels neither.
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }

    static String allowed() {
        return String.join(", ", ALL.stream().map(Enum::name).toList());
    }
}
