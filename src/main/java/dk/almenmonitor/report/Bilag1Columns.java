package dk.almenmonitor.report;

import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.followup.GoalStatusRow;

/**
 * The columns of Bilag 1 as the municipality's sheet has them (docs/domain.md §2), shared by the XLSX and DOCX writers.
 * Without a previous round the "previous quarter" column is left out, so that an exported sheet imports again.
 */
final class Bilag1Columns {

    private Bilag1Columns() {
    }

    static List<String> headers(Bilag1 bilag1, Bilag1.Section section, ReportMessages text) {
        List<String> headers = new ArrayList<>(List.of(text.get("report.bilag1.section." + section.kind()),
                text.get("report.bilag1.col.theme"), text.get("report.bilag1.col.deadline"),
                text.get("report.bilag1.col.content")));
        if (bilag1.previousLabel() != null) {
            headers.add(text.get("report.bilag1.col.status", bilag1.previousLabel()));
        }
        headers.addAll(List.of(text.get("report.bilag1.col.status", bilag1.currentLabel()),
                text.get("report.bilag1.col.delay." + section.kind()), text.get("report.bilag1.col.expected"),
                text.get("report.bilag1.col.achievement"), text.get("report.bilag1.col.owner")));
        return headers;
    }

    /** The row's cells as text; index 1 (Tema) is a number in the sheet. "Uændret" where the status is unchanged. */
    static List<String> cells(Bilag1 bilag1, Bilag1.Row item, ReportMessages text) {
        GoalStatusRow r = item.row();
        List<String> cells = new ArrayList<>(List.of(r.goal().title(), String.valueOf(r.goal().theme()),
                nz(r.goal().deadline() == null ? null : r.goal().deadline().text()), nz(r.goal().content())));
        if (bilag1.previousLabel() != null) {
            cells.add(r.previous() == null ? "" : nz(r.previous().statusText()));
        }
        var s = r.status();
        cells.add(s == null ? "" : s.unchanged() ? text.get("followup.unchanged") : nz(s.statusText()));
        cells.add(s == null ? "" : nz(s.delayReason()));
        cells.add(s == null || s.expectedFulfilment() == null ? "" : nz(s.expectedFulfilment().text()));
        cells.add(r.achievement() == null ? "" : text.get("followup.achievement." + r.achievement().name()));
        cells.add(nz(item.owners()));
        return cells;
    }

    /** Relative column widths (sum 100), in the order of {@link #headers}. */
    static List<Integer> widths(Bilag1 bilag1) {
        return bilag1.previousLabel() != null ? List.of(15, 4, 7, 11, 16, 16, 8, 8, 8, 7)
                : List.of(18, 4, 8, 14, 22, 10, 9, 8, 7);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
