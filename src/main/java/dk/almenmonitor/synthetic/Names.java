package dk.almenmonitor.synthetic;

import java.util.Set;

/** Made-up names for organisations, departments and new-build projects, unique where the files need it. */
final class Names {

    private static final String[] ORGANISATION_KINDS = {"Boligselskabet", "Boligforeningen", "Andelsboligforeningen",
        "Arbejdernes Boligselskab", "Almennyttigt Boligselskab", "Den Almene Boligforening", "Lejerboligselskabet",
        "Boligselskabet Bo", "Selvejende Boliginstitution"};
    private static final String[] FIRST = {"Lærke", "Solsikke", "Bøge", "Ege", "Birke", "Ahorn", "Hylde", "Kirsebær",
        "Rose", "Lyng", "Mose", "Skov", "Sø", "Strand", "Eng", "Mølle", "Kilde", "Bakke", "Vibe", "Svale", "Stære",
        "Hjorte", "Rønne", "Elme", "Linde", "Pile", "Valmue", "Kløver", "Tjørne", "Hassel", "Fyrre", "Gran", "Ravne",
        "Falke", "Nord", "Syd", "Vester", "Øster", "Kirke"};
    private static final String[] LAST = {"parken", "gården", "husene", "vænget", "haven", "toften", "bakken",
        "hegnet", "lunden", "høj", "boligerne", "stien", "kvarteret", "engen", "dalen", "vangen"};
    private static final String[] ROMAN = {"", " II", " III", " IV", " V", " VI", " VII", " VIII", " IX", " X"};

    private Names() {
    }

    static String organisation(Rng rng, Municipality home, Set<String> taken) {
        String kind = ORGANISATION_KINDS[rng.between(0, ORGANISATION_KINDS.length - 1)];
        String name = kind + " " + home.name();
        while (!taken.add(name)) {
            name = kind + " " + home.name() + " af " + rng.between(1920, 2010);
        }
        return name;
    }

    /** A department or project name, unique within {@code taken} (the organisation's names so far). */
    static String place(Rng rng, Set<String> taken) {
        String base = FIRST[rng.between(0, FIRST.length - 1)].strip() + LAST[rng.between(0, LAST.length - 1)];
        for (int i = 0; ; i++) {
            String name = i < ROMAN.length ? base + ROMAN[i] : base + " " + (i + 1);
            if (taken.add(name)) {
                return name;
            }
        }
    }
}
