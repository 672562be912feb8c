package dk.almenmonitor.stock;

import java.util.HashSet;
import java.util.Set;

/**
 * The unit ids of an extract seen so far, as 64-bit hashes in an open-addressing table of longs: about 16 bytes per
 * unit, so a national extract's 3,3 million ids fit in a fraction of a 512 MB heap, where a set of strings would not.
 * A hash seen twice marks a candidate duplicate; {@link BbrUnitsDataset} confirms candidates exactly in a second pass
 * over the file (a real duplicate, or, very rarely, two ids with the same hash).
 */
final class UnitIdHashes {

    static final int MAX_CANDIDATES = 10_000;

    private long[] table = new long[1 << 16];
    private int size;
    private final Set<Long> candidates = new HashSet<>();
    private boolean candidatesCapped;

    /** Adds the id; true when its hash was seen before (the hash is then a candidate). */
    boolean add(String id) {
        long hash = hash(id);
        if (insert(hash)) {
            return false;
        }
        if (candidates.size() < MAX_CANDIDATES) {
            candidates.add(hash);
        } else {
            candidatesCapped = true;
        }
        return true;
    }

    Set<Long> candidates() {
        return candidates;
    }

    /** Whether more hashes were seen twice than {@link #MAX_CANDIDATES} (only those are confirmed). */
    boolean candidatesCapped() {
        return candidatesCapped;
    }

    int size() {
        return size;
    }

    /** True when inserted, false when the hash was there. */
    private boolean insert(long hash) {
        if (size * 2 >= table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = (int) hash & mask;
        while (table[i] != 0) {
            if (table[i] == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = hash;
        size++;
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long hash : old) {
            if (hash != 0) {
                int i = (int) hash & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = hash;
            }
        }
    }

    /** A 64-bit hash of the id, never 0 (the empty slot). */
    static long hash(String id) {
        long h = 0x9E3779B97F4A7C15L ^ id.length();
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001B3L;
            h = Long.rotateLeft(h, 23);
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
