package dk.almenmonitor.audit;

import java.util.List;

/** One page of audit rows, newest first. */
record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    boolean hasPrevious() {
        return page > 0;
    }

    boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
