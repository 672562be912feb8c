package dk.almenmonitor.followup;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** Reads the first worksheet of an XLSX file with POI's streaming (SAX) reader; cells come as displayed text. */
final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    static RawSheet read(byte[] content) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RejectedFileException("XLSX-filen indeholder intet regneark.");
            }
            RowCollector collector = new RowCollector();
            try (InputStream sheet = sheets.next()) {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                XMLReader xml = factory.newSAXParser().getXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new DataFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
            return new RawSheet(collector.rows, "XLSX", "XLSX (UTF-8)");
        } catch (RejectedFileException e) {
            throw e;
        } catch (Exception e) {
            throw new RejectedFileException("Filen kan ikke læses som XLSX: " + safeMessage(e));
        }
    }

    private static String safeMessage(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<RawSheet.Row> rows = new ArrayList<>();
        private List<String> current;

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new RawSheet.Row(rowNum + 1, current));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(cellReference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(formattedValue);
        }
    }
}
