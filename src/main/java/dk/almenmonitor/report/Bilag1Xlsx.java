package dk.almenmonitor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Bilag 1 as one XLSX sheet in the layout of the municipality's sheet (two title rows, then per section a header row
 * and the goal rows), so that it imports again. Every text is a string cell; text that a spreadsheet would take for a
 * formula gets Excel's quote prefix. Wrapped text, frozen title and first header row, landscape print setup.
 */
@Component
class Bilag1Xlsx {

    private static final int TOTAL_WIDTH_CHARS = 250;

    private final ReportMessages text;
    private final RenderMetrics metrics;

    Bilag1Xlsx(ReportMessages text, RenderMetrics metrics) {
        this.text = text;
        this.metrics = metrics;
    }

    byte[] write(Bilag1 bilag1) {
        return metrics.time("bilag1", "xlsx", () -> workbook(bilag1));
    }

    private byte[] workbook(Bilag1 bilag1) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("Bilag 1");
            string(sheet.createRow(0).createCell(0), text.get("report.bilag1.title", bilag1.agreementName()), styles.title);
            string(sheet.createRow(1).createCell(0), text.get("report.bilag1.subtitle", bilag1.currentLabel()), styles.subtitle);
            int rowIndex = 3;
            int columns = 0;
            for (Bilag1.Section section : bilag1.sections()) {
                List<String> headers = Bilag1Columns.headers(bilag1, section, text);
                columns = headers.size();
                Row header = sheet.createRow(rowIndex++);
                for (int c = 0; c < headers.size(); c++) {
                    string(header.createCell(c), headers.get(c), styles.header);
                }
                for (Bilag1.Row item : section.rows()) {
                    Row row = sheet.createRow(rowIndex++);
                    List<String> cells = Bilag1Columns.cells(bilag1, item, text);
                    for (int c = 0; c < cells.size(); c++) {
                        if (c == 1) {
                            Cell theme = row.createCell(c);
                            theme.setCellValue(item.row().goal().theme());
                            theme.setCellStyle(styles.number);
                        } else {
                            string(row.createCell(c), cells.get(c), CellText.risky(cells.get(c)) ? styles.quoted : styles.body);
                        }
                    }
                }
            }
            List<Integer> widths = Bilag1Columns.widths(bilag1);
            for (int c = 0; c < widths.size(); c++) {
                sheet.setColumnWidth(c, Math.min(255, TOTAL_WIDTH_CHARS * widths.get(c) / 100) * 256);
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
            sheet.createFreezePane(0, 4);
            sheet.setRepeatingRows(new CellRangeAddress(3, 3, -1, -1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Always a string cell, whatever the text looks like. */
    private static void string(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle body;
        final CellStyle quoted;
        final CellStyle number;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            subtitle = wb.createCellStyle();
            subtitle.setFont(bold);
            header = cellStyle(wb);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            body = cellStyle(wb);
            quoted = cellStyle(wb);
            quoted.setQuotePrefixed(true);
            number = cellStyle(wb);
        }

        private static CellStyle cellStyle(XSSFWorkbook wb) {
            CellStyle style = wb.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
