package dk.almenmonitor.report;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rendered documents of approved rounds, per instance (docs/adr/0020). One slot per document and round holds the
 * rendering of one version; a request with another version (the round was reopened, re-approved, its goals edited …)
 * replaces it. The version comes from the database on every request ({@link DocumentVersions}), so a change made
 * through any instance is seen by every instance at its next request; nothing here has to be told.
 *
 * <p>Render once: requests that miss at the same moment wait for the one rendering instead of each rendering. Memory is
 * bounded by {@code almen.report.document-cache.max-bytes} (default 64 MB): the least recently used documents go first;
 * a document larger than the bound is served but not kept.
 */
@Component
class DocumentCache {

    enum Kind {
        BILAG1_HTML, BILAG1_PDF, BILAG1_XLSX, BILAG1_DOCX, REDEGOERELSE_PDF, REDEGOERELSE_DOCX,
        /** The public view's Bilag 1 (whole page, and PDF): without unapproved texts of the round before ({@link PublishedDocuments}). */
        PUBLIC_BILAG1_HTML, PUBLIC_BILAG1_PDF
    }

    private record Key(Kind kind, String agreementId, String period) {
    }

    private static final class Slot {
        final String version;
        final CompletableFuture<Object> value = new CompletableFuture<>();
        long size; // 0 while rendering

        Slot(String version) {
            this.version = version;
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, Slot> slots = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Kind, AtomicLong> renders = new EnumMap<>(Kind.class);
    private long bytes;

    DocumentCache(@Value("${almen.report.document-cache.max-bytes:64MB}") org.springframework.util.unit.DataSize maxBytes) {
        this.maxBytes = maxBytes.toBytes();
        for (Kind kind : Kind.values()) {
            renders.put(kind, new AtomicLong());
        }
    }

    byte[] bytes(Kind kind, String agreementId, String period, String version, Supplier<byte[]> render) {
        return (byte[]) get(kind, agreementId, period, version, render::get);
    }

    String text(Kind kind, String agreementId, String period, String version, Supplier<String> render) {
        return (String) get(kind, agreementId, period, version, render::get);
    }

    /** Drops every document of the round (it is no longer approved: what is kept would never be asked for again). */
    synchronized void forget(String agreementId, String period) {
        Iterator<Map.Entry<Key, Slot>> entries = slots.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Key, Slot> e = entries.next();
            if (e.getKey().agreementId().equals(agreementId) && e.getKey().period().equals(period)) {
                entries.remove();
                bytes -= e.getValue().size;
            }
        }
    }

    /** How many times a document of this kind has been rendered into the cache since start (tests, metrics). */
    long renders(Kind kind) {
        return renders.get(kind).get();
    }

    /** Bytes held (a text counts two bytes a character). */
    synchronized long size() {
        return bytes;
    }

    private Object get(Kind kind, String agreementId, String period, String version, Supplier<Object> render) {
        Key key = new Key(kind, agreementId, period);
        Slot slot;
        boolean mine = false;
        synchronized (this) {
            slot = slots.get(key);
            if (slot == null || !slot.version.equals(version)) {
                if (slot != null) {
                    slots.remove(key);
                    bytes -= slot.size;
                }
                slot = new Slot(version);
                slots.put(key, slot);
                mine = true;
            }
        }
        if (mine) {
            Object value;
            try {
                value = render.get();
            } catch (RuntimeException | Error e) {
                slot.value.completeExceptionally(e);
                synchronized (this) {
                    slots.remove(key, slot);
                }
                throw e;
            }
            renders.get(kind).incrementAndGet();
            slot.value.complete(value);
            keep(key, slot, value);
            return value;
        }
        try {
            return slot.value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private synchronized void keep(Key key, Slot slot, Object value) {
        if (slots.get(key) != slot) {
            return; // replaced by a newer version meanwhile
        }
        slot.size = value instanceof byte[] b ? b.length : 2L * ((String) value).length();
        bytes += slot.size;
        Iterator<Slot> eldestFirst = slots.values().iterator();
        while (bytes > maxBytes && eldestFirst.hasNext()) {
            Slot s = eldestFirst.next();
            if (s.size > 0) { // a slot still rendering holds nothing yet
                eldestFirst.remove();
                bytes -= s.size;
            }
        }
    }
}
