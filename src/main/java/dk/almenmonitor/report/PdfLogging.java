package dk.almenmonitor.report;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends openhtmltopdf's own logging (which otherwise goes to the console) to SLF4J; its chatty INFO becomes DEBUG. */
final class PdfLogging implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

    private PdfLogging() {
    }

    static void install() {
        XRLog.setLoggerImpl(new PdfLogging());
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            log.error("{}: {}", where, msg, th);
        } else if (value >= Level.WARNING.intValue()) {
            log.warn("{}: {}", where, msg, th);
        } else if (value >= Level.INFO.intValue()) {
            log.debug("{}: {}", where, msg, th);
        } else {
            log.trace("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are SLF4J's business
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue() ? log.isWarnEnabled()
                : value >= Level.INFO.intValue() ? log.isDebugEnabled() : log.isTraceEnabled();
    }
}
