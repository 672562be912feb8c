package dk.almenmonitor.sheet;

import java.util.List;

/** A spreadsheet read into text cells; {@code number} is the row number the user sees (1-based). */
record RawSheet(List<Row> rows, String format, String encoding) {

    record Row(int number, List<String> cells) {

        String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return "";
            }
            String value = cells.get(index);
            return value == null ? "" : value.trim();
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
