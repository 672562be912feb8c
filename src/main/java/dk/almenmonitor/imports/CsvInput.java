package dk.almenmonitor.imports;

import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dk.almenmonitor.shared.DanishFormat;
import org.apache.commons.csv.CSVFormat;

/**
 * An uploaded {@code ;}-separated file as Danish Excel writes it, opened for a CSV parser: the encoding is detected
 * (a UTF-8 BOM, else strict UTF-8, else Windows-1252; UTF-16 is refused), and the text is streamed through a guard
 * that refuses a NUL character, a cell over {@link #MAX_CELL} characters, a row with more than the allowed columns and
 * a file with more than the allowed rows while reading, so an oversized row or cell is never built. Quoting follows
 * RFC 4180 as Commons CSV reads it. The delimiter is detected from the first line ({@link #delimiterOf}): {@code ;} as
 * Danish Excel writes it, else a tab or a comma when the first line has one of those and no semicolon.
 */
public final class CsvInput {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The most characters a cell may hold: Excel's own limit, so no file Excel saves goes over it. */
    public static final int MAX_CELL = 32_767;
    private static final int SAMPLE = 4096;

    /**
     * The text to parse, the encoding it was read in ("UTF-8 (BOM)", "UTF-8" or "windows-1252") and the delimiter;
     * {@link #csvFormat()} is the Commons CSV format to parse it with.
     */
    public record Opened(Reader reader, String encoding, char delimiter) {

        public CSVFormat csvFormat() {
            return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"').setIgnoreEmptyLines(false).get();
        }
    }

    /**
     * The file is refused; {@code row} (1-based, as the parser numbers records) and {@code column} (1-based) are
     * null when the whole file is meant. An {@link IOException} so that it passes through the CSV parser.
     */
    public static final class Refused extends IOException {
        private final Integer row;
        private final Integer column;

        Refused(Integer row, Integer column, String message) {
            super(message);
            this.row = row;
            this.column = column;
        }

        public Integer row() {
            return row;
        }

        public Integer column() {
            return column;
        }

