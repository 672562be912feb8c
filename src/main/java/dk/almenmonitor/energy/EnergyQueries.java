package dk.almenmonitor.energy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.almenmonitor.housing.Departments;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.imports.ImportPipeline;
import dk.almenmonitor.imports.ImportReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers of the API and the pages: labels valid on a date, and the heat of a year, each saying which import its
 * figures came from. Department-level heat (and the quartiles ranking the departments) only for whom
 * {@code Departments.visibleTo} allows; an EDITOR sees the departments of their own housing organisations.
 */
@Service
@Transactional(readOnly = true)
class EnergyQueries {

    static final int LABEL_BASELINE_YEAR = 2014;
    static final BigDecimal LABEL_TARGET_CHANGE = new BigDecimal("0.5");
    static final int HEAT_BASELINE_YEAR = 2010;
    static final BigDecimal HEAT_TARGET_CHANGE = new BigDecimal("0.7");
    static final int TOP_ORGANISATIONS = 10;

    /** Labels valid on {@code asOf}. */
    record LabelsAnswer(LocalDate asOf, int labelled, int eOrWorse, BigDecimal eOrWorseSharePct,
                        Map<String, Integer> byClass, UUID importId, LocalDate extractDate,
                        Integer baselineYear, BigDecimal baselineSharePct, BigDecimal targetSharePct,
                        List<EnergyLabelRepository.Organisation> organisations) {
    }

    record Quartiles(BigDecimal q1, BigDecimal median, BigDecimal q3, BigDecimal worstTenPercentFrom,
                     int worstTenPercentCount) {
    }

    record DepartmentHeat(int organisationNo, int departmentNo, String name, BigDecimal mwh, BigDecimal heatedAreaM2,
                          BigDecimal kwhPerM2, BigDecimal kwhPerM2Normalised, int quartile, boolean worstTenPercent) {
    }

    /** The heat of a year; {@code quartiles} null and {@code departments} empty for whom may not see departments. */
    record HeatAnswer(int year, BigDecimal degreeDays, BigDecimal hotWaterShare, int departmentCount,
                      BigDecimal sectorKwhPerM2, BigDecimal sectorKwhPerM2Normalised, Integer baselineYear,
                      BigDecimal baselineKwhPerM2Normalised, BigDecimal targetKwhPerM2Normalised, UUID importId,
                      OffsetDateTime importedAt, UUID degreeDaysImportId, boolean departmentsVisible,
                      Quartiles quartiles, List<DepartmentHeat> departments) {
    }

    private final EnergyLabelRepository labels;
    private final HeatRepository heat;
    private final ImportPipeline imports;
    private final Departments departments;

    EnergyQueries(EnergyLabelRepository labels, HeatRepository heat, ImportPipeline imports,
                  Departments departments) {
        this.labels = labels;
        this.heat = heat;
        this.imports = imports;
        this.departments = departments;
    }

    Optional<EnergyLabelRepository.Load> latestLabelLoad() {
        return labels.latestLoad();
    }

    /** Empty when no labels were ever imported; {@code asOf} null means the extract's own date. */
    Optional<LabelsAnswer> labels(LocalDate asOf) {
        Optional<EnergyLabelRepository.Load> load = labels.latestLoad();
        if (load.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = asOf != null ? asOf : load.get().asOf() != null ? load.get().asOf() : LocalDate.now();
        Map<LabelClass, Integer> byClass = labels.validOn(date);
        int labelled = byClass.values().stream().mapToInt(Integer::intValue).sum();
        int worse = byClass.entrySet().stream().filter(e -> e.getKey().eOrWorse()).mapToInt(Map.Entry::getValue).sum();
        Map<String, Integer> classes = new LinkedHashMap<>();
        byClass.forEach((c, n) -> classes.put(c.name(), n));
        BigDecimal baseline = labels.years().stream().filter(y -> y.year() == LABEL_BASELINE_YEAR).findFirst()
                .map(y -> EnergyLabelRepository.share(y.eOrWorse(), y.labelled())).orElse(null);
        return Optional.of(new LabelsAnswer(date, labelled, worse, EnergyLabelRepository.share(worse, labelled),
                classes, load.get().importId(), load.get().asOf(),
                baseline == null ? null : LABEL_BASELINE_YEAR, baseline,
                baseline == null ? null : baseline.multiply(LABEL_TARGET_CHANGE).setScale(1, RoundingMode.HALF_UP),
                labels.organisationsEOrWorse(date, TOP_ORGANISATIONS)));
    }

    List<EnergyLabelRepository.Year> labelYears() {
        return labels.years();
    }

    List<HeatRepository.Sector> heatYears() {
        return heat.sectors();
    }

    Optional<Integer> latestHeatYear() {
        List<HeatRepository.Sector> sectors = heat.sectors();
        return sectors.isEmpty() ? Optional.empty() : Optional.of(sectors.get(sectors.size() - 1).year());
    }

    /** Empty when the year has no heat figures. */
    Optional<HeatAnswer> heat(int year, CurrentUser user) {
        Optional<HeatRepository.Sector> found = heat.sector(year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HeatRepository.Sector s = found.get();
        var visibility = departments.visibleTo(user);
        boolean visible = visibility.all() || !visibility.organisations().isEmpty();
        List<DepartmentHeat> list = !visible ? List.of() : heat.departments(year).stream()
                .filter(d -> visibility.sees(d.organisationNo()))
                .map(d -> new DepartmentHeat(d.organisationNo(), d.departmentNo(), d.name(), d.mwh(), d.heatedAreaM2(),
                        d.kwhPerM2(), d.kwhPerM2Normalised(), d.quartile(), d.worstTenth())).toList();
        BigDecimal baseline = heat.sector(HEAT_BASELINE_YEAR).map(HeatRepository.Sector::kwhPerM2Normalised)
                .orElse(null);
        Optional<HeatRepository.YearLoad> load = heat.yearLoad(year);
        UUID degreeDaysImport = heat.allDegreeDays().stream().filter(d -> d.year() == year).findFirst()
                .map(HeatRepository.DegreeDays::importId).orElse(null);
        return Optional.of(new HeatAnswer(year, s.degreeDays(), s.hotWaterShare(), s.departments(), s.kwhPerM2(),
                s.kwhPerM2Normalised(), baseline == null ? null : HEAT_BASELINE_YEAR, baseline,
                baseline == null ? null : baseline.multiply(HEAT_TARGET_CHANGE).setScale(1, RoundingMode.HALF_UP),
                load.map(HeatRepository.YearLoad::importId).orElse(null),
                load.map(HeatRepository.YearLoad::loadedAt).orElse(null),
                degreeDaysImport,
                visible, visible ? new Quartiles(s.q1(), s.median(), s.q3(), s.worstTenthFrom(), s.worstTenthCount())
                        : null, list));
    }

    /** The import stored figures came from (id, file, when), for the pages' source line. */
    Optional<ImportReport> imported(UUID importId) {
        return importId == null ? Optional.empty() : imports.find(importId);
    }

    Optional<UUID> heatLoad(int year) {
        return heat.yearLoad(year).map(HeatRepository.YearLoad::importId);
    }
}
