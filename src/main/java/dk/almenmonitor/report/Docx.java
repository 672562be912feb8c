package dk.almenmonitor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Small helpers over Apache POI XWPF for the Word documents. Text goes in through {@link XWPFRun#setText}, which
 * escapes it, so user text stays text; line breaks in the text become Word line breaks.
 */
final class Docx {

    static final String FONT = "Arial";

    private Docx() {
    }

    /** A4 page; landscape for Bilag 1, portrait for the memo. Sizes in twentieths of a point. */
    static void page(XWPFDocument doc, boolean landscape, int marginTwips) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margin = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger m = BigInteger.valueOf(marginTwips);
        margin.setTop(m);
        margin.setBottom(m);
        margin.setLeft(m);
        margin.setRight(m);
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean bold, int points) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setSpacingAfter(120);
        write(paragraph.createRun(), text, bold, points);
        return paragraph;
    }

    static void write(XWPFRun run, String text, boolean bold, int points) {
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        String[] lines = CellText.xmlSafe(text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** A table filling the text width; the first row is the header, repeated on every page. */
    static XWPFTable table(XWPFDocument doc, List<String> headers, List<List<String>> rows, List<Integer> widths,
                           int points) {
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        table.setWidthType(TableWidthType.PCT);
        fill(table.getRow(0), headers, widths, true, points);
        table.getRow(0).setRepeatHeader(true);
        table.getRow(0).setCantSplitRow(true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), widths, false, points);
        }
        return table;
    }

    private static void fill(XWPFTableRow row, List<String> cells, List<Integer> widths, boolean bold, int points) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(widths.get(c) + "%");
            if (bold) {
                cell.setColor("DFE6EE");
            }
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setSpacingAfter(0);
            write(paragraph.createRun(), cells.get(c), bold, points);
        }
    }

    static byte[] bytes(XWPFDocument doc) {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
