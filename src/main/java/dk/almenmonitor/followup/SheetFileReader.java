package dk.almenmonitor.followup;

import org.springframework.stereotype.Component;

/** Picks the reader from the file's first bytes (not its name): a zip is XLSX, an OLE2 file is the old .xls. */
@Component
class SheetFileReader {

    private final UploadLimits limits;

    SheetFileReader(UploadLimits limits) {
        this.limits = limits;
    }

    RawSheet read(byte[] content) {
        limits.checkSize(content);
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            limits.checkZip(content);
            return XlsxSheetReader.read(content, limits.maxRows(), limits.maxColumns());
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new RejectedFileException("Det gamle Excel-format (.xls) understøttes ikke. Gem filen som .xlsx eller CSV.");
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            throw new RejectedFileException("Filen er en PDF. Upload arket som .xlsx eller CSV.");
        }
        return CsvSheetReader.read(content, limits.maxRows(), limits.maxColumns());
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
