package dk.almenmonitor.synthetic;

/**
 * The three kinds of almen bolig in the rent data, with the code the rents file writes and the dwelling sizes the
 * generator draws (normal, kept within bounds; most dwellings fall in the range the design names).
 */
enum HousingType {
    /** Family dwellings, mostly 60–110 m². */
    FAMILY("familie", 84, 14, 45, 140, 1.00),
    /** Youth dwellings, mostly 25–50 m²; dearer per m². */
    YOUTH("ungdom", 37, 7, 18, 60, 1.12),
    /** Elderly dwellings, mostly 50–80 m². */
    ELDERLY("aeldre", 65, 8, 40, 95, 1.00);

    final String code;
    final double meanArea;
    final double sdArea;
    final double minArea;
    final double maxArea;
    /** Rent per m² relative to a family dwelling in the same department. */
    final double rentFactor;

    HousingType(String code, double meanArea, double sdArea, double minArea, double maxArea, double rentFactor) {
        this.code = code;
        this.meanArea = meanArea;
        this.sdArea = sdArea;
        this.minArea = minArea;
        this.maxArea = maxArea;
        this.rentFactor = rentFactor;
    }

    int area(Rng rng) {
        return (int) Math.round(rng.normal(meanArea, sdArea, minArea, maxArea));
    }

    /** Rooms from the area: 1 room up to about 45 m², then one per 24 m² or so. */
    static int rooms(int area) {
        return (int) Math.max(1, Math.min(6, Math.round((area - 10) / 24.0)));
    }
}
