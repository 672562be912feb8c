package dk.almenmonitor.imports;

/**
 * Facts about the import running on this thread, for the modules a dataset's load calls into: whether it loads the
 * synthetic demo data. Synthetic figures are shown on the monitor pages, labelled, but never become indicator
 * observations: the seed memo's own figures stay the only observations (docs/domain.md §9).
 */
public final class CurrentImport {

    private static final ThreadLocal<Boolean> SYNTHETIC = new ThreadLocal<>();

    private CurrentImport() {
    }

    /** Whether the import on this thread loads synthetic demo data. */
    public static boolean synthetic() {
        return Boolean.TRUE.equals(SYNTHETIC.get());
    }

    static void runSynthetic(Runnable work) {
        SYNTHETIC.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            SYNTHETIC.remove();
        }
    }
}
