package dk.almenmonitor.stock;

import java.io.Closeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.imports.ImportRejectedException;

/**
 * The units of a BBR extract read one at a time, whatever the file's format (CSV under a header, or a JSON array of
 * objects): typed reads of a unit's fields record their problems at the unit's row and field, as
 * {@link dk.almenmonitor.imports.CsvTable.Row} does. Nothing is held but the current unit.
 */
interface UnitRows extends Closeable {

    /** Moves to the next unit; false at the end, or when the file breaks off (an error then says where). */
    boolean next();

    /** The unit's row in the file (CSV: the line's record number, the header is 1; JSON: the object's position). */
    int number();

    /** The field, trimmed; null when missing. */
    String text(String key);

    Long integer(String key, boolean required);

    BigDecimal decimal(String key, boolean required);

    /** Records an error at this unit and field. */
    void error(String key, String messageKey, Object... args);

    /** Whether the file has the field at all (CSV: the column; JSON: some object so far). */
    boolean has(String key);

    /** The units read so far. */
    int rows();

    /** The number of errors found so far (kept or not). */
    int errorCount();

    String format();

    String encoding();

    /** The warnings so far (unknown columns or fields). */
    List<String> warnings();

    /** The refusal of the file with every error so far. */
    ImportRejectedException rejection(Map<String, Object> details);

    @Override
    void close();
}
