package dk.almenmonitor.imports;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Whether figures came from the synthetic demo data, for the monitor pages' label ({@code imports/source ::
 * synthetic(importId)} asks {@code @syntheticImports.is(…)}): an import is synthetic when its report says so.
 */
@Component("syntheticImports")
public class SyntheticImports {

    private final ImportRecordRepository records;

    SyntheticImports(ImportRecordRepository records) {
        this.records = records;
    }

    /** Whether the import with this id (a UUID or its text; null or unknown: no) loaded synthetic data. */
    public boolean is(Object importId) {
        if (importId == null) {
            return false;
        }
        UUID id;
        try {
            id = importId instanceof UUID uuid ? uuid : UUID.fromString(importId.toString());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return records.find(id).map(r -> Boolean.TRUE.equals(r.detail(ImportReport.SYNTHETIC))).orElse(false);
    }
}
