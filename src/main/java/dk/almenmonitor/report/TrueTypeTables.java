package dk.almenmonitor.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops a table from a TrueType font file (the sfnt table directory is rewritten, the other tables are copied as they
 * are). Used once per font at start-up by {@link PdfRenderer}.
 */
final class TrueTypeTables {

    private static final int HEADER = 12;
    private static final int RECORD = 16;

    private TrueTypeTables() {
    }

    static byte[] without(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = Short.toUnsignedInt(in.getShort(4));
        List<int[]> kept = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int record = HEADER + RECORD * i;
            if (!tag.equals(new String(font, record, 4, StandardCharsets.ISO_8859_1))) {
                kept.add(new int[] {in.getInt(record), in.getInt(record + 4), in.getInt(record + 8),
                        in.getInt(record + 12)});
            }
        }
        if (kept.size() == count) {
            return font;
        }
        int tables = kept.size();
        int size = HEADER + RECORD * tables;
        for (int[] table : kept) {
            size += padded(table[3]);
        }
        int power = Integer.highestOneBit(tables);
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(in.getInt(0)).putShort((short) tables).putShort((short) (power * RECORD))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) ((tables - power) * RECORD));
        int offset = HEADER + RECORD * tables;
        for (int[] table : kept) { // tag, checksum, offset, length
            out.putInt(table[0]).putInt(table[1]).putInt(offset).putInt(table[3]);
            out.put(offset, font, table[2], table[3]);
            offset += padded(table[3]);
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
