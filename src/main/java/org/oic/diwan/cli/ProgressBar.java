package org.oic.diwan.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * One line on the terminal that shows how far a long command has come, redrawn at most ten
 * times a second; silent when nobody watches.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String unit;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final boolean visible;
    private long done;
    private long lastDrawNanos;

    ProgressBar(PrintStream out, String unit, long total, boolean visible) {
        this.out = out;
        this.unit = unit;
        this.total = total;
        this.visible = visible;
    }

    synchronized void step() {
        advanceTo(done + 1);
    }

    synchronized void advanceTo(long value) {
        done = value;
        long now = System.nanoTime();
        if (visible && (now - lastDrawNanos > 100_000_000L || done == total)) {
            lastDrawNanos = now;
            draw(now);
        }
    }

    /** Clears the bar so that a line of output can be printed, then lets it be redrawn. */
    synchronized void clear() {
        if (visible) {
            out.print("\r\033[K");
            lastDrawNanos = 0;
        }
    }

    private void draw(long now) {
        double fraction = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
        double rate = done / seconds;
        String eta = rate > 0 && done < total ? " ETA " + format(Duration.ofSeconds((long) ((total - done) / rate))) : "";
        out.printf("\r\033[K[%s%s] %d/%d %s %3.0f%% %.0f %s/s%s",
                "#".repeat(filled), "-".repeat(WIDTH - filled), done, total, unit, fraction * 100, rate, unit, eta);
        out.flush();
    }

    private static String format(Duration d) {
        return d.toHours() > 0
                ? "%d:%02d:%02d".formatted(d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : "%d:%02d".formatted(d.toMinutesPart(), d.toSecondsPart());
    }

    @Override
    public synchronized void close() {
        if (visible) {
            draw(System.nanoTime());
            out.println();
        }
    }
}
