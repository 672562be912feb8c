package dk.almenmonitor.opcost;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.shared.DanishFormat;

/** The benchmark of a year as the page shows it: Danish numbers, band and category names as message keys. */
record BenchmarkPage(int year, String importId, String fileName, String importedDate, String importedTime,
                     int departmentCount, String measureKey, List<GroupRow> groups, List<CategoryRow> sector,
                     boolean departmentLevel, List<DepartmentRow> departments, List<OrganisationRow> organisations) {

    /** A group's quartiles of the chosen measure. */
    record GroupRow(String sizeKey, String builtKey, int departments, String q1, String median, String q3,
                    BigDecimal q1Value, BigDecimal medianValue, BigDecimal q3Value) {
    }

    /** The sector's quartiles of one measure. */
    record CategoryRow(String labelKey, String q1, String median, String q3) {
    }

    record DepartmentRow(String key, String name, String sizeKey, String builtKey, String total, String median,
                         String distance, String distancePct, BigDecimal distancePctValue, boolean above) {
    }

    record OrganisationRow(int organisationNo, String name, int departments, String area, String total,
                           List<String> categories) {
    }

    /** The year as text (a message argument would get a thousands separator). */
    public String yearText() {
        return String.valueOf(year);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    static BenchmarkPage of(BenchmarkView b, CostMeasure measure) {
        LocalDateTime imported = DanishFormat.inDenmark(b.importedAt());
        List<GroupRow> groups = new ArrayList<>();
        for (BenchmarkView.GroupView g : b.groups()) {
            BenchmarkView.Quartiles q = g.byCategory().get(measure.key());
            groups.add(new GroupRow(ComparableBands.sizeLabelKey(g.sizeBand()),
                    ComparableBands.builtLabelKey(g.builtBand()), g.departments(), kr(q.q1()), kr(q.median()),
                    kr(q.q3()), q.q1(), q.median(), q.q3()));
        }
        List<CategoryRow> sector = new ArrayList<>();
        if (b.sector() != null) {
            for (CostMeasure m : CostMeasure.values()) {
                BenchmarkView.Quartiles q = b.sector().byCategory().get(m.key());
                sector.add(new CategoryRow(m.labelKey(), kr(q.q1()), kr(q.median()), kr(q.q3())));
            }
        }
        List<DepartmentRow> departments = new ArrayList<>();
        if (b.departments() != null) {
            for (BenchmarkView.DepartmentView d : b.departments()) {
                departments.add(new DepartmentRow(d.organisationNo() + "-" + d.departmentNo(), d.name(),
                        ComparableBands.sizeLabelKey(d.sizeBand()), ComparableBands.builtLabelKey(d.builtBand()),
                        kr(d.costsPerM2().get(CostMeasure.TOTAL.key())), kr(d.groupMedianPerM2()),
                        signed(d.distanceToMedianPerM2(), 2), d.distanceToMedianPct() == null ? "–"
                                : signed(d.distanceToMedianPct(), 1) + " %",
                        d.distanceToMedianPct(), d.distanceToMedianPerM2() != null
                                && d.distanceToMedianPerM2().signum() > 0));
            }
        }
        List<OrganisationRow> organisations = new ArrayList<>();
        if (b.organisations() != null) {
            for (BenchmarkView.OrganisationView o : b.organisations()) {
                organisations.add(new OrganisationRow(o.organisationNo(), o.name(), o.departments(),
                        DanishFormat.number(o.areaM2(), 0), kr(o.costsPerM2().get(CostMeasure.TOTAL.key())),
                        CostMeasure.CATEGORIES.stream().map(c -> kr(o.costsPerM2().get(c.key()))).toList()));
            }
        }
        return new BenchmarkPage(b.year(), b.importId() == null ? null : b.importId().toString(), b.fileName(),
                imported == null ? null : DanishFormat.date(imported.toLocalDate()),
                imported == null ? null : imported.format(TIME), b.departmentCount(), measure.labelKey(), groups,
                sector, b.departments() != null, departments, organisations);
    }

    /** kr./m² with two decimals, Danish. */
    static String kr(BigDecimal value) {
        return value == null ? "–" : DanishFormat.number(value, 2);
    }

    private static String signed(BigDecimal value, int decimals) {
        if (value == null) {
            return "–";
        }
        String text = DanishFormat.number(value, decimals);
        return value.signum() > 0 ? "+" + text : text;
    }
}
