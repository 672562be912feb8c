package dk.almenmonitor.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's binary COPY format, value by value, for {@link BulkCopyRepository#intoBinary}: each value
 * must have its column's type ({@link #int4} for {@code integer}, {@link #numeric}, {@link #date}, {@link #text}). Not
 * thread-safe; one thread fills it, {@link #take()} hands its bytes on.
 */
public final class BinaryCopyRows {
    /** The signature, then no flags and no header extension. */
    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private final int columns;
    private byte[] bytes = new byte[BulkCopyRepository.Copy.CHUNK + 4096];
    private int size;
    private int values;
    private long rows;
    private final short[] groups = new short[64];

    public BinaryCopyRows(int columns) {
        this.columns = columns;
    }

    public BinaryCopyRows nul() {
        field(4);
        int32(-1);
        return this;
    }

    public BinaryCopyRows int4(int value) {
        field(8);
        int32(4);
        int32(value);
        return this;
    }

    public BinaryCopyRows int4(Integer value) {
        return value == null ? nul() : int4(value.intValue());
    }

    public BinaryCopyRows date(LocalDate date) {
        if (date == null) {
            return nul();
        }
        field(8);
        int32(4);
        int32(Math.toIntExact(date.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    /** Text, as UTF-8. */
    public BinaryCopyRows text(String text) {
        if (text == null) {
            return nul();
        }
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            field(4 + text.length());
            int32(text.length());
            for (int i = 0; i < text.length(); i++) {
                bytes[size++] = (byte) text.charAt(i);
            }
        } else {
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            field(4 + encoded.length);
            int32(encoded.length);
            System.arraycopy(encoded, 0, bytes, size, encoded.length);
            size += encoded.length;
        }
        return this;
    }

    /**
     * A number as PostgreSQL's {@code numeric} sends it: base-10.000 digits around the decimal point, the weight
     * of the first, the sign and the display scale (PostgreSQL rounds it to the column's scale, as for text).
     */
    public BinaryCopyRows numeric(BigDecimal value) {
        if (value == null) {
            return nul();
        }
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        int scale = v.scale();
        if (v.precision() + 3 <= 18 && scale <= 12) {
            return smallNumeric(Math.abs(v.unscaledValue().longValue()), scale, v.signum() < 0);
        }
        String digits = v.unscaledValue().abs().toString();
        int whole = digits.length() - scale; // digits before the point; not positive when there are none
        int ndigits = 0;
        // The whole part in groups of four from the point leftwards, the fraction from the point rightwards.
        int wholeGroups = whole > 0 ? (whole + 3) / 4 : 0;
        int fractionGroups = (scale + 3) / 4;
        if (wholeGroups + fractionGroups > groups.length) {
            throw new IllegalArgumentException("A number of more than 256 digits: " + v.precision());
        }
        for (int g = 0; g < wholeGroups; g++) {
            int to = whole - 4 * (wholeGroups - 1 - g);
            groups[ndigits++] = (short) group(digits, to - 4, to);
        }
        for (int g = 0; g < fractionGroups; g++) {
            int from = whole + 4 * g;
            groups[ndigits++] = (short) group(digits, from, from + 4);
        }
        int weight = wholeGroups - 1;
        int first = 0;
        while (first < ndigits && groups[first] == 0) {
            first++;
            weight--;
        }
        int last = ndigits;
        while (last > first && groups[last - 1] == 0) {
            last--;
        }
        int n = last - first;
        if (n == 0) {
            weight = 0;
        }
        field(4 + 8 + 2 * n);
        int32(8 + 2 * n);
        int16(n);
        int16(weight);
        int16(v.signum() < 0 ? 0x4000 : 0);
        int16(scale);
        for (int i = first; i < last; i++) {
            int16(groups[i]);
        }
        return this;
    }

    /** {@link #numeric} of a number that fits a long with room for three more digits, without a string. */
    private BinaryCopyRows smallNumeric(long unscaled, int scale, boolean negative) {
        int pad = (4 - scale % 4) % 4; // the fraction in whole groups of four digits
        long rest = unscaled;
        for (int i = 0; i < pad; i++) {
            rest *= 10;
        }
        int fractionGroups = (scale + pad) / 4;
        int n = 0; // groups[0..n) from the last (least significant) group
        while (rest > 0 || n < fractionGroups) {
            groups[n++] = (short) (rest % 10_000);
            rest /= 10_000;
        }
        int weight = n - fractionGroups - 1;
        int first = 0; // trailing zero groups (the least significant) are left out
        while (first < n && groups[first] == 0) {
            first++;
        }
        int last = n; // so are leading ones
        while (last > first && groups[last - 1] == 0) {
            last--;
            weight--;
        }
        int count = last - first;
        if (count == 0) {
            weight = 0;
        }
        field(4 + 8 + 2 * count);
        int32(8 + 2 * count);
        int16(count);
        int16(weight);
        int16(negative ? 0x4000 : 0);
        int16(scale);
        for (int i = last - 1; i >= first; i--) {
            int16(groups[i]);
        }
        return this;
    }

    /** The number of the digits {@code from} to {@code to} of {@code digits}, those outside it zeros. */
    private static int group(String digits, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (i >= 0 && i < digits.length() ? digits.charAt(i) - '0' : 0);
        }
        return value;
    }

    /** Ends the row, which must have a value for every column. */
    public void end() {
        if (values != columns) {
            throw new IllegalArgumentException(values + " values for " + columns + " columns");
        }
        values = 0;
        rows++;
    }

    /** The bytes of the whole rows so far. */
    public int size() {
        return size;
    }

    public long rows() {
        return rows;
    }

    /** The whole rows so far, which this then no longer holds. */
    public byte[] take() {
        if (values != 0) {
            throw new IllegalStateException("A row is not ended");
        }
        byte[] taken = Arrays.copyOf(bytes, size);
        size = 0;
        return taken;
    }

    /** Room for a value of {@code length} bytes, after the row's field count when it is its first. */
    private void field(int length) {
        if (size + length + 2 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length + 2));
        }
        if (values == 0) {
            int16(columns);
        }
        values++;
    }

    private void int16(int value) {
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void int32(int value) {
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }
}
