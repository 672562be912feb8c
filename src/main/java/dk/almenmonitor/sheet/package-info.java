/**
 * The municipality's follow-up sheet (Bilag 1 as XLSX or CSV) as the {@code agreement-sheet} dataset of the import
 * pipeline (ADR 0010): reading (XLSX through a bounded SAX reader, CSV through {@code imports}' guarded input),
 * parsing and validating the whole sheet, and writing the agreement, goals, rounds and statuses through the
 * agreement and follow-up facades. On first start it imports the seed sheet. Public face:
 * {@link dk.almenmonitor.sheet.AgreementSheetImporter} (import a sheet without an upload).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "followup", "identity", "imports", "organisation", "shared"})
package dk.almenmonitor.sheet;
