package dk.almenmonitor.stock;

/**
 * How a share was found; its Danish name is {@code stock.method.<NAME>} ("BBR-enheder", "Danmarks Statistik
 * BOL101") and its source {@code stock.source.<NAME>}.
 */
enum ShareMethod {
    /** Units counted from a BBR extract (dataset {@code bbr-units}). */
    BBR_UNITS,
    /** Danmarks Statistik's table BOL101, status per 1 January (dataset {@code bol101}). */
    BOL101;

    String messageKey() {
        return "stock.method." + name();
    }

    String sourceKey() {
        return "stock.source." + name();
    }
}
