package dk.almenmonitor.imports;

import java.util.List;

import dk.almenmonitor.identity.Role;

/**
 * A dataset that can be imported through the one pipeline ({@code POST /api/v1/imports/{name}}, the {@code /import}
 * page). A module contributes one as a Spring bean; beans are listed in their {@code @Order}.
 * <p>
 * The pipeline checks the upload limits, then calls {@link #parse} (read and validate the whole file, write nothing),
 * then {@link #load} in one transaction together with the import record. Either may throw
 * {@link ImportRejectedException}; the file is then rejected, nothing is stored but the record of the refusal. Loading
 * the same file twice must change nothing.
 *
 * @param <P> what {@link #parse} hands to {@link #load}
 */
public interface ImportDataset<P> {


    /** The name in the API path, e.g. {@code observations}: lower-case letters, digits and hyphens. */
    String name();

    /** The message key of the Danish name shown on the page. */
    String labelKey();

    /** The message key of the Danish format help (columns, encodings, what an import does). */
    String formatHelpKey();

    /** Whether a user with this role may import the dataset (and see its reports). */
    boolean mayImport(Role role);

    /** The page path segment: {@code /import/{pageName}} shows the page for this dataset alone. */
    default String pageName() {
        return name();
    }

    /** The message key of the line shown when a file was imported. */
    default String importedKey() {
        return "imports.page.imported";
    }

    /**
     * Whether files of this dataset may be large (a national register extract): they are then bounded by
     * {@code almen.upload.large-max-bytes} (512 MB) instead of {@code almen.upload.max-bytes} (10 MB), and the dataset
     * must stream them ({@link ImportFile#open()}, {@link CsvTable}) rather than read them whole.
     */
    default boolean large() {
        return false;
    }

    /** Extra form fields beside the file (e.g. which agreement a sheet is for). */
    default List<ImportField> fields() {
        return List.of();
    }

    /** A reference table shown with the format help (e.g. the codes a file may use), or null. */
    default ImportReference reference() {
        return null;
    }

    /** Reads and validates the whole file; writes nothing. */
    ParsedImport<P> parse(ImportFile file);

    /** Stores the parsed file; runs in the transaction that also stores the import record. */
    LoadedImport load(ParsedImport<P> parsed, String user);
}
