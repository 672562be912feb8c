package dk.almenmonitor.sheet;

import dk.almenmonitor.imports.ImportTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Picks the reader from the file's first bytes (not its name): a zip is XLSX, an OLE2 file is the old .xls. The
 * import pipeline has checked the upload limits (size, zip entries, uncompressed size); the readers stop at the first
 * row or column over the sheet's own limits.
 */
@Component
class SheetFileReader {

    private final ImportTexts texts;
    private final int maxRows;
    private final int maxColumns;

    SheetFileReader(ImportTexts texts, @Value("${almen.import.sheet.max-rows:20000}") int maxRows,
                    @Value("${almen.import.sheet.max-columns:100}") int maxColumns) {
        this.texts = texts;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
    }

    RawSheet read(byte[] content) {
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return XlsxSheetReader.read(texts, content, maxRows, maxColumns);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw texts.rejected("sheet.file.xls");
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            throw texts.rejected("sheet.file.pdf");
        }
        return CsvSheetReader.read(texts, content, maxRows, maxColumns);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
