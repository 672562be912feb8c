package dk.almenmonitor.sheet;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.SAXParserFactory;

import dk.almenmonitor.imports.CsvInput;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.shared.DanishFormat;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first worksheet of an XLSX file with POI's streaming (SAX) reader; cells come as displayed text. Stops at
 * the first row over {@code maxRows} or cell right of {@code maxColumns}: a row is padded only up to its own cells,
 * which are never further right than the cap. What is wrong is said in Danish; POI's own texts go to the log only.
 */
final class XlsxSheetReader {

    private static final Logger log = LoggerFactory.getLogger(XlsxSheetReader.class);
    static final String NOT_XLSX = "sheet.xlsx.notXlsx";
    static final String DAMAGED = "sheet.xlsx.damaged";
    static final String UNREADABLE = "sheet.xlsx.unreadable";

    private XlsxSheetReader() {
    }

    static RawSheet read(ImportTexts texts, byte[] content, int maxRows, int maxColumns) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw texts.rejected("sheet.xlsx.noSheet");
            }
            RowCollector collector = new RowCollector(texts, maxRows, maxColumns);
            try (InputStream sheet = sheets.next()) {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                XMLReader xml = factory.newSAXParser().getXMLReader();
                xml.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new DataFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
            return new RawSheet(collector.rows, "XLSX", "XLSX (UTF-8)");
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ImportRejectedException rejected) {
                    throw rejected; // our own stop, possibly wrapped by the SAX parser
                }
            }
            log.debug("Unreadable XLSX upload: {}", e.toString());
            throw texts.rejected(e instanceof NotOfficeXmlFileException || e instanceof InvalidFormatException ? NOT_XLSX
                    : e instanceof SAXException ? DAMAGED : UNREADABLE);
        }
    }

    /**
     * All cell text of one sheet together, in characters: shared strings let a small file repeat one long text in
     * every cell, so the file's size says nothing about how much text it unfolds to.
     */
    static final long MAX_TEXT = 10_000_000;

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final ImportTexts texts;
        private final int maxRows;
        private final int maxColumns;
        private long text;
        private final List<RawSheet.Row> rows = new ArrayList<>();
        private List<String> current;
        private int rowNumber;

        RowCollector(ImportTexts texts, int maxRows, int maxColumns) {
            this.texts = texts;
            this.maxRows = maxRows;
            this.maxColumns = maxColumns;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            if (rows.size() >= maxRows) {
                throw new ImportRejectedException(List.of(texts.problem(rowNumber, null, "sheet.xlsx.tooManyRows",
                        DanishFormat.integer(maxRows))));
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new RawSheet.Row(rowNum + 1, current));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? current.size() : new CellReference(cellReference).getCol();
            String name = CellReference.convertNumToColString(column);
            if (column >= maxColumns) {
                throw new ImportRejectedException(List.of(texts.problem(rowNumber, name, "sheet.xlsx.outsideColumns",
                        name + rowNumber, String.valueOf(maxColumns), CellReference.convertNumToColString(maxColumns - 1))));
            }
            if (formattedValue == null) { // POI could not read the value (e.g. a shared-string index that is no number)
                throw new ImportRejectedException(List.of(texts.problem(rowNumber, name, "sheet.xlsx.damagedCell",
                        name + rowNumber)));
            }
            text += formattedValue.length();
            if (text > MAX_TEXT) {
                throw new ImportRejectedException(List.of(texts.problem(rowNumber, name, "sheet.xlsx.tooMuchText",
                        DanishFormat.integer(MAX_TEXT), name + rowNumber)));
            }
            if (formattedValue.length() > CsvInput.MAX_CELL) {
                throw new ImportRejectedException(List.of(texts.problem(rowNumber, name, "sheet.xlsx.cellTooLong",
                        name + rowNumber, DanishFormat.integer(CsvInput.MAX_CELL))));
            }
            if (formattedValue.indexOf('\0') >= 0) {
                throw new ImportRejectedException(List.of(texts.problem(rowNumber, name, "sheet.xlsx.nul", name + rowNumber)));
            }
            if (column < current.size()) {
                current.set(column, formattedValue); // a cell given twice: the last one counts, the row does not grow
                return;
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(formattedValue);
        }
    }
}
