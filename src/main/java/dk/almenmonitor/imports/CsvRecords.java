package dk.almenmonitor.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;

/**
 * The records of a CSV text read as Commons CSV reads them in {@link CsvInput.Opened#csvFormat()}'s format (RFC 4180:
 * the delimiter; a cell that starts with {@code "} is quoted, {@code ""} in it is a quote, and only white space may
 * follow its closing quote; no escapes, comments or trimming; CR, LF and CRLF end a record; an empty line is a record
 * of one empty cell; a last line without a line end is a record), but scanned in a buffer, without a builder per cell:
 * the cells of a national extract are read several times faster. A quote never closed, or other characters after a
 * closing quote, is an {@link IOException}, as is a refusal of the reader ({@link CsvInput.Refused}). Only the current
 * record is held.
 */
final class CsvRecords implements Closeable {

    private static final int EOF = -1;

    private final Reader in;
    private final char delimiter;
    private final char[] buffer = new char[64 * 1024];
    private final StringBuilder spanning = new StringBuilder();
    private int position;
    private int end;
    private boolean ended;
    private String[] cells = new String[16];
    private int size;
    private long number;

    CsvRecords(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Reads the next record; false at the end of the text. */
    boolean next() throws IOException {
        size = 0;
        if (!available()) {
            return false;
        }
        long line = number + 1;
        while (true) {
            int ending = buffer[position] == '"' ? quoted(line) : simple();
            if (ending != delimiter) {
                number++;
                return true;
            }
            if (!available()) { // a delimiter just before the end: one more, empty cell
                add("");
                number++;
                return true;
            }
        }
    }

    /** The record's number (the first record is 1). */
    long number() {
        return number;
    }

    int size() {
        return size;
    }

    String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return cells[index];
    }

    List<String> toList() {
        return List.of(Arrays.copyOf(cells, size));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** An unquoted cell from the current position; what ended it: the delimiter, a line end ('\n') or EOF. */
    private int simple() throws IOException {
        spanning.setLength(0);
        while (true) {
            int start = position;
            int limit = end;
            char[] chars = buffer;
            char delimiter = this.delimiter;
            int i = start;
            while (i < limit) {
                char c = chars[i];
                if (c == delimiter || c == '\n' || c == '\r') {
                    add(spanning.length() == 0 ? new String(chars, start, i - start)
                            : spanning.append(chars, start, i - start).toString());
                    position = i + 1;
                    if (c == delimiter) {
                        return delimiter;
                    }
                    lineEnd(c);
                    return '\n';
                }
                i++;
            }
            spanning.append(chars, start, limit - start);
            position = limit;
            if (!available()) {
                add(spanning.toString());
                return EOF;
            }
        }
    }

    /** A quoted cell, its opening quote at the current position; what ended it, as {@link #simple()}. */
    private int quoted(long line) throws IOException {
        position++;
        spanning.setLength(0);
        while (true) {
            if (!available()) {
                throw new IOException("(startline " + line + ") EOF reached before encapsulated token finished");
            }
            char c = buffer[position++];
            if (c != '"') {
                spanning.append(c);
            } else if (available() && buffer[position] == '"') {
                spanning.append('"');
                position++;
            } else {
                add(spanning.toString());
                while (true) { // only white space until the delimiter or the line's end
                    if (!available()) {
                        return EOF;
                    }
                    char after = buffer[position++];
                    if (after == delimiter) {
                        return delimiter;
                    } else if (after == '\n' || after == '\r') {
                        lineEnd(after);
                        return '\n';
                    } else if (!Character.isWhitespace(after)) {
                        throw new IOException("(line " + (number + 1)
                                + ") invalid char between encapsulated token and delimiter");
                    }
                }
            }
        }
    }

    /** After a CR, the LF of a CRLF belongs to the same line end. */
    private void lineEnd(char c) throws IOException {
        if (c == '\r' && available() && buffer[position] == '\n') {
            position++;
        }
    }

    private void add(String cell) {
        if (size == cells.length) {
            cells = Arrays.copyOf(cells, size * 2);
        }
        cells[size++] = cell;
    }

    /** Whether a character is at the current position, reading more when the buffer is used up. */
    private boolean available() throws IOException {
        if (position < end) {
            return true;
        }
        if (ended) {
            return false;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            ended = true;
            position = 0;
            end = 0;
            return false;
        }
        position = 0;
        end = n;
        return true;
    }
}
