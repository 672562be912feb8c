package dk.almenmonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvInputTests {

    @Test
    void detectsTheEncodings() throws IOException {
        assertThat(CsvInput.open("a;b\n".getBytes(StandardCharsets.UTF_8), 10, 10).encoding()).isEqualTo("UTF-8");
        assertThat(CsvInput.open("\uFEFFæ;b\n".getBytes(StandardCharsets.UTF_8), 10, 10).encoding()).isEqualTo("UTF-8 (BOM)");
        CsvInput.Opened cp1252 = CsvInput.open("æø;å\n".getBytes(CsvInput.WINDOWS_1252), 10, 10);
        assertThat(cp1252.encoding()).isEqualTo("windows-1252");
        assertThat(text(cp1252.reader())).isEqualTo("æø;å\n");
        assertThat(text(CsvInput.open("\uFEFFæ;b\n".getBytes(StandardCharsets.UTF_8), 10, 10).reader())).isEqualTo("æ;b\n");
    }

    @Test
    void detectsTheDelimiterFromTheFirstLine() throws IOException {
        assertThat(CsvInput.delimiterOf("a;b,c\n1;2,5")).as("Danish: decimal commas").isEqualTo(';');
        assertThat(CsvInput.delimiterOf("a\tb\n")).isEqualTo('\t');
        assertThat(CsvInput.delimiterOf("a,b\n1;2")).isEqualTo(',');
        assertThat(CsvInput.delimiterOf("\"a;b\",c\n")).as("a quoted semicolon is text").isEqualTo(',');
        assertThat(CsvInput.delimiterOf("x\n")).isEqualTo(';');
        CsvInput.Opened comma = CsvInput.open("a,b,c\n".getBytes(StandardCharsets.UTF_8), 10, 2);
        assertThat(comma.delimiter()).isEqualTo(',');
        assertThatThrownBy(() -> text(comma.reader())).isInstanceOf(CsvInput.Refused.class)
                .hasMessageContaining("flere end 2 kolonner");
    }

    @Test
    void refusesUtf16WithAndWithoutByteOrderMark() {
        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE}) {
            byte[] content = "indikator;periode;vaerdi\nudsaettelser;2016;1\n".getBytes(charset);
            assertThatThrownBy(() -> CsvInput.open(content, 10, 10)).isInstanceOf(CsvInput.Refused.class)
                    .hasMessageContaining("UTF-16").hasMessageContaining("UTF-8")
                    .hasMessageContaining("CSV (semikolonsepareret)");
        }
        byte[] littleEndianBom = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
        assertThatThrownBy(() -> CsvInput.open(littleEndianBom, 10, 10)).hasMessageContaining("UTF-16");
    }

    @Test
    void refusesANulCharacterNamingRowAndColumn() {
        byte[] content = "a;b;c\r\nd;\"e\nf\";g\u0000h\n".getBytes(StandardCharsets.UTF_8);
        CsvInput.Refused refused = refusal(content, 10, 10);
        assertThat(refused.row()).isEqualTo(2);
        assertThat(refused.column()).isEqualTo(3);
        assertThat(refused.getMessage()).contains("NUL");
    }

    @Test
    void refusesARowWithTooManyColumnsWhileReadingIt() {
        byte[] content = ("a;b\n\"x;y;z\";1\n" + ";".repeat(5_000_000)).getBytes(StandardCharsets.UTF_8);
        CsvInput.Refused refused = refusal(content, 10, 3);
        assertThat(refused.row()).isEqualTo(3);
        assertThat(refused.column()).isEqualTo(4);
        assertThat(refused.getMessage()).contains("flere end 3 kolonner");
    }

    @Test
    void refusesTooManyRowsButNotATrailingNewline() throws IOException {
        assertThat(text(CsvInput.open("1\r\n2\r\n3\r\n".getBytes(StandardCharsets.UTF_8), 3, 10).reader()))
                .isEqualTo("1\r\n2\r\n3\r\n");
        assertThat(text(CsvInput.open("\"1\n1\"\n2\n3".getBytes(StandardCharsets.UTF_8), 3, 10).reader()))
                .as("a quoted newline is not a new row").isEqualTo("\"1\n1\"\n2\n3");
        CsvInput.Refused refused = refusal("1\n2\n3\n\n".getBytes(StandardCharsets.UTF_8), 3, 10);
        assertThat(refused.row()).isEqualTo(4);
        assertThat(refused.column()).isNull();
        assertThat(refused.getMessage()).contains("flere end 3 rækker");
    }

    @Test
    void refusesACellLongerThanExcelAllows() throws IOException {
        String longest = "x".repeat(CsvInput.MAX_CELL);
        String fits = "a;" + longest + "\n\"" + longest.substring(2) + "\"\"\";b\n\"" + "\"\"".repeat(CsvInput.MAX_CELL) + "\"\n";
        assertThat(text(CsvInput.open(fits.getBytes(StandardCharsets.UTF_8), 10, 10).reader())).isEqualTo(fits);
        CsvInput.Refused refused = refusal(("a;b\nc;" + longest + "xx").getBytes(StandardCharsets.UTF_8), 10, 10);
        assertThat(refused.row()).isEqualTo(2);
        assertThat(refused.column()).isEqualTo(2);
        assertThat(refused.getMessage()).contains("mere end 32.767 tegn");
    }

    @Test
    void quotedSemicolonsAndEscapedQuotesAreNotColumns() throws IOException {
        String csv = "\"a;b;c\";\"say \"\"x;y\"\"\"\n";
        assertThat(text(CsvInput.open(csv.getBytes(StandardCharsets.UTF_8), 1, 2).reader())).isEqualTo(csv);
    }

    private static CsvInput.Refused refusal(byte[] content, int rows, int columns) {
        try {
            text(CsvInput.open(content, rows, columns).reader());
        } catch (CsvInput.Refused refused) {
            return refused;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused");
    }

    private static String text(Reader reader) throws IOException {
        StringWriter out = new StringWriter();
        char[] buffer = new char[7];
        int n;
        while ((n = reader.read(buffer)) > 0) {
            out.write(buffer, 0, n);
        }
        return out.toString();
    }
}
