package dk.almenmonitor.rent;

import java.util.function.LongConsumer;

/**
 * A set of positive longs in an open-addressing table: 16 to 32 bytes a value, where a set of boxed longs takes
 * some 50. For the departments of a rents file and its key hashes seen twice ({@link RentFile}).
 */
final class LongSet {

    private long[] table = new long[1 << 12];
    private int size;

    /** Adds the value (which must be positive); true when it was not there. */
    boolean add(long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("Not positive: " + value);
        }
        if (size * 2 >= table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = slot(value, mask);
        while (table[i] != 0) {
            if (table[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = value;
        size++;
        return true;
    }

    boolean contains(long value) {
        int mask = table.length - 1;
        int i = slot(value, mask);
        while (table[i] != 0) {
            if (table[i] == value) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    int size() {
        return size;
    }

    /** Every value, in no particular order. */
    void forEach(LongConsumer action) {
        for (long value : table) {
            if (value != 0) {
                action.accept(value);
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long value : old) {
            if (value != 0) {
                int i = slot(value, mask);
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = value;
            }
        }
    }

    private static int slot(long value, int mask) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
