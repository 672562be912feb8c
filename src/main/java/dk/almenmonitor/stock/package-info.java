/**
 * The housing stock: the share of almene boliger per cut-off date (issue 11, docs/domain.md §11 "Share of almene
 * boliger"), from two sources: a BBR unit extract (dataset {@code bbr-units}, CSV or BBR JSON, streamed and loaded
 * with COPY) or Danmarks Statistik's table BOL101 (dataset {@code bol101}). Each figure keeps its method, source and
 * import, and is published as an observation of the indicator {@code almene-boliger-andel}. Public face: the API
 * {@code /api/v1/housing/stock-share…} and the page {@code /data/almene-boliger}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"imports", "identity", "indicator", "shared",
        "agreement", "chart"})
package dk.almenmonitor.stock;
