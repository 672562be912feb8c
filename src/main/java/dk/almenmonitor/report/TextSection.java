package dk.almenmonitor.report;

/** The redegørelse's free-text sections that the secretariat writes; labels are {@code report.text.<NAME>}. */
enum TextSection {
    INTRODUCTION, FOCUS_POINTS, APPENDIX_2
}
