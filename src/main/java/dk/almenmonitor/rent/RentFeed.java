package dk.almenmonitor.rent;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dk.almenmonitor.imports.BinaryCopyRows;
import dk.almenmonitor.imports.BulkCopyRepository;
import dk.almenmonitor.imports.CsvTable;

/**
 * A rents file read and checked on a thread of its own while PostgreSQL takes in the rows before: the reading thread
 * runs {@link RentFile#read} over every row and hands the COPY data over in chunks of
 * {@value BulkCopyRepository.Copy#CHUNK} bytes through a queue of {@value #QUEUED} (so no more than that is held), and
 * the import's thread, which holds the transaction and its connection, sends them. The reading thread touches no
 * database. A failure on either side ends both, and {@link #run} returns only when the reading thread has ended.
 */
final class RentFeed {

    static final int QUEUED = 4;
    private static final byte[] END = new byte[0];
    private static final long WAIT_MS = 100;

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUED);
    private volatile boolean stopped;
    private volatile Throwable failure;

    private RentFeed() {
    }

    /**
     * Reads every row of {@code table} into {@code rows} on a new thread and gives each chunk of COPY data to
     * {@code send} on this one, in file order. The table and the rows are the caller's again when this returns.
     */
    static void run(CsvTable table, RentFile rows, Consumer<byte[]> send) {
        new RentFeed().feed(table, rows, send);
    }

    private void feed(CsvTable table, RentFile rows, Consumer<byte[]> send) {
        Thread reader = new Thread(() -> read(table, rows), "rents-reader");
        reader.setDaemon(true);
        reader.start();
        boolean interrupted = false;
        try {
            while (true) {
                byte[] chunk;
                try {
                    chunk = queue.poll(WAIT_MS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                    throw new IllegalStateException("The rents import was interrupted", e);
                }
                if (chunk == END) {
                    break;
                }
                if (chunk != null) {
                    send.accept(chunk);
                } else if (!reader.isAlive() && queue.isEmpty()) {
                    break; // cannot happen (the reader always ends with END), but never wait for nothing
                }
            }
            Throwable failed = failure;
            if (failed instanceof RuntimeException e) {
                throw e;
            } else if (failed instanceof Error e) {
                throw e;
            } else if (failed != null) {
                throw new IllegalStateException("Reading the rents file failed", failed);
            }
        } finally {
            stopped = true;
            while (true) {
                try {
                    reader.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void read(CsvTable table, RentFile rows) {
        try {
            BinaryCopyRows out = rows.out();
            while (!stopped && table.next()) {
                // Once the file has an error it is refused: its cells are still all checked, its rows no longer sent.
                rows.read(table.row(), table.errors().isEmpty());
                if (out.size() >= BulkCopyRepository.Copy.CHUNK && !hand(out.take())) {
                    return;
                }
            }
            if (out.size() > 0 && !hand(out.take())) {
                return;
            }
            rows.finish(); // while PostgreSQL takes in the last chunks
        } catch (Throwable e) {
            failure = e;
        } finally {
            hand(END);
        }
    }

    /** Queues the chunk, waiting while the queue is full; false when the import's thread has stopped taking. */
    private boolean hand(byte[] chunk) {
        try {
            while (!queue.offer(chunk, WAIT_MS, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