        /** The refusal behind a parser's exception, if it is one. */
        public static Refused in(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Refused refused) {
                    return refused;
                }
            }
            return null;
        }
    }

    private CsvInput() {
    }

    /**
     * Opens a spooled upload for streaming: the encoding is detected from the file's head and, for UTF-8, one pass
     * over the whole file (strict, in chunks), then the text is read from the file as the parser asks for it. The
     * caller closes the reader.
     */
    public static Opened open(ImportFile file, int maxRows, int maxColumns) throws Refused {
        byte[] head;
        try (InputStream in = file.open()) {
            head = in.readNBytes(SAMPLE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (isUtf16(head)) {
            throw utf16();
        }
        boolean bom = hasBom(head);
        Charset charset;
        String encoding;
        if (bom) {
            charset = StandardCharsets.UTF_8;
            encoding = "UTF-8 (BOM)";
        } else if (isUtf8(file)) {
            charset = StandardCharsets.UTF_8;
            encoding = "UTF-8";
        } else {
            charset = WINDOWS_1252;
            encoding = "windows-1252";
        }
        int offset = bom ? 3 : 0;
        char delimiter = delimiterOf(new String(head, offset, head.length - offset, charset));
        InputStream in = file.open();
        try {
            in.skipNBytes(offset);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Reader text = new java.io.BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
        return new Opened(new Guard(text, maxRows, maxColumns, delimiter), encoding, delimiter);
    }

    private static boolean hasBom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    private static Refused utf16() {
        return new Refused(null, null, ImportWords.text("imports.csv.utf16"));
    }

    /** Strict UTF-8 over the whole file, read in chunks. */
    static boolean isUtf8(ImportFile file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(file.open(), decoder)) {
            char[] buffer = new char[64 * 1024];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Opened open(byte[] content, int maxRows, int maxColumns) throws Refused {
        if (isUtf16(content)) {
            throw utf16();
        }
        int offset = 0;
        Charset charset;
        String encoding;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            offset = 3;
            charset = StandardCharsets.UTF_8;
            encoding = "UTF-8 (BOM)";
        } else if (isUtf8(content)) {
            charset = StandardCharsets.UTF_8;
            encoding = "UTF-8";
        } else {
            charset = WINDOWS_1252;
            encoding = "windows-1252";
        }
        char delimiter = delimiterOf(new String(content, offset, Math.min(SAMPLE, content.length - offset), charset));
        Reader text = new InputStreamReader(new ByteArrayInputStream(content, offset, content.length - offset), charset);
        return new Opened(new Guard(text, maxRows, maxColumns, delimiter), encoding, delimiter);
    }

    /**
     * The delimiter of the first line (outside quotes): {@code ;} when it has one (or has none of the three), else a
     * tab, else a comma. A {@code ;} file's Danish decimal commas therefore never make it a comma file.
     */
    static char delimiterOf(String sample) {
        int semicolons = 0;
        int tabs = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
            }
        }
        return semicolons > 0 ? ';' : tabs > 0 ? '\t' : commas > 0 ? ',' : ';';
    }

    /** A UTF-16 byte order mark, or text where a quarter of the first bytes are 0x00 (ASCII written as UTF-16). */
    static boolean isUtf16(byte[] content) {
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
                || (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)) {
            return true;
        }
        int sample = Math.min(content.length, SAMPLE);
        int zeros = 0;
        for (int i = 0; i < sample; i++) {
            if (content[i] == 0) {
                zeros++;
            }
        }
        return zeros >= 2 && zeros * 4 >= sample;
    }

    /** Strict UTF-8, checked in chunks without building the text. */
    static boolean isUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            out.clear();
            if (result.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
        }
    }

    /** Counts rows and columns as the parser will see them, and stops at the first character over a limit. */
    private static final class Guard extends FilterReader {
        private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

        private final int maxRows;
        private final int maxColumns;
        private final char delimiter;
        private State state = State.FIELD_START;
        private int row = 1;
        private int column = 1;
        private int cellLength;
        private boolean afterCr;
        private boolean rowStarted;
        private Refused refused;

        Guard(Reader in, int maxRows, int maxColumns, char delimiter) {
            super(in);
            this.maxRows = maxRows;
            this.maxColumns = maxColumns;
            this.delimiter = delimiter;
        }

        @Override
        public int read() throws IOException {
            if (refused != null) {
                throw refused;
            }
            int c = super.read();
            if (c >= 0) {
                see((char) c);
            }
            return c;
        }

        /**
         * Hands over the characters before the first one over a limit and refuses on the next call, so that the
         * parser has read every record before the refused one (the file's header, for one).
         */
        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            if (refused != null) {
                throw refused;
            }
            int n = super.read(buffer, off, len);
            for (int i = 0; i < n; i++) {
                // A run of common characters, inside a row's cell and none that the guard or the quoting looks at:
                // counted, and it ends a field's start or a closing quote, as see() would have it; the rest go there.
                if (rowStarted) {
                    int length = cellLength;
                    int j = i;
                    while (j < n && length < MAX_CELL) {
                        char c = buffer[off + j];
                        if (c <= '"' || c == delimiter) {
                            break;
                        }
                        length++;
                        j++;
                    }
                    if (j > i) {
                        cellLength = length;
                        afterCr = false;
                        if (state != State.QUOTED) {
                            state = State.UNQUOTED;
                        }
                        i = j - 1;
                        continue;
                    }
                }
                try {
                    see(buffer[off + i]);
                } catch (Refused e) {
                    refused = e;
                    if (i == 0) {
                        throw e;
                    }
                    return i;
                }
            }
            return n;
        }

        private void see(char c) throws Refused {
            if (c == '\n' && afterCr) {
                afterCr = false;
                return; // the LF of a CRLF
            }
            afterCr = c == '\r';
            if (!rowStarted) {
                rowStarted = true;
                if (row > maxRows) {
                    throw new Refused(row, null, ImportWords.text("imports.csv.tooManyRows", maxRows));
                }
            }
            if (c == '\0') {
                throw new Refused(row, column, ImportWords.text("imports.csv.nul"));
            }
            boolean newline = c == '\r' || c == '\n';
            // The cell's own characters: not the delimiter or line end after it, not its opening quote or the second
            // quote of an escaped pair; its closing quote is counted, hence the one character of slack.
            boolean counted = !(state != State.QUOTED && (newline || c == delimiter))
                    && !(c == '"' && (state == State.FIELD_START || state == State.QUOTE_IN_QUOTED));
            if (counted && ++cellLength > MAX_CELL + 1) {
                throw new Refused(row, column, ImportWords.text("imports.csv.cellTooLong", MAX_CELL));
            }
            switch (state) {
                case QUOTED -> {
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED;
                    }
                    return;
                }
                case QUOTE_IN_QUOTED -> {
                    if (c == '"') {
                        state = State.QUOTED;
                        return;
                    }
                }
                case FIELD_START -> {
                    if (c == '"') {
                        state = State.QUOTED;
                        return;
                    }
                }
                default -> { }
            }
            if (newline) {
                cellLength = 0;
                row++;
                column = 1;
                rowStarted = false;
                state = State.FIELD_START;
            } else if (c == delimiter) {
                cellLength = 0;
                column++;
                state = State.FIELD_START;
                if (column > maxColumns) {
                    throw new Refused(row, column, ImportWords.text("imports.csv.tooManyColumns", maxColumns));
                }
            } else {
                state = State.UNQUOTED;
            }
        }
    }
}
