package dk.almenmonitor.stock;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.imports.CsvTable;
import dk.almenmonitor.imports.ImportRejectedException;

/** The units of a BBR extract in CSV: the pipeline's {@link CsvTable}, row by row. */
final class CsvUnitRows implements UnitRows {

    private final CsvTable table;

    CsvUnitRows(CsvTable table) {
        this.table = table;
    }

    @Override
    public boolean next() {
        return table.next();
    }

    @Override
    public int number() {
        return table.row().number();
    }

    @Override
    public String text(String key) {
        return table.row().text(key);
    }

    @Override
    public Long integer(String key, boolean required) {
        return table.row().integer(key, required);
    }

    @Override
    public BigDecimal decimal(String key, boolean required) {
        return table.row().decimal(key, required);
    }

    @Override
    public void error(String key, String messageKey, Object... args) {
        table.row().error(key, messageKey, args);
    }

    @Override
    public boolean has(String key) {
        return table.has(key);
    }

    @Override
    public int rows() {
        return table.rows();
    }

    @Override
    public int errorCount() {
        return table.errors().count();
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public String encoding() {
        return table.encoding();
    }

    @Override
    public List<String> warnings() {
        return table.warnings().list();
    }

    @Override
    public ImportRejectedException rejection(Map<String, Object> details) {
        return table.rejection(details);
    }

    @Override
    public void close() {
        table.close();
    }
}
