package dk.almenmonitor.opcost;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The operating-cost benchmark of one year: where it came from, the sector and each comparison group (quartiles per
 * category), and — for those who may see them — the departments against their group's median and the organisations.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Operating costs per m² of one year (kr./m²/year); departments and organisations only for "
        + "ADMIN, DATA_STEWARD and the housing organisation's own EDITOR (departmentLevel says which)")
record BenchmarkView(int year, UUID importId, String fileName, OffsetDateTime importedAt, int departmentCount,
                     GroupView sector, List<GroupView> groups,
                     @Schema(description = "ALL, OWN (the user's own housing organisations) or NONE")
                     String departmentLevel,
                     List<DepartmentView> departments, List<OrganisationView> organisations) {

    /** Quartiles of kr./m² among the group's departments (linear interpolation). */
    record Quartiles(BigDecimal q1, BigDecimal median, BigDecimal q3) {
    }

    /**
     * A comparison group (size band × year-built band; the sector is {@code all} × {@code all}); {@code byCategory}
     * keys: total, administration, maintenance, cleaning, utilities, other.
     */
    record GroupView(String sizeBand, String builtBand, int departments, Map<String, Quartiles> byCategory) {

        @JsonIgnore
        Quartiles total() {
            return byCategory.get(CostMeasure.TOTAL.key());
        }
    }

    /** A department's kr./m² (total and per category) and the distance of its total to its group's median. */
    record DepartmentView(int organisationNo, int departmentNo, String name, String sizeBand, String builtBand,
                          BigDecimal areaM2, Map<String, BigDecimal> costsPerM2, BigDecimal groupMedianPerM2,
                          BigDecimal distanceToMedianPerM2, BigDecimal distanceToMedianPct) {
    }

    /** A housing organisation's kr./m²: its departments' costs over their area (area-weighted). */
    record OrganisationView(int organisationNo, String name, int departments, BigDecimal areaM2,
                            Map<String, BigDecimal> costsPerM2) {
    }
}
